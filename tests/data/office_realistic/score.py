"""Score the readers on the office-made files against their gold.

Usage (from the project root)::

    python tests/data/office_realistic/score.py [DIR ...]

Prints one row per file (tasks, text, section, resp, unitF1, role,
deadline, note, meta and their mean); by default scores
``tests/data/office_realistic`` and ``tests/data/pdf_realistic``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from tests.scoring import COLUMNS, score  # noqa: E402

import zwgk  # noqa: E402


def main(argv: list[str]) -> int:
    dirs = [Path(d) for d in argv[1:]] or [
        ROOT / "tests" / "data" / "office_realistic",
        ROOT / "tests" / "data" / "pdf_realistic",
    ]
    print(f"{'file':44s} " + " ".join(f"{c[:6]:>6s}" for c in COLUMNS) + "   mean")
    for d in dirs:
        for path in sorted(d.iterdir()):
            gold_path = path.with_suffix(".gold.json")
            if path.suffix not in (".docx", ".xlsx", ".pdf") or not gold_path.exists():
                continue
            result = score(json.loads(gold_path.read_text("utf-8")), zwgk.read(path))
            mean = sum(result.values()) / len(result)
            cols = " ".join(f"{result[c]:6.1f}" for c in COLUMNS)
            print(f"{path.name:44s} {cols} {mean:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
