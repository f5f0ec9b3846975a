"""Field-by-field comparison of aligned tasks and of plan metadata."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from zwgk._model import (
    Assignment,
    Deadline,
    DeadlineKind,
    Plan,
    PlanRef,
    Responsibility,
    Role,
    Task,
)
from zwgk.diff._model import (
    DeadlineChange,
    DeadlineChangeKind,
    MetadataChange,
    NoteChange,
    ResponsibilityChange,
    RoleChange,
    SectionChange,
    TextEdit,
    TextOp,
)
from zwgk.diff._norm import char_key, normalize
from zwgk.lang.deadline import parse_deadline

try:  # difflib's SequenceMatcher compiled: the same algorithm, the same opcodes
    from cydifflib import SequenceMatcher
except ImportError:  # pragma: no cover - a platform with no wheel of it
    from difflib import SequenceMatcher

__all__ = [
    "compare_deadlines",
    "compare_metadata",
    "compare_notes",
    "compare_responsibilities",
    "compare_sections",
    "effective_deadline",
    "lead_names",
    "text_edits",
    "unit_key",
]


@functools.lru_cache(maxsize=65536)
def unit_key(name: str) -> str:
    """How units are compared: normalised, without spaces."""
    return "".join(normalize(name).split())


def _keys(a: Assignment) -> set[str]:
    keys = {unit_key(a.unit)}
    if a.qualified:
        keys.add(unit_key(a.qualified))
    return keys


def lead_names(resp: Responsibility | None) -> frozenset[str]:
    """The normalised names of the lead units of ``resp``."""
    if resp is None:
        return frozenset()
    return frozenset(unit_key(a.name) for a in resp.assignments if a.role is Role.LEAD)


def _union(
    resps: Iterable[Responsibility | None],
) -> tuple[Responsibility | None, list[Assignment]]:
    first: Responsibility | None = None
    out: list[Assignment] = []
    seen: set[str] = set()
    for resp in resps:
        if resp is None:
            continue
        if first is None:
            first = resp
        for a in resp.assignments:
            keys = _keys(a)
            if keys & seen:
                continue
            seen |= keys
            out.append(a)
    return first, out


def compare_responsibilities(
    parent: Sequence[Task], child: Sequence[Task]
) -> ResponsibilityChange | None:
    """Units added, removed and with another role; ``None`` if nothing differs."""
    if len(parent) == len(child) == 1 and parent[0].responsibility == child[0].responsibility:
        return None  # one responsibility on each side, equal: nothing differs
    p_resp, p_units = _union(t.responsibility for t in parent)
    c_resp, c_units = _union(t.responsibility for t in child)
    if p_resp is None and c_resp is None:
        return None
    added: list[Assignment] = []
    roles: list[RoleChange] = []
    matched: set[int] = set()
    for a in c_units:
        ka = _keys(a)
        for i, b in enumerate(p_units):
            if i not in matched and ka & _keys(b):
                matched.add(i)
                if a.role is not b.role:
                    roles.append(RoleChange(a.name, b.role, a.role))
                break
        else:
            added.append(a)
    removed = [b for i, b in enumerate(p_units) if i not in matched]
    if not added and not removed and not roles:
        if p_units or c_units:
            return None
        # No structured units on either side: compare what is written.
        p_raw = unit_key(p_resp.raw) if p_resp is not None else ""
        c_raw = unit_key(c_resp.raw) if c_resp is not None else ""
        if p_raw == c_raw:
            return None
    return ResponsibilityChange(
        parent=p_resp,
        child=c_resp,
        added=tuple(added),
        removed=tuple(removed),
        roles=tuple(roles),
    )


_FREQUENCIES = (DeadlineKind.ONGOING, DeadlineKind.RECURRING)


def effective_deadline(
    own: Deadline | None, default: Deadline | None, year: int | None
) -> Deadline | None:
    """A task's deadline: its own, else its plan's default; a date without its
    year (``年底前``) gets the plan's year (``年底`` is 31 December)."""
    d = own if own is not None else default
    if d is None or d.kind is not DeadlineKind.DATE or d.due is not None or year is None:
        return d
    dated = parse_deadline(d.raw, year=year)
    if dated is None or dated.due is None:
        return d
    return d.evolve(due=dated.due, dates=dated.dates)


def compare_deadline(parent: Deadline | None, child: Deadline | None) -> DeadlineChange | None:
    """How one deadline changed; ``None`` if it did not.

    Expressions are compared normalised (spaces, widths, script), and dates
    by their day.  Ongoing and recurring work (及时, 长期, 持续, 每季度) is a
    frequency, not a date: one added where the parent had none, or stated
    in other words, is no change.
    """
    if parent is None and child is None:
        return None
    if parent is None:
        assert child is not None
        if child.kind in _FREQUENCIES:
            return None
        return DeadlineChange(DeadlineChangeKind.ADDED, None, child)
    if child is None:
        if parent.kind in _FREQUENCIES:
            return None
        return DeadlineChange(DeadlineChangeKind.REMOVED, parent, None)
    if parent.kind is not child.kind:
        return DeadlineChange(DeadlineChangeKind.KIND_CHANGED, parent, child)
    if parent.due is not None and child.due is not None:
        if parent.due == child.due:
            return None
        kind = DeadlineChangeKind.EARLIER if child.due < parent.due else DeadlineChangeKind.LATER
        return DeadlineChange(kind, parent, child)
    if parent.kind in _FREQUENCIES and parent.period == child.period:
        return None
    if unit_key(parent.raw) != unit_key(child.raw) or parent.period != child.period:
        return DeadlineChange(DeadlineChangeKind.REWORDED, parent, child)
    return None


def compare_deadlines(
    parent: Sequence[Task],
    child: Sequence[Task],
    defaults: tuple[Deadline | None, Deadline | None] = (None, None),
    years: tuple[int | None, int | None] = (None, None),
) -> DeadlineChange | None:
    """Compare the first effective deadline on each side.

    ``defaults`` and ``years`` are the parent's and the child's plan-wide
    deadline and year (see :func:`effective_deadline`).
    """
    p = next((t.deadline for t in parent if t.deadline is not None), None)
    c = next((t.deadline for t in child if t.deadline is not None), None)
    return compare_deadline(
        effective_deadline(p, defaults[0], years[0]),
        effective_deadline(c, defaults[1], years[1]),
    )


def compare_sections(parent: Sequence[Task], child: Sequence[Task]) -> SectionChange | None:
    """The first task's headings on each side, if they differ after normalisation."""
    if not parent or not child:
        return None
    p, c = parent[0].section, child[0].section
    if p == c or tuple(unit_key(s) for s in p) == tuple(unit_key(s) for s in c):
        return None
    return SectionChange(p, c)


def _note(tasks: Sequence[Task]) -> str | None:
    notes = [t.note for t in tasks if t.note and t.note.strip()]
    return "；".join(notes) if notes else None


def compare_notes(parent: Sequence[Task], child: Sequence[Task]) -> NoteChange | None:
    """The notes on each side (joined), if they differ after normalisation."""
    p, c = _note(parent), _note(child)
    if p == c or unit_key(p or "") == unit_key(c or ""):
        return None
    return NoteChange(p, c)


_OPS = {op.value: op for op in TextOp}


def text_edits(parent: str, child: str) -> tuple[TextEdit, ...]:
    """Character-level edits turning ``parent`` into ``child``.

    Characters are compared by script- and width-insensitive keys, so
    ``發`` equals ``发``; offsets index the original strings.

    >>> [(e.op.value, e.parent_text, e.child_text) for e in text_edits("做好公开", "做好信息公开")]
    [('equal', '做好', '做好'), ('insert', '', '信息'), ('equal', '公开', '公开')]
    """
    if parent == child:  # equal texts: their keys are equal too
        return _unchanged(parent, child)
    a = list(map(char_key, parent))
    b = list(map(char_key, child))
    if a == b:
        return _unchanged(parent, child)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return tuple(
        TextEdit(_OPS[tag], i1, i2, j1, j2, parent[i1:i2], child[j1:j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def _unchanged(parent: str, child: str) -> tuple[TextEdit, ...]:
    """The edits of two texts whose characters' keys are all equal: none, or one ``equal``."""
    if not parent:
        return ()
    return (TextEdit(TextOp.EQUAL, 0, len(parent), 0, len(child), parent, child),)


def _str(value: object) -> str | None:
    if value is None:
        return None
    return str(value)


def _refs(refs: Sequence[PlanRef]) -> str | None:
    if not refs:
        return None
    return "；".join(
        (r.title or "") + (f"（{r.doc_number}）" if r.doc_number else "") for r in refs
    )


def compare_metadata(parent: Plan, child: Plan) -> tuple[MetadataChange, ...]:
    """Plan fields that differ (texts compared after normalisation)."""
    out: list[MetadataChange] = []
    for name in ("title", "issuer", "doc_number"):
        p, c = getattr(parent, name), getattr(child, name)
        if unit_key(p or "") != unit_key(c or ""):
            out.append(MetadataChange(name, p, c))
    for name in ("date", "year"):
        p, c = getattr(parent, name), getattr(child, name)
        if p != c:
            out.append(MetadataChange(name, _str(p), _str(c)))
    p_refs, c_refs = _refs(parent.parents), _refs(child.parents)
    if unit_key(p_refs or "") != unit_key(c_refs or ""):
        out.append(MetadataChange("parents", p_refs, c_refs))
    return tuple(out)
