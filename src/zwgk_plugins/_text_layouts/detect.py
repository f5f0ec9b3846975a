"""Which layout a text holds, and the reading of each layout."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Final

from zwgk.assembly.fields import join_points
from zwgk.document import Document
from zwgk.lang.numerals import PART_RANK, parse_label
from zwgk.lang.pieces import squeeze
from zwgk.lang.vocab import BULLET_MARKS, header_role
from zwgk_plugins._text_layouts.cells import cells_header, read_cells
from zwgk_plugins._text_layouts.columns import columns_header, read_columns
from zwgk_plugins._text_layouts.common import PIPE_SEP, RULE, Line, header_words
from zwgk_plugins._text_layouts.pdf import read_pdf
from zwgk_plugins._text_layouts.pipe import read_pipe
from zwgk_plugins._text_layouts.prose import read_prose
from zwgk_plugins._text_layouts.records import find_records, read_records
from zwgk_plugins._text_layouts.rules import read_rules
from zwgk_plugins._text_layouts.tab import read_tab

__all__ = [
    "LAYOUTS",
    "blank_cells",
    "bullet_cells",
    "detect_layout",
    "join_cell_lines",
    "join_closed_cells",
    "narrow_bars",
    "parse_layout",
    "separates_cells",
    "separator_line",
]

LAYOUTS = ("tab", "pipe", "rules", "columns", "pdf", "cells", "records", "prose")

_FIELD_VALUE: Final = re.compile(r"[:：]\s*\S")


def _header_cell(text: str) -> bool:
    """A line that is one header cell (a field line, 责任单位：…, names a column but is not)."""
    return bool(header_role(text)) and not _FIELD_VALUE.search(text)


def _has_cells_header(stripped: Sequence[str]) -> bool:
    """Header cells each on their own line."""
    for i in range(len(stripped) - 1):
        if _header_cell(stripped[i]) and _header_cell(stripped[i + 1]):
            run = list(stripped[i : i + 6])
            k = 0
            while k < len(run) and header_role(run[k]) and len(squeeze(run[k])) <= 12:
                k += 1
            if k >= 2 and header_words(run[:k]):
                return True
    return False


def _table_text(lines: Sequence[Line]) -> str | None:
    """The layouts told by their marks: tabs, pipes, rules."""
    if len([ln for ln in lines if ln.text.startswith("\t")]) >= 6:
        return "tab"
    pipe_lines = [ln for ln in lines if ln.text.count("|") >= 2 and not PIPE_SEP.match(ln.text)]
    if len(pipe_lines) >= 3:
        return "pipe"
    if sum(1 for ln in lines if RULE.match(ln.text)) >= 3:
        return "rules"
    return None


_SEPARATOR_LINES: Final = 3  # lines of a cell separator alone that make a table of the text


def separates_cells(lines: Sequence[Line]) -> bool:
    """Whether the text's cells stand apart by lines that hold a separator
    alone (``|`` between the cells of a table copied one cell per line)."""
    alone = sum(1 for ln in lines if separator_line(ln.text))
    return alone >= _SEPARATOR_LINES


_SEPARATOR: Final = ("|", "｜")


def separator_line(text: str) -> bool:
    """Whether a line holds a cell separator and nothing else."""
    return text.strip() in _SEPARATOR


def join_cell_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines with the lines of one cell joined, where separator lines part
    every cell of a table (``|`` alone between cells): a cell that numbers its
    own points over several lines (1. 2. 3.) is one line's text.  Before the
    first separator and after the last nothing is joined (the notice, the
    signature)."""
    return _rejoin(lines, [i for i, ln in enumerate(lines) if separator_line(ln.text)], _points)


def blank_cells(lines: Sequence[Line]) -> list[Line]:
    """The lines with each blank line between two separator lines (``|``
    alone between the cells of a row) made the empty cell it is, where a
    slot between two separators holds it beside other lines: with nothing
    between rows, a row's last cell and the next row's first share a slot
    (``…每月`` ``|`` ``(blank)`` ``统计执法信息公开`` ``|``: an empty 备注, then
    the next row's 类别), so each of the slot's lines is a cell; a separator
    line is set between them.  A text that sets most cells apart with blank
    lines as well (padding) is left as it is."""
    marks = [i for i, ln in enumerate(lines) if separator_line(ln.text)]
    if len(marks) < _SEPARATOR_LINES:
        return list(lines)
    slots = [lines[a + 1 : b] for a, b in itertools.pairwise(marks)]
    blank = [len(s) > 1 and any(not ln.text.strip() for ln in s) for s in slots]
    if not any(blank) or 2 * sum(blank) > len(slots):
        return list(lines)
    out = list(lines[: marks[0] + 1])
    for slot, with_blank, b in zip(slots, blank, marks[1:], strict=True):
        if with_blank:
            for k, ln in enumerate(slot):
                if k:
                    out.append(Line(ln.no, lines[b].text))  # the separator the row lacks
                if ln.text.strip():
                    out.append(ln)
        else:
            out += slot
        out.append(lines[b])
    return out + list(lines[marks[-1] + 1 :])


_WIDE_BAR: Final = "｜"
_BAR_ROWS: Final = 3  # rows written between full-width bars that make a table of them


def narrow_bars(lines: Sequence[Line]) -> list[Line]:
    """The lines with a table drawn with full-width bars (``｜1｜…｜办公室｜``)
    drawn with ``|``, as a pipe table is: only the lines that open and close
    with a bar, where three or more do; a bar inside a line of text stays."""
    if not any(_WIDE_BAR in ln.text for ln in lines):
        return list(lines)
    rows = [_bar_row(ln.text) for ln in lines]
    if sum(rows) < _BAR_ROWS:
        return list(lines)
    return [
        Line(ln.no, ln.text.replace(_WIDE_BAR, "|")) if row else ln
        for ln, row in zip(lines, rows, strict=True)
    ]


def _bar_row(text: str) -> bool:
    s = text.strip()
    return len(s) > 2 and s[0] == s[-1] == _WIDE_BAR and s.count(_WIDE_BAR) >= 3


# a list item's mark opening a line, where a table was copied as a list of its cells
_BULLET: Final = re.compile(rf"^[ \t\u3000]*([{re.escape(BULLET_MARKS)}])(?:[ \t\u3000]+|$)")


def bullet_cells(lines: Sequence[Line]) -> list[Line]:
    """The lines of a table copied as a list of its cells, one item a cell
    opening with the same mark (``• 序号``, ``• 1``, ``•`` alone for an empty
    cell), with the cells parted by ``|`` lines as a table copied one cell
    per line parts them.  Only a run of items that holds a header of cells
    is read so; other lines are left as they are."""
    marks = [
        _BULLET.match(ln.text) if ln.text.lstrip(" \t\u3000")[:1] in BULLET_MARKS else None
        for ln in lines
    ]
    if not any(marks):
        return list(lines)
    runs = [list(g) for _, g in itertools.groupby(range(len(lines)), key=lambda i: _mark(marks[i]))]
    out: list[Line] = []
    for run in runs:
        items = [Line(lines[i].no, lines[i].text[m.end() :]) for i in run if (m := marks[i])]
        if len(items) < len(run) or cells_header([x for x in items if x.text.strip()]) is None:
            out += [lines[i] for i in run]
            continue
        for k, item in enumerate(items):
            out += ([Line(item.no, "|")] if k else []) + ([item] if item.text.strip() else [])
    return out


def _mark(found: re.Match[str] | None) -> str:
    return found.group(1) if found is not None else ""


_PADDED: Final = 0.9  # the share of a table's cell gaps that are one blank line or an odd run
_SHOWN: Final = 2  # empty cells a padded table shows (three blank lines) to be read so


def padded_cells(lines: Sequence[Line]) -> list[Line]:
    """The lines of a table copied one cell per line with a blank line after
    every cell (padding), from its header on, with the cells parted as the
    ``|`` lines of a table copied so part them: one blank line is a cell's
    end, three are an empty cell between two (``法规审理科`` (blank, blank,
    blank) ``2023年12月底前``: an empty 配合科室 cell).  A text with no such
    header, or whose cells are not padded so, or that parts its cells with
    separators already, is left as it is."""
    items = [i for i, ln in enumerate(lines) if ln.text.strip()]
    found = cells_header([lines[i] for i in items])
    if found is None or separates_cells(lines):
        return list(lines)
    body = items[found[0] :]
    gaps = [b - a - 1 for a, b in itertools.pairwise(body)]
    if not gaps or sum(1 for g in gaps if g % 2 == 1) < _PADDED * len(gaps):
        return list(lines)
    if 2 * sum(1 for g in gaps if g == 1) < len(gaps) or sum(1 for g in gaps if g == 3) < _SHOWN:
        return list(lines)  # (padding alone shows no empty cell: the text is read as it is)
    if max(gaps) > 3:
        return list(lines)  # (empty cells side by side: cells given once over a group's rows)
    out = list(lines[: body[0]])
    for a, gap in zip(body[:-1], gaps, strict=True):
        out.append(lines[a])
        mark = Line(lines[a].no, "|")
        out += [mark, *(x for _ in range((gap - 1) // 2) for x in (Line(lines[a].no, ""), mark))]
    return [*out, lines[body[-1]], *lines[body[-1] + 1 :]]


def _points(run: Sequence[Line], mark: Line) -> list[Line] | None:
    """A cell's own points over several lines, or its tasks numbered on, joined,
    and the separator after them."""
    text = "\n".join(ln.text.strip() for ln in run)
    if len(run) > 1 and ("\n" not in join_points(text) or _numbered_on(run)):
        return [Line(run[0].no, text.replace("\n", "")), mark]
    return None


def _numbered_on(run: Sequence[Line]) -> bool:
    """Whether every line of a run is an item numbered one on from the line
    before, in one style, none of a part's rank (a cell holding the plan's
    tasks ``3.…`` ``4.…``; a row's last cell and the next row's first are no
    such run)."""
    labels = [parse_label(ln.text.strip()) for ln in run]
    if any(lb is None or lb.rank <= PART_RANK or not lb.rest.strip() for lb in labels):
        return False
    return all(
        b.style == a.style and b.number == a.number + 1
        for a, b in itertools.pairwise(lb for lb in labels if lb is not None)
    )


def _rejoin(
    lines: Sequence[Line],
    marks: Sequence[int],
    joined: Callable[[Sequence[Line], Line], list[Line] | None],
) -> list[Line]:
    """The lines, those between two marked lines (each run with the marked
    line after it) given as ``joined`` gives them where it joins them; before
    the first mark and after the last nothing is joined."""
    if len(marks) < _SEPARATOR_LINES:
        return list(lines)
    out = list(lines[: marks[0] + 1])
    for a, b in itertools.pairwise(marks):
        run = [ln for ln in lines[a + 1 : b] if ln.text.strip()]
        out += joined(run, lines[b]) or lines[a + 1 : b + 1]
    return out + list(lines[marks[-1] + 1 :])


def _closes_cell(text: str) -> bool:
    """Whether a line is one cell closed by its separator (``…。 |``): the
    separator at its end and nowhere else."""
    body = text.rstrip()
    cell = body[:-1]
    return body.endswith(_SEPARATOR) and bool(cell.strip()) and not _CELL_MARKS.search(cell)


def _opens_row(text: str) -> bool:
    """Whether a cell opens a row or a part (a 序号 alone, 一、…): no cell's last line."""
    label = parse_label(text.strip().rstrip("|｜ "))
    return label is not None and (not label.rest.strip() or label.rank <= PART_RANK)


def join_closed_cells(lines: Sequence[Line]) -> list[Line]:
    """The lines with the lines of one cell joined, where each cell of a table
    closes with its separator (`` |``, one cell a line): a cell written over
    several lines (a sentence, then its own points 1. 2. 3.) is one line, the
    lines before a closed one joined into it.  Lines that open a row or a part
    are never joined; before the first closed line and after the last nothing
    is (the notice, the signature)."""
    return _rejoin(lines, [i for i, ln in enumerate(lines) if _closes_cell(ln.text)], _closed)


def _closed(run: Sequence[Line], closing: Line) -> list[Line] | None:
    """Lines that do not close and the closed line after them as one cell's line."""
    if not _one_cell(run, closing):
        return None
    return [Line(run[0].no, "".join(ln.text.strip() for ln in [*run, closing]))]


_CELL_MARKS: Final = re.compile(r"[|｜\t]")


def _one_cell(run: Sequence[Line], closing: Line) -> bool:
    """Whether lines that do not close and the closed line after them are one cell."""
    if not run or _opens_row(closing.text):
        return False
    return not any(_CELL_MARKS.search(ln.text) or _opens_row(ln.text) for ln in run)


def detect_layout(lines: Sequence[Line]) -> str:
    """Which layout ``lines`` hold (one of :data:`LAYOUTS`)."""
    marked = _table_text(lines)
    if marked is not None:
        return marked
    if find_records(lines) is not None:
        return "records"
    stripped = [ln.text.strip() for ln in lines if ln.text.strip()]
    if _has_cells_header(stripped) and cells_header([ln for ln in lines if ln.text.strip()]):
        return "cells"  # (the cells reader finds the header the same way)
    if columns_header(lines) is not None:
        return "columns"
    for s in stripped:
        tokens = s.split()
        if 2 <= len(tokens) <= 8 and header_words(tokens):
            return "pdf"
    return "prose"


_READERS: Final[dict[str, Callable[[Sequence[Line]], Document]]] = {
    "tab": read_tab,
    "pipe": read_pipe,
    "rules": read_rules,
    "columns": read_columns,
    "pdf": read_pdf,
    "cells": read_cells,
    "records": read_records,
}


def parse_layout(layout: str, lines: Sequence[Line]) -> Document:
    """Turn ``lines`` into a document in the given layout."""
    if layout == "columns" and columns_header(lines) is None:
        return read_prose(lines)
    return _READERS.get(layout, read_prose)(lines)
