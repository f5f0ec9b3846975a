"""Reading a real rowspan page grown to 1, 4 and 16 MB: time and peak memory.

The page is ``tests/data/html/zhongshan_table.big5.html`` (a 分工方案 table
with merged 工作任务 cells).  Its table rows are repeated, renumbered, until
the page reaches each size; every read runs in a fresh child process so the
peak memory (``ru_maxrss``) is that read's own.  The baseline printed beside
each figure is the original page read the same way in the same run; the
per-MB figures show whether the growth is linear.

    python benchmarks/bench_reliability.py [sizes in MB ...]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "data" / "html" / "zhongshan_table.big5.html"
_ROW = re.compile(r"<tr>(?:(?!<tr>).)*?</tr>", re.S)

CHILD = r"""
import json, resource, sys, time
import zwgk
data = open(sys.argv[1], "rb").read()
start = time.perf_counter()
plan = zwgk.read(data, format="html", limits=zwgk.Limits(timeout=3600, max_cells=50_000_000))
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "peak_mb": peak, "tasks": len(plan.tasks)}))
"""


def grow(page: str, size: int) -> str:
    """The page with its task rows repeated until it is about ``size`` characters of UTF-8."""
    rows = _ROW.findall(page)
    header, body = rows[0], rows[1:]
    end = page.rindex(body[-1]) + len(body[-1])
    start = page.index(body[0])
    chunk = "".join(body)
    copies = max(1, (size - len(page.encode())) // len(chunk.encode()) + 1)
    grown = "".join(
        re.sub(r"(?<=<p>)(\d+)\.", lambda m, k=k: f"{int(m.group(1)) + k * 1000}.", chunk)
        for k in range(copies)
    )
    del header
    return page[:start] + grown + page[end:]


def measure(html: str) -> dict[str, float]:
    with tempfile.NamedTemporaryFile(suffix=".html") as fh:
        fh.write(html.encode("utf-8"))
        fh.flush()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, fh.name], capture_output=True, text=True, check=True
        )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main(sizes: list[float]) -> None:
    page = PAGE.read_bytes().decode("big5", errors="replace")
    page = re.sub(r"charset=[\w-]+", "charset=utf-8", page)
    base = measure(page)
    kb = len(page.encode()) / 1024
    print(f"baseline: original page {kb:.0f} KB: {base['seconds']:.2f} s, "
          f"{base['peak_mb']:.0f} MB peak, {base['tasks']:.0f} tasks")  # fmt: skip
    print(
        f"{'size':>8} {'tasks':>7} {'seconds':>8} {'s/MB':>6} {'peak MB':>8} {'MB over base':>12}"
    )
    for mb in sizes:
        html = grow(page, int(mb * 1024 * 1024))
        real = len(html.encode()) / 1024 / 1024
        got = measure(html)
        print(
            f"{real:7.1f}M {got['tasks']:7.0f} {got['seconds']:8.2f} {got['seconds'] / real:6.2f} "
            f"{got['peak_mb']:8.0f} {got['peak_mb'] - base['peak_mb']:12.0f}"
        )


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [1, 4, 16])
