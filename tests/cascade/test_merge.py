from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zwgk
from tests.strategies import plans
from zwgk.cascade import Conflict, MergeError, UnresolvedConflictsError
from zwgk.cascade._align import anchored_align, content_key

from .helpers import date_deadline, gold_plan, unit

D = dt.date

# Distinct, realistic task texts, so that alignment has something to go on.
_SUBJECTS = ["规划", "财政预算", "政策解读", "政务服务", "重大项目", "疫情防控", "市场监管", "教育"]
_VERBS = ["主动公开", "及时发布", "集中梳理", "全面推进", "依法规范", "持续优化"]
_OBJECTS = ["信息", "文件", "专栏", "数据", "目录", "清单", "平台建设"]


@st.composite
def task_texts(draw: st.DrawFn, n: int) -> list[str]:
    picks = draw(
        st.lists(
            st.tuples(
                st.sampled_from(_VERBS), st.sampled_from(_SUBJECTS), st.sampled_from(_OBJECTS)
            ),
            min_size=n,
            max_size=n,
            unique=True,
        )
    )
    return [f"{v}{s}{o}，确保按时完成第{i + 1}项工作任务。" for i, (v, s, o) in enumerate(picks)]


@st.composite
def base_plans(draw: st.DrawFn) -> zwgk.Plan:
    n = draw(st.integers(min_value=1, max_value=8))
    texts = draw(task_texts(n))
    units = st.sampled_from(["办公室", "综合规划科", "财务科", "信用监管科"])
    tasks = [
        zwgk.Task(
            text,
            number=i + 1,
            label=f"{i + 1}.",
            section=("做好信息公开",),
            responsibility=unit(draw(units)),
            deadline=date_deadline("年底前", D(2021, 12, 31)) if draw(st.booleans()) else None,
        )
        for i, text in enumerate(texts)
    ]
    return zwgk.Plan(tasks=tasks, title="方案", doc_number="江府办〔2021〕1号")


def _edit(draw: st.DrawFn, plan: zwgk.Plan, *, structural: bool) -> zwgk.Plan:
    tasks = list(plan.tasks)
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        if not tasks:
            break
        i = draw(st.integers(min_value=0, max_value=len(tasks) - 1))
        ops = ["reword", "unit", "deadline", "note"] + (["add", "drop"] if structural else [])
        op = draw(st.sampled_from(ops))
        t = tasks[i]
        if op == "reword":
            tasks[i] = t.evolve(text=t.text.replace("确保", "务必"))
        elif op == "unit":
            tasks[i] = t.evolve(responsibility=unit(draw(st.sampled_from(["法规科", "党建办"]))))
        elif op == "deadline":
            day = draw(st.integers(min_value=1, max_value=28))
            tasks[i] = t.evolve(deadline=date_deadline(f"11月{day}日前", D(2021, 11, day)))
        elif op == "note":
            tasks[i] = t.evolve(note=draw(st.sampled_from(["长期", "每季度报送"])))
        elif op == "add":
            tasks.insert(i, zwgk.Task("新增建立健全政务公开保密审查机制并落实到位。"))
        elif op == "drop":
            del tasks[i]
    return plan.evolve(tasks=tasks)


@st.composite
def revisions(draw: st.DrawFn) -> tuple[zwgk.Plan, zwgk.Plan]:
    base = draw(base_plans())
    return base, _edit(draw, base, structural=True)


def _content(task: zwgk.Task) -> tuple[object, ...]:
    return content_key(task)


# ---------------------------------------------------------------------------
# laws


@given(plans, plans)
def test_merge_with_an_unchanged_parent_is_the_child(base: zwgk.Plan, ours: zwgk.Plan) -> None:
    result = zwgk.merge(base, ours, base)
    assert result.conflicts == ()
    assert result.plan == ours


@given(plans)
def test_merge_with_no_change_anywhere_is_the_identity(plan: zwgk.Plan) -> None:
    assert zwgk.merge(plan, plan, plan).plan == plan


@given(revisions())
def test_with_no_child_edits_the_result_follows_theirs(pair: tuple[zwgk.Plan, zwgk.Plan]) -> None:
    base, theirs = pair
    result = zwgk.merge(base, base, theirs)
    assert result.conflicts == ()
    kept = [
        t.evolve(tags=tuple(x for x in t.tags if x != "proposed"))
        for t in result.plan.tasks
        if "parent-dropped" not in t.tags
    ]
    assert [_content(t) for t in kept] == [_content(t) for t in theirs.tasks]


@given(revisions(), st.data())
def test_no_parent_change_is_lost(pair: tuple[zwgk.Plan, zwgk.Plan], data: st.DataObject) -> None:
    base, theirs = pair
    ours = _edit(data.draw, base, structural=False)
    result = zwgk.merge(base, ours, theirs)
    draft = result.draft
    child_of = {p: link for link in anchored_align(base, ours) for p in link.parent}
    for link in anchored_align(base, theirs):
        if not link.parent:  # an addition: proposed, with its text, in the draft
            for j in link.child:
                assert any(
                    t.text == theirs.tasks[j].text and "proposed" in t.tags for t in draft.tasks
                )
            continue
        if not link.child:  # a drop: flagged on the child, or noted
            kids = child_of[link.parent[0]].child
            flagged = sum("parent-dropped" in t.tags for t in draft.tasks)
            assert flagged >= len(kids)
            if not kids:
                assert result.notes_of("not-in-child")
            continue
        if len(link.parent) != 1 or len(link.child) != 1:
            continue
        b, t = base.tasks[link.parent[0]], theirs.tasks[link.child[0]]
        for field in ("text", "responsibility", "deadline", "note"):
            new = getattr(t, field)
            if getattr(b, field) == new:
                continue
            kids = child_of[link.parent[0]].child
            if not kids:
                assert any(n.task == b.ref for n in result.notes_of("not-in-child"))
            for _ in kids:
                in_draft = any(getattr(x, field) == new for x in draft.tasks)
                in_conflict = any(c.field == field and c.theirs == new for c in result.conflicts)
                assert in_draft or in_conflict


@given(revisions(), st.data())
def test_resolving_every_conflict_gives_a_plan(
    pair: tuple[zwgk.Plan, zwgk.Plan], data: st.DataObject
) -> None:
    base, theirs = pair
    ours = _edit(data.draw, base, structural=False)
    result = zwgk.merge(base, ours, theirs)
    for policy in ("ours", "theirs"):
        settled = result.resolve_all(policy)
        assert settled.conflicts == ()
        plan = settled.plan
        assert not any("conflict" in t.tags for t in plan.tasks)
        assert len(plan.tasks) == len(result.draft.tasks)


# ---------------------------------------------------------------------------
# examples


def _plan(*tasks: zwgk.Task, **kw: object) -> zwgk.Plan:
    return zwgk.Plan(tasks=tasks, **kw)  # type: ignore[arg-type]


T1 = "主动公开规划信息，确保及时准确完整。"
T2 = "做好财政预决算信息公开工作，细化公开内容。"
T3 = "加强政策解读，提升解读质量和传播效果。"


def test_a_parent_change_reaches_inherited_fields_only() -> None:
    base = _plan(
        zwgk.Task(T1, number=1, responsibility=unit("市发改局"), deadline=None),
        zwgk.Task(T2, number=2, responsibility=unit("市财政局")),
    )
    june = date_deadline("6月底前", D(2021, 6, 30))
    theirs = _plan(
        zwgk.Task(T1, number=1, responsibility=unit("市发改局"), deadline=june),
        zwgk.Task(T2 + "年底前完成。", number=2, responsibility=unit("市财政局")),
    )
    ours = _plan(
        zwgk.Task(T1, number=1, label="1.", responsibility=unit("综合规划科")),
        zwgk.Task(T2, number=2, label="2.", responsibility=unit("财务科")),
    )
    result = zwgk.merge(base, ours, theirs)
    assert result.conflicts == ()
    plan = result.plan
    assert plan.tasks[0].deadline == june
    assert plan.tasks[0].responsibility == unit("综合规划科")  # the child's own stays
    assert plan.tasks[1].text == T2 + "年底前完成。"
    assert [t.label for t in plan.tasks] == ["1.", "2."]
    assert [(n.kind, n.task, n.field) for n in result.notes] == [
        ("applied", "1.", "deadline"),
        ("applied", "2.", "text"),
    ]


def test_both_sides_changing_a_field_is_a_conflict() -> None:
    base = _plan(zwgk.Task(T1, deadline=date_deadline("年底前", D(2021, 12, 31))))
    ours = _plan(zwgk.Task(T1, label="1.", deadline=date_deadline("11月底前", D(2021, 11, 30))))
    theirs = _plan(zwgk.Task(T1, deadline=date_deadline("10月底前", D(2021, 10, 31))))
    result = zwgk.merge(base, ours, theirs)
    (conflict,) = result.conflicts
    assert (conflict.task, conflict.field, conflict.index) == ("1.", "deadline", 0)
    assert conflict.base.due == D(2021, 12, 31)
    assert conflict.ours.due == D(2021, 11, 30)
    assert conflict.theirs.due == D(2021, 10, 31)
    with pytest.raises(UnresolvedConflictsError, match="1 merge conflict"):
        _ = result.plan
    assert "conflict" in result.draft.tasks[0].tags
    assert result.resolve_all("earliest").plan.tasks[0].deadline.due == D(2021, 10, 31)  # type: ignore[union-attr]
    assert result.resolve_all("latest").plan.tasks[0].deadline.due == D(2021, 11, 30)  # type: ignore[union-attr]
    chosen = result.resolve(conflict, date_deadline("9月底前", D(2021, 9, 30))).plan.tasks[0]
    assert chosen.deadline.due == D(2021, 9, 30)  # type: ignore[union-attr]
    assert chosen.tags == ()


def test_the_same_change_on_both_sides_is_not_a_conflict() -> None:
    base = _plan(zwgk.Task(T1, note=None))
    both = _plan(zwgk.Task(T1, note="长期"))
    result = zwgk.merge(base, both, both)
    assert result.conflicts == ()
    assert [n.kind for n in result.notes] == ["already"]


def test_union_policy_unites_units_and_per_field_policies() -> None:
    base = _plan(zwgk.Task(T1, responsibility=unit("办公室"), note="甲"))
    ours = _plan(zwgk.Task(T1, responsibility=unit("财务科"), note="乙"))
    theirs = _plan(zwgk.Task(T1, responsibility=unit("法规科", "lead"), note="丙"))
    result = zwgk.merge(base, ours, theirs)
    assert sorted(c.field for c in result.conflicts) == ["note", "responsibility"]
    partial = result.resolve_all({"responsibility": "union"})
    assert [c.field for c in partial.conflicts] == ["note"]
    assert "conflict" in partial.draft.tasks[0].tags
    done = partial.resolve_all({"*": "ours"}).plan.tasks[0]
    assert done.responsibility is not None
    assert done.responsibility.units() == ("财务科", "法规科")
    assert done.note == "乙"
    with pytest.raises(MergeError, match="applies to deadlines"):
        result.resolve_all("earliest")
    with pytest.raises(MergeError, match="unknown merge policy"):
        result.resolve_all("mine")
    with pytest.raises(MergeError, match="not a conflict"):
        result.resolve(Conflict("9", "note", None, None, None), "x")


def test_new_parent_tasks_are_proposed_and_dropped_ones_flagged() -> None:
    base = _plan(zwgk.Task(T1, number=1), zwgk.Task(T2, number=2), zwgk.Task(T3, number=3))
    new = zwgk.Task("新增一项数据开放任务，建立开放目录。", number=2)
    theirs = _plan(zwgk.Task(T1, number=1), new, zwgk.Task(T3, number=3))
    ours = _plan(
        zwgk.Task(T1, label="1."),
        zwgk.Task(T2 + "并按季度更新", label="2."),
        zwgk.Task(T3, label="3."),
    )
    result = zwgk.merge(base, ours, theirs)
    assert result.conflicts == ()
    assert [(t.label, t.tags) for t in result.plan.tasks] == [
        ("1.", ()),
        ("2.", ("parent-dropped",)),
        ("", ("proposed",)),
        ("3.", ()),
    ]
    assert [n.kind for n in result.notes] == ["parent-dropped", "proposed"]


def test_a_parent_split_replaces_a_kept_child_task_and_conflicts_otherwise() -> None:
    whole = "主动公开规划信息，确保及时准确完整；做好财政预决算信息公开工作，细化公开内容。"
    base = _plan(zwgk.Task(whole, responsibility=unit("办公室")))
    theirs = _plan(
        zwgk.Task("主动公开规划信息，确保及时准确完整。", responsibility=unit("办公室")),
        zwgk.Task("做好财政预决算信息公开工作，细化公开内容。", responsibility=unit("办公室")),
    )
    kept = zwgk.merge(base, base, theirs)
    assert kept.conflicts == ()
    assert [t.text for t in kept.plan.tasks] == [t.text for t in theirs.tasks]
    edited = _plan(zwgk.Task(whole, responsibility=unit("财务科")))
    result = zwgk.merge(base, edited, theirs)
    (conflict,) = result.conflicts
    assert conflict.field == "tasks"
    assert len(conflict.theirs) == 2
    assert result.resolve_all("theirs").plan.tasks == theirs.tasks
    assert result.resolve_all("ours").plan.tasks == edited.tasks


def test_default_deadline_and_parent_reference() -> None:
    base = _plan(zwgk.Task(T1), doc_number="江府办〔2021〕1号", title="方案",
                 default_deadline=date_deadline("年底前", D(2021, 12, 31)))  # fmt: skip
    theirs = base.evolve(
        doc_number="江府办〔2021〕9号", default_deadline=date_deadline("11月底前", D(2021, 11, 30))
    )
    ours = _plan(
        zwgk.Task(T1, label="1."),
        parents=[zwgk.PlanRef("方案", "江府办〔2021〕1号")],
        default_deadline=base.default_deadline,
    )
    plan = zwgk.merge(base, ours, theirs).plan
    assert plan.default_deadline == theirs.default_deadline
    assert plan.parents == (zwgk.PlanRef("方案", "江府办〔2021〕9号"),)


def test_merge_on_a_real_seed() -> None:
    # 002 is a bureau plan; pretend the city revised one of its tasks and added one.
    base = gold_plan("002")
    tasks = list(base.tasks)
    tasks[4] = tasks[4].evolve(deadline=date_deadline("2021年11月底前", D(2021, 11, 30)))
    tasks.append(zwgk.Task("新增：做好政务公开工作年度考核的信息发布。", number=40))
    theirs = base.evolve(tasks=tasks)
    ours = base.evolve(tasks=[t.evolve(label=f"（{t.number}）") for t in base.tasks])
    result = zwgk.merge(base, ours, theirs)
    assert result.conflicts == ()
    assert result.plan.tasks[4].deadline == tasks[4].deadline
    assert result.plan.tasks[-1].tags == ("proposed",)
    assert len(result.plan.tasks) == len(base.tasks) + 1


def test_merge_rejects_non_plans() -> None:
    with pytest.raises(TypeError, match="theirs is dict"):
        zwgk.merge(zwgk.Plan(), zwgk.Plan(), {})  # type: ignore[arg-type]


def _text_plans() -> tuple[zwgk.Plan, zwgk.Plan, zwgk.Plan]:
    city = gold_plan("002")
    base = city.evolve(tasks=city.tasks[:6])
    return base, base, base


def test_edits_to_different_parts_of_a_sentence_merge() -> None:
    base, _, _ = _text_plans()
    t = base.tasks[3]  # 及时公开建设高标准市场体系行动方案的落实举措。
    ours = base.evolve(
        tasks=[*base.tasks[:3], t.evolve(text="配合市发改局" + t.text), *base.tasks[4:]]
    )
    theirs = base.evolve(
        tasks=[
            *base.tasks[:3],
            t.evolve(text=t.text.replace("落实举措", "落实举措和成效")),
            *base.tasks[4:],
        ]
    )
    result = zwgk.merge(base, ours, theirs)
    assert result.clean
    assert (
        result.plan.tasks[3].text
        == "配合市发改局及时公开建设高标准市场体系行动方案的落实举措和成效。"
    )
    assert any(n.field == "text" and "merged" in n.message for n in result.notes_of("applied"))


def test_overlapping_edits_of_a_sentence_conflict() -> None:
    base, _, _ = _text_plans()
    t = base.tasks[3]
    ours = base.evolve(
        tasks=[
            *base.tasks[:3],
            t.evolve(text=t.text.replace("落实举措", "工作进展")),
            *base.tasks[4:],
        ]
    )
    theirs = base.evolve(
        tasks=[
            *base.tasks[:3],
            t.evolve(text=t.text.replace("落实举措", "实施成效")),
            *base.tasks[4:],
        ]
    )
    result = zwgk.merge(base, ours, theirs)
    assert [c.field for c in result.conflicts] == ["text"]


def test_a_deadline_written_with_other_spaces_does_not_block_a_merge() -> None:
    base, _, _ = _text_plans()
    t = base.tasks[2]
    dl = zwgk.Deadline("2021 年底前", "date")
    base2 = base.evolve(tasks=[*base.tasks[:2], t.evolve(deadline=dl), *base.tasks[3:]])
    ours = base2.evolve(
        tasks=[
            *base2.tasks[:2],
            base2.tasks[2].evolve(deadline=zwgk.Deadline("2021年底前", "date")),
            *base2.tasks[3:],
        ]
    )
    later = zwgk.Deadline("2022年3月底前", "date", due=D(2022, 3, 31))
    theirs = base2.evolve(
        tasks=[*base2.tasks[:2], base2.tasks[2].evolve(deadline=later), *base2.tasks[3:]]
    )
    result = zwgk.merge(base2, ours, theirs)
    assert result.clean
    assert result.plan.tasks[2].deadline == later


def test_the_parents_new_order_is_carried_over() -> None:
    base, _, _ = _text_plans()
    ours = base.evolve(tasks=[t.evolve(label=f"（{k + 1}）") for k, t in enumerate(base.tasks)])
    order = [0, 1, 4, 2, 3, 5]
    theirs = base.evolve(tasks=[base.tasks[k] for k in order])
    result = zwgk.merge(base, ours, theirs)
    assert result.clean
    assert [t.text for t in result.plan.tasks] == [base.tasks[k].text for k in order]
    assert [t.label for t in result.plan.tasks][:3] == ["（1）", "（2）", "（5）"]
    assert any("order" in n.message for n in result.notes_of("applied"))
