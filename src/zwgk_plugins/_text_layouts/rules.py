"""``rules``: one cell per line, rows between separator lines (``-----``)."""

from __future__ import annotations

from collections.abc import Sequence

from zwgk.document import Block, Cell, Document, Grid
from zwgk.errors import OptionError
from zwgk_plugins._text_layouts.common import RULE, Line, blocks, loc

__all__ = ["read_rules"]


def read_rules(lines: Sequence[Line]) -> Document:
    """Read ``rules`` text (see the package's description)."""
    first = next((i for i, ln in enumerate(lines) if RULE.match(ln.text)), None)
    if first is None:
        raise OptionError("layout 'rules' does not fit this text: no line is a rule (----)")
    parts: list[Block | Grid] = blocks(lines[:first])
    rows: list[list[Line]] = []
    row: list[Line] = []
    for ln in lines[first + 1 :]:
        if RULE.match(ln.text):
            if row:
                rows.append(row)
            row = []
        elif ln.text.strip():
            row.append(ln)
    trailing: list[Line] = []
    if row:
        # after the last separator: a last row, or closing text
        if rows and len(row) == len(rows[-1]):
            rows.append(row)
        else:
            trailing = row
    cells = []
    for r, cells_of_row in enumerate(rows):
        for c, ln in enumerate(cells_of_row):
            cells.append(Cell(ln.text.strip(), r, c, location=loc(ln.no)))
    if cells:
        parts.append(Grid(cells))
    parts.extend(blocks(trailing))
    return Document(parts)
