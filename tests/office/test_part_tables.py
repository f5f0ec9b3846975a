"""A plan set out as one table per part, each part's heading on a line of
its own over its table (``一、基础信息公开`` / the table / ``二、…`` / the
table): the first part's heading, right before the first table, opens the
plan's body as the later ones do, in a Word document and in text alike; a
converter's frame around each heading (``===== 工作表：一、… =====``) is no
part of it."""

from __future__ import annotations

import io

import docx
import pytest

import zwgk

TITLE = "某市动物园管理处2024年政务公开重点工作推进表"
PREAMBLE = "根据《某市2024年政务公开工作要点》，结合本园实际，制定本推进表。"
HEADER = ("序号", "工作任务", "牵头部门", "完成时限")
PARTS = {
    "一、基础信息公开": [
        ("公开本园机构职能和联系方式。", "办公室", "2024年3月底前"),
        ("公开本园门票价格和开放时间。", "游客服务部", "及时更新"),
    ],
    "二、服务信息公开": [
        ("公开节假日客流预警和限流措施。", "游客服务部", "节假日前3日"),
        ("公开动物科普讲解活动安排。", "科普教育部", "每月"),
    ],
}
SECTIONS = [(part[2:],) for part, rows in PARTS.items() for _ in rows]


def _docx() -> bytes:
    doc = docx.Document()
    doc.add_paragraph(TITLE)
    doc.add_paragraph(PREAMBLE)
    for part, rows in PARTS.items():
        doc.add_paragraph(part)
        table = doc.add_table(rows=1, cols=len(HEADER))
        for cell, word in zip(table.rows[0].cells, HEADER, strict=True):
            cell.text = word
        for k, row in enumerate(rows, 1):
            for cell, value in zip(table.add_row().cells, (str(k), *row), strict=True):
                cell.text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _text(frame: str) -> bytes:
    lines = [TITLE, PREAMBLE]
    for part, rows in PARTS.items():
        lines += [frame.format(part), "\t".join(HEADER)]
        lines += ["\t".join((str(k), *row)) for k, row in enumerate(rows, 1)]
    return "\n".join([*lines, "某市动物园管理处", "2024年5月15日"]).encode()


CASES = [
    pytest.param(_docx, "docx", id="word"),
    pytest.param(lambda: _text("{}"), "text", id="text"),
    pytest.param(lambda: _text("===== 工作表：{} ====="), "text", id="text-sheet-frames"),
    pytest.param(lambda: _text("---------- {} ----------"), "text", id="text-rule-frames"),
]


@pytest.mark.parametrize(("make", "fmt"), CASES)
def test_every_parts_tasks_read_under_its_heading(make, fmt: str) -> None:  # type: ignore[no-untyped-def]
    plan = zwgk.read(make(), format=fmt)
    assert [t.text for t in plan.tasks] == [r[0] for rows in PARTS.values() for r in rows]
    assert [t.section for t in plan.tasks] == SECTIONS
    assert plan.title == TITLE


def test_a_numbered_paragraph_of_the_notice_before_the_table_is_no_part() -> None:
    """A heading numbered other than one right before the only table (the
    notice's third point, say) is not taken as the table's part."""
    lines = [TITLE, PREAMBLE, "三、工作要求", "\t".join(HEADER)]
    lines += ["\t".join((str(k), *row)) for k, row in enumerate(PARTS["一、基础信息公开"], 1)]
    plan = zwgk.read("\n".join(lines).encode(), format="text")
    assert [t.section for t in plan.tasks] == [(), ()]


def test_a_printouts_record_separator_framed_in_stars_is_left_as_it_is() -> None:
    """A frame of ``*`` or ``#`` parts a printout's records or marks a
    script's comment (``*** 1. row ***``): no heading."""
    from zwgk_plugins._text_layouts.quoting import framed_lines_out

    text = "*************************** 1. row ***************************\n序号: 1\n### 注释 ###"
    assert framed_lines_out(text).text == text
