"""Accuracy and speed of ``zwgk.lang.parse_responsibility``.

Scores the parser on the gold responsibility texts from the seed plans and
on the hand-written table, the way the plan scorer does (a predicted unit
matches a gold unit when its name as written or qualified is one of the
gold alternatives; its role is correct when it is one of the gold roles),
then times the parser.

    python benchmarks/bench_responsibility.py [-v]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from zwgk.lang import parse_responsibility

DATA = Path(__file__).resolve().parent.parent / "tests" / "lang" / "data"
TABLES = ("responsibilities_gold.json", "responsibilities.json")


def score(rows: list[dict[str, Any]], verbose: bool = False) -> dict[str, float]:
    """Unit precision/recall/F1 and role accuracy over ``rows``."""
    tp = fp = fn = roles_ok = 0
    for row in rows:
        result = parse_responsibility(row["text"])
        gold = [(set(u["name"].split("|")), set(u["role"].split("|"))) for u in row["units"]]
        used: set[int] = set()
        wrong = False
        for a in result.assignments:
            hit = next(
                (
                    gi
                    for gi, (names, _) in enumerate(gold)
                    if gi not in used and (a.unit in names or a.qualified in names)
                ),
                None,
            )
            if hit is None:
                fp += 1
                wrong = True
                continue
            used.add(hit)
            tp += 1
            if a.role.value in gold[hit][1]:
                roles_ok += 1
            else:
                wrong = True
        fn += len(gold) - len(used)
        wrong = wrong or len(used) != len(gold)
        if wrong and verbose:
            got = [(a.unit, a.role.value, a.qualified) for a in result.assignments]
            want = [f"{u['name']}:{u['role']}" for u in row["units"]]
            print(f"  {row['text']!r}\n    got  {got}\n    gold {want}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "texts": len(rows),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "role_accuracy": roles_ok / tp if tp else 1.0,
    }


def load(name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return rows


def bench(texts: list[str], rounds: int = 20) -> float:
    """Microseconds per call, best of ``rounds`` passes over ``texts``.

    The parser keeps the results of texts it has seen; the cache is emptied
    before every pass so each call parses.
    """
    from zwgk.lang.responsibility import _parse_cached

    best = float("inf")
    for _ in range(rounds):
        _parse_cached.cache_clear()
        t0 = time.perf_counter()
        for text in texts:
            parse_responsibility(text)
        best = min(best, time.perf_counter() - t0)
    return best / len(texts) * 1e6


def main() -> None:
    verbose = "-v" in sys.argv
    all_texts: list[str] = []
    for name in TABLES:
        rows = load(name)
        all_texts += [r["text"] for r in rows]
        s = score(rows, verbose)
        print(
            f"{name:30} texts {s['texts']:4}  unit P {s['precision']:.3f} "
            f"R {s['recall']:.3f} F1 {s['f1']:.3f}  role accuracy {s['role_accuracy']:.3f}"
        )
    mean = sum(len(t) for t in all_texts) / len(all_texts)
    print(
        f"parse_responsibility: {bench(all_texts):.1f} µs per call "
        f"({len(all_texts)} texts, mean {mean:.0f} characters)"
    )


if __name__ == "__main__":
    main()
