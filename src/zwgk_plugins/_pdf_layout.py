"""Page geometry for the PDF reader: characters to lines, cells, tables and paragraphs.

Everything here works on plain records (:class:`Char`, :class:`Line`,
:class:`PageTable`) so that it can be tested without a PDF library.  The
coordinates are PDF points with ``top`` growing downwards (as pdfplumber
gives them).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterable, Sequence

import attrs

from zwgk.document import Cell

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
    "text_table",
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


@attrs.frozen
class Char:
    """One glyph on a page."""

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

    @property
    def top(self) -> float:
        return min(c.top for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c.bottom for c in self.chars)

    @property
    def size(self) -> float:
        return statistics.median(c.size for c in self.chars)

    @property
    def text(self) -> str:
        return " ".join(_chars_text(s) for s in self.segments)

    def segment_texts(self) -> list[tuple[float, float, str]]:
        return [(s[0].x0, s[-1].x1, _chars_text(s)) for s in self.segments]


def _chars_text(chars: Sequence[Char]) -> str:
    out: list[str] = []
    prev: Char | None = None
    for c in chars:
        if prev is not None:
            gap = c.x0 - prev.x1
            size = max(min(c.size, prev.size), 1.0)
            latin = not is_cjk(prev.text[-1]) and not is_cjk(c.text[0])
            if latin and gap > 0.2 * size:
                out.append(" ")
        out.append(c.text)
        prev = c
    return "".join(out)


def group_lines(chars: Iterable[Char], *, page: int = 0, gap: float = 1.0) -> list[Line]:
    """Group characters into lines, top to bottom, each sorted left to right.

    Characters drawn as separate text objects are joined by position, with
    no space between CJK characters; a space is kept between Latin words.
    A horizontal gap wider than ``gap`` times the font size splits a line
    into segments (the columns of a table drawn without lines).
    """
    visible = sorted(
        (c for c in chars if c.text and not c.text.isspace()), key=lambda c: (c.mid_y, c.x0)
    )
    rows: list[list[Char]] = []
    for c in visible:
        if rows:
            last = rows[-1]
            ref = last[0]
            height = max(min(ref.bottom - ref.top, c.bottom - c.top), 1.0)
            if abs(c.mid_y - statistics.fmean(x.mid_y for x in last[-3:])) < 0.5 * height:
                last.append(c)
                continue
        rows.append([c])
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        # Drop exact duplicates (text drawn twice for a bold effect).
        kept: list[Char] = []
        for c in row:
            if kept and kept[-1].text == c.text and abs(kept[-1].x0 - c.x0) < 0.5:
                continue
            kept.append(c)
        segments: list[list[Char]] = [[kept[0]]]
        for prev, c in itertools.pairwise(kept):
            if c.x0 - prev.x1 > gap * max(min(c.size, prev.size), 1.0):
                segments.append([c])
            else:
                segments[-1].append(c)
        lines.append(Line(tuple(kept), tuple(tuple(s) for s in segments), page))
    return lines


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
    return min(range(len(bounds)), key=lambda i: abs(bounds[i] - v))


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
    for x0, top, x1, bottom in sorted(boxes, key=lambda b: (b[1], b[0])):
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if c1 <= c0 or r1 <= r0:
            continue
        inside = [
            i
            for i, ch in enumerate(chars)
            if i not in used and x0 <= ch.mid_x <= x1 and top <= ch.mid_y <= bottom
        ]
        used.update(inside)
        lines = group_lines((chars[i] for i in inside), page=page)
        text = join_lines(lines, right=x1 - 2.0)
        cells.append(
            Cell(text, r0, c0, rowspan=r1 - r0, colspan=c1 - c0, location=Location(page=page))
        )
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


def text_table(
    lines: Sequence[Line], header: Line, *, page: int
) -> tuple[PageTable, list[Line]] | None:
    """Rebuild a table drawn without ruling lines from text positions.

    ``header`` is the header row (one segment per column); column bands are
    cut at the x where fewest characters of the rows below cross.  A new
    row starts where the first column has text, or after a gap wider than
    a line.  Returns the table and the lines it used, or ``None`` when the
    lines do not fit the bands.
    """
    from zwgk._model import Location

    heads = header.segment_texts()
    if len(heads) < 2:
        return None
    body = [ln for ln in lines if ln.top >= header.bottom - 0.5]
    bounds = [min(heads[0][0], *(ln.x0 for ln in body)) - 1 if body else heads[0][0] - 1]
    for (_, left_end, _), (right_start, _, _) in itertools.pairwise(heads):
        lo, hi = left_end, right_start
        best, best_cover = (lo + hi) / 2, None
        steps = max(int(hi - lo), 1)
        for k in range(steps + 1):
            x = lo + (hi - lo) * k / steps
            cover = sum(1 for ln in body for ch in ln.chars if ch.x0 - 1 < x < ch.x1 + 1)
            if best_cover is None or cover < best_cover:
                best, best_cover = x, cover
        bounds.append(best)
    bounds.append(max(heads[-1][1], *(ln.x1 for ln in body)) + 1 if body else heads[-1][1] + 1)
    ncols = len(heads)
    rows: list[list[list[Line]]] = []
    used: list[Line] = []
    pitch = statistics.median(
        [b.top - a.top for a, b in itertools.pairwise(body)] or [header.size * 1.5]
    )
    prev: Line | None = None
    for ln in body:
        parts: list[list[Char]] = [[] for _ in range(ncols)]
        for ch in ln.chars:
            k = max(0, min(ncols - 1, sum(1 for b in bounds[1:-1] if ch.mid_x > b)))
            parts[k].append(ch)
        new_row = (
            not rows or bool(parts[0]) or (prev is not None and ln.top - prev.top > 1.6 * pitch)
        )
        if new_row:
            rows.append([[] for _ in range(ncols)])
        for k, chs in enumerate(parts):
            if chs:
                rows[-1][k].extend(group_lines(chs, page=page))
        used.append(ln)
        prev = ln
    cells = [Cell(h[2], 0, k, location=Location(page=page)) for k, h in enumerate(heads)]
    for i, row in enumerate(rows, start=1):
        for k, cell_lines in enumerate(row):
            cells.append(
                Cell(
                    join_lines(cell_lines, right=bounds[k + 1] - 2.0),
                    i,
                    k,
                    location=Location(page=page),
                )
            )
    top = header.top
    bottom = max((ln.bottom for ln in used), default=header.bottom)
    return PageTable(cells, len(rows) + 1, bounds, top, bottom, page, ruled=False), [
        header,
        *used,
    ]


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
