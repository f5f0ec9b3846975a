"""A heading cell broken over the rows it spans.

A category merged down over several rows (``基础信息`` beside four tasks)
loses its merge when a page or a converter writes the table out again: its
text is cut into pieces, one a row (``基`` / ``础`` / ``信`` / ``息``, or
``资源`` / ``管理``).  Where every cell of a heading column is such a piece
(two characters at most) and the pieces, read in order, join into headings
that each close on a heading's noun (``信息``, ``管理``, ``服务``,
:data:`~zwgk.lang.vocab.TITLE_ENDS`), :func:`join_broken_headings` puts each
heading together again in its first row and leaves the rows under it empty
in that column, so that the heading goes on over them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from zwgk._model import Diagnostic, Severity
from zwgk.build.pieces import Context, cell_location
from zwgk.document import Cell, Grid
from zwgk.lang.pieces import squeeze
from zwgk.lang.vocab import TITLE_ENDS

__all__ = ["HEADING_PIECES_CODE", "join_broken_headings"]

HEADING_PIECES_CODE: Final = "table.heading_pieces"
_PIECE: Final = 2  # characters of a piece, at most
_FEWEST_PIECES: Final = 2


def _segments(pieces: Sequence[str]) -> list[tuple[int, int]] | None:
    """The runs of ``pieces`` that join into a heading closing on a heading's
    noun, in order, every piece in one; None where the last does not close."""
    out: list[tuple[int, int]] = []
    start, joined = 0, ""
    for k, piece in enumerate(pieces):
        joined += piece
        if joined.endswith(TITLE_ENDS) and len(joined) > _PIECE:
            out.append((start, k + 1))
            start, joined = k + 1, ""
    return out if not joined else None


def _column_cells(rows: Sequence[Sequence[Cell | None]], col: int) -> list[Cell]:
    """The cells of a column with text, each once, from the top."""
    seen: dict[int, Cell] = {}
    for row in rows:
        cell = row[col]
        if cell is not None and cell.text.strip() and id(cell) not in seen:
            seen[id(cell)] = cell
    return list(seen.values())


def join_broken_headings(
    rows: list[list[Cell | None]], cols: Sequence[int], start: int, grid: Grid, ctx: Context
) -> None:
    """Put together the headings the heading columns ``cols`` hold broken
    over their rows from ``start`` on (see the module's description); the
    rows are changed in place."""
    for col in cols:
        cells = _column_cells(rows[start:], col)
        pieces = [squeeze(c.text) for c in cells]
        if len(cells) < _FEWEST_PIECES or any(len(p) > _PIECE for p in pieces):
            continue
        segments = _segments(pieces)
        if segments is None or all(end - begin == 1 for begin, end in segments):
            continue
        for begin, end in segments:
            _join(rows, col, cells[begin:end])
        ctx.diagnostics.append(
            Diagnostic(
                HEADING_PIECES_CODE,
                f"a heading column's text broken over its rows was read as "
                f"{len(segments)} headings",
                Severity.INFO,
                cell_location(cells[0], grid),
            )
        )


def _join(rows: list[list[Cell | None]], col: int, cells: Sequence[Cell]) -> None:
    first, rest = cells[0], {id(c) for c in cells[1:]}
    whole = attrs.evolve(first, text="".join(squeeze(c.text) for c in cells))
    for row in rows:
        cell = row[col]
        if cell is first:
            row[col] = whole
        elif cell is not None and id(cell) in rest:
            row[col] = None
