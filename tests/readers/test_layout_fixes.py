"""Layouts the fresh plans showed the text readers getting wrong, in small made-up examples."""

from __future__ import annotations

import io

import docx

import zwgk
from zwgk.testing import unplaced_text

PDF_NUMBER_DEADLINE = """\
某县2022年政务公开工作要点任务分工
序号 工作任务 责任单位 完成时限
一、推进决策公开
1 编制重大行政决策事项目录并向社会公布。 县司法局牵头，县直各部门配合 2022年6月底前
2 做好决策草案征求意见工作，及时反馈意见采纳
情况。 县直各部门 长期坚持
二、做好政策解读
3 对涉及群众切身利益的政策文件开展图解解读。 县政府办公室牵头，
县直有关部门配合 及时发布
4 每月开展一次网站内容检查。 县政府办公室
每月一次
"""


def test_pdf_text_with_bare_numbers_and_a_deadline_column() -> None:
    plan = zwgk.read(PDF_NUMBER_DEADLINE.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    t1, t2, t3, t4 = plan.tasks
    assert t1.text == "编制重大行政决策事项目录并向社会公布。"
    assert t1.section == ("推进决策公开",)
    assert t1.responsibility is not None
    assert t1.responsibility.leads == ("县司法局",)
    assert t1.deadline is not None and t1.deadline.raw == "2022年6月底前"
    assert t2.text == "做好决策草案征求意见工作，及时反馈意见采纳情况。"
    assert t2.deadline is not None and t2.deadline.kind.value == "ongoing"
    assert t3.section == ("做好政策解读",)
    assert t3.responsibility is not None
    assert t3.responsibility.raw == "县政府办公室牵头，县直有关部门配合"
    assert t3.deadline is not None and t3.deadline.raw == "及时发布"
    assert t4.deadline is not None and t4.deadline.kind.value == "recurring"
    assert unplaced_text(PDF_NUMBER_DEADLINE, plan) == ""


HEADING_ROWS_OVER_COLUMN = """\
<html><body><table border="1">
<tr><td>序号</td><td>工作任务</td><td>具体内容</td><td>责任单位</td></tr>
<tr><td colspan="4">一、推进决策公开</td></tr>
<tr><td>1</td><td rowspan="2">做好目录公开</td><td>公布决策事项目录。</td>
<td rowspan="2">县司法局</td></tr>
<tr><td>2</td><td>公开目录调整情况。</td></tr>
<tr><td colspan="4">二、做好政策解读</td></tr>
<tr><td>3</td><td>做好图解解读</td><td>开展政策图解。</td><td>县政府办公室</td></tr>
</table></body></html>
"""


def test_heading_rows_across_the_table_sit_above_a_heading_column() -> None:
    plan = zwgk.read(HEADING_ROWS_OVER_COLUMN.encode(), format="html")
    assert [t.section for t in plan.tasks] == [
        ("推进决策公开", "做好目录公开"),
        ("推进决策公开", "做好目录公开"),
        ("做好政策解读", "做好图解解读"),
    ]
    assert plan.tasks[0].section_labels[0] == "一、"


def _screen_row(cells: list[str], widths: list[int]) -> str:
    """Cells padded to screen columns, a Han character two wide (as pdftotext -layout)."""
    out = "  "
    for cell, width in zip(cells, widths, strict=True):
        used = sum(2 if ord(c) > 0x2E7F else 1 for c in cell)
        out += cell + " " * (width - used)
    return out.rstrip()


def test_columns_placed_by_screen_column_with_cells_wrapped_in_every_column() -> None:
    widths = [16, 40, 22, 12]
    rows = [
        ["工作任务", "具体要求", "责任单位", "完成时限"],
        [],
        ["一、做好政策", "1.及时公开稳增长等政策措施，", "县发改局、县商务局", "及时更新"],
        ["发布解读", "做好政策解读。", "", ""],
        [],
        ["二、做好领域", "2.公开集体产权改革信息，每季度", "县农业农村局", "每季度"],
        ["信息公开", "更新一次。", "", ""],
        [],
        ["", "3.公开老旧小区改造项目信息。", "县住建局牵头，各乡", "2023年10月"],
        ["", "", "镇配合", "底前"],
    ]
    text = "某县2023年政务公开工作要点责任分工\n\n" + "\n".join(
        _screen_row(r, widths) if r else "" for r in rows
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "及时公开稳增长等政策措施，做好政策解读。",
        "公开集体产权改革信息，每季度更新一次。",
        "公开老旧小区改造项目信息。",
    ]
    assert [t.section for t in plan.tasks] == [
        ("做好政策发布解读",),
        ("做好领域信息公开",),
        ("做好领域信息公开",),
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "县发改局、县商务局",
        "县农业农村局",
        "县住建局牵头，各乡镇配合",
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "及时更新",
        "每季度",
        "2023年10月底前",
    ]
    assert unplaced_text(text, plan) == ""


WEB_TEXT_WITH_INJECTED_LINK = """\
工作任務

具體要求

責任單位

做好“六穩”“六保”信息公開

1.公開減稅降費政策措施。

區稅務局

<ins id="q1"></ins>線上平台註冊送888元 www.example-ad.com

2.做好就業創業扶持政策公開。

區人社局

3.在政府網站www.fz.gov.cn公開政策解讀。

區政府辦公室
"""


def test_a_tag_remnant_beside_a_link_in_web_text_is_injected_not_a_heading() -> None:
    plan = zwgk.read(WEB_TEXT_WITH_INJECTED_LINK.encode(), format="text")
    assert [t.section for t in plan.tasks] == [("做好“六穩”“六保”信息公開",)] * 3
    spam = [r for r in plan.residue if r.reason == "injected spam"]
    assert [r.text for r in spam] == ['<ins id="q1"></ins>線上平台註冊送888元 www.example-ad.com']
    # a link in the plan's own text stays
    assert "www.fz.gov.cn" in plan.tasks[2].text
    assert unplaced_text(WEB_TEXT_WITH_INJECTED_LINK, plan) == ""


PDF_GLUED_ROWS = """\
某局2022年政务公开工作要点分工方案
工作任务 具体要求 责任单位
一、做好医疗

服务信息公

开。

1. 公开医疗机构执业登记信息。 医政股 2. 做好抽查结果公开。 综合监督执法大队

3. 公开家庭医生签约服务内容。 基层卫生股

二、加强政策解读。 4. 落实政策解读与政策文件同步发布。 办公室牵头，各股室配合
"""


def test_pdf_text_with_the_next_task_glued_after_a_responsibility_and_label() -> None:
    plan = zwgk.read(PDF_GLUED_ROWS.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.text for t in plan.tasks] == [
        "公开医疗机构执业登记信息。",
        "做好抽查结果公开。",
        "公开家庭医生签约服务内容。",
        "落实政策解读与政策文件同步发布。",
    ]
    assert [t.section for t in plan.tasks] == [("做好医疗服务信息公开",)] * 3 + [("加强政策解读",)]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "医政股",
        "综合监督执法大队",
        "基层卫生股",
        "办公室牵头，各股室配合",
    ]
    assert unplaced_text(PDF_GLUED_ROWS, plan) == ""


TWO_UNIT_COLUMNS = """\
工作任务 | 具体要求 | 市里落实单位 | 局内负责 处室 |
一、深化财政信息公开 |
1. 推进部门预算、决算公开。 | 市财政局牵头，市直各单位落实 | 财务处牵头，各处室配合 |
2. 公开政府债务限额、余额等信息。 | 市直各单位 | 规划处 |
"""


def test_two_unit_columns_named_by_what_their_units_do() -> None:
    """A unit column named 负责处室 or 落实单位 (with a qualifier, 市里 or 局内)
    is a unit column; a cell that says its units' roles keeps them, a cell
    that says none takes its column's role."""
    plan = zwgk.read(TWO_UNIT_COLUMNS.encode(), format="text")
    t1, t2 = plan.tasks
    assert t1.responsibility is not None and t2.responsibility is not None
    assert t1.responsibility.raw == "市财政局牵头，市直各单位落实；财务处牵头，各处室配合"
    roles = {a.unit: a.role.value for a in t1.responsibility.assignments}
    assert roles == {
        "市财政局": "lead",
        "市直各单位": "owner",
        "财务处": "lead",
        "各处室": "assist",
    }
    roles = {a.unit: a.role.value for a in t2.responsibility.assignments}
    assert roles == {"市直各单位": "lead", "规划处": "owner"}


VARIED_HEADER = """\
某区应急管理局2023年政务公开重点工作任务表
序号 | 工作举措 | 实施主体 | 协作单位 | 时序进度 | 推进情况 |
1 | 及时公开安全生产行政执法信息。 | 执法大队 | 办公室 | 2023年6月底前 | 已完成 |
2 | 做好防灾减灾科普宣传。 | 应急科 | 各乡镇 | 长期坚持 | 推进中 |
"""


def test_a_header_in_words_offices_vary() -> None:
    """工作举措, 实施主体, 协作单位, 时序进度 and 推进情况 name their columns
    (a responsibility column beside an assisting one leads)."""
    plan = zwgk.read(VARIED_HEADER.encode(), format="text")
    t1, t2 = plan.tasks
    assert t1.text == "及时公开安全生产行政执法信息。"
    assert t1.responsibility is not None
    assert [(a.unit, a.role.value) for a in t1.responsibility.assignments] == [
        ("执法大队", "lead"),
        ("办公室", "assist"),
    ]
    assert t1.deadline is not None and t1.deadline.raw == "2023年6月底前"
    assert t2.deadline is not None and t2.deadline.kind.value == "ongoing"
    kept = [r.text for r in plan.residue if r.reason == "column not in the model"]
    assert kept == ["已完成", "推进中"]


def test_short_titles_read_alike_from_a_web_table_and_a_word_table() -> None:
    """One table, copied from a page as cells one per line and saved as a
    Word table: both readings name each task by its short title."""
    rows = [
        ["序号", "类别", "公开事项", "公开内容", "责任科室"],
        ["1", "政策公开", "优抚政策", "公开优抚对象抚恤补助标准和申领流程", "优抚科"],
        ["2", "", "安置政策", "公开退役士兵安置计划和安置结果", "安置科"],
        ["3", "服务公开", "办事指南", "公开服务事项清单和办事指南", "办公室"],
        ["4", "", "政策解读", "解读新出台的优待政策", "办公室"],
    ]
    text = "\n".join(f"{c} |" for row in rows for c in row if c) + "\n"
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    for top in (1, 3):  # each 类别 merged over its two rows
        table.cell(top, 1).merge(table.cell(top + 1, 1))
    data = io.BytesIO()
    document.save(data)
    for plan in (
        zwgk.read(text.encode(), format="text"),
        zwgk.read(data.getvalue(), format="docx"),
    ):
        assert [(t.text, t.section) for t in plan.tasks] == [
            ("优抚政策", ("政策公开",)),
            ("安置政策", ("政策公开",)),
            ("办事指南", ("服务公开",)),
            ("政策解读", ("服务公开",)),
        ]
        assert plan.tasks[1].note == "公开退役士兵安置计划和安置结果"


GLUED_DUTY = """\
某县2023年政务公开工作要点
一、推进决策公开
1.编制重大行政决策事项目录并向社会公布县司法局牵头，县直各部门配合。
2.做好决策草案征求意见工作由县政府办公室负责。
3.公开决策执行情况。县直各部门负责。
"""


def test_who_does_a_task_run_into_its_text_is_its_responsibility() -> None:
    """A paragraph whose last sentence names who does it, the full stop
    before it lost (a line break joined), reads as with the stop."""
    plan = zwgk.read(GLUED_DUTY.encode(), format="text")
    assert [(t.text, t.responsibility.raw if t.responsibility else None) for t in plan.tasks] == [
        ("编制重大行政决策事项目录并向社会公布", "县司法局牵头，县直各部门配合"),
        ("做好决策草案征求意见工作", "县政府办公室负责"),
        ("公开决策执行情况。", "县直各部门负责"),
    ]
    assert plan.tasks[0].responsibility is not None
    assert plan.tasks[0].responsibility.leads == ("县司法局",)


def test_a_page_whose_labels_lost_their_closing_bracket_reads_its_tasks() -> None:
    text = (
        "某某区2022年政务公开工作要点\n\n"
        "一、聚焦经济领域,以公开促落实\n\n"
        "(一加强涉及优化营商环境的信息公开。公开市场规则标准及监管执法信息。"
        "(区发展改革委、区市场监管局等负责落实)\n\n"
        "(二加强涉及减税降费的信息公开。系统集成、智能推送减税降费政策。(区税务局负责落实)\n\n"
        "二、聚焦社会领域,以公开强监管\n\n"
        "(一加强就业信息公开。(区人力社保局负责落实)\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [(t.section, t.text.split("。")[0]) for t in plan.tasks] == [
        (("聚焦经济领域,以公开促落实",), "加强涉及优化营商环境的信息公开"),
        (("聚焦经济领域,以公开促落实",), "加强涉及减税降费的信息公开"),
        (("聚焦社会领域,以公开强监管",), "加强就业信息公开"),
    ]
    assert plan.tasks[0].responsibility is not None
    assert plan.tasks[0].responsibility.units() == ("区发展改革委", "区市场监管局")


def test_a_run_together_header_wrapped_column_by_column_reads_its_lead_and_assist() -> None:
    text = (
        "某区商务局2021年政务公开工作任务分解表\n"
        "序号工作任务牵头配合完成\n"
        "单位单位时限\n"
        "1公开外贸稳增长政策措施及解读。对外贸易科办公室2021年5月底前\n"
        "2公开商贸流通企业扶持资金分配结果。商贸流通科财务科资金下达后10个工作日内\n"
        "3公开外商投资企业备案办理指南。外资科2021年3月底前\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.section for t in plan.tasks] == [(), (), ()]
    r = plan.tasks[1].responsibility
    assert r is not None
    assert (r.leads, r.assists) == (("商贸流通科",), ("财务科",))


def test_a_person_in_charge_run_into_the_unit_cell_is_neither_unit_nor_deadline() -> None:
    text = (
        "某县人民医院2023年院务公开工作任务清单\n"
        "序号公开事项责任科室责任人完成时限\n"
        "1公开医院基本情况。医务科医务科科长2023年3月底前\n"
        "2公开医疗服务价格。物价科物价科科长价格调整后5个工作日内\n"
        "3公开就医流程。门诊部门诊部主任长期公开\n"
        "4公开年度财务预决算。财务科总会计师每年6月底前\n"
        "5公开采购结果。采购中心主办，纪检监察室监督分管副院长采购结果确定后5个工作日内\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "医务科",
        "物价科",
        "门诊部",
        "财务科",
        "采购中心主办，纪检监察室监督",
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks][1:3] == [
        "价格调整后5个工作日内",
        "长期公开",
    ]
    people = {r.text for r in plan.residue}
    assert {"医务科科长", "总会计师", "分管副院长"} <= people
    text = (
        "某区应急管理局2022年政务公开工作任务分解表\n"
        "序号工作任务责任股室（责任人）完成时限\n"
        "1公开权责清单。政策法规股（责任人：谭**）2022年4月底前\n"
        "2公开行政处罚信息。执法大队（责任人：周**）处罚决定作出后7个工作日内\n"
        "3公开预警信息。防灾减灾股牵头，各镇（街道）配合（责任人：易**）及时公开\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "政策法规股",
        "执法大队",
        "防灾减灾股牵头，各镇（街道）配合",
    ]
    assert plan.tasks[1].deadline is not None
    assert plan.tasks[1].deadline.raw == "处罚决定作出后7个工作日内"
