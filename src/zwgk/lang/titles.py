"""Where a task's short title stops and its requirement starts, when a
table's two text cells ran together with nothing between them
(``规范养老服务信息发布公开养老机构名录…。``).

A title is a phrase without punctuation; the requirement after it is a
sentence.  Every place in the first clause where the one could stop and
the other start is a :class:`Boundary`, with the evidence the text gives
for it: how the requirement would open (a verb, a preposition, a unit as
its subject, a quotation or a figure, or any subject where the clause ends
on its predicate: ``…公开|市级部门预决算在批复后20日内公开``), how the title would close (not on
a function word or an open verb, not inside a word, on a word titles end
with), and whether the requirement says again what the title ends with
(``…事项目录|制定年度…事项目录``, ``…项目公开|公开重点项目…``), also the
noun before a verb the title closes on (``…预决算公开|…部门预决算…``).  Which
boundary a row takes is decided with what the other rows of the document
show (:func:`zwgk.assembly.fields.learn_titles`).
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from zwgk.lang.units import unit_end
from zwgk.lang.vocab import (
    OPEN_END,
    PREDICATE_ENDS,
    REQUIREMENT_VERBS,
    TITLE_ENDS,
    UNIT_LEVELS,
    UNIT_PREFIXES,
    WORDS_ENDING_LIKE_VERBS,
)

__all__ = ["Boundary", "title_boundaries"]

_CLAUSE_END: Final = re.compile(r"[，,。；;：:！？!?]")
# a date opens a clause (…公开|2021年底前…); a quantity is an object (公开|24小时抢修电话)
_DATE_AT: Final = re.compile(r"[0-9０-９]+\s*[年月]")
# ... and so does a preposition before a date (…规范化|在2021年8月底前…): a verb
# right before it has no object (…制度规范|在2021年…: the title's last word)
_DATED_PREP: Final = re.compile(r"[在于於]\s*[0-9０-９]+\s*[年月]")
_LONG_VERBS: Final = tuple(v for v in REQUIREMENT_VERBS if len(v) >= 2)
# The longest of them that starts at a place (the longest first: a match is the longest)
_LONG_VERB_AT: Final = re.compile(
    "|".join(re.escape(v) for v in sorted(set(_LONG_VERBS), key=len, reverse=True))
)
_LONGEST_VERB: Final = max(map(len, _LONG_VERBS))
# ... and the first of them, in their order, that starts at a place
_FIRST_VERB_AT: Final = re.compile("|".join(map(re.escape, _LONG_VERBS)))
_SHORT_VERBS: Final = tuple(v for v in REQUIREMENT_VERBS if len(v) == 1)
_WORDS_LIKE_VERBS: Final = frozenset(WORDS_ENDING_LIKE_VERBS)
# a requirement whose subject is a level's bodies (市级部门…, 县级各单位…)
_LEVEL_SUBJECT: Final = tuple(p + "级" for p in UNIT_LEVELS if len(p) == 1)
# a requirement whose subject is bodies of some kind and what they must do (政府部门要…,
# 基层政府应…, 政府信息公开工作主管部门要…): the subject ends in a body's word before a modal
_MODAL_SUBJECT: Final = re.compile(
    r"[^，。；,;、：:\s“”《》（）()]{0,10}?(?:部门|政府|单位|机关|机构|乡镇|街道|社区)"
    r"(?:要|应当|应|須|须|必须|需)"
)
_MIN_TITLE: Final = 4
_MIN_CLAUSE: Final = 4  # the requirement's first clause holds a verb and its object
_MAX_TITLE: Final = 48
_MAX_ECHO: Final = 8
_MIN_ECHO: Final = 3
_OPENS: Final = 1.5  # how well a requirement must open for the title's echo to count
_SUBJECT: Final = 1.5  # a requirement opening with its subject (its predicate closes the clause)
_SKIP: Final = 0.5  # what a title loses for every such place it goes past
# what makes a verb a noun or an adjective (规范化, 公开性, 透明度)
_NOUN_MAKERS: Final = ("化", "性", "度", "率")
# nouns a verb titles end with (公开, 发布, 解读) makes one noun with (公开专栏, 解读材料)
_COMPOUND_NOUNS: Final = (*TITLE_ENDS, "内容", "专区", "栏", "材料", "会", "指南", "范围")


@attrs.frozen
class Boundary:
    """A place where a title may stop (``at``), with the evidence for it."""

    at: int
    opens: float  # how well the text after it opens a requirement
    closes: float  # how well the text before it closes a title
    echo: int  # the longest end of the title the requirement says again (where it opens)
    skipped: int = 0  # places before it where a requirement opens well: the title goes past them

    @property
    def score(self) -> float:
        """The evidence of the text alone (without what other rows show)."""
        echo = 0.5 * min(self.echo, 6) if self.opens >= _OPENS else 0.0  # a word said again
        return self.opens + self.closes + echo - _SKIP * self.skipped


def _opens(text: str, k: int, predicate: str = "") -> float:
    """How well a requirement opens at ``k`` (``predicate``: the verb its first
    clause ends with, if any)."""
    if text[k : k + 2] == text[k + 2 : k + 4]:
        return -3.0  # a word said twice is the title's last word (…发布|发布…)
    if text[k - 2 : k] == text[k : k + 2]:
        return 2.0  # ... and the requirement's first (…项目公开|公开重点项目…)
    if _DATED_PREP.match(text, k) is not None:
        return 2.0
    found = _FIRST_VERB_AT.match(text, k)
    if found is not None and text.startswith(_NOUN_MAKERS, found.end()):
        return 0.0  # a verb made a noun (规范化, 公开性) opens no requirement
    if found is not None and _DATED_PREP.match(text, found.end()) is not None:
        return 0.5
    if found is not None:
        verb = found.group()
        # a verb titles end with (公开, 发布, 解读) right before a word that
        # opens a clause (a verb, a preposition, a date) closes the title
        after = k + len(verb)
        dated = _DATE_AT.match(text, after) is not None
        opener = text.startswith(REQUIREMENT_VERBS, after) or dated
        if verb in TITLE_ENDS and text.startswith(_COMPOUND_NOUNS, after):
            return 0.0  # the verb makes a noun with the noun after it (公开专栏, 解读材料)
        if verb in TITLE_ENDS and verb == predicate:
            return 0.5  # a clause opens and ends on one verb seldom: the first closes the title
        return 0.5 if verb in TITLE_ENDS and opener else 2.0
    if text.startswith(_LEVEL_SUBJECT, k) or text[k] in '“《"' or text[k].isdigit():
        return 2.0  # a level's bodies as the subject, a quotation, a date or a figure
    if text.startswith(UNIT_PREFIXES, k) and unit_end(text, k) is not None:
        return 1.5  # a unit as the subject (a level may also end a word: 专区)
    if _modal_subject(text, k):
        return 2.0
    if text.startswith(_SHORT_VERBS, k) and text[k - 1 : k + 1] not in _WORDS_LIKE_VERBS:
        return 1.5  # a preposition (在, 对, 将), not the end of a word (重要, 针对)
    return 0.0


_SHORTEST_SUBJECT: Final = 3  # (…公开|职责围绕…: a word before a verb is the title's)


def _modal_subject(text: str, k: int) -> bool:
    """Whether bodies that must do something stand at ``k`` as the requirement's
    subject (``政府部门要结合…``), no verb among the words that name them."""
    found = _MODAL_SUBJECT.match(text, k)
    if found is None or text.startswith(_NOUN_MAKERS, k):
        return False  # (化 of 规范化 ends the word before: no subject starts with it)
    return not any(_LONG_VERB_AT.match(text, j) for j in range(k, found.end() - 1))


def _subject_at(text: str, k: int) -> bool:
    """Whether a requirement's subject may start at ``k``: no noun the title
    ends with (公开专栏), and no requirement verb right after a word there
    (…信息公开职责|围绕…: 职责 is the title's last word)."""
    if text.startswith(_COMPOUND_NOUNS, k):
        return False
    return not any(_LONG_VERB_AT.match(text, j) for j in range(k + 1, k + _SHORTEST_SUBJECT))


def _inside_figure(text: str, k: int) -> bool:
    """Whether ``k`` falls inside a figure or a Latin word (12345, App)."""
    a, b = text[k - 1], text[k]
    return a.isascii() and b.isascii() and a.isalnum() and b.isalnum()


def _inside_quote(text: str, k: int) -> bool:
    """Whether ``k`` falls inside a quotation or a title in book marks opened before it."""
    before = text[:k]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


def _cuts_verb(text: str, k: int) -> bool:
    """Whether a boundary at ``k`` falls inside a long requirement verb."""
    for start in range(max(0, k - _LONGEST_VERB + 1), k):
        m = _LONG_VERB_AT.match(text, start)
        if m is not None and m.end() > k:
            return True
    return False


def _closes(text: str, k: int) -> float:
    title = text[:k]
    if OPEN_END.search(title):
        return -3.0
    inside = _cuts_verb(text, k)
    if inside and not title.endswith(TITLE_ENDS):
        return -2.0  # the boundary cuts a word (…标准化统|一公开…)
    # (a title ends on a word titles end with, or on a verb made a noun by 化:
    # …标准化规范化; 规范性 and 透明度 stand before their noun)
    return 1.0 if title.endswith((*TITLE_ENDS, "化")) else 0.0


def _echo(text: str, k: int) -> int:
    """The longest end of ``text[:k]`` (two characters or more) said again in
    the sentence after ``k``."""
    rest = text[k:].split("。", 1)[0]  # the requirement's first sentence
    best = _said_again(text, k, rest)
    close = next((w for w in PREDICATE_ENDS if text.endswith(w, 0, k)), None)
    if close is not None:  # …会议公开|…会议…: the noun before the title's closing verb
        best = max(best, _said_again(text, k - len(close), rest))
    if text[k - 2 : k] == text[k : k + 2]:
        return best + 4  # the same word on both sides (…项目公开|公开重点项目…): most telling
    return best if best >= _MIN_ECHO else 0  # two characters said again: chance


def _said_again(text: str, k: int, rest: str) -> int:
    """The longest end of ``text[:k]`` (two characters or more) found in ``rest``."""
    best = 0
    for n in range(2, min(k, _MAX_ECHO) + 1):
        if text[k - n : k] not in rest:
            break
        best = n
    return best


@functools.lru_cache(maxsize=4096)
def title_boundaries(text: str) -> tuple[Boundary, ...]:
    """Every place in the first clause of ``text`` where a title may stop and
    a requirement start (none where ``text`` is no sentence: a title alone).

    >>> bounds = title_boundaries("规范养老服务信息发布公开养老机构名录。")
    >>> max(bounds, key=lambda b: b.score).at
    10
    """
    if not text.rstrip().endswith(("。", "；", ";", "！", "？")):
        return ()
    clause = _CLAUSE_END.search(text)
    stop = min(clause.start() if clause is not None else len(text), _MAX_TITLE + _MIN_CLAUSE)
    predicate = text[:stop].endswith(PREDICATE_ENDS)
    verb = next((w for w in PREDICATE_ENDS if text[:stop].endswith(w)), "")
    bounds: list[Boundary] = []
    skipped = 0
    for k in range(_MIN_TITLE, stop - _MIN_CLAUSE + 1):
        if text[k - 1].isspace() or text[k - 1] in "“《（(" or _inside_figure(text, k):
            continue
        if _inside_quote(text, k):
            continue  # (a title does not stop inside a quotation: “双随机一公开”)
        opens, closes = _opens(text, k, verb), _closes(text, k)
        # (the same word on both sides, …信息公开|公开…, is the title's end past any place before)
        skipped_here = 0 if text[k - 2 : k] == text[k : k + 2] else skipped
        skipped += opens >= _OPENS and closes >= 0
        if predicate and opens == 0.0 and closes > 0 and _subject_at(text, k):
            opens = _SUBJECT  # a title's close, then a subject its clause's predicate ends
        bounds.append(Boundary(k, opens, closes, _echo(text, k), skipped_here))
    return tuple(bounds)
