"""A plan kept as an Org-mode outline: keyword lines for its title, author
and date, each item a heading with its state (``** TODO``), priority and
tags, a planning line (``DEADLINE: <…>``) and a property drawer holding its
unit and time.  It reads as the plan it stands for; the outline's marks go
to the residue, and nothing else is lost."""

from __future__ import annotations

import pytest

import zwgk
from zwgk.testing import unplaced_text
from zwgk_plugins._text_layouts.org import ORG_OUTLINE_CODE, R_ORG_MARKS

TITLE = "某县数据局2024年政务公开重点工作任务"
ITEMS = [
    ("一、基础信息公开", "1.公开本局机构职能和联系方式。", "综合科", "2024年3月底前"),
    ("一、基础信息公开", "2.公开2024年部门预算。", "财务科负责，综合科配合", "预算批复后20日内"),
    ("二、数据信息公开", "3.公开公共数据开放清单。", "数据资源科", "每季度"),
    ("二、数据信息公开", "4.公开数据安全事件处置情况。", "安全科牵头，综合科配合", "及时公开"),
]


def _outline(states: tuple[str, ...] = ("TODO", "DONE", "TODO", "DONE")) -> str:
    lines = [
        f"#+TITLE: {TITLE}",
        "#+AUTHOR: 某县数据局",
        "#+DATE: 2024-03-12",
        "#+STARTUP: overview",
        "",
    ]
    lines.append("根据《某县2024年政务公开工作要点》，结合本局实际，制定本任务。")
    part = None
    for (heading, item, unit, due), state in zip(ITEMS, states, strict=True):
        if heading != part:
            lines += ["", f"* {heading}"]
            part = heading
        lines += [f"** {state} [#A] {item}  :公开:", "   :PROPERTIES:", f"   :责任科室: {unit}"]
        lines += [f"   :完成时限: {due}", "   :END:"]
    return "\n".join(lines)


def test_an_outline_reads_as_its_plan() -> None:
    text = _outline()
    plan = zwgk.read_text(text)
    assert (plan.title, plan.issuer, str(plan.date)) == (TITLE, "某县数据局", "2024-03-12")
    assert [t.text for t in plan.tasks] == [item[2:] for _, item, _, _ in ITEMS]
    assert [t.section for t in plan.tasks] == [(h[2:],) for h, _, _, _ in ITEMS]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        u for *_, u, _ in ITEMS
    ]
    assert [t.deadline.raw for t in plan.tasks if t.deadline] == [d for *_, d in ITEMS]
    assert ORG_OUTLINE_CODE in {d.code for d in plan.diagnostics}
    assert unplaced_text(text, plan) == ""


def test_the_states_and_marks_are_kept_in_the_residue() -> None:
    plan = zwgk.read_text(_outline())
    marks = " ".join(r.text for r in plan.residue if r.reason == R_ORG_MARKS)
    for kept in (
        "** TODO [#A]",
        "** DONE",
        ":公开:",
        ":PROPERTIES:",
        ":END:",
        "#+STARTUP: overview",
    ):
        assert kept in marks


def test_states_the_outline_names_are_taken_out_and_no_other_word() -> None:
    text = _outline(("WAIT", "DONE", "TODO", "CANCELED"))
    plan = zwgk.read_text("#+TODO: TODO WAIT | DONE CANCELED\n" + text)
    assert [t.text for t in plan.tasks] == [item[2:] for _, item, _, _ in ITEMS]
    plan = zwgk.read_text(text.replace("** WAIT [#A] 1.", "** 1.OFD 文件"))
    assert plan.tasks[0].text.startswith("OFD 文件")


def test_a_planning_line_gives_the_deadline_and_a_log_goes_aside() -> None:
    text = _outline().replace("   :完成时限: 2024年3月底前\n", "")
    planning = "   CLOSED: [2024-03-02 Sat 10:00] DEADLINE: <2024-03-31 Sun>"
    log = '   :LOGBOOK:\n   - State "DONE"       from "TODO"       [2024-03-02 Sat 10:00]\n   :END:'
    text = text.replace("   :PROPERTIES:", f"{planning}\n{log}\n   :PROPERTIES:", 1)
    plan = zwgk.read_text(text)
    first = plan.tasks[0]
    assert first.deadline is not None and str(first.deadline.due) == "2024-03-31"
    assert unplaced_text(text, plan) == ""
    assert any("State" in r.text for r in plan.residue if r.reason == R_ORG_MARKS)


@pytest.mark.parametrize(
    "text",
    [
        # Markdown's bullets at the line's start: no outline
        "* 一、基础信息公开\n* 1.公开本局机构职能。责任科室：综合科\n"
        "* 2.公开预算。责任科室：财务科",
        # a database client's records between rules of stars
        "*************************** 1. row ***************************\n  序号: 1\n"
        "*************************** 2. row ***************************\n  序号: 2",
    ],
)
def test_stars_that_are_no_outline_are_not_read_as_one(text: str) -> None:
    plan = zwgk.read_text(text)
    assert ORG_OUTLINE_CODE not in {d.code for d in plan.diagnostics}
