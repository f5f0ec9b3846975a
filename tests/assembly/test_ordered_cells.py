"""Rows run together whose header puts another column before the units: the
deadline first (序号时间节点工作任务责任单位), between the text and the units
(序号工作任务完成时限牵头科室配合科室), a 公开方式 column before them, or the
units first (序号责任科室工作任务完成时限).  Each row is cut into the header's
blocks in their order, each block typed by what it says."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import read_rows
from zwgk.assembly.fields import Layout
from zwgk.assembly.ordered import blocks, in_text_order, out_of_order, read_ordered


def _read(lines: list[str]) -> zwgk.Plan:
    return zwgk.read("\n".join(lines).encode(), format="text")


def _plan(title: str, header: str, rows: list[str]) -> zwgk.Plan:
    lines = [title, "为做好本年度政务公开工作，制定本清单。", header]
    lines += [f"{k}{row}" for k, row in enumerate(rows, start=1)]
    return _read(lines)


def test_units_first() -> None:
    plan = _plan(
        "某县自然资源局2021年政务公开工作任务清单",
        "序号责任科室工作任务完成时限",
        [
            "办公室编制并公开本局政务公开工作任务清单，明确责任科室。2021年5月底前",
            "耕地保护科牵头，各自然资源所配合公开耕地占补平衡信息。每半年",
            "土地利用科公开国有建设用地供应计划和成交结果。成交后10个工作日内",
        ],
    )
    assert read_rows(plan) == [
        ("编制并公开本局政务公开工作任务清单，明确责任科室。", "办公室", "2021年5月底前"),
        ("公开耕地占补平衡信息。", "耕地保护科牵头，各自然资源所配合", "每半年"),
        ("公开国有建设用地供应计划和成交结果。", "土地利用科", "成交后10个工作日内"),
    ]
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.leads == ("耕地保护科",)


def test_deadline_first_with_the_number_run_into_a_year() -> None:
    plan = _plan(
        "某公安分局2019年政务公开工作进度安排表",
        "序号时间节点工作任务责任单位",
        [
            "2019年3月底前公开本局权责清单和执法依据。法制大队",
            "长期坚持公开户籍业务办事指南和办理流程。治安管理大队负责，各派出所落实",
            "受理后5个工作日内答复群众的查询申请。法制大队",
            "2019年6月底前公开出入境证件办理条件。出入境管理大队",
        ],
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert read_rows(plan) == [
        ("公开本局权责清单和执法依据。", "法制大队", "2019年3月底前"),
        ("公开户籍业务办事指南和办理流程。", "治安管理大队负责，各派出所落实", "长期坚持"),
        ("答复群众的查询申请。", "法制大队", "受理后5个工作日内"),
        ("公开出入境证件办理条件。", "出入境管理大队", "2019年6月底前"),
    ]


def test_deadline_before_a_lead_and_an_assist_cell() -> None:
    plan = _plan(
        "某县住房和城乡建设局2019年政务公开工作任务分解",
        "序号工作任务完成时限牵头科室配合科室",
        [
            "公开住房保障政策和轮候信息。长期坚持住房保障科房产服务中心",
            "公开公共租赁住房分配结果。分配结果确定后5个工作日内住房保障科",
            "公开老旧小区改造项目名单。2019年6月底前城建科各街道办事处",
        ],
    )
    found = [
        (t.text, t.responsibility.leads, t.responsibility.assists, t.deadline.raw)
        for t in plan.tasks
        if t.responsibility is not None and t.deadline is not None
    ]
    assert found == [
        ("公开住房保障政策和轮候信息。", ("住房保障科",), ("房产服务中心",), "长期坚持"),
        ("公开公共租赁住房分配结果。", ("住房保障科",), (), "分配结果确定后5个工作日内"),
        ("公开老旧小区改造项目名单。", ("城建科",), ("各街道办事处",), "2019年6月底前"),
    ]


def test_channels_between_the_deadline_and_the_units() -> None:
    plan = _plan(
        "某县交通运输局2022年政务公开事项清单",
        "序号公开事项公开内容公开时限公开方式责任股室",
        [
            "机构职能本局机构设置、职能职责及联系方式。信息变更后20个工作日内政府网站办公室",
            "权责清单行政许可、行政处罚等权责事项。调整后10个工作日内政府网站、政务服务大厅"
            "政策法规股负责，行政审批股配合",
            "交通建设项目重点交通建设项目批准和施工信息。每季度政府网站、公示栏建设管理股",
        ],
    )
    assert [
        (t.responsibility and t.responsibility.raw, t.deadline and t.deadline.raw)
        for t in plan.tasks
    ] == [
        ("办公室", "信息变更后20个工作日内"),
        ("政策法规股负责，行政审批股配合", "调整后10个工作日内"),
        ("建设管理股", "每季度"),
    ]
    assert all("政府网站" in t.note for t in plan.tasks if t.note)


def test_posts_in_a_last_column_the_unit_grammar_cannot_read() -> None:
    layout = Layout(("number", "text", "deadline", "resp"), table=True)
    fields = read_ordered("公开村集体经济收支明细。每季度村会计负责，村监委会主任监督", layout)
    assert fields is not None
    assert (fields.text, fields.deadline, fields.resp) == (
        "公开村集体经济收支明细。",
        "每季度",
        "村会计负责，村监委会主任监督",
    )


def test_a_requirement_is_no_last_cell_of_posts() -> None:
    """A row cut by the page after an ongoing word: what follows says what
    to do, so it is no cell of posts (the row is read as the others are)."""
    layout = Layout(("text", "deadline", "resp"), table=True)
    assert read_ordered("完善为民办实事长效机制，着力提高民生实事征集等环节", layout) is None


@pytest.mark.parametrize(
    ("roles", "ordered"),
    [
        (("number", "text", "resp", "deadline"), False),
        (("text", "lead", "assist", "deadline", "note"), False),
        (("number", "heading", "text", "resp", "deadline"), False),
        (("number", "resp", "text", "deadline"), True),
        (("number", "deadline", "text", "resp"), True),
        (("number", "text", "deadline", "lead", "assist"), True),
        (("number", "text", "text", "deadline", "note", "resp"), True),
        (("number", "text", "deadline"), False),  # no unit column
    ],
)
def test_out_of_order(roles: tuple[str, ...], ordered: bool) -> None:
    assert out_of_order(roles) is ordered


def test_in_text_order() -> None:
    layout = Layout(("number", "text", "text", "deadline", "note", "resp"), table=True)
    assert in_text_order(layout).roles == ("number", "text", "text", "resp", "deadline", "note")
    assert [b.kind for b in blocks(layout.roles)] == ["text", "deadline", "note", "units"]


def test_a_unit_cell_of_labelled_clauses_in_a_row_run_together() -> None:
    plan = _plan(
        "某区科学技术局2023年政务公开重点工作任务分解表",
        "序号工作任务具体措施责任分工完成时限",
        [
            "推进科技政策公开1.梳理公开现行有效科技政策文件；2.同步发布解读材料。"
            "牵头科室：政策法规科；配合科室：各科室2023年6月底前",
            "公开科技项目管理信息公开科技计划项目申报指南和立项结果。"
            "责任科室：科技计划科立项结果确定后5个工作日内",
        ],
    )
    found = [
        (
            t.responsibility.raw,
            [(a.unit, a.role.value) for a in t.responsibility.assignments],
            t.deadline.raw,
        )
        for t in plan.tasks
        if t.responsibility is not None and t.deadline is not None
    ]
    assert found == [
        ("政策法规科；各科室", [("政策法规科", "lead"), ("各科室", "assist")], "2023年6月底前"),
        ("科技计划科", [("科技计划科", "owner")], "立项结果确定后5个工作日内"),
    ]


def test_rows_printed_over_two_lines_their_units_run_into_the_deadline() -> None:
    """Each row's text on one line, its unit and deadline cells run together
    on the next: the names and the deadline apart, a lone unit cell the lead
    (the cells stand apart in no row: no lead cell merged above is lost)."""
    plan = _read(
        [
            "某县卫生健康委员会2023年政务公开工作任务分工",
            "序号工作任务牵头单位配合单位完成时限",
            "1公开医疗机构执业登记办理结果。",
            "医政医管股政务服务中心办结后7个工作日内",
            "2公开基本公共卫生服务项目和资金安排情况。",
            "基层卫生股财务股、各乡镇卫生院每半年",
            "3公开部门预算、决算和“三公”经费。",
            "财务股批复后20日内",
            "4更新政府信息公开指南和主动公开目录。",
            "委办公室2024年1月31日前",
        ]
    )
    found = [
        (t.responsibility.leads, t.responsibility.assists, t.deadline.raw)
        for t in plan.tasks
        if t.responsibility is not None and t.deadline is not None
    ]
    assert found == [
        (("医政医管股",), ("政务服务中心",), "办结后7个工作日内"),
        (("基层卫生股",), ("财务股", "各乡镇卫生院"), "每半年"),
        (("财务股",), (), "批复后20日内"),
        (("委办公室",), (), "2024年1月31日前"),
    ]


def test_rows_over_two_lines_with_only_a_deadline_on_the_second() -> None:
    """Rows whose unit cells a copy lost, each closing on a line of its
    own with the deadline: the deadline is the row's, not its text's."""
    plan = _read(
        [
            "某市统计局2022年政务公开工作任务分工",
            "序号工作任务牵头单位配合单位完成时限",
            "一、加强政务公开基础工作",
            "1.加强公文备案和集中规范公开工作。做好新增非密公文全量备案工作。",
            "长期坚持",
            "2.做好政府信息公开平台维护。规范法定主动公开内容栏目的信息发布。",
            "长期坚持",
            "3.提升依申请办理服务和保障水平。严格落实法定时限要求。",
            "2022年12月底前",
        ]
    )
    ends = ("备案工作。", "信息发布。", "时限要求。")
    assert all(t.text.endswith(end) for t, end in zip(plan.tasks, ends, strict=True))
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "长期坚持",
        "长期坚持",
        "2022年12月底前",
    ]


def test_a_signature_on_one_line_after_the_last_row() -> None:
    plan = _read(
        [
            "某区2024年政务公开工作任务分解表",
            "工作任务牵头单位责任单位完成时限",
            "1.加强政府网站管理，开展季度检查。区政府办公室区委网信办每季度",
            "2.加强政务公开队伍建设，组织业务培训。区政府办公室2024年11月底前",
            "某区人民政府办公室 2024年4月18日",
        ]
    )
    last = plan.tasks[-1]
    assert last.responsibility is not None and last.deadline is not None
    assert (last.responsibility.raw, last.deadline.raw) == ("区政府办公室", "2024年11月底前")


def test_two_unit_columns_of_two_levels_run_together() -> None:
    """A district's unit cell, then the bureau's own division's, with nothing
    between them (区司法局办公室): the body and its division, in their columns;
    the bureau signs after the last row under the district's full name."""
    plan = _read(
        [
            "闵行区医疗保障局2024年政务公开工作要点任务分解",
            "序号重点任务区级责任单位局责任科室完成时限",
            "1推进医保政策文件集中公开，动态更新规范性文件目录。区司法局办公室2024年6月底前",
            "2公开医保基金监管检查结果和典型案例。区市场监管局基金监管科检查结束后20个工作日内",
            "3公开医疗救助对象和救助资金使用情况。区民政局待遇保障科、财务科每半年",
            "4办理政府信息公开申请和人大代表建议答复公开。区政府办公室办公室按法定时限",
            "上海市闵行区医疗保障局",
            "2024年4月18日",
        ]
    )
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    found = [[a.unit for a in t.responsibility.assignments] for t in plan.tasks if t.responsibility]
    assert found == [
        ["区司法局", "办公室"],
        ["区市场监管局", "基金监管科"],
        ["区民政局", "待遇保障科", "财务科"],
        ["区政府办公室", "办公室"],
    ]
    assert plan.tasks[-1].deadline is not None and plan.tasks[-1].deadline.raw == "按法定时限"


def test_a_division_alone_in_a_table_of_two_levels() -> None:
    """Most rows name the district's body and the bureau's division; a row
    naming one division with no level names the division column's unit
    (the owner), not a lead."""
    plan = _read(
        [
            "某区医疗保障局2024年政务公开工作要点任务分解",
            "序号重点任务区级责任单位局责任科室完成时限",
            "1推进医保政策文件集中公开。区司法局办公室2024年6月底前",
            "2公开医保定点医药机构名单。医药服务管理科每季度",
            "3公开医保基金监管检查结果。区市场监管局基金监管科检查结束后20个工作日内",
            "4公开部门预算、决算信息。财务科批复后20日内",
            "5做好长期护理保险政策解读。区政府办公室待遇保障科长期",
        ]
    )
    roles = [
        [(a.unit, a.role.value) for a in t.responsibility.assignments]
        for t in plan.tasks
        if t.responsibility
    ]
    assert roles[1] == [("医药服务管理科", "owner")]
    assert roles[3] == [("财务科", "owner")]
    assert roles[0] == [("区司法局", "lead"), ("办公室", "owner")]


def test_a_division_alone_in_a_pipe_row_shares_the_level_cell_merged_above() -> None:
    """Cells apart (a pipe table copied from a page, its merged cells lost in
    the rows they span): a row showing its division alone lost the level's
    cell merged over it and the row above."""
    lines = [
        "工作任务 | 具体要求 | 市里落实单位 | 局内负责处室 |",
        "一、深化政务公开 |",
        "(一)做好规划公开。 | 1. 主动公开规划纲要。 | 市政府各部门 | 各处室 |",
        "2. 做好历史规划的公开工作。 | 市政务公开办牵头,市有关单位落实 | 办公室牵头 |",
        "(二)做好财政信息公开。 | 3. 推进预算、决算公开。 | 市财政局牵头,各区政府落实 | 财审处 |",
        "4. 深化地方政府债务信息公开。 | 规计处 |",
        "(三)做好政策解读。 | 5. 加强重大政策发布解读。 | 市直各单位 | 调研处牵头,各处室配合 |",
        "6. 按照政策解读工作细则,健全政策解读工作机制,规",
    ]
    plan = zwgk.read_text("\n".join(lines))
    found = {t.number: t.responsibility.raw for t in plan.tasks if t.responsibility}
    assert found[4] == "市财政局牵头,各区政府落实；规计处"


def test_a_category_written_again_on_every_row() -> None:
    """A 类别 cell copied into every row of its group, run into the row's
    text: the rows that share it say where it ends, before the verb both
    open with; a group of one row ends it before its last verb."""
    plan = _read(
        [
            "某区教育委员会2020年政务公开工作任务清单",
            "类别工作任务责任科室完成时间",
            "办学信息公开全区中小学、幼儿园名录。基础教育科2020年6月底前",
            "办学信息公开全区教育事业发展统计公报。发展规划科每年",
            "招生入学公开义务教育入学政策和招生结果。基础教育科每年",
            "招生入学公开中考政策和加分照顾对象名单。区中招办录取结果确定后5个工作日内",
            "政务公开基础做好依申请公开办理，规范政务公开专栏。办公室常态化",
        ]
    )
    assert [(t.section, t.text) for t in plan.tasks] == [
        (("办学信息",), "公开全区中小学、幼儿园名录。"),
        (("办学信息",), "公开全区教育事业发展统计公报。"),
        (("招生入学",), "公开义务教育入学政策和招生结果。"),
        (("招生入学",), "公开中考政策和加分照顾对象名单。"),
        (("政务公开基础",), "做好依申请公开办理，规范政务公开专栏。"),
    ]


def test_a_row_of_many_dates_under_a_header_of_many_blocks() -> None:
    """Two deadline columns parted by a 公开方式 column, and a text naming
    sixty dates: the row is cut among a bounded number of cuts and read."""
    layout = Layout(("number", "text", "deadline", "note", "deadline", "resp"), table=True)
    dates = "、".join(f"2022年{m}月{d}日前" for m in range(1, 13) for d in (5, 10, 15, 20, 25))
    row = f"公开{dates}的会议信息。2022年1月底前政府网站2022年12月底前办公室"
    fields = read_ordered(row, layout)
    assert fields is not None
    assert (fields.resp, fields.deadline) == ("办公室", "2022年1月底前")
    assert fields.note.split("\n") == ["2022年12月底前", "政府网站"]  # (nothing lost)
