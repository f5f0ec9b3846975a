"""Headings: the section path tasks are placed under."""

from __future__ import annotations

from typing import Any

from zwgk._model import Location, Residue
from zwgk.build.pieces import R_REPEATED_HEADING, Context, cell_location, title_of
from zwgk.document import Cell, Grid
from zwgk.lang.numerals import HeadingLabel
from zwgk.lang.pieces import label_of, squeeze, without_item_count

__all__ = ["Sections", "apply_heading_cell"]


class Sections:
    """Heading state: one title per level, kept as long as no new heading comes."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.labels: list[str] = []
        self.cells: list[int | None] = []
        self.entries: list[list[Any]] = []  # [text, location, used] per fresh heading
        self.current: list[list[Any] | None] = []  # the entry at each level

    def set(
        self,
        level: int,
        title: str,
        label: str,
        key: int | None,
        text: str | None = None,
        location: Location | None = None,
    ) -> bool:
        """Set the heading at ``level``; False if it repeats the current one.
        The count of items a title closes with is no part of it (（4项）)."""
        title = without_item_count(title)
        if (
            level < len(self.titles)
            and squeeze(self.titles[level]) == squeeze(title)
            and (squeeze(self.labels[level]) == squeeze(label))
        ):
            # the same heading again (a page repeats it): deeper levels stand
            return False
        del self.titles[level:], self.labels[level:], self.cells[level:]
        while len(self.titles) < level:
            self.titles.append("")
            self.labels.append("")
            self.cells.append(None)
        self.titles.append(title)
        self.labels.append(label)
        self.cells.append(key)
        entry = [text if text is not None else label + title, location, False]
        self.entries.append(entry)
        del self.current[level:]
        while len(self.current) < level:
            self.current.append(None)
        self.current.append(entry)
        return True

    def unused(self) -> list[tuple[str, Location | None]]:
        """Headings no task was placed under (closing text in a heading column, …)."""
        return [(e[0], e[1]) for e in self.entries if not e[2]]

    def path(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The titles and labels of the current headings; marks them used."""
        for entry in self.current:
            if entry is not None:
                entry[2] = True
        pairs = [(t, lab) for t, lab in zip(self.titles, self.labels, strict=True) if t or lab]
        return tuple(t for t, _ in pairs), tuple(lab for _, lab in pairs)


def _heading_chunks(text: str) -> list[tuple[HeadingLabel | None, str]]:
    """The headings of a cell: a line whose label ranks below the last starts one."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    chunks: list[tuple[HeadingLabel | None, str]] = []
    for ln in lines:
        lab = label_of(ln)
        above = chunks[-1][0] if chunks else None
        if not chunks or (lab is not None and above is not None and lab.rank > above.rank):
            chunks.append((lab, ln))
        else:
            prev_lab, prev = chunks[-1]
            chunks[-1] = (prev_lab, prev + ln.strip())
    return chunks


def _nested(level: int, lab: HeadingLabel | None, sections: Sections) -> int:
    """The level of a heading cell: its column's, or deeper where its label
    ranks below the heading its column holds (a table that writes its
    parts and their inner headings, 一、 and （一）, in one column)."""
    while lab is not None and level < len(sections.labels):
        above = label_of(sections.labels[level])
        if above is None or above.rank >= lab.rank:
            break
        level += 1
    return level


def apply_heading_cell(
    cell: Cell, level: int, sections: Sections, ctx: Context, grid: Grid
) -> None:
    """A heading cell may hold one heading, or several levels on separate lines."""
    chunks = _heading_chunks(cell.text)
    level = _nested(level, chunks[0][0], sections) if chunks else level
    for offset, (lab, text) in enumerate(chunks):
        title = title_of(lab, text)
        fresh = sections.set(
            level + offset,
            title,
            lab.label.strip() if lab else "",
            id(cell),
            text,
            cell_location(cell, grid),
        )
        if not fresh:
            ctx.residue.append(Residue(text, R_REPEATED_HEADING, cell_location(cell, grid)))
