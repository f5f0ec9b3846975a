"""``zwgk merge BASE OURS THEIRS -o OUT``: carry a parent's revision into a child plan."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from zwgk._model import Task
from zwgk.cli import EXIT_FOUND, EXIT_OK
from zwgk.cli._common import emit, progress, read_plan
from zwgk.lang.labels import word


def register(sub: Any) -> None:
    p = sub.add_parser(
        "merge",
        help="merge a parent plan's revision into a child plan",
        description="BASE is the parent plan OURS (the child) was made from, THEIRS the "
        "parent's new version.  Writes the merged plan to OUT and lists conflicts on "
        "standard error with every change it applied.  Exit 0 when clean, 1 when "
        "conflicts remain (OUT then keeps the child's values, tasks tagged 'conflict'), "
        "2 on error.",
    )
    p.add_argument("base", help="the parent plan the child was made from")
    p.add_argument("ours", help="the child plan")
    p.add_argument("theirs", help="the parent's new version")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the merged plan")
    p.add_argument("--from", dest="from_format", metavar="F", help="the input format")
    p.add_argument("--to", dest="to_format", metavar="F", help="the output format")
    p.add_argument(
        "--policy",
        action="append",
        default=[],
        metavar="[FIELD=]POLICY",
        help="settle conflicts: ours, theirs, base, union (units), earliest/latest "
        "(deadlines); FIELD= limits it to one field (repeatable)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="do not list conflicts and notes")
    p.set_defaults(func=run)


def _policies(values: list[str]) -> dict[str, str]:
    from zwgk.cascade import POLICIES, MergeError

    out: dict[str, str] = {}
    for value in values:
        field, _, policy = value.rpartition("=")
        if policy not in POLICIES:
            raise MergeError(f"--policy {value!r}: use one of {', '.join(POLICIES)}")
        out[field or "*"] = policy
    return out


def run(args: argparse.Namespace) -> int:
    import zwgk

    with progress(args, 4, "merge") as bar:
        base = read_plan(args.base, args.from_format, args)
        bar.update()
        ours = read_plan(args.ours, args.from_format, args)
        bar.update()
        theirs = read_plan(args.theirs, args.from_format, args)
        bar.update()
        result = zwgk.merge(base, ours, theirs)
        bar.update()
    policies = _policies(args.policy)
    if policies:
        result = result.resolve_all(policies)
    emit(result.draft, args.output, args.to_format or ("json" if args.output == "-" else None),
         args)  # fmt: skip
    if not args.quiet:
        _report(result, args.lang)
    return EXIT_FOUND if result.conflicts else EXIT_OK


def _report(result: Any, lang: str) -> None:
    """What the merge did and the conflicts it left, on standard error, in ``lang``."""
    err = sys.stderr
    zh = lang == "zh"
    sep = "：" if zh else ": "
    for note in result.notes:
        if note.kind in ("applied", "proposed", "parent-dropped", "not-in-child"):
            where = f"{word('task', lang)} {note.task}{sep}" if note.task else ""
            print(f"{word(note.kind, lang)}{sep}{where}{note.message}", file=err)
    for c in result.conflicts:
        where = f"{word('task', lang)} {c.task}" if c.task is not None else word("metadata", lang)
        what = f"{_field(c.field, lang)} {word('changed-on-both-sides', lang)}"
        sides = " | ".join(f"{word(k, lang)} {_show(getattr(c, k))}"
                           for k in ("base", "ours", "theirs"))  # fmt: skip
        print(f"{word('conflict', lang)}{sep}{where}{sep}{what}{sep}{sides}", file=err)
    applied = len(result.notes_of("applied"))
    if zh:
        print(f"已带入 {applied} 处上级修改，{len(result.conflicts)} 处冲突", file=err)
    else:
        print(f"{applied} change(s) applied, {len(result.conflicts)} conflict(s)", file=err)


def _field(field: str, lang: str) -> str:
    try:
        return word(field, lang)
    except KeyError:
        return field


def _show(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, tuple) and value and isinstance(value[0], Task):
        return " / ".join(_short(t.text) for t in value)
    raw = getattr(value, "raw", None)
    if isinstance(raw, str):
        return _short(raw)
    if isinstance(value, tuple):
        return _short(" / ".join(map(str, value)))
    return _short(str(value))


def _short(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
