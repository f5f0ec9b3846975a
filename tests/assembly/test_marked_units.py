"""Unit cells run into their rows whose names a table marks or labels in a
way of its own: ``@`` before each name, a role word's first character before
a colon (``主:办公室 协:政治部``, where the table's note says what each
stands for), names that open with a verb an office is named for
(``利用服务部``), and a deadline whose event opens with a verb that is also a
role's (``…配合|审核结束后20个工作日内``)."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import assignments_read, read_rows
from zwgk import Role
from zwgk.lang import parse_responsibility

TITLE = "某区档案馆2024年政务公开工作任务清单"
PREAMBLE = "根据《某区2024年政务公开工作要点》要求，结合本馆实际，制定本清单。"
HEADER = "序号工作任务责任部门完成时限"
TEXTS = [
    "公开本馆机构职能和联系方式。",
    "公开档案查阅利用服务指南。",
    "公开到期档案开放审核结果。",
    "公开档案展览活动预告。",
]
DUES = ["2024年3月底前", "及时更新", "审核结束后20个工作日内", "活动开始前5日"]
UNITS = [
    [("办公室", Role.OWNER)],
    [("利用服务部", Role.OWNER)],
    [("利用服务部", Role.LEAD), ("保管保护部", Role.ASSIST)],
    [("编研展览部", Role.OWNER), ("办公室", Role.OWNER)],
]


def _page(cells: list[str]) -> str:
    rows = [
        f"{k}{text}{cell}{due}"
        for k, (text, cell, due) in enumerate(zip(TEXTS, cells, DUES, strict=True), 1)
    ]
    return "\n".join([TITLE, PREAMBLE, HEADER, *rows, "某区档案馆", "2024年1月25日"])


def test_names_marked_with_at_read_without_the_marks() -> None:
    cells = ["@办公室", "@利用服务部", "@利用服务部牵头，@保管保护部配合", "@编研展览部、@办公室"]
    plan = zwgk.read_text(_page(cells))
    assert read_rows(plan) == [
        (text, cell.replace("@", ""), due)
        for text, cell, due in zip(TEXTS, cells, DUES, strict=True)
    ]
    assert assignments_read(plan) == UNITS


def test_plain_names_open_with_a_verb_an_office_is_named_for() -> None:
    cells = ["办公室", "利用服务部", "利用服务部牵头，保管保护部配合", "编研展览部、办公室"]
    plan = zwgk.read_text(_page(cells))
    assert read_rows(plan) == list(zip(TEXTS, cells, DUES, strict=True))
    assert assignments_read(plan) == UNITS


@pytest.mark.parametrize("colon", [":", "："])
def test_role_initials_before_a_colon_label_the_names(colon: str) -> None:
    lead, assist = f"主{colon}", f"协{colon}"
    cells = [
        f"{lead}办公室",
        f"{lead}利用服务部",
        f"{lead}利用服务部 {assist}保管保护部",
        f"{lead}编研展览部 {assist}办公室",
    ]
    plan = zwgk.read_text(_page(cells))
    assert [t.text for t in plan.tasks] == TEXTS
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == DUES
    assert assignments_read(plan)[2] == [("利用服务部", Role.LEAD), ("保管保护部", Role.ASSIST)]
    assert assignments_read(plan)[3] == [("编研展览部", Role.LEAD), ("办公室", Role.ASSIST)]


def test_a_words_last_character_before_a_colon_is_no_role() -> None:
    # 业主 (an owner of a property) ends with 主: no label
    found = parse_responsibility("业主：物业服务中心").assignments
    assert [(a.unit, a.role) for a in found][-1] == ("物业服务中心", Role.OWNER)
    assert all(a.role is not Role.LEAD for a in found)
