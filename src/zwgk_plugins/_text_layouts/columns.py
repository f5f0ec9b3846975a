"""``columns``: text laid out in columns by runs of spaces (``pdftotext -layout``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from zwgk._model import Location
from zwgk.assembly.fields import is_units
from zwgk.assembly.text import closing_signature
from zwgk.document import Block, Document, Grid
from zwgk.lang.pieces import header_row_roles, label_of
from zwgk.lang.units import find_unit_runs
from zwgk.lang.vocab import header_role
from zwgk_plugins._text_layouts.common import Line, blocks, header_words, loc, screen_width

__all__ = ["columns_header", "read_columns"]

_GAP: Final = re.compile(r"[ \u3000]{2,}|\t")


def _chunks(text: str) -> list[tuple[int, str]]:
    """The space-separated pieces of a line, with the character each starts at."""
    out = []
    pos = 0
    for m in _GAP.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, text[pos : m.start()].strip()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos + len(text[pos:]) - len(text[pos:].lstrip()), text[pos:].strip()))
    return out


_SHARED: Final = 4


def _place(
    line: str, chunks: Sequence[tuple[int, str]], header: str, starts: Sequence[int]
) -> list[int]:
    """The column each of a line's ``chunks`` belongs to, in order.

    Text laid out by ``pdftotext -layout`` lines cells up by screen column
    (a Han character two columns wide), text laid out by hand often by
    character count, and one line may mix both; a piece is near a column
    start when it is near in either measure.  Columns never go backwards
    along a line, and the assignment with the least total distance wins (two
    pieces in one cell cost a little extra), so a wrapped piece far from any
    start still lands between its neighbours.
    """
    n = len(starts)
    by_tabs = _by_tabs(line, chunks, header, n)
    if by_tabs is not None:
        return by_tabs
    wide = [screen_width(header[:s]) for s in starts]
    cost = []
    for pos, _ in chunks:
        at = screen_width(line[:pos])
        cost.append([min(abs(pos - starts[j]), abs(at - wide[j])) for j in range(n)])
    inf = float("inf")
    # best[i][j]: least cost placing chunks[: i + 1] with chunk i in column j
    best = [[inf] * n for _ in chunks]
    back = [[0] * n for _ in chunks]
    for j in range(n):
        best[0][j] = cost[0][j]
    for i in range(1, len(chunks)):
        for j in range(n):
            # two pieces of one line in one cell is possible but rare
            k = min(range(j + 1), key=lambda k: best[i - 1][k] + _SHARED * (k == j))
            best[i][j] = best[i - 1][k] + _SHARED * (k == j) + cost[i][j]
            back[i][j] = k
    j = min(range(n), key=lambda j: best[-1][j])
    out = [j]
    for i in range(len(chunks) - 1, 0, -1):
        j = back[i][j]
        out.append(j)
    return out[::-1]


def _by_tabs(line: str, chunks: Sequence[tuple[int, str]], header: str, n: int) -> list[int] | None:
    """The column of each of a line's ``chunks`` where the header and the
    line part their cells by tabs alone, as many on each (a copied
    spreadsheet or Word table: the k-th cell, empty or not, is column k,
    however wide the cells before it are); None otherwise."""
    tabs = header.count("\t")
    if "\t" not in line or line.count("\t") != tabs or tabs != n - 1:
        return None
    return [line.count("\t", 0, pos) for pos, _ in chunks]


def columns_header(lines: Sequence[Line]) -> int | None:
    """The index of a header line whose words stand apart by runs of spaces."""
    for i, ln in enumerate(lines[:400]):
        chunks = _chunks(ln.text)
        words = [t for _, t in chunks]
        if len(words) >= 3 and all(header_role(t) for t in words) and header_words(words):
            return i
    return None


_UNIT_ROLES: Final = ("resp", "lead", "assist", "supervise")


def _names_whole(line: str, after: str) -> bool:
    """Whether a unit cell's ``line`` and the line ``after`` it each name
    units whole: no name runs on over the break (``各乡`` / ``镇配合``,
    ``各街`` / ``镇``)."""
    if len(after) < 2 or line.endswith(_LIST_MARKS) or not (is_units(line) and is_units(after)):
        return False
    cut = len(line)
    joined = find_unit_runs(line + after)
    return not any(a < cut < b for run in joined for a, b in run.units)


_LIST_MARKS: Final = ("、", "，", ",", "；", ";")


def _join_wrapped(parts: Sequence[str], role: str | None = None) -> str:
    """A cell's lines run on (a sentence wrapped inside a word), but for the
    lines of a unit cell that each name units whole: those stay apart by a
    line break (``区农业农村局`` / ``各镇（街道）``, not ``区发展改革局牵`` / ``头，…``)."""
    out = ""
    for part in parts:
        if out and role in _UNIT_ROLES and _names_whole(out.rsplit("\n", 1)[-1], part):
            out += "\n"
        elif out and out[-1].isascii() and out[-1].isalnum() and part[:1].isascii():
            out += " "
        out += part
    return out


def _tab_table_signature(lines: Sequence[Line], header_at: int) -> int:
    """Where the signature closing a tab-parted table's text starts (its
    line's index), else ``len(lines)``: lines with no tab after the rows that
    sign the text are no part of the last row's cells."""
    if "\t" not in lines[header_at].text:
        return len(lines)
    text = "\n".join(ln.text for ln in lines)
    at = closing_signature(text)
    if at >= len(text) or text[:at].rstrip(" \u3000")[-1:] != "\n" or "\t" in text[at:]:
        return len(lines)
    return text.count("\n", 0, at)


def read_columns(lines: Sequence[Line]) -> Document:
    """Read ``columns`` text (see the package's description)."""
    header_at = columns_header(lines)
    assert header_at is not None
    header = _chunks(lines[header_at].text)
    starts = [pos for pos, _ in header]
    roles = header_row_roles([t for _, t in header]) or []
    number_col = roles.index("number") if "number" in roles else None
    text_col = roles.index("text") if "text" in roles else None
    n = len(header)

    parts: list[Block | Grid] = blocks(lines[:header_at])
    rows: list[list[list[str]]] = [[[t] for _, t in header]]
    locs: list[Location] = [loc(lines[header_at].no)]
    signed = _tab_table_signature(lines, header_at)
    trailing: list[Line] = []
    blank = 0
    for ln in lines[header_at + 1 : signed]:
        if not ln.text.strip():
            blank += 1
            continue
        chunks = _chunks(ln.text)
        if blank >= 2 and len(rows) > 1:
            # a wide gap ends the table; what follows is closing text
            trailing.append(ln)
            continue
        if trailing:
            trailing.append(ln)
            continue
        placed: dict[int, str] = {}
        for j, (_, piece) in zip(
            _place(ln.text, chunks, lines[header_at].text, starts), chunks, strict=True
        ):
            placed[j] = (placed[j] + " " + piece) if j in placed else piece
        starts_row = len(rows) == 1 or (
            placed.get(number_col) is not None if number_col is not None else blank >= 1
        )
        if text_col is not None and number_col is None:
            lab = label_of(placed.get(text_col, ""))
            if lab is not None and lab.rank >= 2:
                starts_row = True
        blank = 0
        if starts_row:
            rows.append([[] for _ in range(n)])
            locs.append(loc(ln.no))
        row = rows[-1]
        for j, piece in placed.items():
            row[j].append(piece)
        first = locs[-1].line or ln.no
        locs[-1] = loc(first, ln.no)
    cell_roles = [*roles, *([None] * n)][:n]
    grid_rows = [
        [_join_wrapped(cell, r) for cell, r in zip(row, cell_roles, strict=True)] for row in rows
    ]
    parts.append(Grid.from_rows(grid_rows, locations=locs))
    parts.extend(blocks([*trailing, *lines[signed:]]))
    return Document(parts)
