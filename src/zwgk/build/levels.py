"""Heading levels in a table: heading columns, headings written across the table, in rows."""

from __future__ import annotations

from collections.abc import Sequence

from zwgk.document import Cell
from zwgk.lang.numerals import HeadingLabel
from zwgk.lang.pieces import label_of

__all__ = ["Levels", "across_cell"]

Rows = Sequence[Sequence[Cell | None]]


def across_cell(row: Sequence[Cell | None], n_cols: int) -> Cell | None:
    """The one cell with text of a row, if it spans the table (all columns or all
    but one), or stands first in a row whose other cells are shown empty; or
    the first of a merged cell's copies, one text written into every cell of
    the row (or all but one), as a span is when a table is written out."""
    only, shown, copies = None, 0, False
    for c in row:
        if c is None or not c.text.strip():
            continue
        shown += 1
        if only is None:
            only = c
        elif c is not only:
            if c.text != only.text:
                return None  # (two cells of their own)
            copies = True  # (one text in every cell)
    if only is None or copies:
        return only if shown >= max(n_cols - 1, 2) else None
    if only.colspan >= 2 and only.colspan >= n_cols - 1:
        return only
    # a table copied as text writes a heading row as its cell and empty ones
    others = [c for c in row if c is not only]
    shown_empty = n_cols >= 3 and len(others) >= n_cols - 1 and all(c is not None for c in others)
    return only if shown_empty and row[0] is only else None


def _column_ranks(
    body: Rows, heading_cols: Sequence[int], task_rank: int, n_cols: int
) -> dict[int, int]:
    """The ordinals each heading column uses (一、 in the first, （一） in the
    second); a heading written across the table is in none of them."""
    ranks: dict[int, int] = {}
    for level, col in enumerate(heading_cols):
        for row in body:
            if across_cell(row, n_cols) is not None:
                continue
            cell = row[col]
            lab = label_of(cell.text) if cell is not None and cell.colspan == 1 else None
            if lab is not None and lab.rank < task_rank:
                ranks.setdefault(lab.rank, level)
    return ranks


def _columns_used(body: Rows, heading_cols: Sequence[int]) -> bool:
    for row in body:
        for col in heading_cols:
            cell = row[col]
            if cell is not None and cell.colspan == 1 and cell.text.strip():
                return True
    return False


def _above_ranks(
    body: Rows,
    heading_cols: Sequence[int],
    task_rank: int,
    column_ranks: dict[int, int],
    n_cols: int,
) -> list[int]:
    """Ranks of headings written across the table above heading columns that are in use.

    (一、 rows over a 工作任务 column): they are the top levels, and the
    columns' levels come below them.
    """
    above: list[int] = []
    if not _columns_used(body, heading_cols):
        return above
    for row in body:
        only = across_cell(row, n_cols)
        lab = label_of(only.text) if only is not None else None
        if (
            lab is not None
            and lab.rank < task_rank
            and all(lab.rank < r for r in column_ranks)
            and lab.rank not in above
        ):
            above.append(lab.rank)
    above.sort()
    return above


class Levels:
    """The level of each heading in a table: columns, headings across it, headings in rows."""

    def __init__(
        self,
        body: Rows,
        heading_cols: Sequence[int],
        task_rank: int,
        n_cols: int,
        outside: Sequence[int] = (),
    ) -> None:
        """``outside``: the ranks of headings on lines of their own between the
        table's blocks (a table parted by its part headings), above its rows
        as the headings written across it are."""
        self.n_columns = len(heading_cols)
        self.column_ranks = _column_ranks(body, heading_cols, task_rank, n_cols)
        above = _above_ranks(body, heading_cols, task_rank, self.column_ranks, n_cols)
        if outside and _columns_used(body, heading_cols):
            deeper = [r for r in outside if all(r < c for c in self.column_ranks)]
            above = sorted({*above, *deeper})
        self.above_ranks = above
        self.offset = len(self.above_ranks)
        self.row_ranks: list[int] = []

    def of_column(self, level: int) -> int:
        """The level of a heading in the ``level``-th heading column."""
        return level + self.offset

    def _empty_column(self, rank: int) -> int | None:
        """A heading column left empty (its headings were written across the row
        instead), between columns of higher and lower ordinals."""
        taken = set(self.column_ranks.values())
        for level in range(self.n_columns):
            if level in taken:
                continue
            above = [r for r, lv in self.column_ranks.items() if lv < level]
            below = [r for r, lv in self.column_ranks.items() if lv > level]
            if all(r < rank for r in above) and all(r > rank for r in below):
                return level
        return None

    def of_row(self, label: HeadingLabel | None) -> int:
        """Level of a heading written in its own row, below any heading columns.

        Such headings nest by their ordinals: ``一、`` above ``（一）``; one
        with the ordinals of a heading column is at that column's level.
        """
        if label is not None and label.rank in self.above_ranks:
            return self.above_ranks.index(label.rank)
        if label is not None and label.rank in self.column_ranks:
            return self.column_ranks[label.rank] + self.offset
        if label is not None and not self.offset:
            level = self._empty_column(label.rank)
            if level is not None:
                return level
        rank = label.rank if label is not None else 0
        if rank not in self.row_ranks:
            self.row_ranks.append(rank)
            self.row_ranks.sort()
        return self.n_columns + self.offset + self.row_ranks.index(rank)
