"""A government page saved with its metadata panel as a table (索引号 | … |,
发布机构 | … | 发布日期 | … |, 标 题 | … |) and the plan after it crawled onto
one line: the panel is the page's, the line is the plan.  Its parts (一、) and
their items (（一）, restarting in every part) stand in one piece of text, so
they are the plan's outline, not the numbered points of one table cell; the
panel's cells give the title, the issuer and the year."""

from __future__ import annotations

import pytest

import zwgk
from zwgk.lang.metadata import extract_metadata

PANEL = """\
索引号 | 113700000/xx/2021-0000012 | 公开目录 | 政务公开 |
发布机构 | 某市统计局 | 发布日期 | 2021-04-12 |
公开方式 | 主动公开 | 文号 | |
标 题 | 某市统计局2021年政务公开重点工作任务 |
"""

LINE = (
    "2021年政务公开工作的总体要求是：坚持以人民为中心，不断提升统计工作透明度。"
    " 一、深化统计数据公开 （一）推进统计数据发布。按月发布全市主要统计数据，"
    "做好数据解读。 （二）推进统计公报公开。及时公开统计公报和统计年鉴。"
    " 二、加强政策解读回应 （一）做好统计政策解读。围绕统计法律法规做好解读。"
    " （二）回应社会关切。及时回应统计数据方面的关切。"
)


@pytest.fixture(scope="module")
def plan() -> zwgk.Plan:
    return zwgk.read((PANEL + LINE + "\n").encode(), format="text")


def test_the_line_after_the_panel_is_the_plan(plan: zwgk.Plan) -> None:
    assert [(t.section, t.number) for t in plan.tasks] == [
        (("深化统计数据公开",), 1),
        (("深化统计数据公开",), 2),
        (("加强政策解读回应",), 1),
        (("加强政策解读回应",), 2),
    ]
    assert plan.tasks[1].text == "推进统计公报公开。及时公开统计公报和统计年鉴。"


def test_the_panel_names_the_plan(plan: zwgk.Plan) -> None:
    assert plan.title == "某市统计局2021年政务公开重点工作任务"
    assert plan.issuer == "某市统计局"
    assert plan.year == 2021


def test_the_panel_is_kept_as_residue(plan: zwgk.Plan) -> None:
    kept = {r.text for r in plan.residue}
    assert {"索引号", "113700000/xx/2021-0000012", "主动公开"} <= kept


def test_a_panel_copied_one_cell_a_line_gives_its_fields() -> None:
    cells = ["发布机构", "某县水利局", "成文日期", "2019年3月5日", "文号", "名 称"]
    meta = extract_metadata([*cells, "某县水利局2019年政务公开工作要点"])
    assert meta.title == "某县水利局2019年政务公开工作要点"
    assert meta.issuer == "某县水利局"
    assert meta.year == 2019


def test_a_label_followed_by_a_label_shows_its_value_empty() -> None:
    meta = extract_metadata(["文号", "标题", "某县水利局2019年政务公开工作要点"])
    assert meta.doc_number is None
    assert meta.title == "某县水利局2019年政务公开工作要点"
