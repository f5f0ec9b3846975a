"""A run-together table whose 公开范围 cell (whom the information is
disclosed to: 社会公众, 申请人, 辖区居民, 局机关干部职工) stands between the
unit cell and the deadline: no part of the unit, nor of the deadline."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows
from zwgk.lang.vocab import audience_at

SCOPES = """\
某县教育局2024年政务公开工作任务分解表
按照《某县2024年政务公开工作要点》要求，现将我局政务公开任务分解如下。
序号工作任务责任股室公开范围完成时限
1公开义务教育招生政策和学区划分。基础教育股社会公众2024年4月底前
2公开学生资助申请条件和资助结果。资助中心申请人资助名单确定后5个工作日内
3公开校园周边环境整治情况。安全股牵头，各学校配合辖区居民每季度
4公开局机关财务预决算和“三公”经费。计划财务股局机关干部职工批复后20日内
5公开本局政府信息公开工作年度报告。办公室社会公众2024年1月31日前
某县教育局
2024年2月1日
"""


def test_a_scope_cell_after_the_units_is_neither_unit_nor_deadline() -> None:
    plan = zwgk.read(SCOPES.encode(), format="text")
    assert [(resp, deadline) for _, resp, deadline in read_rows(plan)] == [
        ("基础教育股", "2024年4月底前"),
        ("资助中心", "资助名单确定后5个工作日内"),
        ("安全股牵头，各学校配合", "每季度"),
        ("计划财务股", "批复后20日内"),
        ("办公室", "2024年1月31日前"),
    ]


def test_an_audience_is_told_from_words_that_hold_its_characters() -> None:
    assert audience_at("社会公众每季度")
    assert not audience_at("企业主要经济效益指标")
