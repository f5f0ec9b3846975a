"""A bracket closing a prose item that says who does it and then when, with
no field names (``（县发改委负责，2023年9月底前完成）``, ``（A牵头，B配合，
每季度更新一次）``, ``（办公室负责，长期坚持）``): the clauses before the time
are the responsibility, the time is the deadline, whatever its kind; on its
lines and crawled onto one line alike."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import assignments_read
from zwgk import Role

ITEMS = [
    "1.公开年度重点项目建设进展。（县发展改革局负责，2024年6月底前完成）",
    "2.公开惠农补贴资金发放情况。（县农业农村局牵头，各乡镇人民政府配合，每季度更新一次）",
    "3.做好政策文件解读。（县政府办公室负责，长期坚持）",
    "4.公开行政处罚结果。（县市场监管局、县生态环境局按职责分工负责，作出决定后7个工作日内）",
]
TITLE = "某县2024年政务公开工作要点"
INTRO = "为做好2024年政务公开工作，制定本要点。"
PART = "一、深化重点领域信息公开"
SIGNED = "某县人民政府办公室\n2024年3月20日"
ON_LINES = "\n".join([TITLE, INTRO, PART, *ITEMS, SIGNED]) + "\n"
ONE_LINE = " ".join([TITLE, INTRO, PART, *ITEMS, SIGNED.replace("\n", " ")])


@pytest.mark.parametrize("text", [ON_LINES, ONE_LINE], ids=["lines", "one-line"])
def test_a_bracket_of_duty_then_time_gives_both(text: str) -> None:
    plan = zwgk.read(text.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开年度重点项目建设进展。",
        "公开惠农补贴资金发放情况。",
        "做好政策文件解读。",
        "公开行政处罚结果。",
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "县发展改革局负责",
        "县农业农村局牵头，各乡镇人民政府配合",
        "县政府办公室负责",
        "县市场监管局、县生态环境局按职责分工负责",
    ]
    assert [t.deadline.kind.value if t.deadline else None for t in plan.tasks] == [
        "date",
        "recurring",
        "ongoing",
        "relative",
    ]
    assert plan.tasks[0].deadline is not None
    assert str(plan.tasks[0].deadline.due) == "2024-06-30"
    assert assignments_read(plan)[1] == [
        ("县农业农村局", Role.LEAD),
        ("各乡镇人民政府", Role.ASSIST),
    ]


def test_a_bracket_of_a_remark_and_a_time_is_no_responsibility() -> None:
    text = f"{TITLE}\n{PART}\n1.公开统计数据。（含数据解读，每季度）\n2.公开年报。（办公室负责）\n"
    plan = zwgk.read(text.encode(), format="text")
    assert plan.tasks[0].responsibility is None
