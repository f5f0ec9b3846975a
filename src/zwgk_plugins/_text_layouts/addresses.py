"""A worksheet written out cell by cell, each behind its address: ``A4: 1`` /
``B4: 公开…`` / ``C4: 办公室`` / ``D4: 2024年3月底前``.

A script or a converter that dumps a workbook's cells writes one cell a line
with its column letter and row number.  :func:`cells_by_address` sets such a
listing out as the sheet shows it: a row a line, its cells parted by tabs in
their columns' order (an empty cell where a column has none), a row holding
one cell (a title, a signature) that cell alone; the addresses go to the
residue.
"""

from __future__ import annotations

import re
from typing import Final

from zwgk._model import Diagnostic, Residue, Severity
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["CELL_ADDRESSES_CODE", "R_ADDRESSES", "cells_by_address"]

R_ADDRESSES: Final = "a worksheet's cell addresses"
CELL_ADDRESSES_CODE: Final = "text.cell_addresses"
_ADDRESS: Final = re.compile(r"[ \t]*([A-Z]{1,3})([1-9][0-9]{0,5})[ \t]*[:：][ \t]?")
_FEWEST: Final = 6  # addressed lines that make a listing
_SHARE: Final = 0.8  # of the lines with text, at least


def _column(letters: str) -> int:
    """The column's index: A 0, Z 25, AA 26."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


class _Sheet:
    """The cells of a listing by row, in the order the rows first come."""

    def __init__(self) -> None:
        self.rows: dict[int, dict[int, str]] = {}
        self.last: tuple[int, int] | None = None
        self.addresses: list[str] = []
        self.before: list[str] = []  # lines before the first cell (the page's own)

    def add(self, line: str) -> None:
        m = _ADDRESS.match(line)
        if m is None:  # a cell's line after its first: the cell goes on
            if self.last is not None and line.strip():
                r, c = self.last
                self.rows[r][c] += " " + line.strip()
            elif line.strip():
                self.before.append(line)
            return
        r, c = int(m[2]), _column(m[1])
        row = self.rows.setdefault(r, {})
        value = line[m.end() :].strip()
        row[c] = f"{row[c]} {value}" if c in row else value  # (an address listed twice)
        self.last = (r, c)
        self.addresses.append(m[0].strip())

    def lines(self) -> list[str]:
        first = min(c for row in self.rows.values() for c in row)
        last = max(c for row in self.rows.values() for c in row)
        out = list(self.before)
        for row in self.rows.values():
            if len(row) == 1:
                out.append(next(iter(row.values())))
            else:
                out.append("\t".join(row.get(c, "") for c in range(first, last + 1)))
        return out


def cells_by_address(text: str) -> Parted:
    """``text`` set out a row a line where it lists a worksheet's cells
    behind their addresses; otherwise as it is.

    >>> listing = "A1: 标题\\nA2: 序号\\nB2: 任务\\nA3: 1\\nB3: 公开预算\\nC3: 财政所"
    >>> cells_by_address(listing).text
    '标题\\n序号\\t任务\\t\\n1\\t公开预算\\t财政所'
    """
    lines = text.split("\n")
    with_text = [ln for ln in lines if ln.strip()]
    addressed = sum(1 for ln in with_text if _ADDRESS.match(ln))
    if addressed < _FEWEST or addressed < _SHARE * len(with_text):
        return Parted(text)
    sheet = _Sheet()
    for line in lines:
        sheet.add(line)
    note = Diagnostic(
        CELL_ADDRESSES_CODE,
        f"{addressed} cells listed behind their addresses were set out as the sheet's rows",
        Severity.INFO,
    )
    residue = (Residue(" ".join(sheet.addresses), R_ADDRESSES),)
    return Parted("\n".join(sheet.lines()), residue, note)
