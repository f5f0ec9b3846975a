"""A table copied one cell per line with each cell indented to its column.

Text taken from a PDF or a print preview may keep a table's columns by
indentation alone: every cell on its own line, set in as far as its
header's cell, a cell too long for its column wrapped onto more lines at
the same indent.  :func:`indented_cells` rewrites such a table into the
form every one-cell-per-line reading takes (cells parted by ``|`` lines,
an empty cell an empty line), since the indents tell what the content
alone does not: where a cell ends, where a row starts, which cells a row
lacks.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk.lang.numerals import PART_RANK, is_bare_serial, parse_label
from zwgk.lang.vocab import header_role
from zwgk_plugins._text_layouts.cells import cells_header
from zwgk_plugins._text_layouts.common import Line
from zwgk_plugins._text_layouts.detect import separates_cells

__all__ = ["indented_cells"]

_TAB: Final = 4  # the indent a tab stands for
_FULL_WIDTH: Final = 2  # the indent a full-width space stands for
_SLACK: Final = 1  # how far a cell may stand from its column's indent
_AT_STOPS: Final = 0.8  # the share of the body's lines that stand at a column's indent
_SET_IN: Final = 0.3  # the share of the body's lines set in past the first column
_SHARED: Final = 2  # lines at one indent that make a column of it
_FEWEST_COLUMNS: Final = 3  # columns a task table set out by indents has at least


def indent_of(text: str) -> int:
    """How far a line is set in, in half-width spaces."""
    width = 0
    for ch in text:
        if ch == " ":
            width += 1
        elif ch == "\u3000":
            width += _FULL_WIDTH
        elif ch == "\t":
            width += _TAB
        else:
            break
    return width


@attrs.frozen
class _Columns:
    """The indents of a header's cells, left to right."""

    stops: tuple[int, ...]

    def of(self, indent: int) -> int | None:
        """The column a line set in so far stands in; None if it stands in none."""
        for k, stop in enumerate(self.stops):
            if abs(indent - stop) <= _SLACK:
                return k
        return None


def _columns(lines: Sequence[Line], head: Sequence[int]) -> _Columns | None:
    """The header's columns where its cells are set in further each than the
    one before; None where they are not (a header one cell a line, flush)."""
    stops = tuple(indent_of(lines[i].text) for i in head)
    if len(stops) < 2 or any(b <= a + _SLACK for a, b in itertools.pairwise(stops)):
        return None
    return _Columns(stops)


def _body_columns(
    lines: Sequence[Line], head: Sequence[int], body: Sequence[int]
) -> _Columns | None:
    """The columns the body's lines stand at, where the header's cells are set
    in otherwise (centred over their columns): the indents the lines stand
    at (or those two lines or more share), as many as the header's cells,
    each header cell nearest its own."""
    counts = collections.Counter(indent_of(lines[i].text) for i in body)
    heads = [indent_of(lines[i].text) for i in head]
    for stops in (sorted(counts), sorted(k for k, n in counts.items() if n >= _SHARED)):
        if len(stops) == len(heads) >= 2 and all(
            min(range(len(stops)), key=lambda s: abs(stops[s] - h)) == k
            for k, h in enumerate(heads)
        ):
            return _Columns(tuple(stops))
    return None


def indented_cells(lines: Sequence[Line]) -> list[Line]:
    """The lines of a table copied one cell per line, each cell set in to its
    header cell's indent, with each row's cells parted by ``|`` lines (every
    column given, an empty cell an empty line) and a cell wrapped over several
    lines at one indent joined into one line; where the header's cells stand
    elsewhere (centred), the indents the body's lines share are the columns.
    A line set in less than the line before starts a row.  The table ends at
    the first line that stands at no column's indent.  A text whose lines
    are not set in so, or that parts its cells with separators already, is
    left as it is."""
    items = [i for i, ln in enumerate(lines) if ln.text.strip()]
    if len({indent_of(lines[i].text) for i in items}) < _FEWEST_COLUMNS or separates_cells(lines):
        return list(lines)  # (no three columns set in apart: most texts, asked cheaply first)
    found = cells_header([lines[i] for i in items])
    if found is None:
        return list(lines)
    head = items[found[0] : found[0] + found[1]]
    body = items[found[0] + found[1] :]
    for columns in (_columns(lines, head), _body_columns(lines, head, body)):
        rewritten = _by_columns(lines, head, body, columns) if columns is not None else None
        if rewritten is not None:
            return rewritten
    return list(lines)


def _by_columns(
    lines: Sequence[Line], head: Sequence[int], body: Sequence[int], columns: _Columns
) -> list[Line] | None:
    """The lines with the table's rows read by ``columns``; None where the
    body's lines do not stand at them."""
    rows = _Rows(len(columns.stops), header_role(lines[head[0]].text) == "number")
    placed = list(itertools.takewhile(lambda i: rows.add(lines[i], columns), body))
    if not _set_in(lines, placed, columns):
        return None
    tail = placed[-1] + 1
    return [*lines[: head[0]], *_header_lines(lines, head), *rows.lines(), *lines[tail:]]


def _set_in(lines: Sequence[Line], placed: Sequence[int], columns: _Columns) -> bool:
    """Whether the body's lines stand at the columns' indents, many set in."""
    if not placed:
        return False
    rest = [i for i in range(placed[-1] + 1, len(lines)) if lines[i].text.strip()]
    if len(placed) < _AT_STOPS * (len(placed) + len(rest)):
        return False
    first = columns.stops[0]
    inside = sum(1 for i in placed if indent_of(lines[i].text) > first + _SLACK)
    return inside >= _SET_IN * len(placed)


def _header_lines(lines: Sequence[Line], head: Sequence[int]) -> list[Line]:
    out: list[Line] = []
    for k, i in enumerate(head):
        out += ([Line(lines[i].no, "|")] if k else []) + [Line(lines[i].no, lines[i].text.strip())]
    return [*out, Line(lines[head[-1]].no, "|")]


class _Rows:
    """The body's rows, built a line at a time."""

    def __init__(self, width: int, numbered: bool) -> None:
        self.width = width
        self.numbered = numbered  # the first column is a 序号 column
        self.rows: list[list[list[Line]]] = []
        self.column = width  # the column of the line before (none yet: a row starts)

    def add(self, line: Line, columns: _Columns) -> bool:
        """One more line: a row's next cell, a cell's next line, or a new
        row's first cell; False where the line is none of these (it stands
        at no column, or opens a row of a numbered table with no number)."""
        column = columns.of(indent_of(line.text))
        text = Line(line.no, line.text.strip())
        if column is None:
            return False
        opens = _opens(text.text)
        if column < self.column or (column == self.column == 0 and opens):
            if self.numbered and column == 0 and not opens:
                return False
            self.rows.append([[] for _ in range(self.width)])
        self.rows[-1][column].append(text)
        self.column = column
        return True

    def lines(self) -> list[Line]:
        """Each row's cells, parted by ``|`` lines; a row that is one cell
        across the table (a part's heading) its cell alone."""
        out: list[Line] = []
        for row in self.rows:
            filled = [cell for cell in row if cell]
            at = filled[0][0].no
            if len(filled) == 1 and row[0] and _heading(row[0]):
                out += [_joined(row[0]), Line(at, "|")]
                continue
            for cell in row:
                out += [_joined(cell) if cell else Line(at, ""), Line(at, "|")]
        return out[:-1]


def _opens(text: str) -> bool:
    """Whether a line in the first column opens a row of its own (a serial,
    a label), not a wrapped first cell's next line."""
    return parse_label(text) is not None or is_bare_serial(text)


def _heading(cell: Sequence[Line]) -> bool:
    label = parse_label(cell[0].text)
    return label is not None and label.rank <= PART_RANK and bool(label.rest.strip())


def _joined(cell: Sequence[Line]) -> Line:
    """A cell's lines as one: a wrapped line joined on, a numbered point on a
    line of its own."""
    text = cell[0].text
    for ln in cell[1:]:
        label = parse_label(ln.text)
        text += ("\n" if label is not None and label.rest.strip() else "") + ln.text
    return Line(cell[0].no, text)
