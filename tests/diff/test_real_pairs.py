"""The diff on real pairs of related plans, against hand annotations."""

from __future__ import annotations

import pytest

import zwgk
from tests.diff.real_pairs import (
    DEV_PAIRS,
    FIRST_PAIRS,
    KINDS,
    RealPair,
    annotated_plan,
    evaluate,
    load_pairs,
    read_numbers,
    read_plan,
    score_pair,
)

PAIRS = load_pairs()
IDS = [p.name for p in PAIRS]


def test_there_are_annotated_pairs_of_each_relation() -> None:
    names = {p.name for p in PAIRS}
    assert {"000-vs-002", "002-vs-003", "004-vs-003", "fujian-2017-vs-2016"} <= names
    assert len(PAIRS) >= 17
    assert set(FIRST_PAIRS) | set(PAIR_FLOORS) <= names


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_annotation_covers_every_task_once(pair: RealPair) -> None:
    child, parent = annotated_plan(pair.child), annotated_plan(pair.parent)
    seen_p = [p for g in pair.groups for p in g["parents"]] + list(pair.dropped)
    seen_c = [c for g in pair.groups for c in g["children"]] + list(pair.added)
    assert sorted(seen_p) == sorted(t.number or 0 for t in parent.tasks)
    assert sorted(seen_c) == sorted(t.number or 0 for t in child.tasks)
    for g in pair.groups:
        assert g["kind"] in KINDS
        n_p, n_c = len(g["parents"]), len(g["children"])
        shape = {"same": (1, 1), "reworded": (1, 1)}.get(g["kind"])
        if shape:
            assert (n_p, n_c) == shape, g
        elif g["kind"] == "split":
            assert n_p == 1 and n_c > 1, g
        elif g["kind"] == "merged":
            assert n_p > 1 and n_c == 1, g
        else:
            links = {tuple(x) for x in g["links"]}
            assert {p for p, _ in links} == set(g["parents"])
            assert {c for _, c in links} == set(g["children"])
    sure = pair.links()
    numbers_p = {t.number for t in parent.tasks}
    numbers_c = {t.number for t in child.tasks}
    for p, c in pair.possible:
        assert (p, c) not in sure and p in numbers_p and c in numbers_c, (p, c)


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_same_means_equal_up_to_script_width_and_punctuation(pair: RealPair) -> None:
    from zwgk.diff._norm import match_key

    child, parent = annotated_plan(pair.child), annotated_plan(pair.parent)
    ct = {t.number: t.text for t in child.tasks}
    pt = {t.number: t.text for t in parent.tasks}
    for g in pair.groups:
        if g["kind"] in ("same", "reworded"):
            equal = match_key(pt[g["parents"][0]]) == match_key(ct[g["children"][0]])
            assert equal == (g["kind"] == "same"), g


# Floors at what the diff reaches on the annotated pairs (benchmarks/eval_pairs.py).
# As read, the Fujian tables keep each task's requirement column as its note;
# the diff compares it after the task's text, as the annotated plans hold it.
# These totals are over the pairs they were first measured on (FIRST_PAIRS).
# Linking from probability 0.3 (rather than 0.4) finds rewritten tasks of
# two sibling bureaus and of the Fujian tables 2017/2016 (recall 0.860 ->
# 0.869 annotated, 0.860 -> 0.873 read) at the same precision.
FLOORS = {"gold": (0.95, 0.865, 0.91), "read": (0.95, 0.865, 0.91)}

# Per pair, (precision, recall, change-kind accuracy) on annotated and read plans,
# a little under what the diff reaches.  The Fujian 2019 plan numbers its
# paragraphs afresh in every part, so read, only its first part's tasks keep
# numbers the annotation can match.  These pairs are held out of the
# evidence models' fit: weighing sentences found more of their links (recall
# 0.68 -> 0.79 over them) and made a wrong one on each of the two city pairs.
PAIR_FLOORS = {
    # Weighing the phrases no third task holds found more links over all the
    # development pairs and two wrong parts of merges here, on phrases the
    # two plans' 2017 and 2018 tasks happen to share alone (社会广泛知晓).
    # Texts alone must make a link drawn on structure 0.4 probable: one of its
    # possible links (a rewritten task beside its source) is no longer drawn.
    "fujian-2018-vs-2017": {"gold": (0.82, 0.75, 0.85), "read": (0.82, 0.75, 0.85)},
    "fujian-2019-vs-2018": {"gold": (0.80, 0.50, 0.60), "read": (0.15, 0.08, 0.45)},
    "pingtan-2022-vs-2021": {"gold": (0.80, 0.55, 0.80), "read": (0.45, 0.35, 0.75)},
    "pingtan-finance-2018-vs-fujian-2018": {
        "gold": (0.95, 0.95, 0.95),
        "read": (0.95, 0.95, 0.93),
    },
    "handan-2022-vs-qujing-2022": {"gold": (0.88, 0.95, 0.85), "read": (0.85, 0.85, 0.74)},
    "wujin-2022-vs-wuhu-2022": {"gold": (0.88, 0.95, 0.90), "read": (0.88, 0.95, 0.90)},
    # Annotated before the diff was first run on them.  The bureau's plan
    # numbers its paragraphs afresh in every part, so read, few numbers match.
    # One task of the bureau opens with the heading of the province's part it
    # comes from and is linked to both tasks under it (one annotated): with
    # 16 links, that one wrong link leaves precision 0.94.
    "pingtan-econ-2017-vs-fujian-2017": {
        "gold": (0.94, 0.95, 0.95),
        "read": (0.23, 0.2, 0.8),
    },
    "zhuzhou-2022-vs-yichang-2022": {"gold": (0.8, 0.95, 0.85), "read": (0.8, 0.95, 0.85)},
    # A bureau that writes 预算、决算 and 政务舆情 where the province writes
    # 预决算 and 舆情: contracted terms share the terms they stand for.
    "004-vs-002": {"gold": (0.95, 0.8, 0.88), "read": (0.95, 0.8, 0.88)},
    # A zone that takes the national task's opening sentence for a heading and
    # writes its parts as the rows under it: the heading says where they come from,
    # and each row, near certain, is a part though it adds no words of the task.
    "pingtan-2021-vs-national-2021": {"gold": (0.95, 0.95, 0.95), "read": (0.95, 0.95, 0.95)},
    # Rows that each copy their source's one clause (权力清单, 历史规划的归集整理)
    # with their own additions: the second row adds no words of the source to
    # what the first already holds, but is itself similar enough to it to be
    # aligned on characters, so it is a part of the split, not a neighbour.
    "fujian-2016-vs-2015": {"gold": (0.95, 0.95, 0.95), "read": (0.95, 0.95, 0.95)},
    "chongqing-hitech-2021-vs-pingtan-2021": {
        "gold": (0.95, 0.6, 0.95),
        "read": (0.95, 0.6, 0.95),
    },
}


@pytest.mark.parametrize("source", sorted(FLOORS))
def test_alignment_on_real_pairs_reaches_its_floor(source: str) -> None:
    precision, recall, kinds = FLOORS[source]
    s = evaluate(source, FIRST_PAIRS)
    assert s.true_links > 200
    assert s.precision >= precision, s
    assert s.recall >= recall, s
    assert s.kind_accuracy >= kinds, s


def test_the_development_pairs_reach_the_target_on_annotated_plans() -> None:
    """Issue 12's target, on plans built from the annotations: recall of the
    sure links at least 0.85 at precision at least 0.95, over every pair the
    alignment was developed on (year-over-year pairs among them)."""
    s = evaluate("gold", DEV_PAIRS)
    assert s.true_links > 1500
    assert s.precision >= 0.95, s
    assert s.recall >= 0.85, s


@pytest.mark.parametrize(
    ("name", "source"), [(n, src) for n in sorted(PAIR_FLOORS) for src in ("gold", "read")]
)
def test_alignment_on_each_later_pair_reaches_its_floor(name: str, source: str) -> None:
    precision, recall, kinds = PAIR_FLOORS[name][source]
    s = evaluate(source, (name,))
    assert s.true_links > 0
    assert s.precision >= precision, s
    assert s.recall >= recall, s
    assert s.kind_accuracy >= kinds, s


def test_score_counts_a_wrong_alignment_against_the_diff() -> None:
    pair = next(p for p in PAIRS if p.name == "000-vs-002")
    child, parent = annotated_plan(pair.child), annotated_plan(pair.parent)
    good = score_pair(pair, zwgk.diff(child, parent), child, parent)
    # Reversing the child's texts breaks the alignment: the score must drop.
    texts = [t.text for t in child.tasks][::-1]
    tasks = [t.evolve(text=x) for t, x in zip(child.tasks, texts, strict=True)]
    shuffled = child.evolve(tasks=tasks)
    bad = score_pair(pair, zwgk.diff(shuffled, parent), shuffled, parent)
    assert bad.precision < 0.2 < good.precision
    assert bad.kind_accuracy < good.kind_accuracy


def test_a_plan_read_numbering_afresh_in_every_part_takes_the_annotated_numbers() -> None:
    """Fujian's 2019 table numbers its rows afresh in every part; its
    annotation numbers them one after another.  Read right, each task takes
    the number of the annotated task whose text it has; a task whose text
    none has takes none."""
    read, annotated = read_plan("fujian-2019"), annotated_plan("fujian-2019")
    assert [t.number for t in read.tasks][:4] == [1, 2, 3, 1]
    assert read_numbers(read, annotated) == [t.number for t in annotated.tasks]
    last = read.tasks[-1].evolve(text="一段与任何任务都不相同的文字。")
    changed = read.evolve(tasks=(*read.tasks[:-1], last))
    assert read_numbers(changed, annotated)[-1] < 0
