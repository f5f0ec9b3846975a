"""A unit cell whose names each open with a circled number (①市场运行股
②办公室): the numbers part the names as a list's separators do and are no
part of any name, in a table's cell and in a row whose cells ran together."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows, units_read
from zwgk import Role
from zwgk.lang.responsibility import parse_responsibility

ROWS = [
    ("公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("公开文化旅游惠民政策及解读。", "①产业发展股②办公室", "长期坚持"),
    ("公开A级旅游景区评定结果。", "①资源开发股②市场管理股③办公室", "评定结果确定后7个工作日内"),
    ("公开文艺演出审批结果。", "①市场管理股牵头②行政审批股配合", "2024年6月底前"),
]
UNITS = [
    ("办公室",),
    ("产业发展股", "办公室"),
    ("资源开发股", "市场管理股", "办公室"),
    ("市场管理股", "行政审批股"),
]
HEAD = "某县文化旅游体育局2024年政务公开任务清单\n结合我局实际，制定本清单。\n"
TAIL = "\n某县文化旅游体育局\n2024年3月1日"


def test_circled_numbers_part_the_names_of_a_run_together_unit_cell() -> None:
    rows = "\n".join(f"{k}{a}{b}{c}" for k, (a, b, c) in enumerate(ROWS, 1))
    text = HEAD + "序号工作任务责任股室完成时限\n" + rows + TAIL
    plan = zwgk.read(text.encode(), format="text")
    assert read_rows(plan) == ROWS
    assert units_read(plan) == UNITS


def test_circled_numbers_part_the_names_of_a_tables_unit_cell() -> None:
    rows = "\n".join(f"| {k} | {a} | {b} | {c} |" for k, (a, b, c) in enumerate(ROWS, 1))
    text = HEAD + "| 序号 | 工作任务 | 责任股室 | 完成时限 |\n" + rows + TAIL
    plan = zwgk.read(text.encode(), format="text")
    assert units_read(plan) == UNITS


def test_the_roles_a_circled_item_states_are_its_own() -> None:
    r = parse_responsibility("①市场管理股牵头②行政审批股配合")
    assert [(a.unit, a.role) for a in r.assignments] == [
        ("市场管理股", Role.LEAD),
        ("行政审批股", Role.ASSIST),
    ]
