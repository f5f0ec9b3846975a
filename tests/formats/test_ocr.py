"""Scanned plans: the office-made PDFs printed and scanned (150-200 dpi, turned
by a fraction of a degree, noise; ``make_format_files.py``) read by OCR and
scored against the gold of the PDF each was made from; page images; hostile
images."""

from __future__ import annotations

import io
import itertools
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
# OCR takes seconds a page, longer on a busy machine: the score is tested here, not the time
OCR_LIMITS = zwgk.Limits(timeout=900.0)


@pytest.mark.slow
@pytest.mark.parametrize("path", SCANS, ids=[p.stem for p in SCANS])
def test_scans_score_at_least_90(path: Path) -> None:
    plan = zwgk.read(path, limits=OCR_LIMITS)
    assert mean_score(gold_of(path, PDFS), plan) >= 90.0
    assert any(d.code == "ocr.used" for d in plan.diagnostics)


def test_a_page_image_is_read(tmp_path: Path) -> None:
    pdf = pypdfium2.PdfDocument(str(PDFS / "p10_title_number_small.pdf"))
    image = pdf[0].render(scale=200 / 72).to_pil().convert("L")
    target = tmp_path / "page1.png"
    image.save(target, dpi=(200, 200))
    plan = zwgk.read(target, limits=OCR_LIMITS)
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

    # 768 MiB of address space: the libraries load (about 250 MB), the detection network
    # does not fit (it has been seen to fit in 1 GiB, reaching 690 MB)
    result = run_bounded(pdf_scan_a4(), "pdf", seconds=180.0, memory=768 * 1024**2)
    assert result["outcome"] == "UnsafeInputError", result
    assert "OCR of page 1" in result["message"] and "memory" in result["message"]


def test_detector_bands_give_every_line_to_exactly_one_band() -> None:
    from zwgk_plugins._ocr_engine import BAND_MARGIN, BAND_PIXELS, _bands

    for height, width in ((2339, 1654), (1682, 1189), (9000, 600), (300, 2000)):
        bands = _bands(height, width)
        cores = [(core_top, core_bottom) for _, _, core_top, core_bottom in bands]
        assert cores[0][0] == 0 and cores[-1][1] >= height
        assert all(a[1] == b[0] for a, b in itertools.pairwise(cores))
        for top, bottom, core_top, core_bottom in bands:
            assert (bottom - top) * width <= max(BAND_PIXELS, 4 * BAND_MARGIN * width)
            assert top <= max(0, core_top - BAND_MARGIN)
            assert bottom >= min(height, core_bottom + BAND_MARGIN)


def test_a_doc_number_is_written_with_its_standard_brackets() -> None:
    from zwgk_plugins._ocr import _standard_brackets

    def marks(text: str, before: str = "") -> str:
        chars = [(c, None, 0.9) for c in text]
        return "".join(c for c, _, _ in _standard_brackets(chars, before))

    assert marks("江建管（2021]11号") == "江建管〔2021〕11号"
    assert marks("[2021）129号）精神", before="的通知》（江府办函") == "〔2021〕129号）精神"
    # brackets that are not a 文号's stay as read
    assert marks("（2021年）12月底前") == "（2021年）12月底前"


def test_a_line_is_one_size_and_its_small_gaps_are_closed() -> None:
    from zwgk_plugins._ocr import _place, _Straighten

    def box(x0: float, x1: float) -> list[list[float]]:
        return [[x0, 0.0], [x1, 0.0], [x1, 30.0], [x0, 30.0]]

    # 〔 read narrow, digits with a small gap after it, a space the recogniser wrote
    line = [("号", box(0, 28), 0.9), ("〔", box(30, 36), 0.9), ("2", box(40, 52), 0.9)]
    line += [(" ", box(52, 60), 0.9), ("A", box(90, 100), 0.9)]
    placed = _place(line, _Straighten(0.0, (0.0, 0.0), 72.0))
    sizes = {size for _, size in placed}
    assert len(sizes) == 1
    chars = [c for c, _ in placed]
    assert [c.text for c in chars] == ["号", "〔", "2", "A"]
    assert chars[0].x1 == chars[1].x0 and chars[1].x1 == chars[2].x0
    assert chars[3].x0 - chars[2].x1 == 38  # after a space the gap stays
