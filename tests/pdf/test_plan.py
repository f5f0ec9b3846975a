"""End to end: office-made PDFs read with ``zwgk.read`` (their scores against the seeds' gold
are kept by ``tests/readers/test_corpus.py``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import zwgk
from tests.conftest import DATA, SEEDS
from zwgk_plugins.pdf_format import read_document

PDFS = DATA / "pdf"


def _builder_ready() -> None:
    # The plan builder reads the notice's metadata with zwgk.lang.metadata.
    pytest.importorskip("zwgk.lang.metadata", reason="zwgk.lang.metadata is not there yet")


@pytest.fixture(scope="module")
def plan001() -> zwgk.Plan:
    _builder_ready()
    return zwgk.read(PDFS / "plan001.pdf")


def test_page_numbers_and_repeated_headers_do_not_become_tasks(plan001: zwgk.Plan) -> None:
    plan = plan001
    gold = json.loads((SEEDS / "001_512a5e0ef4657c09.gold.json").read_text("utf-8"))
    assert plan.format == "pdf"
    assert len(plan.tasks) == len(gold["tasks"])
    assert not any("页" in t.text and len(t.text) < 8 for t in plan.tasks)
    pages = {r.location.page for r in plan.residue if r.reason == "page number" and r.location}
    assert pages == set(range(1, 9))


@pytest.mark.needs_soffice
@pytest.mark.slow
def test_regenerated_fixture_reads_the_same(tmp_path: Path, pdf_dir: Path) -> None:
    """Rebuild a fixture with LibreOffice now and read it: same grid as the committed one."""
    if shutil.which("soffice") is None:
        pytest.skip(
            "soffice (LibreOffice) is not on PATH: apt-get install libreoffice-writer-nogui"
        )
    pytest.importorskip("docx")
    from tests.pdf import make_fixtures

    pdf = make_fixtures.build("plan000", tmp_path)
    fresh = read_document(pdf.read_bytes())
    committed = read_document((pdf_dir / "plan000.pdf").read_bytes())
    assert len(fresh.grids) == len(committed.grids) == 1
    assert [(c.row, c.col, c.rowspan, c.text) for c in fresh.grids[0].cells] == [
        (c.row, c.col, c.rowspan, c.text) for c in committed.grids[0].cells
    ]
