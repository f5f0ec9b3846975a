"""Plans in layouts the seeds do not show, read and compared with hand-made gold.

Each document under ``tests/data/realistic`` is a plausible real plan (other
provinces, cities, bureaus and counties, other years, numbering styles and
encodings) with a gold file in the seeds' format.  Every one is scored against
its gold by ``tests/readers/test_corpus.py`` (the table: ``python -m
tests.corpus_score --corpus realistic``); the tests here check particular
mechanisms those documents call for.
"""

from __future__ import annotations

from pathlib import Path

import zwgk

DATA = Path(__file__).resolve().parents[1] / "data" / "realistic"


def test_pdf_page_numbers_and_repeated_headers_go_to_the_residue() -> None:
    plan = zwgk.read(DATA / "r22_pdf_pagebreaks.txt")
    reasons = {r.text: r.reason for r in plan.residue}
    assert reasons["— 2 —"] == "page number"
    assert "repeated table header" in reasons.values()
    assert plan.task(2).text.endswith("整改情况公开。")


def test_unreadable_deadline_cell_is_kept_and_reported() -> None:
    text = (
        "\t序号\n\t具体要求\n\t责任单位\n\t完成时限\n\n"
        "\t1\n\t做好信息公开。\n\t办公室\n\t视情况而定\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert plan.task(1).deadline is None
    assert any(
        r.reason == "deadline not understood" and r.text == "视情况而定" for r in plan.residue
    )
    assert "deadline.unread" in {d.code for d in plan.diagnostics}


def test_cells_pointing_at_statutory_periods_are_relative_deadlines() -> None:
    plan = zwgk.read(DATA / "r08_rules.txt")
    deadline = plan.task(4).deadline
    assert deadline is not None and deadline.raw == "按规定时限"
    assert deadline.kind is zwgk.DeadlineKind.RELATIVE


def test_unnumbered_tasks_keep_no_number_and_an_empty_label() -> None:
    plan = zwgk.read(DATA / "r19_tab_unnumbered.txt")
    assert [(t.number, t.label) for t in plan.tasks] == [(None, ""), (None, ""), (None, "")]


def test_columns_layout_is_detected_and_can_be_forced() -> None:
    data = (DATA / "r17_pdf_layout.txt").read_bytes()
    assert [t.number for t in zwgk.read(data, format="text").tasks] == [1, 2, 3, 4]
    forced = zwgk.read(data, format="text", layout="columns")
    assert forced.task(2).deadline is not None
    # forcing it on text with no column header falls back instead of failing
    prose = (DATA / "r06_prose_gbk.txt").read_bytes()
    assert len(zwgk.read(prose, format="text", layout="columns").tasks) == 5
