"""A table crawled onto one line, its cells parted by full-width spaces:
the signature after the last row (the issuer of the place the title names,
then the date, set apart by spaces) closes the page, not the row; and a unit
cell of role clauses that opens with a name the rows repeat (办公室负责，
各科室配合) is one cell, and a deadline cell counting from what a body
does (县人大常委会审议后30日内) is no part of the unit cell before it."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows

ROWS = [
    ("公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("公开本局领导班子成员及分工。", "办公室", "及时更新"),
    ("公开审计整改情况。", "法规审理科牵头，各审计科配合", "2024年12月底前"),
    ("公开审计工作动态。", "办公室", "长期坚持"),
    ("公开县级预算执行审计工作报告。", "财政审计科", "县人大常委会审议后30日内"),
    ("公开本局政府信息公开工作年度报告。", "办公室负责，各科室配合", "2025年1月31日前"),
]
PAGE = (
    "首页 > 政务公开 > 工作计划 平安县审计局2024年政务公开工作任务清单 "
    "根据《平安县2024年政务公开工作要点》，结合我局实际，制定本清单。 "
    "序号\u3000工作任务\u3000责任科室\u3000完成时限 "
    + " ".join(f"{k}\u3000{a}\u3000{b}\u3000{c}" for k, (a, b, c) in enumerate(ROWS, 1))
    + " 平安县审计局 2024年3月26日"
)


def test_the_signature_after_a_one_line_tables_last_row_closes_the_page() -> None:
    plan = zwgk.read(PAGE.encode(), format="text")
    assert read_rows(plan) == ROWS
    assert plan.issuer == "平安县审计局"
    assert plan.date is not None and plan.date.isoformat() == "2024-03-26"
