"""Points a paragraph each, opened by ``一是``, ``二是``: where a first point
carries its own duty clause, each point is a task (its label ``一是``), under
the headings above it, the last without a clause where a page opening ends
with it; where the points share one clause after the last, they are the text
of the task above them."""

from __future__ import annotations

import pytest

import zwgk

OWN = """\
某县2024年政务公开工作要点
一、加强政策解读
（一）深化政策解读。
一是围绕重大政策开展解读，做好政策图解。（县政府办公室负责）
二是加强解读回应，及时回应社会关切。（县直各部门负责）
（二）做好政策发布。
一是规范发布程序。（县司法局负责）
二是完善发布平台，做好发布工作。"""

SHARED = """\
某县2024年政务公开工作要点
一、加强政策解读
（一）深化政策解读。
一是围绕重大政策开展解读，做好政策图解。
二是加强解读回应，及时回应社会关切。（县政府办公室牵头，县直各部门负责）
（二）做好政策发布。
一是规范发布程序。
二是完善发布平台。（县政务服务中心负责）"""


@pytest.mark.parametrize("text", [OWN, OWN.replace("\n", "\n\n")])
def test_points_with_clauses_of_their_own_are_tasks(text: str) -> None:
    plan = zwgk.read_text(text)
    assert [(t.label, t.section, t.text) for t in plan.tasks] == [
        ("一是", ("加强政策解读", "深化政策解读"), "围绕重大政策开展解读，做好政策图解。"),
        ("二是", ("加强政策解读", "深化政策解读"), "加强解读回应，及时回应社会关切。"),
        ("一是", ("加强政策解读", "做好政策发布"), "规范发布程序。"),
        ("二是", ("加强政策解读", "做好政策发布"), "完善发布平台，做好发布工作。"),
    ]
    units = [t.responsibility.units() if t.responsibility else () for t in plan.tasks]
    assert units == [("县政府办公室",), ("县直各部门",), ("县司法局",), ()]


@pytest.mark.parametrize("text", [SHARED, SHARED.replace("\n", "\n\n")])
def test_points_sharing_one_clause_are_the_text_of_the_task_above(text: str) -> None:
    plan = zwgk.read_text(text)
    assert [t.label for t in plan.tasks] == ["（一）", "（二）"]
    assert plan.tasks[0].text == (
        "深化政策解读。\n一是围绕重大政策开展解读，做好政策图解。\n二是加强解读回应，及时回应社会关切。"
    )
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.units() == ("县政务服务中心",)
