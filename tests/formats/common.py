"""Paths and scoring shared by the format tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import zwgk
from tests.scoring import score

DATA = Path(__file__).resolve().parent.parent / "data"
FORMATS = DATA / "formats"
OFFICE = DATA / "office_realistic"
PDFS = DATA / "pdf_realistic"


def gold_of(path: Path, source_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((source_dir / f"{path.stem}.gold.json").read_text("utf-8"))
    return data


def mean_score(gold: dict[str, Any], plan: zwgk.Plan) -> float:
    result = score(gold, plan)
    return sum(result.values()) / len(result)
