"""A table copied column by column: a page whose table was laid out in
columns of their own (a list per column, or a grid its style turned on its
side) gives, when its text is taken, each column's header and then its
values, one column after another (``序号 1 2 3 工作任务 公开… 公开… 公开…
责任部门 办公室 财务室 办公室 完成时限 …``), on one line or a value a line.

:func:`columns_listed` sets such a table out a row a line, its cells parted
by tabs: the serial column (``序号`` over ``1`` … ``n``) tells how many rows
there are, and every column after it holds as many values, up to the next
header word; a value that holds spaces is put together again where the
words before the space close no sentence.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from zwgk._model import Diagnostic, Severity
from zwgk.lang.vocab import SENTENCE_END, header_role
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["COLUMNS_LISTED_CODE", "columns_listed"]

COLUMNS_LISTED_CODE: Final = "text.columns_listed"

_WORD: Final = re.compile(r"\S+")
_SERIAL: Final = re.compile(r"(?P<n>[0-9]{1,3})[、.．]?")
_NOT_HEADER: Final = re.compile(r"[。；;，,、：:0-9]")
# a serial column's first values: 1, 2 and 3, each a word of its own
_COUNTED: Final = re.compile(r"1[、.．]?\s+2[、.．]?\s+3[、.．]?(?!\S)")
_FIRST: Final = frozenset({"1", "1、", "1.", "1．"})  # (the first row's serial)
_FEWEST_ROWS: Final = 3
_FEWEST_COLUMNS: Final = 2
_HEADER_LENGTH: Final = 8  # characters of a header word, at most
_MOST_CANDIDATES: Final = 8  # header words a column's end is looked for at, at most


def _is_header(word: str) -> bool:
    return (
        len(word) <= _HEADER_LENGTH
        and _NOT_HEADER.search(word) is None
        and header_role(word) is not None
    )


@attrs.define
class _Listed:
    """A table found listed column by column among ``words`` (each a match
    over the text): its columns and the words it spans."""

    words: list[re.Match[str]]
    start: int  # the serial column's header word
    rows: int = 0
    columns: list[list[str]] = attrs.field(factory=list)
    end: int = 0  # the word after the table

    def read(self) -> bool:
        """Whether a table listed column by column opens at :attr:`start`."""
        k = self.start + 1
        while k < len(self.words) and self._serial(k) == self.rows + 1:
            self.rows, k = self.rows + 1, k + 1
        if self.rows < _FEWEST_ROWS:
            return False
        serials = [str(n) for n in range(1, self.rows + 1)]
        self.columns.append([self.words[self.start].group(), *serials])
        roles = {header_role(self.words[self.start].group())}
        while k < len(self.words) and self._header(k, roles):
            roles.add(header_role(self.words[k].group()))
            column, k = self._column(k, roles)
            if column is None:
                return False  # (a column short of values, or with more than it can hold)
            self.columns.append(column)
        self.end = k
        return len(self.columns) >= _FEWEST_COLUMNS

    def _serial(self, k: int) -> int | None:
        m = _SERIAL.fullmatch(self.words[k].group())
        return None if m is None else int(m["n"])

    def _header(self, k: int, roles: set[str | None]) -> bool:
        """Whether word ``k`` heads a column of a role no column before had."""
        word = self.words[k].group()
        return _is_header(word) and header_role(word) not in roles

    def _column(self, k: int, roles: set[str | None]) -> tuple[list[str] | None, int]:
        """The column whose header word is word ``k``, and the word after it:
        its values up to the first header word of a new role before which
        they make as many cells as there are rows (a word of a value may be
        a header's: ``建立本单位``), else the first rows' values where no such
        word follows (the last column, the page's text after it)."""
        headed = 0
        for j in range(k + 1, len(self.words)):
            if self._header(j, roles):
                headed += 1
                if headed > _MOST_CANDIDATES:
                    return None, k  # (bounded: a text of many header words is no such table)
                cells = _joined([w.group() for w in self.words[k + 1 : j]], self.rows)
                if cells is not None:
                    return [self.words[k].group(), *cells], j
        j = k + 1 + self.rows
        if headed or j > len(self.words):
            return None, k
        return [self.words[k].group(), *(w.group() for w in self.words[k + 1 : j])], j

    def lines(self) -> list[str]:
        return ["\t".join(row) for row in zip(*self.columns, strict=True)]


def _joined(values: list[str], rows: int) -> list[str] | None:
    """``values`` as ``rows`` cells: words a space parted inside a cell put
    together again where the word before it closes no sentence."""
    if len(values) == rows:
        return values
    if len(values) < rows:
        return None
    cells: list[str] = []
    for value in values:
        if cells and not cells[-1].endswith(tuple(SENTENCE_END)):
            cells[-1] += " " + value
        else:
            cells.append(value)
    return cells if len(cells) == rows else None


def columns_listed(text: str) -> Parted:
    """``text`` with a table listed column by column set out a row a line
    (see the module's description).

    >>> head = "清单 序号 1 2 3 工作任务 公开预算。 公开决算。 公开年报。"
    >>> page = head + " 责任部门 财务室 财务室 办公室 某局"
    >>> print(columns_listed(page).text.replace("\\t", " | "))
    清单
    序号 | 工作任务 | 责任部门
    1 | 公开预算。 | 财务室
    2 | 公开决算。 | 财务室
    3 | 公开年报。 | 办公室
    某局
    """
    if _COUNTED.search(text) is None:  # (most texts count no serials a word each)
        return Parted(text)
    words = list(_WORD.finditer(text))
    for i, word in enumerate(words[:-_FEWEST_ROWS]):
        if words[i + 1].group() not in _FIRST or header_role(word.group()) != "number":
            continue
        table = _Listed(words, i)
        if not table.read():
            continue
        before = text[: word.start()].rstrip()
        after = text[words[table.end - 1].end() :].lstrip()
        rows = "\n".join(table.lines())
        note = Diagnostic(
            COLUMNS_LISTED_CODE,
            f"a table of {table.rows} rows listed column by column was set out a row a line",
            Severity.INFO,
        )
        return Parted("\n".join(p for p in (before, rows, after) if p), (), note)
    return Parted(text)
