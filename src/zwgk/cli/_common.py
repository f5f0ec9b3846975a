"""Helpers shared by the command-line modules."""

from __future__ import annotations

import os
import sys
from typing import Any

import zwgk


def read_plan(path: str, fmt: str | None = None) -> zwgk.Plan:
    """Read a plan named on the command line (``-`` is standard input)."""
    if path == "-":
        return zwgk.read(sys.stdin.buffer.read(), format=fmt)
    return zwgk.read(path, format=fmt)


def emit(obj: Any, output: str | None, fmt: str | None, **options: Any) -> None:
    """Write ``obj`` to ``output`` (a path) or to standard output."""
    if output and output != "-":
        zwgk.write(obj, output, format=fmt, **options)
        return
    data = zwgk.write(obj, None, format=fmt or "text", **options)
    assert data is not None
    out = sys.stdout.buffer
    out.write(data)
    out.flush()


def use_color(stream: Any = None) -> bool:
    """Colour on a terminal, unless NO_COLOR is set."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def is_batch(source: str) -> bool:
    """Whether a command-line source names many files (a folder or a glob)."""
    import glob

    return source != "-" and (os.path.isdir(source) or glob.has_magic(source))


def read_batch(sources: list[str], fmt: str | None, jobs: int = 1) -> list[zwgk.ReadResult]:
    """Read every file named by ``sources``, with a progress bar on a terminal.

    The bar is tqdm's: one small pure-Python package that draws on standard
    error only when it is a terminal (rich would bring a rendering stack for
    one bar).  Without tqdm the files are read all the same.
    """
    from zwgk._batch import expand_sources

    paths = expand_sources(sources)
    bar: Any = None
    if sys.stderr.isatty():
        try:
            from tqdm import tqdm

            bar = tqdm(total=len(paths), unit="file", file=sys.stderr, leave=False)
        except ImportError:
            bar = None

    def tick(result: zwgk.ReadResult) -> None:
        if bar is not None:
            bar.set_postfix_str(os.path.basename(result.path)[-30:], refresh=False)
            bar.update(1)

    options: dict[str, Any] = {"format": fmt} if fmt else {}
    try:
        if jobs > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(jobs) as pool:
                return zwgk.read_many(paths, pool, progress=tick, **options)
        return zwgk.read_many(paths, progress=tick, **options)
    finally:
        if bar is not None:
            bar.close()


def print_summary(results: list[zwgk.ReadResult]) -> None:
    """What read, what read with doubts, what failed (standard error)."""
    from zwgk._batch import summary

    for line in summary(results):
        print(line, file=sys.stderr)
