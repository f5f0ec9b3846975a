"""The OCR engine within bounded memory: text lines of a page image, with their characters.

RapidOCR's parts (PP-OCR detection and recognition, ONNX Runtime) are driven
here rather than through its one-call interface, for three reasons:

* **Memory.**  The detection network needs about 200 bytes per pixel of its
  input; it sees a copy of the page at most :data:`DET_MAX_SIDE` pixels
  long, in bands of at most :data:`BAND_PIXELS`, so its memory does not grow
  with the scan's resolution or the page's size.
  The sessions run on one thread each (every ONNX Runtime thread reserves
  its own stack and allocator arena), with ONNX Runtime's memory arena off.
* **Resolution.**  Recognition reads each line cut from a copy of the page
  scaled so that the median line is :data:`REC_LINE_HEIGHT` pixels high
  (never enlarged): the recogniser misreads small punctuation (``。`` as
  ``°``, ``，`` as ``’``) in lines much higher than that.
* **Failures.**  An engine failure (ONNX Runtime's ``std::bad_alloc`` when
  the process is out of memory, or any other) becomes :class:`EngineFailure`
  with the stage that failed; the reader turns it into a typed error that
  names the page.  A zwgk error the engine wrapped (the read's time limit
  firing inside a network) is passed on as itself.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from zwgk.errors import ZwgkError
from zwgk.plugins import require

__all__ = ["DET_MAX_PIXELS", "EngineFailure", "Line", "read_lines"]

DET_MAX_PIXELS = 2_000_000
"""The most pixels the detection network is given (the page is scaled down to fit)."""

DET_MAX_SIDE = 2000
BAND_PIXELS = 800_000
"""The most pixels the detection network is given at once (a band of the page)."""
BAND_MARGIN = 64  # pixels of the detector's copy: more than a line of text is high
REC_LINE_HEIGHT = 26.0
"""Pixels of a text line's box the recogniser reads best (it enlarges lines to 48);
a page whose lines are higher is read from a smaller copy."""
MIN_SCORE = 0.3  # a line recognised with less mean confidence is noise, not text

_ENGINE: list[Any] = []
_LOCK = threading.Lock()

Line = tuple[list[list[float]], str, float, list[Any], list[str], list[float]]
"""A text line: its box (4 corners, page pixels), text, mean confidence, and its
characters' or words' boxes, texts and confidences."""


class EngineFailure(Exception):
    """The OCR engine failed; ``stage`` says where, ``out_of_memory`` whether for memory."""

    def __init__(self, stage: str, original: BaseException) -> None:
        self.stage = stage
        self.original = original
        text = str(original)
        self.out_of_memory = isinstance(original, MemoryError) or any(
            mark in text for mark in ("bad_alloc", "Failed to allocate", "Insufficient memory")
        )
        if self.out_of_memory:
            said = "out of memory (std::bad_alloc)" if "bad_alloc" in text else "out of memory"
        else:
            said = ([ln.strip() for ln in text.splitlines() if ln.strip()] or [""])[-1][:300]
        super().__init__(f"{stage}: {said or type(original).__name__}")


def _engine() -> Any:
    with _LOCK:
        if not _ENGINE:
            module = require("rapidocr_onnxruntime", "ocr", feature="reading scans (OCR)")
            _ENGINE.append(
                module.RapidOCR(
                    intra_op_num_threads=1,
                    inter_op_num_threads=1,
                    max_side_len=DET_MAX_SIDE,
                    text_score=MIN_SCORE,
                    det_limit_type="max",  # the bands are given as they are, not enlarged
                    det_limit_side_len=4 * DET_MAX_SIDE,
                )
            )
        return _ENGINE[0]


def _run(stage: str, call: Any, *args: Any) -> Any:
    """``call(*args)``, its failures as :class:`EngineFailure` (a wrapped zwgk error as itself)."""
    try:
        return call(*args)
    except ZwgkError:
        raise
    except Exception as exc:
        cause: BaseException | None = exc
        while cause is not None:
            if isinstance(cause, ZwgkError):
                raise cause from None
            cause = cause.__cause__
        raise EngineFailure(stage, exc) from exc


def _bands(height: int, width: int) -> list[tuple[int, int, int, int]]:
    """Horizontal bands of the page for the detector: (top, bottom, core top, core bottom).

    Each band holds at most :data:`BAND_PIXELS` pixels and reaches
    :data:`BAND_MARGIN` beyond its core on both sides, so a text line whose
    centre lies in the core is wholly inside the band.
    """
    rows = max(BAND_PIXELS // max(width, 1), 4 * BAND_MARGIN)
    core = rows - 2 * BAND_MARGIN
    return [
        (max(0, top - BAND_MARGIN), min(height, top + core + BAND_MARGIN), top, top + core)
        for top in range(0, height, core)
    ]


def _detect_band(engine: Any, small: Any, band: tuple[int, int, int, int]) -> list[Any]:
    import cv2

    top, bottom, core_top, core_bottom = band
    image = cv2.cvtColor(small[top:bottom], cv2.COLOR_GRAY2BGR)
    boxes, _ = _run("text detection", engine.text_det, image)
    kept = []
    for box in boxes if boxes is not None else ():
        box[:, 1] += top
        if core_top <= float(box[:, 1].mean()) < core_bottom:
            kept.append(box)
    return kept


def _detect(engine: Any, gray: Any) -> list[Any]:
    """Text line boxes (page pixels), from a copy of the page small enough for the detector.

    The copy is read in bands, so the detector's memory is bounded by
    :data:`BAND_PIXELS` whatever the page's size.
    """
    import cv2
    import numpy as np

    h, w = gray.shape[:2]
    scale = min(1.0, DET_MAX_SIDE / max(h, w), (DET_MAX_PIXELS / (h * w)) ** 0.5)
    small = (
        gray
        if scale >= 1.0
        else cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    )
    boxes = [b for band in _bands(*small.shape[:2]) for b in _detect_band(engine, small, band)]
    if not boxes:
        return []
    full = np.asarray(boxes, dtype=np.float32) / scale
    full[..., 0] = full[..., 0].clip(0, w - 1)
    full[..., 1] = full[..., 1].clip(0, h - 1)
    return list(engine.sorted_boxes(full))


def _crops(engine: Any, gray: Any, boxes: Sequence[Any]) -> list[Any]:
    import cv2

    out = []
    for crop in engine.get_crop_img_list(gray, list(boxes)):
        out.append(cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR))
    return out


def _recognition_scale(boxes: Sequence[Any]) -> float:
    """How much to shrink the page so its median text line is :data:`REC_LINE_HEIGHT` high."""
    import numpy as np

    heights = [float(np.linalg.norm(box[0] - box[3])) for box in boxes]
    return min(1.0, REC_LINE_HEIGHT / max(float(np.median(heights)), 1.0))


def read_lines(gray: Any) -> list[Line]:
    """The text lines of a page image (a 2-D ``uint8`` array), top to bottom."""
    import cv2
    import numpy as np

    engine = _engine()
    boxes = _detect(engine, gray)
    if not boxes:
        return []
    scale = _recognition_scale(boxes)
    if scale < 1.0:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    scaled = [np.asarray(box * scale, dtype=np.float32) for box in boxes]
    crops = _run("cutting out text lines", _crops, engine, gray, scaled)
    results, _ = _run("text recognition", engine.text_rec, crops, True)
    words = _run("character boxes", engine.cal_rec_boxes, crops, scaled, results)
    lines: list[Line] = []
    for box, (text, score, word_boxes, word_texts, confs) in zip(boxes, words, strict=True):
        if text and float(score) >= MIN_SCORE:
            word_boxes = [(np.asarray(b, dtype=np.float32) / scale).tolist() for b in word_boxes]
            lines.append((box.tolist(), text, float(score), word_boxes, word_texts, list(confs)))
    return lines
