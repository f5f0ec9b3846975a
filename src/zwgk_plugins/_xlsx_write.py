"""Plan -> XLSX task ledger (工作台账) (private; see ``xlsx_format``)."""

from __future__ import annotations

import copy
import io
from typing import IO, Any

from zwgk._model import DeadlineKind, Plan, Role
from zwgk.errors import WriteError
from zwgk.plugins import require
from zwgk_plugins._office import (
    ROLE_WORDS,
    Sanitizer,
    date_cell,
    number_and_text,
    section_texts,
    task_ref,
    units_by_role,
)
from zwgk_plugins.xlsx_format import LEDGER_COLUMNS

UNIT_COLUMNS = ("单位", "职责", "任务序号", "所属工作", "任务要求", "完成时限")
"""The columns of the by-unit sheet (one row per unit and task)."""

_WIDTHS = {
    "序号": 6,
    "工作任务": 24,
    "具体要求": 60,
    "责任单位": 24,
    "牵头单位": 16,
    "配合单位": 16,
    "完成时限": 16,
    "备注": 16,
    "完成情况": 20,
    "工作进展": 20,
    "佐证材料": 20,
    "单位": 20,
    "职责": 8,
    "任务序号": 8,
    "所属工作": 24,
    "任务要求": 60,
}
_EXCEL_MAX = 32767
_INJECTION = ("=", "+", "-", "@", "\t", "\r")
_ROLE_ORDER = (Role.LEAD, Role.OWNER, Role.ASSIST, Role.SUPERVISE)


class _Cells:
    """Puts values in cells: text always as text, never as a formula."""

    def __init__(self, clean: Sanitizer) -> None:
        self.clean = clean
        self.truncated = 0

    def put(self, ws: Any, row: int, col: int, value: Any, where: str) -> Any:
        cell = ws.cell(row=row, column=col)
        if isinstance(value, str):
            text = self.clean(value, where)
            if len(text) > _EXCEL_MAX:
                if self.clean.strict:
                    raise WriteError(
                        f"{where}: {len(text)} characters, more than an Excel cell holds "
                        f"({_EXCEL_MAX})"
                    )
                self.truncated += 1
                if self.clean.report is not None:
                    self.clean.report.append(
                        f"{where}: cut to the {_EXCEL_MAX} characters an Excel cell holds"
                    )
                text = text[: _EXCEL_MAX - 1] + "…"
            cell.value = text
            if text:
                # a leading '=' would otherwise make openpyxl write a formula
                cell.data_type = "s"
                if text.startswith(_INJECTION):
                    cell.quotePrefix = True
        else:
            cell.value = value
        return cell


class _Styles:
    """Styles body cells by copying one styled cell's style array.

    Setting border, font and alignment through openpyxl's descriptors costs a
    registry lookup each time; copying the resulting style array is cheap.
    """

    def __init__(self, border: Any, font: Any) -> None:
        self.border = border
        self.font = font
        self.done: dict[int, Any] = {}

    def apply(self, cell: Any, alignment: Any) -> None:
        proto = self.done.get(id(alignment))
        quote = bool(cell.quotePrefix)
        if proto is None:
            cell.border, cell.font, cell.alignment = self.border, self.font, alignment
            if quote:
                return
            self.done[id(alignment)] = copy.copy(cell._style)
            return
        cell._style = copy.copy(proto)
        if quote:
            cell.quotePrefix = True


def write_ledger(plan: Plan, stream: IO[bytes], clean: Sanitizer) -> None:
    openpyxl = require("openpyxl", "xlsx", feature="XLSX files")
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    cells = _Cells(clean)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工作台账"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    head_font = Font(name="黑体", bold=True, size=11)
    head_fill = PatternFill("solid", fgColor="D9D9D9")
    body_font = Font(name="仿宋", size=11)

    def sheet_head(sheet: Any, title: str, columns: tuple[str, ...]) -> None:
        c = cells.put(sheet, 1, 1, title, "title")
        c.font = Font(name="方正小标宋简体", size=16, bold=True)
        c.alignment = center
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
        sheet.row_dimensions[1].height = 36
        for k, name in enumerate(columns, start=1):
            h = cells.put(sheet, 2, k, name, "header")
            h.font, h.fill, h.border, h.alignment = head_font, head_fill, border, center
            sheet.column_dimensions[get_column_letter(k)].width = _WIDTHS.get(name, 14)
        sheet.freeze_panes = "A3"
        sheet.print_title_rows = "2:2"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True

    styled = _Styles(border, body_font)
    title = plan.title or "政务公开工作台账"
    sheet_head(ws, title, LEDGER_COLUMNS)
    sections = section_texts(plan)
    for i, task in enumerate(plan.tasks):
        r = i + 3
        where = f"tasks[{i}]"
        resp = task.responsibility
        number, text = number_and_text(task)
        values: list[Any] = [
            number,
            "\n".join(sections[i]),
            text,
            resp.raw if resp else "",
            units_by_role(task, Role.LEAD),
            units_by_role(task, Role.ASSIST),
            "",
            task.note or "",
            "",
            "",
            "",
        ]
        deadline = task.deadline
        number_format = None
        if deadline is not None:
            dc = (
                date_cell(deadline.raw, deadline.due)
                if deadline.kind is DeadlineKind.DATE
                else None
            )
            if dc is not None:
                values[6], number_format = dc
            else:
                values[6] = deadline.raw
        for k, value in enumerate(values, start=1):
            c = cells.put(ws, r, k, value, f"{where}.{LEDGER_COLUMNS[k - 1]}")
            styled.apply(c, center if LEDGER_COLUMNS[k - 1] in ("序号", "完成时限") else wrap)
            if k == 7 and number_format is not None:
                c.number_format = number_format
    last = max(2, len(plan.tasks) + 2)
    ws.auto_filter.ref = f"A2:{get_column_letter(len(LEDGER_COLUMNS))}{last}"

    units = wb.create_sheet("按单位")
    sheet_head(units, "按单位分列的任务（每个单位牵头、负责、配合的任务）", UNIT_COLUMNS)
    rows: list[tuple[str, int, int]] = []  # (unit, role rank, task index)
    order: dict[str, int] = {}
    for i, task in enumerate(plan.tasks):
        if task.responsibility is None:
            continue
        for a in task.responsibility.assignments:
            order.setdefault(a.name, len(order))
            rows.append((a.name, _ROLE_ORDER.index(a.role), i))
    rows = sorted(dict.fromkeys(rows), key=lambda t: (order[t[0]], t[1], t[2]))
    for n, (unit, rank, i) in enumerate(rows, start=3):
        task = plan.tasks[i]
        values = [
            unit,
            ROLE_WORDS[_ROLE_ORDER[rank]],
            task_ref(task),
            "\n".join(sections[i]),
            task.text,
            task.deadline.raw if task.deadline else "",
        ]
        for k, value in enumerate(values, start=1):
            c = cells.put(units, n, k, value, f"by-unit row {n}")
            styled.apply(c, wrap)
    units.auto_filter.ref = f"A2:{get_column_letter(len(UNIT_COLUMNS))}{max(2, len(rows) + 2)}"

    buffer = io.BytesIO()
    wb.save(buffer)
    stream.write(buffer.getvalue())
