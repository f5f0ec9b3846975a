"""The unit grammar on text where cells ran together (zwgk.lang.units)."""

from __future__ import annotations

import pytest

from zwgk.assembly.fields import is_units
from zwgk.lang import find_unit_runs


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


@pytest.mark.parametrize("text", ["推进重点项目建设", "公开项目审批结果"])
def test_projects_named_in_a_requirement_are_no_unit(text: str) -> None:
    assert not is_units(text)
