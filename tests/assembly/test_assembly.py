"""The typed outline assembly: pieces of text in, tasks out.

Each case is a class of documents as real pages and crawls make them (see
issue 11's patterns), written small enough to read at a glance.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import zwgk
from tests.assembly.rows import units_read
from zwgk.assembly import Choice, assemble_lines, choose, plausibility
from zwgk.assembly.fields import Layout, split_body
from zwgk.assembly.labels import Outline, choose_labels
from zwgk.assembly.score import MOST_PER_TASK
from zwgk.assembly.text import Stream, find_header, notice_end
from zwgk.build.pieces import (
    R_CLOSING,
    R_EXTRA_COLUMN,
    R_REPEATED_HEADER,
    R_REPEATED_HEADING,
    R_SUPPORT,
    R_UNPLACED_ROW,
)
from zwgk.lang import find_labels


def lines(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), start=1))


def read(text: str) -> zwgk.Plan:
    return assemble_lines(lines(text))


def choose_labels_for(text: str) -> Outline:
    return choose_labels(text, find_labels(text))


def units(task: zwgk.Task) -> list[tuple[str, str]]:
    assert task.responsibility is not None
    return [(a.unit, a.role.value) for a in task.responsibility.assignments]


# --------------------------------------------------------------------- labels


def test_numbering_is_chosen_from_every_candidate() -> None:
    text = "一、公开（一）规划1.纲要2.专项清单3.区域（二）财政4.预算二、解读（一）政策5.解读"
    outline = choose_labels_for(text)
    assert [text[h.start : h.end] for h in outline.labels] == [
        "一、", "（一）", "1.", "2.", "3.", "（二）", "4.", "二、", "（一）", "5.",
    ]  # fmt: skip


def test_a_list_inside_a_sentence_is_not_numbering() -> None:
    text = "一、公开\n（一）规划。分三步：一、二级目录，三级目录。\n（二）财政。"
    outline = choose_labels_for(text)
    assert [(h.style, h.number) for h in outline.labels] == [
        ("cn_comma", 1),
        ("cn_paren", 1),
        ("cn_paren", 2),
    ]


def test_numbers_may_restart_under_a_new_part() -> None:
    text = "一、甲\n（一）子\n（二）丑\n二、乙\n（一）寅\n（二）卯"
    outline = choose_labels_for(text)
    assert [h.number for h in outline.labels if h.style == "cn_paren"] == [1, 2, 1, 2]


def test_a_row_number_before_a_measure_word_numbers_its_row() -> None:
    # 11年度报告 and 12人大建议: rows whose cells ran together, not quantities
    text = (
        "序号工作任务责任单位完成时限\n"
        "1依申请公开规范申请办理。市司法局长期坚持\n"
        "2年度报告编制发布年度报告。市级各部门2025年1月31日前\n"
        "3政务新媒体开展季度巡查。市委网信办每季度\n"
        "4人大建议办理结果公开公开办理结果。市政府办公室2025年6月底前\n"
    )
    outline = choose_labels_for(text)
    assert [h.number for h in outline.labels if h.style == "serial"] == [1, 2, 3, 4]


def test_a_figure_spaced_from_its_measure_word_is_no_row_number() -> None:
    # text laid out with spaced figures (于每年的 1 月 31日前): under a 序号 header
    # the rows are numbered by their labels, not by the figures
    text = (
        "序号工作任务责任单位完成时限\n一、做好基础工作\n"
        "1.发布年度报告。于每年的 1 月 31日前发布。办公室牵头，各科室配合及时更新\n"
        "2.召开专题会议。每年至少 1 次听取汇报。办公室定期召开\n"
        "3.更新公开目录。办公室、法规科及时更新\n"
    )
    outline = choose_labels_for(text)
    assert [h.number for h in outline.labels if h.style == "serial"] == []
    plan = read(text)
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[0].responsibility is not None
    assert plan.tasks[0].responsibility.leads == ("办公室",)


def test_rows_numbered_within_their_part_restart_in_every_part() -> None:
    plan = read(
        "序号 | 工作任务 | 具体内容 | 责任科室 | 完成时限 | 落实情况 |\n"
        "一、政策公开 |\n"
        "1.1 | 政策文件公开 | 集中公开现行有效的规范性文件。 | 政策法规科 | 2022年6月底前 "
        "| 已完成 |\n"
        "1.2 | 政策解读 | 同步制作图解、问答等解读材料。 | 政策法规科、办公室 | 长期坚持 "
        "| 持续推进 |\n"
        "二、重点领域公开 |\n"
        "2.1 | 规划许可 | 公开建设工程规划许可证核发信息。 | 用途管制科 | 及时 | 按时序推进 |\n"
    )
    assert [(t.label, t.number) for t in plan.tasks] == [("1.1", 1), ("1.2", 2), ("2.1", 1)]
    assert [t.note for t in plan.tasks] == [
        "集中公开现行有效的规范性文件。",
        "同步制作图解、问答等解读材料。",
        "公开建设工程规划许可证核发信息。",
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2022年6月底前",
        "长期坚持",
        "及时",
    ]


def test_rows_numbered_within_their_part_with_cells_run_together() -> None:
    plan = read(
        "序号工作任务责任单位完成时限\n一、政策公开\n"
        "1-1做好政策文件公开。市司法局2022年6月底前\n1-2做好政策解读。市发展改革委长期坚持\n"
        "二、重点领域公开\n2-1公开财政预决算。市财政局及时\n"
    )
    assert [(t.label, t.number) for t in plan.tasks] == [("1-1", 1), ("1-2", 2), ("2-1", 1)]
    assert [t.text for t in plan.tasks][2] == "公开财政预决算。"


def test_rows_numbered_within_parts_no_line_heads_restart_with_the_part() -> None:
    # the parts are named only by the rows' labels (（一）1, 2.1): no heading
    # line stands between them, the numbering restarts where the part goes on
    for first, second in (("（一）", "（二）"), ("1.", "2.")):
        plan = read(
            "序号工作任务责任股室完成时限\n"
            f"{first}1公开就业创业扶持政策。就业股2023年3月底前\n"
            f"{first}2公开创业担保贷款情况。创业服务中心负责，就业股配合每季度\n"
            f"{second}1公开养老保险待遇调整情况。社会保险股调整后10个工作日内\n"
            f"{second}2公开工伤认定结论。工伤保险股牵头，办公室配合每半年\n"
        )
        assert [t.number for t in plan.tasks] == [1, 2, 1, 2]
        assert [t.label for t in plan.tasks][2] == f"{second}1"
        assert [t.text for t in plan.tasks] == [
            "公开就业创业扶持政策。",
            "公开创业担保贷款情况。",
            "公开养老保险待遇调整情况。",
            "公开工伤认定结论。",
        ]
        assert units_read(plan) == [
            ("就业股",),
            ("创业服务中心", "就业股"),
            ("社会保险股",),
            ("工伤保险股", "办公室"),
        ]


def test_labels_in_a_serial_column_number_rows_whose_next_cell_holds_headings() -> None:
    # a Word table: 序号 ``1.`` in a cell of its own, the heading cell beside it
    # (merged, written once) holds both headings with their labels
    rows: list[tuple[int, str | tuple[str, ...]]] = [
        (1, ("序号", "工作任务", "具体要求", "责任单位", "完成时限")),
        (2, ("1.", "一、优化公开基础（一）深化规章公开", "完善规章库建设。", "法规科", "及时更新")),
        (3, ("2.", "", "做好规范性文件统一公开。", "办公室", "及时更新")),
        (4, ("3.", "二、加强解读（一）做好政策解读", "同步发布解读材料。", "办公室", "长期坚持")),
    ]
    plan = assemble_lines(rows)
    assert [(t.number, t.label) for t in plan.tasks] == [(1, "1."), (2, "2."), (3, "3.")]
    assert plan.tasks[0].section == ("优化公开基础", "深化规章公开")
    assert plan.tasks[2].section == ("加强解读", "做好政策解读")


def test_a_deadline_cell_that_opens_with_a_number_is_no_label() -> None:
    text = "序号\n工作任务\n完成时限\n1\n公开预算。\n2月底前\n2\n公开决算。\n3月底前\n"
    outline = choose_labels_for(text)
    assert [h.start for h in outline.labels if h.style == "serial"] == [
        text.index("\n1\n") + 1,
        text.index("\n2\n") + 1,
    ]


def test_a_title_line_over_its_paragraph_at_a_rank_of_tasks_is_the_tasks_title() -> None:
    plan = read(
        "二、加强信息公开\n"
        "（一）做好灾后恢复重建信息公开\n"
        "　　及时公开恢复重建项目进展。（牵头单位：市发展改革委）\n"
        "（二）做好乡村振兴信息公开。公开衔接资金项目计划。（牵头单位：市农业农村局）\n"
        "（三）做好生态环境信息公开\n"
        "　　1.公开生态保护相关信息。（牵头单位：市林业局）\n"
        "　　2.公开空气质量状况。（牵头单位：市生态环境局）\n"
        "三、加强政策解读\n"
        "（一）推进政策解读。重要政策同步解读。（牵头单位：市政府办公室）\n"
    )
    first = plan.tasks[0]
    assert (first.label, first.section) == ("（一）", ("加强信息公开",))
    assert first.text.replace("\n", "").replace("　", "") == (
        "做好灾后恢复重建信息公开及时公开恢复重建项目进展。"
    )


def test_a_title_line_over_its_paragraph_at_a_rank_of_headings_heads_it() -> None:
    plan = read(
        "一、推进重点领域信息公开\n"
        "（一）推进财政信息公开\n"
        "1.公开部门预算、决算。（责任单位：县财政局）\n"
        "（二）推进脱贫攻坚信息公开\n"
        "2.公开扶贫项目安排。（责任单位：县扶贫办）\n"
        "（三）推进重大建设项目信息公开\n"
        "重点公开重大建设项目批准信息。（责任单位：县发改局）\n"
    )
    last = plan.tasks[-1]
    assert (last.label, last.section) == ("", ("推进重点领域信息公开", "推进重大建设项目信息公开"))
    assert last.text == "重点公开重大建设项目批准信息。"


def test_tasks_at_two_depths_before_a_closing_part_that_numbers_no_task() -> None:
    plan = read(
        "一、深化重点领域信息公开\n"
        "（一）推进财政信息公开\n"
        "1.公开部门预决算。（责任单位：区财政局）\n"
        "2.公开政府债务限额。（责任单位：区财政局）\n"
        "（二）推进生态环境信息公开。公开水质监测情况。（责任单位：区生态环境分局）\n"
        "二、提升政策解读回应实效\n"
        "（一）做好政策解读。重要政策同步解读。（责任单位：区直各单位）\n"
        "（二）积极回应关切。及时发布权威信息。（责任单位：区委网信办）\n"
        "三、保障措施\n"
        "（一）加强组织领导。各单位要明确分管负责同志。\n"
        "（二）强化督查考核。区政府办公室将政务公开纳入考核。\n"
    )
    assert [t.label for t in plan.tasks] == ["1.", "2.", "（二）", "（一）", "（二）"]
    assert plan.tasks[0].section == ("深化重点领域信息公开", "推进财政信息公开")


def test_a_header_printed_again_over_a_pages_rows_is_set_aside() -> None:
    header = "工作类别 |\n工作任务 |\n责任单位 |\n完成时限 |\n"
    plan = read(
        header
        + "决策公开 |\n公开重大行政决策事项目录。 |\n市司法局 |\n2023年3月底前 |\n"
        + "邀请公众代表列席常务会议。 |\n市政府办公室 |\n长期坚持 |\n\n"
        + header
        + "公开决策草案征求意见情况。 |\n市政府办公室 |\n及时更新 |\n"
        + "政务服务公开 |\n公开办事指南。 |\n市政务服务中心 |\n2023年6月底前 |\n"
    )
    assert [t.text for t in plan.tasks] == [
        "公开重大行政决策事项目录。",
        "邀请公众代表列席常务会议。",
        "公开决策草案征求意见情况。",
        "公开办事指南。",
    ]
    assert [t.section for t in plan.tasks][2:] == [("决策公开",), ("政务服务公开",)]
    assert [r.reason for r in plan.residue].count(R_REPEATED_HEADER) == 1


def test_a_table_that_numbers_nothing_with_short_names_beside_their_requirements() -> None:
    # 工作任务 | 目标和要求: every row shows its own short name; the category
    # cell merged over the rows is given on the first row only
    text = (
        "工作任务 | 目标和要求 | 责任单位 | 备注 |\n"
        "深化主动公开 | 推进财政信息公开 | 细化公开部门预算决算和三公经费 | 区财政局 | |\n"
        "公开行政处罚结果 | 加大行政处罚结果公开力度，重点公开涉及公共安全的处罚结果 | "
        "区市场监管局、区生态环境局 | |\n"
        "推行政策解读 | 各街镇结合群众关注的文件出台，编写配套的解读材料 | 各街镇 | |\n"
    )
    plan = read(text)
    assert [t.text for t in plan.tasks] == ["推进财政信息公开", "公开行政处罚结果", "推行政策解读"]
    assert plan.tasks[0].section == ("深化主动公开",)
    assert plan.tasks[0].note == "细化公开部门预算决算和三公经费"
    assert units(plan.tasks[1]) == [("区市场监管局", "owner"), ("区生态环境局", "owner")]


def test_a_task_column_merged_over_rows_heads_them() -> None:
    # 工作任务 given once over the rows it spans: the rows after the first show
    # their requirement first; the column heads them, it titles no task
    text = (
        "工作任务 | 具体要求 | 责任单位 | 完成时限 |\n"
        "重大行政决策 | 公开年度重大行政决策事项目录，根据执行情况及时调整。 | "
        "区司法局 | 3月底前 |\n"
        "决策草案通过政府网站公开征求意见，征求意见期限一般不少于30日。 | "
        "各决策承办单位 | 长期坚持 |\n"
        "决策执行公开 | 公开重大决策执行情况和评估结果。 | 区政府办公室 | 12月底前 |\n"
    )
    plan = read(text)
    sections = [t.section for t in plan.tasks]
    assert sections == [("重大行政决策",), ("重大行政决策",), ("决策执行公开",)]
    assert plan.tasks[1].text.startswith("决策草案通过政府网站")


def test_two_text_header_nouns_joined_name_one_column() -> None:
    header = find_header("工作任务\n目标和要求\n责任单位\n备注\n", 0, 30)
    assert header is not None
    assert header.roles == ("text", "text", "resp", "note")


def test_a_numbered_row_a_cell_short_is_fitted_by_what_its_cells_are() -> None:
    plan = read(
        "序号 |\n工作任务 |\n牵头股室 |\n配合股室 |\n完成时限 |\n"
        "1 |\n公开全民健身场地开放时间。 |\n体育股 |\n县全民健身中心 |\n每季度 |\n"
        "2 |\n公开体育彩票公益金使用情况。 |\n计划财务股 |\n年底前 |\n"
    )
    second = plan.tasks[1]
    assert second.deadline is not None and second.deadline.raw == "年底前"
    assert second.responsibility is not None
    assert "年底前" not in second.responsibility.units()


def test_an_assist_cell_beside_an_empty_lead_cell_keeps_its_role() -> None:
    plan = read(
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t公开直达资金使用情况。\t县财政局\t县直有关部门\t每季度\n"
        "2\t公开政府采购结果。\t\t县公共资源交易中心、县财政局采购办\t及时更新\n"
        "3\t公开政府债务限额。\t县财政局\t县发改委\t2022年12月底前\n"
    )
    assert units(plan.tasks[1]) == [("县公共资源交易中心", "assist"), ("县财政局采购办", "assist")]


def test_a_parts_heading_on_a_page_run_onto_one_line_stops_before_its_text() -> None:
    plan = read(
        "一、总体要求 做好全年政务公开工作。 二、目标任务 2022年,全区政务公开的主要任务是:"
        "聚焦经济发展;聚焦社会民生。 (一)强化重点领域信息公开 1、数字经济发展领域。在区政府网站"
        "开设专栏。(责任单位:区发改委) 2、优化营商环境领域。公开惠企政策。(责任单位:区商务局)"
    )
    assert [t.section for t in plan.tasks] == [("目标任务", "强化重点领域信息公开")] * 2
    assert any("聚焦经济发展" in r.text for r in plan.residue)


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_count_inside_a_cell_of_a_table_with_separators_numbers_no_row(sep: str) -> None:
    # 序号 restarting in every part: ``1次`` inside the last row's cell could go on as row 1
    rows = [
        ["序号", "工作项目", "工作内容", "主办单位", "协办单位"],
        ["一、推进财政资金公开"],
        ["1", "（一）预决算公开", "公开县本级政府预决算和部门预决算。", "县财政局", "县直各部门"],
        ["2", "（二）专项资金公开", "公开涉农补贴资金发放信息。", "县农业局", "各乡镇人民政府"],
        ["二、推进公共服务公开"],
        ["1", "（一）教育信息公开", "公开义务教育划片招生信息。", "县教育局", ""],
        [
            "2",
            "（二）政策解读",
            "做好重要政策解读，每年至少开展1次政策解读访谈。",
            "县政府办",
            "县直各部门",
        ],
    ]
    plan = read("\n".join(sep.join(r) for r in rows) + "\n")
    assert [t.number for t in plan.tasks] == [1, 2, 1, 2]
    last = plan.tasks[3]  # (its title and its requirement: the 工作内容 cell is the note)
    assert (last.text, last.note) == (
        "（二）政策解读",
        "做好重要政策解读，每年至少开展1次政策解读访谈。",
    )
    assert units(last) == [("县政府办", "lead"), ("县直各部门", "assist")]


def test_a_table_run_onto_one_line_with_its_serial_numbers_glued_to_the_cells() -> None:
    plan = read(
        "某市2021年政务公开工作要点任务分解表序号工作任务牵头单位责任单位完成时限"
        "一、围绕规划做好信息公开1解读规划纲要，做好专项规划公开。市发展改革委市直各有关部门2021年9月底前"
        "2公开重大建设项目批准和实施信息。市发展改革委各县（市）区人民政府每季度"
        "二、围绕深化改革做好信息公开3公开国有企业改革进展。市国资委每半年"
        "4公开营商环境评价结果。市营商环境局市直各有关部门年底前"
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.section for t in plan.tasks] == [("围绕规划做好信息公开",)] * 2 + [
        ("围绕深化改革做好信息公开",)
    ] * 2
    assert units(plan.tasks[1]) == [("市发展改革委", "lead"), ("各县（市）区人民政府", "owner")]
    assert plan.tasks[1].deadline is not None and plan.tasks[1].deadline.raw == "每季度"


def test_a_numbered_row_that_lost_its_merged_unit_cell_shares_the_one_above() -> None:
    plan = read(
        "重点领域 | 序号 | 工作内容 | 责任单位 | 完成时限 | 备注 |\n"
        "（一）乡村振兴信息 | 3 | 公开乡村振兴补助资金使用情况。 "
        "| 市农业农村局牵头，各县区人民政府配合 | 每半年 | |\n"
        "4 | 公开高标准农田建设项目安排。 | 2023年10月底前 | |\n"
        "（二）生态环境信息 | 5 | 公开生态保护修复项目进展。 | 市生态环境局 | 每季度 | |\n"
    )
    fourth = plan.tasks[1]
    assert fourth.text == "公开高标准农田建设项目安排。"
    assert fourth.deadline is not None and fourth.deadline.raw == "2023年10月底前"
    assert fourth.responsibility == plan.tasks[0].responsibility


# ---------------------------------------------------------- notice and header


def test_a_notice_ends_at_its_signature_date() -> None:
    text = (
        "各县（区）：现将《要点》印发给你们，请认真贯彻执行。 "
        "某市人民政府办公室 2022年4月20日 2022年要点"
    )
    end = notice_end(text)
    assert text[end:].strip() == "2022年要点"


# a later page of a plan: it opens with the last field of a task on the page
# before, goes on with that page's lists (5., （三）) and closes with 工作要求
# in a notice's words
_LATER_PAGE = (
    "完成时限：2023年4月15日前。\n"
    "5.集中公示。各镇、各部门编制的公开清单在区政府门户网站集中公示，广泛征求意见。\n"
    "责任单位：区政府办公室、区司法局。\n"
    "完成时限：2023年5月10日前。\n"
    "（三）检查评估阶段\n"
    "区政务公开办对各单位公开清单编制情况进行检查评估。\n"
    "责任单位：区政务公开办。\n"
    "完成时限：2023年6月底前。\n"
    "四、工作要求\n"
    "各镇、各部门要高度重视，明确分工，认真组织实施。\n"
)


def test_notice_words_after_a_plans_unit_fields_start_no_notice() -> None:
    assert notice_end(_LATER_PAGE) == 0


def test_a_later_page_goes_on_with_the_lists_the_page_before_began() -> None:
    outline = choose_labels_for(_LATER_PAGE)
    assert [(h.style, h.number) for h in outline.labels][:2] == [("num_dot", 5), ("cn_paren", 3)]
    plan = read(_LATER_PAGE)
    assert [(t.label, t.number) for t in plan.tasks][:1] == [("5.", 5)]
    assert units(plan.tasks[0]) == [("区政府办公室", "owner"), ("区司法局", "owner")]
    assert plan.tasks[0].deadline is not None
    assert plan.tasks[0].deadline.due == datetime.date(2023, 5, 10)
    assert any(t.responsibility and t.responsibility.raw == "区政务公开办" for t in plan.tasks)


def test_a_last_sentence_naming_who_leads_and_who_takes_part_is_the_responsibility() -> None:
    plan = read(
        "（一）民生保障信息公开\n"
        "1.公开城乡居民就业、教育等民生实事项目进展。由市政府督查室牵头，市直各有关部门参与。\n"
        "2.公开黄河流域生态保护修复项目信息。由市生态环境局牵头，市水务局参与。\n"
    )
    assert [t.text for t in plan.tasks] == [
        "公开城乡居民就业、教育等民生实事项目进展。",
        "公开黄河流域生态保护修复项目信息。",
    ]
    assert units(plan.tasks[1]) == [("市生态环境局", "lead"), ("市水务局", "assist")]


def test_a_last_sentence_saying_which_units_do_this_work_is_the_responsibility() -> None:
    plan = read(
        "（四）编制并公布政府信息公开工作年度报告。指导各地、各部门编制并公布年度报告。"
        "此项工作由省府办公厅负责，省监察厅配合。\n"
        "（五）规范行政服务中心建设。起草加强行政服务中心建设的规范性文件。"
        "此项工作由省府办公厅负责，省编办配合。\n"
    )
    assert plan.tasks[0].text.endswith("编制并公布年度报告。")
    assert units(plan.tasks[0]) == [("省府办公厅", "owner"), ("省监察厅", "assist")]


def test_the_numbers_of_an_attachment_list_number_no_task() -> None:
    text = (
        "二、加强政策解读\n"
        "3.做好政策文件解读工作，及时发布解读材料。（责任单位：区司法局）\n"
        "4.做好政务舆情回应工作。（责任单位：区委网信办）\n"
        "附件：1.某区政府信息公开指南\n"
        "2.某区政府信息公开申请表\n"
        "3.某区政务公开事项目录\n"
        "某区人民政府办公室\n"
        "2023年4月12日\n"
    )
    for plan in (read(text), zwgk.read(text.encode(), format="text")):
        assert [t.number for t in plan.tasks] == [3, 4]
    assert zwgk.read(text.encode(), format="text").date == datetime.date(2023, 4, 12)


@pytest.mark.parametrize(("open_", "close"), [("（", "）"), ("【", "】"), ("[", "]"), ("〔", "〕")])
def test_units_in_any_bracket_after_a_title_or_a_sentence_are_the_responsibility(
    open_: str, close: str
) -> None:
    text = (
        "一、加强重点领域信息公开\n"
        f"1.深化财政资金信息公开{open_}区财政局牵头{close}。推进预决算公开常态化。\n"
        f"2.做好重大建设项目信息公开{open_}区发改局、区住建局{close}。公开项目审批信息。\n"
        f"3.加强政策解读。重要政策文件应同步发布解读材料。{open_}责任单位：区府办{close}\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "深化财政资金信息公开。推进预决算公开常态化。",
        "做好重大建设项目信息公开。公开项目审批信息。",
        "加强政策解读。重要政策文件应同步发布解读材料。",
    ]
    assert [units(t) for t in plan.tasks] == [
        [("区财政局", "lead")],
        [("区发改局", "owner"), ("区住建局", "owner")],
        [("区府办", "owner")],
    ]


def test_a_bracket_inside_a_title_that_names_no_unit_stays_in_the_text() -> None:
    plan = zwgk.read("1.推进政务公开（含政府信息公开）。做好公开工作。（区府办负责）".encode())
    assert plan.tasks[0].text == "推进政务公开（含政府信息公开）。做好公开工作。"


def test_fields_that_end_a_paragraph_are_read_beside_bracketed_clauses() -> None:
    # one paragraph closes with （…负责）, the next with 责任单位：… on its own
    # line's end; a closing requirement after the last stays out of its text
    text = (
        "一、深化重点领域信息公开\n"
        "（一）推进财政信息公开。做好部门预决算公开工作。（区财政局牵头，各部门负责）"
        "推进政府债务信息公开。（区财政局负责）\n"
        "（二）推进重大建设项目信息公开。公开批准和实施信息。"
        "责任单位：区发展改革委、区住房城乡建设委。完成时限：2021年12月底前。\n"
        "（三）加强政务舆情回应。及时回应社会关切。（区委网信办牵头，各单位配合）\n"
        "（四）深化基层政务公开。更新乡镇政务公开事项标准目录。责任单位：各街道办事处。\n"
        "各单位要对照本要点，细化工作措施，于12月15日前报送落实情况。\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert plan.tasks[1].text == "推进重大建设项目信息公开。公开批准和实施信息。"
    assert units(plan.tasks[1]) == [("区发展改革委", "owner"), ("区住房城乡建设委", "owner")]
    assert plan.tasks[1].deadline is not None
    assert plan.tasks[3].text == "深化基层政务公开。更新乡镇政务公开事项标准目录。"


@pytest.mark.parametrize("name", ["完成时限", "办结时限", "办理时限", "公开时限"])
def test_a_line_of_the_time_allowed_under_an_item_is_its_deadline(name: str) -> None:
    text = (
        "二、工作任务\n"
        "（一）政务信息公开。公开街道工作机构职能和办事指南。\n"
        "责任科室：党政综合办公室\n"
        f"{name}：长期坚持\n"
        "（二）财务信息公开。公开街道年度预决算。\n"
        "责任科室：财政所牵头，各社区配合\n"
        f"{name}：2019年11月底前\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "长期坚持",
        "2019年11月底前",
    ]
    assert units(plan.tasks[1]) == [("财政所", "lead"), ("各社区", "assist")]


def test_run_together_rows_whose_requirement_opens_with_its_units_end_with_their_cell() -> None:
    # 序号 | 工作任务 | 责任单位 run together: each requirement names its units as
    # its subject, and the unit cell follows its last full stop
    text = (
        "政务公开工作要点任务分工方案\n\n序号工作任务责任单位完成时限\n"
        "一、聚焦助企纾困，做好稳经济政策公开\n"
        "1.市发改局牵头负责，市财政局协助，集中公开助企纾困政策，编制申报指南。"
        "市发改局牵头负责，市财政局协助\n"
        "2.市审批局要全面公开政务服务事项办事指南，2022年9月底前完成要素核查。市审批局\n"
        "3.市工信局负责公开工业园区项目招引情况，每半年公开一次。市工信局\n"
        "4.市教育局要公开义务教育阶段学校招生范围和招生计划。市教育局\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.text.rsplit("，", 1)[-1] for t in plan.tasks] == [
        "编制申报指南。",
        "2022年9月底前完成要素核查。",
        "每半年公开一次。",
        "市教育局要公开义务教育阶段学校招生范围和招生计划。",
    ]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "市发改局牵头负责，市财政局协助",
        "市审批局",
        "市工信局",
        "市教育局",
    ]


def test_a_table_on_one_line_cut_inside_its_last_unit_cell_keeps_the_names_shown() -> None:
    text = (
        "政务公开工作要点任务分工方案 工作类别 序号 具体内容 责任单位 完成时限 "
        "一、聚焦中心工作加大公开力度 1 围绕经济高质量发展推进公开，做好培育壮大市场主体等方面的"
        "信息公开。 登记注册科；局机关科室 2022年12月底前 2 围绕深化改革推进公开，适时调整权责清单"
        "并向社会公开，实现“双随机、一公开”监管全覆盖、常态化。 政策法规科、登记注册科、信用监管"
    )
    plan = zwgk.read(text.encode(), format="text")
    last = plan.tasks[-1]
    assert last.text.endswith("监管全覆盖、常态化。")
    assert last.responsibility is not None
    assert last.responsibility.raw == "政策法规科、登记注册科、信用监管"


def test_a_sites_numbered_panel_of_page_fields_numbers_no_task() -> None:
    text = (
        "1. [索引号]11A000/ZK-2024-000030\n  2. [主题分类] 工作方案\n"
        "  3. [发文机构] 区政务公开领导小组办公室\n  4. [成文日期] 2024-05-15\n"
        "  5. [发文字号] 东政务公开办发〔2024〕1号\n  6. [发布日期] 2024-05-15\n\n"
        "某区2024年政务公开工作要点\n"
        "一、深化重点领域信息公开\n"
        "1.推进财政信息公开。（区财政局负责）\n"
        "2.推进重大建设项目信息公开。（区发展改革委负责）\n"
    )
    for plan in (read(text), zwgk.read(text.encode(), format="text")):
        assert [t.text for t in plan.tasks] == ["推进财政信息公开。", "推进重大建设项目信息公开。"]


def test_a_notice_without_its_plan_has_no_tasks() -> None:
    plan = read(
        "某局各科室：\n现将《方案》印发给你们，请结合以下要求抓好贯彻执行。\n"
        "一、高度重视。各科室要把抓好方案落实作为重点。\n二、明确职责。各科室均是责任主体。\n特此通知。"
    )
    assert plan.tasks == ()
    assert any(d.code == "plan.notice_only" for d in plan.diagnostics)


def test_tasks_assigned_to_units_after_a_notice_without_its_end_are_the_plan() -> None:
    # no signature date, no title line, no header: the notice's end is not seen,
    # but numbered points that each name their units are a plan's tasks
    plan = zwgk.read(
        "各县（市、区）人民政府，市直各部门：\n现将有关事项通知如下，请认真贯彻执行。\n"
        "一、及时公开惠企资金兑现结果。（牵头单位：市财政局；责任单位：市直各有关单位）\n"
        "二、加大稳岗政策解读力度。（牵头单位：市人社局；责任单位：各县（市、区）人民政府）\n"
        "三、及时回应社会关切。（牵头单位：市卫生健康委；责任单位：市直各有关单位）\n".encode(),
        format="text",
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.leads == ("市人社局",)


def test_a_plan_with_unit_fields_after_a_notice_on_the_same_line_is_read() -> None:
    # a crawled page on one line: the notice has no signature and the plan no title
    # line or header of its own; its items name their units in labelled fields
    plan = read(
        "首页 > 政务公开 > 通知公告 某区2023年政务公开工作要点任务分工 "
        "各街道，区直各部门：现将工作要点印发给你们，请认真贯彻落实。 "
        "一、加强政策解读 1.深入解读惠企政策。（责任单位：区发改局；完成时限：长期坚持） "
        "2.做好政策问答。（责任单位：区政务服务中心） 二、做好信息发布 "
        "3.及时发布重大项目进展。（责任单位：区住建局牵头，各街道配合） 打印本页 关闭窗口"
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[2].section == ("做好信息发布",)
    assert plan.tasks[2].responsibility is not None
    assert plan.tasks[2].responsibility.leads == ("区住建局",)
    assert not any(d.code == "plan.notice_only" for d in plan.diagnostics)


def test_a_plan_outlined_at_two_levels_after_a_notice_without_its_end_is_read() -> None:
    plan = read(
        "各村（社区）：现将工作要点印发给你们，请认真贯彻落实。 一、深化重点领域信息公开 "
        "1.推进规划公开。主动公开本地区专项规划。 2.推进预决算公开。推进乡镇预算公开。 "
        "二、加强政策解读 3.做好政策解读。同步发布解读材料。 4.回应社会关切。及时回应群众关切。"
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert plan.tasks[3].section == ("加强政策解读",)


def test_a_page_signed_at_its_end_reads_the_plan_between_notice_and_signature() -> None:
    # a crawled page on one line: notice, tasks, then the signature and the page's foot
    items = " ".join(
        f"{i}.深入解读第{i}项惠企政策，做好政策问答和解读材料发布。（责任单位：区发改局）"
        for i in range(1, 7)
    )
    plan = zwgk.read_text(
        "各街道，区直各部门：现将工作要点印发给你们，请认真贯彻落实。 一、加强政策解读 "
        f"{items} 某区人民政府办公室 2023年3月1日 【打印本页】【关闭窗口】",
        format="text",
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5, 6]
    assert plan.tasks[5].text == "深入解读第6项惠企政策，做好政策问答和解读材料发布。"
    assert plan.date == datetime.date(2023, 3, 1)


def test_parts_numbered_di_bu_fen_head_the_outline() -> None:
    plan = read(
        "某区2021年政务公开工作要点 第一部分 总体要求 坚持以公开促落实。 第二部分 重点任务 "
        "一、推进决策公开 （一）推进重大决策预公开。（牵头单位：区司法局；配合单位：区直各部门） "
        "（二）推进政府会议开放。（牵头单位：区政府办公室） 二、推进重点领域公开 "
        "（一）加强财政信息公开。（牵头单位：区财政局） 第三部分 保障措施 一、加强组织领导。"
    )
    assert [t.section for t in plan.tasks] == [
        ("重点任务", "推进决策公开"),
        ("重点任务", "推进决策公开"),
        ("重点任务", "推进重点领域公开"),
    ]
    assert plan.tasks[2].text == "加强财政信息公开。"


def test_a_responsibility_given_once_after_a_part_heading_is_its_tasks() -> None:
    plan = read(
        "一、推进重点领域公开\n"
        "1.公开重大建设项目信息。（责任单位：市发展改革委）\n"
        "2.公开财政预决算。（责任单位：市财政局）\n"
        "二、夯实政务公开基础（责任单位：市政府办公室，各县区人民政府）\n"
        "（一）加强平台建设\n3.规范政府信息公开专栏。\n4.加强政务新媒体管理。\n"
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert plan.tasks[3].section == ("夯实政务公开基础", "加强平台建设")
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "市发展改革委",
        "市财政局",
        "市政府办公室，各县区人民政府",
        "市政府办公室，各县区人民政府",
    ]


def test_a_signature_glued_to_the_last_units_of_a_page_joined_by_nothing() -> None:
    items = "".join(
        f"{i}.做好第{i}项重点领域信息公开，及时更新公开内容。牵头单位：区民政局；"
        "配合单位：各乡镇人民政府、街道办事处"
        for i in range(1, 5)
    )
    plan = zwgk.read_text(
        "某市某区人民政府办公室关于印发某区2024年政务公开工作要点的通知各乡镇人民政府、"
        "街道办事处：现将《某区2024年政务公开工作要点》印发给你们，请认真贯彻执行。"
        f"一、推进重点领域公开{items}某市某区人民政府办公室2024年5月8日【打印本页】【关闭窗口】",
        format="text",
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    last = plan.tasks[3].responsibility
    assert last is not None
    assert [a.unit for a in last.assignments] == ["区民政局", "各乡镇人民政府", "街道办事处"]
    assert plan.date == datetime.date(2024, 5, 8)


def test_paragraphs_each_closed_by_their_clause_under_a_numbered_heading() -> None:
    plan = read(
        "一、全面推进五公开\n(一)推进决策公开\n"
        "制定本年度重大行政决策目录清单并向社会公开。(牵头部门:综合规划处)\n"
        "做好规范性文件集中公开,及时标注失效文件。(牵头部门:法规处)\n"
        "(二)推进执行公开\n"
        "继续做好财政预决算信息公开。(牵头部门:科技和财务处)\n"
        "严格落实社会公益事业建设领域信息公开要求,"
    )
    assert [t.section for t in plan.tasks] == [
        ("全面推进五公开", "推进决策公开"),
        ("全面推进五公开", "推进决策公开"),
        ("全面推进五公开", "推进执行公开"),
        ("全面推进五公开", "推进执行公开"),
    ]
    leads = [t.responsibility.leads if t.responsibility else () for t in plan.tasks]
    assert leads == [("综合规划处",), ("法规处",), ("科技和财务处",), ()]


def test_a_responsibility_on_its_own_line_after_a_part_heading_is_its_tasks() -> None:
    plan = read(
        "一、推进决策公开\n"
        "责任单位：县发展改革局、县财政局\n"
        "1.推进重大行政决策预公开。\n2.做好规范性文件公开。\n"
        "二、推进执行和结果公开\n"
        "牵头单位：县政府督查室\n配合单位：县直各部门\n"
        "3.公开重点工作推进情况。\n4.公开督查检查结果。（责任单位：县审计局）\n"
    )
    assert [t.text for t in plan.tasks] == [
        "推进重大行政决策预公开。",
        "做好规范性文件公开。",
        "公开重点工作推进情况。",
        "公开督查检查结果。",
    ]
    assert units(plan.tasks[0]) == [("县发展改革局", "owner"), ("县财政局", "owner")]
    assert units(plan.tasks[2]) == [("县政府督查室", "lead"), ("县直各部门", "assist")]
    assert units(plan.tasks[3]) == [("县审计局", "owner")]
    assert plan.tasks[2].section == ("推进执行和结果公开",)
    assert not plan.residue


def test_a_page_on_one_line_signed_after_its_plan_numbered_at_two_levels() -> None:
    # no labelled field: the plan's outline between the notice and the date
    # says the date closes the page, not the notice; 打印 关闭 are the page's
    plan = zwgk.read(
        "首页 > 信息公开 某区人民政府办公室关于印发某区2021年政务公开工作要点的通知 "
        "各街道办事处，区各委办局： 现将《某区2021年政务公开工作要点》印发给你们，请认真组织实施。 "
        "某区2021年政务公开工作要点 一、深化重点领域信息公开 （一）财政信息 "
        "1.公开区级预算、决算。（由区财政局负责，各预算单位配合） "
        "2.公开政府债务信息。（区财政局负责） "
        "（二）社会救助信息 3.公开低保政策。（区民政局负责） "
        "4.公开救助资金发放情况。（区民政局负责） "
        "二、夯实工作基础 5.规范信息公开专栏。（区政府办公室负责） "
        "某区人民政府办公室 2021年6月17日 （此件公开发布） 打印 关闭".encode(),
        format="text",
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5]
    assert plan.tasks[-1].text == "规范信息公开专栏。"
    assert units(plan.tasks[0]) == [("区财政局", "owner"), ("各预算单位", "assist")]
    assert plan.tasks[3].section == ("深化重点领域信息公开", "社会救助信息")


@pytest.mark.parametrize(
    ("clause", "shared"),
    [
        ("以上3项工作由区民政局负责，各街道配合", [2, 3, 4]),
        ("上述任务均由区民政局负责，各街道配合", [3, 4]),
    ],
    ids=["counted", "its-part"],
)
def test_a_responsibility_written_once_for_the_tasks_above(clause: str, shared: list[int]) -> None:
    plan = read(
        "一、社会救助信息公开\n"
        "1.公开社会救助政策。（区民政局负责）\n"
        "2.公开低保对象信息。\n"
        "二、就业信息公开\n"
        "3.公开就业补贴政策。\n"
        f"4.公开职业技能培训信息。（{clause}）\n"
        "5.公开创业担保贷款信息。（区人社局负责）\n"
    )
    for task in plan.tasks:
        if task.number in shared:
            assert task.responsibility is not None
            assert task.responsibility.raw == "由区民政局负责，各街道配合"
            assert units(task) == [("区民政局", "owner"), ("各街道", "assist")]
    others = [t.number for t in plan.tasks if t.responsibility is None]
    assert others == [n for n in (2, 3) if n not in shared]
    assert len({t.group for t in plan.tasks if t.number in shared}) == 1
    assert [r.text for r in plan.residue if "以上" in r.text or "上述" in r.text] == [
        clause.partition("由")[0]
    ]


def test_a_clause_that_says_which_of_its_units_lead() -> None:
    plan = read(
        "一、加强政策公开\n"
        "1.集中公开涉企政策。（责任单位：市工信局、市发改局，市直各部门。逗号前的为牵头单位）\n"
        "2.做好政策解读。（责任单位：市政府办公室、市司法局、各县区政府，列第一位的为牵头单位）\n"
        "3.公开审批结果。（责任单位：市行政审批局）\n"
    )
    assert units(plan.tasks[0]) == [
        ("市工信局", "lead"),
        ("市发改局", "lead"),
        ("市直各部门", "assist"),
    ]
    assert plan.tasks[0].responsibility is not None
    assert plan.tasks[0].responsibility.raw == "市工信局、市发改局，市直各部门"
    assert units(plan.tasks[1]) == [
        ("市政府办公室", "lead"),
        ("市司法局", "assist"),
        ("各县区政府", "assist"),
    ]
    assert units(plan.tasks[2]) == [("市行政审批局", "owner")]
    keys = [r.text for r in plan.residue if "牵头" in r.text]
    assert keys == ["逗号前的为牵头单位", "列第一位的为牵头单位"]


@pytest.mark.parametrize(
    "text",
    [
        # the header says it for every row
        "序号 | 工作任务 | 责任单位（列第一位的为牵头单位） | 完成时限\n"
        "1 | 公开涉企政策。 | 县经信局、县发改委、县财政局 | 2023年6月底前\n"
        "2 | 公开就业政策。 | 县人社局 | 2023年12月底前\n",
        # the preamble says it for every task
        "各项任务的责任单位中，排在第一位的为牵头单位。\n"
        "一、推进重点领域公开\n"
        "（一）公开涉企政策。（责任单位：县经信局、县发改委、县财政局）\n"
        "（二）公开就业政策。（责任单位：县人社局）\n",
    ],
    ids=["header", "preamble"],
)
def test_a_key_to_who_leads_given_once_for_the_whole_plan(text: str) -> None:
    plan = read(text)
    assert units(plan.tasks[0]) == [
        ("县经信局", "lead"),
        ("县发改委", "assist"),
        ("县财政局", "assist"),
    ]
    assert units(plan.tasks[1]) == [("县人社局", "owner")]


def test_a_heading_cell_with_no_ordinal_opens_its_rows_line() -> None:
    # the heading column's cell is merged over its rows: only the first row's
    # line shows it, before that row's number; the rows under it lose it
    plan = read(
        "工作事项 | 工作内容 | 责任单位 | 完成时限 | 备注 |\n"
        "推进决策公开 | 1.公开重大行政决策事项目录。 | 县司法局 | 2021年6月底前 | |\n"
        "2.推进政府常务会议开放。 | 县政府办牵头，县委网信办参与 | 2021年12月底前 "
        "| 全年不少于2次 |\n"
        "推进重点领域信息公开 | 3.公开县级预算、决算。 | 县财政局 | 2021年9月底前 | |\n"
        "4.公开政府债务信息。 | 县财政局 | 每季度 | |\n"
    )
    assert [t.section for t in plan.tasks] == [
        ("推进决策公开",),
        ("推进决策公开",),
        ("推进重点领域信息公开",),
        ("推进重点领域信息公开",),
    ]
    second = plan.tasks[1]
    assert second.deadline is not None and second.deadline.raw == "2021年12月底前"
    assert second.note == "全年不少于2次"


def test_a_deadline_closing_a_unit_field_is_the_tasks_deadline() -> None:
    plan = read(
        "一、加强重大项目信息公开\n"
        "1.公开政府投资项目资金安排。责任单位：市财政局，2023年6月底前完成。\n"
        "2.规范信息公开专栏。责任单位：市政府办公室、市大数据中心，2023年9月底前完成。\n"
        "3.公开重大建设项目信息。责任单位：市发改局，各县区政府\n"
    )
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "市财政局",
        "市政府办公室、市大数据中心",
        "市发改局，各县区政府",
    ]
    assert [t.deadline.due if t.deadline else None for t in plan.tasks] == [
        datetime.date(2023, 6, 30),
        datetime.date(2023, 9, 30),
        None,
    ]


def test_units_that_open_a_requirement_as_its_subject_own_it() -> None:
    plan = read(
        "一、做好民生领域信息公开\n"
        "1.市民政局、市乡村振兴局要按季度公开低保和临时救助资金发放情况。\n"
        "2.按季度公开就业补贴信息。（责任单位：市人社局）\n"
        "3.各镇人民政府、街道办事处要推进基层政务公开标准化规范化。\n"
        "4.公开医疗服务价格和医保报销政策。\n"
    )
    assert [units(t) if t.responsibility else [] for t in plan.tasks] == [
        [("市民政局", "owner"), ("市乡村振兴局", "owner")],
        [("市人社局", "owner")],
        [("各镇人民政府", "owner"), ("街道办事处", "owner")],
        [],
    ]
    assert plan.tasks[0].text.startswith("市民政局、市乡村振兴局要")


def test_run_together_rows_with_long_notes_on_their_units_and_a_signature() -> None:
    # each row on one line, its cells run together; a lead unit carries a long
    # note in brackets; the issuer and date close the table on lines of their own
    plan = read(
        "某某市2024年政务公开工作要点任务分工表\n"
        "序号工作任务牵头单位配合单位完成时限\n"
        "1集中公开涉企政策，分类发布政策文件。市工业和信息化局（负责政策汇集、专区维护和申报指南审核）"
        "市发展和改革局、市财政局2024年6月底前\n"
        "2依法规范办理政府信息公开申请。市司法局（负责答复文书合法性审核，牵头组织败诉案例分析）"
        "市政府办公室长期坚持\n"
        "3将政务公开工作纳入绩效考核。市政府办公室市绩效办年底前\n"
        "某某市人民政府办公室\n"
        "2024年4月28日\n"
    )
    assert [t.text for t in plan.tasks] == [
        "集中公开涉企政策，分类发布政策文件。",
        "依法规范办理政府信息公开申请。",
        "将政务公开工作纳入绩效考核。",
    ]
    assert units(plan.tasks[0])[0] == (
        "市工业和信息化局（负责政策汇集、专区维护和申报指南审核）",
        "lead",
    )
    assert units(plan.tasks[1]) == [
        ("市司法局（负责答复文书合法性审核，牵头组织败诉案例分析）", "lead"),
        ("市政府办公室", "assist"),
    ]
    assert units(plan.tasks[2]) == [("市政府办公室", "lead"), ("市绩效办", "assist")]
    assert [r.text for r in plan.residue if r.reason.startswith("closing")] == [
        "某某市人民政府办公室\n2024年4月28日"
    ]


def test_rows_that_lost_a_lead_cell_merged_over_them_keep_their_assist() -> None:
    plan = read(
        "工作措施 | 牵头科室 | 配合科室 | 完成时限 |\n"
        "一、做好统计数据发布 |\n"
        "按月发布全市主要经济指标数据。 | 综合科 | 核算科、工业统计科 | 每月 |\n"
        "发布年度统计公报。 | 核算科 | 2024年3月底前 |\n"
        "编印统计年鉴。 | 办公室 | 2024年10月底前 |\n"
        "二、推进统计执法信息公开 |\n"
        "公开年度统计执法检查计划。 | 法规科 | 办公室 | 2024年6月底前 |\n"
        "公开严重失信企业信息。 | 法规科 | 及时 |\n"
        "公开统计信用修复结果。 | 综合科 | 及时 |\n"
    )
    assert [units(t) for t in plan.tasks] == [
        [("综合科", "lead"), ("核算科", "assist"), ("工业统计科", "assist")],
        [("综合科", "lead"), ("核算科", "assist")],
        [("综合科", "lead"), ("办公室", "assist")],
        [("法规科", "lead"), ("办公室", "assist")],
        # the same unit as the lead above: its own lead, no cell lost that says more
        [("法规科", "lead")],
        # a unit the full rows name as a lead leads
        [("综合科", "lead")],
    ]


def test_rows_right_under_a_part_with_no_sub_part_are_its_tasks() -> None:
    plan = read(
        "工作措施 | 牵头科室 | 配合科室 | 完成时限 |\n"
        "一、做好统计数据发布和解读 |\n"
        "（一）规范统计数据发布 |\n"
        "按月发布主要经济指标数据。 | 综合科 | 核算科 | 每月 |\n"
        "（二）加强统计数据解读 |\n"
        "开展季度数据解读。 | 核算科 | 综合科 | 每季度 |\n"
        "二、加强政务公开平台建设 |\n"
        "维护局门户网站政府信息公开专栏。 | 办公室 | 数据管理科 | 长期坚持 |\n"
        "依法规范办理政府信息公开申请。 | 办公室 | 法规科 |\n"
        "编制并公开政府信息公开工作年度报告。 | 办公室 | | 2025年1月31日前 |\n"
    )
    assert [t.text for t in plan.tasks][2:] == [
        "维护局门户网站政府信息公开专栏。",
        "依法规范办理政府信息公开申请。",
        "编制并公开政府信息公开工作年度报告。",
    ]
    assert {t.section for t in plan.tasks[2:]} == {("加强政务公开平台建设",)}
    assert not [r for r in plan.residue if r.reason == "table row with no task"]


def test_a_header_word_with_a_long_note_in_a_table_on_one_line() -> None:
    plan = read(
        "某县2023年政务公开工作要点任务分工序号工作任务责任单位（列第一位的为牵头单位）完成时限"
        "一、以公开助力经济发展1集中公开涉企政策，分类发布政策文件。县经济和信息化局、县财政局"
        "2023年6月底前2公开政府采购意向和采购结果。县财政局、县公共资源交易中心及时更新"
        "二、以公开保障改善民生3公开城乡低保和临时救助资金发放情况。县民政局、各乡镇人民政府每季度"
        "4公开义务教育招生政策和招生结果。县教育体育局2023年8月底前"
    )
    assert [t.text for t in plan.tasks] == [
        "集中公开涉企政策，分类发布政策文件。",
        "公开政府采购意向和采购结果。",
        "公开城乡低保和临时救助资金发放情况。",
        "公开义务教育招生政策和招生结果。",
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2023年6月底前",
        "及时更新",
        "每季度",
        "2023年8月底前",
    ]
    assert units(plan.tasks[0]) == [("县经济和信息化局", "lead"), ("县财政局", "assist")]


def test_a_unit_cell_whose_names_the_grammar_cannot_read_is_still_the_units() -> None:
    plan = read(
        "重点任务 | 具体措施 | 责任单位 | 完成时限 |\n"
        "（一）深化政策解读 | 1.县政府常务会议审议通过的政策文件，3个工作日内发布解读材料。"
        " | 县政府办公室、县直各政策起草部门 | 长期坚持 |\n"
        "2.开展“县长谈政策”访谈节目。 | 县政府办公室、县融媒体中心 | 长期坚持 |\n"
    )
    first = plan.tasks[0]
    assert first.text == "县政府常务会议审议通过的政策文件，3个工作日内发布解读材料。"
    assert first.responsibility is not None
    assert first.responsibility.raw == "县政府办公室、县直各政策起草部门"
    assert first.note is None


def _one_cell_per_line(rows: list[list[str]]) -> str:
    return "".join(f"{cell}\n|\n" for row in rows for cell in row)


def test_every_numbered_row_showing_its_own_title_cell_keeps_it_as_its_text() -> None:
    header = ["序号", "工作任务", "具体内容", "牵头部门", "配合部门", "完成时限"]
    plan = read(
        _one_cell_per_line(
            [
                header,
                ["一、警务信息公开"],
                [
                    "1",
                    "公开机构职能信息",
                    "及时更新内设机构和联系电话等信息。",
                    "政治处",
                    "办公室",
                    "2021年5月底前",
                ],
                ["2", "公开警务工作动态", "通过微信公众号发布警务工作动态。", "宣传科", "", "每月"],
                ["3", "发布警情通报", "对重大案事件及时通报。", "指挥中心", "宣传科", "及时"],
            ]
        )
    )
    assert [t.text for t in plan.tasks] == ["公开机构职能信息", "公开警务工作动态", "发布警情通报"]
    assert plan.tasks[1].note == "通过微信公众号发布警务工作动态。"
    assert {t.section for t in plan.tasks} == {("警务信息公开",)}


def test_a_first_text_cell_merged_over_rows_is_their_heading() -> None:
    header = ["序号", "工作任务", "具体内容", "牵头单位", "配合单位", "完成时限"]
    plan = read(
        _one_cell_per_line(
            [
                header,
                [
                    "1",
                    "助力稳住经济大盘",
                    "及时公开惠企政策。",
                    "市发改局",
                    "市财政局",
                    "2023年6月底前",
                ],
                ["2", "公开重大项目审批信息。", "市发改局", "", "每季度"],
                ["3", "做好统计数据发布和解读。", "市统计局", "", "每月"],
            ]
        )
    )
    assert [t.text for t in plan.tasks] == [
        "及时公开惠企政策。",
        "公开重大项目审批信息。",
        "做好统计数据发布和解读。",
    ]
    assert {t.section for t in plan.tasks} == {("助力稳住经济大盘",)}


def test_prose_tasks_whose_units_open_the_requirement_or_close_it_in_a_sentence() -> None:
    plan = read(
        "一、围绕稳经济促发展加强公开\n"
        "（一）加强惠企政策公开。区发改委、区工信局要集中发布助企纾困政策文件。\n"
        "（二）加强财政信息公开。区级部门预算在批复后20日内公开。由区财政局负责，各镇（街道）配合。\n"
        "（三）加强教育信息公开。公开义务教育招生范围。（责任单位：区教育局）\n"
    )
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "区发改委、区工信局",
        "区财政局负责，各镇（街道）配合",
        "区教育局",
    ]
    assert plan.tasks[1].text == "加强财政信息公开。区级部门预算在批复后20日内公开。"
    assert units(plan.tasks[1]) == [("区财政局", "owner"), ("各镇（街道）", "assist")]


def test_a_page_on_one_line_whose_plan_numbers_its_tasks_at_one_level_after_a_notice() -> None:
    tasks = "".join(
        f"{k}.推进第{k}项信息公开工作，及时发布相关信息并做好解读。 " for k in range(1, 6)
    )
    plan = read(
        "首页 > 通知公告 政务公开工作要点任务分工方案 各有关单位：现将工作要点印发给你们，"
        "请认真贯彻落实。 " + tasks
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5]


def test_a_notice_whose_requirements_name_one_field_is_still_all_notice() -> None:
    plan = read(
        "各科室：现将《方案》印发给你们，请认真贯彻落实。 一、高度重视。各科室要抓好落实。 "
        "二、明确职责。（责任单位：各科室） 三、加强督查。办公室定期通报。"
    )
    assert plan.tasks == ()


def test_tasks_at_different_depths_are_the_items_that_own_a_responsibility() -> None:
    # （一） holds numbered points with their clauses; （二） heads one paragraph with its own:
    # a heading over one task with no number, as when its title and text share a line
    plan = read(
        "一、主要任务\n（一）以政务公开助力稳增长\n"
        "1.加强预期引导。按月发布经济运行情况。（责任单位：区统计局牵头，相关处室）\n"
        "2.推进重大建设项目信息公开。及时公开项目进度。（责任单位：区重点办牵头，相关处室）\n"
        "（二）以政务公开助力促改革\n"
        "推进放管服改革信息公开，及时标注失效文件。（责任单位：办公室牵头，相关处室）\n"
        "（三）以政务公开助力调结构\n"
        "1.推进化解过剩产能信息公开。（责任单位：经信处牵头，相关处室）\n"
    )
    assert [(t.number, t.label) for t in plan.tasks] == [
        (1, "1."),
        (2, "2."),
        (None, ""),
        (1, "1."),
    ]
    leads = [t.responsibility.leads for t in plan.tasks if t.responsibility is not None]
    assert leads == [("区统计局",), ("区重点办",), ("办公室",), ("经信处",)]
    assert plan.tasks[0].section == ("主要任务", "以政务公开助力稳增长")
    assert plan.tasks[2].section == ("主要任务", "以政务公开助力促改革")


def test_rows_without_numbers_under_a_numbered_heading_cell_one_cell_per_line() -> None:
    plan = read(
        "工作任务\n主要内容\n责任单位\n一、以政务公开助力稳增长\n（一）加强预期引导\n"
        "围绕经济形势，通过新闻发布会及时宣传解读。\n市发改委牵头落实\n"
        "加强就业创业政策信息公开，深入解读政策背景。\n市人社局牵头落实\n"
        "（二）推进重大项目信息公开\n及时公开重大建设项目进度。\n市重点办牵头落实\n"
    )
    texts = [t.text for t in plan.tasks]
    assert texts[:2] == [
        "围绕经济形势，通过新闻发布会及时宣传解读。",
        "加强就业创业政策信息公开，深入解读政策背景。",
    ]
    assert plan.tasks[0].section == ("以政务公开助力稳增长", "加强预期引导")
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.leads == ("市人社局",)


def test_a_plan_title_ending_in_fen_gong_ends_the_notice() -> None:
    text = "各单位：现将《分工》印发给你们，请认真贯彻执行。\n某市2022年政务公开重点工作任务分工\n"
    assert text[notice_end(text) :].startswith("某市2022年政务公开重点工作任务分工")


def test_a_plan_title_quoting_the_plan_it_carries_out_ends_the_notice() -> None:
    text = (
        "各处室：现将《实施方案》印发给你们，请认真贯彻落实。\n特此通知。\n"
        "  某局落实《2019年政务公开工作要点》实施方案\n"
        "  一、加强政策解读\n  （一）做好解读。\n"
        "  1.制定的规章，按规定时限发布。（责任单位：办公室）\n"
    )
    title = "某局落实《2019年政务公开工作要点》实施方案"
    assert text[notice_end(text) :].lstrip().startswith(title)
    plan = zwgk.read_text(text)
    assert [t.text for t in plan.tasks] == ["制定的规章，按规定时限发布。"]


_TRANSMITTED = (
    "首页 > 通知公告 某区税务局政务公开工作任务分工 各科室：现将工作要点印发给你们，{ask}。"
    " 1.完善信息公开制度。修订依申请公开办理制度，建立依申请公开转主动公开工作机制。"
    " 2.规范公开专栏建设。统一专栏页面样式和法定主动公开内容，确保数据同源。"
    " 3.加大主动公开力度。聚焦公众需求，持续深化减税降费、优化税收营商环境等重点领域公开。"
    " 4.做好政策解读。围绕重要政策文件，同步开展解读，及时回应纳税人关切。"
)


def test_items_after_a_notice_that_only_hands_the_plan_on_are_the_plans() -> None:
    plan = zwgk.read_text(_TRANSMITTED.format(ask="请认真贯彻落实"))
    assert [t.text[:8] for t in plan.tasks] == [
        "完善信息公开制度",
        "规范公开专栏建设",
        "加大主动公开力度",
        "做好政策解读。围",
    ]


def test_items_after_a_notice_announcing_points_of_its_own_are_the_notices() -> None:
    plan = zwgk.read_text(_TRANSMITTED.format(ask="并提出如下要求"))
    assert plan.tasks == ()


def test_a_notices_own_top_level_points_after_it_hands_the_plan_on_stay_the_notices() -> None:
    text = (
        "各镇街：现将《分工方案》印发给你们，请认真组织实施。\n"
        "一、明确责任分工。各牵头单位要认真履行牵头职责。\n"
        "二、记录和报送实施情况。各单位要建立工作台账。\n"
    )
    assert zwgk.read_text(text).tasks == ()


_PART_CLOSING = (
    "某县2023年政务公开工作要点 一、聚焦经济发展深化政务公开 "
    "（一）加强惠企政策公开。集中公开助企纾困政策。 牵头单位：县工业和信息化局 配合单位：县财政局 "
    "（二）推进营商环境信息公开。公开政务服务事项清单。 责任单位：县政务服务中心、县市场监督管理局 "
    "各乡镇、各部门要结合职责，主动做好本领域经济政策的发布和解读工作。 "
    "二、强化工作保障 （一）加强组织领导。各乡镇、各部门要明确分管领导。 "
    "（二）强化督促检查。县政府办公室将定期督促检查。"
)


def test_a_parts_closing_paragraph_after_a_unit_field_is_no_unit() -> None:
    plan = zwgk.read_text(_PART_CLOSING)
    assert [t.text[:8] for t in plan.tasks] == ["加强惠企政策公开", "推进营商环境信息"]
    resp = plan.tasks[1].responsibility
    assert resp is not None and resp.raw == "县政务服务中心、县市场监督管理局"
    kept = [r.text for r in plan.residue]
    assert any(text.startswith("各乡镇、各部门要结合职责") for text in kept)
    assert any("加强组织领导" in text for text in kept)  # 强化工作保障: the plan's own requirements


_UNNUMBERED_AFTER_CLAUSE = """某区2022年政务公开工作要点
一、围绕保障和改善民生加强信息公开
    （一）加强就业信息公开。公开就业补贴和公益性岗位信息。（责任单位：区人力资源和社会保障局）
    （二）加强社会救助信息公开。公开城乡低保和临时救助资金发放情况。（责任单位：区民政局）
    公开保障性租赁住房分配政策和分配结果。（责任单位：区住房和城乡建设局）
    （三）加强教育信息公开。公开义务教育招生政策和招生结果。（责任单位：区教育体育局）
    各部门要结合工作实际，主动做好本领域民生政策的发布解读。
二、围绕夯实基础提升公开质量
    （一）规范政府网站管理。逐项核对法定主动公开内容。（责任单位：区政府办公室）
"""


def test_an_unnumbered_paragraph_closed_by_its_own_clause_is_a_task() -> None:
    plan = zwgk.read_text(_UNNUMBERED_AFTER_CLAUSE)
    got = [(t.label, t.text[:8], t.responsibility.raw if t.responsibility else None)
           for t in plan.tasks]  # fmt: skip
    assert got == [
        ("（一）", "加强就业信息公开", "区人力资源和社会保障局"),
        ("（二）", "加强社会救助信息", "区民政局"),
        ("", "公开保障性租赁住", "区住房和城乡建设局"),
        ("（三）", "加强教育信息公开", "区教育体育局"),
        ("（一）", "规范政府网站管理", "区政府办公室"),
    ]
    assert plan.tasks[3].text == "加强教育信息公开。公开义务教育招生政策和招生结果。"
    assert any(r.text.startswith("各部门要结合工作实际") for r in plan.residue)


_UNNUMBERED_WITH_FIELD_LINE = """某地区2023年政务公开工作要点
一、围绕民生保障深化公开
（一）做好就业创业信息公开。及时发布公益性岗位信息。(责任单位:地区人力资源社会保障局)
（二）做好乡村振兴信息公开。公开衔接资金项目计划和实施情况。(责任单位:地区农业农村局)
做好社会救助信息公开。按季度公开城乡低保人数和资金支出情况。
责任单位:地区民政局
二、围绕夯实工作基础深化公开
（一）规范政府信息公开申请办理。按法定时限答复。(责任单位:地区各部门)
"""


def test_an_unnumbered_paragraph_closed_by_a_field_line_is_a_task_in_both_readings() -> None:
    want = [
        ("（一）", "地区人力资源社会保障局"),
        ("（二）", "地区农业农村局"),
        ("", "地区民政局"),
        ("（一）", "地区各部门"),
    ]
    for plan in (
        read(_UNNUMBERED_WITH_FIELD_LINE),
        _layout_reading(_UNNUMBERED_WITH_FIELD_LINE),
        zwgk.read_text(_UNNUMBERED_WITH_FIELD_LINE),
    ):
        got = [(t.label, t.responsibility.raw if t.responsibility else None) for t in plan.tasks]
        assert got == want
        assert plan.tasks[2].text == "做好社会救助信息公开。按季度公开城乡低保人数和资金支出情况。"


_GLUED_PART = (
    "某市2022年政务公开工作要点一、以公开助力保障和改善民生（一）加强就业和社会保障信息公开"
    "1.公开就业补贴和职业技能培训信息。（责任单位：市人力资源和社会保障局）"
    "2.公开城乡低保和临时救助资金发放情况。（责任单位：市民政局）"
    "（二）加强乡村振兴信息公开公开衔接推进乡村振兴补助资金项目安排和实施情况。"
    "（责任单位：市农业农村局）（三）加强教育卫生信息公开3.公开义务教育招生政策和招生结果。"
    "（责任单位：市教育局）"
)


def test_a_heading_run_into_its_one_unnumbered_task_is_split_where_its_title_ends() -> None:
    plan = zwgk.read_text(_GLUED_PART)
    got = [(t.label, t.section[-1], t.text[:8]) for t in plan.tasks]
    assert got == [
        ("1.", "加强就业和社会保障信息公开", "公开就业补贴和职"),
        ("2.", "加强就业和社会保障信息公开", "公开城乡低保和临"),
        ("", "加强乡村振兴信息公开", "公开衔接推进乡村"),
        ("3.", "加强教育卫生信息公开", "公开义务教育招生"),
    ]


def test_a_signature_glued_to_the_last_clause_of_a_page_joined_by_nothing() -> None:
    text = (
        "各单位：现将工作要点印发给你们，请认真贯彻落实。一、加强政策解读"
        "1.同步发布解读材料。（责任单位：市政府办公室）"
        "2.及时回应群众诉求。（完成时限：长期坚持）某市人民政府办公室 2022年5月9日"
    )
    plan = zwgk.read_text(text)
    assert [t.text for t in plan.tasks] == ["同步发布解读材料。", "及时回应群众诉求。"]
    assert any(r.text.startswith("某市人民政府办公室") for r in plan.residue)


def test_a_field_run_into_its_task_title_with_nothing_between() -> None:
    text = (
        "各单位：现将工作要点印发给你们，请认真贯彻落实。一、深化改革"
        "1.全面公开省级政府工作部门权力清单责任单位：省编办；省直各部门完成时限：长期坚持"
        "2.依法公开随机抽查事项清单责任单位：省直各部门"
    )
    plan = zwgk.read_text(text)
    got = [(t.text, t.responsibility.raw if t.responsibility else None) for t in plan.tasks]
    assert got == [
        ("全面公开省级政府工作部门权力清单", "省编办；省直各部门"),
        ("依法公开随机抽查事项清单", "省直各部门"),
    ]


def test_a_deadline_word_run_after_a_role_word_closes_the_row() -> None:
    text = (
        "序号工作事项工作内容责任单位完成时限\n"
        "1政策解读重要政策文件同步发布解读材料。区政府办公室牵头，各政策起草部门负责及时\n"
        "2依申请公开规范办理政府信息公开申请。区司法局长期坚持\n"
    )
    task = zwgk.read_text(text).tasks[0]
    assert task.responsibility is not None
    assert task.responsibility.raw == "区政府办公室牵头，各政策起草部门负责"
    assert task.deadline is not None and task.deadline.raw == "及时"


def test_a_serial_number_before_a_deadline_word_counts_where_the_rows_around_need_it() -> None:
    text = (
        "序号 具体内容 责任单位 完成时限 "
        "3 稳步扩大部门预决算公开范围。 财务司 2021年11月 "
        "4 年内推动隶属海关公开预算和决算信息。 各直属海关 2021年11月 "
        "5 全面落实政府采购意向公开。 各海关单位 全年"
    )
    got = [(t.number, t.text[:4]) for t in zwgk.read_text(text).tasks]
    assert got == [(3, "稳步扩大"), (4, "年内推动"), (5, "全面落实")]


def test_a_page_whose_toolbar_is_glued_after_a_spaced_field_keeps_its_plan() -> None:
    text = (
        "首页>信息公开>计划规划某市医疗保障局关于印发《某市医疗保障局2023年政务公开工作要点》的通知"
        "信息来源：某市医疗保障局发布时间：2023-04-12 16:02浏览次数：【字体：大中小】"
        "某市医疗保障局关于印发《某市医疗保障局2023年政务公开工作要点》的通知各科室：现将《工作要点》"
        "印发给你们，请认真抓好落实。某市医疗保障局2023年政务公开工作要点一、加强医保政策发布解读"
        "1.及时发布医保政策文件。市局出台的医保政策文件在印发后5个工作日内公开。责任科室：办公室"
        "2.做好医保政策解读。采用图解、短视频等形式解读，全年不少于6期。责任科室：待遇保障科"
        "某市医疗保障局2023年4月10日【打印正文】【关闭】主办：某市医疗保障局"
    )
    plan = zwgk.read_text(text)
    assert [t.text[:9] for t in plan.tasks] == ["及时发布医保政策文", "做好医保政策解读。"]


def test_a_page_field_with_its_value_before_the_glued_toolbar_is_chrome_too() -> None:
    # …发布时间：2023-04-18 09:32来源：虹桥镇浏览次数：【字体：大中小】…: after the
    # space in the time, a field with its value (来源：虹桥镇) before more chrome
    text = (
        "首页>政务公开>乡镇街道>计划规划某镇人民政府关于印发某镇2023年政务公开工作要点的通知"
        "发布时间：2023-04-18 09:32来源：某镇浏览次数：【字体：大中小】"
        "某镇人民政府关于印发某镇2023年政务公开工作要点的通知各村（社区）：现将《工作要点》"
        "印发给你们，请认真贯彻执行。某镇2023年政务公开工作要点一、推进决策公开"
        "（一）做好重大决策预公开。决策前通过政务公开栏公开征求意见。责任单位：党政办完成时限：长期坚持"
        "（二）做好政策解读。镇政府出台的政策措施同步做好解读。牵头单位：党政办配合单位：各办完成时限：年底前"
        "某镇人民政府2023年4月17日【打印本页】【关闭窗口】主办：某市人民政府办公室"
    )
    plan = zwgk.read_text(text)
    assert [t.text[:6] for t in plan.tasks] == ["做好重大决策", "做好政策解读"]
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.leads == ("党政办",)


def test_an_unnumbered_paragraph_with_its_own_unit_field_on_a_page_on_one_line_is_a_task() -> None:
    # a page joined by spaces: after a task's run-in 责任单位：…, a paragraph
    # with no number closed by its own field is a task, not closing text
    text = (
        "某地区2021年政务公开工作要点 一、聚焦稳定发展加大公开力度 "
        "（一）加强稳就业政策公开。公开就业创业扶持政策和补贴申领流程。责任单位：地区人社局。 "
        "加强重大项目信息公开。公开地区重点项目清单和建设进展情况。"
        "责任单位：地区发展改革委、地区自然资源局。 "
        "（二）加强财政资金信息公开。地区本级预决算在批复后20日内公开。责任单位：地区财政局。"
    )
    plan = zwgk.read_text(text)
    assert [(t.number, t.text[:8]) for t in plan.tasks] == [
        (1, "加强稳就业政策公"),
        (None, "加强重大项目信息"),
        (2, "加强财政资金信息"),
    ]
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.units() == ("地区发展改革委", "地区自然资源局")


def test_a_lone_first_sub_label_glued_after_a_parts_long_title_opens_its_part() -> None:
    # 一、以公开助力经济平稳健康发展（一）加强…1.…: a page joined by nothing, cut
    # before （二）; the part's title is long but holds no punctuation
    text = (
        "关于印发政务公开工作要点任务分工方案的通知 各有关单位：现将工作要点印发给你们，"
        "请认真贯彻落实。一、以公开助力经济平稳健康发展（一）加强涉及市场主体的信息公开"
        "1.增强政策文件制定实施的透明度。（责任单位：市政府办公室）"
        "2.完善政策解读制度。（责任单位：市司法局）"
    )
    plan = zwgk.read_text(text)
    assert [t.section for t in plan.tasks] == [
        ("以公开助力经济平稳健康发展", "加强涉及市场主体的信息公开")
    ] * 2


def test_a_page_joined_by_nothing_ends_its_last_row_before_the_printing_line_and_footer() -> None:
    # the last row's deadline, then the colophon's printing line (…办公室2024年5月14日
    # 印发) or the footer's links (上一篇：…下一篇：…网站地图) glued after it
    head = (
        "当前位置：首页>政务公开>计划规划发布时间：2024-05-16来源：北海市银海区人民政府办公室"
        "北海市银海区人民政府办公室关于印发某区2024年政务公开工作任务分工的通知"
        "各镇人民政府、街道办事处，区直各部门：《某区2024年政务公开工作任务分工》已经区人民政府"
        "同意，现印发给你们，请认真组织实施。北海市银海区人民政府办公室2024年5月14日"
        "某区2024年政务公开工作任务分工序号重点任务具体措施责任单位完成时限"
        "一、深化重点领域信息公开"
        "1惠企政策公开在区政府门户网站集中发布惠企政策，编制政策清单。区发改局2024年6月底前"
        "2财政信息公开公开区本级预决算和部门预决算。区财政局批复后20日内"
        "3社会救助公开公开低保、特困人员救助供养资金发放情况。区民政局每季度"
        "4公开专区在镇（街道）便民服务中心设立政务公开专区。各镇人民政府、街道办事处2024年10月底前"
    )
    for tail in (
        "北海市银海区人民政府办公室2024年5月14日印发扫一扫在手机打开当前页主办：北海市银海区人民政府办公室",
        "上一篇：北海市银海区人民政府办公室关于做好年度报表工作的通知下一篇：某区防汛应急预案网站地图",
    ):
        plan = zwgk.read_text(head + tail)
        last = plan.tasks[-1]
        assert (last.text, last.note) == ("公开专区", "在镇（街道）便民服务中心设立政务公开专区。")
        assert last.deadline is not None and last.deadline.raw == "2024年10月底前"


_PARTS_OF_PARAGRAPHS = """某市2021年政务公开工作要点
一、推进决策和执行公开
    推进重大行政决策公开。市司法局要编制年度重大行政决策事项目录，2021年6月底前完成。
    公开政府工作报告落实情况。按季度公开任务进展。（牵头单位：市政府办公室；配合单位：市直各部门）
二、深化重点领域信息公开
    做好财政预决算公开。公开市本级预决算和“三公”经费。（责任单位：市财政局）
    推进社会救助信息公开。市民政局、各乡镇人民政府要公开城乡低保资金发放情况。
"""


def test_parts_of_unnumbered_paragraphs_each_naming_its_units_are_tasks() -> None:
    plan = zwgk.read_text(_PARTS_OF_PARAGRAPHS)
    got = [(t.section, t.text[:6], t.responsibility.raw if t.responsibility else None)
           for t in plan.tasks]  # fmt: skip
    assert got == [
        (("推进决策和执行公开",), "推进重大行政", "市司法局"),
        (("推进决策和执行公开",), "公开政府工作", "市政府办公室；市直各部门"),
        (("深化重点领域信息公开",), "做好财政预决", "市财政局"),
        (("深化重点领域信息公开",), "推进社会救助", "市民政局、各乡镇人民政府"),
    ]


_NOTICE_THAT_IS_ITS_PLAN = """某县某镇人民政府关于做好2022年政务公开工作的通知
某政发〔2022〕15号
各村（社区），镇各部门：
    为进一步提升我镇政务公开工作水平，现就做好2022年政务公开工作通知如下：
    一、加强财政信息公开。做好镇级预决算和“三公”经费信息公开。由财政所负责，各部门配合。
    二、做好政策解读。党政办公室牵头，宣传办配合，对镇政府出台的政策同步解读。
    三、推进社会救助信息公开。公开城乡低保和临时救助资金发放情况。由社会事业局负责。
    四、加强政务公开平台管理。综合执法局、便民服务中心要及时在专栏更新执法和办事信息。
    各部门要高度重视，明确专人负责，于2022年11月底前将落实情况报党政办公室。

某县某镇人民政府
2022年4月18日
"""


def test_a_notice_that_is_its_plan_keeps_its_signature_out_of_the_last_point() -> None:
    plan = zwgk.read_text(_NOTICE_THAT_IS_ITS_PLAN)
    assert len(plan.tasks) == 4
    assert (
        plan.tasks[-1].text
        == "加强政务公开平台管理。综合执法局、便民服务中心要及时在专栏更新执法和办事信息。"
    )
    assert (plan.title, plan.issuer) == (
        "某县某镇人民政府关于做好2022年政务公开工作的通知",
        "某县某镇人民政府",
    )
    assert plan.date == datetime.date(2022, 4, 18)
    # the 由 of 由财政所负责 is the sentence's form: nothing is reported lost
    assert not any(d.code == "read.unplaced-text" for d in plan.diagnostics)


_CLOSING_AFTER_SUBJECT_TASK = """某市2022年政务公开工作要点
一、加强政务公开基础
    （一）规范依申请公开办理。市司法局要严格按照法定时限答复政府信息公开申请。
    （二）抓好政务公开培训。市政府办公室要组织全市政务公开工作人员开展业务培训。
    各镇（街道）、各部门要明确分管负责同志和工作人员。
"""


def test_a_closing_duty_after_a_task_that_named_its_units_is_no_part_of_it() -> None:
    for plan in (
        zwgk.read_text(_CLOSING_AFTER_SUBJECT_TASK),
        _layout_reading(_CLOSING_AFTER_SUBJECT_TASK),
    ):
        assert (
            plan.tasks[-1].text
            == "抓好政务公开培训。市政府办公室要组织全市政务公开工作人员开展业务培训。"
        )
        assert any(r.text.startswith("各镇（街道）、各部门要") for r in plan.residue)


def test_a_point_closed_by_who_does_it_keeps_the_notices_request_out() -> None:
    text = (
        "某街道2023年政务公开工作安排\n"
        "（一）抓好专栏更新。对照标准目录更新专栏信息。由党政综合办公室负责，各科室配合。\n"
        "（二）深化居务公开。指导各社区规范公开居务信息。由党建工作办公室负责，经济发展办公室配合。\n"
        "请各科室、各社区高度重视，对照上述任务抓好落实。\n"
    )
    plan = zwgk.read_text(text)
    last = plan.tasks[-1]
    assert last.text == "深化居务公开。指导各社区规范公开居务信息。"
    assert last.responsibility is not None
    assert last.responsibility.raw == "党建工作办公室负责，经济发展办公室配合"
    assert any(r.text.startswith("请各科室") for r in plan.residue)


_GLUED_SIGNED_PAGE = (
    "当前位置：首页>政府信息公开>政策文件>寿政办字寿光市人民政府办公室关于印发寿光市2023年政务公开工作要点的通知"
    "发布日期：2023-05-30寿光市人民政府办公室关于印发寿光市2023年政务公开工作要点的通知寿政办字〔2023〕9号"
    "各镇人民政府、街道办事处：现将《寿光市2023年政务公开工作要点》印发给你们，请认真贯彻落实。"
    "寿光市2023年政务公开工作要点一、加强政策解读1.同步发布解读材料。责任单位：市政府办公室完成时限：长期坚持"
    "2.及时回应关切。责任单位：市委网信办完成时限：年底前寿光市人民政府办公室2023年5月26日分享到："
    "【打印本页】【关闭窗口】版权所有：寿光市人民政府办公室网站标识码：3707830001"
)


def test_a_page_joined_by_nothing_is_signed_and_issued_by_the_name_that_closes_it() -> None:
    plan = zwgk.read_text(_GLUED_SIGNED_PAGE)
    assert [t.text for t in plan.tasks] == ["同步发布解读材料。", "及时回应关切。"]
    assert (plan.issuer, plan.doc_number) == ("寿光市人民政府办公室", "寿政办字〔2023〕9号")
    assert plan.date == datetime.date(2023, 5, 26)


def test_a_heading_written_again_on_every_row_is_kept_as_a_repeat() -> None:
    text = (
        "类别 | 序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        "一、以政策公开助力经济发展 | 1 | 集中公开涉企优惠政策。 | 市工业和信息化局 | 6月底前 |\n"
        "一、以政策公开助力经济发展 | 2 | 公开涉企收费目录清单。 | 市发展改革委 | 9月底前 |\n"
        "二、以政务公开助力改善民生 | 3 | 公开城乡低保资金发放情况。 | 市民政局 | 每季度 |\n"
    )
    plan = read(text)  # the outline's reading
    assert [t.section for t in plan.tasks] == [
        ("以政策公开助力经济发展",),
        ("以政策公开助力经济发展",),
        ("以政务公开助力改善民生",),
    ]
    assert [r.text for r in plan.residue if r.reason == R_REPEATED_HEADING] == [
        "一、以政策公开助力经济发展"
    ]


def test_a_closing_support_part_keeps_its_heading_in_the_residue() -> None:
    text = (
        "某区2024年政务公开工作要点\n一、深化重点领域公开\n"
        "1.公开预决算信息。（责任单位：区财政局）\n2.公开重大项目信息。（责任单位：区发改委）\n"
        "二、保障措施\n1.加强组织领导。各部门要明确分管领导。\n2.严格督查考核。区政府办公室定期督查。\n"
    )
    plan = zwgk.read_text(text)
    assert len(plan.tasks) == 2
    kept = [r.text for r in plan.residue if r.reason == R_SUPPORT]
    assert kept[0] == "二、保障措施"
    assert not any(d.code == "read.unplaced-text" for d in plan.diagnostics)


def test_a_notice_followed_only_by_its_attachments_name_has_no_tasks() -> None:
    text = (
        "局机关各处室、各直属单位：\n"
        "省局组织制定了《2021年政务公开工作主要任务分解表》，现印发给你们，并就有关要求通知如下：\n"
        "一、各单位要认真对照工作任务和工作要求，进一步细化推进方案和工作举措。\n"
        "二、各单位要强化责任担当，主要负责同志亲自抓、具体抓。\n"
        "三、每年要对上一年度政务公开工作要点落实情况开展“回头看”。\n"
        "某省市场监督管理局办公室\n2021年9月10日\n（此件主动公开）\n"
        "附件下载：某省市场监督管理局2021年政务公开工作主要任务分解表.doc\n"
    )
    plan = zwgk.read_text(text)
    assert plan.tasks == ()
    assert any(d.code == "plan.notice_only" for d in plan.diagnostics)


def test_a_page_whose_breadcrumb_runs_together_keeps_its_plan() -> None:
    text = (
        "首页政务公开政策文件师市文件某师某市办公室关于印发《某市2022年政务公开工作要点》的通知"
        "发布日期：2022-05-26浏览次数：各团（镇）、各部门：《某市2022年政务公开工作要点》已经同意，"
        "现印发给你们，请认真贯彻落实。某市2022年政务公开工作要点一、以公开促发展稳预期"
        "（一）做好经济运行数据发布解读。按月发布主要经济指标。牵头单位：统计局；配合单位：财政局；"
        "完成时限：每季度。（二）做好重点项目信息公开。公开重点项目清单和建设进展。"
        "牵头单位：发展改革委；配合单位：商务局；完成时限：2022年6月底前。【打印】【关闭】"
    )
    plan = zwgk.read_text(text)
    got = [(t.text[:6], t.responsibility.raw if t.responsibility else None) for t in plan.tasks]
    assert got == [("做好经济运行", "统计局；财政局"), ("做好重点项目", "发展改革委；商务局")]


def test_a_header_whose_cells_ran_together_is_found() -> None:
    text = (
        "2016年任务分解表工 作 任 务牵头单位"
        "责\u3000任\u3000单\u3000位工\u3000作\u3000要\u3000求一、公开"
    )
    header = find_header(text, 0, len(text))
    assert header is not None
    assert header.roles == ("text", "lead", "resp", "heading")


# ------------------------------------------------------------- pattern 1: pipes


def test_short_pipe_rows_lack_their_merged_cells() -> None:
    plan = read(
        "工作任务 | 具体要求 | 责任单位 |\n"
        "一、做好财政信息公开。 | 1.推进预算、决算公开。 | 财务科 |\n"
        "2.及时公开债务信息。 | 财务科 |\n"
        "二、做好网站信息公开。 | 3.及时更新概况信息。 | 办公室 |\n"
        "4.及时更新公众号信息。 |"
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert plan.tasks[1].section == ("做好财政信息公开",)
    assert plan.tasks[3].section == ("做好网站信息公开",)
    assert units(plan.tasks[3]) == [("办公室", "owner")]
    assert plan.tasks[3].group == plan.tasks[2].group is not None


def test_a_cell_shown_empty_is_not_a_merged_cell() -> None:
    plan = assemble_lines(
        [
            (1, ("序号", "具体要求", "责任单位")),
            (2, ("1", "推进预算公开。", "财务科")),
            (3, ("2", "及时更新概况。", "")),
        ]
    )
    assert plan.tasks[1].responsibility is None


# ------------------------------------------------- pattern 2: one cell per line


def test_one_cell_per_line_with_separator_lines() -> None:
    plan = read(
        "序号\n|\n重点任务\n|\n责任单位\n|\n完成时限\n"
        "1\n|\n加强重要政策解读\n|\n办公室牵头，各股室配合\n|\n2022年12月底前\n"
        "2\n|\n规范依申请公开工作\n|\n法规股\n|\n2022年11月底前"
    )
    assert [(t.number, t.text) for t in plan.tasks] == [
        (1, "加强重要政策解读"),
        (2, "规范依申请公开工作"),
    ]
    assert units(plan.tasks[0]) == [("办公室", "lead"), ("各股室", "assist")]
    assert plan.tasks[1].deadline is not None
    assert plan.tasks[1].deadline.due is not None


def test_a_group_heading_cell_before_its_task() -> None:
    plan = read(
        "工作任务 |\n具体要求 |\n落实单位 |\n明确工作机构 |\n1.加强组织领导。 |\n各镇街 |\n"
        "建立工作制度 |\n2.完善公开制度。 |\n各镇街 |"
    )
    assert [t.section for t in plan.tasks] == [("明确工作机构",), ("建立工作制度",)]


# ---------------------------------------------------- pattern 3: one long line


def test_a_whole_plan_on_one_line_with_field_names() -> None:
    plan = read(
        "某市人民政府办公室关于印发2022年政务公开工作要点的通知 各县（区）人民政府： 现将《要点》"
        "印发给你们，请认真贯彻执行。 某市人民政府办公室 2022年4月20日 2022年政务公开工作要点 "
        "一、加强政策解读 （一）深入解读重大政策。及时发布解读。责任单位：市发改委、市财政局 "
        "（二）做好政策咨询服务。责任单位：市政务服务数据管理局 二、做好回应关切 "
        "（三）加强舆情回应。建立监测机制。责任单位：市委网信办牵头，市直各单位配合"
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[0].text == "深入解读重大政策。及时发布解读。"
    assert units(plan.tasks[0]) == [("市发改委", "owner"), ("市财政局", "owner")]
    assert plan.tasks[2].section == ("做好回应关切",)
    assert units(plan.tasks[2]) == [("市委网信办", "lead"), ("市直各单位", "assist")]
    assert plan.date is not None and plan.date.isoformat() == "2022-04-20"


# ---------------------------------------------------- pattern 4: run together


RUN_TOGETHER = (
    "工作任务牵头单位责任单位工作要求一、推进公开（一）权责清单"
    "1.全面公开权力清单省编办省直各部门，各设区市通过门户网站集中展示。"
    "2.推动市县两级公开权力清单3.公开保留的审批事项重点公开中介服务事项清单。"
    "（二）市场监管4.依法公开抽查事项清单 省直各部门，各设区市明确抽查依据。"
    "5.推进企业信用公示系统建设省工商局省发改委省直各部门，各设区市归集并公示信息。"
)


def test_cells_run_together_are_split_by_what_they_say() -> None:
    plan = read(RUN_TOGETHER)
    first = plan.tasks[0]
    assert first.text == "全面公开权力清单"
    assert first.responsibility is not None
    assert first.responsibility.raw == "省编办；省直各部门，各设区市"
    assert first.note == "通过门户网站集中展示。"
    assert units(plan.tasks[4])[:2] == [("省工商局", "lead"), ("省发改委", "lead")]


def test_a_name_run_into_its_title_goes_on_through_a_semicolon() -> None:
    # a bureau's own office with no level before it, run into the title, then
    # a city unit after a semicolon: one responsibility cell
    plan = read(
        "序号工作任务责任单位完成时限\n"
        "1传染病疫情信息发布疾病预防控制科；市疾病预防控制中心按月更新\n"
        "2预防接种服务公开疾病预防控制科；市疾病预防控制中心、基层卫生健康科长期坚持\n"
        "3职业健康信息公开职业健康科及时\n"
    )
    texts = [t.text for t in plan.tasks]
    assert texts == ["传染病疫情信息发布", "预防接种服务公开", "职业健康信息公开"]
    resp = plan.tasks[1].responsibility
    assert resp is not None
    assert resp.raw == "疾病预防控制科；市疾病预防控制中心、基层卫生健康科"


TABLE_ON_ONE_LINE = (
    "某区政务公开工作要点任务分工 工作类别 重点任务 序号 具体内容 责任单位 完成时限 "
    "一、深化重点领域公开 （一）做好规划公开 1 推进权责清单公开。全面推行权责清单动态调整。 "
    "区委编办；区直各部门 2023年6月底前 2 依托政府信息公开平台完善规章库建设。 区司法局  "
    "二、紧扣宏观政策落地见效深化政务公开 （一）持续加强重大政策发布解读 "
    "3 做好政策解读。同步发布解读材料。 区直各部门 长期坚持 "
    "（二）回应社会关切 4 加强舆情回应台账管理。 区委网信办 及时"
)


def test_a_table_on_one_line_keeps_its_rows_texts_whole_under_labelled_heading_cells() -> None:
    plan = read(TABLE_ON_ONE_LINE)
    assert [t.text for t in plan.tasks] == [
        "推进权责清单公开。全面推行权责清单动态调整。",
        "依托政府信息公开平台完善规章库建设。",
        "做好政策解读。同步发布解读材料。",
        "加强舆情回应台账管理。",
    ]
    assert [t.section for t in plan.tasks] == [
        ("深化重点领域公开", "做好规划公开"),
        ("深化重点领域公开", "做好规划公开"),
        ("紧扣宏观政策落地见效深化政务公开", "持续加强重大政策发布解读"),
        ("紧扣宏观政策落地见效深化政务公开", "回应社会关切"),
    ]


def test_run_together_cells_in_traditional_script_are_split_by_the_grammar() -> None:
    plan = read(
        "序號工作任務責任單位完成時限\n"
        "1.積極推進部門所屬單位預算、決算公開。市直各部門、各鎮街2021年6月底前\n"
        "2.做好政策解讀。市發展改革局牽頭,市直各部門配合長期堅持\n"
        "3.及時回應社會關切。市直各部門、各鎮街及時\n"
    )
    first = plan.tasks[0]
    assert first.text == "積極推進部門所屬單位預算、決算公開。"
    assert units(first) == [("市直各部門", "owner"), ("各鎮街", "owner")]


def test_a_unit_cell_keeps_its_own_full_stop() -> None:
    plan = read(
        "序号工作任务责任单位\n"
        "1.公开规划纲要。综合规划科会同各科室办理。\n"
        "2.公开负面清单。登记注册科会同各业务科室办理。\n"
        "3.公开预算决算。财审科牵头办理。\n"
    )
    assert [t.text for t in plan.tasks] == ["公开规划纲要。", "公开负面清单。", "公开预算决算。"]
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.raw == "登记注册科会同各业务科室办理。"


def test_pipe_rows_under_a_heading_row_are_the_lines_under_it() -> None:
    plan = read(
        "工作任务 | 责任单位 | 完成时限 | 备注 |\n"
        "一、加强民生信息公开 |\n"
        "（一）加强教育卫生信息公开 |\n"
        "公开义务教育招生入学政策。 | 区教育局 | 2024年8月底前 | 各镇（街道）同步公开 |\n"
        "公开中小学校收费项目和学生资助政策。 |\n"
        "公开家庭医生签约服务信息。 | 区卫健委 | 及时更新 | |\n"
        "（二）加强就业信息公开 |\n"
        "公开就业创业扶持政策。 | 区人社局 | 长期坚持 | |\n"
    )
    assert [t.text for t in plan.tasks] == [
        "公开义务教育招生入学政策。",
        "公开中小学校收费项目和学生资助政策。",
        "公开家庭医生签约服务信息。",
        "公开就业创业扶持政策。",
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "区教育局",
        "区教育局",
        "区卫健委",
        "区人社局",
    ]
    assert plan.tasks[0].note == "各镇（街道）同步公开"


def test_a_row_showing_only_its_note_empty_shares_the_merged_unit_cell() -> None:
    plan = read(
        "工作任务 | 责任单位 | 完成时限 | 备注 |\n"
        "（一）加强平台建设 |\n"
        "规范政府信息公开专栏。 | 区政府办公室 | 2024年6月底前 | 分两个阶段推进 |\n"
        "加强政务新媒体管理。 | 每季度 | |\n"
        "（二）加强制度建设 |\n"
        "完善依申请公开制度。 | | 年底前 | |\n"
    )
    resps = [t.responsibility.raw if t.responsibility else None for t in plan.tasks]
    assert resps == ["区政府办公室", "区政府办公室", None]
    assert plan.tasks[1].deadline is not None
    assert plan.tasks[1].deadline.raw == "每季度"


def test_a_part_heading_written_on_every_row_lets_its_rows_share_merged_cells() -> None:
    plan = read(
        "类别 | 序号 | 工作任务 | 责任单位 | 完成时限 | 备注 |\n"
        "一、加强平台建设 | 1 | 规范政府信息公开专栏。 | 市人民政府办公室 | 2024年6月底前 | |\n"
        "一、加强平台建设 | 2 | 将政务公开纳入绩效考评。 | 年底前 | 纳入年度考评 |\n"
        "二、加强制度建设 | 3 | 完善依申请公开制度。 | 市司法局 | 长期坚持 | |\n"
    )
    resps = [t.responsibility.raw if t.responsibility else None for t in plan.tasks]
    assert resps == ["市人民政府办公室", "市人民政府办公室", "市司法局"]
    sections = [t.section for t in plan.tasks]
    assert sections == [("加强平台建设",), ("加强平台建设",), ("加强制度建设",)]


def test_a_table_saved_as_text_parts_its_cells_by_runs_of_spaces() -> None:
    plan = read(
        "序号    工作任务                责任单位            完成时限      进展情况\n"
        "一、以政务公开助力营商环境\n"
        "1      公开涉企收费目录清单。  市营商环境建设局牵头，市直各有关单位配合    "
        "2023年9月底前   已完成\n"
        "2   公开重大建设项目批准信息。    市发展和改革委员会  每季度      持续推进\n"
    )
    assert [t.text for t in plan.tasks] == ["公开涉企收费目录清单。", "公开重大建设项目批准信息。"]
    resps = [t.responsibility.raw if t.responsibility else None for t in plan.tasks]
    assert resps == ["市营商环境建设局牵头，市直各有关单位配合", "市发展和改革委员会"]
    deadlines = [t.deadline.raw if t.deadline else None for t in plan.tasks]
    assert deadlines == ["2023年9月底前", "每季度"]


def test_rows_under_merged_cells_share_them() -> None:
    plan = read(RUN_TOGETHER)
    second, third = plan.tasks[1], plan.tasks[2]
    assert second.responsibility == plan.tasks[0].responsibility
    assert (third.text, third.note) == ("公开保留的审批事项", "重点公开中介服务事项清单。")


def test_a_space_where_a_cell_is_empty() -> None:
    plan = read(RUN_TOGETHER)
    assert units(plan.tasks[3]) == [("省直各部门", "owner"), ("各设区市", "owner")]
    assert plan.tasks[3].text == "依法公开抽查事项清单"


# --------------------------------------------------------------- body fields


@pytest.mark.parametrize(
    ("body", "text", "resp"),
    [
        ("推进预算公开。\n财务科\n", "推进预算公开。", "财务科"),
        ("推进预算公开。\n财务科\n2022年底前\n", "推进预算公开。", "财务科"),
        ("推进预算公开。\n工作量大\n财务科\n", "推进预算公开。\n工作量大", "财务科"),
    ],
)
def test_cells_typed_by_what_they_say(body: str, text: str, resp: str) -> None:
    fields = split_body(body, Layout(("text", "resp", "deadline"), table=True))
    assert (fields.text, fields.resp) == (text, resp)


def test_a_list_of_units_goes_on_after_a_cell_the_document_repeats() -> None:
    # 市政府办公室 is a cell the table repeats; the list goes on past "、 " after it
    layout = Layout(("title", "text", "lead", "assist", "deadline"), table=True)
    body = "政务舆情回应建立舆情快速响应机制。市委网信办市政府办公室、 市公安局及时回应"
    fields = split_body(body, layout, frozenset({"市政府办公室"}))
    assert (fields.lead, fields.resp) == ("市委网信办", "市政府办公室、 市公安局")
    assert fields.deadline == "及时回应"


# ------------------------------------------------------------ the one choice


def test_every_reader_shares_the_choice() -> None:
    """A Word-made page pasted into the site: the table reading and the outline agree."""
    html = (
        "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合/责任单位</td></tr>"
        "<tr><td>1</td><td>加强政策解读。</td><td>区发改局</td><td>区直各部门</td></tr>"
        "<tr><td>2</td><td>做好咨询答复。</td><td>区政务服务中心</td><td>各街道办事处</td></tr>"
        "</table>"
    )
    plan = zwgk.read(html.encode(), format="html")
    assert units(plan.tasks[0]) == [("区发改局", "lead"), ("区直各部门", "assist")]


def test_plausibility_prefers_tasks_with_units() -> None:
    with_units = read("1.推进预算公开。\n财务科\n2.更新概况。\n办公室")
    without = read("1.推进预算公开。财务科2.更新概况。办公室")
    assert plausibility(with_units) > 0
    assert plausibility(with_units) >= plausibility(without)


def test_plausibility_doubts_a_reading_that_left_a_task_with_its_units_over() -> None:
    plan = read("1.推进预算公开。\n财务科\n2.更新概况。\n办公室")
    left = zwgk.Residue("公开保障性租赁住房分配结果。（责任单位：区住建局）", R_UNPLACED_ROW, None)
    dated = zwgk.Residue("公开保障性租赁住房分配结果。（完成时限：6月底前）", R_UNPLACED_ROW, None)
    assert plausibility(plan.evolve(residue=(*plan.residue, left))) == plausibility(plan) - 1.0
    assert plausibility(plan.evolve(residue=(*plan.residue, dated))) == plausibility(plan)


def test_plausibility_doubts_a_text_that_opens_with_its_unit_cell() -> None:
    """A unit cell written before the task's text and left in it costs what
    one left after it costs; units the sentence names as its subject
    (``财务科要…``, ``财务科负责…``, ``财务科，…``) cost nothing."""
    plan = read("1.推进预算公开。\n财务科\n2.更新概况。\n办公室")
    first = plan.tasks[0]

    def with_text(text: str) -> zwgk.Plan:
        return plan.evolve(tasks=(first.evolve(text=text), *plan.tasks[1:]))

    assert plausibility(with_text("财务科推进预算公开。")) == plausibility(plan) - 0.5
    assert plausibility(with_text("推进预算公开。财务科")) == plausibility(plan) - 0.5
    for subject in ("财务科要推进预算公开。", "财务科负责推进预算公开。", "财务科，推进预算公开。"):
        assert plausibility(with_text(subject)) == plausibility(plan)


def test_plausibility_doubts_cells_of_their_own_left_in_a_task() -> None:
    """A score or an article's number after the last sentence, a deadline on
    a line of its own, and rows numbered as the task is in its note: each
    a cell or a row the reading did not tell apart."""
    plan = read("1.推进预算公开。\n财务科\n2.更新概况。\n办公室")
    first = plan.tasks[0]

    def with_first(**changes: str) -> zwgk.Plan:
        return plan.evolve(tasks=(first.evolve(**changes), *plan.tasks[1:]))

    cells = ("3分", "《预算法》第十四条", "\n长期坚持")
    for text in (f"推进预算公开。{cell}" for cell in cells):
        assert plausibility(with_first(text=text)) == plausibility(plan) - 0.5
    assert plausibility(with_first(text="推进预算公开，每月更新2条")) == plausibility(plan)
    rows = "1.公开部门预算和决算情况说明。\n1.更新机构职能和联系方式等信息。"
    assert plausibility(with_first(note=rows)) == plausibility(plan) - 2.0
    assert plausibility(with_first(note="（1）公开部门预算和决算情况说明。")) == plausibility(plan)


def test_plausibility_doubts_a_heading_run_into_a_task_or_a_heading() -> None:
    plan = read("一、公开\n（一）规划\n1.推进预算公开。\n财务科\n（二）解读\n2.更新概况。\n办公室")
    glued = plan.evolve(
        tasks=(
            plan.tasks[0].evolve(text="推进预算公开。（二）解读"),
            plan.tasks[1].evolve(section=("公开（一）规划",)),
        )
    )
    assert plausibility(glued) == plausibility(plan) - 2.0


def test_plausibility_doubts_a_numbered_line_set_aside_as_closing_before_a_task() -> None:
    plan = read("一、公开\n（一）规划\n1.推进预算公开。\n财务科\n2.更新概况。\n办公室")
    closing = zwgk.Residue("（二）解读", "closing: text after the plan body", zwgk.Location(line=2))
    after = zwgk.Residue("（二）解读", "closing: text after the plan body", zwgk.Location(line=99))
    assert plausibility(plan.evolve(residue=(*plan.residue, closing))) == plausibility(plan) - 1.0
    assert plausibility(plan.evolve(residue=(*plan.residue, after))) == plausibility(plan)


def test_a_table_crawled_onto_one_line_keeps_its_only_part() -> None:
    """A page run onto one line whose table has one part: 一、 stands once,
    glued to the header before it, but heads the （一） and 1. that follow
    its short title, the page cut before a （二） or not."""
    text = (
        "某局政务公开工作要点序号工作任务责任单位完成时限一、优化工作基础（一）深化文件公开"
        "1.推进文件库建设。市司法局（二）推进标准化2.更新公开目录。市政府办公室"
    )
    plan = read(text)
    assert [t.section for t in plan.tasks] == [
        ("优化工作基础", "深化文件公开"),
        ("优化工作基础", "推进标准化"),
    ]
    cut = "序号工作任务一、优化基础（一）深化公开1.推进建设。市司法局2.更新目录。办公室"
    assert [t.section for t in read(cut).tasks] == [("优化基础", "深化公开")] * 2


def test_unnumbered_rows_run_together_under_a_numbered_heading() -> None:
    """A table with no 序号 column copied with its cells run together: the
    rows under each numbered heading are its tasks, each closed by its units."""
    text = (
        "某市2022年政务公开工作要点分工方案\n工作任务责任单位完成时限\n"
        "一、做好各类规划主动公开\n"
        "主动公开“十四五”规划纲要及相关政策解读。市直有关部门；各镇（街）\n"
        "做好历年规划的归集整理和主动公开工作。市政府办公室、市发展和改革局牵头\n"
        "二、做好财政信息公开\n"
        "推进部门预算、决算及相关报表公开。市财政局牵头，市直各部门落实2022年6月底前\n"
        "及时公开政府债务限额和余额信息。市财政局长期坚持\n"
    )
    plan = read(text)
    assert [(t.section, t.text) for t in plan.tasks] == [
        (("做好各类规划主动公开",), "主动公开“十四五”规划纲要及相关政策解读。"),
        (("做好各类规划主动公开",), "做好历年规划的归集整理和主动公开工作。"),
        (("做好财政信息公开",), "推进部门预算、决算及相关报表公开。"),
        (("做好财政信息公开",), "及时公开政府债务限额和余额信息。"),
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "市直有关部门；各镇（街）",
        "市政府办公室、市发展和改革局牵头",
        "市财政局牵头，市直各部门落实",
        "市财政局",
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks][2:] == [
        "2022年6月底前",
        "长期坚持",
    ]


def test_unnumbered_rows_run_together_one_under_each_numbered_heading() -> None:
    """The same table where each heading holds one row: the headings over
    one row each, in most parts, head rows all the same (a heading is no
    task of its own because its part holds a single row)."""
    text = (
        "某区2022年政务公开工作要点分工方案\n工作任务责任单位完成时限\n"
        "一、明确工作机构\n"
        "确定一名负责人履行政务公开工作领导职责，进一步强化主体责任。各镇街；区直各单位\n"
        "二、健全工作制度\n"
        "完善本单位政务公开工作相关制度，规范政府信息审核发布。各镇街；区直各单位\n"
        "三、做好各类规划主动公开\n"
        "主动公开国民经济和社会发展规划纲要、国土空间规划等。区发展改革局\n"
    )
    plan = read(text)
    assert [(t.section, t.text) for t in plan.tasks] == [
        (("明确工作机构",), "确定一名负责人履行政务公开工作领导职责，进一步强化主体责任。"),
        (("健全工作制度",), "完善本单位政务公开工作相关制度，规范政府信息审核发布。"),
        (("做好各类规划主动公开",), "主动公开国民经济和社会发展规划纲要、国土空间规划等。"),
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "各镇街；区直各单位",
        "各镇街；区直各单位",
        "区发展改革局",
    ]


def test_numbered_headings_over_one_row_each_all_on_one_line() -> None:
    """The same table crawled onto one line, with no 序号 column and one text
    column: each heading's title runs into its one row, and heads it."""
    text = (
        "某区2022年政务公开工作要点分工方案工作任务责任单位完成时限"
        "一、健全工作机制确定一名负责人履行政务公开工作领导职责，进一步强化主体责任。"
        "各镇街；区直各单位长期坚持"
        "二、健全工作制度完善本单位政务公开工作相关制度，规范政府信息审核发布。"
        "各镇街；区直各单位2022年底前"
        "三、做好各类规划主动公开主动公开国民经济和社会发展规划纲要、国土空间规划等。"
        "区发展改革局长期坚持"
    )
    plan = read(text)
    assert [(t.section, t.text) for t in plan.tasks] == [
        (("健全工作机制",), "确定一名负责人履行政务公开工作领导职责，进一步强化主体责任。"),
        (("健全工作制度",), "完善本单位政务公开工作相关制度，规范政府信息审核发布。"),
        (("做好各类规划主动公开",), "主动公开国民经济和社会发展规划纲要、国土空间规划等。"),
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "长期坚持",
        "2022年底前",
        "长期坚持",
    ]


def test_numbered_rows_on_one_line_each_keep_their_own_titles() -> None:
    """Where a 序号 column numbers the rows, a row's title run into its
    requirement is its own, not a heading over it."""
    text = (
        "某区2022年政务公开工作任务分工\n序号工作任务责任单位完成时限\n"
        "一、深化重点领域信息公开\n"
        "1.财政预决算公开市级部门预算、决算及“三公”经费全面公开。区财政局2022年10月底前\n"
        "2.政府债务信息公开公开政府债务限额、余额和债券发行情况。区财政局每季度\n"
        "二、推进民生领域信息公开\n"
        "3.教育信息公开公开中小学招生入学政策和录取结果。区教育局2022年8月底前\n"
    )
    plan = read(text)
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert [t.section for t in plan.tasks] == [
        ("深化重点领域信息公开",),
        ("深化重点领域信息公开",),
        ("推进民生领域信息公开",),
    ]


def _one_cell_a_line(*cells: str) -> str:
    """Cells one a line, each closed by `` |``, an empty cell a bare ``|``."""
    return "\n".join(f"{c} |" if c else "|" for c in cells)


def test_a_heading_column_s_numbered_cell_over_one_row_heads_it() -> None:
    """One cell per line under a header that opens with a heading column and
    numbers no row: the numbered cell is the heading's, over one row or
    more; the rows have no number."""
    text = "某区2022年政务公开工作要点分工方案\n\n" + _one_cell_a_line(
        "工作类别", "具体内容", "责任单位", "完成时限",
        "一、明确工作机构", "确定一名负责人履行政务公开工作领导职责。", "区直各单位", "",
        "二、健全工作制度", "完善本单位政务公开工作相关制度。", "区直各单位", "2022年底前",
        "三、做好规划公开", "主动公开国民经济和社会发展规划纲要。", "区发展改革局", "",
        "及时公开国土空间规划。", "区自然资源局", "",
    )  # fmt: skip
    plan = read(text)
    assert [(t.number, t.section, t.text) for t in plan.tasks] == [
        (None, ("明确工作机构",), "确定一名负责人履行政务公开工作领导职责。"),
        (None, ("健全工作制度",), "完善本单位政务公开工作相关制度。"),
        (None, ("做好规划公开",), "主动公开国民经济和社会发展规划纲要。"),
        (None, ("做好规划公开",), "及时公开国土空间规划。"),
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "区直各单位",
        "区直各单位",
        "区发展改革局",
        "区自然资源局",
    ]


def test_a_heading_column_s_title_may_hold_a_comma() -> None:
    """A part's title of two phrases (加强政策解读，主动引导预期) over its
    unnumbered rows, one cell per line: still a heading over rows."""
    text = "某省2019年政务公开工作要点分工方案\n\n" + _one_cell_a_line(
        "工作类别", "具体内容", "责任单位", "完成时限",
        "一、加强政策解读，主动引导预期", "深入解读重要政策措施。", "省直各部门", "",
        "积极回应社会关切。", "省直各部门", "",
        "二、聚焦重点领域，促进政策落实", "推进重要决策公开。", "省直各部门", "",
    )  # fmt: skip
    plan = read(text)
    assert [(t.number, t.section[-1], t.text) for t in plan.tasks] == [
        (None, "加强政策解读，主动引导预期", "深入解读重要政策措施。"),
        (None, "加强政策解读，主动引导预期", "积极回应社会关切。"),
        (None, "聚焦重点领域，促进政策落实", "推进重要决策公开。"),
    ]


def test_sub_headings_over_one_row_whose_requirement_has_no_stop() -> None:
    """Two heading columns, one cell per line, each sub-heading over one row
    whose requirement (no stop: a table's cell) stands before its units."""
    text = "某省2016年政务公开工作要点分工方案\n\n" + _one_cell_a_line(
        "工作类别", "重点任务", "具体内容", "责任单位", "完成时限",
        "一、围绕促进经济发展推进公开",
        "（一）推进经济社会政策公开透明", "加大稳增长、促改革等方面的政策公开力度",
        "省发改委；省直各部门", "",
        "（二）推进市场准入负面清单公开", "做好市场准入负面清单试点情况的公开工作",
        "省发改委、省商务厅", "",
    )  # fmt: skip
    plan = read(text)
    assert [(t.section[-1], t.text) for t in plan.tasks] == [
        ("推进经济社会政策公开透明", "加大稳增长、促改革等方面的政策公开力度"),
        ("推进市场准入负面清单公开", "做好市场准入负面清单试点情况的公开工作"),
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "省发改委；省直各部门",
        "省发改委、省商务厅",
    ]


def test_a_heading_s_unnumbered_rows_keep_their_deadline_cells() -> None:
    """One cell per line, each row's deadline cell after its units: the
    deadline closes its row, it does not open the next (the last row's
    deadline cell cut off by the page)."""
    text = "某区2022年政务公开工作要点分工方案\n\n" + _one_cell_a_line(
        "工作类别", "重点任务", "具体内容", "责任单位", "完成时限",
        "一、深化重点领域信息公开",
        "（一）围绕高质量发展做好信息专题公开",
        "持续完善国际科技创新中心建设信息公开,及时公开工作方案、政策法规。",
        "区商务局、区科信局负责落实", "2022年10月",
        "疏解整治促提升等方面做好信息公开工作。", "区发展改革委负责落实", "2022年10月",
        "持续做好产业政策信息公开工作,加强重点产业政策的发布、解读。",
        "区发展改革委、区财政局",
    )  # fmt: skip
    plan = read(text)
    assert [t.text[:6] for t in plan.tasks] == ["持续完善国际", "疏解整治促提", "持续做好产业"]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks][:2] == [
        "2022年10月",
        "2022年10月",
    ]


def test_a_progress_word_after_a_row_s_units_is_its_progress_not_a_unit() -> None:
    """Unnumbered rows one cell per line whose empty 配合单位 and 完成时限
    cells show as nothing: 已完成 after the lead unit is the 落实情况 cell."""
    text = "某区2022年政务公开工作要点分工方案\n\n" + _one_cell_a_line(
        "工作类别", "具体内容", "牵头单位", "配合单位", "完成时限", "落实情况",
        "一、明确工作机构", "确定一名负责人履行政务公开工作领导职责。",
        "区政府办公室", "", "", "已完成",
        "完善本单位政务公开工作相关制度。", "区司法局", "", "", "已完成",
    )  # fmt: skip
    plan = read(text)
    assert [t.text for t in plan.tasks] == [
        "确定一名负责人履行政务公开工作领导职责。",
        "完善本单位政务公开工作相关制度。",
    ]
    units = [t.responsibility.units() if t.responsibility else () for t in plan.tasks]
    assert units == [("区政府办公室",), ("区司法局",)]


def test_a_serial_cell_before_its_row_s_heading_cells_numbers_that_row() -> None:
    """序号 | 工作类别 | 重点任务 | 具体任务 …, one cell per line: a row's 序号
    stands before the heading cells it opens (一、… （一）…), which are the
    row's sections, not the row; a later row lacks them (merged above), and
    one that shows its progress word alone has no unit."""
    text = "某区2024年政务公开工作任务分工\n\n" + _one_cell_a_line(
        "序号", "工作类别", "重点任务", "具体任务", "牵头单位", "配合单位", "完成时限", "落实情况",
        "1", "一、深化重点领域信息公开", "（一）围绕高质量发展推进政府信息公开",
        "做好经济社会发展重点领域信息公开。", "区发改委", "", "2024年10月", "已完成",
        "2", "做好科学中心建设工作动态发布。", "区科委", "区融媒体中心", "2024年10月", "已完成",
        "3", "做好高精尖产业体系构建信息公开。", "", "", "", "已完成",
    )  # fmt: skip
    plan = read(text)
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert all(
        t.section == ("深化重点领域信息公开", "围绕高质量发展推进政府信息公开") for t in plan.tasks
    )
    assert [t.text[:6] for t in plan.tasks] == ["做好经济社会", "做好科学中心", "做好高精尖产"]
    raws = [t.responsibility.raw if t.responsibility else None for t in plan.tasks]
    assert raws[:2] == ["区发改委", "区科委；区融媒体中心"] and "已完成" not in str(raws)


def test_a_heading_s_last_row_cut_by_the_page_is_still_its_row() -> None:
    """A page's opening cut inside the last row's requirement: the rows above
    still read as the heading's, the cut one as its last."""
    text = "某区2022年政务公开工作要点分工方案\n\n" + _one_cell_a_line(
        "工作类别", "具体内容", "责任单位", "完成时限",
        "一、加强用权公开", "动态调整并及时公开部门权责清单和权力运行流程图。", "区直各部门", "",
        "集中公开所辖部门的权责清单和机构职能信息。", "区政府办公室", "",
        "全面梳理本机关制发的规范性文件,按照改革要求及时立改废,通过政",
    )  # fmt: skip
    plan = read(text)
    assert [t.text for t in plan.tasks] == [
        "动态调整并及时公开部门权责清单和权力运行流程图。",
        "集中公开所辖部门的权责清单和机构职能信息。",
        "全面梳理本机关制发的规范性文件,按照改革要求及时立改废,通过政",
    ]
    assert all(t.section == ("加强用权公开",) for t in plan.tasks)


def test_a_heading_run_into_the_first_row_of_a_page_on_one_line() -> None:
    """A page crawled onto one line, one heading over unnumbered rows that
    close with their units and deadline: the heading's title is split from
    its first row and heads them all."""
    text = (
        "某区2017年政务公开工作要点分工方案工作任务责任单位完成时限"
        "一、以政务公开助力经济健康发展及时发布全区经济社会发展重要指标数据,并对经济形势进行解读。"
        "统计局负责落实长期坚持"
        "按月度公开财政收支情况,解读财政收支增减变化及原因。财政局负责落实长期坚持"
        "每年度主动公开国民经济和社会发展计划执行情况。发改委负责落实长期坚持"
    )
    plan = read(text)
    assert [t.text[:4] for t in plan.tasks] == ["及时发布", "按月度公", "每年度主"]
    assert all(t.section == ("以政务公开助力经济健康发展",) for t in plan.tasks)


def test_sub_headings_over_one_row_each_on_a_page_on_one_line() -> None:
    """The sub-headings （一）（二） of a part, each over one unnumbered row
    whose cells ran together, in a table with one text column: each heads
    its row, whatever rank it has."""
    text = (
        "某市2022年政务公开工作要点分工方案工作任务责任单位完成时限"
        "一、优化政务公开工作基础"
        "（一）做好规范性文件公开工作推进本地区行政规范性文件库建设,实现集中统一公开。"
        "市政府办公室、市司法局长期坚持"
        "（二）推进基层政务公开标准化规范化持续推动政府信息主动公开目录的动态更新调整。"
        "市有关单位长期坚持"
        "（三）规范依申请公开办理规范使用全省政府信息依申请公开系统,实现全流程网上办理。"
        "市政府办公室长期坚持"
    )
    plan = read(text)
    assert [t.section for t in plan.tasks] == [
        ("优化政务公开工作基础", "做好规范性文件公开工作"),
        ("优化政务公开工作基础", "推进基层政务公开标准化规范化"),
        ("优化政务公开工作基础", "规范依申请公开办理"),
    ]
    assert [t.text[:4] for t in plan.tasks] == ["推进本地", "持续推动", "规范使用"]


def test_numbered_tasks_on_one_line_stay_tasks_where_they_open_like_a_title() -> None:
    """A task's 1. numbers a row, not a part: numbered rows run together on
    one line whose requirement opens like a title stay tasks with their text
    whole, under the part's heading."""
    text = (
        "某省2022年政务公开工作主要任务分解表工作任务牵头单位责任单位工作要求一、推进第1类公开"
        "1.推进第1项重点领域信息公开省财政厅省直各部门，各设区市及时发布第1项工作的权威信息，"
        "加强政策解读，做好信息公开工作。"
        "2.推进第2项重点领域信息公开省教育厅省直各部门，各设区市及时发布第2项工作的权威信息，"
        "加强政策解读，做好信息公开工作。"
        "3.推进第3项重点领域信息公开省民政厅省直各部门，各设区市及时发布第3项工作的权威信息，"
        "加强政策解读，做好信息公开工作。"
    )
    plan = read(text)
    assert [(t.number, t.section, t.text) for t in plan.tasks] == [
        (k, ("推进第1类公开",), f"推进第{k}项重点领域信息公开") for k in (1, 2, 3)
    ]


def test_a_ministry_s_departments_close_rows_run_together() -> None:
    """A ministry's departments (…司) have no level before their names: they
    close a row whose cells ran together after its requirement's stop."""
    text = (
        "某部2021年政务公开工作要点分工方案\n工作任务责任单位\n"
        "一、推进重点信息公开\n"
        "及时更新部门户网站政府信息公开平台的行政法规文本。政策法规司牵头，信息中心配合\n"
        "主动公开民政事业发展规划及相关专项规划。规划财务司、养老服务司按职责分工负责\n"
        "集中公开部门规章和规范性文件并动态更新。政策法规司\n"
    )
    plan = read(text)
    assert [t.text for t in plan.tasks] == [
        "及时更新部门户网站政府信息公开平台的行政法规文本。",
        "主动公开民政事业发展规划及相关专项规划。",
        "集中公开部门规章和规范性文件并动态更新。",
    ]
    resp = plan.tasks[1].responsibility
    assert resp is not None and resp.units() == ("规划财务司", "养老服务司")


def test_a_signature_after_a_last_cell_with_no_stop_closes_a_page_on_one_line() -> None:
    """A page crawled onto one line whose last row ends with its deadline
    cell (no full stop), then the issuer of the place the title names and
    the date: the signature, not part of the deadline."""
    text = (
        "德清县市场监督管理局2022年政务公开工作要点 一、深化重点领域公开 "
        "1.公开双随机抽查结果。 责任科室：信用监管科 完成时限：2022年6月底前 "
        "2.及时公开行政处罚决定。 责任科室：法规科 完成时限：长期坚持 "
        "德清县市场监督管理局 2022年5月9日"
    )
    plan = read(text)
    last = plan.tasks[-1]
    assert last.deadline is not None and last.deadline.raw.startswith("长期坚持")
    assert "2022年5月9日" not in last.deadline.raw


def _layout_reading(text: str) -> zwgk.Plan:
    from zwgk._build import build_plan
    from zwgk_plugins._text_layouts import Line, detect_layout, parse_layout

    rows = [Line(no, t) for no, t in lines(text)]
    return build_plan(parse_layout(detect_layout(rows), rows))


_REAL = sorted((Path(__file__).parents[1] / "data" / "real").glob("*.txt"))


@pytest.mark.parametrize("path", _REAL[::3], ids=lambda p: p.stem)
def test_no_task_adds_more_than_the_most_per_task(path: Path) -> None:
    """What lets a reading that could not be chosen go unfinished: a plan's
    plausibility is at most its tasks times :data:`MOST_PER_TASK`."""
    text = path.read_text("utf-8")
    for plan in (read(text), _layout_reading(text)):
        assert plausibility(plan) <= MOST_PER_TASK * len(plan.tasks)


def test_an_outline_reading_that_could_not_be_chosen_is_not_finished() -> None:
    text = (
        "某局2022年政务公开工作要点分工方案\n\n"
        "\t工作任务\n\t责任单位\n\t完成时限\n\n"
        "\t1.主动公开规划纲要。\n\t办公室\n\t2022年6月底前\n\n"
        "\t2.及时更新政务公开专栏。\n\t财务科\n\t长期坚持\n\n"
        "\t3.做好政策解读。\n\t办公室牵头，各科室配合\n\t及时发布"
    )
    by_layout = _layout_reading(text)
    choice = Choice(by_layout)
    assert len(by_layout.tasks) == 3 and not choice.worth(3, False)
    assert choice.worth(4, False)  # one task more could be the better reading
    assert assemble_lines(lines(text), worth=choice.worth) is None
    assert choice.of(None) == choose(read(text), by_layout)


def test_stream_keeps_where_each_piece_came_from() -> None:
    stream = Stream([(3, "甲 | 乙"), (7, "丙")])
    assert stream.text == "甲\n乙\n丙"
    assert stream.line_at(stream.text.index("丙")) == 7


def test_a_separator_line_between_separator_lines_is_an_empty_cell() -> None:
    plan = read(
        "序号\n|\n重点任务\n|\n责任单位\n|\n完成时限\n"
        "1\n|\n加强政策解读\n|\n办公室\n|\n2022年12月底前\n"
        "2\n|\n规范依申请公开工作\n|\n|\n2022年11月底前"
    )
    assert plan.tasks[1].responsibility is None
    assert plan.tasks[1].deadline is not None


def test_cells_closed_by_a_bar_and_an_empty_one() -> None:
    plan = read(
        "工作任务 |\n具体要求 |\n落实单位 |\n完成时限 |\n"
        "公开规划 |\n1.主动公开规划纲要。 |\n办公室 |\n2022年底前 |\n"
        "公开财政 |\n2.公开预决算。 |\n|\n及时 |"
    )
    assert plan.tasks[1].responsibility is None
    assert plan.tasks[1].section == ("公开财政",)


def test_a_crawled_table_whose_cells_are_separated_by_spaces() -> None:
    plan = read(
        "某局2022年政务公开工作任务清单 序号 工作任务 责任单位 完成时限 "
        "1 全面公开权力清单 办公室 2022年底前 2 推进预算公开 财务科 2022年6月底前"
    )
    assert [(t.number, t.text) for t in plan.tasks] == [
        (1, "全面公开权力清单"),
        (2, "推进预算公开"),
    ]
    assert units(plan.tasks[1]) == [("财务科", "owner")]
    assert plan.tasks[1].deadline is not None and plan.tasks[1].deadline.raw == "2022年6月底前"


# ------------------------------------------------------- a table numbering nothing

UNNUMBERED_CELLS = """某县交通运输局2022年政务公开工作任务清单
|
重点工作
|
主要措施
|
责任股室
|
完成时限
|
|
做好重大项目信息公开
|
及时公开农村公路建设项目批准和实施信息。
|
规划建设股
|
2022年6月底前
|
|
按季度公开道路运输行政处罚结果。
|
运政执法大队
|
|
|
优化政务服务公开
|
更新办事指南，做到一次告知。
|
行政审批股、办公室
|
长期坚持
|
|
推行证明事项告知承诺制，公开承诺事项清单"""


def test_a_table_one_cell_per_line_that_numbers_nothing_is_read_row_by_row() -> None:
    plan = assemble_lines(lines(UNNUMBERED_CELLS), year=2022)
    assert [t.text for t in plan.tasks] == [
        "及时公开农村公路建设项目批准和实施信息。",
        "按季度公开道路运输行政处罚结果。",
        "更新办事指南，做到一次告知。",
        "推行证明事项告知承诺制，公开承诺事项清单",
    ]
    # the heading cell is given once, merged over the rows below it
    assert [t.section for t in plan.tasks] == [
        ("做好重大项目信息公开",),
        ("做好重大项目信息公开",),
        ("优化政务服务公开",),
        ("优化政务服务公开",),
    ]
    assert [t.number for t in plan.tasks] == [None] * 4
    assert units(plan.tasks[0]) == [("规划建设股", "owner")]
    assert units(plan.tasks[2]) == [("行政审批股", "owner"), ("办公室", "owner")]
    assert plan.tasks[0].deadline is not None and plan.tasks[0].deadline.raw == "2022年6月底前"
    assert plan.tasks[2].deadline is not None and plan.tasks[2].deadline.kind.value == "ongoing"
    # a page cut inside the last task: its requirement as far as it goes, no units
    assert plan.tasks[3].responsibility is None


def test_through_the_text_reader_the_same_table_reads_the_same_tasks() -> None:
    plan = zwgk.read(UNNUMBERED_CELLS.encode(), format="text")
    assert len(plan.tasks) == 4
    assert plan.tasks[1].text == "按季度公开道路运输行政处罚结果。"
    assert units(plan.tasks[1]) == [("运政执法大队", "owner")]


def test_a_note_after_cells_shown_empty_stays_in_its_row() -> None:
    """Rows under a numbered heading cell, their cells shown (empty ones
    empty): a 备注 cell after two empty cells is that row's, not a new row."""
    plan = assemble_lines(
        [
            (1, "工作任务 | 具体要求 | 责任单位 | 完成时限 | 备注"),
            (2, ("一、优化政务公开工作基础", "做好主动公开。", "", "", "此项工作我局为配合单位。")),
            (3, ("", "规范依申请公开。", "办公室", "2021年底前", "")),
            (4, ("", "更新政策解读专栏。", "法规科", "", "已建专栏")),
        ]
    )
    got = [(t.text, t.note, t.section) for t in plan.tasks]
    assert got == [
        ("做好主动公开。", "此项工作我局为配合单位。", ("优化政务公开工作基础",)),
        ("规范依申请公开。", None, ("优化政务公开工作基础",)),
        ("更新政策解读专栏。", "已建专栏", ("优化政务公开工作基础",)),
    ]
    assert plan.tasks[0].responsibility is None
    assert not [r for r in plan.residue if r.reason == R_UNPLACED_ROW]


def test_cells_after_the_last_unnumbered_row_are_residue() -> None:
    """Cells after a table's last row that read as no row (a short heading
    and a deadline) are kept in the residue, not dropped."""
    plan = read(
        "工作任务\n具体要求\n责任单位\n完成时限\n加强政策解读\n做好政策解读工作。\n"
        "区发改局\n2021年底前\n推进公开\n2021年底前"
    )
    assert [(t.text, t.section) for t in plan.tasks] == [("做好政策解读工作。", ("加强政策解读",))]
    unplaced = [r for r in plan.residue if r.reason == R_UNPLACED_ROW]
    assert [r.text for r in unplaced] == ["推进公开\n2021年底前"]
    assert unplaced[0].location is not None
    assert unplaced[0].location.line == 9


# ------------------------------------- heading cells before the serial number

HEADINGS_BEFORE_SERIAL = """某市2022年政务公开任务分解责任清单
工作任务 | 具体要求 | 责任单位 | 时限要求 | ||
一、助力经济发展。 | (一)公开市场主体信息。 | 1 | 公开政策文件。 | 各有关部门负责 | 持续推进 |
2 | 开设行业帮扶政策公开专题。 | 市政府各有关部门负责落实 | 持续推进 | ||
(二)做好就业信息公开。 | 3 | 及时发布招聘信息。 | 市人社局负责落实 | 持续推进 | ||
4 | 畅通受理和反馈机制,推动优化投资环境。 | 市发展改革委牵头,市住建局等政府各有"""


def test_heading_cells_before_the_serial_number_begin_their_parts() -> None:
    plan = read(HEADINGS_BEFORE_SERIAL)
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.section for t in plan.tasks] == [
        ("助力经济发展", "公开市场主体信息"),
        ("助力经济发展", "公开市场主体信息"),
        ("助力经济发展", "做好就业信息公开"),
        ("助力经济发展", "做好就业信息公开"),
    ]


def test_a_unit_cell_the_page_cut_inside_is_the_responsibility_as_far_as_it_goes() -> None:
    last = read(HEADINGS_BEFORE_SERIAL).tasks[-1]
    assert last.text == "畅通受理和反馈机制,推动优化投资环境。"
    assert last.responsibility is not None
    assert last.responsibility.raw == "市发展改革委牵头,市住建局等政府各有"
    assert units(last)[0] == ("市发展改革委", "lead")


@pytest.mark.parametrize(
    ("cell", "cut"),
    [
        ("市发展改革委牵头,市住建局等政府各有关", True),
        ("市财政局、市发改委按照", False),  # units, then a requirement begins
        ("市发展改革委牵头，会同有关单位开展政策解读工作。", False),
        ("办公室、财务科", False),  # whole: not cut
    ],
)
def test_a_cut_unit_cell_is_told_from_a_whole_one_and_from_a_requirement(
    cell: str, cut: bool
) -> None:
    from zwgk.assembly.fields import is_cut_units

    assert is_cut_units(cell) is cut


# ------------------------------ prose whose task level differs from part to part

MIXED_DEPTHS = (
    "一、主要任务 "
    "（一）推进决策公开 "
    "1.推进重大决策预公开。公开决策草案和依据。（责任单位：办公室牵头，相关科室） "
    "2.做好会议开放。邀请公众列席会议。（责任单位：办公室牵头，各科室） "
    "（二）推进预算公开 做好部门预算公开。按时公开部门预算和决算。（责任单位：财务科牵头，各科室） "
    "（三）增强公开实效 "
    "1.加强平台建设 用好管好政务新媒体。健全内容发布审核机制。（责任单位：办公室牵头，各科室） "
    "2.健全解读回应机制 "
    "（1）落实第一解读人职责。（责任单位：办公室牵头，各科室） "
    "（2）做到文件与解读材料同步部署。（责任单位：牵头起草文件的科室） "
    "二、工作要求 各科室要明确责任人。"
)


def test_a_heading_whose_part_is_one_unnumbered_task_gives_that_task() -> None:
    plan = read(MIXED_DEPTHS)
    got = [(t.number, t.section[1:], t.text[:8]) for t in plan.tasks]
    assert got == [
        (1, ("推进决策公开",), "推进重大决策预公"),
        (2, ("推进决策公开",), "做好会议开放。邀"),
        (None, ("推进预算公开",), "做好部门预算公开"),
        (None, ("增强公开实效", "加强平台建设"), "用好管好政务新媒"),
        (1, ("增强公开实效", "健全解读回应机制"), "落实第一解读人职"),
        (2, ("增强公开实效", "健全解读回应机制"), "做到文件与解读材"),
    ]


def test_a_responsibility_clause_whose_value_names_no_unit_still_makes_a_task() -> None:
    last = read(MIXED_DEPTHS).tasks[-1]
    assert last.responsibility is not None
    assert last.responsibility.raw == "牵头起草文件的科室"


@pytest.mark.parametrize(
    ("body", "title", "requirement"),
    [
        (
            "依法依规公开国有企业生产经营情况按月公开国有企业主要经济效益指标等情况。",
            "依法依规公开国有企业生产经营情况",
            "按月公开国有企业主要经济效益指标等情况。",
        ),
        (
            "及时发布资本市场违法违规案件查处情况和稽查执法工作动态做好行政处罚决定公开工作。",
            "及时发布资本市场违法违规案件查处情况和稽查执法工作动态",
            "做好行政处罚决定公开工作。",
        ),
    ],
)
def test_a_title_run_into_its_requirement_in_a_row_whose_units_are_merged_above(
    body: str, title: str, requirement: str
) -> None:
    fields = split_body(body, Layout(("text", "lead", "resp", "text"), table=True))
    assert (fields.text, fields.note) == (title, requirement)
    assert not fields.lead and not fields.resp


SHIFTED_UNNUMBERED = """某局2022年政务公开工作任务分工
工作任务 | 具体内容 | 责任单位 |
做好财政信息公开 | 推进预算、决算公开。 | 财务科 |
及时公开债务信息。 | 财务科 |
做好网站信息公开 | 及时更新概况信息。 | 办公室 |
及时更新公众号信息。 |
做好政策解读 | 及时解读政策。 | 办公室 |
做好政策咨询 | 畅通政策咨询渠道，建立问题收集"""


@pytest.mark.parametrize("one_cell_per_line", [False, True])
def test_unnumbered_rows_that_lost_their_merged_cells_are_fitted_by_what_they_say(
    one_cell_per_line: bool,
) -> None:
    text = SHIFTED_UNNUMBERED
    if one_cell_per_line:
        text = text.replace(" | ", "\n|\n").replace(" |\n", "\n|\n")
    plan = read(text)
    assert [(t.section[0][2:4], t.text[:6]) for t in plan.tasks] == [
        ("财政", "推进预算、决"),
        ("财政", "及时公开债务"),
        ("网站", "及时更新概况"),
        ("网站", "及时更新公众"),
        ("政策", "及时解读政策"),
        ("政策", "畅通政策咨询"),
    ]
    resp = [t.responsibility.raw if t.responsibility else None for t in plan.tasks]
    # a row that ends early shares the merged unit cell above; a row the page
    # cut inside its requirement does not
    assert resp == ["财务科", "财务科", "办公室", "办公室", "办公室", None]


WRITTEN_TWICE = """一、工作要点
1.深入推进政策解读。对本局起草的政策文件进行全面解读。
2.注重回应关切。对群众普遍关注的热点问题及时回应。
二、重点工作任务分解
重点任务 | 工作内容 | 负责科室 |
政策解读 | 对本局起草的政策文件进行全面解读。 | 各业务科室 |
回应关切 | 对群众普遍关注的热点问题及时回应。 | 办公室 |"""


def test_a_table_under_a_heading_of_a_prose_plan_gives_its_rows_as_tasks() -> None:
    plan = read(WRITTEN_TWICE)
    got = [(t.number, t.section, t.responsibility.raw if t.responsibility else None)
           for t in plan.tasks]  # fmt: skip
    assert got == [
        (1, ("工作要点",), None),
        (2, ("工作要点",), None),
        (None, ("重点工作任务分解", "政策解读"), "各业务科室"),
        (None, ("重点工作任务分解", "回应关切"), "办公室"),
    ]
    assert plan.tasks[3].text == "对群众普遍关注的热点问题及时回应。"


OPENING_UNDER_PARTS = """各县(区)人民政府,市政府直属各单位:
《某市2022年政务公开工作要点》已经市政府同意,现印发给你们,请认真贯彻落实。
某市人民政府办公室
2022年5月8日
某市2022年政务公开工作要点
一、总体要求
以习近平新时代中国特色社会主义思想为指导,推动政务公开更务实、更有效。
二、主要任务
(一)坚持规划引领深化政务公开
1.聚焦规划计划推进政务公开。按要求发布本市国民经济和社会发展第十四个五年规划和"""


def test_a_plan_opening_reads_its_first_task_not_its_parts_as_tasks() -> None:
    plan = zwgk.read(OPENING_UNDER_PARTS.encode(), format="text")
    assert [(t.number, t.section) for t in plan.tasks] == [
        (1, ("主要任务", "坚持规划引领深化政务公开")),
    ]
    assert plan.tasks[0].text.startswith("聚焦规划计划推进政务公开。")


CUT_INSIDE_LAST_ROW = """某局2024年政务公开重点工作任务分工
工作任务 | 具体要求 | 责任科室 | 时限要求 |
一、抓好主动公开 | 1 | 及时公开政策举措和进展成效。 | 办公室 | 持续推进 |
2 | 及时回应群众关切。 |
3 | 深化公共企事业单位信息公开,行业主管部门要加强对公共企事业单位信息公开的监督和指"""


def test_a_row_the_page_cut_mid_sentence_does_not_share_the_cells_above() -> None:
    plan = read(CUT_INSIDE_LAST_ROW)
    resp = [t.responsibility.raw if t.responsibility else None for t in plan.tasks]
    assert resp == ["办公室", "办公室", None]
    assert plan.tasks[2].deadline is None


def test_a_unit_cell_cut_inside_a_name_keeps_the_whole_names_and_the_raw_text() -> None:
    text = (
        "目标\n任务\n主要内容\n责任单位\n一、以政务公开助力稳增长\n(一)加强预期引导\n"
        "加强舆情收集研判,及时发布权威消息。\n市发改委、市财政局、市人社局、人民银"
    )
    last = read(text).tasks[-1]
    assert last.responsibility is not None
    assert last.responsibility.raw == "市发改委、市财政局、市人社局、人民银"
    assert units(last) == [("市发改委", "owner"), ("市财政局", "owner"), ("市人社局", "owner")]


OPENING_AIMS = """某市2023年政务公开工作要点
一、总体要求
(一)指导思想
坚持以习近平新时代中国特色社会主义思想为指导。
(二)工作目标
扎实推进政务公开标准化规范化。
二、紧扣经济发展大局深化公开
(一)加强重大战略实施信息公开
1.聚焦落实战略部署加强公开。紧紧围绕重大战略及时发布信息。
2.做好规划信息公开。"""


def test_the_points_of_an_opening_part_on_aims_are_not_tasks() -> None:
    plan = zwgk.read(OPENING_AIMS.encode(), format="text")
    assert [(t.number, t.section) for t in plan.tasks] == [
        (1, ("紧扣经济发展大局深化公开", "加强重大战略实施信息公开")),
        (2, ("紧扣经济发展大局深化公开", "加强重大战略实施信息公开")),
    ]
    kept = " ".join(r.text for r in plan.residue)
    assert "指导思想" in kept and "工作目标" in kept  # nothing lost


PRINCIPLES_OF = """为进一步做好我局政务公开工作,制定本办法。
一、政务公开的基本原则
为确保政务公开规范有序,必须坚持以下原则:
(一)依法公开原则。凡公开的内容必须符合法律、法规的规定;
(二)真实准确原则。公开事项必须实事求是、准确无误;
(三)便民利民原则。政务公开要便于群众办事;
二、政务公开的内容
(一)机构职能、内设机构及办公电话。
责任股室:办公室
(二)部门预算、决算和“三公”经费。
责任股室:预算股、会计股"""


def test_the_points_of_a_part_on_what_principles_hold_are_not_tasks() -> None:
    # the part's heading names what its principles are of (政务公开的基本原则)
    plan = zwgk.read(PRINCIPLES_OF.encode(), format="text")
    assert [(t.label, t.section) for t in plan.tasks] == [
        ("(一)", ("政务公开的内容",)),
        ("(二)", ("政务公开的内容",)),
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "办公室",
        "预算股、会计股",
    ]


def test_a_plan_opening_on_its_aims_only_has_no_tasks() -> None:
    text = "某市方案\n一、目标要求\n(一)2020年底前,建成目录。\n(二)2022年6月底前,制定标准。"
    plan = zwgk.read(text.encode(), format="text")
    assert plan.tasks == ()


SERIAL_SHIFTED = """某局2022年政务公开工作任务清单
序号 | 工作任务 | 具体内容 | 责任股室 | 完成时限 |
1 | 推进重点领域信息公开 | 公开国土空间规划批前公示信息。 | 国土空间规划股 | 2022年9月底前 |
2 | 公开建设用地审批信息。 | 用地审批股 | 及时更新 |
3 | 规范行政权力运行公开 | 动态更新本局权责清单。 | 法规股 | 长期坚持 |"""


def test_a_numbered_row_that_lost_its_merged_heading_cell_is_fitted_by_its_unit_cell() -> None:
    plan = read(SERIAL_SHIFTED)
    got = [(t.number, t.section, t.text, t.responsibility.raw if t.responsibility else None)
           for t in plan.tasks]  # fmt: skip
    assert got == [
        (1, ("推进重点领域信息公开",), "公开国土空间规划批前公示信息。", "国土空间规划股"),
        (2, ("推进重点领域信息公开",), "公开建设用地审批信息。", "用地审批股"),
        (3, ("规范行政权力运行公开",), "动态更新本局权责清单。", "法规股"),
    ]
    assert plan.tasks[1].deadline is not None and plan.tasks[1].deadline.raw == "及时更新"


OWN_TITLES_MERGED_UNITS = """某市2023年政务公开工作任务清单
序号 | 工作任务 | 工作要求 | 责任单位 | 完成时限 |
一、深化重点领域信息公开 |
1 | 预决算公开 | 公开市级部门预决算和“三公”经费，实现全覆盖。 | 市财政局 | 批复后20日内 |
2 | 政府债务公开 | 公开政府债务限额、余额和还本付息情况。 | 每半年 |
3 | 重大项目公开 | 公开重大建设项目批准和实施信息。 | 市发展和改革委员会 | 每季度 |
4 | 政策解读 | 重要政策文件与解读材料同步发布。 | 市政府办公室 | 长期坚持 |"""


def test_rows_with_their_own_titles_that_lost_a_merged_unit_cell_keep_their_titles() -> None:
    plan = read(OWN_TITLES_MERGED_UNITS)
    got = [(t.text, t.section, t.responsibility.raw if t.responsibility else None)
           for t in plan.tasks]  # fmt: skip
    assert got == [
        ("预决算公开", ("深化重点领域信息公开",), "市财政局"),
        ("政府债务公开", ("深化重点领域信息公开",), "市财政局"),
        ("重大项目公开", ("深化重点领域信息公开",), "市发展和改革委员会"),
        ("政策解读", ("深化重点领域信息公开",), "市政府办公室"),
    ]
    assert plan.tasks[1].note == "公开政府债务限额、余额和还本付息情况。"


HEADING_CELLS_OVER_ROWS = """某区2022年政务公开工作任务分解
工作任务 | 工作内容 | 责任单位 | 完成时限 | 备注 |
一、以公开助力经济发展 |
（一）加强涉企信息公开 | 动态更新涉企收费目录清单，接受社会监督。 | 区财政局 | 长期坚持 | |
建立审批问题办理和反馈机制，及时回应“堵点”问题。 | 区行政审批服务局 | 9月底前 | |
推动惠企政策“免申即享”，公开政策兑现结果。 |
（二）规范依申请公开 | 依法规范办理政府信息公开申请，杜绝超期答复。 | 区司法局 | 长期坚持 | |"""


def test_a_numbered_heading_cell_merged_over_rows_on_its_own_line_and_after() -> None:
    plan = read(HEADING_CELLS_OVER_ROWS)
    got = [(t.section[-1], t.text[:8], t.responsibility.raw if t.responsibility else None)
           for t in plan.tasks]  # fmt: skip
    assert got == [
        ("加强涉企信息公开", "动态更新涉企收费", "区财政局"),
        ("加强涉企信息公开", "建立审批问题办理", "区行政审批服务局"),
        ("加强涉企信息公开", "推动惠企政策“免", "区行政审批服务局"),
        ("规范依申请公开", "依法规范办理政府", "区司法局"),
    ]
    assert plan.tasks[2].text == "推动惠企政策“免申即享”，公开政策兑现结果。"


OWN_TITLES_UNDER_CATEGORIES = """某市人社局2024年政务公开工作要点任务清单
类别 | 序号 | 工作事项 | 完成标准 | 责任科室 | 配合科室（单位） | 时间节点 |
就业信息公开 | 1 | 就业政策公开 | 集中发布就业补贴政策和申领流程。 | 就业科 | 服务中心 | 及时更新 |
2 | 招聘信息发布 | 每月发布重点企业用工需求信息。 | 就业服务中心 | | 每月 |
3 | 技能培训公开 | 公开职业技能培训补贴标准和发放结果。 | 职业能力建设科 | 规划财务科 | 每季度 |
社保信息公开 | 4 | 社保基金公开 | 公开社会保险基金收支、结余情况。 | 财务科 | 养老保险科 | 每半年 |
5 | 社保费率公开 | 公开阶段性降低失业保险费率政策。 | 工伤保险科 | 2024年6月底前 |"""


def test_own_titles_under_category_cells_merged_over_rows() -> None:
    plan = read(OWN_TITLES_UNDER_CATEGORIES)
    got = [(t.section, t.text, t.note) for t in plan.tasks]
    assert got[:2] == [
        (("就业信息公开",), "就业政策公开", "集中发布就业补贴政策和申领流程。"),
        (("就业信息公开",), "招聘信息发布", "每月发布重点企业用工需求信息。"),
    ]
    assert got[4] == (("社保信息公开",), "社保费率公开", "公开阶段性降低失业保险费率政策。")


def test_a_completion_standard_column_holds_the_requirement() -> None:
    from zwgk.lang.vocab import header_role

    assert header_role("完成标准") == header_role("工作标准") == "text"


def test_a_requirement_that_speaks_of_time_is_not_a_deadline_cell() -> None:
    from zwgk.assembly.fields import is_deadline

    assert not is_deadline("建立健全政务舆情监测、研判、回应机制，及时回应社会关切。")
    assert is_deadline("持续推进") and is_deadline("每季度更新，及时公开")


def test_a_cell_that_says_how_often_what_is_done_is_a_task_not_a_deadline() -> None:
    from zwgk.assembly.fields import is_deadline

    assert not is_deadline("按月公开全省财政收支情况")
    assert not is_deadline("定期更新政府信息公开指南")
    # how often alone, or with what is done and no object, or a time with what is done by then
    assert is_deadline("按月公开") and is_deadline("每季度公开一次") and is_deadline("及时更新")
    assert is_deadline("2023年6月底前完成首次发布") and is_deadline("年底前公开全部信息目录")


def test_tasks_that_open_with_how_often_keep_their_rows_in_cells_one_a_line() -> None:
    rows = [
        ("一、助力稳增长", "（一）加强预期引导", "深入解读政策背景、依据、目标任务", "省直各部门"),
        ("", "", "按月公开全省财政收支情况", "省财政厅；各设区市"),
        ("", "", "主动公开月度、季度国民经济运行情况", "省统计局；各设区市"),
        ("", "（二）推进社会保险信息公开", "定期公布社会保险情况", "省人社厅；各设区市"),
        ("", "", "主动公开相关审计结果公告", "省审计厅；各设区市"),
    ]
    # one cell a line, '|' alone between a row's cells, an empty cell a blank line
    cells = ["工作类别", "重点任务", "具体内容", "责任单位", "完成时限", "备注"]
    page = ["某市2022年政务公开工作要点任务分工", "", "\n|\n".join(cells)]
    page += ["\n|\n".join([*row, "", ""]) for row in rows]
    plan = read("\n".join(page))
    assert [t.text for t in plan.tasks] == [r[2] for r in rows]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [r[3] for r in rows]
    # (how often the task's own words say it is done is its deadline, as in prose)
    assert plan.tasks[1].deadline is not None and plan.tasks[1].deadline.raw == "按月公开"


def test_a_parts_title_run_into_its_first_row_over_rows_with_no_number() -> None:
    # 工作任务 | 责任单位 | 完成时限 run together, each part's heading on its first row's line
    plan = read(
        "某省2017年政务公开工作要点任务分工\n"
        "工作任务责任单位完成时限\n"
        "一、围绕深化改革推进公开（一）进一步推进权力清单公开全面公开省级政府工作部门权力清单"
        "省编办；省直各部门2017年6月底前\n"
        "推动市县两级政府工作部门全面公开权力清单省编办；各设区市长期坚持\n"
        "（二）推进财政信息公开按月公开全省财政收支情况省财政厅；各设区市每月\n"
        "主动公开相关审计结果公告及整改情况省审计厅；各设区市长期坚持\n"
        "（三）加强政策解读深入解读政策背景和目标任务省委宣传部\n"  # (one row, no deadline)
    )
    assert [t.text for t in plan.tasks] == [
        "全面公开省级政府工作部门权力清单",
        "推动市县两级政府工作部门全面公开权力清单",
        "按月公开全省财政收支情况",
        "主动公开相关审计结果公告及整改情况",
        "深入解读政策背景和目标任务",
    ]
    assert plan.tasks[4].section[-1] == "加强政策解读"
    assert [t.section[-1] for t in plan.tasks][1:3] == [
        "进一步推进权力清单公开",
        "推进财政信息公开",
    ]
    assert units(plan.tasks[2]) == [("省财政厅", "owner"), ("各设区市", "owner")]


def test_a_numbered_tasks_sentence_over_a_signature_is_no_title_over_rows() -> None:
    plan = read(
        "某区2024年政务公开重点任务清单\n"
        "1.规范政府信息公开申请办理,统一答复文书格式。区司法局区直各部门2024年12月底前\n"
        "2.加强政务公开队伍建设,全年组织业务培训不少于2次。区政府办公室2024年11月底前\n"
        "某区人民政府办公室 2024年4月18日\n"
    )
    assert [t.number for t in plan.tasks] == [1, 2]
    assert plan.tasks[1].text.startswith("加强政务公开队伍建设")


def test_short_rows_run_together_with_short_names_and_no_stop() -> None:
    # a short row closing with its deadline is no deadline cell alone; a name
    # with no level after a requirement's object (…名单|民政所) is the unit cell
    plan = read(
        "某县民政局2022年政务公开工作任务清单\n"
        "工作任务责任单位完成时限\n"
        "公开低保对象名单民政所长期坚持\n"
        "及时公开审计结果审计一股2022年6月底前\n"
        "公开招聘信息人事教育股及时\n"
        "公开相关政策文件和办事指南计划财务科每季度\n"
        "公开行政审批办事指南文化站长期坚持\n"  # (no name ends inside 办事)
        "发布年度部门预算和决算预算绩效科每年\n"
        "定期公布全县公示信息政策法规股按季度\n"  # (a row opening with 定期, 全县: no level's name)
    )
    assert [(t.text, t.responsibility.raw if t.responsibility else "") for t in plan.tasks] == [
        ("公开低保对象名单", "民政所"),
        ("及时公开审计结果", "审计一股"),
        ("公开招聘信息", "人事教育股"),
        ("公开相关政策文件和办事指南", "计划财务科"),
        ("公开行政审批办事指南", "文化站"),
        ("发布年度部门预算和决算", "预算绩效科"),
        ("定期公布全县公示信息", "政策法规股"),
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks][1:3] == [
        "2022年6月底前",
        "及时",
    ]


def test_a_run_together_rows_own_points_number_no_rows() -> None:
    plan = read(
        "某县统计局2024年政务公开重点工作任务清单\n"
        "工作任务工作措施责任股室完成时限\n"
        "（一）统计信息公开\n"
        "统计数据发布1.按月发布主要经济指标；2.年度统计公报按时公开。综合股负责12月底前\n"
        "统计执法信息公开公开统计执法检查计划和处罚结果。法规股检查结束后20个工作日内\n"
        "（二）政务公开基础工作\n"
        "信息公开专栏维护1.按目录发布机构职能；2.及时更新政策解读。办公室牵头综合股配合长期坚持\n"
    )
    assert [t.text for t in plan.tasks][::2] == ["统计数据发布", "信息公开专栏维护"]
    assert len(plan.tasks) == 3 and [t.section for t in plan.tasks][1:] == [
        ("统计信息公开",),
        ("政务公开基础工作",),
    ]
    assert units(plan.tasks[2]) == [("办公室", "lead"), ("综合股", "assist")]
    assert plan.tasks[0].note is not None and plan.tasks[0].note.startswith("1.按月发布")


def test_a_run_together_rows_points_beside_a_limit_counted_in_working_days() -> None:
    # (a figure before a measure word, ``作出后7个工作日内``, is no label of the row)
    plan = read(
        "某县市场监督管理局2021年政务公开工作任务清单\n"
        "公开事项工作要求承办股室办结时限\n"
        "行政许可信息公开1.公开许可事项目录；2.公开许可结果。审批股每月\n"
        "行政处罚信息公开1.公开处罚依据；2.公开处罚结果。执法股办理局办公室监督处罚决定作出后7个工作日内\n"
        "抽查检查结果公开公开双随机抽查结果。执法股抽查结束后20个工作日内\n"
    )
    titles = ["行政许可信息公开", "行政处罚信息公开", "抽查检查结果公开"]
    assert [t.text for t in plan.tasks] == titles
    assert units(plan.tasks[1]) == [("执法股", "owner"), ("局办公室", "supervise")]
    assert plan.tasks[1].note == "1.公开处罚依据；2.公开处罚结果。"


def test_rows_run_onto_one_line_counting_from_an_event_named_before_its_verb() -> None:
    # (``文件印发后5个工作日内``: the span found starts at the verb, the cell at the thing)
    plan = read(
        "某县民政局2020年政务公开工作任务清单\n"
        "工作内容责任单位完成时间一、重点领域信息公开公开低保、特困供养政策和救助标准。社会救助股长期坚持"
        "公开年度福利彩票公益金使用情况。财务股每半年二、基础工作公开民政领域政策文件，做好政策解读。"
        "办公室负责各股室配合文件印发后5个工作日内更新政府信息公开专栏。办公室2020年6月底前"
        "办理政府信息公开申请。办公室办理局领导班子监督法定时限内\n"
    )
    assert [t.text for t in plan.tasks][2:] == [
        "公开民政领域政策文件，做好政策解读。",
        "更新政府信息公开专栏。",
        "办理政府信息公开申请。",
    ]
    due = plan.tasks[2].deadline
    assert due is not None and due.raw == "文件印发后5个工作日内"
    assert units(plan.tasks[4]) == [("办公室", "owner"), ("局领导班子", "supervise")]
    assert not [d for d in plan.diagnostics if d.code == "reading.responsibility_is_text"]


def test_a_row_whose_requirement_runs_into_role_clauses_is_no_unit_cell() -> None:
    from zwgk.assembly.fields import is_units

    row = "政务新媒体管理对政务新媒体开展季度检查并通报市政府办公室负责各乡镇街道落实每季度"
    assert not is_units(row)
    assert is_units("市政府办公室负责各乡镇街道落实") and is_units("厅(委)机关各处室")
    plan = read(
        "某市2020年政务公开工作要点任务分解\n"
        "工作任务工作要求责任单位完成时限\n"
        "一、推进重点领域信息公开\n"
        "财政信息公开公开市本级预决算和政府债务信息市财政局负责各预算单位落实批复后20日内\n"
        "就业创业信息公开公开稳就业政策和补贴发放结果市人力资源和社会保障局每季度\n"
        "二、加强公开平台建设\n"
        "政府网站建设规范政府信息公开专栏，完善栏目设置市政府办公室持续推进\n"
        + row
        + "\n依申请公开依法依规办理政府信息公开申请市政府办公室市司法局法定期限内\n"
    )
    assert [t.text for t in plan.tasks][2:] == ["政府网站建设", "政务新媒体管理", "依申请公开"]
    assert units(plan.tasks[3]) == [("市政府办公室", "owner"), ("各乡镇街道", "owner")]


def test_rows_run_together_right_under_a_part_with_no_sub_part_are_its_tasks() -> None:
    plan = read(
        "某局2022年政务公开工作要点任务分工\n"
        "重点任务责任单位完成时限\n"
        "一、加强政策解读\n"
        "（一）做好政策解读\n"
        "出台政策同步发布解读材料。办公室牵头，各科室配合及时\n"
        "（二）回应社会关切\n"
        "对网民留言及时回应。办公室牵头，各科室配合长期坚持\n"
        "二、强化工作保障\n"
        "主要负责同志每年至少听取1次政务公开工作汇报。办公室定期召开\n"
        "加强政务公开工作人员培训。办公室牵头，各科室配合定期开展\n"
        "政务公开工作要点落实情况纳入年度报告。法规科牵头，各科室配合每年1月31日前\n"
    )
    assert len(plan.tasks) == 5
    assert [t.section for t in plan.tasks[2:]] == [("强化工作保障",)] * 3
    assert [t.responsibility.raw for t in plan.tasks[2:] if t.responsibility] == [
        "办公室",
        "办公室牵头，各科室配合",
        "法规科牵头，各科室配合",
    ]
    assert not [r for r in plan.residue if "年度报告" in r.text]


def test_a_repeated_unit_cell_is_not_found_inside_a_collective() -> None:
    plan = read(
        "某区2023年政务公开工作要点任务分工\n"
        "序号工作任务责任单位完成时限\n"
        "一、助力优化营商环境\n"
        "1.全面及时发布涉企政策举措。政府有关部门,各乡镇街道负责落实\n"
        "2.围绕企业办事堵点及时回应关切。政府有关部门,各乡镇街道负责落实\n"
        "3.及时发布税费优惠政策和申领办理规程。税务局、政府有关部门乡镇街道负责落实\n"
    )
    got = [t.responsibility.raw for t in plan.tasks if t.responsibility]
    assert got == ["政府有关部门,各乡镇街道负责落实"] * 2 + ["税务局、政府有关部门乡镇街道负责落实"]
    assert plan.tasks[0].text == "全面及时发布涉企政策举措。"


def test_a_numbered_run_together_rows_own_points_number_no_rows() -> None:
    plan = read(
        "某区市场监管局2023年政务公开工作任务分工\n"
        "序号工作任务工作要求牵头科室配合科室完成时限\n"
        "1、食品抽检信息公开（1）按月公布抽检结果；（2）公开不合格食品核查处置情况。食品抽检科办公室抽检完成后20日内\n"
        "2、行政处罚信息公开公开行政处罚决定书。法规科各执法大队作出决定后7个工作日内\n"
        "3、价格监督检查公开（1）公开价格检查计划；（2）公开检查结果；（3）公开典型案例。价格监督科每季度\n"
    )
    titles = ["食品抽检信息公开", "行政处罚信息公开", "价格监督检查公开"]
    assert [t.text for t in plan.tasks] == titles
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[0].note is not None and plan.tasks[0].note.startswith("（1）按月公布")
    assert units(plan.tasks[0]) == [("食品抽检科", "lead"), ("办公室", "assist")]
    assert plan.tasks[2].deadline is not None and plan.tasks[2].deadline.raw == "每季度"


def test_an_autonomous_countys_office_signing_after_its_rows_is_no_row() -> None:
    plan = read(
        "双江拉祜族佤族布朗族傣族自治县医疗保障局2022年政务公开工作任务表\n"
        "序号公开事项公开内容责任股室公开时限\n"
        "1医保政策公开公开医保待遇政策和报销比例。待遇保障股每年\n"
        "2定点机构信息公开公开定点医药机构名单。医药服务股及时更新\n"
        "双江拉祜族佤族布朗族傣族自治县医疗保障局\n"
        "2022年4月6日\n"
    )
    assert len(plan.tasks) == 2
    last = plan.tasks[-1]
    assert last.responsibility is not None and last.responsibility.raw == "医药服务股"
    assert last.deadline is not None and last.deadline.raw == "及时更新"


HEADED_ROWS = (
    "序号重点工作具体任务责任部门时间节点\n"
    "1项目信息公开（1）公开年度重点项目清单；（2）公开项目审批结果。项目部审批后20个工作日内\n"
    "2招商政策公开公开招商引资优惠政策和兑现结果。招商局长期\n"
    "3平台建设更新政务公开专栏和政务新媒体。党政办公室负责各部门落实常态化\n"
)


@pytest.mark.parametrize("joined", ["\n", ""])
def test_a_heading_column_every_row_fills_titles_its_tasks(joined: str) -> None:
    plan = read("某开发区2025年政务公开重点工作任务清单\n" + HEADED_ROWS.replace("\n", joined))
    assert [t.text for t in plan.tasks] == ["项目信息公开", "招商政策公开", "平台建设"]
    assert all(t.section == () for t in plan.tasks)
    assert plan.tasks[1].note == "公开招商引资优惠政策和兑现结果。"


GROUPED_ROWS = (
    ("工作事项", "序号", "工作内容", "承办科室", "完成时限"),
    ("图书馆信息公开", "1", "公开免费开放时间和服务项目。", "公共服务科", "常态化"),
    ("", "2", "公开文化惠民活动安排。", "公共服务科", "活动举办前7日"),
    ("旅游市场信息公开", "1", "公开旅游投诉处理结果。", "市场管理科", "每季度"),
    ("", "2", "公开A级旅游景区评定结果。", "资源开发科", "评定后10个工作日内"),
    ("体育信息公开", "1", "公开全民健身设施布局。", "体育科", "2024年3月底前"),
    ("", "2", "公开体育彩票公益金使用情况。", "体育科", "每年6月底前"),
)


@pytest.mark.parametrize("form", ["bars", "pipes", "tabs"])
def test_a_serial_column_restarting_under_group_heading_cells(form: str) -> None:
    if form == "bars":  # one cell a line, a '|' alone between cells
        rows = ["\n|\n".join(r) for r in GROUPED_ROWS]
    else:
        rows = [(" | " if form == "pipes" else "\t").join(r) for r in GROUPED_ROWS]
    plan = read("某县文化和旅游局2024年政务公开工作任务分工\n" + "\n".join(rows) + "\n")
    assert [t.number for t in plan.tasks] == [1, 2, 1, 2, 1, 2]
    assert [t.section for t in plan.tasks][1::2] == [
        ("图书馆信息公开",),
        ("旅游市场信息公开",),
        ("体育信息公开",),
    ]
    assert plan.tasks[3].text == "公开A级旅游景区评定结果。"
    assert units(plan.tasks[3]) == [("资源开发科", "owner")]


def test_a_last_row_that_dropped_its_empty_progress_cell_keeps_its_own_title() -> None:
    cells = [
        ["序号", "工作任务", "工作要求", "责任股室", "配合股室", "时间节点", "完成情况"],
        [
            "1",
            "公开农村公路建设信息。",
            "1.公开年度建设计划；\n2.公示验收结果。",
            "公路股",
            "计划股",
            "2020年9月底前",
            "",
        ],
        [
            "2",
            "公开道路运输许可信息。",
            "1.公开办事指南；\n2.公开许可结果。",
            "运输股",
            "",
            "7个工作日内",
            "",
        ],
        [
            "3",
            "办理政府信息公开申请。",
            "1.规范登记；\n2.按时答复。",
            "办公室",
            "法规股",
            "法定时限内",
        ],
    ]
    text = "\n".join(" |\n".join(row) + " |" for row in cells)
    plan = read("某县交通运输局2020年政务公开工作任务分工\n" + text + "\n")
    assert [t.text for t in plan.tasks] == [
        "公开农村公路建设信息。",
        "公开道路运输许可信息。",
        "办理政府信息公开申请。",
    ]
    assert all(t.section == () for t in plan.tasks)
    assert plan.tasks[2].note is not None and plan.tasks[2].note.startswith("1.规范登记")


def test_short_names_after_a_requirement_ending_on_a_phone_line_or_an_application() -> None:
    plan = read(
        "某市水利局2022年政务公开工作要点\n"
        "序号工作任务工作要求主办科室协办科室完成时限\n"
        "1农村饮水信息公开公开农村供水工程建设情况，公布监督举报电话农村水利水电科2022年11月底前\n"
        "2依申请公开依法依规办理政府信息公开申请政策法规科办公室按法定期限\n"
    )
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "农村水利水电科",
        "政策法规科；办公室",
    ]
    assert plan.tasks[0].note is not None and plan.tasks[0].note.endswith("监督举报电话")


@pytest.mark.parametrize("collective", ["局属各单位", "直属各单位", "厅属各单位"])
def test_the_bodies_under_an_office_as_an_assist_cell_run_into_the_deadline(
    collective: str,
) -> None:
    plan = read(
        "某市水利局2022年政务公开工作要点\n"
        "序号工作任务工作要求主办科室协办科室完成时限\n"
        "1政策解读规范性文件同步发布解读材料。政策法规科相关业务科室文件印发后3个工作日内\n"
        f"2回应关切办理网站留言涉水诉求。办公室{collective}5个工作日内\n"
        "3网站专栏建设规范政府信息公开专栏。办公室持续推进\n"
        "4年度报告编制发布上年度政府信息公开工作年度报告。办公室每年1月31日前\n"
    )
    second = plan.tasks[1]
    assert (
        second.responsibility is not None and second.responsibility.raw == f"办公室；{collective}"
    )
    assert second.deadline is not None and second.deadline.raw == "5个工作日内"


def test_a_lead_cell_run_into_the_assist_cell_with_nothing_between() -> None:
    plan = read(
        "某市水利局2022年政务公开工作要点\n"
        "序号工作任务工作要求主办科室协办科室完成时限\n"
        "1政策解读规范性文件同步发布解读材料政策法规科相关业务科室文件印发后3个工作日内\n"
        "2工程建设信息公开公开水利工程施工进展信息规划建设科质量安全监督站项目节点完成后20日内\n"
        "3目录更新更新主动公开基本目录,做到应公开尽公开办公室各科室2022年9月底前\n"
        "4预约信息公开公开门票预约方式旅游服务中心各景区每年3月底前\n"
    )
    owners = [t.responsibility.raw if t.responsibility else None for t in plan.tasks]
    assert owners[0] == "政策法规科；相关业务科室"
    assert owners[1] == "规划建设科；质量安全监督站"
    assert owners[2] is not None and owners[2].startswith("办公室")
    assert owners[3] is not None and owners[3].startswith("旅游服务中心")


def test_the_office_of_rule_by_law_is_a_name_though_the_word_opens_requirements() -> None:
    plan = read(
        "某市司法局2020年政务公开工作任务分工\n"
        "序号工作任务具体措施牵头科室配合科室完成时限\n"
        "1普法宣传公开年度普法责任清单，每季度发布普法动态普法与依法治理科办公室每季度\n"
        "2依申请公开依法规范办理依申请公开。办公室法治调研科法定期限内\n"
    )
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "普法与依法治理科；办公室",
        "办公室；法治调研科",
    ]
    assert plan.tasks[0].deadline is not None and plan.tasks[0].deadline.raw == "每季度"


def test_short_names_after_a_requirement_ending_on_a_time() -> None:
    plan = read(
        "某医院2024年院务公开工作要点\n"
        "序号公开事项公开内容及要求责任科室公开时限\n"
        "1医院基本信息公开医院简介、专家介绍和出诊时间党政办公室、医务部及时更新\n"
        "2医疗质量安全公开医疗质量控制指标和患者满意度调查结果医务部每季度\n"
    )
    first = plan.tasks[0]
    assert first.responsibility is not None and first.responsibility.raw == "党政办公室、医务部"
    assert first.deadline is not None and first.deadline.raw == "及时更新"


def test_a_task_and_its_requirement_before_the_units_are_text_and_note() -> None:
    text = (
        "工作任务 | 工作要求 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "一、以公开促进经济发展 | | | | |\n"
        "（一）强化舆情回应 | 建立回应机制，及时回应社会关切。 | 市委网信办 | 各单位 | 持续推进 |"
    )
    task = read(text).tasks[0]
    assert (task.text, task.note) == ("强化舆情回应", "建立回应机制，及时回应社会关切。")
    assert task.deadline is not None and task.deadline.raw == "持续推进"


def test_serial_numbers_run_into_their_rows() -> None:
    plan = read(
        "序号重点任务责任单位完成时限\n"
        "1公开部门预算和决算。市财政局2022年6月底前\n"
        "2集中公开减税降费政策清单。市税务局 市财政局长期坚持\n"
        "3公开招聘信息。市人力资源社会保障局12月底前\n"
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[1].text == "集中公开减税降费政策清单。"
    assert units(plan.tasks[1]) == [("市税务局", "owner"), ("市财政局", "owner")]
    assert plan.tasks[1].deadline is not None and plan.tasks[1].deadline.raw == "长期坚持"


TITLED = (
    "工作任务具体措施责任分工完成时限\n"
    "1.做好规划信息公开主动公开规划纲要，解读实施进展。由市发展改革委牵头，市直各部门配合2023年6月底前\n"
    "2.强化政策解读落实解读方案，解读材料与文件同步发布。市政府办公室负责长期坚持\n"
    "3.规范依申请公开办理严格执行法定答复时限。市委网信办、市司法局按职责分工负责持续推进\n"
)


def test_titles_run_into_the_requirement_after_them() -> None:
    plan = read(TITLED)
    titles = ["做好规划信息公开", "强化政策解读", "规范依申请公开办理"]
    assert [t.text for t in plan.tasks] == titles
    assert plan.tasks[0].note == "主动公开规划纲要，解读实施进展。"
    assert units(plan.tasks[0]) == [("市发展改革委", "lead"), ("市直各部门", "assist")]
    assert plan.tasks[2].responsibility is not None
    assert plan.tasks[2].responsibility.raw == "市委网信办、市司法局按职责分工负责"


def test_rows_of_one_requirement_under_two_text_columns_are_not_split() -> None:
    plan = read(
        "工作任务具体措施责任单位完成时限\n"
        "1.严格执行疫情防控信息发布各项制度，及时回应社会关切。市卫生健康委2022年6月底前\n"
        "2.及时发布疫苗接种工作信息，做好舆论引导工作。市卫生健康委长期坚持\n"
        "3.密切关注重大建设项目舆情并及时作出回应。市发展改革委持续推进\n"
        "4.梳理现行有效行政规范性文件，集中对外公开。市司法局长期坚持\n"
        "5.在政务服务大厅设立政务公开专区，提供政策查询服务。市政府办公室持续推进\n"
    )
    assert plan.tasks[0].text == "严格执行疫情防控信息发布各项制度，及时回应社会关切。"
    assert plan.tasks[2].text == "密切关注重大建设项目舆情并及时作出回应。"


def test_a_title_ending_in_a_header_word_is_no_header() -> None:
    text = "某局2021年政务公开工作要点责任分工\n重点任务\n具体措施\n牵头科室\n配合科室\n一、公开"
    header = find_header(text, 0, len(text))
    assert header is not None
    assert text[header.start :].startswith("重点任务")
    assert header.roles == ("text", "text", "lead", "assist")


def test_a_page_that_spaces_every_cell_fills_both_unit_columns() -> None:
    plan = read(
        "工作任务 工作要求 牵头单位 责任单位 完成时限 一、公开 "
        "1.公开惠企政策 集中公开惠企政策清单。 市经济和信息化局 "
        "市直有关部门，各县人民政府 2023年6月底前 "
        "2.公开医疗服务信息 公开医疗服务价格。 市卫生健康委 市医保局 长期坚持"
    )
    first = plan.tasks[0]
    assert (first.text, first.note) == ("公开惠企政策", "集中公开惠企政策清单。")
    assert first.responsibility is not None
    assert first.responsibility.raw == "市经济和信息化局；市直有关部门，各县人民政府"
    assert units(plan.tasks[1]) == [("市卫生健康委", "lead"), ("市医保局", "owner")]


def test_a_responsible_column_beside_an_assisting_one_leads() -> None:
    plan = read(
        "工作任务工作要求责任单位配合单位\n"
        "1.推进财政信息公开按时公开县级预决算。县财政局各乡镇人民政府，县直各单位\n"
        "2.规范政务新媒体开展清理整合。县委网信办县政府办县直各单位\n"
    )
    assert units(plan.tasks[0]) == [
        ("县财政局", "lead"),
        ("各乡镇人民政府", "assist"),
        ("县直各单位", "assist"),
    ]
    assert [t.text for t in plan.tasks] == ["推进财政信息公开", "规范政务新媒体"]


def test_a_heading_cell_given_once_runs_into_its_first_row() -> None:
    plan = read(
        "序号重点工作具体措施牵头单位配合单位完成时间\n"
        "1政策解读区政府出台的重要政策文件同步发布解读材料。区政府办区直各单位长期坚持\n"
        "2组织主要负责同志解读政策，全年不少于1次。区直各单位2022年12月底前\n"
        "3回应关切建立政务舆情回应机制，及时回应社会关切。区委网信办区政府办持续推进\n"
    )
    assert [t.section for t in plan.tasks] == [("政策解读",), ("政策解读",), ("回应关切",)]
    assert plan.tasks[0].text == "区政府出台的重要政策文件同步发布解读材料。"
    assert plan.tasks[2].text == "建立政务舆情回应机制，及时回应社会关切。"
    # a lone collective between a sentence and a deadline cell is the row's unit cell
    assert units(plan.tasks[1]) == [("区直各单位", "lead")]
    assert plan.tasks[1].deadline is not None and plan.tasks[1].deadline.raw == "2022年12月底前"


def test_a_responsibility_clause_closed_by_its_role_word_ends_the_unit_cell() -> None:
    plan = read(
        "工作任务责任单位工作要求\n"
        "1.加强政策解读市政府办公室牵头，市直各部门配合坚持政策文件与解读材料同步发布。\n"
        "2.做好旅游信息公开市文化广电和旅游局负责按季度发布旅游市场运行信息。\n"
    )
    assert [t.text for t in plan.tasks] == ["加强政策解读", "做好旅游信息公开"]
    assert units(plan.tasks[0]) == [("市政府办公室", "lead"), ("市直各部门", "assist")]
    assert plan.tasks[0].note == "坚持政策文件与解读材料同步发布。"
    assert units(plan.tasks[1]) == [("市文化广电和旅游局", "owner")]


def test_units_after_a_title_and_the_subject_of_the_requirement_after_them() -> None:
    plan = read(
        "工作任务牵头单位责任单位工作要求\n"
        "1.公开规划实施进展市发展改革委市统计局市直各有关单位结合年度计划公开指标完成进度。\n"
        "2.办好政民互动栏目市直各单位规范网站留言办理流程，公开答复内容。\n"
    )
    assert [t.text for t in plan.tasks] == ["公开规划实施进展", "办好政民互动栏目"]
    # a lone collective beside an empty lead cell owns the task
    assert units(plan.tasks[1]) == [("市直各单位", "owner")]
    plan = read(
        "工作任务责任部门具体内容\n"
        "1.主动公开政策文件省政府办公厅，省直各部门省政府及省直各部门制定的政策文件全部公开。\n"
        "2.强化政策解读省直各部门，各地级以上市人民政府政策性文件与解读材料同步发布。\n"
    )
    assert plan.tasks[0].note == "省政府及省直各部门制定的政策文件全部公开。"
    assert units(plan.tasks[0]) == [("省政府办公厅", "owner"), ("省直各部门", "owner")]
    assert plan.tasks[1].note == "政策性文件与解读材料同步发布。"


def test_serial_numbers_run_into_rows_of_a_page_on_one_line() -> None:
    plan = read(
        "某县2022年政务公开工作任务清单 序号工作任务责任单位完成时限 "
        "1公开县级财政预决算。县财政局，县直各预算单位2022年8月底前 "
        "2按月公开低保资金发放情况。县民政局，各乡镇人民政府每月 "
        "3推进乡镇标准目录编制，年底前完成。各乡镇人民政府2022年12月底前"
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert units(plan.tasks[1]) == [("县民政局", "owner"), ("各乡镇人民政府", "owner")]


def test_titles_ending_in_no_title_word_stop_at_the_first_verb() -> None:
    plan = read(
        "重点任务主要措施牵头部门配合部门时间节点\n"
        "1.规范重大行政决策程序制定决策事项目录，向社会公布。市司法局市政府办公室2023年3月底前\n"
        "2.公开粮食储备信息公开地方粮食储备规模。市发展改革委市财政局2023年12月底前\n"
        "3.推进公共资源配置信息公开依托交易平台公开交易结果。市公共资源交易中心市财政局持续推进\n"
    )
    titles = ["规范重大行政决策程序", "公开粮食储备信息", "推进公共资源配置信息公开"]
    assert [t.text for t in plan.tasks] == titles


def test_office_names_without_a_level_after_a_title_and_a_deadline_after_the_requirement() -> None:
    plan = read(
        "工作任务责任科室工作要求完成时限\n"
        "1.公开行政许可信息行政审批科负责在局门户网站公开许可结果。持续推进\n"
        "2.做好执法信息公开执法监督科牵头，各执法科室配合公开执法结果，按月更新。每月\n"
    )
    assert [t.text for t in plan.tasks] == ["公开行政许可信息", "做好执法信息公开"]
    assert units(plan.tasks[0]) == [("行政审批科", "owner")]
    assert plan.tasks[0].note == "在局门户网站公开许可结果。"
    assert plan.tasks[0].deadline is not None and plan.tasks[0].deadline.raw == "持续推进"


# ------------------------------------------------------- one cell per line


def cell_lines(*cells: str) -> str:
    """A web table copied as text: one cell per line, ``|`` alone between cells."""
    return "\n|\n".join(cells) + "\n|"


def test_a_unit_column_named_over_two_sub_columns_takes_their_place() -> None:
    text = cell_lines(
        "序号", "工作任务", "具体内容", "责任单位", "完成时限", "牵头单位", "配合单位",
        "1", "推进决策公开", "公开重大决策事项目录。", "党政办", "各村（社区）", "2022年6月底前",
        "2", "对重要决策事项公开听取群众意见。", "党政办", "", "长期坚持",
        "3", "公开决策事项的执行结果。", "党政办", "镇直各单位", "2022年9月底前",
    )  # fmt: skip
    tasks = read(text).tasks
    assert [units(t) for t in tasks] == [
        [("党政办", "lead"), ("各村（社区）", "assist")],
        [("党政办", "lead")],
        [("党政办", "lead"), ("镇直各单位", "assist")],
    ]
    assert [t.deadline.raw if t.deadline else None for t in tasks] == [
        "2022年6月底前", "长期坚持", "2022年9月底前",
    ]  # fmt: skip


def test_an_empty_cell_after_the_units_keeps_its_column() -> None:
    text = cell_lines(
        "序号", "工作任务", "具体内容", "牵头单位", "配合单位", "完成时限",
        "1", "推进决策公开", "公开重大决策事项目录。", "党政办", "各村（社区）", "2022年6月底前",
        "2", "对重要决策事项公开听取群众意见。", "党政办", "", "长期坚持",
    )  # fmt: skip
    second = read(text).tasks[1]
    assert units(second) == [("党政办", "lead")]
    assert second.deadline is not None and second.deadline.raw == "长期坚持"
    assert second.section == ("推进决策公开",)


def test_rows_under_a_merged_unit_cell_end_at_their_sentence() -> None:
    text = "\n".join(
        f"{c} |"
        for c in (
            "工作任务", "具体要求", "责任单位",
            "规范性文件", "集中公开本级行政规范性文件。", "区司法局",
            "公开页面列明文件的有效性。", "及时公开规范性文件清理结果。",
            "政策解读", "同步发布文件的解读材料。", "各起草单位",
        )
    )  # fmt: skip
    tasks = read(text).tasks
    assert [t.text for t in tasks] == [
        "集中公开本级行政规范性文件。",
        "公开页面列明文件的有效性。",
        "及时公开规范性文件清理结果。",
        "同步发布文件的解读材料。",
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in tasks] == [
        "区司法局", "区司法局", "区司法局", "各起草单位",
    ]  # fmt: skip
    assert [t.section for t in tasks] == [("规范性文件",)] * 3 + [("政策解读",)]


def test_a_numbered_heading_cell_over_rows_with_a_deadline_column() -> None:
    text = "\n".join(
        f"{c} |"
        for c in (
            "工作任务", "具体内容", "责任单位", "完成时限",
            "（一）做好公共卫生信息公开", "公开传染病疫情信息。", "疾控中心", "及时更新",
            "公开健康教育活动开展情况。",
            "公开预防接种门诊名单。", "疾控中心、各乡镇卫生院", "长期坚持",
            "（二）做好医疗服务信息公开", "公开医疗机构名录。", "医政医管科", "2023年6月底前",
            "公开医疗服务价格。",
        )
    )  # fmt: skip
    tasks = read(text).tasks
    assert [(t.number, t.section, t.text) for t in tasks] == [
        (None, ("做好公共卫生信息公开",), "公开传染病疫情信息。"),
        (None, ("做好公共卫生信息公开",), "公开健康教育活动开展情况。"),
        (None, ("做好公共卫生信息公开",), "公开预防接种门诊名单。"),
        (None, ("做好医疗服务信息公开",), "公开医疗机构名录。"),
        (None, ("做好医疗服务信息公开",), "公开医疗服务价格。"),
    ]
    assert [t.deadline.raw if t.deadline else None for t in tasks] == [
        "及时更新", "及时更新", "长期坚持", "2023年6月底前", "2023年6月底前",
    ]  # fmt: skip


def test_a_serial_number_merged_over_two_rows_numbers_the_first() -> None:
    text = "\n".join(
        f"{c} |"
        for c in (
            "序号", "工作任务", "具体措施", "牵头单位", "完成时限",
            "1", "推进法治政府信息公开", "公开行政执法主体和职责。", "县司法局", "及时更新",
            "公开行政复议决定书。", "县司法局", "长期坚持",
            "2", "推进平台建设", "完善政策文件库。", "县府办", "2022年10月底前",
        )
    )  # fmt: skip
    tasks = read(text).tasks
    assert [(t.number, t.section, t.text) for t in tasks] == [
        (1, ("推进法治政府信息公开",), "公开行政执法主体和职责。"),
        (None, ("推进法治政府信息公开",), "公开行政复议决定书。"),
        (2, ("推进平台建设",), "完善政策文件库。"),
    ]
    assert [t.deadline.raw if t.deadline else None for t in tasks] == [
        "及时更新", "长期坚持", "2022年10月底前",
    ]  # fmt: skip


def test_a_signature_after_the_last_numbered_row_is_no_row() -> None:
    text = "\n".join(
        f"{c} |"
        for c in (
            "序号", "工作内容", "责任科室",
            "1", "公开行政处罚决定。", "法规科",
            "2", "公开抽查计划及结果。", "执法队",
            "以上任务请于年底前完成。", "某某区市场监督管理局", "2023年5月6日",
        )
    )  # fmt: skip
    tasks = read(text).tasks
    assert [t.number for t in tasks] == [1, 2]


def test_a_row_whose_cells_after_its_text_are_all_empty_shares_the_row_above() -> None:
    text = cell_lines(
        "工作任务", "具体要求", "责任单位", "完成时限",
        "（一）做好乡村振兴信息公开", "1.公开衔接资金分配情况。", "县农业农村局", "2021年10月底前",
        "2.公开高标准农田建设进度。", "", "",
        "（二）加强政策解读", "3.同步发布解读材料。", "县直各部门", "长期坚持",
    )  # fmt: skip
    second = read(text).tasks[1]
    assert second.responsibility is not None and second.responsibility.raw == "县农业农村局"
    assert second.deadline is not None and second.deadline.raw == "2021年10月底前"


def test_a_progress_cell_closes_its_row_and_is_kept_as_residue() -> None:
    # 落实情况 shown for some rows only: an empty cell shows as nothing, so the
    # value stands right after the deadline (or the units) and ends the row
    text = "\n".join(
        f"{c} |"
        for c in (
            "重点任务", "具体内容", "责任科室", "时间节点", "落实情况",
            "财政信息", "公开部门预算和决算。", "财政所", "2023年9月底前", "已完成",
            "公开惠民补贴发放情况。", "社会事务办", "每季度",
            "平台建设", "规范政务公开专区建设。", "党政办", "2023年6月底前", "正在推进",
            "更新居务公开栏内容。", "各社区", "按季度",
        )
    )  # fmt: skip
    plan = read(text)
    assert [(t.section, t.text) for t in plan.tasks] == [
        (("财政信息",), "公开部门预算和决算。"),
        (("财政信息",), "公开惠民补贴发放情况。"),
        (("平台建设",), "规范政务公开专区建设。"),
        (("平台建设",), "更新居务公开栏内容。"),
    ]
    assert all(t.note is None for t in plan.tasks)
    extra = [r.text for r in plan.residue if r.reason == R_EXTRA_COLUMN]
    assert extra == ["已完成", "正在推进"]


def test_a_notice_signed_after_the_table_ends_at_the_plans_title() -> None:
    # the notice's signature stands at the end of the document, after the table:
    # the plan starts at its own title line with the table header under it
    text = "\n".join(
        [
            "某县人民政府办公室",
            "关于印发某县2022年政务公开重点工作任务清单的通知",
            "各乡镇人民政府，县政府各部门：",
            "现将《某县2022年政务公开重点工作任务清单》印发给你们，请认真贯彻执行。",
            "",
            "某县2022年政务公开重点工作任务清单",
            "序号 | 工作任务 | 责任单位 | 完成时限",
            "1 | 公开县级部门预算和决算。 | 县财政局 | 2022年6月底前",
            "2 | 公开义务教育招生计划。 | 县教育局 | 2022年8月底前",
            "",
            "某县人民政府办公室",
            "2022年5月20日",
        ]
    )
    plan = read(text)
    assert [(t.number, t.text) for t in plan.tasks] == [
        (1, "公开县级部门预算和决算。"),
        (2, "公开义务教育招生计划。"),
    ]
    assert plan.title == "某县2022年政务公开重点工作任务清单"
    assert plan.date == datetime.date(2022, 5, 20)
    assert plan.issuer == "某县人民政府办公室"


def test_a_signature_after_the_table_is_no_part_of_its_last_row() -> None:
    text = "\n".join(
        f"{c}\n|"
        for c in (
            "序号", "工作任务", "牵头单位", "配合单位", "完成时限",
            "1", "公开县级部门预算和决算。", "县财政局", "县直各部门", "2023年6月底前",
            "2", "办好政府开放日活动，年内至少组织2次。", "县政府办公室", "县直有关部门",
            "2023年12月底前",
        )
    ) + "\n某县人民政府办公室\n2023年5月12日印发\n"  # fmt: skip
    plan = read(text)
    last = plan.tasks[-1]
    assert last.responsibility is not None
    assert last.responsibility.raw == "县政府办公室；县直有关部门"
    assert last.deadline is not None and last.deadline.raw == "2023年12月底前"
    assert [r.text for r in plan.residue if r.reason == R_CLOSING] == [
        "某县人民政府办公室\n2023年5月12日印发"
    ]
    assert (plan.issuer, plan.date) == ("某县人民政府办公室", datetime.date(2023, 5, 12))


def test_a_title_run_into_its_preamble_on_one_line_is_the_plans_title() -> None:
    text = (
        "某县2018年政务公开工作要点实施方案为深入贯彻落实某省人民政府办公厅关于印发"
        "2018年全省政务公开工作要点的通知精神,结合本县实际,制定本方案。"
        "一、工作任务 1.全面公开县级部门预算和决算。（责任单位：县财政局）"
        "2.及时公开重大项目审批信息。（责任单位：县发改局）"
    )
    plan = read(text)
    assert plan.title == "某县2018年政务公开工作要点实施方案"
    assert plan.issuer is None  # the preamble names a parent's issuer, not this plan's
    assert [t.number for t in plan.tasks] == [1, 2]


def test_a_lone_first_sub_label_right_after_its_parts_title_opens_that_part() -> None:
    # a page opening run onto one line and cut inside its first task
    text = (
        "一、工作目标紧紧围绕重点任务，加大公开力度。"
        "二、工作任务(一)围绕建设法治政府,全面推进政务公开。"
        "1.把公开透明作为政府工作的基本要求,坚持以公开为常态"
    )
    tasks = read(text).tasks
    assert [(t.number, t.section) for t in tasks] == [
        (1, ("工作任务", "围绕建设法治政府,全面推进政务公开")),
    ]


def test_a_heading_over_one_unnumbered_paragraph_on_the_next_line() -> None:
    # （三） heads numbered tasks elsewhere; here its part is one paragraph
    text = "\n".join(
        [
            "一、推进重点领域信息公开",
            "（一）推进财政信息公开",
            "1.公开县级部门预算和决算。责任单位：县财政局。",
            "2.公开政府债务信息。责任单位：县财政局。",
            "（二）推进重大建设项目信息公开",
            "重点公开重大建设项目批准和实施信息。（牵头单位：县发改局；配合单位：县住建局）",
            "（三）推进社会救助信息公开",
            "3.公开低保和特困供养信息。责任单位：县民政局。",
        ]
    )
    tasks = read(text).tasks
    assert [(t.number, t.section[-1], t.text) for t in tasks] == [
        (1, "推进财政信息公开", "公开县级部门预算和决算。"),
        (2, "推进财政信息公开", "公开政府债务信息。"),
        (None, "推进重大建设项目信息公开", "重点公开重大建设项目批准和实施信息。"),
        (3, "推进社会救助信息公开", "公开低保和特困供养信息。"),
    ]


def test_where_a_short_title_stops_before_its_requirement() -> None:
    # a word said twice (…公开|公开…), a level's bodies as the subject (…|市级部门…),
    # and 坚持 opening the requirement
    plan = read(
        "工作任务具体措施责任单位完成时限\n"
        "1.财政预决算公开市级部门预算、决算全面公开，细化到项级科目。市财政局2023年10月底前\n"
        "2.重大项目公开公开重点项目年度投资计划和建设进度。市发展改革委长期坚持\n"
        "3.政策解读坚持解读材料与政策文件同步组织、同步审签、同步部署。市政府办公室长期坚持\n"
        "4.推进财政信息公开按时公开县级预决算和“三公”经费。市财政局2023年6月底前\n"
    )
    assert [t.text for t in plan.tasks] == [
        "财政预决算公开", "重大项目公开", "政策解读", "推进财政信息公开",
    ]  # fmt: skip
    assert plan.tasks[1].note == "公开重点项目年度投资计划和建设进度。"


def test_a_header_naming_a_detailed_column_keeps_its_last_cells() -> None:
    # 细化分工 holds the tasks under a 工作任务 cell given once; 备注 is the header's, no heading
    plan = read(
        "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
        "1 | 做好疫情防控信息发布 | 围绕精准防控发布权威信息 | 应急处 | 长期推进 |\n"
        "2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 |\n"
    )
    assert [(t.section, t.text) for t in plan.tasks] == [
        (("做好疫情防控信息发布",), "围绕精准防控发布权威信息"),
        (("做好疫情防控信息发布",), "做好疫苗接种信息公开"),
    ]


ROWS_WITH_TITLES = (
    "重点任务工作措施牵头单位配合单位完成时限\n"
    "一、推进决策公开\n"
    "1.编制重大行政决策事项目录制定年度重大行政决策事项目录并向社会公布。市司法局市政府办公室2023年3月底前\n"
    "2.完善决策公众参与机制涉及群众切身利益的决策事项，广泛听取意见。市直各部门长期坚持\n"
    "3.落实政策解读制度坚持政策性文件与解读材料同步组织、同步审签。市政府办公室市直各部门持续推进\n"
    "二、加强重点领域公开\n"
    "4.规范养老服务信息发布公开养老机构名录和收费标准。市民政局市财政局每季度\n"
    "5.公开公共资源交易结果依托公共资源交易平台公开交易公告和成交结果。"
    "市公共资源交易中心市财政局及时更新\n"
    "6.强化生态环境监测数据发布发布空气质量和地表水水质监测数据。市生态环境局市大数据管理局按月\n"
)


def test_titles_are_told_from_requirements_by_the_rows_whose_split_is_certain() -> None:
    plan = read(ROWS_WITH_TITLES)
    assert [t.text for t in plan.tasks] == [
        "编制重大行政决策事项目录",
        "完善决策公众参与机制",
        "落实政策解读制度",
        "规范养老服务信息发布",
        "公开公共资源交易结果",
        "强化生态环境监测数据发布",
    ]
    assert plan.tasks[1].note == "涉及群众切身利益的决策事项，广泛听取意见。"
    assert units(plan.tasks[4]) == [("市公共资源交易中心", "lead"), ("市财政局", "assist")]


def test_the_document_learns_how_long_its_titles_are() -> None:
    from zwgk.assembly.fields import learn_titles

    bodies = [line.split(".", 1)[1] for line in ROWS_WITH_TITLES.split("\n") if "." in line]
    length = learn_titles(bodies)
    assert length is not None and 8 <= length <= 12
    # rows that are requirements only (the first column held headings): no titles
    requirements = [
        "全面落实“全国一张清单”管理模式，及时公开动态调整情况。市发展改革委长期坚持",
        "系统集成、智能推送已出台各项减税降费政策，帮助纳税人了解政策。市税务局长期坚持",
        "聚焦基础设施补短板等重点领域，加大政策解读力度。市发展改革委持续推进",
        "严格执行疫情防控信息发布各项制度，及时回应社会关切。市卫生健康委长期坚持",
    ]
    assert learn_titles(requirements) is None
    # most rows close their title with a full stop: none is run in
    stopped = [
        "主动公开规划纲要。通过门户网站集中展示规划。市发展改革委长期坚持",
        "做好惠企政策公开。梳理惠企政策清单。市财政局长期坚持",
        "规范养老服务信息发布公开养老机构名录。市民政局每季度",
    ]
    assert learn_titles(stopped) is None


def test_every_row_with_a_titles_evidence_gives_titles() -> None:
    from zwgk.assembly.fields import learn_titles

    # few boundaries are strong, but every row has one where a title may stop
    bodies = [
        "医保政策文件集中发布在局门户网站集中发布现行有效的医保政策文件。办公室、待遇保障科",
        "医保目录调整解读国家医保药品目录调整后，及时发布本市落地执行政策。医药服务管理科",
        "基金监管执法结果公开医保基金监督检查结果和行政处罚决定。基金监管科",
        "定点医药机构名单公开定点医疗机构和定点零售药店名单，新增情况及时更新。医药服务管理科",
        "经办服务指南标准化统一公开参保登记等经办事项办事指南。市医疗保障事务中心",
        "政务公开年报每年1月31日前在局门户网站发布上一年度政府信息公开工作年度报告。办公室",
    ]
    assert learn_titles(bodies) is not None


def test_a_header_names_its_columns_in_more_words() -> None:
    text = "序号任务名称工作内容牵头科室配合科室时间要求\n一、公开"
    header = find_header(text, 0, len(text))
    assert header is not None
    assert header.roles == ("number", "text", "text", "lead", "assist", "deadline")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("工作任务\n具体内容\n承办单位\n完成期限\n助力经济", ("text", "text", "resp", "deadline")),
        (
            "序号\n工作任务\n主责科室\n协同单位\n完成时限\n一、",
            ("number", "text", "lead", "assist", "deadline"),
        ),
        ("工作事项\n责任站所\n完成期限\n一、", ("text", "resp", "deadline")),
    ],
)
def test_header_words_of_every_column_role_are_found(text: str, roles: tuple[str, ...]) -> None:
    header = find_header(text, 0, len(text))
    assert header is not None
    assert header.roles == roles


@pytest.mark.parametrize("close", [" |", "\n|"])
def test_a_signature_set_apart_by_a_blank_line_after_cells_one_per_line(close: str) -> None:
    cells = (
        "工作任务", "牵头单位", "配合单位", "完成时限",
        "公开县级部门预算和决算。", "县财政局", "县直各部门", "2023年6月底前",
        "办好政府开放日活动。", "县政府办公室", "", "长期坚持",
    )  # fmt: skip
    if close == " |":
        table = "\n".join(f"{c} |" if c else "|" for c in cells)
    else:
        table = "\n|\n".join(cells) + "\n|"
    plan = read(table + "\n\n某县人民政府办公室\n2023年5月12日\n")
    last = plan.tasks[-1]
    assert last.responsibility is not None
    assert last.responsibility.raw == "县政府办公室"
    assert last.deadline is not None and last.deadline.raw == "长期坚持"
    assert [r.text for r in plan.residue if r.reason == R_CLOSING] == [
        "某县人民政府办公室\n2023年5月12日"
    ]
    assert (plan.issuer, plan.date) == ("某县人民政府办公室", datetime.date(2023, 5, 12))


def test_a_row_without_its_deadline_cell_shares_the_merged_one_above() -> None:
    text = (
        "工作任务 | 具体措施 | 责任单位 | 完成时限 |\n"
        "（一）推进预算公开 | 1.公开县级预算和决算。 | 县财政局 | 2023年6月底前 |\n"
        "2.公开部门“三公”经费。 | 县直各部门 |\n"
        "（二）推进项目公开 | 3.公开重点项目建设进度。 | 县发展改革局 | 每季度 |\n"
        "4.公开项目招标投标信息。 | 县住房城乡建设局 |  |\n"
    )
    plan = read(text)
    deadlines = [t.deadline.raw if t.deadline else None for t in plan.tasks]
    assert deadlines == ["2023年6月底前", "2023年6月底前", "每季度", None]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "县财政局", "县直各部门", "县发展改革局", "县住房城乡建设局",
    ]  # fmt: skip


def test_heading_cells_of_three_levels_given_once_over_their_rows() -> None:
    cells = (
        "类别", "公开事项", "公开内容", "公开要求", "责任单位", "更新时限",
        "基础信息", "机构职能", "领导信息", "公开领导姓名和分工。", "县政府办公室", "及时更新",
        "公开班子成员名单。", "县直各部门", "及时更新",
        "内设机构", "公开内设机构职责。", "县直各部门", "",
        "规划计划", "专项规划", "公开专项规划文本。", "县发展改革局", "长期坚持",
    )  # fmt: skip
    plan = read("\n".join(f"{c} |" if c else "|" for c in cells))
    assert [t.section for t in plan.tasks] == [
        ("基础信息", "机构职能", "领导信息"),
        ("基础信息", "机构职能", "领导信息"),
        ("基础信息", "机构职能", "内设机构"),
        ("基础信息", "规划计划", "专项规划"),
    ]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "县政府办公室", "县直各部门", "县直各部门", "县发展改革局",
    ]  # fmt: skip


def test_two_responsibility_columns_the_parents_unit_leads() -> None:
    text = (
        "序号 | 重点工作 | 具体任务 | 市级责任单位 | 局内责任科室 | 完成时限 | 落实情况 |\n"
        "一、加强重点领域公开 |\n"
        "1 | （一）做好预算公开 | 公开部门预算和决算。 | 市财政局 | 财务科 | 年底前 | 已完成 |\n"
        "2 | 公开年度报告。 | 市直各有关单位 | 各科室 | 2022年1月31日前 | 已完成 |\n"
        "3 | （二）做好解读 | 同步发布解读材料。 | 市司法局 | 法规科 | 长期坚持 | 持续推进 |\n"
    )
    plan = read(text)
    assert [units(t) for t in plan.tasks] == [
        [("市财政局", "lead"), ("财务科", "owner")],
        [("市直各有关单位", "lead"), ("各科室", "owner")],
        [("市司法局", "lead"), ("法规科", "owner")],
    ]
    assert [t.section[1:] for t in plan.tasks] == [
        ("做好预算公开",),
        ("做好预算公开",),
        ("做好解读",),
    ]


# ------------------------------------------- responsibility cells as sentences

SENTENCE_CELLS = """某市2023年政务公开工作任务清单
工作任务 |
具体要求 |
责任单位 |
完成时限 |
||
决策公开 |
重大行政决策 |
公开年度重大行政决策事项目录，根据执行情况及时调整。 |
市司法局牵头目录编制工作，市直各部门按职责分工负责 |
2023年3月底前 |
决策草案公开征求意见，期限一般不少于30日。 |
由各决策承办单位负责，市司法局加强指导 |
长期坚持 |
||
政务服务 |
公开政务服务事项清单和办事指南。 |
市行政审批服务局负责，市直各部门配合做好本部门事项梳理 |
2023年6月底前 |
|
集中公开现行有效的规范性文件。 |
市司法局牵头规范性文件集中公开工作，各制定机关具体落实；各成员单位负责本单位文件的公开 |
及时公开规范性文件清理结果。 |
市司法局牵头清理结果公开工作,有"""


def test_a_responsibility_cell_written_as_sentences_closes_its_row() -> None:
    plan = assemble_lines(lines(SENTENCE_CELLS), year=2023)
    assert [t.text for t in plan.tasks] == [
        "公开年度重大行政决策事项目录，根据执行情况及时调整。",
        "决策草案公开征求意见，期限一般不少于30日。",
        "公开政务服务事项清单和办事指南。",
        "集中公开现行有效的规范性文件。",
        "及时公开规范性文件清理结果。",
    ]
    assert [t.section for t in plan.tasks] == [
        ("决策公开", "重大行政决策"),
        ("决策公开", "重大行政决策"),
        *[("决策公开", "政务服务")] * 3,  # the row lacks one cell: the merged top level
    ]
    assert units(plan.tasks[1]) == [("各决策承办单位", "owner"), ("市司法局", "supervise")]
    assert units(plan.tasks[2]) == [("市行政审批服务局", "owner"), ("市直各部门", "assist")]
    assert units(plan.tasks[3]) == [
        ("市司法局", "lead"),
        ("各制定机关", "owner"),
        ("各成员单位", "owner"),
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks[:3]] == [
        "2023年3月底前",
        "长期坚持",
        "2023年6月底前",
    ]
    # the page cut inside the last responsibility cell: the cell is still the units
    last = plan.tasks[4].responsibility
    assert last is not None and last.raw == "市司法局牵头清理结果公开工作,有"


def test_a_requirement_that_names_a_unit_stays_the_requirement() -> None:
    text = (
        "工作任务 | 具体要求 | 责任单位 | 完成时限 |\n"
        "一、做好文件公开 | 1.文件修改、废止的，县政府办公室负责及时更新标注，确保一致。 | "
        "县政府办公室 | 长期坚持 |\n"
        "2.各单位要做好本单位文件公开工作，县司法局加强指导。 | "
        "由县司法局负责，各单位配合 | 每季度 |"
    )
    plan = read(text)
    assert [t.text for t in plan.tasks] == [
        "文件修改、废止的，县政府办公室负责及时更新标注，确保一致。",
        "各单位要做好本单位文件公开工作，县司法局加强指导。",
    ]
    assert units(plan.tasks[0]) == [("县政府办公室", "owner")]
    assert units(plan.tasks[1]) == [("县司法局", "owner"), ("各单位", "assist")]


# ------------------------------- a 序号 table with （一） heading rows and no parts

SERIAL_ROWS = [
    ["（一）深化政策解读"],
    ["1.", "开展政策解读，每季度至少1次。", "区政府办公室牵头，区直各部门负责落实", "每季度"],
    ["2.", "发布常见问题解答。", "区政府办公室负责", "2022年9月底前"],
    ["（二）做好信息公开"],
    [
        "3.",
        "公开低保标准和资金发放情况。",
        "区民政局负责，各镇街配合做好资金发放信息公开",
        "每季度",
    ],
    ["4.", "公开义务教育招生计划。", "由区教育局负责", "2022年7月底前"],
]


@pytest.mark.parametrize(
    "join",
    [
        lambda rows: "\n".join(" | ".join(r) for r in rows),
        lambda rows: "\n".join(c for r in rows for c in r),
        lambda rows: "\n".join(f"{c} |" for r in rows for c in r),
        lambda rows: "\n".join("\t".join(r) for r in rows),
    ],
    ids=["pipes", "cell-per-line", "cell-closed-by-bar", "tabs"],
)
def test_heading_rows_over_serial_numbers_with_no_part_lose_no_row(join: object) -> None:
    assert callable(join)
    plan = read(join([["序号", "工作任务", "责任单位", "完成时限"], *SERIAL_ROWS]))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.text for t in plan.tasks] == [r[1] for r in SERIAL_ROWS if len(r) > 1]
    assert [t.section for t in plan.tasks] == [("深化政策解读",)] * 2 + [("做好信息公开",)] * 2
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        r[2] for r in SERIAL_ROWS if len(r) > 1
    ]
    assert [r.reason for r in plan.residue] == ["table header"]


def test_one_role_clause_counts_as_units_where_the_column_holds_clauses() -> None:
    # '各决策承办单位负责做好意见征集' alone reads as a requirement too; the other
    # rows' cells in the column (clauses with role words) decide it is the units
    rows = [
        "公开年度重大行政决策事项目录，根据执行情况及时调整。 |",
        "市司法局牵头目录编制工作，市直各部门按职责分工负责 |",
        "2023年3月底前 |",
        "决策草案公开征求意见，期限一般不少于30日。 |",
        "各决策承办单位负责做好意见征集和反馈 |",
        "长期坚持 |",
        "公开政务服务事项清单和办事指南。 |",
        "市行政审批服务局负责，市直各部门配合做好本部门事项梳理 |",
        "2023年6月底前 |",
    ]
    header = "工作任务 |\n具体要求 |\n责任单位 |\n完成时限 |\n||\n决策公开 |\n"
    plan = read(header + "\n".join(rows))
    assert [t.text for t in plan.tasks] == [rows[0][:-2], rows[3][:-2], rows[6][:-2]]
    assert units(plan.tasks[1]) == [("各决策承办单位", "owner")]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2023年3月底前",
        "长期坚持",
        "2023年6月底前",
    ]


def test_a_responsibility_column_beside_an_assisting_one_leads() -> None:
    text = (
        "序号 | 工作任务 | 责任科室 | 配合科室 | 完成时限 |\n"
        "1 | 公开本局权责清单。 | 政策法规科 | 各业务科室 | 2022年6月底前 |\n"
        "2 | 做好政策解读。 | 办公室 |  | 长期坚持 |\n"
    )
    plan = read(text)
    assert units(plan.tasks[0]) == [("政策法规科", "lead"), ("各业务科室", "assist")]
    assert units(plan.tasks[1]) == [("办公室", "lead")]


def test_a_street_office_header_names_its_offices_as_ban() -> None:
    cells = (
        "序号", "重点任务", "责任办（站、所）", "配合办", "时间节点",
        "1", "规范社区政务公开栏设置。", "社区建设办", "党政综合办", "每月",
    )  # fmt: skip
    plan = read("\n".join(f"{c} |" for c in cells))
    assert units(plan.tasks[0]) == [("社区建设办", "lead"), ("党政综合办", "assist")]


def test_a_part_of_one_unnumbered_row_in_a_table_whose_other_parts_number_theirs() -> None:
    cells = (
        "工作任务", "具体要求", "责任股室",
        "一、做好规划公开。", "做好民政事业规划的归集整理和主动公开工作。", "办公室",
        "二、做好财政信息公开。", "1.推进单位预算、决算公开。", "办公室、各股室",
        "2.做好惠民资金发放信息公开。", "社会救助股",
    )  # fmt: skip
    plan = read("\n\n".join(cells))
    assert [(t.number, t.section, t.text) for t in plan.tasks] == [
        (None, ("做好规划公开",), "做好民政事业规划的归集整理和主动公开工作。"),
        (1, ("做好财政信息公开",), "推进单位预算、决算公开。"),
        (2, ("做好财政信息公开",), "做好惠民资金发放信息公开。"),
    ]
    assert units(plan.tasks[0]) == [("办公室", "owner")]
    assert not [r for r in plan.residue if r.reason == R_UNPLACED_ROW]


def test_closing_parts_on_steps_and_requirements_hold_no_tasks() -> None:
    from zwgk.build.pieces import R_SUPPORT

    plan = zwgk.read(
        (
            "某县政务公开工作方案\n"
            "一、主要任务\n"
            "（一）规范重点领域信息公开\n"
            "1.落实国家试点领域标准指引，编制基层政务公开标准化目录\n"
            "2.建立全县统一的共性公开事项目录\n"
            "3.做好其他领域信息公开标准规范工作\n"
            "二、进度安排\n"
            "1.2020年9月底前制定工作方案\n"
            "2.2020年11月底前编制完成基层标准化目录\n"
            "三、工作要求\n"
            "1.加强组织领导\n"
            "2.强化监督考核\n"
        ).encode(),
        format="text",
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    kept = [r.text for r in plan.residue if r.reason == R_SUPPORT]
    assert len(kept) == 6  # the two parts' headings and their four points
    assert "二、进度安排" in kept and "三、工作要求" in kept


def test_responsibility_field_lines_under_prose_items_are_fields_not_cells() -> None:
    plan = read(
        "一、推进重点信息公开\n"
        "1.公开学校章程和规章制度。\n"
        "责任部门：党政办公室主责,组织部参与\n"
        "2.公开本科生和研究生招生章程。\n"
        "责任部门：本科生招生办公室、研究生院\n"
        "3.公开学校年度财务预算、决算。\n"
        "责任部门：财务处\n"
    )
    assert [t.text for t in plan.tasks][:2] == [
        "公开学校章程和规章制度。",
        "公开本科生和研究生招生章程。",
    ]
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.raw == "本科生招生办公室、研究生院"
    assert units(plan.tasks[0]) == [("党政办公室", "lead"), ("组织部", "assist")]


def test_a_signature_right_after_the_last_sentence_of_prose_closes_it() -> None:
    from zwgk.assembly.text import closing_signature

    text = "三、工作要求\n1.各单位要明确一名信息员。\n云南大学党政办公室\n2022年3月10日"
    at = text.index("云南大学")
    assert closing_signature(text, prose=True) == at
    assert closing_signature(text) == len(text)  # a table's last row may read the same


def test_a_signature_of_the_place_the_title_names_closes_a_table() -> None:
    from zwgk.assembly.text import closing_signature

    # a county named by one character and its level (沛县) as well as by more
    for place in ("沛县", "汉阴县"):
        text = (
            f"{place}交通运输局2020年政务公开工作任务分工\n工作任务责任股室完成时限\n"
            f"公开路网规划。规划股2020年6月底前\n{place}交通运输局\n2020年3月2日"
        )
        assert closing_signature(text) == text.index(f"{place}交通运输局\n"), place


def test_the_printing_line_of_a_colophon_closes_a_table() -> None:
    # the office that printed the plan and the date marked 印 (or 印发) on one
    # line after the last row: not the last row's unit and deadline cells
    text = (
        "某市医疗保障局2022年政务公开工作任务分解表\n"
        "序号工作任务具体措施责任科室完成时限\n"
        "1医保政策文件公开及时公开医保待遇保障、医保支付等政策文件。规划财务科2022年6月底前\n"
        "2依申请公开办理规范政府信息公开申请办理流程，按法定期限答复。规划财务科、办公室按法定期限\n"
        "3年度报告编制发布2023年1月31日前编制并公开本机关年度报告。办公室2023年1月31日前\n"
        "某市医疗保障局办公室2022年4月12日印\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    last = plan.tasks[-1]
    assert last.responsibility is not None and last.responsibility.raw == "办公室"
    assert last.deadline is not None and last.deadline.due == datetime.date(2023, 1, 31)
    assert "某市医疗保障局办公室" not in last.text


def test_the_reading_kept_takes_the_metadata_only_the_other_found() -> None:
    text = (
        "某大学2022年信息公开工作要点\n"
        "一、推进重点信息公开\n"
        "1.公开学校章程和规章制度。\n责任部门：党政办公室\n"
        "2.公开本科生招生章程。\n责任部门：本科生招生办公室\n"
        "3.公开学校年度财务预算。\n责任部门：财务处\n"
        "二、工作要求\n1.各单位要明确一名信息员。\n"
        "某大学党政办公室\n2022年3月10日"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert len(plan.tasks) == 3
    assert plan.issuer == "某大学党政办公室"
    assert plan.date == datetime.date(2022, 3, 10)


def test_a_colleges_table_on_one_line_with_offices_named_like_verbs() -> None:
    # cells run together: a serial glued to the last unit cell before a
    # measure word (…配合5人才…), a requirement opening with 按, offices whose
    # names begin like verbs (研究生院, 组织部), the footer's 上一条/下一条
    page = (
        "某学院2022年信息公开工作要点 发布时间：2022-03-08 "
        "序号工作任务工作要求责任部门"
        "1招生信息公开按招生工作时间节点公开招生章程和录取结果。招生办公室"
        "2研究生招生信息公开公开研究生招生简章和拟录取名单。研究生院"
        "3干部任免信息公开公开干部任前公示信息。组织部牵头，人事处配合"
        "4财务信息公开公开学校年度预算、决算。财务处"
        "5人才招聘信息公开公开招聘岗位、条件和拟聘用人员名单。人事处"
        " 上一条：某学院信息公开实施细则 下一条：某学院2021年信息公开年度报告"
    )
    plan = zwgk.read_text(page)
    assert [(t.number, t.text) for t in plan.tasks] == [
        (1, "招生信息公开"),
        (2, "研究生招生信息公开"),
        (3, "干部任免信息公开"),
        (4, "财务信息公开"),
        (5, "人才招聘信息公开"),
    ]
    assert plan.tasks[0].note == "按招生工作时间节点公开招生章程和录取结果。"
    units = [t.responsibility.units() if t.responsibility else () for t in plan.tasks]
    assert units == [
        ("招生办公室",),
        ("研究生院",),
        ("组织部", "人事处"),
        ("财务处",),
        ("人事处",),
    ]
    assert "上一条" in " ".join(r.text for r in plan.residue)


def test_a_run_together_row_that_lost_its_merged_unit_cells_keeps_its_own_deadline() -> None:
    text = (
        "某市2023年政务公开重点工作任务分工\n"
        "序号工作任务牵头单位配合单位完成时限\n"
        "1公开义务教育招生入学政策和学位供给情况。市教育体育局各县（市、区）人民政府每年7月底前\n"
        "2公开中小学校收费项目和收费标准。每学期\n"
        "3公开地震、地质灾害防治预警信息。市应急局市自然资源和规划局长期坚持\n"
    )
    plan = zwgk.read_text(text)
    second = plan.tasks[1]
    assert second.text == "公开中小学校收费项目和收费标准。"
    assert second.deadline is not None and second.deadline.raw == "每学期"
    assert second.responsibility is not None
    assert second.responsibility.leads == ("市教育体育局",)


def test_a_first_name_run_into_a_title_is_cut_to_a_name_the_table_gives_whole() -> None:
    # names with no level before them: 党政办公室 and 社会事务办公室 stand whole
    # after a list separator in other rows, so the title's end is not theirs
    text = (
        "某街道2023年政务公开重点任务\n"
        "序号工作任务责任单位完成时限\n"
        "1.重大民生决策事项听证党政办公室；各社区居民委员会长期坚持\n"
        "2.街道预决算公开财政所；党政办公室2023年6月底前\n"
        "3.社区养老服务设施社会事务办公室；各社区居民委员会2023年9月底前\n"
        "4.退役军人优待抚恤退役军人服务站；社会事务办公室每季度\n"
    )
    plan = zwgk.read_text(text)
    assert plan.tasks[0].text == "重大民生决策事项听证"
    assert plan.tasks[2].text == "社区养老服务设施"
    first = plan.tasks[0].responsibility
    assert first is not None and first.units()[0] == "党政办公室"


def test_a_row_under_merged_units_keeps_the_subject_of_its_requirement() -> None:
    # no column of text follows the unit column: names inside the requirement
    # (区政府办公室要…) are its subject, and the row shares the units above
    cells = [
        *("序号", "具体内容", "责任单位", "完成时限"),
        *("1", "推进政务公开制度建设。完善政府信息公开工作制度。"),
        *("区司法局、区政府办公室", "长期坚持"),
        *("2", "完善政府规章动态更新机制。区政府办公室要加强与区司法局协同,及时更新政府规章。"),
        *("3", "切实落实政策解读工作规范。全面提升政策解读质量。"),
        *("区政府各部门", "2023年12月底前"),
    ]
    plan = zwgk.read(("\n|\n".join(cells) + "\n").encode(), format="text")
    assert plan.tasks[1].text == cells[9]
    units = [[a.unit for a in t.responsibility.assignments] for t in plan.tasks if t.responsibility]
    assert units == [["区司法局", "区政府办公室"], ["区司法局", "区政府办公室"], ["区政府各部门"]]


def test_a_run_together_row_ends_with_a_collective_the_name_grammar_does_not_end() -> None:
    layout = Layout(("text", "text", "lead", "assist"), table=True)
    fields = split_body(
        "跟踪落实公共企事业单位信息公开制度。履行主管部门职责，督促公共企事业单位及时跟踪"
        "本领域信息公开规定。区直有关单位各区属事业单位各区属国企",
        layout,
    )
    assert fields.text == "跟踪落实公共企事业单位信息公开制度。"
    assert (fields.lead, fields.resp) == ("区直有关单位", "各区属事业单位各区属国企")


def test_rows_run_together_under_category_cells_given_once_are_numbered_by_their_labels() -> None:
    # a 序号 header, and one bare number in a text (听取 1 次): no column of serial numbers
    text = (
        "类别序号工作任务牵头单位配合单位完成时限\n"
        "一、做好各类规划主动公开1.主动公开第十四个五年规划纲要、各项规划等相关信息。办公室各科室\n"
        "二、做好财政信息公开2.做好部门预算、决算及相关报表公开。财务科办公室\n"
        "3.推进行政执法信息公开。严格落实行政执法公示制度。法规科各科室\n"
        "三、加强工作指导4.单位主要负责同志每年至少听取 1 次政务公开工作汇报。办公室\n"
        "5.加强队伍建设，定期组织开展政府信息公开工作培训。办公室\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5]
    assert [t.section for t in plan.tasks] == [
        ("做好各类规划主动公开",),
        ("做好财政信息公开",),
        ("做好财政信息公开",),  # (no heading cell 推进行政执法信息 before 公开。)
        ("加强工作指导",),
        ("加强工作指导",),
    ]
    assert plan.tasks[2].text == "推进行政执法信息公开。严格落实行政执法公示制度。"


def test_a_lone_first_sub_label_glued_after_a_part_title_with_commas_opens_its_part() -> None:
    text = (
        "一、深化重点领域信息公开,以公开促落实,全面优化营商环境（一）围绕高质量发展做好信息专题公开"
        "1.持续完善国际科技创新中心建设信息公开。(区商务局负责落实)"
        "2.做好疏解整治促提升信息公开。(区发展改革委负责落实)"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert {t.section for t in plan.tasks} == {
        ("深化重点领域信息公开,以公开促落实,全面优化营商环境", "围绕高质量发展做好信息专题公开")
    }


def test_an_opening_part_headed_by_clauses_on_aims_numbers_no_task() -> None:
    text = (
        "关于全面推进政务公开工作的实施意见\n"
        "一、把握总体要求,明确工作目标\n"
        "(一)总体要求。坚持以公开为常态、不公开为例外,推进“五公开”。\n"
        "(二)工作目标。到2020年,政务公开制度体系基本完善。\n"
        "二、推进重点领域公开\n"
        "(一)推进财政预决算公开。(责任单位:市财政局)\n"
        "(二)推进重大项目公开。(责任单位:市发改委)\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.text for t in plan.tasks] == ["推进财政预决算公开。", "推进重大项目公开。"]


def test_a_heading_column_left_of_the_number_column_is_not_in_a_rows_text() -> None:
    left = Layout(("heading", "number", "text", "lead", "assist", "deadline"), table=True)
    right = Layout(("number", "heading", "text", "resp"), table=True)
    assert (left.heading_first, left.texts_before_units) == (False, 1)
    assert (right.heading_first, right.texts_before_units) == (True, 2)
    body = "\n开展政府信息公开制度协同，开展规定的协调性审核。市政府办公厅各区政府\n"
    fields = split_body(body, left)
    assert fields.text == "开展政府信息公开制度协同，开展规定的协调性审核。"
    assert fields.heading_before == ""


def test_a_unit_column_that_holds_the_requirements_too_is_one_header_cell() -> None:
    text = "工作任务\n具体要求\n责任单位和工作要求\n一、紧扣“十四五”开好局起好步深化政务公开"
    header = find_header(text, 0, len(text))
    assert header is not None
    assert header.roles == ("text", "text", "resp")
    assert text[header.start : header.end] == "工作任务\n具体要求\n责任单位和工作要求"


def test_a_later_page_of_a_table_with_no_header_gives_titles_requirements_and_headings() -> None:
    # rows show a title and its requirement before the units; a row that
    # shows one cell more opens a group under the heading that cell gives once
    cells = [
        *("补贴类别、补贴标准和发放结果,接受群众监督", "财政所", "每季度"),
        *("8", "村集体资产", "公开村集体资产、资源发包和租赁情况", "农村经营管理站负责", "及时"),
        *(
            "9",
            "工程项目",
            "公开村级工程项目建设内容和建设进度",
            "村镇规划建设服务中心负责",
            "及时",
        ),
        *("10", "民生保障公开", "低保特困", "公开低保、特困供养对象名单", "民政所负责", "每月"),
        *("11", "医疗救助", "公开医疗救助政策、申请条件和救助结果", "社会保障服务中心负责", "及时"),
    ]
    plan = zwgk.read("".join(c + " |\n" for c in cells).encode(), format="text")
    assert [(t.number, t.section, t.text, t.note) for t in plan.tasks] == [
        (8, (), "村集体资产", "公开村集体资产、资源发包和租赁情况"),
        (9, (), "工程项目", "公开村级工程项目建设内容和建设进度"),
        (10, ("民生保障公开",), "低保特困", "公开低保、特困供养对象名单"),
        (11, ("民生保障公开",), "医疗救助", "公开医疗救助政策、申请条件和救助结果"),
    ]


def test_unnumbered_rows_with_their_cells_run_together_are_a_task_a_line() -> None:
    # a table with no 序号 column copied with nothing between its cells: each
    # line one row, closed by its unit cells or by its deadline cell
    plan = read(
        "某县2023年政务公开工作任务分工\n"
        "工作任务责任单位完成时限\n"
        "全面公开县级预算和部门预算，细化到项级科目县财政局2023年6月底前\n"
        "及时发布招聘信息和职业技能培训计划县人社局、县就业服务中心每月\n"
        "公开养老机构名录、服务项目和收费标准县民政局长期坚持\n"
        "完善政府信息公开专栏，消除空白栏目县政府办及时\n"
    )
    assert [t.text for t in plan.tasks] == [
        "全面公开县级预算和部门预算，细化到项级科目",
        "及时发布招聘信息和职业技能培训计划",
        "公开养老机构名录、服务项目和收费标准",
        "完善政府信息公开专栏，消除空白栏目",
    ]
    assert units(plan.tasks[1]) == [("县人社局", "owner"), ("县就业服务中心", "owner")]
    assert [t.deadline.raw for t in plan.tasks if t.deadline] == [
        "2023年6月底前",
        "每月",
        "长期坚持",
        "及时",
    ]


def test_unnumbered_rows_run_together_under_a_category_give_title_and_requirement() -> None:
    # 类别 | 工作任务 | 目标要求 | 责任单位 | 完成时限, copied with nothing between
    # the cells: the category only on its group's first row, no full stops
    plan = read(
        "某县2023年政务公开重点工作清单\n"
        "类别工作任务目标要求责任单位完成时限\n"
        "财政信息预决算公开公开政府预决算和部门预决算县财政局2023年6月底前\n"
        "债务信息公开政府债务限额和余额县财政局每半年\n"
        "民生信息就业信息发布招聘信息和职业技能培训计划县人社局每月\n"
    )
    assert [t.text for t in plan.tasks] == ["预决算公开", "债务信息", "就业信息"]
    assert [t.note for t in plan.tasks] == [
        "公开政府预决算和部门预决算",
        "公开政府债务限额和余额",
        "发布招聘信息和职业技能培训计划",
    ]
    assert [t.section for t in plan.tasks] == [("财政信息",), ("财政信息",), ("民生信息",)]
    assert [units(t) for t in plan.tasks] == [
        [("县财政局", "owner")],
        [("县财政局", "owner")],
        [("县人社局", "owner")],
    ]


def test_names_with_no_level_run_into_the_requirement_start_after_its_last_word() -> None:
    # a bureau's own sections, no level before them, glued after the object
    # that ends the requirement (…办理结果|审批服务科) and before the deadline
    plan = read(
        "序号工作任务责任科室完成时限\n"
        "1.公开行政许可事项的办理结果审批服务科及时\n"
        "2.编制年度执法检查计划执法监督科每年\n"
        "3.公开重点项目的招标投标文件项目管理科长期坚持\n"
    )
    assert [t.text for t in plan.tasks] == [
        "公开行政许可事项的办理结果",
        "编制年度执法检查计划",
        "公开重点项目的招标投标文件",
    ]
    assert [units(t) for t in plan.tasks] == [
        [("审批服务科", "owner")],
        [("执法监督科", "owner")],
        [("项目管理科", "owner")],
    ]


def test_names_with_no_level_after_a_list_closed_by_deng_or_a_bracket() -> None:
    # a requirement closed by 等 or by a bracket, then the units' names with
    # no level before them (a bureau's own copy of its city's table)
    plan = read(
        "序号工作任务责任单位完成时限\n"
        "1.公开专项规划及配套政策措施等发展改革委、自然资源和规划局2023年6月底前\n"
        "2.归集整理和主动公开历史规划（计划）发展改革委长期坚持\n"
    )
    assert [t.text for t in plan.tasks] == [
        "公开专项规划及配套政策措施等",
        "归集整理和主动公开历史规划（计划）",
    ]
    assert [units(t) for t in plan.tasks] == [
        [("发展改革委", "owner"), ("自然资源和规划局", "owner")],
        [("发展改革委", "owner")],
    ]


def test_rows_with_no_number_under_numbered_headings_one_row_a_line() -> None:
    # numbered part headings (a comma in one), their rows with no number, each
    # a line of cells run together; a row whose units are merged above shows
    # none, and a part over one row heads it as the others do
    plan = read(
        "工作任务责任单位完成时限\n"
        "一、深化政策公开,服务高质量发展\n"
        "全面公开县级预算和部门预算县财政局2023年6月底前\n"
        "及时发布招聘信息和职业技能培训计划县人社局每月\n"
        "做好就业困难人员帮扶信息公开\n"
        "二、加强平台建设\n"
        "完善政府信息公开专栏，消除空白栏目县政府办及时\n"
        "规范政务新媒体内容审核县融媒体中心长期坚持\n"
        "三、强化组织保障\n"
        "将政务公开纳入年度绩效考核县考核办2023年12月底前\n"
    )
    assert [t.section for t in plan.tasks] == [("深化政策公开,服务高质量发展",)] * 3 + [
        ("加强平台建设",)
    ] * 2 + [("强化组织保障",)]
    assert [t.text for t in plan.tasks][2::2] == [
        "做好就业困难人员帮扶信息公开",
        "规范政务新媒体内容审核",
    ]
    assert [units(t) for t in plan.tasks][3:] == [
        [("县政府办", "owner")],
        [("县融媒体中心", "owner")],
        [("县考核办", "owner")],
    ]


def test_a_later_page_of_run_together_rows_with_no_header_is_a_table() -> None:
    # the page opens inside the last row of the page before, no header: the
    # rows close with their unit cells and deadline, so their cells are split
    plan = read(
        "规划和区域规划等。区发改委；区直有关单位2023年6月底前\n"
        "2.归集整理和主动公开历史规划区发改委；区直有关单位长期坚持\n"
        "3.做好规划信息数据互联互通区发改委、区大数据中心2023年12月底前\n"
        "（二）做好市场监管信息公开\n"
        "4.加强市场规则标准公开区市场监管局；各街道办事处（乡镇人民政府）及时\n"
    )
    texts = [t.text for t in plan.tasks if t.number]
    assert texts == [
        "归集整理和主动公开历史规划",
        "做好规划信息数据互联互通",
        "加强市场规则标准公开",
    ]
    assert [t.deadline.raw for t in plan.tasks if t.number and t.deadline] == [
        "长期坚持",
        "2023年12月底前",
        "及时",
    ]


def test_a_table_on_one_line_with_its_serial_numbers_run_in_keeps_its_headings() -> None:
    # 序号 cells glued to the heading's title before them (…发展1加强…): a
    # weak 1 that goes on to 2 still shows the headings over it
    plan = read(
        "某县2022年政务公开工作要点任务分工方案序号工作任务责任单位完成时限"
        "一、做好推进高质量发展信息公开（一）以政务公开助推经济平稳健康发展"
        "1加强推进结构调整信息公开。县发改委2022年6月底前"
        "2加强助企纾困信息公开。县工信局长期坚持"
        "3公开重大建设项目批准和实施信息。县发改委及时"
    )
    assert [t.section for t in plan.tasks] == [
        ("做好推进高质量发展信息公开", "以政务公开助推经济平稳健康发展")
    ] * 3
    assert [t.number for t in plan.tasks] == [1, 2, 3]


def test_a_duty_clause_inside_a_paragraph_is_its_responsibility_and_stays_in_it() -> None:
    # who does the task said in a clause of the paragraph's sentence, in the
    # middle or closing it: the responsibility without 由, the text whole
    plan = read(
        "某县2023年政务公开工作要点\n"
        "一、深化重点领域公开\n"
        "1.全面公开权力清单，由县委编办牵头、县直各部门配合，通过门户网站集中展示。\n"
        "2.公开县级预算和部门预算，由县财政局负责。\n"
        "3.公开重大建设项目批准信息，由县发改委牵头，各乡镇配合，2023年底前完成。\n"
    )
    assert [t.text for t in plan.tasks] == [
        "全面公开权力清单，由县委编办牵头、县直各部门配合，通过门户网站集中展示。",
        "公开县级预算和部门预算，由县财政局负责。",
        "公开重大建设项目批准信息，由县发改委牵头，各乡镇配合，2023年底前完成。",
    ]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "县委编办牵头、县直各部门配合",
        "县财政局负责",
        "县发改委牵头，各乡镇配合",
    ]
    assert units(plan.tasks[0]) == [("县委编办", "lead"), ("县直各部门", "assist")]


def test_a_part_of_two_rows_one_with_its_units_merged_above_heads_them() -> None:
    # other parts show the rank heads rows with no number: a part of two rows
    # whose second shares the units above is still two rows
    plan = read(
        "工作任务责任单位完成时限\n"
        "一、深化政策公开\n"
        "全面公开县级预算和部门预算县财政局2023年6月底前\n"
        "及时发布招聘信息和职业技能培训计划县人社局每月\n"
        "二、加强平台建设\n"
        "完善政府信息公开专栏，消除空白栏目县政府办及时\n"
        "规范政务新媒体内容审核县融媒体中心长期坚持\n"
        "三、强化组织保障\n"
        "将政务公开纳入年度绩效考核县考核办2023年12月底前\n"
        "组织开展政务公开业务培训\n"
    )
    assert [t.section for t in plan.tasks][-2:] == [("强化组织保障",)] * 2
    assert plan.tasks[-1].text == "组织开展政务公开业务培训"


def test_a_table_numbering_nothing_on_one_line_parts_its_rows_where_they_close() -> None:
    # no 序号 and no heading label: each row closes with its unit cells and the
    # deadline cell right after them; the page's footer after the last is no row
    plan = read(
        "某区政务公开工作要点 工作任务责任单位完成时限"
        "全面公开政府预算和部门预算县财政局2023年6月底前"
        "及时发布招聘信息和职业技能培训计划县人社局每月"
        "完善政府信息公开专栏，消除空白栏目县政府办及时"
        "规范政务新媒体内容审核县融媒体中心长期坚持 分享到： 打印本页 关闭窗口"
    )
    assert [t.text for t in plan.tasks] == [
        "全面公开政府预算和部门预算",
        "及时发布招聘信息和职业技能培训计划",
        "完善政府信息公开专栏，消除空白栏目",
        "规范政务新媒体内容审核",
    ]
    assert [t.deadline.raw for t in plan.tasks if t.deadline] == [
        "2023年6月底前",
        "每月",
        "及时",
        "长期坚持",
    ]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "县财政局",
        "县人社局",
        "县政府办",
        "县融媒体中心",
    ]
    assert any("打印本页" in r.text for r in plan.residue)


def test_a_numbered_heading_over_rows_with_no_number_all_on_one_line() -> None:
    plan = read(
        "工作任务责任单位完成时限"
        "一、深化政策公开"
        "全面公开政府预算和部门预算县财政局2023年6月底前"
        "及时发布招聘信息和职业技能培训计划县人社局每月"
        "二、加强平台建设"
        "完善政府信息公开专栏，消除空白栏目县政府办及时"
        "规范政务新媒体内容审核县融媒体中心长期坚持"
    )
    assert [t.section for t in plan.tasks] == [("深化政策公开",)] * 2 + [("加强平台建设",)] * 2
    assert [t.text for t in plan.tasks][::2] == [
        "全面公开政府预算和部门预算",
        "完善政府信息公开专栏，消除空白栏目",
    ]
    assert [t.number for t in plan.tasks] == [None] * 4


def test_a_deadline_word_inside_a_rows_sentence_parts_no_rows() -> None:
    # (…区政府办公室要加强与区司法局协同,及时更新…: no cell closes there)
    plan = read(
        "序号工作任务责任单位完成时限\n"
        "一、规范管理\n"
        "1.完善动态更新机制。区政府办公室要加强与区司法局协同,及时更新现行有效政府规章。"
        "区司法局、区政府办公室长期坚持\n"
        "2.全面公开行政规范性文件。各部门单位要严格执行日常发布审核机制。区司法局长期坚持\n"
    )
    assert [t.number for t in plan.tasks] == [1, 2]
    assert plan.tasks[0].text.endswith("及时更新现行有效政府规章。")


def test_numbered_rows_with_their_own_titles_under_category_rows_one_cell_per_line() -> None:
    # a category row (given once, before its rows) stands after the cells of
    # the row above it: the rows still show their own titles (工作事项), the
    # next column their requirement
    cells = [
        "序号", "工作事项", "工作内容", "责任科室", "配合科室", "完成时限",
        "稳就业政策公开",
        "1", "就业政策集中公开", "在门户网站集中公开稳岗返还等政策及办理指南", "就业促进科",
        "市就业服务中心", "2024年3月底前",
        "2", "招聘信息发布", "每周发布重点企业用工需求和公益性岗位招聘信息", "市就业服务中心",
        "", "每周",
        "社会保障信息公开",
        "3", "社保待遇调整公开", "及时公开养老保险待遇调整政策和调整结果", "养老保险科",
        "市社会保险服务中心", "及时",
        "4", "工伤认定公开", "公开工伤认定办事指南、认定流程和办理时限", "工伤保险科", "",
        "长期坚持",
    ]  # fmt: skip
    plan = read("某局2024年政务公开重点任务分工\n" + "\n|\n".join(cells) + "\n")
    assert [t.text for t in plan.tasks] == [
        "就业政策集中公开",
        "招聘信息发布",
        "社保待遇调整公开",
        "工伤认定公开",
    ]
    assert [t.section for t in plan.tasks] == [("稳就业政策公开",)] * 2 + [
        ("社会保障信息公开",)
    ] * 2
    assert plan.tasks[1].note == "每周发布重点企业用工需求和公益性岗位招聘信息"


def test_a_requirement_naming_a_frequency_inside_it_is_no_deadline_cell() -> None:
    from zwgk.assembly.fields import is_deadline

    assert not is_deadline("村级财务收支明细每季度在村务公开栏公开")
    assert is_deadline("每季度")
    assert is_deadline("项目实施期间")  # (an expression that closes the cell)
    assert is_deadline("应在24小时内")
    assert not is_deadline("每周发布重点企业用工需求和公益性岗位招聘信息")
    assert is_deadline("2023年6月底前完成")


def test_rows_with_no_number_that_show_a_title_beside_their_requirement_one_cell_per_line() -> None:
    # 工作任务 | 工作要求 before the units, no 序号: each row opens with its
    # task's title, not with a sentence
    cells = [
        "工作类别", "工作任务", "工作要求", "责任单位", "完成时限",
        "一、深化重点领域信息公开",
        "财政预决算公开", "市级部门预算、决算及“三公”经费全面公开", "市财政局", "2019年10月底前",
        "政府债务信息公开", "公开政府债务限额、余额和债券发行情况", "市财政局", "每季度",
        "二、推进民生领域信息公开",
        "教育信息公开", "公开中小学招生入学政策和录取结果", "市教育局", "2019年8月底前",
        "住房保障信息公开", "按季度公开公租房分配对象和轮候情况", "市住房保障中心", "每季度",
    ]  # fmt: skip
    plan = read("某市政务公开工作要点分工方案\n" + "\n".join(f"{c} |" for c in cells) + "\n")
    assert [t.text for t in plan.tasks] == [
        "财政预决算公开",
        "政府债务信息公开",
        "教育信息公开",
        "住房保障信息公开",
    ]
    assert [t.section for t in plan.tasks] == [("深化重点领域信息公开",)] * 2 + [
        ("推进民生领域信息公开",)
    ] * 2
    assert plan.tasks[3].note == "按季度公开公租房分配对象和轮候情况"
    assert [t.deadline.raw for t in plan.tasks if t.deadline][1] == "每季度"


def test_a_requirement_cell_numbering_its_points_on_its_line_numbers_no_rows() -> None:
    # no 序号: the points 1. 2. inside each requirement cell restart in every
    # row; they are the cell's, not tasks
    cells = [
        "工作任务", "工作要求", "责任单位", "完成时限",
        "学校章程", "1.公开学校章程及修订情况；2.公开管理制度。", "党政办公室", "2024年3月底前",
        "招生信息", "1.公开招生章程、招生计划；2.公开录取结果。", "招生就业处", "及时",
        "财务信息", "1.公开学校年度预决算；2.公开收费标准。", "计划财务处", "批复后20日内",
    ]  # fmt: skip
    plan = read("某学院政务公开工作要点\n" + "\n".join(f"{c} |" for c in cells) + "\n")
    assert [t.text for t in plan.tasks] == ["学校章程", "招生信息", "财务信息"]
    assert [t.number for t in plan.tasks] == [None] * 3
    assert plan.tasks[1].note == "1.公开招生章程、招生计划；2.公开录取结果。"


def test_a_disclosure_lists_header_names_its_columns_by_what_is_disclosed() -> None:
    # 公开类别 | 序号 | 公开项目 | 公开内容及要求 | 责任人 | 公开时间: the person in
    # charge is who does it where no unit column stands beside
    cells = [
        "公开类别", "序号", "公开项目", "公开内容及要求", "责任人", "公开时间",
        "党务居务公开",
        "1", "组织建设信息", "公开社区党委、居委会成员分工和联系方式", "社区党委", "及时更新",
        "2", "居民议事会", "公开居民议事会议题和表决结果", "居委会负责，居务监督委员会配合",
        "会后5个工作日内",
        "民生服务公开",
        "3", "低保和救助", "公示低保、临时救助申请人和救助金额", "民政专干负责，网格员配合", "每月",
    ]  # fmt: skip
    plan = read("某社区2024年居务公开工作清单\n" + "\n".join(f"{c} |" for c in cells) + "\n")
    assert [t.text for t in plan.tasks] == ["组织建设信息", "居民议事会", "低保和救助"]
    assert [t.section for t in plan.tasks] == [("党务居务公开",)] * 2 + [("民生服务公开",)]
    assert plan.tasks[2].note == "公示低保、临时救助申请人和救助金额"
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility][
        2
    ] == "民政专干负责，网格员配合"


def test_numbered_rows_keep_their_titles_where_a_last_notes_column_is_always_empty() -> None:
    # 序号 | 重点任务 | 具体内容 | 责任股室 | 完成时间 | 备注: the 备注 cell, always
    # empty, shows no line of its own; the rows are whole without it
    lines = ["序号", "重点任务", "具体内容", "责任股室", "完成时间", "备注"]
    rows = [
        (
            "规划计划信息",
            "公开林业规划中期评估情况和年度造林计划。",
            "规划股牵头，营林股配合",
            "2023年6月底前",
        ),
        (
            "林木采伐许可",
            "公开采伐限额分配结果和采伐许可证核发结果。",
            "林政股",
            "办结后7个工作日内",
        ),
        ("森林防火信息", "防火期内发布森林火险等级预报。", "森林防火办", "每年1月至4月"),
    ]
    text = "某县林业局2023年政务公开工作要点任务清单\n" + "\n|\n".join(lines) + "\n"
    for k, row in enumerate(rows, start=1):
        text += "\n|\n".join([str(k), *row]) + "\n|\n\n"
    plan = read(text)
    assert [t.text for t in plan.tasks] == ["规划计划信息", "林木采伐许可", "森林防火信息"]
    assert plan.tasks[1].note == "公开采伐限额分配结果和采伐许可证核发结果。"


def test_a_header_naming_a_kind_of_office_with_the_other_in_brackets() -> None:
    # 责任股（室）, 牵头科(室): one office's kind with the other bracketed; the
    # rows run together under it, after a sentence that hands the plan on
    for unit_header in ("责任股（室）", "牵头科(室)", "责任处（室）"):
        plan = read(
            "某县自然资源局2020年政务公开工作任务分工\n"
            "为贯彻落实《某市2020年政务公开工作要点》要求，现将任务分工如下：\n"
            f"工作任务{unit_header}完成时限\n"
            "（一）规划信息公开\n"
            "公开国土空间规划编制情况。规划股2020年6月底前\n"
            "公开建设项目规划许可信息。审批股每季度\n"
            "（二）执法信息公开\n"
            "公示行政处罚决定。执法监察大队处罚决定作出后7个工作日内\n"
            "某县自然资源局\n"
            "2020年3月2日\n"
        )
        assert [(t.text, t.responsibility and t.responsibility.raw) for t in plan.tasks] == [
            ("公开国土空间规划编制情况。", "规划股"),
            ("公开建设项目规划许可信息。", "审批股"),
            ("公示行政处罚决定。", "执法监察大队"),
        ], unit_header


_POINTS_TABLE = (
    ("序号", "工作任务", "工作要求", "责任科室", "配合科室", "时间节点"),
    ("一、重点信息公开", "", "", "", "", ""),
    (
        "1",
        "公开区属国有企业名录。",
        "1.公开企业名录及股权结构；\n2.公开企业主要财务指标。",
        "财务监督科",
        "综合科",
        "每年6月底前",
    ),
    ("2", "公开国有资本经营预算执行情况。", "1.公开预算执行情况。", "财务监督科", "", "每季度"),
    (
        "3",
        "公开企业负责人薪酬信息。",
        "1.按规定公开企业负责人年度薪酬；\n2.公开履职待遇和业务支出情况。",
        "考核分配科",
        "办公室",
        "2020年9月底前",
    ),
)


@pytest.mark.parametrize("closing", [True, False])
def test_a_requirement_cell_of_points_on_several_lines_in_a_table_one_cell_a_line(
    closing: bool,
) -> None:
    # cells closed by `` |``, or ``|`` alone between them: the points of one
    # 工作要求 cell on lines of their own number no rows; the task's own
    # sentence is its text, the points its note
    cells = [c for row in _POINTS_TABLE for c in row]
    body = "\n".join(f"{c} |" for c in cells) if closing else "\n|\n".join(cells)
    plan = read("某区国资委2020年政务公开工作任务分工\n" + body + "\n")
    assert [(t.number, t.text) for t in plan.tasks] == [
        (1, "公开区属国有企业名录。"),
        (2, "公开国有资本经营预算执行情况。"),
        (3, "公开企业负责人薪酬信息。"),
    ]
    assert plan.tasks[0].note == "1.公开企业名录及股权结构；2.公开企业主要财务指标。"
    assert units(plan.tasks[2]) == [("考核分配科", "lead"), ("办公室", "assist")]


def test_a_title_sentence_and_its_requirement_sentence_are_one_numbered_row() -> None:
    # 序号 | 工作任务 | 工作要求 | 牵头单位 | 责任单位 | 完成时限, ``|`` alone between
    # cells: the task's sentence and its requirement's are one row's cells
    cells = (
        "序号", "工作任务", "工作要求", "牵头单位", "责任单位", "完成时限",
        "1", "公开涉及市场主体的政策文件及解读。",
        "政策文件出台后同步公开解读材料，确保企业看得到、看得懂。", "县发改局",
        "县政府各部门", "持续推进",
        "2", "公开减税降费政策落实情况。", "按季度公开政策兑现企业数量和金额。", "县税务局",
        "县财政局", "每季度",
        "3", "公开重大建设项目批准和实施信息。", "在县政府网站专栏集中公开项目信息。", "县发改局",
        "县住建局", "长期坚持",
    )  # fmt: skip
    plan = read("某县2022年政务公开工作要点任务分工\n" + "\n|\n".join(cells) + "\n")
    assert [(t.number, t.text) for t in plan.tasks] == [
        (1, "公开涉及市场主体的政策文件及解读。"),
        (2, "公开减税降费政策落实情况。"),
        (3, "公开重大建设项目批准和实施信息。"),
    ]
    assert plan.tasks[1].note == "按季度公开政策兑现企业数量和金额。"
    assert units(plan.tasks[1]) == [("县税务局", "lead"), ("县财政局", "owner")]


def test_the_lines_of_one_cell_in_a_table_one_cell_a_line() -> None:
    from zwgk.assembly.text import Stream

    def cell_of(text: str) -> dict[int, int]:
        return Stream(list(enumerate(text.split("\n"), start=1))).cell_of

    # a cell opened after a closed one goes on until a separator closes it
    closed = "序号 |\n1 |\n1.公开名录；\n2.公开指标；\n3.公开预算。 |\n办公室 |"
    assert cell_of(closed) == {3: 2, 4: 2}
    assert cell_of("1\n|\n1.公开名录；\n2.公开指标。\n|\n办公室") == {2: 1}  # (| makes no piece)
    # rows of a pipe table, and lines a blank line or no separator closes, stay apart
    assert cell_of("1 | 公开名录。\n2 | 公开指标。 |") == {}
    assert cell_of("序号 |\n1.公开名录；\n\n2.公开指标。 |") == {}
    assert cell_of("序号 |\n1.公开名录；\n2.公开指标。") == {}


def test_titles_of_a_table_that_numbers_nothing_after_its_category_column() -> None:
    # 类别 | 工作事项 | 工作标准 | 牵头单位 | 配合单位 | 完成时限, no 序号, the
    # category given in the first row of its group: each row's 工作事项 is
    # its task, 工作标准 its requirement
    cells = (
        "类别", "工作事项", "工作标准", "牵头单位", "配合单位", "完成时限",
        "决策公开", "重大行政决策目录", "年度重大行政决策事项目录经审定后向社会公布", "县司法局",
        "县政府办公室", "2019年6月底前",
        "政策解读", "政策文件同步公开解读材料，解读率达到100%", "县政府办公室", "各起草单位",
        "长期坚持",
        "重点领域信息", "财政资金", "公开县本级和部门预决算、“三公”经费预决算", "县财政局",
        "各预算单位", "批复后20日内",
    )  # fmt: skip
    plan = read("某县2019年政务公开工作任务分工\n\n" + "\n\n".join(cells) + "\n")
    assert [(t.section, t.text) for t in plan.tasks] == [
        (("决策公开",), "重大行政决策目录"),
        (("决策公开",), "政策解读"),
        (("重点领域信息",), "财政资金"),
    ]
    assert plan.tasks[2].note == "公开县本级和部门预决算、“三公”经费预决算"


def test_two_unit_columns_run_together_after_an_object_with_no_level_before_the_names() -> None:
    # 序号工作任务目标要求牵头单位配合单位完成时限, rows one a line, cells run
    # together: a repeated 配合 cell (各镇（区）) ends a list that opens with
    # the lead's name right after the requirement's object; a name after a
    # share's per cent
    text = (
        "某县2023年政务公开工作要点责任分工\n"
        "序号工作任务目标要求牵头单位配合单位完成时限\n"
        "一、重点领域信息公开\n"
        "1涉农补贴公开公开耕地地力保护补贴对象和金额农业农村局财政局、各镇（区）2023年10月底前\n"
        "2村务公开村务公开栏每季度更新，财务收支逐笔公开民政局农业农村局、各镇（区）每季度\n"
        "3依申请公开规范办理流程，按时答复率100%司法局各部门长期坚持\n"
        "4标准目录落实按标准目录公开事项并动态调整县政府办各镇（区）持续推进\n"
    )
    plan = read(text)
    assert [units(t) for t in plan.tasks] == [
        [("农业农村局", "lead"), ("财政局", "assist"), ("各镇（区）", "assist")],
        [("民政局", "lead"), ("农业农村局", "assist"), ("各镇（区）", "assist")],
        [("司法局", "lead"), ("各部门", "assist")],
        [("县政府办", "lead"), ("各镇（区）", "assist")],
    ]


def test_a_later_page_with_no_header_shows_a_lead_and_an_assist_column() -> None:
    # rows of a table's later page: most show two unit cells (one shown empty)
    # before their deadline — 牵头单位 | 配合单位, not one list of owners
    text = (
        "| 9 | 公开城乡低保标准和资金发放情况 | 县民政局 | 各乡镇人民政府 | 每季度 |\n"
        "| 10 | 公开义务教育招生入学政策和招生结果 | 县教育局 |  | 2022年8月底前 |\n"
        "| 11 | 公开医保定点机构名单和药品集中采购结果 | 县卫健局 | 县医保局 | 及时 |\n"
        "| 12 | 公开重大建设项目批准和实施信息 | 县发改局 | 县住建局、县自然资源局 | 长期坚持 |\n"
    )
    plan = read(text)
    assert [units(t) for t in plan.tasks] == [
        [("县民政局", "lead"), ("各乡镇人民政府", "assist")],
        [("县教育局", "lead")],
        [("县卫健局", "lead"), ("县医保局", "assist")],
        [("县发改局", "lead"), ("县住建局", "assist"), ("县自然资源局", "assist")],
    ]


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        (
            "序号 | 工作任务 | 牵头司局 | 配合司局 | 完成时限",
            ("number", "text", "lead", "assist", "deadline"),
        ),
        ("工作任务 | 承担单位 | 完成时限", ("text", "resp", "deadline")),
        ("工作任务 | 牵头单位 | 执行单位 | 完成时间", ("text", "lead", "resp", "deadline")),
        ("工作任务 | 办理单位 | 办理时限", ("text", "resp", "deadline")),
        ("工作任务 | 责任股（室） | 完成时限", ("text", "resp", "deadline")),
    ],
)
def test_unit_and_time_columns_as_ministries_and_offices_name_them(
    header: str, roles: tuple[str, ...]
) -> None:
    from zwgk.assembly.text import find_header

    for text in (header, header.replace(" | ", "")):  # cells apart, and run together
        found = find_header(f"标题\n{text}\n", 0, len(text) + 4)
        assert found is not None and found.roles == roles, text


def test_a_title_run_into_its_requirement_of_numbered_points() -> None:
    # 序号任务名称具体要求责任科室完成时间, one row a line, cells run together:
    # the requirement opens at its own first point, the title stops there; a
    # section named for a verb and a noun (利用服务科) closes the row
    text = (
        "某市档案馆2024年政务公开工作任务清单\n"
        "序号任务名称具体要求责任科室完成时间\n"
        "1依申请公开办理1.规范受理、登记、答复；2.办理材料按件归档。办公室长期坚持\n"
        "2查档指南公开1.公开查档条件和办理流程；2.公布查档预约电话。利用服务科长期坚持\n"
        "3档案展览信息1.提前发布展览主题和预约方式；2.展览结束后发布回顾。编研科及时\n"
    )
    plan = read(text)
    assert [(t.text, t.note) for t in plan.tasks] == [
        ("依申请公开办理", "1.规范受理、登记、答复；2.办理材料按件归档。"),
        ("查档指南公开", "1.公开查档条件和办理流程；2.公布查档预约电话。"),
        ("档案展览信息", "1.提前发布展览主题和预约方式；2.展览结束后发布回顾。"),
    ]
    assert [units(t) for t in plan.tasks] == [
        [("办公室", "owner")],
        [("利用服务科", "owner")],
        [("编研科", "owner")],
    ]


def test_a_title_ending_in_header_words_is_no_header() -> None:
    from zwgk.assembly.text import find_header

    text = "2023年政务公开工作要点任务分工\n\n序号 | 工作任务 | 责任单位\n"
    found = find_header(text, 0, len(text))
    assert found is not None and text[found.start : found.end] == "序号 | 工作任务 | 责任单位"


def test_a_title_cell_given_once_after_its_first_rows_serial_heads_its_group() -> None:
    # 领域 | 序号 | 任务名称 | 任务内容 | …: the 任务名称 cell merged over its
    # rows comes, one cell a line, right after the first row's 序号 cell
    cells = [
        "某区2024年政务公开工作要点与责任分工",
        *("领域", "序号", "任务名称", "任务内容", "责任单位", "完成时限"),
        "一、做实主动公开",
        *(
            "1",
            "(一)围绕重大战略做好信息公开",
            "依法公开经济领域工作推进落实情况。",
            "区发改委、区商务委",
            "全年",
        ),
        *("2", "做好开放枢纽建设信息公开。", "区发改委", "全年"),
        *("3", "(二)围绕经济发展做好信息公开", "做好计划执行情况公开。", "区发改委", "全年"),
        *("4", "做好营商环境政策公开。", "区商务委", "全年"),
    ]
    plan = read("\n\n".join(cells))
    assert [(t.number, t.text) for t in plan.tasks] == [
        (1, "依法公开经济领域工作推进落实情况。"),
        (2, "做好开放枢纽建设信息公开。"),
        (3, "做好计划执行情况公开。"),
        (4, "做好营商环境政策公开。"),
    ]
    assert [t.section[-1] for t in plan.tasks] == ["围绕重大战略做好信息公开"] * 2 + [
        "围绕经济发展做好信息公开"
    ] * 2
    first = plan.tasks[0].responsibility
    assert first is not None
    assert first.raw == "区发改委、区商务委"


def test_a_long_part_title_on_its_own_line_heads_the_unnumbered_rows_under_it() -> None:
    # 工作任务责任单位完成时限 run together, no 序号: a part's title of more
    # than thirty characters on a line of its own, its rows one a line
    text = "\n".join(
        [
            "某局2022年政务公开工作要点任务分工方案",
            "工作任务责任单位完成时限",
            "一、全方位公开政府信息,不断提升文化和旅游领域治理体系和治理能力现代化水平",
            "推进重点工作信息公开。做好文艺演出信息公开。艺术处负责落实；公共服务处负责落实长期坚持",
            "推进改革信息公开。做好告知承诺信息公开。行政审批处负责落实2022年6月底前",
            "二、加强政策解读",
            "做好政策文件解读。办公室负责落实及时更新",
        ]
    )
    plan = read(text)
    assert [t.text for t in plan.tasks] == [
        "推进重点工作信息公开。做好文艺演出信息公开。",
        "推进改革信息公开。做好告知承诺信息公开。",
        "做好政策文件解读。",
    ]
    assert [t.section for t in plan.tasks] == [
        ("全方位公开政府信息,不断提升文化和旅游领域治理体系和治理能力现代化水平",)
    ] * 2 + [("加强政策解读",)]


def test_a_heading_column_before_the_deadline_and_units_with_a_one_cell_text() -> None:
    """A header of a heading column, then the deadline's and the units' (类别 |
    完成时限 | 牵头单位 | 责任单位): a row that shows its text alone before its
    units reads it as its text."""
    layout = Layout(("heading", "deadline", "lead", "resp"), table=True)
    for body in [
        "公开年度审计项目计划。\n法规审理科\n2023年3月底前",
        "\n公开年度审计项目计划。\n法规审理科\n",
    ]:
        assert split_body(body, layout).text == "公开年度审计项目计划。"
