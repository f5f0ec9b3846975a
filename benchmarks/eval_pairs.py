"""Alignment quality of zwgk.diff on real pairs of related plans, annotated by hand.

Run:  python benchmarks/eval_pairs.py [--threshold T] [-v]

For each pair in tests/data/pairs/ prints alignment precision (a found link
is right when it is a sure or a possible one), recall of the sure links, F1,
alignment error rate (AER) and change-kind accuracy, once on plans built from
the hand annotations (alignment alone) and once on the published texts read
with zwgk.read (end to end), then the totals over all pairs (micro-averaged).
``-v`` lists every wrong, missed and mis-kinded group.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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


def errors(pair: RealPair, d: PlanDiff, child: zwgk.Plan, parent: zwgk.Plan) -> None:
    truth = pair.links() | pair.possible
    predicted = set(changes_by_numbers(d, child, parent))
    found = {(p, c) for _, ps, cs in predicted for p in ps for c in cs}
    for kind, ps, cs in sorted(predicted, key=lambda x: (sorted(x[2]), sorted(x[1]))):
        bad = {(p, c) for p in ps for c in cs} - truth
        if bad:
            print(f"    wrong  {kind:8} {sorted(ps)} -> {sorted(cs)}  false {sorted(bad)}")
    for p, c in sorted(pair.links() - found):
        print(f"    missed {p} -> {c}")
    for g in pair.groups:
        e = (g["kind"], frozenset(g["parents"]), frozenset(g["children"]))
        if g["kind"] != "complex" and e not in predicted:
            got = sorted(k for k, ps, cs in predicted if ps & e[1] or cs & e[2])
            print(f"    kind   {g['kind']:8} {g['parents']} -> {g['children']}: got {got}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the errors")
    args = ap.parse_args()
    head = f"{'pair':20} {'source':6} {'links':>5} {'found':>5} {'prec':>6} {'recall':>6}"
    head += f" {'F1':>6} {'AER':>6} {'kind':>11}"
    print(head)
    print("-" * len(head))
    for source in ("gold", "read"):
        scores = []
        for pair in load_pairs():
            child, parent = plans(pair, source)
            d = zwgk.diff(child, parent, threshold=args.threshold)
            s = score_pair(pair, d, child, parent)
            scores.append(s)
            print(row(pair.name, source, s))
            if args.verbose:
                errors(pair, d, child, parent)
        print(row("all", source, total_score(scores)))
        print()


if __name__ == "__main__":
    main()
