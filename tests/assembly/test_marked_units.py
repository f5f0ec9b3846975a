"""Unit cells run into their rows whose names a table marks or labels in a
way of its own: ``@`` before each name, a role word's first character before
a colon (``主:办公室 协:政治部``, where the table's note says what each
stands for) or in brackets after the name (``利用服务部（牵）``), the cell or
each name in a pair of marks (``〖办公室〗``, ``#办公室#``), names that open
with a verb an office is named for (``利用服务部``), and a deadline whose
event opens with a verb that is also a role's (``…配合|审核结束后20个工作日内``);
numbered items whose leader dots run to their office and time
(``1.公开…………办公室　3月底前``), and a time in 【】 opening an item."""

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


@pytest.mark.parametrize("mark", ["〖{}〗", "「{}」", "[{}]", "［{}］", "【{}】"])
def test_unit_cells_in_a_pair_of_marks_read_without_the_marks(mark: str) -> None:
    cells = ["办公室", "利用服务部", "利用服务部牵头，保管保护部配合", "编研展览部、办公室"]
    plan = zwgk.read_text(_page([mark.format(c) for c in cells]))
    assert read_rows(plan) == list(zip(TEXTS, cells, DUES, strict=True))
    assert assignments_read(plan) == UNITS
    assert "text.marked_units" in {d.code for d in plan.diagnostics}


def test_a_long_list_of_names_in_marks_is_one_cell() -> None:
    cells = ["办公室", "利用服务部", "利用服务部牵头，保管保护部配合", "编研展览部、办公室"]
    cells[3] += "、区档案局业务科室、区档案局各直属单位、各街道办事处档案室、各镇人民政府档案室"
    plan = zwgk.read_text(_page([f"[{c}]" for c in cells]))
    assert read_rows(plan) == list(zip(TEXTS, cells, DUES, strict=True))


@pytest.mark.parametrize("pair", ["【】", "[]"])
def test_field_names_in_brackets_are_no_marked_units(pair: str) -> None:
    opening, closing = pair
    lines = [
        f"{k}.{text}\n{opening}牵头单位{closing}利用服务部{opening}协办单位{closing}办公室"
        f"{opening}完成时限{closing}{due}"
        for k, (text, due) in enumerate(zip(TEXTS, DUES, strict=True), start=1)
    ]
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, *lines]))
    assert [[(a.unit, a.role.value) for a in t.responsibility.assignments] for t in plan.tasks] == [
        [("利用服务部", "lead"), ("办公室", "assist")]
    ] * 4
    assert "text.marked_units" not in {d.code for d in plan.diagnostics}


@pytest.mark.parametrize("mark", [">", "＞", "→"])
def test_a_lead_and_those_assisting_it_parted_by_a_mark_read_apart_from_the_time(
    mark: str,
) -> None:
    cells = [
        "办公室",
        f"利用服务部{mark}保管保护部",
        "利用服务部",
        f"编研展览部{mark}办公室、保管保护部",
    ]
    plan = zwgk.read_text(_page(cells))
    assert read_rows(plan) == list(zip(TEXTS, cells, DUES, strict=True))
    assert [[(a.unit, a.role.value) for a in t.responsibility.assignments] for t in plan.tasks] == [
        [("办公室", "owner")],
        [("利用服务部", "lead"), ("保管保护部", "assist")],
        [("利用服务部", "owner")],
        [("编研展览部", "lead"), ("办公室", "assist"), ("保管保护部", "assist")],
    ]


def test_names_marked_as_hashtags_read_without_the_marks() -> None:
    cells = [
        "#办公室#",
        "#利用服务部#",
        "#利用服务部#牵头，#保管保护部#配合",
        "#编研展览部#、#办公室#",
    ]
    plan = zwgk.read_text(_page(cells))
    assert read_rows(plan) == [
        (text, cell.replace("#", ""), due)
        for text, cell, due in zip(TEXTS, cells, DUES, strict=True)
    ]
    assert assignments_read(plan) == UNITS


def test_a_bracket_inside_a_name_or_opening_an_item_is_left_as_written() -> None:
    lines = [
        "一、基础信息",
        *(f"{k}.「办公室」{text}" for k, text in enumerate(TEXTS, 1)),
        "5.指导各县〔市、区〕人民政府公开预算。（各县〔市、区〕人民政府）",
        "6.公开决算。（各县〔市、区〕人民政府）",
        "7.公开审计结果。（各县〔市、区〕人民政府）",
    ]
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, *lines]))
    assert [t.text for t in plan.tasks][4] == "指导各县〔市、区〕人民政府公开预算。"
    assert [a.unit for t in plan.tasks[4:] for a in t.responsibility.assignments] == [
        "各县〔市、区〕人民政府"
    ] * 3


@pytest.mark.parametrize("brackets", ["（{}）", "({})"])
def test_role_initials_in_brackets_after_the_names_give_their_roles(brackets: str) -> None:
    lead, assist = brackets.format("牵"), brackets.format("配")
    cells = ["办公室", "利用服务部", f"利用服务部{lead}、保管保护部{assist}", "编研展览部、办公室"]
    plan = zwgk.read_text(_page(cells))
    assert [t.text for t in plan.tasks] == TEXTS
    assert assignments_read(plan) == UNITS


@pytest.mark.parametrize("leader", ["……………………", "．．．．．．．．", "······"])
def test_items_whose_leader_dots_run_to_their_office_and_time_read_apart(leader: str) -> None:
    cells = ["办公室", "利用服务部", "利用服务部牵头，保管保护部配合", "编研展览部、办公室"]
    items = [
        f"{k}.{text.rstrip('。')}{leader}{cell}\u3000{due}"
        for k, (text, cell, due) in enumerate(zip(TEXTS, cells, DUES, strict=True), 1)
    ]
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, "一、基础信息", *items]))
    assert read_rows(plan) == [
        (text.rstrip("。"), cell, due) for text, cell, due in zip(TEXTS, cells, DUES, strict=True)
    ]


def test_an_ellipsis_in_a_tasks_text_is_no_leader() -> None:
    items = [f"{k}.公开预算、决算……等信息。（办公室）" for k in range(1, 5)]
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, "一、基础信息", *items]))
    assert [t.text for t in plan.tasks] == ["公开预算、决算……等信息。"] * 4


def test_a_time_in_square_brackets_opening_an_item_is_its_deadline() -> None:
    items = [
        f"{k}.【{due}】{text}（{unit}）"
        for k, (text, due, unit) in enumerate(zip(TEXTS, DUES, ["办公室"] * 4, strict=True), 1)
    ]
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, "一、基础信息", *items]))
    assert [t.text for t in plan.tasks] == TEXTS
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == DUES
    # (a column's name in the tag is no time: it goes to the residue)
    tagged = zwgk.read_text(
        "\n".join(
            [TITLE, "一、基础信息", *(f"{k}.【财政资金】{TEXTS[0]}（办公室）" for k in (1, 2, 3))]
        )
    )
    assert [t.deadline for t in tagged.tasks] == [None] * 3


@pytest.mark.parametrize("pair", ["〈〉", "＜＞", "【】", "〔〕", "［］", "《》", "「」"])
def test_deadlines_in_a_pair_of_marks_read_without_the_marks(pair: str) -> None:
    cells = ["办公室", "利用服务部", "利用服务部牵头，保管保护部配合", "编研展览部、办公室"]
    rows = [
        f"{k}{text}{cell}{pair[0]}{due}{pair[1]}"
        for k, (text, cell, due) in enumerate(zip(TEXTS, cells, DUES, strict=True), 1)
    ]
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, HEADER, *rows, "某区档案馆"]))
    assert read_rows(plan) == list(zip(TEXTS, cells, DUES, strict=True))
    assert assignments_read(plan) == UNITS


def test_a_title_in_angle_brackets_is_no_deadline() -> None:
    rows = [f"{k}公开《某区2024年政务公开工作要点》解读。办公室及时更新" for k in (1, 2, 3)]
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, HEADER, *rows]))
    assert [t.text for t in plan.tasks] == ["公开《某区2024年政务公开工作要点》解读。"] * 3


@pytest.mark.parametrize(("lead", "assist"), [("▲", "△"), ("★", "◇")])
def test_names_marked_lead_or_assisting_as_the_key_says_read_without_the_marks(
    lead: str, assist: str
) -> None:
    key = f"责任单位前标“{lead}”的为牵头单位，标“{assist}”的为配合单位。"
    cells = ["办公室", "利用服务部", f"{lead}利用服务部、{assist}保管保护部", "编研展览部、办公室"]
    page = _page(cells).replace(PREAMBLE, PREAMBLE + key)
    plan = zwgk.read_text(page)
    assert assignments_read(plan) == UNITS
    units = parse_responsibility(f"{lead}财务科、{assist}办公室、{assist}法规科").assignments
    assert [a.unit for a in units] == ["财务科", "办公室", "法规科"]
