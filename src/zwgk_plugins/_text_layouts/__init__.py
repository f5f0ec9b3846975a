"""The layouts plans take as plain text, each turned into a :class:`Document`.

One module per layout:

- ``tab``: table text, one cell per line behind a tab, rows split by blank
  lines (a word processor's "save as text");
- ``pipe``: tables written with ``|`` between cells; a row with fewer cells
  has its missing cells merged from the row above;
- ``rules``: one cell per line, rows between separator lines (``-----``);
- ``columns``: text laid out in columns by runs of spaces (``pdftotext
  -layout``): each cell wrapped within its column's width;
- ``pdf``: text extracted from a PDF table: cells glued on one line with a
  space, wrapped cells, headings broken over lines, one responsibility for
  several tasks (the lines in :mod:`.pdf`, the grid in :mod:`.pdf_grid`);
- ``cells``: one cell per line (a web page's table flattened into text
  blocks), headings in their own lines, a responsibility after its group;
- ``records``: a table written record by record, each cell on its own line
  behind its column's name (``序号：1`` / ``公开事项：…``);
- ``prose``: numbered paragraphs with responsibilities in trailing
  parentheses.

:mod:`.detect` tells which layout a text holds; :mod:`.indent` rewrites a
table whose cells are set in to their columns, :mod:`.flatpipe` and
:mod:`.flattab` a table whose rows were run onto one line.
"""

from __future__ import annotations

from zwgk_plugins._text_layouts.commas import comma_cells
from zwgk_plugins._text_layouts.common import Line
from zwgk_plugins._text_layouts.detect import (
    LAYOUTS,
    blank_cells,
    bullet_cells,
    detect_layout,
    join_cell_lines,
    join_closed_cells,
    narrow_bars,
    padded_cells,
    parse_layout,
    separates_cells,
    separator_line,
)
from zwgk_plugins._text_layouts.flatpipe import pipe_rows_apart
from zwgk_plugins._text_layouts.flattab import tab_rows_apart
from zwgk_plugins._text_layouts.indent import indented_cells

__all__ = [
    "LAYOUTS",
    "Line",
    "blank_cells",
    "bullet_cells",
    "comma_cells",
    "detect_layout",
    "indented_cells",
    "join_cell_lines",
    "join_closed_cells",
    "narrow_bars",
    "padded_cells",
    "parse_layout",
    "pipe_rows_apart",
    "separates_cells",
    "separator_line",
    "tab_rows_apart",
]
