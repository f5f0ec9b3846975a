"""Seeds 001 and 002 rebuilt as the office documents they were (merged cells,
titles, notices, page breaks), read back and compared with their gold files."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

import zwgk
from tests.office.office_files import (
    SEED_001,
    SEED_002,
    gold,
    seed_001_docx,
    seed_002_docx,
    seed_002_xlsx,
)

_WS = re.compile(r"\s+")


def _n(text: str | None) -> str:
    return _WS.sub("", text or "").rstrip("。；;.")


def _ok(value: str, gold_value: str) -> bool:
    """Gold values may list alternatives as ``a|b``."""
    return _n(value) in {_n(a) for a in gold_value.split("|")}


def _units_match(plan_units: list[tuple[str, str]], gold_units: list[dict[str, str]]) -> bool:
    if len(plan_units) != len(gold_units):
        return False
    left = list(gold_units)
    for unit, role in plan_units:
        hit = next((g for g in left if _ok(unit, g["name"]) and _ok(role, g["role"])), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _mismatches(plan: zwgk.Plan, expected: dict[str, Any]) -> list[str]:
    out: list[str] = []
    by_number = {t.number: t for t in plan.tasks}
    for g in expected["tasks"]:
        t = by_number.get(g["number"])
        if t is None:
            out.append(f"task {g['number']}: missing")
            continue
        if _n(t.text) != _n(g["text"]):
            out.append(f"task {g['number']} text: {t.text!r}")
        if [_n(s) for s in t.section] != [_n(s) for s in g["section"]]:
            out.append(f"task {g['number']} section: {t.section!r}")
        raw = t.responsibility.raw if t.responsibility else None
        if _n(raw) != _n(g["responsibility"]):
            out.append(f"task {g['number']} responsibility: {raw!r}")
        if g["units"] is not None:
            units = [
                (a.unit, a.role.value)
                for a in (t.responsibility.assignments if t.responsibility else ())
            ]
            if not _units_match(units, g["units"]):
                out.append(f"task {g['number']} units: {units!r}")
        gd = g["deadline"]
        pd = t.deadline
        got = (pd.kind.value, pd.due.isoformat() if pd.due else None) if pd else None
        if got != ((gd["kind"], gd["due"]) if gd else None):
            out.append(f"task {g['number']} deadline: {got!r}")
        if _n(t.note) != _n(g["note"]):
            out.append(f"task {g['number']} note: {t.note!r}")
    if len(plan.tasks) != len(expected["tasks"]):
        out.append(f"{len(plan.tasks)} tasks, gold has {len(expected['tasks'])}")
    return out


def _metadata(plan: zwgk.Plan) -> dict[str, Any]:
    return {
        "title": plan.title,
        "doc_number": plan.doc_number,
        "date": plan.date.isoformat() if plan.date else None,
    }


CASES: list[tuple[str, Callable[[], bytes], str]] = [
    (SEED_001, seed_001_docx, "docx"),
    (SEED_002, seed_002_docx, "docx"),
    (SEED_002, seed_002_xlsx, "xlsx"),
]


@pytest.mark.parametrize(("seed", "make", "fmt"), CASES)
def test_office_made_file_matches_gold(seed: str, make: Callable[[], bytes], fmt: str) -> None:
    expected = gold(seed)
    plan = zwgk.read(make(), format=fmt)
    assert _mismatches(plan, expected) == []
    meta = expected["plan"]
    got = _metadata(plan)
    assert _n(got["title"]) == _n(meta["title"])
    assert got["doc_number"] == meta["doc_number"]
    assert got["date"] == meta["date"]
    if meta["default_deadline"] is not None:
        assert plan.default_deadline is not None
        assert plan.default_deadline.due is not None
        assert plan.default_deadline.due.isoformat() == meta["default_deadline"]["due"]


def test_nothing_of_the_office_file_is_lost() -> None:
    """Every text of the document is in a task, the metadata or the residue."""
    plan = zwgk.read(seed_002_xlsx(), format="xlsx")
    residue = "".join(r.text for r in plan.residue)
    assert "0750-1234567" in residue  # the contacts sheet is not a plan, but it is kept
