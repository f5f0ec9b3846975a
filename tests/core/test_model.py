from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

import zwgk
from tests.strategies import plans, tasks
from zwgk.errors import ValidationError


def test_values_are_frozen_and_slotted() -> None:
    task = zwgk.Task("做好规划公开。", number=1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        task.number = 2  # type: ignore[misc]
    assert not hasattr(task, "__dict__")


def test_evolve_makes_a_validated_copy() -> None:
    task = zwgk.Task("做好规划公开。", number=1, section=["一"])
    moved = task.evolve(number=3)
    assert (moved.number, task.number) == (3, 1)
    assert moved.section == ("一",)
    with pytest.raises(ValidationError) as info:
        task.evolve(number=-1)
    assert (info.value.model, info.value.field) == ("Task", "number")


@pytest.mark.parametrize(
    ("factory", "field"),
    [
        (lambda: zwgk.Task(123), "text"),  # type: ignore[arg-type]
        (lambda: zwgk.Task("x", section="一、总体"), "value"),
        (lambda: zwgk.Assignment("办公室", "boss"), "role"),  # type: ignore[arg-type]
        (lambda: zwgk.Deadline("明天", "soon"), "kind"),  # type: ignore[arg-type]
        (lambda: zwgk.Deadline("x", "date", due=dt.datetime(2021, 1, 1)), "due"),
        (lambda: zwgk.Plan(tasks=["x"]), "tasks[0]"),  # type: ignore[list-item]
        (lambda: zwgk.Plan(date="2021-01-01"), "date"),  # type: ignore[arg-type]
    ],
)
def test_validation_at_construction(factory: object, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        factory()  # type: ignore[operator]
    assert info.value.field == field
    assert isinstance(info.value, ValueError)


def test_roles_and_kinds_accept_their_values() -> None:
    a = zwgk.Assignment("办公室", "lead")
    assert a.role is zwgk.Role.LEAD
    assert zwgk.Deadline("每年", "recurring").kind is zwgk.DeadlineKind.RECURRING


def test_responsibility_views() -> None:
    r = zwgk.Responsibility(
        "办公室牵头，各科室配合",
        [zwgk.Assignment("办公室", "lead"), zwgk.Assignment("各科室", "assist")],
    )
    assert r.leads == ("办公室",)
    assert r.assists == ("各科室",)
    assert r.units() == ("办公室", "各科室")


def test_qualified_name() -> None:
    a = zwgk.Assignment("商務局", "lead", qualified="市商務局")
    assert a.name == "市商務局"
    assert zwgk.Assignment("市財政局", "owner").name == "市財政局"


def test_plan_helpers() -> None:
    plan = zwgk.Plan(
        tasks=[
            zwgk.Task("a", number=1, section=("一",)),
            zwgk.Task("b", number=2, section=("二",)),
            zwgk.Task("c", number=3, section=("一",)),
        ]
    )
    assert len(plan) == 3
    assert plan.sections() == (("一",), ("二",))
    assert plan.task(2).text == "b"
    with pytest.raises(KeyError):
        plan.task(9)


def test_location_reads_well() -> None:
    assert str(zwgk.Location(page=2, line=3, end_line=5)) == "page 2, lines 3-5"
    assert str(zwgk.Location()) == "unknown location"


@given(tasks)
def test_task_ref_is_never_empty(task: zwgk.Task) -> None:
    assert task.ref


@given(plans)
def test_plans_are_hashable_and_equal_to_themselves(plan: zwgk.Plan) -> None:
    assert plan == plan.evolve()
    assert hash(plan) == hash(plan.evolve())
