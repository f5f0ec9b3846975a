"""A plan's table kept as a database dump: one ``INSERT`` a row (or a row a
tuple of one ``INSERT``), the header words in the column comments of its
``CREATE TABLE`` statement, the title and the signature in ``--`` comments.

:func:`sql_rows` reads such a text as the lines its comments hold and its
rows as bar-parted lines under a header row: the comments' words where the
table gives them (``COMMENT '工作任务'``), else the columns' names.  The
statements' words, the names' quotes and the values' quotes go to the
residue; a value ``NULL`` is an empty cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from zwgk._chrome import REASON_MARKUP
from zwgk._model import Diagnostic, Residue, Severity
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["SQL_DUMP_CODE", "sql_rows"]

SQL_DUMP_CODE: Final = "text.sql_dump"

_INSERT: Final = re.compile(
    r"\s*INSERT\s+(?:IGNORE\s+)?INTO\s+(?P<table>[`\"\[]?[\w.]+[`\"\]]?)\s*"
    r"(?:\((?P<cols>[^()]*)\))?\s*VALUES\s*",
    re.I,
)
_CREATE: Final = re.compile(r"\s*CREATE\s+TABLE\b", re.I)
_COMMENT: Final = re.compile(r"\bCOMMENT\s+'(?P<word>(?:[^'\\]|\\.|'')*)'", re.I)
# a definition in a table's parentheses that names no column
_NOT_COLUMN: Final = re.compile(r"(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK)\b", re.I)
_COMMENT_LINE: Final = re.compile(r"^[ \t]*(?:--|#)[ \t]?")
_NAME_QUOTES: Final = '`"[] '
_FEWEST_ROWS: Final = 2
_INSERT_WORDS: Final = ("INSERT", "insert", "Insert")


def _statements(text: str) -> Iterator[tuple[str, str]]:
    """The text's parts in order: ``("comment", line)`` for a comment line,
    ``("sql", statement)`` for a statement up to its ``;`` (quotes heeded),
    ``("text", line)`` for a line of neither."""
    lines, k = text.split("\n"), 0
    while k < len(lines):
        line = lines[k]
        if _COMMENT_LINE.match(line) is not None:
            yield "comment", line
            k += 1
            continue
        end = _statement_end(lines, k)
        if end is None:
            yield "text", line
            k += 1
            continue
        yield "sql", "\n".join(lines[k : end + 1])
        k = end + 1


_SQL_START: Final = re.compile(
    r"\s*(?:INSERT|CREATE|DROP|SET|LOCK|UNLOCK|USE|BEGIN|COMMIT|START|ALTER|/\*)", re.I
)


def _statement_end(lines: Sequence[str], k: int) -> int | None:
    """The line a statement opened on line ``k`` closes on (its ``;`` outside
    quotes), or None where no statement opens there."""
    if _SQL_START.match(lines[k]) is None:
        return None
    quoted = False
    for j in range(k, len(lines)):
        line = lines[j]
        for i, ch in enumerate(line):
            if ch == "'" and (i == 0 or line[i - 1] != "\\"):
                quoted = not quoted
            elif ch == ";" and not quoted:
                return j
    return None


def _values(tail: str) -> list[list[str]]:
    """The tuples of values after ``VALUES``: each a row's cells."""
    rows: list[list[str]] = []
    cells: list[str] = []
    cell: list[str] = []
    quoted, depth, i = False, 0, 0
    while i < len(tail):
        ch = tail[i]
        if quoted:
            if ch == "\\" and i + 1 < len(tail):
                cell.append({"n": "\n", "t": "\t"}.get(tail[i + 1], tail[i + 1]))
                i += 1
            elif ch == "'" and tail.startswith("''", i):
                cell.append("'")
                i += 1
            elif ch == "'":
                quoted = False
            else:
                cell.append(ch)
        elif ch == "'":
            quoted = True
        elif ch == "(" and depth == 0:
            depth, cells, cell = 1, [], []
        elif ch in ",)" and depth == 1:
            value = "".join(cell).strip()
            cells.append("" if value.upper() == "NULL" else value)
            cell = []
            if ch == ")":
                depth = 0
                rows.append(cells)
        elif depth == 1:
            cell.append(ch)
        i += 1
    return rows


def _split_top(text: str) -> list[str]:
    """``text`` parted by its commas outside brackets and quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch in "()":
            depth += 1 if ch == "(" else -1
        elif not quoted and ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return [*parts, text[start:]]


def _columns(sql: str) -> dict[str, str]:
    """A ``CREATE TABLE`` statement's columns in order, each with its comment
    where it has one, else its name."""
    opened, closed = sql.find("("), sql.rfind(")")
    words: dict[str, str] = {}
    for part in _split_top(sql[opened + 1 : closed]) if 0 <= opened < closed else ():
        definition = part.strip()
        if not definition or _NOT_COLUMN.match(definition) is not None:
            continue
        name = definition.split()[0].strip(_NAME_QUOTES)
        comment = _COMMENT.search(definition)
        words[name] = comment.group("word") if comment is not None else name
    return words


def _header(cols: str | None, words: dict[str, str]) -> list[str] | None:
    if cols is None:
        return list(words.values()) or None
    names = [c.strip(_NAME_QUOTES) for c in cols.split(",")]
    return [words.get(n, n) for n in names]


def _bar_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.replace("|", "｜").replace("\n", " ") for c in cells) + " |"


class _Dump:
    """The dump read so far: lines out, the statements' words, the header words."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.marks: list[str] = []
        self.words: dict[str, str] = {}
        self.header: list[str] | None = None
        self.rows = 0

    def statement(self, sql: str) -> None:
        insert = _INSERT.match(sql)
        if insert is not None:
            header = _header(insert.group("cols"), self.words)
            if header is not None and header != self.header:
                self.out.append(_bar_row(header))
                self.header = header
            rows = _values(sql[insert.end() :])
            self.out += [_bar_row(r) for r in rows]
            self.rows += len(rows)
            self.marks.append(insert.group().strip())
            return
        if _CREATE.match(sql) is not None:
            self.words = _columns(sql)
        self.marks.append(sql.strip())


def sql_rows(text: str) -> Parted:
    """``text`` with its ``INSERT`` statements set out as bar-parted rows
    under the header the ``CREATE TABLE`` comments give, its comment lines
    as their words, its other statements in the residue; a text without two
    rows inserted is returned as it is.

    >>> print(sql_rows("-- 某局清单\\nCREATE TABLE `t` (\\n  `xh` int COMMENT '序号',\\n"
    ...                "  `rw` text COMMENT '工作任务'\\n);\\n"
    ...                "INSERT INTO `t` (`xh`, `rw`) VALUES (1, '公开预算。');\\n"
    ...                "INSERT INTO `t` (`xh`, `rw`) VALUES (2, '公开决算。');").text)
    某局清单
    | 序号 | 工作任务 |
    | 1 | 公开预算。 |
    | 2 | 公开决算。 |
    """
    if not any(word in text for word in _INSERT_WORDS):
        return Parted(text)
    dump = _Dump()
    for kind, part in _statements(text):
        if kind == "sql":
            dump.statement(part)
        elif kind == "comment":
            mark = _COMMENT_LINE.match(part)
            assert mark is not None
            dump.marks.append(mark.group().strip())
            dump.out.append(part[mark.end() :])
        else:
            dump.out.append(part)
    if dump.rows < _FEWEST_ROWS:
        return Parted(text)
    note = Diagnostic(
        SQL_DUMP_CODE, f"a database dump's {dump.rows} rows were read as a table", Severity.INFO
    )
    return Parted("\n".join(dump.out), (Residue(" ".join(dump.marks), REASON_MARKUP),), note)
