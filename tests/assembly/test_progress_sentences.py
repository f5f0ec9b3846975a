"""A run-together table whose 完成情况 cell of sentences follows the deadline,
opening with a date (``…科调整前5日5月线路调整已提前公告。``): the unit cell ends
before the deadline, the deadline before the progress cell."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows

TABLE = """\
某县交通运输局2023年政务公开重点任务推进表
序号工作任务责任科室完成时限完成情况
1公开本局权责清单。办公室2023年3月底前已于2023年3月21日公开。
2公开公交线路调整和票价信息。运输管理科调整前5日5月线路调整已提前公告。
3公开道路运输许可结果。运输管理科许可决定作出后7日内6月许可结果已全部公开。
"""


def test_a_progress_sentence_after_the_deadline_is_neither_unit_nor_deadline() -> None:
    plan = zwgk.read(TABLE.encode(), format="text")
    assert [(resp, deadline) for _, resp, deadline in read_rows(plan)] == [
        ("办公室", "2023年3月底前"),
        ("运输管理科", "调整前5日"),
        ("运输管理科", "许可决定作出后7日内"),
    ]
