"""A heading whose part holds no numbered task but a paragraph of its own,
beside headings over numbered tasks (``（一）统筹…`` over one paragraph, then
``（二）…`` over items 1. 2.): the heading and its paragraph are a task."""

from __future__ import annotations

import zwgk

PLAN = """\
某市市场监督管理局2024年政务公开工作要点
一、总体要求
以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，深入推进政务公开。
二、夯实公开基础
（一）统筹公开和保密
梳理法定公开事项，形成主动公开事项目录。坚持“先审查、后公开”原则，做好公文公开属性认定。
（二）加强平台建设
1.提升网站管理水平。加强门户网站内容管理，确保信息发布准确。
2.增强政务新媒体服务功能。提高信息原创比例，强化与网站的稿源互通。
3.规范政府信息公开专栏。按照统一标准设置栏目，及时更新。
三、深化重点领域公开
（一）做好市场主体登记信息公开
4.及时公开市场主体登记注册办事指南，动态更新。
5.公开企业年报公示情况。
（二）公开行政处罚信息
6.按规定公开行政处罚决定。
7.做好信用修复信息公开。
四、保障措施
（一）加强组织领导
各处室要高度重视政务公开工作，明确分管领导和具体人员。
（二）强化考核评估
将政务公开工作纳入年度绩效考核。
"""


def test_a_heading_over_its_own_paragraph_beside_parts_with_tasks_is_a_task() -> None:
    plan = zwgk.read(PLAN.encode(), format="text")
    assert [t.label for t in plan.tasks] == ["（一）", "1.", "2.", "3.", "4.", "5.", "6.", "7."]
    first = plan.tasks[0]
    assert first.section == ("夯实公开基础",)
    assert first.text.replace("\n", "") == (
        "统筹公开和保密梳理法定公开事项，形成主动公开事项目录。"
        "坚持“先审查、后公开”原则，做好公文公开属性认定。"
    )
    assert plan.tasks[1].section == ("夯实公开基础", "加强平台建设")


def test_parts_on_aims_and_on_how_the_plan_is_carried_out_stay_headings() -> None:
    plan = zwgk.read(PLAN.encode(), format="text")
    texts = "".join(t.text for t in plan.tasks)
    assert "指导" not in texts
    assert "组织领导" not in texts
    assert "绩效考核" not in texts


TOP_PARTS = """\
某区医疗保障局2023年政务公开工作要点
2023年政务公开工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，深入推进政务公开。主要工作如下：
一、总体指导思想
坚持以人民为中心的发展思想，推动医疗保障政务公开工作提质增效。
二、进一步做好政府信息公开平台维护
落实专人负责信息发布、日常巡查等工作，确保信息发布流程完善、内容准确。
三、进一步深化主动公开标准化工作
（一）严格执行政府信息公开审查制度。健全完善公开属性认定流程。
（二）完善主动公开目录。动态更新医保领域主动公开事项目录。
"""


def test_a_top_part_over_its_own_paragraph_beside_parts_over_tasks_is_a_task() -> None:
    plan = zwgk.read(TOP_PARTS.encode(), format="text")
    assert [(t.label, t.section) for t in plan.tasks] == [
        ("二、", ()),
        ("（一）", ("进一步深化主动公开标准化工作",)),
        ("（二）", ("进一步深化主动公开标准化工作",)),
    ]
    assert plan.tasks[0].text.startswith("进一步做好政府信息公开平台维护")
