"""A table copied as one cell a line, each cell closed by `` |``, its rows
parted by lines of two bars or more alone (a crawler writes ``</td>`` as
`` |``: an empty cell is a bar alone, a row's end bars with nothing between
them)::

    工作任务 |
    具体要求 |
    责任单位 |
    ||
    1.行政规范性文件集中公开 |
    1.开展…清理。2.按照…发布。 |
    市政府各部门 |
    ||

Where such bar lines part the closed cells into groups, three times at
least, :func:`bar_parted_rows` sets each group out as one bar-parted row
(``| 工作任务 | 具体要求 | 责任单位 |``), the rows a pipe table's: the row a
group of cells makes is what the bar lines say, not what the cells' text
suggests (a requirement cell numbering its own points ``1.…2.…``).  A cell
may go on over lines that do not close; it ends at the line that does, or,
where no bar line closes the last row (a page cut inside it), at the text's
next blank line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from zwgk_plugins._text_layouts.common import Line

__all__ = ["bar_parted_rows"]

# a row's end: two bars or more alone on a line (a bar alone closes an empty cell)
_BARS_ONLY: Final = re.compile(r"^[ \t\u3000]*[|｜]{2,}[ \t\u3000]*$")
_CLOSED: Final = re.compile(r"^(?P<cell>[^|｜]*?)[ \t\u3000]*[|｜][ \t\u3000]*$")
_FEWEST_BREAKS: Final = 3  # lines of bars alone that part groups of cells, at least
_CLOSED_SHARE: Final = 0.6  # of the lines with text between them, those a bar closes


def _span(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The lines from the first closed cell to the last line of bars, where
    the bar lines part the closed cells as rows do."""
    breaks = [k for k, ln in enumerate(lines) if _BARS_ONLY.match(ln.text)]
    closed = [k for k, ln in enumerate(lines) if _CLOSED.match(ln.text)]
    if len(breaks) < _FEWEST_BREAKS or not closed or closed[0] > breaks[0]:
        return None
    first, last = closed[0], max(breaks[-1], closed[-1])
    if last == closed[-1]:  # the last row no bar line closes: a page cut inside its cell
        while last + 1 < len(lines) and lines[last + 1].text.strip():
            last += 1
    texts = [ln.text for ln in lines[first : closed[-1] + 1] if ln.text.strip()]
    cells = [t for t in texts if not _BARS_ONLY.match(t)]
    shut = sum(1 for t in cells if _CLOSED.match(t))
    if shut < _CLOSED_SHARE * len(cells):
        return None
    return (first, last) if _rows_of_a_header(_groups(texts)) else None


_FEWEST_COLUMNS: Final = 3  # header cells the first group holds, at least
_HEADER_CELL: Final = 12  # characters of a header cell, at most


def _rows_of_a_header(groups: Sequence[Sequence[str]]) -> bool:
    """Whether the groups of closed cells are a header's and rows': the first
    short cells (the header's, three at least), no later one holding more
    cells than a row has, one more at most (bar lines that close empty cells
    inside rows part no rows: their groups hold many rows' cells)."""
    if len(groups) < 2:
        return False
    header = groups[0]
    if len(header) < _FEWEST_COLUMNS or any(len(c) > _HEADER_CELL for c in header):
        return False
    return max(len(g) for g in groups[1:]) <= len(header) + 1


def _groups(texts: Sequence[str]) -> list[list[str]]:
    """The closed cells of each group between lines of bars."""
    groups: list[list[str]] = [[]]
    for text in texts:
        if _BARS_ONLY.match(text):
            groups.append([])
        elif (m := _CLOSED.match(text)) is not None:
            groups[-1].append(m["cell"].strip())
    return [g for g in groups if g]


def _row_line(cells: Sequence[tuple[int, str]], *, trailing: bool = False) -> Line:
    """A row's cells as one bar-parted line, without the empty cells that
    close it (a heading across the table: ``一、… |`` then a bar alone)
    unless ``trailing`` keeps them (a row cut by the page's end)."""
    shown = list(cells)
    while not trailing and len(shown) > 1 and not shown[-1][1]:
        shown.pop()
    return Line(shown[0][0], "| " + " | ".join(text for _, text in shown) + " |")


def _rows(lines: Sequence[Line]) -> list[Line]:
    """The groups of closed cells among ``lines``, each as one bar-parted row."""
    rows: list[Line] = []
    cells: list[tuple[int, str]] = []
    pending: list[str] = []  # a cell's lines before the one that closes it
    start = 0
    for ln in lines:
        if _BARS_ONLY.match(ln.text):
            if pending:  # the bars close a cell's last line, on a line of their own
                cells.append((start, "".join(pending)))
                pending = []
            if cells:
                rows.append(_row_line(cells))
            cells = []
            continue
        m = _CLOSED.match(ln.text)
        if not ln.text.strip():
            continue
        if not pending:
            start = ln.no
        if m is None:
            pending.append(ln.text.strip())
            continue
        cells.append((start, "".join([*pending, m["cell"].strip()])))
        pending = []
    if cells or pending:  # a row cut by the page's end: the cells it does not show are empty
        cells += [(start, "".join(pending))] if pending else []
        width = rows[0].text.count("|") - 1 if rows else len(cells)
        cells += [(start, "")] * (width - len(cells))
        rows.append(_row_line(cells, trailing=True))
    return rows


def bar_parted_rows(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with a table of closed cells whose rows lines of bars alone
    part set out a row a line (see the module's text); others as they are."""
    span = _span(lines)
    if span is None:
        return list(lines)
    first, last = span
    return [*lines[:first], *_rows(lines[first : last + 1]), *lines[last + 1 :]]
