"""Build Plans from the hand-made gold annotations of the seed documents."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import zwgk

SEEDS = Path(__file__).resolve().parent / "data" / "seeds"


def _deadline(data: dict[str, Any] | None) -> zwgk.Deadline | None:
    if not data:
        return None
    due = dt.date.fromisoformat(data["due"]) if data.get("due") else None
    return zwgk.Deadline(raw=data.get("raw") or "", kind=data["kind"], due=due)


def _assignment(unit: dict[str, Any]) -> zwgk.Assignment:
    name, _, qualified = unit["name"].partition("|")
    # Where the annotators accept two roles ("owner|assist"), take the first.
    role = unit["role"].split("|")[0]
    return zwgk.Assignment(unit=name, role=role, qualified=qualified or None)


def gold_plan(prefix: str) -> zwgk.Plan:
    """The gold Plan of the seed whose file name starts with ``prefix`` (``"000"``)."""
    (path,) = SEEDS.glob(f"{prefix}_*.gold.json")
    return plan_from_gold(path)


def plan_from_gold(path: Path) -> zwgk.Plan:
    """The Plan a gold annotation file (``*.gold.json``) describes."""
    data = json.loads(path.read_text("utf-8"))
    meta = data["plan"]
    tasks = []
    for t in data["tasks"]:
        resp = None
        if t.get("responsibility") or t.get("units"):
            resp = zwgk.Responsibility(
                raw=t.get("responsibility") or "",
                assignments=[_assignment(u) for u in t.get("units") or ()],
            )
        tasks.append(
            zwgk.Task(
                text=t["text"],
                number=t.get("number"),
                label=t.get("label") or "",
                section=tuple(t.get("section") or ()),
                responsibility=resp,
                deadline=_deadline(t.get("deadline")),
                note=t.get("note"),
            )
        )
    return zwgk.Plan(
        tasks=tasks,
        title=meta.get("title"),
        issuer=meta.get("issuer"),
        doc_number=meta.get("doc_number"),
        date=dt.date.fromisoformat(meta["date"]) if meta.get("date") else None,
        year=meta.get("year"),
        parents=[
            zwgk.PlanRef(title=r.get("title"), doc_number=r.get("doc_number"))
            for r in meta.get("parents") or ()
        ],
        default_deadline=_deadline(meta.get("default_deadline")),
        source=data.get("source"),
    )


PREFIXES = ("000", "001", "002", "003", "004")
