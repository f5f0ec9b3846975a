"""Rows of a table written for a test, and what a reading gives of them."""

from __future__ import annotations

from collections.abc import Sequence

import zwgk

Row = tuple[str, str, str]
"""A row's requirement, unit cell and deadline cell, as the table gives them."""


def glued(rows: Sequence[Row]) -> str:
    """The rows with their cells run together, every row after the one before."""
    return "".join("".join(row) for row in rows)


def read_rows(plan: zwgk.Plan) -> list[tuple[str, str | None, str | None]]:
    """Each task's text, responsibility and deadline as written."""
    return [
        (
            t.text,
            t.responsibility.raw if t.responsibility else None,
            t.deadline.raw if t.deadline else None,
        )
        for t in plan.tasks
    ]


def units_read(plan: zwgk.Plan) -> list[tuple[str, ...]]:
    """Each task's units, in order (``()`` for a task without any)."""
    return [t.responsibility.units() if t.responsibility else () for t in plan.tasks]


def assignments_read(plan: zwgk.Plan) -> list[list[tuple[str, zwgk.Role]]]:
    """Each task's units with their roles."""
    return [
        [(a.unit, a.role) for a in t.responsibility.assignments] if t.responsibility else []
        for t in plan.tasks
    ]


def deadlines_read(plan: zwgk.Plan) -> list[str | None]:
    """Each task's deadline as written."""
    return [t.deadline.raw if t.deadline else None for t in plan.tasks]


def numbered_rows(plan: zwgk.Plan) -> list[tuple[int | None, str, str | None, str | None]]:
    """Each task's number, text, responsibility and deadline as written."""
    return [
        (
            t.number,
            t.text,
            t.responsibility.raw if t.responsibility else None,
            t.deadline.raw if t.deadline else None,
        )
        for t in plan.tasks
    ]
