"""A table whose title ends in header words (…工作要点任务分工) over a header of
its own, whose rows number nothing and one of whose cells numbers its own
points ``(1)…(2)…``: the rows are the tasks, the points the text of theirs."""

from __future__ import annotations

import zwgk
from zwgk.assembly.text import find_header

PLAN = """\
某省教育厅办公室关于印发2023年政务公开工作要点任务分工的通知
各市教育局，厅机关各处室：
现将《2023年政务公开工作要点任务分工》印发给你们，请认真贯彻执行。
某省教育厅办公室
2023年7月4日
2023年政务公开工作要点任务分工
工作要点 | 具体要求 | 任务分工 |
教育民生 | 做好高校毕业生就业创业补贴政策等信息公开。 | 学生处,各高等学校 |
推进义务教育学校加大适龄儿童入学政策宣传、解读力度。 | 基教处,各市教育局 |
政策解读 | (1)落实解读“三同步”机制；(2)深化解读内容；(3)创新解读形式。 | 办公室,各市教育局 |
平台建设 | 加强政府网站和政务新媒体内容建设，规范信息发布审核。 | 办公室 |
"""


def test_unnumbered_rows_are_the_tasks_and_a_cells_points_its_text() -> None:
    plan = zwgk.read_text(PLAN)
    assert [t.number for t in plan.tasks] == [None] * 4
    assert [t.section for t in plan.tasks] == [
        ("教育民生",),
        ("教育民生",),
        ("政策解读",),
        ("平台建设",),
    ]
    points = plan.tasks[2]
    assert points.text.startswith("(1)落实解读")
    assert "(3)创新解读形式" in points.text
    assert points.responsibility is not None
    assert points.responsibility.raw == "办公室,各市教育局"


def test_a_title_run_into_its_header_ends_where_the_serial_column_begins() -> None:
    text = "某市2022年政务公开工作要点任务分工序号工作任务责任单位完成时限\n1 做好预算公开"
    header = find_header(text, 0, len(text))
    assert header is not None
    assert header.roles == ("number", "text", "resp", "deadline")
    assert text[header.start : header.end] == "序号工作任务责任单位完成时限"


def test_a_title_ending_in_header_words_over_a_header_on_lines_of_its_own() -> None:
    text = "某委关于落实2021年政务公开工作要点任务分工\n" + "\n".join(
        ("工作任务", "贯彻举措", "工作要求", "时限要求", "牵头单位", "责任单位")
    )
    header = find_header(text, 0, len(text))
    assert header is not None
    # the title's 任务分工 is no column; 贯彻举措, a word the header words do
    # not list between two they do, is one (its role from its 举措)
    assert text[header.start : header.end].startswith("工作任务\n贯彻举措")
    assert header.roles == ("text", "text", "heading", "deadline", "lead", "resp")
