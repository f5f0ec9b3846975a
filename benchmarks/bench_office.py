"""Time and peak memory of the office formats on a 200-task plan.

Usage:  python benchmarks/bench_office.py [--tasks N] [--repeat R]

Prints, for reading a DOCX and an XLSX plan of N tasks and for writing the
DOCX and the XLSX ledger, the median wall time in milliseconds over R runs and
the peak Python memory (tracemalloc) of one run.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import zwgk
from zwgk.lang import parse_deadline, parse_responsibility

_SECTIONS = ["优化政务公开工作基础", "加强政策解读回应", "推进数据开放共享", "提升平台建设管理"]
_RESP = ["办公室牵头，各科室配合", "法规科、财务科", "人事科牵头，办公室配合", "各科室（单位）"]
_DEADLINES = ["及时更新", "2021年11月20日前", "长期开展", "每月至少更新2条"]


def make_plan(n: int) -> zwgk.Plan:
    tasks = []
    for i in range(1, n + 1):
        top = _SECTIONS[(i - 1) * len(_SECTIONS) // n]
        sub = f"第{(i - 1) // 5 + 1}组重点工作"
        tasks.append(
            zwgk.Task(
                "依托政府信息公开平台进一步完善规章库建设，高质量发布现行有效规章正式版本，"
                f"及时做好规章动态更新（第{i}项）。",
                number=i,
                label=str(i),
                section=(top, sub),
                responsibility=parse_responsibility(_RESP[i % len(_RESP)]),
                deadline=parse_deadline(_DEADLINES[i % len(_DEADLINES)]),
            )
        )
    return zwgk.Plan(title="江门市某局2021年政务公开工作要点分工方案", tasks=tasks)


def measure(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    fn()  # warm up (imports, caches)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak / (1024 * 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    plan = make_plan(args.tasks)
    docx_bytes = zwgk.write(plan, format="docx") or b""
    xlsx_bytes = zwgk.write(plan, format="xlsx") or b""
    cases: list[tuple[str, Callable[[], Any]]] = [
        ("read docx", lambda: zwgk.read(docx_bytes, format="docx")),
        ("read xlsx", lambda: zwgk.read(xlsx_bytes, format="xlsx")),
        ("write xlsx ledger", lambda: zwgk.write(plan, format="xlsx")),
        ("write docx", lambda: zwgk.write(plan, format="docx")),
        ("write html", lambda: zwgk.write(plan, format="html")),
        ("write csv", lambda: zwgk.write(plan, format="csv")),
    ]
    check = zwgk.read(docx_bytes, format="docx")
    assert len(check.tasks) == args.tasks, len(check.tasks)
    print(
        f"{args.tasks} tasks; docx {len(docx_bytes) / 1024:.0f} KiB, "
        f"xlsx {len(xlsx_bytes) / 1024:.0f} KiB; median of {args.repeat} runs"
    )
    print(f"{'case':<20}{'ms':>10}{'peak MiB':>12}")
    for name, fn in cases:
        ms, peak = measure(fn, args.repeat)
        print(f"{name:<20}{ms:>10.1f}{peak:>12.1f}")


if __name__ == "__main__":
    main()
