"""Task fields survive a DOCX or XLSX round trip, for generated and real plans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zwgk
from zwgk.lang import parse_deadline, parse_responsibility
from zwgk.lang.labels import word

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"

_WORDS = [
    "做好",
    "政府信息",
    "公开",
    "工作",
    "规范",
    "平台",
    "建设",
    "推进",
    "加强",
    "政策",
    "解读",
    "回应",
    "关切",
    "数据",
    "开放",
    "标准化",
    "专栏",
]
_UNITS = ["办公室", "法规科", "财务科", "人事科", "市场科", "各科室"]
_DEADLINES = ["及时更新", "长期开展", "2021年11月20日前", "2021年12月31日前", "每月至少更新2条"]
_NOTES = ["此项工作我局为配合单位。", "已建专栏"]
_TITLES = ["优化政务公开工作基础", "加强政策解读", "推进数据开放", "深化规章公开", "提升平台建设"]

texts = st.lists(st.sampled_from(_WORDS), min_size=2, max_size=10).map(lambda w: "".join(w) + "。")


@st.composite
def _responsibility_raw(draw: Any) -> str:
    units = draw(st.lists(st.sampled_from(_UNITS), min_size=1, max_size=3, unique=True))
    form = draw(st.sampled_from(["plain", "lead", "lead-assist"]))
    if form == "plain" or len(units) == 1:
        return "、".join(units) + ("牵头" if form == "lead" else "")
    return f"{units[0]}牵头，{'、'.join(units[1:])}配合"


@st.composite
def sensible_plans(draw: Any) -> zwgk.Plan:
    depth = draw(st.integers(min_value=0, max_value=2))
    n_sections = draw(st.integers(min_value=1, max_value=3))
    paths: list[tuple[str, ...]] = []
    for i in range(n_sections):
        top = _TITLES[i]
        if depth == 2:
            subs = draw(st.lists(st.sampled_from(_TITLES), min_size=1, max_size=2, unique=True))
            paths.extend((top, sub) for sub in subs)
        else:
            paths.append((top,) if depth == 1 else ())
    tasks = []
    number = 0
    for path in paths:
        for _ in range(draw(st.integers(min_value=1, max_value=3))):
            number += 1
            raw = draw(st.none() | _responsibility_raw())
            deadline = draw(st.none() | st.sampled_from(_DEADLINES))
            tasks.append(
                zwgk.Task(
                    draw(texts),
                    number=number,
                    label=str(number),
                    section=path,
                    responsibility=parse_responsibility(raw) if raw else None,
                    deadline=parse_deadline(deadline) if deadline else None,
                    note=draw(st.none() | st.sampled_from(_NOTES)),
                )
            )
    return zwgk.Plan(title="江门市某局2021年政务公开工作要点分工方案", tasks=tasks)


def task_fields(plan: zwgk.Plan) -> list[tuple[Any, ...]]:
    """The fields a DOCX or XLSX file keeps, per task."""
    out = []
    for t in plan.tasks:
        resp = t.responsibility
        dl = t.deadline
        out.append(
            (
                t.number,
                t.label,
                t.section,
                t.text,
                (resp.raw, resp.assignments) if resp else None,
                (dl.raw, dl.kind, dl.due) if dl else None,
                t.note,
            )
        )
    return out


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
@settings(max_examples=20, deadline=None)
@given(plan=sensible_plans())
def test_task_fields_survive(fmt: str, plan: zwgk.Plan) -> None:
    back = zwgk.read(zwgk.write(plan, format=fmt) or b"", format=fmt)
    assert task_fields(back) == task_fields(plan)
    assert back.title == plan.title


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_a_note_after_empty_cells_survives(fmt: str) -> None:
    """A task with a note and no unit or deadline: its row shows two cells
    empty before the 备注 cell, which stays the task's note."""
    task = zwgk.Task(
        text="做好做好。",
        number=1,
        label="1",
        section=("优化政务公开工作基础",),
        note="此项工作我局为配合单位。",
    )
    plan = zwgk.Plan(title="某局2021年政务公开工作要点分工方案", tasks=(task,))
    back = zwgk.read(zwgk.write(plan, format=fmt) or b"", format=fmt)
    assert task_fields(back) == task_fields(plan)
    assert [(t.text, t.note, t.section) for t in back.tasks] == [
        ("做好做好。", "此项工作我局为配合单位。", ("优化政务公开工作基础",))
    ]


def _seed_plans() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def ledger_fields(plan: zwgk.Plan) -> list[tuple[Any, ...]]:
    """The task fields as the ledger shows them: a task without a deadline has the plan's.

    The ledger fills the default deadline in, marked （按统一时限）: read back,
    such a task has a deadline due on the default's date.
    """
    default = plan.default_deadline
    out = []
    for fields, task in zip(task_fields(plan), plan.tasks, strict=True):
        if task.deadline is None and default is not None:
            fields = (*fields[:5], ("default", default.due), fields[6])
        out.append(fields)
    return out


def _as_default(plan: zwgk.Plan) -> list[tuple[Any, ...]]:
    mark = word("default-applied")
    out = []
    for fields, task in zip(task_fields(plan), plan.tasks, strict=True):
        dl = task.deadline
        if dl is not None and dl.raw.endswith(mark):
            fields = (*fields[:5], ("default", dl.due), fields[6])
        out.append(fields)
    return out


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
@pytest.mark.parametrize("seed", _seed_plans(), ids=lambda p: p.name[:3])
def test_real_plans_survive(fmt: str, seed: Path) -> None:
    plan = zwgk.read(seed)
    assert plan.tasks
    back = zwgk.read(zwgk.write(plan, format=fmt) or b"", format=fmt)
    if fmt == "xlsx":
        assert _as_default(back) == ledger_fields(plan)
    else:
        assert task_fields(back) == task_fields(plan)
