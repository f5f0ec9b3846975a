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
