"""Unit fields named in a sentence, their values after 为 (``责任部门为营销管理部，
配合部门为财务部，于2023年3月底前完成。``), as a company's or a page's prose
closes its items: the units and the time clause after them are the task's
fields, as ``责任部门：…`` ones are."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import assignments_read, deadlines_read
from zwgk import DeadlineKind, Role
from zwgk.build.fields import inline_fields
from zwgk.lang.deadline import parse_deadline


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "公开水价标准。责任部门为营销管理部，配合部门为财务部，于2023年3月底前完成。",
            {"resp": "营销管理部", "assist": "财务部", "deadline": "于2023年3月底前完成"},
        ),
        (
            "公开服务承诺。责任科室为客户服务科，长期坚持。",
            {"resp": "客户服务科", "deadline": "长期坚持"},
        ),
        (
            "公开报装流程。牵头单位为区发改委，每季度更新。",
            {"lead": "区发改委", "deadline": "每季度更新"},
        ),
    ],
)
def test_a_field_named_with_wei_closes_the_text(body: str, found: dict[str, str]) -> None:
    text, values = inline_fields(body)
    assert text == body[: body.index("。") + 1]
    assert values == found


@pytest.mark.parametrize(
    "body",
    [
        "各责任单位为确保任务落实，要明确专人负责。",
        "由政务服务中心负责为群众提供咨询服务。",
        "相关部门为了做好解读，应同步发布材料。",
    ],
)
def test_wei_opening_a_purpose_or_after_a_role_word_is_no_field(body: str) -> None:
    assert inline_fields(body) == (body, {})


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("停水前24小时发布", DeadlineKind.RELATIVE),
        ("文件印发后20个工作日公开", DeadlineKind.RELATIVE),
    ],
)
def test_a_count_from_an_event_may_say_what_is_done_by_then(cell: str, kind: DeadlineKind) -> None:
    found = parse_deadline(cell)
    assert found is not None
    assert found.kind is kind


PAGE = (
    "首页 > 信息公开 > 通知公告 某市燃气集团有限公司2024年信息公开工作要点 发布时间：2024-03-12 "
    "为做好公共企事业单位信息公开，结合公司实际，制定本要点。 一、供气服务信息公开 "
    "1.公开供气服务承诺和服务热线。责任部门为客户服务部，长期坚持。 "
    "2.公开居民用气价格和收费标准。责任部门为市场营销部，配合部门为财务部，"
    "于2024年3月底前完成。 "
    "3.计划停气提前公告停气时间和范围。责任部门为调度中心，配合部门为客户服务部，"
    "停气前24小时发布。 "
    "二、经营信息公开 4.公开年度经营情况。牵头部门为计划发展部，配合部门为办公室，"
    "于2024年6月底前完成。 "
    "某市燃气集团有限公司 2024年3月12日"
)


def test_a_page_on_one_line_closes_its_items_with_fields_named_with_wei() -> None:
    plan = zwgk.read(PAGE.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开供气服务承诺和服务热线。",
        "公开居民用气价格和收费标准。",
        "计划停气提前公告停气时间和范围。",
        "公开年度经营情况。",
    ]
    assert assignments_read(plan) == [
        [("客户服务部", Role.OWNER)],
        [("市场营销部", Role.LEAD), ("财务部", Role.ASSIST)],
        [("调度中心", Role.LEAD), ("客户服务部", Role.ASSIST)],
        [("计划发展部", Role.LEAD), ("办公室", Role.ASSIST)],
    ]
    assert deadlines_read(plan) == [
        "长期坚持",
        "于2024年3月底前完成",
        "停气前24小时发布",
        "于2024年6月底前完成",
    ]
