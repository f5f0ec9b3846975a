"""One child's column of a roll-up: the work every worker does.

A roll-up prepares the parent once (:func:`prepare_parent`) and hands the
result to every worker; a worker reads a child where it is (a path is read
there, not in the calling process), aligns it with the prepared parent
through :func:`align_child` and returns a :class:`Column`: the coverage
cells and what the summary needs, never the child plan itself.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from zwgk._model import Plan
from zwgk.cascade._align import Link
from zwgk.diff._align import DEFAULT_THRESHOLD, Features, align
from zwgk.diff._core import PreparedPlan, prepare

__all__ = [
    "COVERED_KINDS",
    "Column",
    "Coverage",
    "PreparedParent",
    "Source",
    "align_child",
    "cover",
    "cover_batch",
    "prepare_parent",
]

COVERED_KINDS = ("same", "reworded", "split", "merged")

Source = Plan | os.PathLike[str]
"""A child as a roll-up takes it: a plan, or the path of a file to read."""


@attrs.frozen
class Coverage:
    """How one child plan keeps one parent task.

    ``kind`` is ``same``, ``reworded``, ``split``, ``merged`` or ``dropped``;
    ``tasks`` the references of the child tasks that keep it, ``units`` the
    units those tasks name (qualified names where known), ``score`` the
    text similarity (0 for ``dropped``).
    """

    kind: str
    tasks: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    score: float = 0.0

    @property
    def covered(self) -> bool:
        """True unless the child dropped the task."""
        return self.kind != "dropped"


DROPPED = Coverage("dropped")


@attrs.frozen
class PreparedParent:
    """The parent plan with what aligning a child with it needs, computed once.

    ``parent`` is the plan as :func:`zwgk.diff.prepare` leaves it:
    normalised and split into grams once, not once per child.  It pickles:
    a roll-up sends it to each worker once (scattered to a Dask cluster,
    put in Ray's object store, installed by a process pool's initializer)
    and every child there is aligned against it.
    """

    parent: PreparedPlan
    threshold: float = DEFAULT_THRESHOLD
    splits: bool = True
    read_options: dict[str, Any] = attrs.field(factory=dict)

    @property
    def plan(self) -> Plan:
        """The parent plan itself."""
        return self.parent.plan


def prepare_parent(
    parent: Plan,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    splits: bool = True,
    read_options: dict[str, Any] | None = None,
) -> PreparedParent:
    """Prepare ``parent`` for aligning many children with it."""
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be between 0 and 1, got {threshold!r}")
    return PreparedParent(prepare(parent), threshold, splits, dict(read_options or {}))


def align_child(prepared: PreparedParent, child: Plan) -> list[Link]:
    """Align one child with the prepared parent: the roll-up's one call into the diff.

    Only what the roll-up needs is computed: the task groups, their scores
    and kinds, not the confidences, the field comparisons nor the
    character-level text edits;
    the child is normalised once, for the alignment and the kinds alike.
    """
    return [Link(*group) for group in _groups(prepared, child)]


def _groups(
    prepared: PreparedParent, child: Plan
) -> list[tuple[str, tuple[int, ...], tuple[int, ...], float]]:
    """The aligned groups of :func:`align_child` as ``(kind, parents, children, score)``."""
    pf = prepared.parent.features
    cf = Features.of(child.tasks, like=pf)  # the parent's tasks kept whole are not cut again
    groups = align(pf, cf, threshold=prepared.threshold, splits=prepared.splits, detail=False)
    out = []
    for g in groups:
        kind = _kind(g.parents, g.children, pf.keys, cf.keys)
        out.append((kind, g.parents, g.children, 1.0 if kind == "same" else g.score))
    return out


def _kind(
    parents: tuple[int, ...],
    kids: tuple[int, ...],
    parent_keys: Sequence[str],
    child_keys: Sequence[str],
) -> str:
    """The kind of one aligned group, named as :func:`zwgk.diff.diff` names it."""
    if not parents:
        return "added"
    if not kids:
        return "dropped"
    if len(parents) > 1:
        return "merged"
    if len(kids) > 1:
        return "split"
    if parent_keys[parents[0]] == child_keys[kids[0]]:
        return "same"
    return "reworded"


@attrs.frozen
class Column:
    """One child's part of a roll-up: its cells (one per parent task) and its summary."""

    cells: tuple[Coverage, ...]
    added: tuple[str, ...]
    title: str | None
    issuer: str | None
    source: str | None
    tasks: int


def _units(tasks: Sequence[Any]) -> tuple[str, ...]:
    units: dict[str, None] = {}
    for t in tasks:
        if t.responsibility is not None:
            for a in t.responsibility.assignments:
                units.setdefault(a.name, None)
    return tuple(units)


def cover(prepared: PreparedParent, child: Plan) -> Column:
    """The column of ``child``: how it keeps each parent task, and its added tasks."""
    cells = [DROPPED] * len(prepared.plan.tasks)
    added: list[str] = []
    tasks = child.tasks
    for kind, parents, kids, score in _groups(prepared, child):
        if not parents:
            added.extend(tasks[j].ref for j in kids)
        elif kids:  # a dropped task keeps its cell
            chosen = [tasks[j] for j in kids]
            cell = Coverage(kind, tuple(t.ref for t in chosen), _units(chosen), score)
            for p in parents:
                cells[p] = cell
    return Column(
        tuple(cells), tuple(added), child.title, child.issuer, child.source, len(child.tasks)
    )


def load(source: Source, read_options: dict[str, Any]) -> Plan:
    """The child plan itself: ``source`` when it is one, else the file it names, read here."""
    if isinstance(source, Plan):
        return source
    import zwgk

    return zwgk.read(Path(source), **read_options)


def cover_batch(prepared: PreparedParent, batch: Sequence[Source]) -> list[Column]:
    """The columns of a batch of children (each read where this runs)."""
    return [cover(prepared, load(s, prepared.read_options)) for s in batch]
