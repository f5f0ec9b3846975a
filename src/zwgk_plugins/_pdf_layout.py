"""Page geometry for the PDF reader: characters to lines, cells, tables and paragraphs.

Everything here works on plain records (:class:`Char`, :class:`Line`,
:class:`PageTable`) so that it can be tested without a PDF library.  The
coordinates are PDF points with ``top`` growing downwards (as pdfplumber
gives them).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
import statistics
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs
import numpy as np

from zwgk.document import Cell
from zwgk.lang.vocab import HEADER_KIND_WORDS

__all__ = [
    "LABEL",
    "Char",
    "Line",
    "PageTable",
    "cluster",
    "group_lines",
    "is_cjk",
    "is_page_number",
    "join_lines",
    "join_tables",
    "paragraphs",
    "table_from_cells",
    "unruled_table",
]

LABEL = re.compile(
    r"^\s*(?:[一二三四五六七八九十百零〇]+、"
    r"|[（(][一二三四五六七八九十百零〇]+[）)]"
    r"|\d{1,3}\s*[.．、](?!\d)"
    r"|[（(]\d{1,3}[）)]"
    r"|第[一二三四五六七八九十百零〇\d]+[章节条部分])"
)
"""An ordinal label opening a heading or a task (``一、``, ``（二）``, ``3.``, …)."""

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－―−~～·•\s]*\d{1,4}[-—–－―−~～·•\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)

_SPACES = re.compile(r"\s+")

_END_PUNCT = "。；;！!？?：:…"
_CLOSERS = '）)」』”"’〕】》'


def is_page_number(text: str) -> bool:
    """Whether ``text`` is a page number as printed in a footer or header.

    >>> [is_page_number(t) for t in ("— 3 —", "- 12 -", "第3页", "第 2 页 共 9 页", "3/9", "三、")]
    [True, True, True, True, True, False]
    """
    text = text.strip()
    return bool(text) and bool(_PAGE_NUMBER.match(text))


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph or full-width/CJK punctuation.

    >>> is_cjk("政"), is_cjk("，"), is_cjk("a"), is_cjk("1")
    (True, True, False, False)
    """
    o = ord(ch[0]) if ch else 0
    return (
        0x2E80 <= o <= 0x9FFF  # radicals, CJK punctuation, kana, ideographs
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or 0x20000 <= o <= 0x3FFFF
        or o in (0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026)
    )


class Char(NamedTuple):
    """One glyph on a page (a named tuple: a page holds thousands, made one by one)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def mid_x(self) -> float:
        return (self.x0 + self.x1) / 2


@attrs.frozen
class Line:
    """A line of text: its characters in order and the segments gaps split it into.

    ``segments`` are runs of text separated by a gap wider than a
    character (the columns of a table drawn without lines); ``text`` joins
    them with a space.
    """

    chars: tuple[Char, ...]
    segments: tuple[tuple[Char, ...], ...]
    page: int = 0

    @property
    def x0(self) -> float:
        return self.chars[0].x0

    @property
    def x1(self) -> float:
        return self.chars[-1].x1

    # computed once: the layout asks a line for these many times
    @functools.cached_property
    def top(self) -> float:
        return min(c.top for c in self.chars)

    @functools.cached_property
    def bottom(self) -> float:
        return max(c.bottom for c in self.chars)

    @functools.cached_property
    def size(self) -> float:
        return statistics.median(c.size for c in self.chars)

    @functools.cached_property
    def text(self) -> str:
        return " ".join(t for _, _, t in self._segment_texts)

    @functools.cached_property
    def _segment_texts(self) -> tuple[tuple[float, float, str], ...]:
        return tuple((s[0].x0, s[-1].x1, _chars_text(s)) for s in self.segments)

    def segment_texts(self) -> list[tuple[float, float, str]]:
        return list(self._segment_texts)


def _chars_text(chars: Sequence[Char]) -> str:
    if not chars:
        return ""
    p_text, _, p_x1, _, _, p_size = chars[0]  # the fields of the character before
    out: list[str] = [p_text]
    for text, x0, x1, _, _, size in itertools.islice(chars, 1, None):
        least = p_size if p_size < size else size
        if (
            x0 - p_x1 > 0.2 * (1.0 if least < 1.0 else least)
            and not is_cjk(p_text[-1])
            and not is_cjk(text[0])
        ):
            out.append(" ")
        out.append(text)
        p_text, p_x1, p_size = text, x1, size
    return "".join(out)


def _mean(values: Sequence[float]) -> float:
    """The mean of ``values`` (exactly rounded, as ``statistics.fmean``)."""
    if len(values) == 1:
        return values[0]
    if len(values) == 2:  # one addition is exactly rounded already
        return (values[0] + values[1]) / 2
    return math.fsum(values) / len(values)


_X0 = operator.attrgetter("x0")


def group_lines(chars: Iterable[Char], *, page: int = 0, gap: float = 1.0) -> list[Line]:
    """Group characters into lines, top to bottom, each sorted left to right.

    Characters drawn as separate text objects are joined by position, with
    no space between CJK characters; a space is kept between Latin words.
    A horizontal gap wider than ``gap`` times the font size splits a line
    into segments (the columns of a table drawn without lines).
    """
    visible = [c for c in chars if c.text and not c.text.isspace()]
    if not visible:
        return []
    mids = [(c.top + c.bottom) / 2 for c in visible]
    if min(mids) == max(mids):  # one baseline: one line, in input order where x0 ties
        return [_line(sorted(visible, key=_X0), page, gap)]
    # (middle, x0, input position, char): sorted as by (middle, x0), stably
    order = sorted(zip(mids, [c.x0 for c in visible], range(len(visible)), visible, strict=True))
    return [_line(row, page, gap) for row in _rows(order)]


def _rows(order: Sequence[tuple[float, float, int, Char]]) -> list[list[Char]]:
    """Characters sorted by their middles, cut into rows.

    A character joins the row above when its middle lies within half a
    height (the smaller of its own and the row's first character's) of the
    mean middle of the row's last three characters.
    """
    rows: list[list[Char]] = []
    row: list[Char] = []
    m1 = m2 = m3 = 0.0  # the row's last three middles, m3 the last
    n = 0  # how many of them there are
    ref_height = 0.0  # the height of the row's first char
    for mid, _, _, c in order:
        _, _, _, top, bottom, _ = c
        height = bottom - top
        if n:
            mean = m3 if n == 1 else (m2 + m3) / 2 if n == 2 else math.fsum((m1, m2, m3)) / 3
            least = height if height < ref_height else ref_height
            if abs(mid - mean) < 0.5 * (1.0 if least < 1.0 else least):
                row.append(c)
                m1, m2, m3 = m2, m3, mid
                n += 1
                continue
        row = [c]
        rows.append(row)
        m3, n, ref_height = mid, 1, height
    for r in rows:
        r.sort(key=_X0)
    return rows


def _line(row: list[Char], page: int, gap: float) -> Line:
    """One row of characters sorted left to right as a line, cut into segments at gaps."""
    # Drop exact duplicates (text drawn twice for a bold effect).
    kept: list[Char] = [row[0]]
    segment: list[Char] = [row[0]]
    segments: list[list[Char]] = [segment]
    p_text, p_x0, p_x1, _, _, p_size = row[0]  # the fields of the last character kept
    for c in itertools.islice(row, 1, None):
        text, x0, x1, _, _, size = c
        if p_text == text and abs(p_x0 - x0) < 0.5:
            continue
        least = p_size if p_size < size else size
        if x0 - p_x1 > gap * (1.0 if least < 1.0 else least):
            segment = [c]
            segments.append(segment)
        else:
            segment.append(c)
        kept.append(c)
        p_text, p_x0, p_x1, p_size = text, x0, x1, size
    return Line(tuple(kept), tuple(tuple(s) for s in segments), page)


def join_lines(lines: Sequence[Line], *, right: float | None = None) -> str:
    """The text of lines that belong together (a cell or a paragraph).

    Wrapped lines are joined directly (with a space between Latin words); a
    line that ends well short of ``right`` (the right edge of the cell or
    text column) ends a paragraph, kept as ``\\n``.
    """
    out = ""
    for i, line in enumerate(lines):
        text = line.text
        if i:
            prev = lines[i - 1]
            short = right is not None and prev.x1 < right - 2.0 * prev.size
            if short and LABEL.match(text):
                out += "\n"
            elif out and text and out[-1].isdigit() and text[0].isdigit():
                pass  # a number wrapped in a narrow column (``1`` / ``4`` is 14)
            elif out and text and not is_cjk(out[-1]) and not is_cjk(text[0]):
                out += " "
        out += text
    return out


def cluster(values: Iterable[float], tol: float = 2.0) -> list[float]:
    """Sorted representative values, merging those closer than ``tol``.

    >>> cluster([1.0, 1.5, 10.0, 10.9, 30.0])
    [1.0, 10.0, 30.0]
    """
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _index(bounds: Sequence[float], v: float) -> int:
    """The index of the bound nearest ``v`` (the first of two as near); ``bounds`` ascend."""
    j = bisect.bisect_left(bounds, v)
    if j == len(bounds) or (j and abs(bounds[j - 1] - v) <= abs(bounds[j] - v)):
        return j - 1
    return j


@attrs.define
class PageTable:
    """A table found on one page: cells with spans, and its column edges.

    ``cells`` use the table's own row numbering; ``rows`` is the row count;
    ``xs`` the column boundaries (left to right), used to recognise a table
    continued on the next page.
    """

    cells: list[Cell]
    rows: int
    xs: list[float]
    top: float
    bottom: float
    page: int
    ruled: bool = True
    end_page: int = -1

    def __attrs_post_init__(self) -> None:
        if self.end_page < 0:
            self.end_page = self.page

    def row_texts(self, row: int) -> list[str]:
        out = [""] * (len(self.xs) - 1)
        for c in self.cells:
            if c.row == row:
                out[c.col] = c.text
        return out

    def covering(self, row: int, col: int) -> Cell | None:
        for c in self.cells:
            if c.row <= row < c.row + c.rowspan and c.col <= col < c.col + c.colspan:
                return c
        return None


class _Band:
    """Characters indexed by their vertical middle, to find those inside a box quickly."""

    def __init__(self, chars: Sequence[Char]) -> None:
        mid_y = [(c.top + c.bottom) / 2 for c in chars]  # as Char.mid_y, mid_x
        self.order = sorted(range(len(chars)), key=mid_y.__getitem__)
        self.ys = [mid_y[i] for i in self.order]
        self.xs = [(chars[i].x0 + chars[i].x1) / 2 for i in self.order]

    def inside(self, x0: float, top: float, x1: float, bottom: float) -> list[int]:
        """Indices (ascending) of the chars whose middle lies in the box, edges included."""
        lo = bisect.bisect_left(self.ys, top)
        hi = bisect.bisect_right(self.ys, bottom)
        return sorted(self.order[k] for k in range(lo, hi) if x0 <= self.xs[k] <= x1)


def table_from_cells(
    boxes: Sequence[tuple[float, float, float, float]],
    chars: Sequence[Char],
    *,
    page: int,
    tol: float = 2.0,
) -> tuple[PageTable, set[int]]:
    """A table from its cell rectangles (``x0, top, x1, bottom``) and the page's chars.

    Spans come from comparing each rectangle with the row and column
    boundaries of the whole table: a rectangle covering three row bands is
    one cell with ``rowspan=3``.  Returns the table and the indices of the
    chars placed in it.
    """
    from zwgk._model import Location

    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes], tol)
    ys = cluster([b[1] for b in boxes] + [b[3] for b in boxes], tol)
    used: set[int] = set()
    cells: list[Cell] = []
    band = _Band(chars)
    where = Location(page=page)  # frozen: one for every cell
    for x0, top, x1, bottom in sorted(boxes, key=lambda b: (b[1], b[0])):
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if c1 <= c0 or r1 <= r0:
            continue
        inside = [i for i in band.inside(x0, top, x1, bottom) if i not in used]
        used.update(inside)
        lines = group_lines((chars[i] for i in inside), page=page)
        text = join_lines(lines, right=x1 - 2.0)
        cells.append(Cell(text, r0, c0, rowspan=r1 - r0, colspan=c1 - c0, location=where))
    table = PageTable(cells, len(ys) - 1, xs, ys[0], ys[-1], page)
    return table, used


def _continues(prev: str, nxt: str) -> bool:
    """Whether cell text ``nxt`` reads as the rest of ``prev`` (a row split by a page break)."""
    prev, nxt = prev.rstrip().rstrip(_CLOSERS), nxt.lstrip()
    if not prev or not nxt:
        return False
    return prev[-1] not in _END_PUNCT and not _opens_row(nxt)


def _opens_row(text: str) -> bool:
    """Cell text that starts a row of its own: a label, or a bare serial number."""
    return bool(LABEL.match(text)) or text.strip().isdigit()


def _wrapped_number(first: PageTable, last: int, below: Cell) -> bool:
    """Whether ``below`` (top of the next page) ends the number in the last row of ``first``."""
    above = first.covering(last, below.col)
    before = first.covering(last - 1, below.col) if last > 0 else None
    if above is None or before is None or above is before:
        return False
    a, b, p = above.text.strip(), below.text.strip(), before.text.strip().rstrip(".．、")
    if not (a.isdigit() and b.isdigit() and p.isdigit()):
        return False
    return int(a + b) == int(p) + 1 and int(a) != int(p) + 1


def join_tables(first: PageTable, second: PageTable, *, tol: float = 3.0) -> PageTable | None:
    """``first`` and ``second`` as one table, if ``second`` continues it on the next page.

    The two must have the same column edges.  A header row repeated at the
    top of ``second`` is dropped; a row split by the page break (cell text
    that runs on) is joined back into one row, and a merged cell that runs
    over the break (an empty cell under a spanning one) is extended.
    Returns ``None`` when ``second`` is a different table.
    """
    if len(first.xs) != len(second.xs) or any(
        abs(a - b) > tol for a, b in zip(first.xs, second.xs, strict=True)
    ):
        return None
    start = 0
    header = [t.strip() for t in first.row_texts(0)]
    while start < second.rows and [t.strip() for t in second.row_texts(start)] == header:
        start += 1
    if start >= second.rows:
        return first
    last = first.rows - 1
    top_cells = [c for c in second.cells if c.row == start]
    # A row split by the page break: some cell runs on, and no cell of the
    # first row on the new page opens with a label (a new task or heading).
    # A serial number can itself be cut (``1`` at the foot of the page, ``4``
    # at the top of the next, in a narrow 序号 column): it is when the two
    # together, not the top one alone, follow the number of the row before.
    wrapped = {c.col for c in top_cells if _wrapped_number(first, last, c)}
    split = not any(_opens_row(c.text) and c.col not in wrapped for c in top_cells) and any(
        (above := first.covering(last, c.col)) is not None
        and (c.col in wrapped or _continues(above.text, c.text))
        for c in top_cells
    )
    merged: dict[int, Cell] = {id(c): c for c in first.cells}
    order = list(first.cells)
    offset = first.rows - start - (1 if split else 0)
    for c in second.cells:
        if c.row < start:
            continue
        if c.row == start:
            above = first.covering(last, c.col)
            extend = above is not None and above.col == c.col and above.colspan == c.colspan
            if (
                extend
                and above is not None
                and (split or (not c.text.strip() and (above.rowspan > 1 or c.col == 0)))
            ):
                cur = merged[id(above)]
                text = cur.text + c.text if split else cur.text
                new = attrs.evolve(
                    cur,
                    text=text,
                    rowspan=cur.rowspan + c.rowspan - (1 if split else 0),
                )
                merged[id(above)] = new
                continue
        order.append(attrs.evolve(c, row=c.row + offset))
        merged[id(order[-1])] = order[-1]
    cells = [merged[id(c)] for c in order]
    rows = max((c.row + c.rowspan for c in cells), default=0)
    return PageTable(
        cells, rows, first.xs, first.top, second.bottom, first.page, first.ruled, second.end_page
    )


_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十百零〇]+、"
    r"|[（(][一二三四五六七八九十百零〇]+[）)]"
    r"|第[一二三四五六七八九十百零〇\d]+[章节條条部分])"
)
"""A label that opens a heading row across an unruled table (``一、``, ``（二）``)."""

_OPEN_LABEL = re.compile(r"^\s*[（(][一二三四五六七八九十百零〇\d]*$")
"""The start of a label cut by the edge of a narrow column (``（二``)."""

_LABEL_PART = re.compile(r"\s*[（(][一二三四五六七八九十百零〇\d]*[）)]?")

_PAGE_Y = 100_000.0  # pages stacked on one vertical axis: y = page * _PAGE_Y + top

_KIND_WORDS = HEADER_KIND_WORDS


def _kind(text: str) -> str:
    """What a header cell's words say its column holds (``number``, ``deadline``, …)."""
    flat = _SPACES.sub("", text)
    for kind, words in _KIND_WORDS:
        if any(w in flat for w in words):
            return kind
    if flat in ("序", "号", "號"):
        return "number"
    return "other"


def _y(line: Line) -> float:
    return line.page * _PAGE_Y + line.top


def _bottom(line: Line) -> float:
    return line.page * _PAGE_Y + line.bottom


def _bands(heads: Sequence[tuple[float, float, str]], body: Sequence[Line]) -> list[float]:
    """Column boundaries: between two header cells, where fewest body characters cross."""
    chars = [ch for ln in body for ch in ln.chars]
    bounds = [min([heads[0][0], *(ch.x0 for ch in chars)]) - 1]
    starts = np.array([ch.x0 for ch in chars], dtype=np.float64) + 0.5
    ends = np.array([ch.x1 for ch in chars], dtype=np.float64) - 0.5
    for (_, left_end, _), (right_start, _, _) in itertools.pairwise(heads):
        lo, hi = left_end, right_start
        steps = max(int(hi - lo), 1)
        xs = np.array([lo + (hi - lo) * k / steps for k in range(steps + 1)])
        # only the chars reaching over some place between the two cells can cross one
        near = (starts < xs.max()) & (ends > xs.min())
        a, b = starts[near], ends[near]
        cover = ((a[None, :] < xs[:, None]) & (xs[:, None] < b[None, :])).sum(axis=1)
        # the rightmost of equally empty places: cell text is set flush left
        best = int(np.flatnonzero(cover == cover.min())[-1])
        bounds.append(float(xs[best]))
    bounds.append(max([heads[-1][1], *(ch.x1 for ch in chars)]) + 1)
    return bounds


class _Columns:
    """The column band each position falls in, between boundaries ``bounds``."""

    def __init__(self, bounds: Sequence[float]) -> None:
        self.inner = list(bounds[1:-1])
        self.sorted = all(a <= b for a, b in itertools.pairwise(self.inner))
        self.last = len(bounds) - 2
        self.lines: dict[int, tuple[Line, list[int]]] = {}

    def __call__(self, x: float) -> int:
        if self.sorted:  # as many boundaries below ``x`` as bisect finds
            return bisect.bisect_left(self.inner, x)
        below = sum(1 for b in self.inner if x > b)
        return max(0, min(self.last, below))

    def of(self, line: Line) -> list[int]:
        """The band of each of ``line``'s characters (by its middle), worked out once."""
        known = self.lines.get(id(line))
        if known is None:
            mids = [(c.x0 + c.x1) / 2 for c in line.chars]
            if self.sorted:  # as __call__ does, one bisection a character
                inner, find = self.inner, bisect.bisect_left
                bands = [find(inner, x) for x in mids]
            else:
                bands = [self(x) for x in mids]
            known = self.lines[id(line)] = (line, bands)
        return known[1]


def _split(line: Line, band: _Columns) -> list[list[Char]]:
    parts: list[list[Char]] = [[] for _ in range(band.last + 1)]
    for ch, k in zip(line.chars, band.of(line), strict=True):
        parts[k].append(ch)
    return parts


def _glued(line: Line, band: _Columns) -> int:
    """How many column boundaries the line's text runs across without a gap."""
    n = 0
    bands = band.of(line)
    for k, (a, b) in enumerate(itertools.pairwise(line.chars)):
        ka, kb = bands[k], bands[k + 1]
        if ka != kb and b.x0 - a.x1 < 0.5 * max(a.size, 1.0):
            n += kb - ka
    return n


@attrs.define
class _Row:
    top: float
    page: int
    heading: list[Line] | None = None
    lines: list[list[Line]] = attrs.field(factory=list)


@attrs.define
class _Block:
    """The text of one column that reads as one cell (it may cover several rows)."""

    col: int
    lines: list[Line]
    first: int
    last: int


def unruled_table(
    header: Line,
    body: Sequence[Line],
    *,
    tail: Sequence[Line] = (),
) -> tuple[PageTable, list[Line]] | None:
    """Rebuild a table drawn without ruling lines from text positions.

    ``header`` is the header row (one segment per column), ``tail`` the
    lines of header words wrapped under it, ``body`` the lines below in
    reading order, over as many pages as the table may run (repeated
    headers and running headers already taken out).  Column bands are cut
    between the header cells where fewest characters cross; each character
    goes to the band its middle lies in (so text glued across a narrow gap
    still splits).  A row starts at a number or label in the number column
    (or, without one, the first column whose rows open with labels); a
    line opening with a heading label (``一、``, ``（二）``) and running
    across the bands, or alone on its line, is a heading row spanning the
    table.  In each column, text that runs on from one row into the next
    (its line filled the band) is one merged cell over those rows; a cell
    whose text sits clearly below its row's top is vertically centred, and
    spans exactly the rows it is centred in; a merged cell set at the top
    covers the empty cells under it, down to the next text or heading row
    (not in number, deadline, note, assist or main-text columns).  The
    table ends at text left of the table, a gap of three lines, or a line
    of prose running across the columns.  Returns the table and the lines
    it used, or ``None`` when the header has fewer than two cells.
    """
    from zwgk._model import Location

    heads = header.segment_texts()
    if len(heads) < 2:
        return None
    ncols = len(heads)
    size = max(header.size, 1.0)
    same_page = [ln for ln in body if ln.page == header.page] or list(body)
    bounds = _bands(heads, same_page)
    band = _Columns(bounds)
    titles = [h[2] for h in heads]
    for ln in tail:
        for k, chs in enumerate(_split(ln, band)):
            if chs:
                titles[k] += _chars_text(chs)
    kinds = [_kind(t) for t in titles]
    left, right = bounds[0], bounds[-1]

    # -- rows ----------------------------------------------------------------
    rows: list[_Row] = []
    used: list[Line] = []
    prev: Line | None = None
    key_lines: list[tuple[int, Line]] = []  # (row, key-column line) of row starts
    pieces: list[tuple[Line, list[list[Char]]]] = []
    for ln in body:
        if prev is not None and ln.page == prev.page and ln.top - prev.bottom > 3 * size:
            break
        if ln.x0 < left - 0.5 * size or ln.x1 > right + 2 * size:
            break
        parts = _split(ln, band)
        wrapped_heading = prev is not None and bool(_HEADING.match(prev.text))
        if _glued(ln, band) >= 2 and not _HEADING.match(ln.text) and not wrapped_heading:
            break  # prose running across the columns: the table has ended
        pieces.append((ln, parts))
        used.append(ln)
        prev = ln
    key = _key_column(pieces, kinds)
    prev = None
    for ln, parts in pieces:
        heading = bool(_HEADING.match(ln.text)) and bool(parts[0]) and len(ln.segments) == 1
        last = rows[-1] if rows else None
        if (
            not heading
            and last is not None
            and last.heading is not None
            and prev is not None
            and not _HEADING.match(ln.text)
            and len(ln.segments) == 1
            and abs(ln.x0 - last.heading[0].x0) < size
            and ln.top - prev.bottom < 0.8 * size
            and prev.page == ln.page
            and not ended_short(prev, ln, right - 2.0)
        ):
            last.heading.append(ln)  # a heading wrapped onto a second line
            prev = ln
            continue
        if heading:
            rows.append(_Row(_y(ln), ln.page, heading=[ln]))
            prev = ln
            continue
        key_text = _chars_text(parts[key]) if parts[key] else ""
        starts = bool(key_text) and (
            _opens_row(key_text) or key_text[:1].isdigit() or kinds[key] == "number"
        )
        if starts and rows and rows[-1].lines and not _opens_row(key_text):
            # a label wrapped in a narrow column: ``（二`` / ``十`` / ``一）``
            so_far = "".join(_chars_text(x.chars) for x in rows[-1].lines[key])
            if _OPEN_LABEL.match(so_far) and _LABEL_PART.fullmatch(so_far + key_text):
                starts = False
        if starts and key_lines and key_text.isdigit() and prev is not None:
            # a serial number wrapped in a narrow column: ``1`` / ``4`` is 14
            last_row, last_key = key_lines[-1]
            before = [r for r, _ in key_lines[:-1]]
            above = _chars_text(
                [c for c, k in zip(last_key.chars, band.of(last_key), strict=True) if k == key]
            )
            if (
                above.isdigit()
                and last_row == len(rows) - 1
                and _y(ln) - _bottom(last_key) < 0.6 * size
                and _number_follows(rows, before, key, above + key_text)
            ):
                starts = False
        if (
            not key_text
            and prev is not None
            and prev.page == ln.page
            and ln.top - prev.bottom > 1.6 * size
            and kinds[key] != "number"
        ):
            starts = True  # a gap wider than a line between rows without numbers
        if starts or not rows or rows[-1].heading is not None:
            rows.append(_Row(_y(ln), ln.page, lines=[[] for _ in range(ncols)]))
            if key_text:
                key_lines.append((len(rows) - 1, ln))
        for k, chs in enumerate(parts):
            if chs:
                rows[-1].lines[k].extend(group_lines(chs, page=ln.page))
        prev = ln
    if not rows:
        return None

    # -- cells: blocks of text per column, and the rows each covers -----------
    main = max(
        (k for k in range(ncols) if k != key),
        key=lambda k: sum(len(x.chars) for r in rows for x in (r.lines[k] if r.lines else [])),
        default=key,
    )
    spans: dict[tuple[int, int], tuple[int, list[Line]]] = {}  # (row, col) -> (rowspan, lines)
    covered: set[tuple[int, int]] = set()
    table_bottom = max(_bottom(ln) for ln in used)
    outer: set[int] = set()  # rows where a merged column starts a cell
    for col in range(ncols):
        blocks = _blocks(rows, col, bounds, size, merge=col != key)
        extend = col not in (key, main) and kinds[col] == "other"
        claimed: set[int] = set()
        plan: list[tuple[_Block, int, int, bool]] = []
        for i, blk in enumerate(blocks):
            lo = blocks[i - 1].last + 1 if i else 0
            hi = blocks[i + 1].first - 1 if i + 1 < len(blocks) else len(rows) - 1
            lo = max([lo, *(r + 1 for r in range(lo, blk.first) if rows[r].heading)])
            hi = min([hi, *(r - 1 for r in range(blk.last + 1, hi + 1) if rows[r].heading)])
            top = _y(blk.lines[0])
            if col != key and top - rows[blk.first].top > 0.8 * size:
                a, b = _centred_in(rows, blk, lo, hi, table_bottom)
                plan.append((blk, a, b, True))
                claimed.update(range(a, b + 1))
            else:
                plan.append((blk, blk.first, hi if extend else blk.last, False))
        for blk, a, b, centred in plan:
            if not centred and b > blk.last:
                # set at the top: stop at a claimed row, or where a merged
                # column to the left starts a new cell (a heading column
                # nested in the one before it ends with it)
                b = next(
                    (r - 1 for r in range(blk.last + 1, b + 1) if r in claimed or r in outer),
                    b,
                )
            spans[(a, col)] = (b - a + 1, blk.lines)
            covered.update((r, col) for r in range(a + 1, b + 1))
            if extend:
                outer.add(a)

    cells = [Cell(t, 0, k, location=Location(page=header.page)) for k, t in enumerate(titles)]
    for i, row in enumerate(rows, start=1):
        loc = Location(page=row.page)
        if row.heading is not None:
            text = join_lines(row.heading, right=right - 2.0)
            cells.append(Cell(text, i, 0, colspan=ncols, location=loc))
            continue
        for k in range(ncols):
            if (i - 1, k) in covered:
                continue
            span, cell_lines = spans.get((i - 1, k), (1, []))
            text = join_lines(cell_lines, right=bounds[k + 1] - 2.0)
            page = cell_lines[0].page if cell_lines else row.page
            cells.append(Cell(text, i, k, rowspan=span, location=Location(page=page)))
    bottom = max(ln.bottom for ln in used if ln.page == used[-1].page)
    table = PageTable(
        cells, len(rows) + 1, bounds, header.top, bottom, header.page, False, used[-1].page
    )
    return table, [header, *tail, *used]


def _key_column(pieces: Sequence[tuple[Line, list[list[Char]]]], kinds: Sequence[str]) -> int:
    """The column whose text starts the rows: 序号, else the one opening with labels."""
    if "number" in kinds:
        return kinds.index("number")
    ncols = len(kinds)
    opened = [0] * ncols
    seen = [0] * ncols
    for _, parts in pieces:
        for k, chs in enumerate(parts):
            if chs:
                seen[k] += 1
                text = _chars_text(chs)
                opened[k] += bool(LABEL.match(text)) or bool(re.match(r"\d{1,3}(?!\d)", text))
    for k in range(ncols):
        if opened[k] >= 2 and opened[k] >= 0.2 * seen[k]:
            return k
    return 0


def _number_follows(rows: Sequence[_Row], before: Sequence[int], key: int, joined: str) -> bool:
    """Whether ``joined`` (two wrapped digit lines) is the number after the row before."""
    if not before:
        return False
    lines = rows[before[-1]].lines[key] if rows[before[-1]].lines else []
    text = "".join(x.text for x in lines).strip().rstrip(".．、")
    return text.isdigit() and int(joined) == int(text) + 1


def _blocks(
    rows: Sequence[_Row], col: int, bounds: Sequence[float], size: float, *, merge: bool
) -> list[_Block]:
    """Column ``col``'s text as cells: a row's lines, joined with the next row's
    when the text runs on (the line before filled the band)."""
    out: list[_Block] = []
    prev: Line | None = None
    prev_row = -1
    edge = max((x.x1 for row in rows for x in (row.lines[col] if row.lines else [])), default=0.0)
    for r, row in enumerate(rows):
        if row.heading is not None:
            prev = None
            continue
        for ln in row.lines[col]:
            runs_on = (
                merge
                and prev is not None
                and out
                and prev_row != r
                and prev.text.rstrip(_CLOSERS)[-1:] not in _END_PUNCT
                and not LABEL.match(ln.text)
                # a cell running on over a page break stays in its row
                and prev.page == ln.page
                and ln.top - prev.bottom < 0.8 * size
                and ln.x0 - prev.x0 < size
                # the line before was full: the next one's first glyph did not fit
                and prev.x1 + (ln.chars[0].x1 - ln.chars[0].x0) > edge + 0.1 * size
            )
            if prev is not None and out and (prev_row == r or runs_on):
                out[-1].lines.append(ln)
                out[-1].last = r
            else:
                out.append(_Block(col, [ln], r, r))
            prev, prev_row = ln, r
    return _split_repeated(rows, col, out) if merge else out


def _split_repeated(rows: Sequence[_Row], col: int, blocks: list[_Block]) -> list[_Block]:
    """Blocks joined over rows split again where the rest is a cell seen elsewhere.

    In a narrow column nearly every line fills the band, so a cell ending at
    the foot of its row looks like text running on into the next.  When the
    text from a later row on is, word for word, the text of another cell of
    the column (a responsibility repeated down the table), it is that row's
    own cell.
    """
    row_of = {id(x): r for r, row in enumerate(rows) if row.lines for x in row.lines[col]}
    texts = {_SPACES.sub("", join_lines(b.lines)) for b in blocks}
    out: list[_Block] = []

    def flat(lines: Sequence[Line]) -> str:
        return _SPACES.sub("", join_lines(lines))

    todo = list(blocks)
    while todo:
        blk = todo.pop(0)
        cut = next(
            (
                i
                for i in range(1, len(blk.lines))
                if row_of[id(blk.lines[i])] != row_of[id(blk.lines[i - 1])]
                and (flat(blk.lines[i:]) in texts or flat(blk.lines[:i]) in texts)
            ),
            None,
        )
        if cut is None:
            out.append(blk)
            continue
        out.append(_Block(col, blk.lines[:cut], blk.first, row_of[id(blk.lines[cut - 1])]))
        todo.insert(0, _Block(col, blk.lines[cut:], row_of[id(blk.lines[cut])], blk.last))
    return out


def _centred_in(
    rows: Sequence[_Row], blk: _Block, lo: int, hi: int, table_bottom: float
) -> tuple[int, int]:
    """The rows ``a..b`` the block is centred in (``lo <= a <= first``, ``last <= b <= hi``)."""
    mid = (_y(blk.lines[0]) + _bottom(blk.lines[-1])) / 2
    page = blk.lines[0].page

    def bottom(b: int) -> float:
        if b + 1 < len(rows) and rows[b + 1].page == rows[b].page:
            return rows[b + 1].top
        if b + 1 < len(rows):
            return max([rows[b].top, *(_bottom(x) for x in _row_lines(rows[b]))])
        return table_bottom

    best = (blk.first, blk.last)
    best_err = abs(mid - (rows[blk.first].top + bottom(blk.last)) / 2)
    for a in range(blk.first, lo - 1, -1):
        if rows[a].page != page:
            break
        for b in range(blk.last, hi + 1):
            if rows[b].page != page:
                break
            err = abs(mid - (rows[a].top + bottom(b)) / 2)
            if err < best_err - 0.5:
                best, best_err = (a, b), err
    return best


def _row_lines(row: _Row) -> list[Line]:
    return [x for col in row.lines for x in col] if row.lines else list(row.heading or [])


def paragraphs(lines: Sequence[Line], *, left: float, right: float) -> list[list[Line]]:
    """Group body lines (in reading order) into paragraphs.

    A paragraph ends at a line that stops well short of the right margin,
    before a first-line indent, an ordinal label, a change of font size or
    a vertical gap wider than a line; two centred lines of the same size
    (a title broken over two lines) stay together.
    """
    out: list[list[Line]] = []
    for ln in lines:
        if not out:
            out.append([ln])
            continue
        prev = out[-1][-1]
        size = max(prev.size, 1.0)
        same_page = prev.page == ln.page
        gap = ln.top - prev.bottom if same_page else 0.0
        # A centred title broken over lines: the first line may fill the width.
        centred = _centred(ln, left, right) and (
            _centred(prev, left, right)
            or (_symmetric(prev, left, right) and prev.text.rstrip(_CLOSERS)[-1:] not in _END_PUNCT)
        )
        new = (
            abs(ln.size - prev.size) > 1.0
            or gap > 0.9 * size
            or gap < -0.5 * size
            or bool(LABEL.match(ln.text))
            # a 文号 line stands alone, even between centred lines
            or _is_doc_number(prev.text)
            or _is_doc_number(ln.text)
        )
        if not new and not centred:
            new = ended_short(prev, ln, right) or ln.x0 > left + 1.2 * size
        if new:
            out.append([ln])
        else:
            out[-1].append(ln)
    return out


_OPENING = "（(〔［[【《〈“‘「『"
_CLOSING = "，。、；：？！）)〕］]】》〉”’」』…%％"


def ended_short(prev: Line, nxt: Line, right: float) -> bool:
    """Whether ``prev`` stopped before the margin with room for ``nxt``'s first word.

    Text set flush left ends lines raggedly: a line is only a paragraph's
    last one if the first unbreakable unit of the next line (a CJK
    character with the punctuation that cannot be separated from it, or a
    run of Latin letters and digits) would have fitted after it.
    """
    chars = nxt.chars
    if not chars:
        return True
    k = 1
    if not is_cjk(chars[0].text):
        while k < len(chars) and not is_cjk(chars[k].text) and chars[k].x0 - chars[k - 1].x1 < 1:
            k += 1
    else:
        while k < len(chars) and (
            chars[k].text in _CLOSING
            or chars[k - 1].text in _OPENING
            or (not is_cjk(chars[k].text) and not is_cjk(chars[k - 1].text))
        ):
            k += 1
    unit = chars[k - 1].x1 - chars[0].x0
    # Line breaking rules differ between word processors: allow two characters.
    return prev.x1 + unit < right - 2.0 * prev.size


_DOC_NUMBER_LINE = re.compile(
    r"^[\u4e00-\u9fff]{1,12}\s*[〔［\[(（【]\s*(?:19|20)\d{2}\s*[〕］\])）】]\s*\d{1,4}\s*[号號]$"
)


def _is_doc_number(text: str) -> bool:
    """A line that is only a 文号 (``江建管〔2021〕11号``)."""
    return bool(_DOC_NUMBER_LINE.match(text.strip()))


def _symmetric(line: Line, left: float, right: float) -> bool:
    return abs((line.x0 - left) - (right - line.x1)) < 1.5 * line.size


def _centred(line: Line, left: float, right: float) -> bool:
    lgap, rgap = line.x0 - left, right - line.x1
    return lgap > line.size and rgap > line.size and abs(lgap - rgap) < 1.5 * line.size
