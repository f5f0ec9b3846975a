"""``zwgk.lineage(chain)``: where every task of the last plan in a chain comes from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import attrs

from zwgk._model import Plan, Task
from zwgk.cascade._align import Link, align

__all__ = ["Lineage", "Step", "TaskLineage", "lineage"]


@attrs.frozen
class Step:
    """The tasks of one plan of the chain on a leaf task's path.

    ``level`` is the plan's position in the chain (0 is the root);
    ``plan`` its name; ``indices`` and ``tasks`` the tasks (several where
    tasks were merged on the way); ``kind`` how they became the tasks one
    level down (``same``, ``reworded``, ``split``, ``merged``), or ``None``
    for the leaf's own step.
    """

    level: int
    plan: str
    indices: tuple[int, ...]
    tasks: tuple[Task, ...]
    kind: str | None = None

    @property
    def refs(self) -> tuple[str, ...]:
        """The tasks' references."""
        return tuple(t.ref for t in self.tasks)


@attrs.frozen
class TaskLineage:
    """One leaf task's path up the chain, leaf first.

    ``origin`` is the level where the path starts: 0 when the task comes
    from the root plan, else the level of the plan that added it.
    """

    leaf: Task
    steps: tuple[Step, ...]

    @property
    def origin(self) -> int:
        """The level of the highest plan on the path."""
        return self.steps[-1].level

    @property
    def root(self) -> Step:
        """The highest step on the path (the root task, or where the task was added)."""
        return self.steps[-1]

    def reaches_root(self) -> bool:
        """True if the task comes from the root plan."""
        return self.origin == 0


@attrs.frozen
class Lineage:
    """Every leaf task's path to the root plan of a chain (``plans`` root first)."""

    __zwgk_kind__: ClassVar[str] = "lineage"

    plans: tuple[str, ...]
    paths: tuple[TaskLineage, ...]

    def added_at(self, level: int) -> tuple[TaskLineage, ...]:
        """The leaf tasks whose path starts at ``level`` (added by that plan)."""
        return tuple(p for p in self.paths if p.origin == level)


def _name(plan: Plan, level: int) -> str:
    return plan.issuer or plan.title or plan.source or f"level {level}"


def lineage(chain: Sequence[Plan], **options: Any) -> Lineage:
    """Trace every task of the last plan of ``chain`` up to the root plan.

    ``chain`` is ordered root first (national, province, city, bureau).
    Tasks added along the way end their path at the plan that added them.
    ``options`` go to the alignment (:func:`zwgk.diff`).

    >>> import zwgk
    >>> city = zwgk.Plan(title="市", tasks=[zwgk.Task("主动公开各类规划。", label="1.")])
    >>> kept = zwgk.Task("主動公開各類規劃。", label="（一）")
    >>> new = zwgk.Task("本局新增任务。", label="（二）")
    >>> bureau = zwgk.Plan(title="局", tasks=[kept, new])
    >>> [(p.leaf.label, p.origin, p.root.refs) for p in zwgk.lineage([city, bureau]).paths]
    [('（一）', 0, ('1.',)), ('（二）', 1, ('（二）',))]
    """
    plans = list(chain)
    if not plans:
        raise ValueError("lineage() needs at least one plan")
    for i, plan in enumerate(plans):
        if not isinstance(plan, Plan):
            raise TypeError(f"chain[{i}] is a {type(plan).__name__}, not a Plan")
    # for each level k >= 1: child index -> the link into level k - 1
    up: list[dict[int, Link]] = [{}]
    for k in range(1, len(plans)):
        by_child: dict[int, Link] = {}
        for link in align(plans[k - 1], plans[k], fields=False, **options):
            for j in link.child:
                by_child[j] = link
        up.append(by_child)
    names = tuple(_name(p, k) for k, p in enumerate(plans))
    leaf_level = len(plans) - 1
    paths = []
    for j, leaf in enumerate(plans[-1].tasks):
        steps = []
        indices: tuple[int, ...] = (j,)
        kind: str | None = None
        level = leaf_level
        while True:
            steps.append(
                Step(
                    level,
                    names[level],
                    indices,
                    tuple(plans[level].tasks[i] for i in indices),
                    kind,
                )
            )
            if level == 0:
                break
            links = {id(lk): lk for i in indices if (lk := up[level].get(i)) is not None}
            parents = sorted({p for lk in links.values() for p in lk.parent})
            if not parents:
                break
            kinds = {lk.kind for lk in links.values()}
            kind = kinds.pop() if len(kinds) == 1 else "merged"
            indices = tuple(parents)
            level -= 1
        paths.append(TaskLineage(leaf, tuple(steps)))
    return Lineage(names, tuple(paths))
