"""``zwgk.check``: rules that find problems in a plan (and against its parent).

A rule is a callable ``(plan, parent) -> Iterable[Finding]`` with ``id`` and
``description`` attributes.  The built-in rules are below; others are found
through the entry-point group ``zwgk.checks`` and loaded the first time
:func:`check` runs.  A rule that fails to load, or raises while it runs, is
reported as a ``rule-error`` finding and never stops the other rules.
"""

from __future__ import annotations

import datetime as dt
import difflib
import importlib
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar

import attrs

from zwgk._model import Deadline, DeadlineKind, Location, Plan, Severity, Task, _to_severity

__all__ = [
    "CHECKS_GROUP",
    "Finding",
    "Rule",
    "check",
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


CheckFunc = Callable[[Plan, "Plan | None"], Iterable[Finding]]


@attrs.frozen
class Rule:
    """A built-in check: an id, what it looks for, and the function.

    ``needs_parent`` rules only run when :func:`check` is given a parent.
    Calling the rule runs it: ``rule(plan, parent)``.
    """

    id: str
    description: str
    func: CheckFunc = attrs.field(repr=False)
    needs_parent: bool = False

    def __call__(self, plan: Plan, parent: Plan | None = None) -> Iterable[Finding]:
        return self.func(plan, parent)


_BUILTIN: list[Rule] = []


def _rule(
    rule_id: str, description: str, *, needs_parent: bool = False
) -> Callable[[CheckFunc], CheckFunc]:
    def register(func: CheckFunc) -> CheckFunc:
        _BUILTIN.append(Rule(rule_id, description, func, needs_parent))
        return func

    return register


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


@_rule("missing-unit", "a task names no responsible unit")
def _missing_unit(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
    for task in plan.tasks:
        resp = task.responsibility
        if resp is None or (not resp.assignments and not resp.raw.strip()):
            yield _finding(
                "missing-unit",
                Severity.WARNING,
                f"no responsible unit for “{_short(task.text)}”",
                task,
            )
        elif not resp.assignments:
            yield _finding(
                "missing-unit",
                Severity.INFO,
                f"responsibility “{_short(resp.raw)}” names no unit that could be recognised",
                task,
            )


@_rule("missing-deadline", "a task has no deadline and the plan has no default")
def _missing_deadline(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
    if plan.default_deadline is not None:
        return
    for task in plan.tasks:
        if task.deadline is None:
            yield _finding(
                "missing-deadline",
                Severity.WARNING,
                "no deadline, and the plan sets no default deadline",
                task,
            )


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


@_rule(
    "deadline-conflict",
    "a deadline written in the task text contradicts the task's deadline",
)
def _deadline_conflict(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
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
                    f"the text says “{found.raw}” ({dates[0].isoformat()}) but the "
                    f"deadline is “{task.deadline.raw}” ({own[0].isoformat()})",
                    task,
                )
                break


@_rule("deadline-before-plan", "a deadline falls before the plan's own date")
def _deadline_before_plan(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
    if plan.date is None:
        return
    issued = plan.date
    default = _dates(plan.default_deadline)
    if default and max(default) < issued and plan.default_deadline is not None:
        yield _finding(
            "deadline-before-plan",
            Severity.WARNING,
            f"the default deadline “{plan.default_deadline.raw}” ({max(default).isoformat()}) "
            f"is before the plan's date {issued.isoformat()}",
        )
    for task in plan.tasks:
        dates = _dates(task.deadline)
        if dates and max(dates) < issued and task.deadline is not None:
            yield _finding(
                "deadline-before-plan",
                Severity.WARNING,
                f"deadline “{task.deadline.raw}” ({max(dates).isoformat()}) is before "
                f"the plan's date {issued.isoformat()}",
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
) -> Iterator[Finding]:
    """Gaps and repeats in one run of numbers (``(number, task, label)``)."""
    seen: dict[int, str] = {}
    previous: int | None = None
    for number, task, label in items:
        if number in seen:
            yield _finding(
                rule,
                Severity.WARNING,
                f"{what} {label or number} repeats {seen[number] or number}",
                task,
            )
        elif previous is None:
            if start_gap and number > 1:
                yield _finding(rule, Severity.INFO, f"{what}s start at {label or number}", task)
        elif number > previous + 1:
            missing = (
                str(previous + 1) if number == previous + 2 else f"{previous + 1}–{number - 1}"
            )
            yield _finding(
                rule,
                Severity.WARNING,
                f"{what} numbering skips {missing} (from {previous} to {number})",
                task,
            )
        elif number < previous:
            yield _finding(
                rule,
                Severity.WARNING,
                f"{what} {label or number} comes after {previous}",
                task,
            )
        seen.setdefault(number, label)
        previous = number


@_rule("task-numbering", "task numbers skip, repeat or go backwards")
def _task_numbering(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
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
        yield from _sequence_findings("task-numbering", "task", run, start_gap=True)


@_rule("heading-numbering", "heading ordinals skip or repeat")
def _heading_numbering(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
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
            yield from _sequence_findings("heading-numbering", "heading", run, start_gap=True)


# --------------------------------------------------------------------------
# text quality

_CJK = r"\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’"
_QUESTION_IN_CJK = re.compile(rf"[{_CJK}]\?|\?[{_CJK}]")
# Characters that real plan text practically never holds but UTF-8 read as
# GBK produces all the time (“ → 鈥, 、 → 銆, ， → 锛, U+FFFD → 锟斤拷).
_MOJIBAKE_MARKS = re.compile(r"鈥|銆|锛|锟斤拷|脙|Ã|Â")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def garbled(text: str) -> str | None:
    """Why ``text`` looks garbled (mis-decoded), or ``None`` if it looks fine.

    >>> garbled("落實“六?!比蝿?")
    "'?' inside Chinese text (a character lost in decoding)"
    >>> garbled("落实“六稳”任务。") is None
    True
    """
    if "\ufffd" in text:
        return "replacement character U+FFFD (undecodable bytes)"
    if _QUESTION_IN_CJK.search(text):
        return "'?' inside Chinese text (a character lost in decoding)"
    m = _MOJIBAKE_MARKS.search(text)
    if m:
        return f"“{m.group()}” is typical of text decoded with the wrong encoding"
    if _PRIVATE_USE.search(text):
        return "private-use characters (an unmapped font or encoding)"
    if _CONTROL.search(text):
        return "control characters in the text"
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


@_rule("garbled-text", "text looks mis-decoded (U+FFFD, '?' in Chinese, mojibake)")
def _garbled_text(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
    for field in ("title", "issuer", "doc_number"):
        value = getattr(plan, field)
        if isinstance(value, str):
            why = garbled(value)
            if why:
                yield _finding(
                    "garbled-text", Severity.WARNING, f"plan {field} “{_short(value)}”: {why}"
                )
    reported: set[str] = set()
    for task in plan.tasks:
        for part, value in _task_texts(task):
            why = garbled(value)
            if why is None:
                continue
            if part == "heading":  # report a heading once, not under every task
                if value in reported:
                    continue
                reported.add(value)
            yield _finding(
                "garbled-text", Severity.WARNING, f"{part} “{_short(value)}”: {why}", task
            )


_PUNCT_RE = re.compile(r"[\s\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """``text`` reduced for comparison: NFKC, no whitespace or punctuation.

    >>> normalise("做好 规划公开。") == normalise("做好规划公开")
    True
    """
    return _PUNCT_RE.sub("", unicodedata.normalize("NFKC", text)).lower()


@_rule("duplicate-task", "two tasks of the plan say the same thing")
def _duplicate_task(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
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
                how = "repeats"
            elif min(len(a), len(b)) >= 12 and (
                difflib.SequenceMatcher(None, a, b, autojunk=False).quick_ratio() >= 0.92
                and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.92
            ):
                how = "nearly repeats"
            else:
                continue
            flagged.add(j)
            yield _finding(
                "duplicate-task",
                Severity.WARNING,
                f"{how} task {plan.tasks[i].ref} (“{_short(plan.tasks[i].text)}”)",
                task,
            )
            break


@_rule("reader-diagnostics", "what the reader noticed, and text it could not place")
def _reader_diagnostics(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
    for diag in plan.diagnostics:
        yield Finding(f"reader:{diag.code}", diag.severity, diag.message, location=diag.location)
    if plan.residue:
        first = plan.residue[0]
        yield Finding(
            "unplaced-text",
            Severity.INFO,
            f"{len(plan.residue)} piece(s) of text were not placed in a task "
            f"(first: [{first.reason}] “{_short(first.text)}”)",
            location=first.location,
        )


# --------------------------------------------------------------------------
# against the parent


def _later(child: Deadline | None, parent: Deadline | None) -> tuple[dt.date, dt.date] | None:
    c, p = _dates(child), _dates(parent)
    if c and p and max(c) > max(p):
        return max(c), max(p)
    return None


@_rule(
    "deadline-after-parent",
    "a child task is due later than the parent task it implements",
    needs_parent=True,
)
def _deadline_after_parent(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
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
                        f"due {later[0].isoformat()}, after the parent task "
                        f"{ptask.ref} (due {later[1].isoformat()})",
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


@_rule(
    "parent-task-dropped",
    "a parent task addressed to this plan's issuer has no counterpart in the plan",
    needs_parent=True,
)
def _parent_task_dropped(plan: Plan, parent: Plan | None) -> Iterator[Finding]:
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
                f"parent task {ptask.ref} (“{_short(ptask.text)}”, for {units or '?'}) "
                "has no counterpart in this plan",
                task=None,
                location=ptask.location,
            )


# --------------------------------------------------------------------------
# plugins and the entry point


@attrs.define
class _Plugins:
    loaded: list[Any] | None = None
    errors: list[Finding] = attrs.field(factory=list)
    lock: threading.Lock = attrs.field(factory=threading.Lock)


_plugins = _Plugins()


def _load_plugins() -> tuple[list[Any], list[Finding]]:
    with _plugins.lock:
        if _plugins.loaded is None:
            from zwgk.plugins import entry_points, load_entry_point

            loaded: list[Any] = []
            errors: list[Finding] = []
            for name, value in entry_points(CHECKS_GROUP):
                try:
                    obj = load_entry_point(value)
                    _validate(obj, name)
                except Exception as exc:  # a broken rule must never break check()
                    errors.append(
                        Finding(
                            "rule-error",
                            Severity.WARNING,
                            f"check {name!r} ({value}) could not be loaded: "
                            f"{type(exc).__name__}: {exc}",
                        )
                    )
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


def check(
    plan: Plan,
    parent: Plan | None = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    extra_rules: Iterable[Any] = (),
) -> list[Finding]:
    """Check ``plan`` (against ``parent``, if given) and return what was found.

    Every rule of :func:`rules` runs (those needing a parent only when one is
    given), plus ``extra_rules``; ``select`` keeps only the rules with those
    ids, ``ignore`` drops some.  Findings come in rule order, each rule's in
    task order.  A rule that raises, or a plugin that cannot be loaded,
    becomes a ``rule-error`` finding instead of an exception.

    >>> import zwgk
    >>> plan = zwgk.Plan(tasks=[zwgk.Task("做好规划公开。", number=1, label="1")])
    >>> [f.rule for f in zwgk.check(plan)]
    ['missing-unit', 'missing-deadline']
    """
    plugins, errors = _load_plugins()
    chosen = set(select) if select is not None else None
    skipped = set(ignore)
    findings: list[Finding] = list(errors)
    for rule in [*_BUILTIN, *plugins, *extra_rules]:
        rule_id = getattr(rule, "id", None) or getattr(rule, "__name__", "?")
        if chosen is not None and rule_id not in chosen:
            continue
        if rule_id in skipped:
            continue
        if parent is None and getattr(rule, "needs_parent", False):
            continue
        try:
            for finding in rule(plan, parent):
                if not isinstance(finding, Finding):
                    raise TypeError(f"yielded {type(finding).__name__}, not a Finding")
                findings.append(finding)
        except Exception as exc:  # one bad rule must not hide the others' findings
            findings.append(
                Finding(
                    "rule-error",
                    Severity.WARNING,
                    f"check {rule_id!r} failed: {type(exc).__name__}: {exc}",
                )
            )
    return findings
