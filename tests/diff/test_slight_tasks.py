"""A task a page cut to a few characters (``推进``) says too little to be linked
on the evidence of terms and structure: it is linked only where its characters
are those of a task of the other plan."""

from __future__ import annotations

import zwgk
from tests.diff.real_pairs import annotated_plan


def _linked_children(child: zwgk.Plan, parent: zwgk.Plan) -> set[int | None]:
    d = zwgk.diff(child, parent)
    return {child.tasks[j].number for c in d.changes if c.parent for j in c.child_indices}


def test_a_task_cut_to_a_word_is_not_linked_by_its_place() -> None:
    child = annotated_plan("tianjin-emergency-2022")
    assert child.tasks[-1].text == "推进"
    for parent in ("national-2022", "shanwei-emergency"):
        assert child.tasks[-1].number not in _linked_children(child, annotated_plan(parent))


def test_a_short_task_its_counterpart_copies_is_still_linked() -> None:
    child, parent = annotated_plan("honggutan-2022"), annotated_plan("jiangxi-2022")
    short = [t for t in child.tasks if len(t.text) < 10]
    assert short
    assert all(t.number in _linked_children(child, parent) for t in short)
