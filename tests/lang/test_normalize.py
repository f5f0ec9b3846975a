from __future__ import annotations

import threading

import pytest
from hypothesis import given

from tests.strategies import cjk_texts, texts
from zwgk.lang.normalize import (
    collapse_spaces,
    fold_width,
    is_traditional,
    normalize,
    strip_invisible,
    to_simplified,
)


def test_to_simplified() -> None:
    assert to_simplified("市發展改革局、財政局按照職責分工強化監管") == (
        "市发展改革局、财政局按照职责分工强化监管"
    )
    assert to_simplified("plain ascii") == "plain ascii"


def test_to_simplified_threads() -> None:
    results: list[str] = []

    def work() -> None:
        results.append(to_simplified("牽頭落實"))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["牵头落实"] * 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市政府辦公室牽頭", True),
        ("市直各部門、各鎮街", True),
        ("市政府办公室牵头", False),
        ("2021年11月20日前", False),
        ("", False),
        ("abc", False),
    ],
)
def test_is_traditional(text: str, expected: bool) -> None:
    assert is_traditional(text) is expected


def test_fold_width() -> None:
    assert fold_width("２０２１年ＡＰＰ　１．＋％") == "2021年APP 1.+%"
    # Chinese punctuation stays.
    assert fold_width("（一）、，。：；！？") == "（一）、，。：；！？"


def test_strip_invisible() -> None:
    assert strip_invisible("\ufeff政\u200b务\u00ad公\x00开\x1b\x9f") == "政务公开"
    assert strip_invisible("a\tb\nc\r\nd\re") == "a\tb\nc\nd\ne"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021 年 11 月 20 日", "2021年11月20日"),
        ("政务 公 开 工作", "政务公开工作"),
        ("（ 三）", "（三）"),
        ("( 一）", "(一）"),
        ("open   data", "open data"),
        ("10 20", "10 20"),
        ("使用 Excel 表格", "使用 Excel 表格"),
        ("政务\t公开", "政务公开"),
        ("政务\n公开", "政务\n公开"),
        ("第 3 条", "第3条"),
    ],
)
def test_collapse_spaces(text: str, expected: str) -> None:
    assert collapse_spaces(text) == expected


def test_collapse_spaces_lines() -> None:
    assert collapse_spaces("办公室、各单位\n\n办理", lines=True) == "办公室、各单位办理"
    assert collapse_spaces("a\nb", lines=True) == "a\nb"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("市政府辦公室牽頭,市直各部門", "市政府办公室牵头，市直各部门"),
        ("各县(市、区)人民政府", "各县（市、区）人民政府"),
        ("各县〔市、区〕", "各县[市、区]"),
        ("【2021】", "〔2021〕"),
        ("“放管服”", "「放管服」"),
        ("A;B:C", "A；B：C"),
        ("政务 公 开\n工作", "政务公开工作"),
        ("\ufeff２０２１年", "2021年"),
        ("一——二", "一--二"),
    ],
)
def test_normalize_equates(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_normalize_keeps_differences() -> None:
    assert normalize("办公室牵头") != normalize("办公室配合")
    assert normalize("open data") == "open data"
    assert normalize("10 20") != normalize("1020")
    assert normalize("辦公室", simplified=False) == "辦公室"


@given(texts)
def test_normalize_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert normalize(once, simplified=False) == once


@given(cjk_texts)
def test_normalize_idempotent_cjk(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert not any(ch.isspace() and ch != " " for ch in once)


@given(texts)
def test_helpers_never_raise(text: str) -> None:
    for f in (fold_width, strip_invisible, collapse_spaces, to_simplified):
        assert isinstance(f(text), str)
    assert collapse_spaces(collapse_spaces(text)) == collapse_spaces(text)
    assert isinstance(is_traditional(text), bool)
