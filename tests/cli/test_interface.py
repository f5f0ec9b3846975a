"""The command line as people use it: what it prints, what it refuses, its exit codes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

import zwgk
from tests.conftest import SEEDS
from zwgk.cli import EXIT_ERROR, EXIT_FOUND, EXIT_OK, main

BUREAU = str(SEEDS / "002_790eb7ad8dccb9a1.txt")  # 江门市市场监督管理局, 39 tasks
CENTRE = str(SEEDS / "000_50d58eb3aec70650.txt")  # 市建管中心, made from the same city plan


class _Terminal(io.TextIOWrapper):
    """Standard output that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _terminal(monkeypatch: pytest.MonkeyPatch) -> io.BytesIO:
    """Standard output as a terminal (set in the test: capsys re-patches it at the call)."""
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", _Terminal(raw, encoding="utf-8"))
    return raw


def test_binary_formats_never_go_to_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = _terminal(monkeypatch)
    assert main(["diff", CENTRE, BUREAU, "-f", "xlsx"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "binary" in err and "-o FILE.xlsx" in err
    assert terminal.getvalue() == b""
    assert main(["convert", BUREAU, "--to", "docx", "-o", "-"]) == EXIT_ERROR
    assert terminal.getvalue() == b""


def test_binary_formats_go_down_a_pipe() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "zwgk", "diff", CENTRE, BUREAU, "-f", "xlsx"],
        capture_output=True,
        check=False,
    )
    assert run.returncode == EXIT_FOUND
    assert run.stdout.startswith(b"PK\x03\x04")


def test_text_reports_go_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _terminal(monkeypatch)
    assert main(["diff", CENTRE, BUREAU]) == EXIT_FOUND
    sys.stdout.flush()
    assert "覆盖率 82.1%" in terminal.getvalue().decode()


def test_a_format_contradicting_the_extension_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.xlsx"
    assert main(["diff", CENTRE, BUREAU, "-f", "html", "-o", str(out)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "-f html writes .html/.htm files, but" in err and ".xlsx" in err
    assert not out.exists()
    assert main(["convert", BUREAU, "--to", "json", "-o", str(tmp_path / "p.docx")]) == EXIT_ERROR
    assert main(["diff", CENTRE, BUREAU, "-f", "html", "-o", str(tmp_path / "x.htm")]) == 1


def test_unknown_rule_ids_are_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", BUREAU, "--select", "nonsense-rule"]) == EXIT_ERROR
    assert "未知的检查规则：nonsense-rule" in capsys.readouterr().err
    assert main(["check", BUREAU, "--ignore", "missing-unit,nope"]) == EXIT_ERROR
    assert "nope" in capsys.readouterr().err
    assert main(["check", BUREAU, "--select", "missing-unit"]) in (EXIT_OK, EXIT_FOUND)


def test_list_rules_needs_no_plan(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--list-rules"]) == EXIT_OK
    out = capsys.readouterr().out
    ids = [line.split()[0] for line in out.splitlines()]
    assert "missing-unit" in ids and "missing-deadline" in ids
    assert main(["check"]) == EXIT_ERROR
    assert "check 需要一个方案文件" in capsys.readouterr().err
    assert main(["check", "--lang", "en"]) == EXIT_ERROR
    assert "needs a PLAN" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["before", "after"])
def test_global_options_go_anywhere(where: str, capsys: pytest.CaptureFixture[str]) -> None:
    opts = ["--lang", "en"]
    argv = [*opts, "diff", CENTRE, BUREAU] if where == "before" else ["diff", CENTRE, BUREAU, *opts]
    assert main(argv) == EXIT_FOUND
    assert "coverage 82.1%" in capsys.readouterr().out
    bad = ["show", "/no/such/plan.txt"]
    argv = ["--traceback", *bad] if where == "before" else [*bad, "--traceback"]
    with pytest.raises((zwgk.ZwgkError, OSError)):
        main(argv)


def test_exit_codes_as_diff_for_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    same = ["diff", BUREAU, BUREAU]
    assert main(same) == EXIT_OK
    assert main(["diff", CENTRE, BUREAU]) == EXIT_FOUND
    assert main(["rollup", BUREAU, BUREAU]) == EXIT_OK  # every parent task kept
    assert main(["rollup", BUREAU, CENTRE]) == EXIT_FOUND  # 7 tasks no child keeps
    assert main(["check", BUREAU, "--select", "missing-unit"]) == EXIT_FOUND
    assert main(["check", BUREAU, "--fail-on", "error"]) == EXIT_OK
    merged = str(tmp_path / "m.json")
    assert main(["merge", BUREAU, BUREAU, BUREAU, "-o", merged]) == EXIT_OK
    assert main(["convert", BUREAU, "-o", merged]) == EXIT_OK
    assert main(["show", BUREAU]) == EXIT_OK
    assert main(["formats"]) == EXIT_OK
    for argv in (["diff", BUREAU], ["rollup", "/no/such.txt", BUREAU], ["frobnicate"]):
        assert _exit_code(argv) == EXIT_ERROR
    capsys.readouterr()


def _exit_code(argv: list[str]) -> int | str | None:
    """What the process would exit with: main's result, or argparse's exit."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


def test_output_to_a_file_says_what_was_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert main(["diff", CENTRE, BUREAU, "-o", str(out)]) == EXIT_FOUND
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert lines == [f"已写入 {out}: 保留 15，改写 17，拆分 0，合并 0，新增 0，删减 7"]
    ledger = tmp_path / "ledger.xlsx"
    assert main(["convert", BUREAU, "-o", str(ledger), "--lang", "en"]) == EXIT_OK
    assert capsys.readouterr().err.splitlines() == [f"wrote {ledger}: 39 tasks"]
    cover = tmp_path / "cover.xlsx"
    assert main(["rollup", BUREAU, CENTRE, BUREAU, "-o", str(cover)]) == EXIT_OK
    assert "上级方案 39 项任务，下级方案 2 个" in capsys.readouterr().err
    assert main(["diff", CENTRE, BUREAU, "-q", "-o", str(out)]) == EXIT_FOUND
    assert capsys.readouterr().err == ""


def test_progress_bars_on_long_work(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rollup", BUREAU, CENTRE, BUREAU, "--progress"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "read:" in err and "/3 " in err and "rollup:" in err and "/2 " in err
    assert main(["diff", CENTRE, BUREAU, "--no-progress"]) == EXIT_FOUND
    assert capsys.readouterr().err == ""


def test_a_plan_that_reads_as_empty_is_called_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "notice.txt"
    empty.write_text("关于做好政务公开工作的通知\n请各单位认真贯彻落实。\n", encoding="utf-8")
    assert main(["convert", str(empty), "-o", str(tmp_path / "x.json")]) == EXIT_OK
    err = capsys.readouterr().err
    assert f"zwgk: 警告: {empty}: 读出 0 项任务" in err
    assert main(["rollup", BUREAU, str(empty)]) == EXIT_FOUND
    assert "读出 0 项任务" in capsys.readouterr().err


def test_many_children_get_distinct_names(tmp_path: Path) -> None:
    import openpyxl

    copies = []
    for i in range(3):
        path = tmp_path / f"bureau-{i}.txt"
        path.write_bytes(Path(BUREAU).read_bytes())
        copies.append(str(path))
    out = tmp_path / "cover.xlsx"
    assert main(["rollup", BUREAU, *copies, "-o", str(out)]) == EXIT_OK
    ws = openpyxl.load_workbook(out)["纳入情况"]
    names = [c.value for c in ws[1]][3:6]
    assert names == [f"江门市市场监督管理局（bureau-{i}）" for i in range(3)]
    kids = openpyxl.load_workbook(out)["下级方案"]
    assert [kids.cell(row=r, column=4).value for r in (2, 3, 4)] == [
        f"bureau-{i}.txt" for i in range(3)
    ]


def test_convert_writes_plan_headers_in_the_global_language(tmp_path: Path) -> None:
    heads = {}
    for lang in ("zh", "en"):
        out = tmp_path / f"plan-{lang}.csv"
        assert main(["convert", BUREAU, "-o", str(out), "--lang", lang]) == EXIT_OK
        heads[lang] = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert heads["zh"].startswith("序号,工作任务,具体要求,责任单位")
    assert heads["en"].startswith("no.,work area,requirement,responsible units")
    plans = tmp_path / "plans"
    plans.mkdir()
    for name in ("a.txt", "b.txt"):
        (plans / name).write_bytes(Path(BUREAU).read_bytes())
    folder = tmp_path / "folder"
    assert main(["convert", str(plans), "-o", str(folder), "--to", "markdown",
                 "--lang", "en"]) == EXIT_OK  # fmt: skip
    written = sorted(folder.glob("*.md"))
    assert len(written) == 2
    assert all("| no. |" in p.read_text(encoding="utf-8") for p in written)
