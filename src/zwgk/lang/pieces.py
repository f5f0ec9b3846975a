"""What a piece of plan text is: a header row, a list of units, a heading.

Readers that lost a table's cell boundaries, and the builder typing the
cells it was given, ask the same questions of a piece of text; the answers
live here, over the words of :mod:`zwgk.lang.vocab`.

>>> header_row_roles(["序号", "工作任务", "具体措施", "责任单位", "完成时限"])
['number', 'heading', 'text', 'resp', 'deadline']
>>> looks_like_responsibility("市发改局牵头，各区县配合")
True
>>> looks_like_responsibility("推进预算公开")
False
>>> is_heading_text("做好规划公开")
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from zwgk.lang.numerals import HeadingLabel, parse_label
from zwgk.lang.responsibility import ResponsibilityToken, tokenize_responsibility
from zwgk.lang.vocab import (
    DUTY_WORD,
    MENTION_MARKS,
    NOT_OFFICE_ENDS,
    REQUIREMENT_MARK,
    REQUIREMENT_VERBS,
    ROLE_AFTER_NAME,
    ROLE_WORD,
    ROLE_WORD_OUTSIDE_NAME,
    STATUS_MARK,
    STRONG_TEXT_HEADER,
    UNIT_END,
    completion_deadline,
    header_role,
    lead_of_two_owners,
    requirements_after_units,
    units_by_person,
)

__all__ = [
    "assigns_roles",
    "gives_roles",
    "header_row_roles",
    "is_heading_text",
    "label_of",
    "looks_like_responsibility",
    "mention_marks_out",
    "sentences",
    "squeeze",
    "status_marks_out",
    "strip_end_punct",
    "tag_end",
    "text_column_roles",
    "without_item_count",
]

_SPLIT: Final = re.compile(r"[、，,；;。.\s]+")
# 和/及 join two units only when the part before them is a unit itself
# (办公室和法规科); inside a name they do not (住房和城乡建设局).
_AND: Final = re.compile(
    r"(?<=[室科股局委办辦心位门門府组組所院站队隊处處会會馆館厅廳部区區县縣市])[和及]"
)
_BRACKETS: Final = re.compile(r"[（(〔\[【][^）)〕\]】]*[）)〕\]】]")
_ETC: Final = re.compile(r"等(部门|单位|部門|單位)?")


_SENTENCE_END: Final = re.compile(r"[。；;！!？?\n]+")


def sentences(text: str) -> list[str]:
    """The sentences of ``text``: the stretches between sentence-ending punctuation.

    >>> sentences("推进医疗信息公开。推动院务公开；健全公开目录。")
    ['推进医疗信息公开', '推动院务公开', '健全公开目录']
    """
    return [s for s in (x.strip() for x in _SENTENCE_END.split(text)) if s]


def squeeze(text: str) -> str:
    """``text`` with all whitespace dropped (PDF extraction spaces): for comparisons only."""
    # str.split() drops the characters \s matches, and does it without a regex
    return "".join(text.split())


def strip_end_punct(text: str) -> str:
    """``text`` without the punctuation and spaces it ends with."""
    return text.strip().rstrip("。.;；，,:： \t")


# how many items a part holds, in brackets after its title (（4项）, (共3项), （计5条任务）)
_ITEM_COUNT: Final = re.compile(
    r"\s*[（(]\s*(?:共|计|計|合计|合計)?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*"
    r"(?:项|項|条|條|个|個|件)(?:任务|任務|工作|事项|事項)?\s*[）)]\s*$"
)


def without_item_count(title: str) -> str:
    """A part's title without the count of its items after it.

    >>> without_item_count("供热服务信息（4项）"), without_item_count("加强政策解读(共3项)")
    ('供热服务信息', '加强政策解读')
    >>> without_item_count("做好“五公开”（三）")
    '做好“五公开”（三）'
    """
    return _ITEM_COUNT.sub("", title) if title.endswith(("）", ")")) else title


# a site's column name in square brackets before a task's text (【财政资金】公开…)
_TAG: Final = re.compile(r"\s*【(?P<name>[^【】。；;，,：:\n]{1,16})】\s*(?=\S)")


def tag_end(text: str) -> int:
    """Where the text after a tag opening ``text`` starts (0 where none
    opens it): a short name in 【】 that names no field (not 【牵头单位】),
    with the text going on after it.

    >>> text = "【财政资金】公开补贴发放情况。"
    >>> text[tag_end(text) :], tag_end("【牵头单位】财政局"), tag_end("【打印】")
    ('公开补贴发放情况。', 0, 0)
    """
    m = _TAG.match(text)
    if m is None or header_role(m.group("name")) not in _NO_FIELD:
        return 0
    return m.end()


def may_hold_status_marks(text: str) -> bool:
    """Whether ``text`` may hold a mark saying a task is new or carried on
    (a quick look before :func:`status_marks_out` is asked of its parts)."""
    return STATUS_MARK.search(text) is not None


def status_marks_out(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` without the marks saying whether a task is new this year or
    carried on (:data:`~zwgk.lang.vocab.STATUS_MARK`), and those marks.

    >>> status_marks_out("公开税收政策解读。（延续）纳税服务股及时更新")
    ('公开税收政策解读。纳税服务股及时更新', ('（延续）',))
    >>> status_marks_out("【新增】公开政务服务事项清单。")
    ('公开政务服务事项清单。', ('【新增】',))
    >>> status_marks_out("公开新增项目（3个）")
    ('公开新增项目（3个）', ())
    """
    if "新" not in text and "续" not in text and "保留" not in text:
        return text, ()
    marks = tuple(m.group() for m in STATUS_MARK.finditer(text))
    return (STATUS_MARK.sub("", text), marks) if marks else (text, ())


# a mark before a unit's name (not inside an address: name@163.com)
_MENTION: Final = re.compile(rf"(?<![A-Za-z0-9._%+-])[{MENTION_MARKS}](?=[\u4e00-\u9fff])")


def mention_marks_out(text: str) -> str:
    """``text`` without the marks a table set before its units' names
    (:data:`~zwgk.lang.vocab.MENTION_MARKS`).

    >>> mention_marks_out("@财务科负责，@办公室配合"), mention_marks_out("xx@163.com")
    ('财务科负责，办公室配合', 'xx@163.com')
    """
    if not any(mark in text for mark in MENTION_MARKS):
        return text
    return _MENTION.sub("", text)


# the header roles a tag's name may have: a column that is no task's field
_NO_FIELD: Final = (None, "heading", "other")


@functools.lru_cache(maxsize=4096)
def label_of(text: str) -> HeadingLabel | None:
    """:func:`zwgk.lang.numerals.parse_label`, cached: a table asks about each cell often."""
    return parse_label(text)


def looks_like_responsibility(text: str, *, max_len: int = 80) -> bool:
    """Whether ``text`` reads as a responsibility cell (units with role words).

    Used to tell a responsibility apart from wrapped requirement text where a
    layout lost its cell boundaries.
    """
    s = squeeze(text)
    if not s:
        return False
    if len(s) > max_len:
        return _long_list_of_units(s)
    if "。" in s.rstrip("。"):
        # Two sentences: allowed only when both read as responsibilities.
        parts = [p for p in s.split("。") if p]
        return all(looks_like_responsibility(p, max_len=max_len) for p in parts)
    core = s.rstrip("。.；;")
    if _CLAUSES.search(core) and _duty_clauses(core.replace(";", "；").split("；"), max_len):
        return True
    if REQUIREMENT_MARK.search(core):
        return False
    core = _BRACKETS.sub("", core)
    core = _ETC.sub("", core)
    stripped = ROLE_WORD_OUTSIDE_NAME.sub("、", core)
    stripped = ROLE_AFTER_NAME.sub(_after_name, DUTY_WORD.sub("、", stripped))  # (…股监督)
    names = [m for n in _SPLIT.split(stripped) for m in _AND.split(n) if m]
    if not names:
        return bool(ROLE_WORD.search(core))
    unitish = sum(1 for n in names if _ends_as_unit(n) or n.startswith("各"))
    return unitish >= max(1, len(names) - 1) and unitish / len(names) >= 0.6


_CLAUSES: Final = re.compile("[；;]")
_VERB: Final = re.compile("|".join(sorted(REQUIREMENT_VERBS, key=len, reverse=True)))


def _duty_clauses(clauses: list[str], max_len: int) -> bool:
    """Whether clauses parted by ``；`` each give units their duty: a
    responsibility, or units and the work they do (``政策研究室、信息中心做好
    材料公开工作``), one of them at least a responsibility."""
    told = [looks_like_responsibility(c, max_len=max_len) for c in clauses if c]
    return any(told) and all(
        t or _units_then_work(c) for t, c in zip(told, [c for c in clauses if c], strict=True)
    )


def _units_then_work(clause: str) -> bool:
    """Whether ``clause`` names units and then the work they do: names
    that all end as units' do, a verb, and work that ends in no name (not
    a task's text run into its units: …公开扶贫捐赠信息省民政厅)."""
    if _VERB.match(clause) is not None:
        return False
    return any(
        _all_units(clause[: m.start()]) and not _ends_as_unit(_BRACKETS.sub("", clause[m.end() :]))
        for m in _VERB.finditer(clause)  # (not a verb inside a name: 政策研究室)
    )


def _all_units(text: str) -> bool:
    names = [n for n in _SPLIT.split(text) if n]
    return bool(names) and all(_ends_as_unit(n) or n.startswith("各") for n in names)


def _ends_as_unit(name: str) -> bool:
    """Whether ``name`` ends as a unit's name does, not with a word that only
    looks so (干部, 部署)."""
    return UNIT_END.search(name) is not None and not name.endswith(NOT_OFFICE_ENDS)


def _after_name(m: re.Match[str]) -> str:
    """A role word right after a unit's name (``…法规股监督``) parts names; in
    a name (``综合监督执法大队``) it stays."""
    return "、" if UNIT_END.search(m.string, 0, m.start()) else m.group()


_LONG_LIST: Final = 6  # names a list longer than a cell's usual length holds at least


def _long_list_of_units(s: str) -> bool:
    """Whether text longer than a responsibility cell usually is lists units
    alone: no sentence, six names or more, every one but one of them a unit
    (``人事处、发规处、…、就业指导中心等有关处室(单位);各市、县(市、区)教育局``)."""
    core = s.rstrip("。.；;")
    if "。" in core or REQUIREMENT_MARK.search(core):
        return False
    core = _ETC.sub("", _BRACKETS.sub("", core))
    names = [
        m for n in _SPLIT.split(ROLE_WORD_OUTSIDE_NAME.sub("、", core)) for m in _AND.split(n) if m
    ]
    unitish = sum(1 for n in names if UNIT_END.search(n) or n.startswith("各"))
    return len(names) >= _LONG_LIST and unitish >= len(names) - 1


_CLAUSE_END: Final = re.compile(r"[，,；;。]")
_MAX_ROLE_SENTENCE: Final = 160  # a cell, not a paragraph


def _role_clauses(text: str) -> list[list[ResponsibilityToken]]:
    """The clauses of ``text`` as responsibility tokens (punctuation between them dropped)."""
    clauses: list[list[ResponsibilityToken]] = [[]]
    for tok in tokenize_responsibility(text):
        if tok.kind == "separator" and _CLAUSE_END.search(tok.text):
            clauses.append([])
        elif tok.kind != "separator" or clauses[-1]:
            clauses[-1].append(tok)
    return [c for c in clauses if c]


def _assigns(clause: Sequence[ResponsibilityToken]) -> bool:
    """Whether a clause is ``[由]`` units, then their role word, then what the
    role is about: ``区司法局牵头规范性文件清理工作``, ``由县财政局负责``, also
    with what the units are to do before 由 (``规章由政策法规司牵头``)."""
    agent = clause[0].kind == "other" and clause[0].text.strip().endswith("由")
    toks = list(clause[1:] if agent else clause)
    role = next((i for i, t in enumerate(toks) if t.kind == "role"), None)
    if not role:
        return False
    names = [t for t in toks[:role] if t.kind != "separator"]
    return all(t.kind == "unit" and _names_units(t.text) for t in names)


def _names_units(name: str) -> bool:
    """A unit list, or a collective (``区各文件制定主体``: 各 and what it covers)."""
    if looks_like_responsibility(name):
        return True
    return "各" in name[:3] and len(name) <= 20 and not REQUIREMENT_MARK.search(name)


@functools.lru_cache(maxsize=4096)
def assigns_roles(text: str, *, cut: bool = False) -> bool:
    """Whether ``text`` is a responsibility written as sentences: every clause
    names units and gives them a role word, whatever follows the role word.

    A requirement that merely names a unit has a clause that does not
    (``各单位要…``, ``…负责更新标注，确保一致``).  One clause whose role word
    has an object (``市财政局负责做好预算公开``) reads as a requirement as well
    as a responsibility: only two clauses or more, or one ending in its role
    word, decide.  ``cut``: the text stops inside its last clause (a page
    cut inside the cell), which is then only the start of a clause.

    >>> assigns_roles("区司法局牵头文件清理工作，各制定机关具体落实；各单位负责本单位文件公开")
    True
    >>> assigns_roles("由县财政局负责，各乡镇配合")
    True
    >>> assigns_roles("各单位要做好政府信息公开工作，县政府办公室加强指导")
    False
    """
    s = squeeze(text).rstrip("。；;")
    if len(s) > _MAX_ROLE_SENTENCE or not ROLE_WORD.search(s):
        return False
    clauses = _role_clauses(s)
    dropped = cut and len(clauses) >= 2 and not any(t.kind == "role" for t in clauses[-1])
    if dropped:
        clauses = clauses[:-1]
    if not clauses or not all(_assigns(c) for c in clauses):
        return False
    return len(clauses) >= 2 or clauses[0][-1].kind == "role" or dropped


def gives_roles(text: str) -> bool:
    """Whether ``text`` is one clause or more that give units their roles, the
    last perhaps with what the role is about (``各承办单位负责做好意见征集``).

    Such a clause reads as a responsibility and as a requirement alike; a
    table's other rows decide (:func:`assigns_roles` decides alone).

    >>> gives_roles("各承办单位负责做好意见征集"), gives_roles("各单位要做好意见征集")
    (True, False)
    """
    s = squeeze(text)
    if s.endswith(("。", "；", ";")) or len(s) > _MAX_ROLE_SENTENCE or not ROLE_WORD.search(s):
        return False
    clauses = _role_clauses(s)
    return bool(clauses) and all(_assigns(c) for c in clauses)


def is_heading_text(text: str) -> bool:
    """A short line with no sentence inside (a heading that lost its ordinal)."""
    s = squeeze(text).rstrip("。")
    return 0 < len(s) <= 40 and "。" not in s and not s.endswith(("：", ":"))


def text_column_roles(row: Sequence[str], roles: Sequence[str | None]) -> list[str | None]:
    """``roles`` with one task column: of several task-like columns (``text``,
    ``heading``), the one whose words mark the requirement
    (:data:`~zwgk.lang.vocab.STRONG_TEXT_HEADER`), else the last, is
    ``text``; those to its left are ``heading`` levels, those to its right
    ``note``.

    >>> text_column_roles(["类别", "工作任务", "具体内容"], ["heading", "text", "text"])
    ['heading', 'heading', 'text']
    """
    candidates = [i for i, r in enumerate(roles) if r in ("text", "heading")]
    if not candidates:
        return list(roles)
    strong = [i for i in candidates if STRONG_TEXT_HEADER.search(squeeze(row[i]))]
    text_col = (strong or candidates)[-1]
    out: list[str | None] = []
    for i, r in enumerate(roles):
        if i == text_col:
            out.append("text")
        elif r in ("text", "heading"):
            out.append("heading" if i < text_col else "note")
        else:
            out.append(r)
    return out


def header_row_roles(row: Sequence[str]) -> list[str | None] | None:
    """The column roles of a table's header row, or None if ``row`` is no header.

    A header names at least two columns and half of its cells, one of them
    a task column.  Of several task-like columns, the one whose words mark
    the requirement (:data:`~zwgk.lang.vocab.STRONG_TEXT_HEADER`), else the
    last, is ``text``; those to its left are ``heading`` levels, those to
    its right ``note``.  Two responsibility columns side by side (the
    parent's unit | the plan's own office) or a responsibility column beside
    an assist column, with no lead column, are read as
    :func:`~zwgk.lang.vocab.lead_of_two_owners` reads them: the first leads.
    Of other responsibility columns the last is the plan's own, the others
    ``other_resp``.

    >>> header_row_roles(["工作任务", "市级责任单位", "本局责任科室", "完成时限"])
    ['text', 'lead', 'resp', 'deadline']
    """
    roles = completion_deadline(row, units_by_person(row, [header_role(t) for t in row]))
    roles = requirements_after_units(roles)
    named = [r for r in roles if r]
    if len(named) < 2 or len(named) < (len([t for t in row if t.strip()]) + 1) // 2:
        return None
    if not any(r in ("text", "heading") for r in named):
        return None
    out = text_column_roles(row, roles)
    named_roles = lead_of_two_owners([r or "" for r in out])
    out = [r or None for r in named_roles]
    resp_cols = [i for i, r in enumerate(out) if r == "resp"]
    for i in resp_cols[:-1]:
        out[i] = "other_resp"
    if resp_cols and "assist" in out and "lead" not in out:
        out[resp_cols[-1]] = "lead"
    return out
