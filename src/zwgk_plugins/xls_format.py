"""Excel 97 (``.xls``) and WPS Spreadsheets (``.et``) workbooks read into plans.

BIFF workbooks are read with xlrd (``formatting_info=True``): merged ranges
become cells with their true spans and number formats turn date cells into
dates such as ``2021年11月20日``, exactly as the XLSX reader does (the sheets
go through the same header search, footer rows and grid building).  A file
whose content is XLSX (WPS saves ``.et`` files either way) or an
OpenDocument spreadsheet goes to the reader of what it holds.
``pip install 'zwgk[xls]'``.
"""

from __future__ import annotations

import struct
from typing import Any

from zwgk._model import Diagnostic, Plan, Residue
from zwgk.document import Document
from zwgk.errors import EncryptedDocumentError, InputTooLargeError, ParseError
from zwgk.plugins import FormatInfo, require
from zwgk.safety import DEFAULT_LIMITS, Limits
from zwgk_plugins._sniff import content_kind, head_kind

__all__ = ["XlsFormat", "read_xls_document"]

_MAX_CELLS = 2_000_000
_VISIBILITY = {0: "visible", 1: "hidden", 2: "veryHidden"}


def _open(data: bytes, name: str | None) -> Any:
    xlrd = require("xlrd", "xls", feature="Excel 97 and WPS workbooks")
    try:
        return xlrd.open_workbook(
            file_contents=data, formatting_info=True, on_demand=True, logfile=_Null()
        )
    except xlrd.biffh.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise EncryptedDocumentError(
                "the workbook is encrypted (password-protected)", source=name
            ) from None
        raise ParseError(f"not a readable Excel 97 workbook ({exc})", source=name) from None
    except (
        xlrd.compdoc.CompDocError,
        AssertionError,
        IndexError,
        KeyError,
        ValueError,
        struct.error,
        OverflowError,
    ) as exc:
        raise ParseError(
            f"damaged Excel 97 workbook ({type(exc).__name__}: {exc})", source=name
        ) from None


class _Null:
    def write(self, text: str) -> int:
        return len(text)


def _number_format(book: Any, cell: Any) -> str:
    try:
        xf = book.xf_list[cell.xf_index]
        return str(book.format_map[xf.format_key].format_str)
    except (IndexError, KeyError, TypeError, AttributeError):
        return ""


def _value(book: Any, cell: Any) -> Any:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return cell.value


def _sheet(book: Any, sheet: Any, limits: Limits, name: str | None, count: list[int]) -> Any:
    from zwgk_plugins._xlsx_read import cell_text

    table: dict[tuple[int, int], str] = {}
    for r in range(sheet.nrows):
        for c, cell in enumerate(sheet.row(r)):
            value = _value(book, cell)
            if value is None or value == "":
                continue
            text = cell_text(value, _number_format(book, cell))[: limits.max_text]
            if text.strip():
                table[(r + 1, c + 1)] = text
                count[0] += 1
        if count[0] > _MAX_CELLS:
            raise InputTooLargeError(
                "workbook has too many cells", size=count[0], limit=_MAX_CELLS, source=name
            )
    ranges = [(r1 + 1, c1 + 1, r2, c2) for r1, r2, c1, c2 in sheet.merged_cells]
    state = _VISIBILITY.get(getattr(sheet, "visibility", 0), "visible")
    return (str(sheet.name), state, table, ranges)


def read_xls_document(
    data: bytes, *, name: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Document:
    """The sheets of an Excel 97 workbook as grids and blocks, before they become a plan."""
    from zwgk_plugins._xlsx_read import _document

    book = _open(data, name)
    sheets = []
    count = [0]
    try:
        for index in range(book.nsheets):
            sheets.append(_sheet(book, book.sheet_by_index(index), limits, name, count))
            book.unload_sheet(index)
    except (ParseError, InputTooLargeError):
        raise
    except Exception as exc:  # xlrd raises many kinds on damaged records
        raise ParseError(
            f"damaged Excel 97 workbook ({type(exc).__name__}: {exc})", source=name
        ) from None
    finally:
        book.release_resources()
    residue: list[Residue] = []
    diagnostics: list[Diagnostic] = []
    from zwgk.safety import reading

    with reading(source=name) as budget:
        document = _document(sheets, name, residue, diagnostics, budget)
    return Document(
        document.parts,
        residue=document.residue,
        diagnostics=document.diagnostics,
        source=name,
        format="xls",
    )


class XlsFormat:
    """The ``xls`` reader: Excel 97 and WPS Spreadsheets workbooks, routed by content."""

    info = FormatInfo(
        name="xls",
        description="Excel 97 and WPS Spreadsheets workbooks (.xls, .et), via xlrd",
        extensions=(".xls", ".xlt", ".et", ".ett"),
        media_types=("application/vnd.ms-excel", "application/kset"),
        priority=10,
        extra="xls",
        requires=("xlrd",),
    )

    def sniff(self, head: bytes, name: str | None) -> float:
        return 0.9 if head_kind(head) == "sheet" else 0.0

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> Plan:
        from zwgk_plugins._office import build

        kind = content_kind(data, source=name)
        if kind != "sheet":
            from zwgk_plugins.old_office import read_by_content

            return read_by_content(
                data, name=name, fmt="xls", expected="Excel 97 workbook", options=options
            )
        limits = options.pop("limits", DEFAULT_LIMITS)
        document = read_xls_document(data, name=name, limits=limits)
        return build(document, name=name, options=options)
