"""What the PDF reader extracts from office-made PDFs, checked against the seeds' gold."""

from __future__ import annotations

import json
import re
from itertools import groupby
from pathlib import Path
from typing import Any

import pytest

from tests.pdf.conftest import pdf_bytes
from zwgk.document import Block, Document, Grid
from zwgk_plugins.pdf_format import read_document

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"
WS = re.compile(r"\s+")


def norm(s: str) -> str:
    return WS.sub("", s)


def gold(seed: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SEEDS / f"{seed}.gold.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def doc000() -> Document:
    return read_document(pdf_bytes("plan000"), name="plan000.pdf")


@pytest.fixture(scope="module")
def doc001() -> Document:
    return read_document(pdf_bytes("plan001"), name="plan001.pdf")


@pytest.fixture(scope="module")
def doc004() -> Document:
    return read_document(pdf_bytes("plan004"), name="plan004.pdf")


def task_rows(grid: Grid, col: int) -> dict[int, int]:
    """Task number -> grid row, from the cells of the task column that open with ``N.``."""
    out = {}
    for c in grid.cells:
        m = re.match(r"(\d+)\.", c.text)
        if c.col == col and m:
            out[int(m.group(1))] = c.row
    return out


def runs(tasks: list[dict[str, Any]], key: Any) -> list[list[int]]:
    return [[t["number"] for t in grp] for _, grp in groupby(tasks, key=key)]


class TestRuledTable:
    def test_notice_blocks_come_before_the_one_table(self, doc000: Document) -> None:
        kinds = [type(p).__name__ for p in doc000.parts]
        assert kinds.count("Grid") == 1  # four pages of table read as one
        first_grid = kinds.index("Grid")
        notice = [p.text for p in doc000.parts[:first_grid] if isinstance(p, Block)]
        assert "江建管〔2021〕11号" in notice
        # the title broken over two lines is one paragraph
        assert "关于印发《市建管中心2021年政务公开工作要点分工方案》的通知" in notice
        assert "2021年10月19日" in notice  # the date under the seal image
        body = next(t for t in notice if t.startswith("根据"))
        assert body.endswith("请认真抓好落实。")
        assert "\n" not in body

    def test_every_task_is_one_row_with_its_text(self, doc000: Document) -> None:
        g = gold("000_50d58eb3aec70650")
        grid = doc000.grids[0]
        rows = task_rows(grid, 1)
        assert sorted(rows) == [t["number"] for t in g["tasks"]]
        assert grid.n_rows == len(g["tasks"]) + 1  # header + one row per task
        for t in g["tasks"]:
            cell = grid.at(rows[t["number"]], 1)
            assert cell is not None
            assert norm(cell.text) == norm(f"{t['number']}.{t['text']}")

    def test_merged_cells_span_exactly_their_tasks(self, doc000: Document) -> None:
        g = gold("000_50d58eb3aec70650")
        grid = doc000.grids[0]
        rows = task_rows(grid, 1)
        sec_runs = runs(g["tasks"], lambda t: t["section"])
        resp_runs = runs(g["tasks"], lambda t: (t["section"], t["responsibility"]))
        for col, group_runs in ((0, sec_runs), (2, resp_runs)):
            for run in group_runs:
                cell = grid.at(rows[run[0]], col)
                assert cell is not None
                assert cell.row == rows[run[0]]
                assert cell.rowspan == len(run), (col, run, cell)
        # the responsibility of tasks 8-9 runs over a page break and is one cell
        cell = grid.at(rows[9], 2)
        assert cell is not None
        assert cell.row == rows[8]
        assert cell.text == "办公室牵头，各科室协办"

    def test_row_split_by_a_page_break_is_joined(self, doc000: Document) -> None:
        g = gold("000_50d58eb3aec70650")
        long = {t["number"]: t["text"] for t in g["tasks"]}
        grid = doc000.grids[0]
        texts = [c.text for c in grid.cells if c.col == 1]
        # no fragment of a task text stands alone in a row of its own
        for text in texts[1:]:
            assert re.match(r"\d+\.", text), text
        assert any(norm(long[9]) in norm(t) for t in texts)

    def test_page_numbers_go_to_the_residue(self, doc000: Document) -> None:
        numbers = [r for r in doc000.residue if r.reason == "page number"]
        assert [r.location.page for r in numbers if r.location] == [1, 2, 3, 4, 5]
        assert all(re.fullmatch(r"—\s*\d\s*—", r.text) for r in numbers)
        assert not any(
            re.fullmatch(r"—\s*\d\s*—", p.text) for p in doc000.parts if isinstance(p, Block)
        )

    def test_five_columns_two_heading_levels_eight_pages(self, doc001: Document) -> None:
        g = gold("001_512a5e0ef4657c09")
        assert len(doc001.grids) == 1
        grid = doc001.grids[0]
        assert [c.text for c in grid.cells if c.row == 0] == [
            "工作要求", "工作任务", "具体要求", "责任科室(单位)", "完成时限",
        ]  # fmt: skip
        rows = task_rows(grid, 2)
        assert sorted(rows) == list(range(1, len(g["tasks"]) + 1))
        for t in g["tasks"]:
            r = rows[t["number"]]
            text, resp, deadline = (grid.at(r, k) for k in (2, 3, 4))
            assert text is not None
            assert resp is not None
            assert deadline is not None
            assert norm(text.text) == norm(f"{t['number']}.{t['text']}")
            assert norm(resp.text) == norm(t["responsibility"])
            assert norm(deadline.text) == norm(t["deadline"]["raw"] if t["deadline"] else "")
        for run in runs(g["tasks"], lambda t: t["section"][0]):
            cell = grid.at(rows[run[0]], 0)
            assert cell is not None
            assert cell.rowspan == len(run)
            assert norm(g["tasks"][run[0] - 1]["section"][0]) in norm(cell.text)
        pages = {
            r.location.page for r in doc001.residue if r.reason == "page number" and r.location
        }
        assert pages == set(range(1, 9))
        running = [r for r in doc001.residue if r.reason == "running header"]
        assert {r.text for r in running} == {"江门市住房和城乡建设局"}
        assert {r.location.page for r in running if r.location} == set(range(1, 9))
        assert not any("住房和城乡建设局" in b.text for b in doc001.blocks)


class TestProse:
    def test_one_block_per_paragraph(self, doc004: Document) -> None:
        g = gold("004_40fd49317bf4f7aa")
        texts = [p.text for p in doc004.parts if isinstance(p, Block)]
        assert not doc004.grids
        seed = (SEEDS / "004_40fd49317bf4f7aa.txt").read_text("utf-8").splitlines()
        paragraphs = {norm(x)[: x.index("）") + 1]: norm(x) for x in seed if x.startswith("（")}
        for t in g["tasks"]:
            hits = [x for x in texts if x.startswith(t["label"])]
            assert len(hits) == 1, t["label"]
            # the paragraph as the seed has it: text and responsibilities, nothing more
            assert norm(hits[0]) == paragraphs[t["label"]]
            assert "\n" not in hits[0]
        headings = [x for x in texts if re.match(r"[一二三四五]、", x)]
        assert [h[2:] for h in headings] == list(dict.fromkeys(t["section"][0] for t in g["tasks"]))
        assert texts[0] == "九府办函〔2021〕106号"
        assert "九江市人民政府办公室关于印发2021年全市政务公开重点工作责任分工的通知" in texts

    def test_paragraph_over_a_page_break_and_ragged_lines(self, doc004: Document) -> None:
        texts = [p.text for p in doc004.parts if isinstance(p, Block)]
        intro = next(x for x in texts if x.startswith("为深入贯彻落实"))
        assert "（赣府厅〔2021〕30号）要求" in intro
        labels = [x for x in texts if re.match(r"（[一二三四五六七八九十]+）", x)]
        assert len(labels) == 29


class TestUnruledTable:
    def test_columns_from_the_header_and_rows_from_the_serial_numbers(self) -> None:
        g = gold("001_512a5e0ef4657c09")
        doc = read_document(pdf_bytes("borderless"))
        assert len(doc.grids) == 1
        grid = doc.grids[0]
        assert [c.text for c in grid.cells if c.row == 0] == [
            "序号",
            "工作任务",
            "责任单位",
            "完成时限",
        ]
        assert grid.n_rows == 7
        for t in g["tasks"][:6]:
            row = t["number"]
            cells = [grid.at(row, k) for k in range(4)]
            assert all(c is not None for c in cells)
            num, text, resp, dl = (c.text for c in cells if c is not None)
            assert num == str(t["number"])
            assert norm(text) == norm(t["text"])
            assert norm(resp) == norm(t["responsibility"])
            assert norm(dl) == norm(t["deadline"]["raw"])
        # the header line is not repeated as a paragraph
        assert not any(isinstance(p, Block) and p.text.startswith("序号") for p in doc.parts)
