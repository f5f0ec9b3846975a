"""Scanned PDFs and page images to a :class:`~zwgk.document.Document`, by OCR.

PDF pages are rendered by pypdfium2 in grey, at 200 dpi or less so that a
page has at most the read's ``Limits.max_pixels``; images (PNG, JPEG, TIFF
with its pages, BMP) are opened by Pillow, whose size is checked against
that limit from the header before a pixel is decoded.  Every page is
recognised by :func:`zwgk_plugins._ocr.recognise` and the pages go through
the PDF reader's reconstruction.  Pages, pixels and time are bounded; when
the OCR engine fails on a page (out of memory, or otherwise) the error names
the page, the stage and what to change.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from typing import Any

from zwgk._model import Diagnostic, Location, Severity
from zwgk.document import Document
from zwgk.errors import InputTooLargeError, ParseError, ScannedDocumentError, UnsafeInputError
from zwgk.plugins import require
from zwgk.safety import current_budget
from zwgk_plugins._layout_pages import LayoutPage, read_pages
from zwgk_plugins._ocr_engine import EngineFailure

__all__ = ["OCR_EXTRA_HINT", "image_pages", "pdf_pages", "read_scan"]

RENDER_DPI = 200.0
OCR_EXTRA_HINT = "pip install 'zwgk[ocr]' to read it by OCR"


def _gray(image: Any) -> Any:
    import numpy as np

    return np.asarray(image.convert("L"))


def pdf_pages(data: bytes, name: str | None, max_pages: int) -> Iterator[tuple[Any, float]]:
    """Each page of a PDF rendered to a grey image, with the resolution used."""
    pdfium = require("pypdfium2", "ocr", feature="reading scanned PDFs (OCR)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ParseError(f"not a readable PDF ({exc})", source=name) from None
    try:
        if len(pdf) > max_pages:
            raise InputTooLargeError(
                "the PDF has too many pages (max_pages=)",
                size=len(pdf),
                limit=max_pages,
                source=name,
            )
        limit = current_budget().limits.max_pixels
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            dpi = RENDER_DPI
            pixels = width * height * (dpi / 72) ** 2
            if pixels > limit:  # a huge page is rendered coarser, not refused
                dpi *= (limit / pixels) ** 0.5
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            yield bitmap.to_numpy().reshape(bitmap.height, bitmap.width).copy(), dpi
            bitmap.close()
            page.close()
    finally:
        pdf.close()


def image_pages(data: bytes, name: str | None, max_pages: int) -> Iterator[tuple[Any, float]]:
    """Each frame of an image file as a grey image, with its resolution (200 dpi if unsaid)."""
    pil = require("PIL.Image", "ocr", feature="reading page images (OCR)")
    try:
        image = pil.open(io.BytesIO(data))
    except pil.DecompressionBombError as exc:  # Pillow's own, higher bound
        pixels = max((int(n) for n in re.findall(r"\d{6,}", str(exc))), default=0)
        raise InputTooLargeError(
            "the image has more pixels than a scanned page has",
            size=pixels,
            limit=current_budget().limits.max_pixels,
            source=name,
            limit_name="max_pixels",
        ) from None
    except (OSError, ValueError) as exc:
        raise ParseError(f"not a readable image ({exc})", source=name) from None
    with image:
        frames = getattr(image, "n_frames", 1)
        if frames > max_pages:
            raise InputTooLargeError(
                "the image file has too many pages", size=frames, limit=max_pages, source=name
            )
        for index in range(frames):
            image.seek(index)
            w, h = image.size
            current_budget().check(
                "max_pixels",
                w * h,
                f"the image ({w} × {h}) has more pixels than a scanned page has",
                location=Location(page=index + 1),
            )
            dpi = image.info.get("dpi", (RENDER_DPI, RENDER_DPI))[0] or RENDER_DPI
            try:
                gray = _gray(image)
            except (OSError, ValueError) as exc:
                raise ParseError(f"damaged image ({exc})", source=name) from None
            yield gray, float(dpi) if 50 <= float(dpi) <= 1200 else RENDER_DPI


def _engine_error(
    exc: EngineFailure, shape: tuple[int, ...], number: int, name: str | None
) -> ParseError:
    """The typed error for an OCR engine failure on page ``number`` (an image of ``shape``)."""
    budget = current_budget()
    where = Location(page=number)
    if time.monotonic() > budget.deadline:  # the time limit interrupted the engine
        return budget.timeout_error(where)
    h, w = shape[:2]
    if exc.out_of_memory:
        return UnsafeInputError(
            f"OCR of page {number} ({w} × {h} pixels) failed in {exc}; give the process more "
            f"memory, or pass limits=zwgk.Limits(max_pixels=...) below {w * h} to zwgk.read "
            "to read the pages at a lower resolution",
            source=name,
            location=where,
        )
    return ParseError(
        f"the OCR engine failed on page {number} ({w} × {h} pixels) in {exc}",
        source=name,
        location=where,
    )


def read_scan(
    images: Iterator[tuple[Any, float]], *, name: str | None, format: str, timeout: float
) -> Document:
    """Recognise every page image and rebuild the document's tables and paragraphs."""
    from zwgk_plugins._ocr import recognise

    deadline = time.monotonic() + timeout
    pages: list[LayoutPage] = []
    diagnostics: list[Diagnostic] = []
    for number, (gray, dpi) in enumerate(images, start=1):
        if time.monotonic() > deadline:
            raise ParseError(
                f"OCR took longer than {timeout:g} s (timeout=)",
                source=name,
                location=Location(page=number),
            )
        try:
            result = recognise(gray, dpi, number)
        except EngineFailure as exc:
            raise _engine_error(exc, gray.shape, number, name) from exc
        pages.append(result.page)
        diagnostics.extend(result.diagnostics)
    if not pages:
        raise ParseError("the file has no pages", source=name)
    from zwgk_plugins._ocr import one_script

    script = one_script(pages)
    if script is not None:
        diagnostics.append(script)
    if not any(page.chars for page in pages):
        raise ScannedDocumentError(
            f"the file holds only images and OCR found no text in them ({len(pages)} pages)",
            source=name,
        )
    diagnostics.insert(
        0,
        Diagnostic(
            "ocr.used",
            f"文件是扫描件，共{len(pages)}页的文字由OCR识别，请与原件核对",
            Severity.INFO,
        ),
    )
    return read_pages(pages, name=name, format=format, diagnostics=diagnostics, timeout=timeout)
