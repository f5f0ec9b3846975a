"""Document metadata: 文号, dates, the plans a notice implements, title and issuer.

A plan usually comes wrapped in a notice (印发通知): a letterhead
(``江门市市场监督管理局文件``), the plan's own 文号, the notice title
(``关于印发…的通知``), a paragraph that says which plans it implements
(``根据《…》（江府办函〔2021〕129 号）的要求``), the signature and the signing
date, then the plan's own title right before its body.
:func:`extract_metadata` reads these from the lines before the body (and
the lines after it, for a closing default deadline); the ``find_*``
functions are the pieces it is made of.

Text may be in Traditional script and carry spaces left by PDF extraction;
returned titles and numbers are as written, with whitespace removed.

>>> find_doc_numbers("根据（江府办函〔2021〕129 号）和粵府辦〔2021〕17號")
['江府办函〔2021〕129号', '粵府辦〔2021〕17號']
>>> parse_date("二〇二一年六月二十九日")
datetime.date(2021, 6, 29)
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs

from zwgk._model import Deadline, PlanRef, _to_tuple
from zwgk.lang._dltext import cn_int, fold, make_date
from zwgk.lang.deadline import _DAY, _MON, _YNUM, find_default_deadline
from zwgk.lang.normalize import PINYIN_GLOSS, simplified_in_place
from zwgk.lang.vocab import (
    BULLET_MARKS,
    ORG_END,
    PAGE_FIELD_NAMES,
    PAGE_TOOL_FIELDS,
    PREAMBLE_START,
    TOOLBAR_WORD,
)

__all__ = [
    "Metadata",
    "doc_number_brackets",
    "extract_metadata",
    "find_dates",
    "find_doc_numbers",
    "find_parents",
    "parse_date",
    "unspaced_label",
]


@attrs.frozen
class Metadata:
    """What a plan's notice and header say about it.

    ``title`` is the plan's own title, ``issuer`` the issuing organisation,
    ``doc_number`` its 文号, ``date`` the signing date, ``year`` the plan's
    year, ``parents`` the plans it implements and ``default_deadline`` a
    plan-wide deadline for tasks without their own.
    """

    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    date: dt.date | None = None
    year: int | None = None
    parents: tuple[PlanRef, ...] = attrs.field(default=(), converter=_to_tuple)
    default_deadline: Deadline | None = None


_WS_RE = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return "".join(text.split())  # what \s matches, as squeeze drops it


# --------------------------------------------------------------------------
# 文号

_OPEN = "〔[【（(［﹝〖"
_CLOSE = "〕]】）)］﹞〗"
# What follows the organisation in a 文号: the year in brackets and the number
# (the closing bracket a lossy copy dropped too, 赣府厅字〔202130号: year 2021, number 30).
_DOC_TAIL = (
    rf"(?P<ob>[{re.escape(_OPEN)}])\s*(?P<y>(?:19|20)[0-9]{{2}})\s*(?P<cb>[{re.escape(_CLOSE)}])?\s*"
    r"(?:第\s*)?(?P<n>[0-9]{1,5})\s*号"
)
_ORG_MAX = 14
_DOC_RE = re.compile(rf"(?P<org>[\u4e00-\u9fff]{{1,{_ORG_MAX}}})\s*" + _DOC_TAIL)
_DOC_TAIL_RE = re.compile(_DOC_TAIL)
# Words that end up glued before a 文号 in running text.
_DOC_LEAD_RE = re.compile(
    r"^(?:.*?(?:根据|按照|依据|依照|贯彻|落实|印发|转发|文号|见|详见|参照|执行|和|及|与|的|即))+"
)
_ORG_CHARS_RE = re.compile(r"[\u4e00-\u9fff]")


def _doc_number_at(norm: str, pos: int) -> re.Match[str] | None:
    """The first 文号 in ``norm`` from ``pos`` on (as ``_DOC_RE.search``), looked
    for from the first place its organisation can start: at most 14 characters
    and the spaces before the first bracketed year from ``pos`` on (the org
    part backtracks at every Han character: a long text is not scanned whole)."""
    tail = _DOC_TAIL_RE.search(norm, pos)
    if tail is None:
        return None
    k = tail.start()
    while k > pos and norm[k - 1].isspace():
        k -= 1
    return _DOC_RE.search(norm, max(pos, k - _ORG_MAX))


def _doc_matches(text: str) -> Iterator[tuple[int, int, str]]:
    norm = fold(text)
    pos = 0
    while (m := _doc_number_at(norm, pos)) is not None:
        pos = m.end()
        start = m.start("org")
        org = m.group("org")
        lead = _DOC_LEAD_RE.match(org)
        if lead is not None and lead.end() < len(org) and not _opens_name(norm, start, lead):
            start += lead.end()
        if m.end() - start < 6:
            continue
        yield start, m.end(), _squeeze(text[start : m.end()])


def _opens_name(norm: str, start: int, lead: re.Match[str]) -> bool:
    """Whether a joining word glued before a 文号 is the first character of
    its issuer's short name (和平区's ``和政办发``): the 文号 opens its
    bracket, field or line, nothing before it for the word to join."""
    return lead.group() in _JOINERS and (start == 0 or norm[start - 1] in _OPENING_A_NUMBER)


_JOINERS = frozenset("和及与")
_OPENING_A_NUMBER = frozenset("（(【[〔「“：: \t\n\u3000")


def find_doc_numbers(text: str) -> list[str]:
    """The 文号 in ``text``, as written without whitespace, in order.

    Any bracket style around the year (``〔2021〕``, ``[2021]``, ``【2021】``,
    ``（2021）``, ``﹝2021﹞``) and either script.

    >>> find_doc_numbers("九府办函〔2021〕106号；赣府厅[2021]30号；国办公开办函【2019】60号")
    ['九府办函〔2021〕106号', '赣府厅[2021]30号', '国办公开办函【2019】60号']

    A closing bracket a lossy copy dropped is no matter (``赣府厅字〔202130号``).
    """
    if not text:
        return []
    return [number for _, _, number in _doc_matches(text)]


# a 文号 that lost its issuer's prefix, its year and number alone in the
# bracket after a quoted title (《…》(〔2024〕35号))
_YEAR_AND_NUMBER_RE = re.compile(r"[〔\[【﹝]\s*(?:19|20)[0-9]{2}\s*[〕\]】﹞]\s*[0-9]{1,4}\s*号")


def _year_and_number(inside: str) -> list[str]:
    m = _YEAR_AND_NUMBER_RE.fullmatch(inside.strip())
    return [_squeeze(m.group())] if m is not None else []


def doc_number_brackets(text: str) -> list[tuple[int, int]]:
    """The indices of the two brackets around the year of each 文号 in ``text``.

    A 文号 writes its year in 六角括号 ``〔〕`` (GB/T 9704); a reader that
    cannot tell bracket shapes apart (OCR reads ``〔`` as ``（`` or ``[``)
    can put the standard ones back at these places.

    >>> doc_number_brackets("根据江府办函[2021）129号")
    [(6, 11)]
    """
    found = _DOC_RE.finditer(fold(text))
    return [(m.start("ob"), m.start("cb")) for m in found if m.group("cb") is not None]


# --------------------------------------------------------------------------
# Dates

_FULL_DATE_RE = re.compile(
    r"(?=[12一二])"  # a year's first digit: a search skips every other place at once
    rf"(?:(?<![0-9])(?P<y>{_YNUM})\s*年\s*(?P<m>{_MON})\s*月\s*(?P<d>{_DAY})\s*[日号]"
    r"|(?<![0-9.])(?P<iy>(?:19|20)[0-9]{2})\s*(?P<sep>[-./])\s*(?P<im>1[0-2]|0?[1-9])"
    r"\s*(?P=sep)\s*(?P<id>3[01]|[12][0-9]|0?[1-9])(?![0-9]))"
)


def _date_matches(text: str) -> Iterator[tuple[int, int, dt.date]]:
    norm = fold(text)
    for m in _FULL_DATE_RE.finditer(norm):
        if m.group("y") is not None:
            y, mo, d = cn_int(m.group("y")), cn_int(m.group("m")), cn_int(m.group("d"))
        else:
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        if mo is None or d is None:
            continue
        day = make_date(y, mo, d)
        if day is not None:
            yield m.start(), m.end(), day


def find_dates(text: str) -> list[dt.date]:
    """The full calendar dates written in ``text``, in order.

    >>> find_dates("2021 年 10月 19日印发，2021-07-05 发布")
    [datetime.date(2021, 10, 19), datetime.date(2021, 7, 5)]
    """
    if not text:
        return []
    return [day for _, _, day in _date_matches(text)]


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` consists of (surrounding whitespace aside), or None.

    >>> parse_date("2021年07月05日"), parse_date("2021.7.5")
    (datetime.date(2021, 7, 5), datetime.date(2021, 7, 5))
    >>> parse_date("2021年7月5日印发") is None
    True
    """
    if not text:
        return None
    stripped = text.strip()
    # the dates come in order, none overlapping: only the first may start at 0
    first = next(_date_matches(stripped), None)
    return first[2] if first is not None and first[:2] == (0, len(stripped)) else None


# --------------------------------------------------------------------------
# Parents

_TRIGGER_RE = re.compile(r"根据|依据|依照|按照|遵照|贯彻落实|贯彻|落实|围绕|紧扣|结合")
_QUOTED_RE = re.compile(
    r"《(?P<title>(?:[^《》]|《[^《》]*》)+)》\s*(?:[（(](?P<paren>[^（）()]{0,40})[）)])?"
)
# A parent is a plan: its title names a plan, or a notice or opinions on
# disclosure work a plan is made by (关于做好基层政务公开标准化规范化试点工作的
# 通知); not a law or a rule.
_PLAN_TITLE_RE = re.compile(
    r"要点|方案|分工|分解|任务清单|台账|工作安排|工作计划|重点任务|实施意见|工作任务"
    r"|(?:政务|信息)公开.*(?:通知|意见)$"
)
_NOT_PLAN_RE = re.compile(r"条例|法》?$|规定$|办法$|规范$|年度报告$|指南$")
# 贯彻落实国务院办公厅政务公开工作要点(分工方案) in a title, without 《》.
_IMPLEMENTS_RE = re.compile(
    r"(?:贯彻落实|贯彻|落实)(?P<title>[^《》，。；、,;：:\s]{4,40}?(?:工作要点|要点|工作方案))"
    r"(?=的?(?:分工方案|实施方案|工作方案|任务分工|责任分工|分工|工作安排|具体措施))"
)


_CLAUSE_MAX = 600
"""How far a 根据 clause may run (several long quoted titles fit)."""


_CLAUSE_MARK_RE = re.compile(r"[《》（）()，。；,;\n]")
_OPENERS = "《（("  # (a mark inside a title or a bracket ends no clause)


def _clause_ends(norm: str) -> list[int]:
    """Positions of the punctuation that ends a clause, outside 《》 and
    brackets (a 文号's bracket may say more: ``(国办发〔2018〕23号,已在…发布)``)."""
    ends: list[int] = []
    depth = 0
    for m in _CLAUSE_MARK_RE.finditer(norm):
        ch = m.group()
        if ch in _OPENERS:
            depth += 1
        elif ch in "》）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            ends.append(m.start())
    return ends


def _bare_number_after(text: str, norm: str, pos: int) -> str | None:
    """The 文号 written right after a title with no bracket around it
    (``《…工作要点》沪府办字〔2024〕5号文件要求``), or None."""
    m = _doc_number_at(norm, pos)
    if m is None or norm[pos : m.start("org")].strip():
        return None
    numbers = find_doc_numbers(text[pos : m.end()])
    return numbers[0] if numbers else None


# the title a notice sends out, quoted in its own (关于印发〈…办法〉的通知)
_SENT_TITLE_RE = re.compile(r"〈([^〈〉]+)〉")


def _cites_a_plan(title: str) -> bool:
    """Whether a cited title is a plan's, or a notice's or opinions' on
    disclosure work, and what it sends out (〈…〉) is no law or rule."""
    if not _PLAN_TITLE_RE.search(title) or _NOT_PLAN_RE.search(title):
        return False
    sent = _SENT_TITLE_RE.search(title)
    return sent is None or _NOT_PLAN_RE.search(sent.group(1)) is None


def find_parents(text: str) -> list[PlanRef]:
    """The plans a notice says it implements (``根据《…》（…号）``), in order.

    Titles are returned without whitespace; laws and rules (``《…条例》``)
    and documents that are neither plans nor notices or opinions on
    disclosure work (``关于做好…政务公开…工作的通知``) are left out.

    >>> refs = find_parents(
    ...     "根据《江门市人民政府办公室关于印发江门市 2021 年政务公"
    ...     "开工作要点分工方案的通知》（江府办函〔2021〕129 号）的要求，制定本方案。"
    ... )
    >>> refs[0].title
    '江门市人民政府办公室关于印发江门市2021年政务公开工作要点分工方案的通知'
    >>> refs[0].doc_number
    '江府办函〔2021〕129号'

    The 文号 may follow the title with no bracket around it:

    >>> find_parents("根据《某市2024年政务公开工作要点》某府办字〔2024〕5号文件要求")[0].doc_number
    '某府办字〔2024〕5号'
    """
    if not text:
        return []
    norm = fold(text)
    found: list[tuple[int, PlanRef]] = []
    seen: set[tuple[str | None, str | None]] = set()

    def add(pos: int, title: str | None, number: str | None) -> None:
        key = (title, number)
        if key not in seen:
            seen.add(key)
            found.append((pos, PlanRef(title=title, doc_number=number)))

    triggers = [m.end() for m in _TRIGGER_RE.finditer(norm)]
    ends = _clause_ends(norm) if triggers else []  # no 根据-like word: no title is governed
    for q in _QUOTED_RE.finditer(norm):
        # Governed by a 根据-like word earlier in the same clause.
        k = bisect.bisect_left(ends, q.start())
        clause_start = ends[k - 1] + 1 if k > 0 else 0
        t = bisect.bisect_right(triggers, q.start())
        if t == 0 or triggers[t - 1] < max(clause_start, q.start() - _CLAUSE_MAX):
            continue
        title_norm = _squeeze(q.group("title"))
        if not _cites_a_plan(title_norm):
            continue
        number = None
        if q.group("paren") is not None:
            inside = text[q.start("paren") : q.end("paren")]
            numbers = find_doc_numbers(inside) or _year_and_number(inside)
            number = numbers[0] if numbers else None
        else:
            number = _bare_number_after(text, norm, q.end())
        add(q.start(), _squeeze(text[q.start("title") : q.end("title")]), number)
    quoted = [(q.start(), q.end()) for q in _QUOTED_RE.finditer(norm)]
    for m in _IMPLEMENTS_RE.finditer(norm):
        if any(a < m.start() < b for a, b in quoted):
            continue  # (a plan a quoted title names: the quoted one is the parent)
        add(m.start("title"), _squeeze(text[m.start("title") : m.end("title")]), None)
    found.sort(key=lambda item: item[0])
    return [ref for _, ref in found]


# --------------------------------------------------------------------------
# Title, issuer and the rest

_PLAN_END_RE = re.compile(
    r"(?:方案|要点|分工|工作安排|工作计划|任务清单|实施意见|任务台账|工作台账|重点任务|(?:公开|重点)工作任务"
    r"|分解表|分工表|任务表|任务分解|一览表|清单|推进表|进度表|落实表"
    # a report on how a plan's tasks are carried out (…重点工作任务完成情况)
    r"|(?:任务|要点|工作|分工|分解)(?:完成|落实|推进|进展|执行)情况)$"
)
_SENTENCE_PUNCT_RE = re.compile(r"[。；，,;：:！？!?]")
# the label of a page's metadata field naming the document
_NAME_LABEL = r"(?:文件名称|文件名稱|信息名称|信息名稱|名称|名稱|标题|標題|题名|題名)"
# (a name may hold digits: 12345便民服务平台管理中心)
_ORG_LINE_RE = re.compile(rf"^[\u4e00-\u9fff（）()][\u4e00-\u9fff（）()0-9]{{2,39}}{ORG_END}$")
# an organisation's name opening a field's value that a crawl ran on (来源：X办公室【字体…)
# (or the name of the page's next field: 来源：X人民政府文字大小：[…])
_FIELD_ORG_RE = re.compile(
    rf"[\u4e00-\u9fff（）()]{{3,40}}{ORG_END}"
    rf"(?=[【\[|｜0-9０-９]|(?:{PAGE_TOOL_FIELDS})[:：])"
)
_TITLE_ORG_RE = re.compile(
    # (the period a report covers may come first: 2023年5月民政局…)
    r"^(?:[0-9]{4}年(?:[0-9]{1,2}月份?|度)?)?"
    rf"(?P<org>[\u4e00-\u9fff（）()][\u4e00-\u9fff（）()0-9]{{1,29}}?{ORG_END})"
    r"(?=贯彻|落实|关于|[0-9]{4}年|[一二]〇[〇一二三四五六七八九]{2}年|政务公开|全面推进)"
)
_NOTICE_RE = re.compile(r"关于(?:印发|转发|下发|印送)(?:《(?P<q>[^《》]+)》|(?P<t>.+?))的?通知")
# The plan a notice sends: 现将《…》印发给你们, 研究制定了《…》
_OWN_PLAN_RE = re.compile(r"(?:现将|制定了?|特制定|制订了?)《(?P<q>[^《》]{4,80})》")
# ... or names first, agreed by the government: 《…》已经市政府同意，现印发给你们
_AGREED_PLAN_RE = re.compile(
    r"《(?P<q>[^《》]{4,80})》(?:已经|已經|业经|業經|经|經)[^。；《》]{0,24}?(?:同意|通过|通過)"
)
_NOTICE_ISSUER_RE = re.compile(
    # a page's table of its metadata; or the end of a toolbar glued before (【字体：大 中 小】)
    rf"^(?:{_NAME_LABEL}[:：]?|[^【】]{{0,12}}】)?"
    r"(?P<issuer>[^\s，。；：:、《》【】]{2,40}?)关于(?:印发|转发|下发|印送)"
)
# (a name before its kind's word: 国务院文件, 某县人民政府文件; not a page's section 政府文件)
_LETTERHEAD_RE = re.compile(
    r"^(?P<org>[\u4e00-\u9fff（）()]{2,40}?)(?<!^政府)(?<!^人民政府)(?<!^部门)文件$"
)
_FIELD_KEYS = (
    "文号|发文字号|文件编号|发文编号|文件字号|成文日期|发布日期|发布时间|发文日期|生效日期|信息来源|来源|发文机关"
    "|发文单位|发布机构"
    "|发布单位|发布者"
)
# a value's character: not where the label of a page's next field starts, glued
# after it on a page joined by nothing (…办公室成文日期：…)
_VALUE_CHAR = rf"(?:(?!(?:{_FIELD_KEYS}|索引号|主题分类|字号|浏览次数|点击数)\s*[:：])\S)"
_FIELD_RE = re.compile(
    rf"(?P<key>{_FIELD_KEYS})"
    rf"(?:\s*[:：]\s*|(?<=文号)\s+)(?P<value>{_VALUE_CHAR}+(?:\s{_VALUE_CHAR}+)?)"
)
_YEAR_IN_TITLE_RE = re.compile(rf"(?P<y>{_YNUM})\s*年")
# A page's chrome: a line that is one tag, or its breadcrumb.  Two patterns, so
# that the search for the words skips at once the places neither starts.
_TAG_LINE_RE = re.compile(r"\s*<.*>\s*$")
_BREADCRUMB_RE = re.compile(r"您现在的位置|当前位置")


def _page_chrome(text: str) -> bool:
    return _TAG_LINE_RE.match(text) is not None or _BREADCRUMB_RE.search(text) is not None


# a title that names no body: its year or its subject first (2021年政务公开…,
# 政务公开工作要点…), the body's name on the line before it
_YEAR_START_RE = re.compile(rf"^(?:(?:{_YNUM})年|政务公开|政務公開)")


# a site's mark of whether a document is in force, before its title ((失效), 【有效】)
_VALIDITY_RE = re.compile(
    r"^[（(【\[]\s*(?:已|部分|现行|現行)?(?:失效|有效|废止|廢止|作废|作廢)\s*[）)】\]]\s*"
)


# a toolbar's buttons closing a line after its text (2024年2月26日 【打印本页】 【关闭窗口】)
_TOOLBAR_TAIL = re.compile(r"(?:\s*[【\[][^【】\[\]]{1,10}[】\]])+\s*$")


def _toolbar_tail(line: str) -> int:
    """Where a page's toolbar closing ``line`` after its text starts (its
    bracketed buttons: ``…2024年2月26日 【打印本页】 【关闭窗口】``), else
    ``len(line)``.

    >>> line = "某局 2024年2月26日 【打印本页】 【关闭窗口】"
    >>> line[: _toolbar_tail(line)]
    '某局 2024年2月26日'
    >>> _toolbar_tail("【2024】3号"), _toolbar_tail("关于【某事】")
    (8, 6)
    """
    m = _TOOLBAR_TAIL.search(line)
    if m is None or not m.start() or not TOOLBAR_WORD.search(m.group()):
        return len(line)
    return m.start()


def _clean_lines(lines: Sequence[str]) -> list[tuple[str, str]]:
    """(line as written stripped, folded and squeezed) for non-blank lines, a
    site's mark of whether the document is in force no part of them."""
    out: list[tuple[str, str]] = []
    for line in lines:
        stripped = _VALIDITY_RE.sub("", line.strip())
        stripped = stripped[: _toolbar_tail(stripped)]
        if not stripped:
            continue
        out.append((stripped, _squeeze(fold(stripped))))
    return out


def _is_date_line(text: str) -> bool:
    return parse_date(text) is not None


# what a title may close with after its plan's word: the edition (…分工方案(2024年版),
# …实施方案（试行）)
_EDITION_RE = re.compile(r"[（(](?:[0-9]{4}年版|试行|修订|修订版|暂行)[）)]$")


def _title_like(squeezed: str) -> bool:
    squeezed = _EDITION_RE.sub("", squeezed)
    return (
        len(squeezed) <= 60
        and _PLAN_END_RE.search(squeezed) is not None
        and ("《" not in squeezed or _plan_after_quote(squeezed))
        and not squeezed.startswith(("关于", "附件", "附表"))
        and _SENTENCE_PUNCT_RE.search(squeezed) is None
        and _PART_HEADING_RE.match(squeezed) is None
    )


def _plan_after_quote(squeezed: str) -> bool:
    """Whether a plan's word closes ``squeezed`` after the title it quotes
    (``我院落实《…管理办法(试行)》实施方案``), a body's name before the quote
    (no sentence citing a document: ``根据《…》要求``)."""
    head, _, tail = squeezed.partition("《")
    after = tail.rpartition("》")[2]
    return (
        bool(head)
        and _PLAN_END_RE.search(after) is not None
        and "》" in tail
        and (_CITING_RE.search(head) is None)
    )


# the words a sentence cites a document with (根据《…》, 按照《…》)
_CITING_RE = re.compile(r"根据|根據|按照|依据|依據|依照|为了|為了")


# a part's heading (二、工作安排, （三）保障措施): no plan's title opens so
_CN_ORDINAL = "[一二三四五六七八九十]{1,3}"
_PART_HEADING_RE = re.compile(rf"{_CN_ORDINAL}、|[（(]{_CN_ORDINAL}[）)]")


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _joinable_head(squeezed: str) -> bool:
    """A line that can be the first half of a title broken over two lines."""
    if len(squeezed) > 40 or _SENTENCE_PUNCT_RE.search(squeezed):
        return False
    if _HAN_RE.search(squeezed) is None:  # (figures alone: a date that lost its 年月日)
        return False
    if _is_date_line(squeezed) or find_doc_numbers(squeezed) or squeezed.endswith("文件"):
        return False
    if "《" in squeezed or "》" in squeezed or squeezed.startswith(("关于", "附件", "（", "(")):
        return False
    if _page_chrome(squeezed):
        return False
    if _PLAN_END_RE.search(squeezed):
        # 江门市卫生健康局贯彻落实…工作要点 + 实施方案
        return re.search(r"贯彻|落实", squeezed) is not None
    if re.search(r"[0-9]{4}年[0-9]{1,2}月", squeezed):
        return False
    if re.search(ORG_END + "$", squeezed):
        # An organisation's name alone is a signature; a title fragment that
        # ends in one carries a verb (贯彻落实国务院办公厅) or opens with the
        # plan's year (2023年上海市机关事务管理局 + 政务公开工作要点).
        return re.search(r"贯彻|落实|关于|印发|转发|^(?:19|20)[0-9]{2}年", squeezed) is not None
    return True


def _find_title(lines: list[tuple[str, str]]) -> tuple[str | None, int | None]:
    for i in range(len(lines) - 1, -1, -1):
        raw, sq = lines[i]
        if not _title_like(sq):
            continue
        title = _squeeze(raw)
        # (a page field's value on the line after its label is no title's head:
        # 主题分类: | 规划计划)
        field_value = (
            i > 1
            and lines[i - 2][1].endswith((":", "："))
            and not _ORG_LINE_RE.match(lines[i - 1][1])
        )
        if (
            i > 0
            and not field_value
            and _LIST_ITEM_RE.match(lines[i - 1][1]) is None
            and not _menu_words(lines[i - 1][0])
            and (
                _joinable_head(lines[i - 1][1])
                # 吉林省2020年政务公开工作要点 + 及重点任务分工: no title opens with 及
                or (_JOINED_TAIL_RE.match(sq) is not None and _title_like(lines[i - 1][1]))
                # 柳州市柳南区住房和城乡建设局 + 2021年政务公开工作要点分工方案 (or 政务公开…)
                or (_YEAR_START_RE.match(sq) is not None and _ORG_LINE_RE.match(lines[i - 1][1]))
            )
        ):
            title = _squeeze(lines[i - 1][0]) + title
        return _SITE_TAG_RE.sub("", title), i
    return None, None


def _menu_words(raw: str) -> bool:
    """Whether a line is a site's menu: three short words or more apart by
    spaces (``就诊版 大众版 职工入口``), no title's head."""
    words = raw.split()
    return len(words) >= _MENU_WORDS and all(2 <= len(w) <= _MENU_WORD for w in words)


_MENU_WORDS = 3
_MENU_WORD = 6  # characters of a menu's word, at most


# a line a bullet opens: an item of a page's menu or list, no title's head (• 依申请公开)
_LIST_ITEM_RE = re.compile(r"[•·●◆◇▪■□►▶]")
# the second line of a title broken after its plan's word, opening with a joining word
_JOINED_TAIL_RE = re.compile(r"(?:及|暨|和|与|與|以及)")
# A site's category in front of a title: 【政务公开任务分工】…
_SITE_TAG_RE = re.compile(r"^【[^】]{1,16}】")


def _notice(lines: list[tuple[str, str]], joined_raw: str) -> tuple[str | None, str | None]:
    """(issuer, plan title) from a notice title ``X关于印发《Y》的通知``."""
    issuer = None
    for raw, sq in lines:
        m = _NOTICE_ISSUER_RE.match(sq)
        if m is not None and PREAMBLE_START.match(m.group("issuer")) is None:
            issuer = _squeeze(raw)[m.start("issuer") : m.end("issuer")]
            break
    folded = fold(joined_raw)
    for m in _NOTICE_RE.finditer(folded):
        if folded.count("《", 0, m.start()) > folded.count("》", 0, m.start()):
            continue  # a notice quoted as the parent (根据《…关于印发…的通知》)
        group = "q" if m.group("q") is not None else "t"
        return issuer, joined_raw[m.start(group) : m.end(group)]
    # no notice title: the plan the notice sends
    own = _OWN_PLAN_RE.search(folded) or _AGREED_PLAN_RE.search(folded)
    if own is not None and _PLAN_TITLE_RE.search(own.group("q")):
        return issuer, joined_raw[own.start("q") : own.end("q")]
    return issuer, None


_OWN_NOTICE_RE = re.compile(
    r"^(?P<issuer>[^\s，。；：:、《》【】]{2,40}?)关于[^，。；：:《》]{2,60}的通知$"
)


def _own_notice_title(lines: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    """(title, issuer) of a notice that sends no plan but is one, its points
    the tasks: its own title line ``X关于做好…工作的通知``, or the issuer's
    letterhead over a line ``关于做好…工作的通知`` (in either script);
    (None, None)."""
    for k, (raw, sq) in enumerate(lines):
        simple = simplified_in_place(sq)
        m = _OWN_NOTICE_RE.match(simple)
        if m is not None and PREAMBLE_START.match(m.group("issuer")) is None:
            squeezed = _squeeze(raw)
            return squeezed, squeezed[m.start("issuer") : m.end("issuer")]
        if k and _NOTICE_ALONE_RE.match(simple):
            org = _LEAD_MARKS.sub("", _squeeze(lines[k - 1][0]))
            if _ORG_LINE_RE.match(simplified_in_place(fold(org))):
                return org + _squeeze(raw), org
    return None, None


# a page telling of a plan's publishing (2022年5月5日，民政部办公厅发布《民政部
# 2022年政务公开工作要点》): the organisation that published it and the plan's title
_PUBLISHED_RE = re.compile(
    rf"(?P<org>[\u4e00-\u9fff（）()]{{2,30}}?{ORG_END})(?:正式)?(?:发布|印发|出台)了?"
    r"《(?P<title>[^《》]{4,60})》"
)
_PUBLISHED_REACH = 8  # lines at the head of a page where the telling is looked for


def _published(lines: list[tuple[str, str]]) -> tuple[str, str, dt.date | None] | None:
    """(title, issuer, date) a page's telling of a plan's publishing gives,
    near its head (see :data:`_PUBLISHED_RE`), else None."""
    for raw, sq in lines[:_PUBLISHED_REACH]:
        m = _PUBLISHED_RE.search(simplified_in_place(fold(sq)))
        if m is None or not _PLAN_TITLE_RE.search(m["title"]) or _NOT_PLAN_RE.search(m["title"]):
            continue
        squeezed = _squeeze(raw)
        dates = find_dates(squeezed[: m.start()])
        title, org = (
            squeezed[m.start("title") : m.end("title")],
            squeezed[m.start("org") : m.end("org")],
        )
        return title, org, dates[0] if dates else None
    return None


# a notice's title under its issuer's letterhead, and marks a copy left before the letterhead
_NOTICE_ALONE_RE = re.compile(r"^关于[^，。；：:《》]{2,60}的通知$")
_LEAD_MARKS = re.compile(r"^[^\u4e00-\u9fff（(]+")


_NOTICE_TITLE_END_RE = re.compile(r"的通知\s*")
_DOC_SPAN = 24  # characters a 文号 takes at most


def _number_of_relayed_notice(lines: list[tuple[str, str]], joined: str) -> str | None:
    """The 文号 a relaying notice gives the notice it sends on, where that
    notice's title stands as a line of its own below (``现将《四川省人民政府
    办公厅关于印发…的通知》(川办发〔2021〕16号)…转发你们`` over the province's
    notice, which sends the plan)."""
    folded = _squeeze(fold(joined))
    for _, sq in lines:
        if not sq.endswith("通知") or "关于" not in sq:
            continue
        at = folded.find(f"《{sq}》")
        if at < 0:
            continue
        after = folded[at + len(sq) + 2 : at + len(sq) + 2 + _DOC_SPAN].lstrip("(（")
        numbers = find_doc_numbers(after)
        if numbers and after.startswith(_squeeze(fold(numbers[0]))):
            return numbers[0]
    return None


def _after_notice_title(text: str) -> str | None:
    """The 文号 written right after the notice's title, with nothing between
    (a page saved on one line: ``…工作要点的通知英府办〔2022〕15号各乡镇…``) or
    in brackets (``…工作要点的通知(川办发[2017]40号)``)."""
    for m in _NOTICE_TITLE_END_RE.finditer(text):
        if text.count("《", 0, m.start()) > text.count("》", 0, m.start()):
            continue  # a notice quoted (根据《…的通知》)
        numbers = find_doc_numbers(text[m.end() : m.end() + _DOC_SPAN])
        after = _squeeze(text[m.end() :]).lstrip("(（")
        if numbers and after.startswith(_squeeze(numbers[0])):
            return numbers[0]
    return None


# A label of a page's metadata table, its characters spaced out (名 称:, 文 号:)
# (spaced by one or more, to the width of a longer label above it: ``文  号:``)
_SPACED_LABEL_RE = re.compile(
    r"^\s*(?P<label>[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){1,4})\s*(?=[:：]|$)"
)
# The label of that table's field naming the document
_NAME_FIELD_RE = re.compile(rf"{_NAME_LABEL}[:：]\s*(?P<value>\S.*)")


def unspaced_label(raw: str) -> str:
    """The line with its leading label's spaces removed.

    >>> unspaced_label("名 称: 某局2021年政务公开工作要点")
    '名称: 某局2021年政务公开工作要点'
    >>> unspaced_label("标 题"), unspaced_label("文  号: 海府办函〔2019〕168号")
    ('标题', '文号: 海府办函〔2019〕168号')
    """
    m = _SPACED_LABEL_RE.match(raw)
    return raw if m is None else re.sub(r"[ \u3000]", "", m.group("label")) + raw[m.end() :]


# A page's metadata table copied one cell a line: the label of a field read
# here alone on its line, its value on the next (发布机构 / 临沂市商务局); the
# label of any field the page shows is no value
_CELL_LABEL_RE = re.compile(rf"^(?:{_FIELD_KEYS}|{_NAME_LABEL})$")
_ANY_LABEL_RE = re.compile(rf"^(?:{_FIELD_KEYS}|{_NAME_LABEL}|{PAGE_FIELD_NAMES})$")


# a page's heading: the title, who published it and when, on one line
# (``…工作要点 上海市统计局 2024-05-06``)
_TITLE_LINE_RE = re.compile(
    r"^(?P<title>\S.{3,58}?)\s+(?P<org>[\u4e00-\u9fff（）()]{3,40}" + ORG_END + r")"
    rf"\s+(?P<date>{_FULL_DATE_RE.pattern})$"
)


# a title and, after a space, the text it heads (a page saved on few lines)
_TITLE_THEN_TEXT_RE = re.compile(r"^(?P<title>\S{8,60})[ \u3000]+(?P<text>\S.*)$")


def _title_lines_apart(lines: Sequence[str]) -> list[str]:
    """``lines`` with a page's heading that writes the title, who published it
    and the date on one line set on three lines of their own, and a title
    the text after it runs on from on a line of its own.

    >>> _title_lines_apart(["某市统计局2024年政务公开工作要点 某市统计局 2024-05-06", "正文"])
    ['某市统计局2024年政务公开工作要点', '某市统计局', '2024-05-06', '正文']
    >>> _title_lines_apart(["某镇2024年政务公开工作任务清单 根据《…》，制定本清单。"])
    ['某镇2024年政务公开工作任务清单', '根据《…》，制定本清单。']
    """
    out: list[str] = []
    for line in lines:
        m = _TITLE_LINE_RE.match(line.strip())
        if m is not None and _title_like(_squeeze(fold(m.group("title")))):
            out += [m.group("title"), m.group("org"), m.group("date")]
            continue
        m = _TITLE_THEN_TEXT_RE.match(line.strip())
        if m is not None and _title_like(_squeeze(fold(m.group("title")))):
            out += [m.group("title"), m.group("text")]
            continue
        out.append(line)
    return out


def _cells_as_fields(lines: Sequence[str]) -> list[str]:
    """``lines`` with each label cell of a page's metadata table joined to the
    value cell after it, as the field it is (``发布机构：临沂市商务局``); a label
    followed by another label shows its value empty.

    >>> _cells_as_fields(["发布机构", "某市商务局", "文号", "标 题", "某市商务局2022年工作要点"])
    ['发布机构：某市商务局', '文号', '标题：某市商务局2022年工作要点']
    >>> _cells_as_fields(["文件编号:", "发布机构:", "某县人民政府"])
    ['文件编号:', '发布机构：某县人民政府']
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        label = unspaced_label(lines[k]).strip().rstrip(":：")  # (a label cell's colon: 发布机构:)
        value = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if (
            _CELL_LABEL_RE.match(fold(label))
            and value
            and not _ANY_LABEL_RE.match(fold(unspaced_label(value).rstrip(":：")))
        ):
            out.append(f"{label}：{value}")
            k += 2
            continue
        out.append(lines[k])
        k += 1
    return out


def _named_title(lines: list[tuple[str, str]]) -> str | None:
    """The title a page's metadata table gives (名称: …), where it names a plan
    (not the notice that sends it: the plan's own title is read from the notice)."""
    for raw, _ in lines:
        m = _NAME_FIELD_RE.match(unspaced_label(raw).strip())
        if m is None or _NOTICE_RE.search(fold(m.group("value"))) is not None:
            continue
        if _PLAN_TITLE_RE.search(fold(m.group("value"))):
            return _squeeze(m.group("value"))
    return None


# the names a page gives its 文号 field
_NUMBER_KEYS = ("发文字号", "文件编号", "发文编号", "文件字号")


def _fields(lines: list[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for raw, _ in lines:
        raw = unspaced_label(raw)
        norm = fold(raw)
        for m in _FIELD_RE.finditer(norm):
            key = "文号" if m.group("key") in _NUMBER_KEYS else m.group("key")
            value = raw[m.start("value") : m.end("value")].strip().lstrip("|｜").strip()
            value = (
                re.split(r"\s", value)[0] if key != "信息来源" else value
            )  # (| 2019-08-26: a cell's)
            out.setdefault(key, value)
    return out


def _field_issuer(fields: dict[str, str], keys: Sequence[str]) -> str | None:
    """The issuer a page's metadata field names (发布机构: …), the first of ``keys``."""
    for key in keys:
        if key in fields:
            value = re.sub(r"^本[网站]\s*", "", fold(fields[key]))
            issuer = _squeeze(fields[key][len(fields[key]) - len(value) :])
            glued = _FIELD_ORG_RE.match(fold(issuer))
            if glued is not None and glued.end() < len(issuer):
                issuer = issuer[: glued.end()]  # a page's text run on after the name
            plain = re.search(r"[:：]", issuer) is None  # (no other field run into it)
            site = _SITE_RE.match(fold(fields[key])) is not None
            if issuer and plain and not site and _names_an_org(issuer):
                return issuer
    return None


# an organisation's word, the name ending with it or going on after it
# (…办公室, …领导小组, 宣州区人民政府)
_ORG_WORD_RE = re.compile(ORG_END)


def _names_an_org(value: str) -> bool:
    """Whether ``value`` names an organisation (not 原创 nor 政策, a page's words)."""
    return _ORG_WORD_RE.search(simplified_in_place(value)) is not None


# a source that is a site, not an organisation (鄂州政府网, 中国政府网, 某市人民政府门户网站 日期:…)
_SITE_RE = re.compile(r"^\S{0,16}?(?:网|网站|门户|客户端|公众号|APP|app)(?:\s|$|日期|时间|[:：])")


# a page's field giving a date (发布日期：…): the page's, not the signature's
_DATE_FIELD_RE = re.compile(r"(?:成文|发布|发文|印发)(?:日期|时间)[:：]")
# ... the name of a field giving the page's date alone on its line, the date under it
_PAGE_DATE_NAME = re.compile(r"(?:发布|生成|发文|成文)(?:日期|时间)[:：]$")


# a date alone in brackets on its line, as a plan's title is dated under it
_BRACKETED_DATE = re.compile(r"[（(]\s*([^（）()]{8,20})\s*[）)]")
# the time a page writes after its date (2021-10-01 11:35, 2024-05-15 09:30:12)
_TIME_AFTER = re.compile(r"\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*$")


# the name of a signature's field before its value (落款: …, 日期: …), as a form or an
# export writes it
_SIGNING_FIELD = re.compile(r"^\s*(?:落款|署名|落款单位|落款日期|签发日期|日期)\s*[:：]\s*")


def _signature_date(lines: list[tuple[str, str]]) -> tuple[dt.date | None, int | None]:
    """The date signing the text and its line's index; else a page's date
    written under its field's name (no index: no signer above it)."""
    page: dt.date | None = None
    for i, (raw, sq) in enumerate(lines):
        raw = _SIGNING_FIELD.sub("", raw, count=1)  # (日期: 2024年1月24日: the signature's date)
        if _DATE_FIELD_RE.search(sq):
            continue  # (its date is the fallback below, where no signature dates it)
        if i and _PAGE_DATE_NAME.search(lines[i - 1][1]):
            # (a page's date under its field's name, perhaps with the time: 2021-10-01 11:35)
            page = page or parse_date(_TIME_AFTER.sub("", raw))
            continue
        bracketed = _BRACKETED_DATE.fullmatch(raw.strip())
        if bracketed is not None:  # ((2023年4月20日) under the title: the plan's own date)
            page = page or parse_date(bracketed.group(1))
            continue
        day = parse_date(raw)
        if day is None and i and _ORG_LINE_RE.match(fold(lines[i - 1][1])):
            day = _digits_date(sq)  # (under the signer, its characters dropped: 2021531)
        if day is not None:
            return day, i
        if "印发" in sq:
            continue
        signed = _signed_line(raw)
        if signed is not None:
            return signed[0], i
    return page, None


_DIGITS_DATE = re.compile(r"((?:19|20)[0-9]{2})([0-9]{2,4})")


def _digits_date(text: str) -> dt.date | None:
    """The date a line of figures alone is, where a copy dropped its 年, 月
    and 日 (``2021531``, ``202177``) and one reading of the month and day
    alone makes a date (not ``2021111``: 1月11日 or 11月1日).

    >>> _digits_date("2021531"), _digits_date("202177"), _digits_date("2021111")
    (datetime.date(2021, 5, 31), datetime.date(2021, 7, 7), None)
    """
    m = _DIGITS_DATE.fullmatch(text.strip())
    if m is None:
        return None
    year, rest = int(m.group(1)), m.group(2)
    days = {make_date(year, int(rest[:k]), int(rest[k:])) for k in (1, 2) if rest[k:]}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def _signed_line(raw: str) -> tuple[dt.date, str] | None:
    """The date of a line that signs a document, and the organisation written
    before it ("" where the date stands alone): one date, nothing after it but
    what a crawl runs into a signature (``苏州市相城区人民政府办公室2024年5月15日``)."""
    matches = list(itertools.islice(_date_matches(raw), 2))  # one, or more than one
    if len(matches) != 1 or not _AFTER_SIGNATURE_RE.match(_squeeze(raw[matches[0][1] :])):
        return None
    head = _squeeze(raw[: matches[0][0]])
    head = "" if _PUBLICITY_RE.fullmatch(head) else head  # ((此件公开发布) 2021年6月25日)
    return (matches[0][2], head) if not head or _ORG_LINE_RE.match(fold(head)) else None


# What a crawl runs into a signature's date: the attachment that follows, a publicity mark.
_AFTER_SIGNATURE_RE = re.compile(r"$|附件|[（(]此件")
# ... and a publicity mark written before it, on its line
_PUBLICITY_RE = re.compile(r"[（(]此件[^（()）\n]{0,16}[）)]")


def _date_signed_by(issuer: str | None, lines: list[tuple[str, str]]) -> dt.date | None:
    """The date under the signature ``issuer`` signs with, the last where it
    signs twice (a notice relaying another signed by someone else: the
    city's notice, then the province's, which sends the plan)."""
    if issuer is None:
        return None
    name, found = _squeeze(issuer), None
    for i, (_, sq) in enumerate(lines[:-1]):
        if sq == name:
            found = parse_date(lines[i + 1][0]) or found
    return found


def _confirmed_by_signature(issuer: str | None, lines: list[tuple[str, str]]) -> str | None:
    """The notice's issuer as its closing signature names it, where the name
    read from the notice's title is missing, has a page's text glued before
    it (``寿政办字寿光市人民政府办公室``: the breadcrumb's last crumb), or names
    the body whose office signs (``云南大学`` signed ``云南大学党政办公室``)."""
    signer = _signer(lines) or _glued_signer(lines)
    if signer is not None and issuer is not None and signer.startswith(issuer):
        return signer  # an office of the body the title names (云南大学|党政办公室)
    if signer is not None and issuer is not None and _named_in_full(signer, issuer):
        return signer  # the title's name without its place (市人民政府办公室)
    if signer is None or (issuer is not None and not issuer.endswith(signer)):
        return issuer
    before = issuer[: len(issuer) - len(signer)] if issuer is not None else ""
    return issuer if before.endswith(_PLACE_ENDS) else signer  # 清远市|英德市发展和改革局


_PLACE_ENDS = ("省", "市", "县", "縣", "区", "區", "州", "盟", "旗")


def _named_in_full(signer: str, issuer: str) -> bool:
    """Whether ``signer`` is ``issuer`` with the place's name before it
    (中卫|市人民政府办公室: a title that names its issuer by its level alone)."""
    return (
        len(signer) > len(issuer)
        and signer.endswith(issuer)
        and issuer.startswith(_PLACE_ENDS)
        and signer[: -len(issuer)] != ""
    )


def _title_org(title: str | None) -> str | None:
    """The organisation a plan's title opens with (``清远市英德市发展和改革局2020年…``)."""
    m = _TITLE_ORG_RE.match(fold(title)) if title is not None else None
    return title[m.start("org") : m.end("org")] if m is not None and title is not None else None


def _glued_signer(lines: list[tuple[str, str]]) -> str | None:
    """The organisation written right before the closing date on one line
    (``苏州市相城区人民政府办公室2024年5月15日``)."""
    for raw, _ in lines:
        signed = _signed_line(raw)
        if signed is not None and signed[1] and _names_an_org(signed[1]):
            return signed[1]
    return None


def _titled_signer(lines: list[tuple[str, str]], title: str) -> str | None:
    """The name on its line above the closing date that the title opens with
    and goes on from (``江北县国营茶场`` / ``2024年2月1日`` under
    ``江北县国营茶场2024年…``): a body of a kind no word of the vocabulary names."""
    _, at = _signature_date(lines)
    if at is None or at == 0:
        return None
    name = _squeeze(lines[at - 1][0])
    return name if len(name) >= _LEAST_NAME and title.startswith(name) and title != name else None


_LEAST_NAME = 4  # the shortest name a title opens with that signs the plan


def _signer(lines: list[tuple[str, str]]) -> str | None:
    """The organisation signing above the closing date (``XX办公室`` / ``2024年3月28日``)."""
    _, at = _signature_date(lines)
    signed = _signed_line(lines[at][0]) if at is not None else None
    if signed is not None and signed[1]:  # (the name and the date on one line)
        return signed[1]
    if at is not None and at > 0:
        prev_raw, prev_sq = lines[at - 1]
        if _ORG_LINE_RE.match(prev_sq):
            return _squeeze(prev_raw)
    return None


def _printer(lines: list[tuple[str, str]]) -> str | None:
    """The office on a printing line (``XX人民政府办公室    2023年4月7日印发``)."""
    for i, (raw, sq) in enumerate(lines):
        if not sq.endswith("印发"):
            continue
        matches = list(itertools.islice(_date_matches(raw), 2))  # one, or more than one
        if len(matches) != 1:
            continue
        head = _squeeze(raw[: matches[0][0]])
        if not head and i > 0:
            # the office and the date set apart, read as two lines
            head = _squeeze(lines[i - 1][0])
        if _ORG_LINE_RE.match(fold(head)):
            return head
    return None


def extract_metadata(before: Sequence[str], after: Sequence[str] = ()) -> Metadata:
    """Read a plan's metadata from the lines around its body.

    ``before`` are the text lines before the body (the table header or the
    first task), in order, cleaned of markup; ``after`` the lines after it.

    >>> meta = extract_metadata([
    ...     "江门市市场监督管理局文件",
    ...     "江市监办〔2021〕233号",
    ...     "关于印发江门市市场监督管理局2021年",
    ...     "政务公开工作要点分工方案的通知",
    ...     "根据《江门市2021年政务公开工作要点分工方案》，结合我局实际，制定本方案。",
    ...     "江门市市场监督管理局",
    ...     "2021年10月28日",
    ...     "江门市市场监督管理局2021年政务公开工作要点分工方案",
    ... ])
    >>> meta.title
    '江门市市场监督管理局2021年政务公开工作要点分工方案'
    >>> meta.issuer, meta.doc_number, meta.date, meta.year
    ('江门市市场监督管理局', '江市监办〔2021〕233号', datetime.date(2021, 10, 28), 2021)
    >>> [p.title for p in meta.parents]
    ['江门市2021年政务公开工作要点分工方案']
    """
    if any(PINYIN_GLOSS.search(line) for line in (*before, *after)):
        return _through_glosses(tuple(before), tuple(after))
    return _extract_cached(tuple(before), tuple(after))


class _Glossed:
    """Text with a mirror's pinyin glosses (``印發(fā)``) and the same text without."""

    def __init__(self, text: str) -> None:
        self.text = text
        glossed: set[int] = set()
        for m in PINYIN_GLOSS.finditer(text):
            glossed.update(range(m.start(), m.end()))
        self.keep = [i for i in range(len(text)) if i not in glossed]
        self.plain = "".join(text[i] for i in self.keep)

    def restore(self, value: str | None) -> str | None:
        """``value``, read from the plain text, as the text writes it, glosses and all."""
        k = self.plain.find(value) if value else -1
        if value is None or k < 0:
            return value
        start, end = self.keep[k], self.keep[k + len(value) - 1] + 1
        gloss = PINYIN_GLOSS.match(self.text, end)
        return self.text[start : gloss.end() if gloss is not None else end]


# a 文号 alone on its line whose closing bracket and 号 a lossy copy dropped
# (昭政办发〔201788: year 2017, number 88)
_CUT_NUMBER_LINE_RE = re.compile(
    rf"^[\u4e00-\u9fff]{{2,{_ORG_MAX}}}[{re.escape(_OPEN)}](?:19|20)[0-9]{{2}}[0-9]{{1,4}}$"
)


def _number_line_cut(lines: Sequence[tuple[str, str]]) -> str | None:
    """A line that is a 文号 but for its lost ``〕`` and ``号``, as written."""
    for _, sq in lines:
        if _CUT_NUMBER_LINE_RE.match(sq) is not None:
            return sq
    return None


def _number_before_notice(lines: Sequence[tuple[str, str]]) -> str | None:
    """A 文号 opening the notice's title line (a site's heading: ``西政办发
    〔2017〕14号 北京市西城区人民政府办公室关于印发…的通知``; a file's name:
    ``邹政办字〔2019〕33号:关于印发…的通知.pdf``)."""
    for raw, _ in lines:
        for start, end, number in _doc_matches(raw):
            rest = _squeeze(fold(raw[end:]))
            if start == 0 and rest and _NOTICE_ISSUER_RE.match(rest) is not None:
                return number
            if start == 0 and _FILE_NAMED_RE.match(rest) is not None:
                return number
            break
    return None


# a notice's title after its 文号 in a file's name (…33号:关于印发…的通知.pdf)
_FILE_NAMED_RE = re.compile(r"^[:：_\-]关于(?:印发|转发|下发|印送)[^。；]{4,80}?的通知")


def _without_number(issuer: str | None) -> str | None:
    """An issuer without the 文号 a page wrote right before it (岚财金〔2018〕170号平潭…局)."""
    if issuer is None:
        return None
    for start, end, _ in _doc_matches(issuer):
        if start == 0 and end < len(issuer):
            return issuer[end:].strip() or issuer
    return issuer


# an issuer named by its level alone (省政府办公厅, 市政府辦公室): its place left out
_PLACELESS_RE = re.compile(r"^(?P<level>[省市县縣区區州旗])(?:人民)?政府(?P<rest>\S{2,8})$")


def _in_full(issuer: str | None, text: str) -> str | None:
    """The issuer's full name where the text names it in full on a line of
    its own, the signature's or a letterhead's, and the issuer was found
    without its place (自治区工业和信息化厅 → 宁夏回族自治区工业和信息化厅,
    瓯海区…办公室 → 温州市瓯海区…办公室) or named by its level alone
    (省政府办公厅 → 云南省人民政府办公厅); else the issuer as found."""
    if issuer is None:
        return None
    m = _PLACELESS_RE.match(issuer)
    if m is not None:
        # (the full name opens a line or a field: nothing of a sentence before it)
        full = re.search(
            rf"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{1,8}}?{m['level']}人民政府{re.escape(m['rest'])}",
            text,
        )
        return full.group() if full is not None else issuer
    return next((line for line in _named_lines(text) if _places(line, issuer)), issuer)


# the words a place's name ends with, and those a name without its place opens with
_PLACE_END = "省市县縣区區州旗盟"
_PLACE_OPENINGS = ("自治区", "自治州", "自治县", "省", "市", "县", "区")
_MOST_PLACE = 8  # characters of the place a full name adds


def _named_lines(text: str) -> Iterator[str]:
    for line in text.split("\n"):
        squeezed = _squeeze(line)
        if squeezed and _HAN_ONLY_RE.fullmatch(squeezed):
            yield squeezed


def _places(line: str, issuer: str) -> bool:
    """Whether ``line`` is ``issuer`` with its place before it."""
    place = line[: len(line) - len(issuer)]
    if not line.endswith(issuer) or not 0 < len(place) <= _MOST_PLACE:
        return False
    return place[-1] in _PLACE_END or issuer.startswith(_PLACE_OPENINGS)


_HAN_ONLY_RE = re.compile(r"[\u4e00-\u9fff（）()]{4,40}")


def _through_glosses(before: tuple[str, ...], after: tuple[str, ...]) -> Metadata:
    """The metadata of a mirror's text read without its pinyin glosses, each
    value given back as the text writes it."""
    meta = _extract_cached(
        tuple(PINYIN_GLOSS.sub("", line) for line in before),
        tuple(PINYIN_GLOSS.sub("", line) for line in after),
    )
    text = _Glossed("".join(_WS_RE.sub("", line) for line in (*before, *after)))
    parents = tuple(
        attrs.evolve(p, title=text.restore(p.title), doc_number=text.restore(p.doc_number))
        for p in meta.parents
    )
    return attrs.evolve(
        meta,
        title=text.restore(meta.title),
        issuer=text.restore(meta.issuer),
        doc_number=text.restore(meta.doc_number),
        parents=parents,
    )


@functools.lru_cache(maxsize=256)
def _extract_cached(before: tuple[str, ...], after: tuple[str, ...]) -> Metadata:
    # the readings of one document share their notice: read it once
    every = _clean_lines(_cells_as_fields(_title_lines_apart(before)))
    lines = [(raw, sq) for raw, sq in every if not _page_chrome(fold(raw))]
    after_lines = _clean_lines(after)
    joined = "".join(raw for raw, _ in lines)
    fields = _fields(every)  # a page's table of its metadata is chrome, and holds fields

    # The plan's title: the last title-like line(s), else the notice's.
    title, title_at = _find_title(lines)
    title = _named_title(every) or title
    notice_issuer, notice_title = _notice(lines, joined)
    if title is None and notice_title is not None:
        title = _squeeze(notice_title)
    if title is None:  # a notice that is its own plan (关于做好2022年政务公开工作的通知)
        title, own_issuer = _own_notice_title(lines)
        notice_issuer = notice_issuer or own_issuer
    published = _published(lines) if title is None else None
    if published is not None:  # (a page that tells of the plan's publishing)
        title, notice_issuer = published[0], notice_issuer or published[1]

    # The 文号: a line of its own or a 文号: field, never one in a sentence.
    doc_number = None
    for raw, sq in lines:
        numbers = find_doc_numbers(raw)
        if len(numbers) == 1 and _squeeze(fold(numbers[0])) == sq.lstrip(BULLET_MARKS):
            doc_number = numbers[0]  # (its line's, a list's mark before it or not)
            break
    if doc_number is None:
        doc_number = _number_before_notice(lines)
    if doc_number is None and "文号" in fields:
        numbers = find_doc_numbers(fields["文号"])
        doc_number = numbers[0] if numbers else None
    if doc_number is None:
        doc_number = _after_notice_title(joined)
    if doc_number is None:
        doc_number = _number_of_relayed_notice(lines, joined)
    if doc_number is None:
        doc_number = _number_line_cut(lines)

    # The issuer.
    issuer = None
    for raw, sq in lines:
        head = _LETTERHEAD_RE.match(sq)
        if head is not None and _names_an_org(head.group("org")):  # (not a menu's 政策文件)
            issuer = _squeeze(raw)[: head.end("org")]
            break
    if issuer is None and notice_issuer and _names_an_org(notice_issuer):
        issuer = _squeeze(notice_issuer)
    if doc_number is not None:  # a notice's: the name signing it at the end is its issuer
        named = issuer or _title_org(title)
        issuer = _confirmed_by_signature(named, after_lines)
        if issuer == named:  # (the notice signed before the plan's body)
            issuer = _confirmed_by_signature(named, lines)
    sign_date, sign_at = _signature_date(lines)
    if sign_date is None:
        sign_date, _ = _signature_date(after_lines)
    if issuer is None and sign_at is not None:
        issuer = _signer(lines)
    if issuer is None and doc_number is None:
        # no notice: the closing signature after the plan's body, as it is
        # written (东莞市卫生健康局办公室 under 东莞市卫生健康局 …'s plan)
        issuer = _signer(after_lines)
    if issuer is None:
        issuer = _field_issuer(fields, ("发文机关", "发文单位", "发布机构", "发布单位", "发布者"))
    if issuer is None:
        issuer = _title_org(title)
    if (
        issuer is None
        and lines
        and title is not None
        and title_at not in (None, 0)
        and not title.startswith(_squeeze(lines[0][0]))
        and _ORG_LINE_RE.match(lines[0][1])
    ):
        # a letterhead without 文件: the organisation's name alone above the title
        issuer = _squeeze(lines[0][0])
    if issuer is None:
        issuer = _field_issuer(fields, ("信息来源", "来源"))
    if issuer is None:
        issuer = _printer([*lines, *after_lines])
    if issuer is None and title is not None:
        issuer = _titled_signer(after_lines, title)

    # The signing date (the issuer's, where the notice relays another's that
    # it signs too), else the page's dates, else the date it was printed (印发).
    date = _date_signed_by(issuer, lines) or sign_date
    if date is None:
        for key in ("成文日期", "发文日期", "发布日期", "发布时间", "生效日期"):
            if key in fields:
                found = find_dates(fields[key])
                if found:
                    date = found[0]
                    break

    if date is None and published is not None:
        date = published[2]
    if date is None:
        for raw, sq in [*lines, *after_lines]:
            if "印发" in sq:
                found = find_dates(raw)
                if found:
                    date = found[0]
                    break

    year = None
    if title is not None:
        m = _YEAR_IN_TITLE_RE.search(fold(title))
        if m is not None:
            year = cn_int(m.group("y"))
    if year is None and date is not None:
        year = date.year

    parents = tuple(p for p in find_parents(joined) if title is None or p.title != title)
    default = find_default_deadline("\n".join(raw for raw, _ in after_lines), year=year)
    if default is None:
        text_before = "\n".join(raw for raw, _ in lines[: title_at if title_at else None])
        default = find_default_deadline(text_before, year=year)

    return Metadata(
        title=title,
        issuer=_in_full(_without_number(issuer), "\n".join(raw for raw, _ in every + after_lines)),
        doc_number=doc_number,
        date=date,
        year=year,
        parents=parents,
        default_deadline=default,
    )
