"""The README's Python example runs as written (its doctests run through pytest's doctest)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"```python\n(.*?)```", re.S)


CONSOLE = re.compile(r"```console\n(.*?)```", re.S)
# Runs a README block as a script where new processes are spawned (Windows, macOS):
# a process pool started outside `if __name__ == "__main__":` fails there.
SPAWN = "import multiprocessing\nmultiprocessing.set_start_method('spawn', force=True)\n"


def _blocks(path: Path) -> list[str]:
    return [b for b in FENCE.findall(path.read_text("utf-8")) if not b.lstrip().startswith(">>>")]


def _zwgk_commands(path: Path) -> list[str]:
    """The README's ``zwgk`` commands that run on the shipped examples."""
    lines = [ln.strip() for b in CONSOLE.findall(path.read_text("utf-8")) for ln in b.splitlines()]
    return [ln for ln in lines if ln.startswith("zwgk ") and "examples/data/" in ln]


@pytest.mark.parametrize("index", range(len(_blocks(ROOT / "README.md"))))
def test_readme_python_blocks_run(index: int, tmp_path: Path) -> None:
    block = _blocks(ROOT / "README.md")[index]
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    script = tmp_path / "readme_block.py"
    script.write_text(SPAWN + block, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    if "diff.html" in block:
        page = (tmp_path / "diff.html").read_text("utf-8")
        assert "<html" in page.lower()
        assert (tmp_path / "ledger.xlsx").stat().st_size > 1000
    if "coverage.xlsx" in block:
        assert (tmp_path / "coverage.xlsx").stat().st_size > 1000


def test_readme_first_command_is_a_real_revision() -> None:
    first = _zwgk_commands(ROOT / "README.md")[0]
    assert "fujian-2017" in first and "fujian-2016" in first
    assert "exit code is **1 when the plans differ**" in (ROOT / "README.md").read_text("utf-8")


@pytest.mark.parametrize("command", _zwgk_commands(ROOT / "README.md"))
def test_readme_commands_run_as_written(command: str) -> None:
    zwgk_script = Path(sys.executable).with_name("zwgk")
    argv = [str(zwgk_script), *shlex.split(command)[1:]]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr  # 0 the same, 1 they differ
    lines = done.stdout.splitlines()
    assert lines[0].startswith("比对 ") and lines[1].lstrip().startswith("与 ")
    assert any("覆盖率" in line for line in lines)  # the summary, whatever the counts


def test_api_reference_is_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "_api.py"), "--check"], cwd=ROOT, check=False
    )
    assert done.returncode == 0, "docs/api.md is stale: run python docs/_api.py"
