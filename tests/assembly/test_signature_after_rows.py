"""The issuer signing a plan after its table's last row, with the date on
the next line, after a space, glued to it or not at all: the signature, never
the last row's unit cell."""

from __future__ import annotations

import pytest

import zwgk

TABLE = """某县农业农村局2024年政务公开工作任务清单
序号工作任务责任科室完成时限
1公开本局机构职能和联系方式。办公室2024年3月底前
2公开耕地地力保护补贴发放情况。计划财务科负责，农机推广站配合每季度
3公开农产品质量安全抽检结果。农产品质量安全监管科抽检结果出具后7个工作日内
"""


@pytest.mark.parametrize(
    ("signature", "date"),
    [
        ("某县农业农村局\n2024年3月28日", "2024-03-28"),
        ("某县农业农村局 2024年3月28日", "2024-03-28"),
        ("某县农业农村局2024年3月28日", "2024-03-28"),
        ("某县农业农村局", None),
    ],
)
def test_the_signature_after_the_last_row(signature: str, date: str | None) -> None:
    plan = zwgk.read_text(TABLE + signature)
    last = plan.tasks[-1]
    assert last.text == "公开农产品质量安全抽检结果。"
    assert last.responsibility is not None
    assert last.responsibility.raw == "农产品质量安全监管科"
    assert last.deadline is not None
    assert last.deadline.raw == "抽检结果出具后7个工作日内"
    assert plan.issuer == "某县农业农村局"
    assert (str(plan.date) if plan.date else None) == date


def test_a_last_unit_cell_naming_a_place_s_bureau_stays_in_its_row() -> None:
    # a county's plan: the title opens with the county, not with the bureau
    text = (
        "某县2024年政务公开工作任务清单\n序号工作任务责任单位完成时限\n"
        "1公开县政府机构职能。县政府办公室2024年3月底前\n"
        "2公开农产品质量安全抽检结果。\n某县农业农村局"
    )
    plan = zwgk.read_text(text)
    assert plan.tasks[-1].responsibility is not None
    assert plan.tasks[-1].responsibility.raw == "某县农业农村局"


@pytest.mark.parametrize(
    "body",
    [
        "江北县科学技术协会",
        "江北县总工会",
        "江北县机关幼儿园",
        "江北县公证处",
        "江北县计划生育协会",
    ],
)
def test_a_body_of_any_kind_signs_after_the_last_row(body: str) -> None:
    title = TABLE.split("\n", 1)[0].replace("某县农业农村局", body)
    text = title + "\n" + TABLE.split("\n", 1)[1] + f"{body}\n2024年3月28日"
    plan = zwgk.read_text(text)
    assert len(plan.tasks) == 3
    assert plan.tasks[-1].text == "公开农产品质量安全抽检结果。"
    assert plan.tasks[-1].deadline is not None
    assert plan.tasks[-1].deadline.raw == "抽检结果出具后7个工作日内"
    assert plan.issuer == body
    assert str(plan.date) == "2024-03-28"


def test_a_signer_of_a_kind_no_word_names_is_told_by_the_title() -> None:
    # a tea farm: no word of the vocabulary ends its name, but the title opens with it
    title = "江北县国营茶场2024年政务公开工作任务清单"
    text = title + "\n" + TABLE.split("\n", 1)[1] + "江北县国营茶场\n2024年3月28日"
    plan = zwgk.read_text(text)
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[-1].text == "公开农产品质量安全抽检结果。"
    assert plan.tasks[-1].responsibility is not None
    assert plan.tasks[-1].responsibility.raw == "农产品质量安全监管科"
    assert str(plan.date) == "2024-03-28"
    assert plan.issuer == "江北县国营茶场"
    assert any(r.text.startswith("江北县国营茶场") and "closing" in r.reason for r in plan.residue)
