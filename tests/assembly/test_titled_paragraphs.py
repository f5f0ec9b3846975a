"""A heading over paragraphs with no number, each opened by a short title
sentence of its own (``（一）加大政策解读`` then ``扩大解读范围。…`` and
``落实解读责任。…``): each paragraph is a task under the heading; a heading
over one paragraph of plain sentences stays one task.  Paragraphs each closed
by a clause of their own are tasks too, the last without one where a page
opening ends with it."""

from __future__ import annotations

import zwgk

PLAN = """\
2022年度某市司法局政务公开工作要点
一、要点
（一）加大政策解读力度
扩大解读范围。围绕法治政府建设重要部署开展深入解读，主动引导舆论。
落实解读责任。局主要负责人履行第一解读人职责，及时准确传递权威信息。
加大解读力度。对本局制发的规范性文件同步组织解读，做到应解读尽解读。
（二）持续推进政务公开标准化规范化
根据市政务公开办部署，继续做好公共法律服务领域政务公开标准化规范化工作。
"""


def test_paragraphs_opened_by_their_own_titles_are_tasks_under_the_heading() -> None:
    plan = zwgk.read(PLAN.encode(), format="text")
    assert [(t.label, t.section, t.text[:6]) for t in plan.tasks] == [
        ("", ("要点", "加大政策解读力度"), "扩大解读范围"),
        ("", ("要点", "加大政策解读力度"), "落实解读责任"),
        ("", ("要点", "加大政策解读力度"), "加大解读力度"),
        ("（二）", ("要点",), "持续推进政务"),
    ]


OPENING = """\
某区2020年政务公开工作要点
一、全方位公开政府信息
（一）推进协同发展信息公开
做好城市总体规划实施、分区规划的信息公开。（区规划分局负责落实）;
做好专项行动信息公开，及时发布整治成效。（区城管委负责落实）;
做好重点项目建设信息公开。"""


def test_a_last_paragraph_with_no_clause_where_a_page_opening_ends_is_a_task_of_its_own() -> None:
    plan = zwgk.read_text(OPENING)
    assert [t.text for t in plan.tasks] == [
        "做好城市总体规划实施、分区规划的信息公开。",
        "做好专项行动信息公开，及时发布整治成效。",
        "做好重点项目建设信息公开。",
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "区规划分局负责落实",
        "区城管委负责落实",
        None,
    ]


RUN_IN = """\
某市2022年政务公开工作要点
2022年是实施“十四五”规划承上启下的重要一年，要以优异的成绩迎接党的二十大胜利召开。 \
一、围绕筑牢工作基础深入推进政务公开
（一）全面规范政务信息管理。严格落实公文公开属性源头认定机制。（市政府办公室负责）
（二）持续做好政策解读。围绕重要政策开展解读。（市直各部门负责）
"""


def test_a_part_heading_run_in_after_the_preambles_last_sentence_heads_its_part() -> None:
    plan = zwgk.read_text(RUN_IN)
    assert [(t.label, t.section) for t in plan.tasks] == [
        ("（一）", ("围绕筑牢工作基础深入推进政务公开",)),
        ("（二）", ("围绕筑牢工作基础深入推进政务公开",)),
    ]
