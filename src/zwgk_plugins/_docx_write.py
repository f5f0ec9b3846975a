"""Plan -> DOCX in the official layout (private; see ``docx_format``)."""

from __future__ import annotations

import copy
import io
import unicodedata
from typing import IO, Any

from zwgk._model import Plan
from zwgk.lang.labels import word
from zwgk.plugins import require
from zwgk_plugins._office import (
    Sanitizer,
    has_review_marks,
    number_and_text,
    review_marks,
    section_texts,
)
from zwgk_plugins._plan_rows import day_text, heads

TITLE_FONT = "方正小标宋简体"
TITLE_FALLBACK = "宋体"
BODY_FONT = "仿宋_GB2312"
BODY_FALLBACK = "仿宋"
HEAD_FONT = "黑体"
LATIN_FONT = "Times New Roman"

PAGE_NUMBER_FONT = "宋体"
BODY_PT = 16.0  # 3号: the notice text
TABLE_PT = 12.0  # 小4号: the table
# One half-width character at the table's size, in cm, and a cell's left+right padding.
_UNIT_CM = TABLE_PT / 2 / 72 * 2.54
_PAD_CM = 0.45
_PORTRAIT = (21.0, 29.7)
# GB/T 9704 margins (top, bottom, left, right) in cm; a landscape page turns them.
_MARGINS = (3.7, 3.5, 2.8, 2.6)
_WIDE = 5  # a table of this many columns or more goes on landscape pages
_FIXED_CAP = 16  # a short column (序号, 完成时限) is at most this many half-widths wide

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


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _longest_line(text: str) -> int:
    return max((_display_width(line) for line in text.split("\n")), default=0)


def column_widths(
    columns: list[str],
    rows: list[dict[str, str]],
    total_cm: float,
    names: list[str] | None = None,
) -> list[float]:
    """Column widths (cm) from the content, filling ``total_cm``.

    No column is narrower than its header word or, for the short columns
    (序号, 完成时限, …), than its longest entry (up to a cap), so neither a
    two-digit 序号 nor a header breaks over two lines.  What is left goes to
    the text columns in proportion to how much text they hold.  ``names`` are
    the header words when they are not the ``columns`` themselves.
    """
    floors, weights = [], []
    for column, name in zip(columns, names or columns, strict=True):
        cells = [r.get(column, "") for r in rows]
        longest = max((_longest_line(c) for c in cells), default=0)
        header = _display_width(name)
        short = longest <= _FIXED_CAP
        floors.append(max(header, min(longest, _FIXED_CAP) if short else header))
        weights.append(0.0 if short else float(sum(_display_width(c) for c in cells)))
    need = [f * _UNIT_CM + _PAD_CM for f in floors]
    spare = total_cm - sum(need)
    if spare <= 0:
        return [n * total_cm / sum(need) for n in need]
    if not any(weights):
        weights = [1.0] * len(columns)
    return [n + spare * w / sum(weights) for n, w in zip(need, weights, strict=True)]


def _set_page(section: Any, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    width, height = _PORTRAIT
    top, bottom, left, right = _MARGINS
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
        top, bottom, left, right = right, left, top, bottom
    else:
        section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(width), Cm(height)
    section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)
    section.left_margin, section.right_margin = Cm(left), Cm(right)
    section.footer_distance = Cm(max(0.5, bottom - 1.8))


def _text_width(section: Any) -> float:
    from docx.shared import Emu

    return float(Emu(section.page_width - section.left_margin - section.right_margin).cm)


def _page_number(footer: Any, align: Any, indent: str) -> None:
    """``— 1 —`` in 4号 宋体, set one character in from the outer edge (GB/T 9704)."""
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement
    from docx.shared import Pt

    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = align
    setattr(p.paragraph_format, indent, Pt(14))
    parts: list[tuple[str, str | None]] = [
        ("— ", None), ("", "begin"), (" PAGE ", "instr"), ("1", "separate"), ("", "end"),
        (" —", None),
    ]  # fmt: skip
    for text, field in parts:
        run = p.add_run()
        _font(run, PAGE_NUMBER_FONT, 14)
        if field in ("begin", "separate", "end"):
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), field)
            run._element.append(char)
            if field == "separate":
                run.add_text(text)
        elif field == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._element.append(instr)
        else:
            run.add_text(text)


def _page_numbers(doc: Any, section: Any) -> None:
    """Odd pages numbered on the right, even pages on the left."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right_indent")
    _page_number(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left_indent")


def _body(doc: Any, text: str) -> None:
    """A body paragraph: 3号 仿宋, the first line indented two characters."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    p = _para(doc, text, BODY_FONT, BODY_PT)
    p.paragraph_format.first_line_indent = Pt(BODY_PT * 2)
    ind = p._p.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:firstLineChars"), "200")


def _signature(doc: Any, plan: Plan, clean: Sanitizer, lang: str) -> None:
    """The issuer and the date, right-aligned four characters in from the margin."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    lines = []
    if plan.issuer:
        lines.append(clean(plan.issuer, "issuer"))
    if plan.date:
        lines.append(day_text(plan.date, lang))
    if not lines:
        return
    doc.add_paragraph()
    for line in lines:
        p = _para(doc, line, BODY_FONT, BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(BODY_PT * 4)


def _front(doc: Any, plan: Plan, clean: Sanitizer, lang: str) -> None:
    """The notice above the table: 文号, title, the parent documents, the default deadline."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    center = WD_ALIGN_PARAGRAPH.CENTER
    if plan.doc_number:
        _para(doc, clean(plan.doc_number, "doc_number"), BODY_FONT, BODY_PT, align=center)
    title = clean(plan.title, "title") or word("plan-title", lang)
    for line in title.split("\n"):
        _para(doc, line, TITLE_FONT, 22, align=center)
    doc.add_paragraph()
    for i, ref in enumerate(plan.parents):
        words = ""
        if ref.title:
            words += f"《{clean(ref.title, f'parents[{i}].title')}》"
        if ref.doc_number:
            words += f"（{clean(ref.doc_number, f'parents[{i}].doc_number')}）"
        if words:
            _body(doc, word("made-under", lang).format(words=words))
    if plan.default_deadline is not None:
        _body(doc, clean(plan.default_deadline.raw, "default_deadline"))
    _signature(doc, plan, clean, lang)


def _table_rows(
    plan: Plan, columns: list[str], clean: Sanitizer, lang: str = "zh"
) -> list[dict[str, str]]:
    sections = section_texts(plan)
    rows = []
    for i, task in enumerate(plan.tasks):
        where = f"tasks[{i}]"
        number, text = number_and_text(task)
        resp = task.responsibility
        rows.append({
            "number": clean(number, f"{where}.label"),
            "col-section": clean("\n".join(sections[i]), f"{where}.section"),
            "col-text": clean(text, f"{where}.text"),
            "col-units": clean(resp.raw if resp else "", f"{where}.responsibility"),
            "deadline": clean(task.deadline.raw if task.deadline else "", f"{where}.deadline"),
            "note": clean(task.note, f"{where}.note"),
            "col-mark": review_marks(task, lang),
        })  # fmt: skip
    return rows


def _header_row(table: Any, columns: list[str], widths: list[float]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.parser import OxmlElement
    from docx.shared import Cm
    from docx.table import _Cell

    header_tr = table._tbl.tr_lst[0]
    trpr = header_tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))
    trpr.append(OxmlElement("w:cantSplit"))
    for k, tc in enumerate(header_tr.tc_lst):
        cell = _Cell(tc, table)
        cell.width = Cm(widths[k])
        _fill(cell, columns[k], HEAD_FONT, TABLE_PT, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)


def _table(doc: Any, plan: Plan, clean: Sanitizer, lang: str, landscape_ok: bool = True) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement
    from docx.shared import Cm
    from docx.table import _Cell

    has_section = any(t.section for t in plan.tasks)
    columns = ["number"] + (["col-section"] if has_section else [])
    columns += ["col-text", "col-units", "deadline"] + (["note"] if any(t.note for t in plan.tasks)
                                                      else [])  # fmt: skip
    columns += ["col-mark"] if has_review_marks(plan) else []
    names = list(heads(columns, lang))
    rows = _table_rows(plan, columns, clean, lang)
    section = doc.sections[-1]
    if landscape_ok and len(columns) >= _WIDE:
        from docx.enum.section import WD_SECTION

        section = doc.add_section(WD_SECTION.NEW_PAGE)
        _set_page(section, landscape=True)
        # LibreOffice keeps the previous page style for a section that opens with a table
        _para(doc, "", BODY_FONT, 2)
    widths = column_widths(columns, rows, _text_width(section) - 0.2, names)
    table = doc.add_table(rows=1 + len(plan.tasks), cols=len(columns))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for k, column in enumerate(table.columns):
        column.width = Cm(widths[k])
    _header_row(table, names, widths)
    trs = table._tbl.tr_lst
    center = WD_ALIGN_PARAGRAPH.CENTER
    open_section: str | None = None  # the running 工作任务 text
    for i, values in enumerate(rows):
        trs[i + 1].get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row on one page
        tcs = list(trs[i + 1].tc_lst)
        for k, name in enumerate(columns):
            tc = tcs[k]
            tc.width = Cm(widths[k])
            if name == "col-section":
                text = values[name]
                vm = OxmlElement("w:vMerge")
                if text and text == open_section:
                    tc.get_or_add_tcPr().append(vm)
                    continue
                if text:
                    vm.set(qn("w:val"), "restart")
                    tc.get_or_add_tcPr().append(vm)
                open_section = text or None
            align = center if name in ("number", "deadline") else None
            _fill(_Cell(tc, table), values[name], BODY_FONT, TABLE_PT, align=align)


def write_docx(plan: Plan, stream: IO[bytes], clean: Sanitizer, lang: str = "zh") -> None:
    """The plan as a GB/T 9704 document: the notice in portrait, a wide table in landscape."""
    docx = require("docx", "docx", feature="DOCX files")
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = docx.Document()
    _set_page(doc.sections[0], landscape=False)
    normal = doc.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(BODY_PT)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    _add_fallback_fonts(doc)
    _page_numbers(doc, doc.sections[0])
    _front(doc, plan, clean, lang)
    _table(doc, plan, clean, lang)
    buffer = io.BytesIO()
    doc.save(buffer)
    stream.write(buffer.getvalue())
