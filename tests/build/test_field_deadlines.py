"""A labelled unit field whose value a deadline cell ran into with nothing
between them (``责任单位：办公室持续推进``, a row's cells run together): the
cell is the deadline, the names before it the field's value."""

from __future__ import annotations

import pytest

from zwgk.build.fields import fields, inline_fields


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("责任单位：办公室持续推进", {"resp": "办公室", "deadline": "持续推进"}),
        ("责任单位：县财政局2023年6月底前", {"resp": "县财政局", "deadline": "2023年6月底前"}),
        (
            "牵头单位：市政府办公室；配合单位：各县区长期坚持",
            {"lead": "市政府办公室", "assist": "各县区", "deadline": "长期坚持"},
        ),
    ],
)
def test_a_deadline_cell_run_into_a_unit_field(text: str, found: dict[str, str]) -> None:
    assert fields(text) == found


@pytest.mark.parametrize(
    "value", ["市发改委、市财政局", "县政务公开办", "市政府办公室（市政务公开办）"]
)
def test_a_unit_field_without_a_deadline_cell_keeps_its_value(value: str) -> None:
    assert fields(f"责任单位：{value}") == {"resp": value}


@pytest.mark.parametrize("dash", ["——", "—", "－", " - "])
def test_a_dash_between_the_text_and_its_fields_is_neither(dash: str) -> None:
    body = f"公开诉求办理流程。{dash}牵头科室：综合科；完成时限：2024年3月底前"
    assert inline_fields(body) == (
        "公开诉求办理流程。",
        {"lead": "综合科", "deadline": "2024年3月底前"},
    )
