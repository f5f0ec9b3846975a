"""DOCX -> :class:`~zwgk.document.Document` (private; see ``docx_format``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.document import Block, Cell, Document, Grid
from zwgk.errors import ParseError, UnsafeInputError
from zwgk.lang.responsibility import says_bold_leads
from zwgk.safety import Budget, Limits, Package, open_package, parse_xml, reading
from zwgk_plugins._numbering import Numbering
from zwgk_plugins._office import merge_header_rows, split_title_rows

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


T, P, TBL, TR, TC, R = q("t"), q("p"), q("tbl"), q("tr"), q("tc"), q("r")
SDT, SDT_CONTENT, CUSTOM_XML = q("sdt"), q("sdtContent"), q("customXml")
INS, DEL, MOVE_TO, MOVE_FROM = q("ins"), q("del"), q("moveTo"), q("moveFrom")
TAB, BR, CR, PTAB = q("tab"), q("br"), q("cr"), q("ptab")
NB_HYPHEN = q("noBreakHyphen")
TC_PR, TR_PR, P_PR = q("tcPr"), q("trPr"), q("pPr")
VAL = q("val")
FALLBACK = f"{{{MC}}}Fallback"
ALT = f"{{{MC}}}AlternateContent"
CHOICE = f"{{{MC}}}Choice"
# Subtrees whose text is not content: deleted and moved-away revisions, the
# fallback copy of alternate content, properties.
_SKIP = frozenset({DEL, MOVE_FROM, FALLBACK, P_PR, q("rPr"), TC_PR, TR_PR, q("tblPr")})
# Wrappers whose children are ordinary content.
_WRAPPERS = frozenset({SDT_CONTENT, CUSTOM_XML, INS, MOVE_TO, ALT, CHOICE, q("smartTag")})


class _Reader:
    def __init__(self, package: Package, body: Any, budget: Budget, source: str | None) -> None:
        self.budget = budget
        self.limits = budget.limits
        self.chars = 0
        self.source = source
        self.body = body
        self.placed: set[Any] = set()
        self.residue: list[Residue] = []
        self.diagnostics: list[Diagnostic] = []
        self.numbering = Numbering.from_package(package, source=source)
        # bold kept in table cells (``**财务科**``) where the text says bold leads
        self.bold = says_bold_leads("".join(t.text or "" for t in body.iter(T)))
        self.n_par = 0
        self.n_tbl = 0

    # -- text ---------------------------------------------------------------
    def para_text(self, p: Any, *, bold: bool = False) -> str:
        out: list[str] = []
        self._collect(p, out, 0, bold=bold)
        text = "".join(out)
        if bold:  # (bold runs side by side are one bold name)
            text = text.replace(_BOLD + _BOLD, "")
        label = self.numbering.label(p)
        if label:
            text = label + text
        self.chars += len(text)
        self.budget.check("max_chars", self.chars, "the document holds too much text")
        return self._cap(text)

    def _collect(self, el: Any, out: list[str], depth: int, *, bold: bool = False) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if bold and tag == R and _bold_run(child):
                inner: list[str] = []
                self._collect(child, inner, depth + 1)
                text = "".join(inner)
                out.append(f"{_BOLD}{text}{_BOLD}" if text.strip() else text)
            elif tag == T:
                self.placed.add(child)
                out.append(child.text or "")
            elif tag in (TAB, PTAB):
                out.append("\t")
            elif tag in (BR, CR):
                kind = child.get(q("type"))
                if kind not in ("page", "column"):
                    out.append("\n")
            elif tag == NB_HYPHEN:
                out.append("-")
            elif tag == P:
                # a paragraph inside a text box or similar
                if out and not out[-1].endswith("\n"):
                    out.append("\n")
                self._collect(child, out, depth + 1)
            elif tag == TBL:
                if out and not out[-1].endswith("\n"):
                    out.append("\n")
                out.append(self.table_text(child, depth + 1))
            else:
                self._collect(child, out, depth + 1)

    def _cap(self, text: str) -> str:
        if len(text) > self.limits.max_text:
            self.diagnostics.append(
                Diagnostic(
                    "docx.text-truncated",
                    f"a paragraph or cell of {len(text)} characters was cut to "
                    f"{self.limits.max_text}",
                    Severity.ERROR,
                )
            )
            return text[: self.limits.max_text]
        return text

    def table_text(self, tbl: Any, depth: int) -> str:
        """A nested table flattened to lines: one line per row, cells by tabs."""
        if depth > self.limits.max_depth:
            raise UnsafeInputError(
                f"tables nested more than {self.limits.max_depth} levels deep",
                source=self.source,
            )
        lines = []
        for tr in _children(tbl, TR):
            cells = []
            for tc in _children(tr, TC):
                cells.append(self.cell_text(tc, depth))
            lines.append("\t".join(c.replace("\n", " ") for c in cells))
        return "\n".join(lines)

    def cell_text(self, tc: Any, depth: int) -> str:
        parts: list[str] = []
        for kind, el in _items(tc):
            if kind == "p":
                parts.append(self.para_text(el, bold=self.bold))
            else:
                self.diagnostics.append(
                    Diagnostic(
                        "docx.nested-table",
                        "a table inside a table cell was flattened into the cell's text",
                        Severity.INFO,
                    )
                )
                parts.append(self.table_text(el, depth + 1))
        while parts and not parts[-1].strip():
            parts.pop()
        return self._cap(_bold_in_part("\n".join(parts)))

    # -- tables ---------------------------------------------------------------
    def grid(self, tbl: Any, index: int, depth: int) -> Grid:
        cells: list[list[Any]] = []  # [text, row, col, rowspan, colspan, loc]
        open_cols: dict[int, list[Any]] = {}
        width = 0
        for r, tr in enumerate(_children(tbl, TR)):
            self.budget.check_time(Location(row=r + 1, path=f"table[{index}]"))
            trpr = tr.find(TR_PR)
            col = self._span(trpr, "gridBefore", 0, index, r)
            prev: list[Any] | None = None
            for tc in _children(tr, TC):
                tcpr = tc.find(TC_PR)
                span = max(1, self._span(tcpr, "gridSpan", 1, index, r))
                vm = tcpr.find(q("vMerge")) if tcpr is not None else None
                hm = tcpr.find(q("hMerge")) if tcpr is not None else None
                text = self.cell_text(tc, depth)
                loc = Location(row=r + 1, column=col + 1, path=f"table[{index}]")
                if hm is not None and hm.get(VAL) != "restart" and prev is not None:
                    prev[4] += span
                    if text.strip():
                        prev[0] = f"{prev[0]}\n{text}" if prev[0] else text
                    col += span
                    continue
                if vm is not None and vm.get(VAL) != "restart" and col in open_cols:
                    rec = open_cols[col]
                    if rec[1] + rec[3] == r:
                        rec[3] += 1
                        if text.strip():
                            self.residue.append(
                                Residue(
                                    text,
                                    "text in a vertically merged continuation cell (Word hides it)",
                                    loc,
                                )
                            )
                        prev = rec
                        col += span
                        continue
                rec = [text, r, col, 1, span, loc]
                cells.append(rec)
                for k in range(col, col + span):
                    open_cols.pop(k, None)
                if vm is not None:
                    open_cols[col] = rec
                prev = rec
                col += span
                self._check_width(col, r, index)
            width = max(width, col)
            self.budget.check(
                "max_cells",
                (r + 1) * width,
                "a table has too many positions (rows × columns)",
                location=Location(row=r + 1, path=f"table[{index}]"),
            )
            # a column not continued in this row closes its merge
            for k, rec in list(open_cols.items()):
                if rec[1] + rec[3] <= r:
                    del open_cols[k]
        return Grid(
            tuple(Cell(t, row, c, rs, cs, loc) for t, row, c, rs, cs, loc in cells),
            location=Location(path=f"table[{index}]"),
        )

    def _span(self, props: Any, tag: str, default: int, index: int, r: int) -> int:
        """A declared ``w:gridSpan``/``w:gridBefore``, checked against ``max_span``."""
        value = _int_val(props.find(q(tag)) if props is not None else None, default)
        self.budget.check(
            "max_span",
            value,
            f"a table cell declares w:{tag}={value}",
            location=Location(row=r + 1, path=f"table[{index}]"),
        )
        return max(0, value)

    def _check_width(self, col: int, r: int, index: int) -> None:
        self.budget.check(
            "max_columns",
            col,
            "a table row is wider than the column limit",
            location=Location(row=r + 1, path=f"table[{index}]"),
        )

    # -- body -----------------------------------------------------------------
    def document(self) -> Document:
        parts: list[Block | Grid] = []
        pending_gap = True  # only empty paragraphs since the last table
        self._walk(self.body, parts, 0)
        # merge a table continued after a page break (same width, only blank
        # paragraphs between) into one grid, so repeated header rows and
        # spans over the break are seen by the builder
        merged: list[Block | Grid] = []
        last_grid: int | None = None
        for part in parts:
            if isinstance(part, Grid):
                if last_grid is not None and pending_gap:
                    prev = merged[last_grid]
                    assert isinstance(prev, Grid)
                    if prev.n_cols == part.n_cols and part.n_cols > 1:
                        offset = prev.n_rows
                        merged[last_grid] = Grid(
                            prev.cells
                            + tuple(
                                Cell(
                                    c.text, c.row + offset, c.col, c.rowspan, c.colspan, c.location
                                )
                                for c in part.cells
                            ),
                            location=prev.location,
                        )
                        continue
                merged.append(part)
                last_grid = len(merged) - 1
                pending_gap = True
            else:
                if part.text.strip():
                    pending_gap = False
                    merged.append(part)
        out: list[Block | Grid] = []
        for part in merged:
            if isinstance(part, Grid):
                blocks, grid = split_title_rows(part)
                out.extend(blocks)
                out.append(merge_header_rows(grid))
            else:
                out.append(part)
        self._check_unplaced()
        return Document(
            tuple(out),
            residue=tuple(self.residue),
            diagnostics=tuple(self.diagnostics),
            source=self.source,
            format="docx",
        )

    def _walk(self, container: Any, parts: list[Block | Grid], depth: int) -> None:
        for kind, el in _items(container):
            self.budget.check_time(Location(path=f"p[{self.n_par}]"))
            if kind == "p":
                self.n_par += 1
                text = self.para_text(el)
                style = _style(el)
                parts.append(Block(text, location=Location(path=f"p[{self.n_par}]"), style=style))
                continue
            self.n_tbl += 1
            rows = list(_children(el, TR))
            cells = [list(_children(tr, TC)) for tr in rows]
            if len(rows) == 1 and len(cells[0]) == 1:
                # a one-cell layout table: its content is ordinary body content
                if depth >= self.limits.max_depth:
                    raise UnsafeInputError(
                        f"tables nested more than {self.limits.max_depth} levels deep",
                        source=self.source,
                    )
                self._walk(cells[0][0], parts, depth + 1)
                continue
            parts.append(self.grid(el, self.n_tbl, depth))

    def _check_unplaced(self) -> None:
        missed: list[str] = []
        for t in self.body.iter(T):
            if t in self.placed or not (t.text or "").strip():
                continue
            if any(a.tag in (DEL, MOVE_FROM, FALLBACK) for a in t.iterancestors()):
                continue
            missed.append(t.text or "")
        if missed:
            text = "".join(missed)
            self.residue.append(Residue(text, "docx text outside the paragraphs and tables read"))
            self.diagnostics.append(
                Diagnostic(
                    "docx.unplaced-text",
                    f"{len(missed)} text run(s) ({len(text)} characters) were not in any "
                    "paragraph or table the reader walked; kept as residue",
                )
            )


_BOLD = "**"  # how a bold run of a cell is kept: Markdown's bold, as the text reader reads it


def _bold_run(r: Any) -> bool:
    """Whether the run ``r`` is set in bold by its own properties."""
    props = r.find(q("rPr"))
    b = props.find(q("b")) if props is not None else None
    return b is not None and b.get(VAL) not in ("0", "false", "off")


def _bold_in_part(text: str) -> str:
    """A cell's text with its bold kept only where part of it is bold: a
    cell bold whole (a header, a category) is read as its text."""
    core = text.strip()
    whole = core.startswith(_BOLD) and core.endswith(_BOLD) and core.count(_BOLD) == 2
    return text.replace(_BOLD, "") if whole else text


def _children(el: Any, tag: str) -> Iterator[Any]:
    """Children with ``tag``, looking through content controls and revision wrappers."""
    for child in el:
        t = child.tag
        if t == tag:
            yield child
        elif t == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif t in _WRAPPERS:
            yield from _children(child, tag)


def _items(container: Any) -> Iterator[tuple[str, Any]]:
    """Block-level paragraphs and tables of a body or cell, in order."""
    for child in container:
        t = child.tag
        if t == P:
            yield "p", child
        elif t == TBL:
            yield "tbl", child
        elif t == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _items(content)
        elif t in _WRAPPERS:
            yield from _items(child)


def _int_val(el: Any, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(VAL, default))
    except (TypeError, ValueError):
        return default


def _style(p: Any) -> str | None:
    ppr = p.find(P_PR)
    if ppr is None:
        return None
    st = ppr.find(q("pStyle"))
    if st is None:
        return None
    value = st.get(VAL)
    return value if isinstance(value, str) else None


def read_document(
    data: bytes, *, name: str | None = None, limits: Limits | None = None
) -> Document:
    """Extract the paragraphs and tables of a DOCX file (checked for safety first).

    The package is checked by :func:`~zwgk.safety.open_package`, and the main
    part is parsed with the safe parser: no other XML parser sees it.
    """
    with reading(limits, source=name) as budget:
        package = open_package(data, source=name, limits=budget.limits, what="DOCX document")
        main = "word/document.xml" if "word/document.xml" in package else _main_part(package, name)
        if main not in package:
            raise ParseError(
                f"not a readable DOCX document: the main part {main!r} named in "
                "[Content_Types].xml is missing from the archive",
                source=name,
                location=Location(path=main),
            )
        root = parse_xml(package.read(main), source=name, part=main)
        body = root.find(q("body"))
        if body is None:
            raise ParseError(
                "not a readable DOCX document: the main part has no <w:body>",
                source=name,
                location=Location(path=main),
            )
        document = _Reader(package, body, budget, name).document()
        notes = _annotations(package, name)
    if not notes:
        return document
    return Document(
        document.parts,
        residue=document.residue + tuple(notes),
        diagnostics=document.diagnostics,
        source=document.source,
        format=document.format,
    )


# parts holding text that is about the document rather than in its flow
_NOTE_PARTS = (
    ("word/comments.xml", "comment", "a comment"),
    ("word/footnotes.xml", "footnote", "a footnote"),
    ("word/endnotes.xml", "endnote", "an endnote"),
)


def _annotations(package: Package, name: str | None) -> list[Residue]:
    """Comments, footnotes and endnotes, kept as residue (not plan content, not lost)."""
    out: list[Residue] = []
    for part, tag, what in _NOTE_PARTS:
        if part not in package:
            continue
        root = parse_xml(package.read(part), source=name, part=part)
        for note in root.iter(q(tag)):
            if note.get(q("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = "".join(t.text or "" for t in note.iter(T)).strip()
            if not text:
                continue
            author = note.get(q("author"))
            reason = f"{what} by {author}" if author else what
            out.append(Residue(text, reason, Location(path=f"{part}#{note.get(q('id'))}")))
    return out


def _main_part(package: Package, name: str | None) -> str:
    if "[Content_Types].xml" not in package:
        raise ParseError("not a DOCX document: no [Content_Types].xml", source=name)
    root = parse_xml(package.read("[Content_Types].xml"), source=name, part="[Content_Types].xml")
    for el in root:
        ctype = el.get("ContentType", "")
        if "wordprocessingml.document.main" in ctype:
            return str(el.get("PartName", "")).lstrip("/")
    raise ParseError("not a DOCX document: no main document part", source=name)
