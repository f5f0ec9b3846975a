"""``zwgk.rollup(parent, children)``: how every child plan covers each parent task.

The roll-up diffs each child against the parent (in parallel through any
:class:`concurrent.futures.Executor`) and keeps, for every parent task and
child plan, one :class:`Coverage` cell: how the child kept the task
(``same``, ``reworded``, ``split``, ``merged``, ``dropped``), which of its
tasks do so, and the units it made responsible.
"""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import Executor
from typing import Any, ClassVar

import attrs

from zwgk._model import Plan, Task
from zwgk.cascade._align import align

__all__ = ["ChildSummary", "Coverage", "Rollup", "RollupRow", "UnitCount", "rollup"]

COVERED_KINDS = ("same", "reworded", "split", "merged")


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


def _name(plan: Plan, i: int) -> str:
    return plan.issuer or plan.title or plan.source or f"child {i + 1}"


def _cover(parent: Plan, child: Plan, **options: Any) -> tuple[list[Coverage], tuple[str, ...]]:
    """One child's column of the matrix, and its added tasks (runs in workers)."""
    cells = [Coverage("dropped")] * len(parent.tasks)
    added: list[str] = []
    for link in align(parent, child, fields=False, **options):
        kids = [child.tasks[j] for j in link.child]
        if not link.parent:
            added.extend(t.ref for t in kids)
            continue
        units: dict[str, None] = {}
        for t in kids:
            if t.responsibility is not None:
                for a in t.responsibility.assignments:
                    units.setdefault(a.name, None)
        cell = Coverage(
            link.kind,
            tuple(t.ref for t in kids),
            tuple(units),
            link.score,
        )
        for p in link.parent:
            cells[p] = cell
    return cells, tuple(added)


def _cover_chunk(
    chunk: tuple[Plan, Sequence[Plan]], options: dict[str, Any]
) -> list[tuple[list[Coverage], tuple[str, ...]]]:
    parent, children = chunk
    return [_cover(parent, child, **options) for child in children]


def _chunks(kids: Sequence[Plan], executor: Executor) -> list[Sequence[Plan]]:
    """Batches of children: a few per worker, so the parent is sent a few times only."""
    workers = getattr(executor, "_max_workers", None)
    if not isinstance(workers, int) or workers < 1:
        workers = os.cpu_count() or 1
    count = max(1, min(len(kids), 4 * workers))
    size = -(-len(kids) // count)
    return [kids[i : i + size] for i in range(0, len(kids), size)]


def rollup(
    parent: Plan,
    children: Iterable[Plan],
    *,
    executor: Executor | None = None,
    names: Sequence[str] | None = None,
    **options: Any,
) -> Rollup:
    """Roll ``children`` up against ``parent``: which child keeps which parent task.

    ``executor`` is anything with the :class:`concurrent.futures.Executor`
    interface (a ``ProcessPoolExecutor``, a Dask or Ray executor); ``None``
    works inline.  ``names`` labels the children (default: issuer, title or
    source).  ``options`` go to the alignment (``threshold=``, ``splits=``).

    >>> import zwgk
    >>> city = zwgk.Plan(tasks=[zwgk.Task("主动公开各类规划。"), zwgk.Task("做好财政预算公开。")])
    >>> a = zwgk.Plan(issuer="甲局", tasks=[zwgk.Task("主动公开各类规划。")])
    >>> b = zwgk.Plan(issuer="乙局", tasks=[zwgk.Task("做好财政预算公开。")])
    >>> r = zwgk.rollup(city, [a, b])
    >>> r.matrix()
    [['same', 'dropped'], ['dropped', 'same']]
    """
    kids = list(children)
    if names is not None and len(names) != len(kids):
        raise ValueError(f"{len(names)} names for {len(kids)} children")
    for i, child in enumerate(kids):
        if not isinstance(child, Plan):
            raise TypeError(f"children[{i}] is a {type(child).__name__}, not a Plan")
    work = functools.partial(_cover_chunk, options=options)
    if executor is None:
        columns = work((parent, kids))
    else:
        batches = [(parent, chunk) for chunk in _chunks(kids, executor)]
        columns = [col for batch in executor.map(work, batches) for col in batch]
    summaries = []
    for i, (child, (cells, added)) in enumerate(zip(kids, columns, strict=True)):
        covered = sum(c.covered for c in cells)
        summaries.append(
            ChildSummary(
                name=names[i] if names is not None else _name(child, i),
                title=child.title,
                issuer=child.issuer,
                source=child.source,
                tasks=len(child.tasks),
                covered=covered,
                coverage=covered / len(cells) if cells else 1.0,
                added=added,
            )
        )
    rows = []
    for p, task in enumerate(parent.tasks):
        row = tuple(col[0][p] for col in columns)
        tally: Counter[str] = Counter()
        for cell in row:
            tally.update(set(cell.units))
        units = tuple(UnitCount(u, n) for u, n in tally.most_common())
        rows.append(RollupRow(p, task, row, units))
    return Rollup(tuple(rows), tuple(summaries), parent.title, parent.source)
