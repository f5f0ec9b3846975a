"""A run-together table whose columns before the task's text are headings
(工作要求 | 具体任务 | 具体要求 | 责任科室 | 完成时限), each heading written with its
label at the start of its group's first row (``一、…（一）…。1. …``): the
labelled headings are the sections, the numbered cell the whole text."""

from __future__ import annotations

import zwgk

ROWS = [
    "某市交通运输局政务公开要点分工方案(2024年版)",
    "工作要求具体任务具体要求责任科室完成时限",
    "一、夯实政务公开工作基础(一)深化规范性文件集中公开。"
    "1. 依托政府信息公开平台完善规范性文件库建设，及时做好文件动态更新。"
    "办公室、政策法规科常态化开展",
    "2. 对照权责清单持续推动主动公开目录动态更新调整，切实将目录列明事项公开到位。"
    "各有关科室常态化开展",
    "(二)推进基层政务公开标准化规范化。"
    "3. 指导各交通运输所规范设置政务公开专区，方便群众查阅。运输管理科2024年6月底前",
    "二、加强政策解读回应(三)提升政策解读质量。"
    "4. 对出台的规范性文件同步开展解读，做到应解读尽解读。政策法规科及时开展",
]
TABLE = "\n".join(ROWS) + "\n"


def test_labelled_headings_run_into_rows_are_the_heading_columns() -> None:
    plan = zwgk.read(TABLE.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.section for t in plan.tasks] == [
        ("夯实政务公开工作基础", "深化规范性文件集中公开"),
        ("夯实政务公开工作基础", "深化规范性文件集中公开"),
        ("夯实政务公开工作基础", "推进基层政务公开标准化规范化"),
        ("加强政策解读回应", "提升政策解读质量"),
    ]
    assert plan.tasks[0].text == "依托政府信息公开平台完善规范性文件库建设，及时做好文件动态更新。"
    assert plan.tasks[0].deadline is not None
    assert plan.tasks[0].deadline.raw == "常态化开展"
