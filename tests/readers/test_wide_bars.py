"""A table drawn with full-width bars (｜1｜…｜办公室｜), as a page or an
input method writes it: read as a pipe table, its merged cells and the
signature after it as a ``|`` table's are."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows
from zwgk_plugins._text_layouts import Line, narrow_bars

TABLE = """\
某县残疾人联合会2024年信息公开工作任务表
结合本会实际，制定本表。
｜序号｜公开类别｜公开内容｜责任科室｜完成时限｜
｜---｜---｜---｜---｜---｜
｜1｜机构信息｜公开本会机构职能和联系方式。｜办公室｜2024年3月底前｜
｜2｜公开本会领导班子成员名单。｜组联科｜2024年4月底前｜
｜3｜惠残信息｜公开残疾人两项补贴发放情况。｜康复科｜每季度｜
｜4｜公开残疾人就业培训信息。｜就业科｜长期坚持｜
某县残疾人联合会
2024年3月18日
"""


def test_a_table_drawn_with_full_width_bars_reads_as_a_pipe_table() -> None:
    plan = zwgk.read(TABLE.encode(), format="text")
    assert [(resp, deadline) for _, resp, deadline in read_rows(plan)] == [
        ("办公室", "2024年3月底前"),
        ("组联科", "2024年4月底前"),
        ("康复科", "每季度"),
        ("就业科", "长期坚持"),
    ]
    assert [t.section for t in plan.tasks] == [("机构信息",)] * 2 + [("惠残信息",)] * 2
    assert plan.issuer == "某县残疾人联合会"


def test_a_bar_inside_a_line_of_text_stays() -> None:
    lines = [Line(1, "公开内容｜第一部分｜说明"), Line(2, "｜1｜a｜"), Line(3, "｜2｜b｜")]
    assert narrow_bars(lines) == lines
