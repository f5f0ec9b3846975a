"""The text layouts, on documents written the way real plans are (not the seeds)."""

from __future__ import annotations

import datetime as dt

import pytest

import zwgk
from tests.conftest import DATA
from zwgk import DeadlineKind, Role
from zwgk._conserve import REASON_UNPLACED
from zwgk.testing import unplaced_text
from zwgk_plugins._text_layouts import Line, join_cell_lines

TEXT = DATA / "text"


def _read(name: str, **options: object) -> zwgk.Plan:
    return zwgk.read(TEXT / name, **options)


def test_pipe_table_merges_missing_cells_from_the_row_above() -> None:
    plan = _read("pipe_table.txt")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.section for t in plan.tasks] == [("强化政策解读",)] * 2 + [
        ("推进基层政务公开标准化",)
    ] * 2
    t1, t2, t3, t4 = plan.tasks
    assert t2.text == "持续做好招生入学政策问答。"
    assert t1.responsibility is not None and t1.responsibility.leads == ("办公室",)
    assert t2.responsibility is not None and t2.responsibility.units() == ("基础教育股",)
    assert t1.deadline is not None and t1.deadline.due == dt.date(2022, 12, 31)
    assert t2.deadline is not None and t2.deadline.kind is DeadlineKind.RECURRING
    assert t3.deadline is not None and t3.deadline.kind is DeadlineKind.ONGOING
    assert t4.deadline is not None and t4.deadline.kind is DeadlineKind.RECURRING
    assert t4.responsibility is not None
    assert ("基础教育股", Role.LEAD) in [(a.unit, a.role) for a in t4.responsibility.assignments]


MERGED_CELLS_LOST = (
    "类别 | 序号 | 工作任务 | 责任单位 | 责任人 | 完成时限 | 备注 |\n"
    "一、财政信息 | 1 | 公开县本级预决算和部门预决算。 | 县财政局 | 分管副局长 | 批复后20日内 | |\n"
    "2 | 公开政府债务限额和余额情况。 | 每半年 | |\n"
    "二、民生信息 | 3 | 公开社会救助资金发放情况。 | 县民政局 | 分管副局长 | 每季度 | |\n"
    "二、民生信息 | 4 | 公开医保待遇政策和定点医药机构名单。 | 县医保局 | 分管副局长 | |\n"
    "5 | 公开义务教育招生入学政策。 | 年底前 | 同步公开 |\n"
)


def test_a_short_pipe_row_loses_the_merged_cells_its_own_cells_do_not_fit() -> None:
    # the cells a short row lost are those merged over it: which ones, its
    # cells tell (a deadline in the deadline column, units in a unit column, a
    # serial number in the number column); the person in charge is no unit
    plan = zwgk.read(MERGED_CELLS_LOST.encode(), format="text", year=2024)
    got = [
        (t.number, t.responsibility and t.responsibility.raw, t.deadline and t.deadline.raw)
        for t in plan.tasks
    ]
    assert got == [
        (1, "县财政局", "批复后20日内"),
        (2, "县财政局", "每半年"),
        (3, "县民政局", "每季度"),
        (4, "县医保局", "每季度"),
        (5, "县医保局", "年底前"),
    ]
    assert plan.tasks[4].section == ("民生信息",)
    assert "分管副局长" in {r.text for r in plan.residue}


CELLS_WITH_A_SIGNATURE = """某街道办事处2023年政务公开重点任务清单

工作任务

具体措施

责任科室

完成时限

做好辖区重点工作信息公开

1.公开街道年度重点工作任务和民生实事项目清单。

党政办公室

每季度

2.公开辖区老旧小区改造项目计划和施工进度。

城市管理办公室

2023年12月底前

夯实政务公开基础

3.编制街道政务公开事项标准目录。

4.规范依申请公开办理，按法定时限答复。

党政办公室

长期坚持

雁塔区长延堡街道办事处
2023年2月28日
"""


def test_one_cell_per_line_a_heading_after_the_header_and_a_signature_after_the_rows() -> None:
    # a heading right after the header (做好…) is no header cell, and the
    # issuer's line and the date's closing the text are no unit cell
    plan = zwgk.read(CELLS_WITH_A_SIGNATURE.encode(), format="text", layout="cells")
    assert [t.section for t in plan.tasks] == [("做好辖区重点工作信息公开",)] * 2 + [
        ("夯实政务公开基础",)
    ] * 2
    assert [t.responsibility and t.responsibility.raw for t in plan.tasks] == [
        "党政办公室",
        "城市管理办公室",
        "党政办公室",
        "党政办公室",
    ]
    assert plan.issuer == "雁塔区长延堡街道办事处"


def test_a_heading_naming_a_column_over_one_cell_per_line_is_no_header() -> None:
    # a heading that asks for its work (做好…重点工作) above a unit column's
    # name: the layout is not taken for a header written one cell per line
    plan = zwgk.read_text(
        "某社区2024年政务公开工作任务\n做好政务公开重点工作\n责任单位\n"
        "1.公开社区服务事项清单。\n社区居委会\n2.及时公开惠民资金发放情况。\n社区财务室\n"
    )
    assert [t.text for t in plan.tasks] == ["公开社区服务事项清单。", "及时公开惠民资金发放情况。"]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "社区居委会",
        "社区财务室",
    ]


def test_a_parts_heading_alone_on_its_pipe_row_is_written_across_not_merged() -> None:
    rows = [
        "| 序号 | 工作任务 | 具体内容 | 牵头单位 | 责任单位 |",
        "| 一、加强政策公开 |",
        "| 1 | （一）做好政策解读 | 同步发布解读材料。 | 县政府办 | 县直各部门 |",
        "| 2 |  | 开展在线访谈。 | 县融媒体中心 |  |",
        "| 二、夯实工作基础 |",
        "| 1 | （一）规范信息管理 | 清理规范性文件。 | 县司法局 | 县直各部门 |",
    ]
    plan = zwgk.read_text("某县2023年政务公开重点工作任务分工\n" + "\n".join(rows) + "\n")
    assert [t.section for t in plan.tasks] == [
        ("加强政策公开", "做好政策解读"),
        ("加强政策公开", "做好政策解读"),
        ("夯实工作基础", "规范信息管理"),
    ]
    texts = ["同步发布解读材料。", "开展在线访谈。", "清理规范性文件。"]
    assert [t.text for t in plan.tasks] == texts
    assert not any(r.text.startswith("一、") for r in plan.residue)


def test_a_parts_heading_row_over_a_heading_column_is_above_it_not_in_it() -> None:
    rows = [
        "| 工作任务 | 具体措施 | 牵头部门 | 配合部门 | 完成时限 |",
        "| 一、推进重点领域信息公开 |",
        "| 做好财政信息公开 | 1.公开本级财政预算、决算。 | 财政局 | 各部门 | 每年 |",
        "| 2.公开政府债务限额和余额。 | 每半年 |",
        "| 二、加强平台建设 |",
        "| 规范公开平台 | 3.规范政府信息公开专栏。 | 党政办公室 | 各部门 | 2022年9月底前 |",
    ]
    plan = zwgk.read_text("某新城2022年政务公开工作要点任务分工\n" + "\n".join(rows) + "\n")
    assert [t.section for t in plan.tasks] == [
        ("推进重点领域信息公开", "做好财政信息公开"),
        ("推进重点领域信息公开", "做好财政信息公开"),
        ("加强平台建设", "规范公开平台"),
    ]


def test_a_later_pages_pipe_rows_with_no_header_are_placed_by_what_their_cells_hold() -> None:
    rows = [
        "| （三）推进重大建设项目信息公开 | | | |",
        "| 5.公开重大项目批准信息 | 区发展改革局 | 区住房城乡建设局、区自然资源局 | 长期坚持 |",
        "| 6.公开政府投资项目年度计划 | 区发展改革局 | 每半年 |",
        "| 7.公开公共资源交易结果 | 区公共资源交易中心 | 及时 |",
        "| 8.公开保障房分配结果 | 区住房城乡建设局 | 各街道办事处、各镇政府 | 2022年9月底前 |",
    ]
    tail = "| 区发展改革局 | 区级各部门 | 2022年6月底前 |"  # the last cells of task 4
    plan = zwgk.read_text("\n".join([tail, *rows]) + "\n")
    assert [t.number for t in plan.tasks] == [5, 6, 7, 8]
    kept = [r.text for r in plan.residue if r.reason == "the tail of a task the page before holds"]
    assert kept == ["区发展改革局", "区级各部门", "2022年6月底前"]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "长期坚持",
        "每半年",
        "及时",
        "2022年9月底前",
    ]
    roles = [
        [(a.unit, a.role) for a in t.responsibility.assignments]
        for t in plan.tasks
        if t.responsibility
    ]
    assert roles[1] == [("区发展改革局", Role.LEAD)]
    assert roles[3][0] == ("区住房城乡建设局", Role.LEAD) and roles[3][1][1] is Role.ASSIST


def test_pipe_blocks_parted_by_part_headings_keep_the_headers_columns() -> None:
    text = (
        "某局2021年政务公开工作要点任务分工\n"
        "序号 | 工作要点 | 具体任务 | 主办科室 | 协办科室 | 完成时限 | 推进情况\n"
        "一、深化重点领域信息公开\n"
        "1 | （一）市场主体信息 | 公开开办流程 | 登记注册科 | 审批科 | 2021年8月底前 | 已完成\n"
        "2 | （一）市场主体信息 | 公开行政许可信息 | 信用监督管理科 | 各业务科室 | 7个工作日内 |\n"
        "3 | （二）食品安全信息 | 公开食品抽检结果 | 食品抽检科 | 各县局 | 每季度 | 推进中\n"
        "4 | （二）食品安全信息 | 公开药店检查结果 | 药品监管科 |  | 检查后20个工作日内 |\n"
        "二、加强执法信息公开\n"
        "1 | （一）行政处罚 | 公开行政处罚决定 | 执法稽查科 | 法规科 | 20个工作日内 |\n"
        "2 | （二）消费维权 | 公开投诉举报处理情况 | 消保科 |  | 每季度 |\n"
    )
    plan = zwgk.read_text(text)
    assert [t.text for t in plan.tasks][3] == "公开药店检查结果"
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2021年8月底前",
        "7个工作日内",
        "每季度",
        "检查后20个工作日内",
        "20个工作日内",
        "每季度",
    ]
    assert plan.tasks[3].responsibility is not None
    assert plan.tasks[3].responsibility.raw == "药品监管科"


def test_a_short_pipe_row_in_a_table_wider_than_its_header() -> None:
    # a row with more cells than the header makes the table wider; a short
    # row is still placed (its cells beyond the header's have no column)
    text = (
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        "1 | 公开预决算信息。 | 县财政局 | 批复后20日内 | 备注一 | 备注二 |\n"
        "2 | 公开债务信息。 | 每半年 |\n"
    )
    plan = zwgk.read(text.encode(), format="text", layout="pipe")
    assert [t.number for t in plan.tasks] == [1, 2]


HEADER_AGAIN_AFTER_A_PAGE_BREAK = (
    "类别 | 序号 | 工作任务 | 责任单位 | 完成时限 | 备注 |\n"
    "一、民生 | 6 | 公开社会救助资金发放情况。 | 市民政局 | 每季度 | |\n"
    "7 | 公开老旧小区改造项目清单和实施进展。 | 市住建局 | 2024年10月底前 | 供暖期前完成 |\n"
    "- 2 -\n"
    "类别 | 序号 | 工作任务 | 责任单位 | 完成时限 | 备注 |\n"
    "8 | 公开冬季供热保障措施和投诉渠道。 | |\n"
    "9 | 公开义务教育招生政策和招生结果。 | 市教育局 | 2024年8月底前 | |\n"
)


def test_a_row_after_the_header_written_again_shares_the_cells_merged_before_it() -> None:
    # the header written again after a page break is set aside: the row after
    # it shares the unit and deadline cells merged over the page break
    plan = zwgk.read(HEADER_AGAIN_AFTER_A_PAGE_BREAK.encode(), format="text", year=2024)
    eighth = plan.tasks[2]
    assert eighth.responsibility is not None and eighth.responsibility.raw == "市住建局"
    assert eighth.deadline is not None and eighth.deadline.raw == "2024年10月底前"
    assert "repeated table header" in {r.reason for r in plan.residue}


def test_rules_layout_one_cell_per_line() -> None:
    plan = _read("rules_table.txt")
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[0].section == ("做好疫情防控信息公开",)
    assert plan.tasks[2].section == ("加强政务公开平台建设",)
    assert plan.tasks[0].text.startswith("（一）及时发布疫情防控权威信息")
    assert plan.tasks[2].deadline is not None
    assert plan.tasks[2].deadline.due == dt.date(2022, 9, 30)
    # the repeated section cell of row 2 is one heading, kept once and noted
    assert any(r.reason == "repeated heading" for r in plan.residue)


def test_numbering_column_and_two_responsibility_columns() -> None:
    plan = _read("numbered_column.txt")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.label for t in plan.tasks] == ["1", "2", "3", "4"]
    assert plan.tasks[1].section == ("规范性文件公开",)  # empty cell: same section
    t1 = plan.tasks[0]
    assert t1.responsibility is not None
    # the city's unit leads, the bureau's own column after it: both are the responsibility
    assert t1.responsibility.raw == "市司法局；法规股牵头，办公室配合"
    assert [(a.unit, a.role.value) for a in t1.responsibility.assignments] == [
        ("市司法局", "lead"),
        ("法规股", "lead"),
        ("办公室", "assist"),
    ]
    assert t1.note is None
    assert plan.tasks[3].deadline is not None  # empty deadline cell: found in the text
    assert plan.tasks[3].deadline.kind is DeadlineKind.RECURRING


def test_headings_in_their_own_rows() -> None:
    plan = _read("heading_rows.txt")
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert [t.section for t in plan.tasks] == [("深化决策公开",)] * 2 + [("加强政策解读",)]
    assert [t.section_labels for t in plan.tasks] == [("一、",)] * 2 + [("二、",)]
    t1, t2, t3 = plan.tasks
    assert t1.deadline is not None and t1.deadline.due is not None
    assert t1.deadline.due.month == 3
    assert t2.deadline is not None and t2.deadline.kind is DeadlineKind.ONGOING
    assert t3.responsibility is not None and t3.responsibility.leads == ("县政府办公室",)


def test_prose_plan_with_trailing_responsibilities() -> None:
    plan = _read("prose_plan.txt")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.label for t in plan.tasks] == ["（一）", "（二）", "（三）", "（四）"]
    t1, t2, t3, t4 = plan.tasks
    assert t1.section == ("提升政务公开质量",)
    assert t3.section == ("加强平台建设",)
    assert t1.text.endswith("期限一般不少于30日。")
    assert t1.deadline is None  # a minimum period is not a deadline
    assert t2.deadline is not None and t2.deadline.kind is DeadlineKind.RECURRING
    assert t3.deadline is not None and t3.deadline.due == dt.date(2022, 10, 31)
    assert t4.responsibility is not None
    assert t4.responsibility.raw == "县委网信办、县政府办公室按职责分工负责"


def test_pdf_extracted_text_with_cells_side_by_side_and_broken_headings() -> None:
    plan = _read("pdf_extracted.txt")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5]
    assert [t.section for t in plan.tasks] == [("推进决策公开",)] * 2 + [("加强政策解读",)] * 2 + [
        ("深化基层政务公开",)
    ]
    t1, t2, t3, t4, t5 = plan.tasks
    assert t1.text == "公开重大行政决策事项目录，及时调整更新。"
    assert t1.responsibility is not None
    assert t1.responsibility.raw == "办公室牵头，法规科配合"
    assert t2.group == t1.group is not None  # the merged responsibility cell
    assert t3.responsibility is not None and t3.responsibility.raw == "各科室按职责办理"
    assert t4.responsibility is not None and t4.responsibility.raw == "办公室"
    assert t4.deadline is not None and t4.deadline.due == dt.date(2022, 6, 30)
    assert t5.text == "做好行政执法信息公开，及时公开行政处罚结果。"
    assert t5.responsibility is not None and t5.responsibility.raw == "执法科"


def test_prose_with_field_lines_and_field_parentheses() -> None:
    plan = _read("field_lines.txt")
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    t1, t2, t3 = plan.tasks
    assert t1.text == "做好重大政策解读，解读材料与政策文件同步部署。"
    assert t1.responsibility is not None
    assert t1.responsibility.units() == ("区司法局", "区政府办公室")
    assert t1.deadline is not None and t1.deadline.due == dt.date(2022, 12, 31)
    assert t2.responsibility is not None
    assert t2.responsibility.leads == ("区政务服务数据管理局",)
    assert t2.responsibility.assists == ("区直各部门",)
    assert t2.deadline is not None and t2.deadline.kind is DeadlineKind.ONGOING
    assert t2.note == "与市级问答库对接"
    assert t3.text == "加强政务新媒体管理，及时清理整合“僵尸”账号。"
    assert t3.section == ("优化平台",)
    assert t3.responsibility is not None and t3.responsibility.units() == ("区委网信办",)
    assert t3.deadline is not None and t3.deadline.due == dt.date(2022, 6, 30)


@pytest.mark.parametrize(
    "name",
    [
        "pipe_table.txt",
        "rules_table.txt",
        "numbered_column.txt",
        "heading_rows.txt",
        "prose_plan.txt",
        "field_lines.txt",
        "pdf_extracted.txt",
    ],
)
def test_nothing_is_lost(name: str) -> None:
    plan = _read(name)
    assert unplaced_text((TEXT / name).read_text("utf-8"), plan) == ""


FIELD_LINES_PER_PART = (
    "一、推进决策公开\n"
    "责任单位：县发展改革局、县财政局\n"
    "1.推进重大行政决策预公开。\n2.做好规范性文件公开。\n"
    "二、推进执行和结果公开\n"
    "牵头单位：县政府督查室\n配合单位：县直各部门\n"
    "3.公开重点工作推进情况。\n4.公开督查检查结果。（责任单位：县审计局）\n"
)


@pytest.mark.parametrize("join", ["\n", " "])
def test_field_names_are_form_not_text_left_unplaced(join: str) -> None:
    # the names 责任单位： and 牵头单位： are not kept once their values fill
    # the fields: the reading is complete and says no text was left unplaced
    plan = zwgk.read(FIELD_LINES_PER_PART.replace("\n", join).encode(), format="text")
    assert len(plan.tasks) == 4
    assert [r.text for r in plan.residue if r.reason == REASON_UNPLACED] == []
    assert "read.unplaced-text" not in {d.code for d in plan.diagnostics}


LABELLED_LINES = (
    "一、水利信息公开",
    "（一）公开水资源管理信息",
    "工作要求：按季度公开取水许可审批结果和水资源费征收情况。",
    "责任股室：水资源股",
    "完成时限：长期坚持",
    "（二）公开河湖长制信息",
    "具体措施：在门户网站设置河湖长制专栏，公布河湖长名单。",
    "牵头处室：河湖长制办公室",
    "配合股室：办公室",
    "完成时限：2023年6月底前",
)


@pytest.mark.parametrize("join", ["\n", "", " "])
def test_labelled_lines_under_a_short_heading_are_its_fields(join: str) -> None:
    # a short heading with labelled lines under it is a row of a table: the
    # heading is the task, the 工作要求/具体措施 value its note, whatever kind of
    # unit the unit fields name (股室, 处室)
    plan = zwgk.read(join.join(LABELLED_LINES).encode(), format="text", year=2023)
    first, second = plan.tasks
    assert (first.text, second.text) == ("公开水资源管理信息", "公开河湖长制信息")
    assert first.note == "按季度公开取水许可审批结果和水资源费征收情况。"
    assert second.note == "在门户网站设置河湖长制专栏，公布河湖长名单。"
    assert first.responsibility is not None and first.responsibility.units() == ("水资源股",)
    assert second.responsibility is not None
    assert second.responsibility.leads == ("河湖长制办公室",)
    assert second.responsibility.assists == ("办公室",)
    assert second.deadline is not None and second.deadline.due == dt.date(2023, 6, 30)


SPACED_TABLE = (
    "序号    工作内容                                  牵头单位        配合单位        完成时限\n"
    "一、围绕开局做好公开\n"
    "1      主动公开规划纲要和专项规划。  县发展改革委    县直有关部门    2021年6月底前\n"
    "2      公开重大建设项目批准和实施信息。  县发展改革委    县住建局、县自然资源局  持续推进\n"
    "3      公开城乡居民医保缴费标准。  县医保局                        2021年3月底前\n"
    "4      公开义务教育招生入学政策。  县教体局        各乡镇人民政府  2021年7月底前\n"
)


def test_a_word_table_saved_with_runs_of_spaces_between_cells() -> None:
    # the columns do not line up (Han characters are wide): cells are told
    # apart by the gaps, and a wider gap where the assist cell stands empty
    # leaves the lone unit the lead
    plan = zwgk.read(SPACED_TABLE.encode(), format="text")
    got = [
        [(a.unit, a.role.value) for a in t.responsibility.assignments]
        for t in plan.tasks
        if t.responsibility is not None
    ]
    assert got == [
        [("县发展改革委", "lead"), ("县直有关部门", "assist")],
        [("县发展改革委", "lead"), ("县住建局", "assist"), ("县自然资源局", "assist")],
        [("县医保局", "lead")],
        [("县教体局", "lead"), ("各乡镇人民政府", "assist")],
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2021年6月底前",
        "持续推进",
        "2021年3月底前",
        "2021年7月底前",
    ]


def test_an_indent_a_lossy_save_wrote_as_question_marks_opens_its_heading() -> None:
    text = (
        "一、总体要求\n坚持以公开为常态、不公开为例外。\n"
        "? ?二、重点任务\n"
        "(一)推进政策执行公开。做好信息公开工作。(责任科室:各科室)\n"
        "(二)推进管理服务公开。公开办事指南。(责任科室:办公室)\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.section for t in plan.tasks] == [("重点任务",), ("重点任务",)]


def test_an_indent_written_as_question_marks_before_a_numeral_label_is_no_text() -> None:
    text = (
        "??一、依法履行政府信息公开职责\n"
        "??1.深化信息公开,及时发布信息并做好解读。(责任单位:各区政府)\n"
        "??2.启动主动公开事项目录编制工作。(责任单位:市政府办公厅)\n"
        "??二、加强制度建设\n"
        "??(一)加强制度协同。(责任单位:市司法局)\n"
        "??(二)编制业务手册。(责任单位:市政府办公厅)\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "深化信息公开,及时发布信息并做好解读。",
        "启动主动公开事项目录编制工作。",
        "加强制度协同。",
        "编制业务手册。",
    ]


def test_tags_a_copied_page_left_at_a_line_end_go_to_the_residue() -> None:
    text = (
        "一、围绕宏观政策公开\n"
        "1.按月公开财政收支情况,解读增减变化情况及原因。(省财政厅牵头(/div>\n"
        "2.公开统计数据,做好数据解读。(省统计局牵头)</p></div>\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "按月公开财政收支情况,解读增减变化情况及原因。",
        "公开统计数据,做好数据解读。",
    ]
    units = [[a.unit for a in t.responsibility.assignments] for t in plan.tasks if t.responsibility]
    assert units == [["省财政厅"], ["省统计局"]]
    assert [r.text for r in plan.residue if r.reason == "markup"] == ["(/div>", "</p></div>"]


def test_a_long_pipe_row_keeps_its_empty_cells() -> None:
    long = (
        "工作重点。基层政府(包括县、不设区的市、市辖区人民政府和乡镇人民政府、街道办事处)"
        "要对照试点领域基层政务公开标准目录,结合本级政府权责清单和公共服务事项清单,"
        "全面梳理细化相关领域公开事项,完成本级政务公开事项标准目录编制,"
        "并在县级政府门户网站上集中公开。各级政府有关部门(单位)要对照本级政府公布的"
        "相关领域事项标准目录,对本部门(单位)主动公开基本目录进行调整更新并及时发布,"
        "确保目录完整准确、动态更新。"
    )
    text = (
        "序号 | 具体内容 | 责任单位 | 完成时限 |\n"
        f"1 | {long} |  |  |\n"
        "2 | 统一规范。县级政府要依托政府门户网站,统一规范设置政府信息公开专栏。 |  |  |\n"
    )
    assert len(long) > 200
    plan = zwgk.read(text.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        long,
        "统一规范。县级政府要依托政府门户网站,统一规范设置政府信息公开专栏。",
    ]
    assert [t.responsibility for t in plan.tasks] == [None, None]
    assert not [r for r in plan.residue if r.reason == "site chrome"]


def test_a_mirrors_pinyin_glosses_are_read_through_and_kept_in_the_plan() -> None:
    text = (
        "工作任務 | 具體要求 | 落實單位 |\n"
        "一、以公開助力經(jīng)濟平穩(wěn)健康發(fā)展 |\n"
        "(一)加強涉及市場主體的信息公開。 | 1.加大行業(yè)幫扶政策的公開力度,促進穩(wěn)就業(yè)。"
        " | 市發(fā)展改革委、工業(yè)和信息化局、商務局;市稅務局等部門;各區(qū)政府 |\n"
        "2.建立市場主體反映審批問題的辦理和反饋機制。"
        " | 市發(fā)展改革委、工業(yè)和信息化局;各區(qū)政府 |\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    units = [[a.unit for a in t.responsibility.assignments] for t in plan.tasks if t.responsibility]
    assert units == [
        ["市發(fā)展改革委", "工業(yè)和信息化局", "商務局", "市稅務局", "各區(qū)政府"],
        ["市發(fā)展改革委", "工業(yè)和信息化局", "各區(qū)政府"],
    ]
    assert plan.tasks[0].section[0] == "以公開助力經(jīng)濟平穩(wěn)健康發(fā)展"
    assert [d.code for d in plan.diagnostics if d.code == "text.pinyin_glosses"] == [
        "text.pinyin_glosses"
    ]


def test_a_gloss_not_given_back_is_kept_in_the_residue() -> None:
    # a glossed opening run into a page that writes the same character
    # without its gloss more often: the gloss is not put back after every
    # 人, and what was not put back is set aside, not lost
    text = (
        "各省、自治區(qū)、直轄市人(rén)民政府:\n"
        "工作任务 | 责任单位 |\n"
        "1.公开人才招聘计划和人员调整情况。 | 人力资源部、人事科 |\n"
        "2.公开人大代表建议办理结果。 | 办公室 |\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开人才招聘计划和人员调整情况。",
        "公开人大代表建议办理结果。",
    ]
    assert [r.text for r in plan.residue if r.text == "人(rén)"] == ["人(rén)"]


def test_a_heading_naming_two_titles_in_book_brackets_is_no_breadcrumb() -> None:
    text = (
        "工作类别 |\n序号 |\n具体内容 |\n责任单位 |\n完成时限 |\n"
        "一、进一步贯彻落实《条例》和《规定》 |\n1 |\n认真组织学习和宣传。 |\n|\n|\n"
        "2 |\n不断提高依申请办理工作水平。 |\n|\n|\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.section for t in plan.tasks] == [("进一步贯彻落实《条例》和《规定》",)] * 2
    assert not [r for r in plan.residue if r.reason == "site chrome"]


def test_layout_can_be_forced_and_is_validated() -> None:
    plan = _read("prose_plan.txt", layout="prose")
    assert len(plan.tasks) == 4
    with pytest.raises(ValueError, match="layout must be one of"):
        _read("prose_plan.txt", layout="nonsense")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_simplified_encodings_decode_the_same(encoding: str) -> None:
    raw = (TEXT / "prose_plan.txt").read_text("utf-8")
    plan = zwgk.read(raw.encode(encoding), format="text")
    assert [t.text for t in plan.tasks] == [t.text for t in _read("prose_plan.txt").tasks]
    assert not plan.diagnostics


def test_big5_is_detected() -> None:
    raw = (
        "（一）加強政策解讀，及時發布權威信息。（市政府辦公室牽頭，各鎮街配合）\n"
        "（二）完善政府網站。（市政務服務數據管理局負責）\n"
    )
    plan = zwgk.read(raw.encode("big5"), format="text")
    assert [t.text for t in plan.tasks] == ["加強政策解讀，及時發布權威信息。", "完善政府網站。"]


def test_undecodable_bytes_are_reported_with_their_line() -> None:
    raw = "（一）加强政策解读。（办公室负责）\n".encode() + b"\xff\xfe\xfd bad\n"
    plan = zwgk.read(raw, format="text")
    codes = {d.code for d in plan.diagnostics}
    assert "encoding.replacement" in codes
    diag = next(d for d in plan.diagnostics if d.code == "encoding.replacement")
    assert diag.location is not None and diag.location.line == 2


_DROPPED_EMPTY_CELLS = """某区2023年政务公开重点工作任务分解表
| 序号 | 工作任务 | 主责单位 | 协办单位 | 完成时限 |
| 1 | 公开区级惠企政策清单和政策兑现结果。 | 区发改局 | 区工信局、区财政局 | 2023年6月底前 |
| 2 | 公开区级预决算和部门预决算。 | 区财政局 | 批复后20日内 |
| 3 | 公开重点项目建设进展。 | 区发改局 | 各镇（街道） | 每季度 |
| 4 | 公开城乡低保资金发放情况。 | 区民政局 | 各镇（街道） | 每季度 |
| 5 | 公开义务教育招生入学政策。 | 区教育局 | 2023年8月底前 |
| 6 | 规范政府信息公开申请办理。 | 区司法局 | 区直有关单位 | 按法定时限 |
"""


def test_a_lone_unit_cell_in_a_table_that_drops_its_empty_cells_is_the_kind_its_column_holds() -> (
    None
):
    # no row shows an empty cell, the leads are single offices and the assists
    # lists and collectives: a lone office is the task's lead, with no assistant
    plan = zwgk.read(_DROPPED_EMPTY_CELLS.encode(), format="text")
    got = [
        (t.number, t.responsibility.leads, t.responsibility.units(Role.ASSIST))
        for t in plan.tasks
        if t.responsibility is not None
    ]
    assert got[1] == (2, ("区财政局",), ())
    assert got[4] == (5, ("区教育局",), ())
    # where the table shows its empty cells, a short row lost merged ones
    shown = _DROPPED_EMPTY_CELLS.replace("| 区司法局 | 区直有关单位 |", "| 区司法局 | |")
    plan = zwgk.read(shown.encode(), format="text")
    second = plan.tasks[1].responsibility
    assert second is not None
    assert (second.leads, second.units(Role.ASSIST)) == (("区发改局",), ("区财政局",))


def test_one_cell_per_line_a_lone_office_in_a_table_that_drops_its_empty_cells_leads() -> None:
    rows = [
        ("1", "公开年度立法计划和立法项目征求意见稿。", "立法科", "各县区司法局", "2024年7月底前"),
        ("2", "公开规范性文件合法性审核情况。", "执法监督科", None, "按年度"),
        ("3", "公开法律援助申请条件和办理流程。", "法律援助中心", "各县区司法局", "及时更新"),
        ("4", "公开人民调解组织名录。", "人民调解科", "各县区司法局、局属各单位", "每季度"),
        ("5", "公开行政执法主体和执法人员名单。", "执法监督科", None, "2024年11月底前"),
    ]
    lines = ["某市司法局2024年政务公开工作任务分工", "序号 |", "工作任务 |", "主责科室 |"]
    lines += ["协办科室 |", "完成时限 |"]
    for row in rows:
        lines += [f"{cell} |" for cell in row if cell is not None]
    plan = zwgk.read("\n".join(lines).encode(), format="text")
    got = [(t.responsibility.leads, t.responsibility.units(Role.ASSIST)) for t in plan.tasks]
    assert got[1] == (("执法监督科",), ())
    assert got[4] == (("执法监督科",), ())
    assert got[3] == (("人民调解科",), ("各县区司法局", "局属各单位"))


def test_what_a_row_shows_in_its_only_column_after_the_units_a_progress_column_is_progress() -> (
    None
):
    cells = [
        "某区2023年政务公开重点工作任务分工", "工作任务", "具体要求", "责任单位", "落实情况",
        "一、助力优化营商环境",
        "1", "全面及时发布涉企政策举措，推动向“政策找人”转变。", "政府有关部门，各乡镇街道负责落实",
        "序时推进。",
        "2", "加大涉企政策的意见征集工作，公开采纳情况。", "政府有关部门，各乡镇街道负责落实",
        "2023年一季度已公开部分涉企政策的意见征集。",
    ]  # fmt: skip
    plan = zwgk.read("\n\n".join(cells).encode(), format="text")
    assert [t.note for t in plan.tasks] == [None, None]
    kept = {r.text for r in plan.residue}
    assert {"序时推进。", "2023年一季度已公开部分涉企政策的意见征集。"} <= kept


def test_a_lone_list_beside_a_responsibility_column_is_that_columns_the_lead_merged_above() -> None:
    # 工作任务 | 牵头单位 | 责任单位: leads are single offices, the 责任 cells lists;
    # a row showing a list and an empty cell lost its lead cell, merged above
    text = "\n".join(
        [
            "某省2015年政府信息公开工作主要任务分解表",
            "工作任务 |", "牵头单位 |", "责任单位 |",
            "一、推进重点领域信息公开 | ||",
            "1.财政预算、决算及“三公”经费公开 |", "省财政厅 |", "省直各部门,各设区市 |",
            "2.政府采购信息公开 |", "各设区市、平潭综合实验区 | |",
            "3.保障性住房信息公开 |", "省住建厅 |", "各设区市、省直有关部门 |",
        ]
    )  # fmt: skip
    plan = zwgk.read(text.encode(), format="text")
    second = plan.tasks[1].responsibility
    assert second is not None
    assert second.leads == ("省财政厅",)
    assert second.units(Role.OWNER) == ("各设区市", "平潭综合实验区")


def test_rows_that_share_a_merged_lead_but_show_their_own_assist_cells_share_no_group() -> None:
    text = (
        "某局2023年政务公开工作任务清单\n"
        "| 序号 | 工作任务 | 牵头科室 | 配合科室 | 完成时限 |\n"
        "| 1 | 公开环评文件受理和审批结果信息。 | 行政审批科 | 各分局 | 受理后5个工作日内 |\n"
        "| 2 | 公开排污许可证核发信息。 | 各分局 | 办结后5个工作日内 |\n"
        "| 3 | 举办环保设施向公众开放活动。 | 宣教中心 | 各分局 | 2023年12月底前 |\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    first, second = plan.tasks[:2]
    assert second.responsibility is not None
    assert second.responsibility.leads == ("行政审批科",)
    assert second.responsibility.units(Role.ASSIST) == ("各分局",)
    assert first.group is None or first.group != second.group
    assert unplaced_text(text, plan) == ""


_POINTS_ROWS = [
    ["序号", "具体内容", "责任单位", "完成时限"],
    ["一、深化重点领域公开"],
    ["1", ["1.做好财政预决算公开。", "2.细化到项级科目。"], "区财政局", "2023年6月底前"],
    [
        "2",
        ["1.推进重大建设项目公开。", "2.公开批准和实施信息。", "3.按季度更新。"],
        "区发改委",
        "长期坚持",
    ],
    ["二、加强平台建设"],
    ["3", ["1.规范政务新媒体。", "2.杜绝错敏信息。"], "区政府办", "及时"],
]


def _one_cell_a_line(between: str, closer: str) -> str:
    """The table above one cell per line, ``between`` alone between cells and
    ``closer`` after each cell; a requirement's points on lines of their own."""
    lines = ["某区2023年政务公开工作任务分工"]
    for row in _POINTS_ROWS:
        for k, cell in enumerate(row):
            *inside, last = cell if isinstance(cell, list) else [cell]
            lines += ([between] if between and (k or len(lines) > 1) else []) + inside
            lines.append(last + closer)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("between", "closer"), [("", ""), ("", " |"), ("|", "")])
def test_a_requirement_cell_numbering_its_own_points_is_one_task(between: str, closer: str) -> None:
    # the points restart at 1 in every row: a cell's own numbering, not tasks
    plan = zwgk.read_text(_one_cell_a_line(between, closer))
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    # (each point on the line it stood on, or run on where separators joined them)
    points = "1.推进重大建设项目公开。2.公开批准和实施信息。3.按季度更新。"
    assert plan.tasks[1].text.replace("\n", "") == points
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "区财政局",
        "区发改委",
        "区政府办",
    ]
    assert [t.section for t in plan.tasks] == [("深化重点领域公开",)] * 2 + [("加强平台建设",)]


def test_separator_lines_keep_a_cells_numbered_points_together() -> None:
    # '|' alone between cells: the lines of a cell's own points are one cell
    lines = [
        Line(no, text)
        for no, text in enumerate(
            [
                "某表",
                "序号",
                "|",
                "具体内容",
                "|",
                "1",
                "|",
                "1.公开预算。",
                "2.公开决算。",
                "|",
                "区财政局",
            ],
            start=1,
        )
    ]
    joined = join_cell_lines(lines)
    assert [ln.text for ln in joined][5:] == ["1", "|", "1.公开预算。2.公开决算。", "|", "区财政局"]
    assert joined[7].no == 8


def test_a_pipe_table_parted_by_its_part_headings_keeps_its_header() -> None:
    """A pipe table whose part headings stand on lines of their own: the
    blocks after the first show no header, and their rows drop the empty
    last cell; each block's cells keep the header's columns (主办 the lead,
    协办 the assist, 推进情况 no unit), and the part headings stand above the
    heading column's (（一）…) in every task's section."""
    text = "\n".join(
        [
            "某局2021年政务公开工作要点任务分工",
            "序号 | 工作要点 | 具体任务 | 主办科室 | 协办科室 | 完成时限 | 推进情况",
            "一、深化重点领域信息公开",
            "1 | （一）市场主体信息 | 公开开办流程 | 登记注册科 | 审批科 | 2021年8月底前 | 已完成",
            "2 | （一）市场主体信息 | 归集公示行政许可信息 | 信用监督科 | 各业务科室 | 每季度 |",
            "二、抓好政务公开保障",
            "1 | （一）依申请公开 | 依法依规办理政府信息公开申请 | 办公室 | 法规科 | 法定期限内 |",
            "2 | （二）年度报告 | 编制发布政府信息公开工作年度报告 | 办公室 |  | 每年1月31日前 |",
        ]
    )
    plan = zwgk.read_text(text)
    assert [t.section for t in plan.tasks] == [
        ("深化重点领域信息公开", "市场主体信息"),
        ("深化重点领域信息公开", "市场主体信息"),
        ("抓好政务公开保障", "依申请公开"),
        ("抓好政务公开保障", "年度报告"),
    ]
    leads = [t.responsibility.units(Role.LEAD) if t.responsibility else () for t in plan.tasks]
    assert leads == [("登记注册科",), ("信用监督科",), ("办公室",), ("办公室",)]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2021年8月底前",
        "每季度",
        "法定期限内",
        "每年1月31日前",
    ]
    assert unplaced_text(text, plan) == ""


# a table one cell per line whose header names two unit columns, a row's 序号
# written again on the next row (as a copy-edit leaves it): the reading may
# join the two rows, but no cell of them is lost
REPEATED_SERIAL = "\n\n".join(
    (
        "某区2022年政务公开重点工作任务分工",
        "序号",
        "工作任务",
        "牵头单位",
        "责任单位",
        "完成时限",
        "推进情况",
        "一、围绕优化营商环境加强公开",
        "1",
        "公开区级权责清单。",
        "区委编办",
        "区政府各部门",
        "2022年6月底前",
        "已完成",
        "2",
        "公开惠企政策兑现情况。",
        "区政府办",
        "区司法局",
        "长期坚持",
        "持续推进",
        "2",
        "推进镇、街道政务公开专区建设。",
        "区政务服务局",
        "各镇人民政府",
        "2022年11月底前",
        "正在推进",
        "3",
        "开展政务公开工作年度考核。",
        "区政府办",
        "区政务服务局",
        "2022年12月底前",
        "未开始",
    )
)


def test_a_row_number_written_twice_is_kept() -> None:
    plan = zwgk.read(REPEATED_SERIAL.encode(), format="text")
    assert unplaced_text(REPEATED_SERIAL, plan) == ""


def test_a_cell_printed_as_a_slash_or_a_dash_is_empty() -> None:
    text = (
        "某院2023年信息公开工作任务表\n"
        "| 序号 | 公开事项 | 牵头部门 | 配合部门 | 完成时限 | 备注 |\n"
        "| 1 | 公开立案条件。 | 立案庭 | / | 2023年3月底前 | / |\n"
        "| 2 | 公开审判流程节点信息。 | 审判管理办公室 | 各审判庭 | 长期 | —— |\n"
        "| 3 | 公开执行案件信息。 | 执行局 | — | ／ | 依法不公开的除外 |\n"
    )
    plan = zwgk.read_text(text)
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "立案庭",
        "审判管理办公室；各审判庭",
        "执行局",
    ]
    assert [t.deadline and t.deadline.raw for t in plan.tasks] == ["2023年3月底前", "长期", None]
    assert [t.note for t in plan.tasks] == [None, None, "依法不公开的除外"]
    assert not [r for r in plan.residue if r.reason == REASON_UNPLACED]


def test_a_column_of_what_a_task_is_judged_by_is_kept_in_its_note() -> None:
    # one cell per line, blank lines between: 评价标准 names no requirement
    # column, though it says 标准, and a criteria cell may number its points
    text = (
        "某局2019年政务公开工作要点分工方案\n\n工作任务\n\n评价标准\n\n责任单位\n\n"
        "一、加强政策解读和回应关切\n\n（一）深入解读重要政策措施\n\n"
        "1.全面公开、精准解读重要政策措施。\n\n评价各单位政策文件解读的数量和及时性。\n\n"
        "各县公安局、各分局\n\n"
        "2.政策性文件与解读材料同步审签。\n\n1.按照“谁起草、谁解读”原则，评价是否做到“三同步”。\n\n"
        "2.评价解读材料是否关联公开。\n\n各县公安局、各分局\n\n"
        "3.充分利用政务新媒体开展政策解读。\n\n评价政务新媒体保障情况。\n\n各县公安局、各分局\n"
    )
    plan = zwgk.read_text(text)
    assert [t.text for t in plan.tasks] == [
        "全面公开、精准解读重要政策措施。",
        "政策性文件与解读材料同步审签。",
        "充分利用政务新媒体开展政策解读。",
    ]
    assert [(t.note or "").replace("\n", "") for t in plan.tasks] == [
        "评价各单位政策文件解读的数量和及时性。",
        "1.按照“谁起草、谁解读”原则，评价是否做到“三同步”。2.评价解读材料是否关联公开。",
        "评价政务新媒体保障情况。",
    ]
    assert {t.section for t in plan.tasks} == {("加强政策解读和回应关切", "深入解读重要政策措施")}
    units = [t.responsibility and t.responsibility.raw for t in plan.tasks]
    assert units == ["各县公安局、各分局"] * 3
