"""A table with a task column and a requirement column (工作任务 | 工作要求),
copied with its cells run together, its rows unnumbered under numbered part
headings: each row's title is told from its requirement by what the rows
show together, as in a table that numbers its rows."""

from __future__ import annotations

import zwgk

PLAN = """\
某县2020年政务公开工作要点任务分解
工作任务工作要求责任单位完成时限
一、推进重点领域信息公开
扶贫信息公开公开扶贫资金项目安排和项目实施情况，在村级公示栏公示县扶贫办长期坚持
财政预决算公开县本级预决算在批准后20日内公开，部门预决算在批复后20日内公开县财政局2020年6月底前
就业信息公开发布就业创业政策和招聘信息，做好政策解读县人社局长期坚持
二、加强政策解读回应
政策解读做到政策文件与解读材料同步起草、同步审签、同步发布县政府办公室长期坚持
舆情回应健全政务舆情收集、研判和回应机制县委网信办长期坚持
"""


def test_titles_and_requirements_of_rows_under_headings() -> None:
    plan = zwgk.read_text(PLAN)
    assert [t.text for t in plan.tasks] == [
        "扶贫信息公开",
        "财政预决算公开",
        "就业信息公开",
        "政策解读",
        "舆情回应",
    ]
    assert plan.tasks[0].note == "公开扶贫资金项目安排和项目实施情况，在村级公示栏公示"
    assert [t.section for t in plan.tasks] == [("推进重点领域信息公开",)] * 3 + [
        ("加强政策解读回应",)
    ] * 2
