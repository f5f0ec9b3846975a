"""Tables whose cells are parted by tabs, a row a line (a spreadsheet or a
Word table copied as text), and such a table crawled onto one line with its
page: the rows then run on after a space."""

from __future__ import annotations

import csv
import io

import pytest

import zwgk
from tests.assembly.rows import assignments_read, numbered_rows
from zwgk import Role
from zwgk_plugins._text_layouts import Line, tab_rows_apart

ROWS = [
    ("1", "公开镇政府机构职能。", "党政综合办公室", "2024年3月底前"),
    ("2", "公开财政预算。", "财政所", "批复后20日内"),
    ("3", "公开补贴名单。", "农业综合服务中心负责，各村配合", "每季度"),
    ("4", "公开低保审批结果。", "社会事务办公室", ""),
    ("5", "编制发布政府信息公开工作年度报告。", "党政综合办公室", "2025年1月31日前"),
]
HEADER = ("序号", "工作任务", "责任办室", "完成时限")
TITLE = "某镇2024年政务公开工作任务清单"
PREAMBLE = "根据《某区2024年政务公开工作要点》，结合我镇实际，制定本清单。"
SIGNATURE = ("某市某区某镇人民政府", "2024年4月9日")


EXPECTED = [(int(n), text, unit, deadline or None) for n, text, unit, deadline in ROWS]


@pytest.mark.parametrize("rows", [3, 5])
def test_a_copied_table_reads_each_cell_by_its_tab_however_wide_the_cells(rows: int) -> None:
    body = ("\t".join(r) for r in ROWS[:rows])
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, "\t".join(HEADER), *body, *SIGNATURE]))
    assert numbered_rows(plan) == EXPECTED[:rows]
    assert assignments_read(plan)[2] == [
        ("农业综合服务中心", Role.OWNER),
        ("各村", Role.ASSIST),
    ]


def test_a_tab_table_run_onto_one_line_with_its_page() -> None:
    head = f"首页 > 政务公开 > 其他 {TITLE} 发布时间：2024-04-10 来源：某镇 【字体：大 中 小】"
    table = " ".join("\t".join(r) for r in [HEADER, *ROWS])
    page = f"{head} {PREAMBLE} {table} {' '.join(SIGNATURE)} 【打印本页】 【关闭窗口】"
    plan = zwgk.read_text(page)
    assert numbered_rows(plan) == EXPECTED
    assert plan.title == TITLE
    assert plan.issuer == SIGNATURE[0]
    assert str(plan.date) == "2024-04-09"
    chrome = [r.text for r in plan.residue if r.reason == "site chrome"]
    assert any("【字体：大 中 小】" in text for text in chrome)


def test_the_rows_are_set_apart_by_the_tabs_each_row_takes() -> None:
    table = " ".join("\t".join(r) for r in [HEADER, *ROWS])
    lines = tab_rows_apart([Line(1, f"{PREAMBLE} {table} {SIGNATURE[0]}")])
    assert [ln.text for ln in lines] == [
        PREAMBLE,
        "\t".join(HEADER),
        *("\t".join(r) for r in ROWS),
        SIGNATURE[0],
    ]


def test_a_line_whose_tabs_do_not_make_whole_rows_is_left_as_it_is() -> None:
    table = " ".join("\t".join(r) for r in [HEADER, *ROWS])
    line = Line(1, table + "\t多余的一格")
    assert tab_rows_apart([line]) == [line]
    # (tabs between words that name no columns)
    line = Line(1, "\t".join(["一", "二", "三", "四", "五", "六", "七"]))
    assert tab_rows_apart([line]) == [line]


def test_a_heading_column_holding_parts_and_their_inner_headings_nests_them() -> None:
    lines = [
        TITLE,
        "\t".join(["重点任务", "序号", "工作任务", "责任单位"]),
        "\t".join(["一、加强政策解读", "1", "做好政策文件解读。", "办公室"]),
        "\t".join(["（一）重大项目信息公开", "2", "公开重大项目批准结果。", "项目办"]),
        "\t".join(["", "3", "公开重大项目实施情况。", "项目办"]),
        "\t".join(["二、优化政务服务", "4", "公开办事指南。", "审批科"]),
    ]
    plan = zwgk.read_text("\n".join(lines))
    assert [t.section for t in plan.tasks] == [
        ("加强政策解读",),
        ("加强政策解读", "重大项目信息公开"),
        ("加强政策解读", "重大项目信息公开"),
        ("优化政务服务",),
    ]


def test_a_tab_page_with_empty_cells_at_the_row_breaks() -> None:
    # merged heading cells left empty, and rows whose deadline cell is empty
    header = ("工作类别", "序号", "工作任务", "责任办室", "完成时限")
    rows = [
        ("一、公开基础信息", "1", "公开镇政府机构职能。", "党政综合办公室", "每季度"),
        ("", "2", "公开财政预算。", "财政所", ""),
        ("", "3", "公开补贴名单。", "农业综合服务中心", "长期坚持"),
        ("二、公开重点领域信息", "4", "公开低保审批结果。", "社会事务办公室", ""),
        ("三、公开工作报告", "5", "编制发布年度报告。", "党政综合办公室", "2025年1月31日前"),
    ]
    table = " ".join("\t".join(r) for r in [header, *rows])
    plan = zwgk.read_text(
        f"首页 > 政务公开 > 其他 {TITLE} {PREAMBLE} {table} {' '.join(SIGNATURE)}"
    )
    assert [t.text for t in plan.tasks] == [r[2] for r in rows]
    assert [t.section for t in plan.tasks] == [
        ("公开基础信息",),
        ("公开基础信息",),
        ("公开基础信息",),
        ("公开重点领域信息",),
        ("公开工作报告",),
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "每季度",
        None,
        "长期坚持",
        None,
        "2025年1月31日前",
    ]


def test_a_town_signing_after_a_tab_table_whose_last_row_has_no_heading_cell() -> None:
    # the signature's lines have no tab: no part of the last row's empty heading cell
    text = "\n".join(
        [
            "江北镇2024年政务公开工作任务清单",
            "工作类别\t序号\t工作任务\t责任办室\t完成时限",
            "一、公开基础信息\t1\t公开镇政府机构职能。\t党政综合办公室\t每季度",
            "\t2\t公开财政预算。\t财政所\t",
            "\t3\t编制发布年度报告。\t党政综合办公室\t2025年1月31日前",
            "江北县江北镇人民政府",
            "2024年4月9日",
        ]
    )
    plan = zwgk.read_text(text)
    assert [t.section for t in plan.tasks] == [("公开基础信息",)] * 3
    assert plan.tasks[-1].deadline is not None
    assert plan.tasks[-1].deadline.raw == "2025年1月31日前"
    assert str(plan.date) == "2024-04-09"


def _sheet_copy(rows: list[tuple[str, ...]]) -> str:
    """Rows as a spreadsheet copies its cells: tab-parted, a cell holding a
    line break quoted (as :mod:`csv` writes the ``excel-tab`` dialect)."""
    out = io.StringIO()
    csv.writer(out, dialect="excel-tab", lineterminator="\n").writerows(rows)
    return out.getvalue()


def test_cells_a_spreadsheet_quoted_over_line_breaks_read_whole() -> None:
    broken = [
        (n, text[:5] + "\n" + text[5:], unit.replace("，", "，\n"), due)
        for n, text, unit, due in ROWS
    ]
    text = "\n".join([TITLE, PREAMBLE, _sheet_copy([HEADER, *broken]), *SIGNATURE])
    assert '"' in text and "\n各村配合" in text
    plan = zwgk.read_text(text)
    got = [
        (t.number, t.text, t.responsibility.raw, t.deadline and t.deadline.raw) for t in plan.tasks
    ]
    assert got == EXPECTED
    assert plan.issuer == SIGNATURE[0]
    assert "text.quoted_cells" in {d.code for d in plan.diagnostics}
