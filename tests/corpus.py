"""The scored test corpus: a manifest of documents with hand-made gold.

``tests/data/corpus.toml`` lists every document the readers are scored on
(its format, where it came from, what it exercises, the set it belongs to and
the score it must keep per column); the format is described in
``tests/data/README.md``.  :func:`load` reads a manifest, :func:`measure`
reads one document and scores it with :mod:`tests.scoring`, and
:func:`unplaced` says what of a document's text the plan lost.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html

import zwgk
from tests.scoring import COLUMNS, counts, summarize
from zwgk._decode import decode
from zwgk.testing import unplaced_text

DATA = Path(__file__).resolve().parent / "data"
MANIFEST = DATA / "corpus.toml"
SETS = ("dev", "heldout")
ORIGINS = ("real", "office-made", "hand-written")
# Formats whose source text the nothing-lost check can recover from the bytes.
TEXT_FORMATS = ("text", "markdown", "html")


@dataclass(frozen=True)
class Entry:
    """One scored document of a manifest."""

    path: Path
    gold: Path
    format: str
    origin: str
    made_by: str
    exercises: str
    corpus: str
    set: str
    floor: dict[str, float]
    extra_tasks: int = 0

    @property
    def name(self) -> str:
        """``corpus/file`` — how tests and tables name the document."""
        return f"{self.corpus}/{self.path.name}"


@dataclass
class Measure:
    """What one document reads at: columns, task counts and lost text."""

    entry: Entry
    columns: dict[str, float] = field(default_factory=dict)
    tallies: dict[str, Any] = field(default_factory=dict)
    gold_tasks: int = 0
    found_tasks: int = 0
    lost: str | None = None
    error: str | None = None

    def under_floor(self) -> dict[str, float]:
        """The columns below their floor, rounded as the manifest rounds them."""
        return {
            c: round(self.columns[c], 1)
            for c in COLUMNS
            if round(self.columns[c], 1) < self.entry.floor[c]
        }


def _entry(raw: dict[str, Any], base: Path) -> Entry:
    missing = {"path", "gold", "format", "origin", "set", "floor"} - raw.keys()
    if missing:
        raise ValueError(f"corpus entry {raw.get('path')!r} lacks {sorted(missing)}")
    if raw["set"] not in SETS or raw["origin"] not in ORIGINS:
        raise ValueError(f"corpus entry {raw['path']!r}: bad set or origin")
    floor = {c: float(raw["floor"].get(c, 0.0)) for c in COLUMNS}
    return Entry(
        path=base / raw["path"],
        gold=base / raw["gold"],
        format=raw["format"],
        origin=raw["origin"],
        made_by=raw.get("made_by", ""),
        exercises=raw.get("exercises", ""),
        corpus=raw.get("corpus", Path(raw["path"]).parts[0]),
        set=raw["set"],
        floor=floor,
        extra_tasks=int(raw.get("extra_tasks", 0)),
    )


def load(manifest: Path = MANIFEST) -> list[Entry]:
    """The entries of ``manifest``; paths in it are relative to its folder."""
    data = tomllib.loads(manifest.read_text("utf-8"))
    return [_entry(raw, manifest.parent) for raw in data.get("doc", [])]


def gold(entry: Entry) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(entry.gold.read_text("utf-8"))
    return data


def page_text(page: str) -> str:
    """What a browser shows of a page: the body's text, without scripts and styles."""
    root = lxml.html.document_fromstring(page)
    for el in root.xpath("//script|//style"):
        el.drop_tree()
    body = root.find("body")
    return str((body if body is not None else root).text_content())


def unplaced(entry: Entry, plan: zwgk.Plan) -> str | None:
    """Letters, digits and Han characters of the source in no task, metadata or residue.

    ``None`` where the format's text cannot be recovered from the bytes alone
    (office files and PDF: their readers are checked by their own tests).
    """
    if entry.format not in TEXT_FORMATS:
        return None
    text, _, _ = decode(entry.path.read_bytes())
    if entry.format == "html":
        text = page_text(text)
    return unplaced_text(text, plan)


def measure(entry: Entry, *, lost: bool = True) -> Measure:
    """Read ``entry`` and score it against its gold (a crash scores zero, and is kept)."""
    m = Measure(entry)
    expected = gold(entry)
    m.gold_tasks = len(expected["tasks"])
    try:
        plan = zwgk.read(entry.path)
    except Exception as exc:  # a crash scores zero, and is reported
        m.error = f"{type(exc).__name__}: {exc}"[:200]
        m.columns = dict.fromkeys(COLUMNS, 0.0)
        m.tallies = counts(expected, zwgk.Plan(tasks=[]))
        return m
    m.found_tasks = len(plan.tasks)
    m.tallies = counts(expected, plan)
    m.columns = summarize(m.tallies)
    if lost:
        m.lost = unplaced(entry, plan)
    return m
