"""The words plans are built from: table headers, field names, unit names.

One vocabulary for every reader and for plugins: what a header cell says
about its column (:func:`header_role`), which field names introduce a
responsibility or a deadline in prose (:data:`FIELD_NAMES`), and the
word classes the unit grammar (:mod:`zwgk.lang.units`) uses to find unit
names in running text.  Every word is given in Simplified and Traditional
script where the two differ.

>>> header_role("牵头单位"), header_role("完成时限"), header_role("序号")
('lead', 'deadline', 'number')
>>> header_role("工 作 任 务")
'text'
>>> header_role("推进预算公开") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from zwgk.lang.normalize import to_simplified

__all__ = [
    "AIMS_HEADING",
    "ANNEX_LINE",
    "AREA_WORDS",
    "ASSIST_MARKS",
    "BAR_IDEOGRAPH",
    "BOLD_MARKS",
    "BRANCHED_BODIES",
    "BRANCH_WORDS",
    "BULLET_MARKS",
    "CHECK_MARKS",
    "COLLECTIVE_OPENINGS",
    "COLUMN_ROLES",
    "CONTACT_BRACKET",
    "DEADLINE_HINT",
    "DISCLOSURE_KINDS",
    "DITTO",
    "DUTY_BASIS",
    "DUTY_PRINCIPLE",
    "DUTY_SUBJECT",
    "DUTY_WORD",
    "EMPTY_MARKS",
    "EVENT_AFTER_VERB",
    "EVENT_ENDS",
    "FIELD_NAMES",
    "FIELD_RE",
    "FILLED_MARKS",
    "FULL_STOPS",
    "GENERIC_ADDRESSEE",
    "GROUP_HEADER_END",
    "HEADER_CELL_PATTERN",
    "HEADER_CELL_WORDS",
    "HEADER_COMPOUND",
    "HEADER_FRAGMENTS",
    "HEADER_KIND_WORDS",
    "HEADER_QUALIFIER",
    "HEADER_ROLES",
    "HEADER_WORDS",
    "HOLLOW_MARKS",
    "ITEM_MARK",
    "ITEM_MARKS",
    "LEADS_ON_MARKS",
    "LEAD_MARKS",
    "MARKUP_FIELDS",
    "MENTION_MARKS",
    "NAME_FIELD_WORDS",
    "NAME_WORDS_LIKE_VERBS",
    "NOTICE_POINTS",
    "NOTICE_TITLE_END",
    "NOTICE_WORDS",
    "NOT_OFFICE_ENDS",
    "NULL_MARKS",
    "OBJECTS_OPENING_NAMES",
    "OBJECT_ENDS",
    "OFFICE_WORDS",
    "OPEN_END",
    "ORG_END",
    "PAGE_FIELD",
    "PAGE_FIELD_NAMES",
    "PAGE_TOOL_FIELDS",
    "PERIOD_ROW",
    "PLACE_NAME",
    "POST_WORDS",
    "PREAMBLE_START",
    "PREDICATE_ENDS",
    "PUBLISH_AUDIENCES",
    "PUBLISH_CHANNELS",
    "REQUIREMENT_MARK",
    "REQUIREMENT_VERBS",
    "ROLE_AFTER_NAME",
    "ROLE_INITIALS",
    "ROLE_NAMES",
    "ROLE_VERBS",
    "ROLE_VERBS_AFTER_NAME",
    "ROLE_WORD",
    "ROLE_WORD_OUTSIDE_NAME",
    "SENTENCE_END",
    "SHORT_FIELD_NAMES",
    "STATUS_MARK",
    "STATUS_VALUE",
    "STRONG_TEXT_HEADER",
    "SUPPORT_HEADING",
    "TABLE_NOTE_LINE",
    "TEXT_FIELD",
    "TEXT_NOUNS",
    "TEX_COMMANDS",
    "TITLE_ENDS",
    "TOOLBAR_WORD",
    "UNIT_COLUMN_ROLES",
    "UNIT_END",
    "UNIT_LEVELS",
    "UNIT_PREFIXES",
    "UNIT_SUFFIXES",
    "WEB_ADDRESS",
    "WORDS_ENDING_LIKE_VERBS",
    "WORDS_OPENING_LIKE_OFFICE_ENDS",
    "audience_at",
    "channels_end",
    "completion_deadline",
    "header_role",
    "is_aims_heading",
    "is_bare_post",
    "is_ditto",
    "is_empty_mark",
    "is_status",
    "is_support_heading",
    "kinds_after_text",
    "lead_of_two_owners",
    "leads_on_once",
    "levels_end",
    "names_persons",
    "names_units",
    "nest_unit_columns",
    "person_brackets",
    "persons_end",
    "posts_at",
    "requirements_after_units",
    "split_person",
    "units_by_person",
    "without_field_names",
]

#: What a table column can hold, in the order :func:`header_role` tries them.
COLUMN_ROLES: Final = (
    "number",
    "deadline",
    "note",
    "status",
    "lead",
    "assist",
    "supervise",
    "resp",
    "text",
    "heading",
    "other",
)

#: The roles of the columns that name units.
UNIT_COLUMN_ROLES: Final = ("lead", "assist", "resp", "supervise")

#: The kinds of unit a unit column's header or a unit field's name names (牵头单位,
#: 配合处室, 责任股室：, a town's 责任办室：, and a street office's 办: 责任办（站、所）),
#: and one office's kind with the other in brackets (责任股（室）, 牵头科（室）).
_UNIT_KINDS_NAMED: Final = (
    "单位", "單位", "部门", "部門", "科室", "处室", "處室", "股室", "机构", "機構",
    "办室", "辦室", "办", "辦", "股", "科", "处", "處", "司局", "厅局", "廳局",
)  # fmt: skip
_UNIT_KINDS: Final = "|".join(_UNIT_KINDS_NAMED)

#: Header words for each column role (regular expressions over a header
#: cell with its spaces removed).
HEADER_ROLES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    # when a task was actually done (实际完成时间): its progress, no deadline
    ("status", re.compile(r"^(?:实际|實際)")),
    # (what is numbered may stand before it: 指标序号, 任务编号, 事项序号)
    (
        "number",
        re.compile(
            r"^(?:指标|指標|任务|任務|事项|事項|项目|項目)?(序号|序號|编号|編號)$|^(序|No\.?)$",
            re.I,
        ),
    ),
    (
        "deadline",
        re.compile(
            r"(时限|時限|完成时间|完成時間|时间节点|時間節點|进度安排|進度安排|时间进度|時間進度"
            r"|时间安排|時間安排|时间要求|時間要求|完成期限|截止|(?:更新|公开|公開|办结|辦結|落实|落實)(?:时间|時間)"
            r"|时序进度|時序進度|^期限$|(?:公开|公開|完成|工作)(?:节点|節點)$"
            # how often a list is brought up to date (更新频次, 公开频率, 更新周期)
            r"|(?:更新|公开|公開|发布|發布)(?:频次|頻次|频率|頻率|周期|週期))"
        ),
    ),
    # a remark, or how and to whom the task's information is published
    # (公开方式: 政府网站、公开栏; 公开范围: 全社会)
    (
        "note",
        re.compile(
            r"^(?:备|備)(?:注|註)|^(说明|說明)"
            r"|^(?:公开|公開|发布|發布)(?:方式|形式|渠道|载体|載體|途径|途徑)$"
        ),
    ),
    (
        "status",
        re.compile(
            r"(完成情况|完成情況|工作进展|工作進展|进展情况|進展情況|佐证|佐證|落实情况|落實情況|^是否"
            r"|推进情况|推進情況|完成进度|完成進度"
            # to whom the information is disclosed (公开范围: 全社会)
            r"|^(?:公开|公開)(?:范围|範圍|对象|對象)$"
            # the person in charge (a post or a name, not a unit): kept beside the task
            r"|责任人|責任人|责任领导|責任領導|分管领导|分管領導|牵头领导|牽頭領導|负责人|負責人|联系人|聯繫人)"
        ),
    ),
    # what a task rests on, comes from or answers (公开依据, 政策依据, 任务来源,
    # 对应指标: an indicator's number), what
    # kind of task it is (任务类型: 常规、重点、新增), or what it is judged by
    # (评价标准, 考核标准; a 完成标准 column holds what is to be done): kept
    # beside the task, in its note, though it names 任务 or 标准
    (
        "other",
        re.compile(
            r"(来源|來源|依据|依據|类型|類型|层级|層級)$|^(?:对应|對應)"
            r"|(?:评价|評價|考核|验收|驗收|评分|評分|考评|考評)(?:标准|標準)$"
        ),
    ),
    # (a role word may stand before 责任单位: 牵头责任单位, 配合责任单位)
    ("lead", re.compile(rf"(牵头|牽頭|主责|主責)(?:责任|責任)?({_UNIT_KINDS})")),
    (
        "assist",
        re.compile(
            rf"(配合|协办|協辦|参与|參與|协助|協助|协同|協同|协作|協作)(?:责任|責任)?({_UNIT_KINDS})"
        ),
    ),
    # who oversees the task (督办单位, 监督科室): its units supervise
    (
        "supervise",
        re.compile(rf"(督办|督辦|监督|監督|督查|督導|督导)(?:责任|責任)?({_UNIT_KINDS})"),
    ),
    (
        "resp",
        re.compile(
            r"(责任|責任|承办|承辦|主办|主辦|牵头|牽頭|"
            rf"(?:落实|落實|负责|負責|实施|實施)(?:{_UNIT_KINDS})|"
            r"单位|單位|科室|部门|部門|(?:实施|實施|落实|落實|公开|公開|发布|發布)(?:主体|主體)"
            # the division of the tasks: who does each (任务分工; 细化分工 is the requirement)
            r"|(?:任务|任務|工作)分工$)"
        ),
    ),
    # a column of what kind each task is (任务类别, 一级指标), though it names 任务
    ("heading", re.compile(r"(类别|類別|分类|分類|指标|指標)$")),
    (
        "text",
        re.compile(
            r"(工作重点|工作重點|公开重点|公開重點|举措|舉措|具体|具體|细化|細化|措施|内容|內容"
            r"|任务要求|任務要求|公开要求|公開要求|要点|要點|工作任务|工作任務|重点任务|重點任務"
            r"|主要任务|主要任務|任务|任務|事项|事項|标准|標準|目标|目標)"
        ),
    ),
    (
        "heading",
        re.compile(r"(工作要求|类别|類別|项目|項目|板块|板塊|领域|領域|重点工作|重點工作|方面)"),
    ),
)

#: Header words that mark the column holding the task's own text when two
#: text-like columns stand side by side (工作任务 | 具体措施).
STRONG_TEXT_HEADER: Final = re.compile(r"(具体|具體|措施|内容|內容|任务要求|任務要求)")

_WS: Final = re.compile(r"\s+")
_TRAILING_PAREN: Final = re.compile(r"[（(][^）)]*[）)]$")


def header_role(text: str) -> str | None:
    """The column role a header cell names (one of :data:`COLUMN_ROLES`), or None."""
    s = _WS.sub("", text).strip("|｜")  # a cell closed by its separator (序号 |)
    s = _TRAILING_PAREN.sub("", s) or s
    s = HEADER_COMPOUND.sub(r"\1\2", s)
    if not s or len(s) > 20:
        return None
    for role, pattern in HEADER_ROLES:
        if pattern.search(s):
            return role
    return None


_SUB_UNIT_ROLES: Final = ("lead", "assist")


_PERSON_HEADER: Final = re.compile(r"责任人|責任人|负责人|負責人")


def units_by_person(cells: Sequence[str], roles: Sequence[str | None]) -> list[str | None]:
    """The roles of a header with no unit column whose person-in-charge
    column (责任人, 负责人) says who does each task: that column is the
    units' (``resp``); beside a unit column it is kept beside the task.

    >>> units_by_person(["公开项目", "责任人", "公开时间"], ["text", "status", "deadline"])
    ['text', 'resp', 'deadline']
    """
    out = list(roles)
    if any(r in ("lead", "assist", "resp", "other_resp") for r in out):
        return out
    for i, cell in enumerate(cells):
        if out[i] == "status" and _PERSON_HEADER.search(cell):
            out[i] = "resp"
            break
    return out


_COMPLETION_HEADER: Final = re.compile(r"完成|办结|辦結|截止")


def completion_deadline(cells: Sequence[str], roles: Sequence[str | None]) -> list[str | None]:
    """The roles of a header with two deadline columns, one of them when the
    task is to be done (完成时限) and another when each piece of information
    is published (公开时限, 更新时间): the first is the task's deadline, the
    others are kept in its note.

    >>> completion_deadline(["公开事项", "公开时限", "责任股室", "完成时限"],
    ...                     ["text", "deadline", "resp", "deadline"])
    ['text', 'note', 'resp', 'deadline']

    With no completion column, a column of how often (更新频率) beside a
    limit (首次公开时限) is the note:

    >>> completion_deadline(["工作任务", "更新频率", "首次公开时限"],
    ...                     ["text", "deadline", "deadline"])
    ['text', 'note', 'deadline']
    """
    out = list(roles)
    deadlines = [i for i, role in enumerate(roles) if role == "deadline"]
    done = [i for i in deadlines if _COMPLETION_HEADER.search(cells[i])]
    if len(done) != 1:  # (更新频率 | 首次公开时限: the limit, not how often)
        done = [i for i in deadlines if not _FREQUENCY_HEADER.search(cells[i])]
    if len(deadlines) > 1 and len(done) == 1:
        for i in deadlines:
            out[i] = "deadline" if i == done[0] else "note"
    return out


_FREQUENCY_HEADER: Final = re.compile(r"(频次|頻次|频率|頻率|周期|週期)$")
_KIND_HEADER: Final = re.compile(r"(类别|類別|分类|分類|指标|指標)$")


def requirements_after_units(roles: Sequence[str | None]) -> list[str | None]:
    """The roles of a header whose task's text stands before its unit columns
    and a column of text after them (工作任务 | 牵头单位 | 责任单位 | 工作要求):
    that column holds each task's requirement, its note, not a heading over
    the rows nor a second text.

    >>> requirements_after_units(["text", "lead", "resp", "heading"])
    ['text', 'lead', 'resp', 'note']
    >>> requirements_after_units(["heading", "resp", "text"])
    ['heading', 'resp', 'text']
    """
    units = next((i for i, r in enumerate(roles) if r in UNIT_COLUMN_ROLES), None)
    if units is None or "text" not in roles[:units]:
        return list(roles)
    return ["note" if i > units and r in ("text", "heading") else r for i, r in enumerate(roles)]


def kinds_after_text(cells: Sequence[str], roles: Sequence[str | None]) -> list[str | None]:
    """The roles of a header whose column of a kind (类别, 指标) stands right
    of the task's text: not a heading over the rows but what each task is
    measured by (考核指标), kept in its note (``other``).

    >>> kinds_after_text(["工作任务", "考核指标", "责任股室"], ["text", "heading", "resp"])
    ['text', 'other', 'resp']
    >>> kinds_after_text(["一级指标", "工作任务"], ["heading", "text"])
    ['heading', 'text']
    """
    out = list(roles)
    for i, (cell, role) in enumerate(zip(cells, roles, strict=True)):
        if role == "heading" and "text" in out[:i] and _KIND_HEADER.search(cell.strip()):
            out[i] = "other"
    return out


def nest_unit_columns(roles: Sequence[str]) -> list[str]:
    """The roles of a header given over two rows, in the order of the body's cells.

    A unit column may be named over sub-columns (责任单位 over 牵头单位 and
    配合单位); copied as text, the sub-header's cells come after the top
    row's (序号 | 工作任务 | 责任单位 | 完成时限 | 牵头单位 | 配合单位).  When
    the header ends with a lead and an assist column and names one other
    unit column before them, that column is the sub-columns' place.

    >>> nest_unit_columns(["number", "text", "resp", "deadline", "lead", "assist"])
    ['number', 'text', 'lead', 'assist', 'deadline']
    >>> nest_unit_columns(["text", "resp", "lead", "assist"])
    ['text', 'lead', 'assist']
    >>> nest_unit_columns(["text", "lead", "assist", "deadline"])
    ['text', 'lead', 'assist', 'deadline']
    """
    out = list(roles)
    k = len(out)
    while k > 0 and out[k - 1] in _SUB_UNIT_ROLES:
        k -= 1
    tail, head = out[k:], out[:k]
    parents = [i for i, r in enumerate(head) if r in ("resp", *_SUB_UNIT_ROLES)]
    if set(tail) != set(_SUB_UNIT_ROLES) or len(parents) != 1 or head[parents[0]] != "resp":
        return out
    i = parents[0]
    return [*head[:i], *tail, *head[i + 1 :]]


def lead_of_two_owners(roles: Sequence[str]) -> list[str]:
    """The roles of a header with two unit columns side by side and no lead
    column: two responsibility columns (市级责任单位 | 本局责任科室: the
    parent's unit and the plan's own office), or a responsibility column
    beside an assisting one (责任科室 | 配合科室, or after it: 配合部门 |
    承办部门).  The responsibility column that comes first, or the one beside
    the assisting column, leads the task.

    >>> lead_of_two_owners(["number", "text", "resp", "resp", "deadline"])
    ['number', 'text', 'lead', 'resp', 'deadline']
    >>> lead_of_two_owners(["text", "resp", "assist", "deadline"])
    ['text', 'lead', 'assist', 'deadline']
    >>> lead_of_two_owners(["text", "assist", "resp", "deadline"])
    ['text', 'assist', 'lead', 'deadline']
    >>> lead_of_two_owners(["text", "lead", "resp"])
    ['text', 'lead', 'resp']
    """
    out = list(roles)
    units = [i for i, r in enumerate(out) if r in ("lead", "assist", "resp")]
    if len(units) != 2 or units[1] != units[0] + 1:
        return out
    first, second = out[units[0]], out[units[1]]
    if first == "resp" and second in ("resp", "assist"):
        out[units[0]] = "lead"
    elif first == "assist" and second == "resp":
        out[units[1]] = "lead"
    return out


def _field_names(*roles: str, alone: bool = True) -> str:
    """Every role word with every kind of unit, then the role word alone:
    ``牵头单位|牵头部门|…|牵头`` (``（牵头：办公室；配合：水政监察大队）``); a
    space may part the two words (``责任 单位：``, a PDF's text at a line's wrap)."""
    names = [role + "[ \u3000]?" + kind for role in roles for kind in _UNIT_KINDS_NAMED]
    return "|".join(names + list(roles) if alone else names)


#: Words that begin a requirement or a task title, never a unit name: where
#: a run of unit names stops in running text.
REQUIREMENT_VERBS: Final[tuple[str, ...]] = (
    "坚持", "堅持",
    "通过", "推进", "推动", "加强", "做好", "加大", "完善", "建立", "健全", "制定", "开展",
    "及时", "依法", "提高", "提升", "发布", "解读", "围绕", "按照", "结合", "进一步", "全面",
    "积极", "主动", "充分", "着力", "切实", "认真", "严格", "明确", "组织", "实行", "实施",
    "定期", "逐步", "重点", "继续", "持续", "深入", "统筹", "督促", "指导", "规范", "公开",
    "公布", "编制", "研究", "探索", "做到", "确保", "利用", "依托", "鼓励", "支持", "不断",
    "抓好", "用好", "办好", "强化", "深化", "优化", "细化", "梳理", "整合", "集中", "落实", "要",
    "对", "将", "把", "在", "以", "于", "从", "向", "为", "并", "按", "同时", "其中", "配合", "自",
    "按月", "按季度", "按年度", "每月", "每季度", "每年", "长期", "長期", "长效", "常态", "年底",
    "年内", "按时", "按期", "办理", "出台",
    "負責", "通過", "推進", "推動", "加強", "做好", "完善", "建立", "制定", "開展", "及時",
    "依法", "提高", "發布", "解讀", "圍繞", "按照", "結合", "進一步", "全面", "積極", "主動",
    "公開", "公布", "明確", "組織", "實行", "實施", "督促", "指導", "規範", "強化", "深化",
    "加快", "密切", "根据", "根據", "正确", "正確", "修订", "修訂", "提前", "启用", "啟用", "聚焦",
    "对照", "對照", "配齐", "配齊", "设立", "設立", "对接", "對接", "谋划", "謀劃", "针对", "針對",
    "贯彻", "貫徹", "注重", "归集", "歸集", "畅通", "暢通", "增强", "增強", "跟踪", "跟蹤", "推行",
    "更新", "紧紧", "緊緊", "统一", "統一", "稳步", "穩步", "实现", "實現", "認真", "不斷", "持續",
    "嚴格", "涉及", "确定", "確定", "指定", "配备", "配備", "压实", "壓實",
    "公示", "报送", "報送",
)  # fmt: skip

# a unit's field named in a sentence, its value after 为 (``责任部门为营销管理部，
# 配合部门为财务部``): the name ends with the kind of unit, not with a role
# word alone (负责为群众…), and no purpose follows (各责任单位为确保…, 为了)
_NAMED_WITH_WEI: Final = (
    "(?<=[位門门室構构辦办股科處处])[为為](?!了|"
    + "|".join(w for w in REQUIREMENT_VERBS if len(w) >= 2)
    + ")"
)

#: The marks a table may set before each unit's name (``@办公室、@财务科``).
MENTION_MARKS: Final = "@＠"

#: The marks a list item opens with (``• 郑人社办〔2020〕199号``, a page's fields
#: listed without their names; a table copied as a list of its cells): no
#: letter or symbol the text must keep.
BULLET_MARKS: Final = "•·‧∙‣-–"

#: The marks an item with no label of its own may open with in a list
#: (``- 公开…``, ``• 公开…``, ``◆公开…``): its list's mark, no part of its text.
ITEM_MARKS: Final = BULLET_MARKS + "◆◇●○▪▫►▶➢➤*+"

#: A list's mark opening a line, with the spaces after it: a space or a word
#: after the mark (``- 2024年底前…``, ``◆公开…``), no figure's sign (``-5%``).
ITEM_MARK: Final = re.compile(
    rf"[ \t\u3000]*[{re.escape(ITEM_MARKS)}](?:[ \t\u3000]+(?=\S)|(?=[\u4e00-\u9fff“《【]))"
)

#: A role word's first character standing for it before a colon, where a
#: table's note says so (``“主”为主办部门，“协”为协办部门``: ``主:办公室 协:政治部``),
#: or in brackets after a name (``推广股（牵）、财务室（配）``); the field each names.
ROLE_INITIALS: Final[dict[str, str]] = {
    "主": "lead",
    "牵": "lead",
    "牽": "lead",
    "协": "assist",
    "協": "assist",
    "配": "assist",
}


def _initials(field: str) -> str:
    """The role initials naming ``field``, each not the end of a word (业主：)."""
    return "|".join(
        f"{ch}(?<![\u4e00-\u9fff]{ch})" for ch, f in ROLE_INITIALS.items() if f == field
    )


#: Field names that introduce a value in prose (``责任单位：市发改局``).
FIELD_NAMES: Final[dict[str, str]] = {
    "resp": _field_names("责任", "責任", "负责", "負責")
    + "|"
    + _field_names("落实", "落實", "承办", "承辦", "实施", "實施", alone=False)
    + "|责任主体|責任主體",
    "lead": _field_names("牵头", "牽頭", "主责", "主責") + "|主办|主辦|" + _initials("lead"),
    "assist": _field_names("配合", "协办", "協辦", "参与", "參與", "协助", "協助", "协同", "協同")
    + "|"
    + _initials("assist"),
    "supervise": _field_names("监督", "監督", "督办", "督辦"),
    # the person in charge, a post or a name (牵头领导：管委会副主任), no unit
    "status": r"(?:牵头|牽頭|责任|責任|分管|包保)(?:领导|領導)|责任人|責任人|负责人|負責人"
    r"|联系人|聯繫人",
    "deadline": r"完成时限|完成時限|办结时限|辦結時限|办理时限|辦理時限|公开时限|公開時限"
    r"|责任时限|責任時限|完成时间|完成時間|时限要求|時限要求|时间要求|時間要求"
    r"|时间节点|時間節點|完成期限|时限|時限|期限",
    "note": r"备注|備註|工作要求|具体要求|具體要求|工作措施|具体措施|具體措施|完成标准|完成標準"
    r"|工作标准|工作標準",
}

#: The names a bracket of short fields closing a prose item gives its values
#: by (``（牵头：村委会主任；落实：各村民小组组长；公开时间：…）``): role words
#: alone, the person in charge (责任人), and any time (公开时间); inside such
#: a bracket only, where every part is a field.
SHORT_FIELD_NAMES: Final[dict[str, re.Pattern[str]]] = {
    "lead": re.compile(r"牵头|牽頭|主责|主責"),
    "assist": re.compile(r"配合|协办|協辦|参与|參與|协助|協助"),
    "supervise": re.compile(r"监督|監督|督办|督辦"),
    "resp": re.compile(
        r"责任人|責任人|负责人|負責人|负责|負責|责任|責任|落实|落實|承办|承辦|实施|實施"
    ),
    "deadline": re.compile(r"[\u4e00-\u9fff]{0,4}(?:时间|時間|时限|時限|期限)"),
}

#: A field name followed by its colon, or in square brackets (``【责任单位】``,
#: ``[完成时限]``); the group named after the field says which.
FIELD_RE: Final = re.compile(
    # led by the characters the names start with: a search skips every other place at once
    "(?=[【［\\["
    + "".join(sorted({w[0] for v in FIELD_NAMES.values() for w in v.split("|")}))
    + "])"
    r"(?:(?P<open>[【［\[])\s*)?"
    r"(?P<name>" + "|".join(f"(?P<{k}>{v})" for k, v in FIELD_NAMES.items()) + r")"
    r"(?(open)\s*[】］\]]\s*[:：]?|(?:\s*[:：]|" + _NAMED_WITH_WEI + r"))\s*"
)


def names_units(field: re.Match[str]) -> bool:
    """Whether a match of :data:`FIELD_RE` labels units (``责任单位：``,
    ``牵头单位：``), not a deadline, a note or a requirement.

    >>> [names_units(m) for m in FIELD_RE.finditer("责任单位：区财政局；完成时限：6月底前")]
    [True, False]
    """
    return field["deadline"] is None and field["note"] is None


_TEXT_FIELD_NAMES: Final = (
    r"(?:工作任务|工作任務|任务内容|任務內容|工作内容|工作內容|具体任务|具體任務|重点任务|重點任務"
    r"|主要任务|主要任務|任务名称|任務名稱)\s*[:：]"
)

#: The name a task's own text is given by where every part of a task is a
#: labelled field (``1.工作任务：公开…；责任科室：办公室；完成时限：…``),
#: opening the task's text.
TEXT_FIELD: Final = re.compile(rf"^\s*{_TEXT_FIELD_NAMES}\s*")
_TEXT_FIELD_ANY: Final = re.compile(_TEXT_FIELD_NAMES)


# the field names written out (责任单位, 完成时限, …), for telling the start of
# one a cut page left at a value's end (…县教体局;责任单)
_FIELD_WORDS: Final = frozenset(
    word.replace("[ \u3000]?", "")
    for pattern in FIELD_NAMES.values()
    for word in pattern.split("|")
    if re.fullmatch(r"[\u4e00-\u9fff]+(?:\[ \u3000\]\?[\u4e00-\u9fff]+)?", word)
)
_LAST_PIECE: Final = re.compile(r"[；;，,]\s*([\u4e00-\u9fff]{2,4})\s*$")


def without_cut_field_name(value: str) -> str:
    """``value`` without the start of the next field's name a cut page left
    at its end, after the value's separator.

    >>> without_cut_field_name("县商务局、县教体局;责任单")
    '县商务局、县教体局'
    >>> without_cut_field_name("县商务局、县教体局")
    '县商务局、县教体局'
    """
    m = _LAST_PIECE.search(value)
    if m is None or not any(w.startswith(m.group(1)) and w != m.group(1) for w in _FIELD_WORDS):
        return value
    return value[: m.start()]


def without_field_names(text: str) -> str:
    """``text`` without the names of the fields it labels (``责任单位：``,
    ``完成时限：``) and the 由 that opens a sentence saying who does a task
    (``由区财政局负责``): a reading puts each value in its field, not the
    words that label it.

    >>> without_field_names("公开预算。责任单位：市财政局")
    '公开预算。 市财政局'
    >>> without_field_names("公开预算。由市财政局负责，各镇配合。")
    '公开预算。市财政局负责，各镇配合。'
    """
    if "由" in text:
        text = _DUTY_BY.sub("", text)
    if "任务" in text or "内容" in text or "任務" in text or "內容" in text:
        text = _TEXT_FIELD_ANY.sub(" ", text)
    first = min((k for k in (text.find("："), text.find(":")) if k >= 0), default=-1)
    if first < 0:
        return text
    # a name ends right before its colon (spaces aside): only the stretch from
    # the first colon's name to the last colon's spaces can hold one
    start = max(0, len(text[:first].rstrip()) - _LONGEST_FIELD_NAME)
    last = max(text.rfind("："), text.rfind(":"))
    end = len(text) - len(text[last + 1 :].lstrip())
    return text[:start] + FIELD_RE.sub(" ", text[start:end]) + text[end:]


_LONGEST_FIELD_NAME: Final = max(len(w) for v in FIELD_NAMES.values() for w in v.split("|"))


# 由 opening a sentence or clause that names who does the task (由A负责，B配合)
_DUTY_BY: Final = re.compile(r"(?<![自理缘事])由(?=[^。；;，,\n]{2,40}?(?:负责|牵头))")


#: How unit names end, longest first (市发改局, 各设区市, 平潭综合实验区 …).
UNIT_SUFFIXES: Final[tuple[str, ...]] = tuple(
    sorted(
        {
            "人民政府",
            "管委会",
            "委员会",
            "办公室",
            "办公厅",
            "实验区",
            "开发区",
            "高新区",
            "示范区",
            "新区",
            "管理局",
            "部门",
            "单位",
            "中心",
            "政府",
            "机构",
            "机关",
            "街道",
            "镇街",
            "乡镇",
            "集团",
            "公司",
            "专班",
            "小组",
            "领导班子",
            "法院",
            "检察院",
            "银行",
            "庭",
            "窗口",
            "支行",
            "分行",
            "园区",
            "海关",
            "海關",
            "厅",
            "局",
            "委",
            "办",
            "署",
            "院",
            "会",
            "站",
            "所",
            "村",
            "社区",
            "处",
            "科",
            "股",
            "室",
            "队",
            "社",
            "司",
            "部",
            "组",
            "市",
            "县",
            "区",
            "镇",
            "乡",
            "馆",
            "台",
            "校",
            # schools and kindergartens by their kinds
            "小学",
            "中学",
            "大学",
            "小學",
            "中學",
            "大學",
            "幼儿园",
            "幼兒園",
            "辦",
            "廳",
            "會",
            "處",
            "縣",
            "區",
            "鎮",
            "館",
            "隊",
            "組",
            "門",
            "單位",
            "機關",
            "部門",
            "辦公室",
            "辦公廳",
            "委員會",
            "管委會",
            "街道辦",
            "办事处",
            "辦事處",
            # the people's organisations by their short names
            "残联",
            "殘聯",
            "妇联",
            "婦聯",
            "侨联",
            "僑聯",
            "文联",
            "文聯",
            "工商联",
            "工商聯",
            "社科联",
            "科协",
            "科協",
        },
        key=lambda w: (-len(w), w),
    )
)

#: How the name of one particular office ends (…科, …所, …大队, …中心,
#: …办公室, …部 but not the words of :data:`NOT_OFFICE_ENDS`), longest first.
#: Unlike the other ends of
#: :data:`UNIT_SUFFIXES` (a place: 市, 区, 社区; a government: 政府; a
#: kind: 单位, 部门; or a character many words hold: 会, 社, 司), a name
#: that ends so is whole: a second full name written right after it is
#: another unit (``财政所党政办公室``, ``综合行政执法队城市管理办公室``).
OFFICE_WORDS: Final[tuple[str, ...]] = tuple(
    sorted(
        {
            "局", "司", "委", "厅", "办", "所", "队", "站", "科", "股", "室", "处", "院", "署",
            "馆", "部", "庭", "中心", "办公室", "委员会", "管委会", "办事处", "小组", "纪检组",
            "工作组",
            "专班", "公司", "集团", "银行", "支行", "分行", "大队", "支队", "中队", "分局", "科室",
            "处室", "股室", "辦", "廳", "處", "館", "隊", "辦公室", "委員會", "管委會", "辦事處",
            "小組", "紀檢組", "工作組", "專班",
        },
        key=lambda w: (-len(w), w),
    )
)  # fmt: skip

#: Words that end like an office (…部, …署, …庭) and name none: 干部, 内部,
#: 西部, 家庭, and the verbs 部署, 签署 and 开庭.
NOT_OFFICE_ENDS: Final[tuple[str, ...]] = (
    "干部", "幹部", "内部", "內部", "全部", "外部", "局部", "东部", "東部", "西部", "南部",
    "北部", "中部", "总部", "總部", "基层部", "俱乐部", "俱樂部", "头部", "頭部", "底部", "细部",
    "部署", "签署", "簽署", "家庭", "开庭", "開庭", "出庭", "到庭",
)  # fmt: skip

#: Meetings and events, whose last character ends a body's name (…会) and
#: that name none: a name after one is the unit (``召开新闻发布会|市委宣传部牵头``).
EVENT_ENDS: Final[tuple[str, ...]] = (
    "发布会", "發佈會", "發布會", "座谈会", "座談會", "听证会", "聽證會", "通气会", "通氣會",
    "推介会", "推介會", "见面会", "見面會", "恳谈会", "懇談會", "交流会", "交流會", "培训会",
    "培訓會", "论证会", "論證會", "协调会", "協調會", "说明会", "說明會", "推进会", "推進會",
    "部署会", "部署會", "研讨会", "研討會", "洽谈会", "洽談會", "博览会", "博覽會", "例会", "例會",
)  # fmt: skip

#: Words whose first character ends an office's name (…处, …所, …部, …队,
#: …办) and that name none (处罚, 所属, 部署, 队伍, 办理, 办事): no name ends inside
#: one (``执法监察大队|处罚决定作出后7个工作日内``, not ``…大队处|罚决定…``).
WORDS_OPENING_LIKE_OFFICE_ENDS: Final[frozenset[str]] = frozenset((
    "处罚", "处理", "处置", "处分", "處罰", "處理", "處置", "處分",
    "所有", "所属", "所需", "所得", "所屬",
    "局面", "局限", "部署", "部分", "队伍", "隊伍", "股份",
    "办理", "办结", "辦理", "辦結", "办事", "辦事",
))  # fmt: skip

#: How the name of a branch or a detachment ends (…分局, …支行, …支队): after
#: the name of a body that has branches (:data:`BRANCHED_BODIES`) it is a
#: part of that body's name (``市生态环境局麒麟分局``, ``市公安局交警支队``),
#: not a unit of its own.
BRANCH_WORDS: Final[tuple[str, ...]] = (
    "分局", "分行", "支行", "分院", "分中心", "分所", "分队", "支队", "大队", "中队", "派出所",
)  # fmt: skip

#: The office words of bodies that have branches and detachments.
BRANCHED_BODIES: Final[tuple[str, ...]] = ("局", "厅", "廳", "委", "院", "中心", "银行", "銀行")

#: Words of a field an office's name may hold (政策法规科, 医药服务管理科,
#: 信息中心, 大数据管理局, 案件管理部) that in running text mostly belong to a
#: requirement: inside a name only where an office word closes it soon after.
NAME_FIELD_WORDS: Final[tuple[str, ...]] = (
    "服务", "服務", "信息", "資訊", "数据", "數據", "项目", "項目", "政策", "公开", "公開",
    "运行", "運行", "案件",
)  # fmt: skip

#: How unit names start when one follows another with no separator between
#: them (``省发改委省直各部门``): the level of government or a collective.
UNIT_PREFIXES: Final[tuple[str, ...]] = (
    "省", "市", "县", "縣", "区", "區", "州", "盟", "旗", "各", "国家", "國家", "国务院",
    "國務院", "中共", "共青团", "自治区", "自治區", "有关", "有關", "相关", "相關", "乡", "鄉",
    "镇", "鎮", "街道", "团", "團", "局属", "局屬", "直属", "直屬", "厅属", "廳屬", "委属", "委屬",
)  # fmt: skip

#: Words whose last character is a level of government (区, 市, 镇) and that
#: name an area or a thing: no unit's name starts at that character
#: (``政务公开专区|行政审批局``, ``经济开发区管委会``, ``城市管理局``, ``公开全县…``).
AREA_WORDS: Final[tuple[str, ...]] = (
    "开发区", "開發區", "专区", "專區", "园区", "園區", "港区", "港區", "景区", "景區", "城区",
    "城區", "辖区", "轄區", "片区", "片區", "社区", "社區", "小区", "小區",
    "功能区", "功能區", "示范区", "示範區", "试验区", "試驗區", "实验区", "實驗區", "保护区",
    "保護區", "高新区", "高新區", "自贸区", "自貿區", "山区", "山區", "库区", "庫區", "校区",
    "校區", "城市", "都市", "超市", "上市", "城镇", "城鎮",
    "全省", "全市", "全县", "全縣", "全区", "全區", "全镇", "全鎮", "全乡", "全鄉",
)  # fmt: skip

#: The words a collective opens with, not a level of government (各相关科室,
#: 有关单位, 相关部门).
COLLECTIVE_OPENINGS: Final[tuple[str, ...]] = ("各", "有关", "有關", "相关", "相關")

#: The levels of government a unit name starts with.  Only these start a
#: second name written right after another (``省发改委省经信委``): after a
#: name, ``各部门`` or ``有关科室`` belong to it (``市政府各部门``).
UNIT_LEVELS: Final[tuple[str, ...]] = tuple(
    p for p in UNIT_PREFIXES if p not in COLLECTIVE_OPENINGS
)


#: Words that end with a one-character verb or preposition of
#: :data:`REQUIREMENT_VERBS` (重要, 针对, 可以, 关于): no requirement starts
#: inside them.
WORDS_ENDING_LIKE_VERBS: Final[tuple[str, ...]] = (
    "重要", "需要", "主要", "必要", "只要", "摘要", "纲要", "要要",
    "针对", "面对", "相对", "核对", "比对", "校对",
    "即将", "必将",
    "存在", "所在", "现在", "正在", "实在", "旨在", "内在",
    "可以", "予以", "加以", "难以", "得以", "所以", "用以", "足以",
    "关于", "对于", "由于", "属于", "在于", "至于", "等于", "便于", "易于", "善于", "勇于", "敢于",
    "自从", "服从", "遵从",
    "面向", "导向", "走向", "方向", "去向", "流向",
    "作为", "行为", "成为", "认为", "称为", "视为", "更为", "较为", "最为", "极为", "大为",
    "合并", "兼并",
)  # fmt: skip

#: Words of names that begin with a verb of :data:`REQUIREMENT_VERBS`
#: (自然资源局, 自治区, 对外贸易科, 对口支援处, 研究生院, 组织部, and the
#: programmes offices are named for: 重点项目推进股, 以工代赈办): no requirement
#: starts there.
NAME_WORDS_LIKE_VERBS: Final[tuple[str, ...]] = (
    "自然", "自治", "對外", "对外", "对口", "對口", "为民", "為民",
    "研究生", "研究院", "研究室", "研究所", "研究中心", "组织部", "組織部", "组织人事", "組織人事",
    "重点项目", "重點項目", "以工代赈", "以工代賑",
)  # fmt: skip

#: The nouns a header names a task's own text with (内容, 任务, 要求 …).
TEXT_NOUNS: Final = ("内容", "任务", "要求", "措施", "举措", "事项", "名称", "标准", "目标")
_TEXT_NOUNS: Final = TEXT_NOUNS
#: The header words of a task's own text, made as plans make them: a
#: qualifier and a noun (具体内容, 主要措施, 重点任务, 工作举措), or two
#: nouns, joined or not (目标要求, 目标和要求, 内容及措施).
_TEXT_HEADER_WORDS: Final = tuple(
    dict.fromkeys(
        [
            *(
                q + n
                for q in (
                    "具体",
                    "主要",
                    "重点",
                    "工作",
                    "任务",
                    "细化",
                    "公开",
                    "完成",
                    "落实",
                    "推进",
                )
                for n in _TEXT_NOUNS
                if q != n
            ),
            *(
                a + j + b
                for a in _TEXT_NOUNS
                for j in ("", "和", "与", "及")
                for b in _TEXT_NOUNS
                if a != b
            ),
        ]
    )
)
_UNIT_HEADER_KINDS: Final = (
    "单位", "部门", "科室", "处室", "股室", "站所", "办所", "机构", "领导", "人", "办", "股",
    "科", "处", "司局", "厅局",
)  # fmt: skip
#: ... and of the unit columns: a role and a kind of unit (责任股室, 牵头领导).
_UNIT_HEADER_WORDS: Final = tuple(
    r + k
    for r in (
        "牵头",
        "配合",
        "协办",
        "责任",
        "落实",
        "实施",
        "承办",
        "主办",
        "负责",
        "主责",
        "协同",
        "参与",
        "协助",
        "协作",
        "牵头责任",
        "配合责任",
        "承担",
        "执行",
        "办理",
        "督办",
        "监督",
        "督查",
        "督导",
    )
    for k in _UNIT_HEADER_KINDS
    if r + k not in ("负责人", "负责办")
)

#: ... a unit column that holds each task's requirement too (责任单位和工作要求):
#: the units' column.
_UNIT_AND_TEXT_HEADER_WORDS: Final = tuple(
    u + j + t
    for u in _UNIT_HEADER_WORDS
    for j in ("和", "及", "与")
    for t in ("工作要求", "要求", "工作任务", "任务")
)

#: ... and of a time column: what is done by then and the time (完成时限, 更新时间),
#: or how often (更新频次).
_TIME_HEADER_WORDS: Final = tuple(
    q + t
    for q in ("完成", "更新", "公开", "办结", "落实", "办理")
    for t in ("时限", "时间", "期限", "频次", "频率", "周期", "节点")
)

#: Header cells as tables write them, for finding a header whose cells ran
#: together (``工作任务牵头单位责任单位工作要求``).  Simplified script: match
#: against simplified text.
HEADER_WORDS: Final[tuple[str, ...]] = (
    *_UNIT_AND_TEXT_HEADER_WORDS, *_TEXT_HEADER_WORDS, *_UNIT_HEADER_WORDS, *_TIME_HEADER_WORDS,
    "序号", "编号", "工作目标", "重点工作", "主要工作", "工作项目", "责任主体",
    "时间节点", "时限要求", "时间要求", "进度安排", "时间进度", "时间安排",
    "落实情况", "完成情况", "进展情况", "是否完成",
    "工作进展", "佐证材料", "备注", "类别", "工作类别", "公开内容", "公开事项", "公开项目",
    "责任分工", "职责分工", "细化分工", "工作重点", "公开重点", "实施主体", "时序进度", "推进情况",
    "完成进度", "分类", "一级指标", "二级指标", "任务类别",
    "公开方式", "公开形式", "公开渠道", "公开载体", "公开途径", "发布渠道", "公开范围", "公开对象",
    "任务分工", "工作分工",
    # what a row answers or where it is published (对应指标: an indicator's number)
    "对应指标", "对应条款", "对应要点", "公开层级",
)  # fmt: skip

#: A header's second row of periods under a schedule column (一季度二季度三季度四季度,
#: 上半年 | 下半年, 1月 2月 …): a row's cells over them are its schedule, no
#: deadline.
PERIOD_ROW: Final = re.compile(
    r"(?:[|｜\s]*(?:第?[一二三四1-4１-４]季度|[上下]半年|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?))"
    r"{2,}[|｜\s]*"
)

#: A header cell naming two roles of one column (配合/责任单位, 牵头、配合部门):
#: the column is the first role's.
HEADER_COMPOUND: Final = re.compile(
    r"(牵头|牽頭|配合|协办|協辦|责任|責任|主责|主責)[/／、]"
    r"(?:牵头|牽頭|配合|协办|協辦|责任|責任|主责|主責)(单位|單位|部门|部門|科室|处室|處室)"
)

#: A qualifier written before a header word (市级责任单位, 本局责任科室, and
#: in a disclosure list, what is disclosed: 公开类别, 公开主体).
HEADER_QUALIFIER: Final = re.compile(
    r"^(?:(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|州|国家|國家)[级級里裡]|(?:本|我)(?:局|委|办|辦|厅|廳|单位|單位|部门|部門|级|級)"
    r"|(?:局|委|办|辦|厅|廳)(?:内|內)?|公开|公開)$"
)

#: The heading of a plan's opening part on what it aims at (总体要求, 工作目标,
#: 指导思想, 把握总体要求): its numbered points are aims, not tasks.  A heading
#: of several such clauses (把握总体要求，明确工作目标) is one too.
AIMS_HEADING: Final = re.compile(
    # (what they are of may stand before them: 政务公开的基本原则; a short
    # qualifier before 原则 or 目标: 公开原则, 年度目标)
    r"^(?:[\u4e00-\u9fff]{2,8}的)?(?:(?:把握|明确|明確|坚持|堅持|确定|確定)?"
    r"(?:(?:总体|總體|目标|目標|工作|主要|基本)?(?:要求|指导思想|指導思想)"
    r"|[\u4e00-\u9fff]{0,4}?(?:目标|目標|原则|原則)))$"
)
_AIMS_CLAUSES: Final = re.compile(r"[，,、；;]|和|与|與|及")


def is_aims_heading(title: str) -> bool:
    """Whether ``title`` (in either script) heads a part on the plan's aims
    (:data:`AIMS_HEADING`), each of its clauses one.

    >>> is_aims_heading("总体要求"), is_aims_heading("把握总体要求，明确工作目标")
    (True, True)
    >>> is_aims_heading("指导思想和公开原则")
    True
    >>> is_aims_heading("加强政策解读，明确工作目标")
    False
    """
    clauses = _AIMS_CLAUSES.split("".join(to_simplified(title).split()).rstrip("。"))
    return all(AIMS_HEADING.match(clause) is not None for clause in clauses)


#: The heading of a plan's closing part on how it is carried out (工作保障,
#: 保障措施, 有关要求, 组织领导) or on when (进度安排, 实施步骤): its numbered
#: points are the plan's own requirements and steps.
SUPPORT_HEADING: Final = re.compile(
    r"^(?:強化|强化|加强|加強|有关|有關|实施|實施)?(?:工作|组织|組織)?"
    r"(?:保障|保障措施|工作要求|要求|实施|實施|落实|落實|领导|領導)(?:措施)?$"
    r"|^(?:工作|实施|實施)?(?:进度|進度|时间|時間|步骤|步驟)安排$|^(?:工作|实施|實施)步骤$|^(?:工作|实施|實施)步驟$"
    r"|^(?:拟|擬)?(?:采取|採取)的?(?:主要)?措施$"  # (the measures the body takes to carry it out)
)


def is_support_heading(title: str) -> bool:
    """Whether ``title`` (in either script, spaces and a closing 。 aside)
    heads a part on how the plan is carried out (:data:`SUPPORT_HEADING`).

    >>> is_support_heading("保障措施"), is_support_heading("加强 组织保障。")
    (True, True)
    >>> is_support_heading("采取的措施"), is_support_heading("工作措施")
    (True, False)
    >>> is_support_heading("加强平台建设")
    False
    """
    plain = "".join(to_simplified(title).split()).rstrip("。")
    return SUPPORT_HEADING.match(plain) is not None


#: How a covering notice announces points of its own (提出如下要求,
#: 现将有关事项通知如下): the items numbered after it may be the notice's.
NOTICE_POINTS: Final = re.compile(r"如下|下列")

#: Words only a covering notice uses (现印发给你们 …): the plan comes after them.
NOTICE_WORDS: Final = re.compile(
    r"印发给你们|印發給你們|现印发|現印發|现将|現將|请认真|請認真|请结合|請結合|贯彻执行|貫徹執行|"
    r"特此通知|请遵照|請遵照|认真组织实施|認真組織實施"
)

#: How a phrase ends that goes on (a verb waiting for its object, a
#: preposition, a conjunction, a list separator): no title ends so.
OPEN_END: Final = re.compile(
    r"(推动|推进|加强|做好|督促|指导|组织|要求|鼓励|支持|会同|由|对|将|把|在|(?<![涉普波危])及|"
    r"(?<![总缓温])和|(?<!参)与|的|(?<![最前以然事今])后|、|，)$"
)

#: Words a task's title ends with (…信息公开, …制度, …清单): where a title
#: can stop and its requirement begin when a table's cells ran together.
#: Verbs that close a sentence as its predicate (``…在批复后20日内公开。``): a
#: clause ending on one has its subject before it.
PREDICATE_ENDS: Final[tuple[str, ...]] = (
    "公开", "公開", "发布", "發布", "公布", "公示", "解读", "解讀", "更新", "答复", "答覆",
    "办理", "辦理", "办结", "辦結", "完成", "起草", "审签", "審簽", "上线", "上線", "报送",
    "報送", "回应", "回應", "处置", "處置", "落实", "落實", "推进", "推進", "开展", "開展",
    "报审", "報審", "报批", "報批", "备案", "備案", "归档", "歸檔", "告知", "审核", "審核", "审查",
    "審查",
)  # fmt: skip

#: The words of :data:`PREDICATE_ENDS` that say a thing is done by a time
#: (``6月底前完成首次发布``), where the others say what is done (``按月公开…``).
COMPLETION_VERBS: Final[tuple[str, ...]] = ("完成", "办结", "辦結", "上线", "上線")

#: What goes on with a deadline cell after its time (``2023年6月底前完成``,
#: ``每季度更新``, ``…前，并…``): the cell's own words, no cell after it.
DEADLINE_GOES_ON: Final[tuple[str, ...]] = (
    *COMPLETION_VERBS, "更新", "公开", "公開", "公布", "发布", "發布", "推进", "推進", "公示",
    "公告", "并", "並", "及", "和", "，", ",", "、", "；", ";", "（", "(",
)  # fmt: skip

TITLE_ENDS: Final[tuple[str, ...]] = (
    "公开", "制度", "清单", "工作", "建设", "管理", "机制", "作用", "平台", "信息", "情况",
    "公示", "解读", "水平", "渠道", "体系", "事项", "目录", "标准", "改革", "服务", "监管",
    "回应", "交流", "培训", "考核", "发布", "运行", "力度", "动态", "舆情", "关切", "成果",
    "进展", "数据", "办理", "媒体", "栏目", "专栏",
    "公開", "製度", "清單", "機制", "動態", "輿情", "關切", "數據",
    "資訊", "訊息", "情況", "解讀", "渠道", "體系", "事項", "標準", "服務", "監管", "回應",
)  # fmt: skip

#: Nouns a requirement's clause ends on as its object that no title ends
#: with (…发放结果, …政策文件, …培训计划), and the 等 closing a list of them:
#: where a unit's name with no level before it starts when a row's cells ran
#: together (…发放结果草原管理科, …配套政策措施等发展改革委).
OBJECT_ENDS: Final[tuple[str, ...]] = (
    "结果", "結果", "文件", "计划", "計劃", "安排", "规划", "規劃", "科目", "名录", "名錄",
    "内容", "內容", "材料", "方案", "报告", "報告", "范围", "範圍", "要求", "等",
    "总结", "總結", "专报", "專報", "公报", "公報", "简报", "簡報", "名单", "名單", "活动", "活動",
    "进度", "進度", "金额", "金額", "案例", "比例", "公告", "入口", "时限", "時限", "流程",
    "指南", "指引", "率", "专区", "專區", "专栏", "專欄", "预报", "預報", "预算", "預算",
    "决算", "決算", "成效", "电话", "電話", "申请", "申請", "方式", "时间", "時間",
)  # fmt: skip

#: Of :data:`OBJECT_ENDS`, the words a section's name may open with (计划财务科,
#: 规划建设科, 预算绩效科, 预报服务科): a name right after one may have taken it.
OBJECTS_OPENING_NAMES: Final[tuple[str, ...]] = (
    "计划", "計劃", "规划", "規劃", "预算", "預算", "预报", "預報",
)  # fmt: skip

#: Role words inside a responsibility (``牵头``, ``配合``, ``负责`` …): a
#: parenthesis or a cell with one of them names units.
ROLE_VERBS: Final = (
    "牵头", "牽頭", "配合", "协办", "協辦", "协助", "協助", "负责", "負責", "落实", "落實",
    "办理", "辦理", "统筹", "統籌", "会同", "會同", "监管", "監管", "指导", "指導",
    "按职责", "按職責", "按职能", "按職能", "参照", "參照", "分工", "主责", "主責", "督办", "督辦",
    "参与", "參與", "协同", "協同",
)  # fmt: skip
ROLE_WORD: Final = re.compile("(" + "|".join(ROLE_VERBS) + ")")
# words of time among the requirement verbs (每月, 按季度, 长期, 及时, 定期 …)
_TIME_WORD: Final = re.compile(r"每|按[月季年时期]|長|长|常|年|及时|及時|定期|持续|持續|适时|適時")
#: Role words that name a role only right after a unit's name, in a unit
#: cell run into the cells around it (``经济发展股负责财务股审核``,
#: ``政策法规股组织各宗教团体参与``): in a requirement they are its verbs
#: (组织开展…, 审核…), and before an office word a name's (社会组织管理股).
ROLE_VERBS_AFTER_NAME: Final = ("审核", "審核", "组织", "組織")
#: Where a role word right after a unit's name goes on a run of units: those
#: of :data:`ROLE_VERBS_AFTER_NAME` and 监督 (which :data:`ROLE_VERBS` leaves
#: out: 市场监督管理局), not before an office word (but before a word that
#: opens like one, :data:`WORDS_OPENING_LIKE_OFFICE_ENDS`: 审核|处罚决定…),
#: nor before a requirement's verb (…管委会|组织开展…: the verb of the next
#: row's requirement; a word of time is a deadline cell's: …负责镇纪委监督|每月).
#: What follows a verb that opens the event a deadline counts from, not a
#: role (``审核结果作出后10日内``, ``审核结束后20个工作日内``).
EVENT_AFTER_VERB: Final = (
    "结果", "結果", "通过", "通過", "意见", "意見", "后", "後",
    "结束", "結束", "完成", "完毕", "完畢",
)  # fmt: skip
ROLE_AFTER_NAME: Final = re.compile(
    # (nor, 审核, where it opens the event a deadline counts from: …股|审核结果作出后10日内)
    rf"(?:(?:审核|審核)(?!{'|'.join(EVENT_AFTER_VERB)})|"
    + "|".join(w for w in (*ROLE_VERBS_AFTER_NAME, "监督", "監督") if w not in ("审核", "審核"))
    + r")(?!(?!"
    + "|".join(sorted(WORDS_OPENING_LIKE_OFFICE_ENDS))
    + r")[部科处處局室股站所]|管理|中心|委员|委員)(?!"
    + "|".join(
        sorted(
            (w for w in REQUIREMENT_VERBS if len(w) > 1 and not _TIME_WORD.match(w)),
            key=len,
            reverse=True,
        )
    )
    + ")"
)
#: A role word, not where it is inside a unit's name (基金监管科, 市场监管局, 督办室).
ROLE_WORD_OUTSIDE_NAME: Final = re.compile(ROLE_WORD.pattern + r"(?!科|局|室|处|處|股|中心|站|所)")

#: How a unit name ends, as one expression over a whole name (``…局``, ``…中心``).
UNIT_END: Final = re.compile(
    r"(室|科|股|局|委|办|辦|中心|单位|單位|部门|部門|政府|小组|小組|所|院|站|队|隊|处|處|会|會|组|組|"
    r"馆|館|署|厅|廳|部|党委|黨委|镇街|鎮街|街道|镇|鎮|区|區|县|縣|市|司|银行|銀行|社|团|團|校|台|臺|公司|集团|"
    r"专班|專班|领导班子|机关|機關|各方|办公室|辦公室)$"
)

#: What only a requirement says (quotes, long numbers, ``要``, ``推进``, a
#: quota it sets: ``不少于1次`` …): text with one of these is no list of units.
REQUIREMENT_MARK: Final = re.compile(
    r"[“”《》\"]|\d{3,}|要|做好|加强(?!监管|指导)|推进|公开(?!科)|不少于|不少於|不低于|不低於|至少"
)

#: The fields of the panel a government site prints over a document
#: (``[索引号]11A000/…``, ``发文字号：…``), in brackets or before a colon
#: (matched where a line's text starts): numbered in a list, they are no tasks.
#: ``PAGE_FIELD_NAMES`` are the fields' names, alternatives of a pattern.
PAGE_FIELD_NAMES: Final = (
    "索引号|索引號|主题分类|主題分類|发文机构|發文機構|联合发文单位|聯合發文單位|实施日期|實施日期"
    "|成文日期|发文字号|發文字號|废止日期|廢止日期|发布日期|發佈日期|发布机构|發佈機構|有效性"
    "|公开方式|公開方式|公开范围|公開範圍|信息来源|信息來源|体裁分类|體裁分類|组配分类|組配分類"
    "|服务对象|服務對象|所属主题|所屬主題|生成日期|时效|時效|公开目录|公開目錄"
)
#: The fields of a page's reading tools printed after its source and date
#: (``文字大小：[大 中 小]``, ``浏览次数：35``): no part of the value before them.
PAGE_TOOL_FIELDS: Final = (
    "文字大小|字号|字號|字体|字體|背景色|浏览次数|瀏覽次數"
    "|阅读次数|閱讀次數|点击数|點擊數|访问量|訪問量"
)
PAGE_FIELD: Final = re.compile(
    rf"\s*(?:[\[【［]\s*(?P<b>{PAGE_FIELD_NAMES})\s*[\]】］]|(?P<c>{PAGE_FIELD_NAMES})\s*[:：])"
)

#: What a sentence naming who does a task says it is about, before the
#: agent's 由 (``此项工作由…负责``, ``以上任务由…牵头``): no unit's name.
DUTY_SUBJECT: Final = r"(?:(?:此|该|該|这|這|本)[项項]|以上|上述)(?:工作|任务|任務)?|工作|任务|任務"

#: An addressee that names no particular office: every level of government
#: (各级政府 and 其部门), governments of a level in general (基层政府, 县级政府),
#: every region and department, departments concerned in general (相关部门).
#: Written as the subject of a requirement, it gives the task no units.
GENERIC_ADDRESSEE: Final = re.compile(
    r"^(?:各级|各級|基层|基層)|^(?:省|市|县|縣|乡|鄉|乡镇|鄉鎮)[级級](?:人民)?政府$"
    r"|^各地(?:区|區)?各部[门門]$|^(?:相关|相關|有关|有關)(?:部[门門]|单位|單位)$"
    r"|^其(?:所属|所屬)?部[门門]$"
)

#: The principle a duty follows, said after the names (``谁起草谁解读``,
#: ``谁主管谁负责``, ``谁发布谁审核``).
DUTY_PRINCIPLE: Final = r"[谁誰][\u4e00-\u9fff]{2}[谁誰][\u4e00-\u9fff]{2}"

#: What a unit acts by, said between its name and its role word
#: (``按照工作职能``落实, ``根据各自职责分工``负责, ``依本单位职责``办理,
#: ``按分工``): a basis word, perhaps whose duty, perhaps 工作, the duty.
DUTY_BASIS: Final = (
    r"(?:按照|按|根据|根據|依据|依據|依照|依)"
    r"(?:各自|本单位|本單位|本部门|本部門|本科室|各单位|各單位|各部门|各部門)?(?:工作)?"
    r"(?:职能职责|職能職責|职责职能|職責職能|职责分工|職責分工|职能分工|職能分工"
    r"|职责|職責|职能|職能|分工)(?:分工|范围|範圍)?"
)

#: Words around unit names in a responsibility that are no unit
#: (``按照职责分工``, ``分别``, ``加强``, ``谁起草谁解读``).
DUTY_WORD: Final = re.compile(
    rf"(按照?|分别|分別|职责|職責|职能|職能|分工|{DUTY_PRINCIPLE}|加强|加強|强化|強化)"
)

#: Words of a short cell that reads as a deadline (``年底前``, ``长期``) in a
#: table with no header.
DEADLINE_HINT: Final = re.compile(r"(前|及时|長期|长期|定期|每年|每月|年底|持续)")

#: Header cells of office tables (Word, Excel), whole and in simplified
#: script, as :func:`zwgk_plugins._office.header_score` counts them.
HEADER_CELL_WORDS: Final = frozenset(
    (
        "序号", "编号", "工作任务", "主要任务", "重点任务", "工作内容", "具体要求", "工作要求",
        "任务内容", "具体任务", "工作要点", "工作事项", "工作措施", "具体措施", "主要内容",
        "责任单位", "责任部门", "责任科室", "责任科室单位", "责任处室", "牵头单位", "牵头部门",
        "牵头科室", "配合单位", "配合部门", "配合科室", "协办单位", "完成时限", "完成时间",
        "时间要求", "时限要求", "时间安排", "时限", "备注", "工作分工", "分工",
    )
)  # fmt: skip

#: Header cells offices write in their own words: any short name of a unit
#: column (责任处室, 承办单位…), a time column (完成时间节点…) or a task column.
HEADER_CELL_PATTERN: Final = re.compile(
    r"^(?:(?:责任|牵头|配合|协办|承办|主办|落实|实施|负责|参与|主责)(?:单位|部门|科室|处室)"
    r"|(?:完成|办结|工作)?(?:时限|时间|时间节点|期限)(?:要求|安排)?"
    r"|(?:工作|重点|主要|具体)(?:任务|内容|措施|要求|事项|工作))$"
)

#: How a header cell grouping unit columns ends (``责任单位`` over
#: ``牵头 | 配合``).
GROUP_HEADER_END: Final = re.compile(r"(单位|單位|部门|部門|科室|处室|處室)$")

#: Parts of header words, for a PDF header whose cells broke over lines.
HEADER_FRAGMENTS: Final[tuple[str, ...]] = (
    "任务", "要求", "责任", "单位", "科室", "部门", "时限", "时间", "序号",
    "备注", "内容", "事项", "措施", "牵头", "配合", "分工",
)  # fmt: skip

#: A place's name at the start of an office's (淳安县|人民政府办公室, 汉阴县|…),
#: an autonomous one's with its peoples (围场满族蒙古族自治县|人力资源和社会保障局).
PLACE_NAME: Final = (
    r"(?:[\u4e00-\u9fff]{2,14}?自治(?:区|區|州|县|縣|旗)"
    r"|[\u4e00-\u9fff]{1,8}?[省市县縣区區州盟旗])"
)

#: How an organisation's name ends (…局, …委员会, …人民政府, …办事处): an
#: issuer's line, a signature.
ORG_END: Final = (
    r"(?:局|委员会|委|办公室|办公厅|厅|中心|政府|院|署|管委会|办事处|公司|集团|站|所"
    # (an archive, a library, a school, a federation, a cooperative, a bank, a brigade,
    # an association, a trade union, a kindergarten, a notary's or a bureau's office,
    # a leading group, a prison)
    r"|馆|学校|中学|小学|大学|联合会|合作社|联合社|银行|大队|支队"
    r"|协会|協會|学会|學會|工会|工會|商会|商會|幼儿园|幼兒園|处|處|小组|小組|监狱|監獄)"
)

#: How a plan's preamble starts (为深入贯彻落实…, 为进一步做好…, 根据…): on a
#: page run onto one line, where the title before it ends.
PREAMBLE_START: Final = re.compile(
    r"为(?:深入|进一步|全面|认真|切实)?(?:贯彻|落实|推进|做好|加强|提升)|根据《"
)

#: How the title of a notice or plan ends (…的通知, …工作要点, …分工方案).
NOTICE_TITLE_END: Final = re.compile(r"(通知|方案|要点|分工|清单|意见|通报|函)$")

#: Words in a header cell of a PDF table drawn without rules, by what the
#: column holds (the cell may be cut anywhere, so words are searched for).
HEADER_KIND_WORDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("number", ("序号", "序號", "编号", "編號")),
    ("deadline", ("时限", "時限", "时间", "時間", "期限")),
    ("note", ("备注", "備註", "備注")),
    ("assist", ("配合", "协办", "協辦")),
)

#: The word a written plan uses for each role (by :class:`zwgk.Role` value).
ROLE_NAMES: Final[dict[str, str]] = {
    "lead": "牵头",
    "assist": "配合",
    "owner": "负责",
    "supervise": "监管",
}

#: A progress cell's value (a 落实情况 / 完成情况 column): 已完成, 正在推进,
#: 按期完成, 进行中.  Short, and nothing else in the cell.
STATUS_VALUE: Final = re.compile(
    r"(已经?|尚未|未|正在|基本|部分|全部|按期|按时序|按时|如期|逾期)?"
    r"(完成|落实|推进|启动|实施|开展|办结|整改|公开)(中|到位)?"
    r"|进行中|推进中|未开始|已公开"
)


#: The marks that close a sentence, and those that close a whole one (not
#: ``；``: it parts the lists of a unit cell too).
SENTENCE_END: Final = "。；;！？!?"
FULL_STOPS: Final = "。！？!?"


#: A web address (a 公开网址 cell, ``http://www.nbyz.gov.cn/col/col1229/index.html``):
#: one piece, ending where a character no address holds stands (a unit's name
#: run on after it).
WEB_ADDRESS: Final = re.compile(r"(?:https?://|www\.)[A-Za-z0-9._~:/?#@!$&'*+,;=%\-]+", re.I)


#: A line opening a note on the table it follows (``注：标注★的为重点任务``,
#: ``备注：协办单位为空的…``, ``说明：``).
TABLE_NOTE_LINE: Final = re.compile(r"^[ \t\u3000]*(?:注|註|说明|說明|备注|備註)[：:]", re.M)

#: A line opening an attachment after a plan's text (``附：任务分工表``,
#: ``附件1：责任清单``, ``附表：``): no part of the task before it.
ANNEX_LINE: Final = re.compile(
    r"^[ \t\u3000]*附(?:件|表|录|錄)?[ \t]*[0-9０-９一二三四五六七八九十]{0,2}[ \t]*[：:]"
)


#: Marks set beside a unit's name to make it the lead (``★财务科、医务科``, ``财务科▲``,
#: as a key says: ``标注★的为牵头科室``): no part of the name.
LEAD_MARKS: Final = "★☆▲"

#: Hollow marks set beside a unit's name to make it an assisting unit, as a
#: key says (``标“△”的为配合单位``): no part of the name.
ASSIST_MARKS: Final = "△▽◇"

#: Marks set between the lead's name and the names of the units that assist
#: it (``财务科>信息科、护理部``, ``办公室→各科室``): the lead before, the
#: others after, as ``会同`` sets them.
LEADS_ON_MARKS: Final = ">＞→➔➜⇒"


def leads_on_once(text: str) -> bool:
    """Whether ``text`` holds one mark of :data:`LEADS_ON_MARKS` and no
    more: several are a path through a site's columns (``政府网站>政府信息公开>
    规划信息``), no lead and those assisting it; a ``>`` closing a ``<`` is
    a bracket's.

    >>> leads_on_once("财务科>信息科、护理部"), leads_on_once("网站>公开>规划")
    (True, False)
    """
    if "<" in text or "＜" in text:
        text = _ANGLED.sub("", text)  # (各乡镇<街道>: a bracket's close, no mark)
    return sum(text.count(mark) for mark in LEADS_ON_MARKS) == 1


_ANGLED: Final = re.compile(r"[<＜][^<>＜＞\n]*[>＞]")


#: A mark in brackets saying whether a task is new this year or carried on
#: from the last (``（新增）``, ``【延续】``, ``(续)``): a word about the task,
#: no part of its text, unit or deadline.
STATUS_MARK: Final = re.compile(
    r"[（(【\[][ \u3000]*(?:今年|本年|年度|上年)?(?:新增|延续|新|续|保留)(?:上年)?(?:任务|事项)?"
    r"[ \u3000]*[）)】\]]"
)

#: A bracket after a unit's name giving its telephone (``综合科（0931-2365012）``,
#: ``（联系人：王**，13800000000）``): how to reach it, no part of its name.
CONTACT_BRACKET: Final = re.compile(
    r"[（(][^（）()]{0,16}?"
    r"(?:(?<![0-9])0[0-9]{2,3}[-－—]?[0-9]{7,8}|(?<![0-9])1[3-9][0-9]{9}|(?<![0-9])[0-9]{7,8})"
    r"(?![0-9])[^（）()]{0,16}[）)]"
)

#: How Markdown writes a bold name, a pair on either side (``**财务科**``):
#: the bold a key may make the lead's mark (``加粗的为牵头科室``).
BOLD_MARKS: Final = ("**", "__")


#: Marks that tell a task's state before its serial (``☑1公开…`` done,
#: ``□3公开…`` going on): no part of its label or text.
CHECK_MARKS: Final = "☑☒☐□■✓✔√✗✘"

#: The marks of a duty matrix, a unit a column and an item a row
#: (``●为牵头科室，○为配合科室``): a filled mark the lead's (or, where the
#: table has no hollow one, the unit's that does the item), a hollow one an
#: assisting unit's.
FILLED_MARKS: Final = "●■◆▲★√✓✔"
HOLLOW_MARKS: Final = "○□◇△☆"


def is_status(cell: str) -> bool:
    """Whether ``cell`` is the value of a progress column (落实情况, 完成情况).

    >>> is_status("已完成"), is_status("正在推进"), is_status("公开财政预算。")
    (True, True, False)
    """
    return STATUS_VALUE.fullmatch(cell.strip()) is not None


#: Where a plan's information is published: what a 公开方式 (公开渠道, 公开载体)
#: cell lists (政府网站、公示栏).
PUBLISH_CHANNELS: Final[tuple[str, ...]] = (
    "政府门户网站", "政府網站", "政府网站", "门户网站", "門戶網站", "部门网站", "部門網站",
    "网站", "網站",
    "政务服务大厅", "政務服務大廳", "政务服务中心", "政務服務中心", "便民服务中心", "便民服務中心",
    "服务大厅", "服務大廳", "服务窗口", "服務窗口", "办事窗口", "辦事窗口", "窗口",
    "政务公开专区", "政務公開專區", "公开专区", "公開專區", "政务公开栏", "政務公開欄",
    "村务公开栏", "村務公開欄", "公开栏", "公開欄", "公示栏", "公示欄", "宣传栏", "宣傳欄",
    "公告栏", "公告欄",
    "电子显示屏", "電子顯示屏", "显示屏", "顯示屏", "电子屏", "電子屏",
    "微信公众号", "微信公眾號", "公众号", "公眾號", "政务微博", "政務微博", "微博", "微信",
    "政务新媒体", "政務新媒體", "新媒体", "新媒體", "客户端", "客戶端",
    "新闻发布会", "新聞發布會", "发布会", "發布會", "报纸", "報紙", "报刊", "報刊",
    "广播电视", "廣播電視", "广播", "廣播", "电视", "電視", "政府公报", "政府公報", "公报", "公報",
    "村民大会", "村民大會", "村民代表会议", "村民代表會議", "会议", "會議", "现场公示", "現場公示",
    "短信", "书面", "書面", "张贴", "張貼", "公示", "公告", "发文", "發文", "依申请", "依申請",
    "服务热线", "服務熱線", "热线", "熱線",
)  # fmt: skip

#: Whom a task's information is disclosed to, as a 公开范围 or 公开对象 cell
#: writes it (全社会, 特定对象): no unit, though a unit cell may follow it.
#: How a piece of information is disclosed (a 公开属性 cell): actively, on
#: request, in part, or not.
DISCLOSURE_KINDS: Final[tuple[str, ...]] = (
    "依申请公开", "依申請公開", "主动公开", "主動公開", "部分公开", "部分公開",
    "不予公开", "不予公開", "不公开", "不公開",
)  # fmt: skip

PUBLISH_AUDIENCES: Final[tuple[str, ...]] = (
    "全社会", "全社會", "社会公众", "社會公眾", "公众", "公眾", "特定对象", "特定對象",
    "特定群体", "特定群體", "系统内部", "系統內部", "机关内部", "機關內部", "内部", "內部",
    "申请人", "申請人", "当事人", "當事人", "服务对象", "服務對象", "辖区群众", "轄區群眾",
    "辖区居民", "轄區居民", "相关企业", "相關企業", "小区业主", "小區業主", "干部职工", "幹部職工",
    "诉讼参与人", "訴訟參與人", "利害关系人", "利害關係人", "社会各界", "社會各界",
)  # fmt: skip

_CHANNEL_RE: Final = re.compile(
    # whose channel it is, or its name, may stand before the word (旗政府门户网站,
    # 场馆公示栏, “某某文旅”微信公众号): a few words, not a division's name
    r"(?:“[^“”]{1,12}”|《[^《》]{1,12}》|[^\W股科室处處队隊所站组組办辦]{0,6}?)"
    "(?:" + "|".join(sorted((*PUBLISH_CHANNELS, *PUBLISH_AUDIENCES), key=len, reverse=True)) + ")"
)
_CHANNEL_JOINERS: Final = "、，,/／和及或与與 "


def channels_end(text: str, start: int = 0) -> int:
    """Where a list of publishing channels (:data:`PUBLISH_CHANNELS`) or of
    audiences (:data:`PUBLISH_AUDIENCES`) written from ``start`` on ends
    (``start`` where none is written there): a 公开方式 or 公开范围 cell run
    into the cells after it.

    >>> text = "政府网站、公示栏建设管理股"
    >>> text[: channels_end(text)]
    '政府网站、公示栏'
    >>> channels_end("建设管理股")
    0

    Whose channel it is, or its name, may stand before the channel's word:

    >>> text = "旗政府门户网站、“某某文旅”微信公众号旅游市场股"
    >>> text[: channels_end(text)]
    '旗政府门户网站、“某某文旅”微信公众号'
    """
    end = k = start
    while (m := _CHANNEL_RE.match(text, k)) is not None:
        end = k = m.end()
        while k < len(text) and text[k] in _CHANNEL_JOINERS:
            k += 1
    return end


#: The levels of government a 公开层级 cell names (区级, 乡镇级、村级, 区、乡镇两级).
_LEVEL_NAMES: Final = (
    "省", "市", "州", "盟", "县", "縣", "区", "區", "旗", "乡镇", "鄉鎮", "乡", "鄉", "镇", "鎮",
    "街道", "村", "社区", "社區", "本",
)  # fmt: skip
_LEVEL: Final = "(?:" + "|".join(_LEVEL_NAMES) + ")"
_LEVELS_RE: Final = re.compile(
    rf"(?:{_LEVEL}[级級]?[、，,/／和及与與])*(?:{_LEVEL}(?:[两兩三四五][级級]|[级級])|[两兩三四五][级級])"
)


def levels_end(text: str, start: int = 0) -> int:
    """Where a list of levels of government written from ``start`` on ends
    (``start`` where none is written there): a 公开层级 cell run into the
    unit cell after it.

    >>> text = "乡镇级、村级监测帮扶股"
    >>> text[: levels_end(text)]
    '乡镇级、村级'
    >>> text = "区、乡镇两级项目资金股"
    >>> text[: levels_end(text)]
    '区、乡镇两级'
    >>> levels_end("区财政局")
    0
    """
    m = _LEVELS_RE.match(text, start)
    return m.end() if m is not None else start


_AUDIENCE_RE: Final = re.compile(
    r"[^\W股科室处處队隊所站组組办辦]{0,4}?"
    "(?:" + "|".join(sorted(PUBLISH_AUDIENCES, key=len, reverse=True)) + ")"
)


def audience_at(text: str, start: int = 0) -> bool:
    """Whether an audience (:data:`PUBLISH_AUDIENCES`, with a few words of
    whose before it: 局机关干部职工) is written from ``start`` on: a 公开范围
    cell.

    >>> audience_at("社会公众2024年3月底前"), audience_at("局机关干部职工")
    (True, True)
    >>> audience_at("政务公开专区")
    False
    """
    return _AUDIENCE_RE.match(text, start) is not None


#: Posts a 责任人 cell names (``医务科科长``, ``分管副院长``, ``总会计师``): a
#: person's office, no unit.
POST_WORDS: Final = (
    "科长", "科長", "股长", "股長", "主任", "院长", "院長", "局长", "局長", "所长", "所長",
    "站长", "站長", "队长", "隊長", "处长", "處長", "部长", "部長", "书记", "書記",
    "会计", "會計", "会计师", "會計師", "负责人", "負責人", "经理", "經理", "主席",
    "干事", "幹事", "专员", "專員", "联络员", "聯絡員", "管理员", "管理員", "工程师", "工程師",
    "调研员", "調研員", "党组成员", "黨組成員", "党委委员", "黨委委員",
)  # fmt: skip
# a post: 分管, 副 or 总 before its word (分管副院长, 总会计师)
_POST: Final = (
    r"(?:分管|主管|常务|常務|主要)?(?:副|总|總)?(?:"
    + "|".join(sorted(POST_WORDS, key=len, reverse=True))
    + ")"
)
_POST_RE: Final = re.compile(_POST)
_NO_ROLE: Final = (
    "(?!" + "|".join((*ROLE_VERBS, *ROLE_VERBS_AFTER_NAME, "监督", "監督", "主办", "主辦")) + ")"
)
# a post (its unit's name before it: 医务科科长), with the masked name of who
# holds it (副主任钱**), or a name a page masked alone (谭**)
_MASKED_NAME: Final = r"[\u4e00-\u9fff]{1,2}[*＊]{1,3}"
_PERSON: Final = (
    rf"(?:(?:{_NO_ROLE}[\u4e00-\u9fff]){{0,12}}?{_POST}(?:{_MASKED_NAME})?|{_MASKED_NAME})"
)
_PERSONS: Final = re.compile(rf"{_PERSON}(?:[、，,/ ]{_PERSON})*")


def names_persons(cell: str) -> bool:
    """Whether ``cell`` names people, not units: posts or masked names, as
    a 责任人 column's cells do.

    >>> [names_persons(c) for c in ("医务科科长", "分管副院长、总会计师", "谭**", "医务科")]
    [True, True, True, False]
    >>> names_persons("（责任人：谭**）")
    True
    """
    s = cell.strip()
    return _PERSONS.fullmatch(s) is not None or _PERSON_BRACKET.fullmatch(s) is not None


#: 丨, the radical of a vertical stroke, as a copy writes it for a bar between
#: cells (``1丨公开…丨办公室``): a mark, as ``|`` is, though Unicode counts it
#: a letter; no text of the plan's.
BAR_IDEOGRAPH: Final = "丨"


#: What a table prints in a cell it leaves empty (``/``, ``—``); a word
#: (``无``) says something and is kept.
EMPTY_MARKS: Final = frozenset({"/", "／", "\\", "—", "——", "-", "－", "--", "─"})

#: The words of a page's toolbar buttons (【打印本页】, [关闭窗口], 【字体：大 中 小】).
TOOLBAR_WORD: Final = re.compile(r"打印|关闭|關閉|收藏|字体|字體|字号|字號|返回|顶部|頂部|分享")

#: TeX commands and nothing else (``\\hline``, ``\\begin{tabular}{|c|p{8cm}|}``,
#: ``\\section*{…}``), as a pattern to anchor: a source's markup, no text.
TEX_COMMANDS: Final = r"(?:\\[a-zA-Z]+\*?(?:\[[^\]]*\])?(?:\{(?:[^{}]|\{[^{}]*\})*\})*\s*)+"

#: The fields an outliner's or a static site's source keeps of a document
#: by keys of its own (Org-mode's ``#+AUTHOR:``, ``DEADLINE:``), and the
#: labels zwgk reads them by (``发布机构：…``, ``完成时限：…``).
MARKUP_FIELDS: Final[dict[str, str]] = {
    "author": "发布机构",
    "date": "成文日期",
    "deadline": "完成时限",
}

#: What a data tool prints for a value it does not have (pandas ``nan``,
#: ``None``, ``<NA>``, ``NaT``; SQL ``NULL``; a spreadsheet's ``#N/A``):
#: the cell it stands in is empty.
NULL_MARKS: Final = frozenset(
    {"nan", "NaN", "None", "none", "NULL", "null", "<NA>", "NaT", "#N/A", "N/A", "n/a"}
)


#: A cell printed as a ditto of the cell above it (``同上``, ``同前``, ``〃``;
#: ``^^``, a Markdown table's mark of a cell merged with the one above):
#: the row repeats the row above's value there.
DITTO: Final = re.compile(r"(?:同上|同前|〃|″|\^\^)[。.]?")


def is_ditto(cell: str) -> bool:
    """Whether ``cell`` says it holds what the cell above it holds.

    >>> is_ditto("同上"), is_ditto(" 〃 "), is_ditto("^^"), is_ditto("同上级部门")
    (True, True, True, False)
    """
    s = cell.strip()
    return len(s) <= _LONGEST_DITTO and DITTO.fullmatch(s) is not None


_LONGEST_DITTO: Final = 3


# a row that counts the rows above it (小计 | 3项, 合计：10项)
_TOTAL_WORD: Final = re.compile(
    r"^\s*(?:小\s*计|合\s*计|总\s*计|總\s*計|共\s*计|共\s*計)\s*[:：]?\s*"
)
_COUNT_CELL: Final = re.compile(r"^(?:共\s*)?[0-9０-９]+\s*(?:项|項|条|條|个|個|件)?\s*$")


def is_total_row(label: str, text: str) -> bool:
    """Whether a row with this label (its 序号 cell) and text counts the
    rows above it: a total word (小计, 合计, 总计) and nothing but a count.

    >>> is_total_row("小计", "3项"), is_total_row("", "合计：10项"), is_total_row("1", "合计公开")
    (True, True, False)
    """
    head = _TOTAL_WORD.match(label)
    rest = text
    if head is None:
        head = _TOTAL_WORD.match(text)
        rest = text[head.end() :] if head is not None else text
    return head is not None and (not rest.strip() or _COUNT_CELL.match(rest) is not None)


def is_empty_mark(cell: str) -> bool:
    """Whether a cell holds only the mark of an empty cell: a drawn one
    (:data:`EMPTY_MARKS`) or a data tool's (:data:`NULL_MARKS`).

    >>> is_empty_mark(" / "), is_empty_mark("——"), is_empty_mark("无"), is_empty_mark("办公室")
    (True, True, False, False)
    >>> is_empty_mark("nan"), is_empty_mark("NULL"), is_empty_mark("Nancy")
    (True, True, False)
    """
    s = cell.strip()
    return s in EMPTY_MARKS or s in NULL_MARKS


def is_bare_post(cell: str) -> bool:
    """Whether ``cell`` is a post with nothing of its unit's name (主任, 分管副院长)."""
    return _POST_RE.fullmatch(cell.strip()) is not None


def persons_end(text: str, start: int = 0) -> int:
    """Where the people ``text`` names from ``start`` end (a 责任人 cell run
    into the next: ``医务科科长|2023年3月底前``), else ``start``.

    >>> persons_end("物价科科长价格调整后5个工作日内")
    5
    """
    m = _PERSONS.match(text, start)
    if m is None or text[m.end() : m.end() + 1].isdigit():
        return start  # (a contact's name and number: 张**0350-3036705)
    return m.end()


def posts_at(text: str, start: int, end: int) -> list[int]:
    """Where a post with nothing of its unit's name opens from ``start`` to before ``end``
    (``财务科|总会计师``, ``…监督|分管副院长``): where a unit cell before a
    责任人 cell may end.

    >>> posts_at("财务科总会计师", 0, 7)
    [3]
    """
    out = []
    for m in _POST_RE.finditer(text, start):
        if m.start() >= end:
            break
        out.append(m.start())
    return out


# a bracket naming who answers for a unit's task, closing its cell (（责任人：谭**）)
_PERSON_BRACKET: Final = re.compile(
    r"[（(](?:责任人|責任人|负责人|負責人|联系人|聯繫人|联络人|聯絡人)[:：][^（()）]{1,30}[）)]"
)


def person_brackets(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The spans of brackets naming a person in charge (``（责任人：谭**）``)
    from ``start`` on: the end of a unit cell they close."""
    return [m.span() for m in _PERSON_BRACKET.finditer(text, start)]


def split_person(cell: str) -> tuple[str, str]:
    """``cell`` without the bracket naming a person in charge that closes
    it, and that bracket ("" where there is none).

    >>> split_person("政策法规股（责任人：谭**）")
    ('政策法规股', '（责任人：谭**）')
    >>> split_person("各镇（街道）")
    ('各镇（街道）', '')
    """
    s = cell.rstrip()
    for a, b in person_brackets(s):
        if b == len(s):
            return s[:a].rstrip(), s[a:]
    return cell, ""
