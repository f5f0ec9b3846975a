"""The scripts in examples/ run as their docstrings say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_diff_example_prints_the_summary_and_writes_a_report(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "diff_bureau_vs_city.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # the plans differ
    assert "parent: 市建管中心2021年政务公开工作要点分工方案" in done.stdout
    assert "coverage" in done.stdout
    page = (tmp_path / "diff_report.html").read_text("utf-8")
    assert page.lstrip().lower().startswith("<!doctype")
