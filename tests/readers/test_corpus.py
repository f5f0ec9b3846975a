"""Every document of the corpus manifest, read and scored against its gold.

``tests/data/corpus.toml`` lists the documents (real plans as published,
office-made files, plans written by hand after real layouts) with the score
each must keep per column; ``python -m tests.corpus_score`` prints the table.
A document reads at least at its floor on every column, a notice without tasks
grows no more tasks than it had, and nothing of a text or web page is lost:
every letter, digit and Han character is in a task, the metadata or the residue.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.corpus import ORIGINS, SETS, Entry, load, measure
from tests.scoring import COLUMNS

ENTRIES = load()


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_document_keeps_its_floor_and_loses_nothing(entry: Entry) -> None:
    m = measure(entry)
    assert m.error is None, m.error
    assert not m.under_floor(), f"columns under their floor: {m.under_floor()}"
    if m.gold_tasks == 0:
        assert m.found_tasks <= entry.extra_tasks, f"{m.found_tasks} tasks read, gold has none"
    assert m.lost in (None, ""), f"text in no task and not in the residue: {m.lost!r}"


def test_manifest_lists_every_gold_file_once_with_its_document() -> None:
    seen = Counter((e.path, e.gold) for e in ENTRIES)
    assert not [k for k, n in seen.items() if n > 1]
    for e in ENTRIES:
        assert e.path.is_file(), e.path
        assert e.gold.is_file(), e.gold
        assert e.set in SETS and e.origin in ORIGINS
        assert e.exercises and e.made_by, e.name
        assert set(e.floor) == set(COLUMNS)
    listed = {e.gold.resolve() for e in ENTRIES}
    data = ENTRIES[0].path.parents[1]
    unlisted = [g for g in data.glob("*/*.gold.json") if g.resolve() not in listed]
    assert not unlisted, f"gold files the manifest does not list: {unlisted}"


def test_every_kind_of_document_is_there() -> None:
    formats = {e.format for e in ENTRIES}
    assert {"text", "html", "docx", "xlsx", "pdf"} <= formats
    assert set(ORIGINS) == {e.origin for e in ENTRIES}
