"""``2018年前``: a deadline before a year, in a cell and inside a requirement."""

from __future__ import annotations

import datetime as dt

import pytest

from zwgk.lang import find_deadline, parse_deadline


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
