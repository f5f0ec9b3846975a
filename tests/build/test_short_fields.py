"""A bracket of short labelled fields closing a prose item, as a village's or
a community's plan writes them (``（牵头：…；落实：…；监督：…；公开时间：…）``):
role words alone, the person in charge and any time are its fields' names."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import assignments_read, deadlines_read
from zwgk import Role
from zwgk.build.fields import short_fields

PLAN = """\
某街道东风社区2024年居务公开工作方案
为推进居务公开，保障居民知情权和监督权，制定本方案。
一、公开内容和责任分工
1.公开社区“两委”成员分工和联系方式。（责任人：社区党委书记；公开时间：2024年2月底前）
2.公开社区公益事业经费收支情况。（负责：社区报账员；监督：居务监督委员会；公开时限：每季度首月10日前）
3.公开低保和临时救助对象名单。（牵头：居委会主任；落实：各网格长；公开时间：审批后5日内）
4.公开社区服务项目和办事指南。（负责：社区服务站站长；协办：各网格员；公开时间：长期公开）
二、工作要求
各网格要按时提供公开材料，确保内容真实准确。
东风社区居民委员会
2024年1月15日
"""


def test_a_bracket_of_short_fields_gives_units_roles_and_the_deadline() -> None:
    plan = zwgk.read(PLAN.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开社区“两委”成员分工和联系方式。",
        "公开社区公益事业经费收支情况。",
        "公开低保和临时救助对象名单。",
        "公开社区服务项目和办事指南。",
    ]
    assert assignments_read(plan)[:3] == [
        [("社区党委书记", Role.OWNER)],
        [("社区报账员", Role.OWNER), ("居务监督委员会", Role.SUPERVISE)],
        [("居委会主任", Role.LEAD), ("各网格长", Role.OWNER)],
    ]
    # 负责 beside 协办: the owner, written first (read as leading it by the outline)
    (owner, first), (helper, second) = assignments_read(plan)[3]
    assert (owner, helper, second) == ("社区服务站站长", "各网格员", Role.ASSIST)
    assert first in (Role.OWNER, Role.LEAD)
    assert deadlines_read(plan) == ["2024年2月底前", "每季度首月10日前", "审批后5日内", "长期公开"]


def test_a_bracket_with_a_part_that_is_no_field_is_not_read_so() -> None:
    assert short_fields("包括：财务收支；资产管理") is None
    assert short_fields("责任人：报账员；按月公开") is None
    assert short_fields("监督：居务监督委员会") is None  # one field: read as prose fields are
