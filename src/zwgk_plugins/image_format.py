"""Scanned plans: page images (PNG, JPEG, TIFF, BMP) and image-only PDFs, read by OCR.

Recognition uses RapidOCR with the PP-OCR Chinese models inside its wheel
(``pip install 'zwgk[ocr]'``; nothing is downloaded at run time), PDF pages
are rendered by pypdfium2.  Every character keeps its box and confidence;
characters recognised with little confidence are listed in a diagnostic per
page (``ocr.low-confidence``), so a clerk knows what to check.  The pages
then go through the PDF reader's table and paragraph reconstruction.

Options: ``max_pages`` (default 500), ``timeout`` (seconds, default 600),
``year``; anything else goes to :func:`zwgk.build_plan`.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from zwgk._model import Plan
from zwgk.document import Document
from zwgk.errors import ScannedDocumentError
from zwgk.plugins import FormatInfo

__all__ = ["ImageFormat", "ocr_available", "read_scanned_pdf"]

DEFAULT_TIMEOUT = 600.0
_NEEDS = ("rapidocr_onnxruntime", "pypdfium2", "PIL")
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM")


def ocr_available() -> bool:
    """Whether the ``ocr`` extra is installed."""
    return all(importlib.util.find_spec(m) is not None for m in _NEEDS)


def read_scanned_pdf(
    data: bytes, *, name: str | None = None, max_pages: int = 500, timeout: float = DEFAULT_TIMEOUT
) -> Document:
    """The tables and paragraphs of an image-only PDF, by OCR.

    Without the ``ocr`` extra this raises
    :class:`~zwgk.errors.ScannedDocumentError` saying how to install it.
    """
    if not ocr_available():
        raise ScannedDocumentError(
            "the PDF holds only images of text (a scan); pip install 'zwgk[ocr]' to read it by OCR",
            source=name,
        )
    from zwgk_plugins._scan import pdf_pages, read_scan

    return read_scan(pdf_pages(data, name, max_pages), name=name, format="pdf", timeout=timeout)


def read_image_document(
    data: bytes, *, name: str | None = None, max_pages: int = 500, timeout: float = DEFAULT_TIMEOUT
) -> Document:
    """The tables and paragraphs of a page image (or a multi-page TIFF), by OCR."""
    from zwgk_plugins._scan import image_pages, read_scan

    return read_scan(image_pages(data, name, max_pages), name=name, format="image", timeout=timeout)


class ImageFormat:
    """The ``image`` reader: scanned pages as PNG, JPEG, TIFF or BMP files."""

    info = FormatInfo(
        name="image",
        description="Scanned pages (PNG, JPEG, TIFF, BMP) read by OCR (RapidOCR, PP-OCR models)",
        extensions=(".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"),
        media_types=("image/png", "image/jpeg", "image/tiff", "image/bmp"),
        priority=0,
        extra="ocr",
        requires=_NEEDS,
    )

    def sniff(self, head: bytes, name: str | None) -> float:
        return 0.9 if head.startswith(_MAGIC) else 0.0

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> Plan:
        from zwgk_plugins.pdf_format import _builder

        max_pages = options.pop("max_pages", 500)
        timeout = options.pop("timeout", DEFAULT_TIMEOUT)
        year = options.pop("year", None)
        document = read_image_document(data, name=name, max_pages=max_pages, timeout=timeout)
        return _builder()(document, year=year, **options)
