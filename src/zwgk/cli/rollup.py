"""``zwgk rollup PARENT CHILD...``: which child plans cover which parent tasks."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from zwgk._model import Plan
from zwgk.cli import EXIT_FOUND, EXIT_OK
from zwgk.cli._common import emit, is_batch, print_summary, progress, read_batch, read_plan
from zwgk.lang.labels import word


def register(sub: Any) -> None:
    p = sub.add_parser(
        "rollup",
        help="coverage of a parent plan's tasks across child plans",
        description="Align every CHILD with PARENT and report, for each parent task, how "
        "each child keeps it (same, reworded, split, merged, not taken) and who is "
        "responsible.  Reports: xlsx (coloured ledger), html, json; without -o a "
        "summary is printed.  Exit 0 when every parent task is kept by some child, "
        "1 when some are kept by none, 2 on error.",
    )
    p.add_argument("parent", help="the parent plan")
    p.add_argument(
        "children", nargs="+", metavar="CHILD", help="the child plans (files, folders or globs)"
    )
    p.add_argument("--from", dest="from_format", metavar="F", help="the input format")
    p.add_argument("-f", "--format", metavar="F", help="report format: xlsx, html, json")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report here")
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        help="worker processes, each reading and aligning its share of the children (default 1)",
    )
    p.set_defaults(func=run)


def child_names(paths: Sequence[str], plans: Sequence[Plan]) -> list[str]:
    """One distinct, short name per child plan: its issuer, with the file where issuers repeat.

    >>> child_names(["a/x.txt", "b/y.txt", "c/z.txt"],
    ...             [Plan(issuer="甲局"), Plan(issuer="甲局"), Plan(issuer="乙局")])
    ['甲局（x）', '甲局（y）', '乙局']
    """
    stems = [os.path.splitext(os.path.basename(p))[0] or p for p in paths]
    bases = [plan.issuer or plan.title or stem for plan, stem in zip(plans, stems, strict=True)]
    repeated = Counter(bases)
    names = [f"{b}（{s}）" if repeated[b] > 1 and s != b else b
             for b, s in zip(bases, stems, strict=True)]  # fmt: skip
    seen: Counter[str] = Counter()
    out = []
    for name in names:
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name}（{seen[name]}）")
    return out


def run(args: argparse.Namespace) -> int:
    import zwgk
    from zwgk.errors import ZwgkError

    if args.jobs < 1:
        raise ZwgkError(word("cli.jobs", args.lang).format(value=args.jobs))
    if any(is_batch(c) for c in args.children):
        parent = read_plan(args.parent, args.from_format, args)
        results = read_batch(args.children, args.from_format, args.jobs)
        print_summary(results)
        read = [r for r in results if r.plan is not None]
        if not read:
            raise ZwgkError(word("cli.no-child-read", args.lang))
        sources = [r.path for r in read]
        children = [r.plan for r in read if r.plan is not None]
    else:
        sources = list(args.children)
        with progress(args, 1 + len(sources), "read") as bar:
            plans = []
            for path in [args.parent, *sources]:
                plans.append(read_plan(path, args.from_format, args))
                bar.update()
        parent, children = plans[0], plans[1:]
    names = child_names(sources, children)
    with progress(args, len(children), "rollup") as bar:

        def tick(done: int, total: int) -> None:
            bar.update(done - bar.n)

        result = zwgk.rollup(
            parent,
            children,
            executor=args.jobs if args.jobs > 1 else None,
            names=names,
            progress=tick,
        )
    if args.output or args.format:
        emit(result, args.output, args.format, args)
    else:
        _print_summary(result, args.lang)
    return EXIT_FOUND if result.uncovered() else EXIT_OK


def _print_summary(result: Any, lang: str) -> None:
    from zwgk.cli._common import headline

    out = sys.stdout
    print(headline(result, lang), file=out)
    for child in result.children:
        if lang == "zh":
            about = f"（{child.tasks} 项任务，{word('added', lang)} {len(child.added)} 项）"
        else:
            about = f"({child.tasks} tasks, {len(child.added)} added)"
        print(f"  {child.coverage:6.1%}  {child.name}  {about}", file=out)
    missing = result.uncovered()
    if missing:
        print(f"{len(missing)} {word('no-child-keeps', lang)}{'：' if lang == 'zh' else ':'}",
              file=out)  # fmt: skip
        for row in missing:
            print(f"  {row.task.ref}  {row.task.text[:40]}", file=out)
