"""OFD (GB/T 33190) packages to laid-out pages.

An OFD file is a ZIP package: ``OFD.xml`` names each document's root
(``DocBody/DocRoot``), the document (``Document.xml``) lists its pages
(``Pages/Page@BaseLoc``) and template pages, and each page's content holds
layers of ``TextObject`` (with ``TextCode`` runs: a start ``X``/``Y`` on the
baseline and the advances ``DeltaX``/``DeltaY``, where ``g N d`` repeats
``d`` N times) and ``PathObject`` (``AbbreviatedData``: ``M``/``L``/``C``…
drawing commands, here the table rulings).  Positions are millimetres in
the object's ``Boundary`` box, optionally transformed by its ``CTM``.

The package is checked by :func:`zwgk.safety.open_package` and every XML
part parsed by :func:`zwgk.safety.parse_xml`; the page count, the glyphs
and rulings of a page and the page size are bounded.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from typing import Any

import attrs

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.document import Document
from zwgk.errors import InputTooLargeError, ParseError
from zwgk.safety import DEFAULT_LIMITS, Limits, Package, open_package, parse_xml
from zwgk_plugins._layout_pages import Glyph, LayoutPage, Ruling, read_pages

__all__ = ["DEFAULT_OFD_LIMITS", "OfdLimits", "read_document"]

_MM = 72.0 / 25.4  # points per millimetre
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_ARITY = {"M": 2, "L": 2, "S": 2, "B": 6, "Q": 4, "A": 7, "C": 0}


@attrs.frozen
class OfdLimits:
    """Bounds on one OFD read: pages, glyphs and rulings per page, page side (mm)."""

    max_pages: int = 500
    max_glyphs_per_page: int = 200_000
    max_paths_per_page: int = 50_000
    max_page_side_mm: float = 5_000.0


DEFAULT_OFD_LIMITS = OfdLimits()


def _local(el: Any) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el: Any, name: str) -> Any:
    for c in el:
        if _local(c) == name:
            return c
    return None


def _children(el: Any, name: str) -> Iterator[Any]:
    return (c for c in el if _local(c) == name)


def _floats(text: str | None) -> list[float]:
    return [float(m) for m in _NUMBER.findall(text or "")]


class _Part:
    """Resolves OFD paths (absolute from the package root, or relative to a part)."""

    def __init__(self, package: Package, source: str | None) -> None:
        self.package = package
        self.source = source
        self.lower = {n.lower(): n for n in package.names}

    def resolve(self, base: str, ref: str) -> str:
        ref = ref.strip().replace("\\", "/")
        path = ref.lstrip("/") if ref.startswith("/") else posixpath.join(base, ref)
        return posixpath.normpath(path)

    def xml(self, path: str) -> Any:
        name = self.lower.get(path.lower())
        if name is None:
            raise ParseError(
                f"the OFD package has no part {path!r}",
                source=self.source,
                location=Location(path=path),
            )
        return parse_xml(self.package.read(name), source=self.source, part=name)


def _box(text: str | None) -> tuple[float, float, float, float] | None:
    v = _floats(text)
    return (v[0], v[1], v[2], v[3]) if len(v) >= 4 else None


def _deltas(text: str | None, needed: int) -> list[float]:
    """``DeltaX``/``DeltaY`` values, ``g N d`` expanded, never past ``needed`` values."""
    tokens = (text or "").split()
    out: list[float] = []
    i = 0
    while i < len(tokens) and len(out) < needed:
        if tokens[i] == "g" and i + 2 < len(tokens):
            try:
                count, value = int(float(tokens[i + 1])), float(tokens[i + 2])
            except ValueError:
                break
            out.extend([value] * max(0, min(count, needed - len(out))))
            i += 3
            continue
        try:
            out.append(float(tokens[i]))
        except ValueError:
            break
        i += 1
    return out


class _Affine:
    """A ``CTM`` (a b c d e f) applied inside a ``Boundary`` box, to page millimetres."""

    def __init__(self, boundary: tuple[float, float, float, float], ctm: str | None) -> None:
        v = _floats(ctm)
        self.m = (v[0], v[1], v[2], v[3], v[4], v[5]) if len(v) >= 6 else (1, 0, 0, 1, 0, 0)
        self.ox, self.oy = boundary[0], boundary[1]

    @property
    def upright(self) -> bool:
        a, b, c, d, _e, _f = self.m
        return abs(b) < 1e-6 and abs(c) < 1e-6 and a > 0 and d > 0

    @property
    def scale(self) -> float:
        return abs(self.m[3]) or 1.0

    def point(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.m
        return self.ox + a * x + c * y + e, self.oy + b * x + d * y + f


class _PageReader:
    """Glyphs and rulings of one OFD page (and of the templates under it)."""

    def __init__(self, number: int, limits: OfdLimits, source: str | None) -> None:
        self.number = number
        self.limits = limits
        self.source = source
        self.glyphs: list[Glyph] = []
        self.rulings: list[Ruling] = []
        self.rotated: list[str] = []
        self.images = 0
        self.paths = 0

    def walk(self, el: Any, depth: int = 0) -> None:
        if depth > 64:
            raise ParseError(
                "OFD page blocks are nested too deeply",
                source=self.source,
                location=Location(page=self.number),
            )
        for child in el:
            kind = _local(child)
            if kind == "TextObject":
                self.text_object(child)
            elif kind == "PathObject":
                self.path_object(child)
            elif kind == "ImageObject":
                self.images += 1
            elif kind in ("Layer", "PageBlock", "Content", "CompositeObject"):
                self.walk(child, depth + 1)

    def text_object(self, obj: Any) -> None:
        boundary = _box(obj.get("Boundary"))
        if boundary is None:
            return
        size = (_floats(obj.get("Size")) or [3.5])[0]
        affine = _Affine(boundary, obj.get("CTM"))
        x = y = 0.0
        for code in _children(obj, "TextCode"):
            text = "".join(code.itertext())
            if not text:
                continue
            x = _floats(code.get("X"))[0] if code.get("X") is not None else x
            y = _floats(code.get("Y"))[0] if code.get("Y") is not None else y
            dx = _deltas(code.get("DeltaX"), len(text) - 1)
            dy = _deltas(code.get("DeltaY"), len(text) - 1)
            if not affine.upright:
                self.rotated.append(text)
                continue
            for i, ch in enumerate(text):
                own = size if ord(ch) > 0x2E80 else size / 2  # without DeltaX: the em box
                advance = dx[i] if i < len(dx) else own
                # the advance is the glyph's width, as in a PDF
                self.glyph(ch, affine, x, y, advance if 0 < advance <= 1.5 * size else own, size)
                x += advance
                y += dy[i] if i < len(dy) else 0.0

    def glyph(
        self, ch: str, affine: _Affine, x: float, y: float, width: float, size: float
    ) -> None:
        if ch.isspace():
            return
        if len(self.glyphs) >= self.limits.max_glyphs_per_page:
            raise InputTooLargeError(
                "OFD page has too many characters",
                size=len(self.glyphs) + 1,
                limit=self.limits.max_glyphs_per_page,
                source=self.source,
                location=Location(page=self.number),
            )
        x0, base = affine.point(x, y)
        x1, _ = affine.point(x + width, y)
        scaled = size * affine.scale
        self.glyphs.append(
            Glyph(
                ch,
                x0 * _MM,
                x1 * _MM,
                (base - 0.88 * scaled) * _MM,
                (base + 0.12 * scaled) * _MM,
                scaled * _MM,
            )
        )

    def path_object(self, obj: Any) -> None:
        boundary = _box(obj.get("Boundary"))
        data = _child(obj, "AbbreviatedData")
        if boundary is None or data is None:
            return
        if obj.get("Stroke", "true") == "false" and obj.get("Fill", "false") != "true":
            return
        affine = _Affine(boundary, obj.get("CTM"))
        for (x0, y0), (x1, y1) in _segments(data.text or ""):
            self.paths += 1
            if self.paths > self.limits.max_paths_per_page:
                raise InputTooLargeError(
                    "OFD page has too many drawn lines",
                    size=self.paths,
                    limit=self.limits.max_paths_per_page,
                    source=self.source,
                    location=Location(page=self.number),
                )
            ax, ay = affine.point(x0, y0)
            bx, by = affine.point(x1, y1)
            self.rulings.append(Ruling(ax * _MM, ay * _MM, bx * _MM, by * _MM))


def _segments(data: str) -> Iterator[tuple[tuple[float, float], tuple[float, float]]]:
    """The straight segments an ``AbbreviatedData`` path draws (curves only move the pen)."""
    tokens = _PATH_TOKEN.findall(data)
    pen = start = (0.0, 0.0)
    i = 0
    while i < len(tokens):
        op = tokens[i]
        arity = _PATH_ARITY.get(op)
        if arity is None:
            i += 1
            continue
        args = tokens[i + 1 : i + 1 + arity]
        i += 1 + arity
        try:
            nums = [float(a) for a in args]
        except ValueError:
            return
        if len(nums) < arity:
            return
        if op in ("M", "S"):
            pen = start = (nums[0], nums[1])
        elif op == "L":
            yield pen, (nums[0], nums[1])
            pen = (nums[0], nums[1])
        elif op == "C":
            if pen != start:
                yield pen, start
            pen = start
        else:
            pen = (nums[-2], nums[-1])


class _OfdReader:
    def __init__(self, package: Package, name: str | None, limits: OfdLimits) -> None:
        self.part = _Part(package, name)
        self.name = name
        self.limits = limits
        self.residue: list[Residue] = []
        self.diagnostics: list[Diagnostic] = []

    def document_path(self) -> str:
        root = self.part.xml("OFD.xml")
        for body in _children(root, "DocBody"):
            doc_root = _child(body, "DocRoot")
            if doc_root is not None and (doc_root.text or "").strip():
                return self.part.resolve("", doc_root.text)
        raise ParseError("OFD.xml names no document (DocBody/DocRoot)", source=self.name)

    def pages(self) -> list[LayoutPage]:
        doc_path = self.document_path()
        base = posixpath.dirname(doc_path)
        doc = self.part.xml(doc_path)
        common = _child(doc, "CommonData")
        default_box = self._area(common) or (0.0, 0.0, 210.0, 297.0)
        templates = {
            t.get("ID"): self.part.resolve(base, t.get("BaseLoc", ""))
            for t in (_children(common, "TemplatePage") if common is not None else ())
        }
        pages_el = _child(doc, "Pages")
        entries = list(_children(pages_el, "Page")) if pages_el is not None else []
        if not entries:
            raise ParseError("the OFD document has no pages", source=self.name)
        if len(entries) > self.limits.max_pages:
            raise InputTooLargeError(
                "the OFD document has too many pages",
                size=len(entries),
                limit=self.limits.max_pages,
                source=self.name,
            )
        return [
            self.page(
                number, self.part.resolve(base, entry.get("BaseLoc", "")), templates, default_box
            )
            for number, entry in enumerate(entries, start=1)
        ]

    def _area(self, el: Any) -> tuple[float, float, float, float] | None:
        area = _child(el, "PageArea") if el is not None else None
        if area is None and el is not None:
            area = _child(el, "Area")
        box = _child(area, "PhysicalBox") if area is not None else None
        return _box(box.text) if box is not None else None

    def page(
        self,
        number: int,
        path: str,
        templates: dict[Any, str],
        default_box: tuple[float, float, float, float],
    ) -> LayoutPage:
        page = self.part.xml(path)
        box = self._area(page) or default_box
        if max(box[2], box[3]) > self.limits.max_page_side_mm:
            raise InputTooLargeError(
                "OFD page is larger than any printed page (mm)",
                size=int(max(box[2], box[3])),
                limit=int(self.limits.max_page_side_mm),
                source=self.name,
                location=Location(page=number),
            )
        reader = _PageReader(number, self.limits, self.name)
        for template in _children(page, "Template"):
            tpath = templates.get(template.get("TemplateID"))
            if tpath:
                reader.walk(self.part.xml(tpath))
        content = _child(page, "Content")
        if content is not None:
            reader.walk(content)
        if reader.rotated:
            text = "".join(reader.rotated)
            self.residue.append(Residue(text[:2000], "rotated text", Location(page=number)))
            self.diagnostics.append(
                Diagnostic(
                    "ofd.rotated",
                    f"{len(text)} characters on page {number} are rotated and were not placed",
                    Severity.WARNING,
                    Location(page=number),
                )
            )
        return LayoutPage(
            box[2] * _MM, box[3] * _MM, reader.glyphs, reader.rulings, images=reader.images
        )


def read_document(
    data: bytes,
    *,
    name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    ofd_limits: OfdLimits = DEFAULT_OFD_LIMITS,
    timeout: float = 120.0,
) -> Document:
    """The paragraphs and tables of an OFD file as a :class:`~zwgk.document.Document`."""
    package = open_package(data, source=name, limits=limits, what="OFD file")
    reader = _OfdReader(package, name, ofd_limits)
    pages = reader.pages()
    return read_pages(
        pages,
        name=name,
        format="ofd",
        residue=reader.residue,
        diagnostics=reader.diagnostics,
        timeout=timeout,
    )
