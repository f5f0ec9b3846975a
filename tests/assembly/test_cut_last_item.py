"""A prose plan's opening, cut by the page inside its last item, where a
heading's paragraph owns its clause (``（一）…`` over one paragraph closed by
``（区编办牵头）``) and the next heading opens numbered items (``（二）…`` then
``1.…``): the cut item is a task as far as it goes, though its clause is
lost with the rest of the page."""

from __future__ import annotations

import pytest

import zwgk

OPENING = """\
某区2016年政务公开工作要点
一、围绕深化改革推进公开
(一)进一步推进权力清单和责任清单公开
编制区政府部门权力清单和责任清单，推动区级部门权力清单在政府网站集中公开。(区编办、区法制办牵头,各街乡负责落实)
(二)推进市场监管公开透明
1.推进安全生产监管执法信息公开。及时准确发布安全生产行政许可、执法检查
"""


def test_the_item_a_page_cut_is_a_task() -> None:
    plan = zwgk.read(OPENING.encode(), format="text")
    assert [(t.label, t.section) for t in plan.tasks] == [
        ("(一)", ("围绕深化改革推进公开",)),
        ("1.", ("围绕深化改革推进公开", "推进市场监管公开透明")),
    ]
    assert plan.tasks[1].text.endswith("及时准确发布安全生产行政许可、执法检查")


@pytest.mark.parametrize(
    ("body", "cut"),
    [
        # the label on a line of its own
        (
            "(一)做好规划公开。主动公开规划纲要。(牵头单位:市发改委)\n"
            "(二)做好监管执法信息公开。及时公开监管措施。(责任单位:各县政府)\n(三)",
            "(三)",
        ),
        # run on after the last clause, the paragraphs run together
        (
            "1.做好规划公开。主动公开规划纲要。(责任单位:市发改委)"
            "2.做好监管执法信息公开。及时公开监管措施。(责任单位:各县政府)3.",
            "3.",
        ),
    ],
)
def test_a_label_the_page_cut_right_after_is_no_task(body: str, cut: str) -> None:
    plan = zwgk.read_text("某市2021年政务公开工作实施方案\n一、聚焦重点领域深化政务公开\n" + body)
    assert len(plan.tasks) == 2
    assert [t.responsibility.units() if t.responsibility else () for t in plan.tasks] == [
        ("市发改委",),
        ("各县政府",),
    ]
    assert any(r.text == cut for r in plan.residue)


@pytest.mark.parametrize("cut", ["二", "（四", "4"])
def test_a_next_labels_ordinal_alone_on_the_last_line_is_no_part_of_the_text(cut: str) -> None:
    body = (
        "某市医疗保障局2023年政务公开工作要点\n一、加强政策解读\n"
        "（一）做好医保政策解读。及时解读医保新政策。\n"
        "（二）推进政策集成发布。对办事需求大的医保事项，做好政策集成式发布试点工作。\n"
    )
    plan = zwgk.read_text(body + cut)
    assert [t.text for t in plan.tasks][-1].endswith("试点工作。")
    assert any(r.text == cut for r in plan.residue)
