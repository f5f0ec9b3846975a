"""Reading speed of the text and HTML readers: milliseconds per document and MB/s.

Target: <= 10 ms for a 50-task text plan on the project's 2-core machine.
Run: python benchmarks/bench_read.py
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from pathlib import Path

import zwgk

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "seeds"


def _tab_plan(n: int) -> bytes:
    lines = [
        "某市某局2022年政务公开工作要点分工方案",
        "",
        "\t工作任务\n\t具体要求\n\t责任单位\n\t完成时限",
        "",
    ]
    for i in range(1, n + 1):
        head = (
            f"\t{'一二三四五六七八九十'[(i - 1) // 10 % 10]}、做好第{i // 10 + 1}类信息公开"
            if i % 10 == 1
            else "\t"
        )
        lines += [
            head,
            f"\t{i}.做好第{i}项重点领域信息公开工作，及时发布权威信息，加强政策解读，回应社会关切。",
            "\t办公室牵头，各科室（单位）配合",
            "\t2022年12月31日前" if i % 3 else "\t及时更新",
            "",
        ]
    return "\n".join(lines).encode()


def _time(data: bytes, fmt: str, repeat: int = 30) -> tuple[float, int]:
    zwgk.read(data, format=fmt)  # warm caches (OpenCC, regexes)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        plan = zwgk.read(data, format=fmt)
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(plan.tasks)


def main() -> None:
    print(f"{'document':44} {'tasks':>5} {'KB':>7} {'ms/doc':>8} {'MB/s':>7}")
    rows = [(p.name, p.read_bytes(), "text") for p in sorted(SEEDS.glob("*.txt"))]
    rows.append(("generated tab table, 50 tasks", _tab_plan(50), "text"))
    rows.append(("generated tab table, 1000 tasks", _tab_plan(1000), "text"))
    html = ROOT / "tests" / "data" / "html" / "zhongshan_table.big5.html"
    rows.append((html.name, html.read_bytes(), "html"))
    for name, data, fmt in rows:
        seconds, n = _time(data, fmt, repeat=5 if len(data) > 200_000 else 30)
        print(
            f"{name:44} {n:5d} {len(data) / 1024:7.1f} {seconds * 1000:8.2f}"
            f" {len(data) / seconds / 1e6:7.2f}"
        )
    tracemalloc.start()
    zwgk.read(_tab_plan(1000), format="text")
    _, peak = tracemalloc.get_traced_memory()
    print(f"peak memory reading the 1000-task plan: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
