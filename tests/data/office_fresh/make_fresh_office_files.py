"""A second, independent set of office-made DOCX and XLSX files, from the seeds' gold.

Usage::

    python tests/data/office_fresh/make_fresh_office_files.py [OUTDIR]

Writes ``NAME.docx`` / ``NAME.xlsx`` and ``NAME.gold.json`` into ``OUTDIR``
(default: this directory).  Needs python-docx, openpyxl and xlsxwriter
(``pip install xlsxwriter``); the files are committed, so the tests do not
run this script.

The layouts are ones *not* in ``tests/data/office_realistic``: a WPS table
with an empty first column, three levels 工作要求 / 工作任务 / 具体措施 with a
cell merged across columns and down rows, numbers ``1-1`` and ``（1）``, a
two-row header with 责任单位 over 牵头 | 配合, a second table for 附件2, a
title in a text box and a floating table, a landscape section with soft line
breaks in header words, tracked changes (a deleted row, inserted and deleted
words), comments and footnotes, a plan typed as Word-numbered paragraphs;
workbooks with a sheet per 科室, frozen panes and hidden rows, 备注 formulas,
xlsxwriter's formulas saved with the value 0, real dates in Chinese number
formats (``yyyy"年"m"月"d"日"``, built-in 57 and 58), a two-row header whose
top row is merged across, the table starting in column B.

Each gold file is the seed's gold adjusted for what the file changes.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import openpyxl
import xlsxwriter
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
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


def section_labels(tasks: list[Gold]) -> list[list[str]]:
    """Each task's headings with their ordinals (``一、`` then ``（一）``)."""
    seen: dict[tuple[str, ...], int] = {}
    count: dict[tuple[str, ...], int] = {}
    out: list[list[str]] = []
    for t in tasks:
        sec = tuple(t["section"])
        labels = []
        for k in range(len(sec)):
            key = sec[: k + 1]
            if key not in seen:
                count[key[:-1]] = count.get(key[:-1], 0) + 1
                seen[key] = count[key[:-1]]
            n = seen[key]
            labels.append((f"{cn(n)}、" if k == 0 else f"（{cn(n)}）") + sec[k])
        out.append(labels)
    return out


def spans(tasks: list[Gold], key: Callable[[Gold], Any]) -> list[tuple[int, int]]:
    """(first, last) index of each run of consecutive tasks with the same ``key``."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(tasks):
        if out and key(tasks[out[-1][0]]) == key(t):
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def level_key(level: int) -> Callable[[Gold], Any]:
    return lambda t: tuple(t["section"][: level + 1]) if len(t["section"]) > level else None


def resp_key(t: Gold) -> Any:
    return (tuple(t["section"]), t["responsibility"]) if t["responsibility"] else object()


def lead_assist_gold(g: Gold) -> Gold:
    """Gold for responsibility typed in 牵头 / 配合 columns: raw is ``lead；assist``."""
    g = copy.deepcopy(g)
    for t in g["tasks"]:
        lead, assist = lead_assist(t)
        t["responsibility"] = "；".join(x for x in (lead, assist) if x) or None
        t["units"] = [
            {"name": u["name"].split("|")[0], "role": "assist" if u["role"] == "assist" else "lead"}
            for u in t["units"] or ()
        ]
    return g


def dash_labels(tasks: list[Gold]) -> list[str]:
    """``1-1``, ``1-2``, ``2-1``…: the top-level section's number, then the task's."""
    out: list[str] = []
    top: dict[str, int] = {}
    within: dict[str, int] = {}
    for t in tasks:
        head = t["section"][0] if t["section"] else ""
        top.setdefault(head, len(top) + 1)
        within[head] = within.get(head, 0) + 1
        out.append(f"{top[head]}-{within[head]}")
    return out


def relabel(g: Gold, labels: list[str]) -> Gold:
    g = copy.deepcopy(g)
    for t, label in zip(g["tasks"], labels, strict=True):
        t["label"] = label
    return g


def dash_relabel(g: Gold, labels: list[str]) -> Gold:
    """Labels ``1-1``…: a task numbered within its part has the second figure
    for its number (numbering restarts in every part)."""
    g = relabel(g, labels)
    for t, label in zip(g["tasks"], labels, strict=True):
        t["number"] = int(label.split("-")[1])
    return g


# ------------------------------------------------------------------ Word helpers


def new_doc(*, font: str = "仿宋_GB2312", size: float = 12) -> Any:
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return doc


def fill(cell: Any, text: str, *, soft_breaks: bool = False) -> None:
    """Cell text in a few runs; ``soft_breaks`` puts a ``w:br`` after each sentence
    (and inside short header words: ``责任\\n单位``)."""
    cell.text = ""
    p = cell.paragraphs[0]
    if not soft_breaks:
        step = max(1, len(text) // 2)
        for i in range(0, len(text), step):
            p.add_run(text[i : i + step])
        return
    if "。" not in text and 2 < len(text) <= 6:
        pieces = [text[: len(text) // 2], text[len(text) // 2 :]]
    else:
        pieces = [s + "。" for s in text.split("。") if s]
        if pieces and not text.endswith("。"):
            pieces[-1] = pieces[-1][:-1]
    for k, piece in enumerate(pieces):
        run = p.add_run(piece)
        if k < len(pieces) - 1:
            run.add_break()


def merge_fill(table: Any, top: int, left: int, bottom: int, right: int, text: str) -> None:
    cell = table.cell(top, left)
    if (bottom, right) != (top, left):
        cell = cell.merge(table.cell(bottom, right))
    fill(cell, text)


def add_numbering(doc: Any, abstract_id: int, levels: list[tuple[str, str, int | None]]) -> int:
    """An abstract list with ``levels`` of (numFmt, lvlText, lvlRestart); its numId."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for ilvl, (fmt, text, restart) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        items = [("w:start", "1"), ("w:numFmt", fmt)]
        if restart is not None:
            items.append(("w:lvlRestart", str(restart)))
        items += [("w:lvlText", text), ("w:lvlJc", "left")]
        for tag, val in items:
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_id = abstract_id + 100
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def numbered(p: Any, num_id: int, ilvl: int) -> None:
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(lvl)
    numpr.append(nid)
    ppr.append(numpr)


_REV = 'w:id="{id}" w:author="张科员" w:date="2021-10-20T09:00:00Z"'


def tracked_words(p: Any, kept: str, deleted: str, inserted: str, rest: str, rid: int) -> None:
    """``kept`` + a deleted run + an inserted run + ``rest``, as Word saves revisions."""
    p.add_run(kept)
    p._p.append(
        parse_xml(
            f"<w:del {nsdecls('w')} {_REV.format(id=rid)}><w:r>"
            f'<w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'
        )
    )
    p._p.append(
        parse_xml(
            f"<w:ins {nsdecls('w')} {_REV.format(id=rid + 1)}><w:r>"
            f'<w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'
        )
    )
    p.add_run(rest)


def mark_row(row: Any, kind: str, rid: int) -> None:
    """Mark a table row as inserted (``ins``) or deleted (``del``) with tracked changes;
    a deleted row's text becomes ``w:delText`` in ``w:del`` runs, as Word keeps it."""
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:{kind} {nsdecls('w')} {_REV.format(id=rid)}/>"))
    if kind != "del":
        return
    for tc in row._tr.iter(qn("w:tc")):
        for r in list(tc.iter(qn("w:r"))):
            for t in r.findall(qn("w:t")):
                dtext = OxmlElement("w:delText")
                dtext.text = t.text
                dtext.set(qn("xml:space"), "preserve")
                t.addprevious(dtext)
                r.remove(t)
            wrap = parse_xml(f"<w:del {nsdecls('w')} {_REV.format(id=rid + 500)}/>")
            r.addprevious(wrap)
            wrap.append(r)


def footnote(doc: Any, p: Any, text: str) -> None:
    """A footnote on paragraph ``p`` (the footnotes part is added when missing)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart

    part = doc.part
    existing = [r.target_part for r in part.rels.values() if r.reltype == RT.FOOTNOTES]
    if existing:
        fpart = existing[0]
    else:
        xml = (
            f"<w:footnotes {nsdecls('w')}>"
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            "</w:footnote>"
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>"
        )
        fpart = XmlPart(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            parse_xml(xml),
            part.package,
        )
        part.relate_to(fpart, RT.FOOTNOTES)
    root = fpart.element
    fid = len(root.findall(qn("w:footnote")))
    root.append(
        parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:r>'
            '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )
    )
    p._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'
        )
    )


# ------------------------------------------------------------------ DOCX files


def f01_wps_blank_first_column() -> tuple[bytes, Gold]:
    """Seed 000 as WPS saves it: 附件1 and the title above; an empty narrow first
    column; 序号 | 工作任务 (merged) | 具体措施 | 责任科室 | 完成时限."""
    g = keep_meta(seed_gold(S000), "title")
    tasks = g["tasks"]
    doc = new_doc()
    para(doc, "附件1", bold=True)
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = section_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=6)
    table.style = "Table Grid"
    for j, h in enumerate(["", "序号", "工作任务", "具体措施", "责任科室", "完成时限"]):
        fill(table.cell(0, j), h)
    repeat_header(table.rows[0])
    for i, t in enumerate(tasks, start=1):
        fill(table.cell(i, 1), str(t["number"]))
        fill(table.cell(i, 3), t["text"])
        fill(table.cell(i, 4), t["responsibility"] or "")
        fill(table.cell(i, 5), deadline_cell(t))
    for a, b in spans(tasks, level_key(0)):
        merge_fill(table, a + 1, 2, b + 1, 2, heads[a][0])
    return save_doc(doc), g


def f02_three_levels_dash_numbers() -> tuple[bytes, Gold]:
    """Seed 001 in three columns 工作要求 | 工作任务 | 具体措施; a task with one
    heading level has its 工作要求 cell merged across 工作任务 and down; numbers
    ``1-1``, ``1-2``, ``2-1``."""
    g = keep_meta(seed_gold(S001), "title")
    tasks = g["tasks"]
    labels = dash_labels(tasks)
    g = dash_relabel(g, labels)
    doc = new_doc()
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = section_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=6)
    table.style = "Table Grid"
    header = ["工作要求", "工作任务", "序号", "具体措施", "责任单位", "完成时限"]
    for j, h in enumerate(header):
        fill(table.cell(0, j), h)
    for i, t in enumerate(tasks, start=1):
        fill(table.cell(i, 2), labels[i - 1])
        fill(table.cell(i, 3), t["text"])
        fill(table.cell(i, 4), t["responsibility"] or "")
        fill(table.cell(i, 5), deadline_cell(t))
    for a, b in spans(tasks, level_key(0)):
        if len(tasks[a]["section"]) == 1:
            merge_fill(table, a + 1, 0, b + 1, 1, heads[a][0])
        else:
            merge_fill(table, a + 1, 0, b + 1, 0, heads[a][0])
    for a, b in spans(tasks, level_key(1)):
        if len(tasks[a]["section"]) > 1:
            merge_fill(table, a + 1, 1, b + 1, 1, heads[a][1])
    return save_doc(doc), g


def f03_lead_assist_under_merged_header() -> tuple[bytes, Gold]:
    """Seed 001: a two-row header, 责任单位 across 牵头 | 配合 (``gridSpan``) and the
    other header cells merged down (``vMerge``); both heading levels in one
    merged column typed ``一、…`` / ``（一）…`` on two lines."""
    g = lead_assist_gold(keep_meta(seed_gold(S001), "title"))
    tasks = g["tasks"]
    doc = new_doc()
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = section_labels(tasks)
    table = doc.add_table(rows=2 + len(tasks), cols=6)
    table.style = "Table Grid"
    for j, h in ((0, "序号"), (1, "工作任务"), (2, "具体要求"), (5, "完成时限")):
        merge_fill(table, 0, j, 1, j, h)
    merge_fill(table, 0, 3, 0, 4, "责任单位")
    fill(table.cell(1, 3), "牵头")
    fill(table.cell(1, 4), "配合")
    repeat_header(table.rows[0])
    repeat_header(table.rows[1])
    for i, t in enumerate(tasks, start=2):
        lead, assist = lead_assist(t)
        fill(table.cell(i, 0), str(t["number"]))
        fill(table.cell(i, 2), t["text"])
        fill(table.cell(i, 3), lead)
        fill(table.cell(i, 4), assist)
        fill(table.cell(i, 5), deadline_cell(t))
    for a, b in spans(tasks, lambda t: tuple(t["section"])):
        merge_fill(table, a + 2, 1, b + 2, 1, "\n".join(heads[a]))
    return save_doc(doc), g


def f04_paren_numbers_notes() -> tuple[bytes, Gold]:
    """Seed 002: numbers ``（1）``, headings as rows whose text sits in the first
    cell with the rest of the row merged, a 备注 column, the default deadline
    in a paragraph under the table."""
    g = keep_meta(seed_gold(S002), "title", "default_deadline")
    tasks = g["tasks"]
    g = relabel(g, [f"（{t['number']}）" for t in tasks])
    doc = new_doc()
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = section_labels(tasks)
    rows: list[tuple[str, Any]] = []
    for i, t in enumerate(tasks):
        if i == 0 or t["section"] != tasks[i - 1]["section"]:
            rows.append(("head", heads[i][0]))
        rows.append(("task", t))
    table = doc.add_table(rows=1 + len(rows), cols=4)
    table.style = "Table Grid"
    for j, h in enumerate(["序号", "工作内容", "责任单位", "备注"]):
        fill(table.cell(0, j), h)
    repeat_header(table.rows[0])
    for i, (kind, value) in enumerate(rows, start=1):
        if kind == "head":
            merge_fill(table, i, 0, i, 3, value)
            continue
        fill(table.cell(i, 0), f"（{value['number']}）")
        fill(table.cell(i, 1), value["text"])
        fill(table.cell(i, 2), value["responsibility"] or "")
        fill(table.cell(i, 3), value["note"] or "")
    para(doc, g["plan"]["default_deadline"]["raw"] + "。")
    return save_doc(doc), g


def f05_second_table_annex2() -> tuple[bytes, Gold]:
    """Seed 000: the plan table under 附件1, then 附件2, a contact list table of the
    same width (序号 | 科室 | 联络员 | 联系电话) that holds no tasks."""
    g = keep_meta(seed_gold(S000), "title")
    tasks = g["tasks"]
    doc = new_doc()
    para(doc, "附件1", bold=True)
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    heads = section_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=4)
    table.style = "Table Grid"
    for j, h in enumerate(["序号", "工作任务", "工作要求", "责任单位"]):
        fill(table.cell(0, j), h)
    for i, t in enumerate(tasks, start=1):
        fill(table.cell(i, 0), str(t["number"]))
        fill(table.cell(i, 2), t["text"])
        fill(table.cell(i, 3), t["responsibility"] or "")
    for a, b in spans(tasks, level_key(0)):
        merge_fill(table, a + 1, 1, b + 1, 1, heads[a][0])
    page_break(doc)
    para(doc, "附件2", bold=True)
    para(doc, "市建管中心政务公开工作联络员名单", center=True, bold=True, size=16)
    contacts = [
        ("办公室", "李明", "0750-3501234"),
        ("财务科", "王芳", "0750-3501235"),
        ("招标合同科", "陈伟", "0750-3501236"),
        ("工程一科", "黄静", "0750-3501237"),
    ]
    t2 = doc.add_table(rows=1 + len(contacts), cols=4)
    t2.style = "Table Grid"
    for j, h in enumerate(["序号", "科室", "联络员", "联系电话"]):
        fill(t2.cell(0, j), h)
    for i, row in enumerate(contacts, start=1):
        fill(t2.cell(i, 0), str(i))
        for j, v in enumerate(row, start=1):
            fill(t2.cell(i, j), v)
    return save_doc(doc), g


def f06_textbox_title_floating_table() -> tuple[bytes, Gold]:
    """Seed 003: the title in a text box (DrawingML with a VML fallback), a
    floating table (``w:tblpPr``), comments on some cells."""
    g = keep_meta(seed_gold(S003), "title")
    tasks = g["tasks"]
    doc = new_doc(font="宋体")
    title = g["plan"]["title"]
    anchor = doc.add_paragraph()
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = (
        f'<mc:AlternateContent {nsdecls("w", "wp", "a")} xmlns:wps="{wps}" xmlns:mc="{MC}" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" '
        'distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" '
        'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5400000" cy="600000"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:pPr><w:jc '
        f'w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr><w:t>{title}'
        "</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape style="width:425pt;height:47pt"><v:textbox>'
        f"<w:txbxContent><w:p><w:r><w:t>{title}</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
    )
    run = anchor.add_run()
    run._r.append(parse_xml(box))
    heads = section_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=4)
    table.style = "Table Grid"
    table._tbl.tblPr.append(
        parse_xml(
            f'<w:tblpPr {nsdecls("w")} w:leftFromText="180" w:rightFromText="180" '
            'w:vertAnchor="text" w:horzAnchor="margin" w:tblpY="120"/>'
        )
    )
    for j, h in enumerate(["序號", "工作任務", "具體要求", "責任單位"]):
        fill(table.cell(0, j), h)
    for i, t in enumerate(tasks, start=1):
        fill(table.cell(i, 0), str(t["number"]))
        fill(table.cell(i, 2), t["text"])
        fill(table.cell(i, 3), t["responsibility"] or "")
        if i % 12 == 3:
            runs = table.cell(i, 2).paragraphs[0].runs
            doc.add_comment(runs, text="請核實此項的牽頭單位。", author="審核人", initials="SH")
    for a, b in spans(tasks, level_key(0)):
        merge_fill(table, a + 1, 1, b + 1, 1, heads[a][0])
    return save_doc(doc), g


NOTICE_004 = [
    "九府办函〔2021〕106号",
    "九江市人民政府办公室关于印发2021年全市政务公开重点工作责任分工的通知",
    "各县（市、区）人民政府，市政府各部门：",
    "《2021年全市政务公开重点工作责任分工》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。",
    "九江市人民政府办公室",
    "2021年6月29日",
    "（此件主动公开）",
]
PREAMBLE_004 = (
    "为深入贯彻落实《中华人民共和国政府信息公开条例》、全省政务公开重点工作推进会议精神和"
    "《2021年江西省政务公开工作方案》（赣府厅〔2021〕30号）要求，不断深化政务公开工作，"
    "结合我市实际，将2021年全市政务公开重点工作进行如下责任分工。"
)


def f07_landscape_section_soft_breaks() -> tuple[bytes, Gold]:
    """Seed 004: the notice on a portrait page, the table in a landscape section,
    back to portrait after; header words broken by Shift+Enter (``责任\\n单位``)
    and sentences in cells separated by soft line breaks."""
    g = keep_meta(seed_gold(S004), "title", "issuer", "doc_number", "date", "parents")
    tasks = g["tasks"]
    doc = new_doc()
    for k, line in enumerate(NOTICE_004):
        para(doc, line, center=k < 2)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    para(doc, PREAMBLE_004)
    heads = section_labels(tasks)
    table = doc.add_table(rows=1 + len(tasks), cols=5)
    table.style = "Table Grid"
    for j, h in enumerate(["重点工作", "序号", "工作任务", "责任单位", "完成时限"]):
        fill(table.cell(0, j), h, soft_breaks=True)
    repeat_header(table.rows[0])
    for i, t in enumerate(tasks, start=1):
        fill(table.cell(i, 1), t["label"])
        fill(table.cell(i, 2), t["text"], soft_breaks=True)
        fill(table.cell(i, 3), t["responsibility"] or "")
        fill(table.cell(i, 4), deadline_cell(t))
    for a, b in spans(tasks, level_key(0)):
        merge_fill(table, a + 1, 0, b + 1, 0, heads[a][0])
    back = doc.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Cm(21.0), Cm(29.7)
    para(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室。")
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


def f08_tracked_changes_comments_footnotes() -> tuple[bytes, Gold]:
    """Seed 002 with review marks left in: a task row deleted with tracked changes
    (its old text kept as ``w:delText``), a row inserted, words replaced in
    task texts (``w:del`` + ``w:ins``), comments and a footnote."""
    g = keep_meta(
        seed_gold(S002), "title", "issuer", "doc_number", "date", "parents", "default_deadline"
    )
    tasks = g["tasks"]
    doc = new_doc()
    for line in NOTICE_002:
        para(doc, line)
    page_break(doc)
    title_p = para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    footnote(doc, title_p, "本方案由局办公室负责解释。")
    heads = section_labels(tasks)
    deleted_after = 6  # a withdrawn task after task 6
    table = doc.add_table(rows=2 + len(tasks), cols=5)
    table.style = "Table Grid"
    for j, h in enumerate(["序号", "工作任务", "具体要求", "责任单位", "备注"]):
        fill(table.cell(0, j), h)

    def row_of(i: int) -> int:
        return 1 + i + (1 if i >= deleted_after else 0)

    rid = 10
    for i, t in enumerate(tasks):
        r = row_of(i)
        fill(table.cell(r, 0), str(t["number"]))
        text = t["text"]
        cell = table.cell(r, 2)
        if i % 7 == 2 and len(text) > 12 and "进一步" not in text:
            cell.text = ""
            tracked_words(cell.paragraphs[0], text[:4], "进一步", "", text[4:], rid)
        elif i % 7 == 5 and "。" in text[:-1]:
            cut = text.index("。") + 1
            cell.text = ""
            tracked_words(cell.paragraphs[0], text[:cut], "（待定）", text[cut:], "", rid)
        else:
            fill(cell, text)
        rid += 2
        fill(table.cell(r, 3), t["responsibility"] or "")
        fill(table.cell(r, 4), t["note"] or "")
        if i % 10 == 4:
            doc.add_comment(
                table.cell(r, 3).paragraphs[0].runs, text="已与该科室确认。", author="办公室"
            )
    gone = table.rows[1 + deleted_after]
    fill(gone.cells[0], "7")
    fill(gone.cells[2], "做好市场主体年报信息公示工作，已另行部署。")
    fill(gone.cells[3], "信用监管科")
    mark_row(gone, "del", 900)
    mark_row(table.rows[row_of(len(tasks) - 1)], "ins", 950)
    for a, b in spans(tasks, level_key(0)):
        lo, hi = row_of(a), row_of(b)
        merge_fill(table, lo, 1, hi, 1, heads[a][0])
    para(doc, g["plan"]["default_deadline"]["raw"] + "。")
    return save_doc(doc), g


def f09_word_numbered_paragraphs() -> tuple[bytes, Gold]:
    """Seed 004 typed as paragraphs with Word's automatic numbering: headings at
    list level 0 (``一、``, chineseCounting), tasks at level 1 (``（一）``,
    numbered on through the headings), responsibility in a trailing parenthesis."""
    g = keep_meta(seed_gold(S004), "title", "issuer", "doc_number", "date", "parents")
    tasks = g["tasks"]
    doc = new_doc()
    for k, line in enumerate(NOTICE_004):
        para(doc, line, center=k < 2)
    page_break(doc)
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    para(doc, PREAMBLE_004)
    num_id = add_numbering(
        doc, 40, [("chineseCounting", "%1、", None), ("chineseCounting", "（%2）", 0)]
    )
    for i, t in enumerate(tasks):
        if i == 0 or t["section"] != tasks[i - 1]["section"]:
            p = para(doc, t["section"][0], bold=True)
            numbered(p, num_id, 0)
        text = t["text"]
        if t["responsibility"]:
            text += f"（{t['responsibility']}）"
        p = para(doc, text)
        numbered(p, num_id, 1)
    return save_doc(doc), g


def style_numbered(doc: Any, num_id: int) -> str:
    """A heading style numbered through the style it is based on; its name."""
    styles = doc.styles.element
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="zwBase">'
            '<w:name w:val="公文标题基础"/><w:basedOn w:val="Normal"/>'
            f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
            "</w:pPr></w:style>"
        )
    )
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="zwHeading1">'
            '<w:name w:val="公文一级标题"/><w:basedOn w:val="zwBase"/>'
            '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
        )
    )
    return "zwHeading1"


def second_instance(doc: Any, abstract_id: int) -> int:
    """Another ``w:num`` of the same abstract list (a list pasted from elsewhere)."""
    numbering = doc.part.numbering_part.element
    num_id = abstract_id + 200
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def f10_style_numbering_pasted_list() -> tuple[bytes, Gold]:
    """Seed 000 as paragraphs: headings numbered ``一、`` by their paragraph style
    (through the style it is based on), tasks ``1.`` at list level 1 numbered
    on through the headings; from the third heading on the tasks belong to a
    second list instance of the same list (pasted), which Word continues;
    responsibility in a trailing parenthesis."""
    g = keep_meta(seed_gold(S000), "title")
    tasks = g["tasks"]
    doc = new_doc()
    para(doc, g["plan"]["title"], center=True, bold=True, size=18)
    num_id = add_numbering(doc, 60, [("chineseCounting", "%1、", None), ("decimal", "%2.", 0)])
    pasted = second_instance(doc, 60)
    heading_style = style_numbered(doc, num_id)
    n_head = 0
    for i, t in enumerate(tasks):
        if i == 0 or t["section"] != tasks[i - 1]["section"]:
            n_head += 1
            p = doc.add_paragraph(t["section"][0])
            p.style = doc.styles["公文一级标题"] if heading_style else None
        text = t["text"]
        if t["responsibility"]:
            text += f"（{t['responsibility']}）"
        numbered(para(doc, text), pasted if n_head >= 3 else num_id, 1)
    return save_doc(doc), g


def f11_wps_ragged_rows() -> tuple[bytes, Gold]:
    """Seed 002 as WPS leaves a table after editing: rows without their last
    cell (``w:gridAfter``) where there is no note, the section cells merged
    with an explicit ``w:vMerge w:val="restart"``, the title and a 附件 line as
    rows inside the table, rows that may not split over pages."""
    g = keep_meta(seed_gold(S002), "title")
    tasks = g["tasks"]
    heads = section_labels(tasks)
    doc = new_doc()
    table = doc.add_table(rows=3 + len(tasks), cols=5)
    table.style = "Table Grid"
    merge_fill(table, 0, 0, 0, 4, "附件")
    merge_fill(table, 1, 0, 1, 4, g["plan"]["title"])
    for j, h in enumerate(["序号", "工作任务", "具体要求", "责任单位", "备注"]):
        fill(table.cell(2, j), h)
    for i, t in enumerate(tasks):
        r = 3 + i
        fill(table.cell(r, 0), str(t["number"]))
        fill(table.cell(r, 2), t["text"])
        fill(table.cell(r, 3), t["responsibility"] or "")
        fill(table.cell(r, 4), t["note"] or "")
    for a, b in spans(tasks, level_key(0)):
        merge_fill(table, 3 + a, 1, 3 + b, 1, heads[a][0])
    for i, t in enumerate(tasks):
        tr = table.rows[3 + i]._tr
        trpr = tr.get_or_add_trPr()
        trpr.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
        if not t["note"]:
            tcs = tr.findall(qn("w:tc"))
            tr.remove(tcs[-1])
            trpr.insert(0, parse_xml(f'<w:gridAfter {nsdecls("w")} w:val="1"/>'))
    return save_doc(doc), g


DOCX: dict[str, Callable[[], tuple[bytes, Gold]]] = {
    "f01_wps_blank_first_column": f01_wps_blank_first_column,
    "f02_three_levels_dash_numbers": f02_three_levels_dash_numbers,
    "f03_lead_assist_under_merged_header": f03_lead_assist_under_merged_header,
    "f04_paren_numbers_notes": f04_paren_numbers_notes,
    "f05_second_table_annex2": f05_second_table_annex2,
    "f06_textbox_title_floating_table": f06_textbox_title_floating_table,
    "f07_landscape_section_soft_breaks": f07_landscape_section_soft_breaks,
    "f08_tracked_changes_comments_footnotes": f08_tracked_changes_comments_footnotes,
    "f09_word_numbered_paragraphs": f09_word_numbered_paragraphs,
    "f10_style_numbering_pasted_list": f10_style_numbering_pasted_list,
    "f11_wps_ragged_rows": f11_wps_ragged_rows,
}


# ------------------------------------------------------------------ XLSX files


def xw_book() -> tuple[Any, io.BytesIO]:
    buf = io.BytesIO()
    return xlsxwriter.Workbook(buf, {"in_memory": True}), buf


def g01_sheet_per_office() -> tuple[bytes, Gold]:
    """Seed 000: one sheet per 科室 (the first unit named), each with the title,
    a 科室 line, a frozen header and the tasks under their original numbers."""
    g = keep_meta(seed_gold(S000), "title")
    tasks = g["tasks"]
    heads = section_labels(tasks)
    groups: dict[str, list[int]] = {}
    for i, t in enumerate(tasks):
        units = t["units"] or [{"name": "其他"}]
        groups.setdefault(units[0]["name"].split("|")[0], []).append(i)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for office, idx in groups.items():
        ws = wb.create_sheet(office)
        ws["A1"] = g["plan"]["title"]
        ws["A1"].font = Font(bold=True, size=16)
        ws.merge_cells("A1:E1")
        ws["A2"] = f"责任科室：{office}"
        for k, h in enumerate(["序号", "工作任务", "具体要求", "责任单位", "完成时限"], start=1):
            ws.cell(row=3, column=k, value=h).font = Font(bold=True)
        ws.freeze_panes = "A4"
        chunk = [tasks[i] for i in idx]
        for k, i in enumerate(idx):
            t = tasks[i]
            r = 4 + k
            ws.cell(row=r, column=1, value=t["number"])
            ws.cell(row=r, column=3, value=t["text"]).alignment = Alignment(wrap_text=True)
            ws.cell(row=r, column=4, value=t["responsibility"])
            ws.cell(row=r, column=5, value=deadline_cell(t) or None)
        for a, b in spans(chunk, level_key(0)):
            ws.cell(row=4 + a, column=2, value=heads[idx[a]][0])
            if b > a:
                ws.merge_cells(start_row=4 + a, start_column=2, end_row=4 + b, end_column=2)
    return save_wb(wb), g


def g02_frozen_hidden_rows_note_formulas() -> tuple[bytes, Gold]:
    """Seed 002 saved the way Excel does (xlsxwriter with the values given): a
    frozen header, a hidden helper column, rows hidden (tasks folded away),
    备注 as formulas over the helper column with their values saved, a
    文号 line, the default deadline under the table."""
    g = keep_meta(seed_gold(S002), "title", "doc_number", "default_deadline")
    tasks = g["tasks"]
    heads = section_labels(tasks)
    wb, buf = xw_book()
    ws = wb.add_worksheet("分工方案")
    bold = wb.add_format({"bold": True, "font_size": 16, "align": "center"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    ws.merge_range(0, 0, 0, 5, g["plan"]["title"], bold)
    ws.write(1, 0, g["plan"]["doc_number"])
    for k, h in enumerate(["序号", "工作任务", "具体要求", "责任单位", "备注"]):
        ws.write(3, k, h)
    ws.freeze_panes(4, 0)
    ws.set_column(6, 6, None, None, {"hidden": True})
    for i, t in enumerate(tasks):
        r = 4 + i
        ws.write_number(r, 0, t["number"])
        ws.write(r, 2, t["text"], wrap)
        if t["note"]:
            ws.write(r, 6, t["note"])
        ws.write_formula(r, 4, f'=IF(G{r + 1}="","",G{r + 1})', None, t["note"] or "")
        if i % 9 == 4:
            ws.set_row(r, None, None, {"hidden": True})
    for a, b in spans(tasks, level_key(0)):
        if b > a:
            ws.merge_range(4 + a, 1, 4 + b, 1, heads[a][0], wrap)
        else:
            ws.write(4 + a, 1, heads[a][0], wrap)
    for a, b in spans(tasks, resp_key):
        value = tasks[a]["responsibility"] or ""
        if b > a:
            ws.merge_range(4 + a, 3, 4 + b, 3, value, wrap)
        elif value:
            ws.write(4 + a, 3, value, wrap)
    ws.write(5 + len(tasks), 0, g["plan"]["default_deadline"]["raw"] + "。")
    wb.close()
    return buf.getvalue(), g


def g03_xlsxwriter_zero_formulas_block_merge() -> tuple[bytes, Gold]:
    """Seed 001 written by a program with xlsxwriter: 序号 ``=ROW()-3`` and a
    完成情况 status formula, all saved with the value 0 (xlsxwriter's
    default), a one-level heading merged across both heading columns and down
    its rows, repeated print titles."""
    g = keep_meta(seed_gold(S001), "title")
    tasks = g["tasks"]
    heads = section_labels(tasks)
    wb, buf = xw_book()
    ws = wb.add_worksheet("Sheet1")
    wrap = wb.add_format({"text_wrap": True, "valign": "vcenter", "border": 1})
    ws.merge_range(0, 0, 0, 6, g["plan"]["title"], wb.add_format({"bold": True}))
    header = ["工作要求", "工作任务", "序号", "具体要求", "责任单位", "完成时限", "完成情况"]
    for k, h in enumerate([*header, "实际完成日期"]):
        ws.write(2, k, h, wrap)
    ws.repeat_rows(2)
    for i, t in enumerate(tasks):
        r = 3 + i
        ws.write_formula(r, 2, "=ROW()-3", wrap)
        ws.write_formula(r, 6, f'=IF(H{r + 1}="","未完成","已完成")', wrap)
        ws.write(r, 3, t["text"], wrap)
        ws.write(r, 4, t["responsibility"] or "", wrap)
        ws.write(r, 5, deadline_cell(t), wrap)
    for a, b in spans(tasks, level_key(0)):
        if len(tasks[a]["section"]) == 1:
            ws.merge_range(3 + a, 0, 3 + b, 1, heads[a][0], wrap)
        elif b > a:
            ws.merge_range(3 + a, 0, 3 + b, 0, heads[a][0], wrap)
        else:
            ws.write(3 + a, 0, heads[a][0], wrap)
    for a, b in spans(tasks, level_key(1)):
        if len(tasks[a]["section"]) < 2:
            continue
        if b > a:
            ws.merge_range(3 + a, 1, 3 + b, 1, heads[a][1], wrap)
        else:
            ws.write(3 + a, 1, heads[a][1], wrap)
    wb.close()
    return buf.getvalue(), g


def dated_gold(g: Gold, default: dt.date) -> tuple[Gold, list[dt.date | str]]:
    """Give every task a 完成时限 cell: its own due date, the text of an open-ended
    deadline, or ``default`` where the seed has none; the gold follows."""
    g = copy.deepcopy(g)
    cells: list[dt.date | str] = []
    for t in g["tasks"]:
        d = t["deadline"]
        if d is None:
            t["deadline"] = {"kind": "date", "due": default.isoformat(), "raw": ""}
            cells.append(default)
        elif d["kind"] == "date" and d["due"]:
            cells.append(dt.date.fromisoformat(d["due"]))
        else:
            cells.append(deadline_cell(t))
    return g, cells


def g04_dates_chinese_formats() -> tuple[bytes, Gold]:
    """Seed 000: 完成时限 as real Excel dates in Chinese number formats —
    ``yyyy"年"m"月"d"日"``, built-in 57 (``yyyy"年"m"月"``, month ends only)
    and 58 (``m"月"d"日"``)."""
    g, cells = dated_gold(keep_meta(seed_gold(S000), "title"), dt.date(2021, 12, 31))
    tasks = g["tasks"]
    heads = section_labels(tasks)
    wb, buf = xw_book()
    ws = wb.add_worksheet("分工表")
    fmts = [
        wb.add_format({"num_format": 'yyyy"年"m"月"d"日"'}),
        wb.add_format({"num_format": 57}),
        wb.add_format({"num_format": 58}),
    ]
    ws.write(0, 0, g["plan"]["title"])
    for k, h in enumerate(["序号", "工作任务", "具体要求", "责任单位", "完成时限"]):
        ws.write(2, k, h)
    for i, t in enumerate(tasks):
        r = 3 + i
        ws.write_number(r, 0, t["number"])
        ws.write(r, 2, t["text"])
        ws.write(r, 3, t["responsibility"] or "")
        cell = cells[i]
        if isinstance(cell, dt.date):
            kind = i % 3
            if kind == 1 and (cell + dt.timedelta(days=1)).day != 1:
                kind = 0
            ws.write_datetime(r, 4, dt.datetime.combine(cell, dt.time()), fmts[kind])
        elif cell:
            ws.write(r, 4, cell)
    for a, b in spans(tasks, level_key(0)):
        if b > a:
            ws.merge_range(3 + a, 1, 3 + b, 1, heads[a][0])
        else:
            ws.write(3 + a, 1, heads[a][0])
    wb.close()
    return buf.getvalue(), g


def g05_two_row_header_top_merged() -> tuple[bytes, Gold]:
    """Seed 003: a two-row header whose top row has 责任分工 merged across
    责任单位 | 完成时限 (the other header cells merged down), and the header
    typed again half-way down for printing."""
    g = keep_meta(seed_gold(S003), "title")
    tasks = g["tasks"]
    heads = section_labels(tasks)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分工方案"
    ws["A1"] = g["plan"]["title"]
    ws.merge_cells("A1:E1")
    again = 24

    def header(r: int) -> None:
        for col, h in ((1, "序號"), (2, "重點工作"), (3, "具體措施")):
            ws.cell(row=r, column=col, value=h)
            ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
        ws.cell(row=r, column=4, value="責任分工")
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.cell(row=r + 1, column=4, value="責任單位")
        ws.cell(row=r + 1, column=5, value="完成時限")

    header(2)

    def row_of(i: int) -> int:
        return 4 + i + (2 if i >= again else 0)

    header(row_of(again) - 2)
    for i, t in enumerate(tasks):
        r = row_of(i)
        ws.cell(row=r, column=1, value=t["number"])
        ws.cell(row=r, column=3, value=t["text"])
        ws.cell(row=r, column=4, value=t["responsibility"])
        ws.cell(row=r, column=5, value=deadline_cell(t) or None)
    for a, b in spans(tasks, level_key(0)):
        pieces = [(a, again - 1), (again, b)] if a < again <= b else [(a, b)]
        for x, y in pieces:
            ws.cell(row=row_of(x), column=2, value=heads[x][0])
            if y > x:
                ws.merge_cells(start_row=row_of(x), start_column=2, end_row=row_of(y), end_column=2)
    ws.print_title_rows = "2:3"
    return save_wb(wb), g


def g06_column_b_three_levels() -> tuple[bytes, Gold]:
    """Seed 001 as a WPS sheet: column A left empty and narrow, the table from B2,
    工作要求 | 工作任务 | 具体措施, numbers ``1-1``, 责任单位 split into 牵头单位 and
    配合单位."""
    g = lead_assist_gold(keep_meta(seed_gold(S001), "title"))
    tasks = g["tasks"]
    labels = dash_labels(tasks)
    g = dash_relabel(g, labels)
    heads = section_labels(tasks)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.column_dimensions["A"].width = 2
    ws["B1"] = g["plan"]["title"]
    ws.merge_cells("B1:H1")
    header = ["序号", "工作要求", "工作任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    for k, h in enumerate(header, start=2):
        ws.cell(row=2, column=k, value=h)
    for i, t in enumerate(tasks):
        r = 3 + i
        lead, assist = lead_assist(t)
        ws.cell(row=r, column=2, value=labels[i])
        ws.cell(row=r, column=5, value=t["text"])
        ws.cell(row=r, column=6, value=lead or None)
        ws.cell(row=r, column=7, value=assist or None)
        ws.cell(row=r, column=8, value=deadline_cell(t) or None)
    for a, b in spans(tasks, level_key(0)):
        ws.cell(row=3 + a, column=3, value=heads[a][0])
        right = 4 if len(tasks[a]["section"]) == 1 else 3
        if b > a or right > 3:
            ws.merge_cells(start_row=3 + a, start_column=3, end_row=3 + b, end_column=right)
    for a, b in spans(tasks, level_key(1)):
        if len(tasks[a]["section"]) < 2:
            continue
        ws.cell(row=3 + a, column=4, value=heads[a][1])
        if b > a:
            ws.merge_cells(start_row=3 + a, start_column=4, end_row=3 + b, end_column=4)
    return save_wb(wb), g


def g07_paren_numbers_heading_blocks() -> tuple[bytes, Gold]:
    """Seed 004: numbers ``（1）`` as text, each heading a block merged across
    the whole table and two rows high, 责任单位 cells merged over the tasks that
    share them, a 完成时限 column of text."""
    g = keep_meta(seed_gold(S004), "title")
    tasks = g["tasks"]
    g = relabel(g, [f"（{t['number']}）" for t in tasks])
    heads = section_labels(tasks)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "责任分工"
    ws["A1"] = g["plan"]["title"]
    ws.merge_cells("A1:D1")
    for k, h in enumerate(["序号", "工作任务", "责任单位", "完成时限"], start=1):
        ws.cell(row=2, column=k, value=h)
    r = 3
    rows: list[int] = []
    for i, t in enumerate(tasks):
        if i == 0 or t["section"] != tasks[i - 1]["section"]:
            ws.cell(row=r, column=1, value=heads[i][0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=4)
            r += 2
        rows.append(r)
        ws.cell(row=r, column=1, value=f"（{t['number']}）")
        ws.cell(row=r, column=2, value=t["text"])
        ws.cell(row=r, column=4, value=deadline_cell(t) or None)
        r += 1
    for a, b in spans(tasks, resp_key):
        ws.cell(row=rows[a], column=3, value=tasks[a]["responsibility"])
        if b > a:
            ws.merge_cells(start_row=rows[a], start_column=3, end_row=rows[b], end_column=3)
    return save_wb(wb), g


def g08_hidden_template_rich_header() -> tuple[bytes, Gold]:
    """Seed 003: a hidden 模板 sheet first (its own title and an empty table),
    then the plan with its title merged over two rows, header cells typed as
    rich text (bold and red runs), an Alt+Enter inside a header word."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    g = keep_meta(seed_gold(S003), "title")
    tasks = g["tasks"]
    heads = section_labels(tasks)
    wb = openpyxl.Workbook()
    tpl = wb.active
    tpl.title = "模板"
    tpl["A1"] = "XX单位2021年政务公开工作要点分工方案（模板）"
    for k, h in enumerate(["序號", "工作任務", "具體要求", "責任單位"], start=1):
        tpl.cell(row=3, column=k, value=h)
    tpl.sheet_state = "hidden"
    ws = wb.create_sheet("分工")
    ws["A1"] = g["plan"]["title"]
    ws.merge_cells("A1:D2")
    red = InlineFont(color="FF0000", b=True)
    for k, (a, b) in enumerate(
        [("序", "號"), ("工作", "任務"), ("具體", "要求"), ("責任", "\n單位")]
    ):
        ws.cell(row=3, column=k + 1).value = CellRichText(TextBlock(red, a), b)
    for i, t in enumerate(tasks):
        r = 4 + i
        ws.cell(row=r, column=1, value=t["number"])
        ws.cell(row=r, column=3, value=t["text"])
        ws.cell(row=r, column=4, value=t["responsibility"])
    for a, b in spans(tasks, level_key(0)):
        ws.cell(row=4 + a, column=2, value=heads[a][0])
        if b > a:
            ws.merge_cells(start_row=4 + a, start_column=2, end_row=4 + b, end_column=2)
    wb.active = 1
    return save_wb(wb), g


XLSX: dict[str, Callable[[], tuple[bytes, Gold]]] = {
    "g01_sheet_per_office": g01_sheet_per_office,
    "g02_frozen_hidden_rows_note_formulas": g02_frozen_hidden_rows_note_formulas,
    "g03_xlsxwriter_zero_formulas_block_merge": g03_xlsxwriter_zero_formulas_block_merge,
    "g04_dates_chinese_formats": g04_dates_chinese_formats,
    "g05_two_row_header_top_merged": g05_two_row_header_top_merged,
    "g06_column_b_three_levels": g06_column_b_three_levels,
    "g07_paren_numbers_heading_blocks": g07_paren_numbers_heading_blocks,
    "g08_hidden_template_rich_header": g08_hidden_template_rich_header,
}


def write(outdir: Path, name: str, ext: str, data: bytes, g: Gold) -> None:
    (outdir / f"{name}.{ext}").write_bytes(data)
    (outdir / f"{name}.gold.json").write_text(
        json.dumps(g, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else HERE
    outdir.mkdir(parents=True, exist_ok=True)
    for name, make in DOCX.items():
        write(outdir, name, "docx", *make())
    for name, make in XLSX.items():
        write(outdir, name, "xlsx", *make())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
