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
    # restart after a paragraph at a level above this one; ``w:lvlRestart``
    # n restarts only after levels 0..n-1, and 0 never restarts
    restart: int | None = None
    legal: bool = False  # ``w:isLgl``: every counter shown as a decimal


@attrs.define
class Numbering:
    """The lists of a document and their running counters."""

    abstract: dict[str, dict[int, _Level]] = attrs.field(factory=dict)
    nums: dict[str, str] = attrs.field(factory=dict)  # numId -> abstractNumId
    overrides: dict[tuple[str, int], int] = attrs.field(factory=dict)
    style_num: dict[str, tuple[str, int]] = attrs.field(factory=dict)
    # running counters per abstract list: Word continues a list across the
    # w:num instances that share an abstractNum (copied and pasted lists);
    # a w:startOverride starts its level again where that instance begins
    counters: dict[str, list[int | None]] = attrs.field(factory=dict)
    begun: set[str] = attrs.field(factory=set)

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
                    restart = lvl.find(_q("lvlRestart"))
                    if restart is not None:
                        level.restart = _int(restart.get(_VAL), -1)
                        if level.restart < 0:
                            level.restart = None
                    legal = lvl.find(_q("isLgl"))
                    if legal is not None:
                        level.legal = legal.get(_VAL, "true") not in ("0", "false", "off")
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
            own: dict[str, tuple[str | None, int | None]] = {}
            based_on: dict[str, str] = {}
            for style in root.iter(_q("style")):
                style_id = str(style.get(_q("styleId")))
                base = style.find(_q("basedOn"))
                if base is not None:
                    based_on[style_id] = str(base.get(_VAL))
                ppr = style.find(_q("pPr"))
                numpr = ppr.find(_q("numPr")) if ppr is not None else None
                if numpr is None:
                    continue
                nid = numpr.find(_q("numId"))
                ilvl = numpr.find(_q("ilvl"))
                own[style_id] = (
                    str(nid.get(_VAL)) if nid is not None else None,
                    _int(ilvl.get(_VAL), 0) if ilvl is not None else None,
                )
            # a style takes the numbering of the style it is based on, field by field
            for style_id in set(own) | set(based_on):
                style_nid: str | None = None
                style_lvl: int | None = None
                seen: set[str] = set()
                current: str | None = style_id
                while (
                    current is not None
                    and current not in seen
                    and (style_nid is None or style_lvl is None)
                ):
                    seen.add(current)
                    n, lv = own.get(current, (None, None))
                    style_nid = style_nid if style_nid is not None else n
                    style_lvl = style_lvl if style_lvl is not None else lv
                    current = based_on.get(current)
                if style_nid is not None:
                    self.style_num[style_id] = (style_nid, style_lvl or 0)
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
        abstract_id = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if ilvl not in levels:
            return ""
        ilvl = min(ilvl, 8)
        counters = self.counters.setdefault(abstract_id, [None] * 9)
        if num_id not in self.begun:
            self.begun.add(num_id)
            for (nid, k), _start in self.overrides.items():
                if nid == num_id and 0 <= k < 9:
                    counters[k] = None
        current = counters[ilvl]
        if current is None:
            counters[ilvl] = self.overrides.get((num_id, ilvl), levels[ilvl].start)
        else:
            counters[ilvl] = current + 1
        for deeper in range(ilvl + 1, 9):
            lv = levels.get(deeper)
            restart = lv.restart if lv is not None else None
            # default: restart after any level above; n: only after levels < n
            if restart is None or ilvl < restart:
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
                if level.legal:
                    fmt = "decimal"
                text = text.replace(token, format_number(value, fmt))
        return text


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
