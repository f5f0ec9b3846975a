from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import texts
from zwgk.lang.numerals import (
    LABEL_RANKS,
    HeadingLabel,
    close_lost_brackets,
    find_labels,
    parse_label,
    parse_number,
)

_CN_DIGITS = "零一二三四五六七八九"


def cn(n: int) -> str:
    """Write 1..99 the way plans do (十, 十二, 二十, 二十九)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[ones]
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


def circled(n: int) -> str:
    if n <= 20:
        return chr(0x2460 + n - 1)
    if n <= 35:
        return chr(0x3251 + n - 21)
    return chr(0x32B1 + n - 36)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十九", 29),
        ("九十九", 99),
        ("一百", 100),
        ("一百零三", 103),
        ("一百一十", 110),
        ("两", 2),
        ("两百", 200),
        ("〇", 0),
        ("零", 0),
        ("二〇二一", 2021),
        ("一千零一", 1001),
        ("12", 12),
        ("１２", 12),
        ("①", 1),
        ("⑳", 20),
        ("㉑", 21),
        ("㉟", 35),
        ("㊱", 36),
        ("㊿", 50),
        ("⑴", 1),
        ("⒇", 20),
        (" 七 ", 7),
    ],
)
def test_parse_number(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text", ["", "abc", "3.5", "十四五", "二三十", "十十", "一是", "1+1", "百百"]
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@given(st.integers(min_value=1, max_value=99))
def test_chinese_numbers_round_trip(n: int) -> None:
    assert parse_number(cn(n)) == n


@pytest.mark.parametrize(
    ("text", "label", "number", "style", "rest"),
    [
        ("（ 三）提升政务公开质量", "（ 三）", 3, "cn_paren", "提升政务公开质量"),
        ("( 一）加强", "( 一）", 1, "cn_paren", "加强"),
        ("（二十九）深化", "（二十九）", 29, "cn_paren", "深化"),
        ("12. 在政府网站", "12.", 12, "num_dot", "在政府网站"),
        ("36． 依法公开", "36．", 36, "num_dot", "依法公开"),
        ("一、优化政务 公 开 工作基础", "一、", 1, "cn_comma", "优化政务 公 开 工作基础"),
        ("十五、其他", "十五、", 15, "cn_comma", "其他"),
        ("1、做好", "1、", 1, "num_comma", "做好"),
        ("（1）做好", "（1）", 1, "num_paren", "做好"),
        ("(12)做好", "(12)", 12, "num_paren", "做好"),
        ("⑵做好", "⑵", 2, "num_paren", "做好"),
        ("①做好", "①", 1, "circled", "做好"),
        ("  　二、 标题", "二、", 2, "cn_comma", "标题"),
        ("１２．全角", "１２．", 12, "num_dot", "全角"),
        ("2﹒小句号", "2﹒", 2, "num_dot", "小句号"),  # (U+FE52, a small full stop)
        ("4.", "4.", 4, "num_dot", ""),
        # numbered within its part (序号 1.1, 1-1): the number is the second figure
        ("1.1 细则", "1.1", 1, "num_sub", "细则"),
        ("2.3、做好", "2.3、", 3, "num_sub", "做好"),
        ("3-2做好", "3-2", 2, "num_sub", "做好"),
        # a part's ordinal joined to the number: the number is the figure
        ("（二）3公开工伤认定结论", "（二）3", 3, "num_sub", "公开工伤认定结论"),
        ("三、2做好解读", "三、2", 2, "num_sub", "做好解读"),
        # ... not where the figure is a quantity or a year
        ("（二）2个方面", "（二）", 2, "cn_paren", "2个方面"),
        ("一、2022年", "一、", 1, "cn_comma", "2022年"),
        ("第二部分 重点任务", "第二部分", 2, "cn_part", "重点任务"),
    ],
)
def test_parse_label(text: str, label: str, number: int, style: str, rest: str) -> None:
    got = parse_label(text)
    assert got == HeadingLabel(label, number, style, LABEL_RANKS[style], rest)


@pytest.mark.parametrize(
    "text",
    [
        "2021年底前完成",
        "2021 年 11 月",
        "3.5亿元",
        "1+1+9",
        "十四五规划",
        "一是加强解读",
        "12",
        "二十",
        "做好 1. 工作",
        "2.5%",
        "2022-1-1",
        "1.2.3",
        "2021、2022年",
        "",
    ],
)
def test_not_a_label(text: str) -> None:
    assert parse_label(text) is None


def test_a_label_numbered_within_its_part_names_the_part() -> None:
    text = "1.2公开预算\n（三）1公开决算\n二、4公开年报\n5.公开目录"
    hits = [h for h in find_labels(text) if h.style != "serial"]
    assert [(h.number, h.part) for h in hits] == [(2, 1), (1, 3), (4, 2), (5, 0)]


def test_shi_is_opt_in() -> None:
    got = parse_label("二是做好解读", shi=True)
    assert got is not None
    assert (got.number, got.style, got.rank, got.rest) == (2, "cn_shi", 6, "做好解读")


def test_ranks_order() -> None:
    order = ["cn_comma", "cn_paren", "num_dot", "num_paren", "circled"]
    ranks = [LABEL_RANKS[s] for s in order]
    assert ranks == sorted(ranks)
    assert len(set(ranks)) == len(ranks)
    assert LABEL_RANKS["num_comma"] == LABEL_RANKS["num_dot"]


_STYLES = {
    "cn_comma": lambda n: f"{cn(n)}、",
    "cn_paren": lambda n: f"（{cn(n)}）",
    "cn_paren_ascii": lambda n: f"({cn(n)})",
    "num_dot": lambda n: f"{n}.",
    "num_dot_full": lambda n: f"{n}．",
    "num_comma": lambda n: f"{n}、",
    "num_paren": lambda n: f"（{n}）",
    "circled": lambda n: circled(n) if n <= 50 else f"（{n}）",
}

_rests = st.text(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.sampled_from("，。、（）"),
    max_size=20,
).filter(lambda s: not s.startswith(("、", "（", "）")))


@given(
    style=st.sampled_from(sorted(_STYLES)),
    n=st.integers(min_value=1, max_value=99),
    space=st.sampled_from(["", " ", "　"]),
    rest=_rests,
)
def test_label_round_trip(style: str, n: int, space: str, rest: str) -> None:
    label = _STYLES[style](n)
    got = parse_label(label + space + rest)
    assert got is not None
    assert got.label == label
    assert got.number == n
    assert got.rest == rest
    expected_style = style.removesuffix("_ascii").removesuffix("_full")
    if style == "circled" and n > 50:
        expected_style = "num_paren"
    assert got.style == expected_style
    assert got.rank == LABEL_RANKS[expected_style]


@given(texts)
def test_never_raises(text: str) -> None:
    got = parse_label(text)
    if got is not None:
        assert got.number >= 1
        assert got.label in text
        assert text.endswith(got.rest)
    parse_number(text)


def test_a_bracketed_number_is_one_label_not_two() -> None:
    from zwgk.lang.numerals import find_labels

    text = "（1）公开惠企政策。（责任单位：市财政局） （2）做好解读 3）回应关切 12）更新"
    assert [(h.number, text[h.start : h.end]) for h in find_labels(text)] == [
        (1, "（1）"),
        (2, "（2）"),
        (3, "3）"),
        (12, "12）"),
    ]


@pytest.mark.parametrize(
    ("text", "label", "rest"),
    [
        ("(一)、聚焦社会稳定", "(一)、", "聚焦社会稳定"),
        ("（2）.公开财政信息", "（2）.", "公开财政信息"),
    ],
)
def test_a_mark_after_a_bracketed_label_is_the_labels(text: str, label: str, rest: str) -> None:
    found = parse_label(text)
    assert found is not None
    assert (found.label, found.rest) == (label, rest)


def test_a_serial_glued_to_the_cell_before_it_may_precede_a_measure_word_but_no_date() -> None:
    text = "财务处牵头，国资处配合5人事信息公开公开招聘信息。2022年5月6日前11年度报告"
    hits = [(text[h.start : h.end], h.style, h.weak) for h in find_labels(text)]
    assert hits == [("5", "serial", True), ("11", "serial", True)]


def test_a_serial_run_into_a_service_hotlines_number_is_the_rows() -> None:
    text = "序号工作任务\n1政策解读\n212345热线办理公开\n3建议提案…长期坚持1012345热线"
    hits = [(text[h.start : h.end], h.number, h.weak) for h in find_labels(text)]
    assert hits == [("1", 1, False), ("2", 2, True), ("3", 3, False), ("10", 10, True)]
    # a hotline's number alone, or after a year or a verb, is no serial
    assert find_labels("拨打12345热线") == [] and find_labels("2023年12345热线") == []


def test_a_serial_run_into_a_quoted_title_is_the_rows() -> None:
    text = "序号工作任务\n2贷款审批公开\n3“跨省通办”事项\n4《条例》宣传"
    assert [(h.number, h.weak) for h in find_labels(text)] == [(2, False), (3, False), (4, False)]


def test_a_serial_glued_after_a_closing_quote_is_a_weak_serial() -> None:
    text = "一、全面落实管理过程“五公开”1实行重大决策预公开制度。办公室2将《条例》落实到公文办理。"
    hits = [(h.number, h.style, h.weak) for h in find_labels(text) if h.style == "serial"]
    assert hits == [(1, "serial", True), (2, "serial", True)]


def test_masked_labels_in_running_text_are_numbered_by_their_place() -> None:
    text = "*、加强公开 （*）推进甲。（*）推进乙。*、深化公开 （*）推进丙。"
    hits = [(h.style, h.number, h.masked) for h in find_labels(text)]
    assert hits == [
        ("cn_comma", 1, True),
        ("cn_paren", 1, True),
        ("cn_paren", 2, True),
        ("cn_comma", 2, True),
        ("cn_paren", 1, True),
    ]


def test_a_figure_glued_before_a_measure_word_that_ends_its_cell_is_a_quantity() -> None:
    assert find_labels("序号\n1\n做好做好。\n\n每月至少更新2条") == find_labels(
        "序号\n1\n做好做好。"
    )
    hits = find_labels("序号任务\n1公开预算年底前11年度报告\n")
    assert [(h.number, h.weak) for h in hits] == [(1, False), (11, True)]


@pytest.mark.parametrize(
    ("line", "number"),
    [("12019年3月底前公开本局权责清单", 1), ("102020年底前完成", 10), ("52019年6月底前公开", 5)],
)
def test_a_serial_run_into_a_year_is_the_rows_number(line: str, number: int) -> None:
    hits = find_labels(f"序号时间节点工作任务\n{line}")
    assert [(h.number, h.style, h.weak) for h in hits] == [(number, "serial", False)]


def test_a_year_alone_opens_no_row() -> None:
    assert find_labels("序号\n2019年3月底前公开") == []


@pytest.mark.parametrize("open_", ["(", "（"])
def test_labels_that_lost_their_closing_bracket_get_it_back_where_they_number_in_turn(
    open_: str,
) -> None:
    lines = [
        "一、聚焦经济领域",
        f"{open_}一加强营商环境信息公开。",
        f"{open_}二加强减税降费信息公开。",
        "二、聚焦社会领域",
        f"{open_}一加强就业信息公开。",
        f"{open_}1推进预算公开。",
        f"{open_}2推进决算公开。",
    ]
    close = "）" if open_ == "（" else ")"
    assert [parse_label(line).label for line in close_lost_brackets(lines)] == [  # type: ignore[union-attr]
        "一、",
        f"{open_}一{close}",
        f"{open_}二{close}",
        "二、",
        f"{open_}一{close}",
        f"{open_}1{close}",
        f"{open_}2{close}",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["(一般公开事项另行通知。", "(二〇二二年)已完成。"],  # a parenthesis closed nearby
        ["(一加强营商环境信息公开。", "(三做好回应。"],  # no numbering in turn
        ["(12月底前完成)", "(13个部门)"],  # quantities
        ["（一加强解读。"],  # one alone
    ],
)
def test_an_opening_bracket_that_numbers_nothing_in_turn_is_left_as_written(
    lines: list[str],
) -> None:
    assert close_lost_brackets(lines) == lines


@pytest.mark.parametrize(
    ("text", "number", "rest"),
    [
        ("第1项公开本院机构设置。", 1, "公开本院机构设置。"),
        ("第十二项 公开预算。", 12, "公开预算。"),
        ("第 3 项：公开决算。", 3, "公开决算。"),
    ],
)
def test_an_item_numbered_in_words_is_labelled(text: str, number: int, rest: str) -> None:
    label = parse_label(text)
    assert label is not None
    assert (label.number, label.style, label.rest) == (number, "num_item", rest)


def test_item_labels_stand_where_a_line_or_sentence_ends_before_them() -> None:
    text = "第1项公开机构设置。第2项深入解读第6项惠企政策。\n第3项公开预算。"
    assert [(h.number, h.style) for h in find_labels(text)] == [
        (1, "num_item"),
        (2, "num_item"),
        (3, "num_item"),
    ]
    assert parse_label("第1项目公开") is None


@pytest.mark.parametrize("text", ["一．加强政策公开", "一.加强政策公开", "十二．做好解读"])
def test_a_parts_ordinal_closed_by_a_full_stop_ranks_as_with_a_comma(text: str) -> None:
    label = parse_label(text)
    assert label is not None and label.style == "cn_comma" and label.rank == 1


def test_a_chinese_numeral_before_a_decimal_is_no_label() -> None:
    assert parse_label("一.5倍") is None
