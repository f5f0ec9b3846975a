"""Squeezing whitespace out of a piece before it is compared."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zwgk.lang.pieces import assigns_roles, looks_like_responsibility, squeeze

_SPACES = re.compile(r"\s+")


def test_squeeze_drops_every_character_a_regex_calls_whitespace() -> None:
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        expected = "政务" if _SPACES.fullmatch(ch) else f"政{ch}务"
        assert squeeze(f"政{ch}务") == expected, hex(code)


@given(st.text(st.sampled_from(list("政务公开 \t\n\u3000\xa0\u2028\x1c，1a")), max_size=30))
@settings(max_examples=200, deadline=None, database=None)
def test_squeeze_keeps_the_rest_in_order(text: str) -> None:
    assert squeeze(text) == _SPACES.sub("", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "区司法局牵头区级规范性文件集中公开工作,区各文件制定主体具体落实;各成员单位负责本单位工作",
            True,
        ),
        ("由县财政局负责，各乡镇配合", True),
        ("市行政审批服务局负责，市直各部门配合做好本部门事项梳理", True),
        ("由各决策承办单位负责，市司法局加强指导", True),
        # what the units are to do, named before 由 in each clause
        ("规章由政策法规司牵头、规范性文件由制发司(局)牵头，各有关司(局)配合", True),
        # a requirement that names a unit: a clause without units and their role word
        ("各单位要做好政府信息公开工作，县政府办公室加强指导。", False),
        ("文件修改的，县政府办公室负责及时更新标注，确保与文件库一致。", False),
        # one clause whose role word has an object reads both ways: not decided here
        ("县政府办公室负责在公开页面及时更新标注。", False),
        ("推进预算公开，市财政局牵头", False),
    ],
)
def test_assigns_roles_reads_the_clauses_grammar(text: str, expected: bool) -> None:
    assert assigns_roles(text) is expected


def test_assigns_roles_of_a_cut_cell_leaves_out_the_clause_the_page_cut() -> None:
    text = "区司法局牵头清理结果公开工作,有"
    assert not assigns_roles(text)
    assert assigns_roles(text, cut=True)
    assert not assigns_roles("县政府办公室负责更新标注", cut=True)


@pytest.mark.parametrize(
    "text",
    [
        "法规和基金监管科、医保中心按职责分工落实",
        # a role word inside a unit's name (监管科) is part of the name, also in a
        # cell the page's end cut inside its role words
        "办公室、法规和基金监管科、医保中心按职责分工落",
        "县政府督办室、县财政局负责",
        # the units that assist, with the role word written after them
        "市生态环境局牵头，市水务局参与",
        "区政务服务中心牵头，区大数据局协同",
        # a role word that is one only right after a name (监督, 审核), and a body's leaders
        "办公室办理法规股监督",
        "办公室办理局领导班子监督",
        "经济发展股负责财务股审核",
        "综合监督执法大队",  # (inside a name it is none)
    ],
)
def test_a_unit_cell_reads_as_a_responsibility(text: str) -> None:
    assert looks_like_responsibility(text)


def test_a_long_list_of_units_is_a_responsibility_and_a_long_sentence_is_not() -> None:
    names = "、".join(f"{n}处" for n in ("人事", "发规", "财务", "基教", "高教", "职成", "民教"))
    cell = (
        f"{names}、学生资助管理中心、考试院、教科院、评估中心、就业指导中心"
        "等有关处室(单位);各市、县(市、区)教育局;各高校"
    )
    assert len(cell) > 80
    assert looks_like_responsibility(cell)
    sentence = "各处室要加强政策解读，" * 8 + "及时回应社会关切。"
    assert not looks_like_responsibility(sentence)
    assert not looks_like_responsibility("办公室负责组织开展培训")


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("供热服务信息（4项）", "供热服务信息"),
        ("加强政策解读(共3项)", "加强政策解读"),
        ("安全生产信息（计5条任务）", "安全生产信息"),
        # a bracket that counts nothing stays
        ("做好“五公开”（三）", "做好“五公开”（三）"),
        ("推进基层政务公开（试点）", "推进基层政务公开（试点）"),
    ],
)
def test_a_parts_count_of_items_is_no_part_of_its_title(title: str, bare: str) -> None:
    from zwgk.lang.pieces import without_item_count

    assert without_item_count(title) == bare


@pytest.mark.parametrize(
    ("text", "duty"),
    [
        ("各处室、单位负责解读材料起草;政策研究室、信息中心做好材料公开工作", True),
        ("办公室牵头；财务科、信息中心做好数据更新", True),
        ("做好解读；加强宣传", False),
        ("公开预算；公开决算", False),
        ("政策研究室、信息中心做好材料公开工作", False),  # (no clause names a role)
        ("大气司、水司、土壤司、海洋司；执法局&&", True),
        # a task's text run into its units, then more units: no duty clauses
        ("指导督促相关社会组织全面及时公开扶贫捐赠信息省民政厅；各设区市、平潭综合实验区", False),
        ("贫困地区要建立扶贫公告公示制度省农业厅（省委农办）；省直各相关部门，各设区市", False),
    ],
)
def test_clauses_giving_units_their_duties_read_as_a_responsibility(text: str, duty: bool) -> None:
    assert looks_like_responsibility(text) is duty
