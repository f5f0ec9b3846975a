"""Score the PDF reader against the seeds' gold annotations.

The comparison is the one of the project's parse scorer (``score_parse.py``):
tasks matched by number, texts compared with whitespace removed, units by
name and role, deadlines by kind and due date, plan metadata field by
field.  The fixtures ``tests/data/pdf/planNNN.pdf`` are rebuilt from the
seeds ``NNN_*`` (see ``make_fixtures.py``).

Usage::

    python tests/pdf/score.py [PDF_DIR]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "data" / "seeds"
PDFS = ROOT / "tests" / "data" / "pdf"
FIXTURES = {
    "plan000.pdf": "000_50d58eb3aec70650",
    "plan001.pdf": "001_512a5e0ef4657c09",
    "plan004.pdf": "004_40fd49317bf4f7aa",
}
COLUMNS = ["tasks", "text", "section", "resp", "unitF1", "role", "deadline", "note", "meta"]
WS = re.compile(r"\s+")


def norm(s: Any) -> str:
    return WS.sub("", s or "")


def val(x: Any) -> Any:
    """Enum -> value, date -> iso, else itself."""
    if x is None:
        return None
    if hasattr(x, "value"):
        x = x.value
    if isinstance(x, dt.date | dt.datetime):
        return x.isoformat()[:10]
    return x


def alts(s: str) -> set[str]:
    return {norm(a) for a in s.split("|")}


def score_doc(gold: dict[str, Any], plan: Any) -> dict[str, Any]:
    g_tasks = gold["tasks"]
    p_tasks = list(getattr(plan, "tasks", []) or [])
    by_num: dict[Any, Any] = {}
    for t in p_tasks:
        by_num.setdefault(getattr(t, "number", None), t)
    counters = [
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
    ]
    r: dict[str, Any] = {"gold_tasks": len(g_tasks), "found_tasks": len(p_tasks), "text_sim": 0.0}
    r.update(dict.fromkeys(counters, 0))
    for g in g_tasks:
        t = by_num.get(g["number"])
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
            r["resp_exact"] += norm(raw).rstrip("。.;；") == norm(g["responsibility"]).rstrip(
                "。.;；"
            )
        pu: list[tuple[str, Any]] = []
        if resp is not None:
            for a in getattr(resp, "assignments", ()) or ():
                pu.append((norm(val(getattr(a, "unit", ""))), val(getattr(a, "role", None))))
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
    tp, fp, fn = r["unit_tp"], r["unit_fp"], r["unit_fn"]
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
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


def gold_for(pdf_name: str) -> dict[str, Any]:
    seed = FIXTURES[pdf_name]
    data: dict[str, Any] = json.loads((SEEDS / f"{seed}.gold.json").read_text(encoding="utf-8"))
    return data


def score_all(pdf_dir: Path = PDFS) -> tuple[dict[str, dict[str, Any]], float]:
    """Per-fixture scores and the overall mean (a crash scores zero)."""
    import zwgk

    rows: dict[str, dict[str, Any]] = {}
    for pdf_name in FIXTURES:
        try:
            plan = zwgk.read(pdf_dir / pdf_name)
            rows[pdf_name] = summarize(score_doc(gold_for(pdf_name), plan))
        except Exception as exc:
            rows[pdf_name] = {"error": f"{type(exc).__name__}: {exc}"[:200]}
    ok = [v for v in rows.values() if "error" not in v]
    total = {c: sum(v[c] for v in ok) / len(rows) for c in COLUMNS}
    return rows, sum(total.values()) / len(COLUMNS)


def main(argv: list[str]) -> int:
    rows, overall = score_all(Path(argv[1]) if len(argv) > 1 else PDFS)
    print(f"{'document':<16}" + "".join(f"{c:>9}" for c in COLUMNS))
    for name, v in rows.items():
        if "error" in v:
            print(f"{name:<16}  ERROR {v['error']}")
        else:
            print(f"{name:<16}" + "".join(f"{v[c]:9.1f}" for c in COLUMNS))
    print(f"overall {overall:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
