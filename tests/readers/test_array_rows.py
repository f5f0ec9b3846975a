"""A plan kept as a programming language's printout of its rows, each a
keyed array: PHP's ``print_r`` and ``var_export``, Perl's ``Data::Dumper``,
printed as each writes it (the row keyed by the header's words, a value
quoted where the language quotes it).  Read as its rows, nothing lost: the
frame's words and the keys are kept in the residue."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import read_rows
from zwgk.testing import unplaced_text
from zwgk_plugins._text_layouts.arrows import R_ARRAY

KEYS = ("序号", "工作任务", "责任科室", "完成时限")
ROWS = [
    ("公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("公开景区门票价格和优惠政策。", "旅游管理科负责，财务科配合", "及时更新"),
    ("公开景区生态保护措施。", "生态保护科", "每半年"),
    ("公开2023年度政府信息公开工作年度报告。", "办公室", "2024年1月31日前"),
]
TITLE = "某景区管理局2024年政务公开工作任务清单"


def _records() -> list[dict[str, str]]:
    return [dict(zip(KEYS, (str(k), *row), strict=True)) for k, row in enumerate(ROWS, 1)]


def _print_r() -> str:
    lines = ["Array", "("]
    for k, record in enumerate(_records()):
        lines += [f"    [{k}] => Array", "        ("]
        lines += [f"            [{key}] => {value}" for key, value in record.items()]
        lines += ["        )", ""]
    return "\n".join([*lines, ")"])


def _var_export() -> str:
    lines = ["array ("]
    for k, record in enumerate(_records()):
        lines += [f"  {k} => ", "  array ("]
        lines += [f"    '{key}' => '{value}'," for key, value in record.items()]
        lines.append("  ),")
    return "\n".join([*lines, ")"])


def _dumper() -> str:
    lines = ["$VAR1 = ["]
    for record in _records():
        lines.append("          {")
        cells = [f"            '{key}' => '{value}'" for key, value in record.items()]
        lines += [c + "," for c in cells[:-1]] + [cells[-1]]
        lines.append("          },")
    return "\n".join([*lines, "        ];"])


@pytest.mark.parametrize("printout", [_print_r, _var_export, _dumper])
def test_an_array_printout_reads_as_its_rows(printout) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join([TITLE, "根据工作要点，制定本清单。", printout(), "某景区管理局"])
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert plan.title == TITLE
    assert unplaced_text(text, plan) == ""
    assert any(r.reason == R_ARRAY for r in plan.residue)


def test_arrows_in_a_plans_own_text_are_left_as_they_are() -> None:
    text = "\n".join([TITLE, "一、公开流程", "1.申请 => 受理 => 答复。（办公室，及时更新）"])
    plan = zwgk.read_text(text)
    assert [t.text for t in plan.tasks] == ["申请 => 受理 => 答复。"]
