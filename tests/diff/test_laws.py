"""Laws every diff obeys, checked on generated plans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import zwgk
from tests.strategies import diff_plans, plans
from zwgk.diff import ChangeKind

_SWAP = {
    ChangeKind.ADDED: ChangeKind.DROPPED,
    ChangeKind.DROPPED: ChangeKind.ADDED,
    ChangeKind.SPLIT: ChangeKind.MERGED,
    ChangeKind.MERGED: ChangeKind.SPLIT,
    ChangeKind.SAME: ChangeKind.SAME,
    ChangeKind.REWORDED: ChangeKind.REWORDED,
}


@given(plans | diff_plans)
def test_diff_with_itself_is_empty(plan: zwgk.Plan) -> None:
    d = zwgk.diff(plan, plan)
    assert all(c.kind is ChangeKind.SAME for c in d.changes)
    assert not d.has_changes
    assert d.is_empty
    assert d.summary.coverage == 1.0


@given(diff_plans, diff_plans)
def test_every_task_in_exactly_one_change(child: zwgk.Plan, parent: zwgk.Plan) -> None:
    d = zwgk.diff(child, parent)
    ps = sorted(i for c in d.changes for i in c.parent_indices)
    cs = sorted(j for c in d.changes for j in c.child_indices)
    assert ps == list(range(len(parent.tasks)))
    assert cs == list(range(len(child.tasks)))
    for c in d.changes:
        assert c.parent == tuple(parent.tasks[i] for i in c.parent_indices)
        assert c.child == tuple(child.tasks[j] for j in c.child_indices)
        assert 0.0 <= c.score <= 1.0
        assert 0.0 <= c.confidence <= 1.0
        assert (c.nearest is None) or not (c.parent and c.child)


@given(diff_plans, diff_plans)
def test_swapping_sides_swaps_kinds(a: zwgk.Plan, b: zwgk.Plan) -> None:
    ab = zwgk.diff(a, b).summary
    ba = zwgk.diff(b, a).summary
    assert (ab.added, ab.dropped) == (ba.dropped, ba.added)
    assert (ab.split, ab.merged) == (ba.merged, ba.split)
    assert ab.same + ab.reworded == ba.same + ba.reworded


@given(diff_plans, st.data())
def test_swapping_sides_swaps_each_group(a: zwgk.Plan, data: st.DataObject) -> None:
    # A child derived from a with known edits: the groups mirror exactly.
    from zwgk.diff import mutate

    m = mutate(a, seed=data.draw(st.integers(0, 10_000)))
    fwd = {(c.parent_indices, c.child_indices): c.kind for c in zwgk.diff(m.child, a).changes}
    back = {(c.child_indices, c.parent_indices): c.kind for c in zwgk.diff(a, m.child).changes}
    assert set(fwd) == set(back)
    for key, kind in fwd.items():
        assert back[key] is _SWAP[kind]


@settings(max_examples=25)
@given(diff_plans, diff_plans)
def test_json_round_trip(a: zwgk.Plan, b: zwgk.Plan) -> None:
    from zwgk.diff import load_diff

    d = zwgk.diff(a, b)
    data = zwgk.write(d, format="json")
    assert data is not None
    assert load_diff(data) == d


def test_swapping_sides_with_repeated_stock_phrases() -> None:
    # Texts made of one repeated phrase tie everywhere; the anchors chosen
    # must not depend on which plan is called the parent.
    a = zwgk.Plan(
        tasks=[
            zwgk.Task(t)
            for t in (
                "做好政务公开工作，做好政务公开工作",
                "主动公开规划纲要，加强政策解读",
                "做好政务公开工作",
                "主动公开规划纲要",
                "做好政务公开工作，做好政务公开工作，做好政务公开工作",
            )
        ]
    )
    b = zwgk.Plan(
        tasks=[
            zwgk.Task(t)
            for t in (
                "做好政务公开工作，加强政策解读",
                "做好政务公开工作",
                "做好政务公开工作，做好政务公开工作",
                "做好政务公开工作，做好政务公开工作，加强政策解读",
                "做好政务公开工作，主动公开规划纲要",
                "做好政务公开工作，主动公开规划纲要，做好政务公开工作",
            )
        ]
    )
    ab = zwgk.diff(a, b).summary
    ba = zwgk.diff(b, a).summary
    assert (ab.added, ab.dropped) == (ba.dropped, ba.added)
    assert (ab.split, ab.merged) == (ba.merged, ba.split)


# Characters whose keys are one character (Simplified, Traditional, wide forms),
# none (spaces, a zero-width space, a control character) or several (ligatures,
# a squared unit), and lone surrogates.
_EDIT_CHARS = "做好信息公开發开展開 　\u200b\x07ﬁ㎡ßＡａA\ud800\udfff。，,"


@given(st.text(_EDIT_CHARS, max_size=24), st.text(_EDIT_CHARS, max_size=24))
@settings(max_examples=300)
def test_text_edits_are_those_of_the_character_keys(parent: str, child: str) -> None:
    # The edits of two texts are difflib's opcodes over their characters' keys.
    import difflib

    from zwgk.diff import text_edits
    from zwgk.diff._norm import char_key

    keys_p, keys_c = [char_key(ch) for ch in parent], [char_key(ch) for ch in child]
    edits = text_edits(parent, child)
    got = [(e.op.value, e.parent_start, e.parent_end, e.child_start, e.child_end) for e in edits]
    if keys_p == keys_c:
        assert got == ([("equal", 0, len(parent), 0, len(child))] if parent else [])
        return
    matcher = difflib.SequenceMatcher(None, keys_p, keys_c, autojunk=False)
    assert got == matcher.get_opcodes()
    assert all(e.parent_text == parent[e.parent_start : e.parent_end] for e in edits)
    assert all(e.child_text == child[e.child_start : e.child_end] for e in edits)


def test_text_edits_of_real_rewordings_with_spaces_and_traditional_script() -> None:
    # Spaces (no key) and Traditional characters (their Simplified key) in a real deadline
    # and duty: the edits are still difflib's over the keys.
    import difflib

    from zwgk.diff import text_edits
    from zwgk.diff._norm import char_key

    parent = "2021 年 11 月底前，做好規劃公開。"
    child = "2021年12月底前，做好规划信息公开。"
    edits = text_edits(parent, child)
    keys = [char_key(ch) for ch in parent], [char_key(ch) for ch in child]
    expected = difflib.SequenceMatcher(None, *keys, autojunk=False).get_opcodes()
    spans = [(e.op.value, e.parent_start, e.parent_end, e.child_start, e.child_end) for e in edits]
    assert spans == expected
    ops = [(e.op.value, e.parent_text, e.child_text) for e in edits]
    assert ("equal", "月底前，做好規劃", "月底前，做好规划") in ops
    assert ("insert", "", "信息") in ops
    assert ops.count(("delete", " ", "")) == 2
