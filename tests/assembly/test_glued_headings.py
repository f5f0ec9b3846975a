"""A table that numbers no row, crawled onto one line with nothing between its
cells: headings run into each other and into the first row under them."""

from __future__ import annotations

import zwgk

PAGE = (
    "某区2023年政务公开工作任务分工工作任务责任单位完成时限"
    "一、深化重点领域信息公开,全面优化营商环境（一）围绕高质量发展做好信息公开"
    "持续完善科技创新中心建设信息公开,及时公开工作方案和政策法规。区商务局、区科信局2023年10月"
    "做好疏解整治促提升等方面信息公开工作,重点公开专项行动进展。区发展改革委2023年10月"
    "二、强化民生领域信息公开"
    "及时公开就业创业政策和招聘信息,做好政策解读。区人力社保局长期坚持"
    "公开养老服务机构名录和补贴发放情况。区民政局长期坚持"
)


def test_headings_run_into_each_other_and_into_their_first_row() -> None:
    plan = zwgk.read_text(PAGE)
    top = "深化重点领域信息公开,全面优化营商环境"
    assert [t.section for t in plan.tasks] == [
        (top, "围绕高质量发展做好信息公开"),
        (top, "围绕高质量发展做好信息公开"),
        ("强化民生领域信息公开",),
        ("强化民生领域信息公开",),
    ]
    assert plan.tasks[0].text.startswith("持续完善科技创新中心建设信息公开")
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "区商务局、区科信局",
        "区发展改革委",
        "区人力社保局",
        "区民政局",
    ]


PART_WITH_COMMA = (
    "某区2023年政务公开工作任务分工工作任务责任单位完成时限"
    "一、夯实根基,依法全面履行政府信息公开职责"
    "围绕经济社会发展主要任务深化信息公开,依法、规范、及时发布信息并做好解读。区发展改革委、区商务委长期坚持"
    "根据市政务公开办要求,适时启动法定主动公开事项目录编制研究。区政府办公室长期坚持"
    "二、强化政策解读回应"
    "围绕重要政策做好解读,丰富解读形式。区政府办公室、各部门长期坚持"
    "组织开展政策解读培训,提升解读质量。区政府办公室长期坚持"
)


def test_a_part_title_that_holds_a_comma_runs_into_its_first_row() -> None:
    plan = zwgk.read_text(PART_WITH_COMMA)
    assert [t.section for t in plan.tasks] == [
        ("夯实根基,依法全面履行政府信息公开职责",),
        ("夯实根基,依法全面履行政府信息公开职责",),
        ("强化政策解读回应",),
        ("强化政策解读回应",),
    ]
    assert plan.tasks[0].text.startswith("围绕经济社会发展主要任务")
