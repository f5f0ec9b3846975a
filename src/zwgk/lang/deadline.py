"""Deadline expressions: ``2021年11月20日前``, ``每年至少听取1次``, ``及时更新`` …

Two readings of the same grammar:

* :func:`parse_deadline` reads a **deadline cell**, where the whole text is
  the expression.  Everything a plan writes there counts, ongoing words
  (``及时更新``, ``长期开展``) included.
* :func:`find_deadlines` / :func:`find_deadline` find deadlines **inside
  requirement text**, conservatively: dates (``于 2021 年 11 月 20 日前``),
  recurring obligations with a bound (``每年至少听取1次``,
  ``于每年的1月31日前``) and relative deadlines (``在本方案公布后10个工作日内``).
  Ongoing words in prose, a year alone, a document number or ``十四五``
  are no deadline there.

:func:`find_default_deadline` finds a plan-wide default stated in a closing
sentence (``上述任务除了有明确完成时限的以外，均要求在12月3日前完成``).

Text may be in Traditional script, use full-width digits, Chinese numerals
(``二〇二一年十月底前``) and spaces left by PDF extraction
(``于 2021 年 11 月 20 日前``); spans and ``raw`` always refer to the text as
written.

>>> parse_deadline("2021年底前").due
datetime.date(2021, 12, 31)
>>> parse_deadline("每年至少聽取1次").period
'year'
>>> [m.deadline.raw for m in find_deadlines("于 2021 年 11 月 20 日前完成目录编制。")]
['于 2021 年 11 月 20 日前']
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Final

import attrs

from zwgk._model import Deadline, DeadlineKind
from zwgk.lang._dltext import cn_int, make_date, month_end
from zwgk.lang._dltext import fold as _fold_text
from zwgk.lang.vocab import DEADLINE_GOES_ON, REQUIREMENT_VERBS

__all__ = [
    "HOW_OFTEN",
    "DeadlineMatch",
    "count_deadline",
    "deadline_cells",
    "find_deadline",
    "find_deadlines",
    "find_default_deadline",
    "heading_deadline",
    "is_count_cell",
    "is_unread_time_cell",
    "may_hold_deadline_cells",
    "parse_deadline",
]


#: The kinds of deadline that say how often a task is done, not by when
#: (``每季度``, ``及时更新``).
HOW_OFTEN: Final = frozenset({DeadlineKind.RECURRING, DeadlineKind.ONGOING})


@attrs.frozen
class DeadlineMatch:
    """A deadline found in running text: the deadline and its span.

    ``text[start:end] == deadline.raw`` for the text it was found in.
    """

    deadline: Deadline
    start: int
    end: int


# --------------------------------------------------------------------------
# The grammar (applied to folded text, which has the length of the original)

# A day said to count itself (``2024年3月31日（含）前``, ``活动前5日（含）``,
# ``7个工作日（含）内``): the mark changes no reading, so it is read as spaces
_INCLUSIVE: Final = re.compile(r"[（(]\s*含(?:当日|当天|本日|本数)?\s*[）)]")


def fold(text: str) -> str:
    """``text`` folded (widths, Traditional characters) with its marks of a
    day that counts itself blanked out; as long as ``text``."""
    folded = _fold_text(text)
    if "含" not in folded:
        return folded
    return _INCLUSIVE.sub(lambda m: " " * len(m.group()), folded)


_YNUM = r"(?:[12][0-9]{3}|[一二][〇一二三四五六七八九]{3})"
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = (
    r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?"
    r"|十[一二三四五六七八九]?|[一二三四五六七八九])"
)
_YW = r"(?:今|本|当|明|次)"
_NOT_NUM_BEFORE = r"(?<![0-9〇一二两三四五六七八九十])"


def _year_prefix(tag: str) -> str:
    return (
        rf"(?:(?:(?<![0-9])(?P<{tag}_y>{_YNUM})|(?P<{tag}_yw>{_YW}))"
        rf"\s*年\s*(?:度\s*)?)"
    )


_DATE_RE = re.compile(
    # Every date starts with one of these: fail fast everywhere else.
    r"(?=[0-9〇一二三四五六七八九十今本当明次第上下年Qq])(?:"
    + "|".join(
        [
            # 2021-07-05, 2021.7.5, 2021/7/5
            r"(?P<iso>(?<![0-9.])(?P<iso_y>[12][0-9]{3})\s*[-./]\s*(?P<iso_m>1[0-2]|0?[1-9])"
            r"\s*[-./]\s*(?P<iso_d>3[01]|[12][0-9]|0?[1-9])(?![0-9]))",
            # 20240331: the eight digits a form's date field writes, year 19xx or 20xx
            r"(?P<cd>(?<![0-9.])(?P<cd_y>(?:19|20)[0-9]{2})(?P<cd_m>1[0-2]|0[1-9])"
            r"(?P<cd_d>3[01]|[12][0-9]|0[1-9])(?![0-9]))",
            # 3.31前: a month and day parted by a dot, before 前 (the year the plan's)
            r"(?P<dm>(?<![0-9.])(?P<dm_m>1[0-2]|0?[1-9])\.(?P<dm_d>3[01]|[12][0-9]|0?[1-9])"
            r"(?![0-9.])(?=\s*(?:之|以)?前(?![后期置提沿列瞻往端])))",
            # (2021年)11月(20日|底|下旬)
            rf"(?P<md>{_year_prefix('md')}?{_NOT_NUM_BEFORE}(?P<md_m>{_MON})\s*月(?!度)"
            rf"\s*(?:份\s*)?(?:(?P<md_d>{_DAY})\s*[日号](?!报)"
            r"|(?P<md_p>底|末|上旬|中旬|下旬|初|中(?!心|央|国|旬)))?)",
            # (2021年)第三季度(末); (2024年|2024)Q3, the quarter as a finance office writes it
            rf"(?P<q>(?:{_year_prefix('q')}|(?<![0-9])(?P<q_yq>{_YNUM})\s*(?=[Qq][1-4]))?"
            rf"(?:(?P<q_n>第\s*[一二三四1-4]|{_NOT_NUM_BEFORE}[一二三四1-4])\s*季\s*度"
            r"|(?<![A-Za-z])[Qq](?P<q_q>[1-4])(?![0-9A-Za-z]))\s*(?P<q_p>末|底)?)",
            # (2021年)上半年 / 下半年
            rf"(?P<h>{_year_prefix('h')}?(?P<h_p>上半年|下半年)(?:\s*度)?)",
            # 2018年前: before that year, so the end of the year before
            rf"(?P<yb>(?<![0-9])(?P<yb_y>{_YNUM})\s*年\s*(?:之|以)?前"
            r"(?![后期置提沿列瞻往端0-9〇一二两三四五六七八九十]))",
            # 2021年底, 今年内, 年底; a year named and its whole year (2024年全年)
            rf"(?P<ye>(?:(?<![0-9])(?P<ye_y>{_YNUM})\s*|(?P<ye_yw>{_YW})\s*"
            r"|(?<![0-9〇一二两三四五六七八九十半全几数每\s]))年\s*(?:度\s*)?"
            r"(?P<ye_p>底|末|内(?![部容外涵需])|(?<=年)全年(?=完成|[^\u4e00-\u9fff]|$))(?:\s*之?前)?)",
        ]
    )
    + ")"
)

# A year alone (a deadline cell that says only ``2021年``).
_YEAR_ONLY_RE = re.compile(
    rf"\A\s*(?:截至|截止|到|至|于|在)?\s*(?P<y>{_YNUM})\s*年\s*度?\s*(?:内|底前)?\s*\Z"
)

# Before a date: a preposition that makes it a deadline.
_PREP_BEFORE_RE = re.compile(r"(?:分别\s*)?(?:在|于|截至|截止到?|到|至)\s*\Z")
# After a date: a deadline suffix.
_SUFFIX_RE = re.compile(r"\s*(?:之前|以前|前(?![后期置提沿列瞻往端])|为止|止)")
# After a month with no day: the time before it (8月前, 8月之前).
_BEFORE_MONTH_RE = re.compile(r"\s*(?:之前|以前|前(?![后期置提沿列瞻往端]))")
# After a date: it is an event, not a deadline.
_EVENT_AFTER_RE = re.compile(
    r"\s*(?:起|开始|以来|至今|印发|发布|公布|施行|实施|召开|举行|成立|前后)"
)
# Between two dates of one expression.
_AND_GAP_RE = re.compile(
    r"\s*(?:前|之前|以前)?\s*(?:和|及|与|、|或|以及)\s*(?:分别\s*)?(?:于|在)?\s*\Z"
)
_RANGE_GAP_RE = re.compile(r"\s*(?:至|到|-|—|–|~|－)\s*\Z")

_PERIOD_WORD = (
    r"(?:(?:一|两|二|三|[0-9])\s*)?(?:个\s*)?"
    r"(?P<per>半\s*年|学期|學期|学年|學年|年|季|月|周|星期|旬|天|日|工作日)"
)
_PER_RE = re.compile(r"每\s*" + _PERIOD_WORD + r"\s*度?")
# 每年 right before a date: ``每年1月31日前``, ``于每年的 1 月 31日前``, ``每年底前``.
_PER_BEFORE_RE = re.compile(r"(?:(?:在|于)\s*)?每\s*" + _PERIOD_WORD + r"\s*度?\s*(?:的\s*)?\Z")
_COUNT = r"(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})"
_BOUND_WORDS = r"(?:至少|不少于|不低于|最少|不得少于|原则上不少于|原则上至少)"
_UNITS = r"(?:次|条|篇|期|场|批|回|份|项|件|轮|个)"
# A recurring obligation with a bound: 每年至少听取 1次, 专栏每月至少更新2条信息
# (a count after 的 is what the task names: 每年公布水质最好和最差的10个城市).
_PER_BOUND_RE = re.compile(
    r"每\s*"
    + _PERIOD_WORD
    + r"\s*度?\s*(?:的\s*)?"
    + r"[^，。；,;：:！？!?、（）()\n“”0-9的]{0,10}?"
    + rf"(?:{_BOUND_WORDS}\s*)?{_NOT_NUM_BEFORE}{_COUNT}\s*{_UNITS}"
)
# ... and the year's quota written with 全年 and its bound: 全年发布报告不少于12期 (年内
# is the year's end: 年内组织不少于2次 is done by then).
_YEAR_BOUND_RE = re.compile(
    r"全年[^，。；,;：:！？!?、（）()\n“”0-9]{0,14}?"
    + rf"{_BOUND_WORDS}\s*{_NOT_NUM_BEFORE}{_COUNT}\s*{_UNITS}"
)
# A frequency governing a publishing verb: 按季度发布, 每日公开, 每月更新, 每季度应向社会公开,
# 按季度梳理发布.
# (每季度 before anything else, as in 结合每季度新闻发布会计划, is no obligation.)
_PER_VERB_RE = re.compile(
    r"(?:每|按)\s*" + _PERIOD_WORD + r"\s*度?\s*"
    r"(?:(?:应当?|要|须|需)\s*)?(?:(?:向社会|向公众|主动)\s*)?"  # 每季度应向社会公开
    r"(?:(?:梳理|整理)\s*)?"  # 按季度梳理发布
    r"(?:发布|公开|公布|更新|报送|上报|通报)"
)
# 每季度末, 每月底前
_PER_END_RE = re.compile(r"每\s*" + _PERIOD_WORD + r"\s*度?\s*(?:的\s*)?(?:末|底|初)(?:\s*之?前)?")
# 每月5日前, 每周一
_PER_DAY_RE = re.compile(
    rf"每\s*(?:个\s*)?(?:(?P<m>月)\s*(?:的\s*)?{_DAY}\s*[日号]|(?P<w>周|星期)\s*[一二三四五六日天])"
    r"(?:\s*(?:之前|以前|前(?![后期])))?"
)
# Cell-only recurrences: 按季度, 按月, 逐月, 一年一次.
_CELL_PER_RE = re.compile(
    r"[按逐]\s*(?P<per>年|季|月|周|星期|日|天)\s*度?"
    r"|(?P<per2>一年|半年|一季度|一个月|一周)\s*(?:至少)?\s*(?:一|1)\s*次"
)

# A relative deadline is read from its end: the amount of time (``10个工作日内``)
# first, then the event it counts from (``在本方案公布后``) just before it.
_RELATIVE_RE = re.compile(
    r"(?=[0-9一二两三四五六七八九十])"
    + _NOT_NUM_BEFORE
    + r"(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个\s*)?"
    r"(?P<u>工作日|自然日|小时|分钟|分鐘|日|天|周|星期|月|年)\s*(?:内|以内|之内)"
)
# what a deadline cell may say is done by then, after its time (…前24小时发布)
_DONE_BY_THEN: Final = "(?:" + "|".join(w for w in DEADLINE_GOES_ON if len(w) >= 2) + r")?\s*"
# A deadline cell counting from an event without 内 (``规划印发后20个工作日``,
# ``收到申请之日起20个工作日``): the whole cell is the time it allows.
_CELL_AFTER_EVENT_RE = re.compile(
    r"(?:后|起)\s*(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个\s*)?"
    r"(?:工作日|自然日|小时|分钟|分鐘|日|天|周|星期|月)\s*" + _DONE_BY_THEN + r"$"
)
# ... or counting back to one (``价格调整前3日``, ``停气前48小时``; not ``前3个月``,
# the first three months).
_CELL_BEFORE_EVENT_RE = re.compile(
    r"[^\s0-9]\s*前\s*(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个\s*)?"
    r"(?:工作日|自然日|小时|分钟|分鐘|日|天|周|星期)\s*" + _DONE_BY_THEN + r"$"
)
# ... or with the count before 前 (``开庭3日前``; not ``每月3日前``, a day of the month).
_CELL_COUNT_BEFORE_RE = re.compile(
    r"[^\s0-9月年号日]\s*(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个\s*)?"
    r"(?:工作日|自然日|小时|分钟|分鐘|日|天|周|星期)\s*(?:之前|以前|前)\s*" + _DONE_BY_THEN + r"$"
)
# A deadline counted back from an event: ``采购活动开始前30日``,
# ``会议召开前3个工作日``.  The event must end in a verb that starts or
# ends something, so ``前3个月`` (the first three months) is not one.
_BEFORE_RE = re.compile(
    r"(?P<ev>[^，。；,;：:、\s（）()“”]{1,12}?)\s*"
    r"(?:开始|召开|举行|举办|实施|施行|开展|启动|结束|截止|届满|到期|公布|发布|印发|出台)"
    r"\s*(?:之前|以前|前)\s*"
    + _NOT_NUM_BEFORE
    + r"(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个\s*)?"
    r"(?:工作日|自然日|小时|分钟|分鐘|日|天|周|星期|月)(?:内|以内|之内)?"
)
_RELATIVE_HEAD_RE = re.compile(
    r"(?:(?:在|于|自|从)\s*)?"
    r"(?:(?P<ev>[^，。；,;：:、\s（）()“”]{1,16}?)\s*(?:之日起|之日后|之日|以后|之后|后|起))?\s*\Z"
)
# A cell that points at the dates of a work's own schedule: 按招生工作时间节点.
_CELL_SCHEDULE_RE = re.compile(r"\A\s*(?:按照?|根据|依)\s*[^，。；,;]{0,12}?时间节点\s*\Z")
# A cell that points at periods set elsewhere: 按规定时限, 在法定期限内, 按要求时间, 法定时限内.
_STATUTORY_RE = re.compile(
    r"(?=[按依根在法规])(?:"  # (the characters it starts with: every other place passed at once)
    r"(?:按|依|按照|依照|依据|根据|在)\s*(?:有关|相关)?\s*(?:规定|法定|要求|上级要求)\s*的?\s*"
    r"(?:时限|期限|时间)|(?:按|按照|根据)\s*(?:时限|期限|时间)\s*要求"
    r"|(?:法定|规定)\s*的?\s*(?:时限|期限))"  # 法定时限内, with no 按 or 在 before
)
# A cell that points at a schedule set elsewhere: 按市统一安排完成, 按上级部署时限,
# 按省里统一要求完成 (not 按上级要求 or 按规定 alone: as required, no time).
_SCHEDULE_ELSEWHERE = (
    r"(?:按照|按|根据|依照|依)\s*[^，。；,;：:\s|｜]{0,10}?(?:统一)?\s*"
    r"(?:(?:安排|部署|时限|期限)\s*(?:完成|执行|落实|推进|开展|办理)?|(?:要求|规定)\s*(?:完成|时限))"
)
_SCHEDULE_ELSEWHERE_RE = re.compile(r"\A\s*" + _SCHEDULE_ELSEWHERE + r"\s*\Z")
_EVENT_START_RE = re.compile(r"在|于|自|从|收到|接到|印发|公布|发布|出台")

# (根据工作进度, 根据农时, 项目实施期间: as the work or the seasons go, not by a date;
# 动态 as the way a thing is done, 动态更新, not the news a noun has, 工作动态)
# (behind the characters its words start with: a search passes every other place at once)
_ONGOING_FIRST: Final = "及长不定持常全日实动随经适即跟期按根依"
_ONGOING_RE = re.compile(
    rf"(?=[{_ONGOING_FIRST}])(?:"
    r"及时|长期|不定期|定期|持续|常态|全年|日常|实时|(?<![\u4e00-\u9fff])动态|动态(?=[更调管维监跟公发])"
    r"|随时|经常|长效|适时|即时|跟踪|长年|按需"
    r"|常年|期间|(?:按|按照|根据|依据)(?:(?:工作|项目)?进度|农时))"
)

_PERIODS = {
    "年": "year",
    "半年": "half-year",
    "学期": "half-year",  # a school term
    "學期": "half-year",
    "学年": "year",  # a school year
    "學年": "year",
    "季": "quarter",
    "月": "month",
    "旬": "month",
    "周": "week",
    "星期": "week",
    "天": "day",
    "日": "day",
    "工作日": "day",
}


def _period(word: str) -> str:
    return _PERIODS[re.sub(r"\s+", "", word)]


# --------------------------------------------------------------------------
# Dates


@attrs.frozen
class _DateHit:
    start: int
    end: int
    year: int | None
    """The year as written (None when the text leaves it to the plan)."""
    explicit_year: bool
    month: int | None
    day: int | None
    part: str | None
    """底, 末, 上旬 …, Q1-Q4, H1/H2, Y (year end), B (before the month: 8月前)."""
    strong: bool
    """Ends in 底/末/内 and reads as a deadline without a preposition."""


def _year_of(m: re.Match[str], tag: str, year: int | None) -> tuple[int | None, bool]:
    y = m.group(f"{tag}_y")
    if y is not None:
        return cn_int(y), True
    try:
        yw = m.group(f"{tag}_yw")
    except IndexError:
        yw = None
    if yw is not None:
        if year is None:
            return None, False
        return (year + 1 if yw in "明次" else year), False
    return year, False


# Every date has one of these; dates are looked for only around them.
_DATE_ANCHOR_RE = re.compile(
    r"(?=[年月季0-9Qq])(?:"  # (the characters it starts with: every other place passed at once)
    r"[年月季]|[0-9]\s*[-./]\s*[0-9]|(?<![A-Za-z])[Qq][1-4](?![0-9A-Za-z])"
    r"|(?<![0-9])(?:19|20)[0-9]{2}[01][0-9][0-3][0-9](?![0-9]))"
)
_WINDOW_BEFORE = 16
_WINDOW_AFTER = 24


def _date_matches(norm: str) -> Iterator[re.Match[str]]:
    segments: list[list[int]] = []
    for a in _DATE_ANCHOR_RE.finditer(norm):
        lo, hi = max(0, a.start() - _WINDOW_BEFORE), min(len(norm), a.end() + _WINDOW_AFTER)
        if segments and lo <= segments[-1][1]:
            segments[-1][1] = hi
        else:
            segments.append([lo, hi])
    last_end = 0
    for lo, hi in segments:
        for m in _DATE_RE.finditer(norm, max(lo, last_end), hi):
            last_end = m.end()
            yield m


def _date_hits(norm: str, year: int | None) -> Iterator[_DateHit]:
    for m in _date_matches(norm):
        numeric = "iso" if m.group("iso") is not None else "cd"
        if m.group("dm") is not None:
            m_, d_ = int(m.group("dm_m")), int(m.group("dm_d"))
            yield _DateHit(m.start(), m.end(), year, False, m_, d_, None, False)
        elif m.group(numeric) is not None:
            yield _DateHit(
                m.start(),
                m.end(),
                int(m.group(f"{numeric}_y")),
                True,
                int(m.group(f"{numeric}_m")),
                int(m.group(f"{numeric}_d")),
                None,
                False,
            )
        elif m.group("md") is not None:
            y, explicit = _year_of(m, "md", year)
            d = m.group("md_d")
            part = m.group("md_p")
            if d is None and part is None and _BEFORE_MONTH_RE.match(norm, m.end()):
                part = "B"  # 8月前: before the month begins (as 2018年前 is)
            yield _DateHit(
                m.start(),
                m.end(),
                y,
                explicit,
                cn_int(m.group("md_m")),
                cn_int(d) if d is not None else None,
                part,
                part in ("底", "末"),
            )
        elif m.group("q") is not None:
            y, explicit = _year_of(m, "q", year)
            if m.group("q_yq") is not None:
                y, explicit = cn_int(m.group("q_yq")), True
            q = m.group("q_q") or re.sub(r"[第\s]", "", m.group("q_n"))
            n = cn_int(q) or 1
            yield _DateHit(
                m.start(), m.end(), y, explicit, None, None, f"Q{n}", m.group("q_p") is not None
            )
        elif m.group("h") is not None:
            y, explicit = _year_of(m, "h", year)
            part = "H1" if m.group("h_p") == "上半年" else "H2"
            yield _DateHit(m.start(), m.end(), y, explicit, None, None, part, False)
        elif m.group("yb") is not None:
            before = cn_int(m.group("yb_y"))
            y = before - 1 if before is not None else None
            yield _DateHit(m.start(), m.end(), y, True, None, None, "Y", True)
        else:
            y, explicit = _year_of(m, "ye", year)
            yield _DateHit(m.start(), m.end(), y, explicit, None, None, "Y", True)


def _resolve(hit: _DateHit, year: int | None) -> dt.date | None:
    y = hit.year if hit.year is not None else year
    if y is None or not 1 <= y <= 9999:
        return None
    part = hit.part
    if part == "Y" or part == "H2":
        return dt.date(y, 12, 31)
    if part == "H1":
        return dt.date(y, 6, 30)
    if part is not None and part.startswith("Q"):
        q = int(part[1:])
        return month_end(y, 3 * q) if 1 <= q <= 4 else None
    if hit.month is None:
        return None
    if part == "B":
        return month_end(y, hit.month - 1) if hit.month > 1 else dt.date(y - 1, 12, 31)
    if hit.day is not None:
        return make_date(y, hit.month, hit.day)
    day = {"上旬": 10, "中旬": 20, "初": 10, "中": 15}.get(part or "")
    return make_date(y, hit.month, day)


def _plausible_year(hit: _DateHit) -> bool:
    return hit.year is None or not hit.explicit_year or 1950 <= hit.year <= 2200


# --------------------------------------------------------------------------
# Candidates in running text


@attrs.frozen
class _Cand:
    start: int
    end: int
    kind: DeadlineKind
    dates: tuple[dt.date | None, ...] = ()
    period: str | None = None
    due_is_last: bool = False


def _group_dates(norm: str, hits: list[_DateHit]) -> list[list[_DateHit]]:
    """Join dates of one expression (``A和B``, ``A至B``) into groups."""
    groups: list[list[_DateHit]] = []
    for hit in hits:
        if groups:
            prev = groups[-1][-1]
            gap = norm[prev.end : hit.start]
            if _AND_GAP_RE.match(gap) or _RANGE_GAP_RE.match(gap):
                groups[-1].append(hit)
                continue
        groups.append([hit])
    return groups


def _inherit_years(group: list[_DateHit], year: int | None) -> list[dt.date | None]:
    out: list[dt.date | None] = []
    current = year
    for hit in group:
        if hit.explicit_year and hit.year is not None:
            current = hit.year
        out.append(_resolve(hit, current if not hit.explicit_year else hit.year))
    return out


def _is_range(norm: str, group: list[_DateHit]) -> bool:
    return len(group) == 2 and bool(_RANGE_GAP_RE.match(norm[group[0].end : group[1].start]))


# A date whose month or day a mirror masked (``2023年□月底前``, ``5月*日前``):
# a date, its day unknown.
_MASK = r"[□■*×]{1,2}"
_MASKED_DATE_RE = re.compile(
    rf"(?:[0-9]{{4}}\s*年\s*)?(?:{_MASK}\s*月\s*(?:{_MASK}\s*[日号]|[0-9]{{1,2}}\s*[日号]|底|末|"
    rf"上旬|中旬|下旬)?|[0-9]{{1,2}}\s*月\s*{_MASK}\s*[日号])\s*(?:之前|以前|前)"
)


def _masked_dates(norm: str) -> list[_Cand]:
    if "月" not in norm:
        return []
    return [
        _Cand(m.start(), m.end(), DeadlineKind.DATE, (None,))
        for m in _MASKED_DATE_RE.finditer(norm)
    ]


def _date_candidates(norm: str, year: int | None, *, cell: bool) -> list[_Cand]:
    if _DATE_ANCHOR_RE.search(norm) is None:
        return []  # (no date, a masked one's 月 too, stands away from an anchor)
    hits = [h for h in _date_hits(norm, year) if _plausible_year(h)]
    cands: list[_Cand] = _masked_dates(norm)
    for group in _group_dates(norm, hits):
        first, last = group[0], group[-1]
        start, end = first.start, last.end
        per = _PER_BEFORE_RE.search(norm, max(0, start - 12), start)
        if per is not None and not first.explicit_year:
            suffix = _SUFFIX_RE.match(norm, end)
            if suffix is not None:
                end = suffix.end()
            cands.append(
                _Cand(per.start(), end, DeadlineKind.RECURRING, period=_period(per.group("per")))
            )
            continue
        before = _PREP_BEFORE_RE.search(norm, max(0, start - 8), start)
        suffix = _SUFFIX_RE.match(norm, end)
        if not cell:
            deadline_like = (
                suffix is not None
                or last.strong
                or (before is not None and not _EVENT_AFTER_RE.match(norm, end))
            )
            if not deadline_like:
                continue
        if suffix is not None:
            end = suffix.end()
        if before is not None:
            start = before.start()
        dates = _inherit_years(group, year)
        cands.append(
            _Cand(start, end, DeadlineKind.DATE, tuple(dates), due_is_last=_is_range(norm, group))
        )
    return cands


# A holiday named as the limit (元旦前, 国庆节前, 春节前): the day before a
# holiday of the calendar is known (元旦: the year's last day, as a plan's
# year ends with it); one of the lunar calendar is a date not known here.
_HOLIDAY_RE = re.compile(
    r"(?=[在于元春清五劳勞端中国國])"  # (the characters it starts with)
    r"(?:(?:在|于)\s*)?(?P<h>元旦|春节|春節|清明节?|清明節|五一|劳动节|勞動節|端午节?|端午節"
    r"|中秋节?|中秋節|国庆节?|國慶節?)\s*(?:节日?)?\s*(?:之前|以前|前)(?![后期置提沿列瞻往端])(?!\s*[0-9一二三四五六七八九十])"
)
_HOLIDAY_EVE: Final = {
    "元": (12, 31),
    "五": (4, 30),
    "劳": (4, 30),
    "勞": (4, 30),
    "国": (9, 30),
    "國": (9, 30),
}


def _holiday_candidates(norm: str, year: int | None) -> list[_Cand]:
    cands = []
    for m in _HOLIDAY_RE.finditer(norm):
        eve = _HOLIDAY_EVE.get(m["h"][0])
        due = dt.date(year, *eve) if eve is not None and year is not None else None
        cands.append(_Cand(m.start(), m.end(), DeadlineKind.DATE, (due,)))
    return cands


def _paren_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start:end`` to a short parenthetical that holds only it."""
    left = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    if left < 0 or start - left > 8:
        return start, end
    right_candidates = [i for i in (text.find("）", end), text.find(")", end)) if i >= 0]
    if not right_candidates:
        return start, end
    right = min(right_candidates)
    if right - end > 8:
        return start, end
    inside = text[left + 1 : right]
    if re.search(r"[，。；,;：:（）()]", inside):
        return start, end
    s, e = left + 1, right
    while s < e and inside[s - left - 1].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _recurring_candidates(text: str, norm: str) -> list[_Cand]:
    cands: list[_Cand] = []
    if "全年" in norm:
        for m in _YEAR_BOUND_RE.finditer(norm):
            cands.append(_Cand(m.start(), m.end(), DeadlineKind.RECURRING, period="year"))
    if "每" not in norm and "按" not in norm:
        return cands  # every recurrence below is led by 每 or 按
    for m in _PER_BOUND_RE.finditer(norm):
        s, e = _paren_extent(text, m.start(), m.end())
        cands.append(_Cand(s, e, DeadlineKind.RECURRING, period=_period(m.group("per"))))
    for m in _PER_VERB_RE.finditer(norm):
        cands.append(
            _Cand(m.start(), m.end(), DeadlineKind.RECURRING, period=_period(m.group("per")))
        )
    for m in _PER_DAY_RE.finditer(norm):
        period = "month" if m.group("m") else "week"
        cands.append(_Cand(m.start(), m.end(), DeadlineKind.RECURRING, period=period))
    for m in _PER_END_RE.finditer(norm):
        cands.append(
            _Cand(m.start(), m.end(), DeadlineKind.RECURRING, period=_period(m.group("per")))
        )
    return cands


# a number glued to the event a deadline counts from, no part of a date or a
# quantity (``8批复后20日内``: a row's number run into its deadline cell)
_GLUED_NUMBER = re.compile(r"[0-9]{1,3}(?=[\u4e00-\u9fff])(?![年月日号時时个個周天小次])")
# ... or a 年度 cell's bare year, glued to it inside the cells run together
# (``第一检察部2024作出决定后7个工作日内``)
_GLUED_YEAR_CELL = re.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}(?=[\u4e00-\u9fff])(?![年月日号時时个個周天小次季])"
)


def _past_glued_number(norm: str, start: int, end: int) -> int:
    """``start``, or past a row's number glued to the event there, or past
    the last bare year glued to the event before ``end``."""
    years = list(_GLUED_YEAR_CELL.finditer(norm, start, end))
    if years:
        return years[-1].end()
    m = _GLUED_NUMBER.match(norm, start)
    return m.end() if m is not None else start


def _relative_candidates(norm: str) -> list[_Cand]:
    cands: list[_Cand] = []
    last_end = 0
    if "内" not in norm and "前" not in norm:
        return cands  # every relative deadline ends in 内 or counts back with 前
    for m in _RELATIVE_RE.finditer(norm):
        head = _RELATIVE_HEAD_RE.search(norm, max(last_end, m.start() - 24), m.start())
        start = m.start()
        if head is not None and head.start() < start:
            start = head.start()
            if head.group("ev") is not None and norm[start] not in "在于自从":
                anchor = _EVENT_START_RE.search(norm, head.start("ev"), head.end("ev"))
                if anchor is not None:
                    start = anchor.start()
            start = _past_glued_number(norm, start, m.start())
        cands.append(_Cand(start, m.end(), DeadlineKind.RELATIVE))
        last_end = m.end()
    for m in _BEFORE_RE.finditer(norm):
        start = m.start()
        anchor = _EVENT_START_RE.search(norm, m.start("ev"), m.end("ev"))
        if anchor is not None and norm[anchor.start()] in "在于自从":
            start = anchor.start()
        cands.append(_Cand(start, m.end(), DeadlineKind.RELATIVE))
    return cands


def _pick(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, leftmost first, the longest at one place."""
    chosen: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (c.start, -c.end)):
        if chosen and cand.start < chosen[-1].end:
            continue
        chosen.append(cand)
    return chosen


def _to_deadline(raw: str, cand: _Cand) -> Deadline:
    if cand.kind is DeadlineKind.DATE:
        known = tuple(d for d in cand.dates if d is not None)
        first = cand.dates[-1] if cand.due_is_last else (cand.dates[0] if cand.dates else None)
        return Deadline(raw, DeadlineKind.DATE, due=first, dates=known)
    return Deadline(raw, cand.kind, period=cand.period)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_deadlines(text: str, year: int | None = None) -> list[DeadlineMatch]:
    """The deadlines stated inside requirement text, in order.

    Only dates, recurring obligations with a bound and relative deadlines
    count; ``raw`` is the span as written, with its preposition and its
    ``前``/``底前``.  ``year`` is the plan's year, for dates that leave it
    out (``8月底前``).

    >>> ms = find_deadlines("市直有关部门需分别于2021年11月20日前和2021年12月10日前完成目录编制。")
    >>> ms[0].deadline.raw, ms[0].deadline.due, len(ms[0].deadline.dates)
    ('分别于2021年11月20日前和2021年12月10日前', datetime.date(2021, 11, 20), 2)
    >>> find_deadlines("及时更新本系统实施的行政法规文本。")
    []
    """
    return _find_deadlines(text, fold(text), year) if text else []


def _find_deadlines(text: str, norm: str, year: int | None) -> list[DeadlineMatch]:
    """:func:`find_deadlines` of ``text``, folded as ``norm``."""
    cands = _date_candidates(norm, year, cell=False)
    cands += _holiday_candidates(norm, year) if "前" in norm else []
    cands += _recurring_candidates(text, norm)
    cands += _relative_candidates(norm)
    out: list[DeadlineMatch] = []
    for cand in _pick(cands):
        start, end = _strip_span(text, cand.start, cand.end)
        if start >= end:
            continue
        out.append(DeadlineMatch(_to_deadline(text[start:end], cand), start, end))
    return out


# A cell that dates each period's work in the period after it (``次月10日前``,
# ``次季度首月15日前``: every month's or quarter's report is due in the next):
# recurring, not one date (``次年1月底前`` names the year after the plan's)
_NEXT_PERIOD_CELL: Final = re.compile(
    r"\s*(?:于|在)?\s*(?:次|下一?个?)\s*(?P<per>季|月|周|学期|學期)\s*度?"
    r"\s*(?:首月|初|末|底|[0-9一二三四五六七八九十]{1,3}\s*[月日号])"
)
_DATED = re.compile(r"[年月日内时天周底前后]")
# a word of going on and the verb a cell completes it with (长期坚持, 持续推进, 及时更新,
# 常态化开展)
_ONGOING_CELL_RE = re.compile(
    # (全年工作: the year's work, as a cell says it goes on all year)
    "全年工作|(?:" + _ONGOING_RE.pattern + ")化?(?:坚持|推进|更新|开展|落实|执行|公开)?"
)
# (run together with the row's cells, such a cell ends the row: nothing after it on its line)
_SCHEDULE_CELL_RE = re.compile(_SCHEDULE_ELSEWHERE + r"(?=\s*(?:$|\n|[|｜]))")
# a count back from an event a cell names (试鸣前5日), with the event's last
# words (its first are not told from the cells before them)
# (or with the count before 前, 开庭3日前, where no month or year names a day)
_COUNT_BACK = re.compile(
    r"[^\s0-9，。；,;：:、（）()]{1,4}前\s*(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个\s*)?"
    r"(?:工作日|自然日|小时|分钟|分鐘|日|天)(?:内|以内)?"
    r"|[^\s0-9，。；,;：:、（）()月年号日]{1,4}(?<![月年号日])(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})"
    r"\s*(?:个\s*)?(?:工作日|自然日|小时|分钟|分鐘|日|天)\s*(?:之前|以前|前)"
)
# a period set elsewhere, as a cell holds it (法定时限内, 按规定时限)
_STATUTORY_CELL_RE = re.compile(r"(?:" + _STATUTORY_RE.pattern + r")(?:内|以内|之内)?")
_PERIOD_CELL_RE = re.compile(
    r"(?=[每按逐一半])(?:每\s*"
    + _PERIOD_WORD.replace("?P<per>", "")
    + r"\s*度?|"
    + _CELL_PER_RE.pattern
    + ")"
    r"(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:底前|前|底)?)?"
)


# (the class of first characters first: most places fail it at once)
_CELL_HINT = re.compile(
    rf"(?=[{_ONGOING_FIRST}每年月内时天周底前后])"
    r"(?:" + _ONGOING_RE.pattern + r"|[每按年月日内时天周底前后])"
)


def may_hold_deadline_cells(text: str, least: int = 1) -> bool:
    """Whether ``text`` holds at least ``least`` words a deadline cell is made
    of (a cheap question asked before :func:`deadline_cells`: false where it
    cannot hold that many).

    >>> may_hold_deadline_cells("省发改委及时发布权威信息", 2)
    False
    """
    for found, _ in enumerate(_CELL_HINT.finditer(text), start=1):
        if found >= least:
            return True
    return least <= 0


# a season or a period a frequency holds in (汛期, 防火期内, 活动期间), right before it
_SEASON = re.compile(r"[\u4e00-\u9fff]{1,3}期(?:内|间|間)?$")
_SEASON_REACH = 6


# a quarter a cell names alone (第一季度, 三季度末: a date in the plan's year)
_QUARTER_CELL_RE = re.compile(r"第?[一二三四1-4]季度(?:末|底)?(?:之?前)?")


# the cells run together that point elsewhere, count back or name a quarter,
# each with the words one of which every such cell holds (none: looked for in
# every text)
_CELL_PATTERNS = (
    (_SCHEDULE_CELL_RE, ()),
    (_STATUTORY_CELL_RE, ("时", "期")),
    (_COUNT_BACK, ("前",)),
    (_QUARTER_CELL_RE, ("季度",)),
)


def _after_season(norm: str, a: int) -> int:
    """Where a cell of going on or of a period starting at ``a`` starts with
    the season it holds in before it (汛期每日: at 汛; its first words are not
    told from the cells before them)."""
    m = _SEASON.search(norm, max(0, a - _SEASON_REACH), a)
    return m.start() if m is not None else a


def _without_object_verb(norm: str, a: int, b: int) -> tuple[int, int]:
    """A cell's span less the verb that closes it where the verb has its
    object after it, no verb of its own (每半年|公开社会组织…, 及时|公开救灾资金…:
    the next row's requirement opens with the verb); as it is where nothing
    follows (每季度更新) or another verb does (长期坚持|公开…)."""
    if b >= len(norm) or not ("\u4e00" <= norm[b] <= "\u9fff"):
        return a, b
    if norm.startswith(_NEXT_VERBS, b):
        return a, b
    closing = _CELL_VERB.search(norm, a, b)
    if closing is None or closing.end() != b or closing.start() == a:
        return a, b
    return a, closing.start()


# the verbs a cell of going on or of a period closes with that rows open with
# most (及时公开, 按季度发布, 及时更新; not 长期坚持)
_CELL_VERB = re.compile(r"(?:公开|发布|公布|公示|更新)$")
_NEXT_VERBS = tuple(w for w in REQUIREMENT_VERBS if len(w) > 1)


# a 年度 cell's bare year run into a deadline cell that names a month (20243月底前)
_GLUED_YEAR: Final = re.compile(r"(?=[12])(?<![0-9])(?:19|20)[0-9]{2}(?=[0-9]{1,2}月)")


def _after_year_cells(norm: str, year: int | None) -> list[tuple[int, int]]:
    """The deadline cells that open right after a bare year glued to them
    (``2024|3月底前``: a 年度 cell run into the 完成时限 cell)."""
    spans: list[tuple[int, int]] = []
    if "月" not in norm:
        return spans  # (the month the cell names follows the year)
    for m in _GLUED_YEAR.finditer(norm):
        k = m.end()
        spans += [(k + a, k + b) for a, b in deadline_cells(norm[k:], year) if a == 0]
    return spans


def deadline_cells(text: str, year: int | None = None) -> list[tuple[int, int]]:
    """The spans of ``text`` a deadline cell may be, where a row's cells ran
    together (…气象局配合及时…, …办公室2022年6月底前…): the deadlines
    :func:`find_deadlines` finds, and the words of going on, of a period or of
    a period set elsewhere a cell holds alone (长期坚持, 每日, 每年3月, 按季度,
    法定时限内; 汛期每日 with the season it holds in), and a count back from an
    event with the event's last words (试鸣前5日), in order, none inside another.

    >>> text = "预警信号同步发布预报服务科牵头及时气候公报发布年度公报气象台2022年2月底前"
    >>> [text[a:b] for a, b in deadline_cells(text)]
    ['及时', '2022年2月底前']
    """
    norm = fold(text)
    spans: list[tuple[int, int]] = []
    if _DATED.search(norm) is not None:  # (a date or a time allowed names one of these)
        matches = _find_deadlines(text, norm, year)
        spans += [_without_object_verb(norm, m.start, m.end) for m in matches]
        spans += [(c.start, c.end) for c in _date_candidates(norm, year, cell=True)]  # 2021年12月
    for pattern in (_ONGOING_CELL_RE, _PERIOD_CELL_RE):  # (汛期|每日, 防火期内|及时: the season's)
        found = [(_after_season(norm, m.start()), m.end()) for m in pattern.finditer(norm)]
        spans += [_without_object_verb(norm, a, b) for a, b in found]
    for pattern, words in _CELL_PATTERNS:
        if not words or any(map(norm.__contains__, words)):  # (most texts hold none of them)
            spans += [(m.start(), m.end()) for m in pattern.finditer(norm)]
    spans += _after_year_cells(norm, year)
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda ab: (ab[0], -ab[1])):
        if out and a < out[-1][1]:
            if b > out[-1][1] and _COUNT_BACK.fullmatch(norm, a, b) is not None:
                # a count back across the span before it: one cell read in two
                # (每学期 and 学期开学前5日; the count back's first words are a guess)
                out[-1] = (out[-1][0], b)
            continue  # inside (or across) the span before it
        out.append((a, b))
    out = [(a, _past_rule(norm, b)) for a, b in out]
    staged = ("：" in norm or ":" in norm) and _STAGE_LABEL.search(norm) is not None
    return _staged(norm, out) if staged else out  # (a stage's label closes with its colon)


# a bracket closing a deadline cell that says how its day moves or counts
# (``（遇节假日顺延）``, ``（遇周末提前）``, ``（含）``): part of the cell
_DAY_RULE: Final = re.compile(
    r"\s*[（(][^（）()\n]{0,8}(?:节假日|节日|周末|休息日|顺延|提前|含|工作日)[^（）()\n]{0,8}[）)]"
)


def _past_rule(norm: str, end: int) -> int:
    """Where a deadline cell ending at ``end`` ends with the bracket of its
    day's rule after it."""
    m = _DAY_RULE.match(norm, end)
    return m.end() if m is not None else end


# a stage a deadline is given for (阶段：2023年3月底前；全年：2023年12月底前)
_LABEL_REACH = 6  # the longest stage label (第一阶段：)
_STAGE_LABEL = re.compile(
    r"(?:第[一二三四五1-5]阶段|阶段性|阶段|全年|年度|近期|中期|远期|年中|初步|全面)[：:]"
)


def _staged(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the deadlines of stages, each after its label, read as
    one cell: the label opens the span, and a stage's span after another's,
    a separator between them, goes on with it."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if _STAGE_LABEL.fullmatch(norm, a, b + 1) is not None:
            continue  # (a label's own words: 全年 of 全年：)
        labels = _STAGE_LABEL.finditer(norm, max(0, a - _LABEL_REACH), a)
        label = next((m for m in labels if m.end() == a), None)
        if label is None:
            out.append((a, b))
        elif out and norm[out[-1][1] : label.start()] in ("；", ";", "，", ",", "、"):
            out[-1] = (out[-1][0], b)
        else:
            out.append((label.start(), b))
    return out


def find_deadline(text: str, year: int | None = None) -> Deadline | None:
    """The deadline a task's text states (the first one), or None.

    For plans without a deadline column.

    >>> d = find_deadline("在2021年8月底前，对标准目录进行再梳理。", year=2021)
    >>> d.raw, d.kind.value, d.due
    ('在2021年8月底前', 'date', datetime.date(2021, 8, 31))
    >>> find_deadline("定期组织开展政府信息公开工作培训。") is None
    True
    """
    found = find_deadlines(text, year)
    return found[0].deadline if found else None


_TWO_TIMES: Final = re.compile(r"\s*[／/]\s*")


def _first_of_two(raw: str, year: int | None) -> Deadline | None:
    """The first of two times a cell names apart by a slash, where both
    read as deadlines (``长期坚持／2023年6月底前``, ``批复后20日内／2024年1月31日前``):
    the time named first is the task's, where their kinds differ; None for
    any other cell (two dates, a date written 2023/6/30)."""
    parts = _TWO_TIMES.split(raw)
    if len(parts) != 2 or not all(parts):
        return None
    first, second = (parse_deadline(p, year) for p in parts)
    if first is None or second is None or first.kind is second.kind:
        return None  # (two dates: the cell's dates, the first due)
    return first


def parse_deadline(text: str, year: int | None = None) -> Deadline | None:
    """Read a deadline cell: the whole text is the expression.

    Returns None for text that states no deadline.  ``raw`` is the cell text
    stripped.  Several dates give kind ``date`` with ``due`` the first and
    ``dates`` all of them; a year left out is taken from ``year`` (the
    plan's), else ``due`` stays None.

    >>> parse_deadline("8月底前", year=2021).due
    datetime.date(2021, 8, 31)
    >>> parse_deadline("年底前").due is None
    True
    >>> parse_deadline("及時更新").kind
    <DeadlineKind.ONGOING: 'ongoing'>
    >>> parse_deadline("在本方案公布后10个工作日内").kind
    <DeadlineKind.RELATIVE: 'relative'>
    >>> parse_deadline("请结合实际") is None
    True
    """
    raw = text.strip()
    if not raw:
        return None
    first = _first_of_two(raw, year)
    if first is not None:
        return attrs.evolve(first, raw=raw)
    norm = fold(raw)
    dated = _date_candidates(norm, year, cell=True)
    dated += _holiday_candidates(norm, year) if "前" in norm else []
    plain = [c for c in dated if c.kind is DeadlineKind.DATE]
    if plain and _NEXT_PERIOD_CELL.match(norm) is None:
        dates: list[dt.date | None] = []
        for c in plain:
            dates.extend(c.dates if not c.due_is_last else c.dates[-1:])
        known = tuple(d for d in dates if d is not None)
        return Deadline(raw, DeadlineKind.DATE, due=dates[0] if dates else None, dates=known)
    following = _NEXT_PERIOD_CELL.match(norm)
    if following is not None:
        return Deadline(raw, DeadlineKind.RECURRING, period=_period(following.group("per")))
    recurring = [c for c in dated if c.kind is DeadlineKind.RECURRING]
    if recurring:
        return Deadline(raw, DeadlineKind.RECURRING, period=recurring[0].period)
    per = _PER_RE.search(norm)
    if per is not None:
        return Deadline(raw, DeadlineKind.RECURRING, period=_period(per.group("per")))
    cell_per = _CELL_PER_RE.search(norm)
    if cell_per is not None:
        word = cell_per.group("per") or cell_per.group("per2")
        period = {
            "一年": "year",
            "半年": "half-year",
            "一季度": "quarter",
            "一个月": "month",
            "一周": "week",
        }.get(word) or _period(word)
        return Deadline(raw, DeadlineKind.RECURRING, period=period)
    relative = (
        _RELATIVE_RE,
        _BEFORE_RE,
        _STATUTORY_RE,
        _CELL_AFTER_EVENT_RE,
        _CELL_BEFORE_EVENT_RE,
        _CELL_COUNT_BEFORE_RE,
        _CELL_SCHEDULE_RE,
        _SCHEDULE_ELSEWHERE_RE,
    )
    if any(r.search(norm) is not None for r in relative):
        return Deadline(raw, DeadlineKind.RELATIVE)
    if _ONGOING_RE.search(norm) is not None:
        return Deadline(raw, DeadlineKind.ONGOING)
    only_year = _YEAR_ONLY_RE.match(norm)
    if only_year is not None:
        y = cn_int(only_year.group("y"))
        if y is not None and 1950 <= y <= 2200:
            due = dt.date(y, 12, 31)
            return Deadline(raw, DeadlineKind.DATE, due=due, dates=(due,))
    return None


# --------------------------------------------------------------------------
# A plan-wide default

_EXEMPT_RE = re.compile(
    # each branch starts with its own word, so that a search passes at once
    # every place where none of them stands
    "|".join(
        rf"{w}[^。；;]{{0,20}}?(?:时限|时间|期限|日期)" for w in ("未", "无", "没有", "除", "不")
    )
    + "|另有(?:规定|要求|明确|安排)"
)
_SENTENCE_RE = re.compile(r"[^。；;\n！!？?]+")


# the words a part's heading may close its time with (1月底前完成, 每季度更新)
_HEADING_TIME_ENDS: Final = tuple(w for w in DEADLINE_GOES_ON if len(w) >= 2)
_HOW_OFTEN_HEADING: Final = 4  # characters of a heading that says how often (每季度, 长期坚持)


@functools.lru_cache(maxsize=1024)
def heading_deadline(title: str, year: int | None = None) -> Deadline | None:
    """The deadline a part's heading gives its items, where the heading is a
    time and nothing else (a plan that groups its items by when they are
    due), without the word that may close it; else None.

    >>> heading_deadline("1月底前完成", 2024).raw, heading_deadline("每季度更新").raw
    ('1月底前', '每季度')
    >>> heading_deadline("长期坚持").kind, heading_deadline("加强政策解读")
    (<DeadlineKind.ONGOING: 'ongoing'>, None)
    """
    rest = title.strip()
    for word in _HEADING_TIME_ENDS:
        if rest.endswith(word) and len(rest) > len(word):
            rest = rest[: -len(word)]
            break
    found = find_deadlines(rest, year)
    if len(found) == 1 and (found[0].start, found[0].end) == (0, len(rest)):
        return found[0].deadline
    if len(rest) > _HOW_OFTEN_HEADING:
        return None
    deadline = parse_deadline(rest, year)
    return deadline if deadline is not None and deadline.kind in HOW_OFTEN else None


def find_default_deadline(text: str, year: int | None = None) -> Deadline | None:
    """A plan-wide default deadline stated in a closing sentence, or None.

    ``raw`` is the clause that states it, from the clause that names the
    exemption (``上述任务除了有明确完成时限的以外``) to the end of the clause
    with the date.

    >>> d = find_default_deadline(
    ...     "根据市府办要求，结合我局实际，上述任务除了有明确完成时限的以外，"
    ...     "均要求在12月3日前完成。", year=2021)
    >>> d.raw, d.due
    ('上述任务除了有明确完成时限的以外，均要求在12月3日前完成', datetime.date(2021, 12, 3))
    """
    if not text:
        return None
    norm = fold(text)
    if _EXEMPT_RE.search(norm) is None:
        return None  # no sentence names an exemption (most notices): one search says so
    for sentence in _SENTENCE_RE.finditer(norm):
        s0, s1 = sentence.span()
        exempt = _EXEMPT_RE.search(norm, s0, s1)
        if exempt is None:
            continue
        sub = norm[exempt.end() : s1]
        found = [c for c in _date_candidates(sub, year, cell=True) if c.kind is DeadlineKind.DATE]
        if not found:
            continue
        cand = found[0]
        clause_start = s0
        for i in range(exempt.start() - 1, s0 - 1, -1):
            if norm[i] in "，,：:":
                clause_start = i + 1
                break
        date_end = exempt.end() + cand.end
        clause_end = s1
        for i in range(date_end, s1):
            if norm[i] in "，,":
                clause_end = i
                break
        start, end = _strip_span(text, clause_start, clause_end)
        raw = text[start:end]
        known = tuple(d for d in cand.dates if d is not None)
        due = cand.dates[0] if cand.dates else None
        return Deadline(raw, DeadlineKind.DATE, due=due, dates=known)
    return None


# a few words closed by a word of time: an event or a season before or after
# which a task is done (汛前, 供暖期前, 开学后, 农忙期间)
_UNREAD_TIME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:前|后|後|期间|期間|期内|期內)")


def is_unread_time_cell(cell: str) -> bool:
    """Whether ``cell`` is a deadline cell of time the grammar cannot read (an
    event or a season it names no date of): a row's last cell, kept as the
    deadline as written.

    >>> is_unread_time_cell("汛前"), is_unread_time_cell("供暖期前"), is_unread_time_cell("办公室")
    (True, True, False)
    """
    cell = cell.strip()
    return _UNREAD_TIME.fullmatch(cell) is not None and parse_deadline(cell) is None


# a bare count in a limit column whose header names what it counts
# (公开时限（工作日）: 5, 20)
_COUNT_CELL: Final = re.compile(r"[0-9０-９]{1,3}")


def is_count_cell(cell: str) -> bool:
    """Whether ``cell`` is a bare count, a limit column's cell whose unit only
    the header names (``公开时限（工作日）``: ``5``, ``20``).

    >>> is_count_cell("5"), is_count_cell("20"), is_count_cell("2024"), is_count_cell("5日")
    (True, True, False, False)
    """
    return _COUNT_CELL.fullmatch(cell.strip()) is not None


def count_deadline(cell: str) -> Deadline | None:
    """The deadline a limit column's bare count states: counted from an event
    the header or the preamble names, ``relative`` with no date; None where
    ``cell`` is no bare count.

    >>> d = count_deadline("10")
    >>> d.kind.value, d.raw, d.due
    ('relative', '10', None)
    """
    return Deadline(cell.strip(), DeadlineKind.RELATIVE) if is_count_cell(cell) else None
