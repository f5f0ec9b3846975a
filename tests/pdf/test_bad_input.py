"""Bad and hostile PDFs end in a typed error that says what is wrong, never a hang or a crash."""

from __future__ import annotations

import random

import pytest

import zwgk
from tests.pdf.conftest import minimal_pdf, pdf_bytes
from zwgk.document import Block, Grid
from zwgk.errors import (
    EncryptedDocumentError,
    InputTooLargeError,
    ParseError,
    ScannedDocumentError,
)
from zwgk_plugins.pdf_format import read_document


def test_image_only_pdf_is_a_scan() -> None:
    with pytest.raises(ScannedDocumentError, match="only images") as info:
        read_document(pdf_bytes("scanned"), name="scanned.pdf")
    assert info.value.source == "scanned.pdf"
    assert "OCR" in str(info.value)


def test_scan_through_zwgk_read(pdf_dir) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ScannedDocumentError):
        zwgk.read(pdf_dir / "scanned.pdf")


def test_encrypted_with_an_empty_user_password_opens() -> None:
    doc = read_document(pdf_bytes("encrypted_open"))
    assert len(doc.grids) == 1
    assert doc.grids[0].at(1, 0) is not None


def test_encrypted_with_a_password_needs_it() -> None:
    with pytest.raises(EncryptedDocumentError, match="needs a password"):
        read_document(pdf_bytes("encrypted_locked"), name="locked.pdf")
    with pytest.raises(EncryptedDocumentError, match="password is wrong"):
        read_document(pdf_bytes("encrypted_locked"), password="guess")
    doc = read_document(pdf_bytes("encrypted_locked"), password="open-sesame")
    assert len(doc.grids) == 1


def test_fonts_without_unicode_maps_are_reported() -> None:
    with pytest.raises(ParseError, match="ToUnicode") as info:
        read_document(pdf_bytes("nounicode"))
    assert type(info.value) is ParseError


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"garbage, not a PDF at all",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<",
        b"\x00" * 5000,
    ],
    ids=["empty", "text", "header-only", "zeros"],
)
def test_garbage_is_a_parse_error(data: bytes) -> None:
    with pytest.raises(ParseError):
        read_document(data)


def test_truncated_pdf_is_a_parse_error() -> None:
    data = pdf_bytes("plan000")
    with pytest.raises(ParseError, match=r"damaged|truncated"):
        read_document(data[: len(data) // 3])


def test_pdf_with_no_pages() -> None:
    data = minimal_pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    )
    with pytest.raises(ParseError, match="no pages"):
        read_document(data)


def test_page_with_no_text_and_no_image() -> None:
    data = minimal_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ]
    )
    with pytest.raises(ParseError, match="no text"):
        read_document(data)


def test_too_many_pages_is_refused_before_reading() -> None:
    with pytest.raises(InputTooLargeError) as info:
        read_document(pdf_bytes("plan000"), max_pages=2)
    assert info.value.size == 5
    assert info.value.limit == 2
    assert info.value.limit_name == "max_pages"


def test_timeout_is_a_typed_error_naming_the_limit() -> None:
    with pytest.raises(InputTooLargeError, match="longer than") as info:
        read_document(pdf_bytes("plan000"), timeout=0)
    assert info.value.limit_name == "timeout"
    assert "limits=zwgk.Limits(timeout=" in str(info.value)


@pytest.mark.parametrize("seed", range(6))
def test_damaged_bytes_read_or_fail_typed(seed: int) -> None:
    rng = random.Random(seed)
    data = bytearray(pdf_bytes("borderless"))
    for _ in range(40):
        data[rng.randrange(200, len(data))] = rng.randrange(256)
    outcome: object
    try:
        outcome = read_document(bytes(data))
    except ParseError as exc:  # damaged input may fail, but only with a typed error
        outcome = exc
    if isinstance(outcome, ParseError):
        assert outcome.message
    else:
        assert all(isinstance(p, Block | Grid) for p in outcome.parts)


def test_sniffing_and_extension() -> None:
    reader = zwgk.plugins.registry.reader("pdf")
    assert reader.sniff(pdf_bytes("plan000")[:1024], None) == 1.0
    assert reader.sniff(b"<html>", "x.html") == 0.0
    assert reader.info.extensions == (".pdf",)
    assert zwgk.plugins.registry.find_reader(None, pdf_bytes("plan000")[:65536]) is reader


def test_a_bug_in_the_layout_code_is_not_disguised_as_a_damaged_pdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from zwgk_plugins import pdf_format

    def broken(*args: object, **kwargs: object) -> None:
        raise IndexError("layout bug")

    monkeypatch.setattr(pdf_format, "group_lines", broken)
    with pytest.raises(zwgk.errors.InternalError, match="bug in zwgk") as info:
        zwgk.read(pdf_bytes("plan000"), format="pdf")
    assert isinstance(info.value.__cause__, IndexError)
    assert not isinstance(info.value, ParseError)


# The read's timer interrupts whatever runs when it fires; where that is a
# garbage-collection callback, Python reports the interruption as unraisable
# and the read stops at its next own check instead, as asserted here.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_time_limit_of_the_read_applies_to_a_pdf() -> None:
    with pytest.raises(InputTooLargeError) as info:
        zwgk.read(pdf_bytes("plan000"), format="pdf", limits=zwgk.Limits(timeout=0.001))
    assert info.value.limit_name == "timeout"


def test_page_limit_comes_from_the_read_limits() -> None:
    with pytest.raises(InputTooLargeError) as info:
        zwgk.read(pdf_bytes("plan000"), format="pdf", limits=zwgk.Limits(max_pages=2))
    assert (info.value.limit_name, info.value.size, info.value.limit) == ("max_pages", 5, 2)
