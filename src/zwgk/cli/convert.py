"""``zwgk convert SRC -o DEST``: read a plan in one format, write it in another."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from zwgk.cli import EXIT_ERROR, EXIT_OK
from zwgk.cli._common import (
    emit,
    is_batch,
    print_summary,
    progress,
    read_batch,
    read_plan,
    speaks,
)
from zwgk.errors import ZwgkError


def register(sub: Any) -> None:
    p = sub.add_parser("convert", help="convert a plan from one format to another")
    p.add_argument(
        "source", help="the plan to read (- for standard input; a folder or glob: every plan)"
    )
    p.add_argument(
        "-o", "--output", required=True,
        help="where to write (- for standard output; a folder for a folder or glob)",
    )  # fmt: skip
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes for a folder")
    p.add_argument("--from", dest="from_format", metavar="F", help="the source format")
    p.add_argument("--to", dest="to_format", metavar="F", help="the target format")
    p.set_defaults(func=run)


def run_batch(args: argparse.Namespace) -> int:
    """Convert every plan of a folder or glob into the folder ``--output``."""
    import zwgk
    from zwgk.plugins import registry

    fmt = args.to_format or "json"
    writer = registry.writer(fmt)
    extension = (writer.info.extensions or (f".{fmt}",))[0]
    options = {"lang": args.lang} if speaks(writer) else {}
    os.makedirs(args.output, exist_ok=True)
    results = read_batch([args.source], args.from_format, args.jobs)
    failed = 0
    for r in results:
        if r.plan is None:
            failed += 1
            continue
        stem = os.path.splitext(os.path.basename(r.path))[0]
        target = os.path.join(args.output, stem + extension)
        try:
            zwgk.write(r.plan, target, format=fmt, **options)
        except ZwgkError as exc:
            failed += 1
            print(f"  写出失败  {target}：{exc}", file=sys.stderr)
    print_summary(results)
    return EXIT_ERROR if failed else EXIT_OK


def run(args: argparse.Namespace) -> int:
    if is_batch(args.source):
        return run_batch(args)
    with progress(args, 1, "read") as bar:
        plan = read_plan(args.source, args.from_format, args)
        bar.update()
    emit(plan, args.output, args.to_format or ("json" if args.output == "-" else None), args)
    return EXIT_OK
