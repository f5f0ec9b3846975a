"""Word automatic numbering (``w:numPr``) rendered as the labels Word shows (private).

Plans are often typed with Word's list numbering: the ``一、`` or ``1.`` a
reader sees on screen is not in the text runs.  This module replays the
counters in document order so the reader can put the label back in front of
the paragraph text.
"""

from __future__ import annotations

from typing import Any

import attrs

from zwgk.safety import Package, parse_xml
from zwgk_plugins._office import chinese_number

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


_VAL = _q("val")
_ROMAN = [
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
]  # fmt: skip
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _roman(n: int) -> str:
    out = ""
    for value, sym in _ROMAN:
        while n >= value:
            out += sym
            n -= value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter: a..z, aa..zz, …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter in a Word number format (``decimal``, ``chineseCounting``, …)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting",
               "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital"):  # fmt: skip
        return chinese_number(n)
    if fmt == "chineseLegalSimplified":
        return "".join(_LEGAL[int(d)] for d in str(n)) if n >= 10 else _LEGAL[n]
    if fmt in ("ideographTraditional",) and 1 <= n <= 10:
        return _HEAVENLY[n - 1]
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "none":
        return ""
    return str(n)


@attrs.define
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@attrs.define
class Numbering:
    """The lists of a document and their running counters."""

    abstract: dict[str, dict[int, _Level]] = attrs.field(factory=dict)
    nums: dict[str, str] = attrs.field(factory=dict)  # numId -> abstractNumId
    overrides: dict[tuple[str, int], int] = attrs.field(factory=dict)
    style_num: dict[str, tuple[str, int]] = attrs.field(factory=dict)
    counters: dict[str, list[int | None]] = attrs.field(factory=dict)

    @classmethod
    def from_package(cls, package: Package, *, source: str | None = None) -> Numbering:
        self = cls()
        if "word/numbering.xml" in package:
            root = parse_xml(
                package.read("word/numbering.xml"), source=source, part="word/numbering.xml"
            )
            for an in root.iter(_q("abstractNum")):
                levels: dict[int, _Level] = {}
                for lvl in an.iter(_q("lvl")):
                    level = _Level()
                    start = lvl.find(_q("start"))
                    if start is not None:
                        level.start = _int(start.get(_VAL), 1)
                    fmt = lvl.find(_q("numFmt"))
                    if fmt is not None:
                        level.fmt = str(fmt.get(_VAL, "decimal"))
                    text = lvl.find(_q("lvlText"))
                    if text is not None:
                        level.text = str(text.get(_VAL, ""))
                    levels[_int(lvl.get(_q("ilvl")), 0)] = level
                self.abstract[str(an.get(_q("abstractNumId")))] = levels
            for num in root.iter(_q("num")):
                num_id = str(num.get(_q("numId")))
                ref = num.find(_q("abstractNumId"))
                if ref is not None:
                    self.nums[num_id] = str(ref.get(_VAL))
                for ov in num.iter(_q("lvlOverride")):
                    so = ov.find(_q("startOverride"))
                    if so is not None:
                        ilvl = _int(ov.get(_q("ilvl")), 0)
                        self.overrides[(num_id, ilvl)] = _int(so.get(_VAL), 1)
        if "word/styles.xml" in package and self.nums:
            root = parse_xml(package.read("word/styles.xml"), source=source, part="word/styles.xml")
            for style in root.iter(_q("style")):
                ppr = style.find(_q("pPr"))
                numpr = ppr.find(_q("numPr")) if ppr is not None else None
                if numpr is None:
                    continue
                nid = numpr.find(_q("numId"))
                ilvl = numpr.find(_q("ilvl"))
                if nid is not None:
                    self.style_num[str(style.get(_q("styleId")))] = (
                        str(nid.get(_VAL)),
                        _int(ilvl.get(_VAL) if ilvl is not None else None, 0),
                    )
        return self

    def label(self, p: Any) -> str:
        """The label Word shows in front of paragraph ``p`` (``""`` if none)."""
        if not self.nums:
            return ""
        ppr = p.find(_q("pPr"))
        if ppr is None:
            return ""
        num_id: str | None = None
        ilvl = 0
        numpr = ppr.find(_q("numPr"))
        style = ppr.find(_q("pStyle"))
        if style is not None and str(style.get(_VAL)) in self.style_num:
            num_id, ilvl = self.style_num[str(style.get(_VAL))]
        if numpr is not None:
            nid = numpr.find(_q("numId"))
            lvl = numpr.find(_q("ilvl"))
            if nid is not None:
                num_id = str(nid.get(_VAL))
            if lvl is not None:
                ilvl = _int(lvl.get(_VAL), 0)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        levels = self.abstract.get(self.nums[num_id], {})
        if ilvl not in levels:
            return ""
        ilvl = min(ilvl, 8)
        counters = self.counters.setdefault(num_id, [None] * 9)
        current = counters[ilvl]
        if current is None:
            start = self.overrides.get((num_id, ilvl), levels[ilvl].start)
            counters[ilvl] = start
        else:
            counters[ilvl] = current + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        level = levels[ilvl]
        if level.fmt == "bullet":
            return ""
        text = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                value = counters[k]
                if value is None:
                    lv = levels.get(k)
                    value = lv.start if lv else 1
                fmt = levels[k].fmt if k in levels else "decimal"
                text = text.replace(token, format_number(value, fmt))
        return text


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
