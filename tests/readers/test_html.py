"""Web pages: real tables with spans, flattened tables, chrome, hidden junk, encodings."""

from __future__ import annotations

import json

import pytest

import zwgk
from tests.conftest import DATA, SEEDS
from tests.scoring import score

HTML = DATA / "html"


def test_rowspan_responsibility_is_shared_by_exactly_its_rows() -> None:
    plan = zwgk.read(HTML / "zhongshan_table.big5.html")
    groups: dict[int, list[int | None]] = {}
    for t in plan.tasks:
        if t.group is not None:
            groups.setdefault(t.group, []).append(t.number)
    assert [3, 4, 5] in groups.values()
    assert [7, 8, 9] in groups.values()
    assert plan.task(6).group is None


def test_chrome_hidden_and_scripts_go_to_residue_not_tasks() -> None:
    plan = zwgk.read(HTML / "zhongshan_table.big5.html")
    reasons = {r.reason for r in plan.residue}
    assert {"site chrome", "hidden element"} <= reasons
    everything = " ".join(
        t.text + (t.responsibility.raw if t.responsibility else "") for t in plan.tasks
    )
    for junk in ("您現在的位置", "被捣", "二維碼", "版權所有", "_hmt"):
        assert junk not in everything
    assert any("被捣" in r.text for r in plan.residue)


def _page(body: str, charset: str = "utf-8") -> bytes:
    return f'<html><head><meta charset="{charset}"></head><body>{body}</body></html>'.encode(
        charset
    )


def test_colspan_heading_rows_and_nested_layout_tables() -> None:
    body = """
    <table><tr><td>
      <table border=1>
        <tr><th>序号</th><th>具体要求</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
        <tr><td colspan=5>一、推进决策公开</td></tr>
        <tr><td>1</td><td>公开重大行政决策事项目录。</td><td>区司法局</td><td>区直各部门</td><td>2022年6月30日前</td></tr>
        <tr><td>2</td><td>做好决策草案公开征求意见。</td><td rowspan=2>区政府办公室</td>
            <td></td><td>长期开展</td></tr>
        <tr><td colspan=5>二、加强政策解读</td></tr>
        <tr><td>3</td><td>做好政策解读工作。</td><td>区直各部门</td><td>及时发布</td></tr>
      </table>
    </td></tr></table>"""
    plan = zwgk.read(_page(body), format="html")
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[0].section == ("推进决策公开",)
    assert plan.tasks[2].section == ("加强政策解读",)
    t1 = plan.tasks[0]
    assert t1.responsibility is not None
    assert t1.responsibility.leads == ("区司法局",)
    assert t1.responsibility.assists == ("区直各部门",)
    assert t1.deadline is not None and t1.deadline.due is not None


def test_flattened_table_page_reads_like_the_text_seed() -> None:
    lines = (SEEDS / "003_27bda7d56444e5fa.txt").read_text("utf-8").split("\n")
    body = "\n".join(
        f"<div>{ln.strip()}</div>" if not ln.strip().startswith("<") else ln for ln in lines
    )
    plan = zwgk.read(_page(body), format="html")
    gold = json.loads((SEEDS / "003_27bda7d56444e5fa.gold.json").read_text("utf-8"))
    got = score(gold, plan)
    assert got["tasks"] == 100 and got["text"] >= 98 and got["resp"] >= 98


@pytest.mark.parametrize("charset", ["gbk", "gb2312", "utf-8"])
def test_declared_and_undeclared_charsets(charset: str) -> None:
    body = (
        "<p>（一）做好规划公开。（办公室牵头，各科室配合）</p>"
        "<p>（二）做好预算公开。（财务科负责）</p>"
    )
    plan = zwgk.read(_page(body, charset), format="html")
    assert [t.text for t in plan.tasks] == ["做好规划公开。", "做好预算公开。"]
    undeclared = f"<html><body>{body}</body></html>".encode("gb18030")
    assert [t.text for t in zwgk.read(undeclared, format="html").tasks] == [
        "做好规划公开。",
        "做好预算公开。",
    ]


def test_page_with_no_tasks_is_an_empty_plan_with_a_message() -> None:
    plan = zwgk.read(_page("<p>网站正在维护中。</p>"), format="html")
    assert plan.tasks == ()
    assert any(d.code == "plan.no_tasks" for d in plan.diagnostics)
    assert any("网站正在维护中" in r.text for r in plan.residue)


def test_deeply_nested_page_is_a_typed_error_not_a_crash() -> None:
    page = b"<html><body>" + b"<div>" * 5000 + b"x" + b"</div>" * 5000 + b"</body></html>"
    with pytest.raises(zwgk.errors.ParseError, match="nested too deeply"):
        zwgk.read(page, format="html")


def test_html_is_sniffed_without_an_extension() -> None:
    plan = zwgk.read(
        _page("<p>（一）做好规划公开。（办公室负责）</p><p>（二）做好X。（办公室负责）</p>")
    )
    assert plan.format == "html"


def test_a_bare_number_inside_a_table_cell_is_no_serial_number() -> None:
    # a 序号 is a cell of its own: a figure run into a cell's text (公开3…)
    # starts no row
    rows = [("1", "做好规划公开。"), ("2", "做好规划公开3一。")]
    cells = "".join(
        f"<tr><td>{n}</td><td>{text}</td><td>县财政局</td><td>2021年12月底前</td></tr>"
        for n, text in rows
    )
    page = (
        "<html><body><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td>"
        f"<td>完成时限</td></tr>{cells}</table></body></html>"
    )
    plan = zwgk.read(page.encode(), format="html")
    assert [t.text for t in plan.tasks] == [text for _, text in rows]
