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
from zwgk.lang.vocab import header_role

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
    columns, no task column); empty otherwise, or where a number repeats."""
    rows = [[span_text(c) for c in row] for row in grid.rows()]
    roles = _roles(rows[0]) if rows else None
    if roles is None:
        return {}
    out: dict[int, Duty] = {}
    for row in rows[1:]:
        cells = dict(zip(roles, row, strict=False))
        number = parse_number(cells.get("number") or "")
        if number is None or number in out:
            return {}
        out[number] = Duty(**{r: cells.get(r) or "" for r in _DUTY_ROLES})
    return out


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
