"""Diff two related plans and print what one kept, dropped and reworded of the other.

Run from the project root:

    python examples/diff_bureau_vs_city.py [CHILD PARENT]

Without arguments it compares two Jiangmen bureau plans that adapt the same
city plan (the market-regulation bureau's and the construction-management
centre's, shipped in ``examples/data``), writes an HTML report to the
working directory, and prints the summary.  The exit code is 1 when the
plans differ, as with ``zwgk diff``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import zwgk

DATA = Path(__file__).resolve().parent / "data"
DEFAULT = (
    DATA / "jiangmen-market-regulation-2021.txt",
    DATA / "jiangmen-construction-centre-2021.txt",
)


def main(argv: list[str]) -> int:
    child_path, parent_path = argv if len(argv) == 2 else DEFAULT
    child, parent = zwgk.read(child_path), zwgk.read(parent_path)
    d = zwgk.diff(child, parent)
    s = d.summary
    print(f"child : {d.child_title}")
    print(f"parent: {d.parent_title}")
    print(
        f"same {s.same}, reworded {s.reworded}, split {s.split}, merged {s.merged}, "
        f"added {s.added}, dropped {s.dropped}"
    )
    print(f"coverage {s.coverage:.1%}: {s.covered} of {s.parent_tasks} parent tasks kept")
    reassigned = [c for c in d.changes if c.responsibility and c.responsibility.lead_changed]
    print(f"{len(reassigned)} kept tasks have another lead unit")
    for c in d.of_kind(zwgk.ChangeKind.DROPPED)[:3]:
        print("dropped:", c.parent[0].ref, c.parent_text[:40])
    zwgk.write(d, "diff_report.html")
    print("report: diff_report.html")
    return 1 if d.has_changes else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
