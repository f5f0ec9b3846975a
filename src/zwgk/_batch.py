"""``zwgk.read_many``: read every plan in folders, globs and lists of files.

A folder of downloaded attachments holds every kind of file, some damaged,
some scans, some not plans at all.  Each file is read on its own and its
outcome kept — a plan, a plan read with doubts (warnings in its
diagnostics), or the typed error that stopped it — so one bad file never
stops the batch.

>>> import zwgk
>>> results = zwgk.read_many([])
>>> results
[]
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor
from typing import Any

import attrs

from zwgk._model import Plan, Severity
from zwgk.errors import ZwgkError

__all__ = ["ReadResult", "expand_sources", "read_many", "summary"]

_DOUBT = (Severity.WARNING, Severity.ERROR)


@attrs.frozen
class ReadResult:
    """The outcome of reading one file of a batch.

    ``plan`` is the plan (``None`` if reading failed); ``error_type`` and
    ``error`` name the error and say what went wrong (``None`` on success).
    ``status`` is ``"ok"``, ``"doubtful"`` (read, with warnings in the plan's
    diagnostics) or ``"failed"``.
    """

    path: str
    plan: Plan | None = None
    error_type: str | None = None
    error: str | None = None

    @property
    def status(self) -> str:
        if self.plan is None:
            return "failed"
        if any(d.severity in _DOUBT for d in self.plan.diagnostics):
            return "doubtful"
        return "ok"

    @property
    def doubts(self) -> list[str]:
        """The warnings of a doubtful plan (empty otherwise)."""
        if self.plan is None:
            return []
        return [d.message for d in self.plan.diagnostics if d.severity in _DOUBT]


def _readable_extensions() -> set[str]:
    from zwgk.plugins import READERS_GROUP, registry

    return {e for p in registry.plugins(READERS_GROUP) for e in p.info.extensions}


def _skipped(name: str) -> bool:
    """Hidden files and the lock files Office leaves beside open documents (``~$…``)."""
    return os.path.basename(name).startswith((".", "~$"))


def _walk(folder: str, extensions: set[str]) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if _skipped(name):
                continue
            if os.path.splitext(name)[1].lower() in extensions:
                found.append(os.path.join(root, name))
    return found


def expand_sources(sources: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files named by ``sources``: files as given, folders walked, globs expanded.

    In a folder (and its subfolders) the files some reader claims by their
    extension are taken, in name order; hidden files and Office lock files
    (``~$…``) are skipped, in folders and globs.  A name that is neither a file, a folder nor a
    matching glob is kept, so that reading it reports the error.
    """
    extensions = _readable_extensions()
    out: list[str] = []
    seen: set[str] = set()
    for source in sources:
        name = os.fspath(source)
        if os.path.isdir(name):
            paths = _walk(name, extensions)
        elif glob.has_magic(name):
            paths = []
            for match in sorted(glob.glob(name, recursive=True)):
                if os.path.isdir(match):
                    paths.extend(_walk(match, extensions))
                elif not _skipped(match):
                    paths.append(match)
        else:
            paths = [name]
        for path in paths:
            if path not in seen:
                seen.add(path)
                out.append(path)
    return out


def read_one(path: str, options: dict[str, Any]) -> ReadResult:
    """Read one file, turning any error into a :class:`ReadResult`."""
    from zwgk._io import read

    try:
        return ReadResult(path, read(path, **options))
    except ZwgkError as exc:
        return ReadResult(path, None, type(exc).__name__, str(exc))
    except (OSError, TypeError, ValueError, RuntimeError, MemoryError) as exc:
        return ReadResult(path, None, type(exc).__name__, str(exc) or type(exc).__name__)


def read_many(
    sources: Iterable[str | os.PathLike[str]],
    executor: Executor | None = None,
    *,
    progress: Callable[[ReadResult], None] | None = None,
    **options: Any,
) -> list[ReadResult]:
    """Read every plan named by ``sources`` (files, folders, globs); never stops on a bad file.

    Returns one :class:`ReadResult` per file, in the order of
    :func:`expand_sources`.  With an ``executor`` (a thread or process pool)
    the files are read in parallel.  ``progress`` is called with each result
    as it comes in; ``options`` go to :func:`zwgk.read` for every file.
    """
    paths = expand_sources(sources)
    results: list[ReadResult | None] = [None] * len(paths)
    if executor is None:
        for i, path in enumerate(paths):
            results[i] = read_one(path, options)
            if progress is not None:
                progress(results[i])  # type: ignore[arg-type]
        return [r for r in results if r is not None]
    from concurrent.futures import as_completed

    futures = {executor.submit(read_one, path, options): i for i, path in enumerate(paths)}
    for future in as_completed(futures):
        i = futures[future]
        try:
            results[i] = future.result()
        except Exception as exc:  # a worker that died (e.g. killed for memory)
            results[i] = ReadResult(paths[i], None, type(exc).__name__, str(exc))
        if progress is not None:
            progress(results[i])  # type: ignore[arg-type]
    return [r for r in results if r is not None]


def summary(results: Sequence[ReadResult]) -> list[str]:
    """Lines for a clerk: how many files were read, read with doubts, or failed, and why."""
    counts = {s: sum(r.status == s for r in results) for s in ("ok", "doubtful", "failed")}
    lines = [
        f"共{len(results)}个文件：读取成功{counts['ok']}个，"
        f"读取存疑{counts['doubtful']}个，读取失败{counts['failed']}个"
    ]
    for r in results:
        if r.status == "doubtful":
            lines.append(f"  存疑  {r.path}：{'；'.join(r.doubts)[:200]}")
    for r in results:
        if r.status == "failed":
            lines.append(f"  失败  {r.path}：{r.error_type}: {(r.error or '')[:200]}")
    return lines
