"""A table saved as comma-separated values (a spreadsheet's CSV export).

:func:`comma_cells` rewrites the rows from a header of named columns on
into ``|`` rows, which the pipe reading takes: quoted fields keep their
commas, and the rows end where a line holds another number of fields.
An export whose records were run onto one line (quoted fields, a space
between two records) is set out a record a line first.  A
line around the table with text in its first field only (the title written
in a row's first cell, ``标题,,,,,``) is that text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk.lang.pieces import header_row_roles
from zwgk.lang.vocab import SENTENCE_END
from zwgk_plugins._text_layouts.common import Line

__all__ = ["comma_cells"]

_FEWEST_COLUMNS: Final = 3  # fields a header line holds to be read as one
_FEWEST_ROWS: Final = 2  # rows after the header that make a table of it
_LONGEST_NAME: Final = 12  # characters of a column's name at most


def _fields(text: str) -> list[str]:
    """The comma-separated fields of one line (quotes kept apart)."""
    if "," not in text:
        return []
    try:
        return next(csv.reader([text]))
    except csv.Error:
        return []


def _records(lines: Sequence[Line]) -> list[tuple[int, int, list[str]]]:
    """Each CSV record's first and last line and its fields; a quoted field
    goes on over the lines a cell's line breaks part (Alt+Enter in Excel),
    and a record over the lines of its quoted fields written one a line."""
    out: list[tuple[int, int, list[str]]] = []
    k = 0
    while k < len(lines):
        text, j = lines[k].text.strip(), k
        while j + 1 < len(lines):
            if text.count('"') % 2:
                text += "\n" + lines[j + 1].text.strip()
            elif _goes_on(text, lines[j + 1].text):
                text += lines[j + 1].text.strip()
            else:
                break
            j += 1
        out.append((k, j, _fields(text)))
        k = j + 1
    return out


def _goes_on(text: str, after: str) -> bool:
    """Whether a record closed by a comma goes on at the quoted field on the
    next line (an export that writes a field a line: ``"1",`` / ``"公开…",``)."""
    return text.endswith(",") and text.startswith('"') and after.lstrip().startswith('"')


def comma_cells(lines: Sequence[Line]) -> list[Line]:
    """The lines with a comma-separated table written as ``|`` rows: from the
    first line whose fields name the columns (序号,工作任务,责任单位,完成时限)
    on, each record of as many fields (a line break in a quoted cell written
    ``<br>``).  A text with no such header, or with fewer rows, is left as
    it is."""
    if not any("," in ln.text for ln in lines):
        return list(lines)
    lines = [part for ln in lines for part in _quoted_records_apart(ln)]
    records = _records(lines)
    for k, (first, _, head) in enumerate(records):
        if not _header(head):
            continue
        end = k + 1
        while end < len(records) and len(records[end][2]) == len(head):
            end += 1
        if end - k - 1 < _FEWEST_ROWS:
            continue
        rows = [_piped(lines[a], cells) for a, _, cells in records[k:end]]
        before = [_one_field(ln, len(head)) for ln in lines[:first]]
        after = [_one_field(ln, len(head)) for ln in lines[records[end - 1][1] + 1 :]]
        return [*before, *rows, *after]
    return list(lines)


# a record of quoted fields (``"1","公开…","办公室"``; ``""`` a quote in a field)
_QUOTED_RECORD: Final = re.compile(r'"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")+')
# several of them on one line, a space between two (an export saved on one line)
_QUOTED_RUN: Final = re.compile(rf"{_QUOTED_RECORD.pattern}(?:\s+{_QUOTED_RECORD.pattern})+")


def _quoted_records_apart(line: Line) -> list[Line]:
    """A line that holds an export's records of quoted fields run together
    (``…清单。 "序号","工作任务" "1","公开…" 落款``) as the text before
    them, a line a record, and the text after them; any other line as it is."""
    if line.text.count('"') < 2 * (_FEWEST_ROWS + 1) * _FEWEST_COLUMNS:
        return [line]
    m = _QUOTED_RUN.search(line.text)
    if m is None:
        return [line]
    records = [r.group() for r in _QUOTED_RECORD.finditer(m.group())]
    if len(records) <= _FEWEST_ROWS:
        return [line]
    texts = [line.text[: m.start()].strip(), *records, line.text[m.end() :].strip()]
    return [Line(line.no, text) for text in texts if text]


def _one_field(line: Line, width: int) -> Line:
    """A line around the table that is a record of one field with text, the
    others empty (the title written in a row's first cell, ``标题,,,,,``): the
    field's text."""
    fields = _fields(line.text.strip())
    if len(fields) != width or not fields[0].strip() or any(f.strip() for f in fields[1:]):
        return line
    return attrs.evolve(line, text=fields[0].strip())


def _header(fields: Sequence[str]) -> bool:
    """Whether a record's fields are a header: short names of columns."""
    names = [f.strip() for f in fields]
    if len(names) < _FEWEST_COLUMNS or any(len(n) > _LONGEST_NAME for n in names):
        return False
    if any(n.endswith((*SENTENCE_END, ".")) for n in names):
        return False  # (a sentence's clauses: …,现通知如下。)
    return header_row_roles(names) is not None


def _piped(line: Line, cells: Sequence[str]) -> Line:
    texts = (c.strip().replace("|", "｜").replace("\n", "<br>") for c in cells)
    return Line(line.no, "| " + " | ".join(texts) + " |")
