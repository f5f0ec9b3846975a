"""Cells a copy parted with marks other than tabs, spaces and bars.

A page crawled or saved in a lossy way keeps its table's cells apart with
whatever the tool left between them: the HTML entity ``&nbsp;`` as text
(``1&nbsp;公开…&nbsp;办公室&nbsp;3月底前``), an invisible zero-width space,
or a run of leader dots (``1……公开…。……办公室……3月底前``).  Where such a
mark parts the cells of a table (:func:`parts_cells`), :func:`marks_to_tabs`
turns every run of it into a tab, and the table reads as a tab-parted one.
A mark that parts no cells is left alone, but for an entity, which is read
as the character it stands for (``&amp;`` → ``&``, ``&nbsp;`` → a space).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk._model import Residue

__all__ = ["R_ENTITIES", "Parted", "marks_to_tabs", "parts_cells"]

R_ENTITIES: Final = "HTML entities left as text, read as the characters they stand for"

# Marks that part cells, each as a run: the entities of a space, the
# zero-width characters, leader dots (two ellipses or four dots at least).
_SPACE_ENTITY: Final = r"&(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0|#12288|#x3000);"
_MARKS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(rf"(?:{_SPACE_ENTITY})+"),
    re.compile("[\u200b\u200c\u200d\u2060\ufeff]+"),
    re.compile(r"…{2,}|[.．·•]{4,}"),
)
_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_FEWEST_CELLS: Final = 3  # cells of a row the marks part
_FEWEST_ROWS: Final = 2  # lines parted alike
_DENSEST: Final = 0.5  # marks per character, at most (not a mark between letters)


def _runs(mark: re.Pattern[str], line: str) -> int:
    """How many runs of ``mark`` stand inside ``line`` (between its text)."""
    body = line.strip(" \t\u3000")
    return sum(1 for m in mark.finditer(body) if m.start() > 0 and m.end() < len(body))


def _sparse(mark: re.Pattern[str], line: str, runs: int) -> bool:
    """Whether the runs in ``line`` are few beside its text (marks between
    the letters of every word part no cells)."""
    text = mark.sub("", line)
    return runs <= _DENSEST * max(len(text.strip()), 1)


def parts_cells(mark: re.Pattern[str], lines: Sequence[str]) -> bool:
    """Whether ``mark`` parts the cells of a table in ``lines``: two lines
    or more parted into as many cells (three at least), or one line holding
    the rows of a table run together (twice as many runs)."""
    counts = [_runs(mark, ln) for ln in lines]
    held = [(ln, n) for ln, n in zip(lines, counts, strict=True) if n]
    if not held or not all(_sparse(mark, ln, n) for ln, n in held):
        return False
    rows = Counter(n for _, n in held if n >= _FEWEST_CELLS - 1)
    if rows and rows.most_common(1)[0][1] >= _FEWEST_ROWS:
        return True
    return len(held) == 1 and held[0][1] >= 2 * _FEWEST_CELLS


@attrs.frozen
class Parted:
    """A text with its cell marks turned into tabs, and the entities it held
    (the residue's)."""

    text: str
    residue: tuple[Residue, ...] = ()


def marks_to_tabs(text: str) -> Parted:
    """``text`` with every mark that parts cells turned into a tab, and the
    entities left as text read as their characters.

    >>> marks_to_tabs("序号&nbsp;任务&nbsp;单位\\n1&nbsp;公开预算&nbsp;财政所").text
    '序号\\t任务\\t单位\\n1\\t公开预算\\t财政所'
    >>> marks_to_tabs("公开&ldquo;两公开&rdquo;&nbsp;情况").text
    '公开“两公开”\\xa0情况'
    """
    if "&" not in text and not any(m.search(text) for m in _MARKS[1:]):
        return Parted(text)
    entities = "".join(_ENTITY.findall(text))
    lines = text.split("\n")
    for mark in _MARKS:
        if parts_cells(mark, lines):
            lines = [_tabbed(mark, ln) for ln in lines]
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), "\n".join(lines))
    return Parted(text, (Residue(entities, R_ENTITIES),) if entities else ())


def _tabbed(mark: re.Pattern[str], line: str) -> str:
    """``line`` with the runs of ``mark`` inside it turned into tabs (a run
    before its text dropped)."""
    head = len(line) - len(line.lstrip(" \t\u3000"))
    lead = mark.match(line, head)
    if lead is not None:
        line = line[: lead.start()] + line[lead.end() :]
    return mark.sub("\t", line)
