"""Alignment quality of zwgk.diff on real pairs of related plans, annotated by hand.

Run:  python benchmarks/eval_pairs.py [--set all|dev|heldout] [--threshold T] [-v [--explain]]

For each pair in tests/data/pairs/ prints alignment precision (a found link
is right when it is a sure or a possible one), recall of the sure links, F1,
alignment error rate (AER) and change-kind accuracy, once on plans built from
the hand annotations (alignment alone) and once on the published texts read
with zwgk.read (end to end), then the totals over all pairs (micro-averaged).
``-v`` lists every wrong, missed and mis-kinded group.  ``--set dev`` scores
the pairs the alignment was developed on, ``--set heldout`` the later ones,
kept out of its tuning (``--fit`` fits on the set it is given and scores
each pair with weights fitted without the pairs that share a plan with it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.diff.real_pairs import (  # noqa: E402
    PairScore,
    RealPair,
    changes_by_numbers,
    load_pairs,
    plans,
    score_pair,
    total_score,
)

import zwgk  # noqa: E402
from zwgk.diff import DEFAULT_THRESHOLD, PlanDiff  # noqa: E402


def row(name: str, source: str, s: PairScore) -> str:
    return (
        f"{name:20} {source:6} {s.true_links:5d} {s.found_links:5d} "
        f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.aer:6.3f} "
        f"{s.kind_right:3d}/{s.kind_total:3d} {s.kind_accuracy:.2f}"
    )


def errors(
    pair: RealPair,
    d: PlanDiff,
    child: zwgk.Plan,
    parent: zwgk.Plan,
    explain: bool = False,
    *,
    read: bool = False,
) -> None:
    truth = pair.links() | pair.possible
    predicted = set(changes_by_numbers(d, child, parent, pair if read else None))
    found = {(p, c) for _, ps, cs in predicted for p in ps for c in cs}
    for kind, ps, cs in sorted(predicted, key=lambda x: (sorted(x[2]), sorted(x[1]))):
        bad = {(p, c) for p in ps for c in cs} - truth
        if bad:
            print(f"    wrong  {kind:8} {sorted(ps)} -> {sorted(cs)}  false {sorted(bad)}")
            if explain:
                _explain(d, child, parent, bad)
    for p, c in sorted(pair.links() - found):
        print(f"    missed {p} -> {c}")
    for g in pair.groups:
        e = (g["kind"], frozenset(g["parents"]), frozenset(g["children"]))
        if g["kind"] != "complex" and e not in predicted:
            got = sorted(k for k, ps, cs in predicted if ps & e[1] or cs & e[2])
            print(f"    kind   {g['kind']:8} {g['parents']} -> {g['children']}: got {got}")


def _explain(d: PlanDiff, child: zwgk.Plan, parent: zwgk.Plan, bad: set[tuple[int, int]]) -> None:
    """The change holding each wrong link, with its score, confidence and both texts."""
    pn = {t.number: t for t in parent.tasks}
    cn = {t.number: t for t in child.tasks}
    for c in d.changes:
        numbers = {
            (parent.tasks[i].number, child.tasks[j].number)
            for i in c.parent_indices
            for j in c.child_indices
        }
        for p, k in sorted(numbers & bad):
            print(f"           score {c.score:.3f} confidence {c.confidence:.3f}")
            print(f"           parent {p} {pn[p].section[-1:]}: {pn[p].text[:90]}")
            print(f"           child  {k} {cn[k].section[-1:]}: {cn[k].text[:90]}")


def _logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-2) -> np.ndarray:
    """Logistic regression by Newton's method, with a small ridge."""
    w = np.zeros(x.shape[1])
    for _ in range(60):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + l2 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


Samples = tuple[list[np.ndarray], list[np.ndarray]]


def _samples(pair: RealPair) -> Samples:
    """Features and labels the two models see on one pair (plans from annotations)."""
    child, parent = plans(pair, "gold")
    pn = [t.number or 0 for t in parent.tasks]
    cn = [t.number or 0 for t in child.tasks]
    return _traced(child, parent, pn, cn, pair.links(), pair.possible - pair.links())


def _generated_samples(count: int) -> list[Samples]:
    """The same on children generated from the seeds with known edits (both edit rates)."""
    from tests.gold import PREFIXES, gold_plan

    from zwgk.diff import Rates, mutate

    seeds = [gold_plan(p) for p in PREFIXES]
    heavy = Rates(drop=0.2, reword=0.7, split=0.1, merge=0.1, reorder=0.3, add=0.3)
    out = []
    for seed in range(count):
        parent = seeds[seed % len(seeds)]
        m = mutate(parent, seed=10_000 + seed, rates=heavy if seed % 2 else None)
        truth = {(p, c) for g in m.groups for p in g.parents for c in g.children}
        pn = list(range(len(parent.tasks)))
        cn = list(range(len(m.child.tasks)))
        out.append(_traced(m.child, parent, pn, cn, truth, set()))
    return out


def _traced(
    child: zwgk.Plan,
    parent: zwgk.Plan,
    pn: list[int],
    cn: list[int],
    sure: set[tuple[int, int]],
    maybe: set[tuple[int, int]],
) -> Samples:
    """``[term X, char X]`` and ``[term y, char y]``; possible-only links left out."""
    from zwgk.diff import _evidence
    from zwgk.diff._align import Features

    mirrored = Features.of(child.tasks).side_key < Features.of(parent.tasks).side_key
    _evidence.TRACE = []
    try:
        zwgk.diff(child, parent, edits=False)
        trace = _evidence.TRACE
    finally:
        _evidence.TRACE = None
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    # Every evidence round traces its candidates; the confidence model's come last.
    *rounds, last = trace
    if rounds:
        merged = tuple(np.concatenate([r[k] for r in rounds]) for k in range(4))
        first = (merged[0], merged[1], merged[2], merged[3])
    else:
        first = (np.zeros(0, int), np.zeros(0, int), np.zeros((0, 0)), np.zeros((0, 0)))
    for (rows, cols, char, term), x in zip((first, last), ("term", "char"), strict=True):
        feats = term if x == "term" else char
        labels, keep = [], []
        for j, i in zip(rows.tolist(), cols.tolist(), strict=True):
            c, p = (i, j) if mirrored else (j, i)
            link = (pn[p], cn[c])
            keep.append(link not in maybe)
            labels.append(1.0 if link in sure else 0.0)
        mask = np.array(keep, dtype=bool)
        xs.append(feats[mask] if len(feats) else np.zeros((0, 1)))
        ys.append(np.array(labels)[mask])
    return xs, ys


def _kin(pairs: list[RealPair], pair: RealPair) -> set[int]:
    """The positions of the pairs that share a plan with ``pair`` (itself included):
    a pair of the same plan with another is no fair test of weights fitted on it."""
    plans_of = {pair.child, pair.parent}
    return {k for k, p in enumerate(pairs) if plans_of & {p.child, p.parent}}


def fit(generated: int, subset: str, ridge: float) -> None:
    """Refit the evidence models; score each pair with weights fitted without it
    and without every pair sharing a plan with it."""
    from zwgk.diff import _evidence

    pairs = load_pairs(subset)
    samples = [_samples(p) for p in pairs] + _generated_samples(generated)
    saved = _evidence.TERM_WEIGHTS, _evidence.CHAR_WEIGHTS, _evidence.TEXT_WEIGHTS
    text = [_evidence.TERM_FEATURES.index(f) for f in _evidence.TEXT_FEATURES]

    def weights(skip: set[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        out = []
        for m, columns in ((0, None), (1, None), (0, text)):
            xs = [s[0][m] for k, s in enumerate(samples) if k not in skip and s[0][m].size]
            ys = [s[1][m] for k, s in enumerate(samples) if k not in skip and s[1][m].size]
            x = np.vstack(xs)
            out.append(
                _logistic(x if columns is None else x[:, columns], np.concatenate(ys), ridge)
            )
        return out[0], out[1], out[2]

    scores = []
    try:
        for pair in pairs:
            (
                _evidence.TERM_WEIGHTS,
                _evidence.CHAR_WEIGHTS,
                _evidence.TEXT_WEIGHTS,
            ) = weights(_kin(pairs, pair))
            child, parent = plans(pair, "gold")
            s = score_pair(pair, zwgk.diff(child, parent, edits=False), child, parent)
            scores.append(s)
            print(row(pair.name, "held", s))
        print(row("all", "held", total_score(scores)))
        term, char, text_w = weights(set())
    finally:
        _evidence.TERM_WEIGHTS, _evidence.CHAR_WEIGHTS, _evidence.TEXT_WEIGHTS = saved
    print("TERM_WEIGHTS =", np.round(term, 2).tolist(), _evidence.TERM_FEATURES)
    print("CHAR_WEIGHTS =", np.round(char, 2).tolist(), _evidence.CHAR_FEATURES)
    print("TEXT_WEIGHTS =", np.round(text_w, 2).tolist(), _evidence.TEXT_FEATURES)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the errors")
    ap.add_argument(
        "--explain",
        action="store_true",
        help="with -v: each wrong link's score, confidence and both task texts",
    )
    ap.add_argument(
        "--fit",
        action="store_true",
        help="refit the evidence models, leaving out each pair and those sharing a plan with it",
    )
    ap.add_argument(
        "--generated", type=int, default=20, help="generated pairs added to the fit (--fit)"
    )
    ap.add_argument(
        "--ridge",
        type=float,
        default=1e-2,
        help="ridge of the fit (--fit): larger keeps the weights nearer zero",
    )
    ap.add_argument(
        "--set",
        choices=("all", "dev", "heldout"),
        default="all",
        help="the pairs scored: all, those developed on, or those held out",
    )
    ap.add_argument("--only", nargs="+", metavar="PAIR", help="score only these pairs (file stems)")
    ap.add_argument("--source", choices=("gold", "read"), nargs="+", default=["gold", "read"])
    args = ap.parse_args()
    if args.fit:
        fit(args.generated, args.set, args.ridge)
        return
    head = f"{'pair':20} {'source':6} {'links':>5} {'found':>5} {'prec':>6} {'recall':>6}"
    head += f" {'F1':>6} {'AER':>6} {'kind':>11}"
    print(head)
    print("-" * len(head))
    for source in args.source:
        scores = []
        for pair in load_pairs(args.set):
            if args.only and pair.name not in args.only:
                continue
            child, parent = plans(pair, source)
            d = zwgk.diff(child, parent, threshold=args.threshold)
            s = score_pair(pair, d, child, parent, read=source == "read")
            scores.append(s)
            print(row(pair.name, source, s))
            if args.verbose:
                errors(pair, d, child, parent, args.explain, read=source == "read")
        print(row("all", source, total_score(scores)))
        print()


if __name__ == "__main__":
    main()
