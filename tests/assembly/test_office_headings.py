"""A plan set out by the offices that carry it out: every heading of a rank
names units alone (``一、办公室``, ``二、法制科``), and each part's tasks that
name no units of their own are that office's.  Where one heading of the rank
names a topic, the headings give no units."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import units_read

PLAN = """\
某区城市管理局2024年政务公开工作要点
结合我局实际，现将2024年政务公开工作按科室分解如下。
一、办公室
1.公开本局机构职能和联系方式，2024年3月底前完成。
2.编制并公开政府信息公开工作年度报告。
二、法制科
3.公开行政处罚裁量基准和执法流程。
4.公开“双随机、一公开”抽查结果。（法制科牵头，各执法中队配合）
三、各执法中队
5.公开辖区违法建设查处情况。
"""


def test_each_parts_tasks_are_the_office_its_heading_names() -> None:
    plan = zwgk.read_text(PLAN)
    assert [t.section for t in plan.tasks] == [("办公室",)] * 2 + [("法制科",)] * 2 + [
        ("各执法中队",)
    ]
    assert units_read(plan) == [
        ("办公室",),
        ("办公室",),
        ("法制科",),
        ("法制科", "各执法中队"),  # (its own clause)
        ("各执法中队",),
    ]


def test_headings_that_name_a_topic_give_no_units() -> None:
    plan = zwgk.read_text(
        PLAN.replace("二、法制科", "二、新闻发布会").replace("一、办公室", "一、政策解读")
    )
    assert units_read(plan) == [(), (), (), ("法制科", "各执法中队"), ()]


def test_a_closing_requirement_after_the_last_office_part_is_no_part_of_its_task() -> None:
    closing = "各科室、执法中队要明确专人负责本部分事项，按时报送公开信息。"
    plan = zwgk.read_text(PLAN + closing + "\n某区城市管理局\n2024年1月31日\n")
    assert plan.tasks[-1].text == "公开辖区违法建设查处情况。"
    assert any(r.text == closing for r in plan.residue)
