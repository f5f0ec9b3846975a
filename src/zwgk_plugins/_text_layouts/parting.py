"""Cells a copy parted with marks other than tabs, spaces and bars; check
marks before the rows' serials.

A page crawled or saved in a lossy way keeps its table's cells apart with
whatever the tool left between them: the HTML entity ``&nbsp;`` as text
(``1&nbsp;公开…&nbsp;办公室&nbsp;3月底前``), an invisible zero-width space,
a run of leader dots (``1……公开…。……办公室……3月底前``), a bar other than
``|`` (``1丨公开…丨办公室``), a slash between spaces (``1 / 公开… / 办公室``) or a
Chinese dash (``1——公开…——办公室``).  Where such a
mark parts the cells of a table (:func:`parts_cells`), :func:`marks_to_tabs`
turns every run of it into a tab, and the table reads as a tab-parted one.
A mark that parts no cells is left alone, but for an entity, which is read
as the character it stands for (``&amp;`` → ``&``, ``&nbsp;`` → a space).

A card or a form may part a field's name from its value with a bar instead
of a colon (``责任部门｜教务处``): :func:`field_bars_to_colons` reads such a
line as the field it is.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.build.pieces import R_CHECK_MARK, R_FIELD_NAME
from zwgk.lang.vocab import CHECK_MARKS, FIELD_NAMES, header_role
from zwgk_plugins._text_layouts.common import header_words

__all__ = [
    "CELL_MARKS_CODE",
    "R_CHECK_MARK",
    "R_ENTITIES",
    "HeaderMark",
    "Parted",
    "check_marks_apart",
    "field_bars_to_colons",
    "header_mark",
    "marks_to_tabs",
    "parts_cells",
]

R_ENTITIES: Final = "HTML entities left as text, read as the characters they stand for"

# Marks that part cells: the entities of a space and the zero-width
# characters each one (two in a row part an empty cell, as two tabs do),
# runs of leader dots (two ellipses or four dots at least: a run is one),
# bars other than ``|`` (a radical's stroke, a broken bar), each one, a
# slash with spaces either side, and a run of dashes (each run one mark).
_BARS: Final = "丨︱¦∣"
# a run of two dashes or more, as a Chinese dash is written (——, ──, －－)
_DASHES: Final = "—{2,}|─{2,}|－{2,}"
_SPACE_ENTITY: Final = r"&(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0|#12288|#x3000);"
_MARKS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(_SPACE_ENTITY),
    re.compile("[\u200b\u200c\u200d\u2060\ufeff]"),
    re.compile(r"…{2,}|[.．·•]{4,}"),
    re.compile(f"[{_BARS}]"),
    re.compile(r"(?:^|[ \t\u3000])[/／](?=[ \t\u3000]|$)[ \t\u3000]?"),
    re.compile(f"(?:{_DASHES})"),
)
# what a text holding a mark holds: asked with ``in`` before any pattern is searched
_HINTS: Final = (
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "……",
    "....",
    "．．．．",
    "····",
    "••••",
    *_BARS,
    " /",
    " ／",
    "\u3000/",
    "\t/",
    "——",
    "──",
    "－－",
)
_LEADING: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(f"(?:{m.pattern})+") for m in _MARKS
)
_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_FEWEST_CELLS: Final = 3  # cells of a row the marks part
_FEWEST_ROWS: Final = 2  # lines parted alike
_DENSEST: Final = 0.5  # marks per character, at most (not a mark between letters)


# leader dots, as a contents page sets them between an item and its page:
# longer than an ellipsis (three ellipses or six dots at least)
_LEADERS: Final = re.compile(r"…{3,}|[.．·•]{6,}")
_FEWEST_LED: Final = 3  # lines whose item leaders close, at least


def _leaders_apart(lines: list[str], parting: list[str]) -> list[str]:
    """``lines`` with the leader dots that close an item's text before its
    office and time (``1.公开…………办公室　3月底前``), on three lines at
    least, read as the gap between two cells (an ideographic space)."""
    led = [k for k, ln in enumerate(lines) if _marks_inside(_LEADERS, ln) == 1]
    if len(led) < _FEWEST_LED:
        return lines
    out = list(lines)
    for k in led:
        m = _LEADERS.search(out[k])
        if m is not None:
            parting.append(m.group())
            out[k] = out[k][: m.start()].rstrip() + "\u3000" + out[k][m.end() :].lstrip()
    return out


def _marks_inside(mark: re.Pattern[str], line: str) -> int:
    """How many marks stand inside ``line`` (between its text)."""
    body = line.strip(" \t\u3000")
    return sum(1 for m in mark.finditer(body) if m.start() > 0 and m.end() < len(body))


def _sparse(mark: re.Pattern[str], held: Sequence[tuple[str, int]]) -> bool:
    """Whether the marks in the lines ``held`` are few beside their text
    (marks between the letters of every word part no cells)."""
    letters = sum(len(mark.sub("", line).strip()) for line, _ in held)
    return sum(n for _, n in held) <= _DENSEST * max(letters, 1)


def parts_cells(mark: re.Pattern[str], lines: Sequence[str]) -> bool:
    """Whether ``mark`` parts the cells of a table in ``lines``: two lines
    or more parted into as many cells (three at least), or one line holding
    the rows of a table run together (twice as many runs)."""
    counts = [_marks_inside(mark, ln) for ln in lines]
    held = [(ln, n) for ln, n in zip(lines, counts, strict=True) if n]
    if not held or not _sparse(mark, held):
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
    note: Diagnostic | None = None  # what was read otherwise than written, where anything was


def marks_to_tabs(text: str) -> Parted:
    """``text`` with every mark that parts cells turned into a tab, and the
    entities left as text read as their characters.

    >>> marks_to_tabs("序号&nbsp;任务&nbsp;单位\\n1&nbsp;公开预算&nbsp;财政所").text
    '序号\\t任务\\t单位\\n1\\t公开预算\\t财政所'
    >>> marks_to_tabs("公开&ldquo;两公开&rdquo;&nbsp;情况").text
    '公开“两公开”\\xa0情况'
    """
    if "&" not in text and not any(hint in text for hint in _HINTS):
        # (asked first: most texts hold no mark at all, and no entity to read)
        lines = text.split("\n")
        header = header_mark(lines)
        if header is None:
            return Parted(text)
        return Parted("\n".join(header.tabbed(lines)), note=_marks_note([header.mark]))
    entities = "".join(_ENTITY.findall(text))
    lines = text.split("\n")
    parting: list[str] = []
    for mark, leading in zip(_MARKS, _LEADING, strict=True):
        if parts_cells(mark, lines):
            parting.append(next(m.group() for ln in lines for m in mark.finditer(ln)))
            lines = [_tabbed(mark, leading, ln) for ln in lines]
    lines = _leaders_apart(lines, parting)
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), "\n".join(lines))
    lines = text.split("\n")
    header = header_mark(lines)
    if header is not None:
        parting.append(header.mark)
        text = "\n".join(header.tabbed(lines))
    residue = (Residue(entities, R_ENTITIES),) if entities else ()
    return Parted(text, residue, _marks_note(parting) if parting else None)


# what stands inside sentences, names and dates: never a mark a header
# parts its cells with (letters, digits and spaces are none either)
_IN_TEXT: Final = frozenset("，。、：？！,.:?!（）()《》〈〉“”‘’\"'「」『』【】〔〕…—-－·|｜\\")
# (one search in C over the line: most lines hold none)
_MARK_CHAR: Final = re.compile("(?![\\s" + re.escape("".join(sorted(_IN_TEXT))) + "])[\\W_]")
_HEADER_LINE: Final = 60  # characters of a header row, at most
_FEWEST_HEADER_CELLS: Final = 3
_HEADER_CELL: Final = 12  # characters of a header's cell, at most


@attrs.frozen
class HeaderMark:
    """A mark a table's header row parts its cells with, from that row on
    (``序号→工作任务→责任部门→完成时限``, ``序号;工作任务;…``), and the mark
    closing every row, where the header has one (``… & 完成时限 \\\\``)."""

    mark: str
    row: int  # the header's line
    cells: int  # marks in the header
    closing: str = ""

    def tabbed(self, lines: Sequence[str]) -> list[str]:
        """``lines`` with the mark turned into tabs in the header and in every
        line after it parted as a row is (one mark fewer at most), the
        closing mark taken off."""
        out = list(lines[: self.row])
        for line in lines[self.row :]:
            if line.count(self.mark) < max(1, self.cells - 1):
                out.append(line)
                continue
            body = line.rstrip()
            if self.closing and body.endswith(self.closing):
                body = body[: -len(self.closing)].rstrip()
            out.append(body.replace(self.mark, "\t"))
        return out


def _marks_of(line: str) -> set[str]:
    """The characters of ``line`` that may part cells: no letter, digit,
    space or mark that stands inside a text."""
    return set(_MARK_CHAR.findall(line))


def header_mark(lines: Sequence[str]) -> HeaderMark | None:
    """The mark the first header row of ``lines`` parts its cells with: a
    line whose cells, parted by one mark, are three or more, short and name
    columns (:func:`~zwgk_plugins._text_layouts.common.header_words`).
    Tabs, bars and spaces are no such mark: the layouts read them.

    >>> header_mark(["任务清单", "序号→工作任务→责任部门→完成时限"])
    HeaderMark(mark='→', row=1, cells=3, closing='')
    >>> lines = ["清单;2024", "序号;工作任务;责任单位", "1;公开预算。;财政局"]
    >>> header_mark(lines).tabbed(lines)
    ['清单;2024', '序号\\t工作任务\\t责任单位', '1\\t公开预算。\\t财政局']
    """
    for row, line in enumerate(lines):
        if len(line) > _HEADER_LINE or "。" in line:
            continue
        marks = [m for m in _marks_of(line) if line.count(m) >= _FEWEST_HEADER_CELLS - 1]
        if not marks or not any(header_role(w) for w in _words(line)):
            continue
        for mark in marks:
            cells = [c.strip() for c in line.split(mark)]
            named = [c for c in cells if c and not c.startswith("\\")]
            short = all(len(c) <= _HEADER_CELL for c in named)
            if len(named) >= _FEWEST_HEADER_CELLS and short and header_words(named):
                closing = _CLOSING.search(cells[-1])
                end = closing.group().strip() if closing is not None else ""
                return HeaderMark(mark, row, line.count(mark), end)
    return None


def _words(line: str) -> list[str]:
    """The runs of letters of ``line``: what a header's cells may be."""
    return _LETTERS.findall(line)


_LETTERS: Final = re.compile(r"[^\W\d_]+")
# marks closing a header's last cell: a row's end (a LaTeX source's ``\\``)
_CLOSING: Final = re.compile(r"[ \t]*[\\;；/#]+$")


CELL_MARKS_CODE: Final = "text.cell_marks"


def _marks_note(marks: Sequence[str]) -> Diagnostic:
    shown = "、".join(repr(m) for m in marks)
    return Diagnostic(
        CELL_MARKS_CODE, f"cells parted by {shown} were read as parted by tabs", Severity.INFO
    )


def _tabbed(mark: re.Pattern[str], leading: re.Pattern[str], line: str) -> str:
    """``line`` with each ``mark`` in it turned into a tab; those before the
    text of a line with none inside it, an indent, dropped."""
    head = len(line) - len(line.lstrip(" \t\u3000"))
    lead = leading.match(line, head)
    if lead is not None and not _marks_inside(mark, line):  # (in a row: its empty first cells)
        line = line[: lead.start()] + line[lead.end() :]
    return mark.sub("\t", line)


# a check mark opening a line, right before the row's serial
_CHECKED: Final = re.compile(
    rf"^[ \t\u3000]*([{CHECK_MARKS}])[ \t\u3000]*(?=[0-9０-９]{{1,3}})", re.M
)


def check_marks_apart(text: str) -> Parted:
    """``text`` without the check marks before its rows' serials (``☑1公开…``,
    ``□3公开…``: whether the task is done), where two rows or more carry
    one; the marks go to the residue.

    >>> check_marks_apart("☑1公开预算。财政所每季度\\n□2公开决算。财政所每年").text
    '1公开预算。财政所每季度\\n2公开决算。财政所每年'
    """
    found = list(_CHECKED.finditer(text)) if any(ch in text for ch in CHECK_MARKS) else []
    if len(found) < 2:
        return Parted(text)
    residue = [
        Residue(m[1], R_CHECK_MARK, Location(line=text.count("\n", 0, m.start()) + 1))
        for m in found
    ]
    return Parted(_CHECKED.sub("", text), tuple(residue))


# a field's name, a bar, its value: the line's one bar (``责任部门｜教务处``)
_FIELD_BAR: Final = re.compile(
    r"^([ \t\u3000]*(?:" + "|".join(FIELD_NAMES.values()) + r"))[ \t\u3000]*[｜|丨︱]"
    r"[ \t\u3000]*(?=[^｜|丨︱\s])([^｜|丨︱\n]*)$",
    re.M,
)
_FEWEST_FIELD_BARS: Final = 2


def field_bars_to_colons(text: str) -> Parted:
    """``text`` with the lines that part a field's name from its value with
    their one bar read as fields, a colon for the bar, where two lines or
    more do so; the names so read go to the residue (a name before a colon
    is form, a name before a bar is counted as text).

    >>> field_bars_to_colons("责任部门｜教务处\\n完成时限 | 每学期").text
    '责任部门：教务处\\n完成时限：每学期'
    """
    if not any(bar in text for bar in "｜|丨︱"):
        return Parted(text)
    found = list(_FIELD_BAR.finditer(text))
    if len(found) < _FEWEST_FIELD_BARS:
        return Parted(text)
    names = [
        Residue(m.group(1).strip(), R_FIELD_NAME, Location(line=text.count("\n", 0, m.start()) + 1))
        for m in found
    ]
    return Parted(_FIELD_BAR.sub(lambda m: f"{m.group(1)}：{m.group(2)}", text), tuple(names))
