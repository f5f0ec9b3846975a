"""``zwgk.check``: rules that find problems in a plan (and against its parent).

A rule is a callable ``(plan, parent) -> Iterable[Finding]`` with ``id`` and
``description`` attributes; one that also takes a ``lang`` keyword is given
the language of the report (``zh``, the default, or ``en``).  The built-in
rules are below, their words in :mod:`zwgk.lang.labels`; others are found
through the entry-point group ``zwgk.checks`` and loaded the first time
:func:`check` runs.  A rule that fails to load, or raises while it runs, is
reported as a ``rule-error`` finding and never stops the other rules.
"""

from __future__ import annotations

import datetime as dt
import difflib
import importlib
import inspect
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar

import attrs

from zwgk._model import Deadline, DeadlineKind, Location, Plan, Severity, Task, _to_severity
from zwgk.lang.labels import WORDS, check_lang, word
from zwgk.lang.normalize import CONTROL_CHARS

__all__ = [
    "CHECKS_GROUP",
    "Finding",
    "Rule",
    "check",
    "describe_rule",
    "rules",
]

CHECKS_GROUP = "zwgk.checks"
"""The entry-point group where third-party rules register."""


@attrs.frozen
class Finding:
    """One problem a rule found.

    ``rule`` is the rule's id (``missing-unit``, …), ``severity`` how serious
    it is, ``message`` what is wrong in words, ``task`` the reference of the
    task concerned (its label or number; ``None`` for plan-wide findings)
    and ``location`` where in the source it is, when known.

    >>> import zwgk
    >>> f = zwgk.Finding("missing-unit", zwgk.Severity.WARNING, "no unit", task="3")
    >>> f.severity.value, f.task
    ('warning', '3')
    """

    __zwgk_kind__: ClassVar[str] = "finding"

    rule: str
    severity: Severity = attrs.field(converter=_to_severity)
    message: str
    task: str | None = None
    location: Location | None = None

    def __str__(self) -> str:
        where = []
        if self.task is not None:
            where.append(f"task {self.task}")
        if self.location is not None:
            where.append(str(self.location))
        prefix = f"{', '.join(where)}: " if where else ""
        return f"{prefix}{self.severity.value} [{self.rule}] {self.message}"


CheckFunc = Callable[[Plan, "Plan | None", str], Iterable[Finding]]


@attrs.frozen
class Rule:
    """A built-in check: an id, what it looks for, and the function.

    ``needs_parent`` rules only run when :func:`check` is given a parent.
    Calling the rule runs it: ``rule(plan, parent, lang="zh")``, its messages
    in ``lang``; ``description`` is in Chinese, :meth:`describe` in either.
    """

    id: str
    description: str
    func: CheckFunc = attrs.field(repr=False)
    needs_parent: bool = False

    def __call__(
        self, plan: Plan, parent: Plan | None = None, lang: str = "zh"
    ) -> Iterable[Finding]:
        return self.func(plan, parent, check_lang(lang))

    def describe(self, lang: str = "zh") -> str:
        """What the rule looks for, in ``lang`` (``zh`` or ``en``)."""
        key = f"rule.{self.id}"
        return word(key, lang) if key in WORDS else self.description


_BUILTIN: list[Rule] = []


def _rule(rule_id: str, *, needs_parent: bool = False) -> Callable[[CheckFunc], CheckFunc]:
    """Register a built-in rule; its description is the word ``rule.<id>``."""

    def register(func: CheckFunc) -> CheckFunc:
        _BUILTIN.append(Rule(rule_id, word(f"rule.{rule_id}"), func, needs_parent))
        return func

    return register


def describe_rule(rule: Any, lang: str = "zh") -> str:
    """What ``rule`` looks for, in ``lang`` when it can say (else its ``description``).

    >>> describe_rule(rules()[0]), describe_rule(rules()[0], "en")
    ('任务未明确责任单位', 'a task names no responsible unit')
    """
    check_lang(lang)
    method = getattr(rule, "describe", None)
    if callable(method):
        return str(method(lang))
    return str(rule.description)


def _say(key: str, lang: str, **fields: object) -> str:
    """The message ``check.<key>`` in ``lang``, its ``{…}`` fields filled in."""
    return word(f"check.{key}", lang).format(**fields)


def _day(date: dt.date, lang: str) -> str:
    """A date as the report's language writes it (``2021年3月31日``, ``2021-03-31``)."""
    return f"{date.year}年{date.month}月{date.day}日" if lang == "zh" else date.isoformat()


def _finding(rule: str, severity: Severity, message: str, task: Task | None = None) -> Finding:
    return Finding(
        rule,
        severity,
        message,
        task=task.ref if task is not None else None,
        location=task.location if task is not None else None,
    )


def _short(text: str, width: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------
# responsibility and deadlines


@_rule("missing-unit")
def _missing_unit(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    for task in plan.tasks:
        resp = task.responsibility
        if resp is None or (not resp.assignments and not resp.raw.strip()):
            yield _finding(
                "missing-unit",
                Severity.WARNING,
                _say("no-unit", lang, text=_short(task.text)),
                task,
            )
        elif not resp.assignments:
            yield _finding(
                "missing-unit",
                Severity.INFO,
                _say("unit-unrecognised", lang, raw=_short(resp.raw)),
                task,
            )


@_rule("missing-deadline")
def _missing_deadline(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    if plan.default_deadline is not None:
        return
    for task in plan.tasks:
        if task.deadline is None:
            yield _finding("missing-deadline", Severity.WARNING, _say("no-deadline", lang), task)


def _effective(task: Task, plan: Plan) -> Deadline | None:
    return task.deadline if task.deadline is not None else plan.default_deadline


def _dates(deadline: Deadline | None) -> tuple[dt.date, ...]:
    """The calendar dates a one-off deadline names (none for recurring/ongoing)."""
    if deadline is None or deadline.kind is not DeadlineKind.DATE:
        return ()
    if deadline.dates:
        return deadline.dates
    return (deadline.due,) if deadline.due is not None else ()


def _find_deadlines(text: str, year: int | None) -> list[Deadline] | None:
    """Deadlines written in ``text`` (``None`` when the language core is absent)."""
    try:
        find_deadlines = importlib.import_module("zwgk.lang.deadline").find_deadlines
    except (ImportError, AttributeError):
        return None
    try:
        found = find_deadlines(text, year=year)
    except TypeError:  # an implementation without the year= option
        found = find_deadlines(text)
    out: list[Deadline] = []
    for item in found:
        value = item if isinstance(item, Deadline) else getattr(item, "deadline", None)
        if isinstance(value, Deadline):
            out.append(value)
    return out


@_rule("deadline-conflict")
def _deadline_conflict(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    year = plan.year or (plan.date.year if plan.date else None)
    for task in plan.tasks:
        own = _dates(task.deadline)
        if not own or task.deadline is None:
            continue
        in_text = _find_deadlines(task.text, year)
        if in_text is None:
            return
        for found in in_text:
            if found.raw and found.raw in task.deadline.raw:
                continue
            dates = _dates(found)
            if dates and not set(dates) & set(own):
                yield _finding(
                    "deadline-conflict",
                    Severity.WARNING,
                    _say(
                        "deadline-conflict",
                        lang,
                        found=found.raw,
                        found_day=_day(dates[0], lang),
                        deadline=task.deadline.raw,
                        day=_day(own[0], lang),
                    ),
                    task,
                )
                break


@_rule("deadline-before-plan")
def _deadline_before_plan(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    if plan.date is None:
        return
    issued = plan.date
    default = _dates(plan.default_deadline)
    if default and max(default) < issued and plan.default_deadline is not None:
        yield _finding(
            "deadline-before-plan",
            Severity.WARNING,
            _say(
                "default-before-plan",
                lang,
                deadline=plan.default_deadline.raw,
                day=_day(max(default), lang),
                issued=_day(issued, lang),
            ),
        )
    for task in plan.tasks:
        dates = _dates(task.deadline)
        if dates and max(dates) < issued and task.deadline is not None:
            yield _finding(
                "deadline-before-plan",
                Severity.WARNING,
                _say(
                    "deadline-before-plan",
                    lang,
                    deadline=task.deadline.raw,
                    day=_day(max(dates), lang),
                    issued=_day(issued, lang),
                ),
                task,
            )


# --------------------------------------------------------------------------
# numbering

_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_ORDINAL_RE = re.compile(r"[0-9０-９]+|[零〇一二两兩三四五六七八九十百]+")


def ordinal(label: str) -> int | None:
    """The number a heading or task label stands for (``（十二）`` → 12, ``3.`` → 3).

    >>> ordinal("（二十九）"), ordinal("十、"), ordinal("3."), ordinal("一是")
    (29, 10, 3, 1)
    """
    from zwgk.lang.numerals import parse_label

    parsed = parse_label(label.strip())
    if parsed is not None:
        return parsed.number
    m = _ORDINAL_RE.search(unicodedata.normalize("NFKC", label))
    if m is None:
        return None
    word = m.group()
    if word.isdigit():
        return int(word)
    total = 0
    current = 0
    for ch in word:
        if ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def _sequence_findings(
    rule: str,
    what: str,
    items: Sequence[tuple[int, Task, str]],
    *,
    start_gap: bool,
    lang: str,
) -> Iterator[Finding]:
    """Gaps and repeats in one run of numbers (``(number, task, label)``).

    ``what`` is the word (``task``, ``heading``) for the things numbered.
    """
    name = word(what, lang)
    seen: dict[int, str] = {}
    previous: int | None = None
    for number, task, label in items:
        if number in seen:
            first = seen[number] or number
            message = _say("number-repeats", lang, what=name, label=label or number, first=first)
            yield _finding(rule, Severity.WARNING, message, task)
        elif previous is None:
            if start_gap and number > 1:
                message = _say("number-start", lang, what=name, label=label or number)
                yield _finding(rule, Severity.INFO, message, task)
        elif number > previous + 1:
            missing = (
                str(previous + 1) if number == previous + 2 else f"{previous + 1}–{number - 1}"
            )
            message = _say(
                "number-skips", lang, what=name, missing=missing, previous=previous, number=number
            )
            yield _finding(rule, Severity.WARNING, message, task)
        elif number < previous:
            message = _say(
                "number-backwards", lang, what=name, label=label or number, previous=previous
            )
            yield _finding(rule, Severity.WARNING, message, task)
        seen.setdefault(number, label)
        previous = number


@_rule("task-numbering")
def _task_numbering(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    numbered = [t for t in plan.tasks if t.number is not None]
    if not numbered:
        return
    # Plans number tasks either straight through or afresh in each section.
    restarts = any(
        b.number == 1 and b.section != a.section for a, b in itertools.pairwise(numbered)
    )
    runs: list[list[tuple[int, Task, str]]] = []
    for i, task in enumerate(numbered):
        assert task.number is not None
        if not runs or (restarts and task.section != numbered[i - 1].section):
            runs.append([])
        runs[-1].append((task.number, task, task.label))
    for run in runs:
        yield from _sequence_findings("task-numbering", "task", run, start_gap=True, lang=lang)


@_rule("heading-numbering")
def _heading_numbering(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    depth = max((len(t.section_labels) for t in plan.tasks), default=0)
    for level in range(depth):
        # headings at this level, in order, each once, grouped by their parents
        runs: dict[tuple[str, ...], list[tuple[int, Task, str]]] = {}
        last: tuple[tuple[str, ...], str] | None = None
        for task in plan.tasks:
            if len(task.section_labels) <= level:
                continue
            label = task.section_labels[level]
            here = (task.section_labels[: level + 1], label)
            if here == last:  # the same heading (its title may be re-broken by a page)
                continue
            last = here
            number = ordinal(label)
            if number is None:
                continue
            key = task.section_labels[:level]
            runs.setdefault(key, []).append((number, task, label.strip()))
        for run in runs.values():
            yield from _sequence_findings(
                "heading-numbering", "heading", run, start_gap=True, lang=lang
            )


# --------------------------------------------------------------------------
# text quality

_CJK = r"\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’"
_QUESTION_IN_CJK = re.compile(rf"[{_CJK}]\?|\?[{_CJK}]")
# Characters that real plan text practically never holds but UTF-8 read as
# GBK produces all the time (“ → 鈥, 、 → 銆, ， → 锛, U+FFFD → 锟斤拷).
_MOJIBAKE_MARKS = re.compile(r"鈥|銆|锛|锟斤拷|脙|Ã|Â")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")


def garbled(text: str, lang: str = "zh") -> str | None:
    """Why ``text`` looks garbled (mis-decoded), in ``lang``, or ``None`` if it looks fine.

    >>> garbled("落實“六?!比蝿?")
    '中文中夹有“?”（解码时丢失了字符）'
    >>> garbled("落實“六?!比蝿?", "en")
    "'?' inside Chinese text (a character lost in decoding)"
    >>> garbled("落实“六稳”任务。") is None
    True
    """
    check_lang(lang)
    if "\ufffd" in text:
        return _say("garbled-replacement", lang)
    if _QUESTION_IN_CJK.search(text):
        return _say("garbled-question", lang)
    m = _MOJIBAKE_MARKS.search(text)
    if m:
        return _say("garbled-mojibake", lang, mark=m.group())
    if _PRIVATE_USE.search(text):
        return _say("garbled-private-use", lang)
    if CONTROL_CHARS.search(text):
        return _say("garbled-control", lang)
    return None


def _task_texts(task: Task) -> Iterator[tuple[str, str]]:
    yield "text", task.text
    for title in task.section:
        yield "heading", title
    if task.responsibility is not None:
        yield "responsibility", task.responsibility.raw
    if task.deadline is not None:
        yield "deadline", task.deadline.raw
    if task.note:
        yield "note", task.note


@_rule("garbled-text")
def _garbled_text(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    for field in ("title", "issuer", "doc_number"):
        value = getattr(plan, field)
        if isinstance(value, str):
            why = garbled(value, lang)
            if why:
                part = word(field, lang)
                message = _say("garbled-plan", lang, part=part, text=_short(value), why=why)
                yield _finding("garbled-text", Severity.WARNING, message)
    reported: set[str] = set()
    for task in plan.tasks:
        for part, value in _task_texts(task):
            why = garbled(value, lang)
            if why is None:
                continue
            if part == "heading":  # report a heading once, not under every task
                if value in reported:
                    continue
                reported.add(value)
            message = _say("garbled-task", lang, part=word(part, lang), text=_short(value), why=why)
            yield _finding("garbled-text", Severity.WARNING, message, task)


_PUNCT_RE = re.compile(r"[\s\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """``text`` reduced for comparison: NFKC, no whitespace or punctuation.

    >>> normalise("做好 规划公开。") == normalise("做好规划公开")
    True
    """
    return _PUNCT_RE.sub("", unicodedata.normalize("NFKC", text)).lower()


@_rule("duplicate-task")
def _duplicate_task(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    keys = [normalise(t.text) for t in plan.tasks]
    flagged: set[int] = set()
    for j, task in enumerate(plan.tasks):
        if not keys[j]:
            continue
        for i in range(j):
            if i in flagged or not keys[i]:
                continue
            a, b = keys[i], keys[j]
            if a == b:
                how = "duplicate"
            elif min(len(a), len(b)) >= 12 and (
                difflib.SequenceMatcher(None, a, b, autojunk=False).quick_ratio() >= 0.92
                and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.92
            ):
                how = "near-duplicate"
            else:
                continue
            flagged.add(j)
            yield _finding(
                "duplicate-task",
                Severity.WARNING,
                _say(how, lang, ref=plan.tasks[i].ref, text=_short(plan.tasks[i].text)),
                task,
            )
            break


@_rule("reader-diagnostics")
def _reader_diagnostics(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    for diag in plan.diagnostics:
        yield Finding(f"reader:{diag.code}", diag.severity, diag.message, location=diag.location)
    if plan.residue:
        first = plan.residue[0]
        yield Finding(
            "unplaced-text",
            Severity.INFO,
            _say(
                "unplaced",
                lang,
                count=len(plan.residue),
                reason=first.reason,
                text=_short(first.text),
            ),
            location=first.location,
        )


# --------------------------------------------------------------------------
# against the parent


def _later(child: Deadline | None, parent: Deadline | None) -> tuple[dt.date, dt.date] | None:
    c, p = _dates(child), _dates(parent)
    if c and p and max(c) > max(p):
        return max(c), max(p)
    return None


@_rule("deadline-after-parent", needs_parent=True)
def _deadline_after_parent(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    from zwgk.cascade._align import align

    if parent is None:
        return
    for link in align(parent, plan):
        for ci in link.child:
            ctask = plan.tasks[ci]
            for pi in link.parent:
                ptask = parent.tasks[pi]
                later = _later(_effective(ctask, plan), _effective(ptask, parent))
                if later is not None:
                    yield _finding(
                        "deadline-after-parent",
                        Severity.ERROR,
                        _say(
                            "after-parent",
                            lang,
                            day=_day(later[0], lang),
                            ref=ptask.ref,
                            parent_day=_day(later[1], lang),
                        ),
                        ctask,
                    )
                    break


_COLLECTIVE = re.compile(
    r"各地各部门|各地各有关部门|各有关单位|各有关部门|各部门|各单位|各相关单位|各相关部门"
    r"|市直各单位|市直各部门|市直有关单位|各级各部门|各地|各县[（(〔]市、区[）)〕]"
    r"|各县市区|各区|各县|各镇|各镇街|各乡镇"
)
_EVERYONE = ("各地各部门", "各级各部门", "各地各有关部门")
_LOCAL_LEVEL = re.compile(r"各地|各县|各区|各镇|各乡镇|各级")
_GOVERNMENT_ISSUER = re.compile(r"(县|区|市|镇|乡|街道)(人民政府|政府|办公室|办事处)")
_UNIT_SUFFIXES = ("局", "委", "办", "厅", "中心", "委员会", "办公室", "院", "所", "站", "队")


def _stems(name: str) -> set[str]:
    """``name`` and what is left of it after each leading place word.

    ``江门市市场监督管理局`` → itself, ``市场监督管理局``, ``场监督管理局``: one of
    them is the name the unit goes by in its own city's plans.
    """
    name = normalise(name)
    out = {name}
    for i, ch in enumerate(name[:10]):
        if ch in "省市县区" and len(name) - i > 3:
            out.add(name[i + 1 :])
    return out


def _abbreviates(short: str, full: str) -> bool:
    """``short`` is an abbreviation of ``full`` (``住建局`` of ``住房和城乡建设局``)."""
    if len(short) < 3 or short[0] != full[0] or len(short) >= len(full):
        return False
    if not any(short.endswith(x) and full.endswith(x) for x in _UNIT_SUFFIXES):
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _same_unit(unit: str, issuer: str) -> bool:
    for a in _stems(unit):
        for b in _stems(issuer):
            if a == b and len(a) >= 3:
                return True
            if len(a) >= 4 and (a in b or b in a) and min(len(a), len(b)) >= 4:
                return True
            if _abbreviates(a, b):
                return True
    return False


def addressed_to(task: Task, plan: Plan) -> bool:
    """Whether ``task`` (of a parent plan) is addressed to the body that issued ``plan``.

    True when one of its units names the issuer (``市市场监管局`` for
    ``江门市市场监督管理局``) or is a collective that includes it (``各部门``
    for a bureau, ``各县（市、区）`` for a county government).

    >>> import zwgk
    >>> child = zwgk.Plan(issuer="江门市市场监督管理局")
    >>> resp = zwgk.Responsibility("市市场监管局", [zwgk.Assignment("市市场监管局", "owner")])
    >>> addressed_to(zwgk.Task("…", responsibility=resp), child)
    True
    """
    issuer = plan.issuer
    resp = task.responsibility
    if not issuer or resp is None:
        return False
    units = [a.name for a in resp.assignments] or [resp.raw]
    is_government = bool(_GOVERNMENT_ISSUER.search(issuer))
    for unit in units:
        m = _COLLECTIVE.search(unit)
        if m:
            local = bool(_LOCAL_LEVEL.match(m.group()))
            if local == is_government or m.group() in _EVERYONE:
                return True
            continue
        if _same_unit(unit, issuer):
            return True
    return False


@_rule("parent-task-dropped", needs_parent=True)
def _parent_task_dropped(plan: Plan, parent: Plan | None, lang: str) -> Iterator[Finding]:
    from zwgk.cascade._align import align

    if parent is None:
        return
    covered = {pi for link in align(parent, plan) if link.child for pi in link.parent}
    for pi, ptask in enumerate(parent.tasks):
        if pi not in covered and addressed_to(ptask, plan):
            units = "、".join(ptask.responsibility.units()) if ptask.responsibility else ""
            yield Finding(
                "parent-task-dropped",
                Severity.WARNING,
                _say(
                    "parent-dropped",
                    lang,
                    ref=ptask.ref,
                    text=_short(ptask.text),
                    units=units or "?",
                ),
                task=None,
                location=ptask.location,
            )


# --------------------------------------------------------------------------
# plugins and the entry point


@attrs.define
class _Plugins:
    loaded: list[Any] | None = None
    # (name, entry point, error) of each plugin that could not be loaded
    errors: list[tuple[str, str, str]] = attrs.field(factory=list)
    lock: threading.Lock = attrs.field(factory=threading.Lock)


_plugins = _Plugins()


def _load_plugins() -> tuple[list[Any], list[tuple[str, str, str]]]:
    with _plugins.lock:
        if _plugins.loaded is None:
            from zwgk.plugins import entry_points, load_entry_point

            loaded: list[Any] = []
            errors: list[tuple[str, str, str]] = []
            for name, value in entry_points(CHECKS_GROUP):
                try:
                    obj = load_entry_point(value)
                    _validate(obj, name)
                except Exception as exc:  # a broken rule must never break check()
                    errors.append((name, value, f"{type(exc).__name__}: {exc}"))
                else:
                    loaded.append(obj)
            _plugins.loaded = loaded
            _plugins.errors = errors
        return list(_plugins.loaded), list(_plugins.errors)


def _validate(obj: Any, name: str) -> None:
    if not callable(obj):
        raise TypeError(f"{name} is not callable")
    for attr in ("id", "description"):
        if not isinstance(getattr(obj, attr, None), str):
            raise TypeError(f"{name} has no str attribute {attr!r}")


def reset_plugins() -> None:
    """Forget the loaded check plugins; the next :func:`check` finds them again."""
    with _plugins.lock:
        _plugins.loaded = None
        _plugins.errors = []


def rules() -> list[Any]:
    """Every rule :func:`check` runs: the built-in ones, then the plugins.

    >>> [r.id for r in rules()][:3]
    ['missing-unit', 'missing-deadline', 'deadline-conflict']
    """
    plugins, _ = _load_plugins()
    return [*_BUILTIN, *plugins]


def _takes_lang(rule: Any) -> bool:
    """Whether ``rule`` can be called with ``lang=`` (a plugin may not know of it)."""
    if isinstance(rule, Rule):
        return True
    try:
        params = inspect.signature(rule).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(
        p.kind is inspect.Parameter.VAR_KEYWORD
        or (p.name == "lang" and p.kind is not inspect.Parameter.POSITIONAL_ONLY)
        for p in params
    )


def _run(rule: Any, rule_id: str, plan: Plan, parent: Plan | None, lang: str) -> list[Finding]:
    """What ``rule`` found, or one ``rule-error`` finding if it raised."""
    out: list[Finding] = []
    try:
        found = rule(plan, parent, lang=lang) if _takes_lang(rule) else rule(plan, parent)
        for finding in found:
            if not isinstance(finding, Finding):
                raise TypeError(f"yielded {type(finding).__name__}, not a Finding")
            out.append(finding)
    except Exception as exc:  # one bad rule must not hide the others' findings
        error = f"{type(exc).__name__}: {exc}"
        message = _say("rule-failed", lang, name=repr(rule_id), error=error)
        out.append(Finding("rule-error", Severity.WARNING, message))
    return out


def check(
    plan: Plan,
    parent: Plan | None = None,
    *,
    lang: str = "zh",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    extra_rules: Iterable[Any] = (),
) -> list[Finding]:
    """Check ``plan`` (against ``parent``, if given) and return what was found.

    Every rule of :func:`rules` runs (those needing a parent only when one is
    given), plus ``extra_rules``; ``select`` keeps only the rules with those
    ids, ``ignore`` drops some.  Findings come in rule order, each rule's in
    task order, their messages in ``lang`` (``zh``, the default, or ``en``;
    a plugin rule that takes no ``lang`` words its own).  A rule that raises,
    or a plugin that cannot be loaded, becomes a ``rule-error`` finding
    instead of an exception.

    >>> import zwgk
    >>> plan = zwgk.Plan(tasks=[zwgk.Task("做好规划公开。", number=1, label="1")])
    >>> [f.message for f in zwgk.check(plan)]
    ['未明确责任单位：“做好规划公开。”', '未明确完成时限且方案未设统一时限']
    >>> [f.message for f in zwgk.check(plan, lang="en", select=["missing-deadline"])]
    ['no deadline, and the plan sets no default deadline']
    """
    check_lang(lang)
    plugins, errors = _load_plugins()
    chosen = set(select) if select is not None else None
    skipped = set(ignore)
    findings = [
        Finding(
            "rule-error",
            Severity.WARNING,
            _say("rule-not-loaded", lang, name=repr(name), value=value, error=error),
        )
        for name, value, error in errors
    ]
    for rule in [*_BUILTIN, *plugins, *extra_rules]:
        rule_id = str(getattr(rule, "id", None) or getattr(rule, "__name__", "?"))
        if chosen is not None and rule_id not in chosen:
            continue
        if rule_id in skipped:
            continue
        if parent is None and getattr(rule, "needs_parent", False):
            continue
        findings.extend(_run(rule, rule_id, plan, parent, lang))
    return findings
