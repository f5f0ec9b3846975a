"""Plans published as web pages.

The page is decoded (its declared charset is tried first, but not trusted
blindly), parsed with lxml's HTML parser (no network, no entities), and
stripped of what is not the plan: scripts and styles, hidden elements,
navigation, breadcrumbs (``您现在的位置``), share and QR-code blocks,
footers, injected junk tags and spam.  Everything removed goes to the
residue with its reason.

A ``<table>`` that holds the plan becomes a grid with its true spans
(``rowspan``/``colspan``); a page whose table was flattened into text
blocks is read through the text layouts.
"""

from __future__ import annotations

import re
from typing import IO, Any

from zwgk._chrome import REASON_CHROME, chrome_after
from zwgk._conserve import keep_unplaced
from zwgk._decode import decode
from zwgk._model import Diagnostic, Location, Plan, Residue
from zwgk.assembly import build_plan
from zwgk.document import Block, Cell, Document, Grid
from zwgk.errors import ParseError, WriteError
from zwgk.lang.normalize import CONTROL_CHARS
from zwgk.lang.pieces import header_row_roles as _header_roles
from zwgk.lang.pieces import label_of as parse_label
from zwgk.plugins import FormatInfo
from zwgk.safety import Budget, current_budget
from zwgk_plugins import _word_html as word_html
from zwgk_plugins.text_format import read_text

__all__ = ["HtmlFormat"]

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul", "title",
}  # fmt: skip
_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "select", "button", "input", "textarea", "head",
}  # fmt: skip
_CHROME_TAGS = {"nav", "footer", "aside"}
_CHROME_ATTR = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumb|crumbs?|position|location|footer|foot|share|bdshare|"
    r"qrcode|qr|ewm|erweima|sidebar|toolbar|topbar|header-nav|copyright|links?|friendlink|search)"
    r"($|[\s_-])",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"(display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
_HIDDEN_CLASS = re.compile(r"(^|\s)(hidden|hide|sr-only|visually-hidden|d-none)($|\s)", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
MAX_DEPTH = 400
# Elements whose content an HTML parser takes as raw text; injected junk uses
# them unclosed, which would swallow the rest of the page.
_RAW_TEXT_TAGS = re.compile(r"</?(noframes|xmp|plaintext|listing)\b[^>]*>", re.I)


class HtmlFormat:
    """Reads plans from HTML pages: real tables, or tables flattened into text."""

    info = FormatInfo(
        name="html",
        description="web pages (HTML): plan tables with rowspan/colspan, or flattened text",
        extensions=(".html", ".htm", ".shtml", ".xhtml"),
        media_types=("text/html", "application/xhtml+xml"),
        priority=5,
        kinds=("plan",),
    )

    def sniff(self, head: bytes, name: str | None) -> float:
        sample = head[:4096].lower()
        if b"<html" in sample or b"<!doctype html" in sample:
            return 0.9
        if b"<table" in sample or b"<div" in sample or b"<p>" in sample:
            return 0.4
        return 0.0

    def read(
        self,
        data: bytes,
        *,
        name: str | None = None,
        year: int | None = None,
        layout: str | None = None,
    ) -> Plan:
        m = _META_CHARSET.search(data[:8192])
        declared = m.group(1).decode("ascii", "replace") if m else None
        text, _, diagnostics = decode(data, declared=declared, source=name)
        return read_html(text, name=name, year=year, layout=layout, diagnostics=diagnostics)

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        raise WriteError("the html reader only reads; the html writer is a separate plugin")


def _lxml_html() -> Any:
    from lxml import html

    return html


def read_html(
    text: str,
    *,
    name: str | None = None,
    year: int | None = None,
    layout: str | None = None,
    diagnostics: list[Diagnostic] | None = None,
) -> Plan:
    """Read a plan from decoded HTML."""
    lxml_html = _lxml_html()
    from lxml import etree

    if not text.strip():
        raise ParseError("empty page", source=name)
    budget = current_budget()
    budget.check("max_chars", len(text), "the page holds too much text")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    residue: list[Residue] = []
    text, junk = clean_markup(text)
    if junk:
        residue.append(Residue(f"{junk} raw-text tags (noframes, xmp, …)", "markup"))
    parser = lxml_html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=False
    )
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"not a readable HTML page: {exc}", source=name) from None
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            # libxml2 stops building the tree; what lies deeper would be lost
            raise ParseError(
                f"page is nested too deeply to read safely ({entry.message.strip()})",
                source=name,
                location=Location(line=entry.line),
            )
    tree = root.getroottree()
    residue.extend(word_html.clean(root))  # Word's list numbers, <o:p>, hidden text
    is_plan = _PlanTables()
    _strip(root, is_plan, residue, 0)
    parts: list[Block | Grid] = []
    lines: list[str] = []
    found_table = False

    def flush_lines() -> None:
        before: str | None = None
        for ln in "".join(lines).split("\n"):
            if ln.strip():
                reason = before = chrome_after(ln, before)
                if reason is not None:
                    residue.append(Residue(ln.strip(), reason))
                else:
                    parts.append(Block(" ".join(ln.split())))
        lines.clear()

    plan_tables = [t for t in root.iter("table") if is_plan(t)]
    innermost = _innermost(plan_tables)

    def walk(el: Any) -> None:
        nonlocal found_table
        if el in innermost:
            flush_lines()
            grid, stray = _grid(el, tree, budget)
            parts.append(grid)
            residue.extend(stray)
            found_table = True
            if el.tail:
                lines.append(el.tail)
            return
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK_TAGS:
            lines.append("\n")
        if el.text:
            lines.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCK_TAGS:
            lines.append("\n")
        if el.tail:
            lines.append(el.tail)

    # the whole tree, not only <body>: text after </body> or </html> is still
    # shown by browsers, and <head> has gone to the residue already
    walk(root)
    flush_lines()
    title = root.find(".//title")
    if found_table:
        document = Document(
            parts,
            residue=tuple(residue),
            diagnostics=tuple(diagnostics or ()),
            source=name,
            format="html",
        )
        return keep_unplaced(document, build_plan(document, year=year))
    # A table flattened into text blocks: read the page's text as text.
    page_text = "\n".join(p.text for p in parts if isinstance(p, Block))
    plan = read_text(
        page_text, name=name, layout=layout, year=year, diagnostics=diagnostics, fmt="html"
    )
    extra = tuple(residue)
    if title is not None and title.text_content().strip():
        extra += (Residue(title.text_content().strip(), "page title"),)
    return plan.evolve(residue=extra + plan.residue)


def _innermost(plan_tables: list[Any]) -> set[Any]:
    """The plan tables with no plan table inside them (pages are often laid out with tables)."""
    chosen = set(plan_tables)
    outer = {a for t in plan_tables for a in t.iterancestors("table") if a in chosen}
    return chosen - outer


class _PlanTables:
    """:func:`_is_plan_table`, worked out once per table of a page."""

    def __init__(self) -> None:
        self.seen: dict[Any, bool] = {}

    def __call__(self, table: Any) -> bool:
        found = self.seen.get(table)
        if found is None:
            found = self.seen[table] = _is_plan_table(table)
        return found


def _strip(el: Any, is_plan: _PlanTables, residue: list[Residue], depth: int) -> None:
    """Remove scripts, hidden elements and chrome, keeping their text as residue."""
    if depth > MAX_DEPTH:
        raise ParseError(f"page is nested more than {MAX_DEPTH} elements deep")
    for child in list(el):
        tag = child.tag if isinstance(child.tag, str) else ""
        reason = None
        if not tag:
            reason = "markup"
        elif tag in _DROP_TAGS:
            reason = (
                "script or style"
                if tag in ("script", "style", "noscript", "template")
                else "markup"
            )
        elif _hidden(child):
            reason = "hidden element"
        elif tag in _CHROME_TAGS or (
            tag in ("div", "ul", "ol", "section", "header", "span", "p", "dl", "td", "li")
            and _CHROME_ATTR.search(" ".join([child.get("id", ""), child.get("class", "")]))
            and not child.findall(".//table")
            and not (tag == "td" and _in_plan_table(child, is_plan))
        ):
            reason = REASON_CHROME
        if reason is not None:
            content = child.text_content() if tag else (child.text or "")
            content = " ".join(content.split())
            if content:
                residue.append(Residue(content, reason, Location(line=child.sourceline)))
            # a character reference such as &#7; puts a control character in the
            # tree, and lxml refuses to move it: it is not text, drop it
            tail = child.tail
            parent = child.getparent()
            parent.remove(child)
            if tail:
                prev = parent[-1] if len(parent) else None
                # keep the tail text in place
                if prev is not None:
                    prev.tail = CONTROL_CHARS.sub("", (prev.tail or "") + tail)
                else:
                    parent.text = CONTROL_CHARS.sub("", (parent.text or "") + tail)
            continue
        _strip(child, is_plan, residue, depth + 1)


def _in_plan_table(td: Any, is_plan: _PlanTables) -> bool:
    table = next(td.iterancestors("table"), None)
    return table is not None and is_plan(table)


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if _HIDDEN_STYLE.search(el.get("style", "")):
        return True
    return bool(_HIDDEN_CLASS.search(el.get("class", "")))


def _rows(table: Any) -> list[Any]:
    """The table's own rows (not those of nested tables)."""
    out = []
    for tr in table.iter("tr"):
        parent = tr.getparent()
        while parent is not None and parent.tag != "table":
            parent = parent.getparent()
        if parent is table:
            out.append(tr)
    return out


def _cells_of(tr: Any) -> list[Any]:
    return [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]


def _cell_text(td: Any) -> str:
    chunks: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK_TAGS and tag not in ("td", "th"):
            chunks.append("\n")
        if el.text:
            chunks.append(el.text)
        for c in el:
            walk(c)
        if tag in _BLOCK_TAGS and tag not in ("td", "th"):
            chunks.append("\n")
        if el.tail and el is not td:
            chunks.append(el.tail)

    walk(td)
    lines = [" ".join(ln.split()) for ln in "".join(chunks).split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _is_plan_table(table: Any) -> bool:
    rows = _rows(table)[:12]
    texts = [[_cell_text(c) for c in _cells_of(tr)] for tr in rows]
    if any(_header_roles(r) is not None for r in texts):
        return True
    labelled = 0
    for tr in _rows(table):
        for c in _cells_of(tr):
            lab = parse_label(_cell_text(c))
            if lab is not None and lab.rank >= 2:
                labelled += 1
    return labelled >= 2


def _span(value: str | None, limit: int) -> int:
    """A declared ``rowspan``/``colspan``, clamped as browsers do (HTML: colspan ≤ 1000)."""
    try:
        n = int((value or "1").strip())
    except ValueError:
        return 1
    return max(1, min(n, limit))


class _Occupancy:
    """Which positions of a table earlier rows' ``rowspan`` still cover.

    One number per column (the first row no longer covered), so a row costs
    its width, not the product of its cells' spans; the table's area is
    checked against ``max_cells`` as it grows.
    """

    def __init__(self, n_rows: int, budget: Budget, where: Location) -> None:
        self.until: list[int] = []
        self.n_rows = n_rows
        self.budget = budget
        self.where = where

    def next_free(self, r: int, c: int) -> int:
        while c < len(self.until) and self.until[c] > r:
            c += 1
        return c

    def cover(self, r: int, c: int, rowspan: int, colspan: int) -> None:
        end = c + colspan
        if end > len(self.until):
            self.budget.check(
                "max_cells",
                self.n_rows * end,
                "a table has too many positions (rows × columns)",
                location=self.where,
            )
            self.until.extend([0] * (end - len(self.until)))
        for k in range(c, end):
            self.until[k] = r + rowspan


def _grid(table: Any, tree: Any, budget: Budget) -> tuple[Grid, list[Residue]]:
    """The table as a grid with its true spans, and the text it holds outside its cells."""
    rows = _rows(table)
    where = Location(line=table.sourceline, path=tree.getpath(table))
    occupancy = _Occupancy(len(rows), budget, where)
    max_span = budget.limits.max_span
    cells: list[Cell] = []
    for r, tr in enumerate(rows):
        budget.check_time(Location(line=tr.sourceline))
        c = 0
        for td in _cells_of(tr):
            c = occupancy.next_free(r, c)
            rowspan = min(_span(td.get("rowspan"), max_span), len(rows) - r)
            colspan = _span(td.get("colspan"), max_span)
            occupancy.cover(r, c, rowspan, colspan)
            cells.append(
                Cell(
                    _cell_text(td),
                    r,
                    c,
                    rowspan=max(1, rowspan),
                    colspan=colspan,
                    location=Location(row=r + 1, column=c + 1, line=td.sourceline),
                )
            )
            c += colspan
    return Grid(cells, location=where), _stray_text(table, rows)


def _stray_text(table: Any, rows: list[Any]) -> list[Residue]:
    """Text inside ``<table>`` but in none of its cells: between cells, in a caption, …

    Browsers show it (above the table); the plan has no place for it, so it
    goes to the residue rather than being lost.
    """
    cells = {td for tr in rows for td in _cells_of(tr)}
    out: list[Residue] = []

    def keep(text: str | None, el: Any) -> None:
        if text and text.strip():
            out.append(Residue(" ".join(text.split()), _STRAY, Location(line=el.sourceline)))

    keep(table.text, table)
    stack = list(reversed([c for c in table if isinstance(c.tag, str) or c.tail]))
    while stack:
        el = stack.pop()
        if el not in cells and isinstance(el.tag, str):
            keep(el.text, el)
            stack.extend(reversed(list(el)))
        keep(el.tail, el)
    return out


_STRAY = "text inside a table but outside its cells"
_END_TAGS = re.compile(r"</\s*(?:html|body)\s*>", re.I)


def clean_markup(text: str) -> tuple[str, int]:
    """The page's markup made safe to parse, and how many raw-text tags were taken out.

    Control characters go (they are not text, and lxml refuses them in a tree
    it edits); raw-text tags (``noframes``, ``xmp``, …) injected unclosed
    would swallow the rest of the page; ``</body>`` and ``</html>`` go, as
    browsers show what follows them as part of the body (libxml2 drops text
    after ``</html>``).  Taking one out can join the pieces of another
    (``<<noframes>/html>``), so this runs until nothing changes, a few passes
    at most.
    """
    junk = 0
    for _ in range(8):
        before = text
        text = CONTROL_CHARS.sub("", text)
        junk += len(_RAW_TEXT_TAGS.findall(text))
        text = _END_TAGS.sub("", _RAW_TEXT_TAGS.sub("", text))
        if text == before:
            break
    return text, junk
