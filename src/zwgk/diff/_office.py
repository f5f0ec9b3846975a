"""Responsibility by role and level: what the parent asks of this office, what the child did.

The child plan's issuer is "this office".  A parent task addresses it by
name, by abbreviation or by its kind (``市直各部门``, ``各县（市、区）``, …;
see :mod:`zwgk.lang.addressee`).  Comparing the units of a city plan with
the offices of a bureau's own plan name by name says nothing; what matters
is the parent's role for this office and what the child did with it.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs

from zwgk._model import Role, Task
from zwgk.lang.addressee import addresses, assisted_unit

__all__ = ["ChildAction", "OfficeRole", "office_role"]


class ChildAction(enum.Enum):
    """What the child plan did with a task of its parent."""

    LEAD = "lead"
    """Named its own lead unit(s)."""
    ASSIST = "assist"
    """Made itself the assisting unit (``配合市发改局…``, ``按市卫生健康局要求…``)."""
    OWNER = "owner"
    """Named its own responsible units, none of them leading."""
    BLANK = "blank"
    """Named no one."""
    DROPPED = "dropped"
    """Left the task out."""


@attrs.frozen
class OfficeRole:
    """The parent's role for this office on one task, and the child's answer.

    ``parent_role`` is ``None`` when the parent task does not address this
    office; ``addressed_by`` is the unit as the parent wrote it and ``how``
    ``"name"`` (by name or abbreviation) or ``"kind"`` (every office of its
    kind).  ``assists`` is the unit the child's text says it assists.
    """

    parent_role: Role | None
    child: ChildAction
    addressed_by: str | None = None
    how: str | None = None
    assists: str | None = None

    @property
    def addressed(self) -> bool:
        """True if the parent task addresses this office."""
        return self.parent_role is not None

    @property
    def role_changed(self) -> bool:
        """True if the office does something else than the parent asked (lead ↔ assist)."""
        if self.parent_role is None or self.child in (ChildAction.DROPPED, ChildAction.BLANK):
            return False
        wanted = {Role.LEAD: ChildAction.LEAD, Role.ASSIST: ChildAction.ASSIST}
        want = wanted.get(self.parent_role)
        if want is None:
            return self.child is ChildAction.ASSIST and self.parent_role is not Role.SUPERVISE
        return self.child is not want


def _parent_role(parent: Sequence[Task], office: str) -> tuple[Role | None, str | None, str | None]:
    best: tuple[Role | None, str | None, str | None] = (None, None, None)
    for task in parent:
        if task.responsibility is None:
            continue
        for a in task.responsibility.assignments:
            how = addresses(a.name, office) or addresses(a.unit, office)
            if how == "name":
                return a.role, a.unit, how
            if how == "kind" and best[0] is None:
                best = (a.role, a.unit, how)
    return best


def _child_action(child: Sequence[Task]) -> tuple[ChildAction, str | None]:
    if not child:
        return ChildAction.DROPPED, None
    for task in child:
        unit = assisted_unit(task.text)
        if unit is not None:
            return ChildAction.ASSIST, unit
    roles = [
        a.role for t in child if t.responsibility is not None for a in t.responsibility.assignments
    ]
    if Role.LEAD in roles:
        return ChildAction.LEAD, None
    if roles or any(t.responsibility is not None and t.responsibility.raw for t in child):
        return ChildAction.OWNER, None
    return ChildAction.BLANK, None


def office_role(parent: Sequence[Task], child: Sequence[Task], office: str) -> OfficeRole:
    """This office's role in ``parent`` tasks and what ``child`` tasks did with it."""
    role, unit, how = _parent_role(parent, office)
    action, assists = _child_action(child)
    return OfficeRole(role, action, unit, how, assists)
