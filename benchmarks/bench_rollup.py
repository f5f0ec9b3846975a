"""Roll one 60-task parent up against 3,000 generated children (target: <= 30 s inline, <= 500 MB).

The parent is the first 60 tasks of the seed plans (real bureau plans);
children are derived from it with :func:`zwgk.diff.mutate` (drops,
rewordings, splits, merges, additions, Traditional script).  Printed, each
beside the baseline measured in the same run:

- the roll-up inline, against the previous roll-up's per-child work (a
  whole :func:`zwgk.diff` per child: the alignment, the character-level
  text edits and the plan metadata, the parent prepared again each time);
- peak resident memory;
- the roll-up from files (children written as JSON, read in the workers)
  with worker processes, and through a Dask ``LocalCluster`` (counting
  "Sending large graph" warnings): the ``Client`` itself (the parent
  scattered once) beside ``client.get_executor()`` (a plain executor: the
  parent carried by every batch).

Run: ``python benchmarks/bench_rollup.py [--children N] [--jobs J] [--no-dask] [--ray]``
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.gold import PREFIXES, gold_plan  # noqa: E402

import zwgk  # noqa: E402
from zwgk.cascade._align import align  # noqa: E402
from zwgk.diff import mutate  # noqa: E402


def parent_plan() -> zwgk.Plan:
    """The first 60 tasks of the seed plans, as one parent plan."""
    tasks = [t for p in PREFIXES for t in gold_plan(p).tasks][:60]
    return zwgk.Plan(title="市政务公开工作要点", tasks=tasks)


def _rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def previous(parent: zwgk.Plan, children: list[zwgk.Plan]) -> None:
    """The previous roll-up's work: one whole diff per child."""
    for child in children:
        align(parent, child, fields=False)


def timed(label: str, fn, baseline: float | None = None) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Run ``fn``; print its wall time and this process's CPU time (less disturbed by load)."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    versus = f"   ({baseline / elapsed:4.1f}x the baseline)" if baseline else ""
    print(f"{label:<44} {elapsed:7.2f} s  (CPU here {cpu:6.2f} s){versus}")
    return elapsed, cpu


def on_dask(parent: zwgk.Plan, children: list[zwgk.Plan], inline: zwgk.Rollup) -> None:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        old, _ = timed(
            "dask, client.get_executor() (parent per batch)",
            lambda: zwgk.rollup(parent, children, executor=client.get_executor()),
        )
        large_old = sum("large graph" in str(w.message) for w in caught)
        caught.clear()
        result: list[zwgk.Rollup] = []
        timed(
            "dask, the Client (parent scattered once)",
            lambda: result.append(zwgk.rollup(parent, children, executor=client)),
            old,
        )
        large_new = sum("large graph" in str(w.message) for w in caught)
    assert result[0] == inline
    print(f"'Sending large graph' warnings: {large_new} (parent per batch: {large_old})")


def on_ray(
    parent: zwgk.Plan, children: list[zwgk.Plan], inline: zwgk.Rollup, jobs: int, old: float
) -> None:
    import ray

    from zwgk.cascade import RayExecutor

    ray.init(num_cpus=jobs, include_dashboard=False, log_to_driver=False)
    try:
        result: list[zwgk.Rollup] = []
        timed(
            f"ray, {jobs} CPUs (parent put once)",
            lambda: result.append(zwgk.rollup(parent, children, executor=RayExecutor(ray))),
            old,
        )
    finally:
        ray.shutdown()
    assert result[0] == inline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--children", type=int, default=3000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster runs")
    ap.add_argument("--ray", action="store_true", help="also run on a local Ray instance")
    args = ap.parse_args()

    parent = parent_plan()
    children = [mutate(parent, seed=i).child for i in range(args.children)]
    print(f"parent: {len(parent.tasks)} tasks; {len(children)} children, "
          f"{sum(len(c.tasks) for c in children)} tasks in all")  # fmt: skip

    # one-time work (imports, the term dictionary the alignment loads) counted apart,
    # so that neither figure below pays it for the other
    timed("warm-up: 30 children (one-time loading)", lambda: zwgk.rollup(parent, children[:30]))
    before = _rss_mib()
    result: list[zwgk.Rollup] = []
    new, new_cpu = timed("rollup inline", lambda: result.append(zwgk.rollup(parent, children)))
    inline = result[0]
    print(f"{'peak RSS':<44} {_rss_mib():7.0f} MiB (+{_rss_mib() - before:.0f} for the roll-up)")
    old, old_cpu = timed(
        "baseline: a whole diff per child (previous)", lambda: previous(parent, children)
    )
    n = len(children)
    print(f"{'':<44} per child: {1000 * new_cpu / n:.1f} ms CPU, {1000 * new / n:.1f} ms wall "
          f"(baseline {1000 * old_cpu / n:.1f} ms CPU, {1000 * old / n:.1f} ms wall)")  # fmt: skip

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, child in enumerate(children):
            paths.append(Path(tmp) / f"child{i:05d}.json")
            zwgk.write(child, paths[-1])
        start = time.perf_counter()
        for path in paths[:50]:
            zwgk.read(path)
        each = (time.perf_counter() - start) / min(len(paths), 50)
        print(f"{'reading one child JSON file':<44} {1000 * each:7.1f} ms (done in the workers)")
        got: list[zwgk.Rollup] = []
        timed(
            f"{args.jobs} processes, children read in the workers",
            lambda: got.append(zwgk.rollup(parent, paths, executor=args.jobs)),
            old,
        )
        assert got[0].matrix() == inline.matrix()
    if not args.no_dask:
        on_dask(parent, children, inline)
    if args.ray:
        on_ray(parent, children, inline, args.jobs, old)
    print("cells:", inline.counts())


if __name__ == "__main__":
    main()
