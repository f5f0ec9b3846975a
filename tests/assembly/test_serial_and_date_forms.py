"""Rows run together whose serials, years and dates take forms the plain
ones do not: item codes for serials (``HY-01``, ``No.3``, ``№3``), Roman,
financial, bracketed and circled numerals (``Ⅲ``, ``叁``, ``㈢``, ``㊂``), numbers
in brackets (``【3】``), a 年度 cell of the bare
year before the deadline (``…办公室20243月底前``), dates spaced around their
numbers (``2024 年 3 月 31 日前``), limits in minutes (``震后30分钟内``), and
kindergartens and schools named by their kind (``各幼儿园``)."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import read_rows
from zwgk.lang import find_labels, parse_deadline, parse_number

TITLE = "某县应急管理局2024年政务公开工作任务清单"
PREAMBLE = "根据《某县2024年政务公开工作要点》要求，结合本局实际，制定本清单。"
ROWS = [
    ("公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("公开安全生产行政许可办事指南。", "行政审批股", "长期坚持"),
    ("公开安全生产执法检查结果。", "执法大队负责，办公室配合", "检查后7个工作日内"),
    ("公开自然灾害救助资金发放情况。", "救灾股", "每季度"),
]


def _page(lines: list[str], header: str) -> str:
    return "\n".join([TITLE, PREAMBLE, header, *lines, "某县应急管理局", "2024年1月20日"])


@pytest.mark.parametrize("code", ["YJ-{:02d}", "YJ_{:03d}", "GK{:02d}", "A-{}"])
def test_rows_numbered_by_item_codes_read_with_their_serials(code: str) -> None:
    lines = [code.format(k) + "".join(row) for k, row in enumerate(ROWS, start=1)]
    plan = zwgk.read_text(_page(lines, "事项编号工作任务责任科室完成时限"))
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.label for t in plan.tasks] == [code.format(k) for k in range(1, 5)]


@pytest.mark.parametrize("form", ["No.{}", "NO.{}", "No {}", "№{}", "№ {}"])
def test_rows_numbered_no_dot_read_with_their_serials(form: str) -> None:
    lines = [form.format(k) + "".join(row) for k, row in enumerate(ROWS, start=1)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任科室完成时限"))
    assert read_rows(plan) == ROWS
    assert [t.label for t in plan.tasks] == [form.format(k) for k in range(1, 5)]


@pytest.mark.parametrize("first", [0x2160, 0x2170])
def test_rows_numbered_by_roman_numerals_read_with_their_serials(first: int) -> None:
    lines = [chr(first + k) + "".join(row) for k, row in enumerate(ROWS)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任科室完成时限"))
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]


@pytest.mark.parametrize("labels", ["壹贰叁肆", "㈠㈡㈢㈣", "㊀㊁㊂㊃"])
def test_rows_numbered_by_financial_or_bracketed_numerals_read_with_them(labels: str) -> None:
    lines = [label + "".join(row) for label, row in zip(labels, ROWS, strict=True)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任科室完成时限"))
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.label for t in plan.tasks] == list(labels)


COUNTED = [
    "甲乙丙丁", "子丑寅卯", "ABCD", "abcd", "༡༢༣༤", "᠑᠒᠓᠔", "⒜⒝⒞⒟", "ⒶⒷⒸⒹ", "ⓐⓑⓒⓓ",
    "αβγδ", "ΑΒΓΔ", "가나다라", "天地玄黄", "天地玄黃", "〡〢〣〤",
]  # fmt: skip


@pytest.mark.parametrize("labels", COUNTED)
@pytest.mark.parametrize("sep", ["", "\t", " | "])
def test_rows_counted_in_letters_stems_or_other_digits_read_with_them(
    labels: str, sep: str
) -> None:
    lines = [sep.join((label, *row)) for label, row in zip(labels, ROWS, strict=True)]
    plan = zwgk.read_text(_page(lines, sep.join(("序号", "工作任务", "责任科室", "完成时限"))))
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.label for t in plan.tasks] == list(labels)


@pytest.mark.parametrize("numerals", [("i", "ii", "iii", "iv"), ("I", "II", "III", "IV")])
@pytest.mark.parametrize("form", ["{}.", "{}、", "{}）", "{}"])
def test_rows_numbered_by_roman_numerals_in_letters_read_with_them(
    numerals: tuple[str, ...], form: str
) -> None:
    labels = [form.format(n) for n in numerals]
    lines = [label + "".join(row) for label, row in zip(labels, ROWS, strict=True)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任科室完成时限"))
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.label for t in plan.tasks] == labels


def test_rows_numbered_by_double_circled_digits_read_with_them() -> None:
    labels = ["⓵", "⓶", "⓷", "⓸"]
    lines = [label + "".join(row) for label, row in zip(labels, ROWS, strict=True)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任科室完成时限"))
    assert read_rows(plan) == ROWS
    assert [t.label for t in plan.tasks] == labels
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [parse_number(c) for c in "⓾⓫⓴"] == [10, 11, 20]


def test_rows_numbered_by_keycap_emoji_read_with_them() -> None:
    rows = [*ROWS, *ROWS[:3], ("公开应急避难场所分布。", "救灾股", "2024年6月底前")] * 2
    keys = [f"{k}\ufe0f\u20e3" for k in range(1, 10)] + ["\U0001f51f"]
    keys += ["".join(f"{d}\ufe0f\u20e3" for d in str(k)) for k in range(11, 17)]
    lines = [key + "".join(row) for key, row in zip(keys, rows, strict=False)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任科室完成时限"))
    assert read_rows(plan) == rows[: len(keys)]
    assert [t.number for t in plan.tasks] == list(range(1, len(keys) + 1))
    assert [t.label for t in plan.tasks] == keys


@pytest.mark.parametrize("form", ["#{}", "＃{}", "{}/4", "{}／4"])
def test_rows_numbered_with_a_mark_or_the_lists_length_read_with_them(form: str) -> None:
    lines = [form.format(k) + "".join(row) for k, row in enumerate(ROWS, start=1)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任科室完成时限"))
    assert read_rows(plan) == ROWS
    assert [t.label for t in plan.tasks] == [form.format(k) for k in range(1, 5)]


@pytest.mark.parametrize(
    "form", ["【{}】", "[{}]", "［{}］", "〔{}〕", "〖{}〗", "〈{}〉", "<{}>", "「{}」"]
)
@pytest.mark.parametrize("sep", ["", "\t"])
def test_rows_numbered_in_brackets_read_with_them(form: str, sep: str) -> None:
    lines = [sep.join((form.format(k), *row)) for k, row in enumerate(ROWS, start=1)]
    plan = zwgk.read_text(_page(lines, sep.join(("序号", "工作任务", "责任科室", "完成时限"))))
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.label for t in plan.tasks] == [form.format(k) for k in range(1, 5)]


@pytest.mark.parametrize(
    "text", ["【1】公开预算\n【2】公开决算", "[1]公开预算\n[2】公开决算\n[3]公开年报"]
)
def test_numbers_in_brackets_that_count_no_rows_are_no_serials(text: str) -> None:
    assert [h.style for h in find_labels(text)] == []


def test_words_opening_with_a_stem_or_a_letter_are_no_serials() -> None:
    text = "甲级资质单位名单\n申请公开\n未成年人保护\nA级纳税人\nC类\nB超检查"
    assert find_labels(text) == []
    # words opening with letters that are Roman numerals, or with a Greek letter
    assert find_labels("XL号服装\nIV期临床试验\nli文件\nα射线\nγ刀治疗") == []
    # two in order are too few to be a numbering
    assert find_labels("甲公开预算。\n乙公开决算。") == []


def test_financial_numerals_of_two_characters_are_one_serial() -> None:
    assert [(h.number, h.style) for h in find_labels("拾公开预算。\n拾壹公开决算。")] == [
        (10, "serial"),
        (11, "serial"),
    ]


@pytest.mark.parametrize("text", ["PM2.5监测", "ISO9001认证", "APP12345热线", "A4纸"])
def test_letters_and_figures_that_are_no_item_code_number_nothing(text: str) -> None:
    assert find_labels(f"序号\n{text}") == []


def test_a_year_cell_before_the_deadline_is_no_part_of_it() -> None:
    rows = [
        ("公开本局机构职能和联系方式。", "办公室", "3月底前"),
        ("公开安全生产行政许可办事指南。", "行政审批股", "长期坚持"),
        ("公开安全生产执法决定书。", "执法大队", "作出决定后7个工作日内"),
        ("公开年度工作报告。", "办公室", "1月31日前"),
    ]
    lines = [f"{k}{text}{unit}2024{deadline}" for k, (text, unit, deadline) in enumerate(rows, 1)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任股室年度完成时限"))
    assert read_rows(plan) == rows
    assert [str(t.deadline.due) for t in plan.tasks if t.deadline and t.deadline.due] == [
        "2024-03-31",
        "2024-01-31",
    ]


def test_a_year_glued_to_an_event_is_not_the_events() -> None:
    found = parse_deadline("第3季度结束后15日内")
    assert found is not None and found.raw == "第3季度结束后15日内"


def test_dates_spaced_around_their_numbers_close_the_row() -> None:
    rows = [
        ("公开本局机构职能和联系方式。", "办公室", "2024 年 3 月 31 日前"),
        ("公开安全生产行政许可办事指南。", "行政审批股", "长期坚持"),
        ("公开自然灾害救助资金发放情况。", "救灾股", "2024 年 6 月 30 日前"),
        ("公开年度工作报告。", "办公室", "2024 年 1 月 31 日前"),
    ]
    lines = [f"{k}{''.join(row)}" for k, row in enumerate(rows, 1)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任股室完成时限"))
    assert read_rows(plan) == rows
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]


@pytest.mark.parametrize("raw", ["震后30分钟内", "接到报告后30分钟内", "发生后15分钟"])
def test_a_limit_in_minutes_is_a_relative_deadline(raw: str) -> None:
    found = parse_deadline(raw)
    assert found is not None and found.kind is zwgk.DeadlineKind.RELATIVE


def test_kindergartens_and_schools_are_units() -> None:
    rows = [
        ("公开学前教育资助政策及受助名单。", "各幼儿园、各中小学校、学生资助中心", "每学期"),
        ("公开义务教育招生入学政策。", "各小学、各初级中学", "2024年5月底前"),
        ("公开教育收费项目和标准。", "计划财务股", "2024年9月底前"),
    ]
    lines = [f"{k}{''.join(row)}" for k, row in enumerate(rows, 1)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任单位完成时限"))
    assert read_rows(plan) == rows


@pytest.mark.parametrize(
    ("cell", "due"),
    [("20240331", "2024-03-31"), ("20240229前", "2024-02-29"), ("19991231", "1999-12-31")],
)
def test_eight_digit_dates_read_as_dates(cell: str, due: str) -> None:
    found = parse_deadline(cell)
    assert found is not None and str(found.due) == due


@pytest.mark.parametrize("cell", ["20241331", "2024033100", "12345678", "3日前"])
def test_figures_that_are_no_eight_digit_date_are_no_deadline(cell: str) -> None:
    assert parse_deadline(cell) is None


@pytest.mark.parametrize(
    ("cell", "due"),
    [("3.31前", "2024-03-31"), ("12.31之前", "2024-12-31"), ("1.5以前", "2024-01-05")],
)
def test_a_dotted_month_and_day_before_qian_is_a_date_in_the_plans_year(
    cell: str, due: str
) -> None:
    found = parse_deadline(cell, year=2024)
    assert found is not None and str(found.due) == due and found.raw == cell


@pytest.mark.parametrize("cell", ["3.31", "2.5亿元前", "1.2前期准备", "13.1前", "3.32前"])
def test_figures_with_a_dot_that_are_no_month_and_day_are_no_date(cell: str) -> None:
    found = parse_deadline(cell, year=2024)
    assert found is None or found.due is None


def test_rows_closed_by_dotted_month_days_read_apart_from_their_units() -> None:
    rows = [
        (text, unit, due)
        for (text, unit, _), due in zip(ROWS, ("3.31前", "4.30前", "3.15前", "6.30前"), strict=True)
    ]
    lines = [f"{k}{''.join(row)}" for k, row in enumerate(rows, start=1)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任科室完成时限"))
    assert read_rows(plan) == rows
    assert [str(t.deadline.due) for t in plan.tasks if t.deadline] == [
        "2024-03-31",
        "2024-04-30",
        "2024-03-15",
        "2024-06-30",
    ]


@pytest.mark.parametrize("cell", ["开庭3日前", "会议召开5个工作日前", "拍卖15日之前"])
def test_a_count_back_written_before_its_before_is_relative(cell: str) -> None:
    found = parse_deadline(cell)
    assert found is not None and found.kind is zwgk.DeadlineKind.RELATIVE


def test_rows_closed_by_eight_digit_dates_and_counts_back_read_apart() -> None:
    rows = [
        ("公开本院机构设置和诉讼服务指南。", "办公室", "20240331"),
        ("公开立案条件和诉讼费用标准。", "立案庭", "20240229前"),
        ("公开开庭公告和庭审直播安排。", "审判管理办公室", "开庭3日前"),
        ("公开人民陪审员名单。", "政治部", "20240630前"),
    ]
    lines = [f"{k}{''.join(row)}" for k, row in enumerate(rows, start=1)]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任部门完成时限"))
    assert read_rows(plan) == rows
    assert str(plan.tasks[3].deadline.due) == "2024-06-30"


def test_a_table_in_full_width_digits_reads_to_its_last_row_before_the_signature() -> None:
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    rows = [(text.translate(wide), unit, deadline.translate(wide)) for text, unit, deadline in ROWS]
    rows = [*rows, *rows, *rows[:2]]  # (ten rows: the last numbered １０)
    lines = [str(k).translate(wide) + "".join(row) for k, row in enumerate(rows, start=1)]
    signed = ["某县应急管理局", "２０２４年１月２０日"]
    plan = zwgk.read_text(
        "\n".join([TITLE, PREAMBLE, "序号工作任务责任科室完成时限", *lines, *signed])
    )
    assert read_rows(plan) == rows
    assert str(plan.date) == "2024-01-20"


@pytest.mark.parametrize("header", ["序号责任单位工作任务完成时限", "序号工作任务责任单位完成时限"])
def test_rows_closed_by_the_years_work_read_it_as_their_deadline(header: str) -> None:
    units_first = header.index("责任") < header.index("工作任务")
    lines = [
        f"{k}." + (unit + text if units_first else text + unit) + "全年工作"
        for k, (text, unit, _) in enumerate(ROWS, start=1)
    ]
    plan = zwgk.read_text(_page(lines, header))
    assert read_rows(plan) == [(text, unit, "全年工作") for text, unit, _ in ROWS]
