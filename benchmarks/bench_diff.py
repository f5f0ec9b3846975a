"""Speed of zwgk.diff against a hand-written difflib baseline, and alignment quality.

Run:  python benchmarks/bench_diff.py [--pairs 1000]

Prints, for two 50-task and two 1,000-task plans, the time of zwgk.diff and
of the baseline a user would write by hand (difflib.SequenceMatcher.ratio
over all pairs, then the best partner per child task), and the ratio; then
alignment precision and recall of zwgk.diff over generated pairs (children
derived from the seed plans by zwgk.diff.mutate with known edits).
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.gold import PREFIXES, gold_plan  # noqa: E402

import zwgk  # noqa: E402
from zwgk.diff import AlignmentScore, Rates, mutate, score_alignment  # noqa: E402
from zwgk.diff._norm import char_key, match_key  # noqa: E402

TOPICS = [
    "住房",
    "交通",
    "教育",
    "医疗",
    "养老",
    "就业",
    "环保",
    "水利",
    "农业",
    "文旅",
    "应急",
    "税务",
    "统计",
    "审计",
    "民政",
    "司法",
    "科技",
    "商务",
    "体育",
    "档案",
]


def big_plan(n: int) -> zwgk.Plan:
    """``n`` tasks made from the seed tasks, localised to many topics."""
    base = [t for p in PREFIXES for t in gold_plan(p).tasks]
    tasks = []
    for k in range(n):
        t = base[k % len(base)]
        topic = TOPICS[(k // len(base)) % len(TOPICS)]
        tasks.append(t.evolve(text=f"围绕{topic}领域，{t.text}", number=k + 1))
    return zwgk.Plan(tasks=tasks)


def baseline(child: zwgk.Plan, parent: zwgk.Plan, rows: int | None = None) -> list[int]:
    out = []
    for c in child.tasks[:rows]:
        best, best_i = 0.0, -1
        for i, p in enumerate(parent.tasks):
            r = difflib.SequenceMatcher(None, c.text, p.text).ratio()
            if r > best:
                best, best_i = r, i
        out.append(best_i)
    return out


def timed(func: Callable[[], object], repeat: int) -> float:
    """Median CPU time of this process (less disturbed by other load than wall time)."""
    runs = []
    for _ in range(repeat):
        match_key.cache_clear()  # no help from an earlier run
        char_key.cache_clear()
        t = time.process_time()
        func()
        runs.append(time.process_time() - t)
    return statistics.median(runs)


def speed() -> None:
    zwgk.diff(gold_plan("000"), gold_plan("002"))  # warm caches and imports
    for n, repeat in ((50, 20), (1000, 3)):
        parent = big_plan(n)
        child = mutate(parent, seed=n).child
        ours = timed(lambda c=child, p=parent: zwgk.diff(c, p), repeat)
        if n <= 50:
            base = timed(lambda c=child, p=parent: baseline(c, p), 3)
            note = ""
        else:
            base = timed(lambda c=child, p=parent: baseline(c, p, 50), 1)
            base *= len(child.tasks) / 50
            note = " (extrapolated from 50 child rows)"
        print(
            f"{n:>5} tasks (CPU time): zwgk.diff {ours * 1000:8.1f} ms   "
            f"difflib baseline {base * 1000:10.1f} ms{note}   speed-up x{base / ours:,.0f}"
        )


def quality(pairs: int) -> None:
    plans = [gold_plan(p) for p in PREFIXES]
    heavy = Rates(
        drop=0.2,
        reword=0.7,
        split=0.1,
        merge=0.1,
        reorder=0.3,
        reassign=0.5,
        deadline=0.3,
        add=0.3,
        traditional=0.5,
    )
    for name, rates in (("default edits", None), ("heavy edits", heavy)):
        total = AlignmentScore(0, 0, 0)
        kinds_right = kinds_all = 0
        for seed in range(pairs):
            parent = plans[seed % len(plans)]
            m = mutate(parent, seed=seed, rates=rates)
            d = zwgk.diff(m.child, parent)
            total = total + score_alignment(d, m)
            truth = {(g.parents, g.children): g.kind for g in m.groups}
            for c in d.changes:
                kinds_all += 1
                kinds_right += truth.get((c.parent_indices, c.child_indices)) is c.kind
        print(
            f"{name:>13}, {pairs} pairs: alignment precision {total.precision:.4f} "
            f"recall {total.recall:.4f} ({total.expected} true pairs); "
            f"change kind right {kinds_right / kinds_all:.4f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1000)
    args = parser.parse_args()
    speed()
    quality(args.pairs)


if __name__ == "__main__":
    main()
