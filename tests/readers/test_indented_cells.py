"""A table copied one cell per line, each cell set in to its header cell's
indent: a cell too long for its column wraps onto more lines at the same
indent, a row starts where a line is set in less than the line before, and
a row lacks the cells whose columns it skips."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import zwgk
from tests.assembly.rows import assignments_read, deadlines_read
from zwgk import Role
from zwgk_plugins._text_layouts import Line, indented_cells

STOPS = [0, 4, 30, 42, 54]
HEADER = ["序号", "公开事项", "责任科室", "协办单位", "时限要求"]
ROWS = [
    ["1", "公开本单位机构职能和领导分工情况", "综合办公室", "", "2024年4月底前"],
    ["2", "公开年度部门预算、决算和三公经费", "财务审计科", "各直属单位", "批复后20日内"],
    ["3", "公开行政许可事项办理结果", "行政审批科", "政务服务中心窗口", "办结后7个工作日内"],
    ["4", "公开重大建设项目批准和实施信息", "规划建设科", "", "每季度"],
    ["5", "公开政府信息公开工作年度报告", "综合办公室", "", "2025年1月31日前"],
]
WIDTH = [11, 11, 6, 6, 6]  # how many characters each column holds on a line


def _wrapped(text: str, width: int) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)] or [""]


def _indented(heading: str | None = None) -> str:
    lines = [
        "某县住房和城乡建设局2024年政务公开工作任务分解表",
        "为做好本年度政务公开工作，制定本表。",
    ]
    lines += [" " * stop + cell for stop, cell in zip(STOPS, HEADER, strict=True)]
    if heading:
        lines.append(heading)
    for row in ROWS:
        for stop, cell, width in zip(STOPS, row, WIDTH, strict=True):
            lines += [" " * stop + part for part in _wrapped(cell, width) if cell]
    lines += ["某县住房和城乡建设局", "2024年3月20日"]
    return "\n".join(lines)


def test_cells_set_in_to_their_columns_read_as_the_columns_they_stand_in() -> None:
    plan = zwgk.read(_indented().encode(), format="text")
    assert [t.text for t in plan.tasks] == [r[1] for r in ROWS]
    got = assignments_read(plan)
    assert got[0] == [("综合办公室", Role.LEAD)]
    assert got[2] == [("行政审批科", Role.LEAD), ("政务服务中心窗口", Role.ASSIST)]
    assert deadlines_read(plan) == [r[4] for r in ROWS]
    assert plan.date is not None and plan.date.isoformat() == "2024-03-20"


def test_a_part_heading_at_the_first_columns_indent_is_a_row_across() -> None:
    plan = zwgk.read(_indented("一、政务信息主动公开").encode(), format="text")
    assert len(plan.tasks) == len(ROWS)
    assert all(t.section == ("政务信息主动公开",) for t in plan.tasks)
    assert deadlines_read(plan)[1] == "批复后20日内"


def test_the_rewriting_parts_cells_and_gives_an_empty_cell_for_a_skipped_column() -> None:
    lines = [Line(k + 1, text) for k, text in enumerate(_indented().split("\n"))]
    out = [ln.text for ln in indented_cells(lines)]
    row = out.index("1")
    assert out[row : row + 10] == [
        "1",
        "|",
        "公开本单位机构职能和领导分工情况",
        "|",
        "综合办公室",
        "|",
        "",
        "|",
        "2024年4月底前",
        "|",
    ]
    assert out[-2:] == ["某县住房和城乡建设局", "2024年3月20日"]


def test_a_table_one_cell_per_line_flush_left_is_left_as_it_is() -> None:
    lines = [Line(k + 1, text.strip()) for k, text in enumerate(_indented().split("\n"))]
    assert indented_cells(lines) == lines


def test_a_header_centred_over_its_columns_takes_the_columns_the_cells_stand_at() -> None:
    centred = [0, 10, 31, 43, 55]  # each header cell set in about half a column further
    text = _indented()
    for stop, cell, at in zip(STOPS, HEADER, centred, strict=True):
        text = text.replace(" " * stop + cell + "\n", " " * at + cell + "\n", 1)
    assert " " * 10 + "公开事项" in text
    plan = zwgk.read(text.encode(), format="text")
    assert [t.text for t in plan.tasks] == [r[1] for r in ROWS]
    assert deadlines_read(plan) == [r[4] for r in ROWS]


_CELL = st.text(alphabet="公开办公室财务股科一二三年月底前内。，", min_size=0, max_size=20)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.tuples(_CELL, _CELL, _CELL, _CELL), min_size=1, max_size=6),
    width=st.integers(min_value=2, max_value=12),
)
def test_the_rewriting_keeps_every_character_in_its_order(
    rows: list[tuple[str, str, str, str]], width: int
) -> None:
    lines = ["某局政务公开任务表"] + [" " * s + h for s, h in zip(STOPS, HEADER, strict=True)]
    for k, row in enumerate(rows, 1):
        lines.append(str(k))
        for stop, cell in zip(STOPS[1:], row, strict=True):
            lines += [" " * stop + part for part in _wrapped(cell, width) if part]
    given_lines = [Line(k, text) for k, text in enumerate(lines, 1)]
    out = indented_cells(given_lines)

    def chars(ls: list[Line]) -> str:
        return "".join(ln.text for ln in ls if ln.text.strip() != "|").replace(" ", "")

    assert chars(out) == chars(given_lines)
