"""A Markdown table whose rows were run onto one line (a page or a note
saved without its line breaks): ``title | 序号 | 工作任务 | … | | --- | --- |
… | | 1 | … | | 2 | … | signature``.

:func:`pipe_rows_apart` sets each row on a line of its own, as the pipe
reading takes a table: the alignment row says how many cells a row has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from zwgk_plugins._text_layouts.common import Line

__all__ = ["pipe_rows_apart"]

_ALIGNMENT: Final = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|){2,}")


def pipe_rows_apart(lines: Sequence[Line]) -> list[Line]:
    """The lines with a Markdown table run onto one line set out a row a
    line: the text before its header, the header, the alignment row, each
    row of as many cells, and the text after the last row.  Lines holding
    no such table are left as they are."""
    out: list[Line] = []
    for ln in lines:
        out += (_apart(ln) if "---" in ln.text else None) or [ln]
    return out


def _apart(line: Line) -> list[Line] | None:
    m = _ALIGNMENT.search(line.text)
    if m is None:
        return None
    width = m.group().count("|") - 1
    before = line.text[: m.start()].rstrip()
    parts = before.split("|")
    if len(parts) < width + 2 or parts[-1].strip():
        return None  # (no header of as many cells right before it)
    head = parts[-(width + 1) : -1]
    rows, rest = _rows(line.text[m.end() :].split("|"), width)
    if not rows:
        return None
    texts = ["|".join(parts[: -(width + 1)]).strip(), _row(head), m.group()]
    texts += [_row(r) for r in rows] + [rest.strip()]
    return [Line(line.no, t) for t in texts if t]


def _rows(tokens: Sequence[str], width: int) -> tuple[list[Sequence[str]], str]:
    """The rows of ``width`` cells the tokens after the alignment row hold
    (each row's cells between bars, rows apart by a space), and the text
    after the last row."""
    rows: list[Sequence[str]] = []
    k = 0
    while k < len(tokens) and not tokens[k].strip() and k + width < len(tokens):
        rows.append(tokens[k + 1 : k + 1 + width])
        k += width + 1
    return rows, "|".join(tokens[k:])


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.strip() for c in cells) + " |"
