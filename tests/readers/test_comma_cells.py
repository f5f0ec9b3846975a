"""A task table saved as comma-separated values, as a spreadsheet exports it
(UTF-8 with a BOM, CRLF line ends, a merged cell empty on the rows below its
first, quoted cells holding commas or a line break): read as a table."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import zwgk
from tests.assembly.rows import assignments_read, read_rows
from zwgk import Role
from zwgk_plugins._text_layouts import Line, comma_cells

ROWS = [
    ["某县民政局2024年政务公开工作任务分解表", "", "", "", ""],
    ["序号", "工作任务", "牵头股室", "配合股室", "完成时限"],
    ["一、社会救助信息公开", "", "", "", ""],
    ["1", "公开城乡低保、特困供养对象名单,每季度更新。", "社会救助股", "各乡镇", "每季度"],
    ["2", "公开临时救助政策和办理流程。", "社会救助股", "", "2024年4月底前"],
    ["二、养老服务信息公开", "", "", "", ""],
    ["3", "公开养老机构名录和服务收费标准。", "养老服务股", "财务股\n办公室", "及时更新"],
    ["4", "公开高龄津贴发放情况。", "养老服务股", "", "每半年"],
]


def _csv(tmp_path: Path) -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(ROWS)
    path = tmp_path / "分工表.csv"
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


def test_a_spreadsheets_csv_export_reads_as_its_table(tmp_path: Path) -> None:
    plan = zwgk.read(_csv(tmp_path))
    assert [(text, deadline) for text, _, deadline in read_rows(plan)] == [
        ("公开城乡低保、特困供养对象名单,每季度更新。", "每季度"),
        ("公开临时救助政策和办理流程。", "2024年4月底前"),
        ("公开养老机构名录和服务收费标准。", "及时更新"),
        ("公开高龄津贴发放情况。", "每半年"),
    ]
    sections = [("社会救助信息公开",)] * 2 + [("养老服务信息公开",)] * 2
    assert [t.section for t in plan.tasks] == sections
    assert (
        plan.title == "某县民政局2024年政务公开工作任务分解表"
    )  # (its first cell's, the others empty)
    assert assignments_read(plan)[2] == [
        ("养老服务股", Role.LEAD),
        ("财务股", Role.ASSIST),
        ("办公室", Role.ASSIST),
    ]


def test_prose_with_commas_is_left_as_it_is() -> None:
    lines = [Line(1, "一、加强政策解读,做好回应关切。"), Line(2, "1.公开政策文件,及时解读。")]
    assert comma_cells(lines) == lines
    # (a sentence whose clauses hold column words: no header of short names)
    said = "为落实工作要点,明确目标任务,细化工作措施,切实提升公开质量,现通知如下。"
    lines = [Line(k, said) for k in range(1, 5)]
    assert comma_cells(lines) == lines


def test_an_export_that_writes_each_quoted_field_on_a_line_of_its_own() -> None:
    lines = []
    for row in ROWS[1:]:
        fields = ['"' + cell.replace('"', '""') + '"' for cell in row]
        lines += [f + "," for f in fields[:-1]] + [fields[-1]]
    text = "\n".join([ROWS[0][0], *lines, "某县民政局", "2024年3月20日"])
    plan = zwgk.read_text(text)
    assert [(text, deadline) for text, _, deadline in read_rows(plan)] == [
        ("公开城乡低保、特困供养对象名单,每季度更新。", "每季度"),
        ("公开临时救助政策和办理流程。", "2024年4月底前"),
        ("公开养老机构名录和服务收费标准。", "及时更新"),
        ("公开高龄津贴发放情况。", "每半年"),
    ]
    assert assignments_read(plan)[0] == [("社会救助股", Role.LEAD), ("各乡镇", Role.ASSIST)]
    assert plan.issuer == "某县民政局"


def test_an_export_run_onto_one_line_reads_as_its_table() -> None:
    """A page that saved the export's quoted records on one line, a space
    between two, after the title and before the signature."""
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator=" ")
    rows = [[cell.replace("\n", "、") for cell in row] for row in ROWS[1:]]
    rows[3][1] = '公开临时救助"一件事"政策,办理流程。'
    writer.writerows(rows)
    text = " ".join(
        [ROWS[0][0], "根据工作要点,制定本表。", buf.getvalue(), "某县民政局 2024年3月20日"]
    )
    assert "\n" not in text
    plan = zwgk.read_text(text)
    assert [(text, deadline) for text, _, deadline in read_rows(plan)] == [
        ("公开城乡低保、特困供养对象名单,每季度更新。", "每季度"),
        ('公开临时救助"一件事"政策,办理流程。', "2024年4月底前"),
        ("公开养老机构名录和服务收费标准。", "及时更新"),
        ("公开高龄津贴发放情况。", "每半年"),
    ]
    assert [t.section for t in plan.tasks] == [("社会救助信息公开",)] * 2 + [
        ("养老服务信息公开",)
    ] * 2
    assert assignments_read(plan)[2][1:] == [("财务股", Role.ASSIST), ("办公室", Role.ASSIST)]
    assert plan.title == ROWS[0][0]
