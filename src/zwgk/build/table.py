"""The table assembly: a grid's rows become task rows.

Header words give column roles (number, heading levels, requirement,
responsibility, lead/assist units, deadline, note); repeated header rows
are skipped; ordinals give heading levels; a cell spanning several rows is
shared by exactly those rows (a shared responsibility becomes one
``Task.group``).  Cells the assembly places nowhere go to the residue.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk._model import Residue
from zwgk.build.broken import join_broken_headings
from zwgk.build.levels import Levels, across_cell
from zwgk.build.pieces import (
    R_CHECK_MARK,
    R_CLOSING,
    R_DITTO,
    R_EMPTY_MARK,
    R_EXTRA_COLUMN,
    R_HEADER,
    R_NOTICE,
    R_REPEATED_HEADER,
    R_TASK_TAIL,
    R_UNPLACED_ROW,
    Context,
    Row,
    cell_location,
    join_lines,
    span_text,
    split_items,
)
from zwgk.build.roles import find_header
from zwgk.build.sections import Sections, apply_heading_cell
from zwgk.document import Cell, Grid
from zwgk.lang.deadline import deadline_cells
from zwgk.lang.numerals import HeadingLabel, find_labels, parse_serial
from zwgk.lang.pieces import label_of, looks_like_responsibility, squeeze
from zwgk.lang.vocab import CHECK_MARKS, COMPLETION_VERBS, header_role, is_ditto, is_empty_mark

__all__ = ["grid_rows", "row_has_task_fields", "task_rank"]

_FIELD_ROLES = ("resp", "lead", "assist", "deadline")


def row_has_task_fields(row: Sequence[Cell | None], roles: Sequence[str | None]) -> bool:
    """Whether a row has its own responsibility or deadline (not one cell across the row)."""
    for cell, role in zip(row, roles, strict=False):
        if role in _FIELD_ROLES and cell is not None and cell.text.strip():
            if (
                cell.colspan > 1
                and sum(1 for c in row if c is cell) > 1
                and all(c is cell or c is None or not c.text.strip() for c in row)
            ):
                continue
            return True
    return False


def task_rank(
    rows: Sequence[Sequence[Cell | None]],
    roles: Sequence[str | None],
    text_col: int | None,
    header_at: int | None,
) -> int:
    """The label rank of the table's tasks; labels of a lower rank are headings.

    Rows that carry a responsibility or a deadline are tasks, so their
    labels decide; failing that, the deepest label in the requirement column.
    """
    if text_col is None:
        return 99
    with_fields: dict[int, int] = {}
    ranks: set[int] = set()
    start = header_at + 1 if header_at is not None else 0
    for row in rows[start:]:
        cell = row[text_col] if text_col < len(row) else None
        if cell is None or cell.colspan > 1:
            continue
        label = label_of(cell.text)
        if label is None or _copied_across(row, cell):
            continue
        ranks.add(label.rank)
        if row_has_task_fields(row, roles):
            with_fields[label.rank] = with_fields.get(label.rank, 0) + 1
    if with_fields:
        return max(with_fields, key=lambda r: (with_fields[r], r))
    return max(ranks, default=99)


def _copied_across(row: Sequence[Cell | None], cell: Cell) -> bool:
    """Whether ``cell`` is a copy of a part row's text written into every cell."""
    last = row[-1]
    return (
        last is not None
        and last is not cell
        and last.text == cell.text
        and bool(across_cell(row, len(row)))
    )


def _numbers_rows(body: Sequence[Sequence[Cell | None]], roles: Sequence[str | None]) -> bool:
    """Whether a 序号 column numbers the table's rows with figures (1, 2 …)."""
    if "number" not in roles:
        return False
    k = roles.index("number")
    cells = [row[k] for row in body if k < len(row)]
    return sum(1 for c in cells if c is not None and parse_serial(c.text.strip())) >= 2


def part_label(text: str) -> HeadingLabel | None:
    """The label a 序号 cell gives a part: 一、 or （一）, or a Chinese numeral
    alone (一, 十二: the parts' numbers, where the rows' are figures)."""
    label = label_of(text)
    if label is None and text and not text.isascii():
        label = label_of(f"{text}、")
    if label is None or label.rest.strip() or not label.style.startswith("cn"):
        return None
    return label


def _points_from_one(items: Sequence[tuple[HeadingLabel | None, str]]) -> bool:
    """Whether a cell's items are points it numbers from 1 (``1.…`` ``2.…``)."""
    first = items[0][0]
    return first is not None and first.number == 1


def _column_number(number_text: str) -> int | None:
    """The number a 序号 cell gives (``3``, ``3.``, ``（三）``)."""
    if not number_text:
        return None
    number = parse_serial(number_text)
    if number is None:
        as_label = label_of(number_text)
        number = as_label.task_number if as_label is not None else None
    return number


@attrs.define
class _Fields:
    """The field cells of one task row, as they stand."""

    resp: str | None = None
    resp_cell: Cell | None = None
    lead: str = ""
    assist: str = ""
    supervise: str = ""
    deadline: str = ""
    notes: list[str] = attrs.Factory(list)
    shared: int | None = None
    # the unit cells the row reads: rows share a responsibility only where
    # they read the same cells (a lead merged over rows, each its own assist: none)
    unit_cells: list[int] = attrs.Factory(list)
    number_text: str = ""

    @property
    def shared_key(self) -> int | None:
        return hash(tuple(self.unit_cells)) if self.shared is not None else None


class _TableReader:
    """Reads one grid: its header, headings and task rows; every cell it visits is marked."""

    def __init__(
        self,
        grid: Grid,
        ctx: Context,
        sections: Sections,
        inherited: Sequence[str | None] | None = None,
        outside: Sequence[int] = (),
    ) -> None:
        self.grid, self.ctx, self.sections = grid, ctx, sections
        self.rows = grid.rows()
        self.texts = [[span_text(c) for c in row] for row in self.rows]
        self.n_cols = grid.n_cols
        self.header = find_header(self.rows, self.texts, grid.n_cols, inherited)
        self.roles = self.header.roles
        at = self.header.at
        self.header_key = [squeeze(t) for t in self.texts[at]] if at is not None else None
        self.heading_cols = [i for i, r in enumerate(self.roles) if r == "heading"]
        self.text_col = self.roles.index("text") if "text" in self.roles else None
        self.title_col = self._title_column()
        self.heading_cols = [i for i in self.heading_cols if i != self.title_col]
        join_broken_headings(self.rows, self.heading_cols, self.header.body_start, grid, ctx)
        self.task_rank = task_rank(self.rows, self.roles, self.text_col, at)
        body = self.rows[self.header.body_start :]
        self.levels = Levels(body, self.heading_cols, self.task_rank, self.n_cols, outside)
        self.figures = _numbers_rows(body, self.roles)
        self.seen: set[int] = set()
        self.out: list[Row] = []
        self.above: list[str] = []
        self.pending: list[int] = []  # rows with no task after the last task

    def _title_column(self) -> int | None:
        """The column of the tasks' own short titles: the column named as a
        task's (工作任务, 公开事项) right before the requirement's (具体措施,
        公开内容), where every task row shows its own cell, no sentence and
        shorter than its requirement, neither of them numbered (or the titles
        numbered in turn beside requirements numbering their own points), all
        different, and no row's cells stand outside the header's columns.  A
        heading merged over rows or named as one (重点工作, 类别) is no title."""
        t, at = self.text_col, self.header.at
        if t is None or at is None or t - 1 not in self.heading_cols:
            return None
        if header_role(self.texts[at][t - 1]) != "text":
            return None
        unnamed = [k for k, r in enumerate(self.roles) if r is None]
        titles: list[str] = []
        labels: list[tuple[HeadingLabel | None, HeadingLabel | None]] = []
        for row in self.rows[self.header.body_start :]:
            if any((c := row[k]) is not None and c.text.strip() for k in unnamed):
                return None  # a row's cells out of their columns: positions prove nothing
            req, own = row[t], row[t - 1]
            if req is None or req.colspan > 1 or req is own or not span_text(req).strip():
                continue
            title = span_text(own).strip() if own is not None and own.rowspan == 1 else ""
            numbered = label_of(title)
            longer = len(title) >= len(span_text(req).strip())
            if not title or "。" in title or (longer and numbered is None):
                return None
            labels.append((numbered, label_of(span_text(req))))
            titles.append(squeeze(title))
        if not _titles_numbered_alone(labels):
            return None  # numbered tasks, or numbered headings (一、…) beside them
        # (titles numbered beside requirements numbering their own points say so
        # in one row: a page opening may show no more)
        least = 1 if any(title is not None for title, _ in labels) else 2
        return t - 1 if len(titles) >= least and len(set(titles)) == len(titles) else None

    # -- residue ------------------------------------------------------------

    def _residue(self, cell: Cell, reason: str) -> None:
        self.seen.add(id(cell))
        self.ctx.residue.append(Residue(cell.text, reason, cell_location(cell, self.grid)))

    def _fresh(self, cell: Cell | None) -> bool:
        return cell is not None and id(cell) not in self.seen and bool(cell.text.strip())

    def _residue_row(self, i: int, reason: str) -> None:
        for c in self.rows[i]:
            if c is not None and self._fresh(c):
                self._residue(c, reason)

    def _header_residue(self) -> None:
        at, top = self.header.at, self.header.top
        if at is None:
            return
        if top is not None:
            self._residue_row(top, R_HEADER)
        for i in range(at):
            if i == top:
                continue
            row_text = join_lines(dict.fromkeys(t for t in self.texts[i] if t))
            if row_text:
                self.above.append(row_text)
            self._residue_row(i, R_NOTICE)
        self._residue_row(at, R_HEADER)

    # -- headings -----------------------------------------------------------

    def _heading(self, cell: Cell, level: int) -> None:
        self.seen.add(id(cell))
        apply_heading_cell(cell, level, self.sections, self.ctx, self.grid)

    def _heading_across(self, row: Sequence[Cell | None]) -> bool:
        """A heading written across the whole table."""
        only = across_cell(row, self.n_cols)
        if only is None or id(only) in self.seen:
            return False
        lab = label_of(only.text)
        if lab is not None and lab.rank >= self.task_rank:
            return False
        self._heading(only, self.levels.of_row(lab))
        self.seen.update(id(c) for c in row if c is not None)  # (its copies)
        return True

    def _heading_columns(self, row: Sequence[Cell | None]) -> None:
        for level, col in enumerate(self.heading_cols):
            cell = row[col]
            if cell is None or not self._fresh(cell):
                continue
            if is_ditto(cell.text):
                self._residue(cell, R_DITTO)  # (the heading above goes on)
            else:
                self._heading(cell, self.levels.of_column(level))

    def _row_without_text(self, i: int, row: Sequence[Cell | None]) -> None:
        """A row with no requirement: a heading in its own row, or text of no task."""
        if self._part_row(row):
            return
        others = [c for c in row if c is not None and self._fresh(c)]
        one = len({id(c) for c in others}) == 1
        if one and (not self.heading_cols or label_of(others[0].text) is not None):
            label = label_of(others[0].text)
            if label is not None and label.rank < self.task_rank:
                self._heading(others[0], self.levels.of_row(label))
                return
        if self.out:
            self.pending.append(i)
        else:
            self._residue_row(i, R_UNPLACED_ROW)

    def _part_row(self, row: Sequence[Cell | None]) -> bool:
        """A part's row: its numeral in the 序号 column (一, 二 or 一、), its
        title in the one other cell the row shows, no field of a task's: a
        heading (the numeral and the title joined, 一、重点领域信息公开)."""
        if not self.figures or row_has_task_fields(row, self.roles):
            return False
        number = row[self.roles.index("number")]
        if number is None or not self._fresh(number):
            return False
        label = part_label(number.text.strip())
        titles = {id(c): c for c in row if c is not None and c is not number and self._fresh(c)}
        if label is None or label.rank >= self.task_rank or len(titles) != 1:
            return False
        (title,) = titles.values()
        if label_of(title.text) is not None:
            return False
        self.seen.update((id(number), id(title)))
        heading = attrs.evolve(title, text=f"{label.label}{title.text.strip()}")
        self._heading(heading, self.levels.of_row(label))
        return True

    # -- task rows ----------------------------------------------------------

    def _take(self, fields: _Fields, role: str, cell: Cell) -> None:
        value = cell.text.strip()
        is_shared = cell.rowspan > 1
        first_time = id(cell) not in self.seen
        self.seen.add(id(cell))
        if role == "number":
            fields.number_text = value.lstrip(CHECK_MARKS + " \u3000")
            if fields.number_text != value and fields.number_text:
                # a check mark before the serial tells the task's state (☑1)
                mark = value[: len(value) - len(fields.number_text)].strip()
                self.ctx.residue.append(Residue(mark, R_CHECK_MARK, cell_location(cell, self.grid)))
        elif role == "resp":
            fields.unit_cells.append(id(cell))
            fields.resp_cell = cell
            fields.resp = value or None
            if is_shared:
                fields.shared = id(cell)
        elif role in ("lead", "assist"):
            fields.unit_cells.append(id(cell))
            setattr(fields, role, value)
            if is_shared and role == "lead":
                fields.shared = id(cell)
        elif role == "supervise":
            fields.supervise = value
        elif role == "deadline":  # (two cells make one limit: 项目受理后 | 3个工作日内)
            fields.deadline = fields.deadline + value if value else fields.deadline
        elif role == "note" and "deadline" not in self.roles and _reads_as_deadline(value):
            fields.deadline = fields.deadline or value  # (备注: 11月底前完成, no deadline column)
        elif role in ("note", "other_resp", "other"):
            if value:
                fields.notes.append(value)
        elif role == "status" and value and first_time:
            self.ctx.residue.append(Residue(value, R_EXTRA_COLUMN, cell_location(cell, self.grid)))

    def _fields(self, row: Sequence[Cell | None]) -> _Fields:
        fields = _Fields()
        for col, role in enumerate(self.roles):
            cell = row[col]
            if cell is None or role in (None, "heading", "text"):
                if role is None and cell is not None and self._fresh(cell):
                    self._residue(cell, R_EXTRA_COLUMN)
                continue
            self._take(fields, role, cell)
        return fields

    @functools.cached_property
    def _unlabelled_texts(self) -> int:
        """How many of the table's rows hold a text cell that opens with no label."""
        if self.text_col is None:
            return 0
        body = self.rows[self.header.body_start :]
        cells = {id(c): c for row in body if (c := row[self.text_col]) is not None}
        return sum(1 for c in cells.values() if span_text(c).strip() and not label_of(span_text(c)))

    def _own_points(self, text: str) -> bool:
        """Whether a requirement cell numbers its own points on its first line
        (``(1)…；(2)…；(3)…``, counting from 1) in a table whose other rows (two
        or more) open with no label: the points are the cell's text, no tasks."""
        first = label_of(text)
        if first is None or first.number != 1 or self._unlabelled_texts < 2:
            return False
        line = text.split("\n", 1)[0]
        if any(h.style == first.style and h.number == 2 for h in find_labels(line)):
            return True
        # (or each point on a line of its own)
        return any(
            (lab := label_of(ln)) is not None and lab.style == first.style and lab.number == 2
            for ln in text.split("\n")[1:]
        )

    def _emit(self, text: str, text_cell: Cell, fields: _Fields) -> None:
        """One row per labelled item of the requirement cell."""
        items = [(None, text)] if self._own_points(text) else split_items(text)
        shared = fields.shared_key
        if len(items) > 1 and shared is None:
            shared = id(text_cell)
        section, section_labels = self.sections.path()
        column_number = _column_number(fields.number_text)
        if column_number is not None and (len(items) == 1 or _points_from_one(items)):
            # The numbering column is the task's number; a label in the text
            # (（一）…) is a sub-numbering and stays in the text, as do the
            # points the cell numbers from 1 (1.… 2.…, or those of a row that
            # answers several items of a list, ``36,37``).
            items = [(None, text)]
        for lab, body in items:
            number = lab.task_number if lab else None
            label_text = lab.label.strip() if lab else ""
            if number is None and fields.number_text.strip():
                # a 序号 cell the grammar gives no number (``1-1``) is still its label
                number = column_number
                label_text = fields.number_text.strip()
            self.out.append(
                Row(
                    number=number,
                    label=label_text,
                    text=body,
                    section=section,
                    section_labels=section_labels,
                    resp_cell=fields.resp_cell,
                    resp_text=fields.resp,
                    lead=fields.lead,
                    assist=fields.assist,
                    supervise=fields.supervise,
                    deadline_text=fields.deadline,
                    note="\n".join(fields.notes) if fields.notes else None,
                    location=cell_location(text_cell, self.grid),
                    shared_key=shared,
                )
            )

    def _repeats_header(self, texts: Sequence[str]) -> bool:
        """Whether a row repeats the header (a table split over pages); the
        first cell that differs settles it."""
        key = self.header_key
        return (
            key is not None
            and len(texts) == len(key)
            and all(squeeze(x) == k for x, k in zip(texts, key, strict=True))
        )

    def _row(self, i: int) -> None:
        row, texts = self.rows[i], self.texts[i]
        if self._repeats_header(texts):
            self._residue_row(i, R_REPEATED_HEADER)
            return
        if not any(texts) or self._heading_across(row):
            return
        self._heading_columns(row)
        text_cell = row[self.text_col] if self.text_col is not None else None
        text = span_text(text_cell) if text_cell is None or id(text_cell) not in self.seen else ""
        if not text or text_cell is None:
            self._row_without_text(i, row)
            return
        if self._part_row(row):
            return
        label = label_of(text)
        if self._tail_of_page_before(text, label):
            self._residue_row(i, R_TASK_TAIL)
            return
        if (
            label is not None
            and label.rank < self.task_rank
            and not row_has_task_fields(row, self.roles)
        ):
            # a heading written in the requirement column, in its own row
            self._heading(text_cell, self.levels.of_row(label))
            return
        for j in self.pending:
            self._residue_row(j, R_UNPLACED_ROW)
        self.pending.clear()
        self.seen.add(id(text_cell))
        fields = self._fields(row)
        title = row[self.title_col] if self.title_col is not None else None
        if title is not None:  # the task's title; its requirement is the note
            self.seen.add(id(title))
            fields.notes.insert(0, text)
            text, text_cell = span_text(title), title
        self._emit(text, text_cell, fields)

    def _tail_of_page_before(self, text: str, label: HeadingLabel | None) -> bool:
        """Whether a row is the last cells of a task the page before holds: a
        page that shows no header opening with a row whose text cell names
        units (its unit and deadline cells, shifted), before any task."""
        opening = self.header.at is None and not self.out
        return opening and label is None and looks_like_responsibility(text)

    def _trailing(self) -> list[str]:
        """Rows with no task after the last task: the table's closing text."""
        trailing: list[str] = []
        for j in self.pending:
            for c in self.rows[j]:
                if c is not None and self._fresh(c):
                    trailing.append(c.text)
                    self._residue(c, R_CLOSING)
        return trailing

    def read(self) -> tuple[list[Row], list[str], list[str]]:
        self._header_residue()
        for i in range(self.header.body_start, len(self.rows)):
            self._row(i)
        trailing = self._trailing()
        # Cells never visited (e.g. in columns of rows skipped above) are residue too.
        for i in range(len(self.rows)):
            self._residue_row(i, R_UNPLACED_ROW)
        return self.out, self.above, [t for t in trailing if t]


def _reads_as_deadline(cell: str) -> bool:
    """Whether a note cell is a deadline and nothing more, perhaps with what
    is done by then (``11月底前完成``, ``长期坚持``)."""
    spans = deadline_cells(cell)
    return len(spans) == 1 and spans[0][0] == 0 and cell[spans[0][1] :].strip() in _DONE_WORDS


_DONE_WORDS: Final = ("", *COMPLETION_VERBS)


def _titles_numbered_alone(
    labels: Sequence[tuple[HeadingLabel | None, HeadingLabel | None]],
) -> bool:
    """Whether the rows' (title, requirement) labels leave the titles the
    tasks' own: neither numbered, or the titles numbered in turn (1., 2., …)
    while each requirement numbers its own points from 1 (``1.开展…2.按照…``)."""
    if all(title is None and req is None for title, req in labels):
        return True
    titles = [title for title, _ in labels if title is not None and title.rank >= _TASK_RANK]
    points = [req for _, req in labels if req is not None and req.number == 1]
    if len(titles) < len(labels) or len(points) < len(labels):
        return False  # (headings 一、… beside them, or requirements of no points)
    numbers = [title.number for title in titles]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


_TASK_RANK: Final = 3  # the rank of a task's own number (1. 1、), below a part's (一、（一）)


@attrs.frozen
class GridRows:
    """What a grid gives: its task rows, the rows above its header, the rows
    after its last task, and its header's roles where it shows a header."""

    rows: list[Row]
    above: list[str]
    trailing: list[str]
    header: list[str | None] | None


def grid_rows(
    grid: Grid,
    ctx: Context,
    sections: Sections,
    inherited: Sequence[str | None] | None = None,
    outside: Sequence[int] = (),
) -> GridRows:
    """Read a grid (``inherited``: the header roles of the table's block
    before it, for a block that shows none: see :func:`find_header`;
    ``outside``: the ranks of the part headings between its blocks, see
    :class:`~zwgk.build.levels.Levels`)."""
    reader = _TableReader(_blank_empty_marks(grid, ctx), ctx, sections, inherited, outside)
    rows, above, trailing = reader.read()
    shown = reader.header.at is not None
    return GridRows(rows, above, trailing, list(reader.roles) if shown else None)


def _blank_empty_marks(grid: Grid, ctx: Context) -> Grid:
    """The grid with every cell that holds only an empty cell's mark (``/``,
    ``—``, a data tool's ``nan``) empty: such a cell is read as one with
    nothing in it (a heading column's ``nan`` leaves the heading above in
    force).  A mark in words is kept in the residue."""
    cells = []
    for cell in grid.cells:
        mark = cell.text.strip()
        if mark and is_empty_mark(mark):
            if any(ch.isalnum() for ch in mark):
                ctx.residue.append(Residue(mark, R_EMPTY_MARK, cell_location(cell, grid)))
            cell = attrs.evolve(cell, text="")
        cells.append(cell)
    return attrs.evolve(grid, cells=tuple(cells))
