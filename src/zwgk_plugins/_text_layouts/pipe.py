"""``pipe``: tables written with ``|`` between cells; short rows share merged cells."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

from zwgk._model import Residue
from zwgk.build.pieces import R_REPEATED_HEADER
from zwgk.build.roles import infer_roles
from zwgk.document import Block, Document, Grid
from zwgk.lang.numerals import LABEL_RANKS
from zwgk.lang.pieces import header_row_roles, label_of, looks_like_responsibility, squeeze
from zwgk.lang.units import leads_are_single_offices, names_one_office
from zwgk_plugins._text_layouts.common import PIPE_SEP, Line, deadline_line, loc

__all__ = ["align_short_row", "read_pipe"]

_MD_HEADING: Final = re.compile(r"^#{1,6}\s+")


# The columns whose cells are merged over rows, the likeliest first: a heading
# spanning its tasks, then shared units, the person beside them, a deadline.
_MERGED_FIRST: Final = (("heading",), ("resp", "lead", "assist"), ("status",), ("deadline",))


def _fit_score(
    placed: Sequence[str | None], roles: Sequence[str | None], kinds: _UnitKinds | None = None
) -> float:
    """How well the cells of a placed row are what their columns hold: a
    serial number in the number column, a deadline in the deadline column
    (and nothing else there), units in a unit column — and, where the table
    drops its empty cells, units of the kind that column holds in its whole
    rows (:class:`_UnitKinds`)."""
    score = 0.0
    for k, (cell, role) in enumerate(zip(placed, roles, strict=False)):
        if not cell:
            continue
        if _SERIAL.fullmatch(cell.strip()):
            score += role == "number"
        elif deadline_line(cell):
            score += role == "deadline"
        elif looks_like_responsibility(cell):
            score += role in ("resp", "lead", "assist")
            score += 0.5 * (kinds is not None and kinds.fits(k, cell))
        else:
            score -= role == "deadline"  # what is no deadline stands in its column
    return score


_SERIAL: Final = re.compile(r"\d{1,3}")


def _cells_shown(row: Sequence[str]) -> int:
    """How many cells of ``row`` hold text."""
    return sum(1 for c in row if c.strip())


class _UnitKinds:
    """Where a table shows no empty cell, a short row may have dropped an
    empty cell (a task with no assisting unit) as well as lost a merged one:
    its lone unit cell goes to the column whose whole rows hold its kind, where
    they name one office as the lead and lists or collectives as the assists
    (:func:`~zwgk.lang.units.leads_are_single_offices`)."""

    def __init__(self, lead: int, assist: int) -> None:
        self.lead, self.assist = lead, assist

    @classmethod
    def of(cls, rows: Sequence[Sequence[str]], roles: Sequence[str | None]) -> _UnitKinds | None:
        if "lead" not in roles or "assist" not in roles:
            return None
        if any(not c.strip() for r in rows if _cells_shown(r) > 1 for c in r[1:]):
            return None  # empty cells shown (not a heading row's): a short row lost merged ones
        lead, assist = roles.index("lead"), roles.index("assist")
        whole = [r for r in rows if len(r) == len(roles)]
        leads = [r[lead] for r in whole if r[lead].strip()]
        assists = [r[assist] for r in whole if r[assist].strip()]
        return cls(lead, assist) if leads_are_single_offices(leads, assists) else None

    def fits(self, column: int, cell: str) -> bool:
        one = names_one_office(cell)
        return (column == self.lead and one) or (column == self.assist and not one)


def _skip_merged(
    cells: Sequence[str],
    width: int,
    roles: Sequence[str | None],
    kinds: _UnitKinds | None = None,
) -> list[str | None] | None:
    """Leave out the columns whose cells are merged over rows, if there are
    enough: of the ways to leave them out, the one whose cells fit their
    columns best, the likeliest columns first (:data:`_MERGED_FIRST`)."""
    missing = width - len(cells)
    order = [i for merged in _MERGED_FIRST for i, r in enumerate(roles) if r in merged]
    if len(order) < missing:
        return None
    best: list[str | None] | None = None
    best_score = -1.0
    for skip in itertools.islice(itertools.combinations(order, missing), _MOST_WAYS):
        it = iter(cells)
        placed = [None if i in skip else next(it, None) for i in range(width)]
        score = _fit_score(placed, roles, kinds)
        if score > best_score:
            best, best_score = placed, score
    return best


_MOST_WAYS: Final = 64  # ways of leaving columns out that are tried


def align_short_row(
    cells: Sequence[str],
    width: int,
    roles: Sequence[str | None] | None,
    kinds: _UnitKinds | None = None,
) -> list[str | None]:
    """Place the cells of a short ``|``-row; the missing ones merge from the row above.

    The cells that go missing are those merged over several rows: heading
    columns first (a section spanning its tasks), then shared
    responsibilities.  Without a header, a labelled cell is aligned with the
    requirement column.  A part's heading alone on its row (``| 一、… |``) is
    written across the table: its other cells are empty, not merged.
    """
    if len(cells) == 1 and _part_heading(cells[0]):
        across: list[str | None] = [cells[0], *[""] * (width - 1)]
        return across
    if roles:
        placed = _skip_merged(cells, width, roles, kinds)
        if placed is not None:
            return _assist_dropped(placed, roles) if kinds is not None else placed
    for idx, value in enumerate(cells):
        lab = label_of(value)
        if lab is not None and lab.rank >= 2 and roles and "text" in roles:
            offset = max(0, roles.index("text") - idx)
            padded: list[str | None] = [None] * offset + list(cells)
            return (padded + [None] * width)[:width]
    return list(cells) + [None] * (width - len(cells))


_PART_RANKS: Final = (LABEL_RANKS["cn_part"], LABEL_RANKS["cn_comma"])  # 第一部分, 一、


def _part_heading(cell: str) -> bool:
    """Whether ``cell`` is a part's heading (``一、…``): labelled as parts are,
    no sentence."""
    lab = label_of(cell)
    return lab is not None and lab.rank in _PART_RANKS and "。" not in cell.rstrip("。")


def _assist_dropped(placed: list[str | None], roles: Sequence[str | None]) -> list[str | None]:
    """An assist cell left out after the row's own lead cell, in a table that
    drops its empty cells, was empty, not merged: a task with no assisting unit."""
    lead = [k for k, r in enumerate(roles) if r == "lead" and placed[k]]
    if not lead:
        return placed
    return [
        "" if cell is None and role == "assist" and k > lead[0] else cell
        for k, (cell, role) in enumerate(zip(placed, roles, strict=False))
    ]


def _grid(
    table: Sequence[tuple[Line, list[str]]],
    residue: list[Residue],
    above: Sequence[str | None] | None = None,
) -> tuple[Grid, Sequence[str | None] | None]:
    """The table's grid, and the roles its header gives (else ``above``'s);
    its header written again further on (a page break) is set aside in
    ``residue``, so that the rows after it share the merged cells of the row
    before it, not the header's.  ``above``: the roles of the header of a
    block of the same table above it (parted by part headings on lines of
    their own), for a block that shows none; a table with no header at all
    is placed by what its cells hold."""
    width = max(len(cells) for _, cells in table)
    roles, header = None, None
    for k, (_, cells) in enumerate(table[:5]):
        roles = header_row_roles(cells)
        if roles:
            header = k
            break
    rows: list[list[str | None]] = []
    locations = []
    body = [cells for _, cells in table[(header if header is not None else -1) + 1 :]]
    if roles is None and above is not None and width <= len(above):
        roles, width = list(above), len(above)
    shown = roles
    roles = roles or _roles_by_cells(body, width)
    kinds = _UnitKinds.of(body, roles) if roles and len(roles) == width else None
    for k, (ln, cells) in enumerate(table):
        if header is not None and k > header and _same_cells(cells, table[header][1]):
            residue.append(Residue(" | ".join(cells), R_REPEATED_HEADER, loc(ln.no)))
            continue
        short = len(cells) < width
        rows.append(align_short_row(cells, width, roles, kinds) if short else list(cells))
        locations.append(loc(ln.no))
    return Grid.from_rows(rows, locations=locations), shown


def _roles_by_cells(rows: Sequence[Sequence[str]], width: int) -> list[str | None] | None:
    """The columns of a table with no header (a later page), told by what the
    cells of its whole rows hold (:func:`~zwgk.build.roles.infer_roles`):
    short rows are placed by them.  None where fewer than two rows are whole
    or no column holds units or deadlines."""
    whole = [r for r in rows if len(r) == width]
    if len(whole) < _LEAST_WHOLE:
        return None
    roles = infer_roles(whole)
    return roles if any(r in ("lead", "resp", "deadline") for r in roles) else None


_LEAST_WHOLE: Final = 2  # whole rows that show what a table's columns hold


def _same_cells(a: Sequence[str], b: Sequence[str]) -> bool:
    return [squeeze(c) for c in a if c.strip()] == [squeeze(c) for c in b if c.strip()]


def _cells_of(text: str) -> list[str]:
    """A row's cells, a line break a Markdown table writes as ``<br>`` inside
    a cell a line break of the cell (``医务部<br>门诊部``)."""
    s = text.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [_BREAK.sub("\n", c).strip() for c in s.split("|")]


_BREAK: Final = re.compile(r"\s*<br\s*/?>\s*", re.I)


def read_pipe(lines: Sequence[Line]) -> Document:
    """Read ``pipe`` text (see the package's description)."""
    parts: list[Block | Grid] = []
    residue: list[Residue] = []
    table: list[tuple[Line, list[str]]] = []
    roles: Sequence[str | None] | None = None  # the last header's
    for ln in lines:
        text = ln.text
        if PIPE_SEP.match(text) and table:
            continue
        if text.count("|") >= 2:
            table.append((ln, _cells_of(text)))
            continue
        if table and not text.strip():
            continue
        if table:
            grid, roles = _grid(table, residue, roles)
            parts.append(grid)
            table.clear()
        if text.strip():
            # a Markdown heading's marks are not part of its text
            parts.append(Block(_MD_HEADING.sub("", text.strip()), loc(ln.no)))
    if table:
        parts.append(_grid(table, residue, roles)[0])
    return Document(parts, residue=residue)
