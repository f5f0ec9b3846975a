"""Run one read in a child process under hard limits on memory and time.

``python -m tests.fuzz.bounded FILE FORMAT`` reads ``FILE`` with
:func:`zwgk.read` under ``RLIMIT_AS`` and prints one JSON line: the outcome
(``plan`` or the error's class), the message, the seconds and the peak
memory.  :func:`run_bounded` starts that child with the limits and kills it
when the wall-clock bound is reached, so a hang or a blow-up is seen as
such instead of taking the test run down with it.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MEMORY = int(1.5 * 1024**3)
SECONDS = 20.0


def run_bounded(
    data: bytes, fmt: str, *, seconds: float = SECONDS, memory: int = MEMORY
) -> dict[str, Any]:
    """Read ``data`` as ``fmt`` in a child limited to ``memory`` bytes (1.5 GiB); kill it
    after ``seconds``."""

    def limit_memory() -> None:  # pragma: no cover - runs in the child
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    with tempfile.NamedTemporaryFile(suffix="." + fmt, delete=False) as fh:
        fh.write(data)
    try:
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + str(ROOT))
        try:
            out = subprocess.run(
                [sys.executable, "-m", "tests.fuzz.bounded", fh.name, fmt],
                capture_output=True,
                text=True,
                timeout=seconds + 10,  # the child's own start-up is not the read's time
                preexec_fn=limit_memory,
                cwd=ROOT,
                env=env,
            )
        except subprocess.TimeoutExpired:
            return {"outcome": "killed: out of time", "seconds": seconds, "peak_mb": 0.0}
        if out.returncode != 0:
            return {
                "outcome": f"crashed (exit {out.returncode})",
                "message": out.stderr[-2000:],
                "seconds": 0.0,
                "peak_mb": 0.0,
            }
        result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
        return result
    finally:
        os.unlink(fh.name)


def _read(path: str, fmt: str) -> dict[str, Any]:  # pragma: no cover - runs in the child
    import zwgk

    data = Path(path).read_bytes()
    start = time.perf_counter()
    try:
        plan = zwgk.read(data, format=fmt)
        outcome, message = "plan", f"{len(plan.tasks)} tasks, {len(plan.residue)} residue"
    except zwgk.errors.ZwgkError as exc:
        outcome, message = type(exc).__name__, str(exc)
    except MemoryError:
        outcome, message = "MemoryError", ""
    except Exception as exc:  # reported as an escape: the test fails on it
        outcome, message = f"escaped {type(exc).__name__}", str(exc)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"outcome": outcome, "message": message[:500], "seconds": seconds, "peak_mb": peak}


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(_read(sys.argv[1], sys.argv[2])))
