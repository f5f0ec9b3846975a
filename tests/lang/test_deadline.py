"""Deadline expressions: a hand-made table, the seeds' gold, and properties."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zwgk
from tests.strategies import cjk_texts, texts
from zwgk import Deadline, DeadlineKind
from zwgk.lang import (
    DeadlineMatch,
    find_deadline,
    find_deadlines,
    find_default_deadline,
    parse_deadline,
)
from zwgk.lang.deadline import deadline_cells, may_hold_deadline_cells

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parents[1] / "data" / "seeds"
TABLE = json.loads((DATA / "deadlines.json").read_text(encoding="utf-8"))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --------------------------------------------------------------------------
# The table


def test_table_is_large_enough() -> None:
    assert len(TABLE["cells"]) + len(TABLE["texts"]) >= 100
    kinds = {c["kind"] for c in TABLE["cells"]}
    assert kinds == {"date", "recurring", "ongoing", "relative", None}


@pytest.mark.parametrize("case", TABLE["cells"], ids=lambda c: c["text"] or "<empty>")
def test_cell(case: dict[str, Any]) -> None:
    got = parse_deadline(case["text"], year=case["year"])
    if case["kind"] is None:
        assert got is None
        return
    assert got is not None
    assert got.raw == case["text"].strip()
    assert got.kind is DeadlineKind(case["kind"])
    assert got.due == _date(case.get("due"))
    assert got.period == case.get("period")
    if "dates" in case:
        assert list(got.dates) == [_date(d) for d in case["dates"]]
    if got.kind is DeadlineKind.DATE and got.due is not None:
        assert got.due in got.dates


@pytest.mark.parametrize("case", TABLE["texts"], ids=lambda c: c["text"][:20])
def test_text(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_deadlines(text, year=case["year"])
    assert [m.deadline.raw for m in found] == [f["raw"] for f in case["found"]]
    for match, want in zip(found, case["found"], strict=True):
        assert text[match.start : match.end] == match.deadline.raw
        assert match.deadline.kind is DeadlineKind(want["kind"])
        assert match.deadline.due == _date(want.get("due"))
        assert match.deadline.period == want.get("period")
        if "dates" in want:
            assert list(match.deadline.dates) == [_date(d) for d in want["dates"]]
    first = find_deadline(text, year=case["year"])
    assert first == (found[0].deadline if found else None)


# --------------------------------------------------------------------------
# The seeds' gold


def _gold() -> list[tuple[str, dict[str, Any]]]:
    return [
        (path.name.split("_")[0], json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(SEEDS.glob("*.gold.json"))
    ]


def _score_seeds() -> tuple[int, int, int, list[str]]:
    """(right, total, spurious, misses) over every gold task of the seeds."""
    right = total = spurious = 0
    misses: list[str] = []
    for seed, gold in _gold():
        year = gold["plan"]["year"]
        has_column = seed == "001"  # the only seed with a deadline column
        for task in gold["tasks"]:
            want = task["deadline"]
            if has_column:
                got = parse_deadline(want["raw"], year=year) if want else None
            else:
                got = find_deadline(task["text"], year=year)
            total += 1
            expected = (want["kind"], _date(want["due"])) if want else None
            actual = (got.kind.value, got.due) if got else None
            if expected == actual:
                right += 1
            else:
                misses.append(f"{seed} #{task['number']}: want {expected}, got {actual}")
                if want is None:
                    spurious += 1
    return right, total, spurious, misses


def test_seed_gold_kind_and_due() -> None:
    right, total, spurious, misses = _score_seeds()
    assert total >= 180
    assert right / total >= 0.97, misses
    assert spurious == 0, misses


def test_seed_gold_raw_spans() -> None:
    """Where the gold found a deadline in the text, the span is the same."""
    for seed, gold in _gold():
        if seed == "001":
            continue
        for task in gold["tasks"]:
            want = task["deadline"]
            if want is None:
                continue
            got = find_deadline(task["text"], year=gold["plan"]["year"])
            assert got is not None
            assert got.raw == want["raw"], (seed, task["number"])


def test_seed_default_deadline() -> None:
    text = (SEEDS / "002_790eb7ad8dccb9a1.txt").read_text(encoding="utf-8")
    gold = json.loads((SEEDS / "002_790eb7ad8dccb9a1.gold.json").read_text(encoding="utf-8"))
    want = gold["plan"]["default_deadline"]
    got = find_default_deadline(text, year=2021)
    assert got is not None
    assert (got.raw, got.kind.value, got.due) == (want["raw"], want["kind"], _date(want["due"]))
    for seed in ("000_50d58eb3aec70650", "003_27bda7d56444e5fa", "004_40fd49317bf4f7aa"):
        other = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
        assert find_default_deadline(other, year=2021) is None, seed


@pytest.mark.parametrize(
    ("text", "year", "raw", "due"),
    [
        (
            "以上任务未明确时限的，于2021年11月底前完成。",
            None,
            "以上任务未明确时限的，于2021年11月底前完成",
            dt.date(2021, 11, 30),
        ),
        (
            "另外，未注明完成时限的，均为2021年12月底前完成，并报送总结。",
            None,
            "未注明完成时限的，均为2021年12月底前完成",
            dt.date(2021, 12, 31),
        ),
        (
            "表中无具体时限要求的工作任务，须在年底前完成。",
            2022,
            "表中无具体时限要求的工作任务，须在年底前完成",
            dt.date(2022, 12, 31),
        ),
        (
            "上述任务除另有规定外，均须在11月底前完成。",
            None,
            "上述任务除另有规定外，均须在11月底前完成",
            None,
        ),
        ("請各單位於12月10日前報送總結。", 2021, None, None),
    ],
)
def test_default_deadline_wordings(
    text: str, year: int | None, raw: str | None, due: dt.date | None
) -> None:
    got = find_default_deadline(text, year=year)
    if raw is None:
        assert got is None
    else:
        assert got is not None
        assert (got.raw, got.kind, got.due) == (raw, DeadlineKind.DATE, due)


# --------------------------------------------------------------------------
# API and properties


def test_exported() -> None:
    assert zwgk.parse_deadline is parse_deadline
    assert zwgk.find_deadlines is find_deadlines


def test_match_is_a_value() -> None:
    m = find_deadlines("于2021年12月31日前完成")[0]
    assert isinstance(m, DeadlineMatch)
    assert m == DeadlineMatch(m.deadline, m.start, m.end)
    assert isinstance(m.deadline, Deadline)


_PIECES = st.sampled_from(
    [
        "2021",
        "年",
        "月",
        "日",
        "前",
        "底",
        "每",
        "至少",
        "1",
        "次",
        "于",
        "在",
        "后",
        "个工作日内",
        "季度",
        "第三",
        "上半年",
        "，",
        "（",
        "）",
        " ",
        "十二",
        "二〇二一",
        "和",
        "至",
        "未明确时限的",
        "。",
    ]
)
_deadline_like = st.lists(_PIECES | cjk_texts, max_size=12).map("".join)


@given(st.one_of(texts, _deadline_like), st.none() | st.integers(0, 10_000))
def test_no_exception_and_spans_hold(text: str, year: int | None) -> None:
    parsed = parse_deadline(text, year=year)
    if parsed is not None:
        assert parsed.raw == text.strip()
    found = find_deadlines(text, year=year)
    last_end = 0
    for m in found:
        assert 0 <= last_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.deadline.raw
        last_end = m.end
    assert find_deadline(text, year=year) == (found[0].deadline if found else None)
    default = find_default_deadline(text, year=year)
    if default is not None:
        assert default.raw in text


@given(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
def test_every_written_date_reads_back(day: dt.date) -> None:
    for written in (
        f"{day.year}年{day.month}月{day.day}日前",
        f"于 {day.year} 年 {day.month} 月 {day.day} 日前",
        f"{day.year}-{day.month:02d}-{day.day:02d}",
    ):
        got = parse_deadline(written)
        assert got is not None
        assert got.due == day, written
        found = find_deadlines(f"请在{written}完成。")
        assert [m.deadline.due for m in found] == [day], written


@pytest.mark.parametrize("cell", ["按规定时限", "在法定期限内", "依照法定时限办理", "按要求时间"])
def test_cells_that_point_at_periods_set_elsewhere_are_relative(cell: str) -> None:
    deadline = parse_deadline(cell)
    assert deadline is not None
    assert deadline.kind is DeadlineKind.RELATIVE
    assert deadline.due is None


def test_a_bare_reference_to_rules_is_no_deadline() -> None:
    assert parse_deadline("按规定") is None


@pytest.mark.parametrize(
    ("text", "raw", "period"),
    [
        ("按季度发布食品安全监督抽检信息。", "按季度发布", "quarter"),
        ("每日公開定點醫院名單。", "每日公開", "day"),
        ("专栏内容每月更新。", "每月更新", "month"),
        ("地级以上城市人民政府每季度应向社会公开水质状况。", "每季度应向社会公开", "quarter"),
        ("每月主动公开重点项目进展。", "每月主动公开", "month"),
    ],
)
def test_a_frequency_governing_a_publishing_verb_is_recurring(
    text: str, raw: str, period: str
) -> None:
    found = find_deadline(text)
    assert found is not None
    assert (found.raw, found.kind.value, found.period) == (raw, "recurring", period)


def test_a_frequency_not_governing_a_verb_is_no_deadline() -> None:
    assert find_deadline("结合每季度市政府新闻发布会计划，做好政策解读。") is None


@pytest.mark.parametrize("cell", ["24小时内", "48 小时以内", "收到申请后2个工作日内"])
def test_hours_and_working_days_are_units_of_a_relative_deadline(cell: str) -> None:
    deadline = parse_deadline(cell)
    assert deadline is not None
    assert deadline.kind is DeadlineKind.RELATIVE
    assert deadline.due is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("在采购活动开始前30日公开采购意向。", "在采购活动开始前30日"),
        ("会议召开前3个工作日发布预告。", "会议召开前3个工作日"),
        ("重大舆情24小时内作出回应。", "24小时内"),
    ],
)
def test_deadlines_counted_back_from_an_event_or_in_hours_are_found_in_text(
    text: str, raw: str
) -> None:
    found = find_deadlines(text)
    assert [m.deadline.raw for m in found] == [raw]
    assert found[0].deadline.kind is DeadlineKind.RELATIVE
    assert text[found[0].start : found[0].end] == raw


@pytest.mark.parametrize("text", ["完成前3个月的数据整理。", "第一季度前3个月"])
def test_a_count_after_before_without_an_event_verb_is_no_deadline(text: str) -> None:
    assert all(m.deadline.kind is not DeadlineKind.RELATIVE for m in find_deadlines(text))


# --- 2018年前: before a year, in a cell and inside a requirement ---------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("2018年前", dt.date(2017, 12, 31)),
        ("2018年以前", dt.date(2017, 12, 31)),
        ("二〇一八年之前", dt.date(2017, 12, 31)),
        ("2018年底前", dt.date(2018, 12, 31)),
        ("2018年内", dt.date(2018, 12, 31)),
    ],
)
def test_a_cell_before_a_year_ends_the_year_before(text: str, due: dt.date) -> None:
    deadline = parse_deadline(text, year=2017)
    assert deadline is not None
    assert deadline.due == due


def test_a_requirement_that_finishes_before_a_year() -> None:
    text = "推进政府网站集约化，2018年前建成省级和设区市统一的政府网站技术平台。"
    deadline = find_deadline(text, 2017)
    assert deadline is not None
    assert (deadline.raw, deadline.due) == ("2018年前", dt.date(2017, 12, 31))


@pytest.mark.parametrize("text", ["1978年前后建成的住宅", "2018年前三季度的数据", "2018年前期工作"])
def test_before_that_is_not_a_deadline(text: str) -> None:
    deadline = find_deadline(text, 2017)
    assert deadline is None or deadline.raw.find("年前") < 0


def test_a_frequency_before_sorting_and_publishing_is_a_deadline() -> None:
    from zwgk.lang import find_deadlines

    found = find_deadlines("收集政策咨询问题，按季度梳理发布常见问题解答。")
    assert [m.deadline.kind.value for m in found] == ["recurring"]


@pytest.mark.parametrize("cell", ["每学期", "每学期至少1次", "每學期"])
def test_a_school_term_is_a_period_of_half_a_year(cell: str) -> None:
    d = parse_deadline(cell)
    assert d is not None and d.kind is DeadlineKind.RECURRING and d.period == "half-year"


@pytest.mark.parametrize("cell", ["规划印发后20个工作日", "收到申请之日起20个工作日"])
def test_a_cell_counting_from_an_event_without_nei_is_relative(cell: str) -> None:
    found = parse_deadline(cell, 2021)
    assert found is not None and found.kind is DeadlineKind.RELATIVE and found.raw == cell


@pytest.mark.parametrize("cell", ["价格调整前3日", "停气前48小时", "会议召开前3个工作日"])
def test_a_cell_counting_back_from_an_event_is_relative(cell: str) -> None:
    got = parse_deadline(cell)
    assert got is not None and got.kind is DeadlineKind.RELATIVE


def test_the_first_months_are_no_deadline() -> None:
    assert parse_deadline("前3个月") is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("全年发布环境质量报告不少于12期。", "全年发布环境质量报告不少于12期"),
        ("组织政策宣讲，全年不少于4次。", "全年不少于4次"),
    ],
)
def test_a_years_quota_written_with_quan_nian_recurs(text: str, raw: str) -> None:
    got = find_deadline(text, 2023)
    assert got is not None and (got.raw, got.kind, got.period) == (
        raw,
        DeadlineKind.RECURRING,
        "year",
    )


def test_a_quota_done_within_the_year_is_the_years_end() -> None:
    got = find_deadline("年内组织开放活动不少于2次。", 2023)
    assert got is not None and got.due == dt.date(2023, 12, 31)


@pytest.mark.parametrize("text", ["2023年□月底前完成清单公开。", "2022年*月底前完成。"])
def test_a_date_a_mirror_masked_is_a_date_whose_day_is_unknown(text: str) -> None:
    got = find_deadline(text, 2023)
    assert got is not None and got.kind is DeadlineKind.DATE and got.due is None
    cell = parse_deadline(got.raw)
    assert cell is not None and cell.kind is DeadlineKind.DATE


def test_a_cell_pointing_at_a_works_own_schedule_is_relative() -> None:
    got = parse_deadline("按招生工作时间节点")
    assert got is not None and got.kind is DeadlineKind.RELATIVE
    assert parse_deadline("时间节点") is None


@pytest.mark.parametrize(
    ("cell", "due"),
    [
        ("2021年8月前", dt.date(2021, 7, 31)),
        ("8月之前", dt.date(2021, 7, 31)),
        ("1月前", dt.date(2020, 12, 31)),
        ("8月底前", dt.date(2021, 8, 31)),
    ],
)
def test_before_a_month_is_the_end_of_the_month_before(cell: str, due: dt.date) -> None:
    got = parse_deadline(cell, year=2021)
    assert got is not None and got.due == due


@pytest.mark.parametrize(
    "raw", ["根据工作进度", "按工作进度", "常年", "项目实施期间", "根据农时", "按农时"]
)
def test_as_the_work_goes_is_ongoing(raw: str) -> None:
    d = parse_deadline(raw, 2023)
    assert d is not None and d.kind is DeadlineKind.ONGOING and d.due is None


@pytest.mark.parametrize("cell", ["第一季度", "三季度末", "一季度", "逐月", "逐季度"])
def test_a_quarter_or_a_recurrence_alone_ends_a_row_run_together(cell: str) -> None:
    text = f"公开抽查事项清单和检查结果。法规股{cell}公开部门预算决算信息。"
    assert [text[a:b] for a, b in deadline_cells(text)] == [cell]
    assert parse_deadline(cell) is not None


def test_a_cell_of_the_seasons_ends_a_row_run_together() -> None:
    text = "发布春播、三夏、三秋关键农时气象服务专报气象台根据农时行政许可公开"
    assert [text[a:b] for a, b in deadline_cells(text)] == ["根据农时"]


def test_as_the_time_limits_require_points_elsewhere() -> None:
    d = parse_deadline("按时限要求", 2023)
    assert d is not None and d.kind is DeadlineKind.RELATIVE


def test_the_deadline_cells_a_row_run_together_may_hold() -> None:
    text = "同步发布预报服务科牵头各县气象局配合及时气候公报发布年度公报气象台2022年2月底前每年3月"
    assert [text[a:b] for a, b in deadline_cells(text)] == ["及时", "2022年2月底前", "每年3月"]
    # a word of going on with the verb the cell completes it with is one cell
    cells = ["长期坚持", "持续推进", "常态化开展"]
    assert [text[a:b] for text in cells for a, b in deadline_cells(text)] == cells
    # a month alone is a date in a cell
    assert deadline_cells("2021年12月") == [(0, 8)]
    # the verb the next row's requirement opens with is not the cell's (…及时|更新…)
    text = "公开工作成效信息中心及时更新本部门项目清单办公室每季度公示补贴发放情况"
    assert [text[a:b] for a, b in deadline_cells(text)] == ["及时", "每季度"]


def test_a_cheap_question_before_the_deadline_cells() -> None:
    assert not may_hold_deadline_cells("省发改委及时发布权威信息", 2)
    assert may_hold_deadline_cells("省发改委及时县财政局2023年6月底前", 2)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("8批复后20日内公开部门预算", "批复后20日内"),
        ("3受理后5个工作日内答复", "受理后5个工作日内"),
        ("收到申请后15个工作日内", "收到申请后15个工作日内"),
        ("2021年7月1日后10日内", "2021年7月1日后10日内"),
    ],
)
def test_a_rows_number_glued_to_the_event_is_no_part_of_the_deadline(text: str, raw: str) -> None:
    assert [m.deadline.raw for m in find_deadlines(text)][:1] == [raw]


def test_the_news_a_noun_has_is_no_ongoing_deadline() -> None:
    # 动态 the way a thing is done (动态更新, a cell 动态) goes on; a noun's
    # news (工作动态, 河湖长制工作动态) is what is published
    assert parse_deadline("动态更新") is not None
    assert parse_deadline("实行动态管理") is not None
    assert parse_deadline("动态") is not None
    assert parse_deadline("工作动态") is None
    assert parse_deadline("公开河湖长制工作动态。") is None


@pytest.mark.parametrize(
    ("cell", "kind", "due"),
    [
        ("长期坚持／2024年6月底前", DeadlineKind.ONGOING, None),
        ("2024年3月底前/长期坚持", DeadlineKind.DATE, dt.date(2024, 3, 31)),
        ("审批后10个工作日内／2024年12月底前", DeadlineKind.RELATIVE, None),
        ("每季度／2024年6月底前", DeadlineKind.RECURRING, None),
        ("2024年4月底前／2024年12月底前", DeadlineKind.DATE, dt.date(2024, 4, 30)),
    ],
)
def test_two_times_apart_by_a_slash_give_the_first_named(
    cell: str, kind: DeadlineKind, due: dt.date | None
) -> None:
    found = parse_deadline(cell)
    assert found is not None
    assert (found.raw, found.kind, found.due) == (cell, kind, due)


def test_two_dates_apart_by_a_slash_are_both_the_cells() -> None:
    found = parse_deadline("2024年4月底前／2024年12月底前")
    assert found is not None
    assert found.dates == (dt.date(2024, 4, 30), dt.date(2024, 12, 31))


@pytest.mark.parametrize("raw", ["每学年", "每学年初", "每个学年"])
def test_a_school_year_recurs_yearly(raw: str) -> None:
    d = parse_deadline(raw)
    assert d is not None
    assert (d.kind, d.period) == (DeadlineKind.RECURRING, "year")


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("元旦前", dt.date(2024, 12, 31)),
        ("国庆节前", dt.date(2024, 9, 30)),
        ("五一前", dt.date(2024, 4, 30)),
        ("在国庆节前完成公示", dt.date(2024, 9, 30)),
        # a holiday of the lunar calendar: a date, its day not known here
        ("春节前", None),
        ("中秋节前", None),
    ],
)
def test_a_holiday_named_as_the_limit_is_a_date(raw: str, due: dt.date | None) -> None:
    found = parse_deadline(raw, year=2024)
    assert found is not None and found.kind is DeadlineKind.DATE
    assert found.due == due


def test_a_count_back_from_a_holiday_is_relative() -> None:
    found = parse_deadline("清明节前10日", year=2024)
    assert found is not None and found.kind is DeadlineKind.RELATIVE


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("专栏每月至少更新2条信息。", "每月至少更新2条"),
        ("每年至少听取1次意见。", "每年至少听取1次"),
        # a count after 的 is what the task names, not how often it is done
        ("开展排名工作,每年公布水质最好和最差的10个城市名单。", "每年公布"),
    ],
)
def test_a_frequency_takes_a_count_only_as_its_quota(text: str, raw: str) -> None:
    found = find_deadline(text, year=2017)
    assert found is not None and found.raw == raw
