from __future__ import annotations

import json
from pathlib import Path

import pytest

import zwgk
from tests.gold import gold_plan
from zwgk.cli import main
from zwgk.diff import load_diff


@pytest.fixture
def plans(tmp_path: Path) -> tuple[Path, Path]:
    child, parent = tmp_path / "child.json", tmp_path / "parent.json"
    zwgk.write(gold_plan("000"), child)
    zwgk.write(gold_plan("002"), parent)
    return child, parent


def test_exit_codes(plans: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    child, parent = plans
    assert main(["diff", str(child), str(parent)]) == 1
    out = capsys.readouterr().out
    assert "覆盖率 82.1%" in out  # 32 of 39 (tests/data/pairs/000-vs-002.json)
    assert "\x1b" not in out  # not a terminal
    assert main(["diff", str(child), str(child)]) == 0
    assert main(["diff", str(child), str(parent.with_name("missing.json"))]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["diff", str(child), str(parent), "--threshold", "7"]) == 2


def test_report_to_file(plans: tuple[Path, Path], tmp_path: Path) -> None:
    child, parent = plans
    out = tmp_path / "report.json"
    assert main(["diff", str(child), str(parent), "-o", str(out)]) == 1
    d = load_diff(out.read_bytes())
    assert d.summary.dropped == 7
    md = tmp_path / "report.md"
    assert main(["diff", str(child), str(parent), "-f", "markdown", "-o", str(md)]) == 1
    assert md.read_text("utf-8").startswith("# ")


def test_format_to_stdout(plans: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    child, parent = plans
    assert main(["diff", "-f", "json", str(child), str(parent)]) == 1
    assert json.loads(capsys.readouterr().out)["zwgk"] == "diff"
    assert main(["diff", "-q", str(child), str(parent)]) == 1
    assert capsys.readouterr().out == ""
