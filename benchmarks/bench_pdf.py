"""Speed and memory of the PDF reader: the PDFium engine beside the pdfplumber one.

Usage::

    python benchmarks/bench_pdf.py [--repeat N]

Every figure is milliseconds per page, wall time and CPU time of this
process (the CPU time is less disturbed by other work on a shared
machine), for the default engine (``pdfium``) beside ``pdfplumber``
(pdfminer.six parsing the pages, the reader's previous engine), measured in
the same run on the same files: a 10-page plan, a table without ruling
lines, and every PDF test file.

The 10-page plan is the 8-page fixture ``tests/data/pdf/plan001.pdf`` (a
5-column ruled table, header repeated on every page) with its last two
pages appended again, put together with pypdfium2 (installed with
pdfplumber).  Also the whole read (``zwgk.read``: extraction and plan building) and the
peak memory of one read and of the process.

The headline is the line ``all N text PDFs, P pages (zwgk.read)``: the
whole read (``zwgk.read``: extraction, layout and plan building) of every
PDF test file whose text is read, each file once per pass, the CPU time of
a pass divided by its pages; the median of ``--repeat`` passes, with the
first pass (the first whole read of each file in the process) beside it.
The scanned fixture (read by OCR, more than a second for its page) and the
locked one (refused before any page is read) are timed on lines of their
own, in milliseconds for the file, not in the headline.
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
NOT_TEXT = ("scanned", "encrypted_locked")  # read by OCR; refused without its password
FILES = sorted(
    [
        *(ROOT / "tests" / "data" / "pdf").glob("*.pdf"),
        *(ROOT / "tests" / "data" / "pdf_realistic").glob("*.pdf"),
    ]
)


def ten_pages() -> bytes:
    src = pdfium.PdfDocument(SOURCE.read_bytes())
    out = pdfium.PdfDocument.new()
    out.import_pages(src, list(range(len(src))))
    out.import_pages(src, list(range(len(src) - (10 - len(src)), len(src))))
    buf = io.BytesIO()
    out.save(buf)
    assert len(out) == 10
    return buf.getvalue()


def timed(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median wall time and median CPU time of this process over ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def compare(label: str, docs: list[bytes], pages: int, repeat: int) -> None:
    """ms/page of the PDFium engine beside the pdfplumber engine, same inputs, same run."""
    figures = {}
    for engine in ("pdfplumber", "pdfium"):
        figures[engine] = timed(lambda e=engine: [_read(d, e) for d in docs], repeat)
    (pw, pc), (fw, fc) = figures["pdfium"], figures["pdfplumber"]
    print(
        f"{label:<34} pdfium {1000 * pw / pages:6.1f} ms/page (CPU {1000 * pc / pages:5.1f})"
        f"   pdfplumber {1000 * fw / pages:6.1f} ms/page (CPU {1000 * fc / pages:5.1f})"
        f"   {fw / pw:4.1f}x"
    )


def _read(data: bytes, engine: str) -> object:
    try:
        return read_document(data, engine=engine)
    except zwgk.errors.ZwgkError as exc:  # the encrypted and scanned fixtures
        return exc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    data = ten_pages()
    plan = zwgk.read(data, format="pdf")  # warm up imports
    print(f"input: 10 pages, {len(data) / 1024:.0f} KiB, {len(plan.tasks)} tasks")
    compare("10-page plan (read_document)", [data], 10, args.repeat)
    wall, cpu = timed(lambda: zwgk.read(data, format="pdf"), args.repeat)
    label = "10-page plan (zwgk.read)"
    print(f"{label:<34} pdfium {100 * wall:6.1f} ms/page (CPU {100 * cpu:5.1f})")
    unruled = UNRULED.read_bytes()
    compare(
        f"unruled table ({UNRULED.stem[:3]})",
        [unruled],
        len(pdfium.PdfDocument(unruled)),
        args.repeat,
    )
    files = [p.read_bytes() for p in FILES]
    pages = sum(_pages(d) for d in files)
    compare(f"all {len(files)} test PDFs, {pages} pages", files, pages, 1)
    whole_reads(args.repeat)
    tracemalloc.start()
    zwgk.read(data, format="pdf")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak Python memory of one read (tracemalloc): {peak / 2**20:.1f} MiB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {rss:.0f} MiB")


def whole_reads(repeat: int) -> None:
    """ms/page of ``zwgk.read`` over every PDF test file read as text, one read of each per pass."""
    text = [p.read_bytes() for p in FILES if p.stem not in NOT_TEXT]
    pages = sum(_pages(d) for d in text)
    passes = [_pass(text) for _ in range(max(repeat, 1))]
    cpu = statistics.median(c for _, c in passes)
    wall = statistics.median(w for w, _ in passes)
    label = f"all {len(text)} text PDFs, {pages} pages (zwgk.read)"
    print(
        f"{label:<40} pdfium {1000 * wall / pages:6.1f} ms/page (CPU {1000 * cpu / pages:5.1f}),"
        f" median of {len(passes)} passes; first pass CPU {1000 * passes[0][1] / pages:5.1f}"
    )
    for stem in NOT_TEXT:
        data = next(p for p in FILES if p.stem == stem).read_bytes()
        wall, cpu = _pass([data])
        print(f"{stem + ' (zwgk.read)':<34} {1000 * wall:6.1f} ms (CPU {1000 * cpu:6.1f})")


def _pass(docs: list[bytes]) -> tuple[float, float]:
    w0, c0 = time.perf_counter(), time.process_time()
    for d in docs:
        _whole(d)
    return time.perf_counter() - w0, time.process_time() - c0


def _whole(data: bytes) -> object:
    try:
        return zwgk.read(data, format="pdf")
    except zwgk.errors.ZwgkError as exc:
        return exc


def _pages(data: bytes) -> int:
    try:
        return len(pdfium.PdfDocument(data))
    except pdfium.PdfiumError:  # the encrypted fixture: one page
        return 1


if __name__ == "__main__":
    main()
