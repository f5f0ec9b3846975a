"""The hostile files of the reliability checklist: time and memory of each read.

Every case of ``tests/fuzz/hostile.py`` is read in a child process limited
to 1.5 GiB of address space and killed after 20 s; the line shows its
outcome, seconds and peak memory and whether it stayed inside both bounds.
The baseline is the unchanged real page the HTML cases are made from, read
the same way in the same run.

    python benchmarks/bench_hostile.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fuzz.bounded import MEMORY, SECONDS, run_bounded  # noqa: E402
from tests.fuzz.hostile import CASES, PAGE  # noqa: E402


def main() -> int:
    base = run_bounded(PAGE.read_bytes(), "html")
    print(f"baseline: {PAGE.name}: {base['outcome']}, {base['seconds']:.2f} s, "
          f"{base['peak_mb']:.0f} MB peak")  # fmt: skip
    print(f"bounds: {SECONDS:g} s, {MEMORY / 1024**3:.1f} GiB")
    bad = 0
    for case in CASES:
        got = run_bounded(case.make(), case.fmt)
        inside = got["outcome"] in case.allowed and got["seconds"] <= SECONDS
        bad += not inside
        print(
            f"{'ok ' if inside else 'OUT'} {case.name:34} {got['outcome']:20} "
            f"{got['seconds']:6.2f} s {got['peak_mb']:6.0f} MB  {got.get('message', '')[:90]}"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
