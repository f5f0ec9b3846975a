"""Task alignment between a parent plan and a child plan, as cascades need it.

A thin layer over :func:`zwgk.diff`: it turns a diff into :class:`Link`
values (index groups and a kind) that merge, roll-up, lineage and the
checks share.
"""

from __future__ import annotations

import difflib
from typing import Any

import attrs

from zwgk._model import Plan, Task

__all__ = [
    "KINDS",
    "Link",
    "align",
    "anchored_align",
    "content_key",
    "links_from_diff",
    "sort_links",
]

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
    """Align ``child``'s tasks to ``parent``'s (every task in exactly one link).

    Links need no character-level text edits, so none are computed unless
    ``edits=True`` is passed.
    """
    from zwgk.diff import diff

    options.setdefault("edits", False)
    return links_from_diff(diff(child, parent, **options))


def content_key(task: Task) -> tuple[object, ...]:
    """What makes two tasks the same task content (not where or how they are numbered)."""
    return (task.text, task.section, task.responsibility, task.deadline, task.note)


def anchored_align(parent: Plan, child: Plan, **options: Any) -> list[Link]:
    """Like :func:`align`, but tasks that are equal field for field always pair up.

    Runs of identical tasks (in order) are matched first, exactly; only the
    tasks between them go through the content alignment of :func:`zwgk.diff`.
    So a plan aligned with itself is always the identity, whatever its texts.
    Links come in child order, dropped parent tasks after their predecessor.
    """
    pkeys = [content_key(t) for t in parent.tasks]
    ckeys = [content_key(t) for t in child.tasks]
    matcher = difflib.SequenceMatcher(None, pkeys, ckeys, autojunk=False)
    links: list[Link] = []
    rest_p: list[int] = []
    rest_c: list[int] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            links.extend(Link("same", (i1 + k,), (j1 + k,), 1.0) for k in range(i2 - i1))
        else:
            rest_p.extend(range(i1, i2))
            rest_c.extend(range(j1, j2))
    if rest_p or rest_c:
        sub_parent = Plan(tasks=[parent.tasks[i] for i in rest_p])
        sub_child = Plan(tasks=[child.tasks[j] for j in rest_c])
        for link in align(sub_parent, sub_child, **options):
            links.append(
                Link(
                    link.kind,
                    tuple(rest_p[i] for i in link.parent),
                    tuple(rest_c[j] for j in link.child),
                    link.score,
                )
            )
    return sort_links(links)


def sort_links(links: list[Link]) -> list[Link]:
    """``links`` in child order; a link with no child task follows its parent predecessor."""

    # position of each parent index's link in child order
    def child_pos(link: Link) -> float:
        return min(link.child) if link.child else -1.0

    with_child = sorted((lk for lk in links if lk.child), key=child_pos)
    after: dict[int, float] = {}
    for lk in with_child:
        for p in lk.parent:
            after[p] = child_pos(lk)
    out: list[tuple[float, int, Link]] = [(child_pos(lk), 0, lk) for lk in with_child]
    for lk in links:
        if lk.child:
            continue
        p = min(lk.parent)
        before = [after[q] for q in after if q < p]
        pos = max(before) if before else -1.0
        out.append((pos + 0.5, p, lk))
    out.sort(key=lambda t: (t[0], t[1]))
    return [lk for _, _, lk in out]
