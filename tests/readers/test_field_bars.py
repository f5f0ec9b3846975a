"""Items set out as cards, each field's name parted from its value by a
bar instead of a colon (``责任部门｜教务处``, ``完成时限 | 每学期``), as a
poster or a form prints them: read as the fields they are, the names kept in
the residue; a table whose rows are drawn with bars is no such card."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import read_rows
from zwgk.testing import unplaced_text

ITEMS = [
    ("公开学校基本情况和联系方式。", "校办公室", "2024年3月底前"),
    ("公开春季学期招生简章。", "教务处", "招生开始前10日"),
    ("公开学员学费标准和减免政策。", "财务室负责，教务处配合", "及时更新"),
]


def _cards(bar: str) -> str:
    lines = ["某区老年大学2024年政务公开工作要点", "一、办学信息公开", ""]
    for k, (text, units, due) in enumerate(ITEMS, 1):
        lines += [f"{k:02d}", text, f"责任部门{bar}{units}", f"完成时限{bar}{due}", ""]
    return "\n".join([*lines, "某区老年大学", "2024年2月28日"])


@pytest.mark.parametrize("bar", ["｜", " | ", "丨", "︱"])
def test_fields_parted_by_a_bar_read_as_fields(bar: str) -> None:
    text = _cards(bar)
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ITEMS
    assert [t.section for t in plan.tasks] == [("办学信息公开",)] * 3
    assert unplaced_text(text, plan) == ""


def test_a_table_drawn_with_bars_reads_as_its_rows() -> None:
    lines = ["某区老年大学2024年政务公开工作任务清单", "| 序号 | 工作任务 | 责任部门 | 完成时限 |"]
    lines += [f"| {k} | {t} | {u} | {d} |" for k, (t, u, d) in enumerate(ITEMS, 1)]
    plan = zwgk.read_text("\n".join(lines))
    assert read_rows(plan) == ITEMS
