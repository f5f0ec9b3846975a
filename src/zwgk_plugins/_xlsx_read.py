"""XLSX -> :class:`~zwgk.document.Document` (private; see ``xlsx_format``).

openpyxl's read-only mode streams cell values in little memory but does not
report merged ranges, so the ranges are read here from each sheet's XML
(``<mergeCell ref="A3:A7"/>``) with the safe parser, streaming.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
from collections.abc import Iterator
from typing import Any

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.document import Block, Cell, Document, Grid
from zwgk.errors import ParseError
from zwgk.plugins import require
from zwgk.safety import (
    Budget,
    Limits,
    Package,
    dependency_failures,
    open_package,
    parse_xml,
    reading,
)
from zwgk_plugins._office import (
    CHINESE_BUILTIN_DATE_FORMATS,
    header_score,
    merge_header_rows,
    render_date,
)

SS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")
_HEADER_SCAN = 30


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def _parse_ref(ref: str) -> tuple[int, int] | None:
    m = _REF.match(ref.strip().upper())
    if not m:
        return None
    return int(m.group(2)), _col_index(m.group(1))


def sheet_paths(package: Package, source: str | None) -> dict[str, str]:
    """Sheet name -> part name, from ``xl/workbook.xml`` and its relationships."""
    if "xl/workbook.xml" not in package:
        raise ParseError("not an XLSX workbook: no xl/workbook.xml", source=source)
    wb = parse_xml(package.read("xl/workbook.xml"), source=source, part="xl/workbook.xml")
    rels_name = "xl/_rels/workbook.xml.rels"
    targets: dict[str, str] = {}
    if rels_name in package:
        rels = parse_xml(package.read(rels_name), source=source, part=rels_name)
        for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
            target = str(rel.get("Target", ""))
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
            targets[str(rel.get("Id"))] = path
    out: dict[str, str] = {}
    for sheet in wb.iter(f"{{{SS}}}sheet"):
        rid = sheet.get(f"{{{REL}}}id")
        if rid in targets:
            out[str(sheet.get("name"))] = targets[str(rid)]
    return out


def merged_ranges(xml: bytes) -> list[tuple[int, int, int, int]]:
    """(min_row, min_col, max_row, max_col) of every ``mergeCell``, 1-based."""
    return scan_sheet(xml)[0]


Formula = tuple[int, int, str, str | None]
"""(row, column, formula text without ``=``, the saved value or ``None``) of a formula cell."""


def _scan_part(
    package: Any, path: str, source: str | None
) -> tuple[list[tuple[int, int, int, int]], list[Formula]]:
    """:func:`scan_sheet` of one part; malformed XML is a :class:`ParseError` naming the part."""
    from lxml import etree

    try:
        return scan_sheet(package.read(path))
    except etree.XMLSyntaxError as exc:
        raise ParseError(
            f"malformed XML in {path}: {exc}", source=source, location=Location(path=path)
        ) from None


def scan_sheet(xml: bytes) -> tuple[list[tuple[int, int, int, int]], list[Formula]]:
    """A sheet's merged ranges and its formula cells with their saved values.

    Excel saves the last value of every formula beside it; files written by
    programs often do not (openpyxl), or save 0 for every formula
    (xlsxwriter), and then a ``=ROW()-3`` number column reads as empty or
    as zeros.  Shared formulas are expanded to each cell with their relative
    references moved.  Streams the XML with the safe parser.
    """
    from lxml import etree

    ranges: list[tuple[int, int, int, int]] = []
    formulas: list[Formula] = []
    shared: dict[str, tuple[int, int, str]] = {}
    c_tag, f_tag, v_tag, m_tag = (f"{{{SS}}}{t}" for t in ("c", "f", "v", "mergeCell"))
    events = etree.iterparse(
        io.BytesIO(xml),
        events=("end",),
        tag=(c_tag, m_tag),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )
    for _, el in events:
        if el.tag == m_tag:
            ref = str(el.get("ref", ""))
            el.clear()
            a, _, b = ref.partition(":")
            start = _parse_ref(a)
            end = _parse_ref(b or a)
            if start and end:
                r1, c1 = start
                r2, c2 = end
                ranges.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))
            continue
        f = el.find(f_tag)
        if f is not None:
            v = el.find(v_tag)
            pos = _parse_ref(str(el.get("r", "")))
            text = (f.text or "").strip()
            si = f.get("si")
            if pos is not None and f.get("t") == "shared" and si is not None:
                if text:
                    shared[si] = (pos[0], pos[1], text)
                elif si in shared:
                    r0, c0, master = shared[si]
                    text = _shift_refs(master, pos[0] - r0, pos[1] - c0)
            if pos is not None and text:
                saved = (v.text or "").strip() if v is not None else ""
                if el.get("t") in ("str", "inlineStr", "s") and v is not None:
                    saved = saved or '""'  # a text result, even an empty one, was saved
                formulas.append((pos[0], pos[1], text, saved or None))
        el.clear()
        parent = el.getparent()
        if parent is not None:
            while el.getprevious() is not None:
                del parent[0]
    return ranges, formulas


_A1 = re.compile(r"(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])")


def _col_letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _shift_refs(formula: str, drow: int, dcol: int) -> str:
    """Move the relative A1 references of a shared formula to another cell."""

    def move(m: re.Match[str]) -> str:
        col = m.group(2) if m.group(1) else _col_letters(_col_index(m.group(2)) + dcol)
        row = m.group(4) if m.group(3) else str(int(m.group(4)) + drow)
        return f"{m.group(1)}{col}{m.group(3)}{row}"

    return _A1.sub(move, formula)


_TERM = re.compile(
    r"\s*(?P<sign>[+-]?)\s*(?:(?P<fn>ROW|COLUMN)\(\s*(?P<arg>\$?[A-Z]{1,3}\$?\d+)?\s*\)"
    r"|(?P<num>\d+)|(?P<ref>\$?[A-Z]{1,3}\$?\d+))\s*",
    re.I,
)


def evaluate(formula: str, row: int, col: int, value: Any) -> int | None:
    """The value of a simple numbering formula, or ``None`` when it is not one.

    Sums and differences of ``ROW()``, ``COLUMN()``, ``ROW(A5)``, whole
    numbers and references to cells (``value(row, col)`` gives their number,
    or ``None``): ``ROW()-3``, ``A4+1``, ``ROW(A1)``.

    >>> evaluate("ROW()-3", 7, 1, lambda r, c: None)
    4
    >>> evaluate("A4+1", 5, 1, lambda r, c: 1 if (r, c) == (4, 1) else None)
    2
    >>> evaluate("SUM(A1:A3)", 5, 1, lambda r, c: 1) is None
    True
    """
    text = formula.strip().lstrip("=")
    total = 0
    pos = 0
    first = True
    while pos < len(text):
        m = _TERM.match(text, pos)
        if m is None or m.end() == pos or (not first and not m["sign"]):
            return None
        first = False
        if m["fn"]:
            if m["arg"]:
                ref = _parse_ref(m["arg"])
                if ref is None:
                    return None
                n = ref[0] if m["fn"].upper() == "ROW" else ref[1]
            else:
                n = row if m["fn"].upper() == "ROW" else col
        elif m["num"]:
            n = int(m["num"])
        else:
            ref = _parse_ref(m["ref"])
            got = value(*ref) if ref is not None else None
            if not isinstance(got, int):
                return None
            n = got
        total += -n if m["sign"] == "-" else n
        pos = m.end()
    return None if first else total


def cell_text(value: Any, number_format: str) -> str:
    """A cell value as the text a reader of the sheet sees."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) or value.year > 1900:
            return render_date(value.date(), number_format or "")
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return render_date(value, number_format or "")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def _builtin_date_format(cell: Any, value: Any) -> str | None:
    """The Chinese date format of a number cell styled with a locale built-in format.

    Formats 27-36 and 50-58 are not written into the file; openpyxl knows
    them only as ``General`` and gives the date's serial number.
    """
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 1 <= value < 2958466:
        return None
    style = getattr(cell, "style_array", None)
    fmt_id = getattr(style, "numFmtId", None)
    return CHINESE_BUILTIN_DATE_FORMATS.get(fmt_id) if isinstance(fmt_id, int) else None


def _serial_date(value: float, epoch: dt.datetime) -> dt.date:
    """An Excel serial day number as a date (1900 system: day 60 is the fictitious 29 Feb)."""
    days = int(value)
    if epoch.year < 1904 and days < 61:
        days += 1
    return (epoch + dt.timedelta(days=days)).date()


def _sheet_rows(ws: Any) -> Iterator[tuple[int, list[Any]]]:
    """The rows a sheet's XML really holds, as (row number, cells), in file order.

    openpyxl's ``iter_rows`` pads the gaps: one cell at ``XFD1048576`` or a
    row numbered 4294967297 makes it yield billions of empty cells.  Its
    worksheet parser is used directly instead, so the work follows the size
    of the file, not the numbers written in it.
    """
    from openpyxl.cell.read_only import ReadOnlyCell
    from openpyxl.worksheet._reader import WorkSheetParser

    wb = ws.parent
    with ws._get_source() as src:
        parser = WorkSheetParser(
            src,
            ws._shared_strings,
            data_only=wb.data_only,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        for idx, row in parser.parse():
            yield idx, [ReadOnlyCell(ws, **cell) for cell in row]


class _SheetReader:
    """The cells of one sheet as text, within the budget."""

    def __init__(self, ws: Any, budget: Budget, epoch: dt.datetime, count: int) -> None:
        self.ws = ws
        self.title = str(ws.title)
        self.budget = budget
        self.epoch = epoch
        self.count = count  # non-empty cells of the workbook so far

    def where(self, row: int | None = None, column: int | None = None) -> Location:
        return Location(sheet=self.title, row=row, column=column)

    def rows(self) -> Iterator[tuple[int, dict[int, str]]]:
        limits = self.budget.limits
        for r, row in _sheet_rows(self.ws):
            self.budget.check_time(self.where(r))
            self.budget.check(
                "max_rows", r, "a row number is beyond the limit", location=self.where(r)
            )
            values: dict[int, str] = {}
            for cell in row:
                value = getattr(cell, "value", None)
                if value is None:
                    continue
                c = cell.column
                self.budget.check(
                    "max_columns",
                    c,
                    "a column number is beyond the limit",
                    location=self.where(r, c),
                )
                text = self.text(cell, value)
                if len(text) > limits.max_text:
                    text = text[: limits.max_text]
                if text.strip():
                    values[c] = text
                    self.count += 1
            self.budget.check(
                "max_cells", self.count, "the workbook has too many cells", location=self.where(r)
            )
            if values:
                yield r, values

    def text(self, cell: Any, value: Any) -> str:
        number_format = getattr(cell, "number_format", "") or ""
        builtin = _builtin_date_format(cell, value)
        if builtin is not None:
            value, number_format = _serial_date(value, self.epoch), builtin
        return cell_text(value, number_format)


# Where openpyxl's own code (and the XML parsers it calls) fails on a damaged workbook.
_OPENPYXL = ("openpyxl", "et_xmlfile", "defusedxml")


def read_document(
    data: bytes, *, name: str | None = None, limits: Limits | None = None
) -> Document:
    with reading(limits, source=name) as budget:
        package = open_package(data, source=name, limits=budget.limits, what="XLSX workbook")
        paths = sheet_paths(package, name)
        openpyxl = require("openpyxl", "xlsx", feature="XLSX files")
        with dependency_failures(_OPENPYXL, "not a readable XLSX workbook", source=name):
            wb = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
        try:
            sheets, sheet_formulas = _read_sheets(wb, package, paths, budget, name)
        finally:
            wb.close()
    residue: list[Residue] = []
    diagnostics: list[Diagnostic] = []
    placeholders = _placeholder_values(sheet_formulas)
    if placeholders:
        diagnostics.append(
            Diagnostic(
                "xlsx.placeholder-values",
                "every formula in the workbook was saved with the value 0 (written by a "
                "program, not calculated by a spreadsheet); the values were ignored",
                Severity.WARNING,
            )
        )
    for (title, _state, table, _ranges), formulas in zip(sheets, sheet_formulas, strict=True):
        _fill_formulas(title, table, formulas, residue, diagnostics, placeholders=placeholders)
    return _document(sheets, name, residue, diagnostics, budget)


_Sheet = tuple[str, str, dict[tuple[int, int], str], list[Any]]


def _read_sheets(
    wb: Any, package: Package, paths: dict[str, str], budget: Budget, name: str | None
) -> tuple[list[_Sheet], list[list[Formula]]]:
    sheets: list[_Sheet] = []
    sheet_formulas: list[list[Formula]] = []
    count = 0
    for ws in wb.worksheets:
        reader = _SheetReader(ws, budget, _epoch(wb), count)
        state = str(getattr(ws, "sheet_state", "visible"))
        table: dict[tuple[int, int], str] = {}
        with dependency_failures(
            _OPENPYXL, "not a readable XLSX workbook", source=name, where=reader.where
        ):
            for r, values in reader.rows():
                for c, text in values.items():
                    table[(r, c)] = text
        count = reader.count
        path = paths.get(reader.title)
        ranges, formulas = _scan_part(package, path, name) if path and path in package else ([], [])
        sheets.append((reader.title, state, table, ranges))
        sheet_formulas.append(formulas)
    return sheets, sheet_formulas


def _epoch(wb: Any) -> dt.datetime:
    epoch = getattr(wb, "epoch", None)
    return epoch if isinstance(epoch, dt.datetime) else dt.datetime(1899, 12, 30)


def _placeholder_values(sheet_formulas: list[list[Formula]]) -> bool:
    """Whether the saved formula values are placeholders, not results.

    Programs such as xlsxwriter save ``0`` as the value of every formula
    unless told otherwise; a spreadsheet that calculated them would not give
    every formula of a workbook (a numbering column, status texts) the value 0.
    """
    saved = [f[3] for formulas in sheet_formulas for f in formulas]
    return len(saved) >= 2 and all(v == "0" for v in saved)


def _fill_formulas(
    title: str,
    table: dict[tuple[int, int], str],
    formulas: list[Formula],
    residue: list[Residue],
    diagnostics: list[Diagnostic],
    *,
    placeholders: bool = False,
) -> None:
    """Give formula cells the value of their formula where the saved one is missing
    or wrong.

    Numbering formulas (``=ROW()-3``, ``=A4+1``) are worked out — their value
    does not depend on anything a spreadsheet would know better — and replace
    a missing, placeholder or stale saved value.  Any other formula without a
    real saved value is kept as residue, since the value a spreadsheet would
    show is unknown.
    """

    def value(r: int, c: int) -> int | None:
        text = table.get((r, c), "").strip().rstrip(".．、")
        return int(text) if text.isdigit() else None

    done = 0
    for r, c, formula, saved in sorted(formulas, key=lambda f: (f[0], f[1])):
        missing = saved is None or placeholders
        result = evaluate(formula, r, c, value)
        if result is None:
            if missing:
                table.pop((r, c), None)
                residue.append(
                    Residue(
                        f"={formula}",
                        "formula saved without its value (not worked out)",
                        Location(sheet=title, row=r, column=c),
                    )
                )
            continue
        if table.get((r, c)) != str(result):
            table[(r, c)] = str(result)
            done += 1
    if done:
        diagnostics.append(
            Diagnostic(
                "xlsx.formula-values",
                f"sheet {title!r}: {done} formula cell(s) had no saved value or a wrong one; "
                "their numbering formulas (=ROW()-3, =A4+1) were worked out",
                Severity.INFO,
                Location(sheet=title),
            )
        )


def _header_row(table: dict[tuple[int, int], str]) -> int | None:
    rows: dict[int, list[str]] = {}
    for (r, _c), text in table.items():
        rows.setdefault(r, []).append(text)
    for r in sorted(rows)[:_HEADER_SCAN]:
        if header_score(rows[r]) >= 2:
            return r
    return None


def _document(
    sheets: list[tuple[str, str, dict[tuple[int, int], str], list[Any]]],
    source: str | None,
    residue: list[Residue],
    diagnostics: list[Diagnostic],
    budget: Budget,
) -> Document:
    parts: list[Block | Grid] = []
    headers = {title: _header_row(table) for title, _s, table, _r in sheets}
    # a sheet with the plan's header and nothing under it (a blank template,
    # often hidden) is not the plan when another sheet has rows under its header
    filled = {
        title
        for title, _s, table, _r in sheets
        if headers[title] is not None and any(r > (headers[title] or 0) for r, _c in table)
    }
    if filled:
        empty = {t for t, h in headers.items() if h is not None and t not in filled}
        for title in empty:
            headers[title] = None
            diagnostics.append(
                Diagnostic(
                    "xlsx.empty-table",
                    f"sheet {title!r} has a plan header but no rows under it "
                    "(a blank template?); kept in the residue",
                    Severity.INFO,
                    Location(sheet=title),
                )
            )
    any_plan = any(h is not None for h in headers.values())
    first_data = next((title for title, _s, table, _r in sheets if table), None)
    for title, state, table, ranges in sheets:
        if not table:
            continue
        header = headers[title]
        if header is None and (any_plan or title != first_data):
            for r in sorted({r for r, _ in table}):
                text = "\t".join(table[(r, c)] for c in sorted(c for rr, c in table if rr == r))
                residue.append(
                    Residue(
                        text,
                        f"sheet {title!r} holds no plan table (no header row with "
                        "序号/具体要求/责任单位/… and rows under it)",
                        Location(sheet=title, row=r),
                    )
                )
            continue
        if state != "visible":
            diagnostics.append(
                Diagnostic(
                    "xlsx.hidden-sheet",
                    f"sheet {title!r} is hidden ({state}) but holds a plan table; it was read",
                    Severity.INFO,
                    Location(sheet=title),
                )
            )
        start = header if header is not None else min(r for r, _ in table)
        # rows above the header: title, 文号, date … as blocks
        # one block per cell: a row such as 填报单位：… | 填报日期：… holds separate statements
        for r, c in sorted(k for k in table if k[0] < start):
            parts.append(
                Block(
                    table[(r, c)],
                    location=Location(sheet=title, row=r, column=c),
                    style="sheet-title",
                )
            )
        footer = _footer_rows(table, ranges, start)
        body = {k: v for k, v in table.items() if k[0] not in footer} if footer else table
        grid, hidden = _grid(title, body, ranges, start, budget)
        parts.append(merge_header_rows(grid))
        residue.extend(hidden)
        for r, c in sorted(k for k in table if k[0] in footer):
            parts.append(
                Block(
                    table[(r, c)],
                    location=Location(sheet=title, row=r, column=c),
                    style="sheet-footer",
                )
            )
    return Document(
        tuple(parts),
        residue=tuple(residue),
        diagnostics=tuple(diagnostics),
        source=source,
        format="xlsx",
    )


_FORM_FIELD = re.compile(r"^[^：:\n]{1,10}[：:]")


def _footer_rows(table: dict[tuple[int, int], str], ranges: list[Any], start: int) -> set[int]:
    """The rows under a sheet's table that are a form's fields, not tasks.

    A sheet often ends with ``填表人： | 联系电话：`` or ``审核：`` lines;
    read as table rows they would become tasks.  Trailing rows whose every
    cell is such a ``name：`` field (and that no merged range joins to the
    table) are taken out.
    """
    rows: dict[int, list[str]] = {}
    for (r, _c), text in table.items():
        if r > start:
            rows.setdefault(r, []).append(text)
    merged_rows = {r for r1, _c1, r2, _c2 in ranges if r2 > r1 for r in range(r1, r2 + 1)}
    footer: set[int] = set()
    for r in sorted(rows, reverse=True):
        if r in merged_rows or not all(_FORM_FIELD.match(t.strip()) for t in rows[r]):
            break
        footer.add(r)
    return footer if len(footer) < len(rows) else set()


def _grid(
    title: str, table: dict[tuple[int, int], str], ranges: list[Any], start: int, budget: Budget
) -> tuple[Grid, list[Residue]]:
    keys = [k for k in table if k[0] >= start]
    max_row = max(r for r, _ in keys)
    min_col = min(c for _, c in keys)
    max_col = max(c for _, c in keys)
    where = Location(sheet=title, row=start)
    area = (max_row - start + 1) * (max_col - min_col + 1)
    budget.check("max_cells", area, "the sheet's table has too many positions (rows × columns)",
                 location=where)  # fmt: skip
    merged = 0
    covered: dict[tuple[int, int], tuple[int, int]] = {}  # position -> anchor
    spans: dict[tuple[int, int], tuple[int, int]] = {}  # anchor -> (rowspan, colspan)
    for r1, c1, r2, c2 in ranges:
        if r2 < start or c2 < min_col or c1 > max_col:
            continue
        r1 = max(r1, start)
        if r1 > max_row:
            continue
        r2 = min(r2, max_row)
        c1 = max(c1, min_col)
        c2 = min(c2, max_col)
        if (r1, c1) in covered:
            continue
        merged += (r2 - r1 + 1) * (c2 - c1 + 1)
        budget.check("max_cells", merged, "the sheet's merged ranges cover too many positions",
                     location=where)  # fmt: skip
        spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                covered.setdefault((r, c), (r1, c1))
    cells: list[Cell] = []
    hidden: list[Residue] = []
    for r in range(start, max_row + 1):
        budget.check_time(Location(sheet=title, row=r))
        for c in range(min_col, max_col + 1):
            anchor = covered.get((r, c))
            if anchor is not None and anchor != (r, c):
                if (r, c) in table:
                    hidden.append(
                        Residue(
                            table[(r, c)],
                            "text in a merged range outside its first cell (Excel hides it)",
                            Location(sheet=title, row=r, column=c),
                        )
                    )
                continue
            rowspan, colspan = spans.get((r, c), (1, 1))
            cells.append(
                Cell(
                    table.get((r, c), ""),
                    r - start,
                    c - min_col,
                    rowspan,
                    colspan,
                    Location(sheet=title, row=r, column=c),
                )
            )
    return Grid(tuple(cells), location=Location(sheet=title, row=start), name=title), hidden
