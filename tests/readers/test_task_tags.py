"""A tag before a task's text (【财政资金】, the site's column the task is
published under) is no part of the task: it goes to the residue, in every
layout, and the serial glued before it still numbers the row."""

from __future__ import annotations

import pytest

import zwgk

TASKS = [
    ("机构职能", "公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("财政资金", "公开农机购置补贴发放情况。", "计划财务科", "每季度"),
    ("重大建设项目", "公开高标准农田建设项目计划。", "农田建设科", "2024年6月底前"),
]
HEAD = "某区农业农村局2024年政务公开工作任务清单"


def _pipe() -> str:
    rows = [
        f"| {k} | 【{tag}】{text} | {unit} | {due} |"
        for k, (tag, text, unit, due) in enumerate(TASKS, 1)
    ]
    return "\n".join(
        [HEAD, "| 序号 | 工作任务 | 责任科室 | 完成时限 |", "| --- | --- | --- | --- |", *rows]
    )


def _run_together() -> str:
    rows = [f"{k}【{tag}】{text}{unit}{due}" for k, (tag, text, unit, due) in enumerate(TASKS, 1)]
    return "\n".join([HEAD, "序号工作任务责任科室完成时限", *rows])


@pytest.mark.parametrize("page", [_pipe, _run_together])
def test_a_tag_before_the_text_goes_to_the_residue(page: object) -> None:
    assert callable(page)
    plan = zwgk.read_text(page())
    assert [(t.number, t.text) for t in plan.tasks] == [
        (k, text) for k, (_, text, _, _) in enumerate(TASKS, 1)
    ]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        unit for _, _, unit, _ in TASKS
    ]
    tags = [r.text for r in plan.residue if r.reason.startswith("a tag before")]
    assert tags == [f"【{tag}】" for tag, _, _, _ in TASKS]


def test_a_field_name_in_brackets_is_no_tag() -> None:
    text = "\n".join(
        [
            HEAD,
            "一、推进财政信息公开",
            "（一）公开部门预算。【牵头单位】财务科【完成时限】2024年6月底前",
        ]
    )
    plan = zwgk.read_text(text)
    assert plan.tasks[0].responsibility is not None
    assert plan.tasks[0].responsibility.raw.startswith("财务科")
