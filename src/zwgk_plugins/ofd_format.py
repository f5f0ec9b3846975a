"""OFD files (GB/T 33190, the national fixed-layout format) read into plans.

The package is opened safely (:func:`zwgk.safety.open_package`: ZIP limits,
no DTDs or entities), its pages are read with lxml — ``TextObject``/
``TextCode`` glyphs at their positions (``DeltaX``/``DeltaY`` advances),
``PathObject`` rulings — and handed to the PDF reader's reconstruction:
ruled tables with their merged cells, tables without lines from the text
positions, tables continued over pages joined, page numbers and running
headers to the residue.  Needs only lxml and pdfplumber's table finder:
``pip install 'zwgk[pdf]'``.
"""

from __future__ import annotations

from typing import Any

from zwgk._model import Plan
from zwgk.document import Document
from zwgk.plugins import FormatInfo
from zwgk.safety import DEFAULT_LIMITS, Limits

__all__ = ["OfdFormat", "read_ofd_document"]


def read_ofd_document(
    data: bytes, *, name: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Document:
    """The paragraphs and tables of an OFD file, before they become a plan."""
    from zwgk_plugins._ofd_read import read_document

    return read_document(data, name=name, limits=limits)


class OfdFormat:
    """The ``ofd`` reader: an OFD file to a :class:`~zwgk.Plan`."""

    info = FormatInfo(
        name="ofd",
        description="OFD files (GB/T 33190): ruled and unruled tables, prose plans",
        extensions=(".ofd",),
        media_types=("application/ofd",),
        priority=10,
        extra="pdf",
        requires=("pdfplumber",),
    )

    def sniff(self, head: bytes, name: str | None) -> float:
        if not head.startswith(b"PK\x03\x04"):
            return 0.0
        return 0.95 if b"OFD.xml" in head else 0.0

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> Plan:
        from zwgk_plugins.pdf_format import _builder

        limits = options.pop("limits", DEFAULT_LIMITS)
        year = options.pop("year", None)
        document = read_ofd_document(data, name=name, limits=limits)
        return _builder()(document, year=year, **options)
