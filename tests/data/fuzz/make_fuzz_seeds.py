"""Make the fuzzer's seed corpus for the DOCX and PDF readers: small files, varied in structure.

A mutation fuzzer spends its time where its seeds are large: every input
re-reads the whole seed, so a corpus of one-page files whose structures
differ finds as much as one of long files that repeat the same structure, at
many times the inputs per second.  These are real office files, made the way
the test files are: python-docx writes each document, LibreOffice saves it
through ODT as DOCX (so the package carries LibreOffice's own small style and
numbering parts, not the 800 KB of Word's template) and prints the PDFs.

Each document holds one or two of the structures the readers handle: a plan
table with vertically merged section cells and a heading row spanning the
table, a two-row header with lead/assist columns, a table continued on a
second page with its header repeated, numbered prose paragraphs under a page
header and footer, Word's automatic numbering, a nested table and line
breaks in cells.  The PDFs add an encrypted copy (empty user password), a
locked one and one whose fonts lost their ToUnicode maps.

Usage (from the project root; needs python-docx and LibreOffice on PATH)::

    python tests/data/fuzz/make_fuzz_seeds.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from tests.pdf.make_fixtures import convert, encrypted, soffice, strip_tounicode  # noqa: E402

HERE = Path(__file__).resolve().parent
HEADER = ("序号", "具体要求", "责任单位", "完成时限")
ROWS = (
    ("1", "及时公开年度重点工作任务及完成情况", "市政府办公室", "年底前"),
    ("2", "做好政策解读，解读材料与政策文件同步公开", "各区县人民政府", "持续推进"),
    ("3", "规范依申请公开办理，按时答复", "市司法局", "2024年6月底前"),
)


def _table(doc: Any, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Any:
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    trpr.append(flag)


def merged(doc: Any) -> None:
    """A heading row spanning the table, section cells merged down, equal units merged."""
    doc.add_paragraph("2024年政务公开工作要点任务分工")
    header = ("类别", *HEADER)
    rows = [("", "一、深化决策公开", "", "", "")]
    rows += [("决策公开", *row) for row in ROWS]
    table = _table(doc, header, rows)
    table.cell(1, 0).merge(table.cell(1, 4)).text = "一、深化决策公开"
    table.cell(2, 0).merge(table.cell(4, 0)).text = "决策公开"
    table.cell(3, 3).merge(table.cell(4, 3)).text = "市司法局"


def lead_assist(doc: Any) -> None:
    """A two-row header: 责任单位 spanning 牵头单位 and 配合单位."""
    table = _table(doc, ("序号", "工作任务", "责任单位", "", "完成时限"), [])
    sub = table.add_row().cells
    for c, text in enumerate(("", "", "牵头单位", "配合单位", "")):
        sub[c].text = text
    table.cell(0, 2).merge(table.cell(0, 3)).text = "责任单位"
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c))
    for number, text, unit, when in ROWS:
        cells = table.add_row().cells
        for c, value in enumerate((number, text, unit, "市数据局", when)):
            cells[c].text = value


def two_pages(doc: Any) -> None:
    """A table continued after a page break, its header row repeated."""
    doc.add_paragraph("关于印发政务公开工作要点的通知")
    table = _table(doc, HEADER, list(ROWS[:2]))
    _repeat_header(table.rows[0])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    more = _table(
        doc, HEADER, [ROWS[2], ("4", "加强政府网站和政务新媒体管理", "市数据局", "长期坚持")]
    )
    _repeat_header(more.rows[0])


def prose(doc: Any) -> None:
    """Numbered paragraphs with responsibilities in brackets, a page header and footer."""
    section = doc.sections[0]
    section.header.paragraphs[0].text = "某市人民政府办公室文件"
    section.footer.paragraphs[0].text = "— 1 —"
    doc.add_paragraph("某市2024年政务公开工作要点")
    doc.add_paragraph("一、围绕重点领域加强信息公开")
    doc.add_paragraph("（一）推进财政信息公开。全面公开预决算信息。（市财政局负责）")
    doc.add_paragraph("（二）做好重大项目信息公开。（市发展改革委牵头，各区县配合）")
    doc.add_paragraph("二、强化政策解读回应")
    doc.add_paragraph("（三）加强政策解读。年底前完成。（市政府办公室负责）")


def auto_numbered(doc: Any) -> None:
    """Paragraphs numbered by Word's list styles, not by typed numbers."""
    doc.add_paragraph("工作任务")
    for _number, text, unit, when in ROWS:
        doc.add_paragraph(f"{text}。责任单位：{unit}；完成时限：{when}。", style="List Number")


def nested(doc: Any) -> None:
    """Line breaks inside cells and a table inside a cell."""
    table = _table(doc, HEADER, [ROWS[0], ROWS[1]])
    cell = table.cell(1, 2)
    cell.paragraphs[0].add_run().add_break()
    cell.paragraphs[0].add_run("市发展改革委")
    inner = cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "牵头"
    inner.cell(0, 1).text = "配合"


SEEDS: dict[str, Callable[[Any], None]] = {
    "merged": merged,
    "lead_assist": lead_assist,
    "two_pages": two_pages,
    "prose": prose,
    "auto_numbered": auto_numbered,
    "nested": nested,
}


def _save_as(source: Path, outdir: Path, filter_spec: str, suffix: str) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", filter_spec, "--outdir", str(outdir), str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    return outdir / f"{source.stem}{suffix}"


def _via_odt(source: Path, target: Path, tmp: Path) -> None:
    """Save ``source`` through ODT as DOCX with LibreOffice (its own compact parts)."""
    odt = _save_as(source, tmp / "odt", "odt", ".odt")
    shutil.copyfile(_save_as(odt, tmp / "docx", "docx:MS Word 2007 XML", ".docx"), target)


def main() -> int:
    (HERE / "docx").mkdir(exist_ok=True)
    (HERE / "pdf").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for stem, fill in SEEDS.items():
            doc = Document()
            fill(doc)
            source = tmp / f"{stem}.docx"
            doc.save(source)
            docx = HERE / "docx" / f"{stem}.docx"
            _via_odt(source, docx, tmp)
            shutil.copyfile(convert(docx, tmp / "pdf"), HERE / "pdf" / f"{stem}.pdf")
            print("built", stem)
        small = HERE / "docx" / "merged.docx"
        encrypted(small, HERE / "pdf", "encrypted_open", user="", owner="owner-secret")
        encrypted(small, HERE / "pdf", "encrypted_locked", user="open-sesame", owner="x")
        strip_tounicode(HERE / "pdf" / "merged.pdf", HERE / "pdf" / "nounicode.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
