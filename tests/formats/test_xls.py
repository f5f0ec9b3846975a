"""Excel 97 and WPS Spreadsheets files saved by LibreOffice from the office-made
XLSX files, scored against the gold of the XLSX each was saved from."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlrd

import zwgk
from tests.formats.common import FORMATS, OFFICE, gold_of, mean_score
from tests.formats.ole_maker import ole_file
from zwgk.errors import ParseError
from zwgk_plugins.xls_format import read_xls_document

SHEETS = sorted((FORMATS / "sheets").iterdir())


def test_there_are_xls_and_et_files() -> None:
    assert {p.suffix for p in SHEETS} == {".xls", ".et"}
    assert len(SHEETS) >= 6


@pytest.mark.parametrize("path", SHEETS, ids=[p.name for p in SHEETS])
def test_scores_equal_the_xlsx_they_were_saved_from(path: Path) -> None:
    gold = gold_of(path, OFFICE)
    plan = zwgk.read(path)
    assert mean_score(gold, plan) == mean_score(gold, zwgk.read(OFFICE / f"{path.stem}.xlsx"))


def test_merged_ranges_become_spans() -> None:
    path = FORMATS / "sheets" / "x04_heading_rows_alt_enter.xls"
    book = xlrd.open_workbook(path, formatting_info=True)
    merged = [m for s in book.sheets() for m in s.merged_cells]
    assert merged, "the test file must have merged cells"
    document = read_xls_document(path.read_bytes())
    spans = [c for g in document.grids for c in g.cells if c.rowspan > 1 or c.colspan > 1]
    assert len(spans) >= len([m for m in merged if m[1] - m[0] > 1 or m[3] - m[2] > 1]) - 2


def test_dates_read_as_chinese_dates() -> None:
    document = read_xls_document(
        (FORMATS / "sheets" / "x02_dates_hidden_notes_sheet.xls").read_bytes()
    )
    texts = [c.text for g in document.grids for c in g.cells]
    assert any("年" in t and "月" in t for t in texts)
    assert not any(t.replace(".", "").isdigit() and float(t) > 40000 for t in texts)


def test_an_et_file_holding_xlsx_goes_to_the_xlsx_reader() -> None:
    (et,) = [p for p in SHEETS if p.suffix == ".et" and p.read_bytes()[:2] == b"PK"]
    plan = zwgk.read(et)
    assert plan.format == "xls"
    assert any("XLSX" in d.message for d in plan.diagnostics)


def test_an_xls_with_looping_sectors_is_a_parse_error(tmp_path: Path) -> None:
    target = tmp_path / "hostile.xls"
    target.write_bytes(ole_file([f"s{i}" for i in range(12)], loop=True))
    with pytest.raises(ParseError, match="loops"):
        zwgk.read(target)


def test_a_damaged_workbook_stream_is_a_parse_error(tmp_path: Path) -> None:
    target = tmp_path / "broken.xls"
    target.write_bytes(ole_file(["Workbook"]))
    with pytest.raises(ParseError):
        zwgk.read(target)
