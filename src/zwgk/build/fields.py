"""Fields in prose: ``责任单位：…`` lines and parentheses, trailing ``（…负责）``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from zwgk.lang.deadline import deadline_cells
from zwgk.lang.pieces import assigns_roles, looks_like_responsibility, squeeze
from zwgk.lang.units import agent_units, find_unit_runs, starts_cut_name, subject_units
from zwgk.lang.vocab import (
    DUTY_SUBJECT,
    FIELD_NAMES,
    FIELD_RE,
    REQUIREMENT_VERBS,
    ROLE_VERBS,
    ROLE_VERBS_AFTER_NAME,
    ROLE_WORD,
    SHORT_FIELD_NAMES,
    TEXT_FIELD,
    without_cut_field_name,
)

__all__ = [
    "closing_duty",
    "closing_request",
    "duty_and_time",
    "ends_with_responsibility",
    "extract_responsibilities",
    "field_names",
    "field_parens",
    "fields",
    "inline_fields",
    "matching_paren",
    "names_its_units",
    "points_own_duties",
    "short_fields",
    "unlabelled_fields",
    "with_duty_clause",
]

# the brackets a plan puts a task's units or fields in, each with its close
_BRACKET_PAIRS: Final = {"（": "）", "(": ")", "【": "】", "[": "]", "［": "］", "〔": "〕"}
_OPEN_PAREN: Final = re.compile("[" + re.escape("".join(_BRACKET_PAIRS)) + "]")
_SENTENCE_STOPS: Final = ("。", "；", ";")
_CLAUSE_ENDS: Final = ("，", ",", *_SENTENCE_STOPS)
#: What a field's value sheds at its end: a note (a requirement) keeps its full stop.
_VALUE_ENDS: Final = ("；;，,。/／ \u3000", "；;，,/／ \u3000")  # (fields parted by / too)


def field_names(text: str) -> str:
    """The field names in ``text`` (``责任单位：完成时限：``), for the residue."""
    return "".join(m.group(0).strip() for m in FIELD_RE.finditer(text))


def fields(text: str) -> dict[str, str] | None:
    """``责任单位：市发改局；完成时限：2021年底前`` -> {resp: …, deadline: …}.

    None unless ``text`` starts with a field name.

    >>> fields("责任单位：市发改局；完成时限：2021年底前")
    {'resp': '市发改局', 'deadline': '2021年底前'}
    """
    first = FIELD_RE.match(text.strip())
    if first is None:
        return None
    out: dict[str, str] = {}
    body = text.strip()
    matches = list(FIELD_RE.finditer(body))
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(body)
        key = next(name for name in FIELD_NAMES if m.group(name))
        value = body[m.end() : end].strip().rstrip(_VALUE_ENDS[key == "note"])
        if key != "note":
            value = _ALIAS.sub("", value)
        if k + 1 == len(matches):
            value = without_cut_field_name(value)
        if key in out and value:
            out[key] = out[key] + "；" + value
        else:
            out[key] = value or out.get(key, "")
    return _with_deadline_clause(out)


#: What may part a text from the fields after it (``…数据。——牵头科室：…``).
_BEFORE_FIELDS: Final = "—－-–~～ \u3000"


def inline_fields(body: str) -> tuple[str, dict[str, str]]:
    """A task's lines without the labelled fields each ends with or is
    (``…公开批准信息。责任单位：区发改委。完成时限：年底前。``), and the fields'
    values; a field in a bracket stays for :func:`field_parens`.

    >>> inline_fields("公开批准信息。责任单位：区发改委；完成时限：年底前")
    ('公开批准信息。', {'resp': '区发改委', 'deadline': '年底前'})
    """
    kept: list[str] = []
    found: dict[str, str] = {}
    for line in body.split("\n"):
        field = FIELD_RE.search(line)
        inside = field is not None and _in_bracket(line, field.start())
        if field is not None and field.start() > 0 and not inside:
            kept.append(line[: field.start()].strip().rstrip(_BEFORE_FIELDS).rstrip("；;"))
            line = line[field.start() :]
        values = fields(line)
        if values is None:
            kept.append(line.strip())
        else:
            found.update({k: v for k, v in values.items() if v})
    text = "\n".join(kept).strip()
    return (TEXT_FIELD.sub("", text, count=1) if found else text), found


def _in_bracket(line: str, at: int) -> bool:
    """Whether ``line[at]`` lies inside a bracket opened before it and not
    closed (``（区发改委负责，完成时限：10月）``)."""
    return any(s < at <= e for s, e in _parens(line))


# the name a text gives what it has just listed (…管委会，以下统称各县(区)政府):
# no unit of its own
_ALIAS: Final = re.compile(
    r"[，,]?[（(]?(?:以下|下文)?(?:统称|統稱|简称|簡稱)"
    r"[^，,；;。（(）)]*(?:[（(][^（()）]*[）)][^，,；;。（(）)]*)*[）)]?"
)
_CLAUSE_SEP: Final = re.compile(r"[，,；;](?![^（(]*[）)])")  # outside brackets
_AFTER_DEADLINE: Final = 4  # characters after a deadline closing a clause (…前完成)


def _with_deadline_clause(found: dict[str, str]) -> dict[str, str]:
    """``found`` with a deadline clause that closes a unit field moved to the
    deadline (``责任单位：市财政局，2023年6月底前完成``), or a deadline cell run
    into its last name (``责任单位：办公室持续推进``), where none is given."""
    if "deadline" in found:
        return found
    for key in ("resp", "assist", "lead"):
        value = found.get(key, "")
        glued = _glued_deadline(value)
        if glued is not None:  # (…办公室2023年6月底前: a deadline cell run into the value)
            return {**found, key: value[:glued], "deadline": value[glued:]}
        seps = list(_CLAUSE_SEP.finditer(value))
        if not seps:
            continue
        tail = value[seps[-1].end() :].strip()
        cells = deadline_cells(tail)  # (2023年6月底前完成, 长期坚持, 停水前24小时发布)
        if cells and cells[0][0] <= 1 and len(tail) - cells[0][1] <= _AFTER_DEADLINE:
            return {**found, key: value[: seps[-1].start()].strip(), "deadline": tail}
    return found


def _glued_deadline(value: str) -> int | None:
    """Where a deadline cell run into a unit field's last name starts
    (``办公室持续推进``, ``县财政局2023年6月底前``): a cell that ends the value
    right where a run of names from the value's start ends; else None."""
    cells = deadline_cells(value)
    if not cells or cells[-1][1] < len(value.rstrip("。；;")) or cells[-1][0] == 0:
        return None
    at = cells[-1][0]
    runs = find_unit_runs(value[:at])
    return at if runs and runs[0].start == 0 and runs[-1].end == at else None


def matching_paren(text: str, start: int) -> int | None:
    """Where the bracket opened at ``start`` closes, or None: a round one
    (``（`` or ``(``) by either round close, another (【, [, 〔) by its own."""
    opens = "（(" if text[start] in "（(" else text[start]
    closes = "）)" if text[start] in "（(" else _BRACKET_PAIRS[text[start]]
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in opens:
            depth += 1
        elif ch in closes:
            depth -= 1
            if depth == 0:
                return i
    return None


def _parens(text: str) -> list[tuple[int, int]]:
    """The outermost parentheses of ``text``, as (open, close) positions; a
    field's parenthesis the end of a cut page left open (``…（责任单位：城市建设
    管理办、各社``) closes at the end."""
    found: list[tuple[int, int]] = []
    i = 0
    while (m := _OPEN_PAREN.search(text, i)) is not None:
        end = matching_paren(text, m.start())
        if end is None and _cut_open(text, m.start()):
            end = len(text)
        if end is None:
            break
        found.append((m.start(), end))
        i = end + 1
    return found


def _cut_open(text: str, start: int) -> bool:
    """Whether a bracket opened at ``start`` is one the end of a cut page left
    open: a field's (``（责任单位：城市建设管理办、各社``), one of names alone
    to the end, or one of units after a sentence (``…。(市重大项目``,
    ``…。(省政务局牵头,…负责。各市``)."""
    if FIELD_RE.match(text, start + 1) or _names_only(text[start + 1 :], _LEAST_NAME):
        return True  # (or names alone to the end: …纾困解难(区发展改革委、区政府)
    if not text[:start].rstrip().endswith(_SENTENCE_STOPS):
        return False
    inner = text[start + 1 :]
    # (or clauses giving units their roles: …。(省政务局牵头,省直相关单位负责。各市州…)
    return starts_cut_name(inner) or assigns_roles(inner.split("。", 1)[0], cut=True)


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the brackets at ``spans``, and without the stop right
    after one where the text before it closed its sentence already
    (``…公开。(区财政局负责);``: the ``;`` went with the bracket)."""
    parts = []
    last = 0
    for s, e in spans:
        parts.append(text[last:s])
        last = e + 1
        before = "".join(parts).rstrip()
        if before.endswith(_STOPS) and text[last : last + 1] in _STOPS:
            last += 1
    parts.append(text[last:])
    return "".join(parts).strip()


_STOPS: Final = ("。", "；", ";")


def field_parens(text: str) -> tuple[str, dict[str, str]]:
    """Take ``（责任单位：…；完成时限：…）`` out of a prose task.

    >>> field_parens("公开预算。（责任单位：财政局；完成时限：6月底前）")
    ('公开预算。', {'resp': '财政局', 'deadline': '6月底前'})
    """
    found: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    for s, e in _parens(text):
        inner = text[s + 1 : e]
        got = (
            short_fields(inner)
            or fields(inner)
            or _duty_then_fields(inner)
            or _duty_then_time(inner)
            or _time_then_duty(inner)
        )
        if got:
            for key, value in got.items():
                found[key] = (found[key] + "；" + value) if key in found else value
            spans.append((s, e))
    if not found:
        return text, {}
    return _without(text, spans), found


_SHORT_FIELD: Final = re.compile(r"\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*(.+?)\s*")


def short_fields(inner: str) -> dict[str, str] | None:
    """A bracket whose every part is a short field (``牵头：村委会主任；落实：
    各村民小组组长；公开时间：项目完工后10日内``): the values by field, as
    :func:`fields` gives them; None for any other bracket.

    >>> short_fields("责任人：报账员；监督：村务监督委员会；公开时间：每月5日前")
    {'resp': '报账员', 'supervise': '村务监督委员会', 'deadline': '每月5日前'}
    """
    found: dict[str, str] = {}
    for part in re.split("[；;]", inner.strip().rstrip("。；;")):
        m = _SHORT_FIELD.fullmatch(part)
        if m is None:
            return None
        name = m.group(1)
        key = next((k for k, r in SHORT_FIELD_NAMES.items() if r.fullmatch(name)), None)
        if key is None:
            return None
        found[key] = f"{found[key]}；{m.group(2)}" if key in found else m.group(2)
    return found if len(found) >= 2 else None


_GAP: Final = re.compile(r"[ \t\u3000]+")
_AROUND_TIME: Final = 4  # the words a time cell may hold around its time (文件印发后…, 及时发布)
# a date a signature gives (2024年1月26日), no time allowed
_SIGNED_DATE: Final = re.compile(r"(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日")


def unlabelled_fields(text: str) -> dict[str, str] | None:
    """A line that only says who does the task above it and by when, parted
    by a space, with no field names (``党政综合办公室 2024年3月底前``, a
    post's line under each item once its pictographs are gone): the values
    by field, as :func:`fields` gives them; None for any other line, and for
    a signature (``某镇人民政府 2024年1月26日``: a date, no time allowed).

    >>> unlabelled_fields("农业服务中心负责，财政所配合 发放后10个工作日内")
    {'resp': '农业服务中心负责，财政所配合', 'deadline': '发放后10个工作日内'}
    >>> unlabelled_fields("公开预算 2024年3月底前") is None
    True
    """
    s = text.strip()
    gaps = list(_GAP.finditer(s))
    if not gaps:
        return None
    resp, due = s[: gaps[-1].start()], s[gaps[-1].end() :]
    if _SIGNED_DATE.fullmatch(due) is not None or not looks_like_responsibility(resp):
        return None
    cells = deadline_cells(due)  # (及时发布, 文件印发后3个工作日内: the cell's words around it)
    if not cells or cells[0][0] > _AROUND_TIME or len(due) - cells[-1][1] > _AROUND_TIME:
        return None
    runs = find_unit_runs(resp)
    if not runs or runs[0].start != 0:
        return None
    return {"resp": resp, "deadline": due}


def _duty_then_fields(inner: str) -> dict[str, str] | None:
    """A bracket that states who does the task, then labelled fields
    (``区发改委负责落实，完成时限：2023年10月``): the fields, with the
    leading clause as the responsibility; None for any other bracket."""
    field = FIELD_RE.search(inner)
    if field is None or field.start() == 0:
        return None
    head = inner[: field.start()].rstrip()
    if not head.endswith(_CLAUSE_ENDS):
        return None
    head = head.rstrip("".join(_CLAUSE_ENDS)).strip()
    got = fields(inner[field.start() :])
    if not got or "resp" in got or not looks_like_responsibility(head):
        return None
    return {"resp": head, **got}


_LAST_CLAUSE: Final = re.compile(r"[，,；;]\s*([^，,；;]+?)[。；;]?\s*$")
_AFTER_TIME: Final = 4  # the words a time cell may close with (完成, 更新一次)


def _duty_then_time(inner: str) -> dict[str, str] | None:
    """A bracket that states who does the task, then when, with no field
    names (``医务部牵头，信息中心协同，2024年3月底前完成``, ``县政府办负责，长期坚持``):
    the clauses before the time as the responsibility, the time (without its
    完成) as the deadline; None for any other bracket.

    >>> _duty_then_time("医务部牵头，信息中心协同，2024年3月底前完成")
    {'resp': '医务部牵头，信息中心协同', 'deadline': '2024年3月底前'}
    >>> _duty_then_time("含政策解读，每季度") is None
    True
    """
    m = _LAST_CLAUSE.search(inner)
    if m is None:
        return None
    return _duty_and_time(inner[: m.start()].strip(), m.group(1).strip())


def _duty_and_time(duty: str, time: str) -> dict[str, str] | None:
    """A bracket's clauses of who does the task and of when, unlabelled: the
    responsibility and the deadline (without its 完成) where the time is a
    cell the deadline grammar reads from its start and the duty holds a role
    word or names alone; else None."""
    cells = deadline_cells(time)
    if not cells or cells[0][0] != 0 or len(time) - cells[0][1] > _AFTER_TIME:
        return None
    if not (ROLE_WORD.search(duty) or _names_only(duty)) or not looks_like_responsibility(duty):
        return None
    return {"resp": duty, "deadline": time.removesuffix("完成")}


def duty_and_time(text: str) -> dict[str, str] | None:
    """Who does a task and when, in clauses with no field names, in either
    order (``区民政局牵头，各乡镇配合，每季度``): the responsibility and the
    deadline; None where the text is not so written.

    >>> duty_and_time("区发展改革委牵头，区统计局配合，2024年3月底前完成")
    {'resp': '区发展改革委牵头，区统计局配合', 'deadline': '2024年3月底前'}
    """
    inner = text.strip().rstrip("。；;")
    return _duty_then_time(inner) or _time_then_duty(inner)


_FIRST_CLAUSE: Final = re.compile(r"\s*([^，,；;]+?)\s*[，,；;]")


def _time_then_duty(inner: str) -> dict[str, str] | None:
    """A bracket that states when, then who does the task, with no field
    names (``2024年3月底前，校长办公室负责``, ``每学期开学前，教务处牵头，各年级组配合``):
    the time as the deadline, the clauses after it as the responsibility;
    None for any other bracket.

    >>> _time_then_duty("录取结束后5个工作日内，招生办负责，纪检监察室监督")
    {'resp': '招生办负责，纪检监察室监督', 'deadline': '录取结束后5个工作日内'}
    >>> _time_then_duty("每季度，含政策解读") is None
    True
    """
    m = _FIRST_CLAUSE.match(inner)
    if m is None:
        return None
    return _duty_and_time(inner[m.end() :].strip().rstrip("。；;"), m.group(1))


def _is_responsibility(text: str, s: int, e: int) -> bool:
    inner = text[s + 1 : e]
    if e == len(text) and starts_cut_name(inner):
        return True  # a page cut inside the bracket's first name
    before = text[:s].rstrip()
    at_end = not text[e + 1 :].strip()
    after_sentence = before.endswith(_SENTENCE_STOPS) or at_end
    # units without a role word (（区发改局）) close a sentence, a title or a
    # sentence's last clause before its full stop where the bracket holds
    # names alone and qualifies no name before it (…情况（A、B）。); with a role
    # word, any sentence's last clause (…情况（A牵头）。)
    titled = _after_title(text, s, e) and not _closes_a_name(text, s)
    role = ROLE_WORD.search(inner)
    names = before.endswith("。") and (at_end or _names_only(inner))
    stops = text[e + 1 : e + 2] in _SENTENCE_STOPS
    closing = stops and _names_only(inner, _LEAST_NAME) and not _closes_a_name(text, s)
    # or the task opens with them, its text after (〔校长办公室〕公开…)
    opening = s == len(text) - len(text.lstrip()) and not at_end and (role or _names_only(inner))
    named = role or names or titled or closing or opening
    placed = after_sentence or titled or closing or opening or bool(role and stops)
    return bool(placed and named and looks_like_responsibility(inner, max_len=160))


def _names_only(inner: str, least: int = 1) -> bool:
    """Whether a bracket holds unit names and nothing else (``区金融办、区财政局。``):
    one run of names from its start to its end, each ``least`` characters
    long at least (a word such as 社区 in 村（社区） names a kind of body)."""
    core = inner.strip().rstrip("。；;")
    runs = find_unit_runs(core)
    if len(runs) != 1 or runs[0].start != 0 or runs[0].end != len(core):
        return False
    return all(b - a >= least for a, b in runs[0].units)


_LEAST_NAME: Final = 3  # characters of a name a bracket before a full stop names


_TITLE_PUNCTUATION: Final = re.compile(r"[。；;，,：:、]")


def _after_title(text: str, s: int, e: int) -> bool:
    """Whether the bracket ``text[s:e+1]`` closes the task's title: only the
    title before it, no punctuation in it, and a full stop or a comma after
    it (``深化财政信息公开（区财政局牵头）。推进…``)."""
    before = text[:s].strip()
    return (
        0 < len(before) <= _TITLE_SPAN
        and _TITLE_PUNCTUATION.search(before) is None
        and text[e + 1 : e + 2] in ("。", "，", ",", "；", ";")
    )


_TITLE_SPAN: Final = 40  # the longest title a task's units may follow
_NAME_SPAN: Final = 16  # characters before a bracket a unit's name it qualifies may take


def _closes_a_name(text: str, s: int) -> bool:
    """Whether the bracket at ``s`` follows a unit's name with nothing between:
    it qualifies the name (各镇街（园区）, 省编办（省审改办）), it is not the
    units of a title."""
    window = text[max(0, s - _NAME_SPAN) : s]
    runs = find_unit_runs(window)
    return bool(runs) and runs[-1].end == len(window)


def extract_responsibilities(text: str) -> tuple[str, list[str]]:
    """Take the ``（…负责）`` parentheses out of a prose task.

    >>> extract_responsibilities("推进预算公开。（市财政局负责）")
    ('推进预算公开。', ['市财政局负责'])
    """
    found = [(s, e) for s, e in _parens(text) if _is_responsibility(text, s, e)]
    if not found:
        return text, []
    clauses = [text[s + 1 : e].strip().rstrip("".join(_CLAUSE_ENDS)) for s, e in found]
    return _without(text, found), clauses


_AGENT: Final = re.compile(rf"(?:{DUTY_SUBJECT})?由")
# a verb or a modal no post's name holds (接受社会|监督: a requirement's words)
_VERB_IN_NAME: Final = re.compile(
    "|".join((*REQUIREMENT_VERBS, "要", "应", "應", "将", "將", "把", "对", "對", "接受", "自觉"))
)


def closing_duty(text: str) -> tuple[str, list[str]]:
    """A last sentence that only says who does the task, with no bracket:
    the text without it, and the responsibility without its 由.

    >>> closing_duty("推进预决算公开全覆盖。由区财政局负责，各镇（街道）配合。")
    ('推进预决算公开全覆盖。', ['区财政局负责，各镇（街道）配合'])
    """
    body = text.rstrip()
    cut = body[:-1].rfind("。") if body.endswith("。") else -1
    if cut <= 0:
        return _glued_duty(body)
    last = body[cut + 1 :].rstrip("。").strip()
    agent = _AGENT.match(last)  # 由…, 此项工作由…
    duty = last[agent.end() :] if agent is not None else last
    if not duty or not _is_duty(duty):
        return _glued_duty(body)
    return body[: cut + 1], [duty]


def with_duty_clause(text: str, resps: Sequence[str]) -> list[str]:
    """The responsibilities a prose task states after its text (``resps``:
    brackets, a last clause or sentence), with the one a clause inside its
    paragraph states first (:func:`duty_clause`), where they do not say it.

    >>> with_duty_clause("推进项目公开。由县发改局牵头，公开批准信息，", ["县自然资源局落实"])
    ['县发改局牵头', '县自然资源局落实']
    """
    inner = duty_clause(text, agent_alone=not resps)
    if inner is None or any(squeeze(inner) in squeeze(r) for r in resps):
        return list(resps)
    return [inner, *resps]


_CLAUSE_END: Final = re.compile(r"[，,；;。]")


def duty_clause(text: str, *, agent_alone: bool = False) -> str | None:
    """Who does a task, said in a clause inside its paragraph (``…清单，由省
    编办牵头、省直各部门配合，通过门户网站…``): the clause without its 由 and
    the clauses right after it that go on saying so (``，各镇配合``); the
    paragraph keeps them, they are part of its sentence.  A clause that goes
    on with what they do names them before their role word (``由起草部门负责
    解读``); with ``agent_alone`` (the task states no other responsibility),
    before any verb (``由县司法局加强法律审核``).

    >>> duty_clause("全面公开权力清单，由省编办牵头、省直各部门配合，通过门户网站集中展示。")
    '省编办牵头、省直各部门配合'
    >>> duty_clause("政策文件印发后，由起草部门负责解读。")
    '起草部门'
    >>> duty_clause("规范性文件出台前，由县司法局加强法律审核。", agent_alone=True)
    '县司法局'
    """
    clauses = [c.strip() for c in _CLAUSE_END.split(text)]
    for k, clause in enumerate(clauses):
        agent = _AGENT.match(clause)
        if agent is None:
            continue
        rest = clause[agent.end() :]
        if not _is_duty(rest) and not _post_duty(rest):
            named = subject_units(rest) or (agent_units(rest) if agent_alone else None)
            if named:
                return named
            continue
        duty = [rest]
        for more in clauses[k + 1 :]:
            if not more or not (_is_duty(more) or _post_duty(more)):
                break
            duty.append(more)
        return "，".join(duty)
    return None


# who, with no verb, and a role word closing the clause (村党支部书记负责,
# 村委会主任牵头、村会计落实): after 由, the posts a village's plan names
_POST_ROLE: Final = re.compile(
    "|".join((*ROLE_VERBS, *ROLE_VERBS_AFTER_NAME, "监督", "監督", "主办", "主辦"))
)
_POST_DUTY: Final = re.compile(rf"(?:[\u4e00-\u9fff“”\"]{{2,12}}?(?:{_POST_ROLE.pattern})、?)+")


def _post_duty(clause: str) -> bool:
    """Whether a clause after 由 names who does the task as posts the unit
    grammar does not read as units, each with its role word, and nothing else."""
    if _POST_DUTY.fullmatch(clause) is None:
        return False
    names = _POST_ROLE.sub("、", clause).split("、")
    return all(_VERB_IN_NAME.search(n) is None for n in names if n)


def _is_duty(text: str) -> bool:
    return assigns_roles(text) and looks_like_responsibility(text)


_LEAST_TEXT: Final = 6  # characters of a task's text before a duty run into it


def _glued_duty(body: str) -> tuple[str, list[str]]:
    """A last sentence that ends with who does the task, run into the text
    with no full stop between (a line break lost: ``做好预算公开市财政局牵头，
    市直各部门配合。``): the text up to the first name from which the rest
    only says so, and that rest.

    >>> _glued_duty("做好预算决算公开市财政局牵头，市直各部门配合。")
    ('做好预算决算公开', ['市财政局牵头，市直各部门配合'])
    """
    if not body.endswith("。"):
        return body, []
    start = body[:-1].rfind("。") + 1
    for run in find_unit_runs(body[:-1], start + _LEAST_TEXT):
        duty = body[run.start : -1]
        if not _is_duty(duty):
            continue
        text = body[: run.start]
        agent = _AGENT.match(duty)
        if agent is not None:
            text, duty = text + duty[: agent.end()], duty[agent.end() :]
        if text.endswith("由") and text[:-1].rstrip().endswith(_CLAUSE_MARKS):
            return body, [duty]  # a clause of the sentence (…清单，由A牵头。): it keeps it
        return text.removesuffix("由"), [duty]
    return body, []


_CLAUSE_MARKS: Final = ("，", ",", "；", ";")


def names_its_units(text: str) -> bool:
    """Whether a task's text says who does it without a bracket: a last
    sentence that only says so (``…。由区财政局负责，各镇配合。``), or units
    as the subject of its duty after its title sentence (``抓好培训。市政府
    办公室要组织…``)."""
    if closing_duty(text.strip())[1]:
        return True
    _, stop, rest = text.strip().partition("。")
    return bool(stop) and subject_units(rest) is not None


def closing_request(text: str) -> bool:
    """Whether a paragraph after a part's tasks closes it: it lays a duty on
    units (``各部门要结合工作实际…``) or asks the addressees (``请各社区高度
    重视…``)."""
    text = text.strip()
    return text.startswith("请") or subject_units(text) is not None


def points_own_duties(first_points: Iterable[str]) -> bool:
    """Whether points a paragraph each (``一是…``, ``二是…``) are tasks: a
    first point carries its own duty clause, where the points of one task
    share the clause after the last.

    >>> points_own_duties(["一是公开规划。（县发改委负责）"])
    True
    >>> points_own_duties(["一是规范发布程序。"])
    False
    """
    return any(extract_responsibilities(p)[1] for p in first_points)


def ends_with_responsibility(text: str) -> bool:
    """Whether ``text`` closes with a ``（…负责）`` parenthesis."""
    _, resps = extract_responsibilities(text)
    return bool(resps) and text.rstrip().endswith(("）", ")"))
