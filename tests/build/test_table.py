"""The table assembly: grids in, tasks out."""

from __future__ import annotations

import pytest

from zwgk import Plan, Role
from zwgk.build import (
    R_EXTRA_COLUMN,
    R_HEADER,
    R_NOTICE,
    R_REPEATED_HEADER,
    R_UNPLACED_ROW,
    build_plan,
)
from zwgk.document import Block, Cell, Document, Grid


def _plan(*parts: Block | Grid, year: int | None = 2024) -> Plan:
    return build_plan(Document(list(parts)), year=year)


def _reasons(plan: Plan) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in plan.residue:
        out.setdefault(r.reason, []).append(r.text)
    return out


# -- header roles ------------------------------------------------------------


def test_header_roles_place_every_field() -> None:
    grid = Grid.from_rows(
        [
            ["序号", "具体要求", "责任单位", "完成时限", "备注"],
            ["1", "推进预算公开。", "财政局", "2024年6月底前", "按季度"],
            ["2", "公开债务信息。", "财政局", "长期坚持", ""],
        ]
    )
    plan = _plan(grid)
    first, second = plan.tasks
    assert (first.number, first.label, first.text) == (1, "1", "推进预算公开。")
    assert first.responsibility is not None and first.responsibility.units() == ("财政局",)
    assert first.deadline is not None and first.deadline.raw == "2024年6月底前"
    assert first.note == "按季度"
    assert second.note is None and second.deadline is not None
    assert _reasons(plan)[R_HEADER] == ["序号", "具体要求", "责任单位", "完成时限", "备注"]


def test_status_and_unknown_columns_go_to_the_residue() -> None:
    grid = Grid.from_rows(
        [
            ["工作任务", "责任单位", "落实情况", "联系人"],
            ["1.推进预算公开。", "财政局", "已完成", "张三"],
        ]
    )
    plan = _plan(grid)
    assert [t.text for t in plan.tasks] == ["推进预算公开。"]
    extra = _reasons(plan)[R_EXTRA_COLUMN]
    assert "已完成" in extra and "张三" in extra


def test_two_responsibility_columns_side_by_side_lead_and_own() -> None:
    # the city's unit, then the bureau's own office: the first leads
    grid = Grid.from_rows(
        [
            ["具体要求", "市级责任单位", "责任单位"],
            ["1.推进预算公开。", "市财政局", "计财科"],
        ]
    )
    (task,) = _plan(grid).tasks
    assert task.responsibility is not None and task.responsibility.units() == ("市财政局", "计财科")
    assert task.responsibility.leads == ("市财政局",)
    assert task.note is None


def test_a_responsibility_column_apart_from_the_plans_own_is_a_note() -> None:
    grid = Grid.from_rows(
        [
            ["市级责任单位", "具体要求", "责任单位"],
            ["市财政局", "1.推进预算公开。", "计财科"],
        ]
    )
    (task,) = _plan(grid).tasks
    assert task.responsibility is not None and task.responsibility.units() == ("计财科",)
    assert task.note == "市财政局"


def test_two_row_header_folds_the_lower_words_in() -> None:
    top = Cell("责任分工", 0, 1, colspan=2)
    cells = [
        Cell("工作任务", 0, 0, rowspan=2),
        top,
        Cell("牵头科室", 1, 1),
        Cell("配合科室", 1, 2),
        Cell("1.推进预算公开。", 2, 0),
        Cell("财务科", 2, 1),
        Cell("办公室", 2, 2),
    ]
    plan = _plan(Grid(cells))
    (task,) = plan.tasks
    assert task.responsibility is not None
    assert task.responsibility.leads == ("财务科",)
    assert [a.unit for a in task.responsibility.assignments if a.role is Role.ASSIST] == ["办公室"]
    assert "责任分工" in _reasons(plan)[R_HEADER]


@pytest.mark.parametrize("spread", ["", "责任分工"])
def test_two_row_header_copied_as_text_folds_the_lower_words_in(spread: str) -> None:
    # (a merged header cell copied as text: written once, then empty or written again)
    grid = Grid.from_rows(
        [
            ["工作任务", "责任分工", spread, "完成时限"],
            ["", "牵头科室", "配合科室", ""],
            ["1.推进预算公开。", "财务科", "办公室", "6月底前"],
        ]
    )
    plan = _plan(grid)
    (task,) = plan.tasks
    assert task.responsibility is not None
    assert task.responsibility.leads == ("财务科",)
    assert [a.unit for a in task.responsibility.assignments if a.role is Role.ASSIST] == ["办公室"]


def test_a_row_of_units_under_the_header_is_no_second_header() -> None:
    grid = Grid.from_rows(
        [
            ["工作任务", "责任单位", "", "完成时限"],
            ["1.推进预算公开。", "财务科", "办公室", "6月底前"],
        ]
    )
    (task,) = _plan(grid).tasks
    assert task.text == "推进预算公开。"


def test_rows_above_the_header_are_notice() -> None:
    grid = Grid.from_rows(
        [
            ["某县2024年政务公开工作要点分工方案", None, None],
            ["工作任务", "责任单位", "完成时限"],
            ["1.推进预算公开。", "财政局", "6月底前"],
        ]
    )
    plan = _plan(grid)
    assert len(plan.tasks) == 1
    assert _reasons(plan)[R_NOTICE] == ["某县2024年政务公开工作要点分工方案"]
    assert plan.title is not None and "政务公开工作要点" in plan.title


def test_repeated_header_on_a_new_page_is_skipped() -> None:
    grid = Grid.from_rows(
        [
            ["工作任务", "责任单位"],
            ["1.推进预算公开。", "财政局"],
            ["工作任务", "责任单位"],
            ["2.公开债务信息。", "财政局"],
        ]
    )
    plan = _plan(grid)
    assert [t.number for t in plan.tasks] == [1, 2]
    assert _reasons(plan)[R_REPEATED_HEADER] == ["工作任务", "责任单位"]


def test_table_without_a_header_infers_its_roles() -> None:
    grid = Grid.from_rows(
        [
            ["一、做好财政信息公开", "1.推进预算、决算公开。", "财务科", "长期坚持"],
            [None, "2.及时公开债务信息。", "财务科、办公室", "年底前"],
        ]
    )
    plan = _plan(grid)
    assert [t.section for t in plan.tasks] == [("做好财政信息公开",)] * 2
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.units() == ("财务科", "办公室")
    assert plan.tasks[0].deadline is not None and plan.tasks[0].deadline.raw == "长期坚持"


# -- heading columns and heading rows -----------------------------------------


def test_two_heading_columns_nest() -> None:
    grid = Grid.from_rows(
        [
            ["重点工作", "工作任务", "具体措施", "责任单位"],
            ["一、财政信息", "（一）预算公开", "1.公开预算。", "财政局"],
            [None, None, "2.公开决算。", "财政局"],
            [None, "（二）债务公开", "3.公开债务。", "财政局"],
            ["二、政策解读", "（三）解读", "4.解读政策。", "办公室"],
        ]
    )
    plan = _plan(grid)
    assert [t.section for t in plan.tasks] == [
        ("财政信息", "预算公开"),
        ("财政信息", "预算公开"),
        ("财政信息", "债务公开"),
        ("政策解读", "解读"),
    ]
    assert plan.tasks[0].section_labels == ("一、", "（一）")


def test_heading_written_across_the_table() -> None:
    cells = [
        Cell("具体要求", 0, 0),
        Cell("责任单位", 0, 1),
        Cell("一、做好财政信息公开", 1, 0, colspan=2),
        Cell("1.推进预算公开。", 2, 0),
        Cell("财务科", 2, 1),
        Cell("二、做好政策解读", 3, 0, colspan=2),
        Cell("2.解读政策。", 4, 0),
        Cell("办公室", 4, 1),
    ]
    plan = _plan(Grid(cells))
    assert [(t.number, t.section) for t in plan.tasks] == [
        (1, ("做好财政信息公开",)),
        (2, ("做好政策解读",)),
    ]


def test_heading_in_the_requirement_column_own_row() -> None:
    grid = Grid.from_rows(
        [
            ["具体要求", "责任单位"],
            ["一、做好财政信息公开", ""],
            ["1.推进预算公开。", "财务科"],
        ]
    )
    (task,) = _plan(grid).tasks
    assert task.section == ("做好财政信息公开",)


def test_heading_cell_with_two_levels_on_two_lines() -> None:
    grid = Grid.from_rows(
        [
            ["工作任务", "具体要求", "责任单位"],
            ["一、财政信息\n（一）预算公开", "1.公开预算。", "财政局"],
        ]
    )
    (task,) = _plan(grid).tasks
    assert task.section == ("财政信息", "预算公开")


# -- shared cells ----------------------------------------------------------------


def test_responsibility_merged_over_rows_is_one_group() -> None:
    grid = Grid.from_rows(
        [
            ["具体要求", "责任单位"],
            ["1.推进预算公开。", "财务科"],
            ["2.公开债务信息。", None],
            ["3.更新网站。", "办公室"],
        ]
    )
    plan = _plan(grid)
    assert [t.group for t in plan.tasks] == [1, 1, None]
    assert [t.responsibility.units() for t in plan.tasks if t.responsibility] == [
        ("财务科",),
        ("财务科",),
        ("办公室",),
    ]


def test_cell_with_several_numbered_items_is_several_tasks_of_one_group() -> None:
    grid = Grid.from_rows(
        [
            ["具体要求", "责任单位"],
            ["1.推进预算公开。\n2.公开债务信息。", "财务科"],
        ]
    )
    plan = _plan(grid)
    assert [(t.number, t.text, t.group) for t in plan.tasks] == [
        (1, "推进预算公开。", 1),
        (2, "公开债务信息。", 1),
    ]


def test_number_column_numbers_the_task_and_keeps_the_text_label() -> None:
    grid = Grid.from_rows(
        [
            ["序号", "具体要求", "责任单位"],
            ["3", "（一）推进预算公开。", "财务科"],
        ]
    )
    (task,) = _plan(grid).tasks
    assert (task.number, task.label, task.text) == (3, "3", "（一）推进预算公开。")


def test_tasks_without_any_number_keep_none() -> None:
    grid = Grid.from_rows(
        [
            ["具体要求", "责任单位"],
            ["推进预算公开。", "财务科"],
            ["公开债务信息。", "财务科"],
        ]
    )
    plan = _plan(grid)
    assert [(t.number, t.label) for t in plan.tasks] == [(None, ""), (None, "")]


def test_serial_cells_the_grammar_gives_no_number_are_labels_numbered_in_order() -> None:
    grid = Grid.from_rows(
        [
            ["序号", "具体要求", "责任单位"],
            ["1-1", "推进预算公开。", "财务科"],
            ["1-2", "公开债务信息。", "财务科"],
        ]
    )
    plan = _plan(grid)
    assert [(t.number, t.label) for t in plan.tasks] == [(1, "1-1"), (2, "1-2")]


# -- lead and assist columns -----------------------------------------------------


def test_lead_and_assist_columns_give_roles() -> None:
    grid = Grid.from_rows(
        [
            ["具体要求", "牵头单位", "配合单位"],
            ["1.推进预算公开。", "财政局", "各镇街、审计局"],
        ]
    )
    (task,) = _plan(grid).tasks
    resp = task.responsibility
    assert resp is not None
    assert resp.leads == ("财政局",)
    assert [a.unit for a in resp.assignments if a.role is Role.ASSIST] == ["各镇街", "审计局"]


def test_lead_column_beside_a_responsibility_column_that_names_others() -> None:
    # 责任单位 beside 牵头单位: the units that own the task with its lead
    grid = Grid.from_rows(
        [
            ["具体要求", "牵头单位", "责任单位"],
            ["1.推进预算公开。", "财政局", "审计局"],
        ]
    )
    (task,) = _plan(grid).tasks
    resp = task.responsibility
    assert resp is not None
    assert resp.leads == ("财政局",)
    assert [a.unit for a in resp.assignments if a.role is Role.OWNER] == ["审计局"]
    assert not [a for a in resp.assignments if a.role is Role.ASSIST]


def test_responsibility_column_that_says_assist_keeps_its_word() -> None:
    grid = Grid.from_rows(
        [
            ["具体要求", "牵头单位", "责任单位"],
            ["1.推进预算公开。", "财政局", "审计局配合"],
        ]
    )
    (task,) = _plan(grid).tasks
    resp = task.responsibility
    assert resp is not None
    assert [a.unit for a in resp.assignments if a.role is Role.ASSIST] == ["审计局"]


def test_responsibility_column_repeating_the_lead_is_taken_whole() -> None:
    grid = Grid.from_rows(
        [
            ["具体要求", "牵头单位", "责任单位"],
            ["1.推进预算公开。", "财政局", "财政局牵头，审计局配合"],
        ]
    )
    (task,) = _plan(grid).tasks
    assert task.responsibility is not None
    assert task.responsibility.raw == "财政局牵头，审计局配合"
    assert task.responsibility.leads == ("财政局",)


# -- what is left over -------------------------------------------------------------


def test_rows_after_the_last_task_are_closing_text() -> None:
    grid = Grid.from_rows(
        [
            ["具体要求", "责任单位"],
            ["1.推进预算公开。", "财务科"],
            ["", "联系人：张三"],
        ]
    )
    plan = _plan(grid)
    assert len(plan.tasks) == 1
    assert "联系人：张三" in _reasons(plan)["closing: text after the plan body"]


def test_row_between_tasks_with_no_task_is_unplaced() -> None:
    grid = Grid.from_rows(
        [
            ["具体要求", "责任单位"],
            ["1.推进预算公开。", "财务科"],
            ["", "（此行空缺）"],
            ["2.公开债务信息。", "财务科"],
        ]
    )
    plan = _plan(grid)
    assert [t.number for t in plan.tasks] == [1, 2]
    assert _reasons(plan)[R_UNPLACED_ROW] == ["（此行空缺）"]


def test_unread_deadline_is_kept_and_reported() -> None:
    grid = Grid.from_rows(
        [
            ["具体要求", "责任单位", "完成时限"],
            ["1.推进预算公开。", "财务科", "视情况而定"],
        ]
    )
    plan = _plan(grid)
    assert plan.tasks[0].deadline is None
    assert _reasons(plan)["deadline not understood"] == ["视情况而定"]
    assert [d.code for d in plan.diagnostics] == ["deadline.unread"]


def test_text_around_tables_is_notice_and_closing() -> None:
    grid = Grid.from_rows([["具体要求", "责任单位"], ["1.推进预算公开。", "财务科"]])
    plan = _plan(
        Block("关于印发2024年政务公开工作要点的通知"),
        grid,
        Block("二、做好政策解读"),
        Grid.from_rows([["具体要求", "责任单位"], ["2.解读政策。", "办公室"]]),
        Block("某县人民政府办公室"),
    )
    assert [(t.number, t.section) for t in plan.tasks] == [(1, ()), (2, ("做好政策解读",))]
    reasons = _reasons(plan)
    assert reasons[R_NOTICE] == ["关于印发2024年政务公开工作要点的通知"]
    assert reasons["closing: text after the plan body"] == ["某县人民政府办公室"]


def test_no_tasks_is_a_warning() -> None:
    plan = _plan(Block("没有任务的文字。"))
    assert plan.tasks == ()
    assert [d.code for d in plan.diagnostics] == ["plan.no_tasks"]


def test_a_heading_row_copied_as_text_with_its_other_cells_empty_is_a_top_heading() -> None:
    grid = Grid.from_rows(
        [
            ["序号", "工作任务", "具体要求", "责任科室"],
            ["一、助力经济发展", "", "", ""],
            ["1", "（一）做好市场主体信息公开", "公开企业资质审批结果。", "审批科"],
            ["2", None, "及时更新办事指南。", "审批科"],
        ]
    )
    plan = _plan(grid)
    assert [t.section for t in plan.tasks] == [
        ("助力经济发展", "做好市场主体信息公开"),
        ("助力经济发展", "做好市场主体信息公开"),
    ]


def test_a_responsibility_column_beside_an_assist_column_leads() -> None:
    grid = Grid.from_rows(
        [
            ["序号", "公开内容", "责任部门", "配合部门", "公开时限"],
            ["1", "公开供水服务承诺。", "办公室", "营业服务部", "2023年3月底前"],
            ["2", "公开水质检测结果。", "水质检测中心", "", "每月"],
            ["3", "公开停水通知。", "工程管理部牵头，客户服务中心配合", "财务部", "及时"],
        ]
    )
    plan = _plan(grid)
    roles = [
        [(a.unit, a.role) for a in t.responsibility.assignments]
        for t in plan.tasks
        if t.responsibility is not None
    ]
    assert roles == [
        [("办公室", Role.LEAD), ("营业服务部", Role.ASSIST)],
        [("水质检测中心", Role.LEAD)],
        [("工程管理部", Role.LEAD), ("客户服务中心", Role.ASSIST), ("财务部", Role.ASSIST)],
    ]


def test_a_row_with_an_empty_lead_cell_keeps_its_assist_and_responsibility_cells() -> None:
    grid = Grid.from_rows(
        [
            ["工作任务", "牵头单位", "配合单位", "责任单位", "完成时限"],
            ["公开部门预算。", "财政局", "审计局", "各部门", "2023年6月底前"],
            ["公开办事指南。", "", "政务服务中心", "各部门", "长期坚持"],
        ]
    )
    second = _plan(grid).tasks[1]
    assert second.responsibility is not None
    assert [(a.unit, a.role) for a in second.responsibility.assignments] == [
        ("政务服务中心", Role.ASSIST),
        ("各部门", Role.OWNER),
    ]


def test_a_lead_cell_merged_over_rows_with_their_own_assist_cells_groups_no_rows() -> None:
    # the lead is shared, the responsibility is not: each row keeps its own
    lead = Cell("县发展改革委", 1, 1, rowspan=2)
    cells = [
        Cell("工作措施", 0, 0),
        Cell("牵头单位", 0, 1),
        Cell("配合单位", 0, 2),
        Cell("公开惠企政策清单。", 1, 0),
        lead,
        Cell("县工信局", 1, 2),
        Cell("公开政府投资项目信息。", 2, 0),
        Cell("县财政局", 2, 2),
    ]
    first, second = _plan(Grid(cells)).tasks
    assert first.group is None and second.group is None
    assert second.responsibility is not None
    assert second.responsibility.units() == ("县发展改革委", "县财政局")


def test_a_column_of_the_tasks_own_short_titles_gives_their_text() -> None:
    """公开事项 | 公开内容 (工作任务 | 具体措施) where every row shows its own
    short first cell: the task is named by it and its requirement is the
    note; a 类别 cell merged over rows before them is the section."""
    grid = Grid.from_rows(
        [
            ["序号", "类别", "公开事项", "公开内容", "责任科室"],
            ["1", "政策公开", "优抚政策", "公开优抚对象抚恤补助标准和申领流程", "优抚科"],
            ["2", None, "安置政策", "公开退役士兵安置计划和安置结果", "安置科"],
            ["3", "服务公开", "办事指南", "公开服务事项清单和办事指南", "办公室"],
        ]
    )
    plan = _plan(grid)
    assert [(t.text, t.note, t.section) for t in plan.tasks] == [
        ("优抚政策", "公开优抚对象抚恤补助标准和申领流程", ("政策公开",)),
        ("安置政策", "公开退役士兵安置计划和安置结果", ("政策公开",)),
        ("办事指南", "公开服务事项清单和办事指南", ("服务公开",)),
    ]


def test_a_column_of_numbered_headings_one_per_row_is_no_title() -> None:
    grid = Grid.from_rows(
        [
            ["序号", "工作任务", "具体要求", "责任单位"],
            ["1", "一、优化政务公开工作基础", "做好做好做好做好。", "办公室"],
            ["2", "二、加强政策解读", "做好政府信息解读。", "法规科"],
        ]
    )
    plan = _plan(grid)
    assert [(t.text, t.section) for t in plan.tasks] == [
        ("做好做好做好做好。", ("优化政务公开工作基础",)),
        ("做好政府信息解读。", ("加强政策解读",)),
    ]


def test_a_heading_column_or_one_merged_over_rows_is_no_title() -> None:
    named_as_heading = Grid.from_rows(
        [
            ["序号", "重点工作", "具体措施", "责任科室"],
            ["1", "优抚政策", "公开优抚对象抚恤补助标准和申领流程", "优抚科"],
            ["2", "安置政策", "公开退役士兵安置计划和安置结果", "安置科"],
        ]
    )
    plan = _plan(named_as_heading)
    assert [(t.text, t.section) for t in plan.tasks] == [
        ("公开优抚对象抚恤补助标准和申领流程", ("优抚政策",)),
        ("公开退役士兵安置计划和安置结果", ("安置政策",)),
    ]
