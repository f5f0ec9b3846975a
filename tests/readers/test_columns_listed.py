"""A table whose text was taken column by column: each column's header and
then its values, one column after another, on one crawled line or a value a
line.  It reads as the table it was, a row a task; what follows it (the
signature, a toolbar) stays the plan's."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import read_rows
from zwgk.testing import unplaced_text
from zwgk_plugins._text_layouts.listed import COLUMNS_LISTED_CODE

TITLE = "某县公证处2024年政务公开工作任务清单"
PREAMBLE = "根据《某县司法局2024年政务公开工作要点》，结合本处实际，制定本清单。"
HEADER = ("序号", "工作任务", "责任部门", "完成时限")
ROWS = [
    ("公开本处机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("公开公证事项办理指南。", "公证一部、公证二部", "及时更新"),
    ("公开公证收费标准。", "财务室", "价格调整后5个工作日内"),
    ("公开公证投诉处理结果。", "质量监管部牵头，办公室配合", "每季度"),
]
SIGNED = "某县公证处 2024年2月26日"


def _columns(rows: list[tuple[str, ...]]) -> list[str]:
    words: list[str] = []
    for k, header in enumerate(HEADER):
        words.append(header)
        words += [str(n) for n in range(1, len(rows) + 1)] if k == 0 else [r[k - 1] for r in rows]
    return words


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_a_table_listed_column_by_column_reads_a_row_a_task(sep: str) -> None:
    text = sep.join([TITLE, PREAMBLE, *_columns(ROWS), SIGNED, "【打印本页】 【关闭窗口】"])
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert (plan.title, plan.issuer, str(plan.date)) == (TITLE, "某县公证处", "2024-02-26")
    assert COLUMNS_LISTED_CODE in {d.code for d in plan.diagnostics}
    assert unplaced_text(text, plan) == ""


def test_a_value_a_space_broke_is_put_together_again() -> None:
    rows = [*ROWS]
    rows[1] = ("公开公证事项 办理指南。", *rows[1][1:])
    plan = zwgk.read_text(" ".join([TITLE, *_columns(rows), SIGNED]))
    assert [t.text for t in plan.tasks] == [r[0] for r in rows]


def test_a_table_with_its_header_on_one_row_is_read_as_it_is() -> None:
    lines = [" ".join(HEADER), *(" ".join((str(k), *r)) for k, r in enumerate(ROWS, start=1))]
    plan = zwgk.read_text("\n".join([TITLE, *lines]))
    assert read_rows(plan) == ROWS
    assert COLUMNS_LISTED_CODE not in {d.code for d in plan.diagnostics}


def test_a_column_with_values_missing_is_no_table() -> None:
    words = _columns(ROWS)
    del words[-1]  # (the last deadline: the signature would be read in its place)
    del words[words.index("责任部门") + 1]
    plan = zwgk.read_text(" ".join([TITLE, *words]))
    assert COLUMNS_LISTED_CODE not in {d.code for d in plan.diagnostics}


def test_a_signing_date_before_a_toolbar_dates_the_plan() -> None:
    lines = [TITLE, PREAMBLE, "\t".join(HEADER)]
    lines += ["\t".join((str(k), *r)) for k, r in enumerate(ROWS, start=1)]
    plan = zwgk.read_text(
        "\n".join([*lines, "某县公证处", "2024年2月26日 【打印本页】 【关闭窗口】"])
    )
    assert str(plan.date) == "2024-02-26"
