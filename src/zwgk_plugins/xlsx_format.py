"""Excel workbooks: read plans from XLSX sheets and write the task ledger (工作台账).

Reading (``format="xlsx"``): the file is checked by
:func:`zwgk.safety.open_package` first, then read with openpyxl in read-only
mode with ``data_only=True`` (formulas give their cached values).  Merged
ranges are read from each sheet's XML, so a merged section or responsibility
cell becomes one :class:`~zwgk.document.Cell` with its true spans.  In each
sheet the header row is found wherever it is (rows above it — the title, the
文号 — become :class:`~zwgk.document.Block` values); a sheet without a plan
table goes to the residue.  Dates in cells become text such as
``2021年11月20日`` (honouring a Chinese number format such as
``yyyy"年"m"月"d"日前"``).

Writing: the task ledger offices keep — a title row, a frozen header row with
an auto-filter, one row per task (序号, 工作任务, 具体要求, 责任单位, 牵头单位,
配合单位, 完成时限 as a real date where the due date is known, 备注) and empty
完成情况/工作进展/佐证材料 columns to fill in; a second sheet 按单位 lists each
unit's tasks.  Text is always written as text (a leading ``=`` never becomes a
formula).  Options: ``strict=True`` raises :class:`~zwgk.errors.WriteError`
on characters a workbook cannot hold (else they become U+FFFD), ``report=[]``
collects a message per changed field, ``lang="en"`` writes the headers, sheet
names and fixed labels in English (``zh``, the default, in Chinese; only a
Chinese ledger reads back, as the reader finds the table by its Chinese header
words).
"""

from __future__ import annotations

from typing import IO, Any

from zwgk._model import Plan
from zwgk.document import Document
from zwgk.plugins import FormatInfo
from zwgk.safety import Limits
from zwgk_plugins._office import build, check_plan, writer_lang, writer_options
from zwgk_plugins._plan_rows import FLAT_KEYS, heads

__all__ = ["LEDGER_COLUMNS", "LEDGER_KEYS", "XlsxFormat", "read_xlsx_document"]

LEDGER_KEYS = (*FLAT_KEYS, "col-status", "col-progress", "col-evidence")
"""The columns of the ledger sheet, in order, as :mod:`zwgk.lang.labels` keys."""

LEDGER_COLUMNS = heads(LEDGER_KEYS)
"""The (Chinese) columns of the ledger sheet, in order."""


def read_xlsx_document(
    data: bytes, *, name: str | None = None, limits: Limits | None = None
) -> Document:
    """The sheets of an XLSX workbook as grids and blocks, before they become a plan."""
    from zwgk_plugins._xlsx_read import read_document

    return read_document(data, name=name, limits=limits)


class XlsxFormat:
    """Reads plans from ``.xlsx`` workbooks and writes the task ledger."""

    info = FormatInfo(
        name="xlsx",
        description="Excel workbooks: plan sheets in; the task ledger (工作台账) out",
        extensions=(".xlsx", ".xlsm"),
        media_types=("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",),
        priority=10,
        extra="xlsx",
        requires=("openpyxl",),
        kinds=("plan",),
    )

    def sniff(self, head: bytes, name: str | None) -> float:
        if not head.startswith(b"PK\x03\x04"):
            return 0.0
        if b"xl/" in head:
            return 0.95
        return 0.1

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> Plan:
        limits = options.pop("limits", None)
        document = read_xlsx_document(data, name=name, limits=limits)
        return build(document, name=name, options=options)

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        from zwgk_plugins._xlsx_write import write_ledger

        lang = writer_lang(options)
        clean = writer_options(options)
        write_ledger(check_plan(obj, "xlsx"), stream, clean, lang)
