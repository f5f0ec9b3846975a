"""``zwgk check PLAN [--parent P]``: find problems in a plan."""

from __future__ import annotations

import argparse
from typing import Any

from zwgk.cli import EXIT_FOUND, EXIT_OK
from zwgk.cli._common import emit, progress, read_plan
from zwgk.errors import ZwgkError
from zwgk.lang.labels import word

_ORDER = {"info": 0, "warning": 1, "error": 2}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="find problems in a plan (and against its parent)",
        description="Check PLAN: missing units or deadlines, contradicting or late "
        "deadlines, numbering gaps, garbled text, duplicates, and with --parent the "
        "parent tasks it dropped.  Exit 0 when nothing at or above --fail-on was "
        "found, 1 when something was, 2 on error.",
    )
    p.add_argument("plan", nargs="?", help="the plan to check (- for standard input)")
    p.add_argument("--parent", metavar="P", help="the parent plan, for the rules that need one")
    p.add_argument("--from", dest="from_format", metavar="F", help="the input format")
    p.add_argument("-f", "--format", metavar="F", help="report format: text (default), json")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report here")
    p.add_argument(
        "--fail-on",
        choices=tuple(_ORDER),
        default="warning",
        help="least severity that makes the exit code 1 (default: warning)",
    )
    p.add_argument("--select", metavar="RULES", help="only these rules (comma-separated ids)")
    p.add_argument("--ignore", metavar="RULES", help="skip these rules (comma-separated ids)")
    p.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    p.set_defaults(func=run)


def _ids(value: str | None) -> list[str] | None:
    return [x.strip() for x in value.split(",") if x.strip()] if value else None


def run(args: argparse.Namespace) -> int:
    import zwgk
    from zwgk.cascade import describe_rule, rules

    known = {rule.id: rule for rule in rules()}
    if args.list_rules:
        for rule in known.values():
            print(f"{rule.id:24} {describe_rule(rule, args.lang)}")
        return EXIT_OK
    if args.plan is None:
        raise ZwgkError(word("cli.check-needs-plan", args.lang))
    select, ignore = _ids(args.select), _ids(args.ignore) or []
    unknown = [r for r in [*(select or ()), *ignore] if r not in known]
    if unknown:
        raise ZwgkError(word("cli.unknown-rules", args.lang).format(ids=", ".join(unknown)))
    with progress(args, 3, "check") as bar:
        plan = read_plan(args.plan, args.from_format, args)
        bar.update()
        parent = read_plan(args.parent, args.from_format, args) if args.parent else None
        bar.update()
        findings = zwgk.check(plan, parent, lang=args.lang, select=select, ignore=ignore)
        bar.update()
    source = None if args.plan == "-" else args.plan
    emit(findings, args.output, args.format, args, source=source)
    least = _ORDER[args.fail_on]
    failing = [f for f in findings if _ORDER[f.severity.value] >= least]
    return EXIT_FOUND if failing else EXIT_OK
