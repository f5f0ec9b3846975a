"""A run-together table copied from a PDF whose narrow unit and deadline
columns wrapped mid-word onto the next line (``…。市场监管综合执法`` /
``大队每月``, ``…。办公室2024年6`` / ``月底前``): the break is taken out where
a unit name or a date runs over it, and kept where the cells part there."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import deadlines_read, units_read

WRAPPED = """\
某县市场监督管理局2024年政务公开任务清单
序号工作任务责任股室完成时限
1公开食品生产经营许可结果。行政审批股2024年3月底前
2公开双随机抽查结果。市场监管综合执法
大队每月
3公开企业信用监管信息。信用监管股牵头，各市场监管所
配合长期坚持
4公开特种设备监督检查结果。特种设备股2024年6
月底前
5公开本局部门预算和决算。办公室
2024年8月底前
某县市场监督管理局
2024年2月1日
"""


def test_a_name_or_a_date_wrapped_onto_the_next_line_is_read_whole() -> None:
    plan = zwgk.read(WRAPPED.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5]
    assert [t.text for t in plan.tasks][1:4] == [
        "公开双随机抽查结果。",
        "公开企业信用监管信息。",
        "公开特种设备监督检查结果。",
    ]
    units = units_read(plan)
    assert units[1:5] == [
        ("市场监管综合执法大队",),
        ("信用监管股", "各市场监管所"),
        ("特种设备股",),
        ("办公室",),
    ]
    deadlines = deadlines_read(plan)
    assert deadlines[1:] == ["每月", "长期坚持", "2024年6月底前", "2024年8月底前"]


TEXT_WRAPPED = """\
某某水务有限公司2024年办事公开工作任务清单
序号公开事项责任部门完成时限
1公开供水价格、二次供水设施收费标准及
价格调整依据。营销部价格调整后5个工作日内
2公开用户报装流程和所需材料。客户服务中心2024年3月底前
3公开停水检修计划、
影响范围和恢复供水时
间。调度中心停水前24小时
4公开年度经营业绩和重大投资项目情况。财务部每年6月底前
某某水务有限公司
2024年2月1日
"""


def test_a_text_cell_wrapped_over_lines_closes_where_its_sentence_does() -> None:
    # the title's issuer signing under the last row is no cell of that row
    plan = zwgk.read(TEXT_WRAPPED.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开供水价格、二次供水设施收费标准及价格调整依据。",
        "公开用户报装流程和所需材料。",
        "公开停水检修计划、影响范围和恢复供水时间。",
        "公开年度经营业绩和重大投资项目情况。",
    ]
    units = units_read(plan)
    assert units == [("营销部",), ("客户服务中心",), ("调度中心",), ("财务部",)]
    deadlines = deadlines_read(plan)
    assert deadlines == ["价格调整后5个工作日内", "2024年3月底前", "停水前24小时", "每年6月底前"]
    assert plan.issuer == "某某水务有限公司"


ONE_CELL_A_LINE = """\
某区行政审批局2023年政务公开工作任务清单
为做好政务服务信息公开，制定本清单。

序号
公开事项
公开内容
责任科室
公开时限

1
事项清单
公开全区政务服务事项目录和实施清单，按季度动态调整更
新。
审批一科
2023年3月底前

2
收费信息
公开行政审批收费项目和标准。
审批二科
及时更新

3
办件结果
公开行政许可办件结果和群众评价，每月10日前汇总公
开。
政务服务科牵头，各镇（街道）便民服务中
心配合
每月

4
投诉渠道
公开投诉举报电话和受理范围。
综合科
2023年4月底前

某区行政审批局
2023年2月20日
"""


def test_a_cell_wrapped_onto_a_line_of_its_own_is_one_cell() -> None:
    # one cell per line: a long cell's last words on a line of their own
    # (…动态调整更 / 新。, …便民服务中 / 心配合) are that cell's, and the
    # rows, each showing its own 公开事项, are titled by it
    plan = zwgk.read(ONE_CELL_A_LINE.encode(), format="text")
    assert [t.text for t in plan.tasks] == ["事项清单", "收费信息", "办件结果", "投诉渠道"]
    assert [t.note for t in plan.tasks] == [
        "公开全区政务服务事项目录和实施清单，按季度动态调整更新。",
        "公开行政审批收费项目和标准。",
        "公开行政许可办件结果和群众评价，每月10日前汇总公开。",
        "公开投诉举报电话和受理范围。",
    ]
    assert [t.section for t in plan.tasks] == [()] * 4
    assert units_read(plan) == [
        ("审批一科",),
        ("审批二科",),
        ("政务服务科", "各镇（街道）便民服务中心"),
        ("综合科",),
    ]
    assert deadlines_read(plan) == ["2023年3月底前", "及时更新", "每月", "2023年4月底前"]
