"""Build the PDF test fixtures the way offices make them: DOCX -> LibreOffice -> PDF.

Usage::

    python tests/pdf/make_fixtures.py [OUTDIR]

Writes ``NAME.docx`` and ``NAME.pdf`` for every fixture into ``OUTDIR``
(default ``tests/data/pdf``).  Needs python-docx, Pillow and LibreOffice
(``soffice``) with CJK fonts (Debian: ``libreoffice-writer-nogui
fonts-noto-cjk``).

The plan fixtures are rebuilt from the gold annotations of the seed
documents (``tests/data/seeds/*.gold.json``) and the notice text of the
seeds, so that a reader can be scored against the gold:

* ``plan000`` — a bureau notice (letterhead, 文号, title, date under a seal
  image) and a 3-column ruled table: section cells merged vertically over
  their tasks, consecutive equal responsibilities merged, header row marked
  to repeat, long rows that break across pages, ``— N —`` page numbers.
* ``plan001`` — a 5-column ruled table with two merged heading columns and a
  deadline column, header repeated on every page, ``第N页`` footers and a
  running header.
* ``plan004`` — a prose plan: 一、 headings, （一） paragraphs with trailing
  （…负责落实） responsibilities, ``- N -`` page numbers.
* ``borderless`` — a table without ruling lines (a layout table).
* ``scanned`` — a page that is only a picture.
* ``encrypted_open`` / ``encrypted_locked`` — encrypted with an empty user
  password (opens) and with a user password (does not).
* ``nounicode`` — ``plan000`` with its fonts' ToUnicode maps removed, as
  produced by some PDF printers (text comes out as ``(cid:N)``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "data" / "seeds"
OUT = ROOT / "tests" / "data" / "pdf"

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"

S000 = "000_50d58eb3aec70650"
S001 = "001_512a5e0ef4657c09"
S004 = "004_40fd49317bf4f7aa"

CN_NUM = "零一二三四五六七八九十"


def cn(n: int) -> str:
    """1 -> 一, 12 -> 十二, 29 -> 二十九."""
    if n <= 10:
        return CN_NUM[n] if n < 10 else "十"
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_NUM[tens]) + "十" + (CN_NUM[ones] if ones else "")


def gold(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((SEEDS / f"{name}.gold.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


# --- docx helpers -------------------------------------------------------------


def new_document(*, landscape: bool = False) -> Any:
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    sec.left_margin = sec.right_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = SERIF
    normal.font.size = Pt(14)
    rpr = normal.element.get_or_add_rPr()
    rpr.rFonts.set(qn("w:eastAsia"), SERIF)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    return doc


def set_font(run, font: str, size: float | None = None, bold: bool = False, color=None):  # type: ignore[no-untyped-def]
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(  # type: ignore[no-untyped-def]
    doc,
    text: str,
    *,
    align=None,
    font: str = SERIF,
    size: float | None = None,
    bold: bool = False,
    indent: bool = False,
    color=None,
    after: float = 0,
):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(2 * (size or 14))
    p.paragraph_format.space_after = Pt(after)
    set_font(p.add_run(text), font, size, bold, color)
    return p


def page_number_footer(doc, before: str, after: str) -> None:  # type: ignore[no-untyped-def]
    """A centred footer ``before PAGE after`` (e.g. ``— 3 —``)."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(before), SERIF, 12)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    set_font(p.add_run(after), SERIF, 12)


def seal_png(path: Path) -> Path:
    """A red round seal, as stamped over the date of a notice."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (240, 240), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((8, 8, 232, 232), outline=(220, 20, 20, 255), width=10)
    d.regular_polygon((120, 120, 40), 5, fill=(220, 20, 20, 255))
    img.save(path)
    return path


def repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cell_text(cell, text: str, *, size: float = 12, bold: bool = False, font: str = SERIF) -> None:  # type: ignore[no-untyped-def]
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), font, size, bold)


def no_borders(table) -> None:  # type: ignore[no-untyped-def]
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def ruled_table(  # type: ignore[no-untyped-def]
    doc,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    merge_cols: Sequence[int],
    *,
    ruled: bool = True,
    size: float = 12,
):
    """A table; in ``merge_cols`` runs of equal consecutive values are merged vertically.

    A run is also cut where any column to its left starts a new value, as
    an office would merge a section's cells only within the section.
    """
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    if ruled:
        table.style = "Table Grid"
    else:
        no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(table.rows[0].cells[j], h, size=size, bold=True, font=SANS)
    repeat_header(table.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, value in enumerate(row):
            cell_text(table.rows[i].cells[j], value, size=size)
    table.autofit = False
    for j, w in enumerate(widths):
        table.columns[j].width = Cm(w)  # the w:gridCol LibreOffice lays out by
        for r in table.rows:
            r.cells[j].width = Cm(w)
    for j in merge_cols:
        start = 0
        for i in range(1, len(rows) + 1):
            cut = (
                i == len(rows)
                or rows[i][j] != rows[start][j]
                or any(rows[i][k] != rows[i - 1][k] for k in merge_cols if k < j)
            )
            if cut:
                if i - 1 > start:
                    top = table.cell(start + 1, j)
                    bottom = table.cell(i, j)
                    merged = top.merge(bottom)
                    cell_text(merged, rows[start][j], size=size)
                start = i
    return table


# --- fixtures -----------------------------------------------------------------


def plan000(path: Path, tmp: Path) -> None:
    g = gold(S000)
    doc = new_document()
    page_number_footer(doc, "— ", " —")
    red = RGBColor(0xD0, 0x10, 0x10)
    para(
        doc,
        "江门市政府投资工程建设管理中心文件",
        align=WD_ALIGN_PARAGRAPH.CENTER,
        font=SANS,
        size=26,
        bold=True,
        color=red,
        after=18,
    )
    para(doc, "江建管〔2021〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, after=18)
    para(
        doc,
        "关于印发《市建管中心2021年政务公开工作要点分工方案》的通知",
        align=WD_ALIGN_PARAGRAPH.CENTER,
        font=SANS,
        size=20,
        after=18,
    )
    para(doc, "中心各科、室：")
    para(
        doc,
        "根据《江门市人民政府办公室关于印发江门市2021年政务公开工作要点分工方案的通知》"
        "（江府办函〔2021〕129号）的要求，结合中心工作实际，制定了《市建管中心2021年政务"
        "公开工作要点分工方案》，现印发给你们，请认真抓好落实。",
        indent=True,
    )
    para(doc, "附件：市建管中心2021年政务公开工作要点分工方案", indent=True, after=36)
    p = para(doc, "江门市政府投资工程建设管理中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run().add_picture(str(seal_png(tmp / "seal.png")), width=Cm(3.5))
    para(doc, "2021年10月19日", align=WD_ALIGN_PARAGRAPH.RIGHT, after=24)
    para(doc, "公开方式：主动公开")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, g["plan"]["title"], align=WD_ALIGN_PARAGRAPH.CENTER, font=SANS, size=18, after=12)
    sections: list[str] = []
    rows = []
    for t in g["tasks"]:
        sec = t["section"][0]
        if sec not in sections:
            sections.append(sec)
        label = f"{cn(sections.index(sec) + 1)}、{sec}。"
        rows.append([label, f"{t['label']}. {t['text']}", t["responsibility"]])
    ruled_table(doc, ["工作任务", "具体要求", "责任科室"], rows, [3.2, 10.0, 3.4], [0, 2])
    doc.save(str(path))


def plan001(path: Path, tmp: Path) -> None:
    g = gold(S001)
    doc = new_document(landscape=True)
    page_number_footer(doc, "第", "页")
    header = doc.sections[0].header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(header.add_run("江门市住房和城乡建设局"), SERIF, 10)
    para(doc, g["plan"]["title"], align=WD_ALIGN_PARAGRAPH.CENTER, font=SANS, size=18, after=12)
    top: list[str] = []
    sub: list[str] = []
    rows = []
    for t in g["tasks"]:
        a, b = (*t["section"], "")[:2]
        if a not in top:
            top.append(a)
            sub = []
        if b and b not in sub:
            sub.append(b)
        dl = t["deadline"]["raw"] if t["deadline"] else ""
        rows.append(
            [
                f"{cn(top.index(a) + 1)}、{a}",
                f"（{cn(sub.index(b) + 1)}）{b}。" if b else "",
                f"{t['label']}.{t['text']}",
                t["responsibility"],
                dl,
            ]
        )
    ruled_table(
        doc,
        ["工作要求", "工作任务", "具体要求", "责任科室(单位)", "完成时限"],
        rows,
        [3.0, 4.0, 11.0, 4.5, 2.6],
        [0, 1, 3],
    )
    doc.save(str(path))


def plan004(path: Path, tmp: Path) -> None:
    lines = [
        ln.strip()
        for ln in (SEEDS / f"{S004}.txt").read_text(encoding="utf-8").splitlines()
        if ln.strip()
    ]
    doc = new_document()
    page_number_footer(doc, "- ", " -")
    para(doc, lines[0], align=WD_ALIGN_PARAGRAPH.CENTER, after=18)  # 文号
    para(doc, lines[1] + lines[2], align=WD_ALIGN_PARAGRAPH.CENTER, font=SANS, size=20, after=18)
    para(doc, lines[3])  # addressee
    para(doc, lines[4], indent=True, after=24)
    para(doc, "九江市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, lines[5], align=WD_ALIGN_PARAGRAPH.RIGHT, after=12)  # date
    para(doc, lines[6], indent=True)  # （此件主动公开）
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, lines[7], align=WD_ALIGN_PARAGRAPH.CENTER, font=SANS, size=18, after=12)
    for ln in lines[8:]:
        if re.match(r"^[一二三四五六七八九十]+、", ln):
            para(doc, ln, font=SANS, indent=True)
        else:
            para(doc, ln, indent=True)
    doc.save(str(path))


def borderless(path: Path, tmp: Path) -> None:
    g = gold(S001)
    doc = new_document(landscape=True)
    para(
        doc,
        "住房城乡建设局政务公开工作任务分工表",
        align=WD_ALIGN_PARAGRAPH.CENTER,
        font=SANS,
        size=18,
        after=12,
    )
    rows = []
    for t in g["tasks"][:6]:
        dl = t["deadline"]["raw"] if t["deadline"] else ""
        rows.append([str(t["number"]), t["text"], t["responsibility"], dl])
    ruled_table(
        doc,
        ["序号", "工作任务", "责任单位", "完成时限"],
        rows,
        [1.6, 15.0, 6.0, 3.0],
        [],
        ruled=False,
    )
    doc.save(str(path))


def scanned(path: Path, tmp: Path) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(img)
    for y in range(200, 1600, 60):
        d.rectangle((150, y, 1090, y + 24), fill=(60, 60, 60))
    png = tmp / "scan.png"
    img.save(png)
    doc = new_document()
    doc.add_paragraph().add_run().add_picture(str(png), width=Cm(16))
    doc.save(str(path))


# --- conversion -----------------------------------------------------------------


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("soffice (LibreOffice) is not on PATH")
    return exe


def convert(docx: Path, outdir: Path, filter_spec: str = "pdf") -> Path:
    """Convert with LibreOffice; ``filter_spec`` may carry export options."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice(),
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                filter_spec,
                "--outdir",
                str(outdir),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    pdf = outdir / (docx.stem + ".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice did not write {pdf}")
    return pdf


def encrypted(docx: Path, outdir: Path, name: str, *, user: str, owner: str) -> Path:
    opts = {"EncryptFile": {"type": "boolean", "value": "true"}}
    if user:
        opts["DocumentOpenPassword"] = {"type": "string", "value": user}
    if owner:
        opts["RestrictPermissions"] = {"type": "boolean", "value": "true"}
        opts["PermissionPassword"] = {"type": "string", "value": owner}
    with tempfile.TemporaryDirectory() as tmp:
        pdf = convert(docx, Path(tmp), "pdf:writer_pdf_Export:" + json.dumps(opts))
        target = outdir / f"{name}.pdf"
        shutil.copyfile(pdf, target)
    return target


def strip_tounicode(src: Path, target: Path) -> Path:
    """Hide every /ToUnicode map (same length, so the xref stays valid)."""
    data = src.read_bytes()
    if b"/ToUnicode" not in data:
        raise SystemExit(f"{src} has no /ToUnicode entries to remove")
    target.write_bytes(data.replace(b"/ToUnicode", b"/ToUnicodX"))
    return target


FIXTURES: dict[str, Callable[[Path, Path], None]] = {
    "plan000": plan000,
    "plan001": plan001,
    "plan004": plan004,
    "borderless": borderless,
    "scanned": scanned,
}


def build(name: str, outdir: Path) -> Path:
    """Build the DOCX of fixture ``name`` and convert it; return the PDF path."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        docx = outdir / f"{name}.docx"
        FIXTURES[name](docx, Path(tmp))
    return convert(docx, outdir)


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else OUT
    for name in FIXTURES:
        print("built", build(name, outdir))
    small = outdir / "borderless.docx"
    print("built", encrypted(small, outdir, "encrypted_open", user="", owner="owner-secret"))
    print("built", encrypted(small, outdir, "encrypted_locked", user="open-sesame", owner="x"))
    print("built", strip_tounicode(outdir / "plan000.pdf", outdir / "nounicode.pdf"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
