"""A tab-parted table whose rows were run onto one line (a page crawled or
saved without its line breaks): ``… 序号\\t工作任务\\t责任单位\\t完成时限
1\\t公开…\\t办公室\\t3月底前 2\\t公开…\\t财政所\\t每季度 signature``.

The cells of a row stay parted by tabs and the rows by a space, so every
row takes as many tabs as its header: :func:`tab_rows_apart` sets the text
before the header, the header, each row and the text after the last row
each on a line of its own, which the columns reading takes cell by tab.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from zwgk.lang.vocab import header_role
from zwgk_plugins._text_layouts.common import Line, header_words

__all__ = ["tab_rows_apart"]

_FEWEST_COLUMNS: Final = 3
_SPACE: Final = re.compile(r"[ \u3000\xa0]+")


def tab_rows_apart(lines: Sequence[Line]) -> list[Line]:
    """The lines with a tab-parted table run onto one line set out a row a
    line; lines holding no such table are left as they are."""
    out: list[Line] = []
    for ln in lines:
        apart = _apart(ln) if ln.text.count("\t") >= 2 * _FEWEST_COLUMNS else None
        out += apart or [ln]
    return out


def _last_word(text: str) -> tuple[str, str]:
    """``text`` before its last space, and the word after it."""
    parts = _SPACE.split(text.rstrip())
    return " ".join(parts[:-1]), parts[-1]


def _row_break(field: str) -> tuple[str, str | None]:
    """A field between a row's last tab and the next row's first: the last
    cell and the next row's first cell, parted at its last space (either may
    be empty: ``每季度 `` / `` 二、…`` / `` ``); with no space, the first cell
    alone (None where the field is empty: no row breaks there)."""
    at = max(field.rfind(" "), field.rfind("\u3000"), field.rfind("\xa0"))
    if at < 0:
        return ("", field) if field else ("", None)
    return field[:at].strip(), field[at + 1 :].strip()


def _first_word(text: str) -> tuple[str, str]:
    """The word before ``text``'s first space, and the text after it."""
    parts = _SPACE.split(text.strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _header_cell(field: str) -> bool:
    """Whether ``field`` is one header word and nothing else."""
    word, rest = _first_word(field)
    return not rest and header_role(word) is not None


def _header(fields: Sequence[str]) -> tuple[int, int] | None:
    """Where the header runs: its first field (the header's first word
    after the text before it) and its last (the header's last word, then
    the first row's first cell)."""
    for i, field in enumerate(fields[:-1]):
        if header_role(_last_word(field)[1]) is None:
            continue
        j = i + 1
        while j < len(fields) and _header_cell(fields[j]):
            j += 1
        if j >= len(fields) or j - i + 1 < _FEWEST_COLUMNS:
            continue
        word, rest = _first_word(fields[j])
        words = [_last_word(fields[i])[1], *(f.strip() for f in fields[i + 1 : j]), word]
        if rest and header_role(word) is not None and header_words(words):
            return i, j
    return None


def _rows(first: str, fields: Sequence[str], width: int) -> tuple[list[list[str]], str] | None:
    """The rows of ``width`` cells (the first row's first cell ``first``),
    and the text after the last row; None where the fields do not part so."""
    if len(fields) % (width - 1):
        return None
    rows: list[list[str]] = []
    for k in range(0, len(fields), width - 1):
        cells = [first, *fields[k : k + width - 1]]
        if k + width - 1 < len(fields):
            before, following = _row_break(cells[-1])
            if following is None:
                return None
            cells[-1], first = before, following
            rows.append(cells)
        else:
            cells[-1], after = _first_word(cells[-1])
            rows.append(cells)
            return rows, after
    return None


def _apart(line: Line) -> list[Line] | None:
    fields = line.text.split("\t")
    found = _header(fields)
    if found is None:
        return None
    i, j = found
    before, word = _last_word(fields[i])
    last, first = _first_word(fields[j])
    width = j - i + 1
    parted = _rows(first, fields[j + 1 :], width)
    if parted is None:
        return None
    rows, after = parted
    texts = ["\t".join([*fields[:i], before]), "\t".join([word, *fields[i + 1 : j], last])]
    texts += ["\t".join(c.strip() for c in row) for row in rows] + [after]
    return [Line(line.no, t) for t in texts if t.strip()]
