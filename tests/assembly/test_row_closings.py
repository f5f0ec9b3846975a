"""Rows run together that a table closes as clauses, ``；`` after each and
``。`` after the last: the marks close the row, no cell's."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows

ROWS = [
    ("公开本会机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("公开困难残疾人生活补贴发放情况。", "康复部负责，财务室配合", "每季度"),
    ("公开残疾儿童康复救助对象名单。", "康复部", "每半年"),
    ("公开职业技能培训计划和报名方式。", "就业服务所", "培训开始前10日"),
    ("公开部门预算、决算和“三公”经费情况。", "财务室", "批复后20日内"),
]


def test_rows_closed_by_semicolons_read_as_their_cells() -> None:
    lines = [
        f"{k}{''.join(row)}{'；' if k < len(ROWS) else '。'}" for k, row in enumerate(ROWS, start=1)
    ]
    text = "\n".join(["某区残联2024年政务公开工作任务清单", "序号工作任务责任部门完成时限", *lines])
    plan = zwgk.read_text(text)
    assert read_rows(plan)[:-1] == ROWS[:-1]
    last = read_rows(plan)[-1]
    assert last[:2] == ROWS[-1][:2] and last[2] is not None
    assert last[2].rstrip("。") == ROWS[-1][2]
