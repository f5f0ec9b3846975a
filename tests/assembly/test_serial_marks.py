"""Run-together tables whose 序号 cell carries more than the number: a mark
for a key task (``2★``), a catalogue code after it (a 目录编码 column,
``3C0301``), the first of the measures a task cell numbers (``31.…；2.…``),
a year cell after it (a 年度 column, ``12024公开…``), and a note on the table
after the last row (``注：…``)."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import read_rows
from zwgk.build.pieces import R_TABLE_NOTE
from zwgk.lang.numerals import find_labels

MARKED = """\
某县统计局2024年政务公开任务清单
根据《某县2024年政务公开工作要点》，制定本清单（标注☆的为重点任务）。
序号工作任务责任股室完成时限
1公开统计调查项目目录。综合股2024年3月底前
2☆公开主要统计指标数据和数据解读。核算股牵头，专业股室配合每季度
3公开统计执法检查结果。法规股检查结束后20个工作日内
4☆公开统计公报和统计年鉴。综合股2024年6月底前
注：标注☆的任务纳入全县政务公开考核。
某县统计局
2024年3月5日
"""


def test_a_key_tasks_mark_after_the_serial_is_no_part_of_the_row() -> None:
    plan = zwgk.read(MARKED.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert read_rows(plan) == [
        ("公开统计调查项目目录。", "综合股", "2024年3月底前"),
        ("公开主要统计指标数据和数据解读。", "核算股牵头，专业股室配合", "每季度"),
        ("公开统计执法检查结果。", "法规股", "检查结束后20个工作日内"),
        ("公开统计公报和统计年鉴。", "综合股", "2024年6月底前"),
    ]


def test_a_note_on_the_table_after_its_rows_is_kept_apart() -> None:
    plan = zwgk.read(MARKED.encode(), format="text")
    notes = [r.text for r in plan.residue if r.reason == R_TABLE_NOTE]
    assert notes == ["注：标注☆的任务纳入全县政务公开考核。"]
    assert plan.issuer == "某县统计局"


CODED = """\
某区自然资源局2024年政务公开事项清单
按照《某区2024年政务公开工作要点》要求，列明各事项的目录编码。
序号目录编码公开事项责任科室公开时限
1C0301国土空间规划批前公示。规划科2024年5月底前
2C0412建设用地审批结果。用地科牵头，执法大队配合批复后20个工作日内
3D0105不动产登记办事指南。不动产登记中心长期坚持
某区自然资源局
2024年2月1日
"""


def test_a_catalogue_code_after_the_serial_is_no_part_of_the_text() -> None:
    plan = zwgk.read(CODED.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert read_rows(plan) == [
        ("国土空间规划批前公示。", "规划科", "2024年5月底前"),
        ("建设用地审批结果。", "用地科牵头，执法大队配合", "批复后20个工作日内"),
        ("不动产登记办事指南。", "不动产登记中心", "长期坚持"),
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [("2★公开…", "2★"), ("12☆公开…", "12☆"), ("3B0102公开…", "3"), ("10C0105公开…", "10")],
)
def test_a_serial_run_into_a_mark_or_a_code(text: str, label: str) -> None:
    hit = find_labels(text)[0]
    assert text[hit.start : hit.end] == label


def test_a_figure_and_a_letter_are_no_code() -> None:
    # a 5G network is no catalogue code after a serial 5
    assert find_labels("5G网络建设") == []


MEASURES = """\
某县卫生健康局2024年政务公开任务分解表
根据《某县2024年政务公开工作要点》要求，制定本分解表。
序号工作任务责任股室完成时限
11.公开医疗机构名录；2.公开家庭医生签约服务内容。医政股2024年3月底前
2公开传染病疫情信息。疾控股每月
31.公开基本公共卫生服务项目；2.公开项目资金使用情况。基层卫生股牵头，财务股配合2024年6月底前
4公开职业健康检查机构名单。职业健康股长期坚持
某县卫生健康局
2024年2月20日
"""


def test_a_serial_run_into_its_cells_first_measure_numbers_the_row() -> None:
    plan = zwgk.read(MEASURES.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert read_rows(plan) == [
        ("1.公开医疗机构名录；2.公开家庭医生签约服务内容。", "医政股", "2024年3月底前"),
        ("公开传染病疫情信息。", "疾控股", "每月"),
        (
            "1.公开基本公共卫生服务项目；2.公开项目资金使用情况。",
            "基层卫生股牵头，财务股配合",
            "2024年6月底前",
        ),
        ("公开职业健康检查机构名单。", "职业健康股", "长期坚持"),
    ]


def test_a_list_numbered_with_dots_keeps_its_eleventh_item() -> None:
    text = "".join(f"{n}.公开第{n}项内容。\n" for n in range(1, 13))
    hits = [h for h in find_labels(text) if h.start == text.index("11.")]
    assert [(h.number, h.style) for h in hits] == [(11, "num_dot")]


YEARS = """\
某区市场监督管理局2024—2025年政务公开重点任务清单
根据《某区2024年政务公开工作要点》，制定本局两年重点任务清单。
序号年度工作任务责任科室完成时限
12024公开食品抽检结果。食品科每季度
22024公开行政处罚决定。法规科作出决定后7个工作日内
32025公开“双随机、一公开”抽查结果。执法大队牵头，信用科配合2025年6月底前
42025公开本局2024年度政府信息公开工作年度报告。办公室2025年1月31日前
某区市场监督管理局
2024年3月1日
"""


def test_a_year_cell_after_the_serial_is_no_part_of_the_text() -> None:
    plan = zwgk.read(YEARS.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert read_rows(plan) == [
        ("公开食品抽检结果。", "食品科", "每季度"),
        ("公开行政处罚决定。", "法规科", "作出决定后7个工作日内"),
        ("公开“双随机、一公开”抽查结果。", "执法大队牵头，信用科配合", "2025年6月底前"),
        ("公开本局2024年度政府信息公开工作年度报告。", "办公室", "2025年1月31日前"),
    ]
    assert [t.note for t in plan.tasks] == ["2024", "2024", "2025", "2025"]


@pytest.mark.parametrize(
    ("text", "label"),
    [("12024公开…", "1"), ("102025公开…", "10"), ("32024年底前公开…", "3")],
)
def test_a_serial_run_into_a_year(text: str, label: str) -> None:
    hit = find_labels(text)[0]
    assert text[hit.start : hit.end] == label


@pytest.mark.parametrize("text", ["公示期不少于5个工作日", "每月至少3次", "办结率达到95个百分点"])
def test_a_number_after_a_bound_is_a_quantity(text: str) -> None:
    assert [h for h in find_labels(text) if h.style == "serial"] == []
