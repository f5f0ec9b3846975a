"""Cells that hold a mark instead of a value.  A data tool prints an empty
cell as its mark of a missing value (pandas ``nan`` or ``None``, SQL
``NULL``, a spreadsheet's ``#N/A``): such a cell is read as empty, a heading
column's mark leaving the heading above in force, a unit column's naming no
unit.  A cell merged with the one above may be written as a mark of that
(``^^``, a ditto ``同上``): it holds the value above.  The marks themselves
are kept in the residue."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

import zwgk
from zwgk.build.pieces import R_DITTO, R_EMPTY_MARK

HEADER = ("序号", "公开类别", "工作任务", "责任股室", "配合股室", "完成时限")
ROWS = (
    ("1", "基本信息", "公开本局机构职能和联系方式。", "办公室", "", "2024年3月底前"),
    ("2", "", "公开2024年部门预算。", "财务股", "办公室", "预算批复后20日内"),
    ("3", "", "公开政府信息公开年度报告。", "办公室", "", "2024年1月31日前"),
    ("4", "执法信息", "公开行政处罚结果。", "执法大队", "法规股", "作出决定后7个工作日内"),
    ("5", "", "公开双随机抽查结果。", "法规股", "", "每季度"),
)
SECTIONS = [("基本信息",)] * 3 + [("执法信息",)] * 2


def _markdown(null: str) -> str:
    """A pipe table as pandas' ``to_markdown`` prints it: an index column,
    aligned cells, ``nan`` where a value is missing."""
    lines = [
        "某区水务局2024年政务公开工作任务清单",
        "|    | " + " | ".join(HEADER) + " |",
        "|---:|" + "|".join(":---" for _ in HEADER) + "|",
    ]
    for i, row in enumerate(ROWS):
        cells = [c or null for c in row]
        lines.append(f"| {i:>2} | " + " | ".join(cells) + " |")
    return "\n".join([*lines, "某区水务局", "2024年2月20日"])


def _csv(null: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for row in ROWS:
        writer.writerow([c or null for c in row])
    return out.getvalue().encode("utf-8-sig")


def _xlsx(null: str) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(HEADER))
    for row in ROWS:
        sheet.append([c or null for c in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _assist(plan: zwgk.Plan) -> list[list[str]]:
    return [
        [a.unit for a in t.responsibility.assignments if a.role is zwgk.Role.ASSIST]
        if t.responsibility
        else []
        for t in plan.tasks
    ]


CASES = [
    pytest.param(lambda: _markdown("nan").encode(), "text", "nan", id="pandas-markdown-nan"),
    pytest.param(lambda: _markdown("None").encode(), "text", "None", id="pandas-markdown-none"),
    pytest.param(lambda: _csv("NULL"), "text", "NULL", id="sql-csv-null"),
    pytest.param(lambda: _xlsx("#N/A"), "xlsx", "#N/A", id="xlsx-na"),
]


@pytest.mark.parametrize(("make", "fmt", "null"), CASES)
def test_a_missing_value_reads_as_an_empty_cell(make, fmt: str, null: str) -> None:  # type: ignore[no-untyped-def]
    plan = zwgk.read(make(), format=fmt)
    assert [t.text for t in plan.tasks] == [r[2] for r in ROWS]
    assert [t.section for t in plan.tasks] == SECTIONS
    assert _assist(plan) == [[r[4]] if r[4] else [] for r in ROWS]
    assert all(null not in (t.responsibility.raw if t.responsibility else "") for t in plan.tasks)


@pytest.mark.parametrize(("make", "fmt", "null"), CASES)
def test_the_marks_are_kept_in_the_residue(make, fmt: str, null: str) -> None:  # type: ignore[no-untyped-def]
    plan = zwgk.read(make(), format=fmt)
    marks = [r.text for r in plan.residue if r.reason == R_EMPTY_MARK]
    assert marks == [null] * sum(1 for r in ROWS for c in r if not c)


def test_a_word_that_holds_a_mark_is_not_one() -> None:
    rows = [list(r) for r in ROWS]
    rows[0][4] = "NULL值核查组"
    out = io.StringIO()
    csv.writer(out).writerows([HEADER, *rows])
    plan = zwgk.read(out.getvalue().encode(), format="text")
    assert _assist(plan)[0] == ["NULL值核查组"]


def _ditto_markdown(mark: str) -> str:
    """A Markdown table whose merged cells are written as the mark of a cell
    merged with the one above (``^^``, as MultiMarkdown tables write it)
    or a ditto (``同上``)."""
    lines = ["某区水务局2024年政务公开工作任务清单", "| " + " | ".join(HEADER) + " |"]
    lines.append("|" + "|".join("---" for _ in HEADER) + "|")
    for row in ROWS:
        cells = list(row)
        cells[1] = cells[1] or mark
        cells[4] = cells[4] or "-"
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


@pytest.mark.parametrize("mark", ["^^", "同上", "〃"])
def test_a_heading_cell_merged_with_the_one_above_keeps_its_heading(mark: str) -> None:
    plan = zwgk.read_text(_ditto_markdown(mark))
    assert [t.section for t in plan.tasks] == SECTIONS
    assert [r.text for r in plan.residue if r.reason == R_DITTO] == [mark] * 3


def test_a_unit_cell_merged_with_the_one_above_names_its_units() -> None:
    text = _ditto_markdown("^^").replace("| 财务股 | 办公室 |", "| ^^ | ^^ |")
    plan = zwgk.read_text(text)
    units = [
        [a.unit for a in t.responsibility.assignments] for t in plan.tasks[:2] if t.responsibility
    ]
    assert units == [["办公室"], ["办公室"]]
