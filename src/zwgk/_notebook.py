"""Plans, diffs and roll-ups in a notebook (``_repr_html_``) and as pandas DataFrames.

The HTML is a fragment, not a page: a heading line, the counts, and a table of
at most :data:`ROWS` rows (the rest counted), with every text escaped.  The
DataFrames have one row per task (a plan) or per change (a diff); pandas is
the optional extra ``pandas``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from zwgk.lang.labels import word
from zwgk.plugins import require

if TYPE_CHECKING:
    from zwgk._model import Plan
    from zwgk.cascade import Rollup
    from zwgk.diff import PlanDiff

ROWS = 30
"""Rows a notebook table shows before it counts the rest."""

_STYLE = "text-align:left;vertical-align:top"


def _table(header: list[str], rows: list[list[str]], total: int) -> str:
    e = html.escape
    out = ["<table><thead><tr>"]
    out += [f'<th style="{_STYLE}">{e(h)}</th>' for h in header]
    out.append("</tr></thead><tbody>")
    for row in rows[:ROWS]:
        out.append("<tr>" + "".join(f'<td style="{_STYLE}">{e(c)}</td>' for c in row) + "</tr>")
    if total > ROWS:
        out.append(f'<tr><td colspan="{len(header)}">… 另有 {total - ROWS} 行</td></tr>')
    out.append("</tbody></table>")
    return "".join(out)


def plan_html(plan: Plan) -> str:
    """A plan in a notebook: title, facts, and its tasks."""
    facts = [
        f"{word(k)}：{v}"
        for k, v in (("doc_number", plan.doc_number), ("issuer", plan.issuer),
                     ("date", plan.date.isoformat() if plan.date else None))
        if v
    ]  # fmt: skip
    facts.append(f"{len(plan.tasks)} {word('tasks')}")
    header = [word(k) for k in ("number", "section", "text", "units", "deadline")]
    rows = [
        [t.ref, t.section[-1] if t.section else "", t.text,
         t.responsibility.raw if t.responsibility else "", t.deadline.raw if t.deadline else ""]
        for t in plan.tasks[:ROWS]
    ]  # fmt: skip
    title = html.escape(plan.title or plan.source or "Plan")
    return (f"<div><b>{title}</b><br>{html.escape('　'.join(facts))}"
            f"{_table(header, rows, len(plan.tasks))}</div>")  # fmt: skip


def diff_html(d: PlanDiff) -> str:
    """A diff in a notebook: the summary and the changes (unchanged tasks left out)."""
    s = d.summary
    counts = "，".join(f"{word(k)} {getattr(s, k)}" for k in
                      ("same", "reworded", "split", "merged", "added", "dropped"))  # fmt: skip
    changed = [c for c in d.changes if c.has_changes]
    header = [word(k) for k in ("change", "parent-task", "child-task", "parent-text",
                                "child-text")]  # fmt: skip
    rows = [
        [word(c.kind.value), "、".join(t.ref for t in c.parent), "、".join(t.ref for t in c.child),
         c.parent_text, c.child_text]
        for c in changed[:ROWS]
    ]  # fmt: skip
    title = html.escape(f"{d.child_title or word('child')} ⇄ {d.parent_title or word('parent')}")
    return (f"<div><b>{title}</b><br>{html.escape(counts)}；{word('coverage')} "
            f"{s.coverage:.1%}{_table(header, rows, len(changed))}</div>")  # fmt: skip


def rollup_html(r: Rollup) -> str:
    """A roll-up in a notebook: the children with their coverage, then what no child keeps."""
    header = [word("children"), word("coverage"), word("tasks"), word("added")]
    rows = [[c.name, f"{c.coverage:.0%}", str(c.tasks), str(len(c.added))] for c in r.children]
    missing = r.uncovered()
    title = html.escape(f"{word('rollup')}：{r.parent_title or r.parent_source or ''}")
    lost = "".join(f"<li>{html.escape(row.task.ref)} {html.escape(row.task.text[:60])}</li>"
                   for row in missing[:ROWS])  # fmt: skip
    return (f"<div><b>{title}</b><br>{len(r.rows)} {word('tasks')} × {len(r.children)} "
            f"{word('children')}{_table(header, rows, len(r.children))}"
            f"<p>{len(missing)} {word('no-child-keeps')}</p><ul>{lost}</ul></div>")  # fmt: skip


def plan_frame(plan: Plan) -> Any:
    """One row per task: number, label, section, text, units by role, deadline, due date, note."""
    pandas = require("pandas", "pandas", feature="DataFrames")
    from zwgk._model import Role

    rows = []
    for t in plan.tasks:
        r = t.responsibility
        units = {role: "、".join(r.units(role)) if r else "" for role in Role}
        rows.append({
            "number": t.number, "label": t.label, "section": " / ".join(t.section),
            "text": t.text, "responsibility": r.raw if r else None,
            "lead": units[Role.LEAD], "assist": units[Role.ASSIST],
            "owner": units[Role.OWNER], "supervise": units[Role.SUPERVISE],
            "deadline": t.deadline.raw if t.deadline else None,
            "due": pandas.Timestamp(t.deadline.due) if t.deadline and t.deadline.due else None,
            "note": t.note,
        })  # fmt: skip
    return pandas.DataFrame(rows, columns=list(_PLAN_COLUMNS))


_PLAN_COLUMNS = ("number", "label", "section", "text", "responsibility", "lead", "assist",
                 "owner", "supervise", "deadline", "due", "note")  # fmt: skip
_DIFF_COLUMNS = ("kind", "score", "parent", "child", "parent_text", "child_text",
                 "units_added", "units_removed", "deadline_change")  # fmt: skip


def diff_frame(d: PlanDiff) -> Any:
    """One row per change: kind, score, the tasks on each side, their texts and field changes."""
    pandas = require("pandas", "pandas", feature="DataFrames")
    rows = []
    for c in d.changes:
        r = c.responsibility
        rows.append({
            "kind": c.kind.value, "score": c.score,
            "parent": "、".join(t.ref for t in c.parent),
            "child": "、".join(t.ref for t in c.child),
            "parent_text": c.parent_text, "child_text": c.child_text,
            "units_added": "、".join(a.name for a in r.added) if r else "",
            "units_removed": "、".join(a.name for a in r.removed) if r else "",
            "deadline_change": c.deadline.kind.value if c.deadline else None,
        })  # fmt: skip
    return pandas.DataFrame(rows, columns=list(_DIFF_COLUMNS))
