"""A table that gives a plan's items their units and deadlines by number.

A plan may write its items as paragraphs and put who does each, and by
when, in a table after them (``附：任务分工表``): a row per item, keyed by
the item's number (``| 5 | 执行局 |  | 及时更新 |``), with no task column.
:func:`duty_table` reads such a table, and :func:`with_duties` gives each
numbered row that names no units of its own the cells of its number's row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from zwgk.build.pieces import Duty, Row, span_text
from zwgk.document import Grid
from zwgk.lang.numerals import parse_number
from zwgk.lang.vocab import FILLED_MARKS, HOLLOW_MARKS, header_role

__all__ = ["Duty", "duty_table", "with_duties"]

_DUTY_ROLES: Final = ("lead", "assist", "resp", "deadline")
_TASK_ROLES: Final = ("text", "heading")


def _roles(header: Sequence[str]) -> list[str | None] | None:
    """The column roles of a duty table's header: a number column and unit
    or deadline columns, and no task column; else None."""
    roles = [header_role(text) for text in header]
    if "number" not in roles or any(r in _TASK_ROLES for r in roles):
        return None
    if not any(r in ("lead", "resp") for r in roles):
        return None
    return roles


def duty_table(grid: Grid) -> dict[int, Duty]:
    """The rows of ``grid`` by the item numbers they are for, where it is a
    duty table (its first row a header with a number column and unit
    columns, no task column; or a duty matrix, see :class:`_Matrix`); empty
    otherwise, or where a number repeats."""
    rows = [[span_text(c).strip() for c in row] for row in grid.rows()]
    roles = _roles(rows[0]) if rows else None
    if roles is None:
        matrix = _Matrix.of(rows)
        return matrix.duties() if matrix is not None else {}
    out: dict[int, Duty] = {}
    for row in rows[1:]:
        cells = dict(zip(roles, row, strict=False))
        number = parse_number(cells.get("number") or "")
        if number is None or number in out:
            return {}
        out[number] = Duty(**{r: cells.get(r) or "" for r in _DUTY_ROLES})
    return out


_MARKS: Final = FILLED_MARKS + HOLLOW_MARKS


@attrs.frozen
class _Matrix:
    """A duty matrix: a number column, then a column for each unit headed
    by its name, and in the rows a mark where the unit has a part in the
    item (``| 9 | ● | ○ |  |``): a filled mark leads, a hollow one assists
    (where no hollow mark is in the table, a filled one does the item)."""

    units: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]  # the number cell, the mark cells

    @classmethod
    def of(cls, rows: Sequence[Sequence[str]]) -> _Matrix | None:
        if len(rows) < 2 or not rows[0] or header_role(rows[0][0]) != "number":
            return None
        units = tuple(rows[0][1:])
        body = [(row[0], tuple(row[1:])) for row in rows[1:] if row]
        cells = [c for _, marks in body for c in marks]
        if not units or not all(units) or any(len(m) > len(units) for _, m in body):
            return None
        if not any(cells) or not all(len(c) <= 1 and c in _MARKS for c in cells):
            return None
        return cls(units, tuple(body))

    def duties(self) -> dict[int, Duty]:
        hollow = any(c and c in HOLLOW_MARKS for _, marks in self.rows for c in marks)
        out: dict[int, Duty] = {}
        for number_cell, marks in self.rows:
            number = parse_number(number_cell)
            if number is None or number in out:
                return {}
            lead, assist = self._marked(marks, FILLED_MARKS), self._marked(marks, HOLLOW_MARKS)
            if hollow:
                out[number] = Duty(lead=lead, assist=assist, resp="", deadline="")
            else:
                out[number] = Duty(lead="", assist="", resp=lead, deadline="")
        return out

    def _marked(self, marks: Sequence[str], kind: str) -> str:
        """The units whose cells in a row hold a mark of ``kind``, parted by 、."""
        return "、".join(u for u, c in zip(self.units, marks, strict=False) if c and c in kind)


def _given(row: Row, duty: Duty) -> Row:
    return attrs.evolve(
        row,
        lead=duty.lead,
        assist=duty.assist,
        resp_text=duty.resp or row.resp_text,
        deadline_text=row.deadline_text or duty.deadline,
    )


def with_duties(rows: Sequence[Row], duties: Mapping[int, Duty]) -> list[Row]:
    """The rows with the units and deadlines a duty table gives their
    numbers, where they name no units of their own; only where the rows'
    numbers name one row each."""
    numbers = [r.number for r in rows if r.number is not None]
    if not duties or len(numbers) != len(set(numbers)):
        return list(rows)
    out = []
    for r in rows:
        duty = duties.get(r.number) if r.number is not None else None
        named = r.resp_text or r.lead or r.assist
        out.append(_given(r, duty) if duty is not None and not named else r)
    return out
