"""A table whose cells stand apart, one a line or a paragraph, whose 序号
cell stands alone: the row's one line of text is its 具体内容 cell — where
the plan names no unit, no title and no unit are cut out of it, as they are
from cells run together on one line."""

from __future__ import annotations

import zwgk

ROWS = (
    "完善政府信息公开配套制度。根据新修订的《条例》和《规定》,及时修订我委政府信息公开实施细则。"
    "不断完善依申请公开受理和答复程序,规范办理工作全流程,提高依申请公开工作信息化水平。",
    "完善政府信息公开专栏设置。根据国务院办公厅政府信息与政务公开办公室《关于规范政府信息公开平台"
    "有关事项的通知》要求,进一步规范我委政府信息公开专栏设置,并细化栏目内容。",
    "完善委政府信息主动公开目录。开展我委政府信息主动公开目录编制工作,建立政府信息公开属性的定期"
    "审查和动态调整机制,梳理历史政府信息。",
)


def _page() -> str:
    cells = ["工作类别", "序号", "具体内容", "责任单位", "完成时限", "备注"]
    for k, text in enumerate(ROWS, start=1):
        cells += ["一、进一步落实《条例》" if k == 1 else "", str(k), text, "", "", ""]
    return "\n\n".join(["某市发展和改革委员会2020年政务公开工作要点", *cells])


def test_each_row_keeps_its_text_whole() -> None:
    plan = zwgk.read(_page().encode(), format="text")
    assert [t.text for t in plan.tasks] == list(ROWS)
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert all(t.responsibility is None and t.note is None for t in plan.tasks)
