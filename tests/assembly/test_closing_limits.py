"""Tables with no deadline column whose task cells close with the limit in
brackets (``…名录（2023年3月底前）``), run together with the unit cells after
them: the limit, whatever its kind, is the deadline and no part of the text;
the units start right after the bracket."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import assignments_read
from zwgk import Role

LIMITS = """\
某区人民法院2024年司法公开工作任务分工表
为深化司法公开，结合本院实际，制定本分工表，各项任务的完成时限列于任务之后的括号内。
序号公开事项责任部门配合部门
1公开本院审判委员会委员名录（2024年3月底前）政治部
2通过裁判文书网公开生效裁判文书（裁判生效后30个工作日内）审判管理办公室各审判庭
3公开诉讼服务指南和诉讼费用标准（长期坚持）立案庭诉讼服务中心
4公开执行案件办理情况和失信被执行人名单（每季度）执行局
某区人民法院
2024年2月1日
"""


def test_a_limit_in_brackets_closing_the_task_cell_is_the_deadline() -> None:
    plan = zwgk.read(LIMITS.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开本院审判委员会委员名录",
        "通过裁判文书网公开生效裁判文书",
        "公开诉讼服务指南和诉讼费用标准",
        "公开执行案件办理情况和失信被执行人名单",
    ]
    deadlines = [
        (t.deadline.kind.value, t.deadline.raw) if t.deadline else None for t in plan.tasks
    ]
    assert deadlines == [
        ("date", "2024年3月底前"),
        ("relative", "裁判生效后30个工作日内"),
        ("ongoing", "长期坚持"),
        ("recurring", "每季度"),
    ]


def test_the_units_start_after_the_bracket() -> None:
    plan = zwgk.read(LIMITS.encode(), format="text")
    units = [[u for u, _ in row] for row in assignments_read(plan)]
    assert units == [
        ["政治部"],
        ["审判管理办公室", "各审判庭"],
        ["立案庭", "诉讼服务中心"],
        ["执行局"],
    ]
    assert assignments_read(plan)[1][1] == ("各审判庭", Role.ASSIST)


def test_a_bracket_inside_a_sentence_stays_in_the_text() -> None:
    text = (
        "某局2024年政务公开任务清单\n序号工作任务责任股室\n"
        "1及时发布权威信息（专栏每月至少更新2条信息）。办公室\n2公开年度报告。法规股\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert plan.tasks[0].text == "及时发布权威信息（专栏每月至少更新2条信息）。"
