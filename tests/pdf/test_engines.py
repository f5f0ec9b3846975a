"""PDFium and pdfplumber read every PDF test file into the same document.

The reader parses pages with PDFium by default and with pdfplumber
(pdfminer.six) on request; the characters, their boxes and the ruling
lines must come out the same, so the documents (and so every score) are
equal.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.pdf.conftest import minimal_pdf
from zwgk.document import Grid
from zwgk.errors import ZwgkError
from zwgk_plugins.pdf_format import read_document

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = sorted([*(DATA / "pdf").glob("*.pdf"), *(DATA / "pdf_realistic").glob("*.pdf")])


def _read(data: bytes, engine: str) -> object:
    try:
        return read_document(data, engine=engine)
    except ZwgkError as exc:
        return type(exc)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_both_engines_read_the_same_document(path: Path) -> None:
    data = path.read_bytes()
    assert _read(data, "pdfium") == _read(data, "pdfplumber")


def _drawn_table() -> bytes:
    """A 3-column table drawn the ways PDF writers draw rules, with Helvetica text.

    The frame is a rectangle (``re``), the row rules are lines (``m l``),
    one column rule is a thin filled rectangle and the other is drawn under
    a transformation (``cm``); a curve decorates the page.
    """
    rows = [("No", "Task", "Unit"), ("1", "Publish plans", "Office"), ("2", "Budgets", "Finance")]
    ops = [b"0.5 w", b"50 600 m 70 640 90 560 110 600 c S", b"100 400 400 150 re S"]
    ops += [b"100 %d m 500 %d l S" % (y, y) for y in (500, 450)]
    ops += [b"199.8 400 0.4 150 re f", b"q 1 0 0 1 300 400 cm 0 0 m 0 150 l S Q"]
    for r, row in enumerate(rows):
        for x, text in zip((110, 210, 310), row, strict=True):
            y = 520 - 50 * r
            ops.append(b"BT /F1 12 Tf %d %d Td (%s) Tj ET" % (x, y, text.encode()))
    stream = b"\n".join(ops)
    return minimal_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 700] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def test_rules_drawn_as_rectangles_lines_and_under_a_transform() -> None:
    data = _drawn_table()
    doc = read_document(data)
    assert doc == read_document(data, engine="pdfplumber")
    grids = [p for p in doc.parts if isinstance(p, Grid)]
    assert len(grids) == 1
    assert [(c.row, c.col, c.text) for c in grids[0].cells] == [
        (r, c, t)
        for r, row in enumerate(
            [("No", "Task", "Unit"), ("1", "Publish plans", "Office"), ("2", "Budgets", "Finance")]
        )
        for c, t in enumerate(row)
    ]


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="engine must be one of pdfium, pdfplumber"):
        read_document(_drawn_table(), engine="mupdf")


def test_pages_pdfium_cannot_open_or_counts_otherwise_are_read_by_pdfplumber() -> None:
    import pdfplumber

    from zwgk_plugins._pdf_extract import pages, plumber_page

    plan = (DATA / "pdf" / "plan000.pdf").read_bytes()
    other = _drawn_table()
    with pdfplumber.open(io.BytesIO(other)) as pdf:
        expected = [plumber_page(p) for p in pdf.pages]
    for data in (plan, b"%PDF-1.4 not a PDF PDFium can open"):
        with pdfplumber.open(io.BytesIO(other)) as pdf:
            assert list(pages(data, None, pdf.pages)) == expected


def test_pdfs_read_in_threads_are_read_as_one_at_a_time() -> None:
    from concurrent.futures import ThreadPoolExecutor

    names = ["plan000", "plan004", "borderless"]
    datas = [(DATA / "pdf" / f"{n}.pdf").read_bytes() for n in names] * 3
    alone = [read_document(d) for d in datas[:3]] * 3
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(read_document, datas)) == alone


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_cells_are_those_pdfplumber_finds_from_the_same_rules(path: Path) -> None:
    """The reader's own cell search gives pdfplumber's cells, in its order, on every ruled page."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from pdfplumber.table import edges_to_intersections, intersections_to_cells, merge_edges
    from pdfplumber.utils.geometry import filter_edges

    from zwgk_plugins._pdf_extract import _cells, _edges

    try:
        doc = pdfium.PdfDocument(path.read_bytes())
    except pdfium.PdfiumError:
        pytest.skip("PDFium cannot open it without its password")
    for index in range(len(doc)):
        page = doc[index]
        edges, _ = _edges(raw, page.raw, page.get_size()[1])
        page.close()
        lines = filter_edges(edges, "v", min_length=1) + filter_edges(edges, "h", min_length=1)
        merged = filter_edges(merge_edges(lines, 3.0, 3.0, 3.0, 3.0), min_length=3.0)
        points = edges_to_intersections(merged, 3.0, 3.0)
        assert _cells(points) == intersections_to_cells(points)
    doc.close()
