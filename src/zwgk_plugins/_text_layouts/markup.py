"""A table's HTML markup left in a text: ``<tr>`` / ``<td>1</td>`` /
``<td>公开…</td>`` / ``</tr>``, a cell a line or a row a line.

A page's source copied as text, or a converter that wrote out the table's
tags, leaves the rows in ``<tr>`` and the cells in ``<td>`` or ``<th>``; a
forum post's source writes them in BBCode (``[tr][td]1[/td]…[/tr]``, a cell
merged down ``[td=1,3]``), read as the same tags, its other tags (``[b]``,
``[size=5]``) left out; a MediaWiki page's source writes them between
``{|`` and ``|}``, a row after each ``|-``, header cells after ``!`` (parted
by ``!!``), cells after ``|`` (parted by ``||``), a cell's attributes
before a single bar (``rowspan="3" | 机构信息``), read as the same tags; a
Textile table's cells (``|_. 序号 |``, a cell merged down ``|/3. 基本信息 |``)
likewise (:mod:`~zwgk_plugins._text_layouts.textile`).
:func:`markup_rows` parses each stretch of such markup with lxml (no network,
no entities from outside) and sets its rows out as bar-parted lines
(``| 1 | 公开… | 综合科 |  | 3月底前 |``), an empty ``<td></td>`` an empty
cell; the text around the stretch is left as it is.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Any, Final

from zwgk._chrome import REASON_MARKUP
from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk_plugins._text_layouts.parting import Parted
from zwgk_plugins._text_layouts.textile import from_textile

__all__ = ["R_OUTSIDE_CELLS", "TABLE_MARKUP_CODE", "markup_rows", "page_source", "page_tags"]

TABLE_MARKUP_CODE: Final = "text.table_markup"
R_OUTSIDE_CELLS: Final = "text a table's markup holds outside its cells"

_ROW_TAG: Final = re.compile(r"<\s*tr\b", re.I)
_CELL_TAG: Final = re.compile(r"<\s*t[dh]\b", re.I)
# where a stretch of table markup starts and ends
_OPEN: Final = re.compile(r"<\s*(?:table|thead|tbody|tr)\b[^<>]{0,400}>", re.I)
_CLOSE: Final = re.compile(r"<\s*/\s*(?:table|thead|tbody|tr)\s*>", re.I)
_FEWEST_ROWS: Final = 2
_SPACES: Final = re.compile(r"\s+")
# a tag, or one its ``>`` was lost from before the next (``</th?`` ``<th>``)
_TAG: Final = re.compile(r"<[^<>]{0,400}(?:>|(?=<))")
_ENTITY: Final = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,6}|#x[0-9a-fA-F]{1,5});")


# a line opened by a tag, a declaration or a comment
_TAG_LINE: Final = re.compile(
    r"\s*<(?:\?xml|!doctype|!--|/?[a-z][\w:.-]*\s*/?>|[a-z][\w:.-]*\s)", re.I
)
_SOURCE_SHARE: Final = 0.7  # of the lines with text, those a tag opens in a page's source


def page_source(text: str) -> bool:
    """Whether ``text`` is markup throughout: a page's HTML source or a data
    export's XML saved as text, its first line and most of its lines opened
    by a tag (to be read as the page it is, not as lines).

    >>> page_source('<?xml version="1.0"?>\\n<qd>\\n  <bt>某局清单</bt>\\n</qd>')
    True
    >>> page_source("某局清单\\n<tr><td>1</td></tr>\\n正文")
    False
    """
    if _TAG_LINE.match(text.lstrip()) is None:
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    tagged = sum(1 for line in lines if _TAG_LINE.match(line) is not None)
    return tagged >= _SOURCE_SHARE * len(lines)


def page_tags(text: str) -> list[str]:
    """The tags of a page's source, as written (for the residue)."""
    return _TAG.findall(text)


def _parser() -> Any:
    from lxml import html

    return html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=False
    )


def _cell(td: Any) -> str:
    text = _SPACES.sub(" ", " ".join(td.itertext())).strip()
    return text.replace("|", "｜")


def _rows(markup: str) -> tuple[list[str], str] | None:
    """The bar-parted lines of the rows in ``markup`` and the text it holds
    outside any cell, or None where lxml finds no rows in it."""
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(f"<table>{markup}</table>", parser=_parser())
    except (etree.ParserError, ValueError):
        return None
    spans = _Spans()
    out = ["| " + " | ".join(spans.row(tds)) + " |" for tds in _row_cells(root)]
    return (out, _outside_cells(root)) if out else None


_CELLS: Final = ("td", "th")


def _is_cell(el: Any) -> bool:
    return isinstance(el.tag, str) and el.tag in _CELLS


def _row_cells(root: Any) -> Iterator[list[Any]]:
    """Each row's cells in order: a ``<tr>``'s, and a run of cells outside
    any ``<tr>`` (whose tag a copy broke: ``=tr>``) one row."""
    for el in root.iter():
        if el.tag == "tr":
            tds = [td for td in el if _is_cell(td)]
            if tds:
                yield tds
        elif _is_cell(el) and el.getparent().tag != "tr":
            before = el.getprevious()
            if before is None or not _is_cell(before):
                yield list(itertools.takewhile(_is_cell, [el, *el.itersiblings()]))


def _outside_cells(root: Any) -> str:
    """The text a table's markup holds outside its cells (a cell whose tag a
    copy broke, ``=th>配合科室</th>``: lxml keeps its text between the cells)."""
    parts: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        in_cell = any(a.tag in _CELLS for a in el.iterancestors())
        if not in_cell and el.tag not in _CELLS:
            parts.append(el.text or "")
        if not in_cell:
            parts.append(el.tail or "")
    return " ".join(p.strip() for p in parts if p.strip())


_MOST_SPAN: Final = 1000  # rows a cell may span (a larger rowspan is read as this)


class _Spans:
    """The cells that ``rowspan`` carries down into the rows below: each
    row's cells with them in their columns (a merged cell's text in every row
    it covers, as a grid reads it); a cell merged across (``colspan``) is
    followed by an empty cell for each other column it covers."""

    def __init__(self) -> None:
        self.pending: dict[int, tuple[str, int]] = {}  # column: text, rows still covered

    def row(self, tds: Sequence[Any]) -> list[str]:
        cells: list[str] = []
        queue = list(tds)
        while queue or any(col >= len(cells) for col in self.pending):
            col = len(cells)
            if col in self.pending:
                cells.append(self._carried(col))
                continue
            if not queue:
                cells.append("")
                continue
            td = queue.pop(0)
            text = _cell(td)
            down = _span(td.get("rowspan"))
            for k in range(_span(td.get("colspan"))):  # (the columns it covers: left empty)
                cells.append("" if k else text)
                if down > 1:
                    self.pending[col + k] = ("" if k else text, down - 1)
        return cells

    def _carried(self, col: int) -> str:
        text, left = self.pending.pop(col)
        if left > 1:
            self.pending[col] = (text, left - 1)
        return text


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), _MOST_SPAN))
    except ValueError:
        return 1


def _stretch(text: str) -> tuple[int, int] | None:
    """Where the table markup in ``text`` starts and ends."""
    first, closes = _OPEN.search(text), list(_CLOSE.finditer(text))
    last = closes[-1] if closes else None
    if first is None or last is None or last.end() <= first.start():
        return None
    return first.start(), last.end()


# a block's tag around the table (``<p>``, ``<br/>``, ``</div>``): a line break
_BLOCK_TAG: Final = re.compile(
    r"<\s*/?\s*(?:p|div|br|h[1-6]|li|ul|ol|section|article)\b[^<>]{0,400}>", re.I
)


def _blocks_apart(text: str, tags: list[str]) -> str:
    """``text`` with its blocks' tags made line breaks, the tags kept in ``tags``."""

    def cut(m: re.Match[str]) -> str:
        tags.append(m.group())
        return "\n"

    return _BLOCK_TAG.sub(cut, text)


def _around(before: str, rows: list[str], after: str, tags: list[str]) -> str:
    """The rows set in the text, on lines of their own."""
    before, after = _blocks_apart(before, tags), _blocks_apart(after, tags)
    head = before if not before.strip() or before.endswith("\n") else before + "\n"
    tail = after if not after.strip() or after.startswith("\n") else "\n" + after
    return head.rstrip(" \t") + "\n".join(rows) + tail


_BB_ROW: Final = re.compile(r"\[tr\]", re.I)
# a BBCode tag: a table's (read as HTML) or any other (left out)
_BB_TAG: Final = re.compile(r"\[(/?)([a-z]{1,8})(?:=([^\[\]\n]{0,40}))?\]", re.I)
_BB_TABLE: Final = frozenset(("table", "tr", "td", "th"))


def _bb_tag(m: re.Match[str]) -> str:
    close, name, value = m.group(1), m.group(2).lower(), m.group(3)
    if name not in _BB_TABLE:
        return ""
    if close or not value or name not in ("td", "th"):
        return f"<{close}{name}>"
    spans = value.split(",")  # [td=colspan,rowspan]
    across = spans[0].strip() if spans[0].strip().isdigit() else "1"
    down = spans[1].strip() if len(spans) > 1 and spans[1].strip().isdigit() else "1"
    return f'<{name} colspan="{across}" rowspan="{down}">'


def _from_bbcode(text: str, marks: list[str]) -> str:
    """``text`` with its BBCode table tags written as HTML's and its other
    BBCode tags left out, each tag put in ``marks``."""

    def tag(m: re.Match[str]) -> str:
        marks.append(m.group())
        return _bb_tag(m)

    return _BB_TAG.sub(tag, text)


# a cell's attributes before its text (``rowspan="3" | 机构信息``)
_WIKI_ATTRS: Final = re.compile(
    r"^((?:\s*[a-z-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|\S+))+)\s*\|(?!\|)", re.I
)


def _wiki_cell(tag: str, cell: str, marks: list[str]) -> str:
    m = _WIKI_ATTRS.match(cell)
    attrs, body = (m.group(1).strip(), cell[m.end() :]) if m else ("", cell)
    if m:
        marks.append(m.group())
    head = f"<{tag} {attrs}>" if attrs else f"<{tag}>"
    return f"{head}{html.escape(body.strip())}</{tag}>"


_WIKI_LINES: Final = (("{|", "<table><tr>"), ("|}", "</tr></table>"), ("|-", "</tr><tr>"))


def _wiki_line(line: str, marks: list[str]) -> str:
    """One line of a MediaWiki table as HTML, its marks put in ``marks``."""
    s = line.strip()
    for opening, tags in _WIKI_LINES:
        if s.startswith(opening):
            marks.append(s)
            return tags
    if s.startswith("|+"):  # (a caption)
        marks.append(s)
        return ""
    if s[:1] in ("!", "|"):
        tag, cells = (
            ("th", re.split(r"!!|\|\|", s[1:])) if s[0] == "!" else ("td", s[1:].split("||"))
        )
        marks.append(s[0] + (_WIKI_BARS[tag] * (len(cells) - 1)))
        return "".join(_wiki_cell(tag, c, marks) for c in cells)
    return html.escape(s)  # (a cell's text going on)


_WIKI_BARS: Final = {"th": "!!", "td": "||"}


def _from_mediawiki(text: str, marks: list[str]) -> str:
    """``text`` with its MediaWiki tables written as HTML, their marks put in
    ``marks``: the lines from one opened by ``{|`` to one that is ``|}``, read
    in one pass (a table never closed is left as it is)."""
    lines = text.split("\n")
    out: list[str] = []
    opened: int | None = None  # where the table being read opened, in ``out``
    table_marks: list[str] = []
    for line in lines:
        s = line.strip()
        if opened is None and s.startswith("{|"):
            opened, table_marks = len(out), []
        out.append(line if opened is None else _wiki_line(line, table_marks))
        if opened is not None and s == "|}":
            marks += table_marks
            opened = None
    if opened is not None:  # (never closed: its lines as they were)
        out[opened:] = lines[len(lines) - (len(out) - opened) :]
    return "\n".join(out)


def markup_rows(text: str) -> Parted:
    """``text`` with its table markup set out as bar-parted rows, a row a
    line, and the tags the residue's; a text without two rows of markup is
    returned as it is.

    >>> markup_rows("标题\\n<tr>\\n<td>1</td>\\n<td>公开预算</td>\\n<td></td>\\n</tr>\\n"
    ...             "<tr><td>2</td><td>公开决算</td><td>财政所</td></tr>\\n签名").text
    '标题\\n| 1 | 公开预算 |  |\\n| 2 | 公开决算 | 财政所 |\\n签名'
    >>> markup_rows("[b]任务[/b]\\n[table][tr][td]1[/td][td]公开预算[/td][/tr]\\n"
    ...             "[tr][td]2[/td][td]公开决算[/td][/tr][/table]").text
    '任务\\n| 1 | 公开预算 |\\n| 2 | 公开决算 |'
    """
    source: list[str] = []  # the marks of BBCode, MediaWiki or Textile read as HTML
    marked = text
    if _BB_ROW.search(marked) is not None:
        marked = _from_bbcode(marked, source)
    if "{|" in marked:
        marked = _from_mediawiki(marked, source)
    if "|" in marked:
        marked = from_textile(marked, source)
    entities = (
        _ENTITY.findall(marked) if "&lt;" in marked and _ROW_TAG.search(marked) is None else []
    )
    if entities:  # (markup shown, not kept: its brackets written as entities)
        marked = html.unescape(marked)
    if "<" not in marked or len(_ROW_TAG.findall(marked)) < _FEWEST_ROWS:
        return Parted(text)
    stretch = _stretch(marked) if _CELL_TAG.search(marked) else None
    if stretch is None:
        return Parted(text)
    start, end = stretch
    read = _rows(marked[start:end])
    if read is None or len(read[0]) < _FEWEST_ROWS:
        return Parted(text)
    rows, outside = read
    found = list(source) or _TAG.findall(marked[start:end])
    where = Location(line=marked.count("\n", 0, start) + 1)
    note = Diagnostic(
        TABLE_MARKUP_CODE,
        f"a table's markup ({len(rows)} rows) was read as its rows",
        Severity.INFO,
        where,
    )
    rest = _around(marked[:start], rows, marked[end:], found)
    tags = "".join(found) + "".join(entities)
    residue = [Residue(tags, REASON_MARKUP, where)]
    if outside:
        residue.append(Residue(outside, R_OUTSIDE_CELLS, where))
    return Parted(rest, tuple(residue), note)
