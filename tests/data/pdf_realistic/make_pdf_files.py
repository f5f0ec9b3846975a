"""Build PDFs the way offices make them: a Word file saved as PDF by LibreOffice.

Usage::

    python tests/data/pdf_realistic/make_pdf_files.py [OUTDIR]

Takes the Word files of ``tests/data/office_realistic/make_office_files.py``
(made with python-docx, not zwgk) and lays each out as offices print them
— portrait or landscape, with or without ruling lines, 仿宋/宋体 at the
sizes used, ``- N -`` page numbers, long rows broken across pages — then
converts it with ``soffice --headless --convert-to pdf``.  Writes
``NAME.pdf`` and ``NAME.gold.json`` (the gold of the Word file) into
``OUTDIR`` (default: this directory).  Needs LibreOffice with CJK fonts.
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "office_realistic_files", HERE.parent / "office_realistic" / "make_office_files.py"
)
assert _spec is not None and _spec.loader is not None
office = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(office)


def layout(
    data: bytes,
    *,
    landscape: bool | None = None,
    ruled: bool = True,
    font: str | None = None,
    size: float | None = None,
    page_numbers: bool = True,
    valign: str | None = None,
) -> bytes:
    """The Word file ``data`` laid out for printing."""
    doc = docx.Document(io.BytesIO(data))
    sec = doc.sections[0]
    if landscape is not None:
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    normal = doc.styles["Normal"]
    if font:
        normal.font.name = font
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        normal.font.size = Pt(size)
    if not ruled:
        for table in doc.tables:
            table.style = None
            office.no_borders(table)
    if valign:  # merged cells set vertically centred: their text mid-way down
        for table in doc.tables:
            for tc in table._tbl.iter(qn("w:tc")):
                if tc.tcPr is None or tc.tcPr.find(qn("w:vMerge")) is None:
                    continue
                v = OxmlElement("w:vAlign")
                v.set(qn("w:val"), valign)
                tc.get_or_add_tcPr().append(v)
    if page_numbers and not any(p.text.strip() for p in sec.footer.paragraphs):
        office.footer_page_number(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


Made = tuple[bytes, dict[str, Any]]


def _from(make: Callable[[], Made], **kw: Any) -> Callable[[], Made]:
    def build() -> Made:
        data, gold = make()
        return layout(data, **kw), gold

    return build


PDFS: dict[str, Callable[[], Made]] = {
    # the full notice, landscape ruled table, 仿宋 14pt, - N - page numbers
    "p01_notice_landscape_ruled": _from(office.d09_full_notice_landscape),
    # two heading columns merged down, split in two tables, portrait
    "p02_heading_columns_portrait": _from(office.d02_two_heading_columns_split),
    # the same, landscape
    "p03_heading_columns_landscape": _from(
        office.d02_two_heading_columns_split, landscape=True, size=14
    ),
    # no ruling lines, Traditional script, 宋体
    "p04_unruled_traditional": _from(
        office.d05_paragraph_cells_traditional, ruled=False, font="宋体"
    ),
    # a title row in the table, the header typed again, notes, the default deadline
    "p05_header_typed_again": _from(office.d04_header_typed_again),
    # heading rows across the table, lead/assist columns
    "p06_heading_rows_lead_assist": _from(office.d03_heading_rows_lead_assist, landscape=True),
    # big type: long cells cross page breaks
    "p07_long_cells_cross_pages": _from(office.d06_label_column_chinese, size=16),
    # merged responsibility cells, heading rows, no ruling lines
    "p08_unruled_heading_rows": _from(office.d08_merged_responsibility_heading_rows, ruled=False),
    # line breaks in cells, notes and a deadline column, landscape 仿宋
    "p09_line_breaks_landscape": _from(office.d10_line_breaks_notes, landscape=True, font="仿宋"),
    # the 文号 and title above a 5-column table, portrait, 宋体 10.5pt
    "p10_title_number_small": _from(office.d01_title_number_column, font="宋体", size=10.5),
    # -- tables without ruling lines (borders hidden), as many offices export them
    # section column merged down, deadline column, landscape
    "p11_unruled_section_column_landscape": _from(
        office.d01_title_number_column, ruled=False, landscape=True
    ),
    # responsibility merged over several rows, its text vertically centred
    "p12_unruled_centred_merged": _from(
        office.d08_merged_responsibility_heading_rows, ruled=False, valign="center"
    ),
    # no serial numbers: （一） labels in the 序号 column, the section column first
    "p13_unruled_label_column": _from(office.d06_label_column_chinese, ruled=False),
    # 项目 | 序号 | … | 完成时限 | 备注, line breaks in cells, landscape 仿宋
    "p14_unruled_notes_deadlines": _from(
        office.d10_line_breaks_notes, ruled=False, landscape=True, font="仿宋"
    ),
    # heading rows across the table, lead and assist columns, landscape
    "p15_unruled_lead_assist": _from(
        office.d03_heading_rows_lead_assist, ruled=False, landscape=True
    ),
    # Traditional script in big type: long cells run over page breaks
    "p16_unruled_traditional_big": _from(
        office.d05_paragraph_cells_traditional, ruled=False, size=16
    ),
    # two heading columns merged down, portrait
    "p17_unruled_heading_columns": _from(office.d02_two_heading_columns_split, ruled=False),
    # the notice above a landscape table, header repeated on every page
    "p18_unruled_notice_landscape": _from(office.d09_full_notice_landscape, ruled=False),
}


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else HERE
    outdir.mkdir(parents=True, exist_ok=True)
    only = set(argv[2:])
    for name, make in PDFS.items():
        if only and name not in only:
            continue
        data, gold = make()
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / f"{name}.docx"
            src.write_bytes(data)
            office.soffice_convert(src, outdir, "pdf")
        (outdir / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
