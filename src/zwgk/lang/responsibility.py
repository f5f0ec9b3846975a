"""Responsibility clauses: which units do a task, in which role.

A responsibility is written as a short clause or a few of them:
``办公室牵头，各科室协办``, ``A、B会同C、D按职责办理``,
``市直各部門、各鎮街。市發展改革局、財政局按照職責分工強化監管。``.
:func:`parse_responsibility` splits it into units with roles;
:func:`tokenize_responsibility` shows how every character was read.

>>> r = parse_responsibility("办公室牵头，各科室、单位协办")
>>> [(a.unit, a.role.value, a.qualified) for a in r.assignments]
[('办公室', 'lead', None), ('各科室', 'assist', None), ('单位', 'assist', '各单位')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk._model import Assignment, Responsibility, Role
from zwgk.lang.deadline import parse_deadline
from zwgk.lang.normalize import _INVISIBLE_TABLE, _WIDTH_TABLE, _t2s, _Translator, to_simplified
from zwgk.lang.numerals import CIRCLED_NUMBERS, parse_number
from zwgk.lang.vocab import (
    ASSIST_MARKS,
    BOLD_MARKS,
    COMPLETION_VERBS,
    DUTY_BASIS,
    DUTY_SUBJECT,
    EVENT_AFTER_VERB,
    LEAD_MARKS,
    LEADS_ON_MARKS,
    MENTION_MARKS,
    ROLE_AFTER_NAME,
    ROLE_INITIALS,
    ROLE_VERBS,
    ROLE_VERBS_AFTER_NAME,
    UNIT_LEVELS,
    UNIT_PREFIXES,
    leads_on_once,
)

__all__ = [
    "ItemDuty",
    "ResponsibilityToken",
    "duties_by_item",
    "find_role_key",
    "is_item_duties_line",
    "item_duties",
    "item_duties_start",
    "parse_responsibility",
    "says_bold_leads",
    "tasks_above",
    "tokenize_responsibility",
    "with_role_key",
]


@attrs.frozen
class ResponsibilityToken:
    """One piece of a responsibility text.

    ``kind`` is ``unit``, ``role``, ``separator`` or ``other`` (text that
    is neither, such as the object of a verb or a dropped ``等部门``);
    ``text`` is ``source[start:end]`` exactly; ``role`` is the role a
    role word (or a unit) stands for.
    """

    kind: str
    text: str
    start: int
    end: int
    role: Role | None = None


# --- the matching view: one character of view per character of input ----

_VIEW_TABLE: Final[dict[int, int | None]] = {}
_VIEW_TABLE.update({k: (0x20 if v is None else v) for k, v in _INVISIBLE_TABLE.items()})
_VIEW_TABLE.update(_WIDTH_TABLE)
_VIEW_TABLE.update(
    {
        ord(","): ord("，"),
        ord(";"): ord("；"),
        ord(":"): ord("："),
        ord("("): ord("（"),
        ord(")"): ord("）"),
        ord("["): ord("〔"),
        ord("]"): ord("〕"),
        ord("【"): ord("〔"),
        ord("】"): ord("〕"),
        ord("［"): ord("〔"),
        ord("］"): ord("〕"),
        ord("﹐"): ord("，"),
        ord("､"): ord("、"),
        ord("﹑"): ord("、"),
        ord("﹔"): ord("；"),
        ord("﹕"): ord("："),
        ord("﹙"): ord("（"),
        ord("﹚"): ord("）"),
        ord("﹝"): ord("〔"),
        ord("﹞"): ord("〕"),
        ord("!"): ord("！"),
        ord("?"): ord("？"),
    }
)

_view_translate: Final = _Translator(_VIEW_TABLE)


def _view(text: str) -> str:
    """A same-length view of ``text`` that is simplified, width-folded, unified."""
    view = _view_translate(text)
    if view.isascii():
        return view
    converted: str = to_simplified(view)
    if len(converted) == len(view):
        return converted
    # A phrase conversion changed the length: convert character by character.
    conv = _t2s()
    chars = []
    for ch in view:
        c = conv.convert(ch)
        chars.append(c if len(c) == 1 else ch)
    return "".join(chars)


# --- vocabulary ------------------------------------------------------------

_OPEN: Final = "（〔「『《<{“‘"
_CLOSE: Final = "）〕」』》>}”’"
_STRONG_SEP: Final = "，；。：！？"
_LIST_SEP: Final = "、/／+＋&＆·・•" + CIRCLED_NUMBERS  # (①市场运行股②办公室, 财务科+办公室, 科&股)
_WS: Final = " \t\r\n\u3000\xa0\x0b\x0c"

_LEAD_WORDS: Final = (
    "牵头负责落实",
    "牵头负责",
    "牵头落实",
    "牵头办理",
    "牵头实施",
    "牵头推进",
    "牵头组织",
    "牵头抓总",
    "牵头",
    "统筹协调",
    "统筹推进",
    "统筹指导",
    "统筹",
    "总牵头",
    "总负责",
    "负总责",
    "抓总",
    "主办",
    "主责",
)
_ASSIST_WORDS: Final = (
    "配合落实",
    "配合做好",
    "配合办理",
    "配合",
    "协办",
    "协助",
    "协同",
    "协作",
    "参与",
    "参加",
)
_OWNER_WORDS: Final = (
    "负责落实",
    "负责实施",
    "负责办理",
    "负责推进",
    "具体负责",
    "具体落实",
    "具体实施",
    "参照落实",
    "参照执行",
    "参照办理",
    "抓好落实",
    "贯彻落实",
    "组织实施",
    "组织",
    "负责",
    "落实",
    "办理",
    "承办",
    "承担",
    "执行",
    "实施",
)
_SUPERVISE_WORDS: Final = (
    "加强监管",
    "强化监管",
    "加强监督",
    "强化监督",
    "加强指导",
    "强化指导",
    "加强督导",
    "监督指导",
    "指导监督",
    "督促指导",
    "指导督促",
    "业务指导",
    "监督检查",
    "监管",
    "监督",
    "审核",
    "指导",
    "督导",
    "督促",
    "督办",
)
_MODIFIERS: Final = (
    "依法",
    "结合实际",
    "按要求",
    "分别",
    "分工",  # (局人事科、局科技科分工负责: each its share)
    "各自",
    "共同",
    "切实",
    "认真",
    "具体",
    "要",
)


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_ROLE_OF: Final[dict[str, Role]] = {}
for _words, _role in (
    (_LEAD_WORDS, Role.LEAD),
    (_ASSIST_WORDS, Role.ASSIST),
    (_OWNER_WORDS, Role.OWNER),
    (_SUPERVISE_WORDS, Role.SUPERVISE),
):
    for _w in _words:
        _ROLE_OF[_w] = _role

_VERBS: Final = _alt(tuple(_ROLE_OF))
_MODS: Final = DUTY_BASIS + "|" + _alt(_MODIFIERS)
# A role phrase: modifiers, a role verb, perhaps more modifiers and a second
# verb (牵头办理, 分别牵头落实, 按职责分别负责落实); the first verb decides.
# (a second verb that opens the event a deadline counts from is the deadline's: 配合|审核结束后…)
_ROLE_RE: Final = re.compile(
    rf"(?:{_MODS})*({_VERBS})(?:(?:{_MODS})*(?:{_VERBS})(?!{'|'.join(EVENT_AFTER_VERB)}))*"
)
_MOD_RE: Final = re.compile(rf"(?:{_MODS})+")
_WITH_RE: Final = re.compile(r"会同|联合")
# "牵头单位：" style headers inside a cell; not after 各 (各责任科室: each of them, a unit).
# A role word alone is such a header before a colon (（牵头：办公室；配合：法规科）).
_HEADER_ROLE: Final[dict[str, Role]] = {
    "牵头": Role.LEAD,
    "主办": Role.LEAD,
    "主责": Role.LEAD,
    "责任": Role.OWNER,
    "负责": Role.OWNER,
    "承办": Role.OWNER,
    "配合": Role.ASSIST,
    "协办": Role.ASSIST,
    "参与": Role.ASSIST,
    "协同": Role.ASSIST,
    "协助": Role.ASSIST,
    "协作": Role.ASSIST,
    "监管": Role.SUPERVISE,
    "指导": Role.SUPERVISE,
    "督办": Role.SUPERVISE,
    **{initial: Role(field) for initial, field in ROLE_INITIALS.items()},
}
# (the words that also name units' kinds in running text, 承办单位 and the like,
# label a cell only before a colon: 各决策承办单位 is a name)
_COLON_ONLY: Final = ("主责", "承办", "协同", "协助", "协作", "督办")
_HEADER_RE: Final = re.compile(
    rf"(?<!各)({'|'.join(w for w in _HEADER_ROLE if w not in _COLON_ONLY and len(w) > 1)})"
    r"(?:(?:单位|部门|科室|处室|股室)[ \t\u3000]*[：:]?|[ \t\u3000]*[：:])"
    rf"|({'|'.join(_COLON_ONLY)})(?:单位|部门|科室|处室|股室)?[ \t\u3000]*[：:]"
    # (a role word's first character alone: before a colon, opening the cell or after a space)
    rf"|(?<![^\s，,；;])([{''.join(w for w in _HEADER_ROLE if len(w) == 1)}])[ \t\u3000]*[：:]"
)
# The role a list of names is declared to have after it (…均为责任单位,
# 市财政局为牵头单位). (责任, no role word of its own, is the owner's)
_DECLARED_RE: Final = re.compile(
    r"(?:均|都|皆)?(?:为|是|作为)(牵头|主办|责任|负责|配合|协办|参与)"
    r"(?:单位|部门|科室|处室|股室)"
)
# A role word glued to one of these is part of a name (市场监管局, 指导中心).
_NAME_CONTINUES: Final = frozenset("局科处所室委办厅站队组部院会股中心人单员司行社")
# an office whose name stands alone (办公室), not the end of a longer name (办公室主任),
# and a body's own office or leaders (局办公室, 局领导班子: 法规股办理局办公室监督)
_ALONE_OFFICE: Final = re.compile(r"[局委厅院]?(?:办公[室厅](?![主副])|机关|领导班子|党组)")
_ETC_RE: Final = re.compile(
    r"等(?:有关|相关|其他)?(?:[0-9一二三四五六七八九十]+个)?(?:部门|单位|机构)?$"
)
# 等 with what the rest are, after a name (区发改委等相关区直部门, 等…小组成员单位)
_ETC_KIND_RE: Final = re.compile(r"等[^、，,；;。（）()]{2,16}?(?:部门|单位|机构)$")
_JOIN_RE: Final = re.compile(r"以及|及|和|与|并")
# a join word after a list's separator, before the next name (no name starts so)
_LEADING_JOIN_RE: Final = re.compile(r"以及|及")
# a kind of unit alone after a join is no name of its own: it goes with the
# name before it (政策文件起草处室及单位: the offices and bodies drafting them)
_BARE_KIND: Final = re.compile(
    r"(?:单位|單位|部门|部門|机构|機構|科室|处室|處室|股室)(?=$|[、，,；;。\s（(]|"
    + "|".join(ROLE_VERBS)
    + ")"
)
_AGENT_RE: Final = re.compile(rf"(?:{DUTY_SUBJECT})?(?:由|请|請|责成|責成)")

_AGENT_AFTER_OBJECT: Final = re.compile(r"[^由]{2,12}?由")


# the offices a lone 会 (会同) may follow; 委 is not one (村委会, 居委会 are names)
_OFFICE_ENDS: Final = "处處局厅廳室科司股"
# what 会 opens a word with (会议, 会计, 会商, 会签): no joining of two offices
_NOT_JOINING: Final = "议議计計商签簽审審谈談展员員场場同"


def _with_end(view: str, cand: int, i: int) -> int | None:
    """Where a word joining a name to the units it works with ends, the word
    at ``i`` after a name from ``cand``: ``会同``, ``联合``, a mark leading on
    to them (``>``, ``→``: :data:`~zwgk.lang.vocab.LEADS_ON_MARKS`) or a lone
    ``会`` between two offices (``宣传处会办公室``, as some provinces write 会同)."""
    if cand < 0:
        return None
    m = _WITH_RE.match(view, i)
    if m is not None and view[m.end() : m.end() + 1] not in _NAME_CONTINUES:
        return m.end()
    if view[i] in LEADS_ON_MARKS and _leads_on(view, cand, i):
        return i + 1  # (财务科>信息科、护理部: the lead, then those assisting it)
    return i + 1 if view[i] in "会會" and _joins_offices(view, cand, i) else None


def _leads_on(view: str, cand: int, i: int) -> bool:
    """Whether the mark at ``i`` sets a name before it to lead the units
    after it: the one such mark in the text (a path of a site's columns,
    ``政府信息公开>重点领域>养老服务``, has several), names on both sides."""
    return leads_on_once(view) and bool(view[cand:i].strip()) and _starts_unit(view, i + 1)


def _joins_offices(view: str, cand: int, i: int) -> bool:
    """Whether a lone ``会`` at ``i`` joins two offices (``宣传处会办公室``:
    the first leads, with the second): an office's name before it, one
    after it, no word it opens."""
    name = view[cand:i].rstrip(_WS)
    nxt = view[i + 1 : i + 2]
    if not name or name[-1] not in _OFFICE_ENDS or not nxt or nxt in _NOT_JOINING:
        return False
    return _starts_unit(view, i + 1)


def _object_before_agent(view: str, s: int, text: str) -> int:
    """Where a unit starts after an object and ``由`` that open ``text``
    (``规章由政策法规司``, ``执法事项清单由…``): past the ``由``; 0 where the
    text opens otherwise, or the words before ``由`` end as a unit's name."""
    m = _AGENT_AFTER_OBJECT.match(text)
    if m is None or _ends_like_unit(text[: m.end() - 1]):
        return 0
    return m.end() if _starts_unit(view, s + m.end()) else 0


_SUFFIXES: Final = (
    "政府",
    "办公室",
    "办公厅",
    "委员会",
    "管委会",
    "中心",
    "部门",
    "单位",
    "机关",
    "机构",
    "党委",
    "党组",
    "支部",
    "街道",
    "镇街",
    "社区",
    "公司",
    "集团",
    "专班",
    "系统",
    "窗口",
    "法院",
    "检察院",
    "各地",
    "各级",
    "地区",
    "学校",
    "医院",
    "海关",
    "税务",
    "人大",
    "政协",
    "指挥部",
    "办事处",
    "联",
    "协",
    "局",
    "委",
    "办",
    "厅",
    "科",
    "室",
    "股",
    "处",
    "部",
    "院",
    "司",  # (a ministry's department: 政策法规司)
    "所",
    "站",
    "队",
    "组",
    "班",
    "会",
    "社",
    "馆",
    "团",
    "台",
    "庭",
    "行",
    "镇",
    "乡",
    "县",
    "区",
    "市",
    "省",
    "州",
    "盟",
    "旗",
)
_SUFFIX_RE: Final = re.compile(rf"(?:{_alt(_SUFFIXES)})$")
# Verbs that start the object phrase after a unit (执法监督科公开行政处罚信息).
_VERB_START_RE: Final = re.compile(
    r"公开|发布|做好|加强|完善|推进|推动|开展|组织|及时|抓好|制定|编制|更新|维护|建立|健全"
    r"|梳理|严格|规范|提供|做|对|在|将|把|于|定期|谁|按|依|根据|结合|围绕|针对|通过|深化"
    r"|优化|提升|强化|落细|主动|全面|进一步|不断|持续|广泛|积极|加快"
)
# Units that start with these stand alone; others borrow a list's prefix.
_PREFIXES: Final = (
    "各相关",
    "各有关",
    "相关",
    "有关",
    "各",
    "省委",
    "市委",
    "区委",
    "县委",
    "省直",
    "市直",
    "区直",
    "县直",
    "省",
    "市",
    "区",
    "县",
    "州",
    "镇",
    "乡",
)
_PREFIX_RE: Final = re.compile(rf"(?:{_alt(_PREFIXES)})")
_STANDALONE_RE: Final = re.compile(
    rf"(?:{_alt(_PREFIXES)}|其他|其它|全|本|所有|中共|中国|国家|[A-Za-z0-9])"
)
# A collective prefix (各有关部门、单位) carries over to a bare kind of unit only,
# not to a name of its own (各设区市、平潭综合实验区; 相关业务科室、办公室).
_COLLECTIVE: Final = ("各", "相关", "有关")
_BARE_KINDS: Final = frozenset(
    {"单位", "部门", "科室", "处室", "股室", "机构", "单位部门", "部门单位", "單位", "部門"}
    | {"市", "县", "区", "镇", "乡", "街道", "乡镇", "镇街", "县区", "市区", "縣", "區", "鎮"}
)
_UNIT_START: Final = frozenset("各市区县省镇乡街相有其全州")


def _ends_like_unit(view: str) -> bool:
    v = view.rstrip(_WS)
    if not v:
        return False
    if v[-1] in _CLOSE:
        return True
    return _SUFFIX_RE.search(v) is not None


def _match_role(view: str, i: int) -> re.Match[str] | None:
    declared = _DECLARED_RE.match(view, i)  # …人民政府均为责任单位
    if declared is not None:
        return declared
    m = _ROLE_RE.match(view, i)
    if m is None:
        return None
    end = m.end()
    # Shorten the phrase while it is glued to a name (市场监管局 → not a role),
    # not to an office that is a name alone (法规科负责办公室审核)
    while end < len(view) and view[end] in _NAME_CONTINUES and not _ALONE_OFFICE.match(view, end):
        m2 = None
        for k in range(end - 1, i, -1):
            cand = _ROLE_RE.fullmatch(view, i, k)
            if cand is not None and (k >= len(view) or view[k] not in _NAME_CONTINUES):
                m2 = cand
                break
        if m2 is None:
            return None
        m = m2
        end = m.end()
    return m


# --- scanning --------------------------------------------------------------


@attrs.define
class _Tok:
    kind: str  # unit, role, with, header, list, clause, space, other
    start: int
    end: int
    role: Role | None = None
    bracket_role: bool = False


def _closing(view: str, i: int) -> int:
    """Index just past the bracket group opening at ``i`` (or ``i + 1``)."""
    depth = 0
    for j in range(i, len(view)):
        ch = view[j]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth == 0:
                return j + 1
        elif ch in "\n；。":
            break
    return i + 1


# 各委、办、局: one collective whose kinds are listed one character each
_KIND_CHAR: Final = "[委办局厅室所站科处辦廳處]"
_KINDS_LISTED: Final = re.compile(rf"各{_KIND_CHAR}(?:[、，,]{_KIND_CHAR})+")


_LATIN_COLON: Final = re.compile(r"(?<=[A-Za-z0-9])：(?=[\u4e00-\u9fff])")


def _spaced_label(view: str, i: int, m: re.Match[str]) -> bool:
    """Whether the header ``m`` at ``i`` is a label after a space, its colon
    after it (``主办：市财政局 协办：市税务局``): the next field's, not a role
    word of the name before it."""
    return i > 0 and view[i - 1] in _WS and view[m.end() - 1] in "：:"


# what a separator parts: clauses (；。) or the names of a list (、，)
_SEPARATES: Final = {**dict.fromkeys(_LIST_SEP, "list"), **dict.fromkeys(_STRONG_SEP, "clause")}


def _scan(view: str) -> list[_Tok]:
    toks: list[_Tok] = []
    n = len(view)
    cand = -1  # start of the pending unit candidate
    i = 0
    # the separators inside such a collective part no names, nor does a colon
    # after a Latin word: a string a mirror put for a place (乐鱼体育app:财政局)
    kept = {k for m in _KINDS_LISTED.finditer(view) for k in range(m.start(), m.end())}
    kept.update(m.start() for m in _LATIN_COLON.finditer(view))

    def flush(end: int) -> None:
        nonlocal cand
        if cand >= 0:
            _flush_candidate(view, cand, end, toks)
        cand = -1

    while i < n:
        ch = view[i]
        if ch in _OPEN:
            j = _closing(view, i)
            if cand < 0:
                cand = i
            i = j
            continue
        sep = _SEPARATES.get(ch)
        if sep is not None and i not in kept:
            flush(i)
            toks.append(_Tok(sep, i, i + 1))
            i += 1
            continue
        if ch in MENTION_MARKS and cand < 0:  # (@办公室: a name marked, the mark no part of it)
            toks.append(_Tok("space", i, i + 1))
            i += 1
            continue
        if ch in _WS:
            j = i
            while j < n and view[j] in _WS:
                j += 1
            if cand < 0:
                toks.append(_Tok("space", i, j))
            elif _splits_at_space(view, cand, i, j):
                flush(i)
                toks.append(_Tok("list", i, j))
            i = j
            continue
        m = _HEADER_RE.match(view, i)
        if m is not None and (
            cand < 0 or not _ends_like_unit(view[cand:i]) or _spaced_label(view, i, m)
        ):
            flush(i)
            toks.append(
                _Tok("header", i, m.end(), _HEADER_ROLE[m.group(1) or m.group(2) or m.group(3)])
            )
            i = m.end()
            continue
        joined = _with_end(view, cand, i)
        if joined is not None:
            flush(i)
            toks.append(_Tok("with", i, joined, Role.LEAD))
            i = joined
            continue
        m = _match_role(view, i)
        if m is not None and _names_role(view, cand, i, m):
            flush(i)
            toks.append(_Tok("role", i, m.end(), _ROLE_OF.get(m.group(1), Role.OWNER)))
            i = m.end()
            continue
        m = _MOD_RE.match(view, i)
        if m is not None and cand >= 0 and _ends_like_unit(view[cand:i]):
            # 按照“谁主管谁负责”原则: everything up to the verb is not a unit.
            flush(i)
            j = m.end()
            while j < n and view[j] not in _STRONG_SEP and _match_role(view, j) is None:
                j = _closing(view, j) if view[j] in _OPEN else j + 1
            toks.append(_Tok("other", i, j))
            i = j
            continue
        m = _LEADING_JOIN_RE.match(view, i) if cand < 0 else None
        if m is not None and _starts_unit(view, m.end()):  # …，以及各有关单位
            toks.append(_Tok("list", i, m.end()))
            i = m.end()
            continue
        m = _JOIN_RE.match(view, i)
        if (
            m is not None
            and cand >= 0
            and _ends_like_unit(view[cand:i])
            and _starts_unit(view, m.end())
            and _BARE_KIND.match(view, m.end()) is None
        ):
            flush(i)
            toks.append(_Tok("list", i, m.end()))
            i = m.end()
            continue
        if cand < 0:
            cand = i
        i += 1
    flush(n)
    return toks


def _piece_end(view: str, k: int) -> int:
    """End of the piece of text starting at ``k`` (up to a separator or role word)."""
    n = len(view)
    while k < n and view[k] not in _STRONG_SEP and view[k] not in _LIST_SEP:
        if view[k] in _WS or _ROLE_RE.match(view, k) or _WITH_RE.match(view, k):
            break
        k = _closing(view, k) if view[k] in _OPEN else k + 1
    return k


def _names_role(view: str, cand: int, i: int, m: re.Match[str]) -> bool:
    """Whether the role phrase ``m`` at ``i`` names a role: not inside a name
    (市场监督管理局); a word that is a role only after a unit's name (组织, 审核:
    :data:`~zwgk.lang.vocab.ROLE_VERBS_AFTER_NAME`) stands right after one,
    not before an office word (社会组织管理股, 组织联络部)."""
    if _inside_name(view, cand, i, m.end()):
        return False
    if view.startswith(_DECLARING, i):  # (市财政局为牵头单位: a name declared so, not 我局)
        return cand >= 0 and _ends_like_unit(view[cand:i]) and not view.startswith(_SELF, cand)
    if m.group(1) not in _AFTER_NAME_ONLY:
        return True
    return (
        cand >= 0 and _ends_like_unit(view[cand:i]) and ROLE_AFTER_NAME.match(view, i) is not None
    )


_AFTER_NAME_ONLY: Final = frozenset(ROLE_VERBS_AFTER_NAME)
_DECLARING: Final = ("为", "是", "作为")  # a role declared after a name, with no 均 before it
# the plan's own body, or the task, as the subject (此项工作我局为配合单位: a remark)
_SELF: Final = ("此", "该", "我", "本")


def _inside_name(view: str, cand: int, i: int, end: int) -> bool:
    """Whether a role word at ``i:end`` is really part of a name (市场监督管理局,
    and a supervising word opening a division's name: 监督管理股, 督查科)."""
    # (only a supervising word opens a division's name, not one naming what
    # it oversees: 监督各乡镇, 监督市财政局; after a name, it opens one glued
    # to it: 县审计局监督检查股)
    opens = _ROLE_OF.get(view[i:end]) is Role.SUPERVISE and not view.startswith(UNIT_PREFIXES, end)
    if (cand < 0 or _ends_like_unit(view[cand:i])) and not opens:
        return False
    after = view[end : _piece_end(view, end)]
    return bool(after) and _ends_like_unit(after)


def _splits_at_space(view: str, cand: int, i: int, j: int) -> bool:
    """Whether whitespace inside a candidate separates two units."""
    if j >= len(view):
        return False
    before = view[cand:i]
    after = view[j:]
    if "\n" in view[i:j] and _ends_like_unit(before):
        # a cell's names one a line (医务部 / 门诊部): the line ends a name
        return _ends_like_unit(view[j : _piece_end(view, j)])
    if not _ends_like_unit(before) or after[0] not in _UNIT_START:
        return False
    # 市政府 各部门 is one unit written with a stray space.
    return not (before.endswith("政府") and after.startswith(("各", "有关", "相关")))


def _starts_unit(view: str, i: int) -> bool:
    """Whether a unit (not 其部门, not a verb) starts at ``i``."""
    if i >= len(view):
        return False
    rest = view[i:]
    if rest[0] in _STRONG_SEP or rest[0] in _LIST_SEP or rest[0] in _WS:
        return False
    if rest.startswith(("其", "所属", "下属", "直属")):
        return False
    if _match_role(view, i) is not None or _VERB_START_RE.match(rest):
        return False
    # The next piece must itself end like a unit before a separator or role.
    k = i
    while k < len(view) and view[k] not in _STRONG_SEP and view[k] not in _LIST_SEP:
        if view[k] in _WS:
            break
        if _match_role(view, k) is not None or (k > i and _WITH_RE.match(view, k)):
            break
        k += 1
    return _ends_like_unit(view[i:k])


def _flush_candidate(view: str, start: int, end: int, toks: list[_Tok]) -> None:
    # Whitespace at either end is a separator, not part of the name.
    s, e = start, end
    while s < e and view[s] in _WS:
        s += 1
    while e > s and view[e - 1] in _WS:
        e -= 1
    if s > start:
        toks.append(_Tok("space", start, s))
    if e > s:
        _unit_or_split(view, s, e, toks)
    if end > e:
        toks.append(_Tok("space", e, end))


_INITIAL_ROLE: Final = {initial: Role(field) for initial, field in ROLE_INITIALS.items()}
# the kind of unit a role in brackets may close with (（牵头单位）, （配合部门）)
_BRACKET_KIND: Final = re.compile(r"(?<=.)(?:单位|部门|科室|处室|股室)$")


def _unit_or_split(view: str, s: int, e: int, toks: list[_Tok]) -> None:
    text = view[s:e]
    if not any(ch.isalpha() for ch in text):
        toks.append(_Tok("other", s, e))  # digits or symbols only: not a name
        return
    # A role in brackets after a name: 市教育局（牵头）, 市教育局（牵头单位）.
    if text[-1] in _CLOSE:
        k = _open_of_last_group(text)
        if k > 0:
            inner = _BRACKET_KIND.sub("", text[k + 1 : -1].strip(_WS))
            m = _ROLE_RE.fullmatch(inner) if inner else None
            role = _ROLE_OF[m.group(1)] if m is not None else _INITIAL_ROLE.get(inner)
            if role is not None:  # (or a role word's first character: 推广股（牵）)
                _unit_or_split(view, s, s + k, toks)
                toks.append(_Tok("role", s + k, e, role, bracket_role=True))
                return
    # The word that names the agent before a name: 由市财政局牵头, 请各区县配合.
    m = _AGENT_RE.match(text)
    if m is not None and _starts_unit(view, s + m.end()):
        toks.append(_Tok("other", s, s + m.end()))
        _unit_or_split(view, s + m.end(), e, toks)
        return
    # ... after what it is to do (规章由政策法规司牵头: the rules, then who)
    by = _object_before_agent(view, s, text)
    if by:
        toks.append(_Tok("other", s, s + by))
        _unit_or_split(view, s + by, e, toks)
        return
    # A trailing 等 / 等部门 is dropped.
    m = _ETC_RE.search(text)
    if m is None and (kind := _ETC_KIND_RE.search(text)) is not None:
        m = kind if _ends_like_unit(view[s : s + kind.start()]) else None
    if m is not None and m.start() > 0:
        _unit_or_split(view, s, s + m.start(), toks)
        toks.append(_Tok("etc", s + m.start(), e))
        return
    # A clause that starts with a verb is not a unit (完善规范相关工作机制).
    if _VERB_START_RE.match(text) and not _ends_like_unit(text):
        toks.append(_Tok("other", s, e))
        return
    # A name followed by the object of a verb that is not a role word.
    for k in range(2, len(text) - 1):
        if (
            _VERB_START_RE.match(text, k)
            and _ends_like_unit(text[:k])
            and not _ends_like_unit(text[k:])
            and not _inside_brackets(text, k)
        ):
            toks.append(_Tok("unit", s, s + k))
            toks.append(_Tok("other", s + k, e))
            return
    toks.append(_Tok("unit", s, e))


def _open_of_last_group(text: str) -> int:
    depth = 0
    for k in range(len(text) - 1, -1, -1):
        if text[k] in _CLOSE:
            depth += 1
        elif text[k] in _OPEN:
            depth -= 1
            if depth == 0:
                return k
    return -1


def _inside_brackets(text: str, k: int) -> bool:
    depth = 0
    for ch in text[:k]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    return depth > 0


# --- reading the clauses ---------------------------------------------------


def _assign(toks: list[_Tok]) -> None:
    """Give every unit token its role, or demote it to ``other``.

    A clause that is a role phrase alone gives its role to the names of the
    clause before it where that clause stated none (``市教育局、市卫健委，
    分别牵头落实``)."""
    header_role: Role | None = None
    clause: list[_Tok] = []
    unstated: list[_Tok] = []
    for tok in [*toks, _Tok("clause", -1, -1)]:
        if tok.kind != "clause":
            clause.append(tok)
            continue
        role = _role_alone(clause)
        if role is not None and unstated:
            for t in unstated:
                t.role = role
            unstated = []
        else:
            header_role, unstated = _assign_clause(clause, header_role)
        clause = []


def _role_alone(clause: list[_Tok]) -> Role | None:
    """The role of a clause that is one role phrase and nothing else, or None."""
    significant = [t for t in clause if t.kind not in ("space", "list")]
    if len(significant) == 1 and significant[0].kind == "role":
        return None if significant[0].bracket_role else significant[0].role
    return None


def _assign_clause(clause: list[_Tok], header_role: Role | None) -> tuple[Role | None, list[_Tok]]:
    """Give the units of one clause their roles; the header role in force
    after it, and the units given the default role for want of a stated one."""
    unstated: list[_Tok] = []
    significant = [t for t in clause if t.kind not in ("space", "list")]
    seen_verb = False
    with_mode = False
    idx = 0
    while idx < len(significant):
        tok = significant[idx]
        if tok.kind == "header":
            header_role = tok.role
            idx += 1
            continue
        if tok.kind != "unit":
            if tok.kind == "role" and not tok.bracket_role:
                seen_verb = True
            elif tok.kind == "with":
                with_mode = True
                seen_verb = True
            elif tok.kind == "other":
                seen_verb = True
            idx += 1
            continue
        # A run of units (a list), with bracketed roles among them.
        run_end = idx
        while run_end < len(significant) and (
            significant[run_end].kind in ("unit", "etc")
            or (significant[run_end].kind == "role" and significant[run_end].bracket_role)
        ):
            run_end += 1
        nxt = significant[run_end] if run_end < len(significant) else None
        if with_mode:
            role: Role | None = Role.ASSIST
        elif nxt is not None and nxt.kind == "role":
            role = nxt.role
        elif nxt is not None and nxt.kind == "with":
            role = Role.LEAD
        elif not seen_verb:
            role = header_role or Role.OWNER
        else:
            role = None  # the object of a verb, not a unit
        for k in range(idx, run_end):
            t = significant[k]
            if t.kind != "unit":
                continue
            # the next bracketed role in the run is for the names before it
            # (市发改局（牵头）、各镇人民政府、街道办事处（配合）)
            after = next((a for a in significant[k + 1 : run_end] if a.kind == "role"), None)
            if after is not None:
                t.role = after.role
            elif role is None:
                t.kind = "other"
            else:
                t.role = role
                if not seen_verb and header_role is None and not with_mode and nxt is None:
                    unstated.append(t)
        idx = run_end
    return header_role, unstated


def _tokens(text: str) -> tuple[str, list[_Tok]]:
    view = _view(text)
    toks = _scan(view)
    _assign(toks)
    return view, toks


def tokenize_responsibility(text: str) -> list[ResponsibilityToken]:
    """Split a responsibility text into tokens that cover it exactly.

    Each token is a ``unit`` (with the role it was given), a ``role`` word,
    a ``separator`` (punctuation, joining ``及``/``和``, whitespace) or
    ``other`` (anything else: the object of a verb, a dropped ``等部门``).
    Concatenating the tokens' texts gives ``text`` back.

    >>> for t in tokenize_responsibility("办公室牵头，各科室协办"):
    ...     print(t.kind, t.text, t.start, t.end)
    unit 办公室 0 3
    role 牵头 3 5
    separator ， 5 6
    unit 各科室 6 9
    role 协办 9 11
    """
    _, toks = _tokens(text)
    out: list[ResponsibilityToken] = []
    pos = 0
    for t in sorted(toks, key=lambda t: t.start):
        if t.start > pos:  # never happens for well-formed scans; keep coverage exact
            out.append(ResponsibilityToken("other", text[pos : t.start], pos, t.start))
        kind = {
            "unit": "unit",
            "role": "role",
            "with": "role",
            "header": "role",
            "other": "other",
            "etc": "other",
        }.get(t.kind, "separator")
        out.append(ResponsibilityToken(kind, text[t.start : t.end], t.start, t.end, t.role))
        pos = t.end
    if pos < len(text):
        out.append(ResponsibilityToken("other", text[pos:], pos, len(text)))
    return out


_SPACE_IN_NAME: Final = re.compile(r"\s+")


# a clause said of all the other rows (以下责任单位均包含各区县政府); not one naming
# who does the rows above (以上任务由区政务服务局牵头)
_REMARK_CLAUSE: Final = re.compile(
    r"(?:^|(?<=[，,；;。]))\s*(?:以下|以上)[^，,；;。由]*?(?:均|都)[^，,；;。]*"
)
# a bracket closing a name that says what it covers (（含南太湖新区管委会，下同）):
# a remark, no part of the name
_REMARK_BRACKET: Final = re.compile(
    r"[（(〔﹝\[](?:含|包含|包括|不含|下同|以下简称|以下簡稱|简称|簡稱|见|見)[^（()）〔〕﹝﹞\[\]]*[）)〕﹞\]]$"
)


_NAME_MARKS: Final = LEAD_MARKS + ASSIST_MARKS  # (★财务科, △办公室: its role's mark)


def _unbold(name: str) -> str:
    """``name`` without the pair of marks Markdown sets around it in bold (``**财务科**``)."""
    for mark in BOLD_MARKS:
        if len(name) > 2 * len(mark) and name.startswith(mark) and name.endswith(mark):
            return name[len(mark) : -len(mark)]
    return name


def _clean(raw: str) -> str:
    name = _unbold(_SPACE_IN_NAME.sub("", _name_translate(raw))).strip(_NAME_MARKS)
    remark = _REMARK_BRACKET.search(name)
    return name[: remark.start()] if remark is not None and remark.start() > 0 else name


_name_translate: Final = _Translator(_INVISIBLE_TABLE)


def parse_responsibility(text: str) -> Responsibility:
    """Parse a responsibility text into units and roles.

    Units are split on ``、，,；;`` and on ``及``/``和`` where they join two
    units (never inside a name such as ``市人力资源和社会保障局``), with
    brackets respected (``各县〔市、区〕人民政府`` is one unit); a trailing
    ``等``/``等部门`` is dropped.  Roles: ``牵头``, ``统筹``, the subject of
    ``会同`` → lead; ``配合``, ``协办``, ``协助``, the object of ``会同`` →
    assist; ``负责``, ``落实``, ``办理`` (with ``按职责…`` and the like) or
    no role word → owner; ``监管``, ``加强指导``, ``强化监管`` → supervise.
    Traditional script and ASCII punctuation are read like their
    Simplified, full-width forms.  Units are kept as written (whitespace
    inside a name removed); where a list shares a prefix
    (``市发展改革局、商务局``) the full name is in ``qualified``.
    ``raw`` is exactly ``text``.

    >>> r = parse_responsibility("市發展改革局、財政局按照職責分工強化監管")
    >>> [(a.unit, a.role.value, a.qualified) for a in r.assignments]
    [('市發展改革局', 'supervise', None), ('財政局', 'supervise', '市財政局')]
    >>> r = parse_responsibility("综合规划科会同各相关科室办理。")
    >>> [(a.unit, a.role.value) for a in r.assignments]
    [('综合规划科', 'lead'), ('各相关科室', 'assist')]
    """
    return _parse_cached(text)


@functools.lru_cache(maxsize=8192)
def _parse_cached(text: str) -> Responsibility:
    # Responsibilities repeat across a plan (a shared cell, one unit on many
    # tasks) and results are immutable: parse each text once.
    view, toks = _tokens(text)
    assignments: list[Assignment] = []
    seen: set[tuple[str, Role]] = set()
    prev_prefix: str | None = None
    prev_end = -1
    remarks = [m.span() for m in _REMARK_CLAUSE.finditer(view)] if "以" in view else []
    for t in sorted(toks, key=lambda t: t.start):
        if t.kind == "list" or t.kind == "space":
            continue
        if remarks and any(a <= t.start < b for a, b in remarks):
            continue  # (以下责任单位均包含各区县政府: said of the rows below, no unit of this one)
        if t.kind != "unit" or t.role is None:
            prev_prefix = None
            continue
        for a, b in _glued_units(view, t.start, t.end):
            prev_prefix, prev_end = _add_assignment(
                text, view, a, b, t.role, prev_prefix, prev_end, assignments, seen
            )
    return Responsibility(raw=text, assignments=tuple(assignments))


_LEVEL_INSIDE: Final = re.compile("|".join(map(re.escape, UNIT_LEVELS)) + "|各")


def _glued_units(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names in one unit token: two names written with no separator
    between them (``省发改委省经信委``, cells of a lead column run together)
    are two units when the unit grammar reads both."""
    from zwgk.lang.units import run_at

    if _LEVEL_INSIDE.search(view, start + 2, end) is None:
        return [(start, end)]
    run = run_at(view[start:end], 0)
    if run is None or run.end != end - start or len(run.cells) < 2:
        return [(start, end)]
    return [(start + a, start + b) for a, b in run.cells]


def _add_assignment(
    text: str,
    view: str,
    start: int,
    end: int,
    role: Role,
    prev_prefix: str | None,
    prev_end: int,
    assignments: list[Assignment],
    seen: set[tuple[str, Role]],
) -> tuple[str | None, int]:
    """Append the unit ``text[start:end]``; returns the prefix state for the next one."""
    unit = _clean(text[start:end])
    if not unit:
        return prev_prefix, prev_end
    unit_view = _clean(view[start:end])
    qualified: str | None = None
    carries = prev_prefix is not None and not (
        prev_prefix.startswith(_COLLECTIVE) and unit_view not in _BARE_KINDS
    )
    if prev_prefix and carries and prev_end >= 0 and not _STANDALONE_RE.match(unit_view):
        qualified = prev_prefix + unit
    m = _PREFIX_RE.match(unit_view)
    if m is not None:
        prev_prefix = unit[: m.end()]
    elif qualified is None:
        prev_prefix = None
    prev_end = end
    key = (qualified or unit, role)
    if key not in seen:
        seen.add(key)
        assignments.append(Assignment(unit, role, qualified))
    return prev_prefix, prev_end


# 以上3项工作由…负责 / 上述任务均由…牵头: the clause is for the tasks above it
_TASKS_ABOVE: Final = re.compile(
    r"\s*(?:以上|上述|前述)(?:(?P<count>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[项條条])?"
    r"(?P<what>(?:各项|各項)?(?:工作|任务|任務|内容|事项|事項)|各项|各項)?(?:均|皆|统一|統一)?"
    r"\s*(?=由|[\u4e00-\u9fff])"
)

# a clause naming items by their numbers and who does them (第1、2、8项由党政办负责；
# 第3至5项由…牵头，…配合): the numbers, then the responsibility up to the clause's end
_ITEM_NUMBER: Final = r"(?:[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})"
_ITEM_DUTY: Final = re.compile(
    rf"第\s*(?P<items>{_ITEM_NUMBER}(?:\s*[项項条條]?\s*[、，,和及至到\-－—~～]\s*第?\s*{_ITEM_NUMBER})*)"
    r"\s*[项項条條]"
    r"(?:工作|任务|任務)?\s*(?:均|皆)?\s*由(?P<resp>[^；;。]+)"
)
_ITEM_RANGE: Final = re.compile(
    rf"({_ITEM_NUMBER})\s*[项項条條]?\s*[至到\-－—~～]\s*第?\s*({_ITEM_NUMBER})"
)
_ITEM_LIST: Final = (
    rf"第\s*(?P<items>{_ITEM_NUMBER}(?:\s*[、，,和及至到\-－—~～]\s*第?{_ITEM_NUMBER})*)"
    r"\s*[项項条條]"
)
# ... and the other way round, a unit first and what it does to which items
# (党政办：负责第1、9项；牵头第7项。): the unit, then its clauses
_UNIT_DUTIES: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?P<unit>[^：:；;。，,\n]{2,30})[：:](?P<duties>.+)$"
)
_UNIT_DUTY: Final = re.compile(rf"(?:{_MODS})*(?P<verb>{_VERBS})\s*{_ITEM_LIST}")
_MOST_ITEMS: Final = 200  # the largest item number a clause is read for


def duties_by_item(text: str) -> list[tuple[tuple[int, ...], str]]:
    """The clauses of ``text`` that give items their responsibility by
    their numbers (a plan's 责任分工 part): each clause's item numbers and
    its responsibility as written, after ``由`` (a deadline the clause closes
    with is no part of it: see :func:`item_duties`).

    >>> duties_by_item("第1、2项由党政办负责；第3至5项由党政办牵头，各村（社区）配合。")
    [((1, 2), '党政办负责'), ((3, 4, 5), '党政办牵头，各村（社区）配合')]
    >>> duties_by_item("第一、第二项工作由办公室负责；第三至五项由财务股负责。")
    [((1, 2), '办公室负责'), ((3, 4, 5), '财务股负责')]
    >>> duties_by_item("党政办：负责第1、9项；牵头第7项。")
    [((1, 9), '党政办负责'), ((7,), '党政办牵头')]
    """
    return [(d.items, d.responsibility) for d in item_duties(text)]


@attrs.frozen
class ItemDuty:
    """What a clause of a 责任分工 part gives items by their numbers: who
    does them, as written, and by when, where the clause says (else None)."""

    items: tuple[int, ...]
    responsibility: str
    deadline: str | None = None


def item_duties(text: str) -> list[ItemDuty]:
    """The clauses of ``text`` that give items their responsibility, and
    perhaps their deadline, by their numbers (``以上第1项、第2项由党政办负责，
    2024年3月底前完成；第3项由财政所负责，批复后20日内完成``).

    >>> [(d.items, d.responsibility, d.deadline) for d in item_duties(
    ...     "以上第1项、第2项由党政办负责，2024年3月底前完成；第3项由财政所负责，长期坚持。")]
    [((1, 2), '党政办负责', '2024年3月底前'), ((3,), '财政所负责', '长期坚持')]
    """
    out: list[ItemDuty] = []
    for m in _ITEM_DUTY.finditer(text):
        items = _items(to_simplified(m["items"]).translate(_WIDTH_TABLE))
        resp, deadline = _duty_and_deadline(m["resp"].strip())
        if items and parse_responsibility(resp).assignments:
            out.append(ItemDuty(items, resp, deadline))
    return out or [ItemDuty(items, resp) for items, resp in _unit_duties(text)]


# a line that gives items their units by number, perhaps the items above it (以上第1项…)
_DUTY_LINE: Final = re.compile(rf"\s*(?:以上|上述|前述)?\s*第\s*{_ITEM_NUMBER}")


# ... and such a sentence run on after a task's text (…报告。以上第1项…, on a page
# crawled onto one line): it opens by pointing above
_DUTY_SENTENCE: Final = re.compile(rf"(?<=[。；;！!\s])\s*(?:以上|上述|前述)\s*第\s*{_ITEM_NUMBER}")


def item_duties_start(text: str) -> int | None:
    """Where a sentence that gives the items above their units by number
    starts in ``text``, after the task's own text: a line of its own, or a
    sentence opening with 以上 after a full stop or a space (``…年度报告。
    以上第1项、第2项由党政办负责…``); None where none does.

    >>> text = "公开年度报告。 以上第1项、第2项由党政办负责，2024年3月底前完成。"
    >>> text[item_duties_start(text):]
    '以上第1项、第2项由党政办负责，2024年3月底前完成。'
    >>> item_duties_start("公开第1项工作的进展。") is None
    True
    """
    starts = [m.end() for m in re.finditer("\n", text)]
    starts += [
        m.start() + len(m.group()) - len(m.group().lstrip()) for m in _DUTY_SENTENCE.finditer(text)
    ]
    for k in sorted(starts):
        if k > 0 and text[:k].strip() and is_item_duties_line(text[k:]):
            return k
    return None


def is_item_duties_line(line: str) -> bool:
    """Whether ``line`` gives items their responsibility by their numbers,
    from its start (``以上第1项、第2项由党政办负责…``), not a task's text.

    >>> is_item_duties_line("以上第1项由办公室负责，2024年3月底前完成。")
    True
    >>> is_item_duties_line("公开第1项工作的进展。")
    False
    """
    return _DUTY_LINE.match(line) is not None and bool(item_duties(line))


# what closes a deadline clause after the time it names (…前完成, …内办结)
_DONE: Final = re.compile(f"(?:{'|'.join(COMPLETION_VERBS)})$")


def _duty_and_deadline(clause: str) -> tuple[str, str | None]:
    """A clause's responsibility and the deadline its last comma's piece
    names (``党政办负责，2024年3月底前完成``: the deadline without 完成)."""
    head, comma, last = clause.rpartition("，") if "，" in clause else clause.rpartition(",")
    if not comma:
        return clause, None
    when = _DONE.sub("", last.strip())
    found = parse_deadline(when) if when else None
    if found is None or found.raw != when:
        return clause, None
    return head.strip(), when


def _unit_duties(text: str) -> list[tuple[tuple[int, ...], str]]:
    """The clauses of ``text`` that name a unit first and then what it does
    to which items (``党政办：负责第1、9项；牵头第7项。``): each clause's items
    and the unit with its verb (``党政办负责``)."""
    out: list[tuple[tuple[int, ...], str]] = []
    for line in _UNIT_DUTIES.finditer(text):
        unit = line["unit"].strip()
        for m in _UNIT_DUTY.finditer(line["duties"]):
            items = _items(to_simplified(m["items"]).translate(_WIDTH_TABLE))
            if items and parse_responsibility(unit + m["verb"]).assignments:
                out.append((items, unit + m["verb"]))
    return out


def _items(listed: str) -> tuple[int, ...]:
    """The numbers a list of items names, ranges written out (3至5: 3, 4, 5)."""
    found: list[int] = []
    for piece in re.split(r"\s*[项項条條]?\s*[、，,和及]\s*第?\s*", listed):
        m = _ITEM_RANGE.fullmatch(piece)
        first, last = (parse_number(m[1]), parse_number(m[2])) if m else (parse_number(piece),) * 2
        if first is None or last is None or not first <= last <= _MOST_ITEMS:
            return ()
        found += range(first, last + 1)
    return tuple(found)


def tasks_above(raw: str) -> tuple[int | None, str, str] | None:
    """A responsibility written once for the tasks above it (``以上3项工作由区
    民政局负责，各街道配合``): how many tasks it is for, this one included
    (None where it does not say: ``上述任务由…``), the words that say so, and
    the responsibility itself. None for a responsibility of one task.

    >>> tasks_above("以上3项工作由区民政局负责，各街道配合")
    (3, '以上3项工作', '由区民政局负责，各街道配合')
    >>> tasks_above("区民政局负责") is None
    True
    """
    m = _TASKS_ABOVE.match(raw)
    if m is None or not (m["count"] or m["what"]):
        return None
    count = parse_number(m["count"]) if m["count"] else None
    return count, raw[: m.end()].strip(), raw[m.end() :].strip()


# 逗号前的为牵头单位 / 列第一位的为牵头单位 / 排在首位的为牵头部门: which units lead
_ROLE_KEY: Final = re.compile(
    r"[，,。；;、\s]*[（(]?(?:其中[，,]?)?"
    r"(?:(?P<comma>(?:逗号|逗號|，)(?:之)?前(?:面)?)|(?P<first>(?:排|列|位)?(?:在|于|於)?(?:第一位|首位|第一个|最前面?)))"
    r"(?:的|者)?(?:单位|單位|部门|部門|科室)?(?:为|為|是|系)牵头(?:单位|單位|部门|部門|科室)?"
    # and how several leads lead, and that it holds for the rows below (…分别牵头,下同)
    r"(?:[，,][^，,。；;（）()]{0,16}?分别牵头)?(?:[，,](?:以下同|下同))?"
    r"[）)]?[。；;]?"
)
_BOLD_WORDS: Final = "加粗|粗体|粗體|黑体|黑體|加黑"
# 标注★的为牵头科室，其余为配合科室: a mark beside a name makes it lead;
# 加粗的为牵头科室: so does bold (Markdown's ``**财务科**``)
_MARK_KEY: Final = re.compile(
    r"[，,。；;、\s]*[（(]?(?:标注|標注|标有|標有|标记|標記|注有|带有?|帶有?|加注?)?\s*"
    rf"(?:[“\"]?(?P<mark>[{LEAD_MARKS}])[”\"]?(?:号|號|符号|符號)?|(?P<bold>{_BOLD_WORDS}))"
    r"(?:显示|顯示|标注|標注|标示|標示)?(?:的|者)?"
    r"(?:单位|單位|部门|部門|科室)?(?:为|為|是|系)牵头(?:单位|單位|部门|部門|科室)?"
    r"(?:[，,](?:其余|其他|其餘)(?:的)?(?:单位|單位|部门|部門|科室)?(?:为|為|是)?"
    r"(?:配合|协办|協辦)(?:单位|單位|部门|部門|科室)?)?[）)]?[。；;]?"
)
_TOP_COMMA: Final = re.compile(r"[，,](?![^（(]*[）)])")  # a comma outside brackets
_KEY_BEFORE_LEAD: Final = 16  # the most a key holds before its 牵头, past its separators
_KEY_AFTER_LEAD: Final = 6  # … and from it on (牵头单位）。)
_KEY_SEPARATORS: Final = "，,。；;、"


def _key_from(text: str, lead: int) -> int:
    """Where a role key whose 牵头 stands at ``lead`` may start at the earliest:
    a few words before it, and the separators it may open with before them."""
    k = max(0, lead - _KEY_BEFORE_LEAD)
    while k > 0 and (text[k - 1] in _KEY_SEPARATORS or text[k - 1].isspace()):
        k -= 1
    return k


def _first_key(text: str) -> re.Match[str] | None:
    """The first role key in ``text``, looked for around each 牵头 in turn (no
    key holds one before its own), not at every place of the text."""
    lead = text.find("牵头")
    while lead >= 0:
        m = _ROLE_KEY.search(text, _key_from(text, lead), lead + _KEY_AFTER_LEAD)
        if m is not None:
            return _ROLE_KEY.match(text, m.start())  # the whole key, read on past the window
        lead = text.find("牵头", lead + 1)
    return None


def _may_mark(text: str) -> bool:
    """Whether ``text`` may hold a key that marks the leads (asked before its search)."""
    return any(ch in text for ch in LEAD_MARKS) or any(w in text for w in _BOLD_WORDS.split("|"))


def says_bold_leads(text: str) -> bool:
    """Whether ``text`` holds a key that makes the names in bold lead
    (``加粗的为牵头单位``): where it does, a reader keeps the bold.

    >>> says_bold_leads("责任单位中加粗的为牵头单位。"), says_bold_leads("标注★的为牵头单位")
    (True, False)
    """
    if "牵头" not in text or not any(w in text for w in _BOLD_WORDS.split("|")):
        return False
    return any(m["bold"] for m in _MARK_KEY.finditer(text))


def find_role_key(text: str) -> tuple[str, int, int] | None:
    """The sentence that says which of the units named lead (``逗号前的为牵头
    单位``: those before the comma; ``列第一位的为牵头单位``: the first;
    ``标注★的为牵头科室``, ``加粗的为牵头科室``: those marked), as ``("comma" |
    "first" | "mark", start, end)``; None where ``text`` has none.

    >>> find_role_key("市财政局，各县区政府。逗号前的为牵头单位")
    ('comma', 10, 20)
    """
    if "牵头" not in text and "牽頭" not in text:
        return None  # (asked first: the key's search tries every place)
    m = _first_key(text)
    if m is None:
        marked = _MARK_KEY.search(text) if _may_mark(text) else None
        return None if marked is None else ("mark", marked.start(), marked.end())
    return ("comma" if m["comma"] else "first"), m.start(), m.end()


def with_role_key(raw: str, kind: str) -> Responsibility:
    """The responsibility ``raw`` names, its units' roles set by a role key
    (:func:`find_role_key`): the units before the first comma, or the first
    unit, lead and the others assist. A unit whose role the text names keeps
    it; one unit alone stays the owner.

    >>> r = with_role_key("市财政局、市税务局，各县区政府", "comma")
    >>> [(a.unit, a.role.value) for a in r.assignments]
    [('市财政局', 'lead'), ('市税务局', 'lead'), ('各县区政府', 'assist')]
    """
    if kind == "mark":
        return _marked_lead(raw)
    if kind == "comma":
        comma = _TOP_COMMA.search(raw)
        if comma is None:
            return parse_responsibility(raw)
        lead = _keyed(parse_responsibility(raw[: comma.start()]).assignments, Role.LEAD)
        rest = _keyed(parse_responsibility(raw[comma.end() :]).assignments, Role.ASSIST)
        return Responsibility(raw, (*lead, *rest))
    found = parse_responsibility(raw)
    if len(found.assignments) < 2:
        return found
    first, *rest = found.assignments
    return Responsibility(raw, (*_keyed([first], Role.LEAD), *_keyed(rest, Role.ASSIST)))


def _marked_lead(raw: str) -> Responsibility:
    """The responsibility ``raw`` names, a name marked ★ (before or after it)
    or set in bold (``**财务科**``) lead and the others assist; a unit whose
    role the text names keeps it.

    >>> r = _marked_lead("儿童保健科、★公共卫生科")
    >>> [(a.unit, a.role.value) for a in r.assignments]
    [('儿童保健科', 'assist'), ('公共卫生科', 'lead')]
    """
    found = parse_responsibility(raw)
    if not any(ch in raw for ch in LEAD_MARKS) and not any(m in raw for m in BOLD_MARKS):
        return found
    out = []
    for a in found.assignments:
        out += _keyed([a], Role.LEAD if _marked(raw, a.unit) else Role.ASSIST)
    return Responsibility(raw, tuple(out))


def _marked(raw: str, unit: str) -> bool:
    """Whether ``unit`` stands in ``raw`` with a lead's mark right before or
    after it (★财务科), or in bold (**财务科**)."""
    at = raw.find(unit)
    if at < 0:
        return False
    end = at + len(unit)
    near = raw[max(0, at - 1) : at] + raw[end : end + 1]
    return (
        any(ch in LEAD_MARKS for ch in near)
        or raw[max(0, at - 2) : at] + raw[end : end + 2] in _BOLD_PAIRS
    )


_BOLD_PAIRS: Final = frozenset(m + m for m in BOLD_MARKS)  # a bold name's marks either side


def _keyed(assignments: Sequence[Assignment], role: Role) -> list[Assignment]:
    return [
        Assignment(a.unit, role, a.qualified) if a.role is Role.OWNER else a for a in assignments
    ]
