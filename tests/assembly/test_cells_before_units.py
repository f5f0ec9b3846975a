"""A run-together table with a column between the task and the unit cell
that names no unit of the task: a 公开层级 cell (the levels the information
is published at: 县级, 乡镇级、村级, 县、乡镇两级) or a 信息来源 cell (the
body that makes the information: 县财政局, 各县属国有企业, 本局).  Its
cell is kept in the note, no part of the unit's name."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows
from zwgk.lang.responsibility import parse_responsibility
from zwgk.lang.vocab import levels_end

LEVELS = """\
某县林业和草原局2024年政务公开重点任务清单
根据《某县2024年政务公开工作要点》，结合我局实际，制定本清单。
序号工作任务公开层级责任股室完成时限
1公开本局机构职能和内设机构设置。县级综合股2024年3月底前
2公开生态护林员选聘条件和选聘结果。乡镇级、村级生态保护股选聘结束后7日内
3公开林木采伐许可办理结果。县级资源管理股每月
4公开退耕还林补助资金兑付情况。县、乡镇两级计划财务股牵头，各林业站配合每半年
5公开森林草原防火禁火期规定。县级防火办及时更新
某县林业和草原局
2024年3月5日
"""

SOURCES = """\
某县财政局2024年政务公开工作任务清单
根据《某县2024年政务公开工作要点》，结合本局实际，制定本清单。
序号公开内容信息来源责任股室完成时限
1公开本局机构职能和联系方式。本局办公室2024年3月底前
2公开县属国有企业国有资产管理情况。各县属国有企业资产管理股每年
3公开政府采购项目中标结果。县公共资源交易中心政府采购股中标后5个工作日内
4公开县级预算执行审计查出问题整改情况。县审计局监督检查股整改完成后15日内
5公开县本级预算和决算。本局预算股批复后20日内
某县财政局
2024年3月8日
"""


def test_a_level_cell_before_the_units_is_kept_apart_from_them() -> None:
    plan = zwgk.read(LEVELS.encode(), format="text")
    assert [(resp, deadline) for _, resp, deadline in read_rows(plan)] == [
        ("综合股", "2024年3月底前"),
        ("生态保护股", "选聘结束后7日内"),
        ("资源管理股", "每月"),
        ("计划财务股牵头，各林业站配合", "每半年"),
        ("防火办", "及时更新"),
    ]
    assert [t.note for t in plan.tasks] == ["县级", "乡镇级、村级", "县级", "县、乡镇两级", "县级"]


def test_a_source_cell_before_the_units_is_kept_apart_from_them() -> None:
    plan = zwgk.read(SOURCES.encode(), format="text")
    assert [resp for _, resp, _ in read_rows(plan)] == [
        "办公室",
        "资产管理股",
        "政府采购股",
        "监督检查股",
        "预算股",
    ]
    assert [t.note for t in plan.tasks] == [
        "本局",
        "各县属国有企业",
        "县公共资源交易中心",
        "县审计局",
        "本局",
    ]


def test_levels_are_told_from_a_name_that_opens_with_a_level() -> None:
    assert levels_end("县、乡镇两级计划财务股") == len("县、乡镇两级")
    assert levels_end("县级综合股") == len("县级")
    assert levels_end("县财政局") == 0


def test_a_supervising_word_may_open_a_divisions_name() -> None:
    r = parse_responsibility("办公室牵头，监督检查股配合")
    assert [(a.unit, a.role.value) for a in r.assignments] == [
        ("办公室", "lead"),
        ("监督检查股", "assist"),
    ]
    r = parse_responsibility("财政局负责，审计局监督")
    assert [(a.unit, a.role.value) for a in r.assignments] == [
        ("财政局", "owner"),
        ("审计局", "supervise"),
    ]
