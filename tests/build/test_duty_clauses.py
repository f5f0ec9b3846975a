"""A prose task that says who leads it in a clause inside its paragraph
(``由县发展和改革局牵头，…``) and who else does it after its text."""

from __future__ import annotations

import zwgk
from zwgk.build.fields import with_duty_clause

PLAN = """\
某县2023年政务公开工作要点
一、深化重点领域信息公开
（一）推进重大项目信息公开。由县发展和改革局牵头，公开重大建设项目批准和实施信息，县自然资源局、县住房和城乡建设局按职责分工落实。
（二）推进财政信息公开。全面公开政府预决算和部门预决算。县财政局负责，县直各部门配合。
"""


def _roles(task: zwgk.Task) -> list[tuple[str, str]]:
    assert task.responsibility is not None
    return [(a.name, a.role.value) for a in task.responsibility.assignments]


def test_the_lead_in_a_clause_and_the_owners_after_the_text() -> None:
    plan = zwgk.read_text(PLAN)
    assert _roles(plan.tasks[0]) == [
        ("县发展和改革局", "lead"),
        ("县自然资源局", "owner"),
        ("县住房和城乡建设局", "owner"),
    ]
    assert _roles(plan.tasks[1]) == [("县财政局", "owner"), ("县直各部门", "assist")]


def test_a_clause_already_said_is_not_said_twice() -> None:
    text = "推进项目公开。由县发改局牵头，公开批准信息。"
    assert with_duty_clause(text, ["县发改局牵头"]) == ["县发改局牵头"]
    assert with_duty_clause("推进项目公开。", ["县发改局负责"]) == ["县发改局负责"]
