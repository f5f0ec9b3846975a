"""A run-together table whose last column is a 备注 of a word or two after
the deadline (``…2024年6月底前新增``, ``…审批后10个工作日内上级要求``): the
deadline cell ends where the deadline grammar reads it, the word is the note;
a deadline cell's own words after its time (``…前完成``) stay in it."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import deadlines_read, units_read

PLAN = """\
某县农业农村局2024年政务公开工作任务表
序号工作任务责任股室完成时限备注
1公开强农惠农富农政策和补贴资金发放结果。计划财务股2024年6月底前延续
2公开农作物种子生产经营许可结果。种植业股许可决定作出后7个工作日内
3公开动物防疫和检疫信息。畜牧兽医股检疫结束后5个工作日内上级要求
4公开高标准农田建设项目进展。农田建设股牵头，农业技术推广中心配合每季度新增
5公开农村人居环境整治情况。农村社会事业股2024年9月底前完成
6公开本局部门预算、决算。办公室2024年8月底前延续
某县农业农村局
2024年3月1日
"""


def test_a_note_word_after_the_deadline_is_the_note() -> None:
    plan = zwgk.read(PLAN.encode(), format="text")
    assert deadlines_read(plan) == [
        "2024年6月底前",
        "许可决定作出后7个工作日内",
        "检疫结束后5个工作日内",
        "每季度",
        "2024年9月底前完成",
        "2024年8月底前",
    ]
    assert [t.note for t in plan.tasks] == ["延续", None, "上级要求", "新增", None, "延续"]
    units = units_read(plan)
    assert units[2] == ("畜牧兽医股",)
    assert units[3] == ("农田建设股", "农业技术推广中心")


DONE = """\
某县统计局2024年政务公开重点工作任务台账
序号工作任务责任股室完成时限是否完成
1公开统计调查项目目录和调查制度。综合法规股2024年3月底前是
2公开月度主要经济指标数据。综合法规股每月是
3公开第五次全国经济普查主要数据公报。普查中心牵头，办公室配合公报发布后5个工作日内否
4公开统计执法检查结果。执法大队2024年9月底前否
5公开本局部门预算和决算。办公室批复后20日内是
某县统计局
2024年2月6日
"""


def test_a_done_cell_after_the_deadline_is_no_part_of_it_nor_a_heading() -> None:
    # 是否完成: a column of 是 / 否, kept beside the task, not in its deadline,
    # and the header's last word is no heading over the rows
    plan = zwgk.read(DONE.encode(), format="text")
    assert deadlines_read(plan) == [
        "2024年3月底前",
        "每月",
        "公报发布后5个工作日内",
        "2024年9月底前",
        "批复后20日内",
    ]
    assert [t.section for t in plan.tasks] == [()] * 5
    assert [t.note for t in plan.tasks] == [None] * 5
    assert units_read(plan)[2] == ("普查中心", "办公室")
