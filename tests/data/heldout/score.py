#!/usr/bin/env python3
"""Score the readers on the held-out documents (``corpus.toml`` in this folder).

Usage (from the project root, with zwgk installed)::

    python tests/data/heldout/score.py [--manifest PATH] [--only TEXT ...] [--json]

Every ``[[doc]]`` of the manifest is read with ``zwgk.read`` and compared with its
gold, field by field, with the column logic of the seed scorer (``score_parse.py``,
copied here so that nothing outside the repository is needed).  Prints one row per
document (the nine columns and their mean), then the means per pattern, per origin and
over all documents; a crash counts as 0 in every column.  Exits 0: it measures, it
does not judge.  This set is scored once, at the end of a piece of reader work; no
test asserts these figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tomllib
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WS = re.compile(r"\s+")
COLUMNS = ("tasks", "text", "section", "resp", "unitF1", "role", "deadline", "note", "meta")


def norm(s: Any) -> str:
    return WS.sub("", s or "")


def val(x: Any) -> Any:
    """Enum -> value, date -> iso, else itself."""
    if x is None:
        return None
    if hasattr(x, "value"):
        x = x.value
    if isinstance(x, (dt.date, dt.datetime)):
        return x.isoformat()[:10]
    return x


def alts(s: str) -> set[str]:
    return {norm(a) for a in s.split("|")}


def _unit_name(a: Any) -> str:
    unit = getattr(a, "unit", "")
    return norm(unit.name) if hasattr(unit, "name") else norm(val(unit))


def score_doc(gold: dict[str, Any], plan: Any) -> dict[str, Any]:
    g_tasks = gold["tasks"]
    p_tasks = list(getattr(plan, "tasks", []) or [])
    # Tasks are matched on their number; where numbering restarts (（一） in every part),
    # the k-th gold task with a number is matched with the k-th parsed task with it.
    by_num: dict[Any, list[Any]] = {}
    for t in p_tasks:
        by_num.setdefault(getattr(t, "number", None), []).append(t)
    seen: dict[Any, int] = {}
    counters = (
        "matched",
        "text_exact",
        "section_exact",
        "resp_exact",
        "resp_gold",
        "unit_tp",
        "unit_fp",
        "unit_fn",
        "role_ok",
        "dl_gold",
        "dl_kind_ok",
        "dl_due_ok",
        "dl_spurious",
        "note_ok",
        "note_gold",
    )
    r: dict[str, Any] = dict.fromkeys(counters, 0)
    r.update(gold_tasks=len(g_tasks), found_tasks=len(p_tasks), text_sim=0.0)
    for g in g_tasks:
        k = seen[g["number"]] = seen.get(g["number"], -1) + 1
        same = by_num.get(g["number"], [])
        t = same[k] if k < len(same) else None
        if t is None:
            r["unit_fn"] += len(g["units"] or ())
            r["dl_gold"] += g["deadline"] is not None
            r["resp_gold"] += g["responsibility"] is not None
            r["note_gold"] += g["note"] is not None
            continue
        r["matched"] += 1
        gt, pt = norm(g["text"]), norm(getattr(t, "text", ""))
        r["text_exact"] += gt == pt
        r["text_sim"] += SequenceMatcher(None, gt, pt, autojunk=False).ratio()
        psec = [norm(s) for s in (getattr(t, "section", ()) or ())]
        gsec = [norm(s) for s in g["section"]]
        r["section_exact"] += psec == gsec or (
            len(psec) == len(gsec)
            and all(
                SequenceMatcher(None, a, b).ratio() >= 0.9 for a, b in zip(psec, gsec, strict=True)
            )
        )
        resp = getattr(t, "responsibility", None)
        if g["responsibility"] is not None:
            r["resp_gold"] += 1
            raw = getattr(resp, "raw", None) if resp is not None else None
            ends = "。.;；"
            r["resp_exact"] += norm(raw).rstrip(ends) == norm(g["responsibility"]).rstrip(ends)
        pu = []
        if resp is not None:
            for a in getattr(resp, "assignments", ()) or ():
                pu.append((_unit_name(a), val(getattr(a, "role", None))))
        used: set[int] = set()
        if g["units"] is None:  # units not annotated for this task: not scored
            pu = []
        for gu in g["units"] or ():
            names, roles = alts(gu["name"]), set(gu["role"].split("|"))
            hit = next((i for i, (n, _) in enumerate(pu) if i not in used and n in names), None)
            if hit is None:
                r["unit_fn"] += 1
            else:
                used.add(hit)
                r["unit_tp"] += 1
                r["role_ok"] += pu[hit][1] in roles
        r["unit_fp"] += len(pu) - len(used)
        d = getattr(t, "deadline", None)
        if g["deadline"] is None:
            r["dl_spurious"] += d is not None
        else:
            r["dl_gold"] += 1
            if d is not None:
                r["dl_kind_ok"] += val(getattr(d, "kind", None)) == g["deadline"]["kind"]
                r["dl_due_ok"] += val(getattr(d, "due", None)) == g["deadline"]["due"]
        if g["note"] is not None:
            r["note_gold"] += 1
            r["note_ok"] += norm(getattr(t, "note", None)) == norm(g["note"])
    gp = gold["plan"]
    meta_ok = meta_n = 0
    for f in ("title", "issuer", "doc_number", "date"):
        if gp.get(f) is None:
            continue
        meta_n += 1
        meta_ok += norm(val(getattr(plan, f, None))) == norm(gp[f])
    pp = [norm(val(getattr(p, "doc_number", None))) for p in (getattr(plan, "parents", ()) or ())]
    for p in gp.get("parents", []):
        if p.get("doc_number"):
            meta_n += 1
            meta_ok += norm(p["doc_number"]) in pp
    if gp.get("default_deadline"):
        meta_n += 1
        dd = getattr(plan, "default_deadline", None)
        meta_ok += dd is not None and val(getattr(dd, "due", None)) == gp["default_deadline"]["due"]
    r["meta_ok"], r["meta_n"] = meta_ok, meta_n
    return r


def summarize(r: dict[str, Any]) -> dict[str, float]:
    def pct(a: float, b: float) -> float:
        return 100.0 * a / b if b else 100.0

    n = r["gold_tasks"]
    prec = r["unit_tp"] / (r["unit_tp"] + r["unit_fp"]) if r["unit_tp"] + r["unit_fp"] else 1.0
    rec = r["unit_tp"] / (r["unit_tp"] + r["unit_fn"]) if r["unit_tp"] + r["unit_fn"] else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "tasks": pct(min(r["matched"], n) - max(0, r["found_tasks"] - n), n),
        "text": pct(r["text_exact"], n),
        "section": pct(r["section_exact"], n),
        "resp": pct(r["resp_exact"], r["resp_gold"]),
        "unitF1": 100 * f1,
        "role": pct(r["role_ok"], r["unit_tp"]),
        "deadline": pct(r["dl_kind_ok"] + r["dl_due_ok"], 2 * r["dl_gold"])
        * (1 - r["dl_spurious"] / max(1, n)),
        "note": pct(r["note_ok"], r["note_gold"]),
        "meta": pct(r["meta_ok"], r["meta_n"]),
    }


def load(manifest: Path) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = tomllib.loads(manifest.read_text("utf-8")).get("doc", [])
    for d in docs:
        d["_path"] = manifest.parent / d["path"]
        d["_gold"] = manifest.parent / d["gold"]
    return docs


def measure(doc: dict[str, Any]) -> dict[str, Any]:
    import zwgk  # the library under test

    gold = json.loads(doc["_gold"].read_text("utf-8"))
    row: dict[str, Any] = {"gold_tasks": len(gold["tasks"]), "found_tasks": 0}
    try:
        plan = zwgk.read(doc["_path"])
        r = score_doc(gold, plan)
        row.update(summarize(r), found_tasks=r["found_tasks"])
    except Exception as e:  # a crash scores zero, and is reported
        row.update(dict.fromkeys(COLUMNS, 0.0), error=f"{type(e).__name__}: {e}"[:160])
    row["overall"] = sum(row[c] for c in COLUMNS) / len(COLUMNS)
    return row


def means(rows: list[dict[str, Any]]) -> dict[str, float]:
    cols = (*COLUMNS, "overall")
    return {c: sum(r[c] for r in rows) / len(rows) if rows else 0.0 for c in cols}


def _line(name: str, v: dict[str, float], tail: str = "") -> str:
    return f"{name[:44]:<44}" + "".join(f"{v[c]:9.1f}" for c in (*COLUMNS, "overall")) + tail


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--manifest", default=str(HERE / "corpus.toml"))
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    docs = load(Path(a.manifest))
    docs = [d for d in docs if not a.only or any(o in d["path"] for o in a.only)]
    rows = {d["path"]: measure(d) for d in docs}
    groups: dict[str, list[dict[str, Any]]] = {}
    for d in docs:
        groups.setdefault(f"pattern {d.get('pattern', 0) or '-'}", []).append(rows[d["path"]])
        groups.setdefault(f"origin {d['origin']}", []).append(rows[d["path"]])
    with_tasks = [rows[d["path"]] for d in docs if rows[d["path"]]["gold_tasks"]]
    if a.json:
        out = {
            "docs": rows,
            "groups": {k: means(v) for k, v in groups.items()},
            "with_tasks": means(with_tasks),
            "mean": means(list(rows.values())),
        }
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(f"{'document':<44}" + "".join(f"{c:>9}" for c in (*COLUMNS, "overall")) + "  gold/read")
    for name, v in rows.items():
        tail = f"  {v['gold_tasks']:>3}/{v['found_tasks']:<3}"
        tail += f"  ERROR {v['error']}" if "error" in v else ""
        print(_line(name, v, tail))
    print()
    for g in sorted(groups):
        print(_line(f"mean {g} ({len(groups[g])})", means(groups[g])))
    print(_line(f"mean, documents with tasks ({len(with_tasks)})", means(with_tasks)))
    print(_line(f"mean, all documents ({len(rows)})", means(list(rows.values()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
