"""Start-up cost: ``import zwgk`` against a bare interpreter and the heavy libraries.

Target: ``import zwgk`` costs at most 0.3 s over a bare interpreter; numpy and
scipy (the diff engine's) are not imported until a diff is made.

Run: ``python benchmarks/bench_import.py``
"""

from __future__ import annotations

import re
import subprocess
import sys


def cumulative_us(statement: str) -> tuple[int, set[str]]:
    """Microseconds ``python -X importtime`` reports for ``statement``, and the modules."""
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
    )
    total, modules = 0, set()
    for line in run.stderr.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            modules.add(m.group(3))
            if len(m.group(2)) == 1:  # a top-level import: its cumulative time counts
                total += int(m.group(1))
    return total, modules


def best_of(statement: str, repeat: int = 5) -> tuple[float, set[str]]:
    runs = [cumulative_us(statement) for _ in range(repeat)]
    return min(r[0] for r in runs) / 1e6, runs[0][1]


def main() -> None:
    baseline, _ = best_of("pass")
    heavy, _ = best_of("import scipy.optimize, scipy.sparse")
    zwgk_s, modules = best_of("import zwgk")
    diff_s, _ = best_of("import zwgk; zwgk.diff(zwgk.Plan(), zwgk.Plan())")
    print(f"{'bare interpreter (baseline)':40} {baseline:7.3f} s")
    print(f"{'import scipy.optimize, scipy.sparse':40} {heavy:7.3f} s")
    print(f"{'import zwgk':40} {zwgk_s:7.3f} s  (target <= 0.300 over the baseline)")
    print(f"{'import zwgk + first diff':40} {diff_s:7.3f} s")
    eager = sorted(m for m in modules if m.split(".")[0] in ("numpy", "scipy"))
    print(f"numpy/scipy modules imported by 'import zwgk': {len(eager)}")


if __name__ == "__main__":
    main()
