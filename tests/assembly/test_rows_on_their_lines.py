"""A table copied one cell per line, each cell closed by a ``|`` line and a
blank line between its rows: the blank line is no cell, a 责任人 column of
posts holds the units, and rows that each show their first text cell are
titled by it though a last column (备注) or a 配合 cell stands empty."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import deadlines_read, units_read

POSTS = """\
某街道幸福社区2024年居务公开工作任务表
序号
|
公开事项
|
公开内容
|
责任人
|
公开形式
|
公开时间

1
|
社区组织建设
|
公开社区“两委”成员分工和联系方式。
|
社区党委书记
|
公示栏
|
2024年3月底前

2
|
社区财务
|
公开社区公益事业经费收支明细。
|
社区居委会主任负责，居务监督委员会监督
|
公示栏、微信群
|
每季度

3
|
民生保障
|
公开低保和临时救助对象名单。
|
社区民政专干
|
公示栏
|
每月10日前

幸福社区居民委员会
2024年1月20日
"""


def test_a_persons_column_of_posts_holds_the_units_of_rows_set_apart_by_blank_lines() -> None:
    plan = zwgk.read(POSTS.encode(), format="text")
    assert [t.text for t in plan.tasks] == ["社区组织建设", "社区财务", "民生保障"]
    assert units_read(plan) == [
        ("社区党委书记",),
        ("社区居委会主任", "居务监督委员会"),
        ("社区民政专干",),
    ]
    assert deadlines_read(plan) == ["2024年3月底前", "每季度", "每月10日前"]


EMPTY_CELLS = """\
某县民政局2022年政务公开工作任务分解表
序号
|
工作任务
|
工作要求
|
责任股室
|
配合单位
|
完成时限
|
备注

1
|
低保信息公开
|
公开低保对象名单和保障标准。
|
社会救助股
|
各乡镇
|
2022年3月底前
|


2
|
养老服务信息
|
公开养老机构名录和补贴发放情况。
|
养老服务股
|

|
2022年6月底前
|


3
|
婚姻登记指南
|
公开婚姻登记办事指南和预约方式。
|
婚姻登记处
|

|
长期坚持
|


某县民政局
2022年2月10日
"""


def test_rows_showing_their_titles_are_titled_though_a_unit_and_the_last_cell_are_empty() -> None:
    plan = zwgk.read(EMPTY_CELLS.encode(), format="text")
    assert [t.text for t in plan.tasks] == ["低保信息公开", "养老服务信息", "婚姻登记指南"]
    assert [t.section for t in plan.tasks] == [()] * 3
    assert [t.note for t in plan.tasks] == [
        "公开低保对象名单和保障标准。",
        "公开养老机构名录和补贴发放情况。",
        "公开婚姻登记办事指南和预约方式。",
    ]
    assert units_read(plan) == [("社会救助股", "各乡镇"), ("养老服务股",), ("婚姻登记处",)]


LEADERS = """\
南京市鼓楼区宁海路街道办事处2024年政务公开重点工作任务分工
序号
工作任务
牵头科室
配合科室
分管领导
完成时限
1
公开街道权责清单和办事指南。
党政办公室
综合保障中心
主任赵**
2024年3月底前
2
公开老旧小区改造项目信息。
城市管理办公室

副主任钱**
2024年6月底前
3
公开辖区低保审核结果。
社区管理科
各社区居委会
副书记李**
每月
宁海路街道办事处
2024年2月1日
"""


def test_a_leaders_post_and_masked_name_is_no_unit_where_the_cell_before_is_empty() -> None:
    # 副主任钱** stands in the 分管领导 column, the 配合 cell before it empty
    plan = zwgk.read(LEADERS.encode(), format="text")
    assert units_read(plan) == [
        ("党政办公室", "综合保障中心"),
        ("城市管理办公室",),
        ("社区管理科", "各社区居委会"),
    ]
    assert deadlines_read(plan) == ["2024年3月底前", "2024年6月底前", "每月"]


POINTS_EMPTY_DEADLINE = """\
某省2020年政务公开工作要点任务分工
序号
|
具体内容
|
责任单位
|
完成时限
|
1
|
1.2020年8月底前,县级政府要完成本级政务公开标准目录编制;
2.12月底前,县级政府要指导所辖部门完成目录编制。
|
各县(市、区)政府
|

|
2
|
各级政府门户网站要开设专栏,集中公开权责清单。
|
各级政府办公厅(室)
|
2020年9月底前
|
"""


def test_an_empty_deadline_cell_after_a_row_of_points_stays_a_cell() -> None:
    # the row's last line is its empty deadline cell, not a blank line
    # between rows: its two points are one text cell, its unit the next
    plan = zwgk.read(POINTS_EMPTY_DEADLINE.encode(), format="text")
    assert units_read(plan) == [("各县(市、区)政府",), ("各级政府办公厅(室)",)]
    assert "12月底前" in plan.tasks[0].text
