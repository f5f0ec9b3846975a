"""Read plans from the PDF files they are published as.

The reader keeps the page geometry that plain extracted text loses: a
table with ruling lines becomes a :class:`~zwgk.document.Grid` whose merged
cells (a section or responsibility spanning several tasks) have their true
spans, worked out from the cell rectangles against the table's row and
column boundaries; a table continued over several pages, its header
repeated, is one grid; a table drawn without lines is rebuilt from the
text positions (column bands from the header row); the text outside tables
(the notice, a prose plan's paragraphs) becomes one
:class:`~zwgk.document.Block` per paragraph.  Page numbers and running
headers go to the residue with their page and reason.

Pages are parsed by PDFium (``pypdfium2``); the tables are found from the
ruling lines by pdfplumber's table finder, and pdfplumber (pdfminer.six)
can parse the pages instead (``engine="pdfplumber"``), with the same
result, more slowly.  Imported only when a PDF is read: ``pip install
'zwgk[pdf]'``.

>>> import zwgk
>>> try:
...     zwgk.read(b"%PDF-1.4 cut short", format="pdf")
... except zwgk.errors.ParseError as exc:
...     print(exc.message)
not a readable PDF (damaged or truncated): No /Root object! - Is this really a PDF?
"""

from __future__ import annotations

import contextlib
import functools
import io
import operator
import re
import time
from collections.abc import Callable, Iterable
from typing import Any

from zwgk._conserve import keep_unplaced
from zwgk._model import Diagnostic, Location, Plan, Residue, Severity
from zwgk.document import Block, Document, Grid
from zwgk.errors import (
    EncryptedDocumentError,
    InputTooLargeError,
    ParseError,
    ScannedDocumentError,
    ZwgkError,
)
from zwgk.lang.vocab import HEADER_FRAGMENTS
from zwgk.plugins import FormatInfo, require
from zwgk.safety import DEFAULT_LIMITS, Budget, dependency_failures, reading
from zwgk_plugins._pdf_extract import CharRecord, PageContent, pages, plumber_page
from zwgk_plugins._pdf_layout import (
    LABEL,
    Char,
    Line,
    PageTable,
    group_lines,
    is_page_number,
    join_lines,
    join_tables,
    paragraphs,
    table_from_cells,
    unruled_table,
)

__all__ = ["DEFAULT_MAX_PAGES", "DEFAULT_TIMEOUT", "ENGINES", "PdfFormat", "read_document"]

DEFAULT_MAX_PAGES = DEFAULT_LIMITS.max_pages
"""PDFs with more pages than this are refused unless ``max_pages`` says otherwise."""

ENGINES = ("pdfium", "pdfplumber")
"""What can parse the pages' content (see :func:`read_document`)."""

DEFAULT_TIMEOUT = DEFAULT_LIMITS.timeout
"""Seconds a read may take before it is abandoned (the whole read, plan building included)."""

# Where pdfminer, pdfplumber and pypdfium2 fail on a damaged file.
_PDF_LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2")

_UPRIGHT = operator.itemgetter(6)  # a record: whether its character is upright
_CHAR_FIELDS = operator.itemgetter(slice(0, 6))  # a record: the fields of its Char
_AS_CHAR = functools.partial(tuple.__new__, Char)  # what Char._make does, without a Python call
_CID = re.compile(r"^\(cid:\d+\)$")
_NOT_PLAIN = re.compile(r"[\s\x00-\x1f\ue000-\uf8ff\ufffd]")
"""A character that a page's records may not hold for them all to be taken as they are:
white space (dropped) or a code :func:`_garbled` calls unusable."""
_HEADER_WORDS = HEADER_FRAGMENTS
_FURNITURE_BAND = 0.08  # the top and bottom 8% of a page hold running headers and footers
_PAGE_NUMBER_BAND = 0.15  # a page number is looked for a little further in


def _garbled(text: str) -> bool:
    """A glyph with no usable Unicode: ``(cid:N)``, a private-use or control code."""
    if len(text) != 1:
        return bool(_CID.match(text))
    o = ord(text)
    return 0xE000 <= o <= 0xF8FF or o < 0x20 or o == 0xFFFD


def _plain(records: list[CharRecord]) -> bool:
    """Whether every record is one upright, visible, readable character (most pages).

    Such a page's records are all kept as they are, which the checks of
    :meth:`_Reader.chars`, one record at a time, would also do.
    """
    texts = [r[0] for r in records]
    joined = "".join(texts)
    return (
        len(joined) == len(texts)
        and "" not in texts
        and all(map(_UPRIGHT, records))
        and not _NOT_PLAIN.search(joined)
    )


class _Reader:
    """One read of one PDF: pages in, a :class:`Document` out."""

    def __init__(self, name: str | None, max_pages: int, timeout: float, budget: Budget) -> None:
        self.name = name
        self.max_pages = max_pages
        self.budget = budget
        self.deadline = time.monotonic() + timeout
        self.timeout = timeout
        self.page: int | None = None
        self.residue: list[Residue] = []
        self.diagnostics: list[Diagnostic] = []
        self.garbled = 0
        self.usable = 0
        self.image_pages: list[int] = []

    def check_time(self, page: int | None = None) -> None:
        where = Location(page=page) if page is not None else None
        self.budget.check_time(where)
        if time.monotonic() > self.deadline:
            raise InputTooLargeError(
                "reading took longer than the time limit (timeout=); "
                "the PDF may be damaged or unusually complex",
                size=int(time.monotonic() - self.deadline + self.timeout),
                limit=int(self.timeout),
                source=self.name,
                location=where,
                limit_name="timeout",
            )

    def where(self) -> Location | None:
        return Location(page=self.page) if self.page is not None else None

    # -- opening -------------------------------------------------------------
    def open(self, data: bytes, password: str | None) -> Any:
        pdfplumber = require("pdfplumber", "pdf", feature="reading PDF")
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
        from pdfplumber.utils.exceptions import PdfminerException

        if not data.lstrip()[:1024].find(b"%PDF") >= 0 and not data.startswith(b"%PDF"):
            raise ParseError("not a PDF (no %PDF header)", source=self.name)
        tried = [password] if password is not None else [""]
        try:
            return pdfplumber.open(io.BytesIO(data), password=tried[0])
        except PdfminerException as exc:
            cause = exc.args[0] if exc.args else exc
            if isinstance(cause, ZwgkError):  # the read's time limit, wrapped by pdfplumber
                raise cause from None
            if isinstance(cause, PDFPasswordIncorrect):
                what = "the given password is wrong" if password else "it needs a password"
                raise EncryptedDocumentError(
                    f"the PDF is encrypted and {what}; pass password=...", source=self.name
                ) from None
            if isinstance(cause, PDFEncryptionError):
                raise EncryptedDocumentError(
                    f"the PDF uses an encryption zwgk cannot open: {cause}", source=self.name
                ) from None
            raise ParseError(
                f"not a readable PDF (damaged or truncated): {cause}", source=self.name
            ) from None

    # -- pages ---------------------------------------------------------------
    def chars(self, records: list[CharRecord], number: int) -> list[Char]:
        if _plain(records):
            plain = list(map(_AS_CHAR, map(_CHAR_FIELDS, records)))
            self.usable += len(plain)
            return plain
        out: list[Char] = []
        bad: list[tuple[str, str]] = []
        for text, x0, x1, top, bottom, size, upright in records:
            if not text or text.isspace():
                continue
            if not upright:
                bad.append((text, "rotated text"))
                continue
            if _garbled(text):
                self.garbled += 1
                bad.append((text, "unreadable glyph (font without a Unicode map)"))
                continue
            out.append(Char(text, x0, x1, top, bottom, size))
        self.usable += len(out)
        if bad:
            by_reason: dict[str, list[str]] = {}
            for text, reason in bad:
                by_reason.setdefault(reason, []).append(text)
            for reason, group in by_reason.items():
                sample = "".join(t if not _CID.match(t) else "\ufffd" for t in group)
                self.residue.append(Residue(sample[:2000], reason, Location(page=number)))
                self.diagnostics.append(
                    Diagnostic(
                        "pdf.unreadable" if "Unicode" in reason else "pdf.rotated",
                        f"{len(group)} characters on page {number}: {reason}",
                        Severity.WARNING,
                        Location(page=number),
                    )
                )
        return out

    def page_tables(
        self,
        found_cells: list[list[tuple[float, float, float, float]]],
        chars: list[Char],
        number: int,
    ) -> tuple[list[PageTable], list[Char]]:
        tables: list[PageTable] = []
        used: set[int] = set()
        for boxes in found_cells:
            if len(boxes) < 2:
                continue
            free = [c for i, c in enumerate(chars) if i not in used]
            index = [i for i in range(len(chars)) if i not in used]
            table, inside = table_from_cells(boxes, free, page=number)
            if table.rows < 2 or len(table.xs) < 3:
                continue  # a framed paragraph or a rule, not a table
            used.update(index[i] for i in inside)
            tables.append(table)
        rest = [c for i, c in enumerate(chars) if i not in used]
        return sorted(tables, key=lambda t: t.top), rest

    def furniture(self, lines: list[Line], height: float, number: int) -> list[Line]:
        """Drop page numbers (to the residue) from the top and bottom bands."""
        kept: list[Line] = []
        for ln in lines:
            in_band = ln.bottom < height * _PAGE_NUMBER_BAND or ln.top > height * (
                1 - _PAGE_NUMBER_BAND
            )
            if in_band and is_page_number(ln.text):
                self.residue.append(Residue(ln.text, "page number", Location(page=number)))
                continue
            kept.append(ln)
        return kept

    # -- the whole document --------------------------------------------------
    def read(self, pdf: Any, contents: Iterable[PageContent] | None = None) -> Document:
        """Read the opened ``pdf``; ``contents`` are its pages read by a faster engine."""
        pages = self._pages(pdf)
        if contents is None:
            contents = (plumber_page(page) for page in pages)
        items: list[tuple[int, float, PageTable | Line]] = []
        page_geom: dict[int, tuple[float, float]] = {}
        ruled_pages: set[int] = set()
        for number, page in enumerate(contents, start=1):
            self.page = number
            self.check_time(number)
            chars = self.chars(page.chars, number)
            if not chars and page.images:
                self.image_pages.append(number)
            tables, rest = self.page_tables(page.tables, chars, number) if chars else ([], [])
            lines = group_lines(rest, page=number)
            lines = self.furniture(lines, page.height, number)
            page_geom[number] = (page.width, page.height)
            if tables:
                ruled_pages.add(number)
            items.extend((number, t.top, t) for t in tables)
            items.extend((number, ln.top, ln) for ln in lines)
        self.page = None
        if self.usable == 0:
            self._no_text(len(pages))
        # running headers go before tables are rebuilt from text positions
        self._running_lines(items, page_geom)
        items = self._text_tables(items, ruled_pages)
        for number in self.image_pages:
            self.diagnostics.append(
                Diagnostic(
                    "pdf.image_page",
                    f"page {number} holds only images (scanned?); its text was not read",
                    Severity.WARNING,
                    Location(page=number),
                )
            )
        items.sort(key=lambda it: (it[0], it[1]))
        return Document(
            self._parts(items),
            residue=self.residue,
            diagnostics=self.diagnostics,
            source=self.name,
            format="pdf",
        )

    def _pages(self, pdf: Any) -> list[Any]:
        from pdfminer.pdftypes import resolve1

        try:
            count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
        except Exception:
            count = None
        if isinstance(count, int) and count > self.max_pages:
            raise InputTooLargeError(
                "the PDF has too many pages",
                size=count,
                limit=self.max_pages,
                source=self.name,
                limit_name="max_pages",
            )
        pages: list[Any] = []
        for page in pdf.pages:
            pages.append(page)
            if len(pages) > self.max_pages:
                raise InputTooLargeError(
                    "the PDF has too many pages",
                    size=len(pages),
                    limit=self.max_pages,
                    source=self.name,
                    limit_name="max_pages",
                )
        if not pages:
            raise ParseError("the PDF has no pages", source=self.name)
        return pages

    def _no_text(self, n_pages: int) -> None:
        if self.garbled:
            raise ParseError(
                f"the PDF's text cannot be decoded: its fonts have no Unicode map "
                f"(ToUnicode), so all {self.garbled} characters come out as glyph "
                "numbers; re-export the PDF with embedded Unicode fonts, or OCR it",
                source=self.name,
            )
        if self.image_pages:
            raise ScannedDocumentError(
                f"the PDF holds only images of text ({len(self.image_pages)} of "
                f"{n_pages} pages are pictures, none has text): it is a scan; "
                "run OCR on it first",
                source=self.name,
            )
        raise ParseError("the PDF has no text on any page", source=self.name)

    def _text_tables(
        self, items: list[tuple[int, float, PageTable | Line]], ruled_pages: set[int]
    ) -> list[tuple[int, float, PageTable | Line]]:
        """Rebuild tables drawn without ruling lines, each over as many pages as it runs."""
        lines = sorted(
            (it for it in items if isinstance(it[2], Line) and it[0] not in ruled_pages),
            key=lambda it: (it[0], it[1]),
        )
        body_lines: list[Line] = [ln for _, _, ln in lines if isinstance(ln, Line)]
        taken: set[int] = set()
        tables: list[tuple[int, float, PageTable | Line]] = []
        i = 0
        while i < len(body_lines):
            self.check_time()
            header = body_lines[i]
            if id(header) in taken or not _is_header(header):
                i += 1
                continue
            rest = body_lines[i + 1 :]
            tail: list[Line] = []
            while rest and rest[0].page == header.page and _header_tail(rest[0], header):
                tail.append(rest.pop(0))
            body: list[Line] = []
            repeated: list[Line] = []
            k = 0
            while k < len(rest):
                ln = rest[k]
                if ln.page != header.page and _is_header(ln):
                    if _same_header(ln, header):
                        repeated.append(ln)  # the header repeated on a later page
                        k += 1
                        while k < len(rest) and _header_tail(rest[k], ln):
                            repeated.append(rest[k])
                            k += 1
                        continue
                    break  # another table
                if ln.page != header.page and ln.page - 1 in ruled_pages:
                    break
                if body and ln.page > body[-1].page + 1:
                    break
                body.append(ln)
                k += 1
            found = unruled_table(header, body, tail=tail) if body else None
            if found is None:
                i += 1
                continue
            table, used = found
            used_ids = {id(ln) for ln in used}
            last_page = table.end_page
            for ln in repeated:
                if ln.page <= last_page:
                    used_ids.add(id(ln))
                    self.residue.append(
                        Residue(ln.text, "table header (repeated)", Location(page=ln.page))
                    )
            for ln in tail:
                self.residue.append(
                    Residue(ln.text, "table header (wrapped)", Location(page=ln.page))
                )
            taken.update(used_ids)
            tables.append((table.page, table.top, table))
            i += 1
        kept = [it for it in items if not (isinstance(it[2], Line) and id(it[2]) in taken)]
        return kept + tables

    def _running_lines(
        self,
        items: list[tuple[int, float, PageTable | Line]],
        geom: dict[int, tuple[float, float]],
    ) -> None:
        """Lines repeated in the same band of several pages are running headers/footers."""
        if len(geom) < 2:
            return
        seen: dict[tuple[str, bool], set[int]] = {}
        for number, _, item in items:
            if isinstance(item, Line):
                height = geom[number][1]
                top = item.bottom < height * _FURNITURE_BAND
                bottom = item.top > height * (1 - _FURNITURE_BAND)
                if top or bottom:
                    key = (re.sub(r"\d+", "#", item.text), top)
                    seen.setdefault(key, set()).add(number)
        running = {k for k, pages in seen.items() if len(pages) >= 2}
        if not running:
            return
        kept = []
        for number, y, item in items:
            if isinstance(item, Line):
                height = geom[number][1]
                top = item.bottom < height * _FURNITURE_BAND
                bottom = item.top > height * (1 - _FURNITURE_BAND)
                if (top or bottom) and (re.sub(r"\d+", "#", item.text), top) in running:
                    self.residue.append(
                        Residue(
                            item.text,
                            "running header" if top else "running footer",
                            Location(page=number),
                        )
                    )
                    continue
            kept.append((number, y, item))
        items[:] = kept

    def _parts(self, items: list[tuple[int, float, PageTable | Line]]) -> list[Block | Grid]:
        parts: list[Block | Grid] = []
        pending: list[Line] = []
        table: PageTable | None = None
        body = [it for _, _, it in items if isinstance(it, Line)]
        left = min((ln.x0 for ln in body), default=0.0)
        right = max((ln.x1 for ln in body), default=0.0)
        body_size = _body_size(body)  # once: it sorts every line of the document

        def flush_lines() -> None:
            self.check_time()
            for group in paragraphs(pending, left=left, right=right):
                text = join_lines(group)
                style = None
                if len(group) and group[0].size > 1.15 * body_size:
                    style = "title"
                page = group[0].page
                parts.append(Block(text, Location(page=page), style))
            pending.clear()

        def flush_table() -> None:
            nonlocal table
            if table is not None:
                parts.append(Grid(tuple(table.cells), location=Location(page=table.page)))
                table = None

        for _, _, item in items:
            if isinstance(item, Line):
                flush_table()  # text after a table ends it
                pending.append(item)
                continue
            if table is not None:
                joined = join_tables(table, item) if item.page == table.end_page + 1 else None
                if joined is not None:
                    if joined is not table:
                        self.diagnostics.append(
                            Diagnostic(
                                "pdf.table_continued",
                                f"the table on page {table.end_page} continues on page "
                                f"{item.page}; read as one table",
                                Severity.INFO,
                                Location(page=item.page),
                            )
                        )
                    table = joined
                    continue
            flush_lines()
            flush_table()
            table = item
        flush_lines()
        flush_table()
        return parts


def _is_header(line: Line) -> bool:
    """A line of at least three cells, two of them header words (序号, 责任单位, …)."""
    from zwgk.lang import to_simplified

    heads = line.segment_texts()
    if len(heads) < 3 or len(line.text) > 60:
        return False
    if any(len(t) > 12 or t[:1].isdigit() for _, _, t in heads):
        return False  # a task row: a serial number, a long cell
    hits = sum(1 for _, _, t in heads if any(w in to_simplified(t) for w in _HEADER_WORDS))
    return hits >= 2


def _same_header(line: Line, header: Line) -> bool:
    a = [t for _, _, t in line.segment_texts()]
    b = [t for _, _, t in header.segment_texts()]
    return a == b or (len(a) == len(b) and sum(x == y for x, y in zip(a, b, strict=True)) >= 2)


def _header_tail(line: Line, header: Line) -> bool:
    """Whether ``line`` is the wrapped rest of header cells (``号`` under ``序``)."""
    if line.top - header.bottom > 0.6 * max(header.size, 1.0):
        return False
    texts = [t for _, _, t in line.segment_texts()]
    return bool(texts) and all(
        len(t) <= 4
        and not t[:1].isdigit()
        and t[:1] not in "一二三四五六七八九十"
        and not LABEL.match(t)  # （单位） under 责任科室 is header, （一） is not
        for t in texts
    )


def _body_size(lines: list[Line]) -> float:
    sizes = sorted(round(ln.size) for ln in lines)
    return float(sizes[len(sizes) // 2]) if sizes else 12.0


def read_document(
    data: bytes,
    *,
    name: str | None = None,
    password: str | None = None,
    max_pages: int | None = None,
    timeout: float | None = None,
    engine: str = "pdfium",
) -> Document:
    """Extract the paragraphs and tables of a PDF as a :class:`~zwgk.document.Document`.

    This is what the ``pdf`` reader hands to :func:`zwgk.build_plan`; call
    it to inspect what the reader saw.  ``password`` opens an encrypted PDF
    (the empty password is tried when none is given); ``max_pages`` and
    ``timeout`` (seconds) bound the work on a damaged or hostile file
    (default: the read's :class:`zwgk.Limits`).
    ``engine`` parses the pages' content: ``pdfium`` (the default, about
    ten times faster) or ``pdfplumber`` (pdfminer.six); both give the same
    characters, ruling lines and so the same document.

    Raises :class:`~zwgk.errors.EncryptedDocumentError`,
    :class:`~zwgk.errors.ScannedDocumentError` (only images, no text),
    :class:`~zwgk.errors.InputTooLargeError` (too many pages, out of time) or
    :class:`~zwgk.errors.ParseError` (damaged, no text, fonts that cannot be
    decoded), with the page where it is known.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    with reading(source=name) as budget:
        reader = _Reader(
            name,
            max_pages if max_pages is not None else budget.limits.max_pages,
            timeout if timeout is not None else budget.limits.timeout,
            budget,
        )
        damaged = "the PDF is damaged"
        with dependency_failures(_PDF_LIBRARIES, damaged, source=name):
            pdf = reader.open(data, password)
        try:
            with dependency_failures(_PDF_LIBRARIES, damaged, source=name, where=reader.where):
                contents = pages(data, password or None, pdf.pages) if engine == "pdfium" else None
                return reader.read(pdf, contents)
        finally:
            with contextlib.suppress(Exception):
                pdf.close()


def _builder() -> Callable[..., Plan]:
    from zwgk.assembly import build_plan

    return build_plan


class PdfFormat:
    """The ``pdf`` reader: a PDF file to a :class:`~zwgk.Plan`.

    Options: ``password`` (encrypted PDFs; the empty password is tried
    first), ``max_pages`` (default 500), ``timeout`` (seconds, default 60),
    ``ocr`` (default true: a scan is read by OCR when the ``ocr`` extra is
    installed), ``year``; anything else goes to :func:`zwgk.build_plan`.
    """

    info = FormatInfo(
        name="pdf",
        description="PDF files (ruled and unruled tables, prose plans), via PDFium and pdfplumber",
        extensions=(".pdf",),
        media_types=("application/pdf",),
        priority=0,
        extra="pdf",
        requires=("pdfplumber", "pypdfium2"),
    )

    def sniff(self, head: bytes, name: str | None) -> float:
        return 1.0 if b"%PDF-" in head[:1024] else 0.0

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> Plan:
        password = options.pop("password", None)
        max_pages = options.pop("max_pages", None)
        timeout = options.pop("timeout", None)
        engine = options.pop("engine", "pdfium")
        year = options.pop("year", None)
        ocr = options.pop("ocr", True)
        try:
            document = read_document(
                data,
                name=name,
                password=password,
                max_pages=max_pages,
                timeout=timeout,
                engine=engine,
            )
        except ScannedDocumentError:
            if not ocr:
                raise
            from zwgk_plugins.image_format import read_scanned_pdf

            document = read_scanned_pdf(
                data, name=name, max_pages=max_pages if max_pages is not None else DEFAULT_MAX_PAGES
            )
        return keep_unplaced(document, _builder()(document, year=year, **options))
