"""Which label candidates are the document's numbering.

:func:`zwgk.lang.find_labels` finds every place a label could stand; most
are not labels (``一、二级``, a list of points inside a task).  The real
ones form sequences: per style, numbers that go up by one, restarting at 1
only under a new label of a higher rank (``（一）`` in every part) and
skipping a number only rarely.  :func:`choose_labels` picks, style by
style from the top rank down, the best-scoring such chain by dynamic
programming — one global decision, explained by the numbering itself.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk.assembly.fields import best_run, is_deadline, is_units
from zwgk.lang.deadline import find_deadlines
from zwgk.lang.numerals import LabelHit, attachment_list_lines, parse_label
from zwgk.lang.vocab import FIELD_RE, PAGE_FIELD, header_role

__all__ = ["Outline", "choose_labels"]

_GAP_COST: Final = 0.75  # per number a chain skips
_START_COST: Final = 0.5  # per number a chain starts above 1
_RESTART_COST: Final = 2.0  # a 序号 column restarting at 1 with no label above it
_STRONG: Final = 0.4  # a label at the start of a line or cell, or after a sentence
# a weak hit (a number that may be a quantity) counts for little: a chain
# takes it where it comes next, never over a label that may not be a quantity
_WEAK: Final = 0.2
_WEAK_NEXT: Final = 0.5  # ... and a little more right after the number before it
_WEAK_BEFORE: Final = "\n。；;：:！？!? \t\u3000"


@attrs.frozen
class Outline:
    """The chosen labels, in text order, and the ranks of their styles."""

    labels: tuple[LabelHit, ...]
    styles: tuple[str, ...]  # chosen styles, top rank first

    def of_style(self, style: str) -> list[LabelHit]:
        return [h for h in self.labels if h.style == style]


def _context_bonus(text: str, hit: LabelHit) -> float:
    before = text[hit.start - 1] if hit.start else "\n"
    return _STRONG if before in _WEAK_BEFORE else 0.0


class _Chain:
    """Best chain of one style's hits, given the chosen labels of higher ranks."""

    def __init__(
        self, text: str, hits: Sequence[LabelHit], parents: Sequence[int], *, cut: bool = False
    ) -> None:
        self.text = text
        self.hits = list(hits)
        # on a page that opens inside a plan the style's first label may go on
        # with a list the page before began: its number costs nothing
        self.free_start = self.hits[0].start if cut and self.hits else -1
        self.parents = sorted(parents)
        self.score = [0.0] * len(self.hits)
        self.back: list[int | None] = [None] * len(self.hits)
        self.by_number: dict[int, list[int]] = {}
        self.by_part: dict[int, list[int]] = {}  # hits that name their part (2.1)
        self.prefix_best: list[tuple[float, int]] = []  # best chain end so far, by index
        self.starts = [h.start for h in self.hits]

    def _parent_between(self, a: int, b: int) -> bool:
        k = bisect.bisect_right(self.parents, a)
        return k < len(self.parents) and self.parents[k] < b

    def _last_parent_before(self, pos: int) -> int | None:
        k = bisect.bisect_left(self.parents, pos)
        return self.parents[k - 1] if k else None

    def _best_before(self, pos: int) -> tuple[float, int] | None:
        """The best chain ending before text position ``pos``."""
        k = min(bisect.bisect_left(self.starts, pos), len(self.prefix_best))
        return self.prefix_best[k - 1] if k else None

    def _step(self, i: int) -> None:
        hit = self.hits[i]
        bonus = _WEAK if hit.weak else 1.0 + _context_bonus(self.text, hit)
        start_cost = 0.0 if hit.start == self.free_start else _START_COST * (hit.number - 1)
        best, back = bonus - start_cost, None
        if hit.number == 1 and (parent := self._last_parent_before(hit.start)) is not None:
            prior = self._best_before(parent)
            if prior is not None and prior[0] + bonus > best:
                best, back = prior[0] + bonus, prior[1]
        if hit.number == 1 and hit.style == "serial" and not hit.weak:
            best, back = self._restart(hit, bonus, best, back)
        if hit.number == 1 and hit.part > 1:
            # a numbering within parts the labels name (（一）3 then （二）1)
            for j in self.by_part.get(hit.part - 1, ()):
                if self.score[j] + bonus > best:
                    best, back = self.score[j] + bonus, j
        for gap in range(4):
            step = _WEAK_NEXT if hit.weak and gap == 0 else bonus
            for j in self.by_number.get(hit.number - 1 - gap, ()):
                cand = self.score[j] + step - _GAP_COST * gap
                if cand > best:
                    best, back = cand, j
        self.score[i], self.back[i] = best, back
        self.by_number.setdefault(hit.number, []).append(i)
        if hit.part:
            self.by_part.setdefault(hit.part, []).append(i)
        top = self.prefix_best[-1] if self.prefix_best else (float("-inf"), -1)
        self.prefix_best.append((best, i) if best > top[0] else top)

    def _restart(
        self, hit: LabelHit, bonus: float, best: float, back: int | None
    ) -> tuple[float, int | None]:
        """A 序号 column's numbering restarting at 1 with no label above it (a
        group's heading given once in a cell of its own, 类别 | 序号 | …): it
        goes on from a chain that reached 2 or more, at a cost no lone 1
        repays; only its next number makes the restart worth it."""
        prior = self._best_before(hit.start)
        if prior is None or self.hits[prior[1]].number < 2:
            return best, back
        if not _group_heading_before(self.text, self.hits[prior[1]].end, hit.start):
            return best, back
        cand = prior[0] + bonus - _RESTART_COST
        return (cand, prior[1]) if cand > best else (best, back)

    def solve(self) -> tuple[float, list[LabelHit]]:
        for i in range(len(self.hits)):
            self._step(i)
        if not self.hits:
            return 0.0, []
        end = max(range(len(self.hits)), key=lambda i: self.score[i])
        chosen: list[LabelHit] = []
        k: int | None = end
        while k is not None:
            chosen.append(self.hits[k])
            k = self.back[k]
        return self.score[end], chosen[::-1]


_ANNEX_LINE: Final = re.compile(r"(?m)^[ \t\u3000]*(?:附件|附表)")
_CELL_EDGE: Final = " \t\u3000|｜"
_MAX_GROUP_HEADING: Final = 30  # characters of a group's heading cell


def _group_heading_before(text: str, after: int, pos: int) -> bool:
    """Whether a group's heading cell stands right before the number at
    ``pos`` (its row's first cell, on its line or the line before: a 类别
    column given once), and no attachment opens between it and the label
    ending at ``after`` (an annex's table numbers its own rows)."""
    if _ANNEX_LINE.search(text, after, pos) is not None:
        return False
    line = text.rfind("\n", after, pos) + 1
    cell = text[max(line, after) : pos].strip(_CELL_EDGE)
    if not cell:
        before = [c.strip(_CELL_EDGE) for c in text[after:line].split("\n")]
        cell = next((c for c in reversed(before) if c), "")
    if not cell or len(cell) > _MAX_GROUP_HEADING or cell.endswith(("。", "；", ";")):
        return False
    return header_role(cell) is None and not is_deadline(cell) and not is_units(cell)


def _overlaps(hit: LabelHit, taken: Sequence[tuple[int, int]]) -> bool:
    k = bisect.bisect_right(taken, (hit.start, 1 << 62))
    if k and taken[k - 1][1] > hit.start:
        return True
    return k < len(taken) and taken[k][0] < hit.end


_SAME_TITLE: Final = 6  # characters of title that make a label a repeat of the one before


def _repeats(text: str, free: Sequence[LabelHit], chain: Sequence[LabelHit]) -> list[LabelHit]:
    """Labels that repeat the chain's label before them, title and all.

    A heading a page or a merged cell prints again (``五、强化…`` over the
    rows of the next page) is the same heading, not text of the task before it.
    """
    starts = [h.start for h in chain]
    out: list[LabelHit] = []
    for hit in free:
        k = bisect.bisect_left(starts, hit.start)
        if not k or (k < len(starts) and starts[k] == hit.start):
            continue
        prev = chain[k - 1]
        title = text[prev.end : prev.end + _SAME_TITLE]
        same = hit.number == prev.number and len(title.strip()) == _SAME_TITLE
        if same and text[hit.end : hit.end + _SAME_TITLE] == title:
            out.append(hit)
    return out


_PART_TITLE: Final = 30  # characters of a part's title before its first sub-label


def plan_label_hits(text: str, hits: Sequence[LabelHit]) -> list[LabelHit]:
    """``hits`` without the numbers of a notice's attachment list (see
    :func:`~zwgk.lang.numerals.attachment_list_lines`) and those of a site's
    panel of page fields (``1. [索引号]…``, :data:`~zwgk.lang.vocab.PAGE_FIELD`)."""
    hits = [h for h in hits if PAGE_FIELD.match(text, h.end) is None]
    lines = text.split("\n")
    listed = attachment_list_lines(lines)
    if not listed:
        return hits
    line_starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    out = []
    for h in hits:
        k = bisect.bisect_right(line_starts, h.start) - 1
        if not (k in listed and text[line_starts[k] : h.start].strip() == ""):
            out.append(h)
    return out


def opens_inside_plan(text: str) -> bool:
    """Whether ``text`` is a later page of a plan: its first line is a labelled
    field of a task the page before holds (``完成时间：…``, ``责任单位：…``),
    or the tail of a row whose cells ran together, closed by its unit cells
    (``…区域规划等。区发改委；区直有关单位2023年6月底前``), so the lists it
    numbers may go on from there (``4.`` … ``（三）``)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first:
        return False
    if FIELD_RE.match(first) is not None:
        return True
    return parse_label(first) is None and _row_tail(first)


_ROW_TAIL: Final = 400  # the longest tail of a row a later page opens with


def _row_tail(line: str) -> bool:
    """Whether a line ends as a run-together row does, with its unit cells
    (and a deadline) after some text, and is no sentence of its own (a page
    on one line is no row's tail)."""
    if len(line) > _ROW_TAIL or line.endswith(("。", "：", ":")):
        return False
    run = best_run(line, closing=True)
    return run is not None and run.start > 0


def _opens_part(text: str, hit: LabelHit, chosen: Sequence[LabelHit]) -> bool:
    """Whether a lone label numbered 1 opens the part of a label above it:
    it follows that label's short title with no sentence's end between
    (``二、工作任务（一）围绕…``, ``一、深化…,全面优化营商环境（一）围绕…`` on a
    page run onto one line, cut after it)."""
    if hit.number != 1:
        return False
    before = [h for h in chosen if h.end <= hit.start and h.rank < hit.rank]
    if not before:
        return False
    title = text[before[-1].end : hit.start]
    return 0 < len(title.strip()) <= _PART_TITLE and not re.search(r"[。；;：:！？!?\n]", title)


def _heads_part(text: str, hit: LabelHit, hits: Sequence[LabelHit]) -> bool:
    """Whether a lone label numbered 1 heads a part whose own labels follow
    its short title: the next label after it, with no sentence's end between,
    is a lower rank's 1, and that rank goes on to 2 or that label heads a
    part of its own the same way (``…完成时限一、优化工作基础（一）深化…1.…``
    on a page run onto one line, its only part)."""
    child = _first_child(text, hit, hits)
    while child is not None:
        if any(h.style == child.style and h.number == 2 for h in hits if h.start > child.start):
            return True
        child = _first_child(text, child, hits)
    return False


def _first_child(text: str, hit: LabelHit, hits: Sequence[LabelHit]) -> LabelHit | None:
    """The label right after ``hit``'s short title when it is a lower rank's 1."""
    after = [h for h in hits if h.start >= hit.end]
    if hit.number != 1 or not after:
        return None
    first = min(after, key=lambda h: h.start)
    title = text[hit.end : first.start]
    if first.rank <= hit.rank or first.number != 1:
        return None
    if first.weak and not any(h.style == first.style and h.number == 2 for h in after):
        return None  # (a weak 1 glued to the title, 序号 run in: …发展1加强…, goes on to 2)
    if not 0 < len(title.strip()) <= _PART_TITLE or re.search(r"[。；;：:！？!?\n]", title):
        return None
    return first


_DEADLINE_LOOK: Final = 40  # characters read after a number to tell a deadline


def _opens_deadline(text: str, start: int) -> bool:
    """Whether a deadline starts at ``start`` (``12月底前``, ``3个工作日内``):
    the number there is a quantity, not a label."""
    line = text[start : start + _DEADLINE_LOOK].split("\n", 1)[0]
    found = find_deadlines(line)
    return bool(found) and found[0].start == 0


def _deadline_not_label(text: str, hit: LabelHit, same: Sequence[LabelHit]) -> bool:
    """Whether a weak hit opens a deadline (``12月底前``, ``4 年内``) and is
    no label: unless the strong hits of its style on either side number the
    ones before and after it (``3 …`` and ``5 …`` around ``4 年内推动…``)."""
    if not (hit.weak and _opens_deadline(text, hit.start)):
        return False
    before = [h for h in same if h.start < hit.start and not h.weak]
    after = [h for h in same if h.start > hit.start and not h.weak]
    if not before or not after:
        return True
    return not (before[-1].number == hit.number - 1 and after[0].number == hit.number + 1)


def choose_labels(text: str, hits: Sequence[LabelHit], *, min_score: float = 1.2) -> Outline:
    """The labels that number ``text``, chosen style by style from the top rank down.

    A style whose best chain scores below ``min_score`` (a lone ``1.``
    inside a sentence) is not part of the outline.

    >>> from zwgk.lang.numerals import find_labels
    >>> t = "一、公开（一）规划1.纲要2.专项清单3.区域（二）财政4.预算二、解读（一）政策5.解读"
    >>> outline = choose_labels(t, find_labels(t))
    >>> [t[h.start:h.end] for h in outline.labels][:6]
    ['一、', '（一）', '1.', '2.', '3.', '（二）']
    """
    by_style: dict[str, list[LabelHit]] = {}
    for h in hits:
        by_style.setdefault(h.style, []).append(h)
    for style, found in by_style.items():
        by_style[style] = [h for h in found if not _deadline_not_label(text, h, found)]
    by_style = {style: found for style, found in by_style.items() if found}
    chosen: list[LabelHit] = []
    styles: list[str] = []
    taken: list[tuple[int, int]] = []
    cut = opens_inside_plan(text)
    for style in sorted(by_style, key=lambda s: by_style[s][0].rank):
        parents = [h.start for h in chosen]
        free = [h for h in by_style[style] if not _overlaps(h, taken)]
        score, chain = _Chain(text, free, parents, cut=cut).solve()
        lone = len(chain) == 1
        goes_on = cut and chain[:1] == free[:1]  # a list the page before began
        first_ok = chain and (chain[0].number == 1 or goes_on)
        weak = score < min_score or (lone and (not first_ok or score < 1.0 + _STRONG))
        opens = lone and (_opens_part(text, chain[0], chosen) or _heads_part(text, chain[0], hits))
        if weak and not opens:
            continue
        styles.append(style)
        chosen.extend(chain)
        chosen.extend(_repeats(text, free, chain))
        chosen.sort(key=lambda h: h.start)
        taken = sorted((h.start, h.end) for h in chosen)
    return Outline(tuple(chosen), tuple(styles))
