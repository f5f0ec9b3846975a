"""The two intermediate forms every reader produces: grids and outlines.

A format plugin only has to turn its input into a :class:`Document` — the
notice paragraphs around the plan, and the plan itself as table
:class:`Grid` values (cells with spans) or as a sequence of :class:`Block`
paragraphs — and :func:`zwgk.build_plan` does the rest: header words to
column roles, ordinals to heading levels, spans to shared
responsibilities, metadata from the notice.  Every fix to the builder helps
every format.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from zwgk._model import Diagnostic, Location, Residue, _to_tuple
from zwgk.errors import ValidationError

__all__ = ["Block", "Cell", "Document", "Grid"]


def _positive(inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or value < 1:
        raise ValidationError(type(inst).__name__, attribute.name, value, "must be >= 1")


def _non_negative(inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or value < 0:
        raise ValidationError(type(inst).__name__, attribute.name, value, "must be >= 0")


@attrs.frozen
class Cell:
    """One cell of a table: its text and where it sits.

    ``row`` and ``col`` are the 0-based position of its top-left corner in
    the grid; ``rowspan``/``colspan`` how many grid rows and columns it
    covers (a merged cell spans several).  ``text`` keeps line breaks as
    ``\\n``.
    """

    text: str
    row: int = attrs.field(validator=_non_negative)
    col: int = attrs.field(validator=_non_negative)
    rowspan: int = attrs.field(default=1, validator=_positive)
    colspan: int = attrs.field(default=1, validator=_positive)
    location: Location | None = None


@attrs.frozen
class Grid:
    """A table as a grid of cells with spans.

    ``cells`` need not cover every position: a missing position is an empty
    cell.  ``location`` says where the table is (page, sheet, …).
    """

    cells: tuple[Cell, ...] = attrs.field(converter=_to_tuple)
    location: Location | None = None
    name: str | None = None

    @property
    def n_rows(self) -> int:
        return max((c.row + c.rowspan for c in self.cells), default=0)

    @property
    def n_cols(self) -> int:
        return max((c.col + c.colspan for c in self.cells), default=0)

    def at(self, row: int, col: int) -> Cell | None:
        """The cell covering position (row, col), if any."""
        for c in self.cells:
            if c.row <= row < c.row + c.rowspan and c.col <= col < c.col + c.colspan:
                return c
        return None

    def rows(self) -> list[list[Cell | None]]:
        """The grid as rows; a spanning cell appears at every position it covers."""
        n_cols = self.n_cols
        out: list[list[Cell | None]] = [[None] * n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, c.row + c.rowspan):
                for k in range(c.col, c.col + c.colspan):
                    out[r][k] = c
        return out

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[Sequence[str | None]],
        *,
        locations: Sequence[Location | None] | None = None,
        location: Location | None = None,
        name: str | None = None,
    ) -> Grid:
        """Build a grid from rows of texts without spans.

        ``None`` in a row means "the same cell as the one above" (a vertical
        merge); a row shorter than the widest row has its missing cells
        merged from the row above, as in ``|``-tables.
        """
        rows = [list(r) for r in rows]
        width = max((len(r) for r in rows), default=0)
        grid: list[list[list[int] | None]] = []
        cells: list[list[int]] = []  # [row, col, rowspan] indices into texts
        texts: list[str] = []
        locs: list[Location | None] = []
        for i, row in enumerate(rows):
            line: list[list[int] | None] = []
            for j in range(width):
                value = row[j] if j < len(row) else None
                above = grid[i - 1][j] if i > 0 else None
                if value is None and above is not None:
                    above[2] += 1
                    line.append(above)
                    continue
                rec = [i, j, 1, len(texts)]
                texts.append(value or "")
                locs.append(locations[i] if locations and i < len(locations) else None)
                cells.append(rec)
                line.append(rec)
            grid.append(line)
        return cls(
            tuple(Cell(texts[k], r, c, rowspan=span, location=locs[k]) for r, c, span, k in cells),
            location=location,
            name=name,
        )


@attrs.frozen
class Block:
    """A paragraph of text outside a table (a notice line, a prose task, …).

    ``style`` is the reader's hint of what it is (``heading``, ``title``,
    ``list``…) when the format says so; the builder does not need it.
    """

    text: str
    location: Location | None = None
    style: str | None = None


@attrs.frozen
class Document:
    """What a reader extracted from a source, before it becomes a plan.

    ``parts`` is the document in reading order: :class:`Block` paragraphs and
    :class:`Grid` tables.  ``residue`` and ``diagnostics`` are what the
    reader already set aside or noticed (site chrome, replacement
    characters, …); the builder adds its own.
    """

    parts: tuple[Block | Grid, ...] = attrs.field(converter=_to_tuple)
    residue: tuple[Residue, ...] = attrs.field(default=(), converter=_to_tuple)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_to_tuple)
    source: str | None = None
    format: str | None = None

    @property
    def grids(self) -> tuple[Grid, ...]:
        return tuple(p for p in self.parts if isinstance(p, Grid))

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(p for p in self.parts if isinstance(p, Block))
