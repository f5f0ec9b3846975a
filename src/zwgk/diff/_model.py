"""The values a diff produces: :class:`PlanDiff` and its parts.

Every class is a frozen attrs class with typed fields, so
:func:`zwgk.serde.to_data` / :func:`zwgk.serde.from_data` turn a diff into
JSON data and back without loss.
"""

from __future__ import annotations

import enum
from typing import Any, ClassVar

import attrs

from zwgk._model import Assignment, Deadline, Responsibility, Role, Task
from zwgk.diff._office import ChildAction, OfficeRole

__all__ = [
    "ChangeKind",
    "ChildAction",
    "DeadlineChange",
    "DeadlineChangeKind",
    "MetadataChange",
    "NoteChange",
    "OfficeRole",
    "PlanDiff",
    "ResponsibilityChange",
    "RoleChange",
    "SectionChange",
    "Summary",
    "TaskChange",
    "TextEdit",
    "TextOp",
]


class ChangeKind(enum.Enum):
    """How a group of parent tasks relates to a group of child tasks."""

    SAME = "same"
    """One parent task, one child task, worded the same up to script, width, punctuation."""
    REWORDED = "reworded"
    """One parent task, one child task, text differs."""
    SPLIT = "split"
    """One parent task became several child tasks."""
    MERGED = "merged"
    """Several parent tasks became one child task."""
    ADDED = "added"
    """A child task with no parent task."""
    DROPPED = "dropped"
    """A parent task with no child task."""


class TextOp(enum.Enum):
    """One operation of a character-level text edit."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"


@attrs.frozen
class TextEdit:
    """A run of characters: equal in both texts, or inserted, deleted, replaced.

    Offsets index the *original* texts (not the normalised ones), so they can
    be used to highlight them.  When a change has several tasks on one side
    (a split or a merge), that side's text is the tasks' texts joined with
    nothing between them, in order.
    """

    op: TextOp
    parent_start: int
    parent_end: int
    child_start: int
    child_end: int
    parent_text: str
    child_text: str


@attrs.frozen
class RoleChange:
    """A unit in both tasks whose role differs."""

    unit: str
    parent_role: Role
    child_role: Role


@attrs.frozen
class ResponsibilityChange:
    """How the responsible units differ (compared by normalised unit names).

    ``added`` are the child's assignments for units the parent does not
    name, ``removed`` the parent's for units the child does not name,
    ``roles`` the units both name with different roles.  ``parent`` and
    ``child`` are the responsibilities compared (``None`` if a side has
    none).
    """

    parent: Responsibility | None = None
    child: Responsibility | None = None
    added: tuple[Assignment, ...] = ()
    removed: tuple[Assignment, ...] = ()
    roles: tuple[RoleChange, ...] = ()

    @property
    def lead_changed(self) -> bool:
        """True if the set of lead units differs."""
        from zwgk.diff._fields import lead_names

        return lead_names(self.parent) != lead_names(self.child)


class DeadlineChangeKind(enum.Enum):
    """How a deadline changed."""

    ADDED = "added"
    REMOVED = "removed"
    EARLIER = "earlier"
    LATER = "later"
    KIND_CHANGED = "kind-changed"
    """Stated another way (a date became ongoing work, …)."""
    REWORDED = "reworded"
    """Same kind and date, different expression (or dates/period differ)."""


@attrs.frozen
class DeadlineChange:
    """A deadline that differs between the parent and the child."""

    kind: DeadlineChangeKind
    parent: Deadline | None = None
    child: Deadline | None = None


@attrs.frozen
class SectionChange:
    """The task sits under other headings in the child."""

    parent: tuple[str, ...]
    child: tuple[str, ...]


@attrs.frozen
class NoteChange:
    """The task's note differs."""

    parent: str | None
    child: str | None


@attrs.frozen
class TaskChange:
    """One aligned group: parent tasks, child tasks, and how they differ.

    ``parent_indices`` / ``child_indices`` are the tasks' positions in
    ``Plan.tasks`` of each plan.  ``score`` is the text similarity of the
    group (1.0 for ``same``, 0.0 for ``added``/``dropped``).  Field changes
    (``responsibility``, ``deadline``, ``section``, ``note``) are ``None``
    when the field did not change; for splits and merges they compare the
    group's first task on each side (units: all tasks of each side).

    ``confidence`` is the calibrated probability that the tasks were rightly
    aligned (1.0 for ``same``, 0.0 for ``added``/``dropped``): a reviewer
    checks the links below about 0.8 first.  For an ``added`` or
    ``dropped`` task, ``nearest`` is the position of the most similar task
    on the other side (in the other plan's ``tasks``) and ``nearest_score``
    its similarity, so the reviewer can confirm it is really new or gone.
    """

    kind: ChangeKind
    parent: tuple[Task, ...] = ()
    child: tuple[Task, ...] = ()
    parent_indices: tuple[int, ...] = ()
    child_indices: tuple[int, ...] = ()
    score: float = 0.0
    confidence: float = 0.0
    nearest: int | None = None
    nearest_score: float = 0.0
    office: OfficeRole | None = None
    text: tuple[TextEdit, ...] = ()
    responsibility: ResponsibilityChange | None = None
    deadline: DeadlineChange | None = None
    section: SectionChange | None = None
    note: NoteChange | None = None

    @property
    def has_field_changes(self) -> bool:
        """True if responsibility, deadline, section or note changed."""
        return any(
            f is not None for f in (self.responsibility, self.deadline, self.section, self.note)
        )

    @property
    def has_changes(self) -> bool:
        """True unless the tasks are ``same`` with no field change."""
        return self.kind is not ChangeKind.SAME or self.has_field_changes

    @property
    def parent_text(self) -> str:
        """The parent side's text (tasks joined with nothing between them)."""
        return "".join(t.text for t in self.parent)

    @property
    def child_text(self) -> str:
        """The child side's text (tasks joined with nothing between them)."""
        return "".join(t.text for t in self.child)


@attrs.frozen
class MetadataChange:
    """A plan-level field that differs, both values shown as text.

    ``field`` is ``title``, ``issuer``, ``doc_number``, ``date``, ``year``
    or ``parents`` (references shown as ``title（doc_number）`` joined by
    ``；``).
    """

    field: str
    parent: str | None
    child: str | None


@attrs.frozen
class Summary:
    """Counts of changes by kind and how much of the parent the child covers.

    ``covered`` counts parent tasks the child keeps in some form (every
    kind but ``dropped``); ``coverage`` is ``covered / parent_tasks`` (1.0
    for a parent with no tasks).
    """

    same: int
    reworded: int
    split: int
    merged: int
    added: int
    dropped: int
    parent_tasks: int
    child_tasks: int
    covered: int
    coverage: float
    field_changes: int


@attrs.frozen
class PlanDiff:
    """The difference between a child plan and its parent.

    ``changes`` lists every task of both plans exactly once, in child order
    (dropped parent tasks placed after the child task aligned to the
    parent task before them).  ``metadata`` lists differing plan fields
    and ``default_deadline`` a changed plan-wide deadline.
    """

    __zwgk_kind__: ClassVar[str] = "diff"

    changes: tuple[TaskChange, ...] = ()
    metadata: tuple[MetadataChange, ...] = ()
    default_deadline: DeadlineChange | None = None
    parent_title: str | None = None
    child_title: str | None = None
    parent_source: str | None = None
    child_source: str | None = None
    office: str | None = None

    def for_office(self) -> tuple[TaskChange, ...]:
        """Dropped parent tasks addressed to this office (the child's issuer).

        A reviewing office reads these first: the parent asked this office
        for them and the child plan left them out.
        """
        return tuple(
            c
            for c in self.changes
            if c.kind is ChangeKind.DROPPED and c.office is not None and c.office.addressed
        )

    def role_changes(self) -> tuple[TaskChange, ...]:
        """Linked tasks where this office does something else than the parent asked."""
        return tuple(c for c in self.changes if c.office is not None and c.office.role_changed)

    def later_deadlines(self) -> tuple[TaskChange, ...]:
        """Linked tasks due later than the parent's, or with no date where it had one."""
        late = (DeadlineChangeKind.LATER, DeadlineChangeKind.REMOVED)
        return tuple(c for c in self.changes if c.deadline is not None and c.deadline.kind in late)

    def doubtful(self, below: float = 0.8) -> tuple[TaskChange, ...]:
        """Links whose confidence is below ``below``: a reviewer confirms them."""
        return tuple(c for c in self.changes if c.parent and c.child and c.confidence < below)

    @property
    def has_changes(self) -> bool:
        """True iff anything differs: a task change, a field change or a plan field."""
        return (
            bool(self.metadata)
            or self.default_deadline is not None
            or any(c.has_changes for c in self.changes)
        )

    @property
    def is_empty(self) -> bool:
        """True iff nothing differs (the negation of :attr:`has_changes`)."""
        return not self.has_changes

    def of_kind(self, *kinds: ChangeKind) -> tuple[TaskChange, ...]:
        """The changes of the given kinds, in order."""
        return tuple(c for c in self.changes if c.kind in kinds)

    def _repr_html_(self) -> str:
        from zwgk._notebook import diff_html

        return diff_html(self)

    def to_dataframe(self) -> Any:
        """One row per change, as a pandas ``DataFrame`` (``pip install 'zwgk[pandas]'``)."""
        from zwgk._notebook import diff_frame

        return diff_frame(self)

    @property
    def summary(self) -> Summary:
        """Counts by kind and the share of parent tasks the child covers."""
        counts = dict.fromkeys(ChangeKind, 0)
        parent_tasks = child_tasks = covered = fields = 0
        for change in self.changes:
            counts[change.kind] += 1
            parent_tasks += len(change.parent)
            child_tasks += len(change.child)
            if change.kind is not ChangeKind.DROPPED:
                covered += len(change.parent)
            if change.has_field_changes:
                fields += 1
        return Summary(
            same=counts[ChangeKind.SAME],
            reworded=counts[ChangeKind.REWORDED],
            split=counts[ChangeKind.SPLIT],
            merged=counts[ChangeKind.MERGED],
            added=counts[ChangeKind.ADDED],
            dropped=counts[ChangeKind.DROPPED],
            parent_tasks=parent_tasks,
            child_tasks=child_tasks,
            covered=covered,
            coverage=covered / parent_tasks if parent_tasks else 1.0,
            field_changes=fields,
        )
