"""The README's Python example runs as written (its doctests run through pytest's doctest)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"```python\n(.*?)```", re.S)


def _blocks(path: Path) -> list[str]:
    return [b for b in FENCE.findall(path.read_text("utf-8")) if not b.lstrip().startswith(">>>")]


@pytest.mark.parametrize("index", range(len(_blocks(ROOT / "README.md"))))
def test_readme_python_blocks_run(
    index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    block = _blocks(ROOT / "README.md")[index]
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(block, f"README.md block {index}", "exec"), {"__name__": "__readme__"})
    if "diff.html" in block:
        page = (tmp_path / "diff.html").read_text("utf-8")
        assert "<html" in page.lower()
        assert (tmp_path / "ledger.xlsx").stat().st_size > 1000
    if "coverage.xlsx" in block:
        assert (tmp_path / "coverage.xlsx").stat().st_size > 1000


def test_api_reference_is_current() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "_api.py"), "--check"], cwd=ROOT, check=False
    )
    assert done.returncode == 0, "docs/api.md is stale: run python docs/_api.py"
