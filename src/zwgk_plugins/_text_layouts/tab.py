"""``tab``: table text, one cell per line behind a tab, rows split by blank lines."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from zwgk.document import Block, Cell, Document, Grid
from zwgk.errors import OptionError
from zwgk_plugins._text_layouts.common import Line, blocks, loc

__all__ = ["read_tab"]


@attrs.define
class _TCell:
    parts: list[str]
    first: int
    last: int

    def cell(self, row: int, col: int) -> Cell:
        text = "\n".join(self.parts).strip("\n")
        return Cell(text, row, col, location=loc(self.first, self.last))


def _row_continues(lines: Sequence[Line], i: int) -> bool:
    """Whether the line ``i`` without a tab goes on with the cell above it."""
    return i > 0 and lines[i - 1].text.strip() != "" and lines[i].text.strip() != ""


def _cells_on(line: Line) -> int:
    return line.text.count("\t")  # a cell behind every tab


def _column_count(lines: Sequence[Line]) -> int:
    """The most common number of cells in a blank-separated group.

    Rows are sometimes split by blank lines, so the header alone is no guide.
    """
    sizes: dict[int, int] = {}
    count = 0
    for ln in lines:
        if ln.text.startswith("\t"):
            count += _cells_on(ln)
        elif not ln.text.strip() and count:
            sizes[count] = sizes.get(count, 0) + 1
            count = 0
    if count:
        sizes[count] = sizes.get(count, 0) + 1
    multi = {k: v for k, v in sizes.items() if k >= 2} or sizes or {1: 1}
    return max(multi, key=lambda k: (multi[k], k))


def _group_sizes(lines: Sequence[Line], first_tab: int) -> dict[int, int]:
    """The number of cells in the blank-separated group each tab line starts."""
    group_size: dict[int, int] = {}
    start: int | None = None
    for i in range(first_tab, len(lines)):
        ln = lines[i]
        if ln.text.startswith("\t"):
            if start is None:
                start = i
                group_size[start] = 0
            group_size[start] += _cells_on(ln)
        elif not ln.text.strip() or start is None or not _row_continues(lines, i):
            start = None
    return group_size


class _TabReader:
    def __init__(self, lines: Sequence[Line], first_tab: int) -> None:
        self.n_cols = _column_count(lines[first_tab:])
        self.group_size = _group_sizes(lines, first_tab)
        self.parts: list[Block | Grid] = list(blocks(lines[:first_tab]))
        self.rows: list[list[_TCell]] = []
        self.row: list[_TCell] = []
        self.blank = 0
        self.outside: list[Line] = []

    def flush_row(self) -> None:
        if self.row:
            self.rows.append(self.row)
        self.row = []

    def flush_grid(self) -> None:
        self.flush_row()
        if self.rows:
            cells = []
            for r, cells_of_row in enumerate(self.rows):
                for c, tc in enumerate(cells_of_row):
                    cells.append(tc.cell(r, c))
                for c in range(len(cells_of_row), self.n_cols):
                    cells.append(Cell("", r, c))
            self.parts.append(Grid(cells))
        self.rows = []

    def tab_line(self, i: int, ln: Line) -> None:
        if self.outside:
            if self.rows or self.row:
                self.flush_grid()
            self.parts.extend(blocks(self.outside))
            self.outside = []
        size = self.group_size.get(i)
        row = self.row
        if (
            size is not None
            and row
            and len(row) < self.n_cols
            and (size == self.n_cols or len(row) + size > self.n_cols)
        ):
            # a short row (a heading in one cell) before a row of its own
            self.flush_row()
        for value in ln.text.split("\t")[1:]:
            if len(self.row) >= self.n_cols:
                self.flush_row()
            self.row.append(_TCell([value], ln.no, ln.no))
        self.blank = 0

    def plain_line(self, ln: Line) -> None:
        """A line without a tab: the rest of the cell above, or text outside the table."""
        row = self.row
        fits = self.blank == 0 or len(row) < self.n_cols
        if row and fits and self.blank <= 1 and not self.outside:
            row[-1].parts.append(ln.text.strip())
            row[-1].last = ln.no
            self.blank = 0
            return
        self.flush_row()
        self.outside.append(ln)
        self.blank = 0

    def read(self, lines: Sequence[Line], first_tab: int) -> Document:
        for i in range(first_tab, len(lines)):
            ln = lines[i]
            if ln.text.startswith("\t"):
                self.tab_line(i, ln)
            elif not ln.text.strip():
                self.blank += 1
            else:
                self.plain_line(ln)
        self.flush_grid()
        self.parts.extend(blocks(self.outside))
        return Document(self.parts)


def read_tab(lines: Sequence[Line]) -> Document:
    """Read ``tab`` text (see the package's description)."""
    first_tab = next((i for i, ln in enumerate(lines) if ln.text.startswith("\t")), None)
    if first_tab is None:
        raise OptionError("layout 'tab' does not fit this text: no line starts with a tab")
    return _TabReader(lines, first_tab).read(lines, first_tab)
