"""Hand-annotated correspondences between real related plans, and their scoring.

The annotations live in ``tests/data/pairs/*.json`` (conventions in the README
there); task numbers are the seeds' ``Task.number``.  Used by the tests and by
``benchmarks/eval_pairs.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

import zwgk
from tests.gold import SEEDS, gold_plan
from zwgk.diff import PlanDiff

PAIRS = Path(__file__).resolve().parent.parent / "data" / "pairs"
KINDS = ("same", "reworded", "split", "merged", "complex")


@attrs.frozen
class RealPair:
    """One annotated pair: which seed is compared as parent and child, and the truth."""

    name: str
    parent: str
    child: str
    relation: str
    groups: tuple[dict[str, Any], ...]
    added: tuple[int, ...]
    dropped: tuple[int, ...]

    def links(self) -> set[tuple[int, int]]:
        """True ``(parent number, child number)`` pairs."""
        out: set[tuple[int, int]] = set()
        for g in self.groups:
            if "links" in g:
                out.update((p, c) for p, c in g["links"])
            else:
                out.update((p, c) for p in g["parents"] for c in g["children"])
        return out


def load_pairs() -> list[RealPair]:
    """Every annotated pair, by file name."""
    out = []
    for path in sorted(PAIRS.glob("*.json")):
        d = json.loads(path.read_text("utf-8"))
        out.append(
            RealPair(
                name=path.stem,
                parent=d["parent"],
                child=d["child"],
                relation=d["relation"],
                groups=tuple(d["groups"]),
                added=tuple(d["added"]),
                dropped=tuple(d["dropped"]),
            )
        )
    return out


def read_plan(prefix: str) -> zwgk.Plan:
    """The seed read from its text with ``zwgk.read`` (end to end)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return zwgk.read(path)


def plans(pair: RealPair, source: str) -> tuple[zwgk.Plan, zwgk.Plan]:
    """``(child, parent)`` from the gold annotations (``"gold"``) or read (``"read"``)."""
    load = gold_plan if source == "gold" else read_plan
    return load(pair.child), load(pair.parent)


@attrs.frozen
class PairScore:
    """Alignment precision/recall over task pairs and change-kind accuracy."""

    precision: float
    recall: float
    kind_right: int
    kind_total: int
    true_links: int
    found_links: int

    @property
    def f1(self) -> float:
        s = self.precision + self.recall
        return 2 * self.precision * self.recall / s if s else 0.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.kind_total if self.kind_total else 1.0


def _numbers(plan: zwgk.Plan) -> list[int]:
    nums = [t.number for t in plan.tasks]
    if any(n is None for n in nums) or len(set(nums)) != len(nums):
        raise ValueError(f"{plan.title}: task numbers are not unique: {nums}")
    return [n for n in nums if n is not None]


def changes_by_numbers(
    d: PlanDiff, child: zwgk.Plan, parent: zwgk.Plan
) -> Iterator[tuple[str, frozenset[int], frozenset[int]]]:
    """Each change as ``(kind, parent numbers, child numbers)``."""
    pn, cn = _numbers(parent), _numbers(child)
    for c in d.changes:
        yield (
            c.kind.value,
            frozenset(pn[i] for i in c.parent_indices),
            frozenset(cn[j] for j in c.child_indices),
        )


def score_pair(pair: RealPair, d: PlanDiff, child: zwgk.Plan, parent: zwgk.Plan) -> PairScore:
    """Score the diff of ``child`` against ``parent`` on the pair's annotation."""
    found: set[tuple[int, int]] = set()
    predicted: set[tuple[str, frozenset[int], frozenset[int]]] = set()
    for kind, ps, cs in changes_by_numbers(d, child, parent):
        predicted.add((kind, ps, cs))
        found.update((p, c) for p in ps for c in cs)
    truth = pair.links()
    hit = len(found & truth)
    expected = [(g["kind"], frozenset(g["parents"]), frozenset(g["children"])) for g in pair.groups]
    expected = [e for e in expected if e[0] != "complex"]
    expected += [("added", frozenset(), frozenset({c})) for c in pair.added]
    expected += [("dropped", frozenset({p}), frozenset()) for p in pair.dropped]
    right = sum(e in predicted for e in expected)
    return PairScore(
        precision=hit / len(found) if found else 1.0,
        recall=hit / len(truth) if truth else 1.0,
        kind_right=right,
        kind_total=len(expected),
        true_links=len(truth),
        found_links=len(found),
    )


def total_score(scores: list[PairScore]) -> PairScore:
    """Micro-averaged score over several pairs."""
    hits = sum(s.precision * s.found_links for s in scores)
    tl = sum(s.true_links for s in scores)
    fl = sum(s.found_links for s in scores)
    return PairScore(
        precision=hits / fl if fl else 1.0,
        recall=hits / tl if tl else 1.0,
        kind_right=sum(s.kind_right for s in scores),
        kind_total=sum(s.kind_total for s in scores),
        true_links=tl,
        found_links=fl,
    )


def evaluate(source: str, **options: Any) -> PairScore:
    """Total score of ``zwgk.diff(child, parent, **options)`` over every pair."""
    scores = []
    for pair in load_pairs():
        child, parent = plans(pair, source)
        scores.append(score_pair(pair, zwgk.diff(child, parent, **options), child, parent))
    return total_score(scores)
