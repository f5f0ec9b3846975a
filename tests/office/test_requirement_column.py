"""A table whose task's text stands before its unit columns and a column of
text after them (工作任务 | 牵头科室 | 责任科室 | 工作要求, rows with no number):
that last column holds each task's requirement, its note, not a heading over
the rows nor a second text, in a Word table, a worksheet and a table copied
one cell a line alike; a row's cells are never read as a task with no text."""

from __future__ import annotations

import io
from collections.abc import Callable

import docx
import openpyxl
import pytest

import zwgk

TITLE = "某市司法局2016年政务公开工作主要任务分解表"
HEADER = ("工作任务", "牵头科室", "责任科室", "工作要求")
ROWS = [
    ("全面公开权力清单和责任清单", "法规科", "各科室", "及时更新权力清单和责任清单。"),
    ("公开行政审批事项办理结果", "审批科", "办公室", "审批结果作出后及时公开。"),
    ("公开法律援助申请条件和流程", "法律援助中心", "各科室", "在门户网站长期公开。"),
]


def _docx() -> bytes:
    doc = docx.Document()
    doc.add_paragraph(TITLE)
    table = doc.add_table(rows=1, cols=len(HEADER))
    for cell, word in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = word
    for row in ROWS:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([TITLE])
    sheet.append(list(HEADER))
    for row in ROWS:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell_lines(gap: str) -> bytes:
    cells = [TITLE, *HEADER, *(c for row in ROWS for c in row), "某市司法局", "2016年6月28日"]
    return gap.join(cells).encode()


@pytest.mark.parametrize(
    ("make", "fmt"),
    [
        (_docx, "docx"),
        (_xlsx, "xlsx"),
        (lambda: _cell_lines("\n"), "text"),
        (lambda: _cell_lines("\n\n"), "text"),  # a blank line between cells
        (lambda: _cell_lines(" |\n"), "text"),  # each cell closed by a bar
    ],
)
def test_a_requirement_column_after_the_units_is_each_tasks_note(
    make: Callable[[], bytes], fmt: str
) -> None:
    plan = zwgk.read(make(), format=fmt)
    got = [(t.text, t.responsibility.raw if t.responsibility else None, t.note) for t in plan.tasks]
    assert got == [(text, f"{lead}；{resp}", note) for text, lead, resp, note in ROWS]
    assert all(t.section == () for t in plan.tasks)
