"""Unit cells run together with the requirement and the deadline whose
names the grammar cannot end by an office's word (``政府网站``, ``政务公开指导办``
written with no full stop before it), and role phrases that say what the
units act by (``按照工作职能落实``): the rows that give such names whole teach
the table, and a role phrase stays whole in its cell."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows

TITLE = "某市人民政府办公室2021年政务公开工作要点任务分工方案"
PREAMBLE = "根据《某市2021年政务公开工作要点》，结合本办实际，制定本方案。"


def _page(lines: list[str], header: str) -> str:
    return "\n".join([TITLE, PREAMBLE, header, *lines, "某市人民政府办公室", "2021年4月20日"])


def _numbered(rows: list[tuple[str, ...]]) -> list[str]:
    return [f"{k}.{''.join(r)}" for k, r in enumerate(rows, start=1)]


WEBSITE = [
    ("做好市政府办公室的预算、决算及相关报表公开。", "行财科", "年底前"),
    ("集中发布市级各类规划，引导全社会关心支持规划实施。", "政务公开指导办、政府网站", "年底前"),
    (
        "依托政府网站开设专题，公开建设高标准市场体系的政策文件。",
        "政务公开指导办、政府网站,各相关科室",
        "年底前",
    ),
    ("做好历史规划的归集整理工作，充分展示接续奋斗历程", "政务公开指导办", "年底前"),
    ("做好政务公开第三方评估工作。", "政务公开指导办", "2021年10月底前"),
]


def test_names_after_a_separator_end_where_the_deadline_cell_starts() -> None:
    plan = zwgk.read_text(_page(_numbered(WEBSITE), "序号工作任务责任单位完成时限"))
    assert read_rows(plan)[1:3] == WEBSITE[1:3]


def test_a_name_other_rows_give_whole_closes_a_row_with_no_full_stop() -> None:
    plan = zwgk.read_text(_page(_numbered(WEBSITE), "序号工作任务责任单位完成时限"))
    assert read_rows(plan) == WEBSITE


def test_a_sentence_that_opens_with_a_time_is_no_deadline_cell_after_a_known_name() -> None:
    rows = [
        ("公开政务服务事项清单。", "政务公开指导办", "年底前"),
        ("公开开放数据目录。", "政务公开指导办", "年底前"),
    ]
    lines = [*_numbered(rows), "3.按上级要求，政务公开指导办每年至少更新一次开放数据"]
    plan = zwgk.read_text(_page(lines, "序号工作任务责任单位完成时限"))
    assert plan.tasks[-1].text == "按上级要求，政务公开指导办每年至少更新一次开放数据"


BASIS = [
    (
        "以权责清单为依托，加强权力配置信息公开。",
        "各开发区，新区各委办局按照工作职能落实",
        "2021年底前",
    ),
    ("加强权力运行过程信息公开。", "新区各委办局按照本单位职责落实", "长期坚持"),
    ("做好政策解读工作。", "党政综合办公室根据职责分工负责", "长期坚持"),
]


def test_what_units_act_by_stays_in_their_cell_with_the_role_word() -> None:
    plan = zwgk.read_text(_page(_numbered(BASIS), "序号工作任务责任单位完成时限"))
    assert read_rows(plan) == BASIS
    roles = {a.role for t in plan.tasks for a in t.responsibility.assignments}
    assert roles == {zwgk.Role.OWNER}


def test_a_unit_cell_first_keeps_its_role_word_after_what_the_units_act_by() -> None:
    lines = [f"{k}.{unit}{text}{deadline}" for k, (text, unit, deadline) in enumerate(BASIS, 1)]
    plan = zwgk.read_text(_page(lines, "序号责任单位工作任务完成时限"))
    assert read_rows(plan) == BASIS


def test_a_name_right_after_the_full_stop_is_not_cut_to_a_shorter_known_one() -> None:
    rows = [
        ("公开退役士兵安置计划和安置结果。", "安置股", "长期坚持"),
        ("公开军休干部服务管理情况。", "移交安置股办理，局领导班子监督", "每年12月底前"),
        ("公开本局部门预决算。", "安置股、财务室", "批复后20日内"),
    ]
    plan = zwgk.read_text(_page(_numbered(rows), "序号工作任务责任股室完成时限"))
    assert read_rows(plan) == rows


def test_a_cell_saying_to_whom_the_task_is_disclosed_is_no_part_of_the_units() -> None:
    rows = [
        ("公开本院机构设置和院领导信息。", "社会公众", "办公室", "2024年3月底前"),
        ("公开案件审判流程节点信息。", "当事人", "立案庭负责，各审判庭配合", "长期坚持"),
        ("公开鉴定机构选定结果。", "诉讼参与人", "司法技术室", "选定后3个工作日内"),
        ("公开失信被执行人名单。", "社会公众", "执行局", "每季度"),
    ]
    lines = _numbered(rows)
    plan = zwgk.read_text(_page(lines, "序号工作任务公开对象责任部门完成时限"))
    assert read_rows(plan) == [(text, unit, when) for text, _, unit, when in rows]


def test_a_name_holding_a_requirements_word_raises_no_doubt() -> None:
    rows = [
        ("做好政务公开第三方评估工作。", "政务公开指导办", "年底前"),
        ("更新政府信息公开指南。", "政府信息公开办公室", "2021年6月底前"),
    ]
    plan = zwgk.read_text(_page(_numbered(rows), "序号工作任务责任单位完成时限"))
    assert read_rows(plan) == rows
    assert "reading.responsibility_is_text" not in {d.code for d in plan.diagnostics}
