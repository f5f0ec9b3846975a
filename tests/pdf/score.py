"""Score the PDF reader against the seeds' gold annotations.

The comparison is :func:`tests.scoring.score`, the one of the project's
parse scorer: tasks matched by number, texts compared with whitespace
removed, units by name and role, deadlines by kind and due date, plan
metadata field by field.  The fixtures ``tests/data/pdf/planNNN.pdf`` are rebuilt from the
seeds ``NNN_*`` (see ``make_fixtures.py``).

Usage::

    python tests/pdf/score.py [PDF_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.scoring import COLUMNS, score

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "data" / "seeds"
PDFS = ROOT / "tests" / "data" / "pdf"
FIXTURES = {
    "plan000.pdf": "000_50d58eb3aec70650",
    "plan001.pdf": "001_512a5e0ef4657c09",
    "plan004.pdf": "004_40fd49317bf4f7aa",
}


def gold_for(pdf_name: str) -> dict[str, Any]:
    seed = FIXTURES[pdf_name]
    data: dict[str, Any] = json.loads((SEEDS / f"{seed}.gold.json").read_text(encoding="utf-8"))
    return data


def score_all(pdf_dir: Path = PDFS) -> tuple[dict[str, dict[str, Any]], float]:
    """Per-fixture scores and the overall mean (a crash scores zero)."""
    import zwgk

    rows: dict[str, dict[str, Any]] = {}
    for pdf_name in FIXTURES:
        try:
            plan = zwgk.read(pdf_dir / pdf_name)
            rows[pdf_name] = score(gold_for(pdf_name), plan)
        except Exception as exc:
            rows[pdf_name] = {"error": f"{type(exc).__name__}: {exc}"[:200]}
    ok = [v for v in rows.values() if "error" not in v]
    total = {c: sum(v[c] for v in ok) / len(rows) for c in COLUMNS}
    return rows, sum(total.values()) / len(COLUMNS)


def main(argv: list[str]) -> int:
    rows, overall = score_all(Path(argv[1]) if len(argv) > 1 else PDFS)
    print(f"{'document':<16}" + "".join(f"{c:>9}" for c in COLUMNS))
    for name, v in rows.items():
        if "error" in v:
            print(f"{name:<16}  ERROR {v['error']}")
        else:
            print(f"{name:<16}" + "".join(f"{v[c]:9.1f}" for c in COLUMNS))
    print(f"overall {overall:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
