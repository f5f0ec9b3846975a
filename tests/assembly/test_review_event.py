"""审核 right after a unit's name is a role (``法规股审核``) where it ends the
unit cell, and the opening of the event a deadline counts from where the
event goes on (``…股审核结果作出后10个工作日内``, ``…审核通过后``)."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import assignments_read, deadlines_read
from zwgk import Role

PLAN = """\
某县商务局2024年政务公开工作任务清单
序号工作任务责任股室完成时限
1公开成品油零售经营资格审核结果。市场建设股审核结果作出后10个工作日内
2公开外贸企业扶持资金分配结果。外贸股负责，法规股审核2024年6月底前
3公开再生资源回收经营者备案信息。流通股审核通过后5个工作日内
4公开本局部门预算、决算。办公室2024年8月底前
"""


def test_review_opening_a_deadlines_event_is_no_role() -> None:
    plan = zwgk.read(PLAN.encode(), format="text")
    got = assignments_read(plan)
    assert got[0] == [("市场建设股", Role.OWNER)]
    assert got[2] == [("流通股", Role.OWNER)]
    assert got[1] == [("外贸股", Role.OWNER), ("法规股", Role.SUPERVISE)]
    deadlines = deadlines_read(plan)
    assert deadlines[0] == "审核结果作出后10个工作日内"
    assert deadlines[2] == "审核通过后5个工作日内"
