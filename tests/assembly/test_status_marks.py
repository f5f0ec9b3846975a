"""Marks saying whether a task is new this year or carried on from the last
(``（新增）``, ``（延续）``, ``【新增】``): a word about the task, no part of its
text, unit or deadline, wherever the reader met it (rows run together, a
table's cells, a paragraph); the marks are kept in the residue where they
stood."""

from __future__ import annotations

import io

import docx
import pytest

import zwgk
from tests.assembly.rows import read_rows
from zwgk.build.pieces import R_STATUS_MARK

TITLE = "某县税务局2024年政务公开工作任务清单"
PREAMBLE = "根据《某县2024年政务公开工作要点》要求，结合本局实际，制定本清单。"
HEADER = ("序号", "工作任务", "责任股室", "完成时限")
ROWS = [
    ("公开本局机构职能和办公时间。", "办公室", "2024年3月底前"),
    ("公开个体工商户定额核定结果。", "第一税务所", "核定后10个工作日内"),
    ("公开纳税信用A级纳税人名单。", "纳税服务股", "每年4月底前"),
    ("公开社会保险费缴费基数。", "法制股负责，征收管理股配合", "2024年7月31日前"),
]
MARKS = ("（延续）", "（延续）", "（新增）", "（新增）")
SIGNED = ["某县税务局", "2024年1月24日"]


def _marks(plan: zwgk.Plan) -> list[str]:
    return [r.text for r in plan.residue if r.reason == R_STATUS_MARK]


@pytest.mark.parametrize("marks", [MARKS, ("【新增】", "(续)", "（今年新增）", "[延续]")])
def test_marks_closing_tasks_in_rows_run_together_are_no_part_of_them(
    marks: tuple[str, ...],
) -> None:
    lines = [
        f"{k}{text}{mark}{unit}{due}"
        for k, ((text, unit, due), mark) in enumerate(zip(ROWS, marks, strict=True), start=1)
    ]
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, "".join(HEADER), *lines, *SIGNED]))
    assert read_rows(plan) == ROWS
    assert _marks(plan) == list(marks)


def test_marks_in_a_word_tables_cells_are_no_part_of_the_text() -> None:
    doc = docx.Document()
    doc.add_paragraph(TITLE)
    table = doc.add_table(rows=1, cols=len(HEADER))
    for cell, word in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = word
    for k, ((text, unit, due), mark) in enumerate(zip(ROWS, MARKS, strict=True), start=1):
        cells = table.add_row().cells
        for cell, value in zip(cells, (str(k), text + mark, unit, due), strict=True):
            cell.text = value
    out = io.BytesIO()
    doc.save(out)
    plan = zwgk.read(out.getvalue(), format="docx")
    assert read_rows(plan) == ROWS
    assert _marks(plan) == list(MARKS)


def test_words_new_or_continued_inside_a_text_stay() -> None:
    text = "1.公开新增项目（3个）和延续项目清单。（办公室负责，2024年3月底前）"
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, text, *SIGNED]))
    assert plan.tasks[0].text == "公开新增项目（3个）和延续项目清单。"
    assert _marks(plan) == []
