"""The character count that checks nothing of the input is lost."""

from __future__ import annotations

import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from zwgk._conserve import significant

# full-width forms and the ideographic space beside what composes with its
# neighbours under NFKC (combining marks, Hangul jamo, compatibility jamo)
_CHARS = st.sampled_from(
    [chr(c) for c in range(0xFF01, 0xFF5F)]
    + ["\u3000", "\u00a0", "\u0301", "\u0308", "e", "A", "ㄱ", "ㅏ", "\u1100", "\u1161", "①", "㈠"]
    + list("政务公开，。、（）《》1２*※△")
)


@given(st.text(_CHARS, max_size=40))
@settings(max_examples=300, deadline=None, database=None)
def test_significant_counts_the_nfkc_form(text: str) -> None:
    every = Counter(unicodedata.normalize("NFKC", text).casefold())
    expected = {ch: n for ch, n in every.items() if ch.isalnum()}
    assert significant(text) == Counter(expected)


@given(st.text(_CHARS | st.characters(), min_size=1000, max_size=3000))
@settings(max_examples=30, deadline=None, database=None)
def test_a_long_text_counts_as_a_short_one_does(text: str) -> None:
    """A long text's characters are counted another way (by sorting them): the same counts."""
    for marks in (False, True):
        assert significant(text, marks=marks) == _short_count(text, marks)


def _short_count(text: str, marks: bool) -> Counter[str]:
    every = Counter(unicodedata.normalize("NFKC", text).casefold())
    keep = {
        ch: n
        for ch, n in every.items()
        if ch.isalnum() or (marks and (ch in "*#※" or unicodedata.category(ch) == "So"))
    }
    return Counter(keep)


def test_significant_folds_full_width_forms() -> None:
    assert significant("ＡＢ１２（政务）") == Counter("ab12政务")


def test_a_bar_written_as_the_radical_丨_is_no_text() -> None:
    assert significant("1丨公开预算丨财政所") == Counter("1公开预算财政所")


def test_a_field_names_characters_stand_for_no_text_the_plan_lost() -> None:
    """The input's field names (责任单位：) are not counted; so they are not in
    what the plan holds either: a residue kept whole with its field name does
    not cover the 责任 of a heading written twice and read once."""
    from zwgk import Plan, Residue, Task
    from zwgk._conserve import keep_unplaced
    from zwgk.document import Block, Document

    lines = ["工作责任", "公开领导班子成员基本情况。", "工作责任", "责任单位：工作组"]
    document = Document(tuple(Block(line) for line in lines))
    plan = Plan(
        tasks=(Task(text="公开领导班子成员基本情况。", section=("工作责任",)),),
        residue=(Residue("责任单位：工作组", "field name"), Residue("工作", "page chrome")),
    )
    kept = keep_unplaced(document, plan)
    assert [r.text for r in kept.residue[2:]] == ["工作责任"]


def test_the_titles_line_is_the_titles_not_letters_another_line_takes() -> None:
    """A line before the title that holds the title's words (a notice's
    line copied in again), the plan holding the title and the rest of that
    line: the title's line is the title's, so the line before it, short of
    the title's words, is the one kept; what the plan holds then covers
    every line."""
    from zwgk import Plan, Residue
    from zwgk._conserve import _placed, keep_unplaced, significant
    from zwgk.document import Block, Document

    title = "某县政务公开任务分工"
    lines = [f"关于印发{title}的通知", title]
    document = Document(tuple(Block(line) for line in lines))
    plan = Plan(title=title, tasks=(), residue=(Residue("关于印发的通知", "notice"),))
    kept = keep_unplaced(document, plan)
    assert [r.text for r in kept.residue[1:]] == [lines[0]]
    assert not significant("".join(lines)) - significant("".join(_placed(kept)))


def test_a_title_line_written_twice_is_kept_once_and_counted_twice() -> None:
    """The title's line twice (a page that printed its heading again): one
    is the title's, the other kept in the residue; both count."""
    from zwgk import Plan
    from zwgk._conserve import REASON_UNPLACED, _placed, keep_unplaced, significant
    from zwgk.document import Block, Document

    title = "某县政务公开任务分工"
    document = Document((Block(title), Block(title)))
    kept = keep_unplaced(document, Plan(title=title, tasks=()))
    assert [(r.text, r.reason) for r in kept.residue] == [(title, REASON_UNPLACED)]
    assert not significant(title * 2) - significant("".join(_placed(kept)))
