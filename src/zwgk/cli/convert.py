"""``zwgk convert SRC -o DEST``: read a plan in one format, write it in another."""

from __future__ import annotations

import argparse
from typing import Any

from zwgk.cli import EXIT_OK
from zwgk.cli._common import emit, progress, read_plan


def register(sub: Any) -> None:
    p = sub.add_parser("convert", help="convert a plan from one format to another")
    p.add_argument("source", help="the plan to read (- for standard input)")
    p.add_argument("-o", "--output", required=True, help="where to write (- for standard output)")
    p.add_argument("--from", dest="from_format", metavar="F", help="the source format")
    p.add_argument("--to", dest="to_format", metavar="F", help="the target format")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with progress(args, 1, "read") as bar:
        plan = read_plan(args.source, args.from_format, args)
        bar.update()
    emit(plan, args.output, args.to_format or ("json" if args.output == "-" else None), args)
    return EXIT_OK
