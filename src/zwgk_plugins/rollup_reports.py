"""Reports for roll-ups (XLSX, HTML, JSON) and for check findings (JSON, text).

Registered as the writers ``xlsx-rollup``, ``html-rollup``, ``json-rollup``
(format names ``xlsx``, ``html``, ``json`` for the kind ``rollup``) and
``json-findings``, ``text-findings`` (``json``, ``text`` for the kind
``findings``)::

    zwgk.write(zwgk.rollup(city, bureaus), "coverage.xlsx")
    zwgk.write(zwgk.check(plan), format="json")
"""

from __future__ import annotations

import html
import io
import os
import re
from collections import Counter
from collections.abc import Sequence
from typing import IO, Any

from zwgk.cascade import Finding, Rollup
from zwgk.errors import WriteError
from zwgk.lang.labels import check_lang, place, word
from zwgk.plugins import FormatInfo, require
from zwgk.serde import dump_json, reading_text, to_data

__all__ = [
    "KIND_COLOURS",
    "MATRIX_LIMIT",
    "FindingsJson",
    "FindingsText",
    "RollupHtml",
    "RollupJson",
    "RollupXlsx",
    "relative_sources",
    "unique_names",
]

VERSION = 1

KIND_COLOURS = {
    "same": "C6EFCE",
    "reworded": "E2EFDA",
    "split": "DDEBF7",
    "merged": "FFF2CC",
    "dropped": "FFC7CE",
}
"""Background colour (RGB hex) of each coverage kind in the XLSX and HTML reports."""

MATRIX_LIMIT = 30
"""Up to this many child plans the matrix has a column per child; beyond it, a row per child."""


def _options(options: dict[str, Any]) -> str:
    """Check a report's options; return its language (``lang``, default ``zh``)."""
    lang = options.pop("lang", "zh")
    _no_options(options)
    try:
        return check_lang(lang)
    except ValueError as exc:
        raise WriteError(str(exc)) from None


def _kind_word(kind: str, lang: str) -> str:
    """A roll-up cell's word: a parent task a child did not take over is 未纳入, not 删减."""
    return word("not-taken" if kind == "dropped" else kind, lang)


def _no_options(options: dict[str, Any]) -> None:
    if options:
        raise TypeError(f"unexpected keyword argument {next(iter(options))!r}")


def _need_rollup(obj: Any, fmt: str) -> Rollup:
    if not isinstance(obj, Rollup):
        raise WriteError(f"the {fmt} roll-up report writes a Rollup, not {type(obj).__name__}")
    return obj


def _need_findings(obj: Any, fmt: str) -> list[Finding]:
    if not isinstance(obj, list | tuple) or not all(isinstance(f, Finding) for f in obj):
        raise WriteError(f"the {fmt} findings report writes a list of Finding values")
    return list(obj)


def _cell_text(cell_kind: str, units: Sequence[str], refs: Sequence[str], lang: str) -> str:
    head = _kind_word(cell_kind, lang)
    if refs:
        head += " " + "、".join(refs)
    return head + ("\n" + "、".join(units) if units else "")


def unique_names(names: Sequence[str]) -> list[str]:
    """``names`` with repeats told apart by a number: ``甲局``, ``甲局（2）``.

    >>> unique_names(["甲局", "乙局", "甲局"])
    ['甲局', '乙局', '甲局（2）']
    """
    seen: Counter[str] = Counter()
    out = []
    for name in names:
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name}（{seen[name]}）")
    return out


def relative_sources(sources: Sequence[str | None]) -> list[str]:
    """Each source path relative to the folder all of them share.

    >>> relative_sources(["/data/2021/a.docx", "/data/2021/sub/b.pdf", None])
    ['a.docx', 'sub/b.pdf', '']
    """
    paths = [s for s in sources if s]
    if not paths:
        return ["" for _ in sources]
    dirs = [os.path.dirname(os.path.abspath(p)) for p in paths]
    try:
        base = os.path.commonpath(dirs)
    except ValueError:  # different drives
        return [s or "" for s in sources]
    return [os.path.relpath(os.path.abspath(s), base) if s else "" for s in sources]


# ---------------------------------------------------------------------------
# XLSX

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xl(value: Any) -> Any:
    """A value safe for a cell: no control characters, never a formula, within limits."""
    if not isinstance(value, str):
        return value
    value = _ILLEGAL.sub("\ufffd", value)
    if len(value) > 32767:
        value = value[:32766] + "…"
    return value


def _put(ws: Any, row: int, col: int, value: Any) -> Any:
    cell = ws.cell(row=row, column=col, value=_xl(value))
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text that looks like a formula stays text
    return cell


def _print_setup(ws: Any, title_rows: str, title_cols: str | None = None) -> None:
    """A4 landscape, one page wide, the header rows (and columns) on every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols


class _Book:
    """The styles of one roll-up workbook."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.styles = require("openpyxl.styles", "xlsx", feature="XLSX roll-up reports")
        self.utils = require("openpyxl.utils", "xlsx", feature="XLSX roll-up reports")
        self.bold = self.styles.Font(bold=True)
        self.wrap = self.styles.Alignment(wrap_text=True, vertical="top")
        self.fills = {
            k: self.styles.PatternFill(fill_type="solid", start_color=c, end_color=c)
            for k, c in KIND_COLOURS.items()
        }

    def header(self, ws: Any, values: Sequence[Any]) -> None:
        for col, value in enumerate(values, start=1):
            cell = _put(ws, 1, col, value)
            cell.font = self.bold
            cell.alignment = self.wrap
        ws.freeze_panes = "B2"

    def width(self, ws: Any, col: int, width: float) -> None:
        ws.column_dimensions[self.utils.get_column_letter(col)].width = width

    def heights(self, ws: Any) -> None:
        """Borders, and row heights that show every wrapped line (else one line is printed)."""
        from zwgk_plugins._xlsx_write import row_height

        widths = [
            float(ws.column_dimensions[self.utils.get_column_letter(k)].width or 13)
            for k in range(1, ws.max_column + 1)
        ]
        thin = self.styles.Side(style="thin", color="808080")
        border = self.styles.Border(left=thin, right=thin, top=thin, bottom=thin)
        for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
            ws.row_dimensions[row[0].row].height = row_height([c.value for c in row], widths)
            for cell in row:
                cell.border = border

    def kind_cell(self, ws: Any, row: int, col: int, text: str, kind: str) -> None:
        cell = _put(ws, row, col, text)
        cell.alignment = self.wrap
        fill = self.fills.get(kind)
        if fill is not None:
            cell.fill = fill


class RollupXlsx:
    """A coverage ledger: parent tasks against child plans, coloured by kind.

    Up to :data:`MATRIX_LIMIT` children the first sheet (纳入情况) has a row
    per parent task and a column per child; beyond that a row per child and a
    column per parent task, so hundreds of children stay readable and print
    on A4.  A second sheet lists the children (name, relative source path,
    tasks, coverage, tasks added), a third the legend.  ``lang="en"`` writes
    the labels in English.
    """

    info = FormatInfo(
        name="xlsx",
        description="roll-up coverage matrix as an Excel workbook (coloured cells)",
        extensions=(".xlsx",),
        media_types=("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",),
        extra="xlsx",
        requires=("openpyxl",),
        kinds=("rollup",),
    )

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        lang = _options(options)
        r = _need_rollup(obj, "xlsx")
        openpyxl = require("openpyxl", "xlsx", feature="XLSX roll-up reports")
        book = _Book(lang)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = word("sheet-coverage", lang)
        names = unique_names([c.name for c in r.children])
        if len(r.children) > MATRIX_LIMIT:
            self._children_as_rows(ws, r, names, book)
        else:
            self._children_as_columns(ws, r, names, book)
        self._children(wb.create_sheet(word("sheet-children", lang)), r, names, book)
        self._legend(wb.create_sheet(word("sheet-legend", lang)), r, book)
        wb.save(stream)

    @staticmethod
    def _children_as_columns(ws: Any, r: Rollup, names: list[str], book: _Book) -> None:
        lang = book.lang
        header = [word("number", lang), word("section", lang), word("text", lang), *names,
                  word("covered", lang), word("units", lang)]  # fmt: skip
        book.header(ws, header)
        ws.freeze_panes = "D2"
        n = len(r.children)
        for i, row in enumerate(r.rows, start=2):
            _put(ws, i, 1, row.task.ref)
            _put(ws, i, 2, " / ".join(row.task.section)).alignment = book.wrap
            _put(ws, i, 3, row.task.text).alignment = book.wrap
            for j, cov in enumerate(row.cells):
                text = _cell_text(cov.kind, cov.units, cov.tasks, lang)
                book.kind_cell(ws, i, 4 + j, text, cov.kind)
            _put(ws, i, 4 + n, row.covered)
            _put(
                ws, i, 5 + n, "、".join(f"{u.unit}({u.plans})" for u in row.units)
            ).alignment = book.wrap
        for col, width in ((1, 6), (2, 16), (3, 48), (5 + n, 36)):
            book.width(ws, col, width)
        for j in range(n):
            book.width(ws, 4 + j, 14)
        book.heights(ws)
        _print_setup(ws, "1:1", "A:A")

    @staticmethod
    def _children_as_rows(ws: Any, r: Rollup, names: list[str], book: _Book) -> None:
        lang = book.lang
        header = [word("children", lang), word("coverage", lang),
                  *(row.task.ref for row in r.rows)]  # fmt: skip
        book.header(ws, header)
        ws.freeze_panes = "C2"
        for i, (name, child) in enumerate(zip(names, r.children, strict=True), start=2):
            _put(ws, i, 1, name).alignment = book.wrap
            _put(ws, i, 2, child.coverage).number_format = "0%"
            for j, row in enumerate(r.rows):
                cov = row.cells[i - 2]
                text = _kind_word(cov.kind, lang) + (
                    " " + "、".join(cov.tasks) if cov.tasks else ""
                )
                book.kind_cell(ws, i, 3 + j, text, cov.kind)
        book.width(ws, 1, 28)
        book.width(ws, 2, 8)
        for j in range(len(r.rows)):
            book.width(ws, 3 + j, 8)
        book.heights(ws)
        _print_setup(ws, "1:1", "A:A")

    @staticmethod
    def _children(ws: Any, r: Rollup, names: list[str], book: _Book) -> None:
        lang = book.lang
        keys = ("name", "title", "issuer", "source", "tasks", "covered", "coverage", "added")
        book.header(ws, [word(k, lang) for k in keys])
        sources = relative_sources([c.source for c in r.children])
        for i, c in enumerate(r.children, start=2):
            values: list[Any] = [names[i - 2], c.title, c.issuer, sources[i - 2], c.tasks,
                                 c.covered, c.coverage, "、".join(c.added)]  # fmt: skip
            for col, item in enumerate(values, start=1):
                _put(ws, i, col, item).alignment = book.wrap
            ws.cell(row=i, column=7).number_format = "0.0%"
        for col, width in enumerate((24, 36, 20, 30, 8, 8, 8, 20), start=1):
            book.width(ws, col, width)
        book.heights(ws)
        _print_setup(ws, "1:1")

    @staticmethod
    def _legend(ws: Any, r: Rollup, book: _Book) -> None:
        counts = r.counts()
        for i, kind in enumerate(KIND_COLOURS, start=1):
            _put(ws, i, 1, _kind_word(kind, book.lang)).fill = book.fills[kind]
            _put(ws, i, 2, counts[kind])
        book.width(ws, 1, 12)


# ---------------------------------------------------------------------------
# HTML

_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",
sans-serif;margin:1.5em}
table{border-collapse:collapse;font-size:13px}
th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top}
thead th{position:sticky;top:0;background:#f3f3f3}
td.text{min-width:24em;max-width:40em}
.units{color:#444;font-size:12px}
@media print{@page{size:A4 landscape;margin:12mm}thead{display:table-header-group}
tr{break-inside:avoid}thead th{position:static}}
""" + "".join(f"td.{k}{{background:#{c}}}\n" for k, c in KIND_COLOURS.items())


class RollupHtml:
    """A coverage matrix as one self-contained HTML page (printable on A4 landscape).

    Up to :data:`MATRIX_LIMIT` children a column per child, beyond that a
    row per child.  ``lang="en"`` writes the labels in English.
    """

    info = FormatInfo(
        name="html",
        description="roll-up coverage matrix as an HTML page",
        extensions=(".html", ".htm"),
        media_types=("text/html",),
        kinds=("rollup",),
    )

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        lang = _options(options)
        r = _need_rollup(obj, "html")
        e = html.escape
        parent = r.parent_title or r.parent_source or word("parent", lang)
        title = f"{word('rollup', lang)}{'：' if lang == 'zh' else ': '}{parent}"
        out = io.StringIO()
        html_lang = "zh-CN" if lang == "zh" else "en"
        out.write(f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n')
        out.write(f"<title>{e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n")
        out.write(f"<h1>{e(title)}</h1>\n<p>{e(_headline(r, lang))}</p>\n")
        names = unique_names([c.name for c in r.children])
        if len(r.children) > MATRIX_LIMIT:
            _html_children_as_rows(out, r, names, lang)
        else:
            _html_children_as_columns(out, r, names, lang)
        added = [(n, c) for n, c in zip(names, r.children, strict=True) if c.added]
        if added:
            out.write(f"<h2>{e(word('added', lang))}</h2>\n<ul>\n")
            for name, c in added:
                out.write(f"<li>{e(name)}: {e('、'.join(c.added))}</li>\n")
            out.write("</ul>\n")
        out.write("</body>\n</html>\n")
        stream.write(reading_text(out.getvalue()))


def _headline(r: Rollup, lang: str) -> str:
    counts = "，".join(f"{_kind_word(k, lang)} {v}" for k, v in r.counts().items())
    if lang == "zh":
        return f"上级方案 {len(r.rows)} 项任务 × 下级方案 {len(r.children)} 个：{counts}"
    counts = ", ".join(f"{_kind_word(k, lang)} {v}" for k, v in r.counts().items())
    return f"{len(r.rows)} parent tasks × {len(r.children)} child plans: {counts}"


def _html_children_as_columns(out: io.StringIO, r: Rollup, names: list[str], lang: str) -> None:
    e = html.escape
    out.write(f"<table>\n<thead><tr><th>{e(word('number', lang))}</th>"
              f"<th>{e(word('text', lang))}</th>")  # fmt: skip
    for name, c in zip(names, r.children, strict=True):
        out.write(f'<th title="{e(c.title or "")}">{e(name)}<br>{c.coverage:.0%}</th>')
    out.write(f"<th>{e(word('covered', lang))}</th><th>{e(word('units', lang))}</th>"
              "</tr></thead>\n<tbody>\n")  # fmt: skip
    for row in r.rows:
        section = " / ".join(row.task.section)
        out.write(f'<tr><td>{e(row.task.ref)}</td><td class="text" title="{e(section)}">'
                  f"{e(row.task.text)}</td>")  # fmt: skip
        for cov in row.cells:
            units = "、".join(cov.units)
            refs = "、".join(cov.tasks)
            out.write(
                f'<td class="{e(cov.kind)}">{e(_kind_word(cov.kind, lang))}'
                + (f" {e(refs)}" if refs else "")
                + (f'<div class="units">{e(units)}</div>' if units else "")
                + "</td>"
            )
        units_all = "、".join(f"{u.unit}({u.plans})" for u in row.units)
        out.write(f'<td>{row.covered}/{len(row.cells)}</td><td class="units">'
                  f"{e(units_all)}</td></tr>\n")  # fmt: skip
    out.write("</tbody>\n</table>\n")


def _html_children_as_rows(out: io.StringIO, r: Rollup, names: list[str], lang: str) -> None:
    e = html.escape
    out.write(f"<table>\n<thead><tr><th>{e(word('children', lang))}</th>"
              f"<th>{e(word('coverage', lang))}</th>")  # fmt: skip
    for row in r.rows:
        out.write(f'<th title="{e(row.task.text)}">{e(row.task.ref)}</th>')
    out.write("</tr></thead>\n<tbody>\n")
    for i, (name, child) in enumerate(zip(names, r.children, strict=True)):
        out.write(f"<tr><td>{e(name)}</td><td>{child.coverage:.0%}</td>")
        for row in r.rows:
            cov = row.cells[i]
            out.write(f'<td class="{e(cov.kind)}" title="{e("、".join(cov.units))}">'
                      f"{e(_kind_word(cov.kind, lang))}</td>")  # fmt: skip
        out.write("</tr>\n")
    out.write("</tbody>\n</table>\n")


# ---------------------------------------------------------------------------
# JSON


class RollupJson:
    """The whole roll-up as JSON (``{"zwgk": "rollup", "version": 1, ...}``)."""

    info = FormatInfo(
        name="json",
        description="roll-up as JSON: rows, cells, children",
        extensions=(".json",),
        media_types=("application/json",),
        kinds=("rollup",),
    )

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        indent = options.pop("indent", 2)
        _no_options(options)
        r = _need_rollup(obj, "json")
        doc = {"zwgk": "rollup", "version": VERSION, "counts": r.counts(), **to_data(r)}
        stream.write(dump_json(doc, indent=indent) + b"\n")


class FindingsJson:
    """Check findings as JSON (``{"zwgk": "findings", "version": 1, "findings": [...]}``)."""

    info = FormatInfo(
        name="json",
        description="check findings as JSON",
        extensions=(".json",),
        media_types=("application/json",),
        kinds=("findings",),
    )

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        indent = options.pop("indent", 2)
        source = options.pop("source", None)
        _no_options(options)
        findings = _need_findings(obj, "json")
        counts = Counter(f.severity.value for f in findings)
        doc = {
            "zwgk": "findings",
            "version": VERSION,
            "source": source,
            "counts": {s: counts.get(s, 0) for s in ("error", "warning", "info")},
            "findings": to_data(findings),
        }
        stream.write(dump_json(doc, indent=indent) + b"\n")


class FindingsText:
    """Check findings, one per line (``file: task 3, line 12: warning [rule] message``)."""

    info = FormatInfo(
        name="text",
        description="check findings, one line each",
        extensions=(".txt",),
        media_types=("text/plain",),
        kinds=("findings",),
    )

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        source = options.pop("source", None)
        lang = _options(options)
        findings = _need_findings(obj, "text")
        prefix = f"{source}: " if source else ""
        lines = [prefix + _finding_line(f, lang) for f in findings]
        counts = Counter(f.severity.value for f in findings)
        severities = [s for s in ("error", "warning", "info") if counts[s]]
        summary = ("，" if lang == "zh" else ", ").join(
            word("findings-count", lang).format(severity=word(s, lang), count=counts[s])
            for s in severities
        )
        total = word("findings-total", lang).format(count=len(findings))
        colon = "：" if lang == "zh" else ": "
        lines.append(total + (f"{colon}{summary}" if summary else ""))
        stream.write(reading_text("\n".join(lines) + "\n"))


def _finding_line(f: Finding, lang: str) -> str:
    """``任务 3，第 12 行：警告 [missing-unit] …`` (English: ``str(finding)``)."""
    if lang == "en":
        return str(f)
    where = []
    if f.task is not None:
        where.append(f"{word('task', lang)} {f.task}")
    if f.location is not None:
        where.append(place(f.location, lang))
    prefix = f"{'，'.join(where)}：" if where else ""
    return f"{prefix}{word(f.severity.value, lang)} [{f.rule}] {f.message}"
