from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from lxml import html as lxml_html

import zwgk

from .helpers import gold_plan, unit

T = [
    "主动公开规划信息，确保及时准确完整。",
    "做好财政预决算信息公开工作，细化公开内容。",
    "加强政策解读，提升解读质量和传播效果。",
    "优化政府网站集约化平台建设，提升服务能力。",
]


def _plan(name: str, *tasks: zwgk.Task) -> zwgk.Plan:
    return zwgk.Plan(issuer=name, tasks=tasks)


@pytest.fixture
def family() -> tuple[zwgk.Plan, list[zwgk.Plan]]:
    parent = _plan(
        "市政府办公室", *(zwgk.Task(t, number=i + 1, label=f"{i + 1}.") for i, t in enumerate(T))
    )
    a = _plan(
        "甲局",
        zwgk.Task(T[0], label="1", responsibility=unit("办公室")),
        zwgk.Task(T[1].replace("细化", "进一步细化"), label="2", responsibility=unit("财务科")),
        zwgk.Task("本局新增：做好行政执法公示工作。", label="3"),
    )
    b = _plan(
        "乙局",
        zwgk.Task(T[0], label="（一）", responsibility=unit("办公室")),
        zwgk.Task(T[3], label="（二）", responsibility=unit("信息中心")),
    )
    return parent, [a, b]


def test_rollup_matrix_units_and_summaries(family: tuple[zwgk.Plan, list[zwgk.Plan]]) -> None:
    parent, children = family
    r = zwgk.rollup(parent, children)
    assert r.matrix() == [
        ["same", "same"],
        ["reworded", "dropped"],
        ["dropped", "dropped"],
        ["dropped", "same"],
    ]
    assert r.rows[0].cells[1].tasks == ("（一）",)
    assert [(u.unit, u.plans) for u in r.rows[0].units] == [("办公室", 2)]
    assert r.rows[1].cells[0].units == ("财务科",)
    assert [(c.name, c.covered, c.added) for c in r.children] == [
        ("甲局", 2, ("3",)),
        ("乙局", 2, ()),
    ]
    assert r.children[0].coverage == 0.5
    assert r.counts() == {"same": 3, "reworded": 1, "split": 0, "merged": 0, "dropped": 4}
    assert [row.task.label for row in r.uncovered()] == ["3."]


def test_an_executor_gives_the_same_result(family: tuple[zwgk.Plan, list[zwgk.Plan]]) -> None:
    parent, children = family
    with ThreadPoolExecutor(2) as pool:
        assert zwgk.rollup(parent, children, executor=pool) == zwgk.rollup(parent, children)


@pytest.mark.slow
def test_a_process_pool_works(family: tuple[zwgk.Plan, list[zwgk.Plan]]) -> None:
    from concurrent.futures import ProcessPoolExecutor

    parent, children = family
    with ProcessPoolExecutor(2) as pool:
        assert zwgk.rollup(parent, children, executor=pool) == zwgk.rollup(parent, children)


def test_rollup_of_the_real_sibling_seeds() -> None:
    # 000 and 002 are both bureau plans under the same Jiangmen city plan;
    # rolled up against 002, 002 itself keeps everything.
    bureau = gold_plan("002")
    r = zwgk.rollup(bureau, [gold_plan("000"), bureau])
    assert all(c.kind == "same" for c in (row.cells[1] for row in r.rows))
    assert r.children[1].coverage == 1.0
    sibling = r.children[0]
    assert 0.5 < sibling.coverage < 1.0
    assert sibling.name == "江门市政府投资工程建设管理中心"


def test_rollup_rejects_bad_input() -> None:
    with pytest.raises(TypeError, match=r"children\[0\] is a str"):
        zwgk.rollup(zwgk.Plan(), ["plan.txt"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="1 names for 0 children"):
        zwgk.rollup(zwgk.Plan(), [], names=["x"])


def test_xlsx_report_is_coloured(family: tuple[zwgk.Plan, list[zwgk.Plan]], tmp_path: Path) -> None:
    import openpyxl

    parent, children = family
    children[0] = children[0].evolve(issuer='=HYPERLINK("x")')
    path = tmp_path / "coverage.xlsx"
    zwgk.write(zwgk.rollup(parent, children), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["纳入情况"]
    header = ["序号", "所属工作", "任务内容", '=HYPERLINK("x")', "乙局"]
    assert [c.value for c in ws[1]][:5] == header
    assert ws["D1"].data_type == "s"  # text, not a formula
    assert ws["D2"].fill.start_color.rgb.endswith("C6EFCE")  # same: green
    assert ws["E3"].fill.start_color.rgb.endswith("FFC7CE")  # dropped: red
    assert ws["D3"].value == "改写 2\n财务科"
    assert ws["F2"].value == 2
    kids = wb["下级方案"]
    assert [c.value for c in kids[2]][:2] == ['=HYPERLINK("x")', None]
    assert kids["H2"].value == "3"


def test_html_report(family: tuple[zwgk.Plan, list[zwgk.Plan]]) -> None:
    parent, children = family
    children[1] = children[1].evolve(issuer="<b>乙局</b>")
    data = zwgk.write(zwgk.rollup(parent, children), format="html")
    assert data is not None
    doc = lxml_html.fromstring(data)
    headers = [th.text_content() for th in doc.xpath("//thead//th")]
    assert headers[2:4] == ["甲局50%", "<b>乙局</b>50%"]
    kinds = [td.get("class") for td in doc.xpath("//tbody/tr[2]/td")[2:4]]
    assert kinds == ["reworded", "dropped"]
    assert doc.xpath("//li")[0].text_content() == "甲局: 3"


def test_json_report(family: tuple[zwgk.Plan, list[zwgk.Plan]]) -> None:
    parent, children = family
    r = zwgk.rollup(parent, children)
    data = json.loads(zwgk.write(r, format="json") or b"")
    assert data["zwgk"] == "rollup"
    assert data["counts"]["same"] == 3
    assert [c["kind"] for c in data["rows"][1]["cells"]] == ["reworded", "dropped"]
    from zwgk.cascade import Rollup
    from zwgk.serde import from_data

    body = {k: v for k, v in data.items() if k not in ("zwgk", "version", "counts")}
    assert from_data(body, Rollup) == r


def test_findings_reports() -> None:
    plan = zwgk.Plan(tasks=[zwgk.Task("做好规划公开。", number=1, label="1.")])
    found = zwgk.check(plan)
    text = (zwgk.write(found, format="text", source="plan.txt") or b"").decode()
    assert text.splitlines()[-1] == "共 2 条检查结果：警告 2 条"
    assert text.startswith(
        "plan.txt: 任务 1.：警告 [missing-unit] 未明确责任单位：“做好规划公开。”"
    )
    assert "警告 [missing-deadline] 未明确完成时限且方案未设统一时限" in text
    found = zwgk.check(plan, lang="en")
    text = (zwgk.write(found, format="text", source="plan.txt", lang="en") or b"").decode()
    assert text.splitlines() == [
        "plan.txt: task 1.: warning [missing-unit] no responsible unit for “做好规划公开。”",
        "plan.txt: task 1.: warning [missing-deadline] no deadline, and the plan sets no "
        "default deadline",
        "2 finding(s): 2 warning",
    ]
    data = json.loads(zwgk.write(found, format="json") or b"")
    assert data["counts"] == {"error": 0, "warning": 2, "info": 0}
    assert [f["rule"] for f in data["findings"]] == ["missing-unit", "missing-deadline"]


def test_writers_refuse_other_values() -> None:
    from zwgk_plugins.rollup_reports import RollupHtml

    with pytest.raises(zwgk.errors.WriteError, match="writes a Rollup"):
        RollupHtml().write(zwgk.Plan(), __import__("io").BytesIO())
