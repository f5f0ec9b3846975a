"""``records``: a table written record by record, each cell on a line of its
own led by its column's name (``序号：1`` / ``公开事项：…`` / ``责任人：…``), as
a site's phone view or a form shows a table's rows, or a YAML export writes
them (``- 序号: 1`` / ``  工作任务: …``, each record opened by a list's mark).

The name that opens the first record opens every record; the names seen, in
their order, are the table's header.  A line right under a record's line that
names no column goes on the cell above (a value wrapped over lines); after a
blank line, one ends the records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk.document import Block, Cell, Document, Grid
from zwgk.errors import OptionError
from zwgk.lang.pieces import header_row_roles, label_of
from zwgk.lang.vocab import header_role
from zwgk_plugins._text_layouts.common import Line, blocks, loc

__all__ = ["find_records", "read_records"]

# (a list's mark may open a record's first line: ``- 序号: 1`` of a YAML export)
_FIELD: Final = re.compile(
    r"^\s*(?P<mark>[-*•]\s+)?(?P<key>[^\s：:|｜]{2,8})\s*[：:]\s*(?P<value>.*)$"
)
_LEAST_RECORDS: Final = 2


def _listed(text: str) -> bool:
    """Whether a list's mark opens the field line ``text`` (a record's first)."""
    m = _FIELD.match(text)
    return m is not None and m.group("mark") is not None


_LIST_REACH: Final = 2  # lines with text after a field line where a list of records may start


def _before_list(lines: Sequence[Line], i: int) -> bool:
    """Whether the field line ``i`` stands before a list of records, no
    record itself: the document's own field (``说明: …``) or the list's name
    (``任务:`` with nothing after it), right over ``- 序号: 1``."""
    if _listed(lines[i].text):
        return False
    after = (ln.text for ln in lines[i + 1 :] if ln.text.strip())
    return any(_listed(text) for _, text in zip(range(_LIST_REACH), after, strict=False))


def _key(text: str) -> str | None:
    """The column a line names at its start (``公开事项：…``), or None."""
    m = _FIELD.match(text)
    if m is None or header_role(m.group("key")) is None:
        return None
    return m.group("key")


@attrs.define
class _Record:
    """One row: its cells by column name, in the order they came."""

    cells: dict[str, list[Line]] = attrs.field(factory=dict)
    last: str = ""

    def put(self, key: str, ln: Line) -> None:
        self.cells.setdefault(key, []).append(ln)
        self.last = key

    def text(self, key: str) -> str:
        lines = self.cells[key]
        first = _FIELD.match(lines[0].text)
        head = first.group("value").strip() if first is not None else lines[0].text.strip()
        return "\n".join([head, *(ln.text.strip() for ln in lines[1:])]).strip()


@attrs.frozen
class Records:
    """Where the records stand among the lines, their header and rows."""

    start: int  # index of the first record's first line
    end: int  # index after the last record's last line
    header: tuple[str, ...]
    rows: tuple[_Record, ...]


class _Scan:
    """Collects the records from the first line that names a column."""

    def __init__(self, lines: Sequence[Line], start: int) -> None:
        self.lines = lines
        self.start = start
        self.opener = _key(lines[start].text) or ""
        self.rows: list[_Record] = []
        self.header: list[str] = []
        self.end = start

    def run(self) -> None:
        gap = False
        for i in range(self.start, len(self.lines)):
            ln = self.lines[i]
            if not ln.text.strip():
                gap = True
                continue
            key = _key(ln.text)
            if key is None and (gap or not self._goes_on(ln)):
                break
            self._take(key, ln)
            self.end, gap = i + 1, False

    def _goes_on(self, ln: Line) -> bool:
        """Whether a line that names no column, right under a record's line,
        is its cell wrapped: not a numbered line of its own, nor a field of
        the page's (``落款: …``, ``日期: …``)."""
        if not (self.rows and self.rows[-1].last) or label_of(ln.text.strip()) is not None:
            return False
        return _FIELD.match(ln.text) is None

    def _take(self, key: str | None, ln: Line) -> None:
        if key == self.opener or not self.rows:
            self.rows.append(_Record())
        row = self.rows[-1]
        if key is None:
            row.put(row.last, ln)
            return
        if key not in self.header:
            self.header.append(key)
        row.put(key, ln)


def find_records(lines: Sequence[Line]) -> Records | None:
    """The records ``lines`` hold (see the module's description), or None:
    two records or more whose names make a table's header (field lines
    after a prose plan's paragraphs, or a page's 来源： and 发布时间：, are none)."""
    i = 0
    while i < len(lines):
        if _key(lines[i].text) is None or _before_list(lines, i):
            i += 1
            continue
        scan = _Scan(lines, i)
        scan.run()
        if len(scan.rows) >= _LEAST_RECORDS and header_row_roles(scan.header) is not None:
            return Records(i, scan.end, tuple(scan.header), tuple(scan.rows))
        i = max(scan.end, i + 1)
    return None


def read_records(lines: Sequence[Line]) -> Document:
    """Read ``records`` text (see the module's description)."""
    found = find_records(lines)
    if found is None:
        raise OptionError(
            "layout 'records' does not fit this text: no rows written cell by cell "
            "behind their column's name"
        )
    cells = [Cell(h, 0, j) for j, h in enumerate(found.header)]
    for r, record in enumerate(found.rows, start=1):
        for key, at in record.cells.items():
            where = loc(at[0].no)
            cells.append(Cell(record.text(key), r, found.header.index(key), location=where))
    parts: list[Block | Grid] = blocks(lines[: found.start])
    parts.append(Grid(cells))
    parts.extend(blocks(lines[found.end :]))
    return Document(parts)
