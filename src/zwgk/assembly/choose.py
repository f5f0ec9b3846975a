"""One decision for every reader: the layout's reading or the outline's.

Every reader hands :func:`build_plan` what it knows of the geometry (a
:class:`~zwgk.document.Document` of tables and paragraphs).  Two readings
are made of it: the tables' cells in their positions
(:func:`zwgk._build.build_plan`), and the typed outline
(:func:`zwgk.assembly.plan.assemble_lines`) over the same text laid out as
lines of cells, a merged cell written once as a web page or a crawler
writes it.  The reading the grammar of plans finds clearly more plausible
is kept (:func:`choose`); on a tie, the cells' positions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from zwgk._build import build_plan as build_by_layout
from zwgk._model import Location, Plan
from zwgk.assembly.doubts import doubts
from zwgk.assembly.plan import NOTICE_ONLY, assemble_lines
from zwgk.assembly.score import MOST_PER_TASK, plausibility
from zwgk.document import Block, Document, Grid

__all__ = ["Choice", "build_plan", "choose", "document_lines"]

_MARGIN = 1.05  # how much more plausible the outline must be, as a factor ...
_SLACK = 0.5  # ... and by how much at least


class Choice:
    """The choice between the layout's reading and the outline's, the layout's made.

    The outline's reading is chosen where it is clearly more plausible
    (:func:`choose`); :meth:`worth` tells, from the number of its rows,
    whether it could be, so that one that could not is not finished.
    """

    def __init__(self, by_layout: Plan) -> None:
        self.by_layout = by_layout
        self.bar = _MARGIN * plausibility(by_layout) + _SLACK
        self.assigns = _assigns_units(by_layout)

    def worth(self, rows: int, notice: bool) -> bool:
        """Whether an outline's reading of ``rows`` rows (``notice``: of a covering
        notice and nothing else) could be chosen: no task scores more than
        :data:`~zwgk.assembly.score.MOST_PER_TASK`."""
        return (notice and not self.assigns) or MOST_PER_TASK * rows > self.bar

    def of(self, by_outline: Plan | None) -> Plan:
        """The reading chosen (the layout's where the outline's was not finished),
        with the doubts it leaves (:func:`~zwgk.assembly.doubts.doubts`)."""
        chosen = self.by_layout
        if by_outline is not None:
            notice = any(d.code == NOTICE_ONLY for d in by_outline.diagnostics)
            if (notice and not self.assigns) or plausibility(by_outline) > self.bar:
                chosen = by_outline
            else:
                chosen = _with_metadata_of(chosen, by_outline)
        found = doubts(chosen)
        return chosen.evolve(diagnostics=chosen.diagnostics + found) if found else chosen


_METADATA: Final = ("title", "issuer", "doc_number", "date")


def _with_metadata_of(chosen: Plan, other: Plan) -> Plan:
    """``chosen`` with the metadata it lacks taken from ``other``, the reading
    of the same text that found them (a signature after the last sentence),
    and with the issuer ``other`` names more fully: the office of the body
    ``chosen`` names that signs (``云南大学`` from the title, ``云南大学党政办公室``
    signing)."""
    missing = {f: getattr(other, f) for f in _METADATA if getattr(chosen, f) is None}
    found = {f: v for f, v in missing.items() if v is not None}
    if chosen.issuer and other.issuer and other.issuer.startswith(chosen.issuer):
        found["issuer"] = other.issuer
    return chosen.evolve(**found) if found else chosen


def choose(by_outline: Plan, by_layout: Plan) -> Plan:
    """The outline's reading where it is clearly more plausible, else the layout's,
    with the doubts the chosen reading leaves (:func:`~zwgk.assembly.doubts.doubts`).

    A text the outline finds to be a covering notice without its plan is
    read as that: its numbered requirements are not tasks.
    """
    return Choice(by_layout).of(by_outline)


_ASSIGNED_TASKS = 3


def _assigns_units(plan: Plan) -> bool:
    """Whether a reading's tasks are a plan's: several, most of them assigned to units.

    A covering notice's own numbered requirements name no units; a plan
    whose notice the outline could not see the end of still does.
    """
    assigned = sum(1 for t in plan.tasks if t.responsibility and t.responsibility.assignments)
    return assigned >= _ASSIGNED_TASKS and 2 * assigned >= len(plan.tasks)


def _grid_lines(grid: Grid) -> list[tuple[tuple[str, ...], Location | None]]:
    """A table's rows as their cells; a merged cell only in its first row."""
    rows: dict[int, list[tuple[int, str]]] = {}
    locations: dict[int, Location | None] = {}
    for cell in grid.cells:
        rows.setdefault(cell.row, []).append((cell.col, cell.text.replace("\n", "")))
        locations.setdefault(cell.row, cell.location or grid.location)
    return [(tuple(text for _, text in sorted(rows[r])), locations[r]) for r in sorted(rows)]


Line = tuple[int, "str | tuple[str, ...]"]


def document_lines(document: Document) -> tuple[list[Line], dict[int, Location]]:
    """The document as numbered lines (texts, or a table row's cells), and where each is."""
    lines: list[Line] = []
    where: dict[int, Location] = {}
    for part in document.parts:
        pieces: Sequence[tuple[str | tuple[str, ...], Location | None]]
        if isinstance(part, Grid):
            pieces = _grid_lines(part)
        else:
            assert isinstance(part, Block)
            pieces = [(line, part.location) for line in part.text.split("\n")]
        for text, location in pieces:
            no = len(lines) + 1
            lines.append((no, text))
            if location is not None:
                where[no] = location
    return lines, where


def build_plan(document: Document, *, year: int | None = None) -> Plan:
    """Build a :class:`~zwgk.Plan` from what a reader extracted.

    ``year`` is the plan's year when the caller knows it (deadlines such as
    ``8月底前`` need one); otherwise it comes from the notice.

    >>> from zwgk.document import Document, Grid
    >>> grid = Grid.from_rows([
    ...     ["工作任务", "具体要求", "责任单位", "完成时限"],
    ...     ["一、做好规划公开", "1.主动公开规划纲要。", "办公室牵头，各科室配合", "及时更新"],
    ...     [None, "2.及时更新专栏。", None, "长期开展"],
    ... ])
    >>> plan = build_plan(Document([grid]))
    >>> [(t.number, t.section, t.responsibility.leads) for t in plan.tasks]
    [(1, ('做好规划公开',), ('办公室',)), (2, ('做好规划公开',), ('办公室',))]
    """
    by_layout = build_by_layout(document, year=year)
    choice = Choice(by_layout)
    lines, where = document_lines(document)
    by_outline = assemble_lines(
        lines,
        year=year,
        source=document.source,
        fmt=document.format or "text",
        residue=document.residue,
        diagnostics=document.diagnostics,
        locations=where,
        worth=choice.worth,
    )
    return choice.of(by_outline)
