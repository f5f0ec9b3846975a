"""Reading speed of the text and HTML readers: milliseconds per document and MB/s.

Targets on the project's 2-core machine: <= 10 ms for a 50-task text plan,
<= 20 ms for a 20 KB plan crawled onto one line.  Every document is read
twice (by its layout and by the typed outline, see docs/reading.md); the
baseline column is the layout's reading alone, measured in the same run.
Times are medians: wall-clock, and the process's CPU time beside it (on a
machine shared with other work the wall-clock time also counts the waits for
a core; the CPU time does not).  Each repetition reads a fresh variant of
the document with every cache emptied first, so no cache keyed by the text
helps.
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
FUJIAN = ROOT / "tests" / "data" / "real" / "fujian-2016-task-table.txt"


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


_UNITS = ("省发改委", "省财政厅", "省教育厅", "省民政厅", "省人社厅", "省环保厅", "省卫计委")


def _one_line_plan(n: int) -> bytes:
    """A crawled page: notice, run-together header and cells, all on one line."""
    parts = [
        "某省人民政府办公厅关于印发政务公开工作主要任务分解表的通知 各市、县（区）人民政府："
        "现将《任务分解表》印发给你们，请认真组织实施。 某省人民政府办公厅 2022年5月6日 "
        "2022年政务公开工作主要任务分解表工作任务牵头单位责任单位工作要求"
    ]
    for i in range(1, n + 1):
        if i % 10 == 1:
            parts.append(f"{'一二三四五六七八九十'[(i - 1) // 10 % 10]}、推进第{i // 10 + 1}类公开")
        lead = _UNITS[i % len(_UNITS)]
        parts.append(
            f"{i}.推进第{i}项重点领域信息公开{lead}省直各部门，各设区市"
            f"及时发布第{i}项工作的权威信息，加强政策解读，回应社会关切，做好信息公开工作。"
        )
    return "".join(parts).encode()


def _cold() -> None:
    """Empty the caches the readers keep across documents: each read starts cold."""
    import functools
    import gc

    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and obj.__module__.startswith("zwgk"):
            obj.cache_clear()


def _variant(data: bytes, k: int) -> bytes:
    """The same document with one character changed, so text-keyed caches miss."""
    return data.replace("政务公开".encode(), f"政务公开{k % 10}".encode(), 1)


def _time(data: bytes, fmt: str, repeat: int = 30) -> tuple[float, float, int]:
    """Median wall-clock and CPU seconds of a cold read, and the tasks read."""
    zwgk.read(data, format=fmt)  # warm caches (OpenCC, regexes)
    walls, cpus = [], []
    for k in range(repeat):
        variant = _variant(data, k)
        _cold()
        start, cpu = time.perf_counter(), time.process_time()
        plan = zwgk.read(variant, format=fmt)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), len(plan.tasks)


def _time_layout(data: bytes, repeat: int = 30) -> tuple[float, float]:
    """The baseline: the text layout's reading alone, without the outline's
    (median wall-clock and CPU seconds)."""
    from zwgk._build import build_plan
    from zwgk_plugins._text_layouts import Line, detect_layout, parse_layout

    walls, cpus = [], []
    for k in range(repeat):
        text = _variant(data, k).decode("utf-8", "replace")
        _cold()
        start, cpu = time.perf_counter(), time.process_time()
        lines = [Line(no, t) for no, t in enumerate(text.split("\n"), start=1)]
        build_plan(parse_layout(detect_layout(lines), lines))
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    print(
        f"{'document':44} {'tasks':>5} {'KB':>7} {'ms/doc':>8} {'cpu ms':>7} {'MB/s':>7}"
        f" {'layout ms':>10} {'cpu ms':>7}"
    )
    rows = [(p.name, p.read_bytes(), "text") for p in sorted(SEEDS.glob("*.txt"))]
    rows.append(("generated tab table, 50 tasks", _tab_plan(50), "text"))
    rows.append(("generated tab table, 1000 tasks", _tab_plan(1000), "text"))
    rows.append(("generated plan on one line, 20 KB", _one_line_plan(100), "text"))
    rows.append(("real crawled plan on one line (Fujian 2016)", FUJIAN.read_bytes(), "text"))
    html = ROOT / "tests" / "data" / "html" / "zhongshan_table.big5.html"
    rows.append((html.name, html.read_bytes(), "html"))
    for name, data, fmt in rows:
        repeat = 5 if len(data) > 200_000 else 30
        seconds, cpu, n = _time(data, fmt, repeat=repeat)
        base = ""
        if fmt == "text":
            base_wall, base_cpu = _time_layout(data, repeat)
            base = f" {base_wall * 1000:10.2f} {base_cpu * 1000:7.2f}"
        print(
            f"{name:44} {n:5d} {len(data) / 1024:7.1f} {seconds * 1000:8.2f} {cpu * 1000:7.2f}"
            f" {len(data) / seconds / 1e6:7.2f}{base}"
        )
    tracemalloc.start()
    zwgk.read(_tab_plan(1000), format="text")
    _, peak = tracemalloc.get_traced_memory()
    print(f"peak memory reading the 1000-task plan: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
