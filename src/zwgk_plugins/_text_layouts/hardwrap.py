"""Paragraphs a copy broke at a fixed width.

A PDF's text layer, or a page printed to text, breaks every paragraph into
lines as wide as the page (``1.持续完善国际科技创新中心建设、“两区”建设、国际消费``
/ ``中心城市建设…``): a numbered item's first line, short of a full stop,
then reads like a heading, and its other lines like paragraphs of their own.
Where many lines are as wide as the widest (:func:`wrap_width`), each such
line is joined to the line after it (:func:`hard_wraps_joined`), unless that
line opens an item or a heading of its own, is indented, or is empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from zwgk.lang.pieces import label_of
from zwgk_plugins._text_layouts.common import Line, screen_width

__all__ = ["Wraps", "hard_wraps_joined", "wrap_width"]

_FEWEST_WRAPPED: Final = 5  # lines as wide as the widest, at least
_SHARE: Final = 0.3  # of the lines with text
_SLACK: Final = 2  # columns a wrapped line may fall short of the width (a wide character, a mark)
_NARROWEST: Final = 30  # columns: a page narrower is no page
_CELL_MARKS: Final = ("\t", "|", "｜")
_COLUMN_GAP: Final = re.compile(r"\S[ \u3000]{2,}\S")  # spaces between two columns' cells


def wrap_width(texts: Sequence[str]) -> int | None:
    """The width the lines ``texts`` were broken at, where they were: the
    widest line's, where a third of the lines with text at least (five at
    least) are as wide, give or take a character; None where they were not,
    or where half the lines as wide hold a gap of spaces between two cells
    (a table set out in columns, as ``pdftotext -layout`` prints one)."""
    texts = [t.rstrip() for t in texts if t.strip()]
    if len(texts) < _FEWEST_WRAPPED or any(mark in t for t in texts for mark in _CELL_MARKS):
        return None  # (a table's rows: their widths are their cells')
    widths = [screen_width(t) for t in texts]
    widest = max(widths, default=0)
    if widest < _NARROWEST:
        return None
    full = [t for t, w in zip(texts, widths, strict=True) if w >= widest - _SLACK]
    if 2 * sum(1 for t in full if _COLUMN_GAP.search(t.strip())) >= len(full):
        return None  # (a table set out in columns by spaces: its rows are as wide)
    return widest if len(full) >= max(_FEWEST_WRAPPED, _SHARE * len(texts)) else None


def _goes_on(text: str) -> bool:
    """Whether ``text`` may go on the line before it: it has text, is not
    indented, and opens no item or heading."""
    return bool(text.strip()) and not text[:1].isspace() and label_of(text.strip()) is None


class Wraps:
    """Which lines of a text go on the line before them, broken off it at
    the text's width (:func:`wrap_width`)."""

    def __init__(self, texts: Sequence[str]) -> None:
        width = wrap_width(texts)
        self.goes_on = [False] * len(texts)
        if width is None:
            return
        for k in range(1, len(texts)):
            full = screen_width(texts[k - 1].rstrip()) >= width - _SLACK
            self.goes_on[k] = full and _goes_on(texts[k])

    def __bool__(self) -> bool:
        return any(self.goes_on)


def hard_wraps_joined(lines: Sequence[Line]) -> list[Line]:
    """The lines with each line broken at the text's width (:func:`wrap_width`)
    joined to the line before it where it goes on that line (no label opening
    it, no indent), the joined line numbered as the first."""
    wraps = Wraps([ln.text for ln in lines])
    if not wraps:
        return list(lines)
    out: list[Line] = []
    for ln, goes_on in zip(lines, wraps.goes_on, strict=True):
        if goes_on and out:
            out[-1] = Line(out[-1].no, out[-1].text.rstrip() + ln.text.strip())
        else:
            out.append(Line(ln.no, ln.text))
    return out
