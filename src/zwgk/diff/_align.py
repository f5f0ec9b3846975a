"""Align the tasks of two plans by content.

Texts are normalised (script, width, punctuation, whitespace) and cut into
character bigrams weighted by rarity (idf over both plans).  The similarity
of two tasks is the larger of their weighted Dice coefficient and their
containment (the share of the shorter text found in the longer one),
damped for short texts.  One sparse matrix product gives every pair's
overlap (an inverted-index join: pairs sharing no bigram cost nothing).

A first optimal one-to-one assignment (Hungarian algorithm) finds confident
anchors (the heaviest chain of them in the same order on both sides); the
final assignment adds small bonuses for pairs consistent with the anchors'
order and for similar section headings.  A task lying wholly inside another
aligned task is unpaired from a weaker partner; leftover tasks that are each
other's clear best partner between the same anchors are paired somewhat
below the threshold.  Then tasks left over are attached as parts of splits
(one parent, several children) or merges (several parents, one child) when
their text lies inside the other side's and adds to what the group covers.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs
import numpy as np
from scipy import sparse
from scipy.optimize import linear_sum_assignment
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from zwgk._model import Task
from zwgk.diff import _evidence
from zwgk.diff._norm import match_key

__all__ = ["DEFAULT_THRESHOLD", "Features", "Group", "align"]

DEFAULT_THRESHOLD = 0.35
"""Pairs less similar than this are not aligned (added + dropped instead)."""

_CANDIDATE_FLOOR = 0.12  # pairs below this are never considered
_ANCHOR = 0.6  # pairs at least this similar anchor the order
_ORDER_BONUS = 0.04
_SECTION_BONUS = 0.04
_PART_CONTAINMENT = 0.5  # a part of a split/merge lies this much inside the whole
_PART_GAIN = 0.1  # and adds this much to what the group covers (at that containment)
_PART_GAIN_MIN = 0.03  # or this much, when wholly inside
_WHOLLY = 0.85  # a task this much inside an aligned task is a part of it
_MARGIN = 0.3  # when this much less inside its own partner
_MUTUAL_FLOOR = 0.65  # mutual best partners align from this share of the threshold
_MUTUAL_DICE = 0.18  # and their whole texts are at least this similar
_MUTUAL_RATIO = 1.3  # when at least this much more similar than either's runner-up
_TIE_BREAK = 1e-6
_EVIDENCE_FLOOR = 0.05  # candidates this similar may still be linked on other evidence
_EVIDENCE_TOP_K = 6  # an unaligned task's candidates weighed on that evidence
_EVIDENCE_ROUNDS = 3
_EVIDENCE_HOPE = 0.02  # pairs less probable than this on characters alone are not segmented
_CONTAINMENT_WEIGHT = 0.9
_SHORT = 10  # containment counts fully from this many characters
_DENSE_LIMIT = 250_000  # one dense assignment up to this many pairs, else a sparse one
_ALL_PAIRS = 250_000  # every pair sharing a gram is a candidate up to this many pairs
_SIGNATURE_CAP = 1.0  # larger plans: signature grams occur at most this x sqrt(tasks) times
_SIGNATURE_MIN_CAP = 32.0
_SIGNATURE_RAREST = 8  # and every task keeps its rarest grams
_TOP_K = 24  # candidates kept per task on each side
_BATCH = 8_192
_SHARED_TABLE = 1 << 24  # parent tasks x grams up to which shared grams are looked up in a table
_FEW_HEADINGS = 1_024  # pairs of headings compared as sets rather than by a sparse product
_DISTINCTIVE = 2  # a gram at most this many tasks of the two plans hold is distinctive


@attrs.frozen
class Group:
    """Parent and child task positions aligned together, with their similarity."""

    parents: tuple[int, ...]
    children: tuple[int, ...]
    score: float
    confidence: float = 0.0
    """The calibrated probability that the group is right (0 for an unaligned task)."""
    nearest: tuple[int, float] | None = None
    """For an unaligned task: the most similar task on the other side and its score."""


def _grams(key: str) -> tuple[str, ...]:
    if len(key) < 2:
        return (key,) if key else ()
    return tuple(dict.fromkeys(map(operator.add, key, key[1:])))


@attrs.frozen(eq=False)
class _Headings:
    """One side's distinct section headings (normalised) and each task's among them;
    each heading's grams as numbers (:func:`_codes`), one heading after another,
    and as a set, made when first asked for (a few headings are compared by
    :func:`_few_headings_dice`, which needs neither)."""

    keys: tuple[str, ...]
    index: np.ndarray

    @classmethod
    def of(cls, sections: Sequence[str]) -> _Headings:
        distinct: dict[str, int] = {}
        index = np.array([distinct.setdefault(k, len(distinct)) for k in sections], np.int64)
        return cls(tuple(distinct), index)

    @functools.cached_property
    def _grams(self) -> list[tuple[str, ...]]:
        return [_grams(k) for k in self.keys]

    @functools.cached_property
    def codes(self) -> np.ndarray:
        return _codes(itertools.chain.from_iterable(self._grams))

    @functools.cached_property
    def indptr(self) -> np.ndarray:
        indptr = np.zeros(len(self.keys) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(g) for g in self._grams])
        return indptr

    @functools.cached_property
    def sets(self) -> tuple[frozenset[str], ...]:
        return tuple(map(frozenset, self._grams))


@attrs.frozen(eq=False)
class Features:
    """What the alignment needs of one side's tasks, computed once.

    Normalised keys, section keys and the order key that decides which side
    is aligned first; the side's own gram vocabulary (each distinct
    character bigram numbered in order of first appearance, as its code
    points) and every task's grams as those numbers.  Picklable, so a
    parent prepared once can be sent to every worker of a roll-up.
    """

    keys: tuple[str, ...]
    sections: tuple[str, ...]
    side_key: tuple[tuple[str, tuple[str, ...]], ...]
    headings: _Headings = attrs.field(repr=False)
    task_codes: np.ndarray = attrs.field(repr=False)
    """Every task's distinct grams as numbers (:func:`_codes`), one task after another."""
    indptr: np.ndarray = attrs.field(repr=False)
    """Where each task's grams start in :attr:`ids` (and where the last ends)."""
    copied: _Copied | None = attrs.field(default=None, repr=False)
    """How the grams were pieced from the features ``like`` (:meth:`of`), if they were."""

    @classmethod
    def of(cls, tasks: Sequence[Task], like: Features | None = None) -> Features:
        """The features of ``tasks``; the grams of a task whose key ``like`` holds
        (a parent's, for its children) are copied from it, not cut again."""
        texts = tuple(_obligation(t) for t in tasks)
        keys = tuple(map(match_key, texts))
        copied = None
        if like is None:
            grams, task = _task_grams(keys)
            indptr = _indptr(np.bincount(task, minlength=len(keys)))
        else:
            grams, indptr, copied = _known_grams(keys, like)
        sections = tuple(match_key("".join(t.section)) for t in tasks)
        return cls(
            keys=keys,
            sections=sections,
            side_key=tuple(zip(texts, (t.section for t in tasks), strict=True)),
            headings=_Headings.of(sections),
            task_codes=grams,
            indptr=indptr,
            copied=copied,
        )

    def __len__(self) -> int:
        return len(self.keys)

    @functools.cached_property
    def _vocabulary(self) -> tuple[np.ndarray, np.ndarray]:
        return _numbered(self.task_codes)

    @property
    def codes(self) -> np.ndarray:
        """The vocabulary's grams as numbers (:func:`_codes`), in its order (numbered
        when first asked for: a side aligned as the second of two needs none)."""
        return self._vocabulary[0]

    @property
    def ids(self) -> np.ndarray:
        """Every task's grams as vocabulary numbers, one after another."""
        return self._vocabulary[1]

    @functools.cached_property
    def code_order(self) -> np.ndarray:
        """The vocabulary's numbers in the order of their codes (computed when first
        asked for, so once for a parent aligned with many children)."""
        return np.argsort(self.codes, kind="stable")

    @functools.cached_property
    def sorted_codes(self) -> np.ndarray:
        """The vocabulary's grams as numbers, in ascending order (:attr:`code_order`)."""
        return np.asarray(self.codes[self.code_order])

    @functools.cached_property
    def counts(self) -> np.ndarray:
        """How many tasks hold each gram of the vocabulary."""
        return np.bincount(self.ids, minlength=len(self.codes))

    @functools.cached_property
    def holders(self) -> sparse.csr_matrix:
        """For each gram of the vocabulary, the tasks that hold it (in ascending
        order): the transpose of the tasks' gram matrix, made once."""
        owner = np.repeat(np.arange(len(self.keys), dtype=np.int64), np.diff(self.indptr))
        order = np.argsort(self.ids, kind="stable")
        indptr = np.zeros(len(self.codes) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum(self.counts)
        shape = (len(self.codes), len(self.keys))
        return sparse.csr_matrix((np.ones(len(order)), owner[order], indptr), shape=shape)

    @functools.cached_property
    def grams(self) -> _GramsOf:
        """Each task's grams as its own vocabulary's numbers (kept, like
        :attr:`code_order`, for every child a parent is aligned with)."""
        return _GramsOf(self.ids, self.indptr)

    @functools.cached_property
    def lengths(self) -> np.ndarray:
        """Each key's length in characters."""
        return np.array([len(k) for k in self.keys], dtype=np.float64)

    @functools.cached_property
    def headed(self) -> np.ndarray:
        """Whether each task lies under a section heading."""
        return np.array([bool(k) for k in self.sections], dtype=bool)

    @functools.cached_property
    def by_text(self) -> dict[str, list[int]]:
        """The positions of the tasks of each key."""
        out: dict[str, list[int]] = {}
        for i, t in enumerate(self.keys):
            out.setdefault(t, []).append(i)
        return out


def _obligation(task: Task) -> str:
    """What a task obliges: its text, and its requirement (:attr:`Task.note`) as
    another sentence.  A table's 工作要求 column, read as the note, is most of
    what tells one rewritten task from another under a short 工作任务."""
    return "\n".join(filter(None, (task.text, task.note)))


def _task_grams(keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Every key's distinct grams (:func:`_grams`) as numbers (:func:`_codes`), in order,
    one key after another, and the key each belongs to."""
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    chars = np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    task = np.repeat(np.arange(len(keys), dtype=np.int64), lengths)
    pair = np.zeros(len(chars), dtype=bool)  # a bigram starts here
    pair[:-1] = task[1:] == task[:-1]
    second = np.zeros(len(chars), dtype=np.int64)
    second[:-1] = chars[1:]
    valid = pair | (lengths[task] == 1)  # a one-character key is its own gram
    grams = ((chars << 21) | np.where(pair, second, 0))[valid]
    task = task[valid]
    order, new = _runs((task << 42) | grams)
    first = np.sort(order[new])
    return grams[first], task[first]


def _indptr(lengths: np.ndarray) -> np.ndarray:
    """Where each of the runs ``lengths`` long starts (and where the last ends)."""
    indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum(lengths)
    return indptr


@attrs.frozen(eq=False)
class _Copied:
    """Features pieced from those of ``source`` (:func:`_known_grams`): the grams of
    the tasks cut anew (``new``, one task after another) and which of ``source``'s
    gram positions, then ``new``'s, each gram position takes (``gather``)."""

    source: Features
    new: np.ndarray
    gather: np.ndarray

    def joint_ids(self) -> np.ndarray:
        """The pieced features' grams numbered as :func:`_joint_ids` numbers them
        with :attr:`source` first: the source's numbers, then the new grams looked up."""
        every = np.concatenate([self.source.ids, _looked_up(self.source, self.new)])
        return np.asarray(every[self.gather])


def _known_grams(keys: Sequence[str], like: Features) -> tuple[np.ndarray, np.ndarray, _Copied]:
    """Every key's grams as :func:`_task_grams` numbers them, one key after another,
    and where each key's start: those of a key ``like`` holds copied from its
    task's, only the other keys cut into grams; and how they were pieced."""
    by_text = like.by_text
    at = [by_text[k][0] if k in by_text else -1 for k in keys]
    new = [k for k, i in zip(keys, at, strict=True) if i < 0]
    if new:
        codes, task = _task_grams(new)
        new_ptr = _indptr(np.bincount(task, minlength=len(new)))
    else:  # a copy of tasks ``like`` holds: nothing to cut
        codes, new_ptr = like.task_codes[:0], np.zeros(1, dtype=np.int64)
    gather, indptr = _pieced(at, (len(like.task_codes), like.indptr), new_ptr)
    every = np.concatenate([like.task_codes, codes])
    return every[gather], indptr, _Copied(like, codes, gather)


def _pieced(
    at: Sequence[int], known: tuple[int, np.ndarray], new_ptr: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Runs of values one after another: ``known``'s run ``at[k]`` (``known``: how many
    values it has and where its runs start), or where ``at[k]`` is -1, the next
    new run (``new_ptr``: where they start).  Where each value is taken from,
    ``known``'s values and the new ones after them, and where each run starts:
    one gather takes them (slicing run by run costs more)."""
    old_ptr, new_ptr = known[1].tolist(), new_ptr.tolist()
    base = known[0]
    starts: list[int] = []
    lengths: list[int] = []
    taken = 0
    for i in at:
        if i >= 0:
            starts.append(old_ptr[i])
            lengths.append(old_ptr[i + 1] - old_ptr[i])
        else:
            starts.append(base + new_ptr[taken])
            lengths.append(new_ptr[taken + 1] - new_ptr[taken])
            taken += 1
    runs = np.array(lengths, dtype=np.int64)
    indptr = _indptr(runs)
    begin = np.array(starts, dtype=np.int64) - indptr[:-1]
    return np.repeat(begin, runs) + np.arange(indptr[-1]), indptr


def _runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A stable sorting order of ``values`` and, in that order, where each distinct
    value's run starts (its first occurrence)."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.ones(len(ordered), dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    return order, new


def _numbered(grams: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ``grams`` in order of first appearance, and each gram's number
    among them: one unstable sort of the grams (a distinct gram first appears at
    the least position of its run), then one of the distinct grams."""
    order = np.argsort(grams)
    ordered = grams[order]
    new = np.ones(len(ordered), dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    first = np.minimum.reduceat(order, np.flatnonzero(new)) if len(order) else order
    rank = np.argsort(first)  # distinct grams by first appearance
    number = np.empty(len(rank), dtype=np.int64)
    number[rank] = np.arange(len(rank))
    ids = np.empty(len(grams), dtype=np.int64)
    ids[order] = number[np.cumsum(new) - 1]
    return grams[first[rank]], ids


def _codes(grams: Iterable[str]) -> np.ndarray:
    """Each gram of one or two characters as one number, its code points in 21 bits
    each (a lone character: second 0)."""
    pairs = np.array(list(grams), dtype="<U2").view(np.uint32).reshape(-1, 2).astype(np.int64)
    return np.asarray((pairs[:, 0] << 21) | pairs[:, 1])


def _joint_ids(first: Features, second: Features) -> np.ndarray:
    """``second``'s grams (:attr:`Features.ids`) numbered in one vocabulary with
    ``first``'s: ``first``'s own numbers, then ``second``'s grams new to it in
    order of first appearance (so ``second``'s own vocabulary is never needed).

    A task of ``second`` whose key ``first`` holds has that task's numbers: when
    most do (a child of a parent), only the others' grams are looked up; for
    ``second`` pieced from ``first`` (:class:`_Copied`), as it was pieced.
    """
    if second.copied is not None and second.copied.source is first:
        return second.copied.joint_ids()
    at = [first.by_text[k][0] if k in first.by_text else -1 for k in second.keys]
    if 2 * at.count(-1) > len(at):
        return _looked_up(first, second.task_codes)
    ptr = second.indptr.tolist()
    new = [second.task_codes[ptr[j] : ptr[j + 1]] for j, i in enumerate(at) if i < 0]
    lengths = np.array([len(g) for g in new], dtype=np.int64)
    grams = np.concatenate(new) if new else second.task_codes[:0]
    gather, _ = _pieced(at, (len(first.ids), first.indptr), _indptr(lengths))
    return np.asarray(np.concatenate([first.ids, _looked_up(first, grams)])[gather])


def _looked_up(first: Features, grams: np.ndarray) -> np.ndarray:
    """``grams`` numbered as :func:`_joint_ids` numbers them."""
    order, known = first.code_order, first.sorted_codes
    at = np.minimum(np.searchsorted(known, grams), max(len(known) - 1, 0))
    found = known[at] == grams if len(known) else np.zeros(len(grams), bool)
    ids = np.empty(len(grams), dtype=np.int64)
    ids[found] = order[at[found]]
    ids[~found] = len(known) + _numbered(grams[~found])[1]
    return ids


class _GramsOf:
    """Each task's grams as joint vocabulary numbers, made when first asked for."""

    def __init__(self, ids: np.ndarray, indptr: np.ndarray) -> None:
        self.ids, self.indptr = ids, indptr
        self.made: dict[int, tuple[int, ...]] = {}

    def __getitem__(self, i: int) -> tuple[int, ...]:
        grams = self.made.get(i)
        if grams is None:
            grams = self.made[i] = tuple(self.ids[self.indptr[i] : self.indptr[i + 1]].tolist())
        return grams


class _Side:
    def __init__(self, features: Features, joint: np.ndarray | None = None) -> None:
        self.keys = features.keys
        self.ids = features.ids if joint is None else joint
        self.indptr = features.indptr
        self.grams = features.grams if joint is None else _GramsOf(self.ids, self.indptr)
        self.headings = features.headings
        self.section = features.headings.index
        self.headed = features.headed
        self.lengths = features.lengths

    def weighted_sizes(self, idf: np.ndarray) -> np.ndarray:
        """Each task's summed gram weights, added in its grams' order from 0 (as the
        product of its gram matrix with ``idf`` adds them, to the last bit)."""
        owner = np.repeat(np.arange(len(self.keys), dtype=np.int64), np.diff(self.indptr))
        return np.bincount(owner, weights=idf[self.ids], minlength=len(self.keys))

    def matrix(self, size: int) -> sparse.csr_matrix:
        data = np.ones(len(self.ids), dtype=np.float64)
        # copies: scipy may sort a matrix's indices in place, and these are the features'
        indices, indptr = self.ids.copy(), self.indptr.copy()
        return sparse.csr_matrix((data, indices, indptr), shape=(len(self.keys), size))


def _overlap(bc: sparse.csr_matrix, bp: sparse.csr_matrix, idf: np.ndarray) -> sparse.coo_matrix:
    return (bc.multiply(idf).tocsr() @ bp.T).tocoo()


def _top_k(keys: np.ndarray, values: np.ndarray, k: int) -> np.ndarray:
    """A mask of the ``k`` largest ``values`` of every key."""
    order = np.lexsort((-values, keys))
    sk = keys[order]
    new = np.ones(len(sk), dtype=bool)
    new[1:] = sk[1:] != sk[:-1]
    run = np.flatnonzero(new)[np.cumsum(new) - 1]  # where each entry's key starts
    mask = np.zeros(len(keys), dtype=bool)
    mask[order] = (np.arange(len(sk)) - run) < k
    return mask


def _all_pairs(
    child: _Side, parent: Features, idf: np.ndarray, by_pair: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair ``(child, parent)`` sharing a gram, and their idf-weighted gram overlap.

    The sparse product of the child's weighted grams (each task's in ascending
    number) with the parent's tasks by gram (:attr:`Features.holders`, made once
    for a parent aligned with many children): the child's grams no parent task
    holds left out, as they add to no pair.  ``by_pair``: the pairs in ascending
    order of child, then parent (not the product's order), their overlaps
    added as the product adds them (:func:`_pair_sums`), with no matrix built.
    """
    known = len(parent.codes)
    ids = child.ids
    owner = np.repeat(np.arange(len(child.keys), dtype=np.int64), np.diff(child.indptr))
    mine = ids < known
    ids, owner = ids[mine], owner[mine]
    ids = ids[np.argsort(owner * max(known, 1) + ids)]  # ``owner`` stays as it is, sorted
    if by_pair:
        return _pair_sums(owner, ids, parent.holders, idf, len(child.keys))
    indptr = np.zeros(len(child.keys) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum(np.bincount(owner, minlength=len(child.keys)))
    weighted = sparse.csr_matrix((idf[ids], ids, indptr), shape=(len(child.keys), known))
    o = (weighted @ parent.holders).tocoo()
    return o.row.astype(np.int64), o.col.astype(np.int64), o.data


def _pair_sums(
    owner: np.ndarray, ids: np.ndarray, holders: sparse.csr_matrix, idf: np.ndarray, m: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of child tasks ``owner`` (ascending) holding grams ``ids`` (ascending in
    each task) with the parent tasks ``holders`` lists for each gram, in ascending order
    of child then parent, and each pair's summed gram weights.

    Every (child gram, parent task) meeting is listed in the order a sparse product
    meets them (a task's grams in turn, each gram's parent tasks in turn) and its
    weight added to its pair's sum in that order (``np.bincount`` adds its weights
    one after another): the product's sums, to the last bit.  Every gram weighs
    more than 0 (an idf), so the pairs sharing one are those whose sum is not 0.
    """
    n = holders.shape[1]
    count = np.diff(holders.indptr)[ids]
    ends = np.cumsum(count)
    total = int(ends[-1]) if len(ends) else 0
    at = np.repeat(holders.indptr[ids] - (ends - count), count) + np.arange(total)
    key = np.repeat(owner * n, count) + holders.indices[at]
    sums = np.bincount(key, weights=np.repeat(idf[ids], count), minlength=m * n)
    pairs = np.flatnonzero(sums)
    return pairs // max(n, 1), pairs % max(n, 1), sums[pairs]


def _candidates(
    bc: sparse.csr_matrix, bp: sparse.csr_matrix, idf: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs ``(child, parent)`` of large plans and their idf-weighted gram overlap.

    (Small plans: every pair sharing a gram, :func:`_all_pairs`.)  Large plans: stock phrases
    make nearly every pair share some gram, so candidates come from each
    task's signature instead (its grams no more frequent than a cap that
    grows as the square root of the plans' size, and at least its rarest
    few), keeping the best few per task on each side; only those pairs get
    their full overlap.  Nothing is built over all pairs.
    """
    m, n = bc.shape[0], bp.shape[0]
    df = np.asarray(bc.sum(axis=0)).ravel() + np.asarray(bp.sum(axis=0)).ravel()
    cap = max(_SIGNATURE_MIN_CAP, _SIGNATURE_CAP * np.sqrt(m + n))
    sc, sp = _signature(bc, df, cap), _signature(bp, df, cap)
    o = _overlap(sc, sp, idf)
    keep = _top_k(o.row, o.data, _TOP_K) | _top_k(o.col, o.data, _TOP_K)
    rows, cols = o.row[keep].astype(np.int64), o.col[keep].astype(np.int64)
    return rows, cols, _shared(bc, bp, idf, rows, cols)


def _shared(
    bc: sparse.csr_matrix,
    bp: sparse.csr_matrix,
    idf: np.ndarray,
    rows: np.ndarray,
    cols: np.ndarray,
) -> np.ndarray:
    """The summed weight of the grams child ``rows[k]`` and parent ``cols[k]`` share.

    Taken ``_BATCH`` pairs at a time as ``bc.multiply(idf)[rows].multiply(bp[cols])``
    summed by rows; where a table of which parent task holds which gram is small
    enough, looked up in it instead (:class:`_Shared`: the same sums, faster).
    """
    if bp.shape[0] * (int(bp.indices.max(initial=-1)) + 1) <= _SHARED_TABLE:
        return _Shared(bc, bp, idf).weights(rows, cols)
    weighted = bc.multiply(idf).tocsr()
    inter = np.zeros(len(rows))
    for lo in range(0, len(rows), _BATCH):
        r, c = rows[lo : lo + _BATCH], cols[lo : lo + _BATCH]
        inter[lo : lo + _BATCH] = np.asarray(weighted[r].multiply(bp[c]).sum(axis=1)).ravel()
    return inter


class _Shared:
    """The summed weight of the grams a child task and a parent task share, pair by pair.

    The sums are those of ``bc.multiply(idf)[rows].multiply(bp[cols]).sum(axis=1)``
    taken ``_BATCH`` pairs at a time, to the last bit: scipy adds a pair's shared
    weights in ascending gram number when every parent row of the batch is in
    ascending order (its merge of sorted rows), else in descending number, and
    sums each pair by one ``np.add.reduceat``.  Here each child gram is looked up
    in a table of which parent task holds which gram, with no sparse matrix built
    per batch.
    """

    def __init__(self, bc: sparse.csr_matrix, bp: sparse.csr_matrix, idf: np.ndarray) -> None:
        n = bp.shape[0]
        known = self.known = int(bp.indices.max(initial=-1)) + 1  # grams some parent task holds
        held = np.repeat(np.arange(n, dtype=np.int64) * known, np.diff(bp.indptr)) + bp.indices
        self.table = np.zeros(n * known, dtype=bool)
        self.table[held] = True
        self.ascending = _rows_ascending(bp.indptr, bp.indices)
        ids = bc.indices.astype(np.int64)
        owner = np.repeat(np.arange(bc.shape[0], dtype=np.int64), np.diff(bc.indptr))
        mine = ids < known  # a gram no parent task holds is shared with none
        ids, owner = ids[mine], owner[mine]
        # Positions into the table fit in 32 bits (it holds at most _SHARED_TABLE
        # entries): half the memory traffic of 64-bit ones.
        self.int = np.int32 if len(ids) < 1 << 31 else np.int64
        self.up = ids[np.argsort(owner * known + ids)].astype(self.int)
        self.down = ids[np.argsort(owner * known + (known - 1 - ids))].astype(self.int)
        self.length = np.bincount(owner, minlength=bc.shape[0])
        self.start = np.cumsum(self.length) - self.length
        self.idf = idf

    def weights(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The shared weight of each pair ``(rows[k], cols[k])``."""
        out = np.zeros(len(rows))
        for lo in range(0, len(rows), _BATCH):
            r, c = rows[lo : lo + _BATCH], cols[lo : lo + _BATCH]
            grams = self.up if self.ascending[c].all() else self.down
            out[lo : lo + _BATCH] = self._sums(r, c, grams)
        return out

    def _sums(self, r: np.ndarray, c: np.ndarray, grams: np.ndarray) -> np.ndarray:
        out = np.zeros(len(r))
        lens = self.length[r]
        ends = np.cumsum(lens)
        total = int(ends[-1]) if len(ends) else 0
        if not total:
            return out
        at = np.repeat((self.start[r] - (ends - lens)).astype(self.int), lens)
        at += np.arange(total, dtype=self.int)
        g = grams[at]
        key = np.repeat((c * self.known).astype(self.int), lens)
        key += g
        hit = np.flatnonzero(self.table[key])
        count = np.diff(np.searchsorted(hit, ends), prepend=0)
        nz = np.flatnonzero(count)
        if len(nz):
            out[nz] = np.add.reduceat(self.idf[g[hit]], (np.cumsum(count) - count)[nz])
        return out


def _rows_ascending(indptr: np.ndarray, indices: np.ndarray) -> np.ndarray:
    """Whether each row's numbers are in strictly ascending order."""
    rises = np.ones(len(indices), dtype=bool)
    rises[1:] = indices[1:] > indices[:-1]
    rises[indptr[:-1][np.diff(indptr) > 0]] = True  # a row's first number
    falls = np.r_[0, np.cumsum(~rises)][indptr]
    return np.asarray(falls[1:] == falls[:-1])


def _signature(b: sparse.csr_matrix, df: np.ndarray, cap: float) -> sparse.csr_matrix:
    """Each row's grams of document frequency at most ``cap``, and at least its rarest few.

    Only rows with fewer than the few under the cap are ranked (by frequency,
    then gram number): every other row keeps exactly its grams under the cap.
    """
    coo = b.tocoo()
    rows, cols = coo.row, coo.col
    f = df[cols]
    keep = f <= cap
    short = np.bincount(rows[keep], minlength=b.shape[0]) < _SIGNATURE_RAREST
    ranked = np.flatnonzero(short[rows])
    if len(ranked):
        order = ranked[np.lexsort((cols[ranked], f[ranked], rows[ranked]))]
        r = rows[order]
        start = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])
        rank = np.arange(len(r)) - np.repeat(start, np.diff(np.r_[start, len(r)]))
        keep[order[rank < _SIGNATURE_RAREST]] = True
    data = np.ones(int(keep.sum()))
    return sparse.csr_matrix((data, (rows[keep], cols[keep])), shape=b.shape)


def _section_bonus(child: _Headings, parent: _Headings) -> np.ndarray:
    """Dice similarity of every child section heading with every parent one (their gram sets)."""
    if len(child.keys) * len(parent.keys) <= _FEW_HEADINGS:
        return _few_headings_dice(child.keys, parent.keys)
    _, joint = np.unique(np.concatenate([child.codes, parent.codes]), return_inverse=True)
    size = max(int(joint.max(initial=-1)) + 1, 1)
    at = len(child.codes)
    a, b = (
        sparse.csr_matrix((np.ones(len(ix)), ix, h.indptr), shape=(len(h.keys), size))
        for ix, h in ((joint[:at], child), (joint[at:], parent))
    )
    return _dice((a @ b.T).toarray(), child, parent)


@functools.lru_cache(maxsize=1024)
def _few_headings_dice(child: tuple[str, ...], parent: tuple[str, ...]) -> np.ndarray:
    """:func:`_section_bonus` of a few headings, their shared grams counted by set
    intersections (for a few, a sparse product costs more); cached, as the children
    of one parent mostly repeat its headings, and so is each child heading's row,
    for a child that rewords a few of them.  The array is read-only."""
    rows = [_heading_dice(key, parent) for key in child]
    out = np.array(rows, dtype=np.float64).reshape(len(child), len(parent))
    out.flags.writeable = False
    return out


@functools.lru_cache(maxsize=16384)
def _heading_dice(heading: str, parent: tuple[str, ...]) -> np.ndarray:
    """The Dice similarity of one heading's grams with each of ``parent``'s headings
    (read-only)."""
    a, b = _Headings.of((heading,)), _parent_headings(parent)
    inter = np.array([len(a.sets[0] & y) for y in b.sets], dtype=np.float64)
    row = np.asarray(_dice(inter.reshape(1, len(parent)), a, b)[0])
    row.flags.writeable = False
    return row


@functools.lru_cache(maxsize=64)
def _parent_headings(keys: tuple[str, ...]) -> _Headings:
    return _Headings.of(keys)


def _dice(inter: np.ndarray, child: _Headings, parent: _Headings) -> np.ndarray:
    total = np.diff(child.indptr)[:, None] + np.diff(parent.indptr)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, 2 * inter / total, 0.0)


def _heaviest_chain(pairs: list[tuple[int, int]], weights: list[float]) -> list[tuple[int, int]]:
    """The heaviest subsequence of ``pairs`` (sorted, distinct firsts) increasing in second.

    Weighted by similarity rather than counted, so that among equally long
    orders the more similar anchors win, whichever plan is called the parent.
    A Fenwick tree over the seconds keeps it O(k log k); pairs already in
    order (most anchors of a child of its parent) are the chain themselves.
    """
    if not pairs:
        return []
    if _one_chain(pairs, weights):
        return list(pairs)
    size = max(p for _, p in pairs) + 2
    tree_w = [0.0] * (size + 1)
    tree_k = [-1] * (size + 1)
    best_w = [0.0] * len(pairs)
    prev = [-1] * len(pairs)
    for k, (_, p) in enumerate(pairs):
        # best chain ending at a second < p
        w, at, x = 0.0, -1, p  # positions 1..p hold seconds 0..p-1
        while x > 0:
            if tree_w[x] > w:
                w, at = tree_w[x], tree_k[x]
            x -= x & -x
        best_w[k] = w + weights[k]
        prev[k] = at
        x = p + 1
        while x <= size:
            if best_w[k] > tree_w[x]:
                tree_w[x], tree_k[x] = best_w[k], k
            x += x & -x
    k = max(range(len(pairs)), key=lambda q: best_w[q])
    out: list[tuple[int, int]] = []
    while k >= 0:
        out.append(pairs[k])
        k = prev[k]
    return out[::-1]


def _one_chain(pairs: list[tuple[int, int]], weights: list[float]) -> bool:
    """Whether ``pairs`` increase in second and each makes the chain of those before it
    heavier (its weight added to their sum, as the search adds it): then all of them
    are the heaviest chain, and no other is as heavy."""
    total = 0.0
    for k, w in enumerate(weights):
        if (k and pairs[k][1] <= pairs[k - 1][1]) or not total + w > total:
            return False
        total += w
    return True


def _assign(
    rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, shape: tuple[int, int]
) -> list[tuple[int, int]]:
    """A maximum-weight matching over the positive candidate weights."""
    keep = weights > 0
    rows, cols, weights = rows[keep], cols[keep], weights[keep]
    if not len(rows):
        return []
    if shape[0] * shape[1] <= _DENSE_LIMIT:
        dense = np.zeros(shape, dtype=np.float64)
        dense[rows, cols] = weights
        a, b = linear_sum_assignment(dense, maximize=True)
        kept = dense[a, b] > 0
        return list(zip(a[kept].tolist(), b[kept].tolist(), strict=True))
    return _sparse_assign(rows, cols, weights, shape)


def _sparse_assign(
    rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, shape: tuple[int, int]
) -> list[tuple[int, int]]:
    """The same matching on the candidate edges alone (sparse LAPJV).

    Every task may stay unmatched: child ``j`` has a private column
    ``n + j`` and parent ``i`` a private row ``m + i``; a matched pair
    ``(j, i)`` frees the edge ``(m + i, n + j)``.  All costs are
    ``2 - weight`` or 2, so the cheapest full matching is the heaviest one.
    """
    m, n = shape
    k = len(rows)
    r = np.concatenate([rows, np.arange(m), m + np.arange(n), m + cols])
    c = np.concatenate([cols, n + np.arange(m), np.arange(n), n + rows])
    cost = np.concatenate([2.0 - weights, np.full(m + n + k, 2.0)])
    graph = sparse.csr_matrix((cost, (r, c)), shape=(m + n, n + m))
    a, b = min_weight_full_bipartite_matching(graph)
    return [(int(x), int(y)) for x, y in zip(a, b, strict=True) if x < m and y < n]


def align(
    parent: Sequence[Task] | Features,
    child: Sequence[Task] | Features,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    splits: bool = True,
    detail: bool = True,
) -> list[Group]:
    """Aligned groups of parent and child task positions.

    Every task of both sides appears in exactly one group; a group with no
    parents is an added child task, one with no children a dropped parent
    task.  Groups come in child order, dropped parent tasks after the group
    holding the parent task before them.  Either side may be given as
    :class:`Features` computed once.  ``detail=False`` leaves out what only
    a report reads: each group's confidence (0) and each unaligned task's
    nearest task (``None``); the groups and their scores are the same.

    The grouping does not depend on which side is called the parent: the
    two sides are aligned in one canonical order (by their texts) and the
    groups mirrored when the call asked for the other, so swapping the sides
    swaps added/dropped and split/merged exactly.
    """
    pf = parent if isinstance(parent, Features) else Features.of(parent)
    cf = child if isinstance(child, Features) else Features.of(child)
    if cf.side_key < pf.side_key:
        mirrored = _align_oriented(cf, pf, threshold=threshold, splits=splits, detail=detail)
        groups = [Group(g.children, g.parents, g.score, g.confidence, g.nearest) for g in mirrored]
        return _in_child_order(groups)
    return _align_oriented(pf, cf, threshold=threshold, splits=splits, detail=detail)


def _in_child_order(groups: list[Group]) -> list[Group]:
    """Groups ordered by child position; a dropped parent task after the group
    holding the parent task before it."""
    where: dict[int, int] = {}
    for g in groups:
        if g.children:
            for i in g.parents:
                where[i] = min(g.children)

    def key(g: Group) -> tuple[int, int, int]:
        if g.children:
            return (min(g.children), 0, 0)
        first = min(g.parents)
        before = max((i for i in where if i < first), default=None)
        return (where[before] if before is not None else -1, 1, first)

    return sorted(groups, key=key)


def _align_oriented(
    parent: Features,
    child: Features,
    *,
    threshold: float,
    splits: bool,
    detail: bool = True,
) -> list[Group]:
    n, m = len(parent), len(child)
    joint = _joint_ids(parent, child)
    ps, cs = _Side(parent), _Side(child, joint)
    size = max(len(parent.codes), int(joint.max(initial=-1)) + 1, 1)  # the joint vocabulary
    df = np.bincount(cs.ids, minlength=size)
    df[: len(parent.codes)] += parent.counts  # the parent's counted once, for every child
    idf = np.log1p((n + m) / np.maximum(df, 1.0))
    wp, wc = ps.weighted_sizes(idf), cs.weighted_sizes(idf)
    # Equal normalised texts are a perfect match, whatever they hold.
    extra_r, extra_c = _equal_texts(cs.keys, parent.by_text)
    if m * n <= _ALL_PAIRS:
        # With equal texts added, the candidates are put in pair order below:
        # they may come in that order at once.
        rows, cols, inter = _all_pairs(cs, parent, idf, by_pair=bool(extra_r))
    else:
        rows, cols, inter = _candidates(cs.matrix(size), ps.matrix(size), idf)
    wr, wk = wc[rows], wp[cols]
    small = np.minimum(wr, wk)
    dice = 2 * inter / np.maximum(wr + wk, 1e-12)
    contain = inter / np.maximum(small, 1e-12)
    short = np.minimum(cs.lengths[rows], ps.lengths[cols])
    damp = np.minimum(1.0, short / _SHORT)
    score = np.maximum(dice, _CONTAINMENT_WEIGHT * contain * damp)
    score = np.minimum(score, 1.0)
    if extra_r:
        equal = (np.array(extra_r, dtype=np.int64), np.array(extra_c, dtype=np.int64))
        ordered = m * n <= _ALL_PAIRS  # the candidates came in pair order
        rows, cols, score, inter = _add_equal(rows, cols, score, inter, equal, wc, wp, ordered)
    weak = _Weak(rows, cols, score, (m, n))  # every candidate, for the evidence stage
    keep = score >= _CANDIDATE_FLOOR
    rows, cols, score, inter = rows[keep], cols[keep], score[keep], inter[keep]
    shape = (m, n)

    # Pass 1: text only, to find anchors.  Between equally heavy chains of
    # anchors (repeated stock phrases), the one nearer the same relative
    # positions wins: the same choice whichever plan is called the parent.
    def near(j: np.ndarray | int, i: np.ndarray | int) -> np.ndarray:
        return _TIE_BREAK * (1.0 - np.abs((j + 0.5) / max(m, 1) - (i + 0.5) / max(n, 1)))

    base = score - threshold
    first_pass = _assign(rows, cols, base, shape)
    flat_key = rows * max(n, 1) + cols
    by_key = np.argsort(flat_key, kind="stable")
    sorted_keys = flat_key[by_key]

    def lookup(pairs: list[tuple[int, int]]) -> np.ndarray:
        """The score of each pair (0 for a pair that is no candidate)."""
        at = np.array(pairs, dtype=np.int64).reshape(-1, 2)
        k = at[:, 0] * max(n, 1) + at[:, 1]
        pos = np.minimum(np.searchsorted(sorted_keys, k), max(len(sorted_keys) - 1, 0))
        if not len(sorted_keys):
            return np.zeros(len(k))
        return np.where(sorted_keys[pos] == k, score[by_key[pos]], 0.0)

    firsts = sorted(first_pass)
    strong = lookup(firsts)
    chosen = np.flatnonzero(strong >= _ANCHOR)
    anchors = [firsts[k] for k in chosen.tolist()]
    at = np.array(anchors, dtype=np.int64).reshape(-1, 2)
    heft = strong[chosen] + near(at[:, 0], at[:, 1])
    anchors = _heaviest_chain(anchors, heft.tolist())

    # Pass 2: with order and section evidence.
    lo = np.full(m, -1, dtype=np.int64)
    hi = np.full(m, n, dtype=np.int64)
    anchor_c = np.array([a[0] for a in anchors], dtype=np.int64)
    anchor_p = np.array([a[1] for a in anchors], dtype=np.int64)
    if len(anchors):
        js = np.arange(m)
        before = np.searchsorted(anchor_c, js, side="left") - 1
        after = np.searchsorted(anchor_c, js, side="right")
        lo = np.where(before >= 0, anchor_p[np.maximum(before, 0)], -1)
        hi = np.where(after < len(anchors), anchor_p[np.minimum(after, len(anchors) - 1)], n)
    in_order = (cols > lo[rows]) & (cols < hi[rows])
    sec = _section_bonus(cs.headings, ps.headings)
    bonus = _ORDER_BONUS * in_order + _SECTION_BONUS * sec[cs.section[rows], ps.section[cols]]
    weights = np.where(score >= threshold, score - threshold + bonus, 0.0)
    matched = _assign(rows, cols, weights, shape)
    whole = 2 * inter / np.maximum(wc[rows] + wp[cols], 1e-12)  # Dice, no containment
    matched += _mutual_best(rows, cols, score, whole, in_order, matched, threshold)

    child_group: dict[int, int] = {}
    parent_group: dict[int, int] = {}
    members: list[tuple[list[int], list[int]]] = []
    inside = _Inside(rows, cols, inter, wc, wp)
    if splits:
        matched = _prefer_parts(matched, rows, cols, inside)
    for j, i in sorted(matched):
        child_group[j] = len(members)
        parent_group[i] = len(members)
        members.append(([i], [j]))

    weights_of = _Weights(idf)
    if splits and (len(child_group) < m or len(parent_group) < n):
        _attach_parts(
            members, child_group, parent_group, (rows, cols, inter), inside, ps, cs, weights_of
        )
    headed = (np.where(cs.headed, cs.section, -1), np.where(ps.headed, ps.section, -1))
    state = _State(members, child_group, parent_group, shape, headed)
    coverage = _Coverage(ps, cs, weights_of)
    adds = coverage.adds
    leave = _Rewritten(weak, n, threshold, coverage)
    decided: dict[tuple[int, int], float] = {}
    texts = _Texts(child, parent, _Distinctive(cs, ps, df, idf))
    for _ in range(_EVIDENCE_ROUNDS):  # new links make neighbours for the next round
        more = _evidence_stage(state, weak, texts, (adds, leave.adds))
        decided.update(more)
        if not more:
            break
    # Every linked pair is a candidate of ``weak`` (none is below its floor); a
    # group's score is its pair's only for one task to one of another text.
    pair_score = weak.lookup(_reworded_pairs(members, cs.keys, ps.keys), n)
    confidence = _confidence(state, weak, decided) if detail else {}
    nearest_c, nearest_p = weak.nearest(state) if detail else ({}, {})

    # Build groups in child order; dropped parents after their predecessor.
    groups: list[Group] = []
    order_key: list[tuple[float, int]] = []
    for j in range(m):
        g = child_group.get(j)
        if g is None:
            groups.append(Group((), (j,), 0.0, nearest=nearest_c.get(j)))
            order_key.append((j, 0))
        elif min(members[g][1]) == j:
            ps_idx, cs_idx = members[g]
            s = _group_score(ps_idx, cs_idx, ps, cs, weights_of, pair_score)
            conf = (
                min(confidence.get((c, p), 0.0) for c in cs_idx for p in ps_idx) if detail else 0.0
            )
            if s == 1.0 and detail:
                conf = 1.0
            groups.append(
                Group(tuple(sorted(ps_idx)), tuple(sorted(cs_idx)), s, confidence=round(conf, 4))
            )
            order_key.append((j, 0))
    place: dict[int, float] = {}
    for gi, grp in enumerate(groups):
        for i in grp.parents:
            place[i] = order_key[gi][0]
    last = -1.0
    dropped: list[tuple[tuple[float, int], Group]] = []
    for i in range(n):
        if i in place:
            last = place[i]
        else:
            dropped.append(((last, i + 1), Group((i,), (), 0.0, nearest=nearest_p.get(i))))
    merged = list(zip(order_key, groups, strict=True)) + dropped
    merged.sort(key=lambda kg: kg[0])
    return [g for _, g in merged]


def _reworded_pairs(
    members: list[tuple[list[int], list[int]]],
    child_keys: Sequence[str],
    parent_keys: Sequence[str],
) -> list[tuple[int, int]]:
    """The ``(child, parent)`` pair of every one-to-one group of unequal texts."""
    return [
        (c[0], p[0])
        for p, c in members
        if len(p) == 1 and len(c) == 1 and child_keys[c[0]] != parent_keys[p[0]]
    ]


def _equal_texts(keys: Sequence[str], by_text: dict[str, list[int]]) -> tuple[list[int], list[int]]:
    """The pairs ``(child, parent)`` of equal normalised texts, in order of child then parent."""
    rows: list[int] = []
    cols: list[int] = []
    for j, t in enumerate(keys):
        for i in by_text.get(t, ()):
            rows.append(j)
            cols.append(i)
    return rows, cols


def _add_equal(
    rows: np.ndarray,
    cols: np.ndarray,
    score: np.ndarray,
    inter: np.ndarray,
    equal: tuple[np.ndarray, np.ndarray],
    wc: np.ndarray,
    wp: np.ndarray,
    in_pair_order: bool,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The candidates with the pairs of ``equal`` texts added (score 1, overlap the
    smaller weight), each pair once, in pair order (:func:`_best_per_pair`).

    Candidates already ``in_pair_order`` that hold every equal pair (each shares
    all its grams) only have the scores below 1 of those pairs raised in place.
    """
    er, ec = equal
    n = len(wp)
    if in_pair_order and len(rows):
        flat = rows * max(n, 1) + cols
        want = er * max(n, 1) + ec
        at = np.minimum(np.searchsorted(flat, want), len(flat) - 1)
        if (flat[at] == want).all():
            raised = score[at] < 1.0  # as _best_per_pair: the equal text when it scores more
            at = at[raised]
            score[at] = 1.0
            inter[at] = np.minimum(wc[er[raised]], wp[ec[raised]])
            return rows, cols, score, inter
    rows = np.concatenate([rows, er])
    cols = np.concatenate([cols, ec])
    score = np.concatenate([score, np.ones(len(er))])
    inter = np.concatenate([inter, np.minimum(wc[er], wp[ec])])
    keep = _best_per_pair(rows * max(n, 1) + cols, score)
    return rows[keep], cols[keep], score[keep], inter[keep]


def _best_per_pair(flat: np.ndarray, score: np.ndarray) -> np.ndarray:
    """Positions of the best-scoring entry of each pair ``flat`` numbers (the first
    of equals), in the pairs' order.

    A pair has at most two entries here (a candidate and an equal text), so a
    stable sort by pair and a look at each neighbour choose as a sort by pair
    and descending score would.
    """
    order = np.argsort(flat, kind="stable")
    keyed, scored = flat[order], score[order]
    later = np.zeros(len(order), dtype=bool)  # the pair's second entry
    later[1:] = keyed[1:] == keyed[:-1]
    assert not (later[1:] & later[:-1]).any()
    better = np.zeros(len(order), dtype=bool)  # a second entry scoring more than the first
    better[1:] = later[1:] & (scored[1:] > scored[:-1])
    replaced = np.zeros(len(order), dtype=bool)  # a first entry its second scores more than
    replaced[:-1] = better[1:]
    drop = (later & ~better) | replaced
    return np.asarray(order[~drop])


def _top_two(keys: np.ndarray, score: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Per key: the position of its best-scoring entry (-1 if none) and the second best score."""
    return _evidence.best_two(keys, score, size)


def _mutual_best(
    rows: np.ndarray,
    cols: np.ndarray,
    score: np.ndarray,
    dice: np.ndarray,
    in_order: np.ndarray,
    matched: list[tuple[int, int]],
    threshold: float,
) -> list[tuple[int, int]]:
    """Pairs below the threshold that are each other's clear best partner.

    A rewritten task may share little text with its source.  When both are
    left over, lie between the same anchors, each is the other's most
    similar task by a clear margin and the similarity is not negligible,
    they are the same task.  The similarity must then hold for the whole
    texts (Dice), not only for a short text inside a long one: a short
    local task that reuses a few stock phrases of a long one is not it.
    """
    floor = threshold * _MUTUAL_FLOOR
    if not len(rows) or floor >= threshold:
        return []
    m = int(rows.max()) + 1
    n = int(cols.max()) + 1
    taken = np.array(matched, dtype=np.int64).reshape(-1, 2)
    free_c, free_p = np.ones(m, dtype=bool), np.ones(n, dtype=bool)
    free_c[taken[:, 0][taken[:, 0] < m]] = False
    free_p[taken[:, 1][taken[:, 1] < n]] = False
    # The pairs chosen are among these: none, no pair (and no best partners sought).
    hope = (floor <= score) & (score < threshold) & (dice >= _MUTUAL_DICE)
    if not (hope & free_c[rows] & free_p[cols]).any():
        return []
    row_best, row_second = _top_two(rows, score, m)
    col_best, col_second = _top_two(cols, score, n)
    k = np.maximum(row_best, 0)
    i, s = cols[k], score[k]
    mutual = (row_best >= 0) & (col_best[i] == row_best) & in_order[k]
    free = free_c & free_p[i]
    near = (floor <= s) & (s < threshold) & (dice[k] >= _MUTUAL_DICE)
    clear = s >= _MUTUAL_RATIO * np.maximum(row_second, col_second[i])
    chosen = np.flatnonzero(mutual & free & near & clear)
    return list(zip(chosen.tolist(), i[chosen].tolist(), strict=True))


class _Weights:
    """The idf weight of a set of grams (joint vocabulary numbers)."""

    def __init__(self, idf: np.ndarray) -> None:
        self.array = idf

    def of(self, grams: set[int]) -> float:
        """The weights of ``grams`` added in the set's order (the few taken from the
        array: a whole joint vocabulary made a list would cost more, once a child)."""
        return self.each(grams)[0]

    def each(self, *sets: set[int]) -> list[float]:
        """:meth:`of` each of ``sets``, their weights taken from the array at once."""
        every = itertools.chain.from_iterable(sets)
        size = sum(map(len, sets))
        picked: list[float] = self.array[np.fromiter(every, np.int64, size)].tolist()
        out, at = [], 0
        for grams in sets:
            out.append(sum(picked[at : at + len(grams)]))
            at += len(grams)
        return out


def _group_score(
    ps_idx: list[int],
    cs_idx: list[int],
    ps: _Side,
    cs: _Side,
    w: _Weights,
    pair_score: dict[tuple[int, int], float],
) -> float:
    if len(ps_idx) == 1 and len(cs_idx) == 1:
        if ps.keys[ps_idx[0]] == cs.keys[cs_idx[0]]:
            return 1.0
        return round(pair_score.get((cs_idx[0], ps_idx[0]), 0.0), 4)
    a = set().union(*(ps.grams[i] for i in ps_idx))
    b = set().union(*(cs.grams[j] for j in cs_idx))
    wa, wb, wi = w.each(a, b, a & b)
    if wa + wb == 0:
        return 0.0
    return round(2 * wi / (wa + wb), 4)


class _Inside:
    """How much of each candidate's child task lies inside its parent task (``in_p``)
    and of the parent inside the child (``in_c``), by their gram weights, and the
    candidate each task lies most inside (found when first asked for)."""

    def __init__(
        self, rows: np.ndarray, cols: np.ndarray, inter: np.ndarray, wc: np.ndarray, wp: np.ndarray
    ) -> None:
        with np.errstate(divide="ignore", invalid="ignore"):
            self.in_p = np.where(wc[rows] > 0, inter / wc[rows], 0.0)
            self.in_c = np.where(wp[cols] > 0, inter / wp[cols], 0.0)
        self.rows, self.cols, self.wc, self.wp = rows, cols, wc, wp

    @functools.cached_property
    def best(self) -> tuple[np.ndarray, np.ndarray]:
        """The candidate each child lies most inside, and each parent (-1: none)."""
        bc, _ = _top_two(self.rows, self.in_p, len(self.wc))
        bp, _ = _top_two(self.cols, self.in_c, len(self.wp))
        return bc, bp

    def most(self) -> tuple[np.ndarray, np.ndarray]:
        """How much each child lies inside the task it lies most inside, and each
        parent (0: no candidate)."""
        if not len(self.rows):
            return np.zeros(len(self.wc)), np.zeros(len(self.wp))
        bc, bp = self.best
        return (
            np.where(bc >= 0, self.in_p[np.maximum(bc, 0)], 0.0),
            np.where(bp >= 0, self.in_c[np.maximum(bp, 0)], 0.0),
        )


def _prefer_parts(
    matched: list[tuple[int, int]], rows: np.ndarray, cols: np.ndarray, inside: _Inside
) -> list[tuple[int, int]]:
    """Unpair tasks that lie wholly inside another aligned task instead.

    A short task split off a long one may also share a few phrases with a
    third task; when it lies (almost) wholly inside an aligned task and much
    less inside its partner, it is a part of the first (a split or merge),
    not a rewording of the second.
    """
    in_p, in_c = inside.in_p, inside.in_c  # child inside parent, parent inside child
    if not len(rows):
        return list(matched)
    n = len(inside.wp)
    bc, bp = inside.best  # the parent each child lies most inside, and the reverse
    flat = rows * max(n, 1) + cols
    order = np.argsort(flat, kind="stable")
    pairs = np.array(matched, dtype=np.int64).reshape(-1, 2)
    k = pairs[:, 0] * max(n, 1) + pairs[:, 1]
    entry = order[np.minimum(np.searchsorted(flat, k, sorter=order), len(flat) - 1)]
    found = flat[entry] == k
    here_c = np.where(found, in_p[entry], 1.0)  # how much inside its own partner
    here_p = np.where(found, in_c[entry], 1.0)
    elsewhere = _lies_in_other(bc[pairs[:, 0]], cols, in_p, pairs[:, 1], here_c)
    elsewhere |= _lies_in_other(bp[pairs[:, 1]], rows, in_c, pairs[:, 0], here_p)
    return [pair for pair, drop in zip(matched, elsewhere.tolist(), strict=True) if not drop]


def _lies_in_other(
    best: np.ndarray,
    other: np.ndarray,
    inside: np.ndarray,
    partner: np.ndarray,
    here: np.ndarray,
) -> np.ndarray:
    """Whether each best entry ``best`` (-1: none) puts a task wholly inside an aligned
    task (one of ``partner``) other than its own ``partner``."""
    at = np.maximum(best, 0)
    o, c = other[at], inside[at]
    aligned = np.zeros(max(int(other.max()), int(partner.max(initial=0))) + 1, dtype=bool)
    aligned[partner] = True
    taken = aligned[o]
    return np.asarray((best >= 0) & (o != partner) & taken & (c >= _WHOLLY) & (c >= here + _MARGIN))


def _part_gain(containment: float) -> float:
    """The least share of the whole a part must add, by how much of it lies inside.

    A part barely inside the whole must add much to what the group covers; one
    wholly inside may add little (its clause repeats words the whole uses twice).
    """
    slope = (1.0 - containment) / (1.0 - _PART_CONTAINMENT)
    return max(_PART_GAIN_MIN, _PART_GAIN * slope)


class _Coverage:
    """Whether a part adds to what its group covers of the other side."""

    def __init__(self, ps: _Side, cs: _Side, w: _Weights) -> None:
        self.ps, self.cs, self.w = ps, cs, w
        self.totals: dict[tuple[bool, int], float] = {}  # a task's whole weight, once

    def adds(self, j: int, i: int, group: tuple[list[int], list[int]]) -> bool:
        """True if the free one of child ``j`` and parent ``i`` shares with the
        group's other side grams its own side's members do not already hold."""
        mine, have, whole, key = self._part(j, i, group)
        gain = self.w.of(set(mine).intersection(whole) - set().union(*have))
        return gain >= _PART_GAIN_MIN * self._total(key, mine)

    def novel(self, j: int, i: int, group: tuple[list[int], list[int]]) -> bool:
        """True unless the free one of child ``j`` and parent ``i`` lies wholly
        inside its side's members of the group, a repeat of them: that much
        (:data:`_WHOLLY`) of its grams, counted alike (weighed by rarity, the
        few grams a repeat adds, rare in the plans, would outweigh the rest)."""
        mine, have, _, _ = self._part(j, i, group)
        own = set(mine).difference(*have)
        return len(own) > (1.0 - _WHOLLY) * len(set(mine))

    def _part(
        self, j: int, i: int, group: tuple[list[int], list[int]]
    ) -> tuple[tuple[int, ...], list[tuple[int, ...]], tuple[int, ...], tuple[bool, int]]:
        """The free task's grams, its side's members' grams, the whole's grams
        and the free task's key among :attr:`totals`."""
        p_idx, c_idx = group
        if i in p_idx:
            return self.cs.grams[j], [self.cs.grams[k] for k in c_idx], self.ps.grams[i], (True, j)
        return self.ps.grams[i], [self.ps.grams[k] for k in p_idx], self.cs.grams[j], (False, i)

    def _total(self, key: tuple[bool, int], grams: tuple[int, ...]) -> float:
        """A task's whole weight, once (at least a tiny one)."""
        total = self.totals.get(key)
        if total is None:
            total = self.totals[key] = self.w.of(set(grams))
        return max(total, 1e-12)


def _attach_parts(
    members: list[tuple[list[int], list[int]]],
    child_group: dict[int, int],
    parent_group: dict[int, int],
    candidates: tuple[np.ndarray, np.ndarray, np.ndarray],
    inside: _Inside,
    ps: _Side,
    cs: _Side,
    w: _Weights,
) -> None:
    """Attach leftover tasks to groups as parts of splits and merges.

    Candidates of both kinds are ranked together by how much of the part
    lies inside the whole, so the result does not depend on which side is
    called the parent.
    """
    rows, cols, inter = candidates
    wc, wp = inside.wc, inside.wp
    cands: list[tuple[float, int, int, int, int]] = []
    c_taken = np.zeros(len(wc), dtype=bool)
    c_taken[list(child_group)] = True
    p_taken = np.zeros(len(wp), dtype=bool)
    p_taken[list(parent_group)] = True
    free_c_a = ~c_taken[rows]
    free_p_a = ~p_taken[cols]
    with np.errstate(divide="ignore", invalid="ignore"):
        part_c = free_c_a & ~free_p_a & (inter >= _PART_CONTAINMENT * wc[rows])
        part_p = free_p_a & ~free_c_a & (inter >= _PART_CONTAINMENT * wp[cols])
    # A part belongs to the task it lies most inside, matched or not: when
    # that one was dropped, the part goes with it rather than elsewhere.
    best_in_p, best_in_c = inside.most()
    keep = part_c | part_p
    rows, cols, inter = rows[keep], cols[keep], inter[keep]
    wc_, wp_ = wc.tolist(), wp.tolist()
    best_c, best_p = best_in_p.tolist(), best_in_c.tolist()
    for j, i, x in zip(rows.tolist(), cols.tolist(), inter.tolist(), strict=True):
        free_c = j not in child_group
        free_p = i not in parent_group
        if free_c and not free_p and wc_[j] > 0:
            c = x / wc_[j]
            if c >= _PART_CONTAINMENT and c >= best_c[j] - 1e-9:
                cands.append((-c, min(i, j), max(i, j), j, i))
        if free_p and not free_c and wp_[i] > 0:
            c = x / wp_[i]
            if c >= _PART_CONTAINMENT and c >= best_p[i] - 1e-9:
                cands.append((-c, min(i, j), max(i, j), j, i))
    cands.sort()
    for negc, _, _, j, i in cands:
        need = _part_gain(-negc)
        free_c = j not in child_group
        free_p = i not in parent_group
        if free_c and not free_p:
            g = parent_group[i]
            p_idx, c_idx = members[g]
            if len(p_idx) != 1:
                continue
            have = set().union(*(cs.grams[k] for k in c_idx))
            gain = w.of(set(ps.grams[i]).intersection(cs.grams[j]) - have)
            if gain / max(wp_[i], 1e-12) < need:
                continue
            c_idx.append(j)
            child_group[j] = g
        elif free_p and not free_c:
            g = child_group[j]
            p_idx, c_idx = members[g]
            if len(c_idx) != 1:
                continue
            have = set().union(*(ps.grams[k] for k in p_idx))
            gain = w.of(set(cs.grams[j]).intersection(ps.grams[i]) - have)
            if gain / max(wc_[j], 1e-12) < need:
                continue
            p_idx.append(i)
            parent_group[i] = g


class _Weak:
    """Every candidate pair with its character score, before the candidate floor."""

    def __init__(
        self, rows: np.ndarray, cols: np.ndarray, score: np.ndarray, shape: tuple[int, int]
    ) -> None:
        keep = score >= _EVIDENCE_FLOOR
        self.rows, self.cols, self.score = rows[keep], cols[keep], score[keep]
        self.shape = shape
        self._ranks: tuple[np.ndarray, np.ndarray] | None = None
        self._sorted: tuple[np.ndarray, np.ndarray] | None = None
        self._tops: tuple[list[float], list[float]] | None = None

    def features(
        self,
        layout: _evidence.Layout,
        select: np.ndarray | None = None,
        among: np.ndarray | None = None,
    ) -> np.ndarray:
        """The character features of the (``select``-ed) candidates, ranked among
        those ``among`` marks (all by default: those ranks computed once)."""
        if among is not None:
            return _evidence.char_features(
                self.rows, self.cols, self.score, self.shape, layout, select=select, among=among
            )
        if self._ranks is None:
            self._ranks = _evidence.char_ranks(self.rows, self.cols, self.score, self.shape)
        return _evidence.char_features(
            self.rows, self.cols, self.score, self.shape, layout, select=select, ranks=self._ranks
        )

    def flat(self, n: int) -> np.ndarray:
        return np.asarray(self.rows * max(n, 1) + self.cols)

    def among(self, pairs: list[tuple[int, int]], n: int) -> np.ndarray:
        """A mask of the candidates that are among ``pairs``."""
        if not pairs:
            return np.zeros(len(self.rows), dtype=bool)
        want = np.array([j * max(n, 1) + i for j, i in pairs], dtype=np.int64)
        return np.isin(self.flat(n), want)

    def best(self, pairs: list[tuple[int, int]], n: int) -> float:
        """The best score among ``pairs`` (0 for none a candidate): looked up in
        the candidates sorted once, as it is asked for a few pairs at a time."""
        keys, scores = self._by_pair(n)
        if not len(keys):
            return 0.0
        want = np.array([j * max(n, 1) + i for j, i in pairs], dtype=np.int64)
        at = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
        return float(np.where(keys[at] == want, scores[at], 0.0).max(initial=0.0))

    def top(self, child: bool, k: int) -> float:
        """The best score of child ``k``'s candidates (``child``), or of parent ``k``'s."""
        if self._tops is None:
            m, n = self.shape
            by_row, by_col = np.zeros(m), np.zeros(n)
            np.maximum.at(by_row, self.rows, self.score)
            np.maximum.at(by_col, self.cols, self.score)
            self._tops = (by_row.tolist(), by_col.tolist())
        return self._tops[0 if child else 1][k]

    def lookup(self, pairs: list[tuple[int, int]], n: int) -> dict[tuple[int, int], float]:
        """The score of each of ``pairs`` that is a candidate (looked up as :meth:`best`)."""
        keys, scores = self._by_pair(n)
        if not pairs or not len(keys):
            return {}
        want = np.array([j * max(n, 1) + i for j, i in pairs], dtype=np.int64)
        at = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
        found = (keys[at] == want).tolist()
        got = scores[at].tolist()
        return {pair: s for pair, f, s in zip(pairs, found, got, strict=True) if f}

    def _by_pair(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """The candidates' pair numbers in ascending order and their scores (sorted once)."""
        if self._sorted is None:
            flat = self.flat(n)
            order = np.argsort(flat, kind="stable")
            self._sorted = (flat[order], self.score[order])
        return self._sorted

    def nearest(
        self, state: _State
    ) -> tuple[dict[int, tuple[int, float]], dict[int, tuple[int, float]]]:
        """For each unaligned task, its most similar task on the other side."""
        m, n = state.shape
        return (
            self._nearest(self.rows, self.cols, state.child_group, m),
            self._nearest(self.cols, self.rows, state.parent_group, n),
        )

    def _nearest(
        self, keys: np.ndarray, others: np.ndarray, grouped: dict[int, int], size: int
    ) -> dict[int, tuple[int, float]]:
        """:meth:`nearest` of one side: only the candidates of its unaligned tasks are
        ranked (a task's best is the first of its best-scoring candidates, in order)."""
        free = np.ones(size, dtype=bool)
        free[list(grouped)] = False
        at = np.flatnonzero(free[keys])
        out: dict[int, tuple[int, float]] = {}
        if not len(at):
            return out
        best, _ = _top_two(keys[at], self.score[at], size)
        for j in np.flatnonzero(free & (best >= 0)).tolist():
            k = int(at[best[j]])
            out[j] = (int(others[k]), round(float(self.score[k]), 4))
        return out


_Adds = Callable[[int, int, tuple[list[int], list[int]]], bool]


class _State:
    """The groups being built: members and which group holds each task."""

    def __init__(
        self,
        members: list[tuple[list[int], list[int]]],
        child_group: dict[int, int],
        parent_group: dict[int, int],
        shape: tuple[int, int],
        sections: tuple[np.ndarray, np.ndarray],
    ) -> None:
        self.members = members
        self.child_group = child_group
        self.parent_group = parent_group
        self.shape = shape
        self.sections = sections

    def layout(self) -> _evidence.Layout:
        """The links made so far, with each side's sections."""
        return _evidence.Layout(self.linked(), *self.sections)

    def linked(self) -> list[tuple[int, int]]:
        return [(j, i) for ps, cs in self.members for i in ps for j in cs]

    def link(self, j: int, i: int) -> None:
        self.child_group[j] = self.parent_group[i] = len(self.members)
        self.members.append(([i], [j]))

    def join(self, j: int, i: int, adds: _Adds) -> bool:
        """Link ``j`` and ``i``: both free as a new pair, or the free one as a
        part of the other's group when that keeps the group one-to-many and
        the part ``adds`` to what the group covers.  False when neither applies."""
        gc, gp = self.child_group.get(j), self.parent_group.get(i)
        if gc is None and gp is None:
            self.link(j, i)
            return True
        # Whether the part would keep the group one-to-many is asked first:
        # it is cheaper than whether the part adds to what the group covers.
        if gc is None and gp is not None and len(self.members[gp][0]) == 1:
            if not adds(j, i, self.members[gp]):
                return False
            self.members[gp][1].append(j)
            self.child_group[j] = gp
            return True
        if gp is None and gc is not None and len(self.members[gc][1]) == 1:
            if not adds(j, i, self.members[gc]):
                return False
            self.members[gc][0].append(i)
            self.parent_group[i] = gc
            return True
        return False


def _evidence_stage(
    state: _State, weak: _Weak, texts: _Texts, adds: tuple[_Adds, _Adds]
) -> dict[tuple[int, int], float]:
    """Link tasks left unaligned by characters alone, on terms, rank and structure.

    Most probable first, two unaligned tasks are linked as a pair, and an
    unaligned task beside an aligned one joins its group as a part of a
    split or merge (two tasks merged into one share less text with each
    source than a copy would).  Returns the probability of each pair it linked.
    """
    free_c = np.ones(state.shape[0], dtype=bool)
    free_c[list(state.child_group)] = False
    free_p = np.ones(state.shape[1], dtype=bool)
    free_p[list(state.parent_group)] = False
    sel = free_c[weak.rows] | free_p[weak.cols]
    if not sel.any():
        return {}
    large = state.shape[0] * state.shape[1] > _ALL_PAIRS
    # A task already aligned is no rival for a part of its own group: ranks
    # are taken among the pairs that hold an unaligned task (where terms and
    # sentences weigh the pairs too; on characters alone, among all pairs).
    open_ = None if large else sel.copy()
    # Each unaligned task weighs its few most similar candidates only.
    near = np.zeros(len(sel), dtype=bool)
    for free, keys in ((free_c, weak.rows), (free_p, weak.cols)):
        mine = np.flatnonzero(free[keys])
        near[mine[_top_k(keys[mine], weak.score[mine], _EVIDENCE_TOP_K)]] = True
    sel &= near
    layout = state.layout()
    char = weak.features(layout, select=sel, among=open_)
    if _evidence.TRACE is not None and not large:  # the models are fitted on every pair
        rows, cols = weak.rows[sel], weak.cols[sel]
        feats = _term_features(char, rows, cols, texts, state.shape)
        _evidence.TRACE.append((rows, cols, char, feats))
    # Pairs that characters and structure already rule out are not segmented.
    hopeful = _evidence.probability(char, _evidence.CHAR_WEIGHTS) >= _EVIDENCE_HOPE
    if not hopeful.any():
        return {}
    sel[np.flatnonzero(sel)[~hopeful]] = False
    char = char[hopeful]
    rows, cols = weak.rows[sel], weak.cols[sel]
    if large:
        # Very large plans: characters and structure only (segmenting
        # thousands of tasks would cost more than the whole alignment).
        prob = _evidence.probability(char, _evidence.CHAR_WEIGHTS)
    else:
        feats = _term_features(char, rows, cols, texts, state.shape)
        prob = _evidence.probability(feats, _evidence.TERM_WEIGHTS)
    # A task has one partner at most: likely rivals share the probability.
    prob = _evidence.exclusive(rows, cols, prob, state.shape)
    if large:
        admitted = prob >= _evidence.LINK
    else:  # texts too unlike to be linked on their own are not linked by structure
        admitted = _evidence.admitted(feats, rows, cols, layout, prob)
    admitted &= ~texts.slight(rows, cols)
    order = np.argsort(-prob, kind="stable")
    decided: dict[tuple[int, int], float] = {}
    for k in order[admitted[order]].tolist():
        j, i, p = int(rows[k]), int(cols[k]), float(prob[k])
        # A part near certain on its terms and sentences may join a rewritten
        # group (:class:`_Rewritten`); on characters alone, only if it adds.
        if state.join(j, i, adds[1] if p >= _evidence.SURE and not large else adds[0]):
            decided[(j, i)] = p
    return decided


class _Rewritten:
    """Whether a near-certain part may join a group: when the group's tasks were
    linked below the threshold (a rewrite, found on other evidence than
    characters), without adding characters to what the group covers, since
    the rows of a split restate their source's few words as each other do;
    when they are near copies, only if it adds (:meth:`_Coverage.adds`), or
    if it is itself similar enough to the whole to be aligned on characters
    and nearly as similar as the group's own member (:data:`_MARGIN`), no
    repeat of the group's members (:meth:`_Coverage.novel`) and the whole
    is its most similar task, and the group's tasks are not equal texts: two
    rows that each copy their source's one clause with additions of their
    own.  A part adding no characters to a copy, less like the whole than
    that, is a neighbour on the same topic, not a piece of it."""

    def __init__(self, weak: _Weak, n: int, threshold: float, coverage: _Coverage) -> None:
        self.weak, self.n, self.threshold, self.coverage = weak, n, threshold, coverage

    def adds(self, j: int, i: int, group: tuple[list[int], list[int]]) -> bool:
        if self.coverage.adds(j, i, group):
            return True
        pairs = [(c, p) for p in group[0] for c in group[1]]
        kin = self.weak.best(pairs, self.n)
        if kin < self.threshold:
            return True
        score = self.weak.best([(j, i)], self.n)
        # A whole its partner copies whole has no piece left for another part;
        # a part of a copy is itself nearly as near a copy of it (_MARGIN).
        if kin >= 1.0 or score < max(self.threshold, kin - _MARGIN):
            return False
        if not self.coverage.novel(j, i, group):
            return False
        # The whole must be the part's most similar task: a copy of another's
        # clause (one text under several topics) is that other's, not a part.
        free_child = i in group[0]
        return score >= self.weak.top(free_child, j if free_child else i)


class _Distinctive:
    """Each task's distinctive grams: those at most :data:`_DISTINCTIVE` tasks of the
    two plans hold, a phrase only the task and at most one other use (taken when
    first asked for).  A task restated in other words keeps a few of its own
    phrases (the names of what it publishes) that no third task shares."""

    def __init__(self, cs: _Side, ps: _Side, df: np.ndarray, idf: np.ndarray) -> None:
        self.sides = (cs, ps)
        self.df, self.idf = df, idf
        self.made: tuple[dict[int, frozenset[int]], dict[int, frozenset[int]]] = ({}, {})

    @functools.cached_property
    def _rare(self) -> tuple[np.ndarray, np.ndarray]:
        """Whether each of each side's task grams (:attr:`_Side.ids`) is distinctive."""
        cs, ps = self.sides
        return self.df[cs.ids] <= _DISTINCTIVE, self.df[ps.ids] <= _DISTINCTIVE

    def of(self, side: int, k: int) -> frozenset[int]:
        got = self.made[side].get(k)
        if got is None:
            s = self.sides[side]
            at = slice(s.indptr[k], s.indptr[k + 1])
            got = self.made[side][k] = frozenset(s.ids[at][self._rare[side][at]].tolist())
        return got

    def shares(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """For each pair, how alike the two tasks' distinctive grams are
        (:func:`zwgk.diff._evidence.distinct_shares`)."""
        first = [self.of(0, j) for j in rows.tolist()]
        second = [self.of(1, i) for i in cols.tolist()]
        grams = list(frozenset().union(*first, *second))  # the weights of these alone
        weight = dict(zip(grams, self.idf[grams].tolist(), strict=True))
        return _evidence.distinct_shares(first, second, weight)


_SLIGHT: Final = 10  # characters of a task's text below which it says too little to be linked on


@attrs.frozen
class _Texts:
    """What the evidence stage weighs of the two sides' texts."""

    child: Features
    parent: Features
    distinctive: _Distinctive

    def slight(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Whether either task of each pair says too little to be linked on the
        evidence of terms and structure (``推进``, ``发布2024年``: the few
        characters a page cut a task to): such a pair is linked only where its
        characters align it, before this stage."""
        if not len(rows):
            return np.zeros(0, dtype=bool)
        short_c = np.array([len(t.strip()) < _SLIGHT for t, _ in self.child.side_key])
        short_p = np.array([len(t.strip()) < _SLIGHT for t, _ in self.parent.side_key])
        return np.asarray(short_c[rows] | short_p[cols])


def _term_features(
    char: np.ndarray,
    rows: np.ndarray,
    cols: np.ndarray,
    texts: _Texts,
    shape: tuple[int, int],
) -> np.ndarray:
    """The character features of the pairs with their terms' evidence."""
    child, parent = texts.child, texts.parent
    tscore = _evidence.term_scores(rows, cols, child.keys, parent.keys)
    texts_c = [t for t, _ in child.side_key]
    texts_p = [t for t, _ in parent.side_key]
    clauses, kept = _evidence.sentence_scores(rows, cols, texts_c, texts_p)
    heading = _evidence.heading_scores(rows, cols, child.side_key, parent.side_key)
    distinct = texts.distinctive.shares(rows, cols)
    return _evidence.term_features(
        char, rows, cols, tscore, shape, (clauses, kept, heading, distinct)
    )


def _confidence(
    state: _State, weak: _Weak, decided: dict[tuple[int, int], float]
) -> dict[tuple[int, int], float]:
    """The calibrated probability of every linked pair (characters and structure)."""
    linked = state.linked()
    sel = weak.among(linked, state.shape[1])
    out: dict[tuple[int, int], float] = {}
    if _evidence.TRACE is not None:
        every = weak.features(state.layout())
        _evidence.TRACE.append((weak.rows, weak.cols, every, np.zeros((0, 0))))
    if sel.any():
        feats = weak.features(state.layout(), select=sel)
        prob = _evidence.probability(feats, _evidence.CHAR_WEIGHTS)
        for j, i, p in zip(weak.rows[sel].tolist(), weak.cols[sel].tolist(), prob, strict=True):
            out[(j, i)] = float(p)
    out.update(decided)
    return out
