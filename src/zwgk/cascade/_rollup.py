"""``zwgk.rollup(parent, children)``: how every child plan covers each parent task.

The roll-up diffs each child against the parent (in parallel through any
:class:`concurrent.futures.Executor`) and keeps, for every parent task and
child plan, one :class:`Coverage` cell: how the child kept the task
(``same``, ``reworded``, ``split``, ``merged``, ``dropped``), which of its
tasks do so, and the units it made responsible.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar

import attrs

from zwgk._model import Plan, Task
from zwgk.cascade._column import COVERED_KINDS, Column, Coverage, Source, prepare_parent
from zwgk.cascade._engines import RayExecutor, engine_for

__all__ = [
    "ChildSummary",
    "Coverage",
    "Progress",
    "RayExecutor",
    "Rollup",
    "RollupRow",
    "UnitCount",
    "rollup",
]

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` each time a batch of children is aligned."""


@attrs.frozen
class UnitCount:
    """A unit and in how many child plans it is responsible for a task."""

    unit: str
    plans: int


@attrs.frozen
class RollupRow:
    """One parent task and its coverage in every child (in the children's order)."""

    index: int
    task: Task
    cells: tuple[Coverage, ...]
    units: tuple[UnitCount, ...] = ()

    @property
    def covered(self) -> int:
        """How many children keep the task."""
        return sum(c.covered for c in self.cells)

    @property
    def coverage(self) -> float:
        """The share of children that keep the task (1.0 with no children)."""
        return self.covered / len(self.cells) if self.cells else 1.0


@attrs.frozen
class ChildSummary:
    """One child plan of a roll-up: what it is and how much of the parent it keeps.

    ``name`` is what reports call it (issuer, else title, else source);
    ``added`` the references of its tasks with no parent task.
    """

    name: str
    title: str | None = None
    issuer: str | None = None
    source: str | None = None
    tasks: int = 0
    covered: int = 0
    coverage: float = 1.0
    added: tuple[str, ...] = ()


@attrs.frozen
class Rollup:
    """A coverage matrix: parent tasks (rows) by child plans (columns).

    Write it with ``zwgk.write(r, "coverage.xlsx")`` (also ``.html`` and
    ``.json``).
    """

    __zwgk_kind__: ClassVar[str] = "rollup"

    rows: tuple[RollupRow, ...]
    children: tuple[ChildSummary, ...]
    parent_title: str | None = None
    parent_source: str | None = None

    def matrix(self) -> list[list[str]]:
        """The kinds as a list of rows (parent tasks) of columns (children)."""
        return [[c.kind for c in row.cells] for row in self.rows]

    def counts(self) -> dict[str, int]:
        """How many cells of each kind the matrix holds."""
        counts = Counter(c.kind for row in self.rows for c in row.cells)
        return {k: counts.get(k, 0) for k in (*COVERED_KINDS, "dropped")}

    def uncovered(self, *, at_most: int = 0) -> tuple[RollupRow, ...]:
        """The parent tasks kept by at most ``at_most`` children."""
        return tuple(r for r in self.rows if r.covered <= at_most)

    def _repr_html_(self) -> str:
        from zwgk._notebook import rollup_html

        return rollup_html(self)


_MAX_BATCH = 32  # children per batch at most: progress and results come batch by batch


class _Table:
    """The coverage table, filled column by column in whatever order columns arrive."""

    def __init__(self, parent: Plan, names: Sequence[str] | None, total: int) -> None:
        self.parent = parent
        self.names = names
        self.cells: list[list[Coverage | None]] = [[None] * total for _ in parent.tasks]
        self.tally: list[dict[str, list[int]]] = [{} for _ in parent.tasks]
        self.summaries: list[ChildSummary | None] = [None] * total
        # equal cells kept once, known by their fields (cheaper to hash and compare
        # than the cells themselves)
        self.known: dict[tuple[object, ...], Coverage] = {}

    def add(self, i: int, column: Column) -> None:
        known, rows, tallies = self.known, self.cells, self.tally
        covered = 0
        for p, cell in enumerate(column.cells):
            cell = known.setdefault((cell.kind, cell.tasks, cell.units, cell.score), cell)
            rows[p][i] = cell
            if cell.kind == "dropped":  # not covered, and no units
                continue
            covered += 1
            tally = tallies[p]
            for k, unit in enumerate(dict.fromkeys(cell.units)):
                seen = tally.get(unit)
                if seen is None:  # the first child and place it appears in
                    tally[unit] = [1, i, k]
                    continue
                seen[0] += 1
                if (i, k) < (seen[1], seen[2]):
                    seen[1:] = [i, k]
        self.summaries[i] = ChildSummary(
            name=self._name(i, column),
            title=column.title,
            issuer=column.issuer,
            source=column.source,
            tasks=column.tasks,
            covered=covered,
            coverage=covered / len(column.cells) if column.cells else 1.0,
            added=column.added,
        )

    def _name(self, i: int, column: Column) -> str:
        if self.names is not None:
            return self.names[i]
        return column.issuer or column.title or column.source or f"child {i + 1}"

    def result(self) -> Rollup:
        rows = []
        for p, task in enumerate(self.parent.tasks):
            # most plans first; ties in the order the units first appear (by child)
            ranked = sorted(self.tally[p].items(), key=lambda kv: (-kv[1][0], kv[1][1], kv[1][2]))
            units = tuple(UnitCount(u, seen[0]) for u, seen in ranked)
            cells = tuple(c for c in self.cells[p] if c is not None)
            rows.append(RollupRow(p, task, cells, units))
        children = tuple(s for s in self.summaries if s is not None)
        return Rollup(tuple(rows), children, self.parent.title, self.parent.source)


def _sources(children: Iterable[Source]) -> list[Source]:
    kids = list(children)
    for i, child in enumerate(kids):
        if isinstance(child, str):
            raise TypeError(
                f"children[{i}] is a str: pass a Plan, or a pathlib.Path to read a file"
            )
        if not isinstance(child, Plan | os.PathLike):
            raise TypeError(f"children[{i}] is a {type(child).__name__}, not a Plan or a path")
    return kids


def _batches(kids: Sequence[Source], workers: int) -> list[list[Source]]:
    """A few batches per worker, none larger than ``_MAX_BATCH`` children."""
    size = max(1, min(_MAX_BATCH, -(-len(kids) // (4 * max(workers, 1)))))
    return [list(kids[i : i + size]) for i in range(0, len(kids), size)]


def rollup(
    parent: Plan,
    children: Iterable[Source],
    *,
    executor: Any = None,
    names: Sequence[str] | None = None,
    progress: Progress | None = None,
    read_options: dict[str, Any] | None = None,
    threshold: float | None = None,
    splits: bool = True,
) -> Rollup:
    """Roll ``children`` up against ``parent``: which child keeps which parent task.

    ``children`` are plans or paths (:class:`os.PathLike`) of files, read
    where they are aligned with ``read_options`` (``format=`` …) for
    :func:`zwgk.read`.  The parent is prepared once and shared with the
    workers; each child's column goes into the table as soon as it is done.

    ``executor`` runs the alignments: ``None`` inline; a number of worker
    processes; any :class:`concurrent.futures.Executor`; a Dask
    ``distributed.Client``; or a :class:`RayExecutor`.  ``names`` labels the
    children (default: issuer, title or source); ``progress(done, total)``
    is called as children finish; ``threshold`` and ``splits`` go to the
    alignment as in :func:`zwgk.diff`.

    >>> import zwgk
    >>> city = zwgk.Plan(tasks=[zwgk.Task("主动公开各类规划。"), zwgk.Task("做好财政预算公开。")])
    >>> a = zwgk.Plan(issuer="甲局", tasks=[zwgk.Task("主动公开各类规划。")])
    >>> b = zwgk.Plan(issuer="乙局", tasks=[zwgk.Task("做好财政预算公开。")])
    >>> r = zwgk.rollup(city, [a, b])
    >>> r.matrix()
    [['same', 'dropped'], ['dropped', 'same']]
    """
    from zwgk.diff import DEFAULT_THRESHOLD

    kids = _sources(children)
    if names is not None and len(names) != len(kids):
        raise ValueError(f"{len(names)} names for {len(kids)} children")
    prepared = prepare_parent(
        parent,
        threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
        splits=splits,
        read_options=read_options,
    )
    engine = engine_for(executor)
    batches = _batches(kids, engine.workers)
    starts = [0]
    for b in batches:
        starts.append(starts[-1] + len(b))
    table = _Table(parent, names, len(kids))
    done = 0
    try:
        for k, columns in engine.run(prepared, batches):
            for offset, column in enumerate(columns):
                table.add(starts[k] + offset, column)
            done += len(columns)
            if progress is not None:
                progress(done, len(kids))
    finally:
        engine.close()
    return table.result()
