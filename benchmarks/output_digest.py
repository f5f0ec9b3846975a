"""Fingerprints of what the diff, the roll-up and the PDF reader produce, to keep speed work honest.

Run:  python benchmarks/output_digest.py OUT_DIR [--only diff|rollup|pdf|corpus ...]

Writes one text file per part to ``OUT_DIR``: every change of every diff
(kind, parent and child indices, score, confidence, nearest candidate,
text edits, responsibility, deadline) over the benchmark's large pairs, the
generated pairs and the hand-aligned real pairs; a roll-up's every cell; the
``repr`` of ``zwgk.read`` of every PDF test file and of every document of
the scored corpus.  Floats are written with ``repr`` (every bit).  Compare
two runs with ``cmp`` or ``diff``: a change that only makes the code
faster leaves every file byte-identical.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_diff import big_plan  # noqa: E402
from bench_rollup import parent_plan  # noqa: E402
from benchmarks.bench_diff import HEAVY  # noqa: E402
from tests.corpus import load  # noqa: E402
from tests.diff.real_pairs import load_pairs, plans  # noqa: E402
from tests.gold import PREFIXES, gold_plan  # noqa: E402

import zwgk  # noqa: E402
from zwgk.diff import PlanDiff, mutate  # noqa: E402


def changes(d: PlanDiff) -> Iterator[str]:
    for c in d.changes:
        yield (
            f"{c.kind.value} p{c.parent_indices} c{c.child_indices} {c.score!r} "
            f"{c.confidence!r} n{c.nearest} {c.nearest_score!r} {c.office!r} "
            f"{c.text!r} {c.responsibility!r} {c.deadline!r}"
        )
    yield repr(attrs.evolve(d, changes=()))


def diffs() -> Iterator[str]:
    for n in (50, 300, 1000):
        parent = big_plan(n)
        child = mutate(parent, seed=n).child
        yield f"== big {n}"
        yield from changes(zwgk.diff(child, parent))
    seeds = [gold_plan(p) for p in PREFIXES]
    for label, rates in (("default", None), ("heavy", HEAVY)):
        for seed in range(150):
            parent = seeds[seed % len(seeds)]
            m = mutate(parent, seed=seed, rates=rates)
            yield f"== {label} {seed}"
            yield from changes(zwgk.diff(m.child, parent))
    for pair in load_pairs("all"):
        for source in ("gold", "read"):
            child, parent = plans(pair, source)
            yield f"== pair {pair.child} {pair.parent} {source}"
            yield from changes(zwgk.diff(child, parent))


def rollup() -> Iterator[str]:
    parent = parent_plan()
    children = [mutate(parent, seed=i).child for i in range(400)]
    r = zwgk.rollup(parent, children)
    for row in r.rows:
        yield f"== row {row.index} {row.units!r}"
        for cell in row.cells:
            yield f"{cell.kind} {cell.tasks!r} {cell.units!r} {cell.score!r}"
    for child in r.children:
        yield repr(child)


def _read(path: Path, fmt: str | None = None) -> str:
    try:
        return repr(zwgk.read(path, format=fmt) if fmt else zwgk.read(path))
    except zwgk.errors.ZwgkError as exc:
        return f"{type(exc).__name__}: {exc}"


def pdf() -> Iterator[str]:
    for path in sorted((ROOT / "tests" / "data").rglob("*.pdf")):
        yield f"== {path.relative_to(ROOT)}"
        yield _read(path)


def corpus() -> Iterator[str]:
    for entry in load():
        yield f"== {entry.name}"
        yield _read(entry.path, entry.format)


PARTS = {"diff": diffs, "rollup": rollup, "pdf": pdf, "corpus": corpus}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--only", nargs="+", choices=sorted(PARTS), default=sorted(PARTS))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.only:
        with (args.out / f"{name}.txt").open("w", encoding="utf-8") as f:
            for line in PARTS[name]():
                f.write(line + "\n")
        print(name, "written")


if __name__ == "__main__":
    main()
