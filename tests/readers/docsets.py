"""Sets of test documents with hand-made gold: scoring against floors, and nothing lost.

Used by ``test_realistic_plans.py`` and ``test_fresh_plans.py``: each set is a
folder of documents, each with a ``NAME.gold.json`` in the seeds' format.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import lxml.html

import zwgk
from tests.scoring import COLUMNS, score
from zwgk._decode import decode
from zwgk.testing import unplaced_text


def gold_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.gold.json"))


def gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def doc_id(path: Path) -> str:
    return path.name.split(".")[0]


def columns_under_floor(
    folder: Path, gold_path: Path, known: dict[str, dict[str, float]]
) -> dict[str, float]:
    """The columns of a document that score below their floor (100 unless ``known``)."""
    expected = gold(gold_path)
    got = score(expected, zwgk.read(folder / expected["source"]))
    floor = known.get(doc_id(gold_path), {})
    return {c: round(got[c], 1) for c in COLUMNS if round(got[c], 1) < floor.get(c, 100.0)}


def unplaced(folder: Path, gold_path: Path) -> str:
    """Content of the document that is neither in a task nor in the residue."""
    source = folder / gold(gold_path)["source"]
    plan = zwgk.read(source)
    text, _, _ = decode(source.read_bytes())
    if source.suffix == ".html":
        text = page_text(text)
    return unplaced_text(text, plan)


def page_text(page: str) -> str:
    """What a browser shows of a page: the body's text, without scripts and styles."""
    root = lxml.html.document_fromstring(page)
    for el in root.xpath("//script|//style"):
        el.drop_tree()
    body = root.find("body")
    return str((body if body is not None else root).text_content())
