"""Header words and cell values of the shared vocabulary (``zwgk.lang.vocab``)."""

from __future__ import annotations

import pytest

import zwgk
from zwgk.lang.vocab import (
    FIELD_RE,
    HEADER_QUALIFIER,
    HEADER_WORDS,
    channels_end,
    header_role,
    is_aims_heading,
    is_status,
    kinds_after_text,
    lead_of_two_owners,
    names_units,
)


@pytest.mark.parametrize("kind", ["单位", "部门", "科室", "处室", "股室", "機構"])
def test_a_unit_columns_role_is_its_role_word_with_any_kind_of_unit(kind: str) -> None:
    assert header_role(f"牵头{kind}") == "lead"
    assert header_role(f"配合{kind}") == "assist"
    assert header_role(f"协办{kind}") == "assist"
    assert header_role(f"责任{kind}") == "resp"


def test_a_kind_in_brackets_after_the_header_word_does_not_change_its_role() -> None:
    assert header_role("配合处室（单位）") == "assist"
    assert header_role("牵头处室（单位）") == "lead"


@pytest.mark.parametrize("cell", ["已完成", "正在推进", "推进中", "按期完成", "基本完成", "进行中"])
def test_progress_values(cell: str) -> None:
    assert is_status(cell)


@pytest.mark.parametrize("cell", ["2023年6月底前", "持续推进", "党政办", "公开预算。", ""])
def test_what_is_no_progress_value(cell: str) -> None:
    assert not is_status(cell)


@pytest.mark.parametrize("cell", ["细化分工", "细化措施", "具体内容"])
def test_a_detailed_task_column_holds_the_text(cell: str) -> None:
    assert header_role(cell) == "text"


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("公开要求", "text"),
        ("更新时限", "deadline"),
        ("公开时间", "deadline"),
        ("更新频次", "deadline"),
        ("公开频率", "deadline"),
    ],
)
def test_header_words_of_routine_disclosure_lists(cell: str, role: str) -> None:
    assert header_role(cell) == role
    assert cell in HEADER_WORDS


@pytest.mark.parametrize("cell", ["负责处室", "落实部门", "實施單位", "局內負責 處室", "承办单位"])
def test_a_unit_column_named_by_what_its_units_do_holds_the_responsibility(cell: str) -> None:
    assert header_role(cell) == "resp"


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("落实举措", "text"),
        ("工作重点", "text"),
        ("实施主体", "resp"),
        ("牵头责任单位", "lead"),
        ("配合责任单位", "assist"),
        ("协作单位", "assist"),
        ("时序进度", "deadline"),
        ("推进情况", "status"),
        ("完成进度", "status"),
        ("牵头领导", "status"),
        ("任务类别", "heading"),
        ("一级指标", "heading"),
    ],
)
def test_header_words_as_offices_vary_them(cell: str, role: str) -> None:
    assert header_role(cell) == role
    assert cell in HEADER_WORDS


@pytest.mark.parametrize("cell", ["局各股室：", "机构职能", "负责人", "做好市场主体信息公开"])
def test_a_kind_of_unit_without_a_role_word_names_no_unit_column(cell: str) -> None:
    assert header_role(cell) != "resp"


@pytest.mark.parametrize("gap", ["市级", "本局", "局内", "委内", "市里", "縣裡"])
def test_a_qualifier_before_a_unit_header_word(gap: str) -> None:
    assert HEADER_QUALIFIER.match(gap)


def test_two_owner_columns_side_by_side_the_first_leads() -> None:
    roles = ["number", "heading", "text", "resp", "resp", "deadline", "status"]
    assert lead_of_two_owners(roles)[3:5] == ["lead", "resp"]
    assert lead_of_two_owners(["text", "resp", "deadline", "resp"])[1] == "resp"


@pytest.mark.parametrize(
    ("word", "role"),
    [("公开主体", "resp"), ("发布主体", "resp"), ("序号 |", "number"), ("责任单位｜", "resp")],
)
def test_a_disclosure_lists_body_and_a_cell_closed_by_its_separator_name_columns(
    word: str, role: str
) -> None:
    assert header_role(word) == role


def test_a_heading_about_market_bodies_names_no_column() -> None:
    assert header_role("市场主体信息公开") is None


@pytest.mark.parametrize(("cell", "role"), [("任务分工", "resp"), ("工作分工", "resp")])
def test_the_division_of_the_tasks_names_who_does_them(cell: str, role: str) -> None:
    """A column named for the division of the tasks (工作要点 | 具体要求 | 任务分工)
    lists who does each; 细化分工 beside 工作任务 is the requirement."""
    assert header_role(cell) == role
    assert header_role("细化分工") == "text"


def test_a_field_name_parted_by_a_space_names_its_field() -> None:
    found = FIELD_RE.search("定期公开重点工作进展情况.(责任 单位: 各省辖市政府)")
    assert found is not None and names_units(found)
    plan = zwgk.read_text(
        "2021年某省政务公开工作要点\n一、加强重点领域信息公开\n"
        "(一) 做好报告落实情况公开.定期公开工作进展情况.(责任 单位: 各市政府、省直各部门)\n"
        "(二) 做好财政信息公开.(责任 单位: 省财政厅)\n"
    )
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "各市政府、省直各部门",
        "省财政厅",
    ]


@pytest.mark.parametrize(
    ("text", "channels"),
    [
        ("政府网站、公示栏建设管理股", "政府网站、公示栏"),
        ("政府网站办公室", "政府网站"),
        ("政府网站、政务服务大厅政策法规股负责", "政府网站、政务服务大厅"),
        ("微信公众号和村务公开栏村委会", "微信公众号和村务公开栏"),
        ("办公室", ""),
    ],
)
def test_channels_a_publishing_cell_lists(text: str, channels: str) -> None:
    assert text[: channels_end(text)] == channels


def test_whom_a_task_is_disclosed_to_is_kept_beside_it() -> None:
    # 公开范围 and 公开对象 name no units and no remark: kept as 落实情况 is
    assert header_role("公开范围") == header_role("公开对象") == "status"
    assert header_role("公开方式") == "note"
    assert channels_end("全社会综合股") == 3 and channels_end("特定对象、申请人执法股") == 8


def test_a_kind_column_right_of_the_text_is_kept_beside_it() -> None:
    assert kinds_after_text(["工作任务", "考核指标"], ["text", "heading"]) == ["text", "other"]
    assert kinds_after_text(["一级指标", "工作任务"], ["heading", "text"]) == ["heading", "text"]


def test_a_serial_column_may_name_what_it_numbers() -> None:
    assert [header_role(h) for h in ("指标序号", "任务编号", "事项序号", "序号")] == ["number"] * 4
    # a document's own number is no serial column
    assert header_role("文件编号") != "number"


def test_a_column_of_what_a_task_is_judged_by_is_no_requirement_column() -> None:
    judged_by = ("评价标准", "考核标准", "验收标准", "评分标准")
    assert [header_role(h) for h in judged_by] == ["other"] * 4
    # a standard the task itself sets out is its text
    assert header_role("公开标准") == header_role("完成标准") == "text"


def test_the_guiding_thought_of_the_whole_is_an_aims_heading() -> None:
    assert is_aims_heading("总体指导思想")
    assert not is_aims_heading("进一步做好政府信息公开平台维护")


def test_aims_joined_by_and_or_qualified_are_an_aims_heading() -> None:
    assert is_aims_heading("指导思想和公开原则")
    assert is_aims_heading("年度目标")
    assert not is_aims_heading("推进决策和执行公开")
    assert not is_aims_heading("完善公开目标考核")


def test_the_leading_group_a_plan_sets_up_heads_a_part_on_carrying_it_out() -> None:
    from zwgk.lang.vocab import is_support_heading

    assert is_support_heading("组织领导") and is_support_heading("加强组织领导")
    assert not is_support_heading("领导干部任前公示")
