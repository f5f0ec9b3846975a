"""The unit grammar on text where cells ran together (zwgk.lang.units)."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from zwgk.assembly.fields import best_run, is_units
from zwgk.lang import find_unit_runs
from zwgk.lang.units import last_run_start, office_and_division, unit_end


def _runs(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in run.cells] for run in find_unit_runs(text)]


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # a name goes on after its bracketed qualifier
        (
            "做好公开市发展改革委各县（市、区）人民政府，市直各部门系统集成政策",
            [["市发展改革委", "各县（市、区）人民政府，市直各部门"]],
        ),
        # a name of its own run into the next cell, then a word no name holds
        (
            "规范流调信息发布市卫生健康委市直各有关单位进一步规范流调信息",
            [["市卫生健康委", "市直各有关单位"]],
        ),
        # a collective of places goes on with another level
        (
            "推进公开省审改办各设区市政府、平潭综合实验区管委会。",
            [["省审改办", "各设区市政府、平潭综合实验区管委会"]],
        ),
        # the subject of the next cell's sentence is not a unit of this one
        (
            "推进公开省发改委省政府各部门、平潭综合实验区管委会各级各部门要制定清单",
            [["省发改委", "省政府各部门、平潭综合实验区管委会"]],
        ),
    ],
)
def test_run_together_cells(text: str, cells: list[list[str]]) -> None:
    assert _runs(text)[: len(cells)] == cells


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # 信息化 and 政务服务 are words of offices' names
        ("市财政局、市工业和信息化局2022年6月底前", [["市财政局、市工业和信息化局"]]),
        (
            "市政务服务监督管理办公室，各县（市、区）人民政府2022年9月底前",
            [["市政务服务监督管理办公室，各县（市、区）人民政府"]],
        ),
        # a quotation closed by an office word is part of the name
        (
            "省“互联网+政务服务”联席办，省政务服务数据管理局优化办事指南",
            [["省“互联网+政务服务”联席办，省政务服务数据管理局"]],
        ),
        # villages and communities as a collective; a level and a place are no name
        ("镇社会事务办、各村（社区）每月", [["镇社会事务办、各村（社区）"]]),
        ("公开危房改造情况。镇村镇建设办，各村（社区）2023年", [["镇村镇建设办，各村（社区）"]]),
        (
            "省政府办公厅省大数据发展管理局，各市（州）人民政府开展",
            [["省政府办公厅", "省大数据发展管理局，各市（州）人民政府"]],
        ),
        # a level right after a title word starts the name (专区建设|市政府办公室)
        ("加强政务公开专区建设市政府办公室市政务服务中心", [["市政府办公室", "市政务服务中心"]]),
        # a deadline cell right after the names ends them
        ("市税务局 市财政局长期坚持", [["市税务局", "市财政局"]]),
        ("市直各单位年底前完成", [["市直各单位"]]),
    ],
)
def test_names_end_where_the_next_cell_starts(text: str, cells: list[list[str]]) -> None:
    assert _runs(text)[: len(cells)] == cells


@pytest.mark.parametrize(
    "text", ["在门户网站“惠企政策”专栏集中发布", "推进信息化建设", "提供政务服务事项清单"]
)
def test_quotations_and_subjects_are_no_names(text: str) -> None:
    assert not any(run.start == 0 for run in find_unit_runs(text))


def test_an_office_named_after_its_subject_is_a_unit() -> None:
    assert is_units("政策法规科")
    assert not is_units("政府信息平台")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a bank's branch is one name with its bank; a branch alone is a name
        ("市税务局、人民银行市中心支行按职责落实", ["市税务局", "人民银行市中心支行"]),
        ("人行福州中心支行，福建证监局", ["人行福州中心支行", "福建证监局"]),
        ("中国银行、农业银行负责", ["中国银行", "农业银行"]),
    ],
)
def test_bank_branches(text: str, units: list[str]) -> None:
    from zwgk.lang import parse_responsibility

    r = parse_responsibility(text)
    assert r is not None
    assert [a.unit for a in r.assignments] == units


def test_a_name_starts_after_a_word_no_name_holds() -> None:
    # 规定 (a document word) ends the title before the lead unit's name
    text = "完善政府债务领域信息公开相关规定省财政厅各设区市，平潭综合实验区"
    names = [text[a:b] for run in find_unit_runs(text) for a, b in run.units]
    assert names[0] == "省财政厅"


def test_a_list_goes_on_after_the_repeated_cell_up_to_the_requirement_verb() -> None:
    from zwgk.assembly.fields import Layout, split_body

    body = (
        "推进政府网站部署IPv6省数字办省直各有关部门，各设区市政府，省经济信息中心"
        "加快各级政府门户网站升级改造，发挥政府网站示范带头作用。"
    )
    fields = split_body(body, Layout(("text", "lead", "resp", "text"), table=True))
    assert fields.lead == "省数字办"
    assert fields.resp == "省直各有关部门，各设区市政府，省经济信息中心"
    assert fields.note.startswith("加快")


@pytest.mark.parametrize("name", ["各项目主管部门", "项目建设单位", "各项目单位", "县重点项目办"])
def test_a_projects_office_is_a_unit(name: str) -> None:
    assert is_units(name)


@pytest.mark.parametrize(
    "name", ["未成年人检察部", "未成年人保护中心", "青少年活动中心", "老年大学"]
)
def test_offices_for_the_young_and_the_old_are_units(name: str) -> None:
    assert unit_end(name, 0) == len(name)
    row = f"公开工作情况。{name}牵头，办公室配合2024年6月底前"
    assert unit_end(row, row.index(name)) == row.index("牵头")


@pytest.mark.parametrize("text", ["2024年度预算", "公开年度报告"])
def test_a_year_is_in_no_name(text: str) -> None:
    assert unit_end(text, 0) is None


@pytest.mark.parametrize("text", ["推进重点项目建设", "公开项目审批结果"])
def test_projects_named_in_a_requirement_are_no_unit(text: str) -> None:
    assert not is_units(text)


# Names as offices write their own: no place prefix, an office word at the end.
@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # a field word (服务, 信息, 政策) inside a name an office word closes soon after
        (
            "开展解读。医药服务管理科牵头，市医疗保障事务中心配合",
            [["医药服务管理科牵头，市医疗保障事务中心配合"]],
        ),
        ("资料。政策法规科、信息中心长期坚持", [["政策法规科、信息中心"]]),
        # a number of the name's own; a number that dates or counts ends it
        ("情况。市12345政务服务便民热线中心及时更新", [["市12345政务服务便民热线中心"]]),
        (
            "报告。12315投诉举报中心消费者权益保护科每季度",
            [["12315投诉举报中心", "消费者权益保护科"]],
        ),
        ("公开。市财政局20日内公开", [["市财政局"]]),
        # a name that begins with a word like a verb (自然, 自治)
        ("情况。自然资源局综合行政执法局及时更新", [["自然资源局", "综合行政执法局"]]),
    ],
)
def test_names_of_offices_without_a_place(text: str, cells: list[list[str]]) -> None:
    assert _runs(text) == cells


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # a whole office name, then another full name: two cells
        ("公开。财政所党政办公室2023年6月底前", ["财政所", "党政办公室"]),
        ("结果。综合行政执法队城市管理办公室每季度", ["综合行政执法队", "城市管理办公室"]),
        ("更新。社区卫生服务中心社会事务办公室及时更新", ["社区卫生服务中心", "社会事务办公室"]),
        ("目录。卫生健康委员会医疗保障局2022年", ["卫生健康委员会", "医疗保障局"]),
        (
            "信息。发展和改革局住房和城乡建设局、交通运输局持续推进",
            ["发展和改革局", "住房和城乡建设局、交通运输局"],
        ),
        ("结果。信用监督管理科综合行政执法支队每季度", ["信用监督管理科", "综合行政执法支队"]),
        # a collective after a whole office name is another cell
        ("解读。法规科各业务科室长期坚持", ["法规科", "各业务科室"]),
        ("结果。政府办公室各承办单位2022年", ["政府办公室", "各承办单位"]),
        ("信息。各社区居民委员会党政办公室按月", ["各社区居民委员会", "党政办公室"]),
    ],
)
def test_two_office_names_with_nothing_between(text: str, cells: list[str]) -> None:
    assert _runs(text) == [cells]


@pytest.mark.parametrize(
    "name",
    [
        "综合行政执法大队",  # 大队 is one office word, not 执法大 + 队
        "政务服务中心办公室",  # an office word alone after a name is that body's office
        "市绩效考核委员会办公室",
        "党政办公室",  # 办|公室: no end inside a longer office word
        "市政府办公室",  # a government's offices are its own
        "县政府督查室",
        "社区卫生服务中心",  # 社区 is a place, not a whole name
        "市生态环境局麒麟分局",  # a bureau's branch
        "市公安局交警支队",
        "人民银行潍坊市中心支行",
        "盐城市住房公积金管理中心",
        "党群服务中心（新时代文明实践所）",  # another name in brackets
    ],
)
def test_one_name_is_not_split(name: str) -> None:
    assert _runs("公开。" + name + "2023年底前") == [[name]]


def test_the_subject_of_the_next_sentence_is_no_cell() -> None:
    text = (
        "公开。省效能办省政府各部门，各设区市政府各设区市、平潭综合实验区管委会要按照办法整合专线"
    )
    assert _runs(text)[0] == ["省效能办", "省政府各部门，各设区市政府"]


def test_a_field_word_in_a_title_makes_no_name() -> None:
    # 政务公开专区 ends in a place word (区), not an office word: no name
    runs = find_unit_runs("规范政务公开专区在市民中心设立政务公开专区，提供查询服务。")
    assert not any("专区" in run.text() for run in runs)


def test_a_cell_written_right_after_a_repeated_cell_is_the_next_column() -> None:
    from zwgk.assembly.fields import Layout, split_body

    body = (
        "便民服务中心公开专区在街道便民服务中心设立政务公开专区。"
        "党政办公室便民服务中心2023年10月底前"
    )
    layout = Layout(("text", "text", "lead", "assist", "deadline"), table=True)
    fields = split_body(body, layout, frozenset({"党政办公室"}))
    assert (fields.lead, fields.resp) == ("党政办公室", "便民服务中心")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "综合行政执法队城市管理办公室",
            [("综合行政执法队", "owner"), ("城市管理办公室", "owner")],
        ),
        (
            "医药服务管理科牵头，市医疗保障事务中心配合",
            [("医药服务管理科", "lead"), ("市医疗保障事务中心", "assist")],
        ),
        ("政务服务中心办公室", [("政务服务中心办公室", "owner")]),
        ("市12345政务服务便民热线中心", [("市12345政务服务便民热线中心", "owner")]),
    ],
)
def test_responsibility_cells_of_office_names(text: str, units: list[tuple[str, str]]) -> None:
    from zwgk.lang import parse_responsibility

    r = parse_responsibility(text)
    assert r is not None
    assert [(a.unit, a.role.value) for a in r.assignments] == units


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # a name with no role word, right before a deadline cell that opens with no figure
        ("公开政府债务限额和余额情况。县财政局每半年", [["县财政局"]]),
        ("公开行政许可结果。市司法局长期坚持", [["市司法局"]]),
        # the name goes on: a deadline cell starts after its last office word only
        ("开展业务培训。镇党政办，各站所2023年9月底前", [["镇党政办，各站所"]]),
        ("同步发布解读材料。法规科；各业务科室长期坚持", [["法规科；各业务科室"]]),
        # a name the deadline cell does not cut short
        ("公开招生结果。市教育局，各县区政府2019年8月底前", [["市教育局，各县区政府"]]),
    ],
)
def test_a_deadline_cell_closes_the_names_before_it(text: str, cells: list[list[str]]) -> None:
    assert _runs(text) == cells


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # every role word of the vocabulary closes the name it follows
        ("区政府办公室牵头，区级各部门落实长期坚持", "落实"),
        ("区司法局监管，区级各行政执法部门落实长期", "落实"),
        ("区委网信办监管，区级各部门负责每季度", "负责"),
        ("县政府办统筹，各乡镇办理2024年底前", "办理"),
    ],
)
def test_the_role_word_after_the_last_name_belongs_to_the_run(text: str, end: str) -> None:
    (run,) = find_unit_runs(text)
    assert run.text().endswith(end)


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # a section, then the bureau's own office named by its word alone
        ("规范答复流程。政策法规科办公室长期坚持", [["政策法规科", "办公室"]]),
        # the bureau's own office, then its sections
        ("编制年度报告。办公室各科室每年1月31日前", [["办公室", "各科室"]]),
        ("维护公开专栏。办公室规划发展与信息化科长期坚持", [["办公室", "规划发展与信息化科"]]),
        # a committee's or a bureau's office is one name
        (
            "纳入绩效考核。市政府办公室市绩效考核委员会办公室2024年1月底前",
            [["市政府办公室", "市绩效考核委员会办公室"]],
        ),
        ("做好机关信息公开。市财政局办公室长期坚持", [["市财政局办公室"]]),
    ],
)
def test_an_office_named_by_its_word_alone(text: str, cells: list[list[str]]) -> None:
    assert _runs(text) == cells


def test_a_collective_of_places_goes_on_with_a_level_after_its_bracket() -> None:
    # 各县（市）区人民政府: the counties (cities) and districts, one name
    assert _runs("公开信息。市发展改革委各县（市）区人民政府、市直各有关部门每季度") == [
        ["市发展改革委", "各县（市）区人民政府、市直各有关部门"]
    ]


@pytest.mark.parametrize(
    "text",
    ["市直各部门,各县(区)政府(管委会)切实公开", "市直各部门，各县（区）政府（管委会）切实公开"],
)
def test_a_name_ends_with_its_own_word_after_a_bracketed_place(text: str) -> None:
    # 各县(区)|政府(管委会): the governments (management committees) of the counties
    (run,) = find_unit_runs(text)
    assert run.text().endswith("（管委会）") or run.text().endswith("(管委会)")
    assert run.text().startswith("市直各部门")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # an office word alone in a list is the issuer's own office of that kind
        (
            "登记注册科；局机关科室、中心、执法支队",
            ["登记注册科", "局机关科室", "中心", "执法支队"],
        ),
        ("办公室、法规科、大队", ["办公室", "法规科", "大队"]),
    ],
)
def test_an_office_word_alone_in_a_list_is_a_unit(text: str, units: list[str]) -> None:
    runs = find_unit_runs(text)
    assert [[text[a:b] for a, b in run.units] for run in runs] == [units]


def test_an_office_word_alone_opens_no_list() -> None:
    assert find_unit_runs("公开中心、支队的信息") == []


def test_a_person_in_charge_is_no_role_after_the_names() -> None:
    text = "建立健全新闻发言人制度,各科室(中心)负责人及其分管领导要切实做好舆情监测。"
    runs = find_unit_runs(text)
    assert [text[r.start : r.end] for r in runs] == ["各科室(中心)"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("广州海关、黄埔海关负责", ["广州海关", "黄埔海关"]),
        ("对外公开决算信息。各直属海关2021年11月", ["各直属海关"]),
    ],
)
def test_customs_districts_are_units(text: str, units: list[str]) -> None:
    runs = find_unit_runs(text)
    assert [text[a:b] for run in runs for a, b in run.units] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a place whose name ends like a unit's (邢台, 丰台) goes on with its level
        ("邢台市生态环境局南和区分局负责", ["邢台市生态环境局南和区分局"]),
        ("烟台市财政局、丰台区民政局", ["烟台市财政局", "丰台区民政局"]),
        # a station's name is whole before the next unit
        ("市广播电视台市文化局", ["市广播电视台", "市文化局"]),
    ],
)
def test_place_names_that_end_like_units(text: str, units: list[str]) -> None:
    runs = find_unit_runs(text)
    assert [text[a:b] for run in runs for a, b in run.units] == units


def test_a_committees_departments_after_a_whole_office_are_a_unit_of_their_own() -> None:
    text = "行政审批局管委会各部门"
    runs = find_unit_runs(text)
    assert [text[a:b] for run in runs for a, b in run.units] == ["行政审批局", "管委会各部门"]


def test_a_name_with_its_bracket_is_the_subject_before_a_modal() -> None:
    from zwgk.lang.units import subject_units

    text = "市民政局、各镇人民政府（街道办事处）要按季度公开城乡低保资金发放情况。"
    assert subject_units(text) == "市民政局、各镇人民政府（街道办事处）"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the units before the sentence's own verb, not its object (本部门)
        ("县直各部门负责本部门政策文件的解读工作，同步发布。", "县直各部门"),
        ("县人社局及县市场监管局负责公开抽检信息。", "县人社局及县市场监管局"),
        # role clauses stay; the 由 that opens them does not
        ("由县委网信办牵头，县直各部门配合，健全机制。", "县委网信办牵头，县直各部门配合"),
        ("县财政局牵头，县直各单位协助，在批复后公开预决算。", "县财政局牵头，县直各单位协助"),
        # a unit in a role after the first (会同) stays
        ("市政府办会同市委网信办开展政府网站检查。", "市政府办会同市委网信办"),
        # what the units act by goes with the sentence's verb
        ("县直各部门按照职责分工负责本部门政策文件的解读。", "县直各部门"),
        ("县财政局根据工作职能负责本部门预决算公开。", "县财政局"),
    ],
)
def test_a_subject_is_its_units_as_written(text: str, subject: str) -> None:
    from zwgk.lang.units import subject_units

    assert subject_units(text) == subject


@pytest.mark.parametrize(
    "text",
    [
        "各级政府及其部门要在本级政府门户网站开设规划专栏。",
        "基层政府要对照标准目录梳理公开事项。",
        "县级政府要统一规范设置政府信息公开专栏。",
        "各地区各部门要加强政策解读。",
    ],
)
def test_an_addressee_naming_no_particular_office_is_no_subject(text: str) -> None:
    from zwgk.lang.units import subject_units

    assert subject_units(text) is None


def test_the_offices_of_a_place_are_a_subject() -> None:
    from zwgk.lang.units import subject_units

    assert subject_units("各乡镇要按季度公开低保信息。") == "各乡镇"
    assert subject_units("市级各部门要公开部门预算。") == "市级各部门"


def test_a_kind_alone_after_a_collective_shares_its_each() -> None:
    # 各乡镇、街道: each town and each street office; no collective, no unit
    text = "各乡镇、街道负责公开辖区内低保信息。"
    (run,) = find_unit_runs(text)
    assert [text[a:b] for a, b in run.units] == ["各乡镇", "街道"]
    other = "市财政局、部门预算"
    assert [other[a:b] for run in find_unit_runs(other) for a, b in run.units] == ["市财政局"]


def test_a_collective_of_any_kind_is_an_item_of_a_list() -> None:
    # 各业务警种: each of a kind of body the grammar has no suffix for
    text = "法制部门；各业务警种"
    (run,) = find_unit_runs(text)
    assert [text[a:b] for a, b in run.units] == ["法制部门", "各业务警种"]


def test_a_bracketed_other_name_after_a_space_belongs_to_the_name() -> None:
    text = "信息公开省编办 (省审改办)；省直各部门,各设区市"
    (run,) = find_unit_runs(text)
    assert run.text() == "省编办 (省审改办)；省直各部门,各设区市"


def test_a_text_cut_inside_a_role_word_ends_the_run_with_it() -> None:
    # a page opening cut inside 落实: the cell as far as the page kept it
    text = "积极推进公开。 办公室、基金监管科、医保中心按职责分工落"
    (run,) = find_unit_runs(text)
    assert run.text() == "办公室、基金监管科、医保中心按职责分工落"


@pytest.mark.parametrize(
    "name", ["研究生院", "研究室", "组织部", "组织人事处", "自然资源局", "运行调度中心"]
)
def test_a_name_that_begins_like_a_verb_is_a_name(name: str) -> None:
    assert _runs(f"公开招生简章。{name}") == [[name]]


def test_a_national_administrations_office_in_a_place_is_one_name() -> None:
    # 国家税务总局 + its office in a place named by the same field (税务局)
    text = "公开减税降费政策。市财政局国家税务总局某市税务局长期坚持"
    assert _runs(text) == [["市财政局", "国家税务总局某市税务局"]]
    assert _runs("公开政策。国家税务总局、市财政局") == [["国家税务总局、市财政局"]]


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # offices named …部 run together: two names
        ("公开价格。财务部药学部、医学装备部价格调整后5日内", [["财务部", "药学部、医学装备部"]]),
        # a word that ends like an office and names none
        ("加强对领导干部的培训。", []),
        # a name with two field words (服务 … 服务中心) run into the next cell
        (
            "整合栏目。县政务服务和公共资源交易服务中心县级各部门2022年底前",
            [["县政务服务和公共资源交易服务中心", "县级各部门"]],
        ),
        # a body's own members stay with it
        (
            "公开。县卫生健康委县疫情防控应急指挥部各成员单位",
            [["县卫生健康委", "县疫情防控应急指挥部各成员单位"]],
        ),
    ],
)
def test_where_names_run_together_part(text: str, cells: list[list[str]]) -> None:
    assert _runs(text) == cells


def test_a_role_word_after_a_modifier_closes_the_run_of_names() -> None:
    body = "以高质量政策公开助推高质量发展。办公室牵头,各科室、局属各单位具体落实全年"
    (run,) = find_unit_runs(body, 1)
    assert body[run.start : run.end] == "办公室牵头,各科室、局属各单位具体落实"


def _crawled_line() -> str:
    """A real plan crawled onto one line: its notice and table, cells run together."""
    path = Path(__file__).resolve().parents[1] / "data" / "real" / "fujian-2016-task-table.txt"
    return max(path.read_text(encoding="utf-8").splitlines(), key=len)


def test_runs_until_a_place_are_the_first_runs() -> None:
    """Runs not looked for after ``until`` are the runs found from the start, those
    starting after it left out."""
    text = _crawled_line()
    runs = find_unit_runs(text, 1)
    assert len(runs) > 20
    for until in sorted({r.start for r in runs} | {r.start - 1 for r in runs}):
        assert find_unit_runs(text, 1, until) == [r for r in runs if r.start <= until]


def test_last_run_start_is_the_last_wanted_start() -> None:
    """Every place a run starts at is one last_run_start asks about."""
    text = _crawled_line()
    starts = [r.start for r in find_unit_runs(text, 1)]
    for wanted in (set(starts[::3]), set(starts[:1]), {starts[-1]}):
        assert last_run_start(text, 1, wanted.__contains__) == max(wanted)
    assert last_run_start(text, 1, lambda k: False) == 0


def test_a_ministrys_departments_are_units() -> None:
    # a ministry names its departments 司 (政策法规司, 信息化司): subject words
    # before an office's end make no thing of them
    assert is_units("政策法规司、信息中心")
    assert is_units("信息化司")


@pytest.mark.parametrize(
    "cell",
    [
        "定期公布社会保险情况省人社厅；各设区市，平潭综合实验区",
        "集中展示行政事业性收费和政府性基金目录清单省财政厅省物价局；各设区市",
    ],
)
def test_a_requirement_run_into_its_unit_cell_is_no_unit_list(cell: str) -> None:
    assert not is_units(cell)
    assert is_units(cell[cell.index("省") :])


def test_a_name_does_not_start_inside_a_quotation_and_run_past_its_close() -> None:
    text = "在中心网站和“滁州公积金”公众号同步发布综合科牵头"
    assert not any("”" in name for run in _runs(text) for name in run)
    assert _runs("省“互联网+政务服务”联席办牵头") == [["省“互联网+政务服务”联席办牵头"]]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("综合科牵头归集科、信贷科配合", ["综合科", "归集科", "信贷科"]),
        ("督查室、公开科负责", ["督查室", "公开科"]),
    ],
)
def test_an_office_named_for_what_it_does_is_a_name(text: str, units: list[str]) -> None:
    found = find_unit_runs(text)
    assert [text[a:b] for run in found for a, b in run.units] == units


@pytest.mark.parametrize("text", ["推进科技信息公开", "及时处理群众诉求", "整合处理各类信息"])
def test_a_verb_before_a_word_of_its_own_starts_no_name(text: str) -> None:
    assert not find_unit_runs(text)


def test_a_station_is_an_office_as_specific_as_a_bureau() -> None:
    # (气象台 stands for a row's unit cell before its deadline; 平台 is no office)
    text = "发布年度气候公报和重大天气过程总结气象台2022年2月底前"
    run = best_run(text, closing=True)
    assert run is not None and text[run.start : run.end] == "气象台"
    assert best_run("建设统一的政务公开平台2022年底前", closing=True) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a hospital's departments end names as offices do, before a deadline cell
        ("公开医疗质量控制指标和患者满意度调查结果医务部每季度", "医务部"),
        # a name holds no verb of updating: the units after a requirement that does
        ("价格调整后5个工作日内更新物价办牵头财务部配合", "物价办牵头财务部配合"),
        # a rate ends the requirement: the name after it is whole (12345热线办)
        ("每月公开热线受理量、办结率和满意率12345热线办", "12345热线办"),
        # the names before a lead's role word go with the run after it
        ("公布跨省通办事项清单和线上办理入口信息科主责各县管理部配合", "信息科主责各县管理部配合"),
        ("落实信息审核宣传信息科主责各科室配合", "宣传信息科主责各科室配合"),
        # no name starts at a level that closes an area's word (开发区, 专区)
        ("公开口岸开放信息洋口港经济开发区管委会交通运输局", "洋口港经济开发区管委会交通运输局"),
        ("两级政务服务中心设立政务公开专区行政审批局各镇（区）", "行政审批局各镇（区）"),
    ],
)
def test_a_departments_name_closes_a_row_run_together(text: str, name: str) -> None:
    run = best_run(text, closing=True)
    assert run is not None and text[run.start : run.end] == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an office word that opens the word after the name ends no name
        ("公示行政处罚决定。执法监察大队处罚决定作出后7个工作日内", ["执法监察大队"]),
        ("公开投诉办理结果。信访股处理完毕后5个工作日内", ["信访股"]),
        # a role word before such a word goes on the run of names
        ("公示处罚结果。稽查局办理法制股审核处罚决定作出后7个工作日内", ["稽查局办理法制股审核"]),
        # an office whose name ends so is still one
        ("公开规划。政策法规处2020年6月底前", ["政策法规处"]),
    ],
)
def test_no_name_ends_inside_a_word_its_office_word_opens(text: str, names: list[str]) -> None:
    assert [text[r.start : r.end] for r in find_unit_runs(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a suffix read over another's start (镇街 of 乡镇街道) ends no name the other does
        ("乡镇街道负责落实", ["乡镇街道负责落实"]),
        ("税务局、政府有关部门乡镇街道负责落实", ["税务局、政府有关部门乡镇街道负责落实"]),
        ("市政府办公室负责各乡镇街道落实", ["市政府办公室负责各乡镇街道落实"]),
    ],
)
def test_townships_and_streets_are_one_collective(text: str, names: list[str]) -> None:
    assert [text[r.start : r.end] for r in find_unit_runs(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "围绕疫情防控、复工复产召开新闻发布会市委宣传部牵头市直有关部门配合",
            "市委宣传部牵头市直有关部门配合",
        ),
        ("每季度召开企业座谈会区司法局配合", "区司法局配合"),
        ("组织价格听证会市发展改革委负责", "市发展改革委负责"),
    ],
)
def test_a_meeting_is_no_body_and_no_name_holds_it(text: str, name: str) -> None:
    run = best_run(text, closing=True)
    assert run is not None and text[run.start : run.end] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the words closing a list (等部门) and the duty after them are the cell's
        (
            "营造诚信守法的市场环境。市发改委、市自然资源局等部门按职责分别负责落实长期坚持",
            "市发改委、市自然资源局等部门按职责分别负责落实",
        ),
        # the principle a duty follows (谁起草谁解读, 按照谁主管谁负责) too
        (
            "做好解读。各县〔市、区〕人民政府，市政府各部门按职责谁起草谁解读长期坚持",
            "各县〔市、区〕人民政府，市政府各部门按职责谁起草谁解读",
        ),
        ("做好解读。市政府各部门按照谁主管谁负责长期坚持", "市政府各部门按照谁主管谁负责"),
    ],
)
def test_a_unit_cell_closes_with_the_words_of_its_duty(text: str, name: str) -> None:
    run = best_run(text, closing=True)
    assert run is not None and text[run.start : run.end] == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a section of a bureau, a committee or an office named short is one name with it
        ("口岸办业务科", ["口岸办业务科"]),
        ("市财政局预算科", ["市财政局预算科"]),
        ("口岸办综合科各联检单位", ["口岸办综合科", "各联检单位"]),
        ("口岸办综合科口岸办业务科", ["口岸办综合科", "口岸办业务科"]),
        # a centre's, an office's or a section's neighbour is another office
        ("12315投诉举报中心消费者权益保护科", ["12315投诉举报中心", "消费者权益保护科"]),
        ("办公室规划发展与信息化科", ["办公室", "规划发展与信息化科"]),
        ("财政所党政办公室", ["财政所", "党政办公室"]),
        # a collective of the body's own parts, then one office: two names
        ("各相关科室信息技术科", ["各相关科室", "信息技术科"]),
        ("相关科室综合科", ["相关科室", "综合科"]),
        ("有关单位市财政局", ["有关单位", "市财政局"]),
        ("各部门办公室", ["各部门办公室"]),
    ],
)
def test_a_section_after_its_body_is_one_name(text: str, names: list[str]) -> None:
    cells = [text[a:b] for r in find_unit_runs(text) for a, b in r.cells]
    assert [c for c in cells if c] == names


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # names with no level right after a requirement's object or its verb
        ("缴存基数公告发布年度缴存基数和缴存比例调整公告归集科2023年6月底前", "归集科"),
        (
            "依申请公开规范登记、办理、答复和归档全流程政策法规科负责相关科室参与长期坚持",
            "政策法规科负责相关科室参与",
        ),
        (
            "办事指南公开业务办理条件和材料，实行一次性告知归集科、信贷科负责持续推进",
            "归集科、信贷科负责",
        ),
    ],
)
def test_names_after_a_requirements_object_or_closing_verb(body: str, names: str) -> None:
    run = best_run(body, closing=True)
    assert run is not None and body[run.start : run.end] == names


def test_a_name_that_opens_like_a_preposition() -> None:
    # 对口支援处: 对 starts no requirement in a name of paired assistance
    body = "加大消费帮扶信息公开力度。对口支援处"
    run = best_run(body, closing=True)
    assert run is not None and body[run.start : run.end] == "对口支援处"
    assert not find_unit_runs("围绕推动对口合作工作，及时公开互访情况")


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("区司法局办公室", ("区司法局", "办公室")),
        ("区政府办公室办公室", ("区政府办公室", "办公室")),
        ("区市场监管局基金监管科", ("区市场监管局", "基金监管科")),
        ("县公安局交警大队", ("县公安局", "交警大队")),
        ("市政府办公室", None),
        ("区委办公室", None),
        ("区卫生健康委员会", None),
        ("市人大常委会办公室", None),
        ("市工商局顺义分局", None),
        ("财务科", None),
    ],
)
def test_a_body_and_its_division_run_together(name: str, parts: tuple[str, str] | None) -> None:
    assert office_and_division(name) == parts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a level with the levels it stands for in brackets is read as the name without them
        ("县(市、区)教育局;各高校", ["县(市、区)教育局", "各高校"]),
        ("各设区市、县(市、区)政府", ["各设区市", "县(市、区)政府"]),
        ("县(市)政府办公室牵头", ["县(市)政府办公室"]),
        ("市政府办公室、县（区）政府办公室", ["市政府办公室", "县（区）政府办公室"]),
        ("县（市、区）、市直各部门", ["县（市、区）", "市直各部门"]),
        ("各县（市、区）人民政府负责", ["各县（市、区）人民政府"]),
    ],
)
def test_a_level_with_its_levels_in_brackets_opens_a_name(text: str, names: list[str]) -> None:
    units = [text[a:b] for r in find_unit_runs(text) for a, b in r.units]
    assert units == names


@pytest.mark.parametrize("text", ["同部署", "安排部署", "选派干部", "签署"])
def test_a_word_that_ends_like_an_office_is_no_name(text: str) -> None:
    # 部署 and 签署 end as 审计署 does, 干部 as 组织部: verbs and people, no units
    assert unit_end(text, 0) is None
    assert not is_units(text)


def test_offices_ending_so_are_still_names() -> None:
    assert unit_end("审计署", 0) == 3 and unit_end("市委组织部", 0) == 5


def test_the_whole_of_society_is_in_no_name() -> None:
    # a 公开范围 cell (全社会) run into the unit cell after it
    assert unit_end("全社会办公室", 0) is None
    assert unit_end("社会事务办公室", 0) == 7


def test_a_masked_persons_name_ends_the_units_name_before_it() -> None:
    # a 联系人 cell run into the unit cell (办公室郭**0350-…)
    assert unit_end("办公室郭**0350-3036721", 0) == 3
    assert unit_end("来访接待科王*13800000000", 0) == 5


def test_a_kinds_word_alone_before_a_word_no_name_holds_is_no_name() -> None:
    # 政府|网站: a channel, not the name 政府
    assert unit_end("政府网站", 0) is None
    assert unit_end("县政府网站", 0) == 3


def test_the_plans_own_bodys_office_after_a_section_is_a_name_of_its_own() -> None:
    # 局办公室, 局纪检组: the bureau's own office, a second unit cell run in
    units = [(r.source[a:b]) for r in find_unit_runs("建设管理股局办公室") for a, b in r.units]
    assert units == ["建设管理股", "局办公室"]
    units = [(r.source[a:b]) for r in find_unit_runs("水资源股局纪检组") for a, b in r.units]
    assert units == ["水资源股", "局纪检组"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # an office named for a verb right before its office word
        ("。项目推进股牵头，各乡镇配合", "项目推进股"),
        ("。政策落实科负责", "政策落实科"),
        # ... and for a programme whose name opens like a requirement
        ("。重点项目办公室牵头", "重点项目办公室"),
        ("。以工代赈股2023年11月底前", "以工代赈股"),
    ],
)
def test_offices_named_for_what_they_do_are_units(text: str, unit: str) -> None:
    assert [text[r.start : r.start + len(unit)] for r in find_unit_runs(text)][:1] == [unit]


@pytest.mark.parametrize("text", ["。推进政务公开工作", "重点做好预算公开", "以公开为常态"])
def test_the_same_verbs_still_open_requirements(text: str) -> None:
    assert find_unit_runs(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a department named for the cases it manages
        ("。案件管理部牵头", "案件管理部牵头"),
        # a run starts after a bracket closing a limit, and after a count's 内
        ("公开法律文书（长期坚持）案件管理部", "案件管理部"),
        ("发布案件信息（办结后7个工作日内）案件管理部", "案件管理部"),
    ],
)
def test_names_after_a_limit_in_brackets(text: str, unit: str) -> None:
    runs = [text[r.start : r.end] for r in find_unit_runs(text)]
    assert runs == [unit]


@pytest.mark.parametrize("text", ["办理案件情况", "公开案件信息及时更新"])
def test_cases_in_a_requirement_are_no_name(text: str) -> None:
    assert find_unit_runs(text) == []


def test_a_courts_divisions_are_units() -> None:
    text = "。立案庭牵头，各审判庭配合"
    assert [text[r.start : r.end] for r in find_unit_runs(text)] == ["立案庭牵头，各审判庭配合"]


@pytest.mark.parametrize("text", ["推进家庭医生签约服务", "依法公开开庭公告"])
def test_words_ending_like_a_division_are_no_name(text: str) -> None:
    assert find_unit_runs(text) == []


def test_a_division_then_another_office_are_two_names() -> None:
    text = "。立案庭审判管理办公室及时公开"
    runs = find_unit_runs(text)
    assert [[text[a:b] for a, b in r.units] for r in runs] == [["立案庭", "审判管理办公室"]]


def test_a_service_window_is_a_unit() -> None:
    text = "。投资股负责，行政审批窗口参与办结后7个工作日内"
    runs = find_unit_runs(text)
    assert [[text[a:b] for a, b in r.units] for r in runs] == [["投资股", "行政审批窗口"]]


@pytest.mark.parametrize(
    ("row", "units"),
    [
        ("公开补贴政策。维权部牵头，各街道残联配合长期坚持", "维权部牵头，各街道残联配合"),
        ("公开联系方式。区妇联、区工商联2024年3月底前", "区妇联、区工商联"),
        ("公开活动安排。市侨联负责，市科协配合每季度", "市侨联负责，市科协配合"),
        # a service hall's window, though its name holds 服务
        (
            "公开办事指南。资源管理股负责，政务服务大厅林草窗口配合长期坚持",
            "资源管理股负责，政务服务大厅林草窗口配合",
        ),
    ],
)
def test_a_peoples_organisation_by_its_short_name_is_a_unit(row: str, units: str) -> None:
    run = best_run(row, frozenset(), closing=True)
    assert run is not None
    assert run.text() == units


@pytest.mark.parametrize(
    ("row", "units"),
    [
        ("加强专区建设，实现乡镇便民服务中心全覆盖区行政审批局2023年10月底前", "区行政审批局"),
    ],
)
def test_the_words_of_a_target_are_in_no_name(row: str, units: str) -> None:
    run = best_run(row, frozenset(), closing=True)
    assert run is not None
    assert run.text() == units
    assert unit_end("覆盖全部公共体育场馆体育场馆管理中心", 0) is None


@pytest.mark.parametrize("name", ["系统运行部", "网站管理科", "平台运维中心", "信息系统维护股"])
def test_an_office_named_for_the_platform_it_runs_is_a_unit(name: str) -> None:
    assert unit_end(name, 0) == len(name)


@pytest.mark.parametrize("text", ["通过政府网站", "系统内部", "信息系统部署"])
def test_a_platform_itself_is_no_unit(text: str) -> None:
    assert unit_end(text, 0) is None


def test_a_catalogue_code_glued_before_a_name_is_no_part_of_it() -> None:
    text = "公开住房公积金缴存政策。360400007001归集管理科调整后5个工作日内"
    assert [r.text() for r in find_unit_runs(text)] == ["归集管理科"]
    # (a hotline's number is part of its name)
    assert [r.text() for r in find_unit_runs("12345热线办、区政务服务中心")] == [
        "12345热线办、区政务服务中心"
    ]


def test_a_table_with_a_code_cell_between_the_task_and_the_unit() -> None:
    text = "\n".join(
        [
            "某市住房公积金中心2024年政务公开工作任务清单",
            "序号公开事项事项编码责任科室完成时限",
            "1公开缴存基数调整政策。360400007001归集管理科调整后5个工作日内",
            "2公开个人住房贷款办理流程。360400007002信贷管理科长期坚持",
            "3公开提取条件和所需材料。360400007003归集管理科负责，各管理部配合长期坚持",
        ]
    )
    plan = zwgk.read_text(text)
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "归集管理科",
        "信贷管理科",
        "归集管理科负责，各管理部配合",
    ]
    assert [t.note for t in plan.tasks] == ["360400007001", "360400007002", "360400007003"]


@pytest.mark.parametrize("kind", ["主动公开", "依申请公开", "部分公开"])
def test_a_way_of_disclosure_glued_before_a_name_is_no_part_of_it(kind: str) -> None:
    text = f"提供河道采砂许可审批材料。{kind}河道管理股负责，水政监察大队配合收到申请后15个工作日内"
    assert [r.text() for r in find_unit_runs(text)] == ["河道管理股负责，水政监察大队配合"]


@pytest.mark.parametrize(
    "basis",
    ["按照工作职能", "按本单位职责", "根据各自职责分工", "依据职责", "按照职能职责", "按分工"],
)
def test_what_units_act_by_joins_their_run_with_the_role_word(basis: str) -> None:
    text = f"各开发区，新区各委办局{basis}落实以权责清单为依托，加强公开。"
    runs = find_unit_runs(text)
    assert text[runs[0].start : runs[0].end] == f"各开发区，新区各委办局{basis}落实"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("各乡镇各有关部门", ["各乡镇", "各有关部门"]),
        ("各街道各社区", ["各街道", "各社区"]),
        ("各县区各部门", ["各县区", "各部门"]),
        ("各乡镇人民政府", ["各乡镇人民政府"]),
        ("各乡镇公路管理站", ["各乡镇公路管理站"]),
    ],
)
def test_a_collective_of_places_run_into_another_collective_is_two_names(
    text: str, names: list[str]
) -> None:
    assert [a.unit for a in zwgk.lang.parse_responsibility(text).assignments] == names


@pytest.mark.parametrize(
    ("text", "run"),
    [
        # a level's units named by the level alone before a name whose kind they share
        (
            "县行政审批局；县政府各部门,县直、驻县有关单位",
            "县行政审批局；县政府各部门,县直、驻县有关单位",
        ),
        # 以及 before a list's last names, after a comma
        (
            "区发展改革局,以及各有关单位、各镇(街)负责。",
            "区发展改革局,以及各有关单位、各镇(街)负责",
        ),
        # a bracket's level, then a verb that opens with an office's word (办理)
        ("各有关单位、各镇(街)办理。", "各有关单位、各镇(街)办理"),
    ],
)
def test_a_run_of_names_over_a_shared_kind_a_joining_word_or_a_bracket(text: str, run: str) -> None:
    found = find_unit_runs(text)
    assert [text[r.start : r.end] for r in found][:1] == [run]


def test_a_run_together_row_closed_by_names_sharing_a_kind_gives_them_all() -> None:
    body = (
        "推进权责清单公开。动态调整并公开权责清单。县行政审批局；各乡镇人民政府,县直、驻县有关单位"
    )
    run = best_run(body)
    assert (
        run is not None
        and body[run.start : run.end] == "县行政审批局；各乡镇人民政府,县直、驻县有关单位"
    )


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("各科室、单位深化重点领域信息公开。", "各科室、单位"),
        ("各乡镇、街道做好公开工作。", "各乡镇、街道"),
        ("各科室、单位负责", "各科室、单位负责"),
    ],
)
def test_a_kind_alone_after_a_collective_before_the_texts_verb(text: str, run: str) -> None:
    found = find_unit_runs(text)
    assert [text[r.start : r.end] for r in found][:1] == [run]
