"""A prose plan's opening, cut by the page inside its last item, where a
heading's paragraph owns its clause (``（一）…`` over one paragraph closed by
``（区编办牵头）``) and the next heading opens numbered items (``（二）…`` then
``1.…``): the cut item is a task as far as it goes, though its clause is
lost with the rest of the page."""

from __future__ import annotations

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
