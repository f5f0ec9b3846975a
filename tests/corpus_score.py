"""Score the readers on the corpus manifest and print the table.

Usage (from the project root)::

    python -m tests.corpus_score [--set dev|heldout] [--only TEXT ...] [--corpus NAME ...]
                                 [--manifest PATH] [--json] [--raise-floors]

Prints one row per document (the nine columns of the parse scorer, the gold
and read task counts, the characters lost, ``<`` where a column is under its
floor), then the mean of every column per corpus, per origin and over all
documents (a crash counts as 0).  ``--manifest`` scores another manifest in
the same format (``tests/data/heldout/corpus.toml``).  ``--raise-floors``
writes the scores reached into the manifest's floors where they are higher
(a floor never goes down this way).  Exits 0: it measures, it does not judge.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.corpus import MANIFEST, SETS, Entry, Measure, load, measure
from tests.scoring import COLUMNS, summarize

_NAME_WIDTH = 44
_W = 9


def _row(name: str, values: dict[str, float], tail: str = "") -> str:
    cells = "".join(f"{values[c]:{_W}.1f}" for c in COLUMNS)
    return f"{name[:_NAME_WIDTH]:<{_NAME_WIDTH}}{cells}{tail}"


def _doc_row(m: Measure) -> str:
    if m.error:
        return f"{m.entry.name[:_NAME_WIDTH]:<{_NAME_WIDTH}}  ERROR {m.error}"
    low = m.under_floor()
    marks = "".join("<" if c in low else " " for c in COLUMNS)
    lost = "-" if m.lost is None else str(len(m.lost))
    tasks = f"{m.gold_tasks:>3}/{m.found_tasks:<3}"
    return _row(m.entry.name, m.columns, f"  {tasks} {lost:>4} {marks}")


def means(measures: Iterable[Measure]) -> dict[str, float]:
    """The mean of every column over ``measures`` (a crash counts as 0)."""
    ms = list(measures)
    return {c: sum(m.columns[c] for m in ms) / len(ms) if ms else 0.0 for c in COLUMNS}


def pooled(measures: Iterable[Measure]) -> dict[str, float]:
    """The columns of all ``measures`` taken as one document (every task weighs the same)."""
    total: dict[str, Any] = {}
    for m in measures:
        for k, v in m.tallies.items():
            total[k] = total.get(k, 0) + v
    return summarize(total) if total else dict.fromkeys(COLUMNS, 0.0)


def _groups(measures: list[Measure], key: str) -> dict[str, list[Measure]]:
    out: dict[str, list[Measure]] = {}
    for m in measures:
        out.setdefault(getattr(m.entry, key), []).append(m)
    return out


def _print_table(measures: list[Measure]) -> None:
    head = f"{'document':<{_NAME_WIDTH}}" + "".join(f"{c:>{_W}}" for c in COLUMNS)
    print(head + "  gold/read lost under")
    for m in measures:
        print(_doc_row(m))
    with_tasks = [m for m in measures if m.gold_tasks]
    for key, ms, what in (
        ("corpus", measures, "documents"),
        ("corpus", with_tasks, "documents whose gold has tasks"),
        ("origin", measures, "documents"),
    ):
        print(f"\nmean per {key} ({what})")
        for name, group in sorted(_groups(ms, key).items()):
            print(_row(f"{name} ({len(group)})", means(group)))
    print("\npooled per corpus (all its tasks as one document; a crash reads no task)")
    for name, group in sorted(_groups(measures, "corpus").items()):
        print(_row(f"{name} ({sum(m.gold_tasks for m in group)} tasks)", pooled(group)))
    total = means(measures)
    print()
    print(_row(f"all ({len(measures)})", total))
    print(f"overall {sum(total.values()) / len(COLUMNS):.1f}")
    under = [m.entry.name for m in measures if m.error or m.under_floor()]
    print(f"under their floor: {', '.join(under) if under else 'none'}")


def _as_json(measures: list[Measure]) -> str:
    docs = {
        m.entry.name: {
            "columns": m.columns,
            "gold_tasks": m.gold_tasks,
            "found_tasks": m.found_tasks,
            "lost": None if m.lost is None else len(m.lost),
            "error": m.error,
        }
        for m in measures
    }
    groups: dict[str, Any] = {
        key: {name: means(g) for name, g in _groups(measures, key).items()}
        for key in ("corpus", "origin")
    }
    groups["pooled"] = {name: pooled(g) for name, g in _groups(measures, "corpus").items()}
    return json.dumps({"docs": docs, "mean": means(measures), **groups}, ensure_ascii=False)


def floor_of(value: float) -> float:
    """``value`` rounded down to 0.1, as floors are written."""
    return math.floor(value * 10 + 1e-6) / 10


_FLOOR_LINE = re.compile(r"^floor\s*=\s*\{.*\}\s*$")


def raise_floors(manifest: Path, measures: list[Measure]) -> int:
    """Rewrite the floors of ``manifest`` that the measures exceed; the number changed."""
    reached = {m.entry.path.resolve(): m for m in measures if not m.error}
    lines, path, changed = manifest.read_text("utf-8").split("\n"), None, 0
    for i, line in enumerate(lines):
        if line.startswith("path = "):
            path = (manifest.parent / json.loads(line.split("=", 1)[1])).resolve()
        elif _FLOOR_LINE.match(line) and path in reached:
            m = reached[path]
            new = {c: max(m.entry.floor[c], floor_of(m.columns[c])) for c in COLUMNS}
            if new != m.entry.floor:
                changed += 1
            lines[i] = "floor = { " + ", ".join(f"{c} = {new[c]:.1f}" for c in COLUMNS) + " }"
    manifest.write_text("\n".join(lines), "utf-8")
    return changed


def _select(entries: list[Entry], a: argparse.Namespace) -> list[Entry]:
    return [
        e
        for e in entries
        if (not a.set or e.set == a.set)
        and (not a.only or any(o in e.name for o in a.only))
        and (not a.corpus or e.corpus in a.corpus)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m tests.corpus_score",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--manifest", type=Path, default=MANIFEST)
    ap.add_argument("--set", choices=SETS)
    ap.add_argument("--only", nargs="*", help="documents whose name contains one of these")
    ap.add_argument("--corpus", nargs="*", help="corpora (folders) to score")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--raise-floors", action="store_true")
    a = ap.parse_args(argv)
    measures = [measure(e) for e in _select(load(a.manifest), a)]
    if a.json:
        print(_as_json(measures))
    else:
        _print_table(measures)
    if a.raise_floors:
        print(f"floors raised on {raise_floors(a.manifest, measures)} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
