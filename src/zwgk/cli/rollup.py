"""``zwgk rollup PARENT CHILD...``: which child plans cover which parent tasks."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from zwgk.cli import EXIT_OK
from zwgk.cli._common import is_batch, print_summary, read_batch, read_plan


def register(sub: Any) -> None:
    p = sub.add_parser(
        "rollup",
        help="coverage of a parent plan's tasks across child plans",
        description="Align every CHILD with PARENT and report, for each parent task, how "
        "each child keeps it (same, reworded, split, merged, dropped) and who is "
        "responsible.  Reports: xlsx (coloured ledger), html, json; without -o a "
        "summary is printed.",
    )
    p.add_argument("parent", help="the parent plan")
    p.add_argument(
        "children", nargs="+", metavar="CHILD", help="the child plans (files, folders or globs)"
    )
    p.add_argument("--from", dest="from_format", metavar="F", help="the input format")
    p.add_argument("-f", "--format", metavar="F", help="report format: xlsx, html, json")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report here")
    p.add_argument(
        "-j", "--jobs", type=int, default=1, help="worker processes for the alignment (default 1)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import zwgk
    from zwgk.errors import ZwgkError

    parent = read_plan(args.parent, args.from_format)
    if args.jobs < 1:
        raise ZwgkError(f"--jobs must be at least 1, got {args.jobs}")
    if any(is_batch(c) for c in args.children):
        results = read_batch(args.children, args.from_format, args.jobs)
        print_summary(results)
        children = [r.plan for r in results if r.plan is not None]
        if not children:
            raise ZwgkError("none of the child plans could be read")
    else:
        children = [read_plan(c, args.from_format) for c in args.children]
    if args.jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(args.jobs) as pool:
            result = zwgk.rollup(parent, children, executor=pool)
    else:
        result = zwgk.rollup(parent, children)
    if args.output or args.format:
        target = args.output if args.output and args.output != "-" else sys.stdout.buffer
        zwgk.write(result, target, format=args.format)
        return EXIT_OK
    out = sys.stdout
    print(f"{len(result.rows)} parent tasks, {len(result.children)} child plans", file=out)
    for child in result.children:
        print(f"  {child.coverage:6.1%}  {child.name}  ({child.tasks} tasks, "
              f"{len(child.added)} added)", file=out)  # fmt: skip
    counts = result.counts()
    print("cells: " + ", ".join(f"{k} {v}" for k, v in counts.items()), file=out)
    missing = result.uncovered()
    if missing:
        print(f"{len(missing)} parent task(s) no child keeps:", file=out)
        for row in missing:
            print(f"  {row.task.ref}  {row.task.text[:40]}", file=out)
    return EXIT_OK
