"""Build office files the way offices make them, from the seeds' gold annotations.

Usage::

    python tests/data/office_realistic/make_office_files.py [OUTDIR]

Writes ``NAME.docx`` / ``NAME.xlsx`` and ``NAME.gold.json`` for every file
into ``OUTDIR`` (default: this directory).  The files are made with
python-docx and openpyxl directly, never with zwgk's writers, in the
layouts seen in published plans: a title (and 文号) above the table, header
words that vary (重点任务, 工作措施, 责任科室（单位）, 时限要求, 牵头单位 +
配合单位), merged section and responsibility cells, heading rows spanning
the table, numbers in their own column (``1``, ``1.``, ``（一）``, automatic
numbering, ``=ROW()-3``), header rows repeated after a page break or typed
again, cells of several paragraphs with bold fragments; workbooks with a
merged title row, a blank row, the header on row 3, real date cells, hidden
columns, a sheet of notes.  ``*.recalc.xlsx`` are the formula workbooks
saved again by LibreOffice, so that their formulas carry cached values as
Excel's do.

Each gold file is the seed's gold adjusted for what the file changes (no
notice -> no 文号 expected; lead/assist columns -> the raw responsibility
is ``lead；assist``).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _docgen import (  # noqa: E402  (a sibling module of this script)
    S000,
    S001,
    S002,
    S003,
    S004,
    Gold,
    cn,
    deadline_cell,
    keep_meta,
    lead_assist,
    page_break,
    para,
    repeat_header,
    save_doc,
    save_wb,
    seed_gold,
)


def runs(tasks: list[Gold], level: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive tasks sharing their section down to ``level``."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(tasks):
        key = tuple(t["section"][: level + 1])
        if out and tuple(tasks[out[-1][0]]["section"][: level + 1]) == key:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def heading_labels(tasks: list[Gold]) -> list[list[str]]:
    """Each task's section titles with conventional ordinals (一、 / （一）)."""
    seen: dict[tuple[str, ...], int] = {}
    child_count: dict[tuple[str, ...], int] = {}
    out: list[list[str]] = []
    for t in tasks:
        sec = tuple(t["section"])
        labels = []
        for k in range(len(sec)):
            key = sec[: k + 1]
            if key not in seen:
                child_count[key[:-1]] = child_count.get(key[:-1], 0) + 1
                seen[key] = child_count[key[:-1]]
            n = seen[key]
            labels.append((f"{cn(n)}、" if k == 0 else f"（{cn(n)}）") + sec[k])
        out.append(labels)
    return out


def resp_runs(tasks: list[Gold]) -> list[tuple[int, int]]:
    """Runs of consecutive tasks in one section with the same responsibility."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(tasks):
        if (
            out
            and tasks[out[-1][0]]["responsibility"] == t["responsibility"]
            and tasks[out[-1][0]]["section"] == t["section"]
            and t["responsibility"]
        ):
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


# ------------------------------------------------------------------ Word helpers


def new_doc(*, landscape: bool = False, font: str = "仿宋_GB2312", size: float = 12) -> Any:
    doc = docx.Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    normal.paragraph_format.space_after = Pt(0)
    return doc


def footer_page_number(doc: Any) -> None:
    """A centred ``- N -`` footer (a PAGE field), as official documents have."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("- ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    p.add_run(" -")


def put(cell: Any, text: str, *, bold_head: int = 0, paragraphs: bool = False) -> None:
    """Cell text typed over several runs; ``paragraphs`` puts each sentence in
    its own paragraph; ``bold_head`` makes the first characters bold."""
    cell.text = ""
    pieces = [text]
    if paragraphs:
        pieces = [s + "。" for s in text.split("。") if s]
        if not text.endswith("。") and pieces:
            pieces[-1] = pieces[-1][:-1]
    for k, piece in enumerate(pieces):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        head = piece[:bold_head] if k == 0 else ""
        if head:
            p.add_run(head).bold = True
        rest = piece[len(head) :]
        step = max(1, len(rest) // 3)
        for i in range(0, len(rest), step):
            p.add_run(rest[i : i + step])


def no_borders(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def widths(table: Any, cms: list[float]) -> None:
    table.autofit = False
    for j, w in enumerate(cms):
        table.columns[j].width = Cm(w)
        for row in table.rows:
            row.cells[j].width = Cm(w)


def vmerge(table: Any, col: int, top: int, bottom: int, text: str, **kw: Any) -> None:
    cell = table.cell(top, col)
    if bottom > top:
        cell = cell.merge(table.cell(bottom, col))
    put(cell, text, **kw)


def auto_numbering(doc: Any) -> int:
    """Add a decimal list (``1.`` ``2.`` …) to the numbering part; its numId."""
    part = doc.part.numbering_part
    numbering = part.element
    abstract_id = 90
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1.")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    return 90


def number_paragraph(p: Any, num_id: int) -> None:
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


# ------------------------------------------------------------------ DOCX files

NOTICE_000 = [
    "江门市政府投资工程建设管理中心",
    "江建管〔2021〕11号",
    "江门市政府投资工程建设管理中心关于印发市建管中心2021年政务公开工作要点分工方案的通知",
    "中心各科室：",
    "为贯彻落实《江门市人民政府办公室关于印发江门市2021年政务公开工作要点分工方案的通知》"
    "（江府办函〔2021〕129号）精神，现将《市建管中心2021年政务公开工作要点分工方案》"
    "印发给你们，请认真贯彻执行。",
    "江门市政府投资工程建设管理中心",
    "2021年10月19日",
]


def d01_title_number_column() -> tuple[bytes, Gold]:
    """Seed 000: 文号 and title above; 序号 | 重点任务 (merged) | 工作措施 | 责任单位 | 完成时限."""
    g = keep_meta(seed_gold(S000), "title", "doc_number")
    tasks = g["tasks"]
    doc = new_doc()
    para(doc, "江建管〔2021〕11号", center=True)
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = heading_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=5)
    table.style = "Table Grid"
    for j, h in enumerate(["序号", "重点任务", "工作措施", "责任单位", "完成时限"]):
        put(table.cell(0, j), h, bold_head=4)
    repeat_header(table.rows[0])
    for i, t in enumerate(tasks, start=1):
        put(table.cell(i, 0), str(t["number"]))
        put(table.cell(i, 2), t["text"])
        put(table.cell(i, 3), t["responsibility"] or "")
        put(table.cell(i, 4), deadline_cell(t))
    for a, b in runs(tasks, 0):
        vmerge(table, 1, a + 1, b + 1, heads[a][0])
    widths(table, [1.2, 3.5, 7.0, 3.0, 2.0])
    return save_doc(doc), g


def d02_two_heading_columns_split(landscape: bool = False) -> tuple[bytes, Gold]:
    """Seed 001: 一、 and （一） columns merged down, 序号, 责任科室（单位）, 时限要求;
    the table split in two at a page break, the header repeated on the second."""
    g = keep_meta(seed_gold(S001), "title")
    tasks = g["tasks"]
    doc = new_doc(landscape=landscape)
    para(doc, "附件", bold=True)
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = heading_labels(tasks)
    cut = next(i for i, t in enumerate(tasks) if i > 18 and t["section"] != tasks[i - 1]["section"])
    header = ["工作要求", "工作任务", "序号", "具体要求", "责任科室（单位）", "时限要求"]
    for part, (lo, hi) in enumerate(((0, cut), (cut, len(tasks)))):
        if part:
            page_break(doc)
        chunk = tasks[lo:hi]
        table = doc.add_table(rows=1 + len(chunk), cols=6)
        table.style = "Table Grid"
        for j, h in enumerate(header):
            put(table.cell(0, j), h)
        repeat_header(table.rows[0])
        for i, t in enumerate(chunk, start=1):
            put(table.cell(i, 2), str(t["number"]))
            put(table.cell(i, 3), t["text"])
            put(table.cell(i, 4), t["responsibility"] or "")
            put(table.cell(i, 5), deadline_cell(t))
        for level in (0, 1):
            for a, b in runs(chunk, level):
                if len(chunk[a]["section"]) > level:
                    vmerge(table, level, a + 1, b + 1, heads[lo + a][level])
        widths(
            table, [2.5, 3.0, 1.0, 9.0, 4.0, 2.5] if landscape else [2.0, 2.4, 1.0, 6.0, 2.4, 1.6]
        )
    return save_doc(doc), g


def lead_assist_gold(g: Gold) -> Gold:
    """Gold for a file whose responsibility is typed in 牵头单位 / 配合单位 columns."""
    g = copy.deepcopy(g)
    for t in g["tasks"]:
        lead, assist = lead_assist(t)
        t["responsibility"] = "；".join(x for x in (lead, assist) if x) or None
        t["units"] = [
            {"name": u["name"].split("|")[0], "role": "assist" if u["role"] == "assist" else "lead"}
            for u in t["units"] or ()
        ]
    return g


def d03_heading_rows_lead_assist() -> tuple[bytes, Gold]:
    """Seed 001: heading rows spanning the table (gridSpan); 牵头单位 and 配合单位 columns."""
    g = lead_assist_gold(keep_meta(seed_gold(S001), "title"))
    tasks = g["tasks"]
    doc = new_doc()
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = heading_labels(tasks)
    rows: list[tuple[str, Any]] = []
    prev: list[str] = []
    for t, h in zip(tasks, heads, strict=True):
        for level, label in enumerate(h):
            if level >= len(prev) or prev[level] != label:
                rows.append(("head", label))
                prev = prev[:level]
        prev = list(h)
        rows.append(("task", t))
    table = doc.add_table(rows=1 + len(rows), cols=5)
    table.style = "Table Grid"
    for j, word in enumerate(["序号", "工作任务", "牵头单位", "配合单位", "时限要求"]):
        put(table.cell(0, j), word)
    for i, (kind, value) in enumerate(rows, start=1):
        if kind == "head":
            merged = table.cell(i, 0).merge(table.cell(i, 4))
            put(merged, value, bold_head=len(value))
            continue
        lead, assist = lead_assist(value)
        put(table.cell(i, 0), str(value["number"]))
        put(table.cell(i, 1), value["text"])
        put(table.cell(i, 2), lead)
        put(table.cell(i, 3), assist)
        put(table.cell(i, 4), deadline_cell(value))
    widths(table, [1.0, 8.0, 2.6, 2.6, 1.8])
    return save_doc(doc), g


NOTICE_002 = [
    "江门市市场监督管理局文件",
    "江市监办〔2021〕233号",
    "关于印发江门市市场监督管理局2021年政务公开工作要点分工方案的通知",
    "各科室、直属单位：",
    "为贯彻落实国家、省、市关于做好2021年政务公开工作要求，根据《江门市2021年政务公开工作"
    "要点分工方案》，结合我局实际，制定了《江门市市场监督管理局2021年政务公开工作要点分工方案》，"
    "现印发给你们，请认真贯彻落实。",
    "江门市市场监督管理局",
    "2021年10月28日",
]


def d04_header_typed_again() -> tuple[bytes, Gold]:
    """Seed 002: notice above, title row merged across the table, numbers ``1.``,
    merged responsibility cells, notes, the header typed again by hand
    half-way down (where the next page starts), the default deadline below."""
    g = keep_meta(
        seed_gold(S002), "title", "issuer", "doc_number", "date", "parents", "default_deadline"
    )
    tasks = g["tasks"]
    doc = new_doc()
    for line in NOTICE_002:
        para(doc, line)
    page_break(doc)
    header = ["序号", "工作任务", "具体要求", "责任单位", "备注"]
    again = 20
    n_rows = 2 + len(tasks) + 1
    table = doc.add_table(rows=n_rows, cols=5)
    table.style = "Table Grid"
    put(table.cell(0, 0).merge(table.cell(0, 4)), g["plan"]["title"])
    for j, h in enumerate(header):
        put(table.cell(1, j), h)

    def row_of(i: int) -> int:
        return 2 + i + (1 if i >= again else 0)

    for j, h in enumerate(header):
        put(table.cell(row_of(again) - 1, j), h)
    heads = heading_labels(tasks)
    for i, t in enumerate(tasks):
        r = row_of(i)
        put(table.cell(r, 0), f"{t['number']}.")
        put(table.cell(r, 2), t["text"])
        put(table.cell(r, 4), t["note"] or "")
    for a, b in runs(tasks, 0):
        pieces = [(a, min(b, again - 1)), (max(a, again), b)] if a < again <= b else [(a, b)]
        for x, y in pieces:
            if x <= y:
                vmerge(table, 1, row_of(x), row_of(y), heads[x][0])
    for a, b in resp_runs(tasks):
        pieces = [(a, again - 1), (again, b)] if a < again <= b else [(a, b)]
        for x, y in pieces:
            vmerge(table, 3, row_of(x), row_of(y), tasks[x]["responsibility"] or "")
    widths(table, [1.2, 3.0, 7.5, 2.6, 1.7])
    para(doc, g["plan"]["default_deadline"]["raw"] + "。")
    return save_doc(doc), g


def d05_paragraph_cells_traditional(ruled: bool = True) -> tuple[bytes, Gold]:
    """Seed 003 (Traditional script): 序號 | 工作任務 (merged) | 具體要求 (several
    paragraphs, a bold opening) | 責任單位."""
    g = keep_meta(seed_gold(S003), "title")
    tasks = g["tasks"]
    doc = new_doc(font="宋体")
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = heading_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=4)
    if ruled:
        table.style = "Table Grid"
    else:
        no_borders(table)
    for j, h in enumerate(["序號", "工作任務", "具體要求", "責任單位"]):
        put(table.cell(0, j), h)
    repeat_header(table.rows[0])
    for i, t in enumerate(tasks, start=1):
        put(table.cell(i, 0), str(t["number"]))
        put(table.cell(i, 2), t["text"], bold_head=6, paragraphs=True)
        put(table.cell(i, 3), t["responsibility"] or "")
    for a, b in runs(tasks, 0):
        vmerge(table, 1, a + 1, b + 1, heads[a][0])
    widths(table, [1.2, 3.0, 8.0, 3.4])
    return save_doc(doc), g


NOTICE_004 = [
    "九江市人民政府办公室关于印发2021年全市政务公开重点工作责任分工的通知",
    "九府办函〔2021〕106号",
    "各县（市、区）人民政府，市政府各部门：",
    "为深入贯彻落实《2021年江西省政务公开工作方案》（赣府厅〔2021〕30号）精神，"
    "经市政府同意，现将2021年全市政务公开重点工作责任分工印发给你们，请认真抓好落实。",
    "九江市人民政府办公室",
    "2021年6月29日",
]


def d06_label_column_chinese() -> tuple[bytes, Gold]:
    """Seed 004: the notice, then 重点工作 (merged) | 序号 (（一）) | 工作任务 | 责任单位."""
    g = keep_meta(seed_gold(S004), "title", "issuer", "doc_number", "date", "parents")
    tasks = g["tasks"]
    doc = new_doc()
    for line in NOTICE_004:
        para(doc, line)
    page_break(doc)
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = heading_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=4)
    table.style = "Table Grid"
    for j, h in enumerate(["重点工作", "序号", "工作任务", "责任单位"]):
        put(table.cell(0, j), h)
    repeat_header(table.rows[0])
    for i, t in enumerate(tasks, start=1):
        put(table.cell(i, 1), t["label"])
        put(table.cell(i, 2), t["text"])
        put(table.cell(i, 3), t["responsibility"] or "")
    for a, b in runs(tasks, 0):
        vmerge(table, 0, a + 1, b + 1, heads[a][0])
    widths(table, [2.6, 1.6, 8.2, 3.2])
    return save_doc(doc), g


def d07_auto_numbering() -> tuple[bytes, Gold]:
    """Seed 000: the 序号 column numbered automatically (empty numbered paragraphs)."""
    g = keep_meta(seed_gold(S000), "title")
    tasks = g["tasks"]
    doc = new_doc()
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    num_id = auto_numbering(doc)
    heads = heading_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=4)
    table.style = "Table Grid"
    for j, h in enumerate(["序号", "工作任务", "工作要求", "责任单位"]):
        put(table.cell(0, j), h)
    for i, t in enumerate(tasks, start=1):
        number_paragraph(table.cell(i, 0).paragraphs[0], num_id)
        put(table.cell(i, 2), t["text"])
        put(table.cell(i, 3), t["responsibility"] or "")
    for a, b in runs(tasks, 0):
        vmerge(table, 1, a + 1, b + 1, heads[a][0])
    widths(table, [1.2, 3.0, 8.0, 3.4])
    return save_doc(doc), g


def d08_merged_responsibility_heading_rows() -> tuple[bytes, Gold]:
    """Seed 003: heading rows across the table, one responsibility cell merged
    over the tasks that share it, a 完成时限 column left mostly empty."""
    g = keep_meta(seed_gold(S003), "title")
    tasks = g["tasks"]
    doc = new_doc()
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = heading_labels(tasks)
    layout: list[int] = []  # table row of each task
    head_rows: list[tuple[int, str]] = []
    r = 1
    for i, t in enumerate(tasks):
        if i == 0 or t["section"] != tasks[i - 1]["section"]:
            head_rows.append((r, heads[i][0]))
            r += 1
        layout.append(r)
        r += 1
    table = doc.add_table(rows=r, cols=4)
    table.style = "Table Grid"
    for j, h in enumerate(["序號", "工作任務", "責任單位", "完成時限"]):
        put(table.cell(0, j), h)
    for row, text in head_rows:
        put(table.cell(row, 0).merge(table.cell(row, 3)), text)
    for i, t in enumerate(tasks):
        put(table.cell(layout[i], 0), str(t["number"]))
        put(table.cell(layout[i], 1), t["text"])
        put(table.cell(layout[i], 3), deadline_cell(t))
    for a, b in resp_runs(tasks):
        vmerge(table, 2, layout[a], layout[b], tasks[a]["responsibility"] or "")
    widths(table, [1.2, 9.0, 3.6, 2.0])
    return save_doc(doc), g


def d09_full_notice_landscape() -> tuple[bytes, Gold]:
    """Seed 000 as issued: the full notice, 附件, the title, a landscape table
    whose header repeats over pages, ``- N -`` page numbers."""
    g = keep_meta(seed_gold(S000), "title", "issuer", "doc_number", "date", "parents")
    tasks = g["tasks"]
    doc = new_doc(landscape=True, font="仿宋", size=14)
    for k, line in enumerate(NOTICE_000):
        para(doc, line, center=k in (0, 1, 2))
    page_break(doc)
    para(doc, "附件", bold=True)
    para(doc, g["plan"]["title"], center=True, bold=True, size=20)
    heads = heading_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=5)
    table.style = "Table Grid"
    for j, h in enumerate(["序号", "重点工作", "具体任务", "责任科室", "完成时间"]):
        put(table.cell(0, j), h)
    repeat_header(table.rows[0])
    for i, t in enumerate(tasks, start=1):
        put(table.cell(i, 0), str(t["number"]))
        put(table.cell(i, 2), t["text"])
        put(table.cell(i, 4), deadline_cell(t))
    for a, b in runs(tasks, 0):
        vmerge(table, 1, a + 1, b + 1, heads[a][0])
    for a, b in resp_runs(tasks):
        vmerge(table, 3, a + 1, b + 1, tasks[a]["responsibility"] or "")
    widths(table, [1.5, 4.5, 12.0, 4.0, 2.3])
    footer_page_number(doc)
    return save_doc(doc), g


def d10_line_breaks_notes() -> tuple[bytes, Gold]:
    """Seed 002: 一、 headings in the first column, line breaks inside cells
    (Shift+Enter), numbers in their own column, a 备注 column, empty cells."""
    g = keep_meta(seed_gold(S002), "title")
    tasks = g["tasks"]
    doc = new_doc()
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = heading_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=6)
    table.style = "Table Grid"
    for j, h in enumerate(["项目", "序号", "工作内容", "责任部门", "完成时限", "备注"]):
        put(table.cell(0, j), h)
    for i, t in enumerate(tasks, start=1):
        put(table.cell(i, 1), str(t["number"]))
        p = table.cell(i, 2).paragraphs[0]
        sentences = [s for s in t["text"].split("。") if s]
        for k, s in enumerate(sentences):
            run = p.add_run(
                s + ("。" if k < len(sentences) - 1 or t["text"].endswith("。") else "")
            )
            if k < len(sentences) - 1:
                run.add_break()
        put(table.cell(i, 3), t["responsibility"] or "")
        put(table.cell(i, 4), deadline_cell(t))
        put(table.cell(i, 5), t["note"] or "")
    for a, b in runs(tasks, 0):
        vmerge(table, 0, a + 1, b + 1, heads[a][0])
    widths(table, [2.4, 1.0, 7.0, 2.6, 1.6, 1.6])
    return save_doc(doc), g


# ------------------------------------------------------------------ XLSX files


def _title_rows(ws: Any, title: str, width: int) -> None:
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=16)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)


def x01_formula_numbers() -> tuple[bytes, Gold]:
    """Seed 000: title merged across row 1, row 2 blank, header on row 3,
    numbers as ``=ROW()-3``, section cells merged, wrapped text."""
    g = keep_meta(seed_gold(S000), "title")
    tasks = g["tasks"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title_rows(ws, g["plan"]["title"], 5)
    for k, h in enumerate(["序号", "重点任务", "具体要求", "责任单位", "完成时限"], start=1):
        ws.cell(row=3, column=k, value=h).font = Font(bold=True)
    heads = heading_labels(tasks)
    for i, t in enumerate(tasks):
        r = i + 4
        ws.cell(row=r, column=1, value="=ROW()-3")
        ws.cell(row=r, column=3, value=t["text"]).alignment = Alignment(wrap_text=True)
        ws.cell(row=r, column=4, value=t["responsibility"])
        ws.cell(row=r, column=5, value=deadline_cell(t) or None)
    for a, b in runs(tasks, 0):
        ws.cell(row=a + 4, column=2, value=heads[a][0])
        if b > a:
            ws.merge_cells(start_row=a + 4, start_column=2, end_row=b + 4, end_column=2)
    ws.print_title_rows = "3:3"
    return save_wb(wb), g


def x02_dates_hidden_notes_sheet() -> tuple[bytes, Gold]:
    """Seed 002: a 填报说明 sheet first, then the plan: title, 文号 row, blank
    row, header on row 4; deadlines as real date cells; a hidden column of
    internal codes; merged section and responsibility cells; notes."""
    g = keep_meta(seed_gold(S002), "title", "doc_number", "default_deadline")
    tasks = g["tasks"]
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填报说明"
    notes["A1"] = "填报说明"
    notes["A2"] = "1.请各科室对照分工方案逐项填写完成情况。"
    notes["A3"] = "2.报送时间：每季度末月25日前。"
    ws = wb.create_sheet("分工方案")
    _title_rows(ws, g["plan"]["title"], 6)
    ws["A2"] = g["plan"]["doc_number"]
    header = ["序号", "工作任务", "具体要求", "责任单位", "完成时限", "备注", "内部编码"]
    for k, h in enumerate(header, start=1):
        ws.cell(row=4, column=k, value=h)
    ws.column_dimensions["G"].hidden = True
    heads = heading_labels(tasks)
    for i, t in enumerate(tasks):
        r = i + 5
        ws.cell(row=r, column=1, value=t["number"])
        text = t["text"]
        d = t["deadline"]
        ws.cell(row=r, column=3, value=text)
        if d and d["due"] and d["raw"] not in text:
            c = ws.cell(row=r, column=5, value=dt.date.fromisoformat(d["due"]))
            c.number_format = 'yyyy"年"m"月"d"日"'
        ws.cell(row=r, column=6, value=t["note"])
        ws.cell(row=r, column=7, value=f"JM-2021-{i + 1:03d}")
    for a, b in runs(tasks, 0):
        ws.cell(row=a + 5, column=2, value=heads[a][0])
        if b > a:
            ws.merge_cells(start_row=a + 5, start_column=2, end_row=b + 5, end_column=2)
    for a, b in resp_runs(tasks):
        ws.cell(row=a + 5, column=4, value=tasks[a]["responsibility"])
        if b > a:
            ws.merge_cells(start_row=a + 5, start_column=4, end_row=b + 5, end_column=4)
    ws.cell(row=len(tasks) + 6, column=1, value=g["plan"]["default_deadline"]["raw"] + "。")
    return save_wb(wb), g


def x03_two_row_header() -> tuple[bytes, Gold]:
    """Seed 001: a two-row header (责任单位 over 牵头单位 | 配合单位), the two
    heading levels in merged columns, numbers as text."""
    g = lead_assist_gold(keep_meta(seed_gold(S001), "title"))
    tasks = g["tasks"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工作要点"
    _title_rows(ws, g["plan"]["title"], 7)
    for col, h in ((1, "工作要求"), (2, "工作任务"), (3, "序号"), (4, "具体要求"), (7, "完成时限")):
        ws.cell(row=2, column=col, value=h)
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.cell(row=2, column=5, value="责任单位")
    ws.merge_cells("E2:F2")
    ws["E3"] = "牵头单位"
    ws["F3"] = "配合单位"
    heads = heading_labels(tasks)
    for i, t in enumerate(tasks):
        r = i + 4
        lead, assist = lead_assist(t)
        ws.cell(row=r, column=3, value=str(t["number"]))
        ws.cell(row=r, column=4, value=t["text"])
        ws.cell(row=r, column=5, value=lead or None)
        ws.cell(row=r, column=6, value=assist or None)
        ws.cell(row=r, column=7, value=deadline_cell(t) or None)
    for level in (0, 1):
        for a, b in runs(tasks, level):
            if len(heads[a]) <= level:
                continue
            ws.cell(row=a + 4, column=level + 1, value=heads[a][level])
            if b > a:
                ws.merge_cells(
                    start_row=a + 4, start_column=level + 1, end_row=b + 4, end_column=level + 1
                )
    return save_wb(wb), g


def x04_heading_rows_alt_enter() -> tuple[bytes, Gold]:
    """Seed 004: heading rows merged across the sheet, labels ``（一）`` in the
    序号 column, Alt+Enter line breaks in the text cells."""
    g = keep_meta(seed_gold(S004), "title")
    tasks = g["tasks"]
    wb = openpyxl.Workbook()
    ws = wb.active
    _title_rows(ws, g["plan"]["title"], 4)
    for k, h in enumerate(["序号", "工作任务", "责任单位", "时间要求"], start=1):
        ws.cell(row=3, column=k, value=h)
    heads = heading_labels(tasks)
    r = 4
    for i, t in enumerate(tasks):
        if i == 0 or t["section"] != tasks[i - 1]["section"]:
            ws.cell(row=r, column=1, value=heads[i][0])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            r += 1
        ws.cell(row=r, column=1, value=t["label"])
        text = t["text"].replace("。", "。\n").rstrip("\n")
        ws.cell(row=r, column=2, value=text).alignment = Alignment(wrap_text=True)
        ws.cell(row=r, column=3, value=t["responsibility"])
        ws.cell(row=r, column=4, value=deadline_cell(t) or None)
        r += 1
    return save_wb(wb), g


def x05_footer_rows_header_row2() -> tuple[bytes, Gold]:
    """Seed 003: header on row 2, integers in 序號, the section in a merged
    column, a 填表人 line and a blank line under the table, a second sheet
    with the same plan's summary (not a plan)."""
    g = keep_meta(seed_gold(S003), "title")
    tasks = g["tasks"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任務分工"
    _title_rows(ws, g["plan"]["title"], 4)
    for k, h in enumerate(["序號", "重點任務", "具體措施", "責任單位"], start=1):
        ws.cell(row=2, column=k, value=h)
    heads = heading_labels(tasks)
    for i, t in enumerate(tasks):
        r = i + 3
        ws.cell(row=r, column=1, value=t["number"])
        ws.cell(row=r, column=3, value=t["text"])
        ws.cell(row=r, column=4, value=t["responsibility"])
    for a, b in runs(tasks, 0):
        ws.cell(row=a + 3, column=2, value=heads[a][0])
        if b > a:
            ws.merge_cells(start_row=a + 3, start_column=2, end_row=b + 3, end_column=2)
    ws.cell(row=len(tasks) + 5, column=1, value="填表人：")
    ws.cell(row=len(tasks) + 5, column=3, value="聯繫電話：")
    summary = wb.create_sheet("統計")
    summary.append(["任務總數", len(tasks)])
    return save_wb(wb), g


# ------------------------------------------------------------------ driver

DOCX: dict[str, Callable[[], tuple[bytes, Gold]]] = {
    "d01_title_number_column": d01_title_number_column,
    "d02_two_heading_columns_split": d02_two_heading_columns_split,
    "d03_heading_rows_lead_assist": d03_heading_rows_lead_assist,
    "d04_header_typed_again": d04_header_typed_again,
    "d05_paragraph_cells_traditional": d05_paragraph_cells_traditional,
    "d06_label_column_chinese": d06_label_column_chinese,
    "d07_auto_numbering": d07_auto_numbering,
    "d08_merged_responsibility_heading_rows": d08_merged_responsibility_heading_rows,
    "d09_full_notice_landscape": d09_full_notice_landscape,
    "d10_line_breaks_notes": d10_line_breaks_notes,
}
XLSX: dict[str, Callable[[], tuple[bytes, Gold]]] = {
    "x01_formula_numbers": x01_formula_numbers,
    "x02_dates_hidden_notes_sheet": x02_dates_hidden_notes_sheet,
    "x03_two_row_header": x03_two_row_header,
    "x04_heading_rows_alt_enter": x04_heading_rows_alt_enter,
    "x05_footer_rows_header_row2": x05_footer_rows_header_row2,
}


def soffice_convert(src: Path, outdir: Path, target: str) -> Path:
    """Convert ``src`` with LibreOffice (``target``: ``pdf``, ``xlsx``…)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("soffice (LibreOffice) is not on PATH")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        (made,) = Path(tmp).iterdir()
        out = outdir / made.name
        shutil.move(str(made), out)
    return out


def cache_row_formulas(data: bytes) -> bytes:
    """Give every ``=ROW()-k`` formula cell its value, as Excel saves it."""
    import re
    import zipfile

    def fill(m: re.Match[str]) -> str:
        row = int(m["row"])
        return f'<c r="{m["ref"]}"{m["attrs"]}><f>ROW()-{m["k"]}</f><v>{row - int(m["k"])}</v></c>'

    cell = re.compile(
        r'<c r="(?P<ref>[A-Z]+(?P<row>\d+))"(?P<attrs>[^>]*)>'
        r"<f>ROW\(\)-(?P<k>\d+)</f><v\s*/?>(?:</v>)?</c>"
    )
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                content = cell.sub(fill, content.decode("utf-8")).encode("utf-8")
            dst.writestr(info, content)
    return out.getvalue()


def write(outdir: Path, name: str, ext: str, data: bytes, g: Gold) -> Path:
    path = outdir / f"{name}.{ext}"
    path.write_bytes(data)
    (outdir / f"{name}.gold.json").write_text(
        json.dumps(g, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    return path


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else HERE
    outdir.mkdir(parents=True, exist_ok=True)
    for name, make in DOCX.items():
        write(outdir, name, "docx", *make())
    for name, make in XLSX.items():
        write(outdir, name, "xlsx", *make())
    # Excel stores each formula's last value beside it; openpyxl does not.
    # The same workbook as Excel saves it: every =ROW()-k with its value.
    data = (outdir / "x01_formula_numbers.xlsx").read_bytes()
    write(
        outdir,
        "x01_formula_numbers_cached",
        "xlsx",
        cache_row_formulas(data),
        json.loads((outdir / "x01_formula_numbers.gold.json").read_text("utf-8")),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
