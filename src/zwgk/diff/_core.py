"""``diff(child, parent)``: align two plans' tasks and compare them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import Executor
from typing import Any

import attrs

from zwgk._model import Plan
from zwgk.diff._align import DEFAULT_THRESHOLD, Features, align
from zwgk.diff._fields import (
    compare_deadline,
    compare_deadlines,
    compare_metadata,
    compare_notes,
    compare_responsibilities,
    compare_sections,
    text_edits,
    unit_key,
)
from zwgk.diff._model import ChangeKind, PlanDiff, TaskChange
from zwgk.diff._norm import match_key
from zwgk.diff._office import office_role

__all__ = ["PreparedPlan", "diff", "diff_many", "prepare"]


@attrs.frozen(eq=False)
class PreparedPlan:
    """A plan with what aligning its tasks needs computed once.

    Made by :func:`prepare`; :func:`diff` takes it in place of the plan.
    It pickles, so a parent prepared once can be sent to every worker.
    """

    plan: Plan
    features: Features = attrs.field(repr=False)


def prepare(plan: Plan | PreparedPlan) -> PreparedPlan:
    """Normalise and index ``plan`` once, to diff many plans against it.

    >>> import pickle, zwgk
    >>> parent = zwgk.diff.prepare(zwgk.Plan(tasks=[zwgk.Task("做好规划公开。")]))
    >>> child = zwgk.Plan(tasks=[zwgk.Task("做好規劃公開。")])
    >>> zwgk.diff(child, pickle.loads(pickle.dumps(parent)), edits=False).changes[0].kind.value
    'same'
    """
    if isinstance(plan, PreparedPlan):
        return plan
    if not isinstance(plan, Plan):
        raise TypeError(f"prepare() takes a Plan, got {type(plan).__name__}")
    return PreparedPlan(plan, Features.of(plan.tasks))


def diff(
    child: Plan | PreparedPlan,
    parent: Plan | PreparedPlan,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    splits: bool = True,
    fields: bool = True,
    edits: bool = True,
) -> PlanDiff:
    """Compare ``child`` with the ``parent`` plan it was derived from.

    Tasks are aligned by content (see :mod:`zwgk.diff`): ``threshold`` is the
    least similarity (0 to 1) at which two tasks are aligned; ``splits=False``
    aligns one to one only; ``fields=False`` skips comparing units,
    deadlines, sections and notes; ``edits=False`` skips the
    character-level text edits (``TaskChange.text`` stays empty).  Either
    plan may be a :class:`PreparedPlan` from :func:`prepare`, to diff many
    children against one parent without preparing it again.

    >>> import zwgk
    >>> city = zwgk.Plan(tasks=[zwgk.Task("主动公开各类规划。"), zwgk.Task("做好财政预算公开。")])
    >>> bureau = zwgk.Plan(tasks=[zwgk.Task("主動公開各類規劃。")])
    >>> d = zwgk.diff(bureau, city)
    >>> [c.kind.value for c in d.changes]
    ['same', 'dropped']
    >>> d.summary.coverage
    0.5
    """
    if not isinstance(child, Plan | PreparedPlan) or not isinstance(parent, Plan | PreparedPlan):
        raise TypeError(
            "diff() compares two Plan values, got "
            f"{type(child).__name__} and {type(parent).__name__}"
        )
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be between 0 and 1, got {threshold!r}")
    pp, cp = prepare(parent), prepare(child)
    parent, child = pp.plan, cp.plan
    groups = align(pp.features, cp.features, threshold=threshold, splits=splits)
    office = child.issuer or ""
    # Units of another office's plan (a city's bureaus, a bureau's own
    # offices) are not compared name by name: the office's role is.
    other_office = bool(office and parent.issuer) and unit_key(office) != unit_key(
        parent.issuer or ""
    )
    # A revision of the office's own plan (the same issuer, another year) is
    # not a parent addressing the office: no roles to compare.
    same_office = bool(office and parent.issuer) and not other_office
    addressee = "" if same_office else office
    defaults = (parent.default_deadline, child.default_deadline)
    years = (parent.year, child.year)
    changes: list[TaskChange] = []
    for g in groups:
        p = tuple(parent.tasks[i] for i in g.parents)
        c = tuple(child.tasks[j] for j in g.children)
        if not p:
            kind = ChangeKind.ADDED
        elif not c:
            kind = ChangeKind.DROPPED
        elif len(p) > 1:
            kind = ChangeKind.MERGED
        elif len(c) > 1:
            kind = ChangeKind.SPLIT
        elif match_key(p[0].text) == match_key(c[0].text):
            kind = ChangeKind.SAME
        else:
            kind = ChangeKind.REWORDED
        paired = bool(p and c)
        change = TaskChange(
            kind=kind,
            parent=p,
            child=c,
            parent_indices=g.parents,
            child_indices=g.children,
            score=1.0 if kind is ChangeKind.SAME else g.score,
            confidence=1.0 if kind is ChangeKind.SAME else g.confidence,
            nearest=g.nearest[0] if g.nearest else None,
            nearest_score=g.nearest[1] if g.nearest else 0.0,
            text=text_edits("".join(t.text for t in p), "".join(t.text for t in c))
            if paired and edits
            else (),
            responsibility=compare_responsibilities(p, c)
            if paired and fields and not other_office
            else None,
            deadline=compare_deadlines(p, c, defaults, years) if paired and fields else None,
            office=office_role(p, c, addressee) if addressee and fields else None,
            section=compare_sections(p, c) if paired and fields else None,
            note=compare_notes(p, c) if paired and fields else None,
        )
        changes.append(change)
    return PlanDiff(
        changes=tuple(changes),
        metadata=compare_metadata(parent, child),
        default_deadline=compare_deadline(parent.default_deadline, child.default_deadline),
        office=office or None,
        parent_title=parent.title,
        child_title=child.title,
        parent_source=parent.source,
        child_source=child.source,
    )


class _DiffPair:
    """A picklable ``pair -> diff(*pair, **options)`` for process pools."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def __call__(self, pair: tuple[Plan | PreparedPlan, Plan | PreparedPlan]) -> PlanDiff:
        child, parent = pair
        return diff(child, parent, **self.options)


def diff_many(
    pairs: Iterable[tuple[Plan | PreparedPlan, Plan | PreparedPlan]],
    executor: Executor | None = None,
    **options: Any,
) -> list[PlanDiff]:
    """Diff many ``(child, parent)`` pairs, in order.

    ``executor`` is anything with the :class:`concurrent.futures.Executor`
    interface (a thread or process pool); ``None`` runs inline.  ``options``
    go to :func:`diff`.

    >>> import zwgk
    >>> p = zwgk.Plan(tasks=[zwgk.Task("做好规划公开。")])
    >>> [d.has_changes for d in diff_many([(p, p), (zwgk.Plan(), p)])]
    [False, True]
    """
    work: Sequence[tuple[Plan | PreparedPlan, Plan | PreparedPlan]] = list(pairs)
    func = _DiffPair(options)
    if executor is None:
        return [func(pair) for pair in work]
    return list(executor.map(func, work))
