"""Paragraphs a copy broke at a fixed width (a PDF's text layer, a page
printed to text): each numbered item read whole, not its first line as a
heading and its other lines as paragraphs of their own."""

from __future__ import annotations

import unicodedata

import zwgk
from tests.assembly.rows import read_rows
from zwgk_plugins._text_layouts.common import Line
from zwgk_plugins._text_layouts.hardwrap import Wraps, hard_wraps_joined, wrap_width

ITEMS = [
    "持续完善国际科技创新中心建设、“两区”建设、国际消费中心城市建设信息公开，及时公开"
    "工作方案、政策法规，做好标志性项目落地、重要政策突破等关键节点的集中宣传推介。"
    "（责任单位：区商务局、区科信局负责落实；完成时限：2022年10月）",
    "疏解整治促提升等方面做好信息公开工作，重点做好疏整促专项行动进展工作的公开，"
    "公开路径：政府网站>政府信息公开>法定主动公开内容>规划信息>专项规划。"
    "（责任单位：区发展改革委负责落实；完成时限：2022年10月）",
    "持续做好优化营商环境政策集成内容保障，推进“证照分离”“照后减证”改革举措信息公开，"
    "重点发布中小微企业金融信贷、政务服务“一网通办”等工作进展情况。"
    "（责任单位：区政务服务管理局负责落实；完成时限：2022年12月底前）",
]
LINES = [
    "某区2022年政务公开工作要点任务分工",
    "一、深化重点领域信息公开，全面优化营商环境",
    *(f"{k}.{item}" for k, item in enumerate(ITEMS, start=1)),
    "某区人民政府办公室",
    "2022年3月1日",
]


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _broken(line: str, width: int) -> list[str]:
    out, now = [], ""
    for ch in line:
        if _columns(now + ch) > width:
            out.append(now)
            now = ""
        now += ch
    return [*out, now]


def _page(width: int) -> str:
    return "\n".join(piece for line in LINES for piece in _broken(line, width))


def test_items_broken_at_the_page_width_read_as_written_whole() -> None:
    whole = zwgk.read_text("\n".join(LINES))
    for width in (50, 56, 64):
        broken = zwgk.read_text(_page(width))
        assert read_rows(broken) == read_rows(whole), width
        assert [t.section for t in broken.tasks] == [t.section for t in whole.tasks]
        assert broken.issuer == "某区人民政府办公室"


def test_a_broken_line_that_looks_like_a_breadcrumb_stays_in_its_item() -> None:
    plan = zwgk.read_text(_page(56))
    assert "政府网站>政府信息公开>法定主动公开内容>规划信息>专项规划" in plan.tasks[1].text


def test_the_joined_line_keeps_the_number_of_its_first() -> None:
    lines = [Line(k, t) for k, t in enumerate(_page(56).split("\n"), start=1)]
    joined = hard_wraps_joined(lines)
    assert joined[2].no == 3 and joined[2].text.startswith("1.持续完善")
    assert joined[3].text.startswith("2.疏解整治")


def test_lines_of_their_own_widths_are_no_wrapped_paragraph() -> None:
    assert wrap_width("\n".join(LINES).split("\n")) is None  # every line whole
    table = [
        "序号\t工作任务\t责任单位",
        *(f"{k}\t{item[:40]}\t办公室" for k, item in enumerate(ITEMS)),
    ]
    assert wrap_width(table * 3) is None  # a table's rows: their widths are their cells'
    short = ["一、公开", "1.公开预算。", "2.公开决算。"] * 4
    assert not Wraps(short)


def test_a_table_set_out_in_columns_by_spaces_is_no_wrapped_paragraph() -> None:
    # (pdftotext -layout: every row as wide as the header, its cells apart by spaces)
    page = "\n".join(
        [
            "某市2022年政务公开工作要点任务分工方案",
            "",
            "序号  工作任务                                责任单位            完成时限",
            "1     依据标准目录,持续提升重点领域的信息公   办公室              持续推进",
            "      开水平",
            "2     将各类惠民惠农财政补贴资金实际发放结果  财政所              年底前",
            "      以村为单位通过村务公开栏公开",
            "3     准确把握不同类型公开要求,综合考虑公开   办公室              年底前",
            "      目的、公开效果等因素",
            "4     积极参与全省优秀政策解读材料评选活动    办公室              年底前",
        ]
    )
    plan = zwgk.read_text(page)
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert plan.tasks[0].text == "依据标准目录,持续提升重点领域的信息公开水平"
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "办公室",
        "财政所",
        "办公室",
        "办公室",
    ]
