"""The DOCX reader's extraction: grids with true spans, text from every run."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_BREAK

from tests.office.office_files import docx_with_body_xml, p, seed_001_docx, tbl, tc, tr
from zwgk.document import Block, Grid
from zwgk.errors import UnsafeInputError
from zwgk.safety import Limits
from zwgk_plugins.docx_format import read_docx_document


def _save(doc: docx.document.Document) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _grids(data: bytes) -> list[Grid]:
    return list(read_docx_document(data).grids)


def test_vertical_and_horizontal_merges_become_spans() -> None:
    doc = docx.Document()
    table = doc.add_table(rows=4, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    table.cell(1, 0).merge(table.cell(3, 0))  # vMerge
    table.cell(0, 1).merge(table.cell(0, 2))  # gridSpan
    (grid,) = _grids(_save(doc))
    assert (grid.n_rows, grid.n_cols) == (4, 3)
    merged = grid.at(2, 0)
    assert merged is not None
    assert (merged.row, merged.col, merged.rowspan, merged.colspan) == (1, 0, 3, 1)
    assert merged.text.split("\n")[0] == "r1c0"
    wide = grid.at(0, 2)
    assert wide is not None
    assert (wide.row, wide.col, wide.colspan) == (0, 1, 2)
    # every position is covered exactly once
    assert sum(c.rowspan * c.colspan for c in grid.cells) == 12


def test_text_from_runs_fields_content_controls_and_insertions_but_not_deletions() -> None:
    body = (
        "<w:p><w:r><w:t>做好</w:t></w:r><w:r><w:t>规划</w:t></w:r>"
        '<w:fldSimple w:instr=" DATE "><w:r><w:t>2021年</w:t></w:r></w:fldSimple>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:ins w:id="1" w:author="a"><w:r><w:t>公开</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>删除的</w:delText></w:r></w:del>'
        "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>工作</w:t></w:r></w:sdtContent></w:sdt>"
        "<w:r><w:tab/><w:t>末</w:t><w:br/><w:t>尾</w:t></w:r></w:p>"
        "<w:sdt><w:sdtPr/><w:sdtContent>" + p("控件段落") + "</w:sdtContent></w:sdt>"
    )
    document = read_docx_document(docx_with_body_xml(body))
    texts = [b.text for b in document.blocks]
    assert texts[0] == "做好规划2021年3公开工作\t末\n尾"
    assert "删除的" not in "".join(texts)
    assert "PAGE" not in texts[0]
    assert texts[1] == "控件段落"
    assert document.residue == ()


def test_cells_inside_content_controls_and_row_insertions() -> None:
    rows = tr(tc(p("序号")), tc(p("具体要求"))) + (
        "<w:sdt><w:sdtContent>" + tr(tc(p("1")), tc(p("控件里的任务"))) + "</w:sdtContent></w:sdt>"
    )
    row3 = (
        "<w:tr><w:sdt><w:sdtContent>"
        + tc(p("2"))
        + "</w:sdtContent></w:sdt>"
        + tc(p("乙"))
        + "</w:tr>"
    )
    (grid,) = _grids(docx_with_body_xml(tbl(rows, row3)))
    assert [[c.text for c in row] for row in grid.rows()] == [  # type: ignore[union-attr]
        ["序号", "具体要求"],
        ["1", "控件里的任务"],
        ["2", "乙"],
    ]


def test_text_the_walk_does_not_reach_is_kept_as_residue() -> None:
    body = p("正文") + "<x:wrapper>" + p("藏在未知元素里的文字") + "</x:wrapper>"
    document = read_docx_document(docx_with_body_xml(body))
    assert [b.text for b in document.blocks] == ["正文"]
    assert any("藏在未知元素里的文字" in r.text for r in document.residue)
    assert any(d.code == "docx.unplaced-text" for d in document.diagnostics)


def test_continuation_cell_text_goes_to_residue() -> None:
    restart = '<w:vMerge w:val="restart"/>'
    rows = tr(tc(p("甲"), restart), tc(p("一"))) + tr(tc(p("隐藏"), "<w:vMerge/>"), tc(p("二")))
    document = read_docx_document(docx_with_body_xml(tbl(rows)))
    (grid,) = document.grids
    assert grid.at(1, 0) is grid.at(0, 0)
    assert [r.text for r in document.residue] == ["隐藏"]


def test_grid_before_shifts_cells() -> None:
    rows = tr(tc(p("a")), tc(p("b")), tc(p("c"))) + tr(
        tc(p("x")), props='<w:gridBefore w:val="2"/>'
    )
    (grid,) = _grids(docx_with_body_xml(tbl(rows, cols=3)))
    x = grid.at(1, 2)
    assert x is not None
    assert x.text == "x"


def test_table_continued_after_page_break_is_one_grid() -> None:
    doc = docx.Document()
    doc.add_paragraph("标题")
    for part in range(2):
        if part:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        t = doc.add_table(rows=2, cols=3)
        for k, h in enumerate(["序号", "具体要求", "责任单位"]):
            t.rows[0].cells[k].text = h
        t.rows[1].cells[0].text = str(part + 1)
        t.rows[1].cells[1].text = f"任务{part + 1}"
    document = read_docx_document(_save(doc))
    (grid,) = document.grids
    assert grid.n_rows == 4
    assert [c.text for c in grid.cells if c.col == 1] == ["具体要求", "任务1", "具体要求", "任务2"]
    assert [b.text for b in document.blocks] == ["标题"]


def test_title_row_inside_table_becomes_a_block_and_layout_table_is_unwrapped() -> None:
    inner = tbl(
        tr(tc(p("江门市某局分工方案"), '<w:gridSpan w:val="2"/>')),
        tr(tc(p("序号")), tc(p("具体要求"))),
        tr(tc(p("1")), tc(p("做好公开"))),
    )
    outer = tbl(tr(tc(p("附件") + inner)), cols=1)
    document = read_docx_document(docx_with_body_xml(outer))
    kinds = [(type(x).__name__, getattr(x, "text", None)) for x in document.parts]
    assert kinds[:2] == [("Block", "附件"), ("Block", "江门市某局分工方案")]
    grid = document.parts[2]
    assert isinstance(grid, Grid)
    first = grid.at(0, 0)
    assert first is not None
    assert first.text == "序号"


def test_nested_table_in_a_cell_is_flattened_into_the_cell() -> None:
    inner = tbl(tr(tc(p("子1")), tc(p("子2"))))
    outer = tbl(tr(tc(p("序号")), tc(p("具体要求"))), tr(tc(p("1")), tc(p("任务") + inner)))
    document = read_docx_document(docx_with_body_xml(outer))
    (grid,) = document.grids
    cell = grid.at(1, 1)
    assert cell is not None
    assert cell.text == "任务\n子1\t子2"
    assert any(d.code == "docx.nested-table" for d in document.diagnostics)


def test_tables_nested_fifty_deep_are_refused_with_bounded_memory() -> None:
    import tracemalloc

    inner = p("核心")
    for _ in range(50):
        inner = tbl(tr(tc(inner), tc(p("x"))))
    data = docx_with_body_xml(inner)
    tracemalloc.start()
    try:
        with pytest.raises(UnsafeInputError, match="nested"):
            read_docx_document(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 30 * 1024 * 1024


def test_nesting_within_the_limit_is_read() -> None:
    inner = p("核心")
    for _ in range(5):
        inner = tbl(tr(tc(inner), tc(p("x"))))
    (grid,) = _grids(docx_with_body_xml(inner))
    assert "核心" in grid.cells[0].text


def test_huge_cell_is_cut_and_reported() -> None:
    body = tbl(tr(tc(p("序号")), tc(p("长" * 5000))))
    document = read_docx_document(docx_with_body_xml(body), limits=Limits(max_text=1000))
    cell = document.grids[0].at(0, 1)
    assert cell is not None
    assert len(cell.text) == 1000
    assert any(d.code == "docx.text-truncated" for d in document.diagnostics)


def test_word_list_numbering_is_put_back_in_front_of_paragraphs() -> None:
    doc = docx.Document()
    doc.add_paragraph("做好规划公开", style="List Number")
    doc.add_paragraph("做好财政公开", style="List Number")
    blocks = read_docx_document(_save(doc)).blocks
    assert [b.text for b in blocks] == ["1.做好规划公开", "2.做好财政公开"]


def test_chinese_list_numbering() -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num>'
    )

    def para(text: str, level: int) -> str:
        return (
            f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="9"/></w:numPr>'
            f"</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )

    body = para("总体要求", 0) + para("甲", 1) + para("乙", 1) + para("重点任务", 0) + para("丙", 1)
    from tests.office.office_files import replace_part

    data = docx_with_body_xml(body)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w='
        '"http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"{numbering}</w:numbering>"
    ).encode()
    data = replace_part(data, "word/numbering.xml", xml)
    texts = [b.text for b in read_docx_document(data).blocks]
    assert texts == ["一、总体要求", "（一）甲", "（二）乙", "二、重点任务", "（一）丙"]


def test_office_made_seed_001_has_one_grid_with_the_header_twice() -> None:
    document = read_docx_document(seed_001_docx())
    assert isinstance(document.parts[0], Block)
    (grid,) = document.grids
    headers = [c.row for c in grid.cells if c.text == "具体要求"]
    assert len(headers) == 2
    # the first-level section cell spans every task row of the first table
    first = grid.at(1, 0)
    assert first is not None
    assert first.text == "一、优化政务公开工作基础"
    assert first.rowspan > 1
    assert document.residue == ()
