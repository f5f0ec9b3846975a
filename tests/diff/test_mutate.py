"""The diff recovers known edits made by the mutation generator."""

from __future__ import annotations

import collections

import zwgk
from tests.gold import PREFIXES, gold_plan
from zwgk.diff import AlignmentScore, ChangeKind, Rates, mutate, score_alignment


def test_mutation_is_deterministic_and_consistent() -> None:
    plan = gold_plan("002")
    a, b = mutate(plan, seed=7), mutate(plan, seed=7)
    assert a == b
    parents = sorted(i for g in a.groups for i in g.parents)
    children = sorted(j for g in a.groups for j in g.children)
    assert parents == list(range(len(plan.tasks)))
    assert children == list(range(len(a.child.tasks)))
    assert [t.number for t in a.child.tasks] == list(range(1, len(a.child.tasks) + 1))


def test_alignment_precision_and_recall_floor() -> None:
    plans = [gold_plan(p) for p in PREFIXES]
    total = AlignmentScore(0, 0, 0)
    kinds: collections.Counter[tuple[ChangeKind, ChangeKind | None]] = collections.Counter()
    for seed in range(60):
        parent = plans[seed % len(plans)]
        m = mutate(parent, seed=seed)
        d = zwgk.diff(m.child, parent)
        total = total + score_alignment(d, m)
        truth = {(g.parents, g.children): g.kind for g in m.groups}
        for c in d.changes:
            kinds[(c.kind, truth.get((c.parent_indices, c.child_indices)))] += 1
    assert total.precision >= 0.98
    assert total.recall >= 0.97
    right = sum(n for (k, t), n in kinds.items() if k is t)
    assert right / sum(kinds.values()) >= 0.95


def test_heavy_edits_gain_no_wrong_parts_of_near_copies() -> None:
    # Reworded, split and merged tasks among near copies: a task near certain
    # on its terms joins a near copy's group as a part only when it is itself
    # nearly as near a copy of the whole as the group's own member (a reworded
    # neighbour, much less like it, had joined in a few of these children).
    heavy = Rates(
        drop=0.2, reword=0.7, split=0.1, merge=0.1, reorder=0.3, reassign=0.5,
        deadline=0.3, add=0.3, traditional=0.5,
    )  # fmt: skip
    plans = [gold_plan(p) for p in PREFIXES]
    total = AlignmentScore(0, 0, 0)
    for seed in range(60):
        parent = plans[seed % len(plans)]
        m = mutate(parent, seed=seed, rates=heavy)
        total = total + score_alignment(zwgk.diff(m.child, parent), m)
    assert total.precision >= 0.998, total
    assert total.recall >= 0.995, total


def test_each_edit_is_recovered() -> None:
    plan = gold_plan("001")
    cases = {
        "drop": Rates(drop=0.3, reword=0, split=0, merge=0, reorder=0, add=0, traditional=0),
        "split": Rates(drop=0, reword=0, split=0.4, merge=0, reorder=0, add=0, traditional=0),
        "merge": Rates(drop=0, reword=0, split=0, merge=0.4, reorder=0, add=0, traditional=0),
        "reword": Rates(drop=0, reword=1.0, split=0, merge=0, reorder=0, add=0, traditional=0),
        "traditional": Rates(
            drop=0, reword=0, split=0, merge=0, reorder=0.5, add=0.3, traditional=1.0
        ),
    }
    for name, rates in cases.items():
        m = mutate(plan, seed=3, rates=rates)
        d = zwgk.diff(m.child, plan)
        got = {(c.parent_indices, c.child_indices, c.kind) for c in d.changes}
        want = {(g.parents, g.children, g.kind) for g in m.groups}
        missed = want - got
        assert len(missed) <= max(1, len(want) // 20), (name, sorted(missed, key=str)[:3])
