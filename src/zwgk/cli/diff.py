"""``zwgk diff CHILD PARENT``: what a child plan kept, dropped, reworded and reassigned."""

from __future__ import annotations

import argparse
from typing import Any

from zwgk.cli import EXIT_FOUND, EXIT_OK
from zwgk.cli._common import emit, progress, read_plan, use_color
from zwgk.errors import ZwgkError
from zwgk.lang.labels import word


def register(sub: Any) -> None:
    p = sub.add_parser(
        "diff",
        help="compare a plan with its parent",
        description="Compare CHILD with the PARENT plan it was derived from. "
        "Exit 0 when nothing differs, 1 when something does, 2 on error.",
    )
    p.add_argument("child", help="the child plan (- for standard input)")
    p.add_argument("parent", help="the parent plan")
    p.add_argument("--from", dest="from_format", metavar="F", help="the input format")
    p.add_argument(
        "-f",
        "--format",
        metavar="F",
        help="report format: text (default), html, xlsx, json, markdown",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the report here")
    p.add_argument(
        "--threshold", type=float, default=None, help="least similarity to align tasks (0-1)"
    )
    p.add_argument("--all", action="store_true", help="also list unchanged tasks (text)")
    p.add_argument("-q", "--quiet", action="store_true", help="write nothing; only the exit code")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import zwgk

    if args.threshold is not None and not 0.0 <= args.threshold <= 1.0:
        raise ZwgkError(word("cli.threshold", args.lang).format(value=args.threshold))
    with progress(args, 3, "diff") as bar:
        child = read_plan(args.child, args.from_format, args)
        bar.update()
        parent = read_plan(args.parent, args.from_format, args)
        bar.update()
        result = zwgk.diff(child, parent, threshold=args.threshold)
        bar.update()
    if not args.quiet:
        fmt = args.format
        to_stdout = not args.output or args.output == "-"
        writer_options: dict[str, Any] = {}
        if (fmt or ("text" if to_stdout else None)) == "text":
            writer_options["color"] = to_stdout and use_color()
            writer_options["all"] = args.all
        emit(result, args.output, fmt, args, **writer_options)
    return EXIT_FOUND if result.has_changes else EXIT_OK
