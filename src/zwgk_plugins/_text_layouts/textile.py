"""A text written in Textile (a wiki's or a site's source, as Redmine and
Textpattern keep it): blocks opened by a signature (``h2.`` over a title,
``p.`` before a paragraph, ``p>.`` before a line set right) and tables whose
cells open with their modifiers: ``_.`` a header cell, ``/3.`` a cell merged
down over three rows, ``\\2.`` over two columns, ``<.`` ``>.`` ``=.`` its
alignment, ``{color:red}.`` its style.

:func:`textile_blocks_out` reads the blocks without their signatures;
:func:`from_textile` writes the tables as HTML, so that the markup's reader
(:mod:`~zwgk_plugins._text_layouts.markup`) sets out their rows with the
merged cells carried down into the rows they cover.
"""

from __future__ import annotations

import html
import re
from typing import Final

from zwgk._chrome import REASON_MARKUP
from zwgk._model import Diagnostic, Residue, Severity
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["TEXTILE_BLOCKS_CODE", "from_textile", "textile_blocks_out"]

TEXTILE_BLOCKS_CODE: Final = "text.textile_blocks"

# the modifiers a block's signature or a cell may carry: alignment, a style,
# a class or id, a language
_MODIFIERS: Final = (
    r"(?:<>|[<>=^~-]|\{[^{}\n]*:[^{}\n]*\}|\([A-Za-z#][\w# -]*\)|\[[a-z]{2}(?:-[A-Za-z]{2})?\])*"
)
# a block's signature opening a line: a heading, a paragraph, a quote, code, a footnote
_SIGNATURE: Final = re.compile(
    rf"^[ \t]*(?:h[1-6]|p|bq|bc|pre|fn\d+|notextile){_MODIFIERS}\.\.?[ \t]+(?=\S)", re.M
)
_FEWEST_BLOCKS: Final = 2


def textile_blocks_out(text: str) -> Parted:
    """``text`` without the signatures that open its Textile blocks, where
    two lines at least open with one; the signatures go to the residue.

    >>> print(textile_blocks_out("h2. 某局清单\\n\\np. 根据要点，制定本清单。").text)
    某局清单
    <BLANKLINE>
    根据要点，制定本清单。
    """
    found = _SIGNATURE.findall(text)
    if len(found) < _FEWEST_BLOCKS:
        return Parted(text)
    note = Diagnostic(
        TEXTILE_BLOCKS_CODE,
        f"{len(found)} blocks written in Textile (h2. p. …) were read without their signatures",
        Severity.INFO,
    )
    marks = Residue("".join(s.strip() for s in found), REASON_MARKUP)
    return Parted(_SIGNATURE.sub("", text), (marks,), note)


# a table's row: a line opened and closed by a bar
_ROW: Final = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
# a cell's modifiers before its text: header, spans, then the others; a dot and a space close them
_CELL: Final = re.compile(
    rf"^[ \t]*(?P<head>_)?(?P<spans>(?:[\\/]\d{{1,3}})*)(?P<rest>{_MODIFIERS})\.(?:[ \t]+|$)"
)
_FEWEST_ROWS: Final = 2


def _modifiers(cell: str) -> re.Match[str] | None:
    m = _CELL.match(cell)
    return m if m is not None and m.group().strip() != "." else None


def _is_textile(rows: list[str]) -> bool:
    """Whether bar rows are a Textile table: a cell in them opens with modifiers."""
    return any(_modifiers(c) for row in rows for c in _cells(row))


def _cells(row: str) -> list[str]:
    return row.strip()[1:-1].split("|")


def _html_cell(cell: str, marks: list[str]) -> str:
    m = _modifiers(cell)
    if m is None:
        return f"<td>{html.escape(cell.strip())}</td>"
    marks.append(m.group().strip())
    tag = "th" if m.group("head") else "td"
    attrs = "".join(
        f' {"rowspan" if s[0] == "/" else "colspan"}="{s[1:]}"'
        for s in re.findall(r"[\\/]\d+", m.group("spans"))
    )
    return f"<{tag}{attrs}>{html.escape(cell[m.end() :].strip())}</{tag}>"


def _html_table(rows: list[str], marks: list[str]) -> list[str]:
    """The lines of a Textile table as HTML, a row a line."""
    out = []
    for i, row in enumerate(rows):
        cells = _cells(row)
        marks.append("|" * (len(cells) + 1))
        tr = "<tr>" + "".join(_html_cell(c, marks) for c in cells) + "</tr>"
        opened = "<table>" if i == 0 else ""
        closed = "</table>" if i == len(rows) - 1 else ""
        out.append(opened + tr + closed)
    return out


def from_textile(text: str, marks: list[str]) -> str:
    """``text`` with its Textile tables (two bar rows at least, a run of lines,
    a cell among them opened by modifiers) written as HTML, their marks put in
    ``marks``; bar rows without modifiers are left as they are.

    >>> print(from_textile("|_. 类别 |_. 任务 |\\n|/2. 基本 | 公开预算 |\\n| 公开决算 |", []))
    <table><tr><th>类别</th><th>任务</th></tr>
    <tr><td rowspan="2">基本</td><td>公开预算</td></tr>
    <tr><td>公开决算</td></tr></table>
    """
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if _ROW.match(line):
            run.append(line)
            continue
        table = len(run) >= _FEWEST_ROWS and _is_textile(run)
        out += _html_table(run, marks) if table else run
        run = []
        out.append(line)
    return "\n".join(out[:-1])
