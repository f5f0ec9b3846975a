"""One cell per line, each closed by `` |``, a requirement cell written over
several lines: a sentence, then its own numbered points on lines that do not
close (a web table copied as text)."""

from __future__ import annotations

import zwgk

PLAN = """\
某县2022年政务公开工作任务分解表
序号 |
工作任务 |
责任单位 |
完成时限 |
一、深化重点领域信息公开 |
1 |
做好财政预决算公开，按规定公开部门预决算。 |
县财政局 |
2022年6月底前 |
2 |
公开重大项目信息。
1.项目批准信息；
2.项目实施进度；
3.项目竣工信息。 |
县发展和改革局 |
长期坚持 |
3 |
做好规划信息公开。 |
县自然资源局 |
长期坚持 |
二、加强政策解读回应 |
1 |
政策文件与解读材料同步起草、同步审签、同步发布。 |
县政府办公室 |
长期坚持 |
"""


def test_a_cell_over_several_lines_is_one_cell() -> None:
    plan = zwgk.read_text(PLAN)
    assert [t.number for t in plan.tasks] == [1, 2, 3, 1]
    second = plan.tasks[1]
    assert second.text == "公开重大项目信息。1.项目批准信息；2.项目实施进度；3.项目竣工信息。"
    assert second.responsibility is not None
    assert second.responsibility.raw == "县发展和改革局"
    assert second.deadline is not None and second.deadline.raw == "长期坚持"
    assert [t.section for t in plan.tasks] == [("深化重点领域信息公开",)] * 3 + [
        ("加强政策解读回应",)
    ]
