"""A run-together table with a 公开网址 column: the web address is one cell,
ending where the unit's name after it starts (``…/index.html办公室``)."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows
from zwgk.lang.vocab import WEB_ADDRESS

SITE = "http://www.xx.gov.cn/col/col10{}/index.html"
PLAN = f"""\
某区机关事务管理局2024年政务公开工作任务清单
根据《某区2024年政务公开工作要点》，制定本清单，并列明各项信息的公开栏目网址。
序号工作任务公开网址责任科室完成时限
1公开本局机构职能和内设科室职责。{SITE.format(1)}办公室2024年3月底前
2公开公共机构能耗统计结果。{SITE.format(2)}公共机构节能科2024年6月底前
3公开国有资产处置结果。{SITE.format(3)}资产管理科负责，财务科配合处置完成后10个工作日内
4公开本局部门预算、决算。https://www.xx.gov.cn/zfxxgk?id=7&type=2财务科批复后20日内
某区机关事务管理局
2024年3月29日
"""


def test_a_web_address_cell_ends_before_the_unit() -> None:
    plan = zwgk.read(PLAN.encode(), format="text")
    assert read_rows(plan) == [
        ("公开本局机构职能和内设科室职责。", "办公室", "2024年3月底前"),
        ("公开公共机构能耗统计结果。", "公共机构节能科", "2024年6月底前"),
        ("公开国有资产处置结果。", "资产管理科负责，财务科配合", "处置完成后10个工作日内"),
        ("公开本局部门预算、决算。", "财务科", "批复后20日内"),
    ]
    assert [t.note for t in plan.tasks] == [
        SITE.format(1),
        SITE.format(2),
        SITE.format(3),
        "https://www.xx.gov.cn/zfxxgk?id=7&type=2",
    ]


def test_a_web_address_holds_no_han_character() -> None:
    found = WEB_ADDRESS.search("见www.gov.cn/zhengce/index.htm栏目")
    assert found is not None
    assert found.group() == "www.gov.cn/zhengce/index.htm"
