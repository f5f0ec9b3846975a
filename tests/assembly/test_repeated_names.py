"""Two unit columns (牵头 and 配合) run together after a requirement.

Where a lead name with no level before it is glued to the requirement and to
the assisting cell (``…操作指引纳税服务股税政一股…``), the text does not say
where the name starts; the rows of the table do, by the names they repeat.
"""

from __future__ import annotations

import zwgk
from zwgk.assembly.fields import repeated_names, row_runs

# a bureau's task table copied from a web page, cells run together (a plan
# written for this test, in the form such tables take)
PLAN = """\
某区市场监管局2023年政务公开工作任务分工
序号工作任务具体措施牵头科室配合科室完成时限
一、监管信息公开
1抽查结果公开公开双随机抽查计划和抽查结果信用监管科执法稽查科及时
2行政处罚公开公开行政处罚决定书和处罚结果执法稽查科法规科决定作出之日起20个工作日内
3食品抽检公开按季度公开食品安全抽检结果和不合格产品处置情况食品安全协调科执法稽查科每季度
二、政务公开保障
4年度报告编制发布政府信息公开工作年度报告办公室法规科每年1月31日前
5依申请公开规范办理政府信息公开申请法规科办公室长期坚持
6政策解读对出台的规范性文件同步解读信用监管科食品安全协调科长期坚持
"""


def _units(task: zwgk.Task) -> list[tuple[str, str]]:
    assert task.responsibility is not None
    return [(a.name, a.role.value) for a in task.responsibility.assignments]


def test_lead_and_assist_cells_told_apart_by_the_names_the_rows_repeat() -> None:
    plan = zwgk.read_text(PLAN)
    assert len(plan.tasks) == 6
    assert _units(plan.tasks[0]) == [("信用监管科", "lead"), ("执法稽查科", "assist")]
    assert _units(plan.tasks[2]) == [("食品安全协调科", "lead"), ("执法稽查科", "assist")]
    assert _units(plan.tasks[5]) == [("信用监管科", "lead"), ("食品安全协调科", "assist")]
    assert plan.tasks[0].note is not None and plan.tasks[0].note.endswith("抽查结果")


def test_repeated_names_are_whole_names() -> None:
    bodies = [line for line in PLAN.splitlines() if line[:1].isdigit()]
    names = repeated_names(bodies, row_runs(bodies))
    assert {"信用监管科", "执法稽查科", "食品安全协调科", "法规科"} <= names
    # a name's tail (always after the same characters) is no name
    assert "监管科" not in names and "稽查科" not in names
    # an office's word alone ends many names: not learned as one
    assert "办公室" not in names


def test_a_bracket_closed_inside_a_name_is_no_name_start() -> None:
    bodies = [
        "1招生公开公开招生计划基教处各市教育局、县(市、区)教育局6月底前",
        "2资助公开公开资助名单资助中心各市教育局、县(市、区)教育局每学期",
    ]
    names = repeated_names(bodies, row_runs(bodies))
    assert not any(n.startswith(("区)", "区）")) for n in names)
