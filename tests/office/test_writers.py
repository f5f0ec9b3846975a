"""The plan writers: never crash, escape and defuse, and the office layouts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from hypothesis import given, settings
from lxml import etree
from lxml import html as lxml_html

import zwgk
from tests.strategies import plans
from zwgk.errors import WriteError

WRITERS = ["docx", "xlsx", "html", "markdown", "csv"]

T, R, A, D = zwgk.Task, zwgk.Responsibility, zwgk.Assignment, zwgk.Deadline


def _plan() -> zwgk.Plan:
    return zwgk.Plan(
        title="江门市某局2021年政务公开工作要点分工方案",
        issuer="江门市某局",
        doc_number="江某〔2021〕1号",
        date=dt.date(2021, 10, 28),
        tasks=[
            T(
                "主动公开规划纲要。",
                number=1,
                label="1",
                section=("做好规划公开",),
                responsibility=R(
                    "办公室牵头，法规科配合",
                    [A("办公室", "lead"), A("法规科", "assist")],
                ),
                deadline=D("2021年11月20日前", "date", dt.date(2021, 11, 20)),
            ),
            T(
                '=HYPERLINK("http://x")',
                number=2,
                label="2",
                section=("做好规划公开",),
                responsibility=R("法规科", [A("法规科", "owner")]),
                deadline=D("及时更新", "ongoing"),
                note="@SUM(1)",
            ),
        ],
    )


def _check_output(fmt: str, data: bytes, plan: zwgk.Plan) -> None:
    if fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        assert len(document.tables) == 1
        assert len(document.tables[0].rows) == len(plan.tasks) + 1
    elif fmt == "xlsx":
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert wb.sheetnames == ["工作台账", "按单位"]
        ws = wb["工作台账"]
        head = next(r for r in range(1, 5) if ws.cell(row=r, column=1).value == "序号")
        assert ws.max_row == head + len(plan.tasks)
        assert ws.print_title_rows == f"${head}:${head}"
    elif fmt == "html":
        root = lxml_html.document_fromstring(data.decode("utf-8"))
        assert root.xpath("count(//script)") == 0
        assert len(root.xpath("//tbody/tr[not(@class)]")) == len(plan.tasks)
    elif fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert len(rows) == len(plan.tasks) + 1
    else:
        assert data.decode("utf-8").startswith("# ")


@pytest.mark.parametrize("fmt", WRITERS)
@settings(max_examples=25, deadline=None)
@given(plan=plans)
def test_writers_never_crash_on_a_valid_plan(fmt: str, plan: zwgk.Plan) -> None:
    report: list[str] = []
    data = zwgk.write(plan, format=fmt, report=report)
    assert isinstance(data, bytes)
    _check_output(fmt, data, plan)


@pytest.mark.parametrize("fmt", WRITERS)
def test_control_characters_are_replaced_and_reported(fmt: str) -> None:
    plan = zwgk.Plan(title="方案", tasks=[T("做好\x00公开\x1b。\r\n下一行", number=1)])
    report: list[str] = []
    data = zwgk.write(plan, format=fmt, report=report)
    assert isinstance(data, bytes)
    field = "具体要求" if fmt == "xlsx" else "text"
    assert report == [f"tasks[0].{field}: 2 character(s) replaced with U+FFFD"]
    if fmt == "docx":
        text = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    elif fmt == "xlsx":
        ws = openpyxl.load_workbook(io.BytesIO(data))["工作台账"]
        text = "".join(str(c.value) for row in ws.iter_rows() for c in row)
    else:
        text = data.decode("utf-8-sig")
    assert "\x00" not in text
    assert "\x1b" not in text
    assert "做好\ufffd公开\ufffd。" in text
    assert "\r" not in text.replace("\r\n", "") if fmt == "csv" else "\r" not in text
    with pytest.raises(WriteError, match="U\\+0000"):
        zwgk.write(plan, format=fmt, strict=True)


def test_crlf_is_normalised() -> None:
    plan = zwgk.Plan(tasks=[T("第一行\r\n第二行\r第三行", number=1)])
    text = zwgk.write(plan, format="markdown")
    assert text is not None
    assert "第一行<br>第二行<br>第三行" in text.decode("utf-8")


def test_xlsx_text_is_never_a_formula() -> None:
    data = zwgk.write(_plan(), format="xlsx")
    assert data is not None
    ws = openpyxl.load_workbook(io.BytesIO(data))["工作台账"]
    cell = ws["C5"]
    assert cell.value == '=HYPERLINK("http://x")'
    assert cell.data_type == "s"
    assert cell.quotePrefix
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet


def test_csv_defuses_formulas() -> None:
    data = zwgk.write(_plan(), format="csv")
    assert data is not None
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["序号", "工作任务", "具体要求"]
    assert rows[2][2] == '\'=HYPERLINK("http://x")'
    assert rows[2][7] == "'@SUM(1)"
    assert rows[1][2] == "主动公开规划纲要。"


def test_ledger_layout() -> None:
    data = zwgk.write(_plan(), format="xlsx")
    assert data is not None
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb["工作台账"]
    assert ws["A1"].value == "江门市某局2021年政务公开工作要点分工方案"
    assert {"A1:K1", "A2:K2"} <= {str(r) for r in ws.merged_cells.ranges}
    assert (
        ws["A2"].value
        == "文号：江某〔2021〕1号　　发文单位：江门市某局　　成文日期：2021年10月28日"
    )
    assert [c.value for c in ws[3]] == [
        "序号",
        "工作任务",
        "具体要求",
        "责任单位",
        "牵头单位",
        "配合单位",
        "完成时限",
        "备注",
        "完成情况",
        "工作进展",
        "佐证材料",
    ]
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:K5"
    assert ws["C4"].alignment.wrap_text
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
    due = ws["G4"]
    assert due.is_date
    assert due.value == dt.datetime(2021, 11, 20)
    assert ws["G5"].value == "及时更新"
    assert (ws["E4"].value, ws["F4"].value) == ("办公室", "法规科")
    assert all(ws.cell(row=r, column=k).value is None for r in (4, 5) for k in (9, 10, 11))
    units = wb["按单位"]
    rows = [[c.value for c in row] for row in units.iter_rows(min_row=3)]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("办公室", "牵头", "1"),
        ("法规科", "负责", "2"),
        ("法规科", "配合", "1"),
    ]


def test_ledger_prints_on_a4_landscape_with_the_header_on_every_page() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(zwgk.write(_plan(), format="xlsx") or b""))
    for ws in wb.worksheets:
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows in ("$2:$2", "$3:$3")
    ws = wb["工作台账"]
    fonts = {ws["A1"].font.name, ws["A3"].font.name, ws["C4"].font.name}
    assert fonts == {"宋体", "黑体", "仿宋"}  # on Windows and in WPS; Linux finds a CJK font
    assert ws["C4"].font.charset == 134


def test_ledger_rows_are_tall_enough_for_their_wrapped_text() -> None:
    long_text = "做好政务公开工作，" * 30
    plan = _plan().evolve(tasks=[_plan().tasks[0].evolve(text=long_text)])
    ws = openpyxl.load_workbook(io.BytesIO(zwgk.write(plan, format="xlsx") or b""))["工作台账"]
    width = ws.column_dimensions["C"].width
    lines = -(-len(long_text) * 2 // (width - 1.5))
    assert ws.row_dimensions[4].height >= lines * 15
    assert ws.row_dimensions[3].height >= 15


def test_ledger_applies_the_default_deadline_and_marks_it() -> None:
    default = zwgk.parse_deadline("上述任务除了有明确完成时限的以外，均要求在12月3日前完成", 2021)
    plan = _plan().evolve(
        default_deadline=default,
        tasks=[*_plan().tasks, T("做好预算公开。", number=3, label="3")],
        parents=[zwgk.PlanRef(title="江门市2021年政务公开工作要点分工方案")],
    )
    wb = openpyxl.load_workbook(io.BytesIO(zwgk.write(plan, format="xlsx") or b""))
    ws = wb["工作台账"]
    assert "上级文件：《江门市2021年政务公开工作要点分工方案》" in ws["A2"].value
    assert ws["A3"].value == f"统一时限：{default.raw}"
    assert ws["A4"].value == "序号"
    own, applied = ws["G5"], ws["G7"]
    assert own.value == dt.datetime(2021, 11, 20) and not own.font.italic
    assert applied.value == dt.datetime(2021, 12, 3)
    assert applied.number_format == 'yyyy"年"m"月"d"日前（按统一时限）"'
    assert applied.font.italic
    back = zwgk.read(zwgk.write(plan, format="xlsx") or b"", format="xlsx")
    assert back.tasks[2].deadline is not None
    assert back.tasks[2].deadline.raw == "2021年12月3日前（按统一时限）"
    assert back.tasks[2].deadline.due == dt.date(2021, 12, 3)
    assert (back.doc_number, back.issuer, back.date) == (plan.doc_number, plan.issuer, plan.date)


def test_ledger_date_cell_reads_back_as_written() -> None:
    plan = zwgk.read(zwgk.write(_plan(), format="xlsx") or b"", format="xlsx")
    deadline = plan.tasks[0].deadline
    assert deadline is not None
    assert (deadline.raw, deadline.due) == ("2021年11月20日前", dt.date(2021, 11, 20))


def test_docx_official_layout() -> None:
    data = zwgk.write(_plan(), format="docx")
    assert data is not None
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    width, top, left = section.page_width, section.top_margin, section.left_margin
    assert width is not None
    assert top is not None
    assert left is not None
    assert (round(width.cm, 1), round(top.cm, 1), round(left.cm, 1)) == (21.0, 3.7, 2.8)
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    body = document.element.body
    title = next(p for p in document.paragraphs if p.text == _plan().title)
    fonts = title.runs[0]._element.xpath("./w:rPr/w:rFonts")[0]
    assert fonts.get(f"{{{ns['w']}}}eastAsia") == "方正小标宋简体"
    size = title.runs[0].font.size
    assert size is not None
    assert size.pt == 22
    assert [p.text for p in document.paragraphs][:2] == ["江某〔2021〕1号", _plan().title]
    header = body.xpath("./w:tbl/w:tr[1]/w:trPr/w:tblHeader")
    assert len(header) == 1
    style = document.tables[0].style
    assert style is not None
    assert style.name == "Table Grid"
    font_table = zipfile.ZipFile(io.BytesIO(data)).read("word/fontTable.xml")
    root = etree.fromstring(font_table)
    alt = root.xpath("//w:font[@w:name='方正小标宋简体']/w:altName/@w:val", namespaces=ns)
    assert alt == ["宋体"]


def test_docx_section_cells_are_merged_over_their_tasks() -> None:
    from zwgk_plugins.docx_format import read_docx_document

    data = zwgk.write(_plan(), format="docx")
    assert data is not None
    (grid,) = read_docx_document(data).grids
    section = grid.at(2, 1)
    assert section is not None
    assert (section.text, section.row, section.rowspan) == ("一、做好规划公开", 1, 2)


def test_html_escapes_everything() -> None:
    plan = zwgk.Plan(
        title="<script>alert(1)</script>",
        tasks=[T('<img src=x onerror="alert(1)">&amp;', number=1, section=("<b>节</b>",))],
    )
    page = (zwgk.write(plan, format="html") or b"").decode("utf-8")
    root = lxml_html.document_fromstring(page)
    assert root.xpath("count(//script|//img|//b)") == 0
    assert root.xpath("string(//h1)") == "<script>alert(1)</script>"
    assert '<img src=x onerror="alert(1)">&amp;' in root.xpath("string(//tbody)")


def test_markdown_escapes_markup() -> None:
    plan = zwgk.Plan(title="方案*一*", tasks=[T("a|b <i>x</i> [链接](http://x)", number=1)])
    text = (zwgk.write(plan, format="markdown") or b"").decode("utf-8")
    assert "# 方案\\*一\\*" in text
    assert "a\\|b &lt;i&gt;x&lt;/i&gt; \\[链接\\](http://x)" in text


@pytest.mark.needs_soffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not on PATH")
def test_docx_converts_to_pdf_with_libreoffice(tmp_path: Path) -> None:
    source = tmp_path / "plan.docx"
    zwgk.write(_plan(), source)
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / "plan.pdf"
    assert pdf.exists(), result.stderr.decode(errors="replace")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 1000


def _wide_plan() -> zwgk.Plan:
    tasks = [
        T(f"第{n}项任务的具体要求，" * 3, number=n, label=f"{n}．", section=("做好规划公开",),
          responsibility=R("办公室牵头，法规科配合", [A("办公室", "lead"), A("法规科", "assist")]),
          deadline=D("2021年底前", "date", dt.date(2021, 12, 31)), note="备注" if n == 2 else None)
        for n in range(1, 40)
    ]  # fmt: skip
    default = zwgk.parse_deadline("均要求在12月3日前完成")
    return _plan().evolve(tasks=tasks, default_deadline=default)


def test_docx_follows_gbt_9704() -> None:
    from docx.enum.section import WD_ORIENT

    data = zwgk.write(_wide_plan(), format="docx")
    document = docx.Document(io.BytesIO(data or b""))
    front, table = document.sections
    assert front.orientation == WD_ORIENT.PORTRAIT and table.orientation == WD_ORIENT.LANDSCAPE
    assert document.settings.odd_and_even_pages_header_footer
    footer = front.footer._element
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    assert footer.xpath("string(.//w:instrText)").strip() == "PAGE"
    assert "".join(footer.xpath(".//w:t/text()")) == "— 1 —"
    paragraphs = {p.text: p for p in document.paragraphs}
    rule = paragraphs["均要求在12月3日前完成"]
    ind = rule._p.xpath("./w:pPr/w:ind")[0]
    assert ind.get(f"{{{ns['w']}}}firstLineChars") == "200"
    issuer, date = paragraphs["江门市某局"], paragraphs["2021年10月28日"]
    assert issuer.alignment == date.alignment == 2  # right: the signature block
    assert list(paragraphs).index("江门市某局") > list(paragraphs).index(_plan().title)
    widths = [c.width.cm for c in document.tables[0].columns]
    assert widths[0] >= 1.2  # "39．" on one line
    assert widths[2] == max(widths)  # the requirement column takes the room
    assert abs(sum(widths) - 22.3) < 0.3  # the landscape text width


def test_docx_column_widths_come_from_the_content() -> None:
    from zwgk_plugins._docx_write import column_widths

    rows = [{"序号": "35．", "具体要求": "很长的要求" * 20, "完成时限": "2021年底前"}]
    narrow, wide, due = column_widths(["序号", "具体要求", "完成时限"], rows, 20.0)
    assert narrow < due < wide
    assert abs(narrow + wide + due - 20.0) < 1e-6
    assert due > len("2021年底前") * 0.2  # the deadline is not broken


def test_rollup_of_many_children_has_a_row_per_child() -> None:
    from zwgk_plugins.rollup_reports import MATRIX_LIMIT

    parent = _plan()
    children = [parent.evolve(issuer="某局") for _ in range(MATRIX_LIMIT + 5)]
    r = zwgk.rollup(parent, children)
    page = lxml_html.document_fromstring((zwgk.write(r, format="html") or b"").decode())
    header = [th.text_content() for th in page.xpath("//thead//th")]
    assert header[:2] == ["下级方案", "覆盖率"] and header[2:] == ["1", "2"]
    names = [tr.xpath("string(td[1])") for tr in page.xpath("//tbody/tr")]
    assert names == ["某局"] + [f"某局（{i}）" for i in range(2, MATRIX_LIMIT + 6)]
    ws = openpyxl.load_workbook(io.BytesIO(zwgk.write(r, format="xlsx") or b""))["纳入情况"]
    assert ws.max_row == MATRIX_LIMIT + 6 and ws.max_column == 4
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"


# ------------------------------------------------------------- the language of the headers


def test_csv_headers_are_chinese_by_default_and_english_on_request() -> None:
    plan = _plan()
    heads = {}
    for lang in ("zh", "en", None):
        options = {} if lang is None else {"lang": lang}
        data = zwgk.write(plan, None, format="csv", **options)
        assert data is not None
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        heads[lang] = rows[0]
        assert rows[1][2] == "主动公开规划纲要。"  # the plan's own words are never translated
    assert heads[None] == heads["zh"]
    assert heads["zh"][:4] == ["序号", "工作任务", "具体要求", "责任单位"]
    assert heads["en"] == [
        "no.", "work area", "requirement", "responsible units",
        "lead units", "assisting units", "deadline", "note",
    ]  # fmt: skip


def test_markdown_headers_and_labels_follow_lang() -> None:
    plan = _plan()
    zh = (zwgk.write(plan, None, format="markdown") or b"").decode()
    en = (zwgk.write(plan, None, format="markdown", lang="en") or b"").decode()
    assert "| 序号 | 具体要求 | 责任单位 | 完成时限 | 备注 |" in zh
    assert "- 文号：江某〔2021〕1号" in zh and "- 日期：2021年10月28日" in zh
    assert "| no. | requirement | responsible units | deadline | note |" in en
    assert "- document number: 江某〔2021〕1号" in en and "- date: 2021-10-28" in en
    assert "序号" not in en and "日期" not in en


def test_html_headers_and_labels_follow_lang() -> None:
    plan = zwgk.Plan(tasks=_plan().tasks, issuer="江门市某局")
    pages = {}
    for lang in ("zh", "en"):
        data = zwgk.write(plan, None, format="html", lang=lang)
        assert data is not None
        pages[lang] = lxml_html.fromstring(data)
    assert pages["zh"].get("lang") == "zh-CN" and pages["en"].get("lang") == "en"
    zh_heads = ["序号", "具体要求", "责任单位", "完成时限", "备注"]
    assert pages["zh"].xpath("//thead//th/text()") == zh_heads
    assert pages["en"].xpath("//thead//th/text()") == [
        "no.", "requirement", "responsible units", "deadline", "note",
    ]  # fmt: skip
    assert pages["zh"].findtext(".//h1") == "政务公开工作要点分工方案"
    assert pages["en"].findtext(".//h1") == "Government disclosure work plan"
    assert pages["en"].xpath("//p[@class='meta']/text()") == ["issuer: 江门市某局"]


def test_ledger_headers_sheets_and_labels_follow_lang() -> None:
    base = _plan()
    plan = base.evolve(
        default_deadline=D("2021年12月31日前", "date", dt.date(2021, 12, 31)),
        tasks=[base.tasks[0], base.tasks[1].evolve(deadline=None)],
    )
    books = {}
    for lang in ("zh", "en"):
        data = zwgk.write(plan, None, format="xlsx", lang=lang)
        assert data is not None
        books[lang] = openpyxl.load_workbook(io.BytesIO(data))
    assert books["zh"].sheetnames == ["工作台账", "按单位"]
    assert books["en"].sheetnames == ["Ledger", "By unit"]
    ws = books["en"]["Ledger"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    head = next(r for r in rows if r[0] == "no.")
    assert head[-3:] == ["status", "progress", "evidence"]
    assert "document number: 江某〔2021〕1号" in rows[1][0] and "date: 2021-10-28" in rows[1][0]
    assert rows[2][0] == "default deadline: 2021年12月31日前"
    due = ws.cell(row=rows.index(head) + 3, column=head.index("deadline") + 1)
    assert due.number_format == 'yyyy-mm-dd" (default deadline)"'
    assert ws.oddFooter.center.text == "Page &P of &N"
    units = [[c.value for c in row] for row in books["en"]["By unit"].iter_rows()]
    assert units[1] == ["unit", "role", "task no.", "section", "task", "deadline"]
    assert units[2][:2] == ["办公室", "lead"]
    zh_units = [[c.value for c in row] for row in books["zh"]["按单位"].iter_rows()]
    assert zh_units[1][:3] == ["单位", "职责", "任务序号"] and zh_units[2][:2] == ["办公室", "牵头"]
    assert zwgk.read(zwgk.write(plan, None, format="xlsx") or b"", format="xlsx").tasks


def test_docx_headers_and_words_follow_lang() -> None:
    plan = _plan().evolve(parents=(zwgk.PlanRef(title="江门市2021年政务公开工作要点"),))
    texts = {}
    for lang in ("zh", "en"):
        data = zwgk.write(plan, None, format="docx", lang=lang)
        assert data is not None
        document = docx.Document(io.BytesIO(data))
        head = [c.text for c in document.tables[0].rows[0].cells]
        texts[lang] = (head, [p.text for p in document.paragraphs])
    assert texts["zh"][0] == ["序号", "工作任务", "具体要求", "责任单位", "完成时限", "备注"]
    assert texts["en"][0] == [
        "no.", "work area", "requirement", "responsible units", "deadline", "note",
    ]  # fmt: skip
    assert "根据《江门市2021年政务公开工作要点》制定本方案。" in texts["zh"][1]
    assert "This plan implements 《江门市2021年政务公开工作要点》." in texts["en"][1]
    assert "2021年10月28日" in texts["zh"][1] and "2021-10-28" in texts["en"][1]


@pytest.mark.parametrize("fmt", WRITERS)
def test_an_unknown_lang_is_a_clear_error(fmt: str) -> None:
    with pytest.raises(WriteError, match="lang='fr'"):
        zwgk.write(_plan(), None, format=fmt, lang="fr")
