"""CSV export of a plan: one row per task, UTF-8 with a BOM so Excel opens it right.

Columns: 序号, 工作任务 (the section path joined by `` / ``), 具体要求, 责任单位,
牵头单位, 配合单位, 完成时限, 备注.  A cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is prefixed with ``'`` so a
spreadsheet never runs it as a formula (CSV injection).  Line breaks are
``\\n`` inside quoted cells.  Options: ``strict``, ``report`` (see
:mod:`zwgk_plugins.docx_format`), ``bom=False`` to leave out the BOM,
``lang="en"`` for English column headers (``zh``, the default, Chinese).
"""

from __future__ import annotations

import csv
import io
from typing import IO, Any

from zwgk.plugins import FormatInfo
from zwgk_plugins._office import check_plan, writer_lang, writer_options
from zwgk_plugins._plan_rows import FLAT_KEYS, flat_rows, heads

__all__ = ["CsvPlanWriter", "defuse"]

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def defuse(text: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would run as a formula.

    >>> defuse("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> defuse("做好公开")
    '做好公开'
    """
    return "'" + text if text.startswith(_TRIGGERS) else text


class CsvPlanWriter:
    """Writes a plan as CSV (one row per task)."""

    info = FormatInfo(
        name="csv",
        description="CSV, one row per task (UTF-8 with BOM for Excel)",
        extensions=(".csv",),
        media_types=("text/csv",),
        priority=5,
        kinds=("plan",),
    )

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        bom = bool(options.pop("bom", True))
        lang = writer_lang(options)
        clean = writer_options(options)
        plan = check_plan(obj, "csv")
        text = io.StringIO(newline="")
        out = csv.writer(text, lineterminator="\r\n")
        out.writerow(heads(FLAT_KEYS, lang))
        for row in flat_rows(plan, clean):
            out.writerow([defuse(cell) for cell in row])
        stream.write(("\ufeff" if bom else "").encode("utf-8") + text.getvalue().encode("utf-8"))
