"""A 责任分工 part that gives the items their units by number (第1、2项由
党政办负责；第3至5项由…牵头，…配合): each numbered item takes the
responsibility its number is given, with the roles the clause states; the
part itself is no task and stays in the residue."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.assembly.rows import assignments_read
from tests.build.tables import paragraphs_docx, plan_text
from zwgk import Role
from zwgk.lang.responsibility import duties_by_item

PLAN = """\
某乡2024年政务公开工作要点
为做好本年度政务公开工作，结合我乡实际，制定本要点。
一、推进基层政务公开
1.动态调整全乡主动公开事项清单。
2.规范乡政府信息公开专栏建设。
3.推进村务公开，规范村务公开栏设置。
二、做好重点领域信息公开
4.公开惠农补贴和社会救助资金发放情况。
5.公开乡村建设项目实施情况。
6.公开防汛抗旱等应急管理信息。
三、责任分工
第1、2项由党政办负责；第3项由党政办牵头，各村配合；第4至5项由社会事务办负责，财政所配合；第6项由应急管理办负责。
某乡人民政府
2024年3月20日
"""

UNITS = [
    [("党政办", Role.OWNER)],
    [("党政办", Role.OWNER)],
    [("党政办", Role.LEAD), ("各村", Role.ASSIST)],
    [("社会事务办", Role.OWNER), ("财政所", Role.ASSIST)],
    [("社会事务办", Role.OWNER), ("财政所", Role.ASSIST)],
    [("应急管理办", Role.OWNER)],
]


@pytest.mark.parametrize("make", [plan_text, paragraphs_docx], ids=["text", "docx"])
def test_a_duty_part_gives_each_item_its_units_by_number(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path, PLAN))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5, 6]
    got = assignments_read(plan)
    assert [[u for u, _ in units] for units in got] == [[u for u, _ in us] for us in UNITS]
    assert got[2] == UNITS[2]
    assert any("第1、2项由党政办负责" in r.text for r in plan.residue)


def test_the_clauses_name_items_by_lists_and_ranges() -> None:
    assert duties_by_item("第1-3项由办公室负责；第5、7项由财务股负责。") == [
        ((1, 2, 3), "办公室负责"),
        ((5, 7), "财务股负责"),
    ]
    assert duties_by_item("第一、第二项工作由办公室负责；第三至五项由财务股负责。") == [
        ((1, 2), "办公室负责"),
        ((3, 4, 5), "财务股负责"),
    ]
    assert duties_by_item("第3项工作要按时完成。") == []
    assert duties_by_item("第一项由于时间紧迫要优先推进。") == []


UNIT_FIRST = PLAN.replace(
    "第1、2项由党政办负责；第3项由党政办牵头，各村配合；第4至5项由社会事务办负责，财政所配合；第6项由应急管理办负责。",
    "党政办：负责第1、2项；牵头第3项。\n社会事务办：负责第4至5项。\n财政所：配合第4、5项。\n"
    "各村：配合第3项。\n应急管理办：负责第6项。",
)


@pytest.mark.parametrize("make", [plan_text, paragraphs_docx], ids=["text", "docx"])
def test_a_duty_part_naming_each_unit_with_its_items(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path, UNIT_FIRST))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5, 6]
    got = assignments_read(plan)
    assert got[0] == got[1] == [("党政办", Role.OWNER)]
    assert got[2] == [("党政办", Role.LEAD), ("各村", Role.ASSIST)]
    assert [u for u, _ in got[3]] == ["社会事务办", "财政所"]
    assert got[3][1] == ("财政所", Role.ASSIST)
    # every unit naming an item, in the part's order
    assert plan.tasks[3].responsibility is not None
    assert plan.tasks[3].responsibility.raw == "社会事务办负责；财政所配合"


def test_a_unit_first_clause_reads_each_verb_with_its_items() -> None:
    assert duties_by_item("党政办：负责第1、9、10项；牵头第7项。") == [
        ((1, 9, 10), "党政办负责"),
        ((7,), "党政办牵头"),
    ]
    assert duties_by_item("各村：配合第7至8项。") == [((7, 8), "各村配合")]
    assert duties_by_item("工作要求：第3项要按时完成。") == []


DUTY_TABLE_PLAN = """\
某区人民法院2024年司法公开工作要点
为做好本年度司法公开工作，制定本要点。各项任务的牵头部门、配合部门和完成时限见文末任务分工表。
一、深化审判流程公开
1.公开立案条件和诉讼费用标准。
2.公开开庭公告。
二、深化审务公开
3.公开人民陪审员名单。
4.编制发布2023年度司法公开工作报告。
附：任务分工表
"""
DUTY_ROWS = [
    ("任务序号", "牵头部门", "配合部门", "完成时限"),
    ("1", "立案庭", "诉讼服务中心", "2024年3月底前"),
    ("2", "审判管理办公室", "各审判庭", "开庭前3日"),
    ("3", "政治部", "", "每半年"),
    ("4", "办公室", "审判管理办公室", "2024年1月31日前"),
]
SIGNED = "某区人民法院\n2024年1月20日\n"


def _duty_table_text(tmp_path: Path) -> Path:
    rows = ["| " + " | ".join(r) + " |" for r in DUTY_ROWS]
    rows.insert(1, "|---|---|---|---|")
    return plan_text(tmp_path, DUTY_TABLE_PLAN + "\n".join(rows) + "\n" + SIGNED)


def _duty_table_docx(tmp_path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in DUTY_TABLE_PLAN.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=len(DUTY_ROWS), cols=len(DUTY_ROWS[0]))
    for i, row in enumerate(DUTY_ROWS):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    for line in SIGNED.splitlines():
        document.add_paragraph(line)
    out = tmp_path / "plan.docx"
    document.save(str(out))
    return out


@pytest.mark.parametrize("make", [_duty_table_text, _duty_table_docx], ids=["text", "docx"])
def test_a_duty_table_after_the_items_gives_them_units_and_deadlines(make, tmp_path) -> None:
    plan = zwgk.read(make(tmp_path))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert assignments_read(plan) == [
        [("立案庭", Role.LEAD), ("诉讼服务中心", Role.ASSIST)],
        [("审判管理办公室", Role.LEAD), ("各审判庭", Role.ASSIST)],
        [("政治部", Role.LEAD)],
        [("办公室", Role.LEAD), ("审判管理办公室", Role.ASSIST)],
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        r[3] for r in DUTY_ROWS[1:]
    ]
    # the attachment's heading is no part of the last item, the signature none either
    assert plan.tasks[-1].text == "编制发布2023年度司法公开工作报告。"
    assert plan.issuer == "某区人民法院" and str(plan.date) == "2024-01-20"
    assert any("任务分工表" in r.reason and r.text == "立案庭" for r in plan.residue)


PART_SENTENCES = """\
某镇2024年政务公开工作要点
为做好本年度政务公开工作，结合我镇实际，制定本要点。各项工作的责任单位和完成时限在每部分之后统一明确。
一、加强基础信息公开
1.公开镇政府机构职能、领导分工和联系方式。
2.公开2023年度政府信息公开工作年度报告。
3.公开镇级财政预算、决算和“三公”经费情况。
以上第1项、第2项由党政综合办公室负责，2024年3月底前完成；第3项由财政所负责，批复后20日内完成。
二、加强惠民政策信息公开
4.公开城乡居民最低生活保障对象名单。
5.公开耕地地力保护补贴发放结果。
以上第4项由社会事务办公室负责，各村配合，及时更新；第5项由财政所负责，发放后10个工作日内完成。
某镇人民政府
2024年1月25日
"""


@pytest.mark.parametrize("make", [plan_text, paragraphs_docx], ids=["text", "docx"])
def test_a_duty_sentence_after_each_part_gives_its_items_units_and_deadlines(
    make, tmp_path: Path
) -> None:
    plan = zwgk.read(make(tmp_path, PART_SENTENCES))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5]
    assert [t.text for t in plan.tasks][2] == "公开镇级财政预算、决算和“三公”经费情况。"
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "党政综合办公室负责",
        "党政综合办公室负责",
        "财政所负责",
        "社会事务办公室负责，各村配合",
        "财政所负责",
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2024年3月底前",
        "2024年3月底前",
        "批复后20日内",
        "及时更新",
        "发放后10个工作日内",
    ]
    assert any(r.text.startswith("以上第1项、第2项") for r in plan.residue)


def test_duty_sentences_on_a_page_crawled_onto_one_line_are_read_the_same() -> None:
    lines = [ln for ln in PART_SENTENCES.split("\n") if ln]
    plan = zwgk.read_text(" ".join(lines))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5]
    assert plan.tasks[2].text == "公开镇级财政预算、决算和“三公”经费情况。"
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks][2:] == [
        "批复后20日内",
        "及时更新",
        "发放后10个工作日内",
    ]
    assert plan.tasks[3].responsibility is not None
    assert plan.tasks[3].responsibility.raw == "社会事务办公室负责，各村配合"
