"""What every text layout uses: source lines, locations, header words."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk._model import Location
from zwgk.assembly.fields import is_deadline
from zwgk.document import Block, Grid
from zwgk.lang.pieces import header_row_roles, label_of, squeeze

__all__ = [
    "HEADING1",
    "PIPE_SEP",
    "RULE",
    "TAIL",
    "Line",
    "blocks",
    "deadline_line",
    "header_words",
    "loc",
    "screen_width",
]

#: A top-level heading label (一、).
HEADING1: Final = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")
#: A Markdown table's separator row (``|---|---|``).
PIPE_SEP: Final = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
#: A separator line (``-----``, ``=====``).
RULE: Final = re.compile(r"^\s*([-=_─━—*]\s*){3,}$")
# the wide characters (East Asian width W or F) a plan's text holds: Han, kana,
# hangul, CJK marks and full-width forms
_WIDE: Final = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf"
                          "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff"
                          "\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")  # fmt: skip


def screen_width(text: str) -> int:
    """How many columns ``text`` takes on screen: two for a wide character
    (Han, a full-width form), one for others.

    >>> screen_width("1.公开"), screen_width("（一）")
    (6, 6)
    """
    return len(text) + len(_WIDE.findall(text))


#: The last space-separated piece of a line, and what comes before it.
TAIL: Final = re.compile(r"^(?P<body>.*\S)[ \t\u3000]+(?P<tail>\S+)$")


@attrs.define
class Line:
    """A line of the source with its 1-based number."""

    no: int
    text: str


@functools.lru_cache(maxsize=8192)
def loc(first: int, last: int | None = None) -> Location:
    """The location of lines ``first`` to ``last`` (one value for the same
    lines: a location is never changed)."""
    return Location(line=first, end_line=last if last is not None and last != first else None)


def blocks(lines: Sequence[Line]) -> list[Block | Grid]:
    """One block per non-empty line."""
    return [Block(ln.text.strip(), loc(ln.no)) for ln in lines if ln.text.strip()]


def header_words(parts: Sequence[str]) -> bool:
    """Whether ``parts`` read as a table's header row."""
    return header_row_roles(list(parts)) is not None


def deadline_line(text: str) -> bool:
    """A short line that is a deadline cell (``长期坚持``, ``2024年9月底前``), not
    a requirement that speaks of time (``依据标准目录,持续提升…``)."""
    s = squeeze(text)
    return 0 < len(s) <= 24 and label_of(s) is None and is_deadline(s)
