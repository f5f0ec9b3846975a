"""Properties: generated plans lose nothing; every writer accepts every valid plan."""

from __future__ import annotations

import html
import io
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zwgk
from tests.fuzz.harness import lost_text, run_one
from tests.strategies import plans as any_plans

_SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

_PHRASES = st.sampled_from(
    ["做好规划公开", "推进财政预决算公开", "加强政策解读", "及时回应社会关切", "完善政府网站",
     "公开保障性住房信息", "2021年底前完成专栏建设", "按季度更新"]
)  # fmt: skip
_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_UNITS = st.sampled_from(["县财政局", "县发展改革局", "县政府办公室牵头，各部门配合", "区医保局"])
_DEADLINES = st.sampled_from(["2021年12月底前", "持续推进", "长期坚持", "每季度", ""])
# what offices write in a 序号 cell: a bare number, or one with a mark or a note
_EXTRA = st.sampled_from(["", "", "", ".", "（新增）", "*", "（调整）", "△"])


@st.composite
def task_rows(draw: Any) -> list[tuple[str, str, str, str]]:
    n = draw(st.integers(1, 8))
    rows = []
    for k in range(1, n + 1):
        text = draw(_PHRASES) + draw(st.text(_HAN | st.sampled_from("0123456789，"), max_size=12))
        rows.append((f"{k}{draw(_EXTRA)}", text + "。", draw(_UNITS), draw(_DEADLINES)))
    return rows


HEADER = ("序号", "具体要求", "责任单位", "完成时限")


def as_text(rows: list[tuple[str, str, str, str]]) -> bytes:
    lines = ["某县2021年政务公开工作要点分工方案", "\t".join(HEADER)]
    lines += ["\t".join(r) for r in rows]
    return "\n".join(lines).encode("utf-8")


def as_html(rows: list[tuple[str, str, str, str]], stray: list[str]) -> bytes:
    def tr(cells: tuple[str, ...], tag: str = "td", between: str = "") -> str:
        inner = between.join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells)
        return f"<tr>{inner}</tr>"

    body = [tr(HEADER, "th")]
    for k, row in enumerate(rows):
        between = html.escape(stray[k % len(stray)]) if stray and k % 2 else ""
        body.append(tr(row, between=between))
    before = html.escape(stray[0]) if stray else ""
    return (
        '<html><head><meta charset="utf-8"><title>分工方案</title></head><body>'
        "<p>某县2021年政务公开工作要点分工方案</p>"
        f"<table border=1>{before}{''.join(body)}</table></body></html>"
    ).encode()


@_SETTINGS
@given(rows=task_rows())
def test_generated_text_plans_lose_nothing(rows: list[tuple[str, str, str, str]]) -> None:
    data = as_text(rows)
    assert run_one("text", data).kind == "plan"
    plan = zwgk.read(data, format="text")
    assert lost_text("text", data, plan) == ""


@_SETTINGS
@given(rows=task_rows(), stray=st.lists(st.text(_HAN, min_size=1, max_size=6), max_size=2))
def test_generated_html_plans_lose_nothing(
    rows: list[tuple[str, str, str, str]], stray: list[str]
) -> None:
    data = as_html(rows, stray)
    plan = zwgk.read(data, format="html")
    assert lost_text("html", data, plan) == ""
    assert len(plan.tasks) == len(rows)


def test_serial_numbers_with_extra_text_keep_it() -> None:
    rows = [
        ("1（新增）", "做好规划公开。", "县财政局", ""),
        ("2*", "加强政策解读。", "县政府办公室", ""),
    ]
    for data, fmt in ((as_text(rows), "text"), (as_html(rows, ["说明文字"]), "html")):
        plan = zwgk.read(data, format=fmt)
        kept = "\n".join(
            [t.label or "" for t in plan.tasks]
            + [t.note or "" for t in plan.tasks]
            + [r.text for r in plan.residue]
        )
        assert "（新增）" in kept and "2*" in kept, fmt
        assert [t.number for t in plan.tasks] == [1, 2], fmt
        # a mark saying the task is new is no part of its label: it is kept in the residue
        assert [t.label for t in plan.tasks] == ["1", "2*"], fmt
        assert any(r.text == "（新增）" for r in plan.residue), fmt
        if fmt == "html":
            assert any(r.text == "说明文字" for r in plan.residue)


# ------------------------------------------------------------------ writers

_SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
_WITH_SURROGATES = st.text(st.characters() | _SURROGATES, max_size=20)


def _plan_writers() -> list[str]:
    return sorted(
        f.name for f in zwgk.formats() if f.can_write and f.available and "plan" in f.info.kinds
    )


@pytest.mark.parametrize("writer", _plan_writers())
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=any_plans, title=_WITH_SURROGATES, text=_WITH_SURROGATES)
def test_every_writer_accepts_every_valid_plan(
    writer: str, plan: zwgk.Plan, title: str, text: str
) -> None:
    task = zwgk.Task(text, number=1)
    plan = plan.evolve(title=title, tasks=(*plan.tasks, task))
    out = zwgk.write(plan, format=writer)
    assert out


_PAIRED = re.compile("[\ud800-\udbff][\udc00-\udfff]")


@settings(max_examples=60, deadline=None)
@given(plan=any_plans, title=_WITH_SURROGATES, note=_WITH_SURROGATES)
def test_json_keeps_lone_surrogates(plan: zwgk.Plan, title: str, note: str) -> None:
    # a high surrogate followed by a low one is one character once written as
    # JSON escapes; a lone one must come back as it was
    title, note = (_PAIRED.sub("", s) for s in (title, note))
    plan = plan.evolve(title=title, residue=(*plan.residue, zwgk.Residue(note, "a note")))
    data = zwgk.write(plan, format="json")
    assert data is not None
    back = zwgk.read(io.BytesIO(data), format="json")
    assert back.title == plan.title
    assert back.residue == plan.residue


def _report_writers() -> list[tuple[str, str]]:
    return sorted(
        (kind, f.info.name)
        for f in zwgk.formats()
        if f.can_write and f.available
        for kind in ("diff", "rollup")
        if kind in f.info.kinds
    )


@pytest.mark.parametrize(("kind", "writer"), _report_writers())
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=any_plans, text=_WITH_SURROGATES)
def test_every_report_writer_accepts_plans_with_any_text(
    kind: str, writer: str, plan: zwgk.Plan, text: str
) -> None:
    child = plan.evolve(tasks=(*plan.tasks, zwgk.Task(text or "公开", number=1)))
    report = zwgk.diff(child, plan) if kind == "diff" else zwgk.rollup(plan, [child])
    assert zwgk.write(report, format=writer)
