"""A plan kept as a programming language's printout of an array of rows:
PHP's ``print_r`` (``[0] => Array`` / ``(`` / ``[序号] => 1`` / ``)``), PHP's
``var_export`` (``0 =>`` / ``array (`` / ``'序号' => '1',``) and Perl's
``Data::Dumper`` (``$VAR1 = [`` / ``{`` / ``'序号' => '1',``), each row's cells
keyed by the header's words.

:func:`array_rows` sets such a text out as the records the ``records``
layout reads (``- 序号: 1`` / ``  工作任务: 公开…``): the brackets and the
array's own names (``Array``, ``[0] =>``) part the records and go to the
residue with each record's keys, the values lose their quotes.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.lang.vocab import header_role
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["ARRAY_ROWS_CODE", "R_ARRAY", "array_rows"]

ARRAY_ROWS_CODE: Final = "text.array_rows"
R_ARRAY: Final = "an array printout's brackets and names"

# a key (in brackets, as print_r writes it, or quoted), its arrow and its value
_PAIR: Final = re.compile(
    r"""^[ \t]*(?:\[(?P<bare>[^\]\n]{1,24})\]|(?P<q>['"])(?P<quoted>[^'"\n]{1,24})(?P=q))"""
    r"[ \t]*=>[ \t]*(?P<value>.*?)[ \t]*$"
)
# what opens a nested array as a value (Array, array (, [, {)
_NESTED: Final = re.compile(r"^(?:Array|array[ \t]*\(|\[|\{)$")
# a line of the printout's frame alone: Array, (, ), ),, array (, [, ], {, }, );
# an index over a nested array (var_export's ``0 =>``), a variable's name
# (Data::Dumper's ``$VAR1 = [``)
_FRAME: Final = re.compile(
    r"^[ \t]*(?:Array|array[ \t]*\(|[0-9]+[ \t]*=>(?:[ \t]*array[ \t]*\()?"
    r"|\$\w+[ \t]*=[ \t]*[\[{(]|[()\[\]{}][,;]?)[ \t]*$"
)
_FEWEST_CELLS: Final = 6  # cells keyed by a header's word, at least


@attrs.define
class _Records:
    """The records set out so far, and what the printout's frame and keys
    held (a record's keys go to the residue together, as the records
    layout reads the keys it is given as its columns' names)."""

    lines: list[str] = attrs.Factory(list)
    residue: list[Residue] = attrs.Factory(list)
    held: list[str] = attrs.Factory(list)  # the frame's words and keys since the last record
    keys: int = 0  # the open record's cells written
    written: bool = False  # whether the last line with text is a record's

    def cell(self, key: str, value: str) -> None:
        self.lines.append(f"{'  ' if self.keys else '- '}{key}: {_unquoted(value)}")
        self.held.append(key)
        self.keys += 1
        self.written = True

    def text(self, line: str) -> None:
        """A line of the document's own (its title, its signature)."""
        if self.written and line.strip():
            self.lines.append("")  # (the records end before it)
            self.written = False
        self.lines.append(line)

    def frame(self, text: str, line: int) -> None:
        if any(ch.isalnum() for ch in text):  # (Array, [0] => Array; not a bracket alone)
            self.held.append(text.strip())
        if self.keys:
            self.close(line)

    def close(self, line: int) -> None:
        if self.held:
            self.residue.append(Residue(" ".join(self.held), R_ARRAY, Location(line=line)))
        self.held, self.keys = [], 0


def _unquoted(value: str) -> str:
    v = value.rstrip(",").strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        v = v[1:-1].replace("\\" + v[0], v[0])
    return v


def _key(m: re.Match[str]) -> str:
    return (m["bare"] or m["quoted"]).strip()


def array_rows(text: str) -> Parted:
    """``text`` with an array printout set out as records, where six cells
    at least are keyed by a header's words; any other text as it is.

    >>> row = "[0] => Array\\n(\\n[序号] => 1\\n[工作任务] => 公开预算。\\n[责任单位] => 财务科\\n)"
    >>> print(array_rows("Array\\n(\\n" + row + "\\n" + row + "\\n)").text.strip())
    - 序号: 1
      工作任务: 公开预算。
      责任单位: 财务科
    - 序号: 1
      工作任务: 公开预算。
      责任单位: 财务科
    """
    if "=>" not in text:
        return Parted(text)
    pairs = [_PAIR.match(ln) if "=>" in ln else None for ln in text.split("\n")]
    named = sum(1 for m in pairs if m is not None and header_role(_key(m)) is not None)
    if named < _FEWEST_CELLS:
        return Parted(text)
    records = _Records()
    for k, (line, m) in enumerate(zip(text.split("\n"), pairs, strict=True), 1):
        if m is not None and not _NESTED.match(_unquoted(m["value"])):
            records.cell(_key(m), m["value"])
        elif m is not None or _FRAME.match(line):
            records.frame(line, k)
        else:
            records.text(line)
    records.close(len(pairs))
    note = Diagnostic(
        ARRAY_ROWS_CODE, "an array printout was read as records, a row a record", Severity.INFO
    )
    return Parted("\n".join(records.lines), tuple(records.residue), note)
