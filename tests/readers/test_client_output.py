"""Records a database client printed a field a line: MySQL's ``\\G`` output
(``*** 1. row ***`` over ``工作任务: 公开…``) and PostgreSQL's expanded display
(``-[ RECORD 1 ]---`` over ``工作任务 | 公开…``), with the prompt, the query
and the count.  Each record reads as a task, its fields whole; the client's
lines go to the residue."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import read_rows
from zwgk.testing import unplaced_text
from zwgk_plugins._text_layouts.client import CLIENT_MARKS_CODE

TITLE = "某区不动产登记中心2024年政务公开工作任务清单"
FIELDS = ("序号", "工作任务", "责任股室", "完成时限")
ROWS = [
    ("公开本中心机构职能和联系方式。", "综合股", "2024年3月底前"),
    ("公开不动产首次登记公告。", "登记股", "登簿前15个工作日"),
    ("公开办理流程。", "登记股负责，综合股配合", "及时更新"),
]


def _mysql() -> list[str]:
    lines = ["mysql> SELECT xh AS 序号, gzrw AS 工作任务 FROM rwqd ORDER BY xh\\G"]
    for k, row in enumerate(ROWS, start=1):
        lines.append(f"{'*' * 27} {k}. row {'*' * 27}")
        values = (str(k), *row)
        lines += [f"{name:>4}: {value}" for name, value in zip(FIELDS, values, strict=True)]
    return [*lines, f"{len(ROWS)} rows in set (0.00 sec)"]


def _psql() -> list[str]:
    lines = ["zwgk=> SELECT * FROM rwqd;", "Expanded display is on."]
    for k, row in enumerate(ROWS, start=1):
        lines.append(f"-[ RECORD {k} ]{'-' * 8}+{'-' * 20}")
        values = (str(k), *row)
        lines += [f"{name:<8}| {value}" for name, value in zip(FIELDS, values, strict=True)]
    return lines


@pytest.mark.parametrize("client", [_mysql, _psql])
def test_records_printed_a_field_a_line_read_as_tasks(client) -> None:
    text = "\n".join([TITLE, "", *client(), "", "某区不动产登记中心", "2024年3月1日"])
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert CLIENT_MARKS_CODE in {d.code for d in plan.diagnostics}
    assert unplaced_text(text, plan) == ""


def test_the_clients_lines_go_to_the_residue() -> None:
    plan = zwgk.read_text("\n".join([TITLE, *_mysql()]))
    aside = " ".join(r.text for r in plan.residue)
    assert "1. row" in aside and "3 rows in set" in aside and "mysql>" in aside


def test_one_ruled_record_is_left_as_it_is() -> None:
    text = "\n".join([TITLE, "*** 1. row ***", "工作任务: 公开预算。"])
    plan = zwgk.read_text(text)
    assert CLIENT_MARKS_CODE not in {d.code for d in plan.diagnostics}
