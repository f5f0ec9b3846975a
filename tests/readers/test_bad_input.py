"""Bad input gets a typed error or an empty plan with a message — never a traceback or a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import zwgk
from tests.conftest import SEEDS
from zwgk.errors import FormatNotFoundError, InputTooLargeError, ParseError


def test_empty_file_is_an_empty_plan_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    plan = zwgk.read(path)
    assert plan.tasks == ()
    assert any(d.code == "plan.no_tasks" for d in plan.diagnostics)


def test_binary_garbage_with_a_text_extension_is_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(os.urandom(2048) + b"\x00" * 16)
    with pytest.raises(ParseError, match="binary"):
        zwgk.read(path)


def test_binary_garbage_without_an_extension_finds_no_reader() -> None:
    with pytest.raises(FormatNotFoundError):
        zwgk.read(b"\x00\x01\x02\x03" * 100)


def test_truncated_table_keeps_what_it_has() -> None:
    text = (SEEDS / "001_512a5e0ef4657c09.txt").read_bytes()
    cut = text[: len(text) // 3]
    plan = zwgk.read(cut, format="text")
    assert 5 <= len(plan.tasks) < 42
    assert [t.number for t in plan.tasks] == list(range(1, len(plan.tasks) + 1))


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"x")
    with pytest.raises(InputTooLargeError) as info:
        zwgk.read(path)
    assert info.value.size > info.value.limit
    assert "huge.txt" in str(info.value)


def test_one_enormous_line_goes_to_residue_not_a_hang() -> None:
    data = ("（一）做好规划公开。（办公室负责）\n" + "字" * 200_000 + "\n").encode()
    plan = zwgk.read(data, format="text")
    assert len(plan.tasks) == 1
    assert any("longer than" in r.reason for r in plan.residue)


def test_unknown_reader_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unexpected keyword"):
        zwgk.read(b"x", format="text", colour="red")


# ---------------------------------------------------------------- budgets and bugs


def test_a_missing_file_is_an_os_error_not_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as info:
        zwgk.read(tmp_path / "missing.txt")
    assert not isinstance(info.value, zwgk.errors.ZwgkError)
    assert info.value.filename == str(tmp_path / "missing.txt")


def test_a_bad_option_value_is_an_option_error() -> None:
    with pytest.raises(zwgk.errors.OptionError, match="layout must be one of"):
        zwgk.read(b"x", format="text", layout="nonsense")


@pytest.mark.parametrize("layout", ["tab", "rules", "cells"])
def test_a_layout_the_text_does_not_have_is_an_option_error(layout: str) -> None:
    text = "序号\t工作任务\t责任单位\n1\t公开预算。\t财政局\n".encode()
    with pytest.raises(zwgk.errors.OptionError, match=f"layout '{layout}' does not fit"):
        zwgk.read(text, format="text", layout=layout)


def test_the_time_limit_covers_the_plan_builder_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """A builder that never checks the clock is still stopped by the read's time limit."""
    import time

    from zwgk_plugins import text_format

    def slow_build(document: object, **options: object) -> zwgk.Plan:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # busy, like a builder lost in a huge table
            sum(range(1000))
        return zwgk.Plan()

    monkeypatch.setattr(text_format, "build_plan", slow_build)
    started = time.monotonic()
    with pytest.raises(InputTooLargeError) as info:
        zwgk.read(b"1.\tx\n2.\ty\n", format="text", limits=zwgk.Limits(timeout=0.5))
    assert info.value.limit_name == "timeout"
    assert time.monotonic() - started < 25  # stopped long before the builder would finish


def test_a_limit_error_names_the_limit_and_how_to_raise_it() -> None:
    rows = "<tr><th>序号</th><th>具体要求</th><th>责任单位</th></tr>"
    rows += '<tr><td>1</td><td colspan="400">做好规划公开。</td><td>县财政局</td></tr>' * 3
    page = f"<table>{rows}</table>".encode()
    with pytest.raises(InputTooLargeError) as info:
        zwgk.read(page, format="html", limits=zwgk.Limits(max_cells=1000))
    assert info.value.limit_name == "max_cells"
    assert "limits=zwgk.Limits(max_cells=...)" in str(info.value)
    plan = zwgk.read(page, format="html", limits=zwgk.Limits(max_cells=10_000))
    assert len(plan.tasks) == 3


def test_html_spans_are_clamped_as_browsers_do_and_cost_their_width() -> None:
    rows = "<tr><th>序号</th><th>具体要求</th><th>责任单位</th></tr>"
    rows += '<tr><td rowspan="99999999">1</td><td>做好规划公开。</td><td>县财政局</td></tr>'
    rows += "<tr><td>加强政策解读。</td><td>县政府办公室</td></tr>"
    plan = zwgk.read(f"<table>{rows}</table>".encode(), format="html")
    assert [t.text for t in plan.tasks] == ["做好规划公开。", "加强政策解读。"]


def test_text_between_cells_and_outside_rows_goes_to_the_residue() -> None:
    page = (
        "<table>表前说明<tr><th>序号</th><th>具体要求</th><th>责任单位</th></tr>"
        "<tr><td>1</td>夹在格间<td>做好规划公开。</td><td>县财政局</td></tr>"
        "<caption>表题</caption></table>"
    ).encode()
    plan = zwgk.read(page, format="html")
    stray = {
        r.text for r in plan.residue if r.reason == "text inside a table but outside its cells"
    }
    assert stray == {"表前说明", "夹在格间", "表题"}
    assert [t.text for t in plan.tasks] == ["做好规划公开。"]


def test_control_characters_in_a_page_do_not_stop_it() -> None:
    page = (
        "<p>说明</p><script>x()</script>\x01尾&#7;文<div class='share'>分享</div>&#1;"
        "<table><tr><th>序号</th><th>具体要求</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>做好规划公开。</td><td>县财政局</td></tr></table>"
    ).encode()
    plan = zwgk.read(page, format="html")
    assert [t.text for t in plan.tasks] == ["做好规划公开。"]


def test_text_after_the_end_of_the_page_is_kept() -> None:
    page = (
        "<html><body><table><tr><th>序号</th><th>具体要求</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>做好规划公开。</td><td>县财政局</td></tr></table></body></html>"
        "<p>页尾附言</p>后记"
    ).encode()
    plan = zwgk.read(page, format="html")
    kept = "\n".join(r.text for r in plan.residue)
    assert "页尾附言" in kept and "后记" in kept
