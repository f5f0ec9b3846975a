"""A text copied with a viewer's line numbers before every line.

An editor, a code viewer or a document viewer numbering its lines puts the
numbers into what is copied from it: ``  7  1`` / ``  8  公开本馆基本情况…``.
:func:`without_line_numbers` takes them out when every line with text is
numbered (the first too), the numbers count the lines, and what follows them
shows that they are no serials of the plan's own: a line left empty, a serial
or a heading label of its own, or a table's header word.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

import attrs

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.lang.numerals import is_bare_serial, parse_label
from zwgk.lang.vocab import header_role

__all__ = ["LINE_NUMBERS_CODE", "LineNumbers", "without_line_numbers"]

LINE_NUMBERS_CODE: Final = "text.line_numbers"
R_LINE_NUMBER: Final = "line number"
_FEWEST_LINES: Final = 6  # numbered lines that make a viewer's numbering
_UNNUMBERED_SHARE: Final = 0.1  # lines with text but no number, at most
# a line's number: figures at the start, then spaces or a tab (or nothing)
_NUMBERED: Final = re.compile(r"[ \t]*([0-9]{1,5})(?:[ \t]+|$)")


def _numbers(lines: list[str]) -> dict[int, tuple[int, str]]:
    """Each numbered line's index, with its number and what follows it."""
    out: dict[int, tuple[int, str]] = {}
    for k, line in enumerate(lines):
        m = _NUMBERED.match(line)
        if m is not None:
            out[k] = (int(m.group(1)), line[m.end() :])
    return out


def _counts_lines(numbered: dict[int, tuple[int, str]]) -> bool:
    """Whether the numbers go up by one a line: every line numbered, or the
    lines with text alone (blank lines left out of the count)."""
    rows = sorted(numbered.items())
    by_place = {n - k for k, (n, _) in rows}
    by_order = all(b[1][0] == a[1][0] + 1 for a, b in itertools.pairwise(rows))
    return len(by_place) == 1 or by_order


def _not_serials(rests: list[str]) -> bool:
    """Whether what follows the numbers shows they are no serials of the
    plan: a line left empty, a serial or label of its own, a header word."""
    for rest in rests:
        s = rest.strip()
        if not s or is_bare_serial(s) or header_role(s) is not None:
            return True
        if parse_label(s) is not None:
            return True
    return False


@attrs.frozen
class LineNumbers:
    """A text without its viewer's line numbers: the numbers go to the residue."""

    text: str
    residue: tuple[Residue, ...] = ()
    note: Diagnostic | None = None


def without_line_numbers(text: str) -> LineNumbers:
    """``text`` without a viewer's line numbers, with the numbers and the note
    that it had them (``text`` alone where it has none)."""
    lines = text.split("\n")
    numbered = _numbers(lines)
    with_text = [k for k, line in enumerate(lines) if line.strip()]
    unnumbered = sum(1 for k in with_text if k not in numbered)
    if len(numbered) < _FEWEST_LINES or unnumbered > _UNNUMBERED_SHARE * len(with_text):
        return LineNumbers(text)
    if with_text[0] not in numbered:  # a viewer numbers the first line too
        return LineNumbers(text)
    if not _counts_lines(numbered) or not _not_serials([r for _, r in numbered.values()]):
        return LineNumbers(text)
    residue = []
    for k, (n, rest) in sorted(numbered.items()):
        lines[k] = rest
        residue.append(Residue(str(n), R_LINE_NUMBER, Location(line=k + 1)))
    note = Diagnostic(
        LINE_NUMBERS_CODE,
        f"lines {residue[0].text}–{residue[-1].text} carry a viewer's line numbers;"
        " they were read without them",
        Severity.INFO,
        residue[0].location,
    )
    return LineNumbers("\n".join(lines), tuple(residue), note)
