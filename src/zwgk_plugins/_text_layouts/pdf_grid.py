"""The grid of a ``pdf`` table once its lines are read into headings and tasks."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from zwgk._model import Residue
from zwgk.document import Cell, Grid
from zwgk_plugins._text_layouts.common import loc

__all__ = ["PHeading", "PTask", "full_rows_grid", "owners", "three_column_grid"]


@attrs.define
class PHeading:
    """A heading of the table's heading column, maybe broken over lines."""

    label: str
    parts: list[str]
    first: int
    last: int
    open: bool
    tasks_seen: int = 0

    @property
    def text(self) -> str:
        return self.label + "".join(self.parts)


@attrs.define
class PTask:
    """A task row: its label, text, responsibility and deadline pieces, its heading."""

    label: str
    number: int
    parts: list[str]
    resp: list[str]
    first: int
    last: int
    heading: PHeading | None
    resp_line: int | None = None
    deadline: list[str] = attrs.field(factory=list)

    def add_resp(self, text: str, no: int) -> None:
        self.resp.append(text.strip())
        self.resp_line = self.resp_line or no


def owners(tasks: Sequence[PTask]) -> list[int]:
    """For each task, the task whose responsibility it has.

    A task without a responsibility shares the one of the task before it in
    the same section (the merged cell's text sits in one of its rows).
    """
    out: list[int] = []
    for i, t in enumerate(tasks):
        if t.resp or i == 0 or tasks[i - 1].heading is not t.heading:
            out.append(i)
        else:
            out.append(out[i - 1])
    return out


def full_rows_grid(
    header: Sequence[str],
    roles: Sequence[str | None],
    tasks: Sequence[PTask],
    owner: Sequence[int],
    *,
    header_at: int,
) -> Grid:
    """The grid of a PDF-text table whose headings are rows across the table.

    Each header word is a column; a heading is a row of one cell spanning
    them all; tasks sharing a responsibility share one spanning cell.
    """
    width = len(header)
    col = {r: j for j, r in enumerate(roles) if r is not None}
    cells = [Cell(tok, 0, j, location=loc(header_at)) for j, tok in enumerate(header)]
    row = 1
    seen: set[int] = set()
    for k, t in enumerate(tasks):
        hd = t.heading
        if hd is not None and id(hd) not in seen and (k == 0 or tasks[k - 1].heading is not hd):
            seen.add(id(hd))
            cells.append(Cell(hd.text, row, 0, colspan=width, location=loc(hd.first, hd.last)))
            row += 1
        where = loc(t.first, t.last)
        if "number" in col:
            cells.append(Cell(t.label, row, col["number"], location=where))
            text = "".join(t.parts)
        else:
            text = t.label + "".join(t.parts)
        cells.append(Cell(text, row, col["text"], location=where))
        if "resp" in col and owner[k] == k:
            span = 1
            while k + span < len(tasks) and owner[k + span] == k:
                span += 1
            cells.append(
                Cell(
                    "".join(t.resp),
                    row,
                    col["resp"],
                    rowspan=span,
                    location=loc(t.resp_line or t.first),
                )
            )
        if "deadline" in col:
            cells.append(Cell("".join(t.deadline), row, col["deadline"], location=where))
        row += 1
    return Grid(cells)


def _section_cells(
    tasks: Sequence[PTask], owner: Sequence[int], i: int, j: int, row: int
) -> list[Cell]:
    """The cells of tasks ``i`` to ``j`` (one heading): heading, requirements, responsibilities."""
    hd = tasks[i].heading
    cells: list[Cell] = []
    if hd is not None:
        cells.append(Cell(hd.text, row, 0, rowspan=j - i, location=loc(hd.first, hd.last)))
    else:
        cells.append(Cell("", row, 0, rowspan=j - i))
    k = i
    while k < j:
        end = k
        while end < j and owner[end] == owner[k]:
            end += 1
        t = tasks[owner[k]]
        where = loc(t.resp_line or t.first)
        cells.append(Cell("".join(t.resp), row + (k - i), 2, rowspan=end - k, location=where))
        k = end
    for k in range(i, j):
        t = tasks[k]
        cells.append(
            Cell(t.label + "".join(t.parts), row + (k - i), 1, location=loc(t.first, t.last))
        )
    return cells


def three_column_grid(
    header: Sequence[str],
    tasks: Sequence[PTask],
    owner: Sequence[int],
    residue: list[Residue],
    *,
    header_at: int,
) -> Grid:
    """The grid of a PDF-text table with a heading column: heading | requirement | responsibility.

    Header words beyond the third name columns this layout does not place:
    they go to ``residue``.
    """
    cells: list[Cell] = [Cell(tok, 0, j) for j, tok in enumerate(header[:3])]
    for j in range(len(header[:3]), 3):
        cells.append(Cell("", 0, j))
    if header[3:]:
        # columns this layout does not place (a deadline column beside three)
        residue.append(Residue(" ".join(header[3:]), "table header", loc(header_at)))
    row = 1
    i = 0
    while i < len(tasks):
        j = i
        while j < len(tasks) and tasks[j].heading is tasks[i].heading:
            j += 1
        cells += _section_cells(tasks, owner, i, j, row)
        row += j - i
        i = j
    return Grid(cells)
