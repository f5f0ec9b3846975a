"""A plan kept in a light markup's source: reStructuredText's list-table
(``.. list-table:: 任务清单`` over rows opened by ``* -``, a cell after each
``-``); Org-mode's are read by :mod:`~zwgk_plugins._text_layouts.org`.

:func:`list_tables` sets a list-table out as the bar-parted rows a pipe table
has, its options (``:header-rows: 1``) and caption going to the residue.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["LIST_TABLE_CODE", "R_DIRECTIVES", "list_tables"]

LIST_TABLE_CODE: Final = "text.list_table"
R_DIRECTIVES: Final = "a light markup's directives, options and keywords"

_DIRECTIVE: Final = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+list-table::[ \t]*(?P<caption>.*)$")
_OPTION: Final = re.compile(r"^[ \t]*:[\w-]+:.*$")
# a row's first cell (``* - 1``), or a cell (``  - 公开…``): its indent and text
_ROW: Final = re.compile(r"^(?P<indent>[ \t]*)\*[ \t]+-[ \t]*(?P<text>.*)$")
_CELL: Final = re.compile(r"^(?P<indent>[ \t]*)-[ \t]*(?P<text>.*)$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


@attrs.define
class _Table:
    """A list-table's rows, each a list of cells, each a list of lines."""

    rows: list[list[list[str]]] = attrs.field(factory=list)

    def take(self, line: str) -> bool:
        """Take a line of the table's body; False where it holds no row or cell."""
        if (m := _ROW.match(line)) is not None:
            self.rows.append([[m["text"]]])
        elif not self.rows:
            return False
        elif (m := _CELL.match(line)) is not None:
            self.rows[-1].append([m["text"]])
        else:  # (a cell's text wrapped onto the lines under it)
            self.rows[-1][-1].append(line.strip())
        return True

    def lines(self) -> list[str]:
        return [
            "| " + " | ".join("".join(c).replace("|", "｜") for c in r) + " |" for r in self.rows
        ]


def _table_at(
    lines: list[str], i: int, head: re.Match[str], residue: list[Residue]
) -> tuple[list[str], int]:
    """The rows of the list-table whose directive (``head``) is line ``i``,
    and the line after it."""
    residue.append(Residue(lines[i].strip(), R_DIRECTIVES, Location(line=i + 1)))
    table, j = _Table(), i + 1
    while j < len(lines):
        line = lines[j]
        if line.strip() and _indent(line) <= len(head["indent"]):
            break  # (the directive's body ends where its indent does)
        if _OPTION.match(line):
            residue.append(Residue(line.strip(), R_DIRECTIVES, Location(line=j + 1)))
        elif line.strip() and not table.take(line):
            break
        j += 1
    return table.lines(), j


def list_tables(text: str) -> Parted:
    """``text`` with its reStructuredText list-tables set out as bar-parted
    rows (see the module's description).

    >>> rows = ["   * - 序号", "     - 任务", "   * - 1", "     - 公开预算。"]
    >>> head = [".. list-table:: 清单", "   :header-rows: 1", ""]
    >>> print(list_tables("\\n".join([*head, *rows])).text)
    | 序号 | 任务 |
    | 1 | 公开预算。 |
    """
    if "list-table::" not in text:
        return Parted(text)
    lines = text.split("\n")
    out: list[str] = []
    residue: list[Residue] = []
    i, tables = 0, 0
    while i < len(lines):
        head = _DIRECTIVE.match(lines[i])
        if head is None:
            out.append(lines[i])
            i += 1
            continue
        rows, i = _table_at(lines, i, head, residue)
        out += rows
        tables += 1
    note = Diagnostic(
        LIST_TABLE_CODE, f"{tables} list-tables were read as their rows", Severity.INFO
    )
    return Parted("\n".join(out), tuple(residue), note)
