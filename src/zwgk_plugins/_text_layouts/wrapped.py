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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from zwgk._chrome import REASON_MARKUP
from zwgk._model import Diagnostic, Residue, Severity
from zwgk.lang import looks_like_responsibility, parse_label
from zwgk_plugins._text_layouts.parting import Parted

__all__ = [
    "MARKED_UNITS_CODE",
    "WRAPPED_CELLS_CODE",
    "bold_cells",
    "marked_units_out",
    "wrapped_cells",
]

WRAPPED_CELLS_CODE: Final = "text.wrapped_cells"
MARKED_UNITS_CODE: Final = "text.marked_units"

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
# hashtag's, a corner bracket, a brace (not a tortoise shell or a square
# bracket, which stand inside names: 各县〔市、区〕人民政府)
_UNIT_MARKS: Final = {
    "〖": "〗",
    "#": "#",
    "＃": "＃",
    "「": "」",
    "『": "』",
    "｛": "｝",
    "{": "}",
}
_OPENINGS: Final = re.escape("".join(_UNIT_MARKS))
_ALL_MARKS: Final = re.escape("".join(_UNIT_MARKS) + "".join(_UNIT_MARKS.values()))
_MARKED: Final = re.compile(rf"([{_OPENINGS}])([^\n{_ALL_MARKS}]{{2,40}}?)([{_ALL_MARKS}])")
_FEWEST_MARKED: Final = 3  # lines holding units marked in one pair, at least


def _marked_units(line: str, opening: str) -> list[re.Match[str]]:
    """The spans of ``line`` that mark units in the pair ``opening`` opens,
    after the item's text (a bracket opening the item, ``1.〖办公室〗公开…``,
    says who does it as a leading bracket does, and is left so)."""
    return [
        m
        for m in _MARKED.finditer(line)
        if m.group(1) == opening
        and m.group(3) == _UNIT_MARKS[opening]
        and looks_like_responsibility(m.group(2))
        and not _opens_item(line[: m.start()])
    ]


def _opens_item(before: str) -> bool:
    """Whether what stands before a span is no more than the item's label."""
    s = before.strip()
    found = parse_label(s) if s and not s.isdigit() else None
    return not s or s.isdigit() or (found is not None and not found.rest.strip())


def _unit_pair(text: str, lines: Sequence[str]) -> str | None:
    """The opening mark of the pair three lines or more mark units with."""
    for opening in (o for o in _UNIT_MARKS if o in text):  # (most texts hold none)
        marked = sum(1 for ln in lines if opening in ln and _marked_units(ln, opening))
        if marked >= _FEWEST_MARKED:
            return opening
    return None


def marked_units_out(text: str) -> Parted:
    """``text`` without the marks around its units, where three lines or
    more hold units marked in one pair; the marks go to the residue.

    >>> rows = [f"{k}公开预算。〖财务科〗{k}月底前" for k in (1, 2, 3)]
    >>> marked_units_out("\\n".join(rows)).text.split("\\n")[0]
    '1公开预算。财务科1月底前'
    """
    lines = text.split("\n")
    opening = _unit_pair(text, lines)
    if opening is None:
        return Parted(text)
    marks = []
    for k, line in enumerate(lines):
        spans = _marked_units(line, opening)
        for m in reversed(spans):
            line = line[: m.start()] + m.group(2) + line[m.end() :]
        lines[k] = line
        marks += [m.group(1) + m.group(3) for m in spans]
    closing = _UNIT_MARKS[opening]
    note = Diagnostic(
        MARKED_UNITS_CODE,
        f"units marked {opening}…{closing} on {len(marks)} places were read without the marks",
        Severity.INFO,
    )
    return Parted("\n".join(lines), (Residue("".join(marks), REASON_MARKUP),), note)
