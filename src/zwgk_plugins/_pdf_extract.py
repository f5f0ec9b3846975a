"""Characters, ruling lines and cell rectangles of a PDF page, from PDFium.

The layout code (:mod:`zwgk_plugins._pdf_layout`) needs, per page, the
characters with their boxes and the table cells drawn by ruling lines.
PDFium (through ``pypdfium2``, installed with pdfplumber) parses a page
content stream some twenty times faster than pdfminer; this module reads
what it gives into the character records (:data:`CharRecord`) and cells
the pdfplumber engine gives, so that the layout is the same whichever
engine read the page:

- a character's box spans its advance horizontally (PDFium's loose box)
  and, vertically, one font size up from the font's descent below the
  baseline, as pdfminer measures it;
- paths are split into their subpaths and each becomes a line, a
  rectangle or a curve by pdfminer's rules, then edges by pdfplumber's;
- cells come from those edges through pdfplumber's table finder functions
  (snap, join, intersections, cells, tables), which are pure geometry.
"""

from __future__ import annotations

import ctypes
import itertools
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, cast

import attrs

__all__ = ["PDFIUM_LOCK", "CharRecord", "PageContent", "pages", "plumber_page"]

PDFIUM_LOCK = threading.RLock()
"""Held around every PDFium call: PDFium is not thread-safe, even across documents."""

CharRecord = tuple[str, float, float, float, float, float, bool]
"""One character as an engine gives it: text, ``x0``, ``x1``, ``top``, ``bottom``, font
size and whether it is upright (the same for PDFium and pdfplumber)."""

_TABLE = {"snap": 3.0, "join": 3.0, "intersection": 3.0, "min_length": 3.0}


@attrs.frozen
class PageContent:
    """What the reader takes from one page: character records, cell groups, size."""

    chars: list[CharRecord]
    tables: list[list[tuple[float, float, float, float]]]
    width: float
    height: float
    images: bool


def pages(data: bytes, password: str | None, plumber_pages: Sequence[Any]) -> Iterator[PageContent]:
    """The content of each page of the PDF ``data``, page by page.

    ``plumber_pages`` are the same pages opened by pdfplumber, whose content
    is not parsed: only their fonts' descriptors are read, for the descent
    pdfminer measures characters from.  Should PDFium fail to open a file
    pdfminer opened, or count other pages, pdfplumber reads the pages.
    """
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(data, password=password)
            count = len(doc)
        except pdfium.PdfiumError:
            doc, count = None, -1
    if doc is None or count != len(plumber_pages):
        # PDFium cannot open what pdfminer opened (pdfminer repairs more), or the two
        # count other pages: pdfminer reads the pages, so none is lost
        _close(doc)
        yield from (plumber_page(p) for p in plumber_pages)
        return
    try:
        for index, other in enumerate(plumber_pages):
            declared = font_descents(other)
            with PDFIUM_LOCK:
                page = doc[index]
                try:
                    chars, edges, size, images = _page(page, declared)
                finally:
                    page.close()
            yield PageContent(chars, _tables(edges), size[0], size[1], images)
    finally:
        _close(doc)


def _close(doc: Any) -> None:
    if doc is not None:
        with PDFIUM_LOCK:
            doc.close()


def font_descents(page: Any) -> dict[bytes, float]:
    """The descent (per 1 of font size) each font of a pdfplumber page declares, by base name.

    Read from the fonts' descriptors as pdfminer reads them: 0 when not
    given, always below the baseline.
    """
    from pdfminer.pdftypes import resolve1

    out: dict[bytes, float] = {}
    try:
        fonts = resolve1(page.page_obj.resources.get("Font")) or {}
        for spec in fonts.values():
            font = resolve1(spec)
            name, desc = _descriptor(font, resolve1)
            if name is not None:
                out[name] = -abs(float(resolve1(desc.get("Descent", 0)) or 0)) / 1000
    except Exception:  # a damaged font dictionary: PDFium's own metrics are used
        return out
    return out


def _descriptor(font: Any, resolve1: Callable[[Any], Any]) -> tuple[bytes | None, Any]:
    base = resolve1(font.get("BaseFont"))
    name = getattr(base, "name", base)
    if isinstance(name, str):
        name = name.encode("latin-1", "replace")
    if isinstance(name, bytes) and name[6:7] == b"+":
        name = name[7:]  # the subset tag (``BAAAAA+``), which PDFium leaves out
    holder = font
    if "DescendantFonts" in font:
        holder = resolve1(resolve1(font["DescendantFonts"])[0])
    desc = resolve1(holder.get("FontDescriptor")) or {}
    if (
        font.get("Subtype") is not None
        and getattr(resolve1(font.get("Subtype")), "name", "") == "Type3"
    ):
        return None, desc  # Type3 fonts measure from their FontMatrix and bbox
    return (name if isinstance(name, bytes) else None), desc


def _page(
    page: Any, declared: dict[bytes, float]
) -> tuple[list[CharRecord], list[dict[str, Any]], tuple[float, float], bool]:
    """One page's characters, edges, size and whether it holds images (PDFium calls only)."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        chars = _chars(raw, textpage, height, declared)
    finally:
        textpage.close()
    edges, images = _edges(raw, page.raw, height)
    return chars, edges, (float(width), float(height)), images


def _font_descent(raw: Any, address: int, declared: dict[bytes, float]) -> float:
    """The descent per 1 of font size of the font at ``address``: declared, else PDFium's."""
    font = ctypes.cast(address, raw.FPDF_FONT)
    buf = ctypes.create_string_buffer(256)
    size = raw.FPDFFont_GetBaseFontName(font, buf, len(buf))
    name = buf.raw[: max(size - 1, 0)]
    if name in declared:
        return declared[name]
    descent = ctypes.c_float()
    ok = raw.FPDFFont_GetDescent(font, ctypes.c_float(1.0), descent)
    return float(descent.value) if ok else 0.0


class _TextCalls:
    """PDFium's per-character text functions, called with plain C values.

    The same library functions as ``pypdfium2.raw``, prototyped with their
    return type only: every pointer (the text page, an output buffer) is
    passed as a ready ``c_void_p`` and every index as an ``int``, so ctypes
    converts no argument on any of the half-dozen calls a character takes.
    """

    def __init__(self, raw: Any) -> None:
        self.count = _plain(raw.FPDFText_CountChars)
        self.unicode = _plain(raw.FPDFText_GetUnicode)
        self.generated = _plain(raw.FPDFText_IsGenerated)
        self.map_error = _plain(raw.FPDFText_HasUnicodeMapError)
        self.box = _plain(raw.FPDFText_GetLooseCharBox)
        self.origin = _plain(raw.FPDFText_GetCharOrigin)
        self.matrix = _plain(raw.FPDFText_GetMatrix)
        self.size = _plain(raw.FPDFText_GetFontSize)
        self.text_object = _plain(raw.FPDFText_GetTextObject)
        self.font = _plain(raw.FPDFTextObj_GetFont)


def _is_pointer(t: Any) -> bool:
    return t is not None and issubclass(t, ctypes._Pointer | ctypes.c_void_p)


def _plain(fn: Any) -> Any:
    """``fn`` (a ctypes function) prototyped again with its return type alone.

    Only functions taking pointers and ``int`` qualify: ctypes passes a
    ``c_void_p`` as a pointer and an ``int`` as a C ``int`` without
    argument types, exactly what these take.
    """
    if not all(_is_pointer(t) or t is ctypes.c_int for t in fn.argtypes):
        raise TypeError(f"{fn.__name__} takes arguments other than pointers and int")
    restype = ctypes.c_void_p if _is_pointer(fn.restype) else fn.restype
    address = ctypes.cast(fn, ctypes.c_void_p).value
    if not address:
        raise ImportError(f"PDFium has no function {fn.__name__}")
    return ctypes.CFUNCTYPE(restype)(address)


_CALLS: list[_TextCalls] = []


def _calls(raw: Any) -> _TextCalls:
    if not _CALLS:
        _CALLS.append(_TextCalls(raw))
    return _CALLS[0]


# One buffer the per-character calls write into, read back with one unpack: the
# loose box (4 floats: left, top, right, bottom), the origin (2 doubles) and the
# matrix (6 floats: a, b, c, d, e, f).
_SLOTS = struct.Struct("=4f2d6f")
_AT_ORIGIN_X, _AT_ORIGIN_Y, _AT_MATRIX = 16, 24, 32
_BOX_ORIGIN = struct.Struct("=4f2d")
_MATRIX_ABCD = struct.Struct("=4f")


def _chars(raw: Any, tp: Any, height: float, declared: dict[bytes, float]) -> list[CharRecord]:
    """The page's characters, with as few PDFium calls as give the same records.

    PDFium gives every character of a text object that object's font size
    and matrix (the object's text matrix times its form's), so those are
    asked for once per text object, with the descent of its font; a
    character costs six calls (code, two of its type, box, origin, object).
    """
    slots = ctypes.create_string_buffer(_SLOTS.size)
    address = ctypes.addressof(slots)
    at, at_ox, at_oy, at_matrix = (
        ctypes.c_void_p(address + offset) for offset in (0, _AT_ORIGIN_X, _AT_ORIGIN_Y, _AT_MATRIX)
    )
    unpack, unpack_matrix = _BOX_ORIGIN.unpack_from, _MATRIX_ABCD.unpack_from
    fast = _calls(raw)
    unicode, generated, map_error = fast.unicode, fast.generated, fast.map_error
    box, origin, matrix, font_size, text_object, font_of = (
        fast.box,
        fast.origin,
        fast.matrix,
        fast.size,
        fast.text_object,
        fast.font,
    )
    # per text object (its address): font size, descent at that size, upright
    by_object: dict[int | None, tuple[float, float, bool]] = {}
    descents: dict[int, float] = {}  # the descent per 1 of font size, per font
    out: list[CharRecord] = []
    append = out.append
    handle = ctypes.cast(tp.raw, ctypes.c_void_p)
    for i in range(fast.count(handle)):
        code = unicode(handle, i)
        if code in (0, 0xFFFE) or generated(handle, i) == 1:
            continue
        if map_error(handle, i) == 1:
            text = f"(cid:{code})"  # a glyph with no Unicode, written as pdfminer writes it
        else:
            text = chr(code)
            if text.isspace():
                continue
        box(handle, i, at)
        origin(handle, i, at_ox, at_oy)
        obj = text_object(handle, i)
        per_object = by_object.get(obj)
        if per_object is None:
            matrix(handle, i, at_matrix)
            size = float(font_size(handle, i))
            font = font_of(ctypes.c_void_p(obj)) or 0
            per_size = descents.get(font)
            if per_size is None:
                per_size = descents[font] = _font_descent(raw, font, declared)
            a, b, c, d = unpack_matrix(slots, _AT_MATRIX)
            per_object = by_object[obj] = (size, per_size * size, a * d > 0 and b * c <= 0)
        size, below, upright = per_object
        left, _, right, _, _, oy = unpack(slots)
        bottom = height - (oy + below)
        top = bottom - size
        append((text, left, right, top, bottom, size or (bottom - top), upright))
    return out


def _edges(raw: Any, page: Any, height: float) -> tuple[list[dict[str, Any]], bool]:
    """The edges pdfplumber's table finder starts from, and whether the page has images."""
    edges: list[dict[str, Any]] = []
    images = False
    for k in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            images = True
        elif kind == raw.FPDF_PAGEOBJ_PATH and _painted(raw, obj):
            for shape, pts in _subpaths(raw, obj, height):
                edges.extend(_shape_edges(shape, pts))
    return edges, images


def _painted(raw: Any, obj: Any) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, fill, stroke):
        return True
    return bool(fill.value) or bool(stroke.value)


def _subpaths(raw: Any, obj: Any, height: float) -> list[tuple[str, list[tuple[float, float]]]]:
    """Each subpath as pdfminer sees it: its shape (``m``, ``l``, ``c``, ``h``) and points."""
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        m.a, m.b, m.c, m.d, m.e, m.f = 1.0, 0.0, 0.0, 1.0, 0.0, 0.0
    x, y = ctypes.c_float(), ctypes.c_float()
    out: list[tuple[str, list[tuple[float, float]]]] = []
    shape, pts = "", cast(list[tuple[float, float]], [])
    for s in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, s)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        kind = raw.FPDFPathSegment_GetType(seg)
        point = (
            m.a * x.value + m.c * y.value + m.e,
            height - (m.b * x.value + m.d * y.value + m.f),
        )
        if kind == raw.FPDF_SEGMENT_MOVETO:
            if pts:
                out.append((shape, pts))
            shape, pts = "m", [point]
            continue
        shape += "c" if kind == raw.FPDF_SEGMENT_BEZIERTO else "l"
        pts.append(point)
        if raw.FPDFPathSegment_GetClose(seg):
            shape += "h"  # closing goes back to the start, a point of its own
            pts.append(pts[0])
    if pts:
        out.append((shape, pts))
    return [_drop_redundant(shape, pts) for shape, pts in out]


def _drop_redundant(
    shape: str, pts: list[tuple[float, float]]
) -> tuple[str, list[tuple[float, float]]]:
    """A line back to the start just before closing adds nothing (pdfminer drops it too)."""
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        return shape[:-2] + "h", pts[:-2] + pts[-1:]
    return shape, pts


def _is_rect(pts: list[tuple[float, float]]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[:4]
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
        y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
    )


def _edge(
    a: tuple[float, float], b: tuple[float, float], kind: str, orient: str | None
) -> dict[str, Any]:
    x0, x1 = min(a[0], b[0]), max(a[0], b[0])
    top, bottom = min(a[1], b[1]), max(a[1], b[1])
    return {
        "object_type": kind,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orient,
    }


def _shape_edges(shape: str, pts: list[tuple[float, float]]) -> list[dict[str, Any]]:
    """pdfminer's line / rectangle / curve, turned into pdfplumber's edges."""
    if shape in ("ml", "mlh"):
        a, b = pts[0], pts[1]
        return [_edge(a, b, "line", "h" if a[1] == b[1] else "v")]
    if shape in ("mlllh", "mllll") and pts[0] == pts[4] and _is_rect(pts):
        xs = [p[0] for p in pts[:4]]
        ys = [p[1] for p in pts[:4]]
        x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        return [
            _edge((x0, top), (x1, top), "rect_edge", "h"),
            _edge((x0, bottom), (x1, bottom), "rect_edge", "h"),
            _edge((x0, top), (x0, bottom), "rect_edge", "v"),
            _edge((x1, top), (x1, bottom), "rect_edge", "v"),
        ]
    return [
        _edge(a, b, "curve_edge", "v" if a[0] == b[0] else ("h" if a[1] == b[1] else None))
        for a, b in itertools.pairwise(pts)
    ]


def _tables(edges: list[dict[str, Any]]) -> list[list[tuple[float, float, float, float]]]:
    """Cell rectangles grouped by table, as ``page.find_tables()`` finds them."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, merge_edges
    from pdfplumber.utils.geometry import filter_edges

    if not edges:
        return []
    base = filter_edges(edges, "v", min_length=1) + filter_edges(edges, "h", min_length=1)
    snap, join = _TABLE["snap"], _TABLE["join"]
    merged = merge_edges(base, snap, snap, join, join)
    merged = filter_edges(merged, min_length=_TABLE["min_length"])
    tol = _TABLE["intersection"]
    cells = _cells(edges_to_intersections(merged, tol, tol))
    return [[_box(b) for b in group] for group in cells_to_tables(cells)]


_Point = tuple[float, float]
_Bbox = tuple[float, float, float, float]


def _cells(intersections: dict[_Point, dict[str, list[dict[str, Any]]]]) -> list[_Bbox]:
    """The cells pdfplumber's ``intersections_to_cells`` finds, in its order.

    The same search (for each point, the nearest point below and to the
    right joined to it by edges, and the corner they close), with each
    point's edges made a set of boxes once rather than at every comparison,
    and the points below and to the right of a point taken from the points
    grouped by column and by row rather than from all the points after it.
    """
    from pdfplumber.utils.geometry import obj_to_bbox

    points = sorted(intersections)
    v = {p: set(map(obj_to_bbox, e["v"])) for p, e in intersections.items()}
    h = {p: set(map(obj_to_bbox, e["h"])) for p, e in intersections.items()}

    def connects(p1: _Point, p2: _Point) -> bool:
        return (p1[0] == p2[0] and not v[p1].isdisjoint(v[p2])) or (
            p1[1] == p2[1] and not h[p1].isdisjoint(h[p2])
        )

    row_of: dict[float, list[_Point]] = {}  # the points of each row, in sorted order
    for p in points:
        row_of.setdefault(p[1], []).append(p)
    cells: list[_Bbox] = []
    for i, pt in enumerate(points[:-1]):
        below = _below(points, i)
        row = row_of[pt[1]]
        right = row[row.index(pt) + 1 :]
        cell = _smallest_cell(pt, below, right, intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _below(points: list[_Point], i: int) -> list[_Point]:
    """The points after ``points[i]`` with its x: sorted by x then y, they follow it directly."""
    x = points[i][0]
    out: list[_Point] = []
    for q in itertools.islice(points, i + 1, None):
        if q[0] != x:
            break
        out.append(q)
    return out


def _smallest_cell(
    pt: _Point,
    below: list[_Point],
    right: list[_Point],
    intersections: dict[_Point, Any],
    connects: Callable[[_Point, _Point], bool],
) -> _Bbox | None:
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        for right_pt in right:
            if not connects(pt, right_pt):
                continue
            corner = (right_pt[0], below_pt[1])
            if corner not in intersections:
                continue
            if connects(corner, right_pt) and connects(corner, below_pt):
                return (pt[0], pt[1], corner[0], corner[1])
    return None


def _box(b: Any) -> tuple[float, float, float, float]:
    return (float(b[0]), float(b[1]), float(b[2]), float(b[3]))


def plumber_page(page: Any) -> PageContent:
    """The same content read by pdfplumber (pdfminer.six): the slower reference engine."""
    settings = {"snap_tolerance": _TABLE["snap"], "join_tolerance": _TABLE["join"]}
    tables = [[_box(b) for b in t.cells] for t in page.find_tables(settings)]
    content = PageContent(
        [_plumber_char(c) for c in page.chars],
        tables,
        float(page.width),
        float(page.height),
        bool(page.images),
    )
    page.close()
    return content


def _plumber_char(c: dict[str, Any]) -> CharRecord:
    return (
        c.get("text") or "",
        float(c["x0"]),
        float(c["x1"]),
        float(c["top"]),
        float(c["bottom"]),
        float(c.get("size") or (c["bottom"] - c["top"])),
        bool(c.get("upright", True)),
    )
