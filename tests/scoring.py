"""Field-by-field comparison of a read plan with a hand-made gold file.

The same comparison the project's evaluation uses: tasks matched by number,
whitespace ignored in texts, ``a|b`` alternatives for unit names and roles.
"""

from __future__ import annotations

import datetime as dt
import re
from difflib import SequenceMatcher
from typing import Any

import zwgk

_WS = re.compile(r"\s+")
COLUMNS = ("tasks", "text", "section", "resp", "unitF1", "role", "deadline", "note", "meta")


def _norm(s: Any) -> str:
    return _WS.sub("", s or "")


def _val(x: Any) -> Any:
    if x is None:
        return None
    if hasattr(x, "value"):
        x = x.value
    if isinstance(x, dt.date):
        return x.isoformat()[:10]
    return x


def score(gold: dict[str, Any], plan: zwgk.Plan) -> dict[str, float]:
    """Per-column accuracy (0-100) of ``plan`` against ``gold``."""
    g_tasks = gold["tasks"]
    by_num: dict[Any, zwgk.Task] = {}
    for t in plan.tasks:
        by_num.setdefault(t.number, t)
    r = dict.fromkeys(
        ["matched", "text", "section", "resp", "resp_gold", "tp", "fp", "fn", "role",
         "dl_gold", "dl_kind", "dl_due", "dl_spurious", "note", "note_gold"], 0)  # fmt: skip
    for g in g_tasks:
        t = by_num.get(g["number"])
        if t is None:
            r["fn"] += len(g["units"] or ())
            r["dl_gold"] += g["deadline"] is not None
            r["resp_gold"] += g["responsibility"] is not None
            r["note_gold"] += g["note"] is not None
            continue
        r["matched"] += 1
        r["text"] += _norm(g["text"]) == _norm(t.text)
        ps, gs = [_norm(s) for s in t.section], [_norm(s) for s in g["section"]]
        r["section"] += ps == gs or (
            len(ps) == len(gs)
            and all(SequenceMatcher(None, a, b).ratio() >= 0.9 for a, b in zip(ps, gs, strict=True))
        )
        if g["responsibility"] is not None:
            r["resp_gold"] += 1
            raw = t.responsibility.raw if t.responsibility else None
            r["resp"] += _norm(raw).rstrip("。.;；") == _norm(g["responsibility"]).rstrip("。.;；")
        pu = []
        if t.responsibility is not None and g["units"] is not None:
            pu = [(_norm(a.unit), a.role.value) for a in t.responsibility.assignments]
        used: set[int] = set()
        for gu in g["units"] or ():
            names = {_norm(a) for a in gu["name"].split("|")}
            roles = set(gu["role"].split("|"))
            hit = next((i for i, (n, _) in enumerate(pu) if i not in used and n in names), None)
            if hit is None:
                r["fn"] += 1
            else:
                used.add(hit)
                r["tp"] += 1
                r["role"] += pu[hit][1] in roles
        r["fp"] += len(pu) - len(used)
        if g["deadline"] is None:
            r["dl_spurious"] += t.deadline is not None
        else:
            r["dl_gold"] += 1
            if t.deadline is not None:
                r["dl_kind"] += t.deadline.kind.value == g["deadline"]["kind"]
                r["dl_due"] += _val(t.deadline.due) == g["deadline"]["due"]
        if g["note"] is not None:
            r["note_gold"] += 1
            r["note"] += _norm(t.note) == _norm(g["note"])
    gp = gold["plan"]
    meta_ok = meta_n = 0
    for f in ("title", "issuer", "doc_number", "date"):
        if gp.get(f) is not None:
            meta_n += 1
            meta_ok += _norm(_val(getattr(plan, f))) == _norm(gp[f])
    parents = [_norm(p.doc_number) for p in plan.parents]
    for p in gp.get("parents", []):
        if p.get("doc_number"):
            meta_n += 1
            meta_ok += _norm(p["doc_number"]) in parents
    if gp.get("default_deadline"):
        meta_n += 1
        dd = plan.default_deadline
        meta_ok += dd is not None and _val(dd.due) == gp["default_deadline"]["due"]

    def pct(a: float, b: float) -> float:
        return 100.0 * a / b if b else 100.0

    n = len(g_tasks)
    prec = r["tp"] / (r["tp"] + r["fp"]) if r["tp"] + r["fp"] else 1.0
    rec = r["tp"] / (r["tp"] + r["fn"]) if r["tp"] + r["fn"] else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "tasks": pct(min(r["matched"], n) - max(0, len(plan.tasks) - n), n),
        "text": pct(r["text"], n),
        "section": pct(r["section"], n),
        "resp": pct(r["resp"], r["resp_gold"]),
        "unitF1": 100 * f1,
        "role": pct(r["role"], r["tp"]),
        "deadline": pct(r["dl_kind"] + r["dl_due"], 2 * r["dl_gold"])
        * (1 - r["dl_spurious"] / max(1, n)),
        "note": pct(r["note"], r["note_gold"]),
        "meta": pct(meta_ok, meta_n),
    }
