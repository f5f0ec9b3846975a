"""Lines with a space between every character, as a PDF's text layer or an
OCR engine writes them (``公 开 部 门 预 算``): read without those spaces."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import assignments_read, read_rows
from zwgk import Role
from zwgk_plugins._text_layouts.spacing import letters_together, spaced_line

PLAN = """某局2024年政务公开工作要点
一、加强政策公开
1.公开部门规范性文件。牵头单位：办公室 配合单位：法规科 完成时限：2024年6月底前
2.做好政策解读。牵头单位：法规科 完成时限：长期坚持
二、加强平台建设
3.维护门户网站。牵头单位：办公室 配合单位：信息中心 完成时限：每季度"""


def _spaced(text: str) -> str:
    return "\n".join(" ".join(line) for line in text.split("\n"))


def test_a_plan_with_its_characters_spaced_apart_reads_as_written_plainly() -> None:
    plain, spaced = zwgk.read_text(PLAN), zwgk.read_text(_spaced(PLAN))
    assert read_rows(spaced) == read_rows(plain)
    assert [t.section for t in spaced.tasks] == [t.section for t in plain.tasks]
    assert assignments_read(spaced)[0] == [("办公室", Role.LEAD), ("法规科", Role.ASSIST)]
    assert spaced.title == "某局2024年政务公开工作要点"
    assert "text.letter_spacing" in {d.code for d in spaced.diagnostics}


def test_a_table_with_its_cells_spaced_apart_keeps_its_cells() -> None:
    rows = ["序号\t工作任务\t责任科室\t完成时限", "1\t公开部门预算。\t财务科\t2024年3月底前"]
    rows += ["2\t公开办事指南。\t办公室\t长期坚持"]
    text = "某局2024年政务公开工作任务清单\n" + "\n".join(
        "\t".join(" ".join(cell) for cell in row.split("\t")) for row in rows
    )
    plan = zwgk.read_text(text)
    assert read_rows(plan) == [
        ("公开部门预算。", "财务科", "2024年3月底前"),
        ("公开办事指南。", "办公室", "长期坚持"),
    ]


def test_a_wider_gap_stays_a_gap() -> None:
    text = "公 开 预 算   办 公 室\n做 好 政 策 解 读 。"
    assert letters_together(text).text == "公开预算 办公室\n做好政策解读。"


def test_lines_spaced_for_other_reasons_are_left_as_they_are() -> None:
    assert not spaced_line("| 一、基层决策和财政公开 | | | |")
    assert not spaced_line("1 公开部门预算 办公室 3月底前")
    text = "某 局\n1.公开部门预算。\n签 发 人 ： 张 三 丰"
    assert letters_together(text).text == text  # one such line alone
