"""Evidence beyond shared characters: terms, rank, neighbours, and a calibrated confidence.

A task rewritten in other words shares few character n-grams with its
source, often fewer than stock phrases share with unrelated tasks.  What
still gives it away: it is the most similar task for its source and its
source the most similar for it (by characters and by terms), by a margin;
the tasks beside it are aligned to the tasks beside its source; it sits at
the same relative place in the plan.  A logistic model turns these into
the probability that a pair carries the same obligation.  Its weights were
fitted on the hand-aligned real pairs in ``tests/data/pairs``
(``benchmarks/eval_pairs.py --fit`` refits them and reports precision and
recall with each pair left out of its own fit).

Two models share the features: :data:`CHAR_WEIGHTS` uses characters only
and gives the confidence of every link; :data:`TERM_WEIGHTS` adds the
terms and decides the links among tasks that character evidence left
unaligned (only those tasks are segmented into words).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from zwgk.lang.terms import terms

__all__ = [
    "CHAR_FEATURES",
    "CHAR_WEIGHTS",
    "LINK",
    "TERM_FEATURES",
    "TERM_WEIGHTS",
    "char_features",
    "probability",
    "term_features",
    "term_scores",
]

CHAR_FEATURES = ("bias", "chars", "mutual", "margin", "neighbours", "place")
TERM_FEATURES = (*CHAR_FEATURES, "terms", "mutual_terms", "margin_terms")

CHAR_WEIGHTS = np.array([-4.28, 13.23, 1.55, 6.24, 1.55, -2.74])
TERM_WEIGHTS = np.array([-4.94, 13.03, 0.98, 4.27, 1.04, -2.61, 3.03, 0.62, 0.39])

LINK = 0.6  # two unaligned tasks are linked from this probability

TRACE: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] | None = None
"""When a list, the alignment appends what the models see, for refitting them:
``(rows, cols, char features, term features)`` of the unaligned tasks'
candidates, then ``(rows, cols, char features, empty)`` of every candidate."""


def probability(features: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The modelled probability that each candidate pair is a true link."""
    if not len(features):
        return np.zeros(0)
    z = np.clip(features @ weights, -30.0, 30.0)
    return np.asarray(1.0 / (1.0 + np.exp(-z)))


def _best_and_rival(
    keys: np.ndarray, values: np.ndarray, size: int
) -> tuple[np.ndarray, np.ndarray]:
    """Per key: its best value and its second best (0 when alone)."""
    best = np.zeros(size)
    second = np.zeros(size)
    if not len(keys):
        return best, second
    order = np.lexsort((-values, keys))
    k, v = keys[order], values[order]
    first = np.r_[True, k[1:] != k[:-1]]
    best[k[first]] = v[first]
    nxt = np.flatnonzero(first) + 1
    nxt = nxt[nxt < len(k)]
    nxt = nxt[~first[nxt]]
    second[k[nxt]] = v[nxt]
    return best, second


def _rank_features(
    rows: np.ndarray, cols: np.ndarray, values: np.ndarray, m: int, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """Whether each pair is the best of its row and column, and its margin over rivals."""
    rb, rs = _best_and_rival(rows, values, m)
    cb, cs = _best_and_rival(cols, values, n)
    row_best = values >= rb[rows] - 1e-12
    col_best = values >= cb[cols] - 1e-12
    rival = np.maximum(
        np.where(row_best, rs[rows], rb[rows]), np.where(col_best, cs[cols], cb[cols])
    )
    return (row_best & col_best).astype(np.float64), values - rival


def char_features(
    rows: np.ndarray,
    cols: np.ndarray,
    score: np.ndarray,
    shape: tuple[int, int],
    linked: Iterable[tuple[int, int]],
    select: np.ndarray | None = None,
) -> np.ndarray:
    """Features of candidate pairs ``(rows[k], cols[k])`` from characters and structure.

    Ranks are taken among all candidates; the features are returned for the
    ``select``-ed ones (all by default).  ``linked`` are pairs already
    aligned: a pair whose diagonal neighbour is one of them has aligned
    neighbours.
    """
    m, n = shape
    mutual, margin = _rank_features(rows, cols, score, m, n)
    if select is not None:
        rows, cols, score = rows[select], cols[select], score[select]
        mutual, margin = mutual[select], margin[select]
    links = set(linked)
    neighbours = np.fromiter(
        (
            (j - 1, i - 1) in links or (j + 1, i + 1) in links
            for j, i in zip(rows.tolist(), cols.tolist(), strict=True)
        ),
        dtype=np.float64,
        count=len(rows),
    )
    place = np.abs((rows + 0.5) / max(m, 1) - (cols + 0.5) / max(n, 1))
    return np.column_stack([np.ones(len(rows)), score, mutual, margin, neighbours, place])


def term_scores(
    rows: np.ndarray, cols: np.ndarray, child: Sequence[str], parent: Sequence[str]
) -> np.ndarray:
    """Term similarity of each candidate pair: idf-weighted Dice or containment, the larger.

    Only the tasks the pairs name are segmented; term rarity is counted
    over them.
    """
    ct = {j: terms(child[j]) for j in set(rows.tolist())}
    pt = {i: terms(parent[i]) for i in set(cols.tolist())}
    df: dict[str, int] = {}
    for group in (ct, pt):
        for words in group.values():
            for w in words:
                df[w] = df.get(w, 0) + 1
    total = len(ct) + len(pt)
    idf = {w: float(np.log1p(total / d)) for w, d in df.items()}
    out = np.zeros(len(rows))
    for k, (j, i) in enumerate(zip(rows.tolist(), cols.tolist(), strict=True)):
        a, b = ct[j], pt[i]
        inter = sum(idf[w] for w in a & b)
        if not inter:
            continue
        wa, wb = sum(idf[w] for w in a), sum(idf[w] for w in b)
        out[k] = max(2 * inter / (wa + wb), 0.9 * inter / min(wa, wb))
    return out


def term_features(
    char: np.ndarray, rows: np.ndarray, cols: np.ndarray, tscore: np.ndarray, shape: tuple[int, int]
) -> np.ndarray:
    """The character features with the term score, its mutual best and its margin."""
    mutual, margin = _rank_features(rows, cols, tscore, *shape)
    return np.column_stack([char, tscore, mutual, margin])
