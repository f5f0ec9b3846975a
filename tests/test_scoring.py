"""The scorer's comparison rules, on plans small enough to check by hand."""

from __future__ import annotations

from typing import Any

import zwgk
from tests.scoring import counts, score


def _gold(numbers: list[int], texts: list[str]) -> dict[str, Any]:
    tasks = [
        {"number": n, "label": f"（{n}）", "section": [], "text": t, "responsibility": "办公室",
         "units": [{"name": "办公室|局办公室", "role": "owner|lead"}], "deadline": None,
         "note": None}
        for n, t in zip(numbers, texts, strict=True)
    ]  # fmt: skip
    return {"tasks": tasks, "plan": {"title": "分工方案", "parents": []}}


def _plan(numbers: list[int], texts: list[str], unit: str = "办公室") -> zwgk.Plan:
    resp = zwgk.Responsibility(raw="办公室", assignments=[zwgk.Assignment(unit=unit, role="owner")])
    return zwgk.Plan(
        tasks=[
            zwgk.Task(text=t, number=n, responsibility=resp)
            for n, t in zip(numbers, texts, strict=True)
        ],
        title="分工方案",
    )


def test_numbers_that_restart_are_matched_in_order() -> None:
    numbers, texts = [1, 2, 1, 2], ["公开规划。", "公开预算。", "公开决算。", "公开收费。"]
    assert score(_gold(numbers, texts), _plan(numbers, texts))["text"] == 100.0
    # the second 1 is compared with the second task numbered 1, not the first
    swapped = ["公开规划。", "公开预算。", "公开收费。", "公开决算。"]
    assert score(_gold(numbers, texts), _plan(numbers, swapped))["text"] == 50.0


def test_extra_and_missing_tasks_cost_the_tasks_column() -> None:
    gold = _gold([1, 2], ["甲。", "乙。"])
    assert score(gold, _plan([1], ["甲。"]))["tasks"] == 50.0
    assert score(gold, _plan([1, 2, 3], ["甲。", "乙。", "丙。"]))["tasks"] == 50.0


def test_whitespace_alternatives_and_trailing_punctuation_are_forgiven() -> None:
    gold = _gold([1], ["公开 规划。"])
    got = score(gold, _plan([1], ["公开规划。"], unit="局办公室"))
    assert got["text"] == got["resp"] == got["unitF1"] == got["role"] == 100.0
    tallies = counts(gold, _plan([1], ["公开规划。"], unit="财务科"))
    assert (tallies["unit_tp"], tallies["unit_fp"], tallies["unit_fn"]) == (0, 1, 1)
