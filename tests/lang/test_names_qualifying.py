"""Where a run of unit names starts and stops in text run together: a name
never spans a 的 (a requirement's words before it: 现行有效的…政策文件), a
name right before 的 qualifies a noun (…政务公开专区的运行管理) and is no
unit, and a requirement's object (…典型案例, …报销比例) ends right before the
names of the cells after it."""

from __future__ import annotations

import pytest

from zwgk.assembly.fields import best_run
from zwgk.lang.units import find_unit_runs


@pytest.mark.parametrize(
    ("body", "cells"),
    [
        ("集中公开现行有效的医疗保障政策文件办公室待遇保障股2021年6月底前", "办公室待遇保障股"),
        ("公开打击欺诈骗保专项治理情况和典型案例基金监管股办公室长期坚持", "基金监管股办公室"),
    ],
)
def test_the_unit_cells_after_a_requirement_run_together(body: str, cells: str) -> None:
    run = best_run(body, closing=True)
    assert run is not None and body[run.start : run.end] == cells


def test_a_name_before_de_is_no_unit() -> None:
    text = "区行政审批局负责政务服务中心政务公开专区的运行管理，指导各镇（街道）设立公开专区。"
    runs = [text[r.start : r.end] for r in find_unit_runs(text)]
    assert runs[0] == "区行政审批局负责"
