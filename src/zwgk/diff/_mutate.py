"""Derive a child plan from a real one with known edits, to test alignment.

:func:`mutate` drops, rewords, splits, merges, reorders, reassigns and
re-dates tasks, adds local ones, may convert the whole plan to Traditional
script and renumbers it — and returns the true alignment alongside, so a
diff can be scored against it (see :func:`score_alignment`).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
from collections.abc import Callable, Iterable, Sequence

import attrs

from zwgk._model import Assignment, Deadline, DeadlineKind, Plan, Responsibility, Role, Task
from zwgk.diff._model import ChangeKind, PlanDiff
from zwgk.diff._norm import match_key

__all__ = ["AlignmentScore", "Mutation", "MutationGroup", "Rates", "mutate", "score_alignment"]


@attrs.frozen
class Rates:
    """How often each edit happens (per task, except ``traditional``: per plan)."""

    drop: float = 0.1
    reword: float = 0.3
    split: float = 0.05
    merge: float = 0.05
    reorder: float = 0.1
    reassign: float = 0.2
    deadline: float = 0.1
    add: float = 0.1
    traditional: float = 0.25
    renumber: bool = True


@attrs.frozen
class MutationGroup:
    """One true group: parent task positions, child task positions, and its kind."""

    kind: ChangeKind
    parents: tuple[int, ...]
    children: tuple[int, ...]


@attrs.frozen
class Mutation:
    """A derived child plan, the true groups and a log of the edits made."""

    child: Plan
    groups: tuple[MutationGroup, ...]
    log: tuple[str, ...]

    @property
    def pairs(self) -> frozenset[tuple[int, int]]:
        """The true aligned ``(parent index, child index)`` pairs."""
        return frozenset((p, c) for g in self.groups for p in g.parents for c in g.children)


_INSERTS = (
    "认真",
    "进一步",
    "按照上级要求，",
    "结合本单位实际，",
    "配合市政务服务数据管理局",
    "及时",
    "切实",
    "积极",
    "在门户网站",
    "全面",
)
_REPLACEMENTS = {
    "做好": "抓好",
    "加强": "强化",
    "各级": "各",
    "政府": "本单位",
    "部门": "科室",
    "公开": "发布",
    "及时": "第一时间",
    "推进": "推动",
    "持续": "继续",
    "完善": "健全",
    "工作": "事项",
}
_LOCAL = (
    "做好{x}领域的政策解读和信息发布工作，每季度至少更新一次。",
    "建立{x}信息公开台账，明确责任人和办理时限。",
    "围绕{x}开展专题宣传，组织编印宣传资料。",
    "在本局网站开设{x}专栏，集中发布相关办事指南。",
    "对{x}相关咨询实行首问负责，限时答复群众诉求。",
)
_TOPICS = (
    "住房保障",
    "工程质量安全",
    "食品抽检",
    "特种设备",
    "物业管理",
    "建筑市场信用",
    "价格监测",
    "知识产权保护",
    "计量检定",
    "城市更新",
)
_UNITS = ("办公室", "法规科", "财务科", "人事科", "信息中心", "综合科", "执法支队", "各科室")
_CLAUSE = re.compile(r"(?<=[。；;])")


def _reword(text: str, rng: random.Random, log: list[str]) -> str:
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(("insert", "delete", "replace"))
        if op == "insert":
            pos = rng.randint(0, len(text))
            phrase = rng.choice(_INSERTS)
            text = text[:pos] + phrase + text[pos:]
            log.append(f"insert {phrase!r}")
        elif op == "delete" and len(text) > 12:
            clauses = [c for c in re.split(r"(?<=[，,。；;])", text) if c]
            if len(clauses) > 2:
                k = rng.randrange(len(clauses))
                log.append(f"delete clause {clauses[k]!r}")
                text = "".join(clauses[:k] + clauses[k + 1 :])
            else:
                n = rng.randint(2, 4)
                pos = rng.randint(0, max(len(text) - n, 0))
                log.append(f"delete {text[pos : pos + n]!r}")
                text = text[:pos] + text[pos + n :]
        else:
            found = [w for w in _REPLACEMENTS if w in text]
            if found:
                w = rng.choice(found)
                text = text.replace(w, _REPLACEMENTS[w], 1)
                log.append(f"replace {w!r}")
    return text


def _split_point(text: str) -> int | None:
    cuts = [m.start() for m in _CLAUSE.finditer(text) if 8 <= m.start() <= len(text) - 8]
    if not cuts:
        cuts = [m.end() for m in re.finditer(r"，", text) if 10 <= m.end() <= len(text) - 10]
    if not cuts:
        return None
    return cuts[len(cuts) // 2]


def _reassign(resp: Responsibility | None, rng: random.Random, log: list[str]) -> Responsibility:
    units = list(resp.assignments) if resp is not None else []
    op = rng.choice(("add", "remove", "role")) if units else "add"
    if op == "add" or (op == "remove" and len(units) < 2):
        names = {a.unit for a in units}
        choices = [u for u in _UNITS if u not in names] or ["新增科室"]
        new = Assignment(rng.choice(choices), rng.choice((Role.ASSIST, Role.OWNER)))
        units.append(new)
        log.append(f"add unit {new.unit}")
    elif op == "remove":
        gone = units.pop(rng.randrange(len(units)))
        log.append(f"remove unit {gone.unit}")
    else:
        k = rng.randrange(len(units))
        role = Role.ASSIST if units[k].role is Role.LEAD else Role.LEAD
        log.append(f"role of {units[k].unit} -> {role.value}")
        units[k] = units[k].evolve(role=role)
    raw = "、".join(a.unit + ("牵头" if a.role is Role.LEAD else "") for a in units)
    return Responsibility(raw, units)


def _redate(deadline: Deadline | None, rng: random.Random, log: list[str]) -> Deadline | None:
    if deadline is None:
        day = dt.date(2021, rng.randint(8, 12), rng.randint(1, 28))
        log.append(f"deadline added {day}")
        return Deadline(f"{day.year}年{day.month}月{day.day}日前", DeadlineKind.DATE, due=day)
    if deadline.due is not None and rng.random() < 0.7:
        day = deadline.due + dt.timedelta(days=rng.choice((-30, -10, 10, 30)))
        log.append(f"deadline moved to {day}")
        return Deadline(f"{day.year}年{day.month}月{day.day}日前", DeadlineKind.DATE, due=day)
    log.append("deadline removed")
    return None


@functools.cache
def _s2t_converter() -> Callable[[str], str]:
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC("s2t").convert
    return convert


def _s2t(plan: Plan) -> Plan:
    conv = _s2t_converter()

    def resp(r: Responsibility | None) -> Responsibility | None:
        if r is None:
            return None
        return Responsibility(
            conv(r.raw),
            [
                a.evolve(unit=conv(a.unit), qualified=conv(a.qualified) if a.qualified else None)
                for a in r.assignments
            ],
        )

    tasks = [
        t.evolve(
            text=conv(t.text),
            section=tuple(conv(s) for s in t.section),
            responsibility=resp(t.responsibility),
            note=conv(t.note) if t.note else t.note,
        )
        for t in plan.tasks
    ]
    return plan.evolve(tasks=tasks, title=conv(plan.title) if plan.title else plan.title)


@attrs.define
class _Item:
    task: Task
    parents: tuple[int, ...]
    kind: ChangeKind


def mutate(
    plan: Plan,
    *,
    seed: int | None = None,
    rng: random.Random | None = None,
    rates: Rates | None = None,
) -> Mutation:
    """Derive a child of ``plan`` with random known edits.

    Deterministic for a given ``seed`` (or ``rng``).  The returned
    :class:`Mutation` holds the child plan and the true groups.

    >>> import zwgk
    >>> from zwgk.diff import mutate
    >>> parent = zwgk.Plan(tasks=[zwgk.Task("做好规划公开工作。"), zwgk.Task("加强政策解读。")])
    >>> m = mutate(parent, seed=1, rates=Rates(drop=1.0, add=0.0, traditional=0.0))
    >>> len(m.child.tasks), [g.kind.value for g in m.groups]
    (0, ['dropped', 'dropped'])
    """
    rng = rng or random.Random(seed)
    r = rates or Rates()
    log: list[str] = []
    items: list[_Item] = []
    dropped: list[int] = []
    for i, task in enumerate(plan.tasks):
        x = rng.random()
        if x < r.drop:
            dropped.append(i)
            log.append(f"drop {i}")
            continue
        if x < r.drop + r.split:
            cut = _split_point(task.text)
            if cut is not None:
                head, tail = task.text[:cut], task.text[cut:]
                items.append(_Item(task.evolve(text=head), (i,), ChangeKind.SPLIT))
                items.append(_Item(task.evolve(text=tail), (i,), ChangeKind.SPLIT))
                log.append(f"split {i}")
                continue
        items.append(_Item(task, (i,), ChangeKind.SAME))
    # merge neighbours in the same section
    k = 0
    while k < len(items) - 1:
        a, b = items[k], items[k + 1]
        if (
            a.kind is ChangeKind.SAME
            and b.kind is ChangeKind.SAME
            and a.task.section == b.task.section
            and rng.random() < r.merge
        ):
            items[k] = _Item(
                a.task.evolve(text=a.task.text + b.task.text),
                a.parents + b.parents,
                ChangeKind.MERGED,
            )
            del items[k + 1]
            log.append(f"merge {a.parents + b.parents}")
        k += 1
    for item in items:
        t = item.task
        if rng.random() < r.reword:
            text = _reword(t.text, rng, log)
            if match_key(text) != match_key(t.text):
                t = t.evolve(text=text)
                if item.kind is ChangeKind.SAME:
                    item.kind = ChangeKind.REWORDED
        if rng.random() < r.reassign:
            t = t.evolve(responsibility=_reassign(t.responsibility, rng, log))
        if rng.random() < r.deadline:
            t = t.evolve(deadline=_redate(t.deadline, rng, log))
        item.task = t
    # reorder: swap neighbours within a section
    for k in range(len(items) - 1):
        if items[k].task.section == items[k + 1].task.section and rng.random() < r.reorder:
            items[k], items[k + 1] = items[k + 1], items[k]
            log.append(f"swap {items[k].parents} {items[k + 1].parents}")
    # add local tasks
    for _ in range(sum(rng.random() < r.add for _ in plan.tasks)):
        pos = rng.randint(0, len(items))
        section = items[pos - 1].task.section if pos and items else ()
        text = rng.choice(_LOCAL).format(x=rng.choice(_TOPICS))
        resp = Responsibility(rng.choice(_UNITS), [Assignment(rng.choice(_UNITS), Role.OWNER)])
        items.insert(
            pos, _Item(Task(text, section=section, responsibility=resp), (), ChangeKind.ADDED)
        )
        log.append(f"add {text!r}")
    tasks = [it.task for it in items]
    if r.renumber:
        tasks = [t.evolve(number=n + 1, label=f"{n + 1}") for n, t in enumerate(tasks)]
    child = plan.evolve(tasks=tasks)
    if rng.random() < r.traditional:
        child = _s2t(child)
        log.append("traditional script")
    groups: dict[tuple[int, ...], list[int]] = {}
    kinds: dict[tuple[int, ...], ChangeKind] = {}
    out: list[MutationGroup] = []
    for j, it in enumerate(items):
        if not it.parents:
            out.append(MutationGroup(ChangeKind.ADDED, (), (j,)))
            continue
        groups.setdefault(it.parents, []).append(j)
        kinds[it.parents] = it.kind
    for parents, children in groups.items():
        out.append(MutationGroup(kinds[parents], parents, tuple(children)))
    out += [MutationGroup(ChangeKind.DROPPED, (i,), ()) for i in dropped]
    return Mutation(child, tuple(out), tuple(log))


@attrs.frozen
class AlignmentScore:
    """Alignment precision and recall over ``(parent, child)`` pairs."""

    true_positives: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    def __add__(self, other: AlignmentScore) -> AlignmentScore:
        return AlignmentScore(
            self.true_positives + other.true_positives,
            self.predicted + other.predicted,
            self.expected + other.expected,
        )


def _pairs(groups: Iterable[tuple[Sequence[int], Sequence[int]]]) -> set[tuple[int, int]]:
    return {(p, c) for parents, children in groups for p in parents for c in children}


def score_alignment(d: PlanDiff, truth: Mutation) -> AlignmentScore:
    """Compare a diff's aligned pairs with a mutation's true pairs."""
    predicted = _pairs((c.parent_indices, c.child_indices) for c in d.changes)
    expected = set(truth.pairs)
    return AlignmentScore(len(predicted & expected), len(predicted), len(expected))
