"""PDFs made the way offices make them (a Word file saved as PDF by
LibreOffice), read and scored against the gold of the seed each was rebuilt
from.  The files are made by ``tests/data/pdf_realistic/make_pdf_files.py``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import zwgk
from tests.scoring import score
from zwgk.document import Cell
from zwgk_plugins._pdf_layout import (
    Char,
    Line,
    PageTable,
    group_lines,
    join_lines,
    join_tables,
    paragraphs,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "pdf_realistic"
FILES = sorted(DATA.glob("*.pdf"))
# Files not read well yet (see docs/pdf.md).
KNOWN_WEAK: set[str] = set()


def test_there_are_enough_files() -> None:
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_scores_against_gold(path: Path) -> None:
    if path.stem in KNOWN_WEAK:
        pytest.xfail("not read well yet")
    gold: dict[str, Any] = json.loads(path.with_suffix(".gold.json").read_text("utf-8"))
    result = score(gold, zwgk.read(path))
    low = {k: round(v, 1) for k, v in result.items() if v < 100.0}
    assert not low, f"{path.name}: {low}"


def _line(text: str, x0: float, top: float, *, size: float = 10.0, page: int = 1) -> Line:
    chars = [
        Char(ch, x0 + i * size, x0 + (i + 1) * size, top, top + size, size)
        for i, ch in enumerate(text)
    ]
    (line,) = group_lines(chars, page=page)
    return line


def test_a_number_wrapped_in_a_narrow_column_is_one_number() -> None:
    assert join_lines([_line("1", 0, 0), _line("0", 0, 12)]) == "10"
    assert join_lines([_line("see", 0, 0), _line("page", 0, 12)]) == "see page"


def _table(rows: list[list[str]], page: int) -> PageTable:
    cells = [Cell(t, r, c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return PageTable(cells, len(rows), [0.0, 20.0, 200.0, 300.0], 0.0, 500.0, page, True, page)


HEADER = ["序号", "具体要求", "责任单位"]


def test_a_serial_number_cut_by_the_page_break_joins_its_row() -> None:
    first = _table(
        [HEADER, ["13", "公开预算。", "财务科"], ["1", "严格执行《供电企业信息", "办公室"]], 1
    )
    second = _table([HEADER, ["4", "公开实施办法》。", ""], ["15", "公开决算。", "财务科"]], 2)
    joined = join_tables(first, second)
    assert joined is not None
    assert [joined.row_texts(r) for r in range(joined.rows)] == [
        HEADER,
        ["13", "公开预算。", "财务科"],
        ["14", "严格执行《供电企业信息公开实施办法》。", "办公室"],
        ["15", "公开决算。", "财务科"],
    ]


def test_a_complete_serial_number_at_the_foot_of_a_page_is_not_joined() -> None:
    first = _table([HEADER, ["13", "公开预算", "财务科"], ["14", "公开决算", "财务科"]], 1)
    second = _table([HEADER, ["15", "公开规划", "办公室"]], 2)
    joined = join_tables(first, second)
    assert joined is not None
    assert [joined.row_texts(r)[0] for r in range(joined.rows)] == ["序号", "13", "14", "15"]


def test_a_doc_number_line_is_its_own_paragraph() -> None:
    texts = ["江门市某某中心", "江建管〔2021〕11号", "关于印发某某方案的通知"]
    # centred lines of one size, as a notice's head is set
    lines = [_line(t, (420 - 14 * len(t)) / 2, 18 * i, size=14) for i, t in enumerate(texts)]
    groups = paragraphs(lines, left=0.0, right=420.0)
    assert [[ln.text for ln in g] for g in groups] == [
        ["江门市某某中心"],
        ["江建管〔2021〕11号"],
        ["关于印发某某方案的通知"],
    ]
