"""Office documents made the way offices make them (python-docx, openpyxl), not by zwgk."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import docx
import openpyxl
from docx.enum.text import WD_BREAK
from docx.oxml.parser import OxmlElement
from docx.table import _Cell
from openpyxl.styles import Alignment

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"
SEED_001 = "001_512a5e0ef4657c09"
SEED_002 = "002_790eb7ad8dccb9a1"


def gold(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SEEDS / f"{name}.gold.json").read_text("utf-8"))
    return data


def _save(doc: Any) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _runs(paragraph: Any, text: str, pieces: int = 3) -> None:
    """Write ``text`` split over several runs, as Word does after edits."""
    step = max(1, len(text) // pieces)
    for i in range(0, len(text), step):
        paragraph.add_run(text[i : i + step])


def _set(cell: _Cell, text: str) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    _runs(cell.paragraphs[0], lines[0])
    for line in lines[1:]:
        _runs(cell.add_paragraph(), line)


def _vmerge(cells: list[_Cell]) -> None:
    """Merge a column run of cells the way Word stores it (restart + continue)."""
    if len(cells) > 1:
        cells[0].merge(cells[-1])


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def _sections(tasks: list[dict[str, Any]], level: int) -> list[tuple[int, int, str]]:
    """Runs (start, end, title) of consecutive tasks sharing a section prefix."""
    runs: list[tuple[int, int, str]] = []
    for i, t in enumerate(tasks):
        key = tuple(t["section"][: level + 1])
        if runs and tuple(tasks[runs[-1][0]]["section"][: level + 1]) == key:
            runs[-1] = (runs[-1][0], i, runs[-1][2])
        else:
            runs.append((i, i, t["section"][level] if len(t["section"]) > level else ""))
    return runs


_CN = "一二三四五六七八九十"


def _cn(n: int) -> str:
    if n <= 10:
        return _CN[n - 1]
    if n < 20:
        return "十" + _CN[n - 11]
    return _CN[n // 10 - 1] + "十" + (_CN[n % 10 - 1] if n % 10 else "")


def seed_001_docx() -> bytes:
    """Seed 001 as its office made it: title, 5 columns, merged section cells,
    the label inside the requirement, split over two tables at a page break
    with the header repeated."""
    g = gold(SEED_001)
    tasks = g["tasks"]
    doc = docx.Document()
    doc.add_paragraph("江门市住房城乡建设局贯彻落实国务院办公厅")
    doc.add_paragraph("政务公开工作要点分工方案")
    half = len(tasks) // 2
    # cut between two first-level sections' tasks, as a page break does
    for part, chunk in enumerate((tasks[:half], tasks[half:])):
        if part:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        table = doc.add_table(rows=1 + len(chunk), cols=5)
        table.style = "Table Grid"
        for k, h in enumerate(["工作要求", "工作任务", "具体要求", "责任科室(单位)", "完成时限"]):
            _set(table.rows[0].cells[k], h)
        _repeat_header(table.rows[0])
        cells = [row.cells for row in table.rows]
        for i, t in enumerate(chunk):
            row = cells[i + 1]
            _set(row[2], f"{t['label']}.{t['text']}")
            _set(row[3], t["responsibility"] or "")
            _set(row[4], (t["deadline"] or {}).get("raw", "") if t["deadline"] else "")
        for level in (0, 1):
            for start, end, title in _sections(chunk, level):
                sec = chunk[start]["section"]
                if level >= len(sec):
                    continue
                label = _label_of(tasks, chunk[start], level)
                col = [cells[r + 1][level] for r in range(start, end + 1)]
                _vmerge(col)
                _set(table.cell(start + 1, level), label + title)
    return _save(doc)


def _label_of(all_tasks: list[dict[str, Any]], task: dict[str, Any], level: int) -> str:
    seen: list[tuple[str, ...]] = []
    for t in all_tasks:
        key = tuple(t["section"][: level + 1])
        if (
            len(key) == level + 1
            and key not in seen
            and (level == 0 or key[:-1] == tuple(task["section"][:level]))
        ):
            seen.append(key)
    key = tuple(task["section"][: level + 1])
    n = seen.index(key) + 1
    return f"{_cn(n)}、" if level == 0 else f"（{_cn(n)}）"


def seed_002_docx() -> bytes:
    """Seed 002: the notice (文号, date) above, a title row merged across the
    table, a 序号 column, merged section and responsibility cells, a notes
    column, and the plan-wide deadline in a closing sentence."""
    g = gold(SEED_002)
    tasks = g["tasks"]
    plan = g["plan"]
    doc = docx.Document()
    doc.add_paragraph("江门市市场监督管理局文件")
    doc.add_paragraph(plan["doc_number"])
    doc.add_paragraph("关于印发江门市市场监督管理局2021年政务公开工作要点分工方案的通知")
    doc.add_paragraph(
        "为贯彻落实国家、省、市关于做好2021年政务公开工作要求，根据《江门市2021年政务公开工作"
        "要点分工方案》，结合我局实际，制定了《江门市市场监督管理局2021年政务公开工作要点分工方案》。"
    )
    doc.add_paragraph("江门市市场监督管理局")
    doc.add_paragraph("2021年10月28日")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    table = doc.add_table(rows=2 + len(tasks), cols=5)
    table.style = "Table Grid"
    title = table.rows[0].cells[0].merge(table.rows[0].cells[4])
    _set(title, plan["title"])
    for k, h in enumerate(["序号", "工作任务", "具体要求", "责任单位", "备注"]):
        _set(table.rows[1].cells[k], h)
    _repeat_header(table.rows[1])
    cells = [row.cells for row in table.rows]
    for i, t in enumerate(tasks):
        row = cells[i + 2]
        _set(row[0], t["label"])
        _set(row[2], t["text"])
        _set(row[4], t["note"] or "")
    for start, end, title_text in _sections(tasks, 0):
        label = _label_of(tasks, tasks[start], 0)
        _vmerge([cells[r + 2][1] for r in range(start, end + 1)])
        _set(table.cell(start + 2, 1), label + title_text)
    # a responsibility shared by consecutive tasks is one merged cell
    i = 0
    while i < len(tasks):
        j = i
        while (
            j + 1 < len(tasks)
            and tasks[j + 1]["responsibility"] == tasks[i]["responsibility"]
            and tasks[j + 1]["section"] == tasks[i]["section"]
        ):
            j += 1
        _vmerge([cells[r + 2][3] for r in range(i, j + 1)])
        _set(table.cell(i + 2, 3), tasks[i]["responsibility"] or "")
        i = j + 1
    doc.add_paragraph(plan["default_deadline"]["raw"] + "。")
    return _save(doc)


def seed_002_xlsx() -> bytes:
    """Seed 002 as a tracking workbook: a title row and a 文号 row above the
    header, numbers as numbers, merged section and responsibility cells, and a
    second sheet of contacts that is not a plan."""
    g = gold(SEED_002)
    tasks = g["tasks"]
    plan = g["plan"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分工方案"
    ws["A1"] = plan["title"]
    ws.merge_cells("A1:E1")
    ws["A2"] = plan["doc_number"]
    ws.merge_cells("A2:C2")
    ws["E2"] = "2021年10月28日"
    for k, h in enumerate(["序号", "工作任务", "具体要求", "责任单位", "备注"], start=1):
        ws.cell(row=3, column=k, value=h)
    for i, t in enumerate(tasks):
        r = i + 4
        ws.cell(row=r, column=1, value=t["number"])
        ws.cell(row=r, column=3, value=t["text"]).alignment = Alignment(wrap_text=True)
        ws.cell(row=r, column=5, value=t["note"])
    for start, end, title_text in _sections(tasks, 0):
        label = _label_of(tasks, tasks[start], 0)
        ws.cell(row=start + 4, column=2, value=label + title_text)
        if end > start:
            ws.merge_cells(start_row=start + 4, start_column=2, end_row=end + 4, end_column=2)
    i = 0
    while i < len(tasks):
        j = i
        while (
            j + 1 < len(tasks)
            and tasks[j + 1]["responsibility"] == tasks[i]["responsibility"]
            and tasks[j + 1]["section"] == tasks[i]["section"]
        ):
            j += 1
        ws.cell(row=i + 4, column=4, value=tasks[i]["responsibility"])
        if j > i:
            ws.merge_cells(start_row=i + 4, start_column=4, end_row=j + 4, end_column=4)
        i = j + 1
    ws.cell(row=len(tasks) + 5, column=1, value=plan["default_deadline"]["raw"] + "。")
    contacts = wb.create_sheet("联系人")
    contacts.append(["姓名", "电话"])
    contacts.append(["张三", "0750-1234567"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def docx_with_body_xml(inner: str) -> bytes:
    """A DOCX whose body holds ``inner`` (WordprocessingML, ``w:`` prefix bound)."""
    doc = docx.Document()
    data = _save(doc)
    return replace_part(data, "word/document.xml", _document_xml(inner))


def _document_xml(inner: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:x="urn:example:unknown">'
        f"<w:body>{inner}<w:sectPr/></w:body></w:document>"
    ).encode()


def replace_part(data: bytes, name: str, body: bytes) -> bytes:
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = body if info.filename == name else src.read(info.filename)
            dst.writestr(copy.copy(info), content)
    return out.getvalue()


def p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def tc(inner: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{inner or '<w:p/>'}</w:tc>"


def tr(*cells: str, props: str = "") -> str:
    return f"<w:tr>{'<w:trPr>' + props + '</w:trPr>' if props else ''}{''.join(cells)}</w:tr>"


def tbl(*rows: str, cols: int = 2) -> str:
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in range(cols))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
