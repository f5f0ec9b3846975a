"""``zwgk.merge(base, ours, theirs)``: carry a parent's revision into a child plan.

``base`` is the parent plan the child was made from, ``theirs`` the
parent's new version and ``ours`` the child.  Both sides are aligned to
``base`` (identical tasks first, then by content, see :func:`zwgk.diff`).
For every task the parent changed, each field it changed (``text``,
``section``, ``responsibility``, ``deadline``, ``note``) reaches the child
tasks aligned to it that kept that field as it was in ``base``; where the
child changed the field too (to something else) the result holds a
:class:`Conflict`.  Splits and merges in the parent replace child tasks
that were kept unchanged, and conflict (field ``tasks``) otherwise.  New
parent tasks come in tagged ``proposed``; child tasks whose parent task
was dropped are tagged ``parent-dropped``.  Every parent change ends up
applied, in conflict, or in :attr:`MergeResult.notes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar

import attrs

from zwgk._model import Assignment, Deadline, DeadlineKind, Plan, PlanRef, Responsibility, Task
from zwgk.cascade._align import Link, anchored_align
from zwgk.diff._merge3 import merge_text
from zwgk.errors import MergeError, UnresolvedConflictsError

__all__ = [
    "FIELDS",
    "POLICIES",
    "Conflict",
    "MergeError",
    "MergeNote",
    "MergeResult",
    "UnresolvedConflictsError",
    "merge",
]

FIELDS = ("text", "section", "responsibility", "deadline", "note")
"""The task fields a merge carries from the parent to the child."""

POLICIES = ("ours", "theirs", "base", "union", "earliest", "latest")
"""Ways to settle a conflict: keep a side, unite the units, or pick a deadline."""

PROPOSED = "proposed"
PARENT_DROPPED = "parent-dropped"
CONFLICT = "conflict"


@attrs.frozen
class Conflict:
    """Both the child and the parent's new version changed one field of a task.

    ``task`` is the child task's reference (``None`` for a plan field such as
    ``default_deadline``), ``field`` the field (``tasks`` when the parent
    split or merged tasks the child had changed), and ``base``, ``ours``
    and ``theirs`` its three values.  ``index`` is the task's position in
    :attr:`MergeResult.draft`.
    """

    task: str | None
    field: str
    base: Any
    ours: Any
    theirs: Any
    index: int | None = None

    def __str__(self) -> str:
        where = f"task {self.task}" if self.task is not None else "plan"
        return f"{where}: {self.field} changed on both sides"


@attrs.frozen
class MergeNote:
    """Something the merge did or could not do, for the record.

    ``kind`` is ``applied`` (a parent change reached the child),
    ``already`` (the child already had it), ``proposed`` (a new parent task
    came in), ``parent-dropped`` (the parent dropped a task the child
    implements), ``not-in-child`` (the parent changed a task the child does
    not have), ``resolved`` (a conflict was settled).  ``task`` is the
    reference of the child task concerned (or of the parent task for
    ``not-in-child``), ``field`` the field where one applies.
    """

    kind: str
    message: str
    task: str | None = None
    field: str | None = None


def _ref(task: Task) -> str:
    return task.ref


def _tag(task: Task, tag: str) -> Task:
    return task if tag in task.tags else task.evolve(tags=(*task.tags, tag))


def _untag(task: Task, tag: str) -> Task:
    return task.evolve(tags=tuple(t for t in task.tags if t != tag)) if tag in task.tags else task


@attrs.frozen
class MergeResult:
    """What :func:`merge` produced: a draft plan, its conflicts and notes.

    :attr:`plan` is the merged plan once no conflicts remain (else it
    raises :class:`UnresolvedConflictsError`); :attr:`draft` is always
    available, holding the child's values where conflicts remain (those
    tasks are tagged ``conflict``).  :meth:`resolve` and
    :meth:`resolve_all` return new results.
    """

    __zwgk_kind__: ClassVar[str] = "merge"

    draft: Plan
    conflicts: tuple[Conflict, ...] = ()
    notes: tuple[MergeNote, ...] = ()

    @property
    def plan(self) -> Plan:
        """The merged plan; :class:`UnresolvedConflictsError` while conflicts remain."""
        if self.conflicts:
            raise UnresolvedConflictsError(self.conflicts)
        return self.draft

    @property
    def clean(self) -> bool:
        """True when no conflicts remain."""
        return not self.conflicts

    def notes_of(self, kind: str) -> tuple[MergeNote, ...]:
        """The notes of one kind (``applied``, ``proposed``, …)."""
        return tuple(n for n in self.notes if n.kind == kind)

    def resolve(self, conflict: Conflict, value: Any) -> MergeResult:
        """Settle ``conflict`` with ``value`` (the field's new value); a new result.

        For the ``tasks`` field, ``value`` is a sequence of tasks that
        replaces the child task.
        """
        if conflict not in self.conflicts:
            raise MergeError(f"not a conflict of this merge: {conflict}")
        return self._settle({conflict: value})

    def resolve_all(
        self,
        policy: str
        | Callable[[Conflict], Any]
        | Mapping[str, str | Callable[[Conflict], Any]] = "theirs",
    ) -> MergeResult:
        """Settle conflicts by ``policy``; a new result.

        ``policy`` is one of :data:`POLICIES` for every conflict, a function
        ``conflict -> value``, or a mapping from field name to either (the
        key ``"*"`` for every other field).  Fields a mapping does not cover
        stay in conflict.  A policy that does not fit a field (``earliest``
        for a responsibility) raises :class:`MergeError`.
        """
        values: dict[Conflict, Any] = {}
        for conflict in self.conflicts:
            if isinstance(policy, Mapping):
                chosen = policy.get(conflict.field, policy.get("*"))
                if chosen is None:
                    continue
            else:
                chosen = policy
            values[conflict] = (
                chosen(conflict) if callable(chosen) else apply_policy(chosen, conflict)
            )
        return self._settle(values) if values else self

    def _settle(self, values: Mapping[Conflict, Any]) -> MergeResult:
        tasks = list(self.draft.tasks)
        replace: dict[int, tuple[int, list[Task]]] = {}  # start -> (length, new tasks)
        plan_changes: dict[str, Any] = {}
        notes = list(self.notes)
        for conflict, value in values.items():
            notes.append(
                MergeNote("resolved", f"{conflict}: settled", conflict.task, conflict.field)
            )
            if conflict.index is None:
                plan_changes[conflict.field] = value
                continue
            start = conflict.index
            if conflict.field == "tasks":
                new = list(value)
                if not all(isinstance(t, Task) for t in new):
                    raise MergeError("a 'tasks' conflict is settled with a sequence of Task")
                replace[start] = (len(conflict.ours), [_untag(t, CONFLICT) for t in new])
            else:
                length, current = replace.get(start, (1, [tasks[start]]))
                replace[start] = (length, [t.evolve(**{conflict.field: value}) for t in current])
        remaining = [c for c in self.conflicts if c not in values]
        still = {c.index for c in remaining}
        flat: list[Task] = []
        new_index: dict[int, int] = {}
        i = 0
        while i < len(tasks):
            new_index[i] = len(flat)
            if i in replace:
                length, new = replace[i]
                flat.extend(t if i in still else _untag(t, CONFLICT) for t in new)
                i += length
            else:
                flat.append(tasks[i])
                i += 1
        shifted = tuple(
            attrs.evolve(c, index=new_index[c.index] if c.index is not None else None)
            for c in remaining
        )
        draft = self.draft.evolve(tasks=flat, **plan_changes)
        return MergeResult(draft, shifted, tuple(notes))


# ---------------------------------------------------------------------------
# policies


def _first_date(deadline: Deadline | None) -> dt.date | None:
    if deadline is None or deadline.kind is not DeadlineKind.DATE:
        return None
    if deadline.dates:
        return min(deadline.dates)
    return deadline.due


def _pick_deadline(conflict: Conflict, earliest: bool) -> Deadline | None:
    ours, theirs = conflict.ours, conflict.theirs
    a, b = _first_date(ours), _first_date(theirs)
    if a is None and b is None:
        return ours if ours is not None else theirs  # type: ignore[no-any-return]
    if a is None:
        return theirs  # type: ignore[no-any-return]
    if b is None:
        return ours  # type: ignore[no-any-return]
    if earliest:
        return theirs if b < a else ours  # type: ignore[no-any-return]
    return theirs if b > a else ours  # type: ignore[no-any-return]


def _union(ours: Responsibility | None, theirs: Responsibility | None) -> Responsibility | None:
    if ours is None or theirs is None:
        return ours if theirs is None else theirs
    names = {a.name for a in ours.assignments}
    extra: list[Assignment] = [a for a in theirs.assignments if a.name not in names]
    if not extra:
        return ours
    raw = ours.raw + "；" + "、".join(a.unit for a in extra) if ours.raw else theirs.raw
    return Responsibility(raw, (*ours.assignments, *extra))


def apply_policy(policy: str, conflict: Conflict) -> Any:
    """The value ``policy`` gives ``conflict`` (see :data:`POLICIES`).

    >>> c = Conflict("1", "note", base=None, ours="甲", theirs="乙")
    >>> apply_policy("theirs", c), apply_policy("ours", c)
    ('乙', '甲')
    """
    if policy == "ours":
        return conflict.ours
    if policy == "theirs":
        return conflict.theirs
    if policy == "base":
        return conflict.base
    if policy in ("earliest", "latest"):
        if conflict.field not in ("deadline", "default_deadline"):
            raise MergeError(f"policy {policy!r} applies to deadlines, not to {conflict.field!r}")
        return _pick_deadline(conflict, policy == "earliest")
    if policy == "union":
        if conflict.field != "responsibility":
            raise MergeError(f"policy 'union' applies to responsibility, not to {conflict.field!r}")
        return _union(conflict.ours, conflict.theirs)
    raise MergeError(f"unknown merge policy {policy!r}; use one of {', '.join(POLICIES)}")


# ---------------------------------------------------------------------------
# the merge


def _same_text(a: str, b: str) -> bool:
    from zwgk.diff._norm import normalize

    return a == b or normalize(a) == normalize(b)


def _inherited(field: str, child: Task, base: Task) -> bool:
    return _equal(field, getattr(child, field), getattr(base, field))


def _equal(field: str, a: Any, b: Any) -> bool:
    if field == "text":
        return _same_text(a, b)
    if field == "deadline":  # 2021 年底前 is 2021年底前
        from zwgk.diff._fields import compare_deadline

        return a == b or (a is not None and b is not None and compare_deadline(a, b) is None)
    return bool(a == b)


def _by_parent(links: Iterable[Link]) -> dict[int, Link]:
    out: dict[int, Link] = {}
    for link in links:
        for p in link.parent:
            out[p] = link
    return out


def _kept(child: Task, base: Task) -> bool:
    return all(_inherited(f, child, base) for f in FIELDS)


def _short(text: str, width: int = 20) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def merge(base: Plan, ours: Plan, theirs: Plan, **options: Any) -> MergeResult:
    """Merge the parent's revision (``base`` → ``theirs``) into the child ``ours``.

    ``options`` go to the alignment (:func:`zwgk.diff`; e.g. ``threshold=``).

    >>> import zwgk
    >>> city = zwgk.Plan(tasks=[zwgk.Task("做好规划公开。", number=1, note="")])
    >>> city2 = zwgk.Plan(tasks=[zwgk.Task("做好规划公开。", number=1, note="年底前")])
    >>> bureau = zwgk.Plan(tasks=[zwgk.Task("做好规划公开。", number=1, label="1.", note="")])
    >>> result = zwgk.merge(city, bureau, city2)
    >>> result.plan.tasks[0].note, result.plan.tasks[0].label
    ('年底前', '1.')
    """
    for name, value in (("base", base), ("ours", ours), ("theirs", theirs)):
        if not isinstance(value, Plan):
            raise TypeError(f"merge() takes three Plan values; {name} is {type(value).__name__}")
    parent_links = anchored_align(base, theirs, **options)
    child_by_base = _by_parent(anchored_align(base, ours, **options))

    # what happens to each child task: evolve fields, replace, or tag
    slots: list[list[Task]] = [[t] for t in ours.tasks]
    conflict_specs: list[tuple[int, str, Any, Any, Any]] = []  # (child index, field, b, o, t)
    notes: list[MergeNote] = []
    inserts: dict[int, list[Task]] = {}  # after child index (-1: at the start)
    replaced: set[int] = set()

    def child_links(base_indices: Sequence[int]) -> list[Link]:
        seen: dict[int, Link] = {}
        for b in base_indices:
            link = child_by_base.get(b)
            if link is not None and link.child:
                seen[id(link)] = link
        return list(seen.values())

    last_child = -1
    for link in parent_links:
        b_tasks = [base.tasks[i] for i in link.parent]
        t_tasks = [theirs.tasks[j] for j in link.child]
        clinks = child_links(link.parent)
        c_indices = sorted({c for cl in clinks for c in cl.child})
        if c_indices:
            last_child = max(last_child, max(c_indices))

        if not link.parent:  # a new parent task
            for t in t_tasks:
                inserts.setdefault(last_child, []).append(_tag(t, PROPOSED))
                notes.append(
                    MergeNote("proposed", f"new parent task “{_short(t.text)}” proposed", _ref(t))
                )
            continue

        if not link.child:  # the parent dropped these tasks
            for ci in c_indices:
                slots[ci] = [_tag(x, PARENT_DROPPED) for x in slots[ci]]
                notes.append(
                    MergeNote(
                        PARENT_DROPPED,
                        "the parent dropped task "
                        + "、".join(_ref(b) for b in b_tasks)
                        + f" (“{_short(b_tasks[0].text)}”) which this task implements",
                        _ref(ours.tasks[ci]),
                    )
                )
            if not c_indices:
                for b in b_tasks:
                    notes.append(
                        MergeNote(
                            "not-in-child", f"parent dropped task “{_short(b.text)}”", _ref(b)
                        )
                    )
            continue

        if not c_indices:  # the child does not have this task: nothing to carry
            if any(not _kept(t, b_tasks[0]) for t in t_tasks) or len(t_tasks) != len(b_tasks):
                notes.append(
                    MergeNote(
                        "not-in-child",
                        f"the parent changed task “{_short(b_tasks[0].text)}”, "
                        "which the child does not have",
                        _ref(b_tasks[0]),
                    )
                )
            continue

        if len(b_tasks) == 1 and len(t_tasks) == 1:
            b, t = b_tasks[0], t_tasks[0]
            for field in FIELDS:
                old, new = getattr(b, field), getattr(t, field)
                if _equal(field, old, new):
                    continue
                for ci in c_indices:
                    c = ours.tasks[ci]
                    mine = getattr(c, field)
                    both = merge_text(old, mine, new) if field == "text" else None
                    if _inherited(field, c, b):
                        slots[ci] = [x.evolve(**{field: new}) for x in slots[ci]]
                        notes.append(MergeNote("applied", f"{field} updated", _ref(c), field))
                    elif _equal(field, mine, new):
                        notes.append(MergeNote("already", f"{field} already so", _ref(c), field))
                    elif both is not None:
                        slots[ci] = [x.evolve(text=both) for x in slots[ci]]
                        notes.append(
                            MergeNote(
                                "applied",
                                "text: the parent's edit merged with the child's own",
                                _ref(c),
                                field,
                            )
                        )
                    else:
                        conflict_specs.append((ci, field, old, mine, new))
            continue

        # the parent split or merged tasks: replace the child's tasks if it kept them
        kind = "split" if len(b_tasks) == 1 else "merged"
        kept = len(c_indices) == len(b_tasks) and all(
            _kept(ours.tasks[ci], b) for ci, b in zip(c_indices, b_tasks, strict=True)
        )
        if kept:
            first = c_indices[0]
            template = ours.tasks[first]
            new_tasks = [
                t.evolve(location=template.location, group=template.group) for t in t_tasks
            ]
            slots[first] = new_tasks
            for ci in c_indices[1:]:
                slots[ci] = []
            replaced.update(c_indices)
            notes.append(
                MergeNote(
                    "applied",
                    f"the parent {kind} this task: {len(b_tasks)} → {len(t_tasks)} task(s)",
                    _ref(template),
                    "tasks",
                )
            )
        else:
            first = c_indices[0]
            mine = tuple(ours.tasks[ci] for ci in c_indices)
            conflict_specs.append((first, "tasks", tuple(b_tasks), mine, tuple(t_tasks)))
            slots[first] = list(mine)
            for ci in c_indices[1:]:
                slots[ci] = []

    fixed = {ci for ci, *_ in conflict_specs} | replaced
    if _carry_order(slots, parent_links, child_by_base, fixed):
        notes.append(MergeNote("applied", "the parent's new order of tasks carried over", None))

    # assemble the draft, recording where each child task went
    draft_tasks: list[Task] = []
    position: dict[int, int] = {}
    conflicted = {ci for ci, *_ in conflict_specs}
    for item in inserts.get(-1, []):
        draft_tasks.append(item)
    for ci, slot in enumerate(slots):
        position[ci] = len(draft_tasks)
        for task in slot:
            draft_tasks.append(_tag(task, CONFLICT) if ci in conflicted else task)
        draft_tasks.extend(inserts.get(ci, []))
    conflicts = [
        Conflict(_ref(ours.tasks[ci]), field, b, o, t, position[ci])
        for ci, field, b, o, t in conflict_specs
    ]
    # plan-level: the default deadline and the reference to the parent
    plan_changes: dict[str, Any] = {}
    if base.default_deadline != theirs.default_deadline:
        if ours.default_deadline == base.default_deadline:
            plan_changes["default_deadline"] = theirs.default_deadline
            notes.append(MergeNote("applied", "default deadline updated", None, "default_deadline"))
        elif ours.default_deadline == theirs.default_deadline:
            notes.append(
                MergeNote("already", "default deadline already so", None, "default_deadline")
            )
        else:
            conflicts.append(
                Conflict(None, "default_deadline", base.default_deadline,
                         ours.default_deadline, theirs.default_deadline, None)
            )  # fmt: skip
    parents = _update_parents(base, ours, theirs)
    if parents is not None:
        plan_changes["parents"] = parents
        notes.append(MergeNote("applied", "reference to the parent plan updated", None, "parents"))
    draft = ours.evolve(tasks=draft_tasks, **plan_changes)
    return MergeResult(draft, tuple(conflicts), tuple(notes))


def _carry_order(
    slots: list[list[Task]],
    parent_links: Sequence[Link],
    child_by_base: Mapping[int, Link],
    fixed: set[int],
) -> bool:
    """Reorder the child's tasks as the parent reordered them; True if anything moved.

    Only child tasks kept one to one with a base task that the parent also
    kept one to one move, among their own places; the child's own order
    wins where it differs from the base already.
    """
    new_place = {
        lk.parent[0]: lk.child[0] for lk in parent_links if len(lk.parent) == len(lk.child) == 1
    }
    moved: list[tuple[int, int, int]] = []  # (child index, base index, parent's new place)
    for b, place in new_place.items():
        link = child_by_base.get(b)
        if link is None or not len(link.parent) == len(link.child) == 1:
            continue
        c = link.child[0]
        if slots[c] and c not in fixed:
            moved.append((c, b, place))
    moved.sort()
    bases = [b for _, b, _ in moved]
    if bases != sorted(bases):  # the child reordered these itself
        return False
    order = sorted(moved, key=lambda m: m[2])
    if order == moved:
        return False
    contents = [slots[c] for c, _, _ in order]
    for (c, _, _), content in zip(moved, contents, strict=True):
        slots[c] = content
    return True


def _update_parents(base: Plan, ours: Plan, theirs: Plan) -> tuple[PlanRef, ...] | None:
    """``ours.parents`` with the reference to ``base`` pointing at ``theirs``."""
    old = (base.title, base.doc_number)
    new = (theirs.title, theirs.doc_number)
    if old == new or old == (None, None):
        return None
    refs = list(ours.parents)
    for i, ref in enumerate(refs):
        if (base.doc_number and ref.doc_number == base.doc_number) or (
            base.title and ref.title == base.title
        ):
            refs[i] = PlanRef(title=theirs.title or ref.title, doc_number=theirs.doc_number)
            return tuple(refs)
    return None
