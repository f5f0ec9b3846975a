"""What a reading leaves in doubt, said where it is.

A reader that cannot explain something does not stay silent: numbering
with a gap or a restart the sections do not explain, a numbered line that
ended in the residue, a task text that reads as a list of units, a
responsibility that reads as a requirement.  Each becomes a warning
:class:`~zwgk.Diagnostic` with its location; ``zwgk show`` prints them and
``zwgk check`` reports them, so a diff or roll-up built on the plan can be
read with them in mind.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from zwgk._model import Diagnostic, Plan, Severity, Task
from zwgk._textutil import looks_like_responsibility, squeeze
from zwgk.assembly.fields import is_units
from zwgk.lang.numerals import parse_label

__all__ = ["DOUBT_CODES", "doubts"]

#: The codes of the doubts a reading can leave.
DOUBT_CODES = (
    "reading.numbering_gap",
    "reading.numbering_restart",
    "reading.label_in_residue",
    "reading.text_is_units",
    "reading.responsibility_is_text",
)
_SET_ASIDE = ("notice", "closing", "table header", "repeated", "page", "chrome", "pinyin")
_LONG_RESPONSIBILITY = 120


def _numbering(tasks: tuple[Task, ...]) -> Iterator[Diagnostic]:
    for before, task in itertools.pairwise(tasks):
        if before.number is None or task.number is None:
            continue
        if task.number > before.number + 1:
            yield Diagnostic(
                "reading.numbering_gap",
                f"task numbers jump from {before.number} to {task.number}",
                Severity.WARNING,
                task.location,
            )
        elif task.number <= before.number and task.section == before.section:
            yield Diagnostic(
                "reading.numbering_restart",
                f"task {task.number} follows task {before.number} in the same section",
                Severity.WARNING,
                task.location,
            )


def _fields(task: Task, reads_as_units: dict[str, bool]) -> Iterator[Diagnostic]:
    if task.text.strip() and is_units(task.text) and len(squeeze(task.text)) <= 40:
        yield Diagnostic(
            "reading.text_is_units",
            f"task {task.number}: its text reads as a list of units: {task.text[:30]!r}",
            Severity.WARNING,
            task.location,
        )
    raw = task.responsibility.raw if task.responsibility else ""
    if raw not in reads_as_units:  # a merged cell is the responsibility of many tasks
        # (the unit grammar reads a name holding a requirement's word: 政务公开指导办)
        reads_as_units[raw] = looks_like_responsibility(raw, max_len=_LONG_RESPONSIBILITY) or (
            is_units(raw)
        )
    if raw.strip() and not reads_as_units[raw]:
        yield Diagnostic(
            "reading.responsibility_is_text",
            f"task {task.number}: its responsibility reads as a requirement: {raw[:30]!r}",
            Severity.WARNING,
            task.location,
        )


def _residue(plan: Plan) -> Iterator[Diagnostic]:
    for piece in plan.residue:
        if piece.reason.startswith(_SET_ASIDE):
            continue
        label = parse_label(piece.text)
        if label is not None and label.rank >= 2 and len(squeeze(label.rest)) >= 6:
            yield Diagnostic(
                "reading.label_in_residue",
                f"a numbered line was not read as a task: {piece.text.strip()[:30]!r}",
                Severity.WARNING,
                piece.location,
            )


def doubts(plan: Plan) -> tuple[Diagnostic, ...]:
    """The doubts ``plan`` leaves, in the order of the document."""
    found = list(_numbering(plan.tasks))
    reads_as_units: dict[str, bool] = {}
    for task in plan.tasks:
        found.extend(_fields(task, reads_as_units))
    found.extend(_residue(plan))
    return tuple(found)
