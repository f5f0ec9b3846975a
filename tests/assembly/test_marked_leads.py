"""A star set beside a unit's name to make it the lead, as the notice's key
says (``标注★的为牵头科室，其余为配合科室``): the starred name leads wherever it
stands in its cell, the others assist, and the star is no part of a name.
Markdown's bold does the same where the key says bold leads
(``加粗的为牵头科室``: ``**财务科**、药剂科``)."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import assignments_read
from zwgk import Role
from zwgk.lang.responsibility import find_role_key

KEY = "责任科室栏中标注★的为牵头科室，其余为配合科室。"
ROWS = [
    ("公开本院机构设置和服务时间。", "★办公室", "2024年3月底前"),
    ("公开医疗服务价格和药品价格。", "★财务科、医务科", "每季度"),
    ("公开预防接种门诊的疫苗种类。", "儿童保健科、★公共卫生科", "每月"),
    ("公开出生医学证明办理条件。", "★医务科", "及时更新"),
    ("公开大型医用设备采购结果。", "★设备科、财务科", "采购结束后10个工作日内"),
]


def _plan(key: str, rows: list[tuple[str, str, str]] = ROWS) -> zwgk.Plan:
    head = f"某区妇幼保健院2024年院务公开工作任务清单\n根据有关规定，制定本清单。{key}\n"
    body = "\n".join(f"{k}{''.join(r)}" for k, r in enumerate(rows, start=1))
    return zwgk.read_text(head + "序号工作任务责任科室完成时限\n" + body)


def test_the_starred_name_leads_and_the_others_assist() -> None:
    plan = _plan(KEY)
    assert [t.text for t in plan.tasks] == [r[0] for r in ROWS]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        r[1] for r in ROWS
    ]
    assert assignments_read(plan) == [
        [("办公室", Role.LEAD)],
        [("财务科", Role.LEAD), ("医务科", Role.ASSIST)],
        [("儿童保健科", Role.ASSIST), ("公共卫生科", Role.LEAD)],
        [("医务科", Role.LEAD)],
        [("设备科", Role.LEAD), ("财务科", Role.ASSIST)],
    ]


def test_without_the_key_the_star_is_still_no_part_of_a_name() -> None:
    plan = _plan("")
    assert [a.unit for a in plan.tasks[2].responsibility.assignments] == [  # type: ignore[union-attr]
        "儿童保健科",
        "公共卫生科",
    ]


@pytest.mark.parametrize(
    "key",
    [
        "标注★的为牵头科室，其余为配合科室。",
        "（带★的为牵头单位）",
        "标有“★”的为牵头部门。",
    ],
)
def test_the_key_is_found_in_its_forms(key: str) -> None:
    found = find_role_key(f"根据要求，制定本清单。{key}")
    assert found is not None and found[0] == "mark"


BOLD_KEY = "责任科室栏中加粗的为牵头科室，其余为配合科室。"


def _bold(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The rows with the starred name in Markdown's bold instead (``**财务科**``)."""
    out = []
    for text, cell, deadline in rows:
        names = [f"**{n[1:]}**" if n.startswith("★") else n for n in cell.split("、")]
        out.append((text, "、".join(names), deadline))
    return out


def test_the_bold_name_leads_where_the_key_says_bold_leads() -> None:
    rows = _bold(ROWS)
    plan = _plan(BOLD_KEY, rows)
    assert [t.text for t in plan.tasks] == [r[0] for r in rows]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        r[1] for r in rows
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [r[2] for r in rows]
    assert assignments_read(plan) == assignments_read(_plan(KEY))


def test_without_the_key_bold_is_no_part_of_a_name_and_gives_no_role() -> None:
    plan = _plan("", _bold(ROWS))
    assert assignments_read(plan)[1] == [("财务科", Role.OWNER), ("医务科", Role.OWNER)]
    assert assignments_read(plan)[2] == [("儿童保健科", Role.OWNER), ("公共卫生科", Role.OWNER)]


@pytest.mark.parametrize("key", ["加粗的为牵头科室，其余为配合科室。", "（加粗显示的为牵头单位）"])
def test_the_bold_key_is_found_in_its_forms(key: str) -> None:
    found = find_role_key(f"根据要求，制定本清单。{key}")
    assert found is not None and found[0] == "mark"
