"""``cells``: one cell per line (a web page's table flattened into text blocks).

Headings stand in their own lines, a task's line starts with its label, and
a responsibility (or deadline) line comes after the group of tasks it
serves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from zwgk.assembly.text import closing_signature
from zwgk.document import Block, Cell, Document, Grid
from zwgk.errors import OptionError
from zwgk.lang.numerals import HeadingLabel, is_bare_serial
from zwgk.lang.pieces import header_row_roles, label_of, looks_like_responsibility, squeeze
from zwgk.lang.units import run_at
from zwgk.lang.vocab import REQUIREMENT_VERBS, ROLE_WORD, header_role
from zwgk_plugins._text_layouts.common import (
    Line,
    blocks,
    deadline_line,
    header_words,
    loc,
)

__all__ = ["read_cells"]


@attrs.define
class _CTask:
    line: Line
    heading: int | None
    serial: str = ""  # the row's 序号 cell
    resp: int | None = None
    deadline: int | None = None
    status: Line | None = None  # the row's 落实情况 cell

    def put(self, ln: Line) -> None:
        """A line of the row's text cell: its first, or one more (a point)."""
        text = ln.text.strip()
        if not self.line.text:
            self.line = Line(ln.no, text)
        else:
            self.line = Line(self.line.no, self.line.text + "\n" + text)


def _shared_cells(
    keys: Sequence[int | None], lines: Sequence[Line], row: int, col: int
) -> list[Cell]:
    """One cell per run of tasks that share a line (a responsibility after its group)."""
    out: list[Cell] = []
    k = 0
    while k < len(keys):
        m = k
        while m < len(keys) and keys[m] == keys[k]:
            m += 1
        key = keys[k]
        if key is not None:
            line = lines[key]
            out.append(Cell(line.text.strip(), row + k, col, rowspan=m - k, location=loc(line.no)))
        k = m
    return out


def _header_cell(text: str) -> bool:
    """Whether a line is a header's cell: a short name of a column, not a
    heading that opens with what it asks for (做好辖区重点工作信息公开)."""
    size, role = len(squeeze(text)), header_role(text)
    if not role or size > _LONGEST_HEADER or label_of(text) is not None:
        return False  # (a numbered heading is no column's name: 一、重点任务)
    return role not in _TEXTS or size <= _SHORT_HEADER or not text.startswith(_ACTIONS)


_LONGEST_HEADER = 12
_SHORT_HEADER = 6  # a header this short may open like a verb (公开内容, 重点任务)
_ACTIONS = tuple(v for v in REQUIREMENT_VERBS if len(v) >= 2)
_TEXTS = ("text", "heading")  # the roles of the columns a heading's words may also name


def cells_header(items: Sequence[Line]) -> tuple[int, int] | None:
    """Where a header written one cell per line starts among the non-empty
    ``items`` and how many cells it has; None where there is none."""
    for i in range(len(items) - 1):
        k = i
        while k < len(items) and _header_cell(items[k].text.strip()):
            k += 1
        if k - i >= 2 and header_words([x.text.strip() for x in items[i:k]]):
            return i, k - i
    return None


def _reads_columns(roles: Sequence[str | None]) -> bool:
    """Whether this reader reads a table of these columns: one text column
    and no heading column after a 序号 column (a title column beside a
    requirement column, or a heading cell inside a numbered row, is left to
    the outline's reading)."""
    after = roles[roles.index("number") :] if "number" in roles else []
    return roles.count("text") <= 1 and "heading" not in after


def _header(items: Sequence[Line]) -> tuple[int, int]:
    """Where the header's cells start and how many there are."""
    found = cells_header(items)
    if found is None:
        raise OptionError(
            "layout 'cells' does not fit this text: no header written one cell per line"
        )
    return found


class _CellsReader:
    """Sorts the body's lines into headings, tasks, responsibilities and deadlines."""

    def __init__(
        self,
        has_deadline: bool,
        numbered: bool = False,
        status: bool = False,
        sentences: bool = False,
    ) -> None:
        self.has_deadline = has_deadline
        self.numbered = numbered  # a 序号 column: a bare number starts a row
        self.has_status = status  # a 落实情况 column after the deadline's
        self.sentences = sentences  # a table that numbers no row: a sentence is a row's text
        self.status_due = False  # the row's deadline came: its status cell is next
        self.serial_row = False  # a row started by its number, its text cell not closed
        self.points = 0  # the last of the numbered points its text cell showed
        self.headings: list[Line] = []
        self.tasks: list[_CTask] = []
        self.resps: list[Line] = []
        self.deadlines: list[Line] = []
        self.pending: list[int] = []  # tasks waiting for their responsibility
        self.pending_dl: list[int] = []  # tasks waiting for their deadline
        self.heading_idx: int | None = None
        self.last_task_at = -1

    def _deadline(self, ln: Line) -> None:
        self.deadlines.append(ln)
        for t in self.pending_dl:
            self.tasks[t].deadline = len(self.deadlines) - 1
        self.pending_dl = []
        self.status_due = self.has_status

    def _resp(self, ln: Line) -> None:
        self.resps.append(ln)
        for t in self.pending:
            self.tasks[t].resp = len(self.resps) - 1
        self.pending = []

    def _second_resp(self, text: str) -> bool:
        """A second responsibility line for the same group."""
        prev = self.tasks[-1].resp
        if prev is None:
            return False
        self.resps[prev] = Line(self.resps[prev].no, self.resps[prev].text.strip() + "；" + text)
        return True

    def _heading(self, ln: Line, text: str) -> None:
        self.headings.append(ln)
        idx = self.heading_idx
        same = idx is not None and squeeze(self.headings[idx].text) == squeeze(text)
        if not same:
            self.pending = []
            self.pending_dl = []
        self.heading_idx = len(self.headings) - 1

    def _serial(self, pos: int, ln: Line, text: str, lab: HeadingLabel | None) -> bool:
        """A 序号 cell (a bare number) starts a row; the line after it is its
        text cell, and so are the lines after that go on counting its own
        numbered points (1. 2. 3.)."""
        cell = text.rstrip(" |｜")  # a cell closed by a separator (``1 |``)
        if self.numbered and is_bare_serial(cell):
            self._task(pos, Line(ln.no, ""))
            self.tasks[-1].serial = cell
            self.serial_row, self.points = True, 0
            return True
        if not self.serial_row or (lab is None and looks_like_responsibility(text)):
            self.serial_row = False
            return False
        task = self.tasks[-1]
        point = lab is not None and lab.rank >= 3 and lab.number == self.points + 1
        if (task.line.text and not point) or (self.has_deadline and deadline_line(text)):
            self.serial_row = False
            return False
        self.points = lab.number if point and lab is not None else 0
        task.put(Line(ln.no, cell))
        return True

    def _next_point(self, lab: HeadingLabel, ln: Line) -> bool:
        """In a table that numbers no row, a point that numbers on from the
        row's text cell before its unit cell came (``(1)…`` ``(2)…``): the
        cell's own, put on its text."""
        if (
            not (self.sentences and self.points and self.pending)
            or self.pending[-1] != len(self.tasks) - 1
        ):
            return False
        if lab.number != self.points + 1:
            return False
        self.tasks[-1].put(ln)
        self.points = lab.number
        return True

    def _task(self, pos: int, ln: Line) -> None:
        self.tasks.append(_CTask(ln, self.heading_idx))
        self.pending.append(len(self.tasks) - 1)
        self.pending_dl.append(len(self.tasks) - 1)
        self.last_task_at = pos

    def line(self, pos: int, ln: Line) -> None:
        text = ln.text.strip()
        if self.sentences and text.endswith(("|", "｜")):
            # a table that numbers no row, each cell closed by its bar: a bar
            # alone after the row's units is its deadline cell, empty (in
            # place of its units, the cells merged from the row above)
            core = text.rstrip(" |｜")
            if not core and not self.pending and self.pending_dl:
                self.pending_dl = []
                return
            text = core or text
        cell = Line(ln.no, text)  # (a heading keeps the line as written)
        lab = label_of(text)
        if self._serial(pos, ln, text, lab):
            self.status_due = False
            return
        if self.status_due and self.tasks and (lab is None or lab.rank < 3):
            self.tasks[-1].status = ln
            self.status_due = False
        elif lab is not None and lab.rank >= 3:
            if not self._next_point(lab, ln):
                self._task(pos, ln)
                self.points = lab.number if self.sentences else 0
        elif self.has_deadline and self.pending_dl and deadline_line(text):
            self._deadline(cell)
        elif self.pending and (looks_like_responsibility(text) or _units_first(text, lab)):
            self._resp(cell)
        elif (
            self.sentences
            and lab is None
            and _sentence(text)
            and not looks_like_responsibility(text)
        ):
            self._task(pos, cell)  # (a row of a table that numbers none: its requirement)
        elif not (
            self.tasks
            and not self.pending
            and looks_like_responsibility(text)
            and self.last_task_at >= 0
            and self._second_resp(text)
        ):
            self._heading(ln, text)

    def grid(self, header: Sequence[str], roles: Sequence[str | None]) -> tuple[Grid, set[int]]:
        """Grid: heading | requirement | responsibility | deadline (in the header's order)."""
        col_of = _columns(header, roles)
        cells: list[Cell] = [Cell(h, 0, j) for j, h in enumerate(header)]
        row = 1
        used: set[int] = set()
        tasks = self.tasks
        i = 0
        while i < len(tasks):
            h = tasks[i].heading
            j = i
            while j < len(tasks) and tasks[j].heading == h:
                j += 1
            if h is not None:
                for k in self._outer_headings(h, used):
                    used.add(k)
                    cells.append(self._across(self.headings[k], row, len(header)))
                    row += 1
                used.add(h)
                row += self._heading_cell(cells, self.headings[h], row, j - i, col_of, len(header))
            cells += self._group(tasks[i:j], row, col_of)
            row += j - i
            i = j
        # Resp groups spanning a heading boundary are split by the loop above; the
        # shared text is the same line, so the builder still sees one group per part.
        return Grid(cells), used

    def _outer_headings(self, h: int, used: set[int]) -> list[int]:
        """The headings before heading ``h`` that no task follows directly and
        that number a level above it (``一、`` given once over ``（一）``,
        ``（二）``…): each a row across the table, above the group."""
        inner = label_of(self.headings[h].text.strip())
        if inner is None:
            return []
        start = max(used, default=-1) + 1
        out = []
        for k in range(start, h):
            lab = label_of(self.headings[k].text.strip())
            if lab is not None and lab.rank < inner.rank:
                out.append(k)
        return out

    @staticmethod
    def _across(hl: Line, row: int, width: int) -> Cell:
        return Cell(hl.text.strip(), row, 0, colspan=width, location=loc(hl.no))

    @staticmethod
    def _heading_cell(
        cells: list[Cell], hl: Line, row: int, span: int, col_of: dict[str, int], width: int
    ) -> int:
        """A group's heading: in the heading column over its rows, or, in a
        table with none (序号 first), in a row of its own across the table;
        how many rows it took."""
        where = loc(hl.no)
        if "heading" in col_of:
            cells.append(
                Cell(hl.text.strip(), row, col_of["heading"], rowspan=span, location=where)
            )
            return 0
        cells.append(Cell(hl.text.strip(), row, 0, colspan=width, location=where))
        return 1

    def _group(self, group: Sequence[_CTask], row: int, col_of: dict[str, int]) -> list[Cell]:
        """The cells of a group's rows: the units and deadlines they share, each
        row's text and its 序号 cell."""
        cells = _shared_cells([t.resp for t in group], self.resps, row, col_of["resp"])
        cells += _shared_cells([t.deadline for t in group], self.deadlines, row, col_of["deadline"])
        for k, t in enumerate(group):
            where = loc(t.line.no)
            cells.append(Cell(t.line.text.strip(), row + k, col_of["text"], location=where))
            if t.serial and "number" in col_of:
                cells.append(Cell(t.serial, row + k, col_of["number"], location=where))
            if t.status is not None and "status" in col_of:
                cells.append(
                    Cell(
                        t.status.text.strip(), row + k, col_of["status"], location=loc(t.status.no)
                    )
                )
        return cells


def _units_first(text: str, lab: HeadingLabel | None) -> bool:
    """Whether a line with no label opens with units and says what they do
    (``各有关单位做好发布工作，区数据局做好技术支持。``): a unit cell that
    holds its requirement too (a 责任单位和工作要求 column)."""
    run = run_at(text, 0) if lab is None else None
    if run is None:
        return False
    after = text[run.end :]
    with_role = run.end > run.units[-1][1]  # (the run holds its role words: …牵头办理)
    return with_role or after.startswith(REQUIREMENT_VERBS) or ROLE_WORD.match(after) is not None


def _labelled_rows(body: Sequence[Line]) -> bool:
    """Whether the first lines under the header show rows opened by a task's label."""
    return any(
        (lab := label_of(ln.text.strip())) is not None and lab.rank >= 3
        for ln in body[:_FIRST_ROWS]
    )


def _sentence(text: str) -> bool:
    """Whether a line is a requirement's sentence: closed by its full stop."""
    return len(text) >= _LEAST_SENTENCE and text.endswith(("。", "；", ";"))


_LEAST_SENTENCE: Final = 8


def _columns(header: Sequence[str], roles: Sequence[str | None]) -> dict[str, int]:
    """Where a row's cells go: the header's columns of those roles; by default
    heading | text | resp | deadline where the header names no text column
    and one unit column, or neither a heading column nor a 序号 column."""
    named = {r: i for i, r in enumerate(roles) if r in _PLACED and r is not None}
    one_unit_column = "lead" not in roles and "assist" not in roles
    rows_placed = "heading" in named or "number" in named
    if "text" not in named or not one_unit_column or not rows_placed:
        return dict(_DEFAULT_COLUMNS)
    if "resp" not in named and "deadline" not in named:
        return dict(_DEFAULT_COLUMNS)
    # a column the header does not name stands after the table's own
    named.setdefault("resp", len(header))
    named.setdefault("deadline", len(header) + 1)
    return named


_FIRST_ROWS: Final = 6  # lines after the header that show whether rows are numbered
_PLACED: Final = ("heading", "number", "text", "resp", "deadline", "status")
_DEFAULT_COLUMNS: Final = {"heading": 0, "text": 1, "resp": 2, "deadline": 3}


def _without_signature(lines: Sequence[Line]) -> tuple[Sequence[Line], Sequence[Line]]:
    """The lines before a signature closing the text (the issuer's line and
    the date's, right after each other), and the signature's lines."""
    text = "\n".join(ln.text for ln in lines)
    start = closing_signature(text)
    if start == len(text):
        return lines, ()
    k = text.count("\n", 0, start)
    return lines[:k], lines[k:]


def read_cells(lines: Sequence[Line]) -> Document:
    """Read ``cells`` text (see the module's description)."""
    lines, signature = _without_signature(lines)
    items = [ln for ln in lines if ln.text.strip()]
    start, n_cols = _header(items)
    header = [x.text.strip() for x in items[start : start + n_cols]]
    roles = header_row_roles(header) or []
    # rows numbered by a 序号 column, read here where one heading column holds
    # their headings (the outline's reading keeps more levels)
    numbered = "number" in roles and roles.count("heading") <= 1 and roles.count("text") == 1
    status = "deadline" in roles and "status" in roles[roles.index("deadline") :]
    body = items[start + n_cols :] if _reads_columns(roles) else []
    sentences = "number" not in roles and not _labelled_rows(body)
    reader = _CellsReader("deadline" in roles, numbered, status, sentences)
    for pos, ln in enumerate(body):
        reader.line(pos, ln)
    grid, used = reader.grid(header, roles)
    parts: list[Block | Grid] = blocks(items[:start])
    parts.append(grid)
    for idx, hl in enumerate(reader.headings):
        if idx not in used:
            parts.append(Block(hl.text.strip(), loc(hl.no)))
    if not body:  # rows this reader does not read: kept whole, for the outline's reading
        parts.extend(blocks(items[start + n_cols :]))
    parts.extend(blocks([ln for ln in signature if ln.text.strip()]))
    return Document(parts)
