"""The plugin author's example installs and plugs in through its entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "examples" / "plugin"


@pytest.mark.slow
def test_example_plugin_installs_and_reads_through_zwgk_read(tmp_path: Path) -> None:
    pytest.importorskip("setuptools")
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--target", str(target), str(PLUGIN)],
        check=True,
        cwd=tmp_path,
    )  # fmt: skip
    code = (
        "import json, zwgk\n"
        f"plan = zwgk.read({str(PLUGIN / 'sample.tsv')!r})\n"
        "rows = {r.name: r.can_read for r in zwgk.formats()}\n"
        "print(json.dumps({'format': plan.format, 'n': len(plan.tasks),"
        " 'leads': [t.responsibility.leads for t in plan.tasks],"
        " 'listed': rows.get('tsv-ledger')}, ensure_ascii=False))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    result = json.loads(out.stdout)
    assert result == {
        "format": "tsv-ledger",
        "n": 2,
        "leads": [["法规审理股"], ["办公室"]],
        "listed": True,
    }
