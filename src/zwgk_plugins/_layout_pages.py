"""Fixed-layout pages that are not PDF (OFD, OCR'd scans) through the PDF reader's layout.

An OFD page and a scanned page both end up as glyphs with positions and
ruling lines.  :class:`LayoutPage` holds them in the shape the PDF reader
works on (pdfplumber-style char dicts, line edges), so :func:`read_pages`
runs the very same reconstruction: ruled tables from the rulings (through
pdfplumber's table finder, as for a PDF), tables drawn without lines from
the text positions, tables continued over pages joined, running headers
and page numbers to the residue, paragraphs from the rest.

Coordinates are points (1/72 inch) with ``top`` growing downwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from zwgk._model import Diagnostic, Residue
from zwgk.document import Document
from zwgk.plugins import require

__all__ = ["Glyph", "LayoutPage", "Ruling", "read_pages"]


@attrs.frozen
class Glyph:
    """One character on a page: its box in points and the font size."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@attrs.frozen
class Ruling:
    """A horizontal or vertical line segment (a table border) in points."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def orientation(self) -> str | None:
        """``"h"``, ``"v"`` or ``None`` for a slanted line (not a table border)."""
        if abs(self.bottom - self.top) <= 1.0:
            return "h"
        if abs(self.x1 - self.x0) <= 1.0:
            return "v"
        return None


class LayoutPage:
    """A page as the PDF reader sees one: ``chars``, ``edges``, ``images``, size."""

    def __init__(
        self,
        width: float,
        height: float,
        glyphs: Sequence[Glyph],
        rulings: Sequence[Ruling] = (),
        *,
        images: int = 0,
    ) -> None:
        self.width = width
        self.height = height
        self.bbox = (0.0, 0.0, width, height)
        self.chars: list[dict[str, Any]] = [
            {
                "text": g.text,
                "x0": g.x0,
                "x1": g.x1,
                "top": g.top,
                "bottom": g.bottom,
                "size": g.size,
                "upright": True,
            }
            for g in glyphs
        ]
        self.edges = [e for r in rulings if (e := _edge(r)) is not None]
        self.images: list[dict[str, Any]] = [{} for _ in range(images)]

    def find_tables(self, settings: dict[str, Any]) -> list[Any]:
        """The ruled tables of the page, found as pdfplumber finds them in a PDF."""
        if len(self.edges) < 4:
            return []
        table = require("pdfplumber.table", "pdf", feature="tables on fixed-layout pages")
        finder = table.TableFinder(self, settings)
        return list(finder.tables)

    def close(self) -> None:
        """Nothing to release (the PDF reader closes its pages)."""


def _edge(r: Ruling) -> dict[str, Any] | None:
    kind = r.orientation
    if kind is None:
        return None
    x0, x1 = sorted((r.x0, r.x1))
    top, bottom = sorted((r.top, r.bottom))
    if kind == "h":
        top = bottom = (top + bottom) / 2
    else:
        x0 = x1 = (x0 + x1) / 2
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": kind,
        "object_type": "line",
    }


def read_pages(
    pages: Sequence[LayoutPage],
    *,
    name: str | None,
    format: str,
    residue: Sequence[Residue] = (),
    diagnostics: Sequence[Diagnostic] = (),
    timeout: float = 120.0,
) -> Document:
    """The paragraphs and tables of laid-out pages, by the PDF reader's reconstruction."""
    from zwgk_plugins.pdf_format import _Reader

    class _PagesReader(_Reader):
        def _pages(self, pdf: Any) -> list[Any]:
            return list(pdf)

    from zwgk.safety import reading

    with reading(source=name) as budget:
        reader = _PagesReader(name, max(len(pages), 1), timeout, budget)
        reader.residue.extend(residue)
        reader.diagnostics.extend(diagnostics)
        document = reader.read(list(pages))
    return attrs.evolve(document, format=format)
