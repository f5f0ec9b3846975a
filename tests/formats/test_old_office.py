"""Word 97, WPS, RTF and ODF files saved by LibreOffice from the office-made DOCX
files, read through LibreOffice and the DOCX reader, scored against the gold of
the DOCX each was saved from (``tests/data/formats/make_format_files.py``)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import zwgk
from tests.formats.common import FORMATS, OFFICE, gold_of, mean_score
from tests.formats.ole_maker import ole_file
from zwgk.errors import EncryptedDocumentError, MissingDependencyError, ParseError
from zwgk_plugins._sniff import content_kind

WORD = sorted((FORMATS / "word").iterdir())


def test_every_kind_of_word_file_is_there() -> None:
    assert {p.suffix for p in WORD} == {".doc", ".wps", ".rtf", ".odt"}
    assert len(WORD) >= 15


def test_files_are_told_apart_by_content() -> None:
    kinds = {p.suffix: content_kind(p.read_bytes()) for p in WORD}
    assert kinds == {".doc": "word", ".wps": "word", ".rtf": "rtf", ".odt": "odt"}


@pytest.mark.needs_soffice
@pytest.mark.slow
@pytest.mark.parametrize("path", WORD, ids=[p.name for p in WORD])
def test_scores_equal_the_docx_they_were_saved_from(path: Path) -> None:
    gold = gold_of(path, OFFICE)
    plan = zwgk.read(path)
    assert plan.format == path.suffix.lstrip(".").replace("wps", "doc")
    assert mean_score(gold, plan) == mean_score(gold, zwgk.read(OFFICE / f"{path.stem}.docx"))
    assert any(d.code == "office.converted" for d in plan.diagnostics)


@pytest.mark.needs_soffice
def test_a_doc_read_from_bytes_is_found_by_content() -> None:
    path = FORMATS / "word" / "d04_header_typed_again.doc"
    plan = zwgk.read(io.BytesIO(path.read_bytes()))
    assert plan.format == "doc"
    assert mean_score(gold_of(path, OFFICE), plan) == 100


@pytest.mark.needs_soffice
def test_conversion_has_a_time_limit() -> None:
    with pytest.raises(ParseError, match="longer than"):
        zwgk.read(FORMATS / "word" / "d01_title_number_column.doc", timeout=0.05)


def test_without_libreoffice_the_error_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ZWGK_SOFFICE", "/nonexistent/soffice")
    with pytest.raises(MissingDependencyError, match="apt-get install libreoffice") as info:
        zwgk.read(FORMATS / "word" / "d02_two_heading_columns_split.rtf")
    assert info.value.package == "soffice"


def test_a_doc_that_is_really_docx_goes_to_the_docx_reader(tmp_path: Path) -> None:
    target = tmp_path / "plan.doc"
    target.write_bytes((OFFICE / "d03_heading_rows_lead_assist.docx").read_bytes())
    plan = zwgk.read(target)
    assert mean_score(gold_of(OFFICE / "d03_heading_rows_lead_assist.docx", OFFICE), plan) == 100
    (note,) = [d for d in plan.diagnostics if d.code == "office.converted"]
    assert "DOCX" in note.message


def test_an_encrypted_word_file_is_refused_by_name(tmp_path: Path) -> None:
    target = tmp_path / "locked.doc"
    target.write_bytes(ole_file(["EncryptionInfo", "EncryptedPackage"]))
    with pytest.raises(EncryptedDocumentError):
        zwgk.read(target)


@pytest.mark.parametrize("damage", ["loop", "outside"])
def test_ole2_with_looping_or_stray_sectors_is_a_parse_error(tmp_path: Path, damage: str) -> None:
    target = tmp_path / "hostile.doc"
    target.write_bytes(ole_file([f"s{i}" for i in range(12)], **{damage: True}))
    with pytest.raises(ParseError, match="sector"):
        zwgk.read(target)


def test_a_zip_that_is_no_document_is_a_parse_error(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    target = tmp_path / "odd.odt"
    target.write_bytes(buf.getvalue())
    with pytest.raises(ParseError, match="not a"):
        zwgk.read(target)
