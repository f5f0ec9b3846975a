"""Cells a copy wrapped in marks: each in a pair of brackets, or in the
double asterisks of Markdown's bold.

A converter or a clerk's listing may write a table's row as its cells, each
in a pair of brackets, with nothing between them
(``「1」「公开…。」「办公室」「3月底前」``).  Where two lines or more are made
of such cells alone (:func:`wrapped_cells`), each is read as its cells
parted by tabs.

A page saved as Markdown sets the cells it showed in bold between double
asterisks (``| 1 | **机构信息** | 公开… |``, ``| **序号** | …``): a cell
bold whole is read as its text (:func:`bold_cells`).  Bold inside a cell
is left as written: it may be what marks a lead unit (``**财务科**、药剂科``).

A clerk may mark the units of each row with a pair of marks, the cell run
into the others (``…联系方式。〖办公室〗2024年3月底前``), or each unit as a
post's hashtag (``#新闻采编部#负责，#新媒体部#配合``): where three lines or
more hold units so marked in one pair, the marks are read as no text
(:func:`marked_units_out`), and the row reads as its cells run together.
So are the marks around each row's deadline (``…办公室〈2024年3月底前〉``,
:func:`marked_deadlines_out`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from zwgk._chrome import REASON_MARKUP
from zwgk._model import Diagnostic, Residue, Severity
from zwgk.lang import looks_like_responsibility, parse_label
from zwgk.lang.deadline import deadline_cells, parse_deadline
from zwgk.lang.vocab import FIELD_RE
from zwgk_plugins._text_layouts.parting import Parted

__all__ = [
    "MARKED_DEADLINES_CODE",
    "MARKED_UNITS_CODE",
    "WRAPPED_CELLS_CODE",
    "bold_cells",
    "marked_deadlines_out",
    "marked_units_out",
    "wrapped_cells",
]

WRAPPED_CELLS_CODE: Final = "text.wrapped_cells"
MARKED_UNITS_CODE: Final = "text.marked_units"
MARKED_DEADLINES_CODE: Final = "text.marked_deadlines"

# the pairs a cell may be wrapped in
_PAIRS: Final = ("「」", "『』", "【】", "〔〕", "〖〗", "［］", "[]")
_FEWEST_CELLS: Final = 3  # cells of a row
_FEWEST_ROWS: Final = 2  # lines made of wrapped cells alone


def _wrapped(line: str, pair: str) -> list[str] | None:
    """The cells of ``line`` where it is made of cells in ``pair`` alone
    (spaces between them allowed; a pair nested in a cell kept in it), at
    least three of them; None where it is not."""
    opening, closing = pair[0], pair[1]
    s = line.strip()
    cells: list[str] = []
    i = 0
    while i < len(s):
        if s[i].isspace():
            i += 1
            continue
        if s[i] != opening:
            return None
        end = _closing(s, i, opening, closing)
        if end is None:
            return None
        cells.append(s[i + 1 : end].strip())
        i = end + 1
    return cells if len(cells) >= _FEWEST_CELLS else None


def _closing(s: str, i: int, opening: str, closing: str) -> int | None:
    """Where the bracket opening at ``i`` closes, nested pairs counted."""
    depth = 0
    for j in range(i, len(s)):
        if s[j] == opening:
            depth += 1
        elif s[j] == closing:
            depth -= 1
            if depth == 0:
                return j
    return None


def _pair_of(text: str, lines: Sequence[str]) -> str | None:
    """The pair two lines or more are wrapped in, cell by cell; None where none is."""
    for pair in _PAIRS:
        if pair[0] not in text:
            continue
        if sum(1 for ln in lines if _wrapped(ln, pair) is not None) >= _FEWEST_ROWS:
            return pair
    return None


def wrapped_cells(text: str) -> Parted:
    """``text`` with every line made of cells wrapped in one pair of
    brackets set out as those cells parted by tabs, where two lines or more
    are so made.

    >>> wrapped_cells("「序号」「任务」「单位」\\n「1」「公开预算。」「财政所」").text
    '序号\\t任务\\t单位\\n1\\t公开预算。\\t财政所'
    >>> wrapped_cells("【通知】【公告】【解读】").text  # one line: no table
    '【通知】【公告】【解读】'
    """
    lines = text.split("\n")
    pair = _pair_of(text, lines)
    if pair is None:
        return Parted(text)
    out = []
    for ln in lines:
        cells = _wrapped(ln, pair)
        out.append(ln if cells is None else "\t".join(cells))
    note = Diagnostic(
        WRAPPED_CELLS_CODE,
        f"cells each wrapped in {pair[0]}{pair[1]} were read as parted by tabs",
        Severity.INFO,
    )
    return Parted("\n".join(out), note=note)


# a Markdown row's cell bold whole: ``| **机构信息** |``, the first one also
# where the row opens with no bar
_BOLD_CELL: Final = re.compile(
    r"(?:^|(?<=\|))([ \t\u3000]*)(\*\*|__)(?=\S)([^|*_\n]+?)(?<=\S)\2(?=[ \t\u3000]*\|)", re.M
)


def bold_cells(text: str) -> Parted:
    """``text`` with the Markdown rows' cells that are bold whole read as
    their text.

    >>> bold_cells("| **序号** | **任务** |\\n| 1 | **公开预算**、决算 |").text
    '| 序号 | 任务 |\\n| 1 | **公开预算**、决算 |'
    """
    if "**" not in text and "__" not in text:
        return Parted(text)
    return Parted(_BOLD_CELL.sub(r"\1\3", text))


# the pairs a unit or a row's units may be marked with: a lens bracket, a
# hashtag's, a corner bracket, a brace, a square bracket (not a tortoise
# shell, which stands inside names: 各县〔市、区〕人民政府)
_UNIT_MARKS: Final = {
    "〖": "〗",
    "【": "】",
    "［": "］",
    "[": "]",
    "#": "#",
    "＃": "＃",
    "「": "」",
    "『": "』",
    "｛": "｝",
    "{": "}",
}
# the pairs a deadline cell may be marked with (not the round brackets, in
# which a paragraph's task closes with its units and time together)
_DEADLINE_MARKS: Final = {
    "〈": "〉",
    "＜": "＞",
    "<": ">",
    "《": "》",
    "【": "】",
    "〔": "〕",
    "［": "］",
    "[": "]",
    **_UNIT_MARKS,
}
_FEWEST_MARKED: Final = 3  # lines holding cells marked in one pair, at least


def _is_deadline_cell(text: str) -> bool:
    """Whether ``text`` is a deadline cell (``2024年3月底前``, ``及时更新``,
    ``预警发布后2小时内``): a deadline that closes it, read whole."""
    s = text.strip()
    spans = deadline_cells(s)
    return bool(spans) and spans[-1][1] == len(s) and parse_deadline(s) is not None


@attrs.frozen
class _MarkedCells:
    """Cells of one kind a row marks with a pair of marks, run into the
    others: ``pairs`` the marks, ``holds`` what the text between them is."""

    what: str
    code: str
    pairs: dict[str, str]
    holds: Callable[[str], bool]

    def spans(self, line: str, opening: str) -> list[re.Match[str]]:
        """The spans of ``line`` that mark such a cell in the pair
        ``opening`` opens, after the item's text (a bracket opening the
        item, ``1.〖办公室〗公开…``, is left as it is)."""
        marked = _pair_re(opening, self.pairs[opening])
        return [
            m
            for m in marked.finditer(line)
            if self.holds(m.group(2))
            and not _opens_item(line[: m.start()])
            and not _field_label(m.group())
            and (opening not in _PROSE_BRACKETS or _closes_row(line[m.end() :]))
        ]

    def pair(self, text: str, lines: Sequence[str]) -> str | None:
        """The opening mark of the pair three lines or more mark such cells with."""
        for opening in (o for o in self.pairs if o in text):  # (most texts hold none)
            marked = sum(1 for ln in lines if opening in ln and self.spans(ln, opening))
            if marked >= _FEWEST_MARKED:
                return opening
        return None

    def out(self, text: str) -> Parted:
        """``text`` without the marks around such cells, where three lines
        or more hold them marked in one pair; the marks go to the residue."""
        lines = text.split("\n")
        opening = self.pair(text, lines)
        if opening is None:
            return Parted(text)
        marks = []
        for k, line in enumerate(lines):
            spans = self.spans(line, opening)
            for m in reversed(spans):
                line = line[: m.start()] + m.group(2) + line[m.end() :]
            lines[k] = line
            marks += [m.group(1) + m.group(3) for m in spans]
        closing = self.pairs[opening]
        note = Diagnostic(
            self.code,
            f"{self.what} marked {opening}…{closing} on {len(marks)} places "
            "were read without the marks",
            Severity.INFO,
        )
        return Parted("\n".join(lines), (Residue("".join(marks), REASON_MARKUP),), note)


@functools.lru_cache(maxsize=64)
def _pair_re(opening: str, closing: str) -> re.Pattern[str]:
    """A text of a cell's length between the pair of marks, none inside it."""
    marks = re.escape(opening + closing)
    return re.compile(rf"({re.escape(opening)})([^\n{marks}]{{2,80}}?)({re.escape(closing)})")


# the brackets prose also sets a task's units in, after its title and before
# the sentences that go on (1.深化…公开【区财政局牵头】。推进…): such a
# bracket marks a cell only where the row closes after it, or its deadline
_PROSE_BRACKETS: Final = "【［["


def _closes_row(after: str) -> bool:
    """Whether what follows a marked cell closes its row: nothing, or a
    deadline cell."""
    return not after.strip() or _is_deadline_cell(after)


def _field_label(marked: str) -> bool:
    """Whether a marked span is a field's name (``【牵头单位】``), no cell."""
    m = FIELD_RE.match(marked)
    return m is not None and m.end() == len(marked)


def _opens_item(before: str) -> bool:
    """Whether what stands before a span is no more than the item's label."""
    s = before.strip()
    found = parse_label(s) if s and not s.isdigit() else None
    return not s or s.isdigit() or (found is not None and not found.rest.strip())


_UNITS: Final = _MarkedCells("units", MARKED_UNITS_CODE, _UNIT_MARKS, looks_like_responsibility)
_DEADLINES: Final = _MarkedCells(
    "deadlines", MARKED_DEADLINES_CODE, _DEADLINE_MARKS, _is_deadline_cell
)


def marked_units_out(text: str) -> Parted:
    """``text`` without the marks around its units, where three lines or
    more hold units marked in one pair; the marks go to the residue.

    >>> rows = [f"{k}公开预算。〖财务科〗{k}月底前" for k in (1, 2, 3)]
    >>> marked_units_out("\\n".join(rows)).text.split("\\n")[0]
    '1公开预算。财务科1月底前'
    """
    return _UNITS.out(text)


def marked_deadlines_out(text: str) -> Parted:
    """``text`` without the marks around its deadlines, where three lines or
    more hold deadlines marked in one pair; the marks go to the residue.

    >>> rows = [f"{k}公开预算。财务科〈{k}月底前〉" for k in (1, 2, 3)]
    >>> marked_deadlines_out("\\n".join(rows)).text.split("\\n")[0]
    '1公开预算。财务科1月底前'
    """
    return _DEADLINES.out(text)
