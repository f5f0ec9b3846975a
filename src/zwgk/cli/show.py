"""``zwgk show SRC``: a readable table of a plan's tasks."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from typing import Any

from zwgk.cli import EXIT_ERROR, EXIT_OK
from zwgk.cli._common import is_batch, print_summary, progress, read_batch, read_plan
from zwgk.lang.labels import word


def register(sub: Any) -> None:
    p = sub.add_parser("show", help="print a plan's metadata and tasks as a table")
    p.add_argument(
        "source", help="the plan to read (- for standard input; a folder or glob: every plan)"
    )
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes for a folder")
    p.add_argument("--from", dest="from_format", metavar="F", help="the source format")
    p.add_argument("--width", type=int, default=40, help="text column width (default 40)")
    p.add_argument("--residue", action="store_true", help="also print what was not placed")
    p.set_defaults(func=run)


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, with an ellipsis if it was cut."""
    text = " ".join(text.split())
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def run_batch(args: argparse.Namespace) -> int:
    """One line per file of a folder or glob, then the summary."""
    results = read_batch([args.source], args.from_format, args.jobs)
    out = sys.stdout
    for r in results:
        if r.plan is None:
            print(f"{pad('失败', 6)}  {r.path}", file=out)
            continue
        status = "存疑" if r.status == "doubtful" else "读取"
        title = clip(r.plan.title or "", args.width)
        print(f"{pad(status, 6)}  {r.path}  {len(r.plan.tasks)} tasks  {title}".rstrip(), file=out)
    print_summary(results)
    return EXIT_ERROR if any(r.status == "failed" for r in results) else EXIT_OK


def run(args: argparse.Namespace) -> int:
    if is_batch(args.source):
        return run_batch(args)
    with progress(args, 1, "read") as bar:
        plan = read_plan(args.source, args.from_format, args)
        bar.update()
    lang = args.lang
    out = sys.stdout
    sep = "：" if lang == "zh" else ": "
    for key, value in _facts(plan):
        if value:
            print(f"{word(key, lang)}{sep}{value}", file=out)
    print(f"{word('task', lang)}{sep}{len(plan.tasks)}", file=out)
    print(file=out)
    _table(plan, args.width, lang, out)
    _leftovers(plan, args.residue, lang, out)
    return EXIT_OK


def _facts(plan: Any) -> list[tuple[str, str | None]]:
    return [
        ("title", plan.title),
        ("issuer", plan.issuer),
        ("doc_number", plan.doc_number),
        ("date", plan.date.isoformat() if plan.date else None),
        ("parents", "; ".join(p.doc_number or p.title or "?" for p in plan.parents) or None),
        ("default_deadline", plan.default_deadline.raw if plan.default_deadline else None),
    ]


def _table(plan: Any, width: int, lang: str, out: Any) -> None:
    header = ("#", word("section", lang), word("text", lang), word("units", lang),
              word("deadline", lang))  # fmt: skip
    widths = (5, 20, max(10, width), 30, 14)
    rows = [header]
    for t in plan.tasks:
        resp = t.responsibility
        units = ""
        if resp is not None:
            units = "、".join(f"{a.unit}（{word(a.role.value, lang)}）" for a in resp.assignments)
            units = units or resp.raw
        rows.append(
            (
                t.ref,
                clip(t.section[-1] if t.section else "", widths[1]),
                clip(t.text, widths[2]),
                clip(units, widths[3]),
                clip(t.deadline.raw if t.deadline else "", widths[4]),
            )
        )
    for row in rows:
        print("  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip(), file=out)


def _leftovers(plan: Any, residue: bool, lang: str, out: Any) -> None:
    if plan.residue:
        print(file=out)
        if lang == "zh":
            print(f"未归入任务的文字：{len(plan.residue)} 段", file=out)
        else:
            print(f"residue: {len(plan.residue)} pieces of text not placed in a task", file=out)
        if residue:
            for r in plan.residue:
                where = f" ({r.location})" if r.location else ""
                print(f"  [{r.reason}]{where} {clip(r.text, 60)}", file=out)
    if plan.diagnostics:
        print(f"{'诊断' if lang == 'zh' else 'diagnostics'}: {len(plan.diagnostics)}", file=out)
        for d in plan.diagnostics:
            where = f" ({d.location})" if d.location else ""
            print(f"  {word(d.severity.value, lang)} {d.code}{where}: {d.message}", file=out)
