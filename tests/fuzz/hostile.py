"""The hostile and broken files of the reliability checklist, made from real documents.

Each case starts from a file made the way offices make them (python-docx,
openpyxl, a published web page, a PDF) and changes the one thing the case
is about.  ``python -m tests.fuzz.hostile OUTDIR`` writes them all out, so
they can be run against an installed zwgk outside this repository.
"""

from __future__ import annotations

import importlib.util
import io
import random
import re
import struct
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

DATA = Path(__file__).resolve().parents[1] / "data"
PAGE = DATA / "html" / "zhongshan_table.big5.html"


@attrs.frozen
class Case:
    """One file, its format and the outcomes that are acceptable for it."""

    name: str
    fmt: str
    make: Callable[[], bytes]
    allowed: frozenset[str]  # "plan" or error class names


def _zip_replace(
    data: bytes, changes: dict[str, bytes | None], renames: dict[str, str] | None = None
) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    renames = renames or {}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = changes.get(info.filename, src.read(info.filename))
            if body is None:
                continue
            dst.writestr(renames.get(info.filename, info.filename), body)
    return out.getvalue()


def plan_docx() -> bytes:
    """A small 分工方案 table written with python-docx."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("某县2021年政务公开工作要点分工方案")
    table = doc.add_table(rows=4, cols=3)
    rows = [
        ("序号", "具体要求", "责任单位"),
        ("1", "做好规划公开。", "县发展改革局"),
        ("2", "推进财政预决算公开。", "县财政局"),
        ("3", "加强政策解读。", "县政府办公室"),
    ]
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            table.cell(r, c).text = text
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def plan_xlsx(extra: Callable[[object], None] | None = None) -> bytes:
    """A small 分工方案 sheet written with openpyxl."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "具体要求", "责任单位", "完成时限"])
    ws.append([1, "做好规划公开。", "县发展改革局", "2021年12月底前"])
    ws.append([2, "推进财政预决算公开。", "县财政局", "持续推进"])
    if extra is not None:
        extra(ws)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _document_xml(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def xlsx_row_4294967297() -> bytes:
    data = plan_xlsx()
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    row = b'<row r="4294967297"><c t="inlineStr"><is><t>far</t></is></c></row>'
    sheet = sheet.replace(b"</sheetData>", row + b"</sheetData>")
    return _zip_replace(data, {"xl/worksheets/sheet1.xml": sheet})


def xlsx_cell_xfd1048576() -> bytes:
    def far(ws: object) -> None:
        ws["XFD1048576"] = "最后一格"  # type: ignore[index]

    return plan_xlsx(far)


def xlsx_sheet_named_bin_with_entities() -> bytes:
    data = plan_xlsx()
    z = zipfile.ZipFile(io.BytesIO(data))
    sheet = z.read("xl/worksheets/sheet1.xml")
    decl = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    bomb = b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    sheet = sheet.replace(decl, decl + bomb) if sheet.startswith(decl) else bomb + sheet
    sheet = sheet.replace(b"<t>", b"<t>&b;", 1)
    rels = z.read("xl/_rels/workbook.xml.rels").replace(b"sheet1.xml", b"sheet1.bin")
    types = z.read("[Content_Types].xml").replace(b"sheet1.xml", b"sheet1.bin")
    return _zip_replace(
        data,
        {"xl/worksheets/sheet1.xml": sheet, "xl/_rels/workbook.xml.rels": rels,
         "[Content_Types].xml": types},
        renames={"xl/worksheets/sheet1.xml": "xl/worksheets/sheet1.bin"},
    )  # fmt: skip


def docx_gridspan_100000000() -> bytes:
    data = plan_docx()
    xml = _document_xml(data)
    xml = xml.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="100000000"/>', 1)
    return _zip_replace(data, {"word/document.xml": xml})


def docx_corrupt_deflate() -> bytes:
    """``word/document.xml``'s deflate stream damaged (zlib.error when inflated)."""
    data = bytearray(plan_docx())
    z = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = z.getinfo("word/document.xml")
    name_len, extra_len = struct.unpack(
        "<HH", data[info.header_offset + 26 : info.header_offset + 30]
    )
    start = info.header_offset + 30 + name_len + extra_len
    for k in range(start + 2, start + min(info.compress_size, 40)):
        data[k] = 0xFF
    return bytes(data)


def docx_zip_version_20() -> bytes:
    """A central directory entry that asks for zip version 20.0 (NotImplementedError)."""
    data = bytearray(plan_docx())
    at = data.find(b"PK\x01\x02")
    data[at + 6 : at + 8] = struct.pack("<H", 200)  # version needed to extract: 20.0
    return bytes(data)


def docx_main_part_missing() -> bytes:
    data = plan_docx()
    z = zipfile.ZipFile(io.BytesIO(data))
    types = z.read("[Content_Types].xml").replace(b"/word/document.xml", b"/word/main.xml")
    return _zip_replace(data, {"[Content_Types].xml": types, "word/document.xml": None})


def docx_without_body() -> bytes:
    data = plan_docx()
    xml = _document_xml(data)
    xml = re.sub(rb"<w:body>.*</w:body>", b"", xml, flags=re.S)
    return _zip_replace(data, {"word/document.xml": xml})


def _page() -> str:
    return PAGE.read_bytes().decode("big5", errors="replace").replace("big5", "utf-8")


def html_spans_1000() -> bytes:
    """A 66 KB page whose table cells all declare rowspan=1000 colspan=1000."""
    page = _page()
    page = re.sub(r'rowspan="\d+"', 'rowspan="1000" colspan="1000"', page)
    page = re.sub(r"<td>", '<td rowspan="1000" colspan="1000">', page)
    while len(page.encode()) < 66 * 1024:
        page = page.replace(
            "</tbody>", page[page.index("<tr><td") : page.index("</tbody>")] + "</tbody>", 1
        )
    return page.encode("utf-8")


def html_10_mb() -> bytes:
    """The real rowspan page grown to 10 MB (inside the default size limit)."""
    sys.path.insert(0, str(DATA.parents[1] / "benchmarks"))
    from bench_reliability import grow

    return grow(_page(), 10 * 1024 * 1024).encode("utf-8")


def html_control_after_script() -> bytes:
    page = _page()
    return (
        page.replace("</head>", "<script>var x = 1;</script>\x01\x02尾</head>", 1)
        .replace("<table", "<script>track()</script>\x07说明<table", 1)
        .encode("utf-8")
    )


def pdf_many_lines() -> bytes:
    """A text PDF of about 190 KB: thousands of short lines over many pages.

    The work after the page loop (paragraphs, running lines, tables rebuilt
    from text positions) must stay bounded in the number of lines.
    """
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    pages = 60
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages)).encode()
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages)
    font = 3 + 2 * pages
    for i in range(pages):
        lines = [
            b"BT /F1 10 Tf %d %d Td (%d. Item %d.) Tj ET"
            % (60 + (k % 3) * 5, 800 - k * 12, k + 1, i)
            for k in range(64)
        ]
        stream = b"\n".join(lines)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * i, font)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def pdf_scan_a4() -> bytes:
    """An image-only A4 page as a scanner makes it (200 dpi, noise, turned), read by OCR."""
    import pypdfium2 as pdfium

    from tests.data.formats.make_format_files import scan

    source = pdfium.PdfDocument(str(DATA / "pdf_realistic" / "p10_title_number_small.pdf"))
    one = pdfium.PdfDocument.new()
    one.import_pages(source, [0])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.pdf"
        one.save(str(path))
        return scan(path, random.Random(1))


def _scanned_page(scale: float = 1.0) -> Any:
    """The grey image of :func:`pdf_scan_a4`, enlarged ``scale`` times."""
    import pypdfium2 as pdfium
    from PIL import Image

    image = pdfium.PdfDocument(pdf_scan_a4())[0].render(scale=200 / 72, grayscale=True).to_pil()
    size = (round(image.width * scale), round(image.height * scale))
    return image.convert("L").resize(size, Image.Resampling.BICUBIC)


def pdf_scan_huge_page() -> bytes:
    """A scanned page placed on a page of 138 × 195 inches (the largest a PDF may declare).

    At 200 dpi it would be a billion pixels; it is rendered within ``Limits.max_pixels``.
    """
    buf = io.BytesIO()
    _scanned_page().save(buf, "PDF", resolution=12.0)
    return buf.getvalue()


def png_scan_47_megapixels() -> bytes:
    """A scanned page enlarged to 5789 × 8190 pixels (47 million, under the limit of 50)."""
    buf = io.BytesIO()
    _scanned_page(3.5).save(buf, "PNG", dpi=(700, 700))
    return buf.getvalue()


_TOO_LARGE = frozenset({"InputTooLargeError"})
_PARSE = frozenset({"ParseError"})
# A scan is read by OCR with the ``ocr`` extra; without it the error names the extra.
_OCR = frozenset(
    {"plan" if importlib.util.find_spec("rapidocr_onnxruntime") else "ScannedDocumentError"}
)
CASES = (
    Case("xlsx_row_4294967297.xlsx", "xlsx", xlsx_row_4294967297, _TOO_LARGE),
    Case("xlsx_cell_XFD1048576.xlsx", "xlsx", xlsx_cell_xfd1048576, _TOO_LARGE),
    Case(
        "xlsx_sheet1_bin_entities.xlsx",
        "xlsx",
        xlsx_sheet_named_bin_with_entities,
        frozenset({"UnsafeInputError"}),
    ),
    Case("docx_gridSpan_100000000.docx", "docx", docx_gridspan_100000000, _TOO_LARGE),
    Case("docx_corrupt_deflate.docx", "docx", docx_corrupt_deflate, _PARSE),
    Case("docx_zip_version_20.docx", "docx", docx_zip_version_20, _PARSE),
    Case("docx_main_part_missing.docx", "docx", docx_main_part_missing, _PARSE),
    Case("docx_without_body.docx", "docx", docx_without_body, _PARSE),
    Case("html_rowspan_colspan_1000.html", "html", html_spans_1000, _TOO_LARGE | {"plan"}),
    Case("html_10MB.html", "html", html_10_mb, frozenset({"plan"})),
    Case("html_control_after_script.html", "html", html_control_after_script, frozenset({"plan"})),
    Case("pdf_many_lines.pdf", "pdf", pdf_many_lines, frozenset({"plan"})),
    Case("pdf_scan_a4.pdf", "pdf", pdf_scan_a4, _OCR),
    Case("pdf_scan_huge_page.pdf", "pdf", pdf_scan_huge_page, _OCR | _TOO_LARGE),
    Case("png_scan_47_megapixels.png", "image", png_scan_47_megapixels, _OCR | _TOO_LARGE),
)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        (out / case.name).write_bytes(case.make())
        print(case.name, case.fmt, "|".join(sorted(case.allowed)))
