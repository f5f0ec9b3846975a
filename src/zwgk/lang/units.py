"""Unit names in running text.

:func:`zwgk.parse_responsibility` reads a text that *is* a responsibility.
Where a web page or a crawler ran a table's cells together
(``全面公开权力清单省编办省直各部门，各设区市通过门户网站集中展示``), the
units must first be found: this module finds runs of unit names by their
grammar — a name ends in a unit word (局, 委, 中心, 各部门 …, see
:data:`~zwgk.lang.vocab.UNIT_SUFFIXES`), names are joined by separators,
role words or ``等相关部门``, and a name that follows another with no
separator at all starts with a level of government or a collective
(``省发改委省直各部门``): the place where two table cells were joined.

>>> run = find_unit_runs("依法公开随机抽查事项清单省编办省直各部门，各设区市明确抽查依据")[-1]
>>> [run.text(c) for c in run.cells]
['省编办', '省直各部门，各设区市']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final

import attrs

from zwgk.lang._lead import led, word_pattern
from zwgk.lang.deadline import (
    deadline_cells,
    is_unread_time_cell,
    may_hold_deadline_cells,
    parse_deadline,
)
from zwgk.lang.normalize import simplified_in_place
from zwgk.lang.numerals import CIRCLED_NUMBERS
from zwgk.lang.vocab import (
    AREA_WORDS,
    ASSIST_MARKS,
    BOLD_MARKS,
    BRANCH_WORDS,
    BRANCHED_BODIES,
    COLLECTIVE_OPENINGS,
    CONTACT_BRACKET,
    DEADLINE_GOES_ON,
    DISCLOSURE_KINDS,
    DUTY_BASIS,
    DUTY_PRINCIPLE,
    EVENT_ENDS,
    GENERIC_ADDRESSEE,
    LEAD_MARKS,
    LEADS_ON_MARKS,
    NAME_FIELD_WORDS,
    NAME_WORDS_LIKE_VERBS,
    NOT_OFFICE_ENDS,
    OFFICE_WORDS,
    PUBLISH_AUDIENCES,
    REQUIREMENT_VERBS,
    ROLE_AFTER_NAME,
    ROLE_VERBS,
    ROLE_WORD,
    ROLE_WORD_OUTSIDE_NAME,
    TITLE_ENDS,
    UNIT_LEVELS,
    UNIT_PREFIXES,
    UNIT_SUFFIXES,
    WORDS_OPENING_LIKE_OFFICE_ENDS,
    audience_at,
    leads_on_once,
)

__all__ = [
    "UnitRun",
    "agent_units",
    "cut_names_end",
    "find_unit_runs",
    "last_run_start",
    "leads_are_single_offices",
    "names_a_thing",
    "names_one_office",
    "opens_with_requirement",
    "starts_cut_name",
    "subject_units",
    "unit_end",
]

_MAX_UNIT: Final = 24
_SEPARATORS: Final = "、，,；;/和及与"
_LIST_SEPARATORS: Final = "、，,；;/"
_PARTING: Final = frozenset(_SEPARATORS + CIRCLED_NUMBERS)
_AS_WELL_AS: Final = "以及"  # a list's last name after it, as after 及
_LIST_BREAK: Final = re.compile("[" + re.escape(_LIST_SEPARATORS) + r"\s]")
_OPEN: Final = "（(〔["
_CLOSE: Final = "）)〕]"
_ROLE_JOIN: Final = re.compile(
    "(?:"
    + "|".join(ROLE_VERBS)
    + "|"
    + ROLE_AFTER_NAME.pattern
    + r"|主办|主辦|参与|參與|"
    + DUTY_BASIS
    + r"|分别|分別"
    + r"|(?:按照?|根据)?"
    + DUTY_PRINCIPLE
    + r"|(?:具体|具體|共同)(?="  # 具体落实, 共同负责
    + "|".join(ROLE_VERBS)
    + "))+"
    + r"(?![人同])"  # 负责人, 负责同志: a person, not a role
)
# the start of a role word the end of a text cut (…按职责分工落 of 落实)
_ROLE_STARTS: Final = frozenset(v[:k] for v in ROLE_VERBS for k in range(1, len(v)))

_QUALIFIER: Final = re.compile(r"等(?:相关|相關|有关|有關)?(?:部门|部門|单位|單位)?")
_INSIDE_BAD_WORDS: Final = (
    # (a verb an office is named for, right before its office word, is a name's:
    # 项目推进股, 督促检查科 is not)
    r"(?:通过|推进|推动|加强|做好|加大|加快|落实|督促|建立|健全|完善|提高|提升|开展|实现|发挥)"
    r"(?![科股处處室])|"
    # (依法治: the office that leads rule by law, 依法治理科, 依法治县办)
    r"及时|依法(?!治)|围绕|按照|确保|要求|进一步|积极|主动|着力|切实|"
    r"认真|严格|明确|做到|更新|工作要求|任务|清单|制度|事项|在(?!线)|"
    # (a platform is no name, nor in one, unless it names the office that runs
    # it: 系统运行部, 网站管理科, 平台运维中心)
    r"(?:平台|网站|系统)内|"
    r"(?:平台|网站|系统)(?![\u4e00-\u9fff]{0,2}[部科股室处處])(?![\u4e00-\u9fff]{0,2}中心)|"
    # a clause's 的, not a collective's qualifier (具有行政职能的市直各单位)
    r"的(?![省市县区各])|"
    # a list's close (…政策措施等), not a qualifier after names (…等相关部门, …等)
    r"等(?![\s相有部單单])(?!$)|"
    # a rate (办结率, 满意率) is what a requirement counts, in no name
    r"率|專欄|专栏|專區|专区|情况|結果|结果|公告|问题|問題|整改|收支|规定|規定|办法|辦法|意见|意見|方案|通知|"
    # the whole of society, a disclosure's reach (公开范围: 全社会), in no name
    r"全社会|全社會|"
    # nor the words of a target or a measure (a 量化指标 cell: 覆盖全部…, 不少于10项)
    r"全部|所有|覆盖|覆蓋|不少于|不少於|不低于|不低於|不超过|不超過|达到|達到|"
    # a number that counts or dates (20日内, 3个): a number of a name's own (12345热线) is not;
    # a year is in no name, but for the young and the old a name serves (青少年宫, 老年大学,
    # 未成年人检察部)
    r"违法|違法|违规|違規|《|》|[0-9]+[年月日时个天周号条项件次处處家%．.]|年(?<![青少老]年)(?<!未成年)|"
    # nor does an article a law counts (…第二十三条|环评审批股)
    r"第[一二三四五六七八九十百零〇]+[条條款项項]|"
    # nor a person's name masked (刘**|社会救助股)
    r"[*＊]|"
    # a quotation is no name, unless a name's office word closes it (省“互联网+政务服务”联席办)
    r"“(?![^“”。，、；;]{1,12}”[\u4e00-\u9fff]{0,6}?(?:办|小组|专班|中心))|"
    # nor is the close of one (a name from inside it: …“滁州公积金”公众号同步发布)
    r"”(?![\u4e00-\u9fff]{0,6}?(?:办|小组|专班|中心))|"
    r"[。：:！？!?、，,；;/（(〔\[]"
)
_INSIDE_BAD: Final = led(_INSIDE_BAD_WORDS)
_OPENING_MARKS: Final = CIRCLED_NUMBERS + LEAD_MARKS + ASSIST_MARKS  # a mark a name may open with
_FIELD_WORD: Final = re.compile("|".join(map(re.escape, NAME_FIELD_WORDS)))
_FIELD_SET: Final = frozenset(NAME_FIELD_WORDS)
_FIELD_FIRST: Final = frozenset(w[0] for w in NAME_FIELD_WORDS)
# field words first: where one and a word no name holds start together, the field word is seen
_BAD_OR_FIELD: Final = led(_FIELD_WORD.pattern + "|" + _INSIDE_BAD_WORDS)
_FIELD_REACH: Final = 8  # 服务|便民热线管理中心: the field word to the end of its name
_SUFFIX_RE: Final = re.compile("(" + word_pattern(UNIT_SUFFIXES) + ")")
# every place a suffix ends, overlapping ones too (乡镇街道: 镇街 and 街道)
_SUFFIX_AT: Final = re.compile(
    "(?=[" + "".join(sorted({re.escape(w[0]) for w in UNIT_SUFFIXES})) + "])"
    "(?=(" + word_pattern(UNIT_SUFFIXES) + "))"
)
# the suffixes whose last characters open another (镇街 of 街道): past one, a
# name may end inside a suffix the search read over
_OVERLAPPING: Final = frozenset(
    a
    for a in UNIT_SUFFIXES
    for b in UNIT_SUFFIXES
    if any(a.endswith(b[:k]) for k in range(1, min(len(a), len(b))))
)
_THING: Final = re.compile(
    r"平台|网站|系统|清单|制度|政策|事项|项目(?!主管|建设单位|单位|办)|专栏|推进|推动|加强|做好"
    r"|公开(?![办科处室组])|信息(?!中心)"
)
_PLACES: Final = "省市县縣区區镇鎮乡鄉村"
_COLLECTIVE_LEVEL: Final = 4  # 各县, 各设区市, 各乡镇: a level within a collective's first words
_MODALS: Final = ("要", "应", "須", "须", "需", "必须", "必須", "务必", "務必")
_ACTION: Final = re.compile(r"推进|推动|加强|做好|加大|及时|依法")
_SPACE: Final = re.compile(r"\s")
# where a run may start: the text's start, after a space or a separator or
# the end of a sentence, or where a level of government or a collective begins
_PREFIX_FIRST: Final = frozenset(p[0] for p in UNIT_PREFIXES)
# a character a run may start after (a space, a separator, the end of a
# sentence, a share's per cent: …答复率100%|司法局, a title's end: …办法》|
# 污染防治股, a masked name's stars: 刘**|社会救助股, a bracket closing a
# limit: …（长期坚持）|案件管理部) or at (the first of a level of government
# or a collective)
_START_CHAR: Final = re.compile(
    r"[\s、，,；;/。：:%％》*＊）)" + "".join(sorted(map(re.escape, _PREFIX_FIRST))) + "]"
)
_LIST_SEPARATOR: Final = re.compile(r"[、，,；;]")
# (气象台 and 医务部 too, not 平台 or 各部)
_SPECIFIC_END: Final = re.compile(
    r"(厅|局|委|办|中心|室|科|股|处|院|署|司|(?<!平)台|(?<![全各])部|廳|辦|處)[）)]?$"
)
_END_SPAN: Final = 4  # the longest match of _SPECIFIC_END: 中心）and a line break


@attrs.frozen
class UnitRun:
    """A run of unit names in a text: ``text[start:end]``.

    ``units`` are the (start, end) spans of the names; ``cells`` the spans
    of the groups the run falls into where two names meet with no
    separator between them, or with a space — the boundaries of the table
    cells the run was made of.
    """

    start: int
    end: int
    units: tuple[tuple[int, int], ...]
    cells: tuple[tuple[int, int], ...]
    source: str = attrs.field(repr=False)

    def text(self, span: tuple[int, int] | None = None) -> str:
        """The run's text, or the text of one of its spans."""
        a, b = span if span is not None else (self.start, self.end)
        return self.source[a:b]

    def cut(self, stop: int) -> UnitRun | None:
        """The run up to ``stop`` where one of its names ends there (the names
        before it, in their cells), else None.

        >>> run = find_unit_runs("推进信息公开省财政厅省直各部门，各设区市及时发布信息。", 1)[0]
        >>> run.cells, run.cut(10).cells, run.cut(15).cells, run.cut(12)
        (((6, 10), (10, 20)), ((6, 10),), ((6, 10), (10, 15)), None)
        """
        units = tuple([u for u in self.units if u[1] <= stop])
        if not units or units[-1][1] != stop:
            return None
        cells = tuple([(a, min(b, stop)) for a, b in self.cells if a < stop])
        return UnitRun(self.start, stop, units, cells, self.source)

    @property
    def specific(self) -> int:
        """How many names end as a particular office does (局, 委, 中心 …)."""
        # a match ends the name (or a line break after it): searched in its last characters
        return sum(
            1 for a, b in self.units if _SPECIFIC_END.search(self.source, max(a, b - _END_SPAN), b)
        )


def names_a_thing(text: str) -> bool:
    """Whether ``text`` holds words no unit name has (平台, 清单, 推进 …): it
    speaks of things or actions, not of units.

    A name that ends as an office does keeps its subject words
    (政策法规科, 政务公开办): only an action word makes it a thing.

    >>> names_a_thing("政府信息平台"), names_a_thing("市政务服务数据管理局")
    (True, False)
    >>> names_a_thing("政策法规科"), names_a_thing("推进政务公开办")
    (False, True)
    >>> names_a_thing("工业和信息化局、商务局；各区政府")
    False
    """
    if _THING.search(text) is None:
        return False
    if _ACTION.search(text) is not None:
        return True
    # each name of a list is asked (工业和信息化局；各区政府)
    return any(
        _THING.search(name) is not None and _SPECIFIC_END.search(name.strip()) is None
        for name in _LIST_SEPARATOR.split(text)
    )


_NOTE_SPAN: Final = 40  # the longest bracketed note on a unit (市司法局（负责…，牵头…）)


def opens_with_requirement(text: str) -> bool:
    """Whether ``text`` opens with a requirement, not with a unit's name: a
    requirement verb where no name may start (and no role word), the first
    name found further on or none (a requirement run into its unit cell).

    >>> opens_with_requirement("定期公布社会保险情况省人社厅；各设区市")
    True
    >>> opens_with_requirement("省人社厅；各设区市"), opens_with_requirement("配合市财政局")
    (False, False)
    """
    s = text.strip()
    if not _starts_verb(s, 0) or _ROLE_JOIN.match(s):
        return False
    runs = find_unit_runs(s)
    return not runs or runs[0].start > 0


def _bracket_end(text: str, i: int) -> int:
    """The end of a bracketed qualifier or note right at ``i`` (省编办（省审改办）,
    市发改局（负责汇总各单位项目信息）), also after a space (省编办 (省审改办)),
    else ``i``."""
    j = i + 1 if text[i : i + 1] == " " else i
    if j < len(text) and text[j] in _OPEN:
        close = text.find(_CLOSE[_OPEN.index(text[j])], j + 1)
        if 0 < close - j <= _NOTE_SPAN:
            return close + 1
    return i


def _starts_at(words: tuple[str, ...]) -> re.Pattern[str]:
    # the class of first characters first: most places fail it at once
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(f"(?=[{first}])(?={word_pattern(words)})")


_VERB_AT: Final = _starts_at(REQUIREMENT_VERBS)
_VERB_FIRST: Final = frozenset(w[0] for w in REQUIREMENT_VERBS)
_VERB_WORD: Final = re.compile(word_pattern(REQUIREMENT_VERBS))
_LEVEL_AT: Final = _starts_at(UNIT_LEVELS)
_LEVEL_FIRST: Final = frozenset(w[0] for w in UNIT_LEVELS)
_LEVEL_CHAR: Final = re.compile("[" + "".join(sorted(map(re.escape, _LEVEL_FIRST))) + "]")


# A place whose character starts no word is answered without the pattern.
def _starts_verb(text: str, i: int) -> bool:
    if 0 <= i < len(text) and text[i] not in _VERB_FIRST:
        return False
    if _VERB_AT.match(text, i) is None or text.startswith(NAME_WORDS_LIKE_VERBS, i):
        return False
    # a verb an office is named for (归集科, 督查室, 公开科, 利用服务科): a name
    m = _VERB_WORD.match(text, i)
    return m is None or m.end() - i < 2 or _NAMED_FOR_VERB.match(text, m.end()) is None


# a section's office word (科技, 处理, 科长 are words of their own; 科|长期坚持 is not)
_OFFICE_AFTER_VERB: Final = re.compile(r"[科股处處室](?![技学學研普理置员員目]|[长長](?!期))")
# ... right after a verb, or after a noun of two characters (利用|服务|科;
# 部 and 中心 after the noun only: 利用|服务|部, 公开|服务|中心, not 公开|中心)
_NAMED_FOR_VERB: Final = re.compile(
    r"(?:[\u4e00-\u9fff]{2})?"
    + _OFFICE_AFTER_VERB.pattern
    + r"|[\u4e00-\u9fff]{2}(?:部(?![分署门門属屬位])|中心)"
)


def section_word_at(text: str, i: int) -> bool:
    """Whether a section's office word stands at ``i`` (``…管理股纳税…``: 股,
    not the 科 of 科技局): the end of a name, where no name starts."""
    return _OFFICE_AFTER_VERB.match(text, i) is not None


def _starts_level(text: str, i: int) -> bool:
    if 0 <= i < len(text) and text[i] not in _LEVEL_FIRST:
        return False
    return _LEVEL_AT.match(text, i) is not None


def _boundary(text: str, i: int, e: int) -> bool:
    """Whether a unit name from ``i`` may end at ``e``: what follows cannot continue it."""
    if e >= len(text):
        return True
    ch = text[e]
    if ch in _ENDS_NAME or ch.isspace():
        return True
    if ch in LEADS_ON_MARKS and leads_on_once(text):
        return True  # (财务科>药剂科: the lead, then those assisting it)
    if ch == "等" or _ROLE_JOIN.match(text, e):  # (_QUALIFIER matches wherever 等 stands)
        return True
    if _starts_verb(text, e) or ch.isdigit() or _deadline_closes(text, e):
        return True
    if _MASKED_NAME.match(text, e):
        return True  # a person's name a page masked (…办公室|郭**): a 联系人 cell
    if audience_at(text, e) and (_whole_office(text, i, e) or text[i:e] in _OFFICES_ALONE):
        return True  # whom it is disclosed to, a 公开范围 cell (…股|社会公众)
    # a name of its own after it is asked before another office's: most
    # often it answers, and another office's name is the dearer question
    if not _place_goes_on(text, i, e) and _next_name_apart(text, e):
        return True
    return _another_office(text, i, e)


_AUDIENCE: Final = 8  # an audience's word to the end of a name it opens
# what no name goes on over: a separator, a bracket, a full stop or a colon
# (and a mark from the lead to those assisting it: see _boundary)
_ENDS_NAME: Final = frozenset(_SEPARATORS + _CLOSE + _OPEN + "。：:")
_AUDIENCE_FIRST: Final = frozenset(w[0] for w in PUBLISH_AUDIENCES)
_NOT_OFFICE_LAST: Final = frozenset(w[-1] for w in NOT_OFFICE_ENDS)


_MASKED_NAME: Final = re.compile(r"[\u4e00-\u9fff]{1,2}[*＊]")


def _next_name_apart(text: str, e: int) -> bool:
    """Whether a name of its own starts at ``e``, right after another name: a
    level's (省直各部门) wherever a name ends after it, run into the next cell
    or not; a collective's (各设区市) by what that name holds."""
    if _starts_level(text, e):
        # (the first end the grammar allows: a name it reads whole ends there or later)
        return unit_end(text, e, _depth=2) is not None
    if not text.startswith("各", e):
        return False
    nxt = unit_end(text, e, _depth=1)
    if nxt is None:
        nxt = unit_end(text, e, _depth=2)  # a name of its own, run into the next cell
    if nxt is not None and text.startswith(_MODALS, nxt):
        return True  # the subject of the next sentence (…管委会各级各部门要…)
    return nxt is not None and _starts_own_name(text, e, nxt)


_PLACE_LEVELS: Final = "市县縣区區州盟旗"


def _place_goes_on(text: str, i: int, e: int) -> bool:
    """Whether a two-character name ending in a character that also ends unit
    names (台) is a place's name going on with its level (邢台|市生态环境局,
    丰台|区…): no office of that kind is named in two characters."""
    return e - i == 2 and text[i + 1] not in _OFFICE_LAST and text[e] in _PLACE_LEVELS


_DEADLINE_CELL: Final = 16  # the longest deadline cell that may close a row of run-together cells
_LIST_OR_STOP: Final = frozenset(_SEPARATORS + "。")


def _deadline_closes(text: str, e: int) -> bool:
    """Whether what follows ``e`` up to the next space or the end is a deadline
    cell and no name goes on there (``区财政局每半年``: the last cells of a row
    run together; not ``市政府办公室2022年…``)."""
    rest = text[e : e + _STAGED_CELL + 1].split(None, 1)[0]
    stop = e + len(rest)
    if stop < len(text) and not text[stop].isspace():
        return False
    if len(rest) > _DEADLINE_CELL:
        return unit_end(rest, 0, _depth=2) is None and _deadline_then_word(rest)
    plain = rest.rstrip("。")
    listed = plain.replace("及时", "").replace("及時", "")  # (及 of 及时 lists nothing)
    goes_on = _SUFFIX_RE.match(text, e) and text[e : e + 2] not in WORDS_OPENING_LIKE_OFFICE_ENDS
    if goes_on or not _LIST_OR_STOP.isdisjoint(listed):
        return False  # the name goes on (各业务科|室, 各站|所) or a list does
    if unit_end(rest, 0, _depth=2) is not None:
        return False
    if parse_deadline(rest) is None:
        return is_unread_time_cell(rest) or _deadline_then_word(rest)  # (工程管理股|汛前)
    # a cell of 及时 opens with its own words (防火期内及时, not 理结果…及时)
    return listed == plain or _first_cell_at(rest) == 0


_NOTE_WORD: Final = 6  # the longest 备注 word after a row's closing deadline cell
_STAGED_CELL: Final = 32  # the longest deadline cell of stages (阶段：…；全年：…) closing a row


def _deadline_then_word(rest: str) -> bool:
    """Whether ``rest`` is a deadline cell the grammar reads whole, or one and
    a short note's word after it, no name (``中标结果确定后5个工作日内|上级要求``:
    a 备注 column closing the row)."""
    spans = deadline_cells(rest)
    if not spans or spans[0][0] != 0:
        return False
    end = spans[0][1]
    if end == len(rest):
        return True  # (one cell the grammar reads whole: 阶段：…；全年：…)
    if end > _DEADLINE_CELL:
        return False
    if rest.startswith(DEADLINE_GOES_ON, end):
        return False  # (…24小时内发布: the deadline cell's own words)
    if unit_end(rest, end, _depth=2) is not None:
        return False
    if spans[1:2] == [(end, len(rest))]:
        return True  # (批复后20日内|2023年2月24日: an 实际完成时间 cell after it)
    # a short note's word, or a progress cell's sentences closing the row
    # (调整前5日|5月线路调整已提前公告。: a 完成情况 column)
    return len(rest) - end <= _NOTE_WORD or rest.endswith(("。", "."))


_OFFICE_RE: Final = re.compile(word_pattern(OFFICE_WORDS))
# the words a name may end with that are longer than one character: a place
# inside one (办|公室, 委|员会) is no end
_LONG_END_RE: Final = re.compile(
    word_pattern(
        sorted({w for w in (*UNIT_SUFFIXES, *OFFICE_WORDS) if len(w) > 1}, key=len, reverse=True)
    )
)
_PREFIX_RE: Final = re.compile(word_pattern(sorted(UNIT_PREFIXES, key=len, reverse=True)))
_OFFICE_LAST: Final = frozenset(w[-1] for w in OFFICE_WORDS)
_OFFICE_SET: Final = frozenset(OFFICE_WORDS)
_OFFICE_LENGTHS: Final = tuple(sorted({len(w) for w in OFFICE_WORDS}, reverse=True))
_MEMBERS: Final = ("各成员", "各成員")
_OFFICES_ALONE: Final = ("办公室", "辦公室")  # an office a plan names by its word alone
_SECTION_ENDS: Final = ("科", "股", "站", "所", "队", "隊")  # the sections of a bureau
_OWN_WORDS: Final = 2  # 财政|所, 法规|科: the fewest characters of a field a whole name holds
_OWN_BODY: Final = ("局", "厅", "廳", "委")  # the plan's own body, before its office's word
# the kinds a collective of a body's own parts names (各相关科室, 有关单位)
_COLLECTIVE_KINDS: Final = (
    "科室", "处室", "處室", "股室", "单位", "單位", "部门", "部門", "机构", "機構", "站所",
)  # fmt: skip


def _collective_of_kind(text: str, i: int, e: int) -> bool:
    """Whether ``text[i:e]`` names a collective of one kind (各相关科室, 有关单位)."""
    return text.startswith(COLLECTIVE_OPENINGS, i) and text.endswith(_COLLECTIVE_KINDS, i, e)


def _inside_end(text: str, e: int) -> bool:
    """Whether ``e`` falls inside a longer word of a name's end (党政办|公室)."""
    return any(m.start() < e < m.end() for m in _LONG_END_RE.finditer(text, max(0, e - 3), e + 3))


def _whole_office(text: str, i: int, e: int) -> bool:
    """Whether ``text[i:e]`` is the whole name of one particular office: its
    level or collective (市, 各), words of its own field — two characters or
    more — and an office word at its end (:data:`~zwgk.lang.vocab.OFFICE_WORDS`)."""
    if e - i < _OWN_WORDS + 1 or text[e - 1] not in _OFFICE_LAST:
        return False
    word = 0
    for n in _OFFICE_LENGTHS:  # the longest office word ending there
        if text[e - n : e] in _OFFICE_SET:
            word = n
            break
    if not word or _inside_end(text, e) or text.endswith(NOT_OFFICE_ENDS, i, e):
        return False
    k = i + 1 if text.startswith("各", i) else i
    level = _PREFIX_RE.match(text, k)
    if level is not None:
        k = level.end()
    elif text.startswith(_OWN_BODY, k) and e - word - k == 1:
        return True  # the plan's own body's office (局办公室, 局纪检组)
    return e - word - k >= _OWN_WORDS


# asked where a name ends and again where the run goes on after it
@functools.lru_cache(maxsize=4096)
def _another_office(text: str, i: int, e: int) -> bool:
    """Whether another unit's name follows the whole office name ``text[i:e]``
    with nothing between them (财政所|党政办公室, 法规科|各业务科室), or a
    collective of places (各乡镇|各有关部门): a collective, or the whole name
    of another office that is not a branch or a detachment of the first
    (市生态环境局麒麟分局 is one name)."""
    if text.startswith("各", i) and text.startswith("各", e) and _LEVEL_END.search(text, i, e):
        return True  # a collective of places, then another collective (各乡镇|各有关部门)
    if not (
        _whole_office(text, i, e) or text[i:e] in _OFFICES_ALONE or _collective_of_kind(text, i, e)
    ):
        return False  # (the bureau's own office named alone: 办公室|各科室)
    if text.startswith(_MEMBERS, e):
        return False  # the body's own members (指挥部各成员单位, 领导小组各成员单位)
    if text.startswith("各", e) or _body_of_collective(text, e):
        return True
    if text.startswith(_OFFICES_ALONE, e) and text.endswith(_SECTION_ENDS, i, e):
        return True  # a section, then the bureau's own office (法规科|办公室); a
        # bureau's or a committee's office is one name (市财政局办公室)
    window = min(len(text), e + _MAX_UNIT)
    reach = _bad_span(text, e, window)[1]
    stop = min(window, reach)
    found = _LIST_BREAK.search(text, e, stop)  # a list separator or a space parts the names
    parted = found.start() if found is not None else stop
    for m in _OFFICE_RE.finditer(text, e + 1, stop):  # (局|纪检组: a word of one)
        if parted < m.end():
            return False
        if _whole_office(text, e, m.end()):
            return not _part_of_body(text, i, e, m.end())
    return False


# (not a centre's or an office's: 信息中心|综合科, 办公室|法规科 are two offices of a bureau)
_BODIES_WITH_SECTIONS: Final = ("局", "委", "厅", "廳", "办", "辦")
_SECTION_WORDS: Final = ("科", "股", "处", "處")
_ROLES_LIKE_BODIES: Final = ("主办", "承办", "协办", "督办", "主辦", "承辦", "協辦", "督辦")


def _part_of_body(text: str, i: int, e: int, f: int) -> bool:
    """Whether the office ``text[e:f]`` after the body ``text[i:e]`` is a part
    of it, one name with it: a branch or a detachment of a body that has
    them (市生态环境局|麒麟分局), a section of a bureau, a committee or a
    body's office named short (市财政局|预算科, 口岸办|业务科)."""
    if text.endswith(BRANCH_WORDS, e, f) and text.endswith(BRANCHED_BODIES, i, e):
        return True
    if text.endswith(_ROLES_LIKE_BODIES, i, e):
        return False  # (利用服务科主办|档案管理科协办: a role, not a body's name)
    return text.endswith(_SECTION_WORDS, e, f) and text.endswith(_BODIES_WITH_SECTIONS, i, e)


_LEVEL_END: Final = re.compile(
    r"(?:市|县|縣|区|區|镇|鎮|乡|鄉|街道|镇街|鎮街|园区|園區"
    # (the levels a collective stands for in brackets: 各县（市）, 各县〔市、区〕)
    r"|[（(〔\[][市县縣区區镇鎮乡鄉旗州盟、，,]{1,7}[）)〕\]])$"
)
_BODY_WORDS: Final = tuple(w for w in OFFICE_WORDS if len(w) > 2)  # 管委会, 办公室, 委员会


def _body_of_collective(text: str, e: int) -> bool:
    """Whether ``text`` goes on at ``e`` with a body named by its office word
    alone and the collective of its parts (管委会|各部门): the name of
    another unit, after a whole office's name (行政审批局|管委会各部门)."""
    return any(text.startswith(w, e) and text.startswith("各", e + len(w)) for w in _BODY_WORDS)


def _starts_own_name(text: str, i: int, e: int) -> bool:
    """Whether the name ``text[i:e]``, written right after another, is a name of
    its own: it starts with a level of government, or it is a collective of
    places (各设区市) — not ``各部门`` of the name before it."""
    if _starts_level(text, i):
        return True
    return text.startswith("各", i) and (
        any(_starts_level(text, k) for k in range(i + 1, min(e, i + _COLLECTIVE_LEVEL)))
        or _LEVEL_END.search(text, i, e) is not None
    )


def _collective_goes_on(text: str, i: int, e: int) -> bool:
    """Whether a collective of places goes on past ``e`` with another level:
    ``各设区`` of ``各设区市政府``, ``各县`` of ``各县区人民政府``."""
    return (
        text.startswith("各", i)
        and _starts_level(text, e)
        and _LEVEL_END.search(text, i, e) is not None
    )


_BRANCH: Final = re.compile(r"[^、，,；;/\s。（(]{1,10}?(?:支行|分行)")


_PLACE_OFFICE: Final = re.compile(r"[^、，,；;/\s。（(]{1,10}?(?=(..)局)")


def _branch_goes_on(text: str, i: int, e: int) -> bool:
    """Whether a bank's name goes on with one of its branches
    (``人民银行`` of ``人民银行市中心支行``), or a national administration's
    with its office in a place, named by the same field
    (``国家税务总局`` of ``国家税务总局昭通市税务局``)."""
    if text.endswith(("银行", "銀行"), i, e):
        return _BRANCH.match(text, e) is not None
    if e - i < 4 or not text.endswith(("总局", "總局"), i, e):
        return False
    office = _PLACE_OFFICE.match(text, e)
    return office is not None and office.group(1) == text[e - 4 : e - 2]


def _follows_a_name(text: str, before: tuple[int, int], i: int, e: int) -> bool:
    """Whether ``text[i:e]``, written right after the name ``before``, is a second name.

    Not when the first is too short to be a name of its own (``各县`` of
    ``各县区人民政府``, ``各区`` of ``各区市场监管局``)."""
    if before[1] - before[0] >= 3 and _starts_own_name(text, i, e):
        return True  # (asked first: the cheaper question)
    return _another_office(text, *before)


_EVENT_SPAN: Final = max(map(len, EVENT_ENDS))


def _inside_event(text: str, i: int) -> bool:
    """Whether ``text[i]`` stands inside a word of :data:`EVENT_ENDS`, after its first character."""
    near = text[i : i + _EVENT_SPAN]
    if "会" not in near and "會" not in near:
        return False  # (asked first: most places are near no 会)
    return any(
        text.startswith(w, i - k) for w in EVENT_ENDS for k in range(1, len(w)) if i - k >= 0
    )


_BRACKETED: Final = re.compile(r"[（(][^（）()]{1,20}[）)]")  # a name's bracket after it
_BOLD_FIRST: Final = frozenset(mark[0] for mark in BOLD_MARKS)


def _bold_end(text: str, i: int, *, _depth: int, _overlap: bool) -> int | None:
    """The end of a bold name opening at ``i`` (``**财务科**``): past its
    closing pair where the name closes right before one."""
    mark = text[i : i + 2]
    close = text.find(mark, i + 2, i + 2 + _MAX_UNIT + len(mark))
    whole = unit_end(text[:close], i + 2, _depth=_depth, _overlap=_overlap) if close > 0 else None
    if whole is not None and (whole == close or _BRACKETED.fullmatch(text, whole, close)):
        return close + 2  # the bold is one name, whole (with a bracket after it: 市信息中心)
    end = unit_end(text, i + 2, _depth=_depth, _overlap=_overlap)
    if end is None or end == i + 2:
        return None
    return end + 2 if text.startswith(mark, end) else end


def unit_end(text: str, i: int, *, _depth: int = 0, _overlap: bool = False) -> int | None:
    """The end of a unit name starting at ``i`` in ``text``, or None.

    >>> unit_end("省发改委省直各部门", 0), unit_end("省发改委省直各部门", 4)
    (4, 9)
    >>> unit_end("通过门户网站", 0) is None
    True
    """
    if i >= len(text) or (ch := text[i]) in _SEPARATORS or ch.isspace() or _starts_verb(text, i):
        return None
    if ch in _OPENING_MARKS:  # an item's mark opens the name (①市场运行股②办公室, ★办公室)
        end = unit_end(text, i + 1, _depth=_depth, _overlap=_overlap)
        return end if end is not None and end > i + 1 else None
    if ch in _BOLD_FIRST and text.startswith(BOLD_MARKS, i):  # a bold name, its closing
        return _bold_end(text, i, _depth=_depth, _overlap=_overlap)  # pair with it (**财务科**)
    if _inside_event(text, i):
        return None  # (…新闻发布|会市委…: no name starts inside a meeting's word)
    if (
        text[i] in _AUDIENCE_FIRST  # (asked first: the words' first characters)
        and text.startswith(PUBLISH_AUDIENCES, i)
        and not _SUFFIX_RE.search(text, i + 2, i + _AUDIENCE)
    ):
        return None  # (…配合|社会公众: whom it is disclosed to, not 业主委员会)
    levels = _LEVEL_BRACKET.match(text, i) if _depth == 0 and ch in _BRACKETED_LEVELS else None
    if levels is not None:
        return _after_levels(text, i, levels.end())
    window = min(len(text), i + _MAX_UNIT)
    space = _SPACE.search(text, i, window)
    limit = space.start() if space is not None else window
    bad: tuple[int, int, int] | None = None  # where words no name holds are (_bad_span)
    collective = ch == "各"
    overlaps = False  # a suffix read over another's start (乡镇街道: 镇街, then 街道)
    for m in (_SUFFIX_AT if _overlap else _SUFFIX_RE).finditer(text, i + 1, limit):
        e = m.end(1)
        overlaps = overlaps or m.group(1) in _OVERLAPPING
        if e - i < 2 or (e - i == 2 and text[i] in _PLACES and text[i + 1] in _PLACES):
            continue  # a level and a place are no name (镇村 of 镇村镇建设办)
        if text[e - 1 : e + 1] in WORDS_OPENING_LIKE_OFFICE_ENDS:
            continue  # (…大队|处罚决定: the office word opens the word after)
        if text[e - 1] in _NOT_OFFICE_LAST and text.endswith(NOT_OFFICE_ENDS, i, e):
            continue  # (…同部署, 选派干部: a word that ends like an office)
        if text[e - 1] in "会會" and text.endswith(EVENT_ENDS, max(0, e - _EVENT_SPAN), e):
            return None  # (召开新闻发布会|市委宣传部: a meeting, no body, and no name holds it)
        if bad is None:  # looked for once a suffix is found: most places have none
            bad = _bad_span(text, i, window)
        if e >= bad[1]:
            return None
        if e >= bad[2] and not _field_name_end(text, i, e, bad[2]):
            continue  # a field word in a name that does not end as an office does
        if _depth > 1:
            return e
        if (collective and _collective_goes_on(text, i, e)) or (
            text[e - 1] in "行局" and _branch_goes_on(text, i, e)
        ):
            continue  # (each asked only where its words stand: 各…, …银行, …总局)
        if _boundary(text, i, e) if _depth == 0 else _boundary_shallow(text, e):
            return None if _title_inside(text, i, e) else _after_bracket(text, i, e, _depth)
        if _depth == 0 and (bad[0] == e or _field_not_name(text, e)) and _named(text, i, m):
            return e  # what follows is a word no name holds (系统, 进一步, 及时 …)
    if overlaps and not _overlap:
        return unit_end(text, i, _depth=_depth, _overlap=True)
    return None


def _field_name_end(text: str, i: int, e: int, field: int) -> bool:
    """Whether a name ``text[i:e]`` holding a field word (ending at ``field``)
    ends as one does: in an office word, or in a service hall's window where
    no office of its own stands before the field word (政务服务大厅林草窗口,
    not 医政医管股|政务服务窗口)."""
    if text.endswith(OFFICE_WORDS, i, e):
        return True
    return text.endswith("窗口", i, e) and not _LOWEST_OFFICE.search(text, i, field)


_LOWEST_OFFICE: Final = re.compile("[科股室]")


def _named(text: str, i: int, suffix: re.Match[str]) -> bool:
    """Whether the words from ``i`` to a unit's ``suffix`` name it: some, and
    no role word (not 政府 alone, nor 各林场配合|政府 before 网站)."""
    return suffix.start(1) > i and ROLE_WORD_OUTSIDE_NAME.search(text, i, suffix.start(1)) is None


def _bad_span(text: str, i: int, window: int) -> tuple[int, int, int]:
    """Where the first word no name holds starts in ``text[i:window]``, how
    far a name from ``i`` may reach, and where its first field word (服务,
    信息 …) ends: a name holding one ends in an office word soon after it
    (医药服务管理科, 市12345政务服务便民热线中心).  Past the window where
    there is none."""
    m = _BAD_OR_FIELD.search(text, i, window)
    if m is None:
        return window + 1, window + 1, window + 1
    if m.group() not in _FIELD_SET:
        return m.start(), m.end(), window + 1
    field = m.end()
    reach = min(window + 1, field + _FIELD_REACH + 1)
    # another field word within reach carries it on (政务服务和公共资源交易服务中心)
    while (more := _FIELD_WORD.search(text, field, reach)) is not None:
        field, reach = more.end(), min(window + 1, more.end() + _FIELD_REACH + 1)
    m_bad = _INSIDE_BAD.search(text, m.end(), reach)
    return (m_bad.start(), m_bad.end(), field) if m_bad is not None else (reach, reach, field)


def _field_not_name(text: str, e: int) -> bool:
    """Whether a field word at ``e`` starts no name: no name's end follows it
    (…人民政府|政策性文件与解读材料…)."""
    if e >= len(text) or text[e] not in _FIELD_FIRST or _FIELD_WORD.match(text, e) is None:
        return False
    return unit_end(text, e, _depth=2) is None


def _title_inside(text: str, i: int, e: int) -> bool:
    """Whether ``text[i:e]`` is the end of a title and a name run together: a
    level starts a name inside it right after a title word (区建设|市政府办公室
    of …专区建设市政府办公室); the name starts there, not at ``i``."""
    k = i + 2
    while (m := _LEVEL_CHAR.search(text, k, e - 1)) is not None:  # a level's first character
        k = m.start()
        if (
            _LEVEL_AT.match(text, k) is not None  # rarer than a title word: asked first
            and text.endswith(TITLE_ENDS, i, k)
            and unit_end(text, k, _depth=2) is not None
        ):
            return True
        k += 1
    return False


def _after_bracket(text: str, i: int, e: int, depth: int) -> int:
    """The end of a name at ``e`` with its bracketed qualifier, and with the
    words that go on after the bracket (各县（市、区）人民政府; a collective of
    places goes on with another level: 各县（市）区人民政府)."""
    b = _bracket_end(text, e)
    if b == e or depth > 0:
        return b
    nxt = unit_end(text, b) if b < len(text) and text[b] not in _OPEN else None
    if nxt is None:
        word = _SUFFIX_RE.match(text, b)  # the name's own end after it: 各县(区)|政府(管委会)
        if word is None or text[word.end() - 1 : word.end() + 1] in WORDS_OPENING_LIKE_OFFICE_ENDS:
            return b  # (各镇(街)|办理: the word after opens a verb, no office's end)
        return _bracket_end(text, word.end())
    if _starts_own_name(text, b, nxt) and not _collective_goes_on(text, i, b):
        return b
    return nxt


# a level with the levels it stands for in brackets (县（市、区）教育局, 县(市)政府)
_BRACKETED_LEVELS: Final = _PLACE_LEVELS + "乡鄉镇鎮"
_LEVEL_BRACKET: Final = re.compile(
    rf"[{_BRACKETED_LEVELS}][（(][{_BRACKETED_LEVELS}、，,]{{1,7}}[）)]"
)


def _after_levels(text: str, i: int, b: int) -> int | None:
    """The end of a name whose level at ``i`` has the levels it stands for in
    brackets up to ``b``: read as the name without them (县（市、区）|政府 as
    县政府), or there, where nothing goes on (…、县（市、区）、…)."""
    if b >= len(text) or text[b] in _SEPARATORS or text[b].isspace():
        return b
    e = unit_end(text[: i + 1] + text[b:], i)
    return None if e is None else e + b - i - 1


def _boundary_shallow(text: str, e: int) -> bool:
    if e >= len(text):
        return True
    ch = text[e]
    return ch in _SEPARATORS or ch in _CLOSE or ch.isspace() or not ("\u4e00" <= ch <= "\u9fff")


class _RunBuilder:
    """Extends a run of unit names name by name."""

    def __init__(self, text: str, start: int, first_end: int) -> None:
        self.text = text
        self.units: list[tuple[int, int]] = [(start, first_end)]
        self.cells: list[list[int]] = [[start, first_end]]
        self.end = first_end

    def _skip_joiners(self, i: int) -> tuple[int, bool]:
        """Skip qualifiers, role words and separators after a name; whether a separator was seen."""
        text = self.text
        separated = parted = False  # (parted: by a separator, not by words closing the names)
        while i < len(text):
            contact = CONTACT_BRACKET.match(text, i) if text[i] in "（(" else None
            if contact is not None:  # a name's telephone (…科（0931-2365012）、…)
                self.end = self.cells[-1][1] = i = contact.end()
                continue
            m = _QUALIFIER.match(text, i) if text[i] == "等" else None
            m = m or _ROLE_JOIN.match(text, i)
            if m is not None and m.end() > i:
                # a text cut inside the next role word (…按职责分工落) ends with it
                end = len(text) if text[m.end() :] in _ROLE_STARTS else m.end()
                if not parted:  # (…等部门按职责分别负责落实: the qualifier, then the role)
                    self.end = self.cells[-1][1] = end
                i = end
                separated = True
                continue
            if text.startswith(_AS_WELL_AS, i):  # (…番禺区分局,以及各有关单位)
                separated = parted = True
                i += len(_AS_WELL_AS)
                continue
            if text[i] in _PARTING or text[i] in "\u3000 " or self._leads_on(i):
                # (an item's mark parts names as a separator does: ①市场运行股②办公室;
                # so does a mark from the lead to those assisting it: 财务科>药剂科)
                listed = text[i] in _PARTING or self._leads_on(i)
                separated = separated or listed
                parted = parted or listed
                i += 1
                continue
            break
        return i, separated

    def _leads_on(self, i: int) -> bool:
        return self.text[i] in LEADS_ON_MARKS and leads_on_once(self.text)

    def extend(self) -> bool:
        text = self.text
        after_name = self.end
        i, separated = self._skip_joiners(after_name)
        e = unit_end(text, i)
        if e is None and separated:
            e = self._alone_end(i)
        if e is None or text.startswith("的", e):
            return False
        new_cell = i == after_name or (i > after_name and not separated)
        if i == after_name and not _follows_a_name(text, self.units[-1], i, e):
            return False
        if new_cell and text.startswith(_MODALS, e):
            return False  # the subject of the next cell's sentence: 各级各部门要…
        if new_cell:
            self.cells.append([i, e])
        else:
            self.cells[-1][1] = e
        self.units.append((i, e))
        self.end = e
        return True

    def _alone_end(self, i: int) -> int | None:
        """The end of a name a list holds that would name no body alone (an
        office word, a kind, a collective), in bold too (``、**中心**``)."""
        text = self.text
        if not text.startswith(BOLD_MARKS, i):
            return (
                _office_alone_end(text, i)
                or self._kind_alone_end(i)
                or _collective_end(text, i)
                or _level_sharing_end(text, i)
            )
        close = text.find(text[i : i + 2], i + 2)
        head = text[:close]  # the name bold whole, read as if the text ended after it
        e = _office_alone_end(head, i + 2) or _collective_end(head, i + 2) if close > 0 else None
        return close + 2 if e is not None and e == close else None

    def _kind_alone_end(self, i: int) -> int | None:
        """The end of a kind of unit standing alone after a collective it shares
        ``各`` with (街道 of ``各乡镇、街道负责…``), or None."""
        first = self.units[-1][0]
        if not self.text.startswith("各", first):
            return None
        m = _KIND_ALONE.match(self.text, i)
        if m is not None:
            return m.end()
        # (各科室、单位|深化…: the unit cell before the text, the text's verb after it)
        word = _KIND_WORD.match(self.text, i)
        return word.end() if word is not None and _starts_verb(self.text, word.end()) else None

    def build(self) -> UnitRun:
        if len(self.cells) > 1 and self.text.startswith(_MODALS, self.end):
            # the last cell is the subject of the next cell's sentence
            # (…管委会各设区市、平潭综合实验区管委会要按照…)
            start = self.cells.pop()[0]
            self.units = [u for u in self.units if u[0] < start]
            self.end = self.cells[-1][1]
        cells = tuple([(a, b) for a, b in self.cells])
        return UnitRun(self.units[0][0], self.end, tuple(self.units), cells, self.text)


# an office word of two characters or more (中心, 支队, 科室), standing alone
# in a list: the issuer's own office of that kind (局机关科室、中心、执法支队)
_OFFICE_ALONE: Final = re.compile(
    word_pattern([w for w in OFFICE_WORDS if len(w) > 1]) + r"(?=$|[、，,；;/\s])"
)


# a level's units named by the level alone before a name whose kind they
# share (县直、驻县有关单位: 县直有关单位 and 驻县有关单位)
_LEVEL_SHARING: Final = re.compile(r"(?:省|市|县|縣|区|區|州|旗|盟)直(?=[、，,])")


def _level_sharing_end(text: str, i: int) -> int | None:
    """The end of a level's units named by the level alone (``县直``) at
    ``i``, where a name follows the separator after it; else None."""
    m = _LEVEL_SHARING.match(text, i)
    if m is None or unit_end(text, m.end() + 1) is None:
        return None
    return m.end()


# a kind of unit standing alone in a list after a collective (各乡镇、街道):
# each of that kind too; before the end, a separator, a role word or a modal
_KIND_WORD: Final = re.compile(r"街道|乡镇|鄉鎮|社区|社區|部门|部門|单位|單位|园区|園區")
_KIND_ALONE: Final = re.compile(
    f"(?:{_KIND_WORD.pattern})"
    r"(?=$|[、，,；;/\s）)]|" + ROLE_WORD.pattern + r"|要|应|應)"
)


# a collective of any kind of body as an item of a list (…法制部门；各业务警种):
# 各 and a short name, up to the list's next separator, a role word or the end
_ANY_COLLECTIVE: Final = re.compile(
    r"各[\u4e00-\u9fff]{2,6}?(?=$|[、，,；;/\s）)]|" + ROLE_WORD.pattern + r")"
)


def _collective_end(text: str, i: int) -> int | None:
    """The end of a collective of any kind standing as an item of a list at
    ``i`` (``各业务警种``), or None; the last cell of a row run together may
    close it (…各业务警种长期坚持: a deadline cell)."""
    m = _ANY_COLLECTIVE.match(text, i)
    if m is not None:
        return m.end()
    if not text.startswith("各", i):
        return None
    start = i + 3  # (各 and a kind of two characters at least)
    at = _first_cell_at(text[start : i + _COLLECTIVE_SPAN + _DEADLINE_CELL + 1])
    return start + at if at is not None and at <= _COLLECTIVE_SPAN - 3 else None


_COLLECTIVE_SPAN: Final = 7  # 各 and the longest kind of a collective (各业务警种, 各直属单位)


def _first_cell_at(text: str) -> int | None:
    """Where the first deadline cell of ``text`` starts (cells run together), or None."""
    if not may_hold_deadline_cells(text):
        return None
    cells = deadline_cells(text)
    return cells[0][0] if cells else None


def _office_alone_end(text: str, i: int) -> int | None:
    """The end of an office word standing alone as an item of a list of units
    at ``i`` (``中心`` of ``…科室、中心、执法支队``), or None."""
    m = _OFFICE_ALONE.match(text, i)
    return m.end() if m is not None else None


@functools.lru_cache(maxsize=1024)
def _simplified(text: str) -> str:
    """:func:`simplified_in_place` of ``text``, asked of a text again by each
    look at its runs (where they may start, then the runs)."""
    return simplified_in_place(text)


def run_at(text: str, i: int) -> UnitRun | None:
    """The run of unit names starting at ``i``, or None; names in Traditional
    script are read as their Simplified form (the run's text is as written)."""
    simple = _simplified(text)
    if simple != text:
        run = _run_at(simple, i)
        return attrs.evolve(run, source=text) if run is not None else None
    return _run_at(text, i)


@functools.lru_cache(maxsize=4096)
def _run_at(text: str, i: int) -> UnitRun | None:
    e = unit_end(text, i)
    if e is None or text.startswith("的", e):
        return None  # (a name before 的 qualifies a noun: 专区的运行管理)
    builder = _RunBuilder(text, i, e)
    while builder.extend():
        pass
    return builder.build()


@functools.lru_cache(maxsize=1024)
def find_unit_runs(text: str, start: int = 0, until: int | None = None) -> list[UnitRun]:
    """Every maximal run of unit names in ``text[start:]``, left to right;
    those that start after ``until`` are not looked for.

    A run may start at the beginning, after a space or separator, or where
    a level of government or a collective begins (省, 市, 各 …).
    """
    return list(_unit_runs(text, start, len(text) if until is None else until))


class _RunScans:
    """The runs of names found in texts, each with the place it was looked
    for at and the ``until`` its scan went to: a text asked for again from
    the same start with an ``until`` not past that is answered from them
    (the runs before ``until`` do not depend on it).  At most ``most``
    scans are kept."""

    def __init__(self, most: int) -> None:
        self.most = most
        self.scans: dict[tuple[str, int], tuple[int, tuple[tuple[int, UnitRun], ...]]] = {}

    def runs(self, text: str, start: int, until: int) -> tuple[UnitRun, ...]:
        got = self.scans.get((text, start))
        if got is None or got[0] < until:
            if len(self.scans) >= self.most:
                self.scans.clear()
            got = (until, tuple(_scan_runs(text, start, until)))
            self.scans[(text, start)] = got
        return tuple(run for at, run in got[1] if at <= until)

    def cache_clear(self) -> None:
        self.scans.clear()


_SCANS: Final = _RunScans(4096)


def _unit_runs(text: str, start: int, until: int) -> tuple[UnitRun, ...]:
    return _SCANS.runs(text, start, until)


def _scan_runs(text: str, start: int, until: int) -> Iterator[tuple[int, UnitRun]]:
    """The runs from ``start`` on, each with the place it was looked for at."""
    simple = _simplified(text)
    if simple != text:
        for looked_at, found in _scan_runs(simple, start, until):
            yield looked_at, attrs.evolve(found, source=text)
        return
    # the next start is looked for past the run found; ``text`` is its own
    # Simplified form here, so each run is read from it directly
    at: int | None = _run_start(text, start)
    while at is not None and at < len(text) and at <= until:
        place = _past_code(text, at)
        run = _run_at(text, place)
        if run is not None:
            yield at, run
        after = run.end if run is not None else place + 1
        # (the next start is at ``after`` or later: past ``until`` it is not looked for)
        at = _run_start(text, after) if after <= until else None


# a code in a catalogue (a 事项编码 cell, 360400007001) glued before a name:
# no name starts with one
_CODE: Final = re.compile(r"[0-9０-９]{6,}(?=[\u4e00-\u9fff])")


def _past_code(text: str, at: int) -> int:
    """``at``, or the end of a catalogue code or of a way of disclosure (a
    公开属性 cell, 依申请公开) that starts there."""
    if text.startswith(DISCLOSURE_KINDS, at):
        return at + next(len(k) for k in DISCLOSURE_KINDS if text.startswith(k, at))
    m = _CODE.match(text, at) if text[at : at + 1].isdigit() else None
    return at if m is None else m.end()


def last_run_start(text: str, start: int, wanted: Callable[[int], bool]) -> int:
    """The last place from ``start`` on where a run of names may start (as
    :func:`find_unit_runs` looks for them) and ``wanted`` holds, or
    ``start - 1``: no run after it is wanted (``until``).  Places where no
    name can start (a space, a separator) are not asked."""
    text = _simplified(text)  # (the places the runs are read from)
    n = len(text)
    # the places, last first: the characters a run may start after or at, read backwards
    for m in _START_CHAR.finditer(text[::-1], 0, n - max(0, start - 1)):
        k = n - 1 - m.start()
        if text[k] in _PREFIX_FIRST and (
            k < start or not text.startswith(UNIT_PREFIXES, k) or _closes_area(text, k)
        ):
            continue
        at = k + 1 if text[k] not in _PREFIX_FIRST else k
        if at < n and not (text[at] in _SEPARATORS or text[at].isspace()) and wanted(at):
            return at
    return 0 if start == 0 and n and wanted(0) else start - 1


def _run_start(text: str, pos: int) -> int | None:
    """The first place from ``pos`` on where a run may start: the text's start,
    after a space or a separator or the end of a sentence, or where a level of
    government or a collective begins (省, 市, 各 …); None where there is none."""
    if pos == 0:
        return 0
    k = pos - 1  # a separator right before ``pos`` lets a run start there
    while (m := _START_CHAR.search(text, k)) is not None:
        k = m.start()
        if (after := _after_count(text, pos, k)) is not None:
            return after
        if text[k] not in _PREFIX_FIRST:
            return k + 1
        if k >= pos and text.startswith(UNIT_PREFIXES, k) and not _closes_area(text, k):
            return k
        k += 1
    return _after_count(text, pos, len(text))


def _after_count(text: str, pos: int, k: int) -> int | None:
    """The end of the first count that ends from ``pos`` to ``k`` (looked
    for there only: each place is asked once)."""
    for m in _COUNT.finditer(text, max(0, pos - _COUNT_REACH), k + 1):
        if pos <= m.end() <= k:
            return m.end()
    return None


# a count a requirement states (不少于10项|群众体育科, 覆盖100个|村): a run may
# start after it (…不少于5个工作日|技术改造股, …7个工作日内）|案件管理部), as
# after a share's per cent
_COUNT: Final = re.compile(
    r"[0-9０-９]+(?:[项項次件处處家所]|[个個](?:工作日|自然日|小时|小時|分钟|分鐘|月)?(?:以?内[）)]?)?)"
)
_COUNT_REACH: Final = 8  # the longest count ending at or after a place looked from


_AREA_SPAN: Final = max(map(len, AREA_WORDS))


def _closes_area(text: str, k: int) -> bool:
    """Whether the level at ``text[k]`` closes a word of :data:`AREA_WORDS` (专区, 开发区)."""
    return k > 0 and text.endswith(AREA_WORDS, max(0, k + 1 - _AREA_SPAN), k + 1)


_CUT_NAME: Final = 10  # characters of a unit's name a page cut, at most


def starts_cut_name(text: str) -> bool:
    """Whether ``text`` is the start of a unit's name a page cut: a level of
    government and a few words, with no verb of a requirement
    (``市重大项目`` of 市重大项目办).

    >>> starts_cut_name("市重大项目"), starts_cut_name("市政府要及时")
    (True, False)
    """
    s = text.strip()
    return (
        0 < len(s) <= _CUT_NAME
        and s.startswith(UNIT_PREFIXES)
        and not any(_starts_verb(s, k) for k in range(1, len(s)))
    )


_CUT_TAIL: Final = 8


def cut_names_end(text: str) -> int | None:
    """Where the last whole name ends in a list of units a page cut inside
    the next name (``市发改委、市金融办、人民银`` → after 市金融办), or None.

    The list's units run from its start; what follows them is a few
    characters with no punctuation, no role word and no requirement verb:
    the start of a name the page did not keep.

    >>> cut_names_end("市发改委、市财政局、人民银"), cut_names_end("市发改委、市财政局负责")
    (9, None)
    >>> cut_names_end("政策法规科、登记注册科、信用监管")
    11
    """
    s = text.rstrip()
    runs = find_unit_runs(s)
    if not runs or runs[0].start != 0:
        return None
    end = runs[-1].end
    rest = s[end:].lstrip(_LIST_SEPARATORS)
    if not 0 < len(rest) <= _CUT_TAIL or any(not ch.isalnum() for ch in rest):
        return None
    if rest.startswith(REQUIREMENT_VERBS):
        return None
    role = ROLE_WORD.search(rest)
    if role is not None and not (role.start() > 0 and role.end() == len(rest)):
        return None  # a role word, not one a name the page cut ends with (信用监管|科)
    return end


# what a unit named at the start of a sentence is charged with doing (市民政局要…)
_DUTY_AFTER: Final = re.compile(
    r"要|应|應|须|須|需|负责|負責|牵头|牽頭|会同|會同|统筹|統籌|分别|分別"
)


def subject_units(text: str) -> str | None:
    """The units a requirement opens with as the subject of its duty
    (``市民政局、市乡村振兴局要按季度公开…``; ``市政府办公室牵头，各部门配合
    做好…``), or None.

    >>> subject_units("市民政局、市乡村振兴局要按季度公开低保信息。")
    '市民政局、市乡村振兴局'
    >>> subject_units("按季度公开低保信息。") is None
    True
    >>> subject_units("各级政府及其部门要在门户网站开设专栏。") is None
    True
    """
    return _opening_units(text, duty=True)


def agent_units(text: str) -> str | None:
    """The units a clause opened by 由 names as who does the task, whatever
    verb follows them (``由县司法局加强法律审核``: the text after 由), or None
    where the clause opens with no unit or with a generic addressee.

    >>> agent_units("县司法局加强法律审核")
    '县司法局'
    >>> agent_units("各级政府统一发布") is None
    True
    """
    return _opening_units(text, duty=False)


def _opening_units(text: str, *, duty: bool) -> str | None:
    """The units ``text`` opens with, as written; with ``duty``, only where a
    duty word follows them or a role word stands among them.  None where no
    unit opens it or every unit is a generic addressee (各级政府及其部门要…)."""
    runs = _unit_runs(text, 0, len(text))
    if not runs or runs[0].start != 0:
        return None
    run = runs[0]
    named = _DUTY_AFTER.match(text, run.end) or ROLE_WORD.search(text, run.start, run.end)
    if duty and not named:
        return None
    if all(GENERIC_ADDRESSEE.search(text[a:b]) for a, b in run.units):
        return None  # no particular office
    return _subject_as_written(text, run.text())


_CLAUSE_GOES_ON: Final = "，,；;、。"


def _subject_as_written(text: str, found: str) -> str:
    """The units of a subject as written, without the 由 that opens them and
    without the sentence's own verb where it is their one role word
    (``县直各部门负责本部门…``, ``县人社局、县住建局负责公开…``: the names before
    负责, not its object); role clauses stay (``县财政局牵头，县直各单位协助，…``).

    >>> _subject_as_written("县直各部门负责本部门政策文件的解读。", "县直各部门负责本部门")
    '县直各部门'
    >>> _subject_as_written("办公室按照职责分工负责本部门…", "办公室按照职责分工负责本部门")
    '办公室'
    >>> _subject_as_written("由县委网信办牵头，各部门配合，健全。", "由县委网信办牵头，各部门配合")
    '县委网信办牵头，各部门配合'
    """
    opens = 1 if found.startswith("由") else 0
    bases = [m.span() for m in _BASIS.finditer(found)]  # (职责分工: no role word of its own)
    found_roles = ROLE_WORD_OUTSIDE_NAME.finditer(found, opens)
    roles = [m for m in found_roles if not any(a <= m.start() < b for a, b in bases)]
    if len(roles) != 1 or text[roles[0].end() : roles[0].end() + 1] in _CLAUSE_GOES_ON:
        return found[opens:]
    after = found[roles[0].end() :]
    if after and not after.startswith("本"):  # 会同B: a unit in a role; 负责本部门…: its object
        return found[opens:]
    # (what the units act by goes with the verb: 县直各部门|按照职责分工负责本部门…)
    head = found[opens : roles[0].start()].rstrip()
    basis = _BASIS_CLOSES.search(head)
    return head[: basis.start()] if basis is not None else head


_BASIS: Final = re.compile(DUTY_BASIS)
_BASIS_CLOSES: Final = re.compile(f"(?:{DUTY_BASIS})$")
_MANY: Final = re.compile(r"[、，,；;]|^各|有关|有關|相关|相關")


def names_one_office(cell: str) -> bool:
    """Whether a unit cell names one office (``区财政局``), not a list or a
    collective (``区工信局、区财政局``, ``各镇（街道）``, ``区直有关单位``).

    >>> names_one_office("区财政局"), names_one_office("各镇（街道）")
    (True, False)
    """
    return _MANY.search(cell.strip()) is None


def leads_are_single_offices(leads: Sequence[str], assists: Sequence[str]) -> bool:
    """Whether the whole rows of a table with a lead and an assist column name
    one office as the lead and lists or collectives as the assists, each by a
    clear majority (two in three): a lone unit cell that names one office is
    then that row's lead, not an assist that lost its lead cell.

    >>> leads_are_single_offices(["区发改局", "区民政局"], ["各镇（街道）", "区直有关单位"])
    True
    """
    if not leads or not assists:
        return False
    ones = sum(map(names_one_office, leads))
    many = sum(not names_one_office(a) for a in assists)
    return ones * 3 >= len(leads) * 2 and many * 3 >= len(assists) * 2


# the office words a body its divisions belong to ends with (区司法局|办公室)
_BODY_END: Final = re.compile(r"(?:局|委|厅|廳|办公室|辦公室|中心|院|署|企业|企業|公司|集团|集團)$")
_BRANCHES: Final = tuple(w for w in BRANCH_WORDS if w.startswith(("分", "支")))
_OWN: Final = "本"  # the plan's own body opens its name so (本局, 本院)
_SHORTEST_DIVISION: Final = 3  # characters of a division's name (财务科, 办公室)
# what goes on a body's name, not a division's (…委|员会), or opens another level's
_NOT_DIVISION: Final = ("员", "員", "会", "會", *UNIT_PREFIXES)


def office_and_division(name: str) -> tuple[str, str] | None:
    """A name that is a body of a level and one of its divisions run
    together (``区司法局办公室``, ``区市场监管局基金监管科``): the body and
    the division, where the name opens with a level, a body's name ends
    inside it and a whole name with no level of its own follows; else None.

    Only the table says whether such a name is two cells: two unit columns,
    the first the level's units, the second the plan's own divisions
    (区级责任单位 | 局责任科室).

    >>> office_and_division("区司法局办公室"), office_and_division("区政府办公室办公室")
    (('区司法局', '办公室'), ('区政府办公室', '办公室'))
    >>> office_and_division("本局办公室"), office_and_division("各区属国有企业企业管理股")
    (('本局', '办公室'), ('各区属国有企业', '企业管理股'))
    >>> office_and_division("市政府办公室") is None, office_and_division("财务科") is None
    (True, True)
    """
    level = next((p for p in (*UNIT_PREFIXES, _OWN) if name.startswith(p)), None)
    if level is None:
        return None
    # (a body's name past its level: 区|司法局, not 区|委; the plan's own: 本局)
    for k in range(len(level) + (1 if level == _OWN else 2), len(name) - _SHORTEST_DIVISION + 1):
        if _BODY_END.search(name, 0, k) is None or name.startswith(_NOT_DIVISION, k):
            continue
        if name.endswith(_BRANCHES):
            return None  # (a body's branch is the body's: 市工商局|顺义分局 is one name)
        if unit_end(name, k) == len(name) and unit_end(name, 0) in (k, len(name)):
            return name[:k], name[k:]
    return None
