"""Tables set on their side: the header's words down the first column, a
task a column (``| 序号 | 1 | 2 | 3 |`` / ``| 工作任务 | 公开… | … |``), in one
block or in several, each opened by the first header word again.  Every
reader's grid is turned upright before it is read, so a Word table and a
text's pipe table on their side read as the same table upright; a page's
fields set out in pairs of columns stay as they are."""

from __future__ import annotations

import io

import docx

import zwgk
from tests.assembly.rows import read_rows
from zwgk.build.roles import upright
from zwgk.document import Grid

TITLE = "某区粮食和物资储备局2024年政务公开工作任务清单"
PREAMBLE = "根据《某区2024年政务公开工作要点》要求，结合本局实际，制定本清单。"
HEADER = ("序号", "工作任务", "责任股室", "完成时限")
ROWS = [
    ("公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("公开地方储备粮轮换计划。", "粮食储备股", "2024年4月30日前"),
    ("公开粮食收购政策执行情况。", "粮食储备股负责，监督检查股配合", "及时发布"),
    ("公开应急物资储备库点分布。", "物资储备股牵头，粮食储备股配合", "每半年"),
    ("公开粮食流通监督检查结果。", "监督检查股", "检查结束后15个工作日内"),
    ("公开部门预算、决算情况。", "办公室", "批复后20日内"),
]
SIGNED = ["某区粮食和物资储备局", "2024年1月17日"]


def _side(rows: list[tuple[int, tuple[str, str, str]]]) -> list[list[str]]:
    """The rows set on their side: a header word and the tasks' cells a row."""
    numbered = [(str(k), *row) for k, row in rows]
    return [[word, *(r[i] for r in numbered)] for i, word in enumerate(HEADER)]


def _pipe(block: list[list[str]]) -> list[str]:
    bar = "|" + "---|" * len(block[0])
    lines = ["| " + " | ".join(row) + " |" for row in block]
    return [lines[0], bar, *lines[1:], ""]


def test_a_pipe_table_on_its_side_in_two_blocks_reads_upright() -> None:
    numbered = list(enumerate(ROWS, start=1))
    lines = [TITLE, PREAMBLE, ""]
    lines += _pipe(_side(numbered[:3])) + _pipe(_side(numbered[3:]))
    plan = zwgk.read_text("\n".join([*lines, "注：本表每列为一项任务。", "", *SIGNED]))
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5, 6]
    assert plan.issuer == SIGNED[0]


def test_a_word_table_on_its_side_reads_upright() -> None:
    doc = docx.Document()
    doc.add_paragraph(TITLE)
    doc.add_paragraph(PREAMBLE)
    side = _side(list(enumerate(ROWS, start=1)))
    table = doc.add_table(rows=len(side), cols=len(side[0]))
    for row, values in zip(table.rows, side, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for line in SIGNED:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    plan = zwgk.read(out.getvalue(), format="docx")
    assert read_rows(plan) == ROWS


def test_a_pages_fields_in_pairs_of_columns_stay_as_they_are() -> None:
    fields = Grid.from_rows(
        [
            ["索引号", "000-2024-01", "发布机构", "某区粮食和物资储备局"],
            ["标题", "某区2024年政务公开工作任务清单", "发布日期", "2024年1月17日"],
            ["主题分类", "政务公开", "责任单位", "办公室"],
        ]
    )
    assert upright(fields) is fields


def test_an_upright_table_stays_as_it_is() -> None:
    grid = Grid.from_rows([list(HEADER), *([str(k), *r] for k, r in enumerate(ROWS, start=1))])
    assert upright(grid) is grid
