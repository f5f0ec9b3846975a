"""A bracket closing a prose item that says who does it and then when, with
no field names (``（县发改委负责，2023年9月底前完成）``, ``（A牵头，B配合，
每季度更新一次）``, ``（办公室负责，长期坚持）``): the clauses before the time
are the responsibility, the time is the deadline, whatever its kind; on its
lines and crawled onto one line alike.  The same with the time first
(``（2024年3月底前，校长办公室负责）``), in a text file and a Word file."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.assembly.rows import assignments_read
from tests.build.tables import paragraphs_docx, plan_text
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


TIME_FIRST = [
    "1.公开学校发展规划和重要规章制度。（2024年3月底前，校长办公室牵头，各处室配合）",
    "2.公开课程设置和课后服务安排。（每学期开学前，教务处负责）",
    "3.公开招生计划和录取结果。（录取结束后5个工作日内，招生办负责，纪检监察室监督）",
    "4.公开校园安全管理制度。（长期坚持，安全保卫处负责）",
]


@pytest.mark.parametrize("make", [plan_text, paragraphs_docx], ids=["text", "docx"])
def test_a_bracket_of_time_then_duty_gives_both(make, tmp_path: Path) -> None:
    text = "\n".join(
        [
            "某县第一中学2024年校务公开工作要点",
            INTRO,
            PART,
            *TIME_FIRST,
            "某县第一中学",
            "2024年2月26日",
        ]
    )
    plan = zwgk.read(make(tmp_path, text))
    assert [t.text for t in plan.tasks] == [
        "公开学校发展规划和重要规章制度。",
        "公开课程设置和课后服务安排。",
        "公开招生计划和录取结果。",
        "公开校园安全管理制度。",
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2024年3月底前",
        "每学期开学前",
        "录取结束后5个工作日内",
        "长期坚持",
    ]
    assert assignments_read(plan) == [
        [("校长办公室", Role.LEAD), ("各处室", Role.ASSIST)],
        [("教务处", Role.OWNER)],
        [("招生办", Role.OWNER), ("纪检监察室", Role.SUPERVISE)],
        [("安全保卫处", Role.OWNER)],
    ]


def test_a_bracket_of_a_time_and_a_remark_is_no_responsibility() -> None:
    text = f"{TITLE}\n{PART}\n1.公开统计数据。（每季度，含数据解读）\n2.公开年报。（办公室负责）\n"
    plan = zwgk.read(text.encode(), format="text")
    assert plan.tasks[0].responsibility is None
