"""Items with no label of their own, each opened by its list's mark
(``- 公开…``, ``• 公开…``, ``◆公开…``) and closed by its units and time: the
mark is no part of the task's text, and is kept in the residue."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import zwgk
from zwgk.build.pieces import R_ITEM_MARK
from zwgk.testing import unplaced_text

TITLE = "某县民政局2024年政务公开工作任务"
ITEMS = [
    ("基础信息公开", "公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("基础信息公开", "公开部门预算和决算。", "财务科", "预算批复后20日内"),
    ("业务信息公开", "公开低保审批结果。", "社会救助股", "每季度"),
    ("业务信息公开", "公开养老机构名录。", "养老服务股", "及时更新"),
]


def _lines(mark: str) -> list[str]:
    lines, part = [TITLE], None
    for n, (heading, text, unit, due) in enumerate(ITEMS):
        if heading != part:
            lines.append(f"{'一二'[n // 2]}、{heading}")
            part = heading
        lines.append(f"{mark}{text}（责任单位：{unit}；完成时限：{due}）")
    return lines


@pytest.mark.parametrize("mark", ["- ", "• ", "◆", "● ", "➢ ", "+ "])
def test_a_lists_mark_is_no_part_of_the_text(mark: str) -> None:
    text = "\n".join(_lines(mark))
    plan = zwgk.read_text(text)
    assert [(t.section, t.text) for t in plan.tasks] == [((h,), x) for h, x, _, _ in ITEMS]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        u for *_, u, _ in ITEMS
    ]
    assert [r.text for r in plan.residue if r.reason == R_ITEM_MARK] == [mark.strip()] * 4
    assert unplaced_text(text, plan) == ""


def test_a_word_documents_typed_marks(tmp_path: Path) -> None:
    document = docx.Document()
    for line in _lines("• "):
        document.add_paragraph(line)
    document.save(str(tmp_path / "plan.docx"))
    plan = zwgk.read(tmp_path / "plan.docx")
    assert [t.text for t in plan.tasks] == [x for _, x, _, _ in ITEMS]


def test_a_labelled_item_and_a_figures_sign_keep_what_opens_them() -> None:
    lines = [TITLE, "一、基础信息公开", "1.-5%以内的误差率每月公开。（责任单位：办公室）"]
    lines.append("2.◆公开部门预算。（责任单位：财务科）")
    plan = zwgk.read_text("\n".join(lines))
    assert [t.text for t in plan.tasks] == ["-5%以内的误差率每月公开。", "◆公开部门预算。"]


def test_a_part_of_one_item_keeps_its_heading() -> None:
    lines = _lines("- ")[:-1]  # (the second part holds one item)
    plan = zwgk.read_text("\n".join(lines))
    assert [(t.section, t.text) for t in plan.tasks] == [((h,), x) for h, x, _, _ in ITEMS[:3]]


@pytest.mark.parametrize("mark", ["- ", ""])
def test_parts_of_one_item_each(mark: str) -> None:
    lines = [TITLE]
    for k, (heading, text, unit, due) in enumerate(ITEMS):
        lines += [
            f"{'一二三四'[k]}、{heading}{k}",
            f"{mark}{text}（责任单位：{unit}；完成时限：{due}）",
        ]
    plan = zwgk.read_text("\n".join(lines))
    if mark:  # (a list's mark makes each an item of its own)
        assert [t.text for t in plan.tasks] == [x for _, x, _, _ in ITEMS]
        assert [t.section for t in plan.tasks] == [(f"{h}{k}",) for k, (h, *_) in enumerate(ITEMS)]
    else:  # (with none, each heading and its one paragraph are a task)
        assert [t.label for t in plan.tasks] == ["一、", "二、", "三、", "四、"]


def test_listed_items_need_no_clause_of_their_own() -> None:
    lines = [TITLE, "一、基础信息公开", "（一）规范重点领域信息公开"]
    lines += ["- 2024年3月底前编制重点领域公开目录", "- 2024年底前建立公开事项标准"]
    lines += ["（二）做好政策解读", "- 及时解读重要政策文件", "- 2024年6月底前开展解读培训"]
    plan = zwgk.read_text("\n".join(lines))
    assert [t.text for t in plan.tasks] == [
        "2024年3月底前编制重点领域公开目录",
        "2024年底前建立公开事项标准",
        "及时解读重要政策文件",
        "2024年6月底前开展解读培训",
    ]
    assert [t.section[-1] for t in plan.tasks] == ["规范重点领域信息公开"] * 2 + [
        "做好政策解读"
    ] * 2


@pytest.mark.parametrize("mark", ["- ", "• ", ""])
def test_a_plan_that_numbers_nothing_reads_its_items(mark: str) -> None:
    notice = "根据《某县2024年政务公开工作要点》，结合本局实际，制定本任务。"
    lines = [TITLE, notice]
    lines += [f"{mark}{text}（责任单位：{unit}；完成时限：{due}）" for _, text, unit, due in ITEMS]
    text = "\n".join([*lines, "某县民政局", "2024年3月1日"])
    plan = zwgk.read_text(text)
    assert [t.text for t in plan.tasks] == [x for _, x, _, _ in ITEMS]
    assert [t.deadline.raw for t in plan.tasks if t.deadline] == [d for *_, d in ITEMS]
    assert (plan.issuer, str(plan.date)) == ("某县民政局", "2024-03-01")
    assert unplaced_text(text, plan) == ""


def test_a_pages_menu_of_marks_is_no_plan() -> None:
    plan = zwgk.read_text("某县人民政府网站\n• 依申请公开\n• 政府信息公开指南\n• 政策解读\n")
    assert plan.tasks == ()
