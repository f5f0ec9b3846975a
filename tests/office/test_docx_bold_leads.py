"""A Word table whose unit cells set the leading units in bold, as the
notice's key says (``加粗的为牵头科室``): the bold names lead, the others
assist; without such a key bold says nothing and is not kept."""

from __future__ import annotations

from pathlib import Path

import docx

import zwgk
from tests.assembly.rows import assignments_read
from zwgk import Role

KEY = "责任科室栏中加粗的为牵头科室，其余为配合科室。"
ROWS = [
    (
        "1",
        "公开本院机构设置和服务时间。",
        [("院办公室", True), ("、门诊办公室", False)],
        "2024年3月底前",
    ),
    ("2", "公开医疗服务价格。", [("药剂科、", False), ("财务科", True)], "每季度"),
    ("3", "公开患者投诉处理情况。", [("医务", True), ("科", True), ("、护理部", False)], "每半年"),
]


def _plan(tmp_path: Path, key: str) -> zwgk.Plan:
    document = docx.Document()
    document.add_paragraph("某区中医院2024年院务公开工作任务清单")
    document.add_paragraph(f"根据有关规定，结合我院实际，制定本清单。{key}")
    table = document.add_table(rows=len(ROWS) + 1, cols=4)
    for j, name in enumerate(("序号", "工作任务", "责任科室", "完成时限")):
        table.cell(0, j).paragraphs[0].add_run(name).bold = True
    for i, (number, text, units, deadline) in enumerate(ROWS, start=1):
        table.cell(i, 0).text, table.cell(i, 1).text, table.cell(i, 3).text = number, text, deadline
        paragraph = table.cell(i, 2).paragraphs[0]
        for piece, bold in units:
            paragraph.add_run(piece).bold = bold
    out = tmp_path / "plan.docx"
    document.save(str(out))
    return zwgk.read(out)


def test_the_bold_units_lead_where_the_key_says_so(tmp_path: Path) -> None:
    plan = _plan(tmp_path, KEY)
    assert [t.text for t in plan.tasks] == [r[1] for r in ROWS]
    assert assignments_read(plan) == [
        [("院办公室", Role.LEAD), ("门诊办公室", Role.ASSIST)],
        [("药剂科", Role.ASSIST), ("财务科", Role.LEAD)],
        [("医务科", Role.LEAD), ("护理部", Role.ASSIST)],
    ]


def test_without_the_key_bold_is_not_kept(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "")
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "院办公室、门诊办公室",
        "药剂科、财务科",
        "医务科、护理部",
    ]
    assert all(role is Role.OWNER for row in assignments_read(plan) for _, role in row)


def test_masked_figures_stay_as_written_where_no_bold_is_kept(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("某区中医院2024年院务公开工作任务清单")
    table = document.add_table(rows=3, cols=4)
    for j, name in enumerate(("序号", "工作任务", "责任科室", "完成时限")):
        table.cell(0, j).text = name
    for i, text in enumerate(("公开编号3201****1234的证照信息。", "公开投诉电话。"), start=1):
        table.cell(i, 0).text, table.cell(i, 1).text = str(i), text
        table.cell(i, 2).text, table.cell(i, 3).text = "办公室", "及时更新"
    out = tmp_path / "masked.docx"
    document.save(str(out))
    plan = zwgk.read(out)
    assert plan.tasks[0].text == "公开编号3201****1234的证照信息。"
