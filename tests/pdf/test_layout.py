"""The geometry behind the PDF reader, on hand-placed characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zwgk.document import Cell
from zwgk_plugins._pdf_layout import (
    Char,
    PageTable,
    group_lines,
    is_page_number,
    join_lines,
    join_tables,
    paragraphs,
)


def place(text: str, x: float = 72.0, top: float = 100.0, size: float = 12.0) -> list[Char]:
    """Lay ``text`` out as one glyph per character: CJK a full em wide, others half."""
    out = []
    for ch in text:
        width = size if ord(ch) > 0x2E80 else size / 2
        if ch != " ":
            out.append(Char(ch, x, x + width, top, top + size, size))
        x += width
    return out


cjk = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1)


@given(cjk, st.randoms())
def test_glyphs_drawn_separately_join_without_spaces(text: str, rnd) -> None:  # type: ignore[no-untyped-def]
    chars = place(text)
    rnd.shuffle(chars)  # the order text objects are drawn in does not matter
    lines = group_lines(chars)
    assert [ln.text for ln in lines] == [text]


def test_latin_words_keep_their_spaces_and_cjk_does_not_gain_any() -> None:
    lines = group_lines(place("按照 PDF 2.0 要求办理"))
    assert lines[0].text == "按照PDF 2.0要求办理"


def test_baseline_jitter_stays_on_one_line_and_lines_are_ordered() -> None:
    chars = place("第二行", top=130.0) + place("第一行", top=100.0)
    chars[1] = Char(chars[1].text, chars[1].x0, chars[1].x1, 131.5, 143.5, 12.0)
    assert [ln.text for ln in group_lines(chars)] == ["第一行", "第二行"]


def test_wide_gap_splits_a_line_into_segments() -> None:
    chars = place("序号", x=72) + place("工作任务", x=120) + place("责任单位", x=400)
    (line,) = group_lines(chars)
    assert [t for _, _, t in line.segment_texts()] == ["序号", "工作任务", "责任单位"]


def test_page_numbers() -> None:
    for text in ("— 3 —", "- 3 -", "第3页", "第 3 页 共 12 页", "3", "3/12", "－ 12 －"):
        assert is_page_number(text), text
    for text in ("3.做好信息公开", "2021年", "一、", "第三条"):
        assert not is_page_number(text), text


def test_paragraphs_split_at_labels_indents_and_short_lines() -> None:
    right = 72 + 20 * 12
    lines = group_lines(
        place("一、加强政策解读", top=100)
        + place("（一）" + "做" * 17, top=118)
        + place("好解读工作。", top=136)
        + place("　　" + "另" * 18, top=154)  # a first-line indent opens a paragraph
        + place("起" * 5, top=172)
    )
    paras = paragraphs(lines, left=72, right=right)
    assert [join_lines(p) for p in paras] == [
        "一、加强政策解读",
        "（一）" + "做" * 17 + "好解读工作。",
        "另" * 18 + "起" * 5,
    ]


def test_ragged_line_is_not_a_paragraph_end_when_the_next_word_would_not_fit() -> None:
    right = 72 + 20 * 12
    lines = group_lines(
        place("依据" * 8 + "（赣府", top=100)  # ends 2.5 em short of the margin
        + place("〔2021〕30号）要求。", top=118)
    )
    assert len(paragraphs(lines, left=72, right=right)) == 1


def _table(rows: list[list[tuple[str, int]]], page: int, xs: list[float]) -> PageTable:
    cells = []
    for r, row in enumerate(rows):
        for c, (text, span) in enumerate(row):
            if span:
                cells.append(Cell(text, r, c, rowspan=span))
    n = max(c.row + c.rowspan for c in cells)
    return PageTable(cells, n, xs, 0, 100, page)


XS = [0.0, 100.0, 300.0, 400.0]
HEAD = [("工作任务", 1), ("具体要求", 1), ("责任科室", 1)]


def test_join_drops_the_repeated_header_and_joins_a_split_row() -> None:
    first = _table(
        [
            HEAD,
            [("一、做好公开。", 2), ("1.甲。", 1), ("办公室", 2)],
            [("", 0), ("2.乙乙乙", 1), ("", 0)],
        ],
        1,
        XS,
    )
    second = _table(
        [
            HEAD,
            [("", 1), ("乙乙。", 1), ("", 1)],
            [("二、做好解读。", 1), ("3.丙。", 1), ("科室", 1)],
        ],
        2,
        XS,
    )
    joined = join_tables(first, second)
    assert joined is not None
    assert joined.end_page == 2
    assert joined.rows == 4
    assert joined.row_texts(2) == ["", "2.乙乙乙乙乙。", ""]
    assert joined.covering(2, 0) == Cell("一、做好公开。", 1, 0, rowspan=2)
    assert joined.covering(2, 2) == Cell("办公室", 1, 2, rowspan=2)
    assert joined.row_texts(3) == ["二、做好解读。", "3.丙。", "科室"]


def test_join_extends_a_merged_cell_over_the_break_without_a_split_row() -> None:
    first = _table(
        [
            HEAD,
            [("一、做好公开。", 2), ("1.甲。", 1), ("办公室", 1)],
            [("", 0), ("2.乙。", 1), ("科室", 1)],
        ],
        1,
        XS,
    )
    second = _table([HEAD, [("", 1), ("3.丙。", 1), ("", 1)]], 2, XS)
    joined = join_tables(first, second)
    assert joined is not None
    assert joined.covering(3, 0) == Cell("一、做好公开。", 1, 0, rowspan=3)
    # an empty cell under a one-row cell outside the first column stays empty
    assert joined.covering(3, 2) == Cell("", 3, 2)


def test_tables_with_other_columns_are_not_joined() -> None:
    first = _table([HEAD, [("一", 1), ("1.甲。", 1), ("办公室", 1)]], 1, XS)
    second = _table([HEAD, [("二", 1), ("2.乙。", 1), ("科室", 1)]], 2, [0.0, 150.0, 300.0, 400.0])
    assert join_tables(first, second) is None
