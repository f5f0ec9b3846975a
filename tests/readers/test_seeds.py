"""The five real seed plans, read and compared field by field with their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import zwgk
from tests.conftest import SEEDS

GOLD = sorted(SEEDS.glob("*.gold.json"))


def _gold(path: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(path.read_text("utf-8"))


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name.split("_")[0])
def test_tasks_carry_their_source_lines(seed: Path) -> None:
    plan = zwgk.read(seed)
    lines = seed.read_text("utf-8").split("\n")
    for task in plan.tasks:
        assert task.location is not None and task.location.line is not None
        first = lines[task.location.line - 1]
        # the task's label or the start of its text is on the line it points at
        probe = "".join((task.label or task.text[:4]).split())[:2]
        assert probe in "".join(first.split()), (task.ref, first)


def test_zhongshan_is_read_in_traditional_script_with_chrome_in_residue() -> None:
    plan = zwgk.read(SEEDS / "003_27bda7d56444e5fa.txt")
    reasons = {r.reason for r in plan.residue}
    assert {"markup", "site chrome", "injected spam"} <= reasons
    spam = [r.text for r in plan.residue if r.reason == "injected spam"]
    assert any("被捣" in s for s in spam)
    assert not any("被捣" in t.text or "微信" in t.text for t in plan.tasks)
    assert any(d.code == "text.garbled" for d in plan.diagnostics)


def test_shared_responsibility_cells_become_groups() -> None:
    plan = zwgk.read(SEEDS / "003_27bda7d56444e5fa.txt")
    t3, t4, t5, t6 = (plan.task(n) for n in (3, 4, 5, 6))
    assert t3.group is not None and t3.group == t4.group == t5.group
    assert t6.group != t3.group
    assert t3.responsibility == t5.responsibility


def test_empty_responsibility_cell_stays_empty() -> None:
    plan = zwgk.read(SEEDS / "002_790eb7ad8dccb9a1.txt")
    assert plan.task(8).responsibility is None
    assert plan.task(24).responsibility is None
    assert plan.task(9).note == "此项工作我局为配合单位。"
