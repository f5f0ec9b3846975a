"""A 责任分工 part that gives the items their units by number (第1、2项由
党政办负责；第3至5项由…牵头，…配合): each numbered item takes the
responsibility its number is given, with the roles the clause states; the
part itself is no task and stays in the residue."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.assembly.rows import assignments_read
from tests.build.tables import paragraphs_docx, plan_text
from zwgk import Role
from zwgk.lang.responsibility import duties_by_item

PLAN = """\
某乡2024年政务公开工作要点
为做好本年度政务公开工作，结合我乡实际，制定本要点。
一、推进基层政务公开
1.动态调整全乡主动公开事项清单。
2.规范乡政府信息公开专栏建设。
3.推进村务公开，规范村务公开栏设置。
二、做好重点领域信息公开
4.公开惠农补贴和社会救助资金发放情况。
5.公开乡村建设项目实施情况。
6.公开防汛抗旱等应急管理信息。
三、责任分工
第1、2项由党政办负责；第3项由党政办牵头，各村配合；第4至5项由社会事务办负责，财政所配合；第6项由应急管理办负责。
某乡人民政府
2024年3月20日
"""

UNITS = [
    [("党政办", Role.OWNER)],
    [("党政办", Role.OWNER)],
    [("党政办", Role.LEAD), ("各村", Role.ASSIST)],
    [("社会事务办", Role.OWNER), ("财政所", Role.ASSIST)],
    [("社会事务办", Role.OWNER), ("财政所", Role.ASSIST)],
    [("应急管理办", Role.OWNER)],
]


@pytest.mark.parametrize("make", [plan_text, paragraphs_docx], ids=["text", "docx"])
def test_a_duty_part_gives_each_item_its_units_by_number(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path, PLAN))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5, 6]
    got = assignments_read(plan)
    assert [[u for u, _ in units] for units in got] == [[u for u, _ in us] for us in UNITS]
    assert got[2] == UNITS[2]
    assert any("第1、2项由党政办负责" in r.text for r in plan.residue)


def test_the_clauses_name_items_by_lists_and_ranges() -> None:
    assert duties_by_item("第1-3项由办公室负责；第5、7项由财务股负责。") == [
        ((1, 2, 3), "办公室负责"),
        ((5, 7), "财务股负责"),
    ]
    assert duties_by_item("第一、第二项工作由办公室负责；第三至五项由财务股负责。") == [
        ((1, 2), "办公室负责"),
        ((3, 4, 5), "财务股负责"),
    ]
    assert duties_by_item("第3项工作要按时完成。") == []
    assert duties_by_item("第一项由于时间紧迫要优先推进。") == []
