"""Tables written in a wiki's markup: DokuWiki's header cells opened by
``^`` (``^ 序号 ^ 工作任务 ^``) and its ``:::`` cell, which merges the cell
with the one above it (a rowspan).

:func:`wiki_rows` sets such a table out as the bar-parted rows a pipe table
has: a header cell's ``^`` becomes a bar, and a ``:::`` cell holds again the
text of the cell above it, as a crawler writes a merged cell on every row
it covers.
"""

from __future__ import annotations

import re
from typing import Final

from zwgk._model import Diagnostic, Severity
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["WIKI_TABLE_CODE", "wiki_rows"]

WIKI_TABLE_CODE: Final = "text.wiki_table"

# a row of a wiki table: a line opened and closed by a cell mark
_ROW: Final = re.compile(r"^[ \t]*[|^].*[|^][ \t]*$")
_MERGED: Final = ":::"
_FEWEST_ROWS: Final = 2


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"[|^]", line.strip())[1:-1]]


def _is_header(line: str) -> bool:
    return line.lstrip().startswith("^")


def wiki_rows(text: str) -> Parted:
    """``text`` with a wiki table's header marks and merged cells set out as
    a pipe table's: a text with no ``^`` header row over bar rows, and no
    ``:::`` cell, is returned as it is.

    >>> page = "^ 序号 ^ 类别 ^ 任务 ^\\n| 1 | 基本 | 公开预算 |\\n| 2 | ::: | 公开决算 |"
    >>> print(wiki_rows(page).text)
    | 序号 | 类别 | 任务 |
    | 1 | 基本 | 公开预算 |
    | 2 | 基本 | 公开决算 |
    """
    if "^" not in text and _MERGED not in text:
        return Parted(text)
    lines = text.split("\n")
    rows = [i for i, ln in enumerate(lines) if _ROW.match(ln)]
    headed = any(_is_header(lines[i]) for i in rows)
    merged = any(_MERGED in _cells(lines[i]) for i in rows)
    if len(rows) < _FEWEST_ROWS or not (headed or merged):
        return Parted(text)
    above: list[str] = []
    for i in rows:
        cells = _cells(lines[i])
        cells = [above[k] if c == _MERGED and k < len(above) else c for k, c in enumerate(cells)]
        lines[i] = "| " + " | ".join(cells) + " |"
        above = cells
    note = Diagnostic(
        WIKI_TABLE_CODE,
        "a table in wiki markup (^ header cells, ::: merged cells) was read as a pipe table",
        Severity.INFO,
    )
    return Parted("\n".join(lines), note=note)
