"""Tables written one cell per line: a progress table numbered by a list's
indicators, and a table written record by record behind its column names."""

from __future__ import annotations

import json
from pathlib import Path

import zwgk
from tests import relayout
from zwgk import DeadlineKind, Role

DATA = Path(__file__).parent.parent / "data"

# a bureau's monthly progress on a city's list: rows numbered by the list's
# indicators (a row answering two of them numbers both), a 推进落实情况 cell
# after each deadline, blank lines between the cells, as a site's page saves
PROGRESS = """2024年3月某县卫生健康委员会政务公开重点工作任务完成情况

    指标序号

    任务

    时限

    推进落实情况

    7

    依据标准目录,持续提升卫生健康领域信息公开水平

    持续推进

    每月公开医疗机构监督检查结果

    9

    规范公开医疗服务价格和收费标准

    年底前

    已落实

    12,13

    1、加强政策解读,做好政策问答

    2、及时回应群众关切

    持续推进

    推进中

    1516

    1、每季度报送信息不少于3篇

    2、组织开展政务公开培训

    年底前

    3月份报送2篇
"""


def test_a_progress_table_one_cell_per_line_reads_each_indicator_row_as_a_task() -> None:
    plan = zwgk.read_text(PROGRESS)
    assert [(t.number, t.label) for t in plan.tasks] == [
        (7, "7"),
        (9, "9"),
        (12, "12,13"),
        (15, "1516"),
    ]
    # a requirement that speaks of time (持续提升) is the row's text, not its deadline
    assert plan.tasks[0].text == "依据标准目录,持续提升卫生健康领域信息公开水平"
    assert plan.tasks[0].deadline is not None and plan.tasks[0].deadline.raw == "持续推进"
    # a row answering two indicators holds their two points as one task
    assert plan.tasks[2].text == "1、加强政策解读,做好政策问答\n2、及时回应群众关切"
    assert [t.deadline.kind for t in plan.tasks if t.deadline] == [
        DeadlineKind.ONGOING,
        DeadlineKind.DATE,
        DeadlineKind.ONGOING,
        DeadlineKind.DATE,
    ]
    # the progress cells are no headings
    assert all(t.section == () for t in plan.tasks)


def test_a_progress_reports_title_names_its_period_before_its_issuer() -> None:
    plan = zwgk.read_text(PROGRESS)
    assert plan.title == "2024年3月某县卫生健康委员会政务公开重点工作任务完成情况"
    assert plan.issuer == "某县卫生健康委员会"
    assert plan.year == 2024


# a village's list, each cell on a line of its own behind its column's name,
# a blank line between the rows, the committee's signature after the last
RECORDS = """某村2024年村务公开事项清单
根据《某镇2024年政务公开工作要点》要求，制定本村公开事项清单如下。

序号：1
公开事项：村级财务收支情况
公开内容：公开村集体经济收入、支出明细
和债权债务情况。
责任人：村报账员负责，村务监督委员会主任审核
公开时间：每季度首月10日前

序号：2
公开事项：惠农补贴发放情况
公开内容：公开补贴的发放对象、标准和金额。
责任人：村委会主任牵头，村会计落实
公开时间：补贴发放后10日内

序号：3
公开事项：村干部报酬
公开内容：公开村干部报酬和误工补贴标准。
责任人：村报账员
公开时间：每年1月底前

某镇某村村民委员会
2024年3月6日
"""


def test_a_table_written_record_by_record_reads_each_record_as_a_row() -> None:
    plan = zwgk.read_text(RECORDS)
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert [t.text for t in plan.tasks] == ["村级财务收支情况", "惠农补贴发放情况", "村干部报酬"]
    # a value wrapped onto the next line stays in its cell
    assert plan.tasks[0].note == "公开村集体经济收入、支出明细\n和债权债务情况。"
    # with no unit column, the person in charge says who does the task
    assert plan.tasks[1].responsibility is not None
    assert [(a.unit, a.role) for a in plan.tasks[1].responsibility.assignments] == [
        ("村委会主任", Role.LEAD),
        ("村会计", Role.OWNER),
    ]
    assert [t.deadline.raw for t in plan.tasks if t.deadline] == [
        "每季度首月10日前",
        "补贴发放后10日内",
        "每年1月底前",
    ]
    # the signature after the last record is no wrapped cell
    assert plan.tasks[2].deadline is not None and plan.tasks[2].deadline.raw == "每年1月底前"
    assert plan.issuer == "某镇某村村民委员会"


def test_field_lines_after_a_prose_plans_paragraphs_are_no_records() -> None:
    text = (
        "某局2024年政务公开工作要点\n"
        "1.及时公开部门预算和决算。\n责任单位：财务科\n完成时限：2024年6月底前\n"
        "2.做好政策解读工作。\n责任单位：办公室\n完成时限：长期坚持\n"
    )
    plan = zwgk.read_text(text)
    assert [t.text for t in plan.tasks] == ["及时公开部门预算和决算。", "做好政策解读工作。"]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == ["财务科", "办公室"]


# a department's table one cell per line that numbers no row: a heading
# cell where a new part starts, each requirement closed by its full stop,
# then its unit cell
UNNUMBERED = """2023年政务公开工作要点任务分工

工作要点

具体要求

任务分工

教育高质量发展

聚焦重点工作任务,强化重大改革政策、举措的公开和解读。

厅机关各处室

教育民生

做好高校毕业生就业创业补贴等信息公开。

学生处,各高等学校

推进义务教育学校加大入学政策宣传、解读力度。

基教处,各市教育局

政策解读

(1)认真落实政策解读“三同步”工作机制；

(2)深化政策解读内容,进行要点拆解。

政策法规处
"""


def test_a_table_one_cell_per_line_that_numbers_no_row_reads_each_requirement() -> None:
    plan = zwgk.read_text(UNNUMBERED)
    assert [t.text for t in plan.tasks][:3] == [
        "聚焦重点工作任务,强化重大改革政策、举措的公开和解读。",
        "做好高校毕业生就业创业补贴等信息公开。",
        "推进义务教育学校加大入学政策宣传、解读力度。",
    ]
    assert [t.section for t in plan.tasks][:3] == [
        ("教育高质量发展",),
        ("教育民生",),
        ("教育民生",),
    ]
    assert [t.responsibility and t.responsibility.raw for t in plan.tasks][:3] == [
        "厅机关各处室",
        "学生处,各高等学校",
        "基教处,各市教育局",
    ]
    # the last part's cell numbers its own points: one row, under its heading
    assert len(plan.tasks) == 4
    assert plan.tasks[3].section == ("政策解读",)
    assert plan.tasks[3].text == (
        "(1)认真落实政策解读“三同步”工作机制；\n(2)深化政策解读内容,进行要点拆解。"
    )
    assert plan.tasks[3].responsibility is not None
    assert plan.tasks[3].responsibility.raw == "政策法规处"


def test_a_table_that_numbers_no_row_with_cells_closed_by_bars() -> None:
    # a real plan's table one cell a line, each closed by `` |``, no 序号
    # column, a bar alone for an empty deadline cell (tests.relayout)
    gold = json.loads(
        (DATA / "real" / "beijing-culture-2020-bureau-clauses.gold.json").read_text("utf-8")
    )
    page = relayout.LAYOUTS["cells_unnumbered"](relayout.rows(gold))
    plan = zwgk.read_text(page)
    rows = relayout.rows(gold)
    # (the last row shows neither its units nor its deadline: not told apart here)
    assert [t.text[:12] for t in plan.tasks][:2] == [r.text[:12] for r in rows][:2]
    assert [t.responsibility.raw if t.responsibility else "" for t in plan.tasks][:2] == [
        r.resp for r in rows
    ][:2]


YAML = """\
标题: 某县公路事业发展中心2024年政务公开工作任务清单
说明: 根据《某县2024年政务公开工作要点》（某府办发〔2024〕3号）要求，制定本清单。
任务:
  - 序号: 1
    工作任务: 公开本中心机构职能和联系方式。
    责任科室: 办公室
    完成时限: 2024年3月底前
  - 序号: 2
    工作任务: 公开农村公路建设年度计划。
    责任科室: 规划计划科负责，各乡镇公路管理站配合
    完成时限: 每季度
  - 序号: 3
    工作任务: 公开公路施工路段绕行信息。
    责任科室: 养护管理科
    完成时限: 施工前3日
落款: 某县公路事业发展中心
日期: 2024年1月24日
"""


def test_records_exported_as_a_yaml_list_read_each_item_as_a_row() -> None:
    plan = zwgk.read_text(YAML)
    assert [t.text for t in plan.tasks] == [
        "公开本中心机构职能和联系方式。",
        "公开农村公路建设年度计划。",
        "公开公路施工路段绕行信息。",
    ]
    assert [t.deadline.raw for t in plan.tasks if t.deadline] == [
        "2024年3月底前",
        "每季度",
        "施工前3日",
    ]
    # the document's own fields around the list are no record, and sign it
    assert [p.doc_number for p in plan.parents] == ["某府办发〔2024〕3号"]
    assert plan.issuer == "某县公路事业发展中心"
    assert str(plan.date) == "2024-01-24"
