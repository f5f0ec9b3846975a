"""Plan -> XLSX task ledger (工作台账) (private; see ``xlsx_format``)."""

from __future__ import annotations

import copy
import io
import math
import unicodedata
from typing import IO, Any

from zwgk._model import Deadline, DeadlineKind, Plan, Role, Task
from zwgk.errors import WriteError
from zwgk.lang.labels import word
from zwgk.plugins import require
from zwgk_plugins._office import (
    Sanitizer,
    date_cell,
    has_review_marks,
    number_and_text,
    review_marks,
    section_texts,
    task_ref,
    units_by_role,
)
from zwgk_plugins._plan_rows import colon, day_text, heads
from zwgk_plugins.xlsx_format import LEDGER_KEYS

UNIT_KEYS = ("col-unit", "col-role", "col-task-number", "section", "col-requirement", "deadline")
"""The columns of the by-unit sheet (one row per unit and task), as label keys."""

UNIT_COLUMNS = heads(UNIT_KEYS)
"""The (Chinese) columns of the by-unit sheet."""

_WIDTHS = {
    "number": 6,
    "col-section": 24,
    "col-text": 60,
    "col-units": 24,
    "col-lead": 16,
    "col-assist": 16,
    "deadline": 18,
    "note": 16,
    "col-status": 20,
    "col-progress": 20,
    "col-evidence": 20,
    "col-unit": 20,
    "col-role": 8,
    "col-task-number": 8,
    "section": 24,
    "col-requirement": 60,
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


# Fonts every office machine has: Windows and WPS ship 宋体/仿宋/黑体; on Linux,
# LibreOffice draws them with a CJK font (Noto/Source Han) found by charset 134 (GB2312).
TITLE_FONT = "宋体"
HEAD_FONT = "黑体"
BODY_FONT = "仿宋"
GB2312 = 134
_BODY_SIZE = 11
_LINE_PT = 16.0  # a line of 11 pt CJK text (the CJK fonts' line gap is ~1.45 em)
_A4 = 9  # openpyxl/Excel paper size code


def _display_width(text: str) -> int:
    """Columns ``text`` takes: 2 for a CJK (wide) character, 1 for others."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def line_count(text: str, width: float) -> int:
    """Lines ``text`` wraps to in a column ``width`` characters wide."""
    usable = max(1.0, width - 1.5)
    return sum(max(1, math.ceil(_display_width(line) / usable)) for line in text.split("\n"))


def row_height(values: list[Any], widths: list[float]) -> float:
    """A row height (points) that shows every wrapped line of the row."""
    lines = max(
        (line_count(v, w) for v, w in zip(values, widths, strict=True) if isinstance(v, str)),
        default=1,
    )
    return round(lines * _LINE_PT + 4, 1)


def plan_facts(plan: Plan, lang: str = "zh") -> list[str]:
    """The plan's 文号, issuer, date and parent documents, each as ``label：value``."""
    facts = []
    sep = colon(lang)
    if plan.doc_number:
        facts.append(f"{word('doc_number', lang)}{sep}{plan.doc_number}")
    if plan.issuer:
        facts.append(f"{word('issuer', lang)}{sep}{plan.issuer}")
    if plan.date:
        facts.append(f"{word('date', lang)}{sep}{day_text(plan.date, lang)}")
    refs = []
    for ref in plan.parents:
        words = f"《{ref.title}》" if ref.title else ""
        words += f"（{ref.doc_number}）" if ref.doc_number else ""
        if words:
            refs.append(words)
    if refs:
        facts.append(f"{word('parents', lang)}{sep}{'、'.join(refs)}")
    return facts


def deadline_value(
    task: Task, default: Deadline | None, lang: str = "zh"
) -> tuple[Any, str | None, bool]:
    """The 完成时限 cell: value, number format, and whether the plan's default was applied.

    A task without its own deadline gets the plan's default deadline, marked
    ``（按统一时限）`` — as a real date where the default has one.
    """
    deadline = task.deadline
    applied = deadline is None and default is not None
    if deadline is None:
        if default is None:
            return "", None, False
        mark = word("default-applied", lang)
        if default.kind is DeadlineKind.DATE and default.due is not None:
            due = default.due
            shown = 'yyyy"年"m"月"d"日前' if lang == "zh" else 'yyyy-mm-dd"'
            return due, f'{shown}{mark}"', True
        return default.raw + mark, None, True
    if deadline.kind is DeadlineKind.DATE:
        dc = date_cell(deadline.raw, deadline.due)
        if dc is not None:
            return dc[0], dc[1], applied
    return deadline.raw, None, applied


class _Sheet:
    """One printable ledger sheet: title, plan facts, a header row, then body rows."""

    def __init__(
        self, ws: Any, keys: tuple[str, ...], cells: _Cells, styles: Any, lang: str
    ) -> None:
        self.ws = ws
        self.keys = keys
        self.columns = heads(keys, lang)
        self.lang = lang
        self.cells = cells
        self.st = styles
        self.widths = [float(_WIDTHS.get(key, 14)) for key in keys]
        self.row = 0

    def banner(self, text: str, font: Any, height: float | None = None) -> None:
        """A line across the whole table (merged), above the header."""
        self.row += 1
        c = self.cells.put(self.ws, self.row, 1, text, "title")
        c.font = font
        c.alignment = self.st["banner"] if height is None else self.st["center"]
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row,
                            end_column=len(self.columns))  # fmt: skip
        total = sum(self.widths)
        self.ws.row_dimensions[self.row].height = height or row_height([text], [total])

    def header(self) -> None:
        from openpyxl.utils import get_column_letter

        self.row += 1
        for k, name in enumerate(self.columns, start=1):
            h = self.cells.put(self.ws, self.row, k, name, "header")
            h.font, h.fill = self.st["head_font"], self.st["head_fill"]
            h.border, h.alignment = self.st["border"], self.st["center"]
            self.ws.column_dimensions[get_column_letter(k)].width = self.widths[k - 1]
        self.ws.row_dimensions[self.row].height = row_height(list(self.columns), self.widths)
        self.head_row = self.row
        self.ws.freeze_panes = f"A{self.row + 1}"
        self.ws.print_title_rows = f"{self.row}:{self.row}"

    def body(self, values: list[Any], where: str, centred: tuple[str, ...]) -> list[Any]:
        self.row += 1
        out = []
        for k, value in enumerate(values, start=1):
            key = self.keys[k - 1]
            c = self.cells.put(self.ws, self.row, k, value, f"{where}.{word(key)}")
            self.st["styled"].apply(c, self.st["center"] if key in centred else self.st["wrap"])
            out.append(c)
        self.ws.row_dimensions[self.row].height = row_height(values, self.widths)
        return out

    def finish(self) -> None:
        from openpyxl.utils import get_column_letter

        last = max(self.head_row, self.row)
        self.ws.auto_filter.ref = f"A{self.head_row}:{get_column_letter(len(self.columns))}{last}"
        setup = self.ws.page_setup
        setup.paperSize = _A4
        setup.orientation = "landscape"
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_options.horizontalCentered = True
        margins = self.ws.page_margins
        margins.left = margins.right = 0.5
        margins.top = margins.bottom = 0.6
        self.ws.oddFooter.center.text = word("page-of", self.lang)


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    body_font = Font(name=BODY_FONT, size=_BODY_SIZE, charset=GB2312)
    return {
        "border": border,
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "center": Alignment(wrap_text=True, vertical="center", horizontal="center"),
        "banner": Alignment(wrap_text=True, vertical="center", horizontal="left"),
        "head_font": Font(name=HEAD_FONT, bold=True, size=_BODY_SIZE, charset=GB2312),
        "head_fill": PatternFill("solid", fgColor="D9D9D9"),
        "mark_fill": PatternFill("solid", fgColor="FFF2CC"),
        "title_font": Font(name=TITLE_FONT, size=16, bold=True, charset=GB2312),
        "fact_font": Font(name=BODY_FONT, size=_BODY_SIZE, charset=GB2312),
        "default_font": Font(
            name=BODY_FONT, size=_BODY_SIZE, italic=True, color="595959", charset=GB2312
        ),
        "styled": _Styles(border, body_font),
    }


def _task_sheet(sheet: _Sheet, plan: Plan) -> None:
    st, lang = sheet.st, sheet.lang
    sheet.banner(plan.title or word("ledger-title", lang), st["title_font"], height=36)
    facts = plan_facts(plan, lang)
    if facts:
        sheet.banner(("　　" if lang == "zh" else "    ").join(facts), st["fact_font"])
    if plan.default_deadline is not None:
        label = word("default_deadline", lang) + colon(lang)
        sheet.banner(label + plan.default_deadline.raw, st["fact_font"])
    sheet.header()
    sections = section_texts(plan)
    due_col = LEDGER_KEYS.index("deadline")
    for i, task in enumerate(plan.tasks):
        resp = task.responsibility
        number, text = number_and_text(task)
        due, number_format, applied = deadline_value(task, plan.default_deadline, lang)
        values: list[Any] = [number, "\n".join(sections[i]), text, resp.raw if resp else "",
                             units_by_role(task, Role.LEAD), units_by_role(task, Role.ASSIST),
                             due, task.note or "", "", "", ""]  # fmt: skip
        mark = review_marks(task, lang)
        if "col-mark" in sheet.keys:
            values.append(mark)
        shown = list(values)
        if number_format is not None:  # the height must fit the date as it is shown
            shown[due_col] = number_format.replace('"', "").replace("yyyy", "0000")
        cells = sheet.body(values, f"tasks[{i}]", ("number", "deadline"))
        sheet.ws.row_dimensions[sheet.row].height = row_height(shown, sheet.widths)
        if number_format is not None:
            cells[due_col].number_format = number_format
        if applied:
            cells[due_col].font = st["default_font"]
        if mark:
            for cell in cells:
                cell.fill = st["mark_fill"]
    sheet.finish()


def _unit_sheet(sheet: _Sheet, plan: Plan) -> None:
    sheet.banner(word("by-unit-title", sheet.lang), sheet.st["title_font"], 36)
    sheet.header()
    sections = section_texts(plan)
    rows: list[tuple[str, int, int]] = []  # (unit, role rank, task index)
    order: dict[str, int] = {}
    for i, task in enumerate(plan.tasks):
        if task.responsibility is None:
            continue
        for a in task.responsibility.assignments:
            order.setdefault(a.name, len(order))
            rows.append((a.name, _ROLE_ORDER.index(a.role), i))
    rows = sorted(dict.fromkeys(rows), key=lambda t: (order[t[0]], t[1], t[2]))
    for n, (unit, rank, i) in enumerate(rows):
        task = plan.tasks[i]
        due, number_format, applied = deadline_value(task, plan.default_deadline, sheet.lang)
        values = [unit, word(_ROLE_ORDER[rank].value, sheet.lang), task_ref(task),
                  "\n".join(sections[i]), task.text, due]  # fmt: skip
        centred = ("col-role", "col-task-number", "deadline")
        cells = sheet.body(values, f"by-unit row {n}", centred)
        if number_format is not None:
            cells[-1].number_format = number_format
        if applied:
            cells[-1].font = sheet.st["default_font"]
    sheet.finish()


def write_ledger(plan: Plan, stream: IO[bytes], clean: Sanitizer, lang: str = "zh") -> None:
    openpyxl = require("openpyxl", "xlsx", feature="XLSX files")
    cells = _Cells(clean)
    styles = _styles()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = word("sheet-ledger", lang)
    keys = (*LEDGER_KEYS, "col-mark") if has_review_marks(plan) else LEDGER_KEYS
    _task_sheet(_Sheet(ws, keys, cells, styles, lang), plan)
    by_unit = wb.create_sheet(word("sheet-by-unit", lang))
    _unit_sheet(_Sheet(by_unit, UNIT_KEYS, cells, styles, lang), plan)
    buffer = io.BytesIO()
    wb.save(buffer)
    stream.write(buffer.getvalue())
