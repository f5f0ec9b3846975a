"""What a database client prints around the records a query gave: its
prompt and the query (``mysql> SELECT … \\G``), the rule over each record
it prints a field a line (MySQL's ``*** 1. row ***``, PostgreSQL's
``-[ RECORD 1 ]----``), and the count after them (``10 rows in set (0.00
sec)``, ``(10 rows)``); PostgreSQL's fields, ``name | value``, are read as
``name: value``.

:func:`client_marks_out` takes those lines out, a record's rule left as the
blank line that parts it from the record before, so that the records read
as the field lines they hold (``工作任务: 公开…``); the lines go to the
residue.
"""

from __future__ import annotations

import re
from typing import Final

from zwgk._chrome import REASON_MARKUP
from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.build.pieces import R_FIELD_NAME
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["CLIENT_MARKS_CODE", "client_marks_out"]

CLIENT_MARKS_CODE: Final = "text.client_marks"

_RECORD_RULE: Final = re.compile(
    r"^[ \t]*(?:\*{3,}[ \t]*\d+\.[ \t]*row[ \t]*\*{3,}"
    r"|-\[[ \t]*RECORD[ \t]+\d+[ \t]*\][-+]*)[ \t]*$"
)
# a field of PostgreSQL's expanded display: its name, a bar, its value
_BARRED_FIELD: Final = re.compile(r"^([^|\n]*?\S)[ \t]*\|[ \t]?(?=[^|\n]*$)")
_PROMPT: Final = re.compile(r"^[ \t]*(?:mysql|mariadb|MariaDB \[[^\]]*\]|[\w-]+=[#>])>?[ \t]+\S")
_COUNT: Final = re.compile(
    r"^[ \t]*(?:\d+ rows? in set(?:, \d+ warnings?)? \([\d.]+ sec\)|\(\d+ rows?\)"
    r"|Expanded display is (?:on|off|used automatically)\.)[ \t]*$"
)
_FEWEST_RULES: Final = 2


def client_marks_out(text: str) -> Parted:
    """``text`` without a database client's prompt, record rules and count
    (see the module's description), where two records at least are ruled.

    >>> out = "mysql> SELECT * FROM t\\\\G\\n*** 1. row ***\\n任务: 公开预算。"
    >>> out += "\\n*** 2. row ***\\n任务: 公开决算。"
    >>> print(client_marks_out(out).text)
    <BLANKLINE>
    任务: 公开预算。
    <BLANKLINE>
    任务: 公开决算。
    """
    if "row" not in text and "RECORD" not in text:
        return Parted(text)
    lines = text.split("\n")
    rules = [k for k, line in enumerate(lines) if _RECORD_RULE.match(line)]
    if len(rules) < _FEWEST_RULES:
        return Parted(text)
    out: list[str] = []
    residue: list[Residue] = []
    barred = lines[rules[0]].lstrip().startswith("-[")  # (PostgreSQL's: name | value)
    for no, line in enumerate(lines, start=1):
        if _RECORD_RULE.match(line) or _COUNT.match(line):
            residue.append(Residue(line.strip(), REASON_MARKUP, Location(line=no)))
            out.append("")
        elif no - 1 < rules[0] and (_PROMPT.match(line) or _COUNT.match(line)):
            residue.append(Residue(line.strip(), REASON_MARKUP, Location(line=no)))
        elif barred and no - 1 > rules[0] and (field := _BARRED_FIELD.match(line)):
            # (a name before a bar is counted as text: kept, as the bar pass keeps it)
            residue.append(Residue(field.group(1).strip(), R_FIELD_NAME, Location(line=no)))
            out.append(f"{field.group(1)}: {line[field.end() :]}")
        else:
            out.append(line)
    note = Diagnostic(
        CLIENT_MARKS_CODE,
        f"{len(rules)} records a database client printed were read without its rules",
        Severity.INFO,
    )
    return Parted("\n".join(out), tuple(residue), note)
