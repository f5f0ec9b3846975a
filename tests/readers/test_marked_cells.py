"""Tables a lossy copy parted with marks other than tabs and bars: the HTML
entity ``&nbsp;`` left as text, zero-width spaces, leader dots, the table's
own ``<tr>``/``<td>`` markup; a worksheet listed cell by cell behind
its addresses; and check marks before a row's serial."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import assignments_read, numbered_rows
from tests.build.tables import table_docx, table_xlsx
from zwgk import Role
from zwgk.testing import unplaced_text
from zwgk_plugins._text_layouts.addresses import cells_by_address
from zwgk_plugins._text_layouts.markup import markup_rows
from zwgk_plugins._text_layouts.parting import marks_to_tabs

ROWS = [
    ("1", "公开本单位机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("2", "公开部门预算、决算。", "财务科", "批复后20日内"),
    ("3", "公开服务事项办理流程。", "业务科负责，办公室配合", "每季度"),
    ("4", "公开投诉受理渠道和处理结果。", "业务科", "长期坚持"),
    ("5", "公开2023年度政府信息公开工作年度报告。", "办公室", "2024年1月31日前"),
]
HEADER = ("序号", "工作任务", "责任科室", "完成时限")
TITLE = "某区某中心2024年政务公开工作任务清单"
PREAMBLE = "根据《某区2024年政务公开工作要点》要求，结合本单位实际，制定本清单。"
SIGNATURE = ("某市某区某中心", "2024年3月5日")
EXPECTED = [(int(n), text, unit, deadline) for n, text, unit, deadline in ROWS]


def _page(mark: str) -> str:
    table = [mark.join(row) for row in [HEADER, *ROWS]]
    return "\n".join([TITLE, PREAMBLE, *table, *SIGNATURE])


@pytest.mark.parametrize(
    "mark",
    ["&nbsp;", "&nbsp;&nbsp;", "&#160;", "\u200b", "\ufeff", "……", "…………", "......"],
    ids=["nbsp", "nbsp-run", "numeric", "zero-width", "bom", "ellipses", "long-ellipses", "dots"],
)
def test_cells_parted_by_a_mark_read_as_a_table(mark: str) -> None:
    plan = zwgk.read_text(_page(mark))
    assert numbered_rows(plan) == EXPECTED
    assert assignments_read(plan)[2] == [("业务科", Role.OWNER), ("办公室", Role.ASSIST)]
    assert plan.issuer == SIGNATURE[0]


def test_a_page_on_one_line_with_its_cells_parted_by_nbsp() -> None:
    table = " ".join("&nbsp;".join(row) for row in [HEADER, *ROWS])
    head = f"首页 > 信息公开 > 计划总结 {TITLE} 发布时间：2024-03-06 09:30 来源：某中心"
    page = f"{head} {PREAMBLE} {table} {' '.join(SIGNATURE)} 【打印本页】 【关闭窗口】"
    plan = zwgk.read_text(page)
    assert numbered_rows(plan) == EXPECTED
    assert plan.title == TITLE
    assert unplaced_text(page, plan) == ""


def test_the_entities_are_read_as_their_characters_and_kept() -> None:
    text = _page("&nbsp;").replace("服务事项", "&ldquo;一件事&rdquo;")
    plan = zwgk.read_text(text)
    assert plan.tasks[2].text == "公开“一件事”办理流程。"
    assert unplaced_text(text, plan) == ""
    (kept,) = [r.text for r in plan.residue if r.reason.startswith("HTML entities")]
    assert kept.count("&nbsp;") == (len(HEADER) - 1) * (len(ROWS) + 1)
    assert "&ldquo;" in kept and "&rdquo;" in kept


def test_a_mark_that_parts_no_cells_is_left_in_the_text() -> None:
    # one ellipsis in a sentence, and zero-width spaces between every letter
    text = "公开预算……等信息。\n政\u200b务\u200b公\u200b开\u200b工\u200b作"
    assert marks_to_tabs(text).text == text
    # an entity alone still reads as its character
    assert marks_to_tabs("公开&amp;解读").text == "公开&解读"


def test_a_row_parted_by_marks_on_one_line_alone_is_no_table() -> None:
    assert marks_to_tabs("办公室……2024年3月底前").text == "办公室……2024年3月底前"


def _markup(one_line: bool) -> str:
    def row(cells: tuple[str, ...], tag: str) -> str:
        inner = [f"<{tag}>{c}</{tag}>" for c in cells]
        return (
            "".join(["<tr>", *inner, "</tr>"]) if one_line else "\n".join(["<tr>", *inner, "</tr>"])
        )

    body = [row(HEADER, "th"), *(row(r, "td") for r in ROWS)]
    return "\n".join([TITLE, PREAMBLE, *body, *SIGNATURE])


@pytest.mark.parametrize("one_line", [False, True], ids=["cell-a-line", "row-a-line"])
def test_a_tables_markup_left_in_a_text_reads_as_its_rows(one_line: bool) -> None:
    text = _markup(one_line)
    plan = zwgk.read_text(text)
    assert numbered_rows(plan) == EXPECTED
    assert plan.title == TITLE and plan.issuer == SIGNATURE[0]
    assert unplaced_text(text, plan) == ""


def test_an_empty_cell_in_markup_stays_a_cell() -> None:
    text = "标题\n<tr><td>1</td><td>公开预算。</td><td></td><td>每季度</td></tr>\n"
    text += "<tr><td>2</td><td>公开决算。</td><td>财务科</td><td>每年</td></tr>\n签名"
    assert markup_rows(text).text.split("\n")[1:3] == [
        "| 1 | 公开预算。 |  | 每季度 |",
        "| 2 | 公开决算。 | 财务科 | 每年 |",
    ]


def test_a_text_with_one_tag_row_is_left_as_it_is() -> None:
    text = "标题\n<tr><td>1</td><td>公开预算。</td></tr>\n签名"
    assert markup_rows(text).text == text


def test_check_marks_before_the_serials_tell_the_tasks_state() -> None:
    marks = ["☑", "☑", "□", "☑", "□"]
    body = [f"{m}{''.join(r)}" for m, r in zip(marks, ROWS, strict=True)]
    text = "\n".join([TITLE, PREAMBLE, "".join(HEADER), *body, *SIGNATURE])
    plan = zwgk.read_text(text)
    assert numbered_rows(plan) == EXPECTED
    assert all(t.section == () for t in plan.tasks)
    kept = [r.text for r in plan.residue if "state" in r.reason]
    assert sorted(kept) == sorted(marks)


def _listing(rows: list[tuple[str, ...]]) -> str:
    lines = [f"A1: {TITLE}", f"A2: {PREAMBLE}"]
    for r, row in enumerate([HEADER, *rows], start=3):
        lines += [f"{chr(ord('A') + c)}{r}: {cell}" for c, cell in enumerate(row)]
    end = len(rows) + 4
    lines += [f"D{end}: {SIGNATURE[0]}", f"D{end + 1}: {SIGNATURE[1]}"]
    return "\n".join(lines)


def test_a_worksheet_listed_cell_by_cell_reads_as_its_rows() -> None:
    text = _listing(ROWS)
    plan = zwgk.read_text(text)
    assert numbered_rows(plan) == EXPECTED
    assert plan.title == TITLE
    assert str(plan.date) == "2024-03-05"
    assert unplaced_text(text, plan) == ""


def test_an_empty_cell_of_a_listed_worksheet_stays_empty() -> None:
    rows = [*ROWS[:3], ("4", "公开投诉受理渠道和处理结果。", "业务科"), *ROWS[4:]]
    plan = zwgk.read_text(_listing(rows))
    assert numbered_rows(plan)[3] == (4, "公开投诉受理渠道和处理结果。", "业务科", None)
    assert numbered_rows(plan)[4] == EXPECTED[4]


def test_lines_before_a_listings_first_cell_and_a_cell_listed_twice_are_kept() -> None:
    text = "首页 > 政务公开\n" + _listing(ROWS).replace("B4: ", "B4: 公开…\nB4: ", 1)
    plan = zwgk.read_text(text)
    assert unplaced_text(text, plan) == ""
    assert cells_by_address(text).text.split("\n")[0] == "首页 > 政务公开"


def test_a_text_with_a_few_addressed_lines_is_no_listing() -> None:
    text = "\n".join([TITLE, "A1: 公开预算", "B2: 公开决算", "一、总体要求", "做好公开工作。"])
    assert cells_by_address(text).text == text


@pytest.mark.parametrize("make", [table_docx, table_xlsx], ids=["docx", "xlsx"])
def test_check_marks_in_a_tables_serial_cells(make, tmp_path) -> None:
    marks = ["☑", "□", "☑", "☑", "□"]
    rows = [HEADER, *((f"{m}{r[0]}", *r[1:]) for m, r in zip(marks, ROWS, strict=True))]
    plan = zwgk.read(make(tmp_path, TITLE, rows))
    assert numbered_rows(plan) == EXPECTED
    assert [t.label for t in plan.tasks] == [r[0] for r in ROWS]
    assert [r.text for r in plan.residue if "state" in r.reason] == marks


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (_page("&nbsp;"), "text.cell_marks"),
        (_markup(False), "text.table_markup"),
        (_listing(ROWS), "text.cell_addresses"),
    ],
    ids=["marks", "markup", "addresses"],
)
def test_a_table_read_otherwise_than_written_says_so(text: str, code: str) -> None:
    plan = zwgk.read_text(text)
    assert numbered_rows(plan) == EXPECTED
    (note,) = [d for d in plan.diagnostics if d.code == code]
    assert note.severity.value == "info"


def test_a_table_written_plainly_carries_no_such_note() -> None:
    plan = zwgk.read_text(_page("\t"))
    assert not [d for d in plan.diagnostics if d.code.startswith(("text.cell", "text.table"))]
