"""Plans for the cascade tests: from the seeds' gold annotations, or built small."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import zwgk

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def _deadline(data: dict[str, Any] | None) -> zwgk.Deadline | None:
    if not data:
        return None
    due = dt.date.fromisoformat(data["due"]) if data.get("due") else None
    return zwgk.Deadline(data["raw"], data["kind"], due=due)


def gold_plan(stem: str) -> zwgk.Plan:
    """The plan a seed's gold annotation describes (e.g. ``gold_plan("002")``)."""
    (path,) = SEEDS.glob(f"{stem}*.gold.json")
    data = json.loads(path.read_text("utf-8"))
    meta = data["plan"]
    tasks = []
    for t in data["tasks"]:
        resp = None
        if t.get("responsibility") is not None or t.get("units"):
            resp = zwgk.Responsibility(
                t.get("responsibility") or "",
                [zwgk.Assignment(u["name"], u["role"].split("|")[0]) for u in t.get("units", ())],
            )
        tasks.append(
            zwgk.Task(
                t["text"],
                number=t["number"],
                label=t["label"],
                section=tuple(t["section"]),
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
        parents=[zwgk.PlanRef(p.get("title"), p.get("doc_number")) for p in meta["parents"]],
        default_deadline=_deadline(meta.get("default_deadline")),
        source=path.name,
    )


def unit(name: str, role: str = "owner") -> zwgk.Responsibility:
    """A responsibility naming one unit."""
    return zwgk.Responsibility(name, [zwgk.Assignment(name, role)])


def date_deadline(raw: str, due: dt.date) -> zwgk.Deadline:
    return zwgk.Deadline(raw, zwgk.DeadlineKind.DATE, due=due)
