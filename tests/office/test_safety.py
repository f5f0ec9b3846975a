"""Hostile files: zip bombs, entities, corrupt archives — typed errors, bounded memory."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import docx
import openpyxl
import pytest

import zwgk
from tests.office.office_files import replace_part
from zwgk.errors import (
    EncryptedDocumentError,
    InputTooLargeError,
    ParseError,
    UnsafeInputError,
)
from zwgk.safety import Limits, open_package, parse_xml

MiB = 1024 * 1024


@contextmanager
def peak_memory(limit: int) -> Iterator[None]:
    tracemalloc.start()
    try:
        yield
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < limit, f"peak memory {peak / MiB:.1f} MiB"


def _docx() -> bytes:
    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("正文")
    d.save(buf)
    return buf.getvalue()


def _xlsx() -> bytes:
    buf = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "具体要求"])
    wb.save(buf)
    return buf.getvalue()


def _with_member(data: bytes, name: str, size: int) -> bytes:
    """Add a member of ``size`` zero bytes, streamed so the test stays small."""
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z, z.open(name, "w") as fh:
        chunk = b"\0" * MiB
        for _ in range(size // MiB):
            fh.write(chunk)
    return out.getvalue()


@pytest.mark.parametrize(("make", "fmt"), [(_docx, "docx"), (_xlsx, "xlsx")])
def test_zip_bomb_is_refused_before_decompression(make: Callable[[], bytes], fmt: str) -> None:
    bomb = _with_member(
        make(), "word/media/bomb.bin" if fmt == "docx" else "xl/bomb.bin", 300 * MiB
    )
    assert len(bomb) < 2 * MiB
    with peak_memory(40 * MiB), pytest.raises(InputTooLargeError) as info:
        zwgk.read(bomb, format=fmt)
    assert info.value.location is not None
    assert "bomb.bin" in str(info.value.location)


def test_high_ratio_member_under_the_size_limit_is_refused() -> None:
    bomb = _with_member(_docx(), "word/media/zeros.bin", 20 * MiB)
    with peak_memory(60 * MiB), pytest.raises(InputTooLargeError, match="ratio"):
        zwgk.read(bomb, format="docx")


def test_too_many_entries() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for i in range(30):
            z.writestr(f"f{i}.xml", "<a/>")
    with pytest.raises(InputTooLargeError, match="entries") as info:
        open_package(out.getvalue(), limits=Limits(max_entries=20))
    assert (info.value.size, info.value.limit) == (30, 20)


def test_total_size_limit_counts_real_bytes() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for i in range(4):
            z.writestr(f"part{i}.bin", b"x" * 1000)
    with pytest.raises(InputTooLargeError, match="total"):
        open_package(out.getvalue(), limits=Limits(max_total_size=3500))


def test_sizes_that_lie_are_caught() -> None:
    """A central directory that understates a member's size does not let it inflate."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("big.xml", b"<a>" + b"x" * 200_000 + b"</a>")
    data = bytearray(out.getvalue())
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 24, 10)  # uncompressed size in the directory
    lh = data.find(b"PK\x03\x04")
    struct.pack_into("<I", data, lh + 22, 10)  # and in the local header
    with pytest.raises(ParseError) as info:
        open_package(bytes(data))
    assert not isinstance(info.value, zipfile.BadZipFile)


def test_billion_laughs_in_docx_is_refused() -> None:
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = replace_part(_docx(), "word/document.xml", lol)
    with peak_memory(30 * MiB), pytest.raises(UnsafeInputError, match="DOCTYPE") as info:
        zwgk.read(data, format="docx")
    assert info.value.location is not None
    assert info.value.location.path == "word/document.xml"


def test_external_entity_in_xlsx_sheet_is_refused() -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    data = replace_part(_xlsx(), "xl/worksheets/sheet1.xml", xxe)
    with pytest.raises(UnsafeInputError):
        zwgk.read(data, format="xlsx")


def test_utf16_doctype_is_refused() -> None:
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>'
    with pytest.raises(UnsafeInputError):
        parse_xml(xml.encode("utf-16"))


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_truncated_archive_is_a_parse_error(fmt: str) -> None:
    data = _docx() if fmt == "docx" else _xlsx()
    with pytest.raises(ParseError, match=r"corrupt|truncated|not a"):
        zwgk.read(data[: len(data) // 2], format=fmt)


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_garbage_is_a_parse_error(fmt: str) -> None:
    with pytest.raises(ParseError):
        zwgk.read(b"this is not a zip file at all", format=fmt)


def test_corrupt_member_data_is_a_parse_error() -> None:
    data = bytearray(_docx())
    start = data.find(b"word/document.xml") + len("word/document.xml")
    for i in range(start + 10, start + 60):
        data[i] ^= 0xFF
    with pytest.raises(ParseError):
        zwgk.read(bytes(data), format="docx")


def test_zip_that_is_not_a_docx_is_a_parse_error() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ParseError, match="DOCX"):
        zwgk.read(out.getvalue(), format="docx")
    with pytest.raises(ParseError, match="XLSX"):
        zwgk.read(out.getvalue(), format="xlsx")


def test_encrypted_office_file_is_reported_as_such() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    with pytest.raises(EncryptedDocumentError):
        zwgk.read(ole, format="docx")


def test_malformed_xml_names_the_part() -> None:
    data = replace_part(_docx(), "word/document.xml", b"<w:document><unclosed>")
    with pytest.raises(ParseError, match="malformed") as info:
        zwgk.read(data, format="docx")
    assert info.value.location is not None
    assert info.value.location.path == "word/document.xml"


def test_deflate_stream_of_exact_sizes_is_accepted() -> None:
    body = zlib.compress(b"<a/>")
    assert body  # a normal, small archive passes untouched
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.xml", "<a>正文</a>")
    package = open_package(out.getvalue())
    assert parse_xml(package.read("a.xml")).text == "正文"


# ------------------------------------------------------- XML checked by content


def _xlsx_with_sheet_part(name: str, body: bytes) -> bytes:
    from tests.fuzz.hostile import _zip_replace, plan_xlsx

    data = plan_xlsx()
    z = zipfile.ZipFile(io.BytesIO(data))
    rels = z.read("xl/_rels/workbook.xml.rels").replace(b"worksheets/sheet1.xml", name.encode())
    types = z.read("[Content_Types].xml").replace(
        b"/xl/worksheets/sheet1.xml", b"/xl/" + name.encode()
    )
    return _zip_replace(
        data,
        {"xl/worksheets/sheet1.xml": body, "xl/_rels/workbook.xml.rels": rels,
         "[Content_Types].xml": types},
        renames={"xl/worksheets/sheet1.xml": "xl/" + name},
    )  # fmt: skip


def test_an_xml_part_is_checked_whatever_its_name() -> None:
    from tests.fuzz.hostile import xlsx_sheet_named_bin_with_entities

    with pytest.raises(UnsafeInputError) as info:
        zwgk.read(xlsx_sheet_named_bin_with_entities(), format="xlsx")
    assert (
        info.value.location is not None and info.value.location.path == "xl/worksheets/sheet1.bin"
    )


def test_a_sheet_part_named_bin_is_read_when_it_is_clean() -> None:
    from tests.fuzz.hostile import plan_xlsx

    sheet = zipfile.ZipFile(io.BytesIO(plan_xlsx())).read("xl/worksheets/sheet1.xml")
    plan = zwgk.read(_xlsx_with_sheet_part("worksheets/data.bin", sheet), format="xlsx")
    assert [t.text for t in plan.tasks] == ["做好规划公开。", "推进财政预决算公开。"]


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE x+AD4-<a/>',
        "<a/>".encode("utf-32"),
        b"\x4c\x6f\xa7\x94\x93\x40",  # '<?xml ' in EBCDIC
    ],
    ids=["utf-7", "utf-32", "ebcdic"],
)
def test_xml_in_an_encoding_that_hides_markup_is_refused(body: bytes) -> None:
    from zwgk.safety import check_xml_part

    with pytest.raises(UnsafeInputError, match="refused"):
        check_xml_part(body, part="x.xml")


def test_binary_members_are_not_taken_for_xml() -> None:
    from zwgk.safety import check_xml_part

    png = b"\x89PNG\r\n\x1a\n" + b"<!DOCTYPE inside a picture" * 3
    assert check_xml_part(png, part="word/media/image1.png") is False
    assert check_xml_part(b'<?xml version="1.0"?><a/>', part="x.bin") is True


def test_a_failure_inside_a_library_is_a_parse_error_and_one_in_zwgk_is_not() -> None:
    from zwgk.safety import dependency_failures, raised_in

    namespace: dict[str, object] = {"__name__": "openpyxl.fake"}
    exec("def parse(data):\n    return data['missing']\n", namespace)
    parse = namespace["parse"]
    with (
        pytest.raises(ParseError, match="not a readable workbook: KeyError") as info,
        dependency_failures(("openpyxl",), "not a readable workbook"),
    ):
        parse({})  # type: ignore[operator]
    assert isinstance(info.value.__cause__, KeyError)
    with (
        pytest.raises(KeyError),  # raised in zwgk's own code: a bug, left alone
        dependency_failures(("openpyxl",), "not a readable workbook"),
    ):
        {}["missing"]
    with pytest.raises(KeyError) as raw:
        parse({})  # type: ignore[operator]
    assert raised_in(raw.value, ("openpyxl",))
    assert not raised_in(raw.value, ("docx",))


# ----------------------------------------------------------- declared sizes


def test_docx_grid_before_and_a_too_wide_table_are_refused() -> None:
    from tests.office.office_files import docx_with_body_xml, p, tbl, tc, tr

    wide = tbl(tr(tc(p("序号")), tc(p("具体要求")), props='<w:gridBefore w:val="5000"/>'))
    with pytest.raises(InputTooLargeError) as info:
        zwgk.read(docx_with_body_xml(wide), format="docx")
    assert info.value.limit_name == "max_span"
    row = tr(tc(p("1")), tc(p("做好规划公开。"), '<w:gridSpan w:val="900"/>'))
    with pytest.raises(InputTooLargeError) as info:
        zwgk.read(docx_with_body_xml(tbl(row, row)), format="docx", limits=Limits(max_cells=1000))
    assert info.value.limit_name == "max_cells"


def test_xlsx_merged_ranges_are_bounded_by_the_table() -> None:
    from tests.fuzz.hostile import _zip_replace, plan_xlsx

    data = plan_xlsx()
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    ranges = "".join(f'<mergeCell ref="A{k + 2}:XFD1048576"/>' for k in range(200))
    merged = f'<mergeCells count="200">{ranges}</mergeCells>'.encode()
    sheet = sheet.replace(b"</sheetData>", b"</sheetData>" + merged)
    plan = zwgk.read(_zip_replace(data, {"xl/worksheets/sheet1.xml": sheet}), format="xlsx")
    # clamped to the cells the sheet holds, not 200 ranges of 17 billion positions;
    # the text the merges hide is kept
    kept = [t.text for t in plan.tasks] + [r.text for r in plan.residue]
    assert any("推进财政预决算公开" in text for text in kept)
