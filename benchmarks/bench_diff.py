"""Speed of zwgk.diff against a hand-written difflib baseline, and alignment quality.

Run:  python benchmarks/bench_diff.py [--pairs 1000]

Prints, for plans of 50, 1,000 and 5,000 tasks (``--sizes``), the CPU time,
peak traced memory and alignment precision/recall of zwgk.diff beside the
baselines measured in the same run: rapidfuzz ``cdist`` + scipy's
``linear_sum_assignment`` (what a user would build from libraries),
zwgk.diff scoring every pair as it did before candidates were bounded (up
to 1,000 tasks), and for 50 tasks a hand-written difflib matcher; then
alignment precision and recall of zwgk.diff over generated pairs (children
derived from the seed plans by zwgk.diff.mutate with known edits).
"""

from __future__ import annotations

import argparse
import difflib
import functools
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.gold import PREFIXES, gold_plan  # noqa: E402

import zwgk  # noqa: E402
from zwgk.diff import (  # noqa: E402
    AlignmentScore,
    ChangeKind,
    PlanDiff,
    Rates,
    TaskChange,
    mutate,
    score_alignment,
)
from zwgk.diff._evidence import _sorted_terms  # noqa: E402
from zwgk.diff._fields import unit_key  # noqa: E402
from zwgk.diff._norm import char_key, match_key  # noqa: E402
from zwgk.lang.terms import terms  # noqa: E402

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
        unit_key.cache_clear()
        terms.cache_clear()
        _sorted_terms.cache_clear()
        t = time.process_time()
        func()
        runs.append(time.process_time() - t)
    return statistics.median(runs)


def rapidfuzz_matcher(child: zwgk.Plan, parent: zwgk.Plan) -> PlanDiff:
    """The matcher a user would build from libraries: rapidfuzz ``cdist`` + Hungarian."""
    import numpy as np
    from rapidfuzz import fuzz, process
    from scipy.optimize import linear_sum_assignment

    sims = process.cdist(
        [t.text for t in child.tasks],
        [t.text for t in parent.tasks],
        scorer=fuzz.ratio,
        dtype=np.uint8,
        workers=1,
    )
    rows, cols = linear_sum_assignment(sims, maximize=True)
    changes = [
        TaskChange(ChangeKind.REWORDED, parent_indices=(int(i),), child_indices=(int(j),))
        for j, i in zip(rows, cols, strict=True)
        if sims[j, i] >= RAPIDFUZZ_FLOOR
    ]
    return PlanDiff(changes=tuple(changes))


RAPIDFUZZ_FLOOR = 60  # fuzz.ratio (0-100) below which the baseline leaves a pair unaligned


def all_pairs_diff(child: zwgk.Plan, parent: zwgk.Plan) -> PlanDiff:
    """zwgk.diff as it was: every pair sharing a gram scored, one dense assignment."""
    from zwgk.diff import _align

    saved = _align._ALL_PAIRS, _align._DENSE_LIMIT
    _align._ALL_PAIRS = _align._DENSE_LIMIT = 10**12
    try:
        return zwgk.diff(child, parent, edits=False)
    finally:
        _align._ALL_PAIRS, _align._DENSE_LIMIT = saved


def peak_mb(func: Callable[[], object]) -> float:
    """Peak memory traced while ``func`` runs (numpy arrays included), in MB."""
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def figure(name: str, seconds: float, mb: float | None, s: AlignmentScore) -> str:
    mem = f"{mb:6.0f} MB" if mb is not None else "       -"
    return (
        f"    {name:28} {seconds * 1000:9.1f} ms {mem}   "
        f"precision {s.precision:.4f} recall {s.recall:.4f}"
    )


def speed(sizes: list[int]) -> None:
    zwgk.diff(gold_plan("000"), gold_plan("002"))  # warm caches and imports
    for n in sizes:
        parent = big_plan(n)
        m = mutate(parent, seed=n)
        child = m.child
        repeat = 20 if n <= 50 else 3 if n <= 1000 else 1
        print(f"{n} x {n} tasks (CPU time, peak traced memory, alignment of the generated pair):")
        runs: list[tuple[str, Callable[[], PlanDiff], int]] = [
            ("zwgk.diff", functools.partial(zwgk.diff, child, parent), repeat),
            (
                "zwgk.diff(edits=False)",
                functools.partial(zwgk.diff, child, parent, edits=False),
                repeat,
            ),
            ("rapidfuzz cdist + Hungarian", functools.partial(rapidfuzz_matcher, child, parent), 1),
            ("zwgk.diff all pairs (before)", functools.partial(all_pairs_diff, child, parent), 1),
        ]
        for name, func, reps in runs:
            if "before" in name and n > ALL_PAIRS_UP_TO:
                print(f"    {name:28} not run above {ALL_PAIRS_UP_TO} tasks (n² memory)")
                continue
            # The call whose alignment is scored also warms up what the runs timed
            # after it share (imports, the allocator, caches not cleared between
            # runs): every variant is timed warm in the same way, whatever its place.
            d = func()
            assert isinstance(d, PlanDiff)
            seconds = timed(func, reps)
            mb = peak_mb(func) if n > 50 else None
            print(figure(name, seconds, mb, score_alignment(d, m)))
        if n <= 50:
            baseline(child, parent)  # warmed up as the others
            base = timed(lambda c=child, p=parent: baseline(c, p), 3)
            print(f"    {'difflib all pairs':28} {base * 1000:9.1f} ms")


ALL_PAIRS_UP_TO = 1000


#: The heavy edits of the generated pairs (``mutate(..., rates=HEAVY)``).
HEAVY = Rates(
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


def quality(pairs: int) -> None:
    plans = [gold_plan(p) for p in PREFIXES]
    for name, rates in (("default edits", None), ("heavy edits", HEAVY)):
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
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 1000, 5000])
    args = parser.parse_args()
    speed(args.sizes)
    quality(args.pairs)


if __name__ == "__main__":
    main()
