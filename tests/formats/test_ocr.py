"""Scanned plans: the office-made PDFs printed and scanned (150-200 dpi, turned
by a fraction of a degree, noise; ``make_format_files.py``) read by OCR and
scored against the gold of the PDF each was made from; page images; hostile
images."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest

import zwgk
from tests.formats.common import FORMATS, PDFS, gold_of, mean_score
from zwgk.errors import InputTooLargeError, ScannedDocumentError

pytest.importorskip("rapidocr_onnxruntime")
pypdfium2 = pytest.importorskip("pypdfium2")

SCANS = sorted((FORMATS / "scanned").glob("*.pdf"))


@pytest.mark.slow
@pytest.mark.parametrize("path", SCANS, ids=[p.stem for p in SCANS])
def test_scans_score_at_least_90(path: Path) -> None:
    plan = zwgk.read(path)
    assert mean_score(gold_of(path, PDFS), plan) >= 90.0
    assert any(d.code == "ocr.used" for d in plan.diagnostics)


def test_a_page_image_is_read(tmp_path: Path) -> None:
    pdf = pypdfium2.PdfDocument(str(PDFS / "p10_title_number_small.pdf"))
    image = pdf[0].render(scale=200 / 72).to_pil().convert("L")
    target = tmp_path / "page1.png"
    image.save(target, dpi=(200, 200))
    plan = zwgk.read(target)
    assert plan.format == "image"
    gold = {
        t["number"]: t["text"] for t in gold_of(PDFS / "p10_title_number_small.pdf", PDFS)["tasks"]
    }
    read = [t for t in plan.tasks if t.number in gold]
    assert len(read) >= 5
    assert sum(t.text == gold[t.number] for t in read) >= len(read) // 2


def test_every_character_keeps_its_confidence() -> None:
    from zwgk_plugins._ocr import recognise

    pdf = pypdfium2.PdfDocument(str(PDFS / "p10_title_number_small.pdf"))
    import numpy as np

    gray = np.asarray(pdf[0].render(scale=150 / 72).to_pil().convert("L"))
    page = recognise(gray, 150.0, 1)
    assert len(page.chars) > 300
    assert all(0.0 <= c.confidence <= 1.0 for c in page.chars)
    assert "江门市" in "".join(c.text for c in page.chars)


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" + b"\xff" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_a_30000_square_image_is_refused_before_decoding() -> None:
    with pytest.raises(InputTooLargeError, match="more pixels than a scanned page"):
        zwgk.read(io.BytesIO(_png_header(30000, 30000)))
    with pytest.raises(InputTooLargeError, match="9000 × 9000"):
        zwgk.read(io.BytesIO(_png_header(9000, 9000)))


def test_without_the_extra_the_scan_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import zwgk_plugins.image_format as image_format

    monkeypatch.setattr(image_format, "ocr_available", lambda: False)
    with pytest.raises(ScannedDocumentError, match=r"zwgk\[ocr\]"):
        zwgk.read(FORMATS / "scanned" / "p10_title_number_small.pdf")


def test_ocr_can_be_switched_off() -> None:
    with pytest.raises(ScannedDocumentError):
        zwgk.read(FORMATS / "scanned" / "p10_title_number_small.pdf", ocr=False)


def test_punctuation_between_chinese_characters_is_full_width() -> None:
    from zwgk_plugins._ocr import _chinese_punctuation

    chars = [(c, None, 0.9) for c in "财务科丶办公室(牵头),见附件:A,B"]
    assert (
        "".join(c for c, _, _ in _chinese_punctuation(chars))
        == "财务科、办公室（牵头），见附件：A,B"
    )


def test_a_traditional_script_page_is_made_one_script() -> None:
    from zwgk_plugins._layout_pages import Glyph, LayoutPage
    from zwgk_plugins._ocr import one_script

    text = "縣級以上各級人民政府主動公開國民經濟和社會發展第十四個五年规划綱要责任單位"
    glyphs = [Glyph(ch, 10.0 * i, 10.0 * i + 9, 0, 9, 9) for i, ch in enumerate(text)]
    page = LayoutPage(600, 800, glyphs)
    diagnostic = one_script([page])
    assert diagnostic is not None and diagnostic.code == "ocr.script"
    assert "".join(c["text"] for c in page.chars).endswith("規劃綱要責任單位")
    simplified = LayoutPage(600, 800, [Glyph(ch, 0, 9, 0, 9, 9) for ch in "规划纲要" * 10])
    assert one_script([simplified]) is None


def test_an_engine_failure_names_the_page_and_the_stage() -> None:
    import numpy as np

    from zwgk.errors import ParseError
    from zwgk_plugins._ocr_engine import EngineFailure, _engine, _run
    from zwgk_plugins._scan import _engine_error

    detector = _engine().text_det.infer
    with pytest.raises(EngineFailure) as info:  # two colour channels: the network takes three
        _run("text detection", detector, np.zeros((1, 2, 64, 64), np.float32))
    assert not info.value.out_of_memory
    error = _engine_error(info.value, (800, 600), 3, "scan.pdf")
    assert type(error) is ParseError
    assert error.location is not None and error.location.page == 3
    assert "page 3 (600 × 800 pixels) in text detection" in str(error)


def test_ocr_out_of_memory_is_a_typed_error_naming_the_page() -> None:
    from tests.fuzz.bounded import run_bounded
    from tests.fuzz.hostile import pdf_scan_a4

    # 1 GiB of address space: the libraries load, the detection network does not fit
    result = run_bounded(pdf_scan_a4(), "pdf", seconds=180.0, memory=1024**3)
    assert result["outcome"] == "UnsafeInputError", result
    assert "OCR of page 1" in result["message"] and "memory" in result["message"]
