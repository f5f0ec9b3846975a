"""Where a roll-up's columns are computed: inline, an executor, processes, Dask or Ray.

Every engine gets the prepared parent once (:meth:`_Engine.share`) and
batches of children (plans or paths); it yields ``(batch number, columns)``
as batches finish, so the roll-up fills its table while the rest run.

- ``None``: inline, in this process;
- a :class:`concurrent.futures.Executor` (threads, a process pool, Dask's
  ``client.get_executor()``): each batch carries the parent, so the batches
  are few (a handful per worker);
- an ``int`` (processes): a process pool whose initializer installs the
  parent in each worker once; batches carry only the children;
- a Dask ``distributed.Client``: the parent is scattered to every worker
  once; children given as plans are scattered too, so the task graph holds
  only references;
- :class:`RayExecutor`: an :class:`~concurrent.futures.Executor` over Ray's
  task API; the parent is put in Ray's object store once.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from zwgk.cascade._column import Column, PreparedParent, Source, cover_batch

__all__ = ["RayExecutor", "engine_for"]

Batch = Sequence[Source]
Results = Iterator[tuple[int, list[Column]]]


class _Engine:
    """Inline: each batch in this process, in order."""

    workers = 1

    def run(self, prepared: PreparedParent, batches: Sequence[Batch]) -> Results:
        for k, batch in enumerate(batches):
            yield k, cover_batch(prepared, batch)

    def close(self) -> None:
        """Release what the engine started (nothing here)."""


class _ExecutorEngine(_Engine):
    """Any :class:`concurrent.futures.Executor`: each batch carries the parent."""

    def __init__(self, executor: cf.Executor) -> None:
        self.executor = executor
        workers = getattr(executor, "_max_workers", None)
        self.workers = workers if isinstance(workers, int) and workers > 0 else _cpus()

    def run(self, prepared: PreparedParent, batches: Sequence[Batch]) -> Results:
        futures = {
            self.executor.submit(cover_batch, prepared, batch): k for k, batch in enumerate(batches)
        }
        for done in cf.as_completed(futures):
            yield futures[done], done.result()


_INSTALLED: list[PreparedParent] = []


def _install(prepared: PreparedParent) -> None:
    """A pool worker's initializer: keep the prepared parent for every batch it runs."""
    _INSTALLED[:] = [prepared]


def _cover_installed(batch: Batch) -> list[Column]:
    return cover_batch(_INSTALLED[0], batch)


class _ProcessEngine(_Engine):
    """A process pool of its own: the parent goes to each worker once, by its initializer."""

    def __init__(self, jobs: int) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, got {jobs}")
        self.workers = jobs
        self.pool: cf.ProcessPoolExecutor | None = None

    def run(self, prepared: PreparedParent, batches: Sequence[Batch]) -> Results:
        self.pool = cf.ProcessPoolExecutor(self.workers, initializer=_install, initargs=(prepared,))
        futures = {self.pool.submit(_cover_installed, b): k for k, b in enumerate(batches)}
        for done in cf.as_completed(futures):
            yield futures[done], done.result()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


class _DaskEngine(_Engine):
    """A Dask ``distributed.Client``: data is scattered, the graph holds references."""

    def __init__(self, client: Any) -> None:
        self.client = client
        workers = len(client.scheduler_info().get("workers", {}))
        self.workers = max(workers, 1)

    def run(self, prepared: PreparedParent, batches: Sequence[Batch]) -> Results:
        from distributed import as_completed

        parent = self.client.scatter(prepared, broadcast=True, hash=False)
        futures = {}
        for k, batch in enumerate(batches):
            data = self._scatter(batch)
            futures[self.client.submit(cover_batch, parent, data, pure=False)] = k
        for done, columns in as_completed(futures, with_results=True):  # type: ignore[no-untyped-call]
            yield futures[done], columns

    def _scatter(self, batch: Batch) -> Any:
        """Plans go to the cluster as data (not in the graph); paths go as they are."""
        if any(not isinstance(s, os.PathLike) for s in batch):
            return self.client.scatter(list(batch), hash=False)
        return list(batch)


class RayExecutor(cf.Executor):
    """A :class:`concurrent.futures.Executor` that runs each call as a Ray task.

    ``ray`` is the Ray module (imported when omitted; ``pip install
    'zwgk[ray]'``); ``options`` go to each task (``num_cpus=`` …).  Call
    ``ray.init(...)`` first, or let Ray start a local instance.
    :meth:`put` stores a value in Ray's object store once; pass what it
    returns to :meth:`submit` and each task receives the value.
    """

    def __init__(self, ray: Any = None, **options: Any) -> None:
        if ray is None:
            from zwgk.plugins import require

            ray = require("ray", "ray", feature="running on Ray")
        self.ray = ray
        self.options = options
        self._remote: dict[Callable[..., Any], Any] = {}

    def put(self, value: Any) -> Any:
        """Store ``value`` once in Ray's object store; tasks given the result receive it."""
        return self.ray.put(value)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future[Any]:
        remote = self._remote.get(fn)
        if remote is None:
            remote = self.ray.remote(fn)
            if self.options:
                remote = remote.options(**self.options)
            self._remote[fn] = remote
        future: cf.Future[Any] = remote.remote(*args, **kwargs).future()
        return future


class _RayEngine(_ExecutorEngine):
    """A :class:`RayExecutor`: the parent is put in the object store once."""

    executor: RayExecutor

    def __init__(self, executor: RayExecutor) -> None:
        super().__init__(executor)
        self.executor = executor

    def run(self, prepared: PreparedParent, batches: Sequence[Batch]) -> Results:
        parent = self.executor.put(prepared)
        futures = {
            self.executor.submit(cover_batch, parent, list(b)): k for k, b in enumerate(batches)
        }
        for done in cf.as_completed(futures):
            yield futures[done], done.result()


def _cpus() -> int:
    return os.cpu_count() or 1


def _is_dask_client(obj: Any) -> bool:
    return all(hasattr(obj, name) for name in ("scatter", "submit", "gather", "scheduler_info"))


def engine_for(executor: Any) -> _Engine:
    """The engine for what ``rollup(executor=...)`` was given."""
    if executor is None:
        return _Engine()
    if isinstance(executor, bool):
        raise TypeError("executor must be an Executor, a Dask Client or a number of processes")
    if isinstance(executor, int):
        return _ProcessEngine(executor)
    if isinstance(executor, RayExecutor):
        return _RayEngine(executor)
    if isinstance(executor, cf.Executor):
        return _ExecutorEngine(executor)
    if _is_dask_client(executor):
        return _DaskEngine(executor)
    raise TypeError(
        f"executor is a {type(executor).__name__}: pass a concurrent.futures.Executor, "
        "a Dask Client, a RayExecutor or a number of processes"
    )
