"""A bureau's table whose rows number nothing, copied with its cells run
together: each row is a requirement, then its unit cell with the role words
glued between the names (``A负责B审核``, ``A办理B监督``, ``A组织B参与``), then
its deadline cell — a date, a time set by law (``法定时限内``) or counted back
from an event (``试鸣前5日``).  The rows end where their unit and deadline
cells end; the role words that name a role only after a name (审核, 组织) read
as roles there, and names that hold them (社会组织管理股, 市场监督管理局) stay
whole in a unit cell."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import glued, read_rows
from zwgk import Role
from zwgk.lang import parse_deadline, parse_responsibility
from zwgk.lang.deadline import deadline_cells

ROWS = (
    ("公开城市管理执法事项清单和执法流程。", "执法科负责法制科审核", "2021年5月底前"),
    ("公开户外广告设置审批结果。", "市容科办理法制科监督", "审批决定作出后7个工作日内"),
    ("公开城市照明设施检修停电时间和区域。", "照明所", "停电前3日"),
    ("办理政府信息公开申请并按时答复。", "办公室负责各科室配合", "法定时限内"),
    ("开展城市管理开放日活动。", "宣传科组织各中队参与", "每半年"),
    ("公开市民参与城市管理的渠道。", "督查科", "2021年9月底前"),
)
TITLE = "某县城市管理局2021年政务公开工作任务清单"
PLAN = "\n".join(
    [
        TITLE,
        "工作任务责任单位完成时限一、城市管理重点信息公开"
        + glued(ROWS[:3])
        + "二、政务公开基础工作"
        + glued(ROWS[3:]),
        "某县城市管理局",
        "2021年4月6日",
    ]
)


@pytest.fixture(scope="module")
def plan() -> zwgk.Plan:
    return zwgk.read(PLAN.encode(), format="text")


def test_each_row_ends_where_its_unit_and_deadline_cells_end(plan: zwgk.Plan) -> None:
    assert read_rows(plan) == list(ROWS)
    assert [t.section for t in plan.tasks] == [("城市管理重点信息公开",)] * 3 + [
        ("政务公开基础工作",)
    ] * 3


def test_role_words_glued_between_names_read_as_roles(plan: zwgk.Plan) -> None:
    roles = [[(a.unit, a.role.value) for a in t.responsibility.assignments] for t in plan.tasks]
    assert roles[0] == [("执法科", "owner"), ("法制科", "supervise")]
    assert roles[1] == [("市容科", "owner"), ("法制科", "supervise")]
    assert roles[3] == [("办公室", "owner"), ("各科室", "assist")]
    assert roles[4] == [("宣传科", "owner"), ("各中队", "assist")]
    assert roles[5] == [("督查科", "owner")]


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        ("社会组织管理股", ["社会组织管理股"]),
        ("组织联络部主办，各区县残联协办", ["组织联络部", "各区县残联"]),
        ("市委组织部牵头", ["市委组织部"]),
        ("市场监督管理局", ["市场监督管理局"]),
        ("法规科负责办公室配合", ["法规科", "办公室"]),
    ],
)
def test_names_holding_such_words_stay_whole(cell: str, units: list[str]) -> None:
    assert [a.unit for a in parse_responsibility(cell).assignments] == units


@pytest.mark.parametrize("cell", ["法定时限内", "规定时限内", "法定期限内", "按法定时限"])
def test_a_time_set_by_law_is_a_relative_deadline(cell: str) -> None:
    found = parse_deadline(cell)
    assert found is not None and found.kind.value == "relative"


def test_cells_run_together_show_such_deadline_cells() -> None:
    text = "办公室负责各科室配合法定时限内编制年度报告照明所停电前3日公开"
    law, before = (text[a:b] for a, b in deadline_cells(text))
    assert law == "法定时限内"
    assert before.endswith("停电前3日")  # (the event's first words not told from the names)


def test_a_duty_field_beside_an_assist_field_leads_on_a_page_on_one_line() -> None:
    # （责任部门：A，配合部门：B） on a page crawled onto one line: A leads and
    # comes first, B assists, as a 责任 column beside a 配合 column
    text = (
        "某院2023年检务公开工作要点 为深入推进检务公开，制定本要点。 一、深化案件信息公开 "
        "（一）及时发布重要案件信息。（责任部门：案件管理部，配合部门：各检察部） "
        "（二）完善查询服务。（责任部门：案件管理部） "
        "（三）发布办理进展。（责任部门：第一检察部，配合部门：办公室）\n"
    )
    plan = zwgk.read_text(text)
    got = [
        [(a.unit, a.role) for a in t.responsibility.assignments]
        for t in plan.tasks
        if t.responsibility
    ]
    assert got == [
        [("案件管理部", Role.LEAD), ("各检察部", Role.ASSIST)],
        [("案件管理部", Role.OWNER)],
        [("第一检察部", Role.LEAD), ("办公室", Role.ASSIST)],
    ]


def test_a_unit_clause_run_in_before_the_text_leaves_no_stop_at_the_texts_start() -> None:
    text = (
        "某局2024年政务公开工作任务\n序号责任单位工作任务完成时限\n一、做好规划公开\n"
        "1.综合规划科会同各专项规划涉及科室办理。要主动公开“十四五”规划纲要。长期坚持\n"
        "2.综合规划科会同各业务科室办理。做好各项规划的归集整理工作。长期坚持\n"
    )
    plan = zwgk.read_text(text)
    assert [t.text for t in plan.tasks] == [
        "要主动公开“十四五”规划纲要。",
        "做好各项规划的归集整理工作。",
    ]
    assert plan.tasks[0].responsibility is not None
    assert plan.tasks[0].responsibility.raw == "综合规划科会同各专项规划涉及科室办理"
