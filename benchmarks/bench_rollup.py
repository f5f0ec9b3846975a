"""Roll one parent plan up against 300 generated child plans (target: <= 10 s).

Children are derived from the parent with :func:`zwgk.diff.mutate` (drops,
rewordings, splits, merges, additions, Traditional script).  Prints the
wall time and peak memory inline, the time with a process pool, and the time of
one three-way merge and one lineage for scale.

Run: ``python benchmarks/bench_rollup.py [--children N] [--jobs J]``
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import zwgk
from zwgk.diff import mutate

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"


def parent_plan() -> zwgk.Plan:
    """The seed 002 plan (a real 39-task bureau plan), read from its text."""
    return zwgk.read(SEEDS / "002_790eb7ad8dccb9a1.txt")


def _rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--children", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    parent = parent_plan()
    children = [mutate(parent, seed=i).child for i in range(args.children)]
    print(f"parent: {len(parent.tasks)} tasks; {len(children)} children, "
          f"{sum(len(c.tasks) for c in children)} tasks in all")  # fmt: skip

    before = _rss_mib()
    start = time.perf_counter()
    inline = zwgk.rollup(parent, children)
    elapsed = time.perf_counter() - start
    grew = _rss_mib() - before
    print(f"rollup inline:          {elapsed:6.2f} s   peak RSS {_rss_mib():.0f} MiB (+{grew:.0f})")

    start = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        pooled = zwgk.rollup(parent, children, executor=pool)
    elapsed = time.perf_counter() - start
    assert pooled == inline
    print(f"rollup {args.jobs} processes:     {elapsed:6.2f} s   (same result)")
    print("cells:", inline.counts())

    revised = mutate(parent, seed=10_000).child
    start = time.perf_counter()
    result = zwgk.merge(parent, children[0], revised)
    print(f"one merge:              {(time.perf_counter() - start) * 1000:6.1f} ms   "
          f"({len(result.conflicts)} conflicts)")  # fmt: skip
    start = time.perf_counter()
    zwgk.lineage([parent, children[0], mutate(children[0], seed=7).child])
    print(f"one 3-level lineage:    {(time.perf_counter() - start) * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
