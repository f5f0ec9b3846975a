"""Field-by-field comparison of a read plan with a hand-made gold file.

The comparison of the project's parse scorer (``score_parse.py``), column for
column: tasks matched by number (where numbering restarts, the k-th gold task
with a number is matched with the k-th read task with it), whitespace ignored
in texts, ``a|b`` alternatives for unit names and roles, deadlines by kind and
due date, plan metadata field by field.  :func:`counts` gives the raw tallies,
:func:`summarize` turns them into the columns (0-100), :func:`score` does both.
"""

from __future__ import annotations

import datetime as dt
import re
from difflib import SequenceMatcher
from typing import Any

import zwgk

_WS = re.compile(r"\s+")
COLUMNS = ("tasks", "text", "section", "resp", "unitF1", "role", "deadline", "note", "meta")
_TRAILING = "。.;；"
_TALLIES = (
    "matched", "text_exact", "section_exact", "resp_exact", "resp_gold", "unit_tp", "unit_fp",
    "unit_fn", "role_ok", "dl_gold", "dl_kind_ok", "dl_due_ok", "dl_spurious", "note_ok",
    "note_gold",
)  # fmt: skip


def norm(s: Any) -> str:
    """``s`` without any whitespace (``None`` is the empty string)."""
    return _WS.sub("", s or "")


def _val(x: Any) -> Any:
    """Enum -> its value, date -> ISO date, anything else as it is."""
    if x is None:
        return None
    if hasattr(x, "value"):
        x = x.value
    if isinstance(x, dt.date):
        return x.isoformat()[:10]
    return x


def _alts(s: str) -> set[str]:
    return {norm(a) for a in s.split("|")}


def _match(gold_tasks: list[dict[str, Any]], tasks: list[zwgk.Task]) -> list[zwgk.Task | None]:
    """The read task each gold task is compared with (``None``: not found)."""
    by_num: dict[Any, list[zwgk.Task]] = {}
    for t in tasks:
        by_num.setdefault(t.number, []).append(t)
    seen: dict[Any, int] = {}
    out: list[zwgk.Task | None] = []
    for g in gold_tasks:
        k = seen[g["number"]] = seen.get(g["number"], -1) + 1
        same = by_num.get(g["number"], [])
        out.append(same[k] if k < len(same) else None)
    return out


def _units(g: dict[str, Any], t: zwgk.Task, r: dict[str, int]) -> None:
    read: list[tuple[str, Any]] = []
    if t.responsibility is not None and g["units"] is not None:
        read = [(norm(_val(a.unit)), _val(a.role)) for a in t.responsibility.assignments]
    used: set[int] = set()
    for gu in g["units"] or ():
        names, roles = _alts(gu["name"]), set(gu["role"].split("|"))
        hit = next((i for i, (n, _) in enumerate(read) if i not in used and n in names), None)
        if hit is None:
            r["unit_fn"] += 1
        else:
            used.add(hit)
            r["unit_tp"] += 1
            r["role_ok"] += read[hit][1] in roles
    r["unit_fp"] += len(read) - len(used)


def _missed(g: dict[str, Any], r: dict[str, int]) -> None:
    r["unit_fn"] += len(g["units"] or ())
    r["dl_gold"] += g["deadline"] is not None
    r["resp_gold"] += g["responsibility"] is not None
    r["note_gold"] += g["note"] is not None


def _section_ok(read: tuple[str, ...], gold: list[str]) -> bool:
    ps, gs = [norm(s) for s in read], [norm(s) for s in gold]
    return ps == gs or (
        len(ps) == len(gs)
        and all(SequenceMatcher(None, a, b).ratio() >= 0.9 for a, b in zip(ps, gs, strict=True))
    )


def _compare(g: dict[str, Any], t: zwgk.Task, r: dict[str, Any]) -> None:
    r["matched"] += 1
    gt, pt = norm(g["text"]), norm(t.text)
    r["text_exact"] += gt == pt
    r["text_sim"] += SequenceMatcher(None, gt, pt, autojunk=False).ratio()
    r["section_exact"] += _section_ok(t.section, g["section"])
    if g["responsibility"] is not None:
        r["resp_gold"] += 1
        raw = t.responsibility.raw if t.responsibility is not None else None
        want = norm(g["responsibility"]).rstrip(_TRAILING)
        r["resp_exact"] += norm(raw).rstrip(_TRAILING) == want
    _units(g, t, r)
    if g["deadline"] is None:
        r["dl_spurious"] += t.deadline is not None
    else:
        r["dl_gold"] += 1
        if t.deadline is not None:
            r["dl_kind_ok"] += _val(t.deadline.kind) == g["deadline"]["kind"]
            r["dl_due_ok"] += _val(t.deadline.due) == g["deadline"]["due"]
    if g["note"] is not None:
        r["note_gold"] += 1
        r["note_ok"] += norm(t.note) == norm(g["note"])


def _metadata(gp: dict[str, Any], plan: zwgk.Plan) -> tuple[int, int]:
    ok = n = 0
    for f in ("title", "issuer", "doc_number", "date"):
        if gp.get(f) is None:
            continue
        n += 1
        ok += norm(_val(getattr(plan, f, None))) == norm(gp[f])
    read = [norm(_val(p.doc_number)) for p in plan.parents]
    for p in gp.get("parents", []):
        if p.get("doc_number"):
            n += 1
            ok += norm(p["doc_number"]) in read
    if gp.get("default_deadline"):
        n += 1
        dd = plan.default_deadline
        ok += dd is not None and _val(dd.due) == gp["default_deadline"]["due"]
    return ok, n


def counts(gold: dict[str, Any], plan: zwgk.Plan) -> dict[str, Any]:
    """The raw tallies of ``plan`` against ``gold`` (the parse scorer's ``score_doc``)."""
    g_tasks = gold["tasks"]
    r: dict[str, Any] = dict.fromkeys(_TALLIES, 0)
    r.update(gold_tasks=len(g_tasks), found_tasks=len(plan.tasks), text_sim=0.0)
    for g, t in zip(g_tasks, _match(g_tasks, list(plan.tasks)), strict=True):
        if t is None:
            _missed(g, r)
        else:
            _compare(g, t, r)
    r["meta_ok"], r["meta_n"] = _metadata(gold["plan"], plan)
    return r


def _pct(a: float, b: float) -> float:
    return 100.0 * a / b if b else 100.0


def summarize(r: dict[str, Any]) -> dict[str, float]:
    """The columns (0-100) of the tallies ``r`` (the parse scorer's ``summarize``)."""
    n = r["gold_tasks"]
    tp, fp, fn = r["unit_tp"], r["unit_fp"], r["unit_fn"]
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    deadline = _pct(r["dl_kind_ok"] + r["dl_due_ok"], 2 * r["dl_gold"])
    return {
        "tasks": _pct(min(r["matched"], n) - max(0, r["found_tasks"] - n), n),
        "text": _pct(r["text_exact"], n),
        "section": _pct(r["section_exact"], n),
        "resp": _pct(r["resp_exact"], r["resp_gold"]),
        "unitF1": 100 * f1,
        "role": _pct(r["role_ok"], tp),
        "deadline": deadline * (1 - r["dl_spurious"] / max(1, n)),
        "note": _pct(r["note_ok"], r["note_gold"]),
        "meta": _pct(r["meta_ok"], r["meta_n"]),
    }


def score(gold: dict[str, Any], plan: zwgk.Plan) -> dict[str, float]:
    """Per-column accuracy (0-100) of ``plan`` against ``gold``."""
    return summarize(counts(gold, plan))
