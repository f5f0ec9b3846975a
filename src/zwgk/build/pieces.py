"""The pieces the builder works with: residue reasons, the build context, a task row.

A reader hands over a :class:`~zwgk.document.Document` of blocks and grids;
the table and outline assemblies turn its pieces into :class:`Row` objects,
one per task, and :func:`zwgk.build.tasks.tasks` turns rows into tasks.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import attrs

from zwgk._model import Diagnostic, Location, Residue
from zwgk.document import Block, Cell, Grid
from zwgk.lang.normalize import collapse_spaces
from zwgk.lang.numerals import HeadingLabel
from zwgk.lang.pieces import label_of, status_marks_out, strip_end_punct

__all__ = [
    "R_AIMS",
    "R_BETWEEN",
    "R_CHECK_MARK",
    "R_CLOSING",
    "R_CONTACT",
    "R_CUT_LABEL",
    "R_DEADLINE_UNREAD",
    "R_DITTO",
    "R_DUTY_TABLE",
    "R_EMPTY_HEADING",
    "R_EMPTY_MARK",
    "R_EXTRA_COLUMN",
    "R_FIELD_NAME",
    "R_HEADER",
    "R_ITEM_DUTIES",
    "R_ITEM_MARK",
    "R_MARKS",
    "R_NOTICE",
    "R_PART_CLOSING",
    "R_REPEATED_HEADER",
    "R_REPEATED_HEADING",
    "R_ROLE_KEY",
    "R_SCOPE",
    "R_STATUS_MARK",
    "R_TABLE_NOTE",
    "R_TAG",
    "R_TASK_TAIL",
    "R_TOTAL",
    "R_UNPLACED_ROW",
    "Context",
    "Duty",
    "Row",
    "block_location",
    "cell_location",
    "join_lines",
    "span_text",
    "split_items",
    "status_marks_apart",
    "title_of",
]

# Reasons recorded in the residue.
R_NOTICE = "notice: text before the plan body"
R_CLOSING = "closing: text after the plan body"
R_HEADER = "table header"
R_REPEATED_HEADER = "repeated table header"
R_REPEATED_HEADING = "repeated heading"
R_UNPLACED_ROW = "table row with no task"
R_TASK_TAIL = "the tail of a task the page before holds"
R_EXTRA_COLUMN = "column not in the model"
R_BETWEEN = "text between tables"
R_EMPTY_HEADING = "heading with no tasks"
R_DEADLINE_UNREAD = "deadline not understood"
R_FIELD_NAME = "field name"
R_SUPPORT = "the plan's closing requirements (工作保障), not tasks"
R_AIMS = "the plan's aims (总体要求, 工作目标), not tasks"
R_SCOPE = "the tasks a responsibility written once is for (以上3项工作)"
R_ITEM_DUTIES = "who does the items above, by their numbers (以上第1项、第2项由…负责)"
R_ROLE_KEY = "which units named lead (逗号前的为牵头单位)"
R_PART_CLOSING = "a part's closing requirement after a task's unit field, not a task"
R_TOTAL = "a row that counts the rows above it (小计, 合计)"
R_STATUS_MARK = "a mark saying whether a task is new this year or carried on (新增, 延续)"
R_TAG = "a tag before a task's text (the site's column it is published under)"
R_TABLE_NOTE = "a note on the table after its rows (注：…), not a task's"
R_MARKS = "marks with no text between a table's rows (a drawn rule), no heading"
R_CHECK_MARK = "a mark before a task's serial telling its state (☑ done, □ going on)"
R_CONTACT = "a unit's telephone, given beside its name"
R_DUTY_TABLE = "a table giving the items their units and deadlines by number (任务分工表)"
R_DITTO = "a mark saying a cell holds what the cell above holds (同上, ^^)"
R_EMPTY_MARK = "a data tool's mark of an empty cell (nan, NULL)"
R_CUT_LABEL = "a label with nothing after it where the text ends (a page cut after it)"
R_ITEM_MARK = "a list's mark before an item that has no label (- , •, ◆)"


@attrs.frozen
class Duty:
    """What a duty table's row gives its item: its unit cells and deadline."""

    lead: str = ""
    assist: str = ""
    resp: str = ""
    deadline: str = ""


@attrs.define
class Context:
    """What one build collects: the plan's year, the residue, diagnostics, task groups."""

    year: int | None
    residue: list[Residue] = attrs.Factory(list)
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    groups: dict[Hashable, int] = attrs.Factory(dict)  # a shared cell -> group number
    next_group: int = 1
    # what a duty table gives the items by number (see zwgk.build.duties)
    duties: dict[int, Duty] = attrs.Factory(dict)

    def group_for(self, key: Hashable) -> int:
        """The group number of the shared cell ``key``, numbered in order of first use."""
        if key not in self.groups:
            self.groups[key] = self.next_group
            self.next_group += 1
        return self.groups[key]


@attrs.define
class Row:
    """One task as an assembly read it, its fields still raw text."""

    number: int | None
    label: str
    text: str
    section: tuple[str, ...]
    section_labels: tuple[str, ...]
    resp_cell: Cell | None
    resp_text: str | None
    lead: str
    assist: str
    deadline_text: str
    note: str | None
    location: Location | None
    shared_key: int | None
    note_is_requirement: bool = False  # the note column holds the task's requirement
    cut: bool = False  # a page opening stops inside this row's last cell
    role_key: str | None = None  # which units lead (逗号前的为牵头单位): "comma" or "first"
    owners_first: bool = False  # with no lead, the owners were written before the assistants
    assist_first: bool = False  # the assisting column stands before the lead (配合 | 承办)
    supervise: str = ""  # a 督办单位 column's cell: its units supervise the task


def span_text(cell: Cell | None) -> str:
    """The text of a cell, stripped; empty for a missing cell."""
    return cell.text.strip() if cell is not None else ""


def title_of(label: HeadingLabel | None, text: str) -> str:
    """A heading's title: its text after the label, spaces collapsed, end punctuation dropped."""
    body = label.rest if label else text
    body = collapse_spaces(" ".join(body.split()))
    return strip_end_punct(body) if body else ""


def cell_location(cell: Cell | None, grid: Grid) -> Location | None:
    """Where a cell stands, else where its grid stands."""
    if cell is not None and cell.location is not None:
        return cell.location
    return grid.location


def block_location(block: Block) -> Location | None:
    """Where a block stands."""
    return block.location


def status_marks_apart(text: str, where: Location | None, residue: list[Residue]) -> str:
    """``text`` without the marks saying whether a task is new or carried on
    (``（新增）``, ``（延续）``), which go to ``residue``."""
    out, marks = status_marks_out(text)
    residue.extend(Residue(m, R_STATUS_MARK, where) for m in marks)
    return out


def join_lines(parts: Iterable[str]) -> str:
    """The non-empty ``parts``, one per line."""
    return "\n".join(p for p in parts if p)


def split_items(text: str) -> list[tuple[HeadingLabel | None, str]]:
    """Split a requirement cell into its labelled items (``1.…\\n2.…``)."""
    lines = text.split("\n")
    items: list[tuple[HeadingLabel | None, list[str]]] = []
    first = label_of(lines[0]) if lines else None
    for line in lines:
        label = label_of(line)
        if (
            label is not None
            and first is not None
            and items
            and label.style == first.style
            and items[-1][0] is not None
            and label.number == items[-1][0].number + 1
        ):
            items.append((label, [label.rest]))
        elif not items:
            items.append((label, [label.rest if label else line]))
        else:
            items[-1][1].append(line)
    return [(lab, "\n".join(ls).strip()) for lab, ls in items]
