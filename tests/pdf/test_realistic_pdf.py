"""The PDF layout mechanisms that PDFs made the way offices make them (a Word
file saved as PDF by LibreOffice) call for, each tested on its own.  The files
are made by ``tests/data/pdf_realistic/make_pdf_files.py`` and scored against
their gold by ``tests/readers/test_corpus.py``."""

from __future__ import annotations

from zwgk.document import Cell
from zwgk_plugins._pdf_layout import (
    Char,
    Line,
    PageTable,
    group_lines,
    join_lines,
    join_tables,
    paragraphs,
    unruled_table,
)


def _line(text: str, x0: float, top: float, *, size: float = 10.0, page: int = 1) -> Line:
    chars = [
        Char(ch, x0 + i * size, x0 + (i + 1) * size, top, top + size, size)
        for i, ch in enumerate(text)
    ]
    (line,) = group_lines(chars, page=page)
    return line


def test_a_number_wrapped_in_a_narrow_column_is_one_number() -> None:
    assert join_lines([_line("1", 0, 0), _line("0", 0, 12)]) == "10"
    assert join_lines([_line("see", 0, 0), _line("page", 0, 12)]) == "see page"


def _table(rows: list[list[str]], page: int) -> PageTable:
    cells = [Cell(t, r, c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return PageTable(cells, len(rows), [0.0, 20.0, 200.0, 300.0], 0.0, 500.0, page, True, page)


HEADER = ["序号", "具体要求", "责任单位"]


def test_a_serial_number_cut_by_the_page_break_joins_its_row() -> None:
    first = _table(
        [HEADER, ["13", "公开预算。", "财务科"], ["1", "严格执行《供电企业信息", "办公室"]], 1
    )
    second = _table([HEADER, ["4", "公开实施办法》。", ""], ["15", "公开决算。", "财务科"]], 2)
    joined = join_tables(first, second)
    assert joined is not None
    assert [joined.row_texts(r) for r in range(joined.rows)] == [
        HEADER,
        ["13", "公开预算。", "财务科"],
        ["14", "严格执行《供电企业信息公开实施办法》。", "办公室"],
        ["15", "公开决算。", "财务科"],
    ]


def test_a_complete_serial_number_at_the_foot_of_a_page_is_not_joined() -> None:
    first = _table([HEADER, ["13", "公开预算", "财务科"], ["14", "公开决算", "财务科"]], 1)
    second = _table([HEADER, ["15", "公开规划", "办公室"]], 2)
    joined = join_tables(first, second)
    assert joined is not None
    assert [joined.row_texts(r)[0] for r in range(joined.rows)] == ["序号", "13", "14", "15"]


def test_a_doc_number_line_is_its_own_paragraph() -> None:
    texts = ["江门市某某中心", "江建管〔2021〕11号", "关于印发某某方案的通知"]
    # centred lines of one size, as a notice's head is set
    lines = [_line(t, (420 - 14 * len(t)) / 2, 18 * i, size=14) for i, t in enumerate(texts)]
    groups = paragraphs(lines, left=0.0, right=420.0)
    assert [[ln.text for ln in g] for g in groups] == [
        ["江门市某某中心"],
        ["江建管〔2021〕11号"],
        ["关于印发某某方案的通知"],
    ]


def _row_line(cells: list[tuple[float, str]], top: float, *, size: float = 10.0) -> Line:
    chars = [
        Char(ch, x + i * size, x + (i + 1) * size, top, top + size, size)
        for x, text in cells
        for i, ch in enumerate(text)
    ]
    (line,) = group_lines(chars, page=1)
    return line


def _grid(table: PageTable) -> list[list[tuple[str, int, int]]]:
    out: list[list[tuple[str, int, int]]] = [[] for _ in range(table.rows)]
    for c in table.cells:
        out[c.row].append((c.text, c.rowspan, c.colspan))
    return out


# columns: 序号 at 0, 工作任务 at 40 (8 chars wide), 责任单位 at 130 (4 chars wide)
def test_unruled_heading_row_spans_the_table_and_run_on_text_is_one_merged_cell() -> None:
    header = _row_line([(0, "序号"), (40, "工作任务"), (130, "责任单位")], 0)
    body = [
        _row_line([(0, "一、做好规划公开工作")], 12),  # runs from the 序号 band into the next
        _row_line([(0, "1"), (40, "公开规划纲要。"), (130, "市发改局")], 24),  # band full
        _row_line([(0, "2"), (40, "公开专项规划。"), (130, "牵头")], 36),  # runs on
        _row_line([(0, "3"), (40, "公开区域规划。"), (130, "财政局")], 48),  # a cell of its own
    ]
    found = unruled_table(header, body)
    assert found is not None
    table, used = found
    assert len(used) == 5
    assert _grid(table)[1] == [("一、做好规划公开工作", 1, 3)]
    assert ("市发改局牵头", 2, 1) in _grid(table)[2]
    assert _grid(table)[3] == [("2", 1, 1), ("公开专项规划。", 1, 1)]
    assert ("财政局", 1, 1) in _grid(table)[4]


def test_unruled_centred_text_spans_exactly_the_rows_it_sits_in_the_middle_of() -> None:
    header = _row_line([(0, "序号"), (40, "工作任务"), (130, "责任单位")], 0)
    body = [
        _row_line([(0, "1"), (40, "公开规划纲要，")], 12),
        _row_line([(40, "按时更新。")], 24),
        _row_line([(130, "财政局")], 31),  # centred between rows 1 and 2 (12 to 60)
        _row_line([(0, "2"), (40, "公开预算决算，")], 36),
        _row_line([(40, "按时更新。")], 48),
        _row_line([(0, "3"), (40, "公开收费。"), (130, "发改局")], 60),
    ]
    found = unruled_table(header, body)
    assert found is not None
    grid = _grid(found[0])
    assert ("财政局", 2, 1) in grid[1]
    assert len(grid[2]) == 2  # covered by the merged cell
    assert ("发改局", 1, 1) in grid[3]


# columns: 序号 at 0 (2 chars wide), 工作任务 at 40, 责任单位 at 130 (4 chars wide)
def test_unruled_label_wrapped_in_a_narrow_column_is_one_row_start() -> None:
    header = _row_line([(0, "序号"), (40, "工作任务"), (130, "责任单位")], 0)
    body = [
        _row_line([(0, "（十"), (40, "公开规划。"), (130, "市发改局")], 12),
        _row_line([(0, "一）"), (40, "按时更新。")], 24),
        _row_line([(0, "（十"), (40, "公开预算。"), (130, "市财政局")], 36),
        _row_line([(0, "二）")], 48),
    ]
    found = unruled_table(header, body)
    assert found is not None
    grid = _grid(found[0])
    assert len(grid) == 3
    assert grid[1][0] == ("（十一）", 1, 1)
    assert grid[2][0] == ("（十二）", 1, 1)


def test_unruled_cell_repeated_down_the_column_is_not_run_on_text() -> None:
    header = _row_line([(0, "序号"), (40, "工作任务"), (130, "责任单位")], 0)
    body = [
        _row_line([(0, "1"), (40, "公开规划。"), (130, "市发改局")], 12),
        _row_line([(130, "牵头落实")], 24),  # fills the band, like run-on text
        _row_line([(0, "2"), (40, "公开预算。"), (130, "各区政府")], 36),
        _row_line([(130, "分别负责")], 48),
        _row_line([(0, "二、做好财政信息公开")], 60),
        _row_line([(0, "3"), (40, "公开决算。"), (130, "各区政府")], 72),
        _row_line([(130, "分别负责")], 84),
    ]
    found = unruled_table(header, body)
    assert found is not None
    grid = _grid(found[0])
    assert ("市发改局牵头落实", 1, 1) in grid[1]
    assert ("各区政府分别负责", 1, 1) in grid[2]
    assert ("各区政府分别负责", 1, 1) in grid[4]
