"""Numerals and heading labels.

Plans number their headings and tasks in half a dozen styles (``一、``,
``（二十九）``, ``12.``, ``36．``, ``1、``, ``（1）``, ``①``) and PDF extraction
adds stray spaces inside them (``（ 三）``, ``36． 依法``).  This module
reads the numbers and recognises the labels.

>>> parse_number("一百零三")
103
>>> label = parse_label("（ 三）提升政务公开质量")
>>> label.number, label.style, label.rank, label.rest
(3, 'cn_paren', 2, '提升政务公开质量')
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from zwgk.lang._counted import counted_serials

__all__ = [
    "CATALOGUE_CODE",
    "CIRCLED_NUMBERS",
    "COUNTED",
    "COUNTED_CELL",
    "LABEL_RANKS",
    "PART_RANK",
    "HeadingLabel",
    "LabelHit",
    "attachment_list_lines",
    "close_lost_brackets",
    "find_labels",
    "is_bare_serial",
    "parse_label",
    "parse_number",
    "parse_serial",
    "parse_serials",
]

#: A count written as a cell or closing one: an article or an item counted
#: (``第20条``, ``市要点第5条``) or a score (``3分``).
COUNTED: Final = re.compile(r"第?[0-9一二三四五六七八九十百]+[条條项項款号號分点點]")
#: ... a cell that is such a count alone, or a document's articles
#: (``3分``, ``《政府信息公开条例》第10条``, ``第十条第二款``).
COUNTED_CELL: Final = re.compile(rf"(?:《[^《》]{{1,60}}》)?(?:{COUNTED.pattern})+")
#: A code in a catalogue of what is disclosed (a 目录编码 cell: ``B0102``,
#: ``A0101``): capital letters and digits.
CATALOGUE_CODE: Final = re.compile(r"[A-Z]{1,2}[0-9]{2,6}")

_CN_DIGITS: Final[dict[str, int]] = {
    "〇": 0,
    "零": 0,
    "○": 0,  # white circle, common in place of 〇 in typed dates
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
_CN_UNITS: Final[dict[str, int]] = {
    "十": 10,
    "拾": 10,
    "百": 100,
    "佰": 100,
    "千": 1000,
    "仟": 1000,
}
_CN_SHORTHAND: Final[dict[str, int]] = {"廿": 20, "卅": 30}


def _special_digits() -> dict[str, int]:
    table: dict[str, int] = {}
    for i in range(20):
        table[chr(0x2460 + i)] = i + 1  # ① .. ⑳
        table[chr(0x2474 + i)] = i + 1  # ⑴ .. ⒇
        table[chr(0x2488 + i)] = i + 1  # ⒈ .. ⒛
    for i in range(15):
        table[chr(0x3251 + i)] = 21 + i  # ㉑ .. ㉟
        table[chr(0x32B1 + i)] = 36 + i  # ㊱ .. ㊿
    for i in range(10):
        table[chr(0x2776 + i)] = i + 1  # ❶ .. ❿
        table[chr(0x2780 + i)] = i + 1  # ➀ .. ➉
        table[chr(0x278A + i)] = i + 1  # ➊ .. ➓
        table[chr(0x3220 + i)] = i + 1  # ㈠ .. ㈩ (one character each, no bracketed 一)
        table[chr(0x3280 + i)] = i + 1  # ㊀ .. ㊉ (circled ideographs)
    for i in range(12):
        table[chr(0x2160 + i)] = i + 1  # Ⅰ .. Ⅻ (Roman numerals)
        table[chr(0x2170 + i)] = i + 1  # ⅰ .. ⅻ
    for i in range(10):
        table[chr(0x24F5 + i)] = i + 1  # ⓵ .. ⓾ (double circled)
        table[chr(0x24EB + i)] = i + 11  # ⓫ .. ⓴ (negative circled)
    table["⓪"] = 0
    table[_KEYCAP_TEN] = 10
    return table


#: the keycap emoji of ten, one character (1 to 9 are a digit and two marks: ``1️⃣``)
_KEYCAP_TEN: Final = "\U0001f51f"
_KEYCAP_MARKS: Final = ("\ufe0f", "\u20e3")  # (a variation selector, the combining keycap)
_KEYCAP_RE: Final = re.compile(f"((?:[0-9]\ufe0f?\u20e3){{1,2}}|{_KEYCAP_TEN})")


_SPECIAL: Final[dict[str, int]] = _special_digits()
_ARABIC_RE: Final = re.compile(r"[0-9０-９]+")


def _arabic(text: str) -> int | None:
    if not _ARABIC_RE.fullmatch(text):
        return None
    return int(text.translate(_FULLWIDTH_DIGITS))


_FULLWIDTH_DIGITS: Final = {0xFF10 + i: 0x30 + i for i in range(10)}


def _chinese(text: str) -> int | None:
    if not text:
        return None
    if len(text) == 1 and text in _CN_SHORTHAND:
        return _CN_SHORTHAND[text]
    if not any(ch in _CN_UNITS or ch == "万" or ch == "萬" for ch in text):
        # Positional digits: 二〇二一 → 2021, 五 → 5.
        value = 0
        for ch in text:
            d = _CN_DIGITS.get(ch)
            if d is None:
                return None
            value = value * 10 + d
        if len(text) > 1 and text[0] in "两兩":
            return None
        return value
    total = 0  # completed 万 groups
    section = 0  # value below 万
    digit: int | None = None
    last_unit = 100_000
    zero_seen = False
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None:
                return None  # two digits in a row inside a unit numeral
            d = _CN_DIGITS[ch]
            if d == 0:
                zero_seen = True
                continue
            digit = d
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            if unit >= last_unit:
                return None
            if digit is None:
                if unit != 10:
                    return None
                digit = 1  # 十二; 一百一十 also written 一百十
            section += digit * unit
            digit = None
            last_unit = unit
            zero_seen = False
        elif ch in "万萬":
            if digit is not None:
                section += digit
                digit = None
            if section == 0 or total:
                return None
            total = section * 10_000
            section = 0
            last_unit = 100_000
            zero_seen = False
        else:
            return None
    if digit is not None:
        if not zero_seen and last_unit >= 100 and last_unit < 100_000:
            section += digit * last_unit // 10  # 一百二 → 120
        else:
            section += digit
    return total + section


def parse_number(text: str) -> int | None:
    """Read a number written as plans write it, or ``None``.

    Chinese numerals (``二十九``, ``一百零三``, ``两``, ``〇``/``零``, also
    positional ``二〇二一``), ASCII and full-width digits, circled and
    parenthesised digits (``①``-``㊿``, ``⑴``-``⒇``).  Surrounding whitespace
    is ignored; anything else gives ``None``.

    >>> [parse_number(t) for t in ["二十九", "十二", "１２", "⑳", "㊿", "⑴", "两", "〇", "Ⅻ"]]
    [29, 12, 12, 20, 50, 1, 2, 0, 12]
    >>> parse_number("十四五") is None, parse_number("3.5") is None
    (True, True)
    """
    text = text.strip()
    if not text:
        return None
    if len(text) == 1 and text in _SPECIAL:
        return _SPECIAL[text]
    if _KEYCAP_MARKS[1] in text:  # (keycaps: 1️⃣2️⃣ is 12)
        text = text.replace(_KEYCAP_MARKS[0], "").replace(_KEYCAP_MARKS[1], "")
    value = _arabic(text)
    if value is not None:
        return value
    return _chinese(text)


LABEL_RANKS: Final[dict[str, int]] = {
    "cn_part": 0,
    "cn_comma": 1,
    "cn_paren": 2,
    "num_dot": 3,
    "num_comma": 3,
    "num_sub": 3,
    "num_paren": 4,
    "circled": 5,
    "cn_shi": 6,
    "serial": 3,
    "num_item": 3,
}
"""The conventional nesting order of label styles (smaller is outer)."""

PART_RANK: Final = LABEL_RANKS["cn_paren"]
"""The innermost rank of the Chinese ordinals (第一部分, 一、, （一）) that plans
number their parts with; the ranks after it (1. （1） ①) number tasks more
often than parts."""


@attrs.frozen
class HeadingLabel:
    """A heading or task label at the start of a line.

    ``label`` is the label as written (``（ 三）``, ``36．``), ``number`` its
    value, ``style`` one of the keys of :data:`LABEL_RANKS`, ``rank`` the
    conventional nesting depth of that style and ``rest`` the text after
    the label with leading whitespace stripped.  A page that masks figures
    (``* 、``, ``( * )``, as mirrors of notice sites print every digit and
    numeral) keeps the label's shape but not its value: ``number`` is 0.
    """

    label: str
    number: int
    style: str
    rank: int
    rest: str

    @property
    def task_number(self) -> int | None:
        """The number a task labelled so has: none where a mirror masked it."""
        return self.number or None


_SP = r"[ \t\u3000\xa0]*"
# Written with their first character on its own (``[…][…]*`` for ``[…]+``), so
# that a search led by one of them skips at once the places no label starts.
_CN = r"[〇零一二两三四五六七八九十百][〇零一二两三四五六七八九十百]*"
_NUM = r"[0-9０-９][0-9０-９]{0,2}"
_OPEN = r"[（(]"
_CLOSE = r"[）)]"
_CIRCLED = "".join(
    sorted(
        ch
        for ch, v in _SPECIAL.items()
        if v and not 0x2474 <= ord(ch) < 0x249C and ch != _KEYCAP_TEN
    )
)
_PAREN_DIGIT = "".join(chr(0x2474 + i) for i in range(20))
_DOT_DIGIT = "".join(chr(0x2488 + i) for i in range(20))

# measure words a figure may be a quantity of (12月, 3项, 5人)
_MEASURES: Final = "年月日号號个個项項次名条條件家所天周週时時小万萬亿億元岁歲户戶人批期届屆"
_NOT_AFTER_SUB: Final = rf"(?![0-9０-９{_MEASURES}%％倍]|[.．﹒][0-9０-９])"
# what follows a task's number joined to its part's ordinal: the text, not a
# quantity's measure (（二）2个) nor another label's mark
_SUB_TEXT: Final = rf"(?![{_MEASURES}])(?=[\u4e00-\u9fff“《])"
# a number not right after an opening bracket or another digit
_PAREN_NUM: Final = r"[0-9０-９](?<![（(0-9０-９][0-9０-９])[0-9０-９]{0,2}"
# the labels that are one character of their own
_PAREN_DIGIT_RE: Final = re.compile(rf"([{_PAREN_DIGIT}])")
_DOT_DIGIT_RE: Final = re.compile(rf"([{_DOT_DIGIT}])")
_CIRCLED_RE: Final = re.compile(rf"([{_CIRCLED}])")

#: The circled numbers that label items (①, ❶, ㉑): in a unit cell they
#: part its names as a list's separators do (``①市场运行股②办公室``).
CIRCLED_NUMBERS: Final = _CIRCLED
# Each pattern with the marks its labels hold one of after the number (None:
# not told): a text that holds none of them is not searched for it.
_DOT: Final = (".", "．", "﹒")  # (﹒: a small full stop, as some sites print it)
_CLOSES: Final = ("）", ")")
_LABEL_RES: Final[list[tuple[str, re.Pattern[str], tuple[str, ...] | None]]] = [
    # 1.1 / 1-1: a task numbered within its part (the number is the second one);
    # not a decimal (3.5亿元) nor a date's figures (2022-1-1)
    (
        "num_sub",
        re.compile(rf"(?P<part>{_NUM}){_SP}[-－]{_SP}(?P<num>{_NUM})(?![0-9０-９\-－])"),
        ("-", "－"),
    ),
    (
        "num_sub",
        re.compile(rf"(?P<part>{_NUM})[.．﹒](?P<num>{_NUM}){_NOT_AFTER_SUB}[.．﹒、]?"),
        _DOT,
    ),
    # （一）1 / 一、1: a part's ordinal joined to the task's number, the text
    # right after it (a 序号 cell naming the part a row belongs to)
    (
        "num_sub",
        re.compile(rf"{_OPEN}{_SP}(?P<part>{_CN}){_SP}{_CLOSE}(?P<num>{_NUM}){_SUB_TEXT}"),
        _CLOSES,
    ),
    ("num_sub", re.compile(rf"(?P<part>{_CN})、(?P<num>{_NUM}){_SUB_TEXT}"), ("、",)),
    ("cn_part", re.compile(rf"第{_SP}({_CN}){_SP}部分[、：:]?"), ("部分",)),
    # 第1项 / 第一项: an item of a list numbered in words (not 第1项目)
    ("num_item", re.compile(rf"第{_SP}({_NUM}|{_CN}){_SP}[项項](?![目])[、：:.．]?"), ("项", "項")),
    ("cn_comma", re.compile(rf"({_CN}){_SP}、"), ("、",)),
    # 一． / 一.: a part's ordinal closed by a full stop as a numeral's is (not 一.5)
    ("cn_comma", re.compile(rf"({_CN}){_SP}[.．﹒](?![0-9０-９])"), _DOT),
    # a mark after the bracket is the label's too: (一)、 (1).
    (
        "cn_paren",
        re.compile(rf"{_OPEN}{_SP}({_CN}){_SP}{_CLOSE}(?:{_SP}[、.．﹒](?![0-9０-９]))?"),
        _CLOSES,
    ),
    (
        "num_paren",
        re.compile(rf"{_OPEN}{_SP}({_NUM}){_SP}{_CLOSE}(?:{_SP}[、.．﹒](?![0-9０-９]))?"),
        _CLOSES,
    ),
    # (what stands before the number is asked once its first digit is read)
    ("num_paren", re.compile(rf"({_PAREN_NUM}){_SP}[）)]"), _CLOSES),
    ("num_paren", _PAREN_DIGIT_RE, None),
    # A digit after the dot makes a decimal (3.5亿), unless a year follows the
    # label (24．2021年底前…).
    ("num_dot", re.compile(rf"({_NUM}){_SP}[.．﹒](?![0-9０-９](?![0-9０-９]{{3}}{_SP}年))"), _DOT),
    ("num_dot", _DOT_DIGIT_RE, None),
    ("num_comma", re.compile(rf"({_NUM}){_SP}、"), ("、",)),
    ("circled", _CIRCLED_RE, None),
    # keycap emoji (1️⃣, 1️⃣2️⃣, 🔟): a digit enclosed, as ① is
    ("circled", _KEYCAP_RE, ("\u20e3", _KEYCAP_TEN)),
]
# A numeral a mirror masked (``* 、``, ``( * )``, ``＊.``): the label's style is
# the one its shape takes with a numeral, its number unknown.
_MASK = r"[*＊□■×]{1,3}"
_MASKED_RES: Final = [
    ("cn_comma", re.compile(rf"{_MASK}{_SP}、")),
    ("cn_paren", re.compile(rf"{_OPEN}{_SP}{_MASK}{_SP}{_CLOSE}")),
    ("num_dot", re.compile(rf"{_MASK}{_SP}[.．﹒](?![0-9０-９])")),
]
# most texts hold none of them, which one search over all of them tells at once
_ONE_CHAR_LABEL: Final = re.compile(f"[{_PAREN_DIGIT}{_DOT_DIGIT}{_CIRCLED}]")
_ONE_CHAR_RES: Final = frozenset((_PAREN_DIGIT_RE, _DOT_DIGIT_RE, _CIRCLED_RE))
_SHI_RE: Final = re.compile(rf"({_CN})是")
_LEADING_WS: Final = re.compile(r"[\s\u3000\ufeff]*")


def parse_label(text: str, *, shi: bool = False) -> HeadingLabel | None:
    """The heading label at the start of ``text``, or ``None``.

    Leading whitespace is ignored.  Recognised styles (with their ranks):
    ``一、``/``一．`` (``cn_comma``, 1), ``（一）``/``(一)`` (``cn_paren``, 2),
    ``1.``/``1．`` (``num_dot``, 3), ``1、`` (``num_comma``, 3),
    ``（1）``/``1)``/``⑴`` (``num_paren``, 4), ``①`` (``circled``, 5),
    ``第1项``/``第一项`` (``num_item``, 3).
    Spaces inside and after a label, as PDF extraction leaves them, are
    accepted.  Years (``2021年``), decimals (``3.5亿元``), ``1+1+9``,
    ``十四五`` and bare numbers are not labels.

    The inline enumeration ``一是…，二是…`` is only recognised with
    ``shi=True`` (style ``cn_shi``, rank 6): in most plans it starts a
    sentence inside a task, not a new heading.

    >>> parse_label("36． 依法公开").label
    '36．'
    >>> parse_label("一、优化政务 公 开 工作基础").rest
    '优化政务 公 开 工作基础'
    >>> parse_label("2021年底前完成") is None
    True
    >>> parse_label("24．2021年底前，集中公开规章").rest
    '2021年底前，集中公开规章'
    >>> parse_label("3.5亿元") is None
    True
    >>> parse_label("一是加强解读", shi=True).style
    'cn_shi'

    A masked numeral keeps the label's shape, with the number 0:

    >>> [(h.style, h.number) for h in map(parse_label, ["* 、加强", "( * )推进"])]
    [('cn_comma', 0), ('cn_paren', 0)]
    """
    start = _LEADING_WS.match(text)
    pos = start.end() if start else 0
    for style, regex, _ in _LABEL_RES:
        m = regex.match(text, pos)
        if m is None:
            continue
        number = _label_number(m)
        if number is None or number == 0:
            continue
        return _make(text, m, style, number)
    for style, regex in _MASKED_RES:
        m = regex.match(text, pos)
        if m is not None:
            return _make(text, m, style, 0)
    if shi:
        m = _SHI_RE.match(text, pos)
        if m is not None:
            number = parse_number(m.group(1))
            if number:
                return _make(text, m, "cn_shi", number)
    return None


def _label_number(m: re.Match[str]) -> int | None:
    """The number a label's match gives: its ``num`` group's where it names
    its part too (``2.1``), else its first group's."""
    return parse_number(m.group("num" if "num" in m.re.groupindex else 1))


def _make(text: str, m: re.Match[str], style: str, number: int) -> HeadingLabel:
    rest = text[m.end() :].lstrip(" \t\n\r\u3000\xa0")
    return HeadingLabel(
        label=m.group(0), number=number, style=style, rank=LABEL_RANKS[style], rest=rest
    )


@attrs.frozen
class LabelHit:
    """A label found anywhere in running text: ``text[start:end]`` is the label."""

    start: int
    end: int
    number: int
    style: str
    #: a number that may also be a quantity (``11年度报告``: 11 years?): it is
    #: a label only where the numbering around it needs it
    weak: bool = False
    #: a numeral a mirror masked (``* 、``, ``( * )``): ``number`` is its place
    #: among the labels of its style since the last label above them
    masked: bool = False
    #: a task's number joined to its part's (``2.1``, ``（二）1``): the part's
    #: number, 0 where the label names none
    part: int = 0

    @property
    def rank(self) -> int:
        return LABEL_RANKS[self.style]

    @property
    def task_number(self) -> int | None:
        """The number a task labelled so has: none where a mirror masked it."""
        return None if self.masked else self.number


_NOT_BEFORE_NUM: Final = re.compile(r"[0-9０-９.．﹒A-Za-z\-－/／:：]")
_NOT_BEFORE_CN: Final = re.compile(r"[〇零一二两三四五六七八九十百第]")
# 第N项 labels an item only where a line, a cell or a sentence ends before it
# (not 深入解读第6项惠企政策)
_BEFORE_ITEM: Final = "\n\t 。；;\u3000"


# A 序号 cell may carry a mark or a short note after its number (``3*``,
# ``2★`` for a key task, ``1（新增）``).
# The number starts the text or follows a space: asked once its first digit
# is read, so that a search skips at once every place where no digit stands.
_SERIAL_MARKS: Final = "*＊△▲※#★☆"
_DIGIT_AFTER_SPACE: Final = r"[0-9０-９](?<=(?<!\S)[0-9０-９])"
_SERIAL: Final = re.compile(
    rf"({_DIGIT_AFTER_SPACE}[0-9０-９]{{0,2}})"
    rf"(?:[{_SERIAL_MARKS}]|[（(][^（()）\s]{{1,6}}[）)])?(?=\s|$)"
)


# A 序号 cell run into its row's next cell at the start of a line or after a
# space (``1公开预算``, ``3“跨省通办”事项``):
# the number is followed by a Han character that is no measure word (``12月``, ``3项``).
# The label keeps a mark the cell carries (``2★公开…``); a catalogue code may
# stand between it and the text (a 目录编码 cell, ``3B0102公开…``).
_SERIAL_RUN: Final = re.compile(
    rf"({_DIGIT_AFTER_SPACE}[0-9０-９]{{0,2}})[{_SERIAL_MARKS}]?"
    rf"(?=(?:{CATALOGUE_CODE.pattern})?[\u4e00-\u9fff“《【])(?![{_MEASURES}])"
)


# ... and run into a year's four digits (``12019年3月底前公开…``: row 1, the
# deadline 2019年3月底前 first in its row): the digits before a year of
# 19xx or 20xx are the row's number.
_SERIAL_YEAR: Final = re.compile(
    rf"({_DIGIT_AFTER_SPACE}[0-9０-９]{{0,2}}?)(?=(?:19|20|１９|２０)[0-9０-９]{{2}}年)"
)


# ... and run into a 年度 cell after it (``12024公开…``: row 1 of the year 2024,
# a year cell between the 序号 and the task): the digits before a year of
# 19xx or 20xx that the text follows directly, a weak hit.
_SERIAL_YEAR_CELL: Final = re.compile(
    rf"({_DIGIT_AFTER_SPACE}[0-9０-９]{{0,2}}?)(?=(?:19|20)[0-9]{{2}}(?!年)[\u4e00-\u9fff“《])"
)


# The same before a measure word (``11年度报告``, ``5人大建议``): a serial number
# only where the numbering needs it (a weak hit; see zwgk.assembly.labels).
_SERIAL_MEASURE: Final = re.compile(
    rf"({_DIGIT_AFTER_SPACE}[0-9０-９]{{0,2}})(?=[{_MEASURES}][\u4e00-\u9fff])"
)


# ... or spaced from it, as text laid out by a PDF or a crawler spaces a
# figure (``于每年的 1 月 31日前``, ``至少 1 次``).
_MEASURE_AFTER_SPACE: Final = re.compile(r"[ \u3000\xa0]+[" + _MEASURES + r"]")


# ... and glued to the cell before it, where a table's row ran on with
# nothing between its cells (``…年底前5公开…``, ``…配合5人事…``, after a
# heading's closing quote ``…“五公开”1实行…``), a measure word after it or
# not (``…前11年度报告``), but no part of a date: ``5月6日``):
# a weak hit too.
# (What stands before the number is asked once its first digit is read.)
# A measure word that ends the text or its cell makes the number a quantity
# (``每月至少更新2条``), and so does a score (``…2022年6月底前3分``).
_SERIAL_GLUED: Final = re.compile(
    r"([0-9０-９](?<=[\u4e00-\u9fff。；）)”》][0-9０-９])(?<!第[0-9０-９])[0-9０-９]{0,2})"
    r"(?=[\u4e00-\u9fff])(?![月日号號时時]|年(?!度))"
    rf"(?![{_MEASURES}分](?![\u4e00-\u9fff]))"
)


# ... and run into a title that opens with a service hotline's number, five
# digits from 12 (``212345热线办理公开``: row 2, the 12345 hotline): the
# number before the hotline's, a weak hit too.
_SERIAL_HOTLINE: Final = re.compile(
    r"([0-9０-９](?<=(?<![^\s\u4e00-\u9fff。；）)”》])[0-9０-９])[0-9０-９]?)"
    r"(?=12[0-9]{3}(?![0-9０-９])[\u4e00-\u9fff])"
)


# A row numbered by an item code, letters before the serial (``HY-01公开…``,
# ``ZW_003``, ``GK12``: a body's code for its items; ``No.3``, ``№3``): the
# number is the serial's, the label the whole code.
_SERIAL_CODED: Final = re.compile(
    r"[A-Z№](?<=(?<!\S)[A-Z№])"  # (a code's first character, after a space or nothing)
    r"(?:(?<=[A-Z])(?:[A-Z]{0,3}[-－_]|[A-Z]{1,3})|(?<=N)[oO][.．]?[ \t]?|(?<=№)[ \t]?)"
    r"([0-9]{1,3})"
    r"(?=[\u4e00-\u9fff“《【]|\s|$)"
)
# A row numbered by a Roman numeral, one character (``Ⅲ公开…``, ``Ⅻ``).
_SERIAL_ROMAN: Final = re.compile(
    r"([\u2160-\u216b\u2170-\u217b](?<=(?<!\S)[\u2160-\u216b\u2170-\u217b]))"
    r"(?=[\u4e00-\u9fff“《【]|\s|$)"
)


# A row numbered in the financial numerals (``壹公开…``, ``拾贰``).
_FINANCIAL: Final = "壹贰貳叁參肆伍陆陸柒捌玖拾"
_SERIAL_FINANCIAL: Final = re.compile(
    rf"([{_FINANCIAL}](?<=(?<!\S)[{_FINANCIAL}])[{_FINANCIAL}]?)(?=[\u4e00-\u9fff“《【]|\s|$)"
)


_FINANCIAL_CHAR: Final = re.compile(f"[{_FINANCIAL}]")

_SERIALS: Final = (
    _SERIAL,
    _SERIAL_ROMAN,
    _SERIAL_RUN,
    _SERIAL_YEAR,
    _SERIAL_YEAR_CELL,
    _SERIAL_MEASURE,
    _SERIAL_GLUED,
    _SERIAL_HOTLINE,
)
# the words a quantity follows (公示期不少于5个工作日), never a serial
_COMPARED: Final = (
    "不少于", "不多于", "不低于", "不高于", "不超过", "不足", "至少", "最少", "超过", "达到",
    "低于", "高于", "少于", "多于", "不少於", "不超過", "達到",
)  # fmt: skip
_WEAK_SERIALS: Final = (_SERIAL_YEAR_CELL, _SERIAL_MEASURE, _SERIAL_GLUED, _SERIAL_HOTLINE)


# ... and run into a score (``13分公开…``: row 1, a 考核分值 cell of 3分 first in
# its row; ``41.5分``): the digits the numbering goes on with are the row's
# number, the rest the score.
_SERIAL_SCORE: Final = re.compile(r"(?<!\S)([0-9]{2,4})((?:[.．][0-9]+)?分)(?=[\u4e00-\u9fff“《])")


def _score_splits(digits: str) -> Iterator[int]:
    """Where the digits before a score may part a serial from the score: the
    score not opening with a nought unless it is one (``10.5分``)."""
    for k in range(1, len(digits)):
        if digits[k] != "0" or k == len(digits) - 1:
            yield k


def _opens_cell(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1].isspace()


def _serials_into_scores(text: str, hits: dict[int, LabelHit]) -> None:
    """Serials run into a score cell, where the row's number goes on from the
    serial before it (or opens a list at one): a weak hit each."""
    serials = sorted(k for k, hit in hits.items() if hit.style == "serial" and _opens_cell(text, k))
    for m in _SERIAL_SCORE.finditer(text):
        at = bisect.bisect_left(serials, m.start())
        after = hits[serials[at - 1]].number + 1 if at else 1
        splits = {int(m.group(1)[:k]): k for k in _score_splits(m.group(1))}
        number = next((n for n in (after, 1) if n in splits), None)
        if number is not None:
            hits[m.start()] = LabelHit(
                m.start(), m.start() + splits[number], number, "serial", weak=True
            )
            if m.start() not in serials:
                bisect.insort(serials, m.start())


# A serial run into the first of the measures its task cell numbers
# (``31.公开…；2.…``: row 3, its measures 1. and 2.): the digits before the
# measure's 1 are the row's number where the numbering goes on with them.
_SERIAL_MEASURES: Final = re.compile(r"(?<!\S)([0-9]{1,3})1[.．、](?=[\u4e00-\u9fff“《])")


def _serials_into_measures(text: str, hits: dict[int, LabelHit]) -> None:
    """Serials run into a first measure's number, between serials they go
    on from and to (the first before serial 2): a weak hit each, the
    measure's number left to the text."""
    serials = sorted(k for k, hit in hits.items() if hit.style == "serial" and _opens_cell(text, k))
    for m in _SERIAL_MEASURES.finditer(text):
        at = bisect.bisect_left(serials, m.start())
        after = hits[serials[at - 1]].number + 1 if at else 1
        following = [hits[k].number for k in serials[at:] if k > m.start()][:1]
        if int(m.group(1)) == after and (at or following == [2]):
            hits[m.start()] = LabelHit(m.start(), m.end(1), after, "serial", weak=True)
            if m.start() not in serials:
                bisect.insort(serials, m.start())


_SERIAL_CELL: Final = re.compile(
    rf"([0-9０-９]{{1,3}})[.．﹒、]?(?:[{_SERIAL_MARKS}]|[（(][^（()）\s]{{1,6}}[）)])?"
)


# a row that holds several of a list's items numbers them all (``36,37``,
# ``12、13``, ``5至6``; not ``1-2``, item 2 of part 1)
_SERIALS_CELL: Final = re.compile(r"[0-9]{1,3}(?:\s*[,，、~～至]\s*[0-9]{1,3})+")
_BARE_SERIALS: Final = re.compile(r"[0-9]+(?:\s*[,，、~～至]\s*[0-9]+)*")


def parse_serial(text: str) -> int | None:
    """The number of a 序号 cell, with the mark or note it may carry.

    >>> parse_serial("3"), parse_serial("1（新增）"), parse_serial("2*"), parse_serial("公开")
    (3, 1, 2, None)

    A row holding several items of a list is numbered by the first (see
    :func:`parse_serials`):

    >>> parse_serial("36,37"), parse_serial("4243")
    (36, 42)
    """
    numbers = parse_serials(text)
    return numbers[0] if numbers else None


def parse_serials(text: str) -> tuple[int, ...]:
    """The numbers of a 序号 cell: one, or those of the several items of a
    list that its row holds, also where two consecutive numbers lost the
    comma between them (``4243``; four digits that read as a year, such as
    ``2021``, are no serial); empty where the cell is no 序号 cell.

    >>> parse_serials("3"), parse_serials("36,37"), parse_serials("12、13"), parse_serials("4243")
    ((3,), (36, 37), (12, 13), (42, 43))
    >>> parse_serials("2021"), parse_serials("1-1"), parse_serials("3,2"), parse_serials("公开")
    ((), (), (), ())
    """
    s = unicodedata.normalize("NFKC", text.strip())
    m = _SERIAL_CELL.fullmatch(s)
    if m is not None:
        number = parse_number(m.group(1))
        return () if number is None else (number,)
    if _SERIALS_CELL.fullmatch(s):
        numbers = tuple(int(n) for n in re.findall(r"[0-9]+", s))
        return numbers if all(a < b for a, b in itertools.pairwise(numbers)) else ()
    return _joined_serials(s)


def is_bare_serial(text: str) -> bool:
    """Whether ``text`` is a 序号 cell of figures alone: a number, or the
    numbers of the items its row holds, with no mark or note after them.

    >>> is_bare_serial("3"), is_bare_serial("36,37"), is_bare_serial("4243"), is_bare_serial("3.")
    (True, True, True, False)
    """
    s = text.strip()
    return _BARE_SERIALS.fullmatch(s) is not None and bool(parse_serials(s))


def _joined_serials(s: str) -> tuple[int, ...]:
    """Two consecutive two-digit numbers written with nothing between them
    (``4243``), or none."""
    if not s.isdigit() or len(s) != 4 or s.startswith(("19", "20")):
        return ()
    first, second = int(s[:2]), int(s[2:])
    return (first, second) if second == first + 1 else ()


def find_labels(text: str) -> list[LabelHit]:
    r"""Every place in ``text`` where a heading or task label could stand.

    Unlike :func:`parse_label`, which reads the label at the start of a
    line, this finds candidates inside running text — a page crawled onto
    one line, cells run together — where a label follows the previous
    text directly (``…责任清单3.政府工作部门…``).  Many candidates are not
    labels (``一、二级``); which ones are is decided by the numbering they
    form together (see :mod:`zwgk.assembly`).

    >>> [(h.number, h.style) for h in find_labels("清单3.政府（二）推进4.依法")]
    [(3, 'num_dot'), (2, 'cn_paren'), (4, 'num_dot')]
    >>> find_labels("2021年底前，完成3.5亿元")
    []

    A number standing alone between two line or cell boundaries (or spaces,
    as a crawler separates cells) is a serial number (a 序号 column), style
    ``serial``:

    >>> [(h.number, h.style) for h in find_labels("序号\n1\n公开预算")]
    [(1, 'serial')]

    The mark or note a 序号 cell carries stays in the label:

    So is a number at the start of a line run into the row's next cell
    (``1公开预算``), where no measure word follows it (``12月底前``):

    >>> [(h.number, h.style, h.weak) for h in find_labels("序号任务\n1公开预算\n12月底前")]
    [(1, 'serial', False), (12, 'serial', True)]

    Before a measure word the number may be a quantity (``12月底前``, but
    ``11年度报告``): such a hit is ``weak``, a label only where the numbering
    around it needs it and no deadline starts there.

    >>> [(h.number, h.weak) for h in find_labels("10依申请公开\n11年度报告\n12政务新媒体")]
    [(10, False), (11, True), (12, False)]

    >>> t = "1（新增）\n公开预算\n2*\n公开决算"
    >>> [t[h.start:h.end] for h in find_labels(t)]
    ['1（新增）', '2*']

    A number run into a score cell (a 考核分值 column after the 序号) is cut
    where the numbering goes on (``102分`` after row 9 is row 10 with 2分):

    >>> t = "13分公开预算\n21.5分公开决算\n32分公开年报"
    >>> [(h.number, t[h.start:h.end]) for h in find_labels(t)]
    [(1, '1'), (2, '2'), (3, '3')]

    ``一是``, ``二是`` opening lines are points a paragraph each (``cn_shi``),
    where the text holds both; inside a line they are no label:

    >>> [(h.number, h.style) for h in find_labels("一是公开规划。\n二是公开预算，一是…")]
    [(1, 'cn_shi'), (2, 'cn_shi')]
    """
    hits: dict[int, LabelHit] = {}
    one_char = _ONE_CHAR_LABEL.search(text) is not None
    for style, regex, marks in _LABEL_RES:
        if not one_char and regex in _ONE_CHAR_RES:
            continue
        if marks is not None and not any(mark in text for mark in marks):
            continue
        for m in regex.finditer(text):
            start = m.start()
            if start in hits:
                continue
            before = text[start - 1] if start else ""
            if style.startswith("num") and before and _NOT_BEFORE_NUM.match(before):
                continue
            if style.startswith("cn") and before and _NOT_BEFORE_CN.match(before):
                continue
            if style == "num_item" and before and before not in _BEFORE_ITEM:
                continue
            number = _label_number(m)
            if not number:
                continue
            part = parse_number(m.group("part")) or 0 if "part" in regex.groupindex else 0
            hits[start] = LabelHit(start, m.end(), number, style, part=part)
    for serial in _SERIALS:
        for m in serial.finditer(text):
            number = parse_number(m.group(1))
            if serial is _SERIAL_GLUED and text.endswith(_COMPARED, 0, m.start(1)):
                continue  # (不少于5个工作日: a quantity)
            if _in_spaced_date(text, m.start(1), m.end(1)):
                continue  # (2024 年 3 月 31 日前: a date's month and day)
            if number and m.start(1) not in hits:
                weak = serial in _WEAK_SERIALS
                weak = weak or _MEASURE_AFTER_SPACE.match(text, m.end()) is not None
                hits[m.start(1)] = LabelHit(m.start(1), m.end(), number, "serial", weak)
    _coded_serials(text, hits)
    _counted_serials(text, hits)
    if _FINANCIAL_CHAR.search(text) is not None:
        _financial_serials(text, hits)
    if "是" in text:
        _shi_hits(text, hits)
    if "分" in text:
        _serials_into_scores(text, hits)
    if "1." in text or "1．" in text or "1、" in text:
        _serials_into_measures(text, hits)
    if _MASK_FIRST.search(text) is not None:
        _masked_hits(text, hits)
    return [hits[k] for k in sorted(hits)]


_MASK_FIRST: Final = re.compile(r"[*＊□■×]")
# a date's part spaced from the parts around it (2024 年 3 月 31 日前)
_DATE_UNIT_BEFORE: Final = re.compile(r"[年月][ \u3000\xa0]+$")
_DATE_UNIT_AFTER: Final = re.compile(r"[ \u3000\xa0]*[月日号號]")


def _in_spaced_date(text: str, start: int, end: int) -> bool:
    """Whether the number from ``start`` to ``end`` is a month or a day of a
    date written with spaces around its numbers."""
    before = _DATE_UNIT_BEFORE.search(text, max(0, start - 4), start) is not None
    return before and _DATE_UNIT_AFTER.match(text, end) is not None


# ``一是`` opening a line (a paragraph of points: 一是…, 二是…)
_SHI_OPENS_LINE: Final = re.compile(rf"(?:^|(?<=\n))[ \t\u3000]*({_CN})是", re.M)


def _shi_hits(text: str, hits: dict[int, LabelHit]) -> None:
    """``一是``, ``二是`` opening lines, where the text holds both: points a
    paragraph each (inside a line they are points of one task's text)."""
    found = [m for m in _SHI_OPENS_LINE.finditer(text) if parse_number(m.group(1))]
    numbers = {parse_number(m.group(1)) for m in found}
    if not {1, 2} <= numbers:
        return
    for m in found:
        if m.start(1) not in hits:
            number = parse_number(m.group(1)) or 0
            hits[m.start(1)] = LabelHit(m.start(1), m.end(), number, "cn_shi")


def _financial_serials(text: str, hits: dict[int, LabelHit]) -> None:
    """Serials in the financial numerals (``壹``, ``拾贰``)."""
    for m in _SERIAL_FINANCIAL.finditer(text):
        number = parse_number(m.group(1))
        if number and m.start(1) not in hits:
            hits[m.start(1)] = LabelHit(m.start(1), m.end(), number, "serial")


def _coded_serials(text: str, hits: dict[int, LabelHit]) -> None:
    """Serials numbered by an item code (``HY-01``), the code kept in the label."""
    for m in _SERIAL_CODED.finditer(text):
        number = parse_number(m.group(1))
        found = hits.get(m.start(1))
        if found is not None and found.style == "serial":  # (No 3: the code's, not a bare serial)
            del hits[m.start(1)]
            found = None
        if number and m.start() not in hits and found is None:
            hits[m.start()] = LabelHit(m.start(), m.end(), number, "serial")


def _counted_serials(text: str, hits: dict[int, LabelHit]) -> None:
    """Serials counted in letters, stems, another script's digits, or
    numbers marked (``#1``) or told the list's length (``1/10``), where a run
    of them numbers rows (see :mod:`zwgk.lang._counted`)."""
    for start, end, number in counted_serials(text):
        for k in range(start, end):
            hits.pop(k, None)
        hits[start] = LabelHit(start, end, number, "serial")


def _masked_hits(text: str, hits: dict[int, LabelHit]) -> None:
    """Labels whose numerals a mirror masked, numbered by their place: the
    n-th of a style since the last label of a smaller rank."""
    for style, regex in _MASKED_RES:
        for m in regex.finditer(text):
            if m.start() not in hits:
                hits[m.start()] = LabelHit(m.start(), m.end(), 0, style, masked=True)
    counts: dict[str, int] = {}
    for k in sorted(hits):
        hit = hits[k]
        for style in [s for s in counts if LABEL_RANKS[s] > hit.rank]:
            del counts[style]  # a label above restarts the numbering below it
        counts[hit.style] = counts.get(hit.style, 0) + 1
        if hit.masked:
            hits[k] = attrs.evolve(hit, number=counts[hit.style])


# an attachment list's opening: 附件 and its first item on one line (附件：1.…)
_ATTACHMENTS: Final = re.compile(r"^\s*(?:附件|附表)\s*[:：]\s*1\s*(?P<delim>[、.．﹒])")


def attachment_list_lines(lines: Sequence[str]) -> set[int]:
    """The lines that go on with a notice's attachment list: ``附件：1.…指南``
    on one line, ``2.…申请表`` on the next and so on, numbered in turn —
    the attachments' names, not a plan's tasks.

    >>> sorted(attachment_list_lines(["附件：1.公开指南", "2.申请表", "3.目录", "五、工作要求"]))
    [1, 2]
    """
    out: set[int] = set()
    for i, line in enumerate(lines):
        m = _ATTACHMENTS.match(line)
        if m is None:
            continue
        number = 2
        for j in range(i + 1, len(lines)):
            label = parse_label(lines[j])
            if label is None or label.number != number or m["delim"] not in lines[j][:8]:
                break
            out.add(j)
            number += 1
    return out


# A bracketed label whose closing bracket a copy lost (``(一加强…``): the
# opening bracket, the number and a word, no closing bracket close behind it.
_OPEN_LABEL: Final = re.compile(
    rf"^(\s*)([（(]){_SP}({_CN}|{_NUM})"
    rf"(?=[\u4e00-\u9fff“《\"])(?![{_MEASURES}〇零一二两三四五六七八九十百])(?![^）)\n]{{0,6}}[）)])"
)


def close_lost_brackets(lines: Sequence[str]) -> list[str]:
    """``lines`` with the closing bracket put back in labels a copy wrote
    without it, as ``(一加强…``, ``(二推进…``: lines opening so are labels
    only where some of them number in turn (``(一``, ``(二``, as ``（一）``,
    ``（二）`` do), and then each that opens a run from one or goes on with
    one; a parenthesis that opens a line's words is left as it is.

    >>> close_lost_brackets(["一、总体要求", "(一加强解读。", "(二做好回应。"])
    ['一、总体要求', '(一)加强解读。', '(二)做好回应。']
    >>> close_lost_brackets(["(一般公开事项另行通知。", "五、工作要求"])
    ['(一般公开事项另行通知。', '五、工作要求']
    """
    runs: dict[bool, list[list[tuple[int, int]]]] = {True: [], False: []}
    for i, line in enumerate(lines):
        m = _OPEN_LABEL.match(line)
        number = parse_number(m[3]) if m else None
        if m is None or not number:
            continue
        kind = runs[m[3][0] in "0123456789０１２３４５６７８９"]
        if kind and number == kind[-1][-1][1] + 1:
            kind[-1].append((i, number))
        else:
            kind.append([(i, number)])
    labelled = {
        i
        for kind in runs.values()
        if any(len(run) > 1 for run in kind)
        for run in kind
        if len(run) > 1 or run[0][1] == 1
        for i, _ in run
    }
    return [_close(line) if i in labelled else line for i, line in enumerate(lines)]


def _close(line: str) -> str:
    m = _OPEN_LABEL.match(line)
    assert m is not None
    close = "）" if m[2] == "（" else ")"
    return line[: m.end()] + close + line[m.end() :]
