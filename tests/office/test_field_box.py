"""A page's box of fields saved as a table over the plan's own table (索引号,
成文日期, 发布机构, 文号 in pairs of cells), as a Word document copied from a
portal keeps it: the box's fields are the plan's metadata, no task."""

from __future__ import annotations

import datetime as dt
import io

import docx

import zwgk

BOX = [
    ["索引号", "330523/2022-06006", "成文日期", "2022-07-21"],
    ["发布机构", "安吉县人民政府", "文号", "安政办发〔2022〕3号"],
]
TITLE = "安吉县2022年政务公开工作任务清单"
HEADER = ["序号", "工作任务", "责任单位", "完成时限"]
ROWS = [
    ("公开预算。", "县财政局", "每年"),
    ("公开决算。", "县财政局", "每年"),
    ("公开年报。", "县政府办", "1月31日前"),
]


def _document() -> bytes:
    doc = docx.Document()
    box = doc.add_table(rows=0, cols=4)
    for row in BOX:
        for cell, value in zip(box.add_row().cells, row, strict=True):
            cell.text = value
    doc.add_paragraph(TITLE)
    table = doc.add_table(rows=1, cols=4)
    for cell, word in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = word
    for k, row in enumerate(ROWS, 1):
        for cell, value in zip(table.add_row().cells, (str(k), *row), strict=True):
            cell.text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_box_of_fields_before_the_plans_table_gives_its_metadata() -> None:
    plan = zwgk.read(_document(), format="docx")
    assert (plan.date, plan.issuer, plan.doc_number) == (
        dt.date(2022, 7, 21),
        "安吉县人民政府",
        "安政办发〔2022〕3号",
    )
    assert plan.title == TITLE
    assert [t.text for t in plan.tasks] == [r[0] for r in ROWS]
