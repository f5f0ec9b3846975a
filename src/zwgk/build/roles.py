"""Column roles: from a table's header row, or from what its cells say.

The roles are those of :data:`zwgk.lang.vocab.COLUMN_ROLES` plus
``other_resp`` (a responsibility column beside neither the lead nor the
plan's own one: one of three, or one apart from the other, read as a note); a column
with no role goes to the residue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk.build.pieces import span_text
from zwgk.document import Cell, Grid
from zwgk.lang.pieces import header_row_roles, label_of, looks_like_responsibility, squeeze
from zwgk.lang.vocab import DEADLINE_HINT, header_role

__all__ = ["HEADER_SCAN", "Header", "find_header", "infer_roles", "is_plan_grid", "upright"]

#: How many rows from the top a table's header is looked for in.
HEADER_SCAN = 12

_BARE_NUMBER = re.compile(r"\d{1,3}[.．、]?")

Rows = Sequence[Sequence[Cell | None]]


@attrs.frozen
class Header:
    """Where a grid's header is (``at``, and ``top`` for a two-row header) and its roles."""

    at: int | None
    top: int | None
    roles: list[str | None]

    @property
    def body_start(self) -> int:
        """The first row below the header."""
        return self.at + 1 if self.at is not None else 0


def _two_row_roles(rows: Rows, texts: Sequence[Sequence[str]], at: int) -> list[str | None] | None:
    """The roles of a two-row header (责任分工 spanning 牵头科室 | 配合科室 below it):
    the merge shown by the grid's spans, or, in a table copied as text, by
    the header's word over a column of the row below left empty or written
    again (``| 责任分工 |  |`` over ``| 牵头科室 | 配合科室 |``)."""
    top, below = rows[at], rows[at + 1]
    own = [k for k, c in enumerate(below) if c is not None and c is not top[k]]
    spanned = len({id(top[k]) for k in own}) < len(own) < len(below)
    if not spanned:
        own = _under_a_spread_word(texts[at], texts[at + 1])
    if not (own and all(header_role(texts[at + 1][k]) for k in own)):
        return None
    folded = [texts[at + 1][k] if k in own else t for k, t in enumerate(texts[at])]
    return header_row_roles(folded)


def _under_a_spread_word(top: Sequence[str], below: Sequence[str]) -> list[int]:
    """The columns of ``below`` with text, where they stand under a word of
    ``top`` that spreads over two columns at least (written once and then
    left empty, or written in each), and other columns of ``below`` are
    empty; else none."""
    own = [k for k, t in enumerate(below) if t.strip()]
    if not own or len(own) == len(below):
        return []
    spread = [k for k in own if k > 0 and top[k - 1].strip() and _spreads(top[k - 1], top[k])]
    return own if spread and all(top[k].strip() or k in spread for k in own) else []


def _spreads(word: str, beside: str) -> bool:
    return beside.strip() in ("", word.strip())


def find_header(
    rows: Rows,
    texts: Sequence[Sequence[str]],
    n_cols: int,
    inherited: Sequence[str | None] | None = None,
) -> Header:
    """The header of a grid whose rows are ``rows`` (cell texts ``texts``);
    ``inherited``: the roles of the header of the table's block before it (a
    table parted into blocks by its part headings on lines of their own), the
    roles of a block that shows no header of its own and no more columns."""
    at: int | None = None
    roles: list[str | None] | None = None
    for i, text_row in enumerate(texts[:HEADER_SCAN]):
        roles = header_row_roles(text_row)
        if roles is not None:
            at = i
            break
    top: int | None = None
    if at is not None and at + 1 < len(rows):
        sub_roles = _two_row_roles(rows, texts, at)
        if sub_roles is not None:
            top, at, roles = at, at + 1, sub_roles
    if roles is None and inherited is not None and n_cols <= len(inherited):
        roles = list(inherited[:n_cols])  # (a block's last columns all empty are not shown)
    if roles is None:
        roles = infer_roles(texts)
    return Header(at, top, (roles + [None] * n_cols)[:n_cols])


def _cell_kind(value: str) -> str:
    """What a cell of a table with no header holds, by its content."""
    lab = label_of(value)
    if lab is not None and lab.rank >= 3:
        return "text"
    if lab is not None:
        return "heading"
    if looks_like_responsibility(value):
        return "resp"
    if _BARE_NUMBER.fullmatch(squeeze(value)):
        return "number"
    if len(squeeze(value)) <= 16 and DEADLINE_HINT.search(value):
        return "deadline"
    return "prose"


def infer_roles(texts: Sequence[Sequence[str]]) -> list[str | None]:
    """Column roles for a table with no header row, from the cells' content."""
    n = max((len(r) for r in texts), default=0)
    roles: list[str | None] = [None] * n
    scores: list[dict[str, int]] = [{} for _ in range(n)]
    for row in texts:
        for j, value in enumerate(row):
            if value:
                kind = _cell_kind(value)
                scores[j][kind] = scores[j].get(kind, 0) + 1
    text_col = max(
        range(n),
        key=lambda j: scores[j].get("text", 0) * 2 + scores[j].get("prose", 0),
        default=None,
    )
    for j in range(n):
        if j == text_col:
            roles[j] = "text"
            continue
        best = max(scores[j].items(), key=lambda kv: kv[1], default=(None, 0))[0]
        if best == "prose":
            best = "heading" if text_col is not None and j < text_col else "note"
        roles[j] = best
    units = [j for j, r in enumerate(roles) if r == "resp"]
    if len(units) == _LEAD_AND_ASSIST:  # two unit columns: the lead's, then its assistants'
        roles[units[0]], roles[units[1]] = "lead", "assist"
    return roles


_LEAD_AND_ASSIST: Final = 2


_FEWEST_SIDE_ROWS: Final = 3  # header words down a side table's first column, at least
_SIDE_FIELDS: Final = ("resp", "deadline")  # one of which a side table names beside its tasks


def upright(grid: Grid) -> Grid:
    """A table set on its side turned upright: the header's words down its
    first column (``序号 | 1 | 2`` / ``工作任务 | 公开… | 公开…`` /
    ``责任股室 | 办公室 | …``), a task a column, read as a row a task.  Any
    other grid is returned as it is: one whose first column holds a word
    that is no header's, names no task or no unit or time, or whose other
    columns hold header words too (a page's fields set out in pairs).

    >>> side = Grid.from_rows([["序号", "1", "2"], ["工作任务", "公开预算。", "公开决算。"],
    ...                        ["责任科室", "财务科", "办公室"]])
    >>> [[c.text for c in row] for row in upright(side).rows()]
    [['序号', '工作任务', '责任科室'], ['1', '公开预算。', '财务科'], ['2', '公开决算。', '办公室']]
    """
    if not _header_words_down(grid):
        return grid
    rows = grid.rows()
    if len(rows) < _FEWEST_SIDE_ROWS or grid.n_cols < _FEWEST_SIDE_ROWS:
        return grid
    texts = [[span_text(c) for c in row] for row in rows]
    roles = [header_role(row[0]) for row in texts if row[0].strip()]
    if len(roles) < _FEWEST_SIDE_ROWS or None in roles or "text" not in roles:
        return grid
    if not any(r in roles for r in _SIDE_FIELDS):
        return grid
    if any(_header_column(texts, c) for c in range(1, grid.n_cols)):
        return grid  # (a column of header words beside it: a page's fields in pairs)
    turned: list[list[str]] = []
    for block in _side_blocks(texts):
        columns = [[row[c] for row in block] for c in range(len(block[0]))]
        turned += columns[1:] if turned and columns[0] == turned[0] else columns
    return Grid.from_rows(turned, location=grid.location, name=grid.name)


def _header_words_down(grid: Grid) -> bool:
    """Whether every cell of the grid's first column with text is a header
    word, three at least (asked first: most grids fail at their second row)."""
    firsts = sorted((c for c in grid.cells if c.col == 0), key=lambda c: c.row)
    shown = 0
    for cell in firsts:
        if cell.text.strip():
            if header_role(cell.text) is None:
                return False
            shown += 1
    return shown >= _FEWEST_SIDE_ROWS


def _header_column(texts: list[list[str]], col: int) -> bool:
    """Whether half the cells of column ``col`` with text are header words."""
    filled = [row[col] for row in texts if row[col].strip()]
    words = sum(1 for v in filled if header_role(v) is not None)
    return bool(filled) and 2 * words >= len(filled)


def _side_blocks(texts: list[list[str]]) -> list[list[list[str]]]:
    """A side table's blocks: the rows from each that names the first row's
    header word again (``序号`` over the next tasks)."""
    first = texts[0][0].strip()
    blocks: list[list[list[str]]] = []
    for row in texts:
        if not blocks or (row[0].strip() == first and len(blocks[-1]) > 1):
            blocks.append([])
        blocks[-1].append(row)
    return blocks


def is_plan_grid(grid: Grid) -> bool:
    """Whether a grid holds tasks: it has a header, or labelled cells in two columns or more."""
    rows = grid.rows()
    texts = [[span_text(c) for c in row] for row in rows]
    if any(header_row_roles(r) is not None for r in texts[:HEADER_SCAN]):
        return True
    labelled = sum(
        1 for r in texts for v in r if v and (lab := label_of(v)) is not None and lab.rank >= 2
    )
    return labelled >= 2 and grid.n_cols >= 2
