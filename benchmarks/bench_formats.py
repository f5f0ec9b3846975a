"""Scores and speed of the readers of the formats beside DOCX, XLSX and PDF.

Usage (from the project root)::

    python benchmarks/bench_formats.py [--ocr STEM ...] [--ocr-only] [--skip-soffice] [--repeat N]

Scores (tests.scoring, mean of all columns) of each format's test files
against the gold of the file each was made from, beside that source file's
score in the same run: ``.doc/.wps/.rtf/.odt`` and Word-saved web pages
against the DOCX, ``.xls/.et`` against the XLSX, OFD against the PDF, and
scans against the PDF (``--ocr`` names which of ``tests/data/pdf_realistic``
to scan, with the same ``scan()`` as ``make_format_files.py``; the committed
scan is always scored).  Speed: milliseconds per page of OFD beside the PDF
reader on the same pages, seconds per page of OCR beside the PDF reader on
the page's PDF, seconds per LibreOffice conversion beside the DOCX read.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402
from tests.data.formats.make_format_files import scan  # noqa: E402
from tests.scoring import score  # noqa: E402

import zwgk  # noqa: E402

DATA = ROOT / "tests" / "data"
FORMATS = DATA / "formats"
OFFICE = DATA / "office_realistic"
PDFS = DATA / "pdf_realistic"
OCR_LIMITS = zwgk.Limits(timeout=1200.0)  # OCR takes seconds per page; the default is 60 s a read


def mean(gold: dict[str, Any], plan: zwgk.Plan) -> float:
    s = score(gold, plan)
    return sum(s.values()) / len(s)


def gold(stem: str, folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / f"{stem}.gold.json").read_text("utf-8"))
    return data


def timed(fn: Any) -> tuple[Any, float]:
    t0 = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0


def pages(path: Path) -> int:
    return len(pdfium.PdfDocument(str(path)))


def score_group(title: str, files: list[Path], source: Path, suffix: str) -> list[float]:
    print(f"\n{title}")
    out = []
    for path in files:
        g = gold(path.stem, source)
        plan, seconds = timed(lambda p=path: zwgk.read(p))
        base, base_seconds = timed(lambda p=path: zwgk.read(source / f"{p.stem}{suffix}"))
        got, ref = mean(g, plan), mean(g, base)
        out.append(got)
        print(
            f"  {path.name:46s} {got:6.1f}  (source {suffix} {ref:6.1f})  "
            f"{seconds:6.2f} s  (source {base_seconds:5.2f} s)"
        )
    print(f"  mean {statistics.fmean(out):.2f} over {len(out)} files")
    return out


def ofd_speed(repeat: int) -> None:
    print("\nOFD speed (ms per page; the PDF reader on the same pages in the same run)")
    ofd_ms, pdf_ms = [], []
    for path in sorted((FORMATS / "ofd").glob("*.ofd")):
        n = pages(PDFS / f"{path.stem}.pdf")
        data, pdf = path.read_bytes(), (PDFS / f"{path.stem}.pdf").read_bytes()
        for source, fmt, into in ((data, "ofd", ofd_ms), (pdf, "pdf", pdf_ms)):
            best = min(
                timed(lambda s=source, f=fmt: zwgk.read(s, format=f))[1] for _ in range(repeat)
            )
            into.append(best / n)
    print(
        f"  OFD {1000 * statistics.fmean(ofd_ms):7.1f} ms/page   "
        f"PDF {1000 * statistics.fmean(pdf_ms):7.1f} ms/page   ({len(ofd_ms)} files)"
    )


def ocr(stems: list[str]) -> None:
    print(
        "\nOCR of scans (150-200 dpi, turned, noise): score and seconds per page "
        "(the PDF reader on the same file in the same run)"
    )
    scores, per_page, pdf_per_page = [], [], []
    committed = sorted((FORMATS / "scanned").glob("*.pdf"))
    jobs = [(p.stem, p.read_bytes()) for p in committed]
    jobs += [(s, scan(PDFS / f"{s}.pdf", random.Random(s))) for s in stems]
    for stem, data in jobs:
        n = pages(PDFS / f"{stem}.pdf")
        plan, seconds = timed(lambda d=data: zwgk.read(d, format="pdf", limits=OCR_LIMITS))
        _, pdf_seconds = timed(lambda s=stem: zwgk.read(PDFS / f"{s}.pdf"))
        got = mean(gold(stem, PDFS), plan)
        scores.append(got)
        per_page.append(seconds / n)
        pdf_per_page.append(pdf_seconds / n)
        print(
            f"  {stem:40s} {got:6.1f}  {seconds / n:6.2f} s/page"
            f"  (PDF {pdf_seconds / n:.3f} s/page)",
            flush=True,
        )
    print(
        f"  mean score {statistics.fmean(scores):.2f}; OCR {statistics.fmean(per_page):.2f} s/page "
        f"beside PDF {statistics.fmean(pdf_per_page):.3f} s/page"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ocr", nargs="*", default=[], metavar="STEM")
    ap.add_argument("--skip-soffice", action="store_true")
    ap.add_argument("--ocr-only", action="store_true", help="only the scans")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if args.ocr_only:
        ocr(args.ocr)
        return
    if not args.skip_soffice:
        score_group(
            "Word 97 / WPS / RTF / ODF (LibreOffice, then the DOCX reader)",
            sorted((FORMATS / "word").iterdir()),
            OFFICE,
            ".docx",
        )
    score_group(
        "Excel 97 / WPS sheets (xlrd)", sorted((FORMATS / "sheets").iterdir()), OFFICE, ".xlsx"
    )
    score_group("Web pages saved by Word", sorted((FORMATS / "web").iterdir()), OFFICE, ".docx")
    score_group("OFD", sorted((FORMATS / "ofd").iterdir()), PDFS, ".pdf")
    ofd_speed(args.repeat)
    ocr(args.ocr)


if __name__ == "__main__":
    main()
