"""Speed and memory of the PDF reader on a 10-page plan.

Usage::

    python benchmarks/bench_pdf.py [--repeat N]

The 10-page plan is the 8-page fixture ``tests/data/pdf/plan001.pdf`` (a
5-column ruled table, header repeated on every page) with its last two
pages appended again, put together with pypdfium2 (installed with
pdfplumber).  Prints milliseconds per page for the extraction alone
(``read_document``) and for the whole read (``zwgk.read``: extraction and
plan building), the extraction of a 6-page table without ruling lines
(``tests/data/pdf_realistic/p08_unruled_heading_rows.pdf``), and the peak
Python memory of one whole read and of the process.
"""

from __future__ import annotations

import argparse
import io
import resource
import statistics
import time
import tracemalloc
from pathlib import Path

import pypdfium2 as pdfium

import zwgk
from zwgk_plugins.pdf_format import read_document

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "data" / "pdf" / "plan001.pdf"
UNRULED = ROOT / "tests" / "data" / "pdf_realistic" / "p08_unruled_heading_rows.pdf"


def ten_pages() -> bytes:
    src = pdfium.PdfDocument(SOURCE.read_bytes())
    out = pdfium.PdfDocument.new()
    out.import_pages(src, list(range(len(src))))
    out.import_pages(src, list(range(len(src) - (10 - len(src)), len(src))))
    buf = io.BytesIO()
    out.save(buf)
    assert len(out) == 10
    return buf.getvalue()


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    data = ten_pages()
    pages = 10
    plan = zwgk.read(data, format="pdf")  # warm up imports
    extract = timed(lambda: read_document(data), args.repeat)
    whole = timed(lambda: zwgk.read(data, format="pdf"), args.repeat)
    tracemalloc.start()
    zwgk.read(data, format="pdf")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"input: {pages} pages, {len(data) / 1024:.0f} KiB, {len(plan.tasks)} tasks")
    for label, times in (("extract (read_document)", extract), ("read (zwgk.read)", whole)):
        med = statistics.median(times)
        print(
            f"{label:<26} {1000 * med / pages:7.1f} ms/page  "
            f"(median of {len(times)}: {1000 * med:.0f} ms per document, "
            f"best {1000 * min(times):.0f} ms)"
        )
    unruled = UNRULED.read_bytes()
    n_unruled = len(pdfium.PdfDocument(unruled))
    times = timed(lambda: read_document(unruled), args.repeat)
    med = statistics.median(times)
    print(
        f"{'unruled (read_document)':<26} {1000 * med / n_unruled:7.1f} ms/page  "
        f"({n_unruled}-page table without ruling lines, {UNRULED.name})"
    )
    print(f"peak Python memory of one read (tracemalloc): {peak / 2**20:.1f} MiB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
