"""Task alignment between a parent plan and a child plan, as cascades need it.

A thin layer over :func:`zwgk.diff`: it turns a diff into :class:`Link`
values (index groups and a kind) that merge, roll-up, lineage and the
checks share.
"""

from __future__ import annotations

from typing import Any

import attrs

from zwgk._model import Plan

__all__ = ["KINDS", "Link", "align", "links_from_diff"]

KINDS = ("same", "reworded", "split", "merged", "added", "dropped")
"""How a group of parent tasks relates to a group of child tasks."""


@attrs.frozen
class Link:
    """One aligned group: parent task indices, child task indices, kind, score."""

    kind: str
    parent: tuple[int, ...] = ()
    child: tuple[int, ...] = ()
    score: float = 0.0


def links_from_diff(diff: Any) -> list[Link]:
    """The links of a :class:`zwgk.diff.PlanDiff`."""
    out = []
    for change in diff.changes:
        kind = change.kind.value if hasattr(change.kind, "value") else str(change.kind)
        out.append(
            Link(
                kind,
                tuple(change.parent_indices),
                tuple(change.child_indices),
                float(change.score),
            )
        )
    return out


def align(parent: Plan, child: Plan, **options: Any) -> list[Link]:
    """Align ``child``'s tasks to ``parent``'s (every task in exactly one link)."""
    from zwgk.diff import diff

    return links_from_diff(diff(child, parent, **options))
