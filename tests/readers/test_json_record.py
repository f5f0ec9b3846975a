"""A plan saved as the JSON record a site's interface returned: the page's
fields as keys, the plan's text in one of them with its line breaks and tabs
escaped, or its markup kept.  It reads as the texts of its fields; what holds
no text (ids, times) is kept in the residue, and the reading says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import zwgk
from tests.assembly.rows import read_rows

TITLE = "某市供水公司2024年信息公开工作任务清单"
PREAMBLE = "根据《某市2024年政务公开工作要点》要求，结合公司实际，制定本清单。"
HEADER = ("序号", "工作任务", "责任部门", "完成时限")
ROWS = [
    ("公开公司基本情况和服务热线。", "综合办公室", "2024年3月底前"),
    ("公开现行水价标准和收费依据。", "营业收费部", "及时更新"),
    ("公开计划停水通知。", "生产运行部负责，客户服务部配合", "停水前24小时"),
]


def _tabbed() -> str:
    rows = ["\t".join((str(k), *row)) for k, row in enumerate(ROWS, start=1)]
    return "\n".join([PREAMBLE, "\t".join(HEADER), *rows, "某市供水公司", "2024年1月26日"])


def _html() -> str:
    cells = ["<tr>" + "".join(f"<td>{c}</td>" for c in HEADER) + "</tr>"]
    for k, row in enumerate(ROWS, start=1):
        cells.append("<tr>" + "".join(f"<td>{c}</td>" for c in (str(k), *row)) + "</tr>")
    return f"<p>{PREAMBLE}</p><table>{''.join(cells)}</table><p>某市供水公司</p>"


def _record(content: str) -> dict[str, object]:
    return {
        "id": "20240129001",
        "title": TITLE,
        "pubDate": "2024-01-29 10:12:05",
        "content": content,
    }


def _codes(plan: zwgk.Plan) -> set[str]:
    return {d.code for d in plan.diagnostics}


@pytest.mark.parametrize("content", [_tabbed(), _html()], ids=["escaped", "markup"])
def test_a_records_fields_read_as_the_page_they_hold(content: str) -> None:
    plan = zwgk.read_text(json.dumps(_record(content), ensure_ascii=False))
    assert read_rows(plan) == ROWS
    assert plan.title == TITLE
    assert "text.json_record" in _codes(plan)
    kept = " ".join(r.text for r in plan.residue)
    assert "20240129001" in kept and "2024-01-29 10:12:05" in kept


def test_a_record_nested_in_a_sites_answer_reads_alike() -> None:
    answer = {"code": 200, "data": {"list": [_record(_tabbed())], "total": 1}}
    plan = zwgk.read_text(json.dumps(answer))  # (escaped as \\uXXXX)
    assert read_rows(plan) == ROWS


def test_a_json_file_that_is_no_zwgk_document_reads_as_a_record(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(_record(_tabbed()), ensure_ascii=False), "utf-8")
    plan = zwgk.read(path)
    assert plan.format == "json"
    assert read_rows(plan) == ROWS


@pytest.mark.parametrize(
    "data", [b'{"zwgk": "diff", "version": 1}', b'{"id": 1, "ok": true}', b"[1, 2]"]
)
def test_json_with_no_text_or_another_zwgk_document_is_no_plan(data: bytes) -> None:
    with pytest.raises(zwgk.ParseError, match="not a zwgk plan document"):
        zwgk.read(data, format="json")


def test_json_lines_read_as_rows_under_their_keys() -> None:
    # a row an object (json.dumps a line), a part an object of one key, a list of assisting units
    keys = ("序号", "工作任务", "牵头部门", "配合部门", "完成时限")
    lines = [TITLE, PREAMBLE, json.dumps({"部分": "一、基本信息"}, ensure_ascii=False)]
    assists = (["客户服务部"], [], ["财务部", "客户服务部"])
    for k, ((text, _, due), assist) in enumerate(zip(ROWS, assists, strict=True), start=1):
        values = (k, text, "综合办公室", assist, due)
        lines.append(json.dumps(dict(zip(keys, values, strict=True)), ensure_ascii=False))
    plan = zwgk.read_text("\n".join([*lines, "某市供水公司", "2024年1月26日"]))
    assert [t.text for t in plan.tasks] == [r[0] for r in ROWS]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "综合办公室；客户服务部",
        "综合办公室",
        "综合办公室；财务部、客户服务部",
    ]
    assert [t.section for t in plan.tasks] == [("基本信息",)] * 3
    assert plan.title == TITLE and plan.issuer == "某市供水公司"
    assert "text.json_lines" in {d.code for d in plan.diagnostics}


def test_rows_written_as_json_arrays_read_as_the_table() -> None:
    # an array of arrays, a row a line (json.dumps of each row), the header's words the first
    arrays = [list(HEADER), *([k, *row] for k, row in enumerate(ROWS, start=1))]
    body = "[\n" + ",\n".join(json.dumps(a, ensure_ascii=False) for a in arrays) + "\n]"
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, body, "某市供水公司", "2024年1月26日"]))
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.issuer == "某市供水公司"
    assert "text.json_lines" in _codes(plan)
    assert "[,,,] [,,,]" in " ".join(r.text for r in plan.residue)
