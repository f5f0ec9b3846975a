"""Lines whose characters a copy set apart with a space each.

A PDF's text layer or an OCR engine often writes a line with a space
between every character (``公 开 部 门 预 算 ， 办 公 室``), and a wider gap
where the line had a space or a cell break.  Where two lines or more are so
written (:func:`spaced_line`), :func:`letters_together` reads each such line
with its single spaces taken out and every wider gap two spaces narrower
(the space each character was given on either side of it), a gap of two one
space.
"""

from __future__ import annotations

import re
from typing import Final

from zwgk._model import Diagnostic, Severity
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["LETTER_SPACING_CODE", "letters_together", "spaced_line"]

LETTER_SPACING_CODE: Final = "text.letter_spacing"

_GAP: Final = re.compile(r"[ \u3000]+")
_FEWEST_LETTERS: Final = 6  # characters of a line told spaced out
_SINGLES: Final = 0.8  # of its pieces between gaps, one character each at least
_FEWEST_LINES: Final = 2
_BARS: Final = "|｜/／丨︱¦∣"  # the marks that part cells (parting.py's too)


def spaced_line(line: str) -> bool:
    """Whether ``line`` has its characters set apart with a space each: six
    pieces between gaps at least, and four in five of them one letter, digit
    or Han character, or a punctuation mark (not a bar or a slash: those of
    empty cells, ``| | |``, ``1 /  / 公开…``); tabs part pieces too.

    >>> spaced_line("公 开 部 门 预 算 。"), spaced_line("1 公开部门预算 办公室 3月底前")
    (True, False)
    """
    pieces = line.split()
    if len(pieces) < _FEWEST_LETTERS:
        return False
    return sum(1 for p in pieces if len(p) == 1 and p not in _BARS) >= _SINGLES * len(pieces)


def _together(line: str) -> str:
    def gap(m: re.Match[str]) -> str:
        n = len(m.group())
        if m.start() == 0 or m.end() == len(line):
            return m.group()  # (an indent, a line's end: kept)
        return "" if n == 1 else " " * max(1, n - 2)

    return _GAP.sub(gap, line)


def letters_together(text: str) -> Parted:
    """``text`` with the lines whose characters are spaced apart read
    together, where two lines or more are so written.

    >>> letters_together("公 开 部 门 预 算 。   办 公 室\\n做 好 政 策 解 读 。").text
    '公开部门预算。 办公室\\n做好政策解读。'
    >>> letters_together("公 开 部 门 预 算 。").text  # one line alone: as it is
    '公 开 部 门 预 算 。'
    """
    if text.count(" ") < _FEWEST_LETTERS * _FEWEST_LINES and "\u3000" not in text:
        return Parted(text)  # (asked first: most texts are not spaced out)
    lines = text.split("\n")
    spaced = [spaced_line(ln) for ln in lines]
    if sum(spaced) < _FEWEST_LINES:
        return Parted(text)
    out = [_together(ln) if s else ln for ln, s in zip(lines, spaced, strict=True)]
    note = Diagnostic(
        LETTER_SPACING_CODE,
        f"{sum(spaced)} lines with a space between every character were read without those spaces",
        Severity.INFO,
    )
    return Parted("\n".join(out), note=note)
