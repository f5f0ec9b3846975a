"""Plans for the cascade tests: from the seeds' gold annotations, or built small."""

from __future__ import annotations

import datetime as dt

import zwgk
from tests.gold import gold_plan

__all__ = ["date_deadline", "gold_plan", "unit"]


def unit(name: str, role: str = "owner") -> zwgk.Responsibility:
    """A responsibility naming one unit."""
    return zwgk.Responsibility(name, [zwgk.Assignment(name, role)])


def date_deadline(raw: str, due: dt.date) -> zwgk.Deadline:
    return zwgk.Deadline(raw, zwgk.DeadlineKind.DATE, due=due)
