"""Make the test files of the formats offices publish besides DOCX, XLSX and PDF.

Each is made from a test file that already has its gold, the way an office
would make it, so it is scored against the same gold:

* ``word/``: the office-made DOCX files saved by LibreOffice as Word 97
  (``.doc``), OpenDocument (``.odt``) and RTF; a WPS Writer file (``.wps``
  is Word 97 inside);
* ``sheets/``: the office-made XLSX files saved by LibreOffice as Excel 97
  (``.xls``); WPS Spreadsheets files (``.et``: BIFF inside, or OOXML);
* ``web/``: the office-made DOCX files as Word saves them as a web page
  (:mod:`tests.formats.word_html_maker`);
* ``ofd/``: the office-made PDF files converted to OFD (GB/T 33190) by
  :mod:`tests.formats.ofd_maker`;
* ``scanned/``: the PDF files printed and scanned: every page rendered at
  150-200 dpi, turned by a fraction of a degree, speckled with noise, saved
  as JPEG pages of an image-only PDF.

Usage (from the project root; needs LibreOffice on PATH)::

    python tests/data/formats/make_format_files.py
"""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from tests.formats.ofd_maker import pdf_to_ofd  # noqa: E402
from tests.formats.word_html_maker import docx_to_word_html  # noqa: E402

HERE = Path(__file__).resolve().parent
OFFICE = ROOT / "tests" / "data" / "office_realistic"
PDFS = ROOT / "tests" / "data" / "pdf_realistic"
# scans are large: the committed ones are few and short; benchmarks/bench_formats.py
# scans more of the PDF files into a temporary folder with the same scan()
SCANNED = ("p10_title_number_small",)


def soffice(files: list[Path], to: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                to,
                "--outdir",
                str(out),
                *map(str, files),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )


def word() -> None:
    out = HERE / "word"
    docx = sorted(OFFICE.glob("*.docx"))
    # Saved by LibreOffice straight from these DOCX files, some .doc files come
    # back without their tables when LibreOffice opens them again; saved from
    # the document as LibreOffice holds it (ODT), they keep them.
    with tempfile.TemporaryDirectory() as tmp:
        soffice(docx, "odt", Path(tmp))
        soffice(sorted(Path(tmp).glob("*.odt")), "doc", out)
    soffice(docx[::3], "odt", out)
    soffice(docx[1::3], "rtf", out)
    first = out / f"{docx[0].stem}.doc"
    shutil.copy(first, out / f"{docx[0].stem}.wps")


def sheets() -> None:
    out = HERE / "sheets"
    xlsx = sorted(OFFICE.glob("*.xlsx"))
    soffice(xlsx, "xls", out)
    shutil.copy(out / f"{xlsx[0].stem}.xls", out / f"{xlsx[0].stem}.et")
    shutil.copy(xlsx[1], out / f"{xlsx[1].stem}.et")


def web() -> None:
    out = HERE / "web"
    out.mkdir(exist_ok=True)
    for docx in sorted(OFFICE.glob("*.docx")):
        (out / f"{docx.stem}.htm").write_bytes(docx_to_word_html(docx.read_bytes()))


def ofd() -> None:
    out = HERE / "ofd"
    out.mkdir(exist_ok=True)
    for pdf in sorted(PDFS.glob("*.pdf")):
        (out / f"{pdf.stem}.ofd").write_bytes(pdf_to_ofd(pdf.read_bytes()))


def scan(pdf: Path, rng: random.Random) -> bytes:
    """An image-only PDF of ``pdf`` as a scanner makes one."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    doc = pdfium.PdfDocument(str(pdf))
    pages: list[Image.Image] = []
    dpi = rng.choice((150, 175, 200))  # one setting of the scanner for the whole file
    for page in doc:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(
            rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255, expand=False
        )
        pixels = np.asarray(image, dtype=np.int16)
        noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 8, pixels.shape)
        speckle = np.random.default_rng(rng.randrange(1 << 30)).random(pixels.shape) < 0.001
        pixels = np.clip(pixels + noise, 0, 255)
        pixels[speckle] = 0
        image = Image.fromarray(pixels.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))
        image.info["dpi"] = (dpi, dpi)
        pages.append(image)
    buf = io.BytesIO()
    pages[0].save(
        buf,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=pages[0].info["dpi"][0],
        quality=40,
    )
    return buf.getvalue()


def scanned() -> None:
    out = HERE / "scanned"
    out.mkdir(exist_ok=True)
    rng = random.Random(13)
    for stem in SCANNED:
        (out / f"{stem}.pdf").write_bytes(scan(PDFS / f"{stem}.pdf", rng))


if __name__ == "__main__":
    wanted = set(sys.argv[1:]) or {"word", "sheets", "web", "ofd", "scanned"}
    for step in (word, sheets, web, ofd, scanned):
        if step.__name__ in wanted:
            step()
