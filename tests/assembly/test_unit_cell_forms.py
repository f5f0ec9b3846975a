"""Who does a task, written in the forms of real unit cells: a telephone in
brackets after each name, the units in a bracket opening the item's text,
a duty matrix of marks after the items; and quarters written ``Q1``-``Q4``."""

from __future__ import annotations

import datetime as dt

import pytest

import zwgk
from tests.assembly.rows import assignments_read, read_rows
from zwgk import Role
from zwgk.build.pieces import R_CONTACT
from zwgk.lang import parse_deadline
from zwgk.testing import unplaced_text

TITLE = "某区不动产登记中心2024年政务公开工作任务清单"
PREAMBLE = "根据《某区2024年政务公开工作要点》要求，结合本中心实际，制定本清单。"


def _run_together(rows: list[tuple[str, str, str]], header: str) -> str:
    lines = [f"{k}{''.join(r)}" for k, r in enumerate(rows, start=1)]
    return "\n".join([TITLE, PREAMBLE, header, *lines, "某区不动产登记中心", "2024年2月1日"])


PHONED = [
    ("公开本中心机构职能和办公时间。", "综合科（0931-2365012）", "2024年3月底前"),
    ("公开不动产登记办事指南。", "登记一科（0931-2365021）", "长期坚持"),
    (
        "公开“交房即交证”办理情况。",
        "登记一科（0931-2365021）负责，登记二科（联系电话：13809311234）配合",
        "每季度",
    ),
    ("公开信访投诉处理情况。", "综合科(2365012)、档案科（0931-2365030）", "每半年"),
]


def test_a_telephone_beside_a_name_is_no_part_of_it_and_is_kept() -> None:
    page = _run_together(PHONED, "序号工作任务责任科室（联系电话）完成时限")
    plan = zwgk.read_text(page)
    assert read_rows(plan) == [
        ("公开本中心机构职能和办公时间。", "综合科", "2024年3月底前"),
        ("公开不动产登记办事指南。", "登记一科", "长期坚持"),
        ("公开“交房即交证”办理情况。", "登记一科负责，登记二科配合", "每季度"),
        ("公开信访投诉处理情况。", "综合科、档案科", "每半年"),
    ]
    assert assignments_read(plan)[2] == [("登记一科", Role.OWNER), ("登记二科", Role.ASSIST)]
    kept = [r.text for r in plan.residue if r.reason == R_CONTACT]
    assert "（联系电话：13809311234）" in kept and "(2365012)" in kept
    assert unplaced_text(page, plan) == ""


def test_a_bracket_after_a_name_that_holds_no_telephone_stays_with_it() -> None:
    rows = [
        ("公开乡镇政务服务事项。", "各镇（街道）", "长期坚持"),
        ("公开办事指南。", "区政务服务中心（区行政审批局）", "及时更新"),
        ("公开公共服务事项。", "区政务服务中心", "每季度"),
    ]
    plan = zwgk.read_text(_run_together(rows, "序号工作任务责任单位完成时限"))
    assert [r[1] for r in read_rows(plan)] == [r[1] for r in rows]


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("2024年Q1", dt.date(2024, 3, 31)),
        ("2024Q2", dt.date(2024, 6, 30)),
        ("Q3", dt.date(2024, 9, 30)),
        ("2024年q4前", dt.date(2024, 12, 31)),
    ],
)
def test_a_quarter_written_as_finance_offices_write_it(raw: str, due: dt.date) -> None:
    found = parse_deadline(raw, year=2024)
    assert found is not None and found.due == due


@pytest.mark.parametrize("raw", ["MQ3", "Q5", "Q12", "QQ群"])
def test_a_q_in_a_word_is_no_quarter(raw: str) -> None:
    assert parse_deadline(raw, year=2024) is None


def test_quarter_cells_run_into_the_unit_cell_are_told_apart() -> None:
    rows = [
        ("公开公司基本情况和服务热线。", "综合办公室", "2024年Q1"),
        ("公开燃气安全使用常识。", "安全技术部", "2024Q2"),
        ("公开燃气设施改造项目进展。", "工程管理部牵头，输配运行部配合", "Q3"),
    ]
    plan = zwgk.read_text(_run_together(rows, "序号工作任务责任部门完成时限"))
    assert read_rows(plan) == rows


OPENING = [
    ("1.〔校长办公室〕公开学校办学章程和联系方式。", "校长办公室"),
    ("2.（招生办公室负责，教务处配合）公开招生计划和录取结果。", "招生办公室负责，教务处配合"),
    ("3.【政教处、团委】公开校园安全管理制度。", "政教处、团委"),
]


def test_units_in_a_bracket_opening_an_item_are_its_responsibility() -> None:
    lines = ["某中学2024年校务公开工作要点", "一、公开学校基本信息", *(o[0] for o in OPENING)]
    plan = zwgk.read_text("\n".join(lines))
    assert [t.text for t in plan.tasks] == [
        "公开学校办学章程和联系方式。",
        "公开招生计划和录取结果。",
        "公开校园安全管理制度。",
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        o[1] for o in OPENING
    ]
    assert assignments_read(plan)[1] == [("招生办公室", Role.OWNER), ("教务处", Role.ASSIST)]


def test_a_bracket_opening_an_item_that_names_no_units_stays_in_its_text() -> None:
    plan = zwgk.read_text("某局2024年政务公开工作要点\n1.（2024年）公开部门预算。\n2.公开决算。")
    assert plan.tasks[0].text == "（2024年）公开部门预算。"
    assert plan.tasks[0].responsibility is None


def _matrix(marks: list[str], key: str) -> str:
    items = [
        "1.公开全民健身场地设施名录和开放时间。",
        "2.公开群众性体育赛事活动安排。",
        "3.公开体育经营活动许可办理结果。",
    ]
    table = ["| 序号 | 办公室 | 群众体育科 | 体育产业科 |", "|---|---|---|---|"]
    table += [f"| {k} | {' | '.join(row)} |" for k, row in enumerate(marks, start=1)]
    return "\n".join(["某区体育局2024年政务公开工作要点", *items, key, *table, "某区体育局"])


def test_a_duty_matrix_after_the_items_gives_each_its_units_and_roles() -> None:
    marks = [[" ", "●", "○"], ["○", "●", "○"], [" ", " ", "●"]]
    plan = zwgk.read_text(_matrix(marks, "附：任务分工表（●为牵头科室，○为配合科室）"))
    assert plan.tasks[0].text == "公开全民健身场地设施名录和开放时间。"
    assert assignments_read(plan) == [
        [("群众体育科", Role.LEAD), ("体育产业科", Role.ASSIST)],
        [("群众体育科", Role.LEAD), ("办公室", Role.ASSIST), ("体育产业科", Role.ASSIST)],
        [("体育产业科", Role.LEAD)],
    ]


def test_a_matrix_of_one_mark_names_the_units_that_do_each_item() -> None:
    marks = [["√", " ", "√"], [" ", "√", " "], ["√", " ", " "]]
    plan = zwgk.read_text(_matrix(marks, "附：任务分工表（打√的为责任科室）"))
    assert assignments_read(plan) == [
        [("办公室", Role.OWNER), ("体育产业科", Role.OWNER)],
        [("群众体育科", Role.OWNER)],
        [("办公室", Role.OWNER)],
    ]


def test_a_table_with_words_in_its_cells_is_no_duty_matrix() -> None:
    marks = [["是", "否", "是"], ["否", "是", "否"], ["是", "否", "否"]]
    plan = zwgk.read_text(_matrix(marks, "附：公开情况表"))
    assert all(t.responsibility is None for t in plan.tasks)


WEB_TEAM = """\
某市2021年政务公开重点工作任务分工

工作任务

具体要求

责任单位

时限要求

一、聚焦重点领域深化政务公开

(一)做好各类规划主动公开

1

    主动公开国民经济和社会发展规划纲要。

政务公开指导办

年底前

2

    市政府网站建立专题，集中发布市级各类规划。

政务公开指导办、政府网站

年底前

3

    依托政府网站开设专题，及时公开相关政策文件。

政务公开指导办、政府网站,各相关科室

年底前
"""


def test_a_unit_cell_naming_a_team_the_grammar_does_not_read_after_a_unit() -> None:
    plan = zwgk.read_text(WEB_TEAM)
    assert [t.responsibility.units() if t.responsibility else () for t in plan.tasks] == [
        ("政务公开指导办",),
        ("政务公开指导办", "政府网站"),
        ("政务公开指导办", "政府网站", "各相关科室"),
    ]
    assert [t.note for t in plan.tasks] == [None, None, None]


def test_a_wrapped_text_line_listing_words_is_no_unit_cell() -> None:
    text = WEB_TEAM.replace(
        "政务公开指导办、政府网站\n", "定纳入公民、法人或者其他组织依法向我院\n", 1
    )
    assert text != WEB_TEAM
    plan = zwgk.read_text(text)
    assert all(
        "定纳入公民" not in (t.responsibility.raw if t.responsibility else "") for t in plan.tasks
    )
