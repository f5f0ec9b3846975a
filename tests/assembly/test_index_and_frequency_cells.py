"""Cells beside the deadline that are no deadline: an 对应指标 column's
index number after it (1.2.3: the evaluation indicator the row answers),
an 更新频率 column's how-often before a 首次公开时限 (每年, 每月), and an
实际完成时间 column's date after it: the limit is the deadline; the others
are kept beside the task, in a run-together table."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows
from zwgk.lang.vocab import completion_deadline, header_role

INDEXED = """\
某区司法局2024年政务公开工作任务清单
根据《某区2024年政务公开工作要点》和政务公开评价指标，制定本清单。
序号工作任务责任科室完成时限对应指标
1公开本局机构职能和领导信息。办公室2024年3月底前1.1.2
2公开行政复议受理条件和办理流程。行政复议科长期坚持2.1.1
3公开法律援助申请条件和办理结果。法律援助中心每季度2.3.4
4公开人民调解典型案例。基层科及时更新3.1.1
某区司法局
2024年3月6日
"""

FREQUENCIES = """\
某区交通运输局2024年政务公开工作任务清单
“首次公开时限”为当年首次发布的时间，此后按“更新频率”更新。
序号工作任务责任科室更新频率首次公开时限
1公开本局机构职能和联系方式。办公室每年2024年3月底前
2公开公交线路调整信息。运输管理科实时2024年4月底前
3公开本局部门预算、决算。财务科每年批复后20日内
4公开道路养护施工路段信息。公路养护中心每月2024年5月底前
某区交通运输局
2024年3月7日
"""


def test_an_index_number_after_the_deadline_is_kept_in_the_note() -> None:
    plan = zwgk.read(INDEXED.encode(), format="text")
    assert [(resp, deadline) for _, resp, deadline in read_rows(plan)] == [
        ("办公室", "2024年3月底前"),
        ("行政复议科", "长期坚持"),
        ("法律援助中心", "每季度"),
        ("基层科", "及时更新"),
    ]
    assert [t.note for t in plan.tasks] == ["1.1.2", "2.1.1", "2.3.4", "3.1.1"]
    assert all(t.section == () for t in plan.tasks)


def test_a_frequency_column_before_a_limit_is_no_deadline() -> None:
    plan = zwgk.read(FREQUENCIES.encode(), format="text")
    assert [(resp, deadline) for _, resp, deadline in read_rows(plan)] == [
        ("办公室", "2024年3月底前"),
        ("运输管理科", "2024年4月底前"),
        ("财务科", "批复后20日内"),
        ("公路养护中心", "2024年5月底前"),
    ]
    assert [t.note for t in plan.tasks] == ["每年", "实时", "每年", "每月"]


DONE = """\
某区发展和改革局2024年政务公开任务完成情况表
序号工作任务责任股室完成时限实际完成时间
1公开本局机构职能和联系方式。办公室2024年3月底前2024年3月12日
2公开重大项目年度计划。投资股2024年4月底前2024年4月25日
3公开本局部门预算、决算。财务股批复后20日内2024年2月26日
4公开价格收费政策调整情况。价格股及时更新2024年5月8日
某区发展和改革局
2024年10月9日
"""


def test_a_date_done_after_the_deadline_is_no_part_of_it_nor_of_the_units() -> None:
    plan = zwgk.read(DONE.encode(), format="text")
    assert [(resp, deadline) for _, resp, deadline in read_rows(plan)] == [
        ("办公室", "2024年3月底前"),
        ("投资股", "2024年4月底前"),
        ("财务股", "批复后20日内"),
        ("价格股", "及时更新"),
    ]


def test_the_header_vocabulary_tells_these_columns() -> None:
    assert header_role("实际完成时间") == "status"
    assert header_role("对应指标") == "other"
    cells = ["工作任务", "责任科室", "更新频率", "首次公开时限"]
    roles = [header_role(c) for c in cells]
    assert completion_deadline(cells, roles) == ["text", "resp", "note", "deadline"]
