"""Every report and export as people see it: printed by LibreOffice, rendered by Chromium.

The workbooks and Word files are converted to PDF with LibreOffice and the
HTML pages printed with headless Chromium; the PDFs are then read with
pdfplumber: the paper (A4), the header row on every page, rows whose text is
all there (a row too short to show its text loses lines in the PDF's table
cells), and the Chinese labels.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import zwgk
from tests.conftest import SEEDS

pdfplumber = pytest.importorskip("pdfplumber")

pytestmark = pytest.mark.slow

A4 = (595, 842)
A4_LANDSCAPE = (842, 595)
BUREAU = SEEDS / "002_790eb7ad8dccb9a1.txt"  # 39 tasks, a default deadline, 文号, parents
CENTRE = SEEDS / "000_50d58eb3aec70650.txt"


def _squash(text: str | None) -> str:
    return "".join((text or "").split())


def _size(page: Any) -> tuple[int, int]:
    return round(page.width), round(page.height)


def _column(pdf: Any, header: str, within: tuple[str, ...] | None = None) -> list[str]:
    """The cells under ``header`` in the ruled tables of the PDF, in order.

    ``within``: only the tables whose header row is exactly these words.
    """
    cells: list[str] = []
    for page in pdf.pages:
        for table in page.find_tables():
            rows = table.extract()
            if not rows or header not in [_squash(c) for c in rows[0]]:
                continue
            if within is not None and [_squash(c) for c in rows[0]] != list(within):
                continue
            k = [_squash(c) for c in rows[0]].index(header)
            cells += [_squash(r[k]) for r in rows[1:] if k < len(r)]
    return cells


@pytest.fixture(scope="module")
def office_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The ledger, the Word plan and the workbook reports, converted by LibreOffice at once."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not on PATH")
    folder = tmp_path_factory.mktemp("office")
    bureau, centre = zwgk.read(BUREAU), zwgk.read(CENTRE)
    zwgk.write(bureau, folder / "ledger.xlsx")
    zwgk.write(bureau, folder / "plan.docx")
    zwgk.write(zwgk.diff(centre, bureau), folder / "diff.xlsx")
    zwgk.write(zwgk.rollup(bureau, [centre, bureau]), folder / "rollup.xlsx")
    many = [centre.evolve(issuer=f"第{i}局") for i in range(35)]
    zwgk.write(zwgk.rollup(bureau, many), folder / "rollup-many.xlsx")
    sources = sorted(folder.glob("*.*"))
    subprocess.run(
        [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
        capture_output=True, timeout=600, check=False,
    )  # fmt: skip
    pdfs = {p.stem: p.with_suffix(".pdf") for p in sources}
    missing = [name for name, pdf in pdfs.items() if not pdf.exists()]
    assert not missing, f"LibreOffice did not convert {missing}"
    return pdfs


@pytest.mark.needs_soffice
def test_ledger_prints_on_a4_with_the_header_on_every_page(office_pdfs: dict[str, Path]) -> None:
    from zwgk_plugins.xlsx_format import LEDGER_COLUMNS

    plan = zwgk.read(BUREAU)
    with pdfplumber.open(office_pdfs["ledger"]) as pdf:
        assert {_size(p) for p in pdf.pages} == {A4_LANDSCAPE}
        heads = [[_squash(c) for c in t.extract()[0]] for p in pdf.pages for t in p.find_tables()]
        text = _squash("".join(p.extract_text() or "" for p in pdf.pages))
        cells = _column(pdf, "具体要求", LEDGER_COLUMNS)
        due = _column(pdf, "完成时限", LEDGER_COLUMNS)
    # the ledger runs over two pages or more, each opening with the header row
    assert heads.count(list(LEDGER_COLUMNS)) >= 2
    assert "文号：江市监办〔2021〕233号" in text
    assert "上级文件：《江门市2021年政务公开工作要点分工方案》" in text
    without = sum(1 for t in plan.tasks if not t.deadline)
    assert due.count("2021年12月3日前（按统一时限）") == without
    # every task's whole text is in its cell: no row was cut short
    assert cells == [_squash(t.text) for t in plan.tasks]


@pytest.mark.needs_soffice
def test_word_plan_prints_after_gbt_9704(office_pdfs: dict[str, Path]) -> None:
    plan = zwgk.read(BUREAU)
    with pdfplumber.open(office_pdfs["plan"]) as pdf:
        pages = pdf.pages
        assert _size(pages[0]) == A4
        assert {_size(p) for p in pages[1:]} == {A4_LANDSCAPE}
        for n, page in enumerate(pages, start=1):
            lines = (page.extract_text() or "").splitlines()
            assert lines[-1].strip() == f"— {n} —"
            if n > 1:
                assert _squash(lines[0]) == "序号工作任务具体要求责任单位完成时限备注"
        front = _squash(pages[0].extract_text())
        assert front.endswith("江门市市场监督管理局2021年10月28日—1—")  # the signature block
        numbers = _column(pdf, "序号")
        texts = "".join(_column(pdf, "具体要求"))
    assert numbers == [t.label for t in plan.tasks]  # "10．" never broken over two lines
    for task in plan.tasks:
        assert _squash(task.text) in texts


@pytest.mark.needs_soffice
def test_diff_workbook_prints_in_chinese(office_pdfs: dict[str, Path]) -> None:
    with pdfplumber.open(office_pdfs["diff"]) as pdf:
        assert {_size(p) for p in pdf.pages} <= {A4, A4_LANDSCAPE}
        text = _squash("".join(p.extract_text() or "" for p in pdf.pages))
        changes = [p for p in pdf.pages if "上级任务内容" in _squash(p.extract_text())]
        kinds = _column(pdf, "变化")
        parents = _column(pdf, "上级任务内容")
    diff = zwgk.diff(zwgk.read(CENTRE), zwgk.read(BUREAU))
    assert parents == [_squash(c.parent_text) for c in diff.changes]  # no row cut short
    assert "覆盖率" in text and "保留" in text and "删减" in text
    assert "reworded" not in text and "dropped" not in text
    assert len(changes) >= 2 and all(_size(p) == A4_LANDSCAPE for p in changes)  # tall rows
    assert set(kinds) == {"保留", "改写", "删减"}


@pytest.mark.needs_soffice
def test_rollup_workbooks_print_readably(office_pdfs: dict[str, Path]) -> None:
    with pdfplumber.open(office_pdfs["rollup"]) as pdf:
        text = _squash("".join(p.extract_text() or "" for p in pdf.pages))
    assert "未纳入" in text and "未落实" not in text
    with pdfplumber.open(office_pdfs["rollup-many"]) as pdf:
        assert {_size(p) for p in pdf.pages} <= {A4_LANDSCAPE, A4}
        names = _column(pdf, "下级方案")
    # 35 children: a row each, by name, all on A4
    assert names[:35] == [f"第{i}局" for i in range(35)]


def _chromium() -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not on PATH")
    return browser


def _print(page: Path, out: Path) -> None:
    subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def _screenshot(page: Path, out: Path) -> Any:
    from PIL import Image

    subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", f"--screenshot={out}", "--window-size=1280,1000",
         page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return Image.open(io.BytesIO(out.read_bytes())).convert("RGB")


@pytest.mark.needs_chromium
@pytest.mark.parametrize("what", ["plan", "diff", "rollup"])
def test_html_pages_render_and_print_in_chinese(what: str, tmp_path: Path) -> None:
    bureau, centre = zwgk.read(BUREAU), zwgk.read(CENTRE)
    value: Any = {
        "plan": lambda: bureau,
        "diff": lambda: zwgk.diff(centre, bureau),
        "rollup": lambda: zwgk.rollup(bureau, [centre, bureau]),
    }[what]()
    page = tmp_path / f"{what}.html"
    zwgk.write(value, page)
    shot = _screenshot(page, tmp_path / "shot.png")
    colours = shot.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50  # text drawn, in more than the background's colours
    _print(page, tmp_path / "print.pdf")
    with pdfplumber.open(tmp_path / "print.pdf") as pdf:
        assert {_size(p) for p in pdf.pages} == {A4_LANDSCAPE}
        # Chromium's PDFs name some CJK glyphs by their radical code points: NFKC folds them
        pages = [unicodedata.normalize("NFKC", _squash(p.extract_text())) for p in pdf.pages]
    header, words = {
        "plan": ("序号具体要求责任单位", ("完成时限",)),
        "diff": ("变化上级", ("保留", "改写", "删减", "覆盖率")),
        "rollup": ("序号任务内容", ("保留", "改写", "未纳入")),
    }[what]
    assert len(pages) >= 2
    # the table header on every printed page from the one where the table starts
    first = next(i for i, p in enumerate(pages) if header in p)
    assert first < len(pages) - 1
    assert all(header in p for p in pages[first + 1 :])
    assert all(w in "".join(pages) for w in words)
