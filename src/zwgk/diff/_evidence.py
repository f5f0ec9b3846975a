"""Evidence beyond shared characters: terms, rank, neighbours, and a calibrated confidence.

A task rewritten in other words shares few character n-grams with its
source, often fewer than stock phrases share with unrelated tasks.  What
still gives it away: it is the most similar task for its source and its
source the most similar for it (by characters and by terms), by a margin;
the tasks beside it are aligned to the tasks beside its source; it sits at
the same relative place in the plan, in the gap the links around it leave,
under headings whose other tasks are linked.  A task rewritten into a longer
one, or folded into it with others, keeps one of its sentences nearly whole
while the two texts as wholes share little: the most similar two sentences
are weighed too, and how much of one task's best-kept sentence the other
holds anywhere, and how alike the two tasks' distinctive phrases are (the
character bigrams that no third task of the two plans holds: the names of
what the task publishes).  A part of a split or merge often lies right
beside a part already linked.  A task that would join a group already aligned (a part of
a split or merge) is weighed against the other unaligned tasks, not against
the group's own members.  A logistic model turns these into the probability
that a pair carries the same obligation.  Its weights were fitted on the
hand-aligned real pairs in ``tests/data/pairs`` that the alignment is
developed on, with a few generated pairs (``benchmarks/eval_pairs.py --fit
--set dev`` refits them and reports precision and recall with each pair,
and the pairs sharing a plan with it, left out of its fit); the later pairs
are held out of the fit.  At most one of a task's candidates carries its
obligation: before pairs are linked, each pair's probability is taken given
that (:func:`exclusive`), so likely rivals share it.

Two models share the features: :data:`CHAR_WEIGHTS` uses characters only
and gives the confidence of every link; :data:`TERM_WEIGHTS` adds the
terms and the sentences, and decides the links among tasks that character
evidence left unaligned (only those tasks are segmented into words and
sentences).  A third, :data:`TEXT_WEIGHTS`, weighs the texts alone, without
the plans' structure: structure says where a counterpart should lie, not
that the task there is it, so a link needs text evidence too
(:func:`admitted`).
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import attrs
import numpy as np

from zwgk.diff._norm import match_key
from zwgk.lang.pieces import sentences
from zwgk.lang.terms import term_family

__all__ = [
    "CHAR_FEATURES",
    "CHAR_WEIGHTS",
    "LINK",
    "SURE",
    "TERM_FEATURES",
    "TERM_WEIGHTS",
    "TEXT_FEATURES",
    "TEXT_LINK",
    "TEXT_WEIGHTS",
    "Layout",
    "admitted",
    "char_features",
    "char_ranks",
    "clause_scores",
    "distinct_shares",
    "exclusive",
    "heading_scores",
    "probability",
    "sentence_scores",
    "term_features",
    "term_scores",
]

CHAR_FEATURES = (
    "bias",
    "chars",
    "mutual",
    "margin",
    "neighbours",
    "place",
    "gap",
    "sections",
    "part",
    "beside",
)
_TERM_ONLY = ("terms", "mutual_terms", "margin_terms", "clauses", "kept", "heading", "distinct")
TERM_FEATURES = (*CHAR_FEATURES, *_TERM_ONLY)
TEXT_FEATURES = ("bias", "chars", "mutual", "margin", *_TERM_ONLY)
"""The term model's features that the two texts give, without the plans' structure."""
_TEXT_COLUMNS = [TERM_FEATURES.index(f) for f in TEXT_FEATURES]

CHAR_WEIGHTS = np.array([-5.52, 11.26, 2.01, 5.72, 0.22, 0.29, 1.31, 2.56, -1.17, 0.0])
"""Fitted before ``beside`` was a feature (its weight 0): refitted with it on the
real pairs, the model that alone aligns plans of thousands of tasks found
fewer links of a generated 1,000-task pair."""
TERM_WEIGHTS = np.concatenate(
    [
        [-7.0, -2.38, 0.39, -0.31, 0.11, -0.58, 0.92, 0.94, -1.43, 0.38],  # as CHAR_FEATURES
        [5.76, 0.01, 1.02, 4.23, 6.48, 4.34, 28.91],  # the terms, sentences, heading, grams
    ]
)
"""Fitted, as :data:`TEXT_WEIGHTS`, on the 72 development pairs and 20 generated ones."""
TEXT_WEIGHTS = np.array([-7.36, -2.27, 0.43, -1.25, 6.33, 0.1, 1.02, 4.26, 5.9, 4.85, 32.58])

LINK = 0.33
"""Two tasks are linked from this probability: two unaligned tasks as a pair, an
unaligned task as a part of the other's group.  The probability is the pair's
among its rivals (:func:`exclusive`), which that conditioning lowers; the
level is the one at which pairs left out of the fit keep precision 0.95
(``benchmarks/eval_pairs.py --fit``), and only with text evidence
(:data:`TEXT_LINK`).  Measured again on the 52 development pairs: of the
pairs the evidence links between 0.3 and 0.4, about four in five are sure
or possible links (rewritten tasks far from their source's place, the
second source of a merged paragraph), so the level was 0.3 where it was 0.4;
with the distinctive grams weighed (:func:`distinct_shares`) the models rank
more pairs above it, and pairs left out of the fit keep precision 0.95 from
0.33."""

TEXT_LINK = 0.4
"""A pair is linked on terms and structure only if its texts alone make it this
probable (:data:`TEXT_WEIGHTS`), unless structure alone leaves no doubt
(:func:`admitted`).  Over the 578 development pairs, the 84 links that
structure drew between texts less alike than this (from 0.2) were nearly
half of them wrong: rewritten tasks in the same places of two plans, on
other subjects.  At 0.2 the pairs scored precision 0.931 and recall 0.885 of
the sure links; at 0.4, 0.952 and 0.867, the alignment error rate 0.092 ->
0.091 (read from their texts: 0.913 / 0.858 -> 0.937 / 0.843)."""

SURE = 0.9
"""A pair this probable on its own is not doubted for its rivals (:func:`exclusive`),
and joins a group as a part without adding words to what the group covers."""

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


def exclusive(
    rows: np.ndarray, cols: np.ndarray, prob: np.ndarray, shape: tuple[int, int]
) -> np.ndarray:
    """The probability of each candidate pair given that a task has one partner at most.

    The model weighs each pair on its own; a task whose text is spread over
    several tasks of the other plan (a topic treated in many places) has
    several likely candidates, and at most one of them carries its
    obligation.  Conditioned on that, a pair's odds are divided among its
    rivals (the candidates sharing its row or its column), as the chance of
    one success among independent trials: ``o / (1 + o + sum of the rivals' o)``
    with ``o = p / (1 - p)``.  A pair with no likely rival keeps its
    probability, and so does a pair at least :data:`SURE` on its own: near
    copies of one text (a clause repeated under several topics, the parts of
    a split) are each nearly certain, and among them the one-partner
    assumption fails (the alignment chooses by score and by what a part adds).
    """
    odds = prob / np.clip(1.0 - prob, 1e-12, None)
    row = np.bincount(rows, weights=odds, minlength=shape[0])
    col = np.bincount(cols, weights=odds, minlength=shape[1])
    rivals = np.maximum(row[rows] + col[cols] - 2 * odds, 0.0)
    return np.asarray(np.where(prob >= SURE, prob, odds / (1.0 + odds + rivals)))


_FEW_IN_PYTHON = 48  # entries up to which plain Python finds each key's best two soonest
_FEW_TO_SORT = 512  # entries up to which a sort finds each key's best two sooner than maxima


def best_two(keys: np.ndarray, values: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Per key: the position of its best value (the first of equals; -1 when it has
    none) and its second best value (0 when alone): the first two of its entries
    sorted stably by descending value, found without sorting (maxima by key)."""
    best = np.full(size, -1, dtype=np.int64)
    second = np.zeros(size, dtype=np.float64)
    if not len(keys):
        return best, second
    if len(keys) <= _FEW_IN_PYTHON:
        found = _listed_best_two(keys.tolist(), values.tolist(), size)
        if found is not None:
            return found
    # A few entries are sorted (fewer calls); maxima would not order NaN as a sort does.
    if len(keys) <= _FEW_TO_SORT or np.isnan(values).any():
        return _sorted_best_two(keys, values, size)
    top = np.full(size, -np.inf)
    np.maximum.at(top, keys, values)
    at = np.flatnonzero(values == top[keys])
    first = np.full(size, len(keys), dtype=np.int64)
    np.minimum.at(first, keys[at], at)
    held = first < len(keys)
    best[held] = first[held]
    rest = np.array(values, dtype=np.float64)
    rest[best[held]] = -np.inf
    runner = np.full(size, -np.inf)
    np.maximum.at(runner, keys, rest)
    second[:] = np.where(runner > -np.inf, runner, 0.0)
    return best, second


def _listed_best_two(
    keys: list[int], values: list[float], size: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """:func:`best_two` of a few entries, one after another in plain Python (for a
    few, array calls cost more than the work); ``None`` when a value is NaN."""
    best = [-1] * size
    top = [0.0] * size
    second: list[float | None] = [None] * size
    for at, (k, v) in enumerate(zip(keys, values, strict=True)):
        if math.isnan(v):
            return None
        if best[k] < 0:
            best[k], top[k] = at, v
        elif v > top[k]:
            second[k], best[k], top[k] = top[k], at, v
        else:
            runner = second[k]
            if runner is None or v > runner:
                second[k] = v
    rival = [0.0 if x is None else x for x in second]
    return np.array(best, dtype=np.int64), np.array(rival, dtype=np.float64)


def _sorted_best_two(
    keys: np.ndarray, values: np.ndarray, size: int
) -> tuple[np.ndarray, np.ndarray]:
    best = np.full(size, -1, dtype=np.int64)
    second = np.zeros(size, dtype=np.float64)
    order = np.lexsort((-values, keys))
    k = keys[order]
    first = np.ones(len(k), dtype=bool)
    first[1:] = k[1:] != k[:-1]
    best[k[first]] = order[first]
    nxt = np.flatnonzero(first) + 1
    nxt = nxt[nxt < len(k)]
    nxt = nxt[~first[nxt]]
    second[k[nxt]] = values[order[nxt]]
    return best, second


def _best_and_rival(
    keys: np.ndarray, values: np.ndarray, size: int
) -> tuple[np.ndarray, np.ndarray]:
    """Per key: its best value and its second best (0 when alone)."""
    at, second = best_two(keys, values, size)
    best = np.where(at >= 0, values[np.maximum(at, 0)] if len(values) else 0.0, 0.0)
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


@attrs.frozen
class Layout:
    """Where the tasks already linked lie: the structure a candidate pair is weighed in.

    ``linked`` are ``(row, column)`` pairs already aligned; ``row_sections``
    and ``column_sections`` give each task's section on its side (equal ids
    for equal headings, -1 for a task under no heading).
    """

    linked: Sequence[tuple[int, int]]
    row_sections: np.ndarray
    column_sections: np.ndarray

    @functools.cached_property
    def pairs(self) -> np.ndarray:
        """:attr:`linked` as an array of rows of two (made once for every feature)."""
        return np.array(self.linked, dtype=np.int64).reshape(-1, 2)

    def part(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """1 where one task of the pair is linked already (the other would join as a part)."""
        pairs = self.pairs
        linked_r = _marks(pairs[:, 0], rows)
        linked_c = _marks(pairs[:, 1], cols)
        return np.asarray(linked_r != linked_c, dtype=np.float64)

    def neighbours(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """1 where a diagonal neighbour of the pair is linked."""
        before, after = self._diagonal(rows, cols)
        return np.asarray(before | after, dtype=np.float64)

    def beside(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """1 where a task of the pair is linked to the task right before or after
        the other: the pair would add the next part to a split or merge."""
        if not len(self.linked) or not len(rows):
            return np.zeros(len(rows))
        pairs = self.pairs
        width = max(int(pairs[:, 1].max()), int(cols.max())) + 3
        linked = np.sort((pairs[:, 0] + 1) * width + pairs[:, 1] + 1)
        at = (rows + 1) * width + cols + 1
        near = [at - 1, at + 1, at - width, at + width]
        return np.asarray(np.any([_holds(linked, k) for k in near], axis=0), dtype=np.float64)

    def both_neighbours(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """True where the pairs diagonally before and after the pair are both linked."""
        before, after = self._diagonal(rows, cols)
        return np.asarray(before & after)

    def _diagonal(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Whether the pair diagonally before each pair is linked, and the one after."""
        if not len(self.linked) or not len(rows):
            return np.zeros(len(rows), dtype=bool), np.zeros(len(rows), dtype=bool)
        pairs = self.pairs
        # Pairs numbered one row after another, shifted one row and column
        # so that a neighbour before the first row or column is numbered too.
        width = max(int(pairs[:, 1].max()), int(cols.max())) + 3
        linked = np.sort((pairs[:, 0] + 1) * width + pairs[:, 1] + 1)
        before = _holds(linked, rows * width + cols)
        after = _holds(linked, (rows + 2) * width + cols + 2)
        return before, after

    def gap(self, rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
        """How far each pair lies in the gap its linked neighbours leave.

        Half for each side: the row's nearest linked rows before and after
        it are linked to columns on either side of the pair's column (and
        the same with rows and columns exchanged).
        """
        if not len(rows):
            return np.zeros(0)
        pairs = self.pairs
        by_rows = _between(pairs[:, 0], pairs[:, 1], rows, cols, shape[1])
        by_cols = _between(pairs[:, 1], pairs[:, 0], cols, rows, shape[0])
        return np.asarray(0.5 * (by_rows + by_cols))

    def sections(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """1 where another linked pair joins the pair's two sections (-1: none)."""
        if not len(self.linked) or not len(rows):
            return np.zeros(len(rows))
        rs, cs = self.row_sections, self.column_sections
        pairs = self.pairs
        width = int(max(cs.max(initial=-1), 0)) + 2  # sections shifted by one (-1: none)
        joined = np.sort((rs[pairs[:, 0]] + 1) * width + cs[pairs[:, 1]] + 1)
        key = (rs[rows] + 1) * width + cs[cols] + 1
        count = np.searchsorted(joined, key, side="right") - np.searchsorted(joined, key)
        span = max(int(pairs[:, 1].max()), int(cols.max())) + 1
        itself = _holds(np.sort(pairs[:, 0] * span + pairs[:, 1]), rows * span + cols)
        other = count - itself > 0
        return np.asarray((rs[rows] >= 0) & (cs[cols] >= 0) & other, dtype=np.float64)


def _marks(marked: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Whether each of ``values`` (numbers from 0) is among ``marked`` (``np.isin``
    by a table of the numbers)."""
    table = np.zeros(max(int(marked.max(initial=-1)), int(values.max(initial=-1))) + 1, bool)
    table[marked] = True
    return np.asarray(table[values])


def _holds(ordered: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Whether each of ``values`` is in the sorted array ``ordered``."""
    at = np.minimum(np.searchsorted(ordered, values), len(ordered) - 1)
    return np.asarray(ordered[at] == values)


def _between(
    keys: np.ndarray, partners: np.ndarray, at: np.ndarray, other: np.ndarray, size: int
) -> np.ndarray:
    """1 where ``other`` lies strictly between the partners of ``at``'s linked neighbours."""
    if not len(keys):
        return np.ones(len(at))
    order = np.argsort(keys, kind="stable")
    keys, partners = keys[order], partners[order]
    before = np.searchsorted(keys, at, side="left") - 1
    after = np.searchsorted(keys, at, side="right")
    lo = np.where(before >= 0, partners[np.maximum(before, 0)], -1)
    hi = np.where(after < len(keys), partners[np.minimum(after, len(keys) - 1)], size)
    return ((other > lo) & (other < hi)).astype(np.float64)


def char_ranks(
    rows: np.ndarray, cols: np.ndarray, score: np.ndarray, shape: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray]:
    """Whether each candidate pair is the best of its row and column by characters,
    and its margin over their rivals: they depend on the candidates alone."""
    return _rank_features(rows, cols, score, *shape)


def char_features(
    rows: np.ndarray,
    cols: np.ndarray,
    score: np.ndarray,
    shape: tuple[int, int],
    layout: Layout,
    select: np.ndarray | None = None,
    among: np.ndarray | None = None,
    ranks: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """Features of candidate pairs ``(rows[k], cols[k])`` from characters and structure.

    Ranks are taken among the candidates ``among`` marks (all by default;
    ``ranks``: :func:`char_ranks` of all the candidates, when already
    computed); the features are returned for the ``select``-ed ones (all by
    default; they must be among those ranked).  ``layout`` holds the pairs
    already aligned: whether a diagonal neighbour is one of them, whether the
    pair lies in the gap they leave, and whether they join the pair's sections.
    """
    m, n = shape
    if among is not None:
        mutual, margin = np.zeros(len(rows)), np.zeros(len(rows))
        mutual[among], margin[among] = _rank_features(rows[among], cols[among], score[among], m, n)
    else:
        mutual, margin = char_ranks(rows, cols, score, shape) if ranks is None else ranks
    if select is not None:
        rows, cols, score = rows[select], cols[select], score[select]
        mutual, margin = mutual[select], margin[select]
    place = np.abs((rows + 0.5) / max(m, 1) - (cols + 0.5) / max(n, 1))
    return np.column_stack(
        [
            np.ones(len(rows)),
            score,
            mutual,
            margin,
            layout.neighbours(rows, cols),
            place,
            layout.gap(rows, cols, shape),
            layout.sections(rows, cols),
            layout.part(rows, cols),
            layout.beside(rows, cols),
        ]
    )


def term_scores(
    rows: np.ndarray, cols: np.ndarray, child: Sequence[str], parent: Sequence[str]
) -> np.ndarray:
    """Term similarity of each candidate pair: idf-weighted Dice or containment, the larger.

    Only the tasks the pairs name are segmented; term rarity is counted
    over them.
    """
    if not len(rows):
        return np.zeros(0)
    uc, ri = _distinct(rows.tolist())
    up, ci = _distinct(cols.tolist())
    words = [_sorted_terms(child[j]) for j in uc] + [_sorted_terms(parent[i]) for i in up]
    # A task holds a term once.  Terms numbered as they first come, task after
    # task (each task's in order): the order the counter first meets them in.
    df = Counter(itertools.chain.from_iterable(words))
    vocab = dict(zip(df, itertools.count()))
    counts = np.fromiter(df.values(), dtype=np.float64, count=len(df))
    idf = np.log1p((len(uc) + len(up)) / np.maximum(counts, 1.0))
    weight: list[float] = idf.tolist()
    ids = [list(map(vocab.__getitem__, w)) for w in words]
    ids_c, ids_p = ids[: len(uc)], ids[len(uc) :]
    wc = np.array([_summed(map(weight.__getitem__, t)) for t in ids_c])[ri]
    wp = np.array([_summed(map(weight.__getitem__, t)) for t in ids_p])[ci]
    inter = _shared_weight(ri, ci, ids_c, ids_p, weight)
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.where(inter > 0, 2 * inter / (wc + wp), 0.0)
        contain = np.where(inter > 0, 0.9 * inter / np.minimum(wc, wp), 0.0)
    return np.asarray(np.maximum(dice, contain))


def _distinct(values: list[int]) -> tuple[list[int], list[int]]:
    """The distinct ``values`` in ascending order and each value's position among
    them (``np.unique`` with ``return_inverse``, for the few values of one call)."""
    distinct = sorted(set(values))
    at = {v: k for k, v in enumerate(distinct)}
    return distinct, [at[v] for v in values]


@functools.lru_cache(maxsize=65536)
def _sorted_terms(text: str) -> tuple[str, ...]:
    """The terms of ``text`` with their parts (:func:`zwgk.lang.terms.term_family`)
    in their sorted order."""
    return tuple(sorted(term_family(text)))


def _summed(weights: Iterable[float]) -> float:
    """``weights`` added one after another from 0, as a sparse matrix's row times a
    vector (or a sparse product's entry) adds them."""
    return float(functools.reduce(operator.add, weights, 0.0))


def _shared_weight(
    first: Sequence[int],
    second: Sequence[int],
    ids_a: Sequence[Sequence[int]],
    ids_b: Sequence[Sequence[int]],
    weight: Sequence[float],
) -> np.ndarray:
    """For each pair ``(ids_a[first[k]], ids_b[second[k]])``, the summed weight of the
    numbers both hold.

    The sums are those of the rows of a sparse element-wise product, to the
    last bit: each pair's shared weights in descending number (ascending
    when every row of ``ids_b`` is in ascending order), all pairs' rows
    summed by one ``np.add.reduceat``.  The shared numbers are found by set
    look-ups (a few dozen small rows: plain Python, not arrays, whose
    per-call overhead would be most of the cost).
    """
    ascending = all(map(_ascending, ids_b))
    rows_a = [sorted(ids, reverse=not ascending) for ids in ids_a]
    held = [set(ids) for ids in ids_b]
    shared: list[float] = []
    starts: list[int] = []
    where: list[int] = []
    for k, (a, b) in enumerate(zip(first, second, strict=True)):
        have = held[b]
        got = [weight[t] for t in rows_a[a] if t in have]
        if got:
            where.append(k)
            starts.append(len(shared))
            shared.extend(got)
    out = np.zeros(len(first))
    if where:
        out[where] = np.add.reduceat(np.array(shared, dtype=np.float64), starts)
    return out


def _ascending(ids: Sequence[int]) -> bool:
    """Whether ``ids`` are in strictly ascending order."""
    return all(map(operator.lt, ids, itertools.islice(ids, 1, None)))


_CLAUSE_MIN = 4  # a sentence shorter than this (characters) is no clause of its own


@functools.lru_cache(maxsize=65536)
def _clause_grams(text: str) -> tuple[tuple[str, ...], ...]:
    """The character bigrams of each normalised sentence of ``text`` long
    enough to compare (of the whole text if none is)."""
    keys = [match_key(s) for s in sentences(text)]
    clauses = [k for k in keys if len(k) >= _CLAUSE_MIN] or [match_key(text)]
    return tuple(
        tuple(dict.fromkeys(c[i : i + 2] for i in range(len(c) - 1))) or (c,) for c in clauses
    )


@functools.lru_cache(maxsize=2048)
def _clause_sets(text: str) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """The bigram set of each sentence of ``text`` (:func:`_clause_grams`), and of all.

    Kept for fewer texts than the sentences themselves (sets are several times
    larger): enough for a parent's texts, met again with every child.
    """
    clauses = _clause_grams(text)
    return tuple(map(frozenset, clauses)), frozenset(itertools.chain.from_iterable(clauses))


@functools.lru_cache(maxsize=4096)
def _clause_codes(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The bigrams of each sentence of ``text`` (:func:`_clause_grams`, in their
    order) as numbers, one sentence after another (each character's code point
    in 21 bits; a lone character's second 0), and how many each sentence has.
    Read-only: kept, as the sets are, for the texts met again with every child."""
    clauses = _clause_grams(text)
    flat = [g for c in clauses for g in c]
    pairs = np.array(flat, dtype="<U2").view(np.uint32).reshape(-1, 2).astype(np.int64)
    codes = (pairs[:, 0] << 21) | pairs[:, 1]
    lengths = np.array([len(c) for c in clauses], dtype=np.int64)
    codes.flags.writeable = lengths.flags.writeable = False
    return codes, lengths


_SENTENCE_TABLE = 1 << 22  # (sentences + tasks) x bigrams up to which a table says who holds which


def _spans(counts: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For runs of ``counts`` positions from ``starts``, one run after another: each
    position's run, its place in the run, and the position (``starts[run]`` on)."""
    run = np.repeat(np.arange(len(counts)), counts)
    within = np.arange(len(run)) - (np.cumsum(counts) - counts)[run]
    return run, within, starts[run] + within


def _ranks(values: np.ndarray) -> tuple[np.ndarray, int]:
    """Each value's rank among the distinct ``values`` (``np.unique``'s inverse, by one
    sort: a few thousand values at a time), and how many distinct values there are."""
    order = np.argsort(values)
    ordered = values[order]
    new = np.ones(len(ordered), dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    ranks = np.empty(len(values), dtype=np.int64)
    ranks[order] = np.cumsum(new) - 1
    return ranks, int(new.sum())


class _Sentences:
    """The tasks a set of candidate pairs names, their sentences' bigrams and
    the bigrams' rarity over those tasks (a gram a task repeats counts once).

    Every sentence's bigrams are numbers (:func:`_clause_codes`), laid one
    sentence after another over all the tasks; what each pair's scores sum is
    found for all pairs at once (:meth:`_shared`), each sum added in its
    sentence's bigram order.
    """

    def __init__(
        self, rows: np.ndarray, cols: np.ndarray, child: Sequence[str], parent: Sequence[str]
    ) -> None:
        uc, ri = _distinct(rows.tolist())
        up, ci = _distinct(cols.tolist())
        self.first = np.array(ri, dtype=np.int64)  # each pair's child task among the tasks
        self.second = np.array(ci, dtype=np.int64) + len(uc)  # and its parent task
        made = [_clause_codes(t) for t in (*(child[j] for j in uc), *(parent[i] for i in up))]
        codes = np.concatenate([c for c, _ in made])
        self.lengths = np.concatenate([n for _, n in made])  # each sentence's bigrams
        self.clauses = np.array([len(n) for _, n in made], dtype=np.int64)  # each task's
        self.clause_at = np.cumsum(self.clauses) - self.clauses  # each task's first sentence
        self.gram_at = np.cumsum(self.lengths) - self.lengths  # each sentence's first bigram
        self.sentence = sentence = np.repeat(np.arange(len(self.lengths)), self.lengths)
        task = np.repeat(np.arange(len(made)), self.clauses)[sentence]
        self.gram, self.size = _ranks(codes)
        size = self.size
        # Which bigrams each sentence holds, then (numbered after the sentences) each
        # task: a table of them all, or for many, their numbers in order.
        keys = np.concatenate([sentence, len(self.lengths) + task]) * size
        keys += np.concatenate([self.gram, self.gram])
        held = len(self.lengths) * size  # where the tasks' keys start
        self.dense = held + len(made) * size <= _SENTENCE_TABLE
        if self.dense:
            self.table = np.zeros(held + len(made) * size, dtype=bool)
            self.table[keys] = True
            counts = self.table[held:].reshape(len(made), size).sum(axis=0)
        else:
            self.table = np.unique(keys)
            counts = np.bincount(self.table[self.table >= held] % size, minlength=size)
        self.weight = np.log1p(len(made) / np.maximum(counts, 1.0))[self.gram]

    def scores(self) -> tuple[np.ndarray, np.ndarray]:
        """Each pair's most similar two sentences (:func:`clause_scores`), and how much
        of one task's best-kept sentence the other task holds anywhere (idf-weighted
        share of its bigrams), the larger of the two ways."""
        n = len(self.lengths)
        pair, u, v = self._sentence_pairs()
        kept_pair, kept_in, kept_by = self._task_sentences()
        shared, any_ = self._shared(np.concatenate([u, kept_in]), np.concatenate([v, n + kept_by]))
        # a sentence's whole weight, added in its order as :meth:`_shared` adds
        sizes = np.bincount(self.sentence, weights=self.weight, minlength=n)
        total = np.maximum(sizes[u] + sizes[v], 1e-12)
        best = np.zeros(len(self.first))
        at = len(u)
        np.maximum.at(best, pair, np.where(any_[:at], 2 * shared[:at] / total, 0.0))
        size = sizes[kept_in]
        share = np.where(size > 0, shared[at:] / np.where(size > 0, size, 1.0), 0.0)
        kept = np.zeros(len(self.first))
        np.maximum.at(kept, kept_pair, share)
        return best, kept

    def _sentence_pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every sentence of each pair's child task with every sentence of its parent
        task: the pair of each, and the two sentences."""
        n1, n2 = self.clauses[self.first], self.clauses[self.second]
        pair, k, _ = _spans(n1 * n2, np.zeros(len(n1), dtype=np.int64))
        first, second = self.clause_at[self.first][pair], self.clause_at[self.second][pair]
        return pair, first + k // n2[pair], second + k % n2[pair]

    def _task_sentences(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every sentence of each pair's tasks, with the pair and the pair's other task."""
        one = np.concatenate([self.first, self.second])
        other = np.concatenate([self.second, self.first])
        run, _, sentence = _spans(self.clauses[one], self.clause_at[one])
        return run % len(self.first), sentence, other[run]

    def _shared(self, sentences: np.ndarray, holders: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each of ``sentences``: the summed weight of its bigrams that its holder
        (a sentence, or a task numbered after the sentences) holds, added one after
        another from 0 in the sentence's order as :func:`_summed` adds them, and
        whether it shares any.  The sentences' shared weights are laid out one
        sentence after another and added by ``np.bincount`` (one after another)."""
        lengths = self.lengths[sentences]
        owner, _, at = _spans(lengths, self.gram_at[sentences])
        key = holders[owner] * self.size + self.gram[at]
        if self.dense:
            hit = self.table[key]
        else:
            found = np.minimum(np.searchsorted(self.table, key), len(self.table) - 1)
            hit = self.table[found] == key
        mine = owner[hit]
        shared = np.bincount(mine, weights=self.weight[at[hit]], minlength=len(sentences))
        return shared, np.bincount(mine, minlength=len(sentences)) > 0


def sentence_scores(
    rows: np.ndarray, cols: np.ndarray, child: Sequence[str], parent: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """For each candidate pair, :func:`clause_scores` and the share of one task's
    best-kept sentence the other holds (:meth:`_Sentences.scores`),
    the sentences cut and weighed once for both."""
    if not len(rows):
        return np.zeros(0), np.zeros(0)
    return _Sentences(rows, cols, child, parent).scores()


def clause_scores(
    rows: np.ndarray, cols: np.ndarray, child: Sequence[str], parent: Sequence[str]
) -> np.ndarray:
    """For each candidate pair, the similarity of its most similar two sentences.

    A task rewritten into a longer one (or folded into it with others) keeps
    a sentence of its source nearly whole while the texts as wholes share
    little; the idf-weighted Dice coefficient of character bigrams is taken
    over every sentence of one task against every sentence of the other,
    rarity counted over the tasks the pairs name.  Weights are added in each
    sentence's bigram order (the child's, for what two sentences share), as
    a sparse product of the two sides' sentence rows adds them.
    """
    if not len(rows):
        return np.zeros(0)
    return _Sentences(rows, cols, child, parent).scores()[0]


@functools.lru_cache(maxsize=4096)
def _heading_grams(heading: str) -> frozenset[str]:
    key = match_key(heading)
    return frozenset(key[i : i + 2] for i in range(len(key) - 1))


def _restates(heading: str, text: str) -> float:
    """Dice similarity of a heading's bigrams with a text's first sentence's."""
    a, b = _heading_grams(heading), _clause_sets(text)[0][0]
    return 2 * len(a & b) / max(len(a) + len(b), 1)


def heading_scores(
    rows: np.ndarray,
    cols: np.ndarray,
    child: Sequence[tuple[str, Sequence[str]]],
    parent: Sequence[tuple[str, Sequence[str]]],
) -> np.ndarray:
    """For each candidate pair, how nearly one task's nearest heading restates the
    other task's opening sentence (bigram Dice; the larger of the two ways).

    A plan that takes a task of its source for a heading and writes its parts
    as the rows under it (``做好各类规划主动公开`` over three rows on plans)
    says in its own words where those rows come from; ``child`` and
    ``parent`` hold each task's text and section headings."""
    out = np.zeros(len(rows))
    for k, (j, i) in enumerate(zip(rows.tolist(), cols.tolist(), strict=True)):
        (tc, sc), (tp, sp) = child[j], parent[i]
        best = _restates(sc[-1], tp) if sc and tp else 0.0
        if sp and tc:
            best = max(best, _restates(sp[-1], tc))
        out[k] = best
    return out


def term_features(
    char: np.ndarray,
    rows: np.ndarray,
    cols: np.ndarray,
    tscore: np.ndarray,
    shape: tuple[int, int],
    texts: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
) -> np.ndarray:
    """The character features with the term score, its mutual best and its margin,
    and the texts' other evidence: the similarity of the pair's most similar
    sentences, how much of one task's best-kept sentence the other holds, whether
    a heading restates the other task, and how alike the two tasks' distinctive
    grams are (:func:`distinct_shares`)."""
    mutual, margin = _rank_features(rows, cols, tscore, *shape)
    return np.column_stack([char, tscore, mutual, margin, *texts])


def distinct_shares(
    first: Sequence[frozenset[int]],
    second: Sequence[frozenset[int]],
    weight: Sequence[float] | Mapping[int, float],
) -> np.ndarray:
    """For each pair ``(first[k], second[k])`` of two tasks' distinctive grams (those
    hardly any other task of the two plans holds), the Dice coefficient of the
    two sets, each gram weighed by ``weight`` (idf).

    A task restated in other words keeps a few phrases of its own, the names of
    what it publishes (权责清单, 集约化, 规章库): shared by the two tasks and by
    no third, they say more than the stock phrases every task repeats.
    """
    out = np.zeros(len(first))
    of = weight.__getitem__
    for k, (a, b) in enumerate(zip(first, second, strict=True)):
        both = a & b
        if both:
            out[k] = 2 * sum(map(of, both)) / (sum(map(of, a)) + sum(map(of, b)))
    return out


def admitted(
    features: np.ndarray, rows: np.ndarray, cols: np.ndarray, layout: Layout, prob: np.ndarray
) -> np.ndarray:
    """Whether each candidate pair (term features ``features``, probability among
    its rivals ``prob``) may be linked.

    Structure (neighbours, gaps, sections) says where a task's counterpart
    should lie, not that the task there is it: two leftovers at the end of
    one section are each other's only neighbours whatever they say.  A pair
    is linked from :data:`LINK` only if its texts alone make it at least
    :data:`TEXT_LINK` probable (:data:`TEXT_WEIGHTS`).  Structure alone links
    a pair only where it leaves no other reading: the pairs before and after
    it are both linked and it is the only candidate of both its tasks.
    """
    if not len(rows):
        return np.zeros(0, dtype=bool)
    text = probability(features[:, _TEXT_COLUMNS], TEXT_WEIGHTS) >= TEXT_LINK
    alone = (np.bincount(rows)[rows] == 1) & (np.bincount(cols)[cols] == 1)
    enclosed = alone & layout.both_neighbours(rows, cols)
    return np.asarray(((prob >= LINK) & text) | enclosed)
