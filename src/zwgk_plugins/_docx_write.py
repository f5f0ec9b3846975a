"""Plan -> DOCX in the official layout (private; see ``docx_format``)."""

from __future__ import annotations

import copy
import io
from typing import IO, Any

from zwgk._model import Plan
from zwgk.plugins import require
from zwgk_plugins._office import Sanitizer, number_and_text, section_texts

TITLE_FONT = "方正小标宋简体"
TITLE_FALLBACK = "宋体"
BODY_FONT = "仿宋_GB2312"
BODY_FALLBACK = "仿宋"
HEAD_FONT = "黑体"
LATIN_FONT = "Times New Roman"

# widths in cm; 具体要求 takes what is left of the 15.6 cm text width
_WIDTHS = {"序号": 1.2, "工作任务": 3.0, "责任单位": 2.8, "完成时限": 2.0, "备注": 1.8}
_TEXT_WIDTH = 15.6


_RPR_CACHE: dict[tuple[str, float, bool], Any] = {}


def _font(run: Any, name: str, size: float, *, bold: bool = False) -> None:
    """Give ``run`` the font (East Asian ``name``, Latin Times New Roman), size and weight.

    The run properties are built once per combination and copied, which is much
    faster than setting them through python-docx for every run.
    """
    key = (name, size, bold)
    template = _RPR_CACHE.get(key)
    if template is None:
        from docx.oxml.ns import qn
        from docx.shared import Pt

        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = LATIN_FONT
        rpr = run._element.get_or_add_rPr()
        fonts = rpr.get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), name)
        fonts.set(qn("w:ascii"), LATIN_FONT)
        fonts.set(qn("w:hAnsi"), LATIN_FONT)
        _RPR_CACHE[key] = copy.deepcopy(rpr)
        return
    element = run._element
    old = element.rPr
    if old is not None:
        element.remove(old)
    element.insert(0, copy.deepcopy(template))


def _para(container: Any, text: str, font: str, size: float, *, bold: bool = False,
          align: Any = None) -> Any:  # fmt: skip
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    _font(p.add_run(text), font, size, bold=bold)
    return p


def _fill(cell: Any, text: str, font: str, size: float, *, bold: bool = False,
          align: Any = None) -> None:  # fmt: skip
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if align is not None:
            p.alignment = align
        if line:
            _font(p.add_run(line), font, size, bold=bold)


def _add_fallback_fonts(doc: Any) -> None:
    """Name 宋体/仿宋 as the fonts to use where the official fonts are missing."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    part = None
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FONT_TABLE:
            part = rel.target_part
    if part is None:
        return
    from lxml import etree

    root = etree.fromstring(part.blob)
    for name, alt in ((TITLE_FONT, TITLE_FALLBACK), (BODY_FONT, BODY_FALLBACK)):
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        alt_el = OxmlElement("w:altName")
        alt_el.set(qn("w:val"), alt)
        font.append(alt_el)
        charset = OxmlElement("w:charset")
        charset.set(qn("w:val"), "86")
        font.append(charset)
        family = OxmlElement("w:family")
        family.set(qn("w:val"), "roman" if name == TITLE_FONT else "modern")
        font.append(family)
        root.append(font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def write_docx(plan: Plan, stream: IO[bytes], clean: Sanitizer) -> None:
    docx = require("docx", "docx", feature="DOCX files")
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement
    from docx.shared import Cm, Pt

    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    _add_fallback_fonts(doc)
    center = WD_ALIGN_PARAGRAPH.CENTER

    # notice lines above the table
    if plan.doc_number:
        _para(doc, clean(plan.doc_number, "doc_number"), BODY_FONT, 16, align=center)
    title = clean(plan.title, "title") or "政务公开工作要点分工方案"
    for line in title.split("\n"):
        _para(doc, line, TITLE_FONT, 22, align=center)
    if plan.issuer:
        _para(doc, clean(plan.issuer, "issuer"), BODY_FONT, 16, align=center)
    if plan.date:
        d = plan.date
        _para(doc, f"{d.year}年{d.month}月{d.day}日", BODY_FONT, 16, align=center)
    for i, ref in enumerate(plan.parents):
        words = ""
        if ref.title:
            words += f"《{clean(ref.title, f'parents[{i}].title')}》"
        if ref.doc_number:
            words += f"（{clean(ref.doc_number, f'parents[{i}].doc_number')}）"
        if words:
            _para(doc, f"根据{words}制定本方案。", BODY_FONT, 16)

    has_section = any(t.section for t in plan.tasks)
    has_note = any(t.note for t in plan.tasks)
    columns = (
        ["序号"] + (["工作任务"] if has_section else []) + ["具体要求", "责任单位", "完成时限"]
    )
    if has_note:
        columns.append("备注")
    widths = [_WIDTHS.get(c, 0.0) for c in columns]
    widths[columns.index("具体要求")] = _TEXT_WIDTH - sum(widths)

    sections = section_texts(plan)
    table = doc.add_table(rows=1 + len(plan.tasks), cols=len(columns))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl = table._tbl
    from docx.table import _Cell

    for k, column in enumerate(table.columns):
        column.width = Cm(widths[k])
    trs = tbl.tr_lst
    header_tr = trs[0]
    trpr = header_tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    trpr.append(repeat)
    for k, tc in enumerate(header_tr.tc_lst):
        cell = _Cell(tc, table)
        cell.width = Cm(widths[k])
        _fill(cell, columns[k], HEAD_FONT, 12, bold=True, align=center)

    section_col = columns.index("工作任务") if has_section else None
    open_section: tuple[Any, str] | None = None  # (tc, text) of the running 工作任务 cell
    for value, task in enumerate(plan.tasks):
        tr = trs[value + 1]
        tcs = list(tr.tc_lst)
        for k, tc in enumerate(tcs):
            tc.width = Cm(widths[k])
        where = f"tasks[{value}]"
        number, text = number_and_text(task)
        values: dict[str, str] = {
            "序号": clean(number, f"{where}.label"),
            "具体要求": clean(text, f"{where}.text"),
            "责任单位": clean(
                task.responsibility.raw if task.responsibility else "", f"{where}.responsibility"
            ),
            "完成时限": clean(task.deadline.raw if task.deadline else "", f"{where}.deadline"),
            "备注": clean(task.note, f"{where}.note"),
        }
        for k, name in enumerate(columns):
            if k == section_col:
                continue
            align = center if name in ("序号", "完成时限") else None
            _fill(_Cell(tcs[k], table), values[name], BODY_FONT, 12, align=align)
        if section_col is not None:
            text = clean("\n".join(sections[value]), f"{where}.section")
            tc = tcs[section_col]
            tcpr = tc.get_or_add_tcPr()
            if open_section is not None and text and open_section[1] == text:
                vm = OxmlElement("w:vMerge")
                tcpr.append(vm)
            else:
                if text:
                    vm = OxmlElement("w:vMerge")
                    vm.set(qn("w:val"), "restart")
                    tcpr.append(vm)
                _fill(_Cell(tc, table), text, BODY_FONT, 12)
                open_section = (tc, text) if text else None

    if plan.default_deadline is not None:
        _para(doc, clean(plan.default_deadline.raw, "default_deadline"), BODY_FONT, 16)

    buffer = io.BytesIO()
    doc.save(buffer)
    stream.write(buffer.getvalue())
