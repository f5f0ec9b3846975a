"""A roll-up of a few hundred generated children is the same on every engine.

The parent is 60 real tasks (the seed plans' gold tasks); the children are
made from it by :func:`zwgk.diff.mutate` (drops, rewordings, splits,
merges, additions, Traditional script).  Each engine's roll-up must equal
the inline one, which itself must say what :func:`zwgk.diff` says child by
child.
"""

from __future__ import annotations

import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import zwgk
from tests.gold import PREFIXES, gold_plan
from zwgk.cascade import RayExecutor
from zwgk.cascade._align import align
from zwgk.diff import mutate

CHILDREN = 240


@pytest.fixture(scope="module")
def parent() -> zwgk.Plan:
    tasks = [t for p in PREFIXES for t in gold_plan(p).tasks][:60]
    return zwgk.Plan(title="市政务公开工作要点", issuer="市政府办公室", tasks=tasks)


@pytest.fixture(scope="module")
def children(parent: zwgk.Plan) -> list[zwgk.Plan]:
    return [mutate(parent, seed=i).child.evolve(issuer=f"第{i}局") for i in range(CHILDREN)]


@pytest.fixture(scope="module")
def inline(parent: zwgk.Plan, children: list[zwgk.Plan]) -> zwgk.Rollup:
    return zwgk.rollup(parent, children)


def test_inline_says_what_the_diff_says(
    parent: zwgk.Plan, children: list[zwgk.Plan], inline: zwgk.Rollup
) -> None:
    for i, child in enumerate(children[:60]):
        for link in align(parent, child, fields=False):
            refs = tuple(child.tasks[j].ref for j in link.child)
            for p in link.parent:
                cell = inline.rows[p].cells[i]
                assert (cell.kind, cell.tasks, cell.score) == (link.kind, refs, link.score)
        links = align(parent, child)
        added = [child.tasks[j].ref for lk in links if not lk.parent for j in lk.child]
        assert inline.children[i].added == tuple(added)
    counts = inline.counts()
    assert all(counts[k] > 0 for k in ("same", "reworded", "split", "merged", "dropped"))


def test_a_thread_pool(parent: zwgk.Plan, children: list[zwgk.Plan], inline: zwgk.Rollup) -> None:
    with ThreadPoolExecutor(2) as pool:
        assert zwgk.rollup(parent, children, executor=pool) == inline


def test_worker_processes_and_progress(
    parent: zwgk.Plan, children: list[zwgk.Plan], inline: zwgk.Rollup
) -> None:
    seen: list[tuple[int, int]] = []
    result = zwgk.rollup(parent, children, executor=2, progress=lambda d, t: seen.append((d, t)))
    assert result == inline
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1] == (CHILDREN, CHILDREN)
    assert len(seen) > 2  # reported batch by batch, not once at the end


def test_paths_are_read_where_they_are_aligned(
    parent: zwgk.Plan, children: list[zwgk.Plan], tmp_path: Path
) -> None:
    paths = []
    for i, child in enumerate(children[:12]):
        path = tmp_path / f"child{i:02d}.json"
        zwgk.write(child, path)
        paths.append(path)
    from_plans = zwgk.rollup(parent, [zwgk.read(p) for p in paths])
    with ThreadPoolExecutor(2) as pool:
        from_paths = zwgk.rollup(parent, paths, executor=pool)
    assert from_paths == from_plans
    assert from_paths.children[3].name == "第3局"


def test_dask_client(parent: zwgk.Plan, children: list[zwgk.Plan], inline: zwgk.Rollup) -> None:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
    )
    with cluster, distributed.Client(cluster) as client, warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        result = zwgk.rollup(parent, children, executor=client)
    assert result == inline
    assert not [str(x.message) for x in w if "large graph" in str(x.message)]


@pytest.mark.slow
def test_ray(parent: zwgk.Plan, children: list[zwgk.Plan], inline: zwgk.Rollup) -> None:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        result = zwgk.rollup(parent, children, executor=RayExecutor(ray))
    finally:
        ray.shutdown()
    assert result == inline


class _FakeRef:
    """What Ray's ``.remote()`` returns: an object ref with a ``future()``."""

    def __init__(self, value: object) -> None:
        self.value = value

    def future(self) -> object:
        from concurrent.futures import Future

        f: Future[object] = Future()
        f.set_result(self.value)
        return f


class _FakeRay:
    """Ray's task API as RayExecutor uses it, run in this process."""

    def __init__(self) -> None:
        self.store: dict[int, object] = {}
        self.options: dict[str, object] = {}

    def put(self, value: object) -> _FakeRef:
        self.store[id(value)] = value
        return _FakeRef(value)

    def remote(self, fn):  # type: ignore[no-untyped-def]
        fake = self

        class Remote:
            def options(self, **kw: object) -> Remote:
                fake.options.update(kw)
                return self

            def remote(self, *args: object) -> _FakeRef:
                real = [a.value if isinstance(a, _FakeRef) else a for a in args]
                return _FakeRef(fn(*real))

        return Remote()


def test_ray_executor_puts_the_parent_once(
    parent: zwgk.Plan, children: list[zwgk.Plan], inline: zwgk.Rollup
) -> None:
    fake = _FakeRay()
    result = zwgk.rollup(parent, children[:40], executor=RayExecutor(fake, num_cpus=1))
    assert len(fake.store) == 1  # the prepared parent, once; children go with their tasks
    assert fake.options == {"num_cpus": 1}
    assert result.matrix() == [row[:40] for row in inline.matrix()]


def test_bad_engines_and_sources(parent: zwgk.Plan, tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="executor is a str"):
        zwgk.rollup(parent, [], executor="dask")
    with pytest.raises(TypeError, match=r"children\[1\] is a str: pass a Plan, or a pathlib"):
        zwgk.rollup(parent, [parent, "plan.txt"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        zwgk.rollup(parent, [parent], executor=0)
    with pytest.raises(FileNotFoundError, match=r"missing\.txt"):
        zwgk.rollup(parent, [tmp_path / "missing.txt"])
