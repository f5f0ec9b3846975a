from __future__ import annotations

import concurrent.futures
import datetime as dt
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zwgk
from tests.gold import PREFIXES, gold_plan
from zwgk.diff import ChangeKind, DeadlineChangeKind, diff_many


@pytest.fixture(scope="module")
def siblings() -> tuple[zwgk.Plan, zwgk.Plan]:
    # 000 (construction centre) and 002 (market regulation) both adapt the
    # same Jiangmen city plan.
    return gold_plan("000"), gold_plan("002")


def test_siblings_share_most_tasks(siblings: tuple[zwgk.Plan, zwgk.Plan]) -> None:
    child, parent = siblings
    d = zwgk.diff(child, parent)
    s = d.summary
    assert s.parent_tasks == len(parent.tasks)
    assert s.child_tasks == len(child.tasks)
    assert s.same >= 10
    assert s.same + s.reworded + s.split + s.merged >= 25
    assert 0.6 <= s.coverage <= 0.95
    assert d.has_changes


def test_known_sibling_alignments(siblings: tuple[zwgk.Plan, zwgk.Plan]) -> None:
    child, parent = siblings
    d = zwgk.diff(child, parent)
    pairs = {(c.parent_indices, c.child_indices): c for c in d.changes if c.parent and c.child}
    # "及时公开建设高标准市场体系行动方案的落实举措" (002 #4) is 000 #2 with a prefix.
    change = pairs[((3,), (1,))]
    assert change.kind is ChangeKind.REWORDED
    inserted = [e for e in change.text if e.op.value == "insert"]
    assert [e.child_text for e in inserted] == ["配合市发改局"]
    # The policy-interpretation task is word for word the same.
    assert pairs[((14,), (8,))].kind is ChangeKind.SAME


def test_every_task_exactly_once_on_seed_pairs() -> None:
    plans = {p: gold_plan(p) for p in PREFIXES}
    for a in PREFIXES:
        for b in PREFIXES:
            d = zwgk.diff(plans[a], plans[b])
            parents = sorted(i for c in d.changes for i in c.parent_indices)
            children = sorted(j for c in d.changes for j in c.child_indices)
            assert parents == list(range(len(plans[b].tasks)))
            assert children == list(range(len(plans[a].tasks)))


def test_traditional_city_plan_against_simplified_bureau() -> None:
    # 003 is Zhongshan's city plan in Traditional script; 002 a Jiangmen
    # bureau plan: both carry the provincial text of many tasks.
    d = zwgk.diff(gold_plan("002"), gold_plan("003"))
    aligned = [c for c in d.changes if c.parent and c.child]
    assert len(aligned) >= 15
    # Script alone never makes a text edit.
    for c in aligned:
        for e in c.text:
            if e.op.value == "equal":
                assert zwgk.normalize(e.parent_text) == zwgk.normalize(e.child_text)


def test_identity_on_seeds() -> None:
    for prefix in PREFIXES:
        plan = gold_plan(prefix)
        d = zwgk.diff(plan, plan)
        assert d.is_empty
        assert {c.kind for c in d.changes} <= {ChangeKind.SAME}
        assert len(d.changes) == len(plan.tasks)


def test_field_changes() -> None:
    dl = zwgk.Deadline("2021年11月20日前", "date", due=dt.date(2021, 11, 20))
    later = dl.evolve(raw="2021年底前", due=dt.date(2021, 12, 31))
    parent = zwgk.Plan(
        tasks=[
            zwgk.Task(
                "主动公开部门预算、决算及相关报表。",
                section=("做好财政信息公开",),
                responsibility=zwgk.Responsibility(
                    "财务科牵头，办公室配合",
                    [zwgk.Assignment("财务科", "lead"), zwgk.Assignment("办公室", "assist")],
                ),
                deadline=dl,
            )
        ]
    )
    child = zwgk.Plan(
        tasks=[
            zwgk.Task(
                "主動公開部門預算、決算及相關報表。",
                section=("做好財政信息公開",),
                responsibility=zwgk.Responsibility(
                    "辦公室牽頭，人事科配合",
                    [zwgk.Assignment("辦公室", "lead"), zwgk.Assignment("人事科", "assist")],
                ),
                deadline=later,
                note="新增",
            )
        ]
    )
    (change,) = zwgk.diff(child, parent).changes
    assert change.kind is ChangeKind.SAME
    assert change.section is None  # script only
    r = change.responsibility
    assert r is not None
    assert [a.unit for a in r.added] == ["人事科"]
    assert [a.unit for a in r.removed] == ["财务科"]
    assert [(x.parent_role.value, x.child_role.value) for x in r.roles] == [("assist", "lead")]
    assert r.lead_changed
    assert change.deadline is not None
    assert change.deadline.kind is DeadlineChangeKind.LATER
    assert change.note is not None
    assert change.note.child == "新增"
    assert change.has_changes


def test_diff_many_with_executor(siblings: tuple[zwgk.Plan, zwgk.Plan]) -> None:
    a, b = siblings
    pairs = [(a, b), (b, a), (a, a)]
    inline = diff_many(pairs)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        threaded = diff_many(pairs, executor=pool)
    assert inline == threaded
    assert [d.has_changes for d in inline] == [True, True, False]


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="two Plan values"):
        zwgk.diff("a", zwgk.Plan())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="threshold"):
        zwgk.diff(zwgk.Plan(), zwgk.Plan(), threshold=2)


def test_prepared_parent_gives_the_same_diff(siblings: tuple[zwgk.Plan, zwgk.Plan]) -> None:
    import pickle

    child, parent = siblings
    prepared = pickle.loads(pickle.dumps(zwgk.diff.prepare(parent)))
    assert zwgk.diff(child, prepared) == zwgk.diff(child, parent)
    assert zwgk.diff(parent, zwgk.diff.prepare(child)) == zwgk.diff(parent, child)
    assert zwgk.diff.prepare(prepared) is prepared
    with pytest.raises(TypeError, match="Plan"):
        zwgk.diff.prepare("not a plan")  # type: ignore[arg-type]


def test_without_edits_the_alignment_is_unchanged(siblings: tuple[zwgk.Plan, zwgk.Plan]) -> None:
    child, parent = siblings
    full, bare = zwgk.diff(child, parent), zwgk.diff(child, parent, edits=False)
    assert any(c.text for c in full.changes)
    assert all(not c.text for c in bare.changes)
    assert [(c.kind, c.parent_indices, c.child_indices) for c in bare.changes] == [
        (c.kind, c.parent_indices, c.child_indices) for c in full.changes
    ]


def test_large_plans_align_from_bounded_candidates() -> None:
    # Above the all-pairs limit, candidates come from rare grams: every task
    # is still reported once, and a plan against a reordered copy of itself
    # finds every task.
    from zwgk.diff._align import _ALL_PAIRS
    from zwgk.diff._norm import match_key

    unique = {match_key(t.text): t for p in PREFIXES for t in gold_plan(p).tasks}
    base = list(unique.values())
    places = ["住房", "交通", "教育", "医疗", "养老"]
    tasks = [t.evolve(text=f"{w}领域{t.text}") for w in places for t in base]
    assert len(tasks) ** 2 > _ALL_PAIRS
    parent = zwgk.Plan(tasks=tasks)
    order = list(range(1, len(tasks), 2)) + list(range(0, len(tasks), 2))
    child = zwgk.Plan(tasks=[tasks[k] for k in order])
    d = zwgk.diff(child, parent, edits=False)
    assert sorted(i for c in d.changes for i in c.parent_indices) == list(range(len(tasks)))
    same = [c for c in d.changes if c.kind is ChangeKind.SAME]
    assert len(same) == len(tasks)
    assert all(c.parent_indices == (order[c.child_indices[0]],) for c in same)


def test_a_clause_copied_under_another_topic_is_no_part_of_a_copy() -> None:
    # The seed tasks written again under six topics: every text is near a copy
    # of five others.  A child made from it with known edits keeps its links'
    # precision: a task near certain on its terms does not join, as a part, a
    # group whose child copies its parent whole, nor one whose whole is not
    # its own most similar task (the same clause under its own topic is).
    from zwgk.diff import mutate, score_alignment

    base = [t for p in PREFIXES for t in gold_plan(p).tasks]
    places = ["住房", "交通", "教育", "医疗", "养老", "就业"]
    tasks = [
        base[k % len(base)].evolve(
            text=f"围绕{places[k // len(base)]}领域，{base[k % len(base)].text}"
        )
        for k in range(300)
    ]
    parent = zwgk.Plan(tasks=tasks)
    m = mutate(parent, seed=300)
    s = score_alignment(zwgk.diff(m.child, parent, edits=False), m)
    assert s.precision >= 0.98, s
    assert s.recall >= 0.97, s


def test_shared_weights_of_candidates_are_the_sparse_products_to_the_bit() -> None:
    # The table look-up of a large plan's candidate overlaps gives the sums the
    # sparse element-wise products give, in both orders scipy adds them.
    from zwgk.diff import mutate
    from zwgk.diff._align import _BATCH, Features, _joint_ids, _Shared, _Side

    tasks = [t for p in PREFIXES for t in gold_plan(p).tasks]
    parent = zwgk.Plan(tasks=[t.evolve(text=f"{w}领域{t.text}") for w in "甲乙丙" for t in tasks])
    child = mutate(parent, seed=3).child
    first, second = Features.of(parent.tasks), Features.of(child.tasks)
    joint = _joint_ids(first, second)
    size = int(joint.max()) + 1
    bp, bc = _Side(first).matrix(size), _Side(second, joint).matrix(size)
    idf = np.log1p(len(parent.tasks) / (1.0 + np.arange(size) % 7))
    rng = np.random.default_rng(0)
    rows = rng.integers(0, bc.shape[0], 2 * _BATCH)
    cols = rng.integers(0, bp.shape[0], 2 * _BATCH)
    cols[_BATCH:] = 0  # a batch whose parent rows are all in ascending order
    assert (np.diff(bp.indices[bp.indptr[0] : bp.indptr[1]]) > 0).all()
    weighted = bc.multiply(idf).tocsr()
    want = np.concatenate(
        [
            np.asarray(weighted[r].multiply(bp[c]).sum(axis=1)).ravel()
            for r, c in ((rows[:_BATCH], cols[:_BATCH]), (rows[_BATCH:], cols[_BATCH:]))
        ]
    )
    got = _Shared(bc, bp, idf).weights(rows, cols)
    assert (want > 0).any()
    assert np.array_equal(got.view(np.int64), want.view(np.int64))


def test_a_childs_grams_and_overlaps_taken_from_its_parent_are_the_same_to_the_bit() -> None:
    # A child's tasks kept whole reuse the parent's grams and numbers; the pair
    # sums made without a sparse product are the product's, in pair order.
    from zwgk.diff import mutate
    from zwgk.diff._align import (
        Features,
        _add_equal,
        _all_pairs,
        _equal_texts,
        _joint_ids,
        _looked_up,
        _Side,
    )

    tasks = [t for p in PREFIXES for t in gold_plan(p).tasks]
    parent = zwgk.Plan(tasks=tasks[:60])
    first = Features.of(parent.tasks)
    other = Features.of(gold_plan(PREFIXES[-1]).tasks)
    for seed in range(20):
        child = mutate(parent, seed=seed).child
        alone, like = Features.of(child.tasks), Features.of(child.tasks, like=first)
        assert np.array_equal(alone.task_codes, like.task_codes)
        assert np.array_equal(alone.indptr, like.indptr)
        for a, b in ((first, like), (like, first), (other, like)):
            assert np.array_equal(_joint_ids(a, b), _looked_up(a, b.task_codes))
        joint = _joint_ids(first, like)  # as the child was pieced from the parent's grams
        assert np.array_equal(joint, _joint_ids(first, alone))
        idf = np.log1p(len(tasks) / (1.0 + np.arange(int(joint.max()) + 1) % 7))
        side = _Side(like, joint)
        rows, cols, sums = _all_pairs(side, first, idf)
        order = np.lexsort((cols, rows))
        got = _all_pairs(side, first, idf, by_pair=True)
        assert np.array_equal(got[0], rows[order]) and np.array_equal(got[1], cols[order])
        assert np.array_equal(got[2].view(np.int64), sums[order].view(np.int64))
        # Equal texts raised in place among candidates in pair order, as added and chosen.
        equal = _equal_texts(like.keys, first.by_text)
        assert equal[0]
        score = np.minimum(1.0, got[2] / np.maximum(got[2].max(), 1e-12) + 0.5)
        wc, wp = side.weighted_sizes(idf), _Side(first).weighted_sizes(idf)
        pairs = (np.array(equal[0]), np.array(equal[1]))
        fast = _add_equal(*got[:2], score.copy(), got[2].copy(), pairs, wc, wp, True)
        slow = _add_equal(*got[:2], score.copy(), got[2].copy(), pairs, wc, wp, False)
        assert all(np.array_equal(a, b) for a, b in zip(fast, slow, strict=True))
    empty = Features.of([], like=first)
    assert len(empty.task_codes) == 0 and empty.indptr.tolist() == [0]
    # A copy of the parent's tasks, in another order: nothing is cut into grams.
    copy = Features.of(parent.tasks[::-1], like=first)
    assert np.array_equal(copy.task_codes, Features.of(parent.tasks[::-1]).task_codes)
    assert np.array_equal(_joint_ids(first, copy), _looked_up(first, copy.task_codes))


@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.sampled_from([0.0, 0.25, 0.5, 1.0, -0.5, 0.123])),
        max_size=40,
    )
)
@settings(max_examples=200, deadline=None)
def test_a_few_entries_best_two_equal_the_sorted_ones(entries: list[tuple[int, float]]) -> None:
    from zwgk.diff import _evidence

    keys = np.array([k for k, _ in entries], dtype=np.int64)
    values = np.array([v for _, v in entries], dtype=np.float64)
    listed = _evidence._listed_best_two(keys.tolist(), values.tolist(), 6)
    assert listed is not None
    best, second = _evidence._sorted_best_two(keys, values, 6)
    assert np.array_equal(listed[0], best) and np.array_equal(listed[1], second)
    assert _evidence._listed_best_two([0], [float("nan")], 1) is None


def test_every_link_has_a_confidence_and_every_lone_task_its_nearest() -> None:
    # Fujian's task tables of two years: most tasks rewritten and regrouped.
    from tests.diff.real_pairs import annotated_plan

    old, new = annotated_plan("fujian-2016"), annotated_plan("fujian-2017")
    d = zwgk.diff(new, old)
    linked = [c for c in d.changes if c.parent and c.child]
    assert linked and all(0.0 < c.confidence <= 1.0 for c in linked)
    assert any(c.confidence < 0.9 for c in linked)  # a reviewer has something to check
    for c in d.changes:
        if c.kind is ChangeKind.ADDED and c.nearest is not None:
            assert 0 <= c.nearest < len(old.tasks) and 0.0 < c.nearest_score < 1.0
        if c.kind is ChangeKind.DROPPED and c.nearest is not None:
            assert 0 <= c.nearest < len(new.tasks)
    lone = [c for c in d.changes if not (c.parent and c.child)]
    assert sum(c.nearest is not None for c in lone) >= len(lone) // 2
    # 强化权责清单管理与应用 (2017) is new; its nearest 2016 task is the
    # 权力清单和责任清单 one it grew from.
    added = {new.tasks[c.child_indices[0]].number: c for c in d.of_kind(ChangeKind.ADDED)}
    assert 13 in added
    near = added[13].nearest
    assert near is not None and old.tasks[near].number in (1, 2)


def test_a_rewritten_obligation_is_found_on_terms_and_place() -> None:
    # The same obligation in other words (issue example): few shared characters.
    parent = zwgk.Plan(
        tasks=[
            zwgk.Task("做好政府信息公开工作年度报告编制发布工作。"),
            zwgk.Task("认真做好各类留言信息的办理工作，以解决问题的具体举措实质性回应社会关切。"),
            zwgk.Task("加强政务公开工作人员培训。"),
        ]
    )
    child = zwgk.Plan(
        tasks=[
            zwgk.Task("规范编制发布政府信息公开工作年度报告。"),
            zwgk.Task(
                "对转办的政务舆情迅速核实处置，以解决政务舆情背后问题的实际成效回应社会关切。"
            ),
            zwgk.Task("组织开展政务公开工作培训和研讨交流。"),
        ]
    )
    d = zwgk.diff(child, parent)
    pairs = {(c.parent_indices, c.child_indices) for c in d.changes if c.parent and c.child}
    assert ((1,), (1,)) in pairs


def test_tasks_folded_into_a_longer_one_are_found_by_their_sentences() -> None:
    # A city bureau's plan (Jiangmen, 2021) and a city's (Jiujiang, 2021): the
    # city folds the bureau's ledger task and its assessment task into one
    # paragraph on supervision; as wholes they share little text.
    from tests.diff.real_pairs import annotated_plan

    bureau, city = annotated_plan("002"), annotated_plan("004")
    pick_p = [t for t in bureau.tasks if t.number in (36, 37, 39)]
    pick_c = [t for t in city.tasks if t.number in (27, 28, 29)]
    d = zwgk.diff(city.evolve(tasks=pick_c), bureau.evolve(tasks=pick_p))
    (group,) = [c for c in d.changes if c.child and c.child[0].number == 29]
    assert {t.number for t in group.parent} >= {37, 39}


def test_the_most_similar_sentences_weigh_a_pair() -> None:
    from zwgk.diff import _evidence

    old = (
        "推进医疗信息公开。推动医疗机构院务公开，健全公开目录；加强法定传染病疫情及防控信息的公开。"
    )
    new = (
        "推进医疗卫生领域信息公开。推行卫生计生重大政策民生决策事项民意调查制度。"
        "做好医疗机构院务公开和改善医疗服务行动计划落实情况公开工作。"
    )
    other = "加大食品药品监管信息公开力度。主动公开食品药品违法行为处罚信息。"
    rows, cols = np.array([0, 1]), np.array([0, 0])
    s = _evidence.clause_scores(rows, cols, [new, other], [old])
    assert s[0] > 0.3 > s[1] >= 0.0
    assert _evidence.clause_scores(rows[:0], cols[:0], [new], [old]).shape == (0,)


def _sentence_scores_one_by_one(
    rows: list[int], cols: list[int], child: list[str], parent: list[str]
) -> tuple[list[float], list[float]]:
    """The two sentence scores of each pair, weighed pair by pair in plain Python."""
    from zwgk.diff._evidence import _clause_grams

    texts = [child[j] for j in sorted(set(rows))] + [parent[i] for i in sorted(set(cols))]
    where = {("c", j): k for k, j in enumerate(sorted(set(rows)))}
    where.update({("p", i): len(where) + k for k, i in enumerate(sorted(set(cols)))})
    clauses = [_clause_grams(t) for t in texts]
    wholes = [{g for c in cl for g in c} for cl in clauses]
    df = {g: sum(g in w for w in wholes) for w in wholes for g in w}
    weight = {g: math.log1p(len(texts) / n) for g, n in df.items()}
    size = [[sum(weight[g] for g in c) for c in cl] for cl in clauses]
    best, kept = [], []
    for j, i in zip(rows, cols, strict=True):
        a, b = where[("c", j)], where[("p", i)]
        dice = [
            2 * sum(weight[g] for g in u if g in set(v)) / (size[a][x] + size[b][y])
            for x, u in enumerate(clauses[a])
            for y, v in enumerate(clauses[b])
        ]
        best.append(max([0.0, *dice]))
        shares = [
            sum(weight[g] for g in c if g in wholes[other]) / size[one][x]
            for one, other in ((a, b), (b, a))
            for x, c in enumerate(clauses[one])
        ]
        kept.append(max(shares))
    return best, kept


@pytest.mark.parametrize("table", [True, False])
def test_sentence_scores_weigh_every_pair_as_one_by_one(
    table: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zwgk.diff import _evidence

    if not table:  # who holds which bigram looked up in order, as for many tasks
        monkeypatch.setattr(_evidence, "_SENTENCE_TABLE", 0)
    child = [t.text for t in gold_plan(PREFIXES[0]).tasks[:12]]
    parent = [t.text for t in gold_plan(PREFIXES[1]).tasks[:9]]
    rows = [j for j in range(12) for _ in range(2)]
    cols = [(3 * j + k) % 9 for j in range(12) for k in range(2)]
    best, kept = _evidence.sentence_scores(np.array(rows), np.array(cols), child, parent)
    want_best, want_kept = _sentence_scores_one_by_one(rows, cols, child, parent)
    assert best.tolist() == pytest.approx(want_best, rel=1e-12, abs=0)
    assert kept.tolist() == pytest.approx(want_kept, rel=1e-12, abs=0)
    assert max(kept) > 0.1 and 0 < max(best) <= 1.0


def test_a_heading_that_restates_a_task_weighs_the_rows_under_it() -> None:
    from zwgk.diff import _evidence

    national = ("做好各类规划主动公开。县级以上各级人民政府要做好本地区规划的发布解读工作。", ())
    heading = ("深化政务公开", "做好各类规划主动公开")
    rows_under = [
        ("归集整理和主动公开历史规划（计划）。通过本级政府门户网站集中发布。", heading),
        ("做好规划信息数据互联互通。通过政府门户网站专题专栏集中展示。", heading),
        ("做好规划信息数据互联互通。", ("深化政务公开", "加强政策解读")),
    ]
    rows, cols = np.array([0, 1, 2]), np.array([0, 0, 0])
    s = _evidence.heading_scores(rows, cols, rows_under, [national])
    assert s[0] == s[1] == 1.0 > 0.5 > s[2]
    # Either side's heading counts: the score is the same with the sides exchanged.
    back = _evidence.heading_scores(cols, rows, [national], rows_under)
    assert np.array_equal(back, s)
    # A task under no heading, against a task with none, is weighed by neither.
    assert _evidence.heading_scores(rows[:1], cols[:1], [national], [national])[0] == 0.0


def test_phrases_no_third_task_holds_weigh_a_pair() -> None:
    from zwgk.diff import _evidence

    weight = np.array([1.0, 2.0, 3.0, 4.0])
    own, kin, other = frozenset({0, 1}), frozenset({1, 2}), frozenset({3})
    s = _evidence.distinct_shares([own, own, other, frozenset()], [kin, own, own, own], weight)
    assert s[0] == pytest.approx(2 * 2.0 / (3.0 + 5.0))
    assert s[1] == 1.0 and s[2] == 0.0 and s[3] == 0.0
    # The two tasks weigh alike.
    back = _evidence.distinct_shares([kin, own, own, own], [own, own, other, frozenset()], weight)
    assert np.array_equal(back, s)


def test_a_restated_task_is_found_by_the_phrases_only_it_and_its_source_hold() -> None:
    # A Jiangmen bureau's plan after the 2022 key points against the construction
    # centre's 2021 plan: the 规章 task restated (行政规章库, 现行有效规章正式版本)
    # shares its few own phrases (现行有效规章, 动态更新) with its source alone.
    from tests.diff.real_pairs import annotated_plan

    child, parent = annotated_plan("001"), annotated_plan("000")
    d = zwgk.diff(child, parent, edits=False)
    links = {
        (parent.tasks[i].number, child.tasks[j].number)
        for c in d.changes
        for i in c.parent_indices
        for j in c.child_indices
    }
    assert (18, 1) in links


@given(
    st.lists(
        st.tuples(
            st.integers(0, 4), st.integers(0, 4), st.floats(0.0, 0.999, allow_subnormal=False)
        ),
        min_size=1,
        max_size=12,
        unique_by=lambda x: (x[0], x[1]),
    )
)
@settings(max_examples=200, deadline=None)
def test_likely_rivals_share_a_pairs_probability(pairs: list[tuple[int, int, float]]) -> None:
    from zwgk.diff import _evidence

    rows = np.array([r for r, _, _ in pairs])
    cols = np.array([c for _, c, _ in pairs])
    prob = np.array([p for _, _, p in pairs])
    got = _evidence.exclusive(rows, cols, prob, (5, 5))
    assert np.all(got <= prob + 1e-12) and np.all(got >= 0.0)
    # Rows and columns weigh alike: exchanging the plans exchanges nothing.
    assert np.allclose(_evidence.exclusive(cols, rows, prob, (5, 5)), got)
    # A pair with no rival keeps its probability; one with a likely rival loses.
    for k, (r, c, p) in enumerate(pairs):
        rivals = [q for rr, cc, q in pairs if (rr == r) != (cc == c)]
        if not rivals or max(rivals) == 0.0:
            assert got[k] == pytest.approx(p)
        elif 0.0 < p < _evidence.SURE and max(rivals) >= 0.5:
            assert got[k] < p
        if p >= _evidence.SURE:
            assert got[k] == p
    # Two equally likely candidates of one task: neither is more likely than not.
    two = _evidence.exclusive(np.array([0, 0]), np.array([0, 1]), np.array([0.8, 0.8]), (1, 2))
    assert np.all(two < 0.5) and two[0] == two[1]
