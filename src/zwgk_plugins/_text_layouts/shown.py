"""Marks an editor or a post shows that say nothing of the plan: a word
processor's formatting marks copied with the text, and pictographs a post
sets before its lines.

With its formatting marks shown, a word processor ends each paragraph with
``¶`` (``↵`` in some) and each table cell with ``¤``, a row with a ``¤`` of
its own; copied so, a table is one cell a line.  :func:`formatting_marks_out`
reads such a text as its lines and its table as bar-parted rows (a cell of
several paragraphs one cell).

A post for a public account sets pictographs before its lines (``📌`` before
a part, ``👤`` before the units, ``⏰`` before the time): they say what
comes, the words after them say it too.  :func:`pictographs_out` takes them
out, into the residue.
"""

from __future__ import annotations

import re
from typing import Final

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk_plugins._text_layouts.parting import Parted

__all__ = [
    "FORMATTING_MARKS_CODE",
    "PICTOGRAPHS_CODE",
    "R_PICTOGRAPHS",
    "formatting_marks_out",
    "pictographs_out",
]

FORMATTING_MARKS_CODE: Final = "text.formatting_marks"
PICTOGRAPHS_CODE: Final = "text.pictographs"
R_PICTOGRAPHS: Final = "pictographs set before lines (📌, 👤, ⏰), no text"

_PARAGRAPH_MARKS: Final = "¶↵"
_CELL_MARK: Final = "¤"
_FEWEST_ROWS: Final = 2


def _cut(line: str, marks: str) -> str | None:
    """``line`` without the mark closing it, or None where none closes it."""
    s = line.rstrip()
    return s[:-1].rstrip() if s and s[-1] in marks else None


class _Rows:
    """The table's rows as they are read: the cells of the row going on, the
    paragraphs of the cell going on."""

    def __init__(self) -> None:
        self.cells: list[str] = []
        self.paragraphs: list[str] = []
        self.rows = 0

    def paragraph(self, text: str) -> None:
        self.paragraphs.append(text)

    def cell(self, text: str) -> None:
        self.cells.append("".join([*self.paragraphs, text]).replace("|", "｜"))
        self.paragraphs = []

    def row(self) -> str:
        line = "| " + " | ".join(self.cells) + " |" if self.cells else ""
        self.cells, self.rows = [], self.rows + 1 if self.cells else self.rows
        return line

    def rest(self) -> str:
        """The row going on where the text ends before its closing mark."""
        if self.paragraphs:
            self.cells.append("".join(self.paragraphs))
            self.paragraphs = []
        return self.row()


def _in_cell(lines: list[str], k: int) -> bool:
    """Whether the paragraph at ``k`` is one of a cell's: the next line
    closed by a mark closes a cell."""
    for line in lines[k + 1 :]:
        if _cut(line, _CELL_MARK) is not None:
            return line.strip() != _CELL_MARK
        if _cut(line, _PARAGRAPH_MARKS) is None:
            return False
    return False


# a formatting mark with text after it on its line: the line break after it was lost
_MARK_INSIDE: Final = re.compile(rf"([{_PARAGRAPH_MARKS}{_CELL_MARK}])[ \t]*(?=[^\s])")
_FEWEST_INSIDE: Final = 3


def _broken_at_marks(text: str) -> str:
    """``text`` with a line break after each formatting mark that has text
    after it on its line, where three marks at least have (a copy that lost
    the line breaks and kept the marks: ``清单↵根据…↵1 公开…↵``)."""
    if len(_MARK_INSIDE.findall(text)) < _FEWEST_INSIDE:
        return text
    return _MARK_INSIDE.sub(lambda m: m.group(1) + "\n", text)


def formatting_marks_out(text: str) -> Parted:
    """``text`` read without a word processor's formatting marks: ``¶`` closing
    a paragraph is nothing (alone, a blank line), the lines ``¤`` closes are a
    row's cells, the row ended by a line ``¤`` alone, and set out as a
    bar-parted row.  A text without two such rows is returned as it is.

    >>> text = "清单¶\\n序号¤\\n任务¤\\n¤\\n1¤\\n公开预算。¤\\n¤\\n¶\\n某局¶"
    >>> print(formatting_marks_out(text).text)
    清单
    | 序号 | 任务 |
    | 1 | 公开预算。 |
    <BLANKLINE>
    某局
    """
    if _CELL_MARK not in text and not any(m in text for m in _PARAGRAPH_MARKS):
        return Parted(text)
    text = _broken_at_marks(text)
    lines = text.split("\n")
    rows_ended = sum(1 for line in lines if line.strip() == _CELL_MARK)
    filled = [ln for ln in lines if ln.strip()]
    # (marks of paragraphs only: every line's, the last one's perhaps not)
    marked = all(_cut(ln, _PARAGRAPH_MARKS) is not None for ln in filled[:-1]) and (
        len(filled) > _FEWEST_INSIDE or _cut(filled[-1], _PARAGRAPH_MARKS) is not None
    )
    if rows_ended < _FEWEST_ROWS and not marked:
        return Parted(text)
    rows, out = _Rows(), []
    for k, line in enumerate(lines):
        cell, para = _cut(line, _CELL_MARK), _cut(line, _PARAGRAPH_MARKS)
        if line.strip() == _CELL_MARK:
            out.append(rows.row())
        elif cell is not None:
            rows.cell(cell)
        elif para is not None and (rows.cells or rows.rows) and _in_cell(lines, k):
            rows.paragraph(para)
        else:
            out.append(line if para is None else para)
    if rows.cells or rows.paragraphs:
        out.append(rows.rest())
    note = Diagnostic(
        FORMATTING_MARKS_CODE,
        f"a word processor's formatting marks (¶, ¤) were read as paragraphs and {rows.rows} rows",
        Severity.INFO,
    )
    return Parted("\n".join(line for line in out if line is not None), note=note)


# pictographs (📌 👤 📅 🖊 …), a clock's (⏰ ⌛) and a pen's (✏ ✒), with the
# selectors and joiners that shape them; not the keycap of ten (🔟), a serial
_PICTOGRAPH: Final = re.compile(
    "[\U0001f000-\U0001f51e\U0001f520-\U0001faff\u231a\u231b\u23f0-\u23f3\u270d\u270f\u2712]"
    "[\U0001f3fb-\U0001f3ff\ufe0e\ufe0f\u200d]*"
)


def pictographs_out(text: str) -> Parted:
    """``text`` without the pictographs set before its lines and words, each
    line's in the residue.

    >>> out = pictographs_out("📌一、基础信息\\n1.公开预算。\\n👤办公室 ⏰2024年3月底前")
    >>> out.text, [r.text for r in out.residue]
    ('一、基础信息\\n1.公开预算。\\n办公室 2024年3月底前', ['📌', '👤⏰'])
    """
    if _PICTOGRAPH.search(text) is None:
        return Parted(text)
    residue = []
    lines = text.split("\n")
    for no, line in enumerate(lines, start=1):
        found = _PICTOGRAPH.findall(line)
        if found:
            residue.append(Residue("".join(found), R_PICTOGRAPHS, Location(line=no)))
            lines[no - 1] = _PICTOGRAPH.sub("", line)
    note = Diagnostic(
        PICTOGRAPHS_CODE, "pictographs before lines were read as no text", Severity.INFO
    )
    return Parted("\n".join(lines), tuple(residue), note)
