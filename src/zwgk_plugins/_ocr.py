"""Scanned pages to laid-out pages: OCR boxes and ruling lines, straightened.

The text is recognised by RapidOCR (PP-OCR detection and recognition models
that ship inside the ``rapidocr-onnxruntime`` wheel: nothing is downloaded),
which gives every character its box and its confidence.  The ruling lines of
the page's tables are found in the image (long runs of dark pixels kept by a
morphological opening).  A scan is usually turned by a fraction of a degree:
the turn is measured from the text lines and every box and line is turned
back, so rows and columns line up again.  The result is a
:class:`~zwgk_plugins._layout_pages.LayoutPage` in points, which goes through
the PDF reader's reconstruction like any page with text.

Characters recognised with a confidence under :data:`LOW_CONFIDENCE` are
kept in place and reported in a diagnostic per page, with their line.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Any

import attrs

from zwgk._model import Diagnostic, Location, Severity
from zwgk_plugins._layout_pages import Glyph, LayoutPage, Ruling
from zwgk_plugins._ocr_engine import read_lines

__all__ = ["LOW_CONFIDENCE", "OcrChar", "OcrPage", "recognise"]

LOW_CONFIDENCE = 0.6
"""Characters recognised with less confidence than this are reported."""


@attrs.frozen
class OcrChar:
    """One recognised character: its text, box (points, straightened) and confidence."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float


@attrs.frozen
class OcrPage:
    """A recognised page: the layout page, its characters and its diagnostics."""

    page: LayoutPage
    chars: tuple[OcrChar, ...]
    diagnostics: tuple[Diagnostic, ...]
    skew_degrees: float


def _skew(lines: Sequence[Any]) -> float:
    """The page's turn in radians, from the top edges of the wider text lines."""
    angles = []
    for box, text, *_ in lines:
        (x0, y0), (x1, y1) = box[0], box[1]
        if x1 - x0 > 8 * max(1.0, abs(box[3][1] - box[0][1])) and len(text) >= 6:
            angles.append(math.atan2(y1 - y0, x1 - x0))
    return statistics.median(angles) if len(angles) >= 3 else 0.0


class _Straighten:
    """Turns image points back by the page's skew and scales them to PDF points."""

    def __init__(self, angle: float, centre: tuple[float, float], dpi: float) -> None:
        self.cos, self.sin = math.cos(-angle), math.sin(-angle)
        self.cx, self.cy = centre
        self.scale = 72.0 / dpi

    def __call__(self, x: float, y: float) -> tuple[float, float]:
        dx, dy = x - self.cx, y - self.cy
        rx = self.cx + dx * self.cos - dy * self.sin
        ry = self.cy + dx * self.sin + dy * self.cos
        return rx * self.scale, ry * self.scale


def _line_chars(line: Any) -> list[tuple[str, list[list[float]], float]]:
    """Each character of an OCR line with its box (image pixels) and confidence."""
    box, text, _score, *rest = line
    if len(rest) >= 3 and rest[0]:
        boxes, words, confs = rest[0], rest[1], list(rest[2])
    else:  # no word boxes: share the line box out evenly
        boxes, words, confs = [box], [text], []
    out: list[tuple[str, list[list[float]], float]] = []
    k = 0
    for wbox, word in zip(boxes, words, strict=False):
        word = "".join(word)
        (x0, y0), (x1, _), (_, y1) = wbox[0], wbox[1], wbox[2]
        step = (x1 - x0) / max(len(word), 1)
        for i, ch in enumerate(word):
            conf = float(confs[k]) if k < len(confs) else float(_score)
            k += 1
            left = x0 + i * step
            out.append((ch, [[left, y0], [left + step, y0], [left + step, y1], [left, y1]], conf))
    return out


# Half-width punctuation the recogniser gives between Chinese characters, where
# Chinese text has the full-width form; and the radical 丶, which running text
# never uses, for the enumeration comma 、 it is read instead of.
_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
_LOOK_ALIKE = {"丶": "、"}


def _chinese_punctuation(chars: list[tuple[str, Any, float]]) -> list[tuple[str, Any, float]]:
    """Full-width punctuation next to Chinese characters; look-alikes put right."""
    from zwgk_plugins._pdf_layout import is_cjk

    out = []
    for i, (ch, box, conf) in enumerate(chars):
        if ch in _LOOK_ALIKE:
            ch = _LOOK_ALIKE[ch]
        elif ch in _FULL_WIDTH:
            before = chars[i - 1][0] if i else ""
            after = chars[i + 1][0] if i + 1 < len(chars) else ""
            if (before and is_cjk(before)) or (after and is_cjk(after)):
                ch = _FULL_WIDTH[ch]
        out.append((ch, box, conf))
    return out


def _standard_brackets(
    chars: list[tuple[str, Any, float]], before: str = ""
) -> list[tuple[str, Any, float]]:
    """A 文号's year brackets written ``〔〕`` (OCR cannot tell them from ``（`` or ``[``).

    ``before`` is the end of the line read before, where a 文号 broken over
    two lines begins.
    """
    from zwgk.lang.metadata import doc_number_brackets

    out = list(chars)
    text = before + "".join(ch for ch, _, _ in chars)
    for opening, closing in doc_number_brackets(text):
        for index, mark in ((opening - len(before), "〔"), (closing - len(before), "〕")):
            if index >= 0:
                _, box, conf = out[index]
                out[index] = (mark, box, conf)
    return out


def _rulings(gray: Any, straighten: _Straighten, dpi: float) -> list[Ruling]:
    """Long horizontal and vertical dark lines of the image (table borders).

    A line must run longer than a character's strokes: 0.4 inch across (a
    dash or two ``—`` in the text are shorter), 0.25 inch down (18 pt: a
    single-line table row is taller, a character of body text is not).
    """
    import cv2
    import numpy as np

    _, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    out: list[Ruling] = []
    across, down = max(int(0.4 * dpi), 10), max(int(0.25 * dpi), 8)
    for kernel, horizontal in (((across, 1), True), ((1, down), False)):
        mask = cv2.morphologyEx(binary, cv2.MORPH_OPEN, np.ones(kernel[::-1], np.uint8))
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours[:5000]:
            pts = contour.reshape(-1, 2)
            axis = 0 if horizontal else 1
            a = pts[pts[:, axis].argmin()]
            b = pts[pts[:, axis].argmax()]
            (ax, ay), (bx, by) = (
                straighten(float(a[0]), float(a[1])),
                straighten(float(b[0]), float(b[1])),
            )
            if horizontal:
                y = (ay + by) / 2
                out.append(Ruling(ax, y, bx, y))
            else:
                x = (ax + bx) / 2
                out.append(Ruling(x, ay, x, by))
    return out


def _place(
    line: list[tuple[str, Any, float]], straighten: _Straighten
) -> list[tuple[OcrChar, float]]:
    """A recognised line's characters in page points, with the line's font size.

    A line is set in one size: the median width of its Chinese characters
    (its box's height when it has none).  The recogniser writes the spaces
    it sees; between two characters without one, a gap narrower than a
    character is an artefact of the character boxes and is closed, so that
    no space or column break is read into it.  A wider gap stays.
    """
    out: list[OcrChar] = []
    spaced: list[bool] = []
    space = False
    for ch, box, conf in line:
        if ch.isspace():
            space = True
            continue
        (x0, top), (x1, bottom) = straighten(*box[0]), straighten(*box[2])
        out.append(OcrChar(ch, x0, top, x1, bottom, conf))
        spaced.append(space)
        space = False
    if not out:
        return []
    widths = [c.x1 - c.x0 for c in out if ord(c.text) > 0x2E80]
    height = statistics.median(c.bottom - c.top for c in out)
    size = max(min(statistics.median(widths), height) if widths else 0.8 * height, 1.0)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if not spaced[i] and 0 < cur.x0 - prev.x1 < size:
            mid = (prev.x1 + cur.x0) / 2
            out[i - 1], out[i] = attrs.evolve(prev, x1=mid), attrs.evolve(cur, x0=mid)
    return [(c, size) for c in out]


def recognise(gray: Any, dpi: float, number: int) -> OcrPage:
    """Recognise one page image (a 2-D ``uint8`` array) scanned at ``dpi``."""
    lines = read_lines(gray)
    h, w = gray.shape[:2]
    angle = _skew(lines)
    straighten = _Straighten(angle, (w / 2, h / 2), dpi)
    glyphs: list[Glyph] = []
    chars: list[OcrChar] = []
    doubtful: list[str] = []
    before = ""
    for line in lines:
        read = _standard_brackets(_chinese_punctuation(_line_chars(line)), before[-20:])
        before = "".join(ch for ch, _, _ in read)
        placed = _place(read, straighten)
        for char, size in placed:
            mid = (char.top + char.bottom) / 2
            glyphs.append(Glyph(char.text, char.x0, char.x1, mid - size / 2, mid + size / 2, size))
        chars.extend(char for char, _ in placed)
        low = "".join(char.text for char, _ in placed if char.confidence < LOW_CONFIDENCE)
        if low:
            doubtful.append(f"{low}（{line[1]}）")
    diagnostics = []
    if doubtful:
        diagnostics.append(
            Diagnostic(
                "ocr.low-confidence",
                f"第{number}页有{sum(len(d.split('（')[0]) for d in doubtful)}个字识别把握不大，"
                f"请核对：{'；'.join(doubtful)[:1000]}",
                Severity.WARNING,
                Location(page=number),
            )
        )
    page = LayoutPage(w * 72.0 / dpi, h * 72.0 / dpi, glyphs, _rulings(gray, straighten, dpi))
    return OcrPage(page, tuple(chars), tuple(diagnostics), math.degrees(angle))


def one_script(pages: Sequence[LayoutPage]) -> Diagnostic | None:
    """Write a Traditional-script document's characters all in Traditional script.

    The recognition model is trained on Simplified Chinese: on a page printed
    in Traditional script it gives a mix (``规劃``, ``责任單位``).  When the
    characters only Traditional script has are most of those that tell the
    scripts apart, the Simplified-only ones are converted (OpenCC ``s2t``,
    character by character, so every box keeps its character).
    """
    import opencc

    to_trad, to_simp = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    chars = [c for page in pages for c in page.chars]
    trad = sum(1 for c in chars if to_simp.convert(c["text"]) != c["text"])
    simp = [c for c in chars if to_trad.convert(c["text"]) != c["text"]]
    if trad < 10 or trad < 4 * len(simp) or not simp:
        return None
    for c in simp:
        converted = to_trad.convert(c["text"])
        if len(converted) == len(c["text"]):
            c["text"] = converted
    return Diagnostic(
        "ocr.script",
        f"文件为繁体字，OCR识别出的{len(simp)}个简体字已转为繁体，请核对",
        Severity.INFO,
    )
