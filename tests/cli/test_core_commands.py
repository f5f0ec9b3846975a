"""``zwgk formats``, ``convert`` and ``show``: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import zwgk
from tests.conftest import SEEDS
from zwgk.cli import EXIT_ERROR, EXIT_OK, main

SEED = SEEDS / "001_512a5e0ef4657c09.txt"


def test_formats_lists_json_with_its_capabilities(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == EXIT_OK
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if ln.startswith("json "))
    assert line.split()[:4] == ["json", "yes", "yes", "yes"]
    assert main(["formats", "--json"]) == EXIT_OK
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["json"]["lossless"] and rows["json"]["read"] and rows["json"]["write"]
    assert rows["text"]["read"] and not rows["text"]["write"]


def test_convert_text_to_json_and_back(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    assert main(["convert", str(SEED), "-o", str(out)]) == EXIT_OK
    plan = zwgk.read(out)
    assert len(plan.tasks) == 42
    assert plan == zwgk.read(SEED).evolve(format="text")


def test_convert_to_stdout_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(SEED), "-o", "-"]) == EXIT_OK
    doc = json.loads(capsys.readouterr().out)
    assert doc["zwgk"] == "plan" and len(doc["tasks"]) == 42


def test_show_prints_metadata_and_a_row_per_task(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(SEEDS / "002_790eb7ad8dccb9a1.txt"), "--residue"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "文号：江市监办〔2021〕233号" in out
    assert "任务：39" in out
    assert "综合规划科（牵头）" in out
    assert "未归入任务的文字：" in out
    assert main(["show", str(SEEDS / "002_790eb7ad8dccb9a1.txt"), "--lang", "en"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "document number: 江市监办〔2021〕233号" in out
    assert "综合规划科（lead）" in out


def test_errors_are_one_line_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "/nonexistent/plan.txt"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("zwgk: error:") and "no such file" in err
    assert err.count("\n") == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["convert"])
    assert info.value.code == EXIT_ERROR
    assert main([]) == EXIT_ERROR


def test_python_dash_m_zwgk_runs_the_same_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "zwgk", "formats", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert any(r["name"] == "json" for r in json.loads(done.stdout))


def test_a_closed_pipe_stops_quietly() -> None:
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)
    done = subprocess.run(
        [sys.executable, "-m", "zwgk", "show", str(SEED)],
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    os.close(write_end)
    assert "Traceback" not in done.stderr
    assert "error" not in done.stderr
