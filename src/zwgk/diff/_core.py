"""``diff(child, parent)``: align two plans' tasks and compare them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import Executor
from typing import Any

from zwgk._model import Plan
from zwgk.diff._align import DEFAULT_THRESHOLD, align
from zwgk.diff._fields import (
    compare_deadline,
    compare_deadlines,
    compare_metadata,
    compare_notes,
    compare_responsibilities,
    compare_sections,
    text_edits,
)
from zwgk.diff._model import ChangeKind, PlanDiff, TaskChange
from zwgk.diff._norm import match_key

__all__ = ["diff", "diff_many"]


def diff(
    child: Plan,
    parent: Plan,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    splits: bool = True,
    fields: bool = True,
) -> PlanDiff:
    """Compare ``child`` with the ``parent`` plan it was derived from.

    Tasks are aligned by content (see :mod:`zwgk.diff`): ``threshold`` is the
    least similarity (0 to 1) at which two tasks are aligned; ``splits=False``
    aligns one to one only; ``fields=False`` skips comparing units,
    deadlines, sections and notes.

    >>> import zwgk
    >>> city = zwgk.Plan(tasks=[zwgk.Task("主动公开各类规划。"), zwgk.Task("做好财政预算公开。")])
    >>> bureau = zwgk.Plan(tasks=[zwgk.Task("主動公開各類規劃。")])
    >>> d = zwgk.diff(bureau, city)
    >>> [c.kind.value for c in d.changes]
    ['same', 'dropped']
    >>> d.summary.coverage
    0.5
    """
    if not isinstance(child, Plan) or not isinstance(parent, Plan):
        raise TypeError(
            "diff() compares two Plan values, got "
            f"{type(child).__name__} and {type(parent).__name__}"
        )
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be between 0 and 1, got {threshold!r}")
    groups = align(parent.tasks, child.tasks, threshold=threshold, splits=splits)
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
            text=text_edits("".join(t.text for t in p), "".join(t.text for t in c))
            if paired
            else (),
            responsibility=compare_responsibilities(p, c) if paired and fields else None,
            deadline=compare_deadlines(p, c) if paired and fields else None,
            section=compare_sections(p, c) if paired and fields else None,
            note=compare_notes(p, c) if paired and fields else None,
        )
        changes.append(change)
    return PlanDiff(
        changes=tuple(changes),
        metadata=compare_metadata(parent, child),
        default_deadline=compare_deadline(parent.default_deadline, child.default_deadline),
        parent_title=parent.title,
        child_title=child.title,
        parent_source=parent.source,
        child_source=child.source,
    )


class _DiffPair:
    """A picklable ``pair -> diff(*pair, **options)`` for process pools."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def __call__(self, pair: tuple[Plan, Plan]) -> PlanDiff:
        child, parent = pair
        return diff(child, parent, **self.options)


def diff_many(
    pairs: Iterable[tuple[Plan, Plan]],
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
    work: Sequence[tuple[Plan, Plan]] = list(pairs)
    func = _DiffPair(options)
    if executor is None:
        return [func(pair) for pair in work]
    return list(executor.map(func, work))
