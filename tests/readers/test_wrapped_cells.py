"""Cells a copy wraps or parts in ways of its own: each cell in a pair of
brackets (``「1」「公开…」``), bars other than ``|`` (``丨``) or a slash
between spaces between them, Markdown's bold around whole cells, and an HTML
table's cells merged down with ``rowspan``."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import assignments_read, numbered_rows
from zwgk import Role
from zwgk.testing import unplaced_text
from zwgk_plugins._text_layouts.markup import markup_rows
from zwgk_plugins._text_layouts.wrapped import bold_cells, wrapped_cells

ROWS = [
    ("1", "公开本馆机构职能、内设科室和开放时间。", "办公室", "2024年3月底前"),
    ("2", "公开馆藏档案开放目录。", "档案利用服务科", "2024年6月底前"),
    ("3", "公开档案征集公告和征集成果。", "征集科负责，编研科配合", "及时更新"),
    ("4", "公开档案展览活动安排。", "编研科", "每季度"),
]
HEADER = ("序号", "工作任务", "责任科室", "完成时限")
TITLE = "某区档案馆2024年政务公开工作任务清单"
PREAMBLE = "根据《某区2024年政务公开工作要点》要求，结合本馆实际，制定本清单。"
SIGNATURE = ("某市某区档案馆", "2024年1月24日")
EXPECTED = [(int(n), text, unit, deadline) for n, text, unit, deadline in ROWS]


def _page(row: str) -> str:
    return "\n".join([TITLE, PREAMBLE, *(row.format(*r) for r in [HEADER, *ROWS]), *SIGNATURE])


@pytest.mark.parametrize(
    "row",
    [
        "「{}」「{}」「{}」「{}」",
        "【{}】【{}】【{}】【{}】",
        "〔{}〕 〔{}〕 〔{}〕 〔{}〕",
        "[{}][{}][{}][{}]",
        "{}丨{}丨{}丨{}",
        "{} / {} / {} / {}",
        "{}／{}／{}／{}".replace("／", " ／ "),
    ],
    ids=["corner", "lenticular", "tortoise-spaced", "square", "stroke", "slash", "wide-slash"],
)
def test_cells_wrapped_or_parted_by_marks_read_as_a_table(row: str) -> None:
    page = _page(row)
    plan = zwgk.read_text(page)
    assert numbered_rows(plan) == EXPECTED
    assert assignments_read(plan)[2] == [("征集科", Role.OWNER), ("编研科", Role.ASSIST)]
    assert plan.issuer == SIGNATURE[0]
    assert unplaced_text(page, plan) == ""


def test_a_bracket_nested_in_a_wrapped_cell_stays_in_it() -> None:
    text = "「序号」「任务」「单位」\n「1」「公开「两公开」情况。」「财政所」"
    assert wrapped_cells(text).text == "序号\t任务\t单位\n1\t公开「两公开」情况。\t财政所"


def test_lines_not_made_of_wrapped_cells_alone_are_left_as_they_are() -> None:
    text = "【政策解读】【通知公告】【办事指南】\n公开「两公开」情况【财政所】"
    assert wrapped_cells(text).text == text
    assert wrapped_cells(text).note is None


def test_a_slash_inside_a_date_or_a_word_parts_no_cells() -> None:
    item = "公开2024/3/31前的预决算和“三公”经费/项目支出情况。"
    plan = zwgk.read_text("\n".join([TITLE, f"1.{item}", "2.公开规划。"]))
    assert plan.tasks[0].text == item


def test_cells_wrapped_in_brackets_are_noted() -> None:
    plan = zwgk.read_text(_page("「{}」「{}」「{}」「{}」"))
    assert "text.wrapped_cells" in {d.code for d in plan.diagnostics}


def _markdown(category_bold: bool) -> str:
    def bold(c: str) -> str:
        return f"**{c}**" if category_bold else c

    rows = [
        f"| {bold('序号')} | {bold('公开类别')} | {bold('公开内容')} | 责任部门 | 完成时限 |",
        "| --- | --- | --- | --- | --- |",
        f"| 1 | {bold('机构信息')} | 公开大队机构职能。 | 综合室 | 2024年3月底前 |",
        "| 2 | 公开大队领导和联系方式。 | 综合室 | 及时更新 |",
        f"| 3 | {bold('执法信息')} | 公开消防监督检查计划。 | 防火监督室 | 每季度 |",
        "| 4 | 公开消防行政处罚决定。 | 防火监督室 | 作出决定后7个工作日内 |",
    ]
    return "\n".join([TITLE, PREAMBLE, "", *rows])


def test_markdown_cells_bold_whole_read_as_their_text() -> None:
    plain, bold = zwgk.read_text(_markdown(False)), zwgk.read_text(_markdown(True))
    assert [t.section for t in bold.tasks] == [t.section for t in plain.tasks]
    assert [t.section for t in bold.tasks] == [("机构信息",)] * 2 + [("执法信息",)] * 2
    assert [t.text for t in bold.tasks] == [t.text for t in plain.tasks]


def test_bold_inside_a_cell_is_left_as_written() -> None:
    text = "| 1 | 公开预算。 | **财务科**、药剂科 |"
    assert bold_cells(text).text == text
    assert bold_cells("**序号** | 任务 |").text == "序号 | 任务 |"


def _rowspans() -> str:
    return "\n".join(
        [
            TITLE,
            "<table>",
            "<tr><th>序号</th><th>工作任务</th><th>牵头科室</th><th>完成时限</th><th>推进情况</th></tr>",
            '<tr><td>1</td><td>公开保障房分配结果。</td><td rowspan="3">住房保障科</td>'
            '<td rowspan="2">每季度</td><td>推进中</td></tr>',
            "<tr><td>2</td><td>公开租赁补贴发放情况。</td><td>持续推进</td></tr>",
            "<tr><td>3</td><td>公开公租房申请条件。</td><td>长期坚持</td><td>已完成</td></tr>",
            "<tr><td>4</td><td>公开建筑市场查处结果。</td><td>建筑市场科</td><td>办结后7日内</td>"
            "<td>推进中</td></tr>",
            "</table>",
        ]
    )


def test_cells_merged_down_in_markup_are_read_in_every_row_they_cover() -> None:
    rows = markup_rows(_rowspans()).text.split("\n")[2:6]
    assert rows[1] == "| 2 | 公开租赁补贴发放情况。 | 住房保障科 | 每季度 | 持续推进 |"
    assert rows[2] == "| 3 | 公开公租房申请条件。 | 住房保障科 | 长期坚持 | 已完成 |"
    plan = zwgk.read_text(_rowspans())
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "每季度",
        "每季度",
        "长期坚持",
        "办结后7日内",
    ]
    assert [t.responsibility.units() if t.responsibility else () for t in plan.tasks] == [
        ("住房保障科",),
        ("住房保障科",),
        ("住房保障科",),
        ("建筑市场科",),
    ]
