"""Helpers shared by the command-line modules."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import zwgk
from zwgk.errors import ZwgkError
from zwgk.lang.labels import word
from zwgk.plugins import Writer, object_kind, registry


def read_plan(path: str, fmt: str | None, args: argparse.Namespace) -> zwgk.Plan:
    """Read a plan named on the command line (``-`` is standard input).

    A plan that reads as having no tasks is called out on standard error:
    whatever comes next (a diff, a roll-up, a ledger) would otherwise be
    silently empty.
    """
    if path == "-":
        plan = zwgk.read(sys.stdin.buffer.read(), format=fmt)
    else:
        plan = zwgk.read(path, format=fmt)
    if not plan.tasks:
        lang = args.lang
        unplaced = f"（{len(plan.residue)} {word('unplaced', lang)}）" if plan.residue else ""
        if lang == "en":
            unplaced = f" ({len(plan.residue)} {word('unplaced', lang)})" if plan.residue else ""
        from tqdm import tqdm

        # tqdm.write keeps a running progress bar intact
        tqdm.write(f"zwgk: {word('warning', lang)}: {path}: {word('empty-plan', lang)}{unplaced}",
                   file=sys.stderr)  # fmt: skip
    return plan


def _is_binary(data: bytes) -> bool:
    if b"\x00" in data[:8192]:
        return True
    try:
        data[:8192].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start < 8188  # a character cut at the end of the sample is not binary
    return False


def _writer(obj: Any, output: str | None, fmt: str | None) -> Writer:
    kind = object_kind(obj)
    if fmt is None:
        return registry.find_writer(output, kind)
    writer = registry.writer(fmt, kind)
    ext = os.path.splitext(output or "")[1].lower()
    if ext and ext not in writer.info.extensions:
        owners = [w.info.name for w in registry.plugins("zwgk.writers")
                  if kind in w.info.kinds and ext in w.info.extensions]  # fmt: skip
        raise ZwgkError(
            f"-f {fmt} writes {'/'.join(writer.info.extensions)} files, but {output} ends in "
            f"{ext}"
            + (f" (the {owners[0]} format)" if owners else "")
            + "; make them agree or leave one out"
        )
    return writer


def emit(
    obj: Any, output: str | None, fmt: str | None, args: argparse.Namespace, **options: Any
) -> None:
    """Write ``obj`` to ``output`` (a path) or to standard output.

    ``-f`` and the output's extension must agree; a binary format (xlsx,
    docx) is never written to a terminal.  Written to a file, one line on
    standard error says what was written, with the headline counts.
    """
    to_file = bool(output) and output != "-"
    writer = _writer(obj, output if to_file else None, fmt or (None if to_file else "text"))
    if speaks(writer):
        options.setdefault("lang", args.lang)
    data = zwgk.write(obj, None, format=writer.info.name, **options)
    assert data is not None
    if to_file:
        assert output is not None
        tmp = output + ".zwgk-tmp"
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, output)
        if not getattr(args, "quiet", False):
            print(f"{word('wrote', args.lang)} {output}: {headline(obj, args.lang)}",
                  file=sys.stderr)  # fmt: skip
        return
    out = sys.stdout.buffer
    if _is_binary(data) and sys.stdout.isatty():
        raise ZwgkError(
            f"{writer.info.name} is a binary format and standard output is a terminal; "
            f"write it to a file with -o FILE{writer.info.extensions[0]}"
        )
    out.write(data)
    out.flush()


def speaks(writer: Writer) -> bool:
    """Whether ``writer`` writes words for people (so it takes ``lang=``).

    Every writer does — the reports, and the plan's ledger, Word, HTML,
    Markdown and CSV with their headers — except the plan's JSON, which is data.
    """
    return writer.info.name != "json"


def headline(obj: Any, lang: str) -> str:
    """The counts a person wants to see first, for a plan, diff, roll-up or findings."""
    kind = object_kind(obj)
    if kind == "plan":
        return f"{len(obj.tasks)} {word('tasks', lang)}"
    if kind == "diff":
        s = obj.summary
        counts = [(k, getattr(s, k)) for k in ("same", "reworded", "split", "merged", "added",
                                                 "dropped")]  # fmt: skip
        return (
            "，".join(f"{word(k, lang)} {n}" for k, n in counts)
            if lang == "zh"
            else ", ".join(f"{n} {word(k, lang)}" for k, n in counts)
        )
    if kind == "rollup":
        uncovered = len(obj.uncovered())
        if lang == "zh":
            return (f"上级方案 {len(obj.rows)} 项任务，下级方案 {len(obj.children)} 个，"
                    f"{uncovered} {word('no-child-keeps', lang)}")  # fmt: skip
        return (f"{len(obj.rows)} parent tasks, {len(obj.children)} child plans, "
                f"{uncovered} {word('no-child-keeps', lang)}")  # fmt: skip
    if kind == "findings":
        by = {s: sum(1 for f in obj if f.severity.value == s) for s in ("error", "warning", "info")}
        sep = "，" if lang == "zh" else ", "
        return sep.join(f"{word(s, lang)} {n}" for s, n in by.items())
    return kind


@contextmanager
def progress(args: argparse.Namespace, total: int, what: str) -> Iterator[Any]:
    """A progress bar on standard error (tqdm) for work that can take seconds.

    Shown on a terminal only, unless ``--progress``/``--no-progress`` says
    otherwise.  tqdm: small, no dependencies, and it turns itself off when
    standard error is not a terminal.
    """
    from tqdm import tqdm

    choice = getattr(args, "progress", None)
    disable = None if choice is None else not choice
    with tqdm(total=total, desc=what, unit="", leave=False, disable=disable,
              file=sys.stderr, dynamic_ncols=True) as bar:  # fmt: skip
        yield bar


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
