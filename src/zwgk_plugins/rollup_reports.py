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
import json
import re
from collections import Counter
from collections.abc import Sequence
from typing import IO, Any

from zwgk.cascade import Finding, Rollup
from zwgk.errors import WriteError
from zwgk.plugins import FormatInfo, require
from zwgk.serde import to_data

__all__ = [
    "KIND_COLOURS",
    "FindingsJson",
    "FindingsText",
    "RollupHtml",
    "RollupJson",
    "RollupXlsx",
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

_KIND_LABELS = {
    "same": "保留",
    "reworded": "改写",
    "split": "拆分",
    "merged": "合并",
    "dropped": "未落实",
}


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


def _cell_text(cell_kind: str, units: Sequence[str], refs: Sequence[str]) -> str:
    head = _KIND_LABELS.get(cell_kind, cell_kind)
    if refs:
        head += " " + "、".join(refs)
    return head + ("\n" + "、".join(units) if units else "")


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


class RollupXlsx:
    """A coverage ledger: one sheet of parent tasks by child plans, coloured by kind."""

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
        _no_options(options)
        r = _need_rollup(obj, "xlsx")
        openpyxl = require("openpyxl", "xlsx", feature="XLSX roll-up reports")
        styles = require("openpyxl.styles", "xlsx", feature="XLSX roll-up reports")
        utils = require("openpyxl.utils", "xlsx", feature="XLSX roll-up reports")
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "coverage"
        bold = styles.Font(bold=True)
        wrap = styles.Alignment(wrap_text=True, vertical="top")
        fills = {
            k: styles.PatternFill(fill_type="solid", start_color=c, end_color=c)
            for k, c in KIND_COLOURS.items()
        }
        header = ["#", "section", "task", *(c.name for c in r.children), "covered", "units"]
        for col, value in enumerate(header, start=1):
            cell = _put(ws, 1, col, value)
            cell.font = bold
            cell.alignment = wrap
        n = len(r.children)
        for i, row in enumerate(r.rows, start=2):
            _put(ws, i, 1, row.task.ref)
            _put(ws, i, 2, " / ".join(row.task.section))
            _put(ws, i, 3, row.task.text).alignment = wrap
            for j, cov in enumerate(row.cells):
                cell = _put(ws, i, 4 + j, _cell_text(cov.kind, cov.units, cov.tasks))
                cell.alignment = wrap
                fill = fills.get(cov.kind)
                if fill is not None:
                    cell.fill = fill
            _put(ws, i, 4 + n, row.covered)
            _put(ws, i, 5 + n, "、".join(f"{u.unit}({u.plans})" for u in row.units))
        ws.freeze_panes = "D2"
        ws.column_dimensions["C"].width = 50
        for j in range(n):
            ws.column_dimensions[utils.get_column_letter(4 + j)].width = 18
        ws.column_dimensions[utils.get_column_letter(5 + n)].width = 40

        kids = wb.create_sheet("children")
        cols = ["name", "title", "issuer", "source", "tasks", "covered", "coverage", "added"]
        for col, value in enumerate(cols, start=1):
            _put(kids, 1, col, value).font = bold
        for i, c in enumerate(r.children, start=2):
            values: list[Any] = [c.name, c.title, c.issuer, c.source, c.tasks, c.covered,
                                 c.coverage, "、".join(c.added)]  # fmt: skip
            for col, item in enumerate(values, start=1):
                _put(kids, i, col, item)
            kids.cell(row=i, column=7).number_format = "0.0%"

        legend = wb.create_sheet("legend")
        for i, (kind, colour) in enumerate(KIND_COLOURS.items(), start=1):
            _put(legend, i, 1, kind).fill = fills[kind]
            _put(legend, i, 2, _KIND_LABELS[kind])
            _put(legend, i, 3, r.counts()[kind])
            del colour
        wb.save(stream)


# ---------------------------------------------------------------------------
# HTML

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em}
table{border-collapse:collapse;font-size:13px}
th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top}
thead th{position:sticky;top:0;background:#f3f3f3}
td.text{min-width:24em;max-width:40em}
.units{color:#444;font-size:12px}
""" + "".join(f"td.{k}{{background:#{c}}}\n" for k, c in KIND_COLOURS.items())


class RollupHtml:
    """A coverage matrix as one self-contained HTML page."""

    info = FormatInfo(
        name="html",
        description="roll-up coverage matrix as an HTML page",
        extensions=(".html", ".htm"),
        media_types=("text/html",),
        kinds=("rollup",),
    )

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        _no_options(options)
        r = _need_rollup(obj, "html")
        e = html.escape
        title = f"Roll-up: {r.parent_title or r.parent_source or 'parent plan'}"
        out = io.StringIO()
        out.write('<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n')
        out.write(f"<title>{e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n")
        out.write(f"<h1>{e(title)}</h1>\n")
        counts = r.counts()
        out.write(
            "<p>"
            + f"{len(r.rows)} parent tasks × {len(r.children)} child plans: "
            + ", ".join(f"{k} {v}" for k, v in counts.items())
            + "</p>\n"
        )
        out.write("<table>\n<thead><tr><th>#</th><th>task</th>")
        for c in r.children:
            out.write(f'<th title="{e(c.title or "")}">{e(c.name)}<br>{c.coverage:.0%}</th>')
        out.write("<th>covered</th><th>units</th></tr></thead>\n<tbody>\n")
        for row in r.rows:
            section = " / ".join(row.task.section)
            out.write(
                f'<tr><td>{e(row.task.ref)}</td><td class="text" title="{e(section)}">'
                f"{e(row.task.text)}</td>"
            )
            for cov in row.cells:
                units = "、".join(cov.units)
                refs = "、".join(cov.tasks)
                out.write(
                    f'<td class="{e(cov.kind)}">{e(_KIND_LABELS.get(cov.kind, cov.kind))}'
                    + (f" {e(refs)}" if refs else "")
                    + (f'<div class="units">{e(units)}</div>' if units else "")
                    + "</td>"
                )
            units_all = "、".join(f"{u.unit}({u.plans})" for u in row.units)
            out.write(f'<td>{row.covered}/{len(row.cells)}</td><td class="units">'
                      f"{e(units_all)}</td></tr>\n")  # fmt: skip
        out.write("</tbody>\n</table>\n")
        added = [c for c in r.children if c.added]
        if added:
            out.write("<h2>Tasks the children added</h2>\n<ul>\n")
            for c in added:
                out.write(f"<li>{e(c.name)}: {e('、'.join(c.added))}</li>\n")
            out.write("</ul>\n")
        out.write("</body>\n</html>\n")
        stream.write(out.getvalue().encode("utf-8"))


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
        stream.write(json.dumps(doc, ensure_ascii=False, indent=indent).encode("utf-8") + b"\n")


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
        stream.write(json.dumps(doc, ensure_ascii=False, indent=indent).encode("utf-8") + b"\n")


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
        _no_options(options)
        findings = _need_findings(obj, "text")
        prefix = f"{source}: " if source else ""
        lines = [prefix + str(f) for f in findings]
        counts = Counter(f.severity.value for f in findings)
        summary = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if counts[s])
        lines.append(f"{len(findings)} finding(s)" + (f": {summary}" if summary else ""))
        stream.write(("\n".join(lines) + "\n").encode("utf-8"))
