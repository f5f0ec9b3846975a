"""Normalisation of plan text for matching.

The original text is always kept in the model; these functions make keys
for *comparing* texts that differ only in script (Traditional/Simplified),
character width, punctuation variants, invisible characters or the
whitespace that PDF extraction puts inside Chinese text.

>>> normalize("市政府辦公室牽頭,  市直各部門（單位）")
'市政府办公室牵头，市直各部门（单位）'
>>> collapse_spaces("2021 年 11 月 20 日前")
'2021年11月20日前'
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Mapping
from typing import Any, Final

__all__ = [
    "CONTROL_CHARS",
    "PINYIN_GLOSS",
    "alnum_key",
    "collapse_spaces",
    "fold_width",
    "is_traditional",
    "normalize",
    "restore_lost_spaces",
    "simplified_in_place",
    "strip_invisible",
    "to_simplified",
]

#: Control characters XML cannot hold (a character reference such as ``&#7;``
#: puts one in a parsed tree): not text.
CONTROL_CHARS: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# A line's indent whose wide spaces a saving encoding could not hold and
# wrote as ``?`` (``? ?二、重点任务``).
# What follows is the line's text: a Han character or wide form, or the
# Arabic numeral or bracket of a label (``??1.``, ``??(一)``).
_LOST_SPACES: Final = re.compile(
    r"^[ \t\u3000]*\?(?:[ \t\u3000?]*\?)?[ \t\u3000]*(?=[^\x00-\x7f]|[0-9(\[])"
)


# ... and a run of them anywhere else in a line of wide text, where the page
# set a signature to the right or padded a date (``??????某区人民政府办公室``,
# ``2023年7月7日???????``)
_LOST_RUN: Final = re.compile(r"\?{2,}")


def restore_lost_spaces(line: str) -> str:
    """``line`` with the question marks a lossy save wrote for wide spaces
    made spaces again: those of its indent, so that its label opens it, and
    any run of two or more in a line of wide text.

    >>> restore_lost_spaces("? ?二、重点任务")
    '   二、重点任务'
    >>> restore_lost_spaces("??1.推进预算公开")
    '  1.推进预算公开'
    >>> restore_lost_spaces("2023年7月7日???")
    '2023年7月7日   '
    >>> restore_lost_spaces("?"), restore_lost_spaces("what??")
    ('?', 'what??')
    """
    if not line or "?" not in line:
        return line
    if line.lstrip(" \t\u3000")[:1] == "?":
        line = _LOST_SPACES.sub(lambda m: " " * len(m.group()), line, count=1)
    if "??" in line and not line.isascii():
        line = _LOST_RUN.sub(lambda m: " " * len(m.group()), line)
    return line


# --- OpenCC, created lazily once ------------------------------------------

_converter: Any = None
_converter_lock = threading.Lock()


def _t2s() -> Any:
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import opencc

                _converter = opencc.OpenCC("t2s")
    return _converter


def to_simplified(text: str) -> str:
    """Convert Traditional Chinese to Simplified (OpenCC ``t2s``).

    The converter is created on first use and shared (it is safe to call
    from several threads).

    >>> to_simplified("按照職責分工強化監管")
    '按照职责分工强化监管'
    """
    if text.isascii():
        return text
    try:
        result: str = _t2s().convert(text)
    except UnicodeEncodeError:
        # a lone surrogate cannot go through the converter (it cannot be
        # written in UTF-8, which the converter reads): convert around it
        return "".join(
            part if _SURROGATE.fullmatch(part) else to_simplified(part)
            for part in _SURROGATE_SPLIT.split(text)
            if part
        )
    return result


def simplified_in_place(text: str) -> str:
    """``text`` in Simplified script where that changes it and keeps every
    character in its place (a match on it is a match on ``text``), else
    ``text`` itself.

    >>> simplified_in_place("山東省人民政府辦公廳"), simplified_in_place("abc")
    ('山东省人民政府办公厅', 'abc')
    """
    simple = to_simplified(text)
    return simple if simple != text and len(simple) == len(text) else text


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_SPLIT = re.compile("([\ud800-\udfff])")


def _is_han(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or o >= 0x20000


def is_traditional(text: str) -> bool:
    """Whether ``text`` looks like Traditional Chinese.

    True when at least one Han character in twenty (and at least one in
    all) is changed by Traditional→Simplified conversion.  Text with no Han
    characters is not Traditional.

    >>> is_traditional("市直各部門、各鎮街"), is_traditional("市直各部门、各镇街")
    (True, False)
    """
    han = [ch for ch in text if _is_han(ch)]
    if not han:
        return False
    han_text = "".join(han)
    converted = to_simplified(han_text)
    if len(converted) == len(han_text):
        changed = sum(1 for a, b in zip(han_text, converted, strict=True) if a != b)
    else:  # a phrase conversion changed the length: count what differs
        changed = sum(1 for ch in han_text if ch not in converted)
    return changed >= 1 and changed * 20 >= len(han)


class _Translator:
    """``str.translate`` for sparse tables, without its slow path.

    ``str.translate`` with a dict pays for a failed lookup on every
    character that is not in the table; here a regex finds the few that are.
    """

    __slots__ = ("_map", "_re")

    def __init__(self, table: Mapping[int, int | None]) -> None:
        self._map = {chr(k): "" if v is None else chr(v) for k, v in table.items()}
        chars = "".join(re.escape(ch) for ch in sorted(self._map))
        self._re = re.compile(f"[{chars}]")

    def __call__(self, text: str) -> str:
        return self._re.sub(self._sub, text)

    def _sub(self, m: re.Match[str]) -> str:
        return self._map[m.group()]


# --- width -----------------------------------------------------------------

# Full-width forms kept as they are by fold_width: they are the ordinary
# Chinese punctuation, which normalize() unifies separately.
_CJK_PUNCT_FULLWIDTH: Final = "！（），：；？"

_WIDTH_TABLE: Final[dict[int, int]] = {
    o: o - 0xFEE0 for o in range(0xFF01, 0xFF5F) if chr(o) not in _CJK_PUNCT_FULLWIDTH
}
_WIDTH_TABLE[0x3000] = 0x20
_fold_width: Final = _Translator(_WIDTH_TABLE)


def fold_width(text: str) -> str:
    """Fold full-width ASCII forms to half-width; the ideographic space to a space.

    Full-width letters, digits and symbols (``Ａ１．＋％``) become ASCII;
    the Chinese punctuation marks ``！（），：；？`` are left alone.

    >>> fold_width("２０２１年ＡＰＰ　１．")
    '2021年APP 1.'
    >>> fold_width("（一）、，")
    '（一）、，'
    """
    return _fold_width(text)


# --- invisible characters --------------------------------------------------

_INVISIBLE: Final[str] = (
    "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c")
    + "\x7f"
    + "".join(chr(c) for c in range(0x80, 0xA0) if c != 0x85)
    + "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    + "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    + "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
    + "\u3164\ufeff\uffa0\ufff9\ufffa\ufffb"
)
_INVISIBLE_TABLE: Final[dict[int, int | None]] = dict.fromkeys(map(ord, _INVISIBLE))
# Line-like controls become ordinary line breaks.
_INVISIBLE_TABLE.update(
    {0x0B: 0x0A, 0x0C: 0x0A, 0x0D: 0x0A, 0x85: 0x0A, 0x2028: 0x0A, 0x2029: 0x0A}
)
_strip_invisible: Final = _Translator(_INVISIBLE_TABLE)


def strip_invisible(text: str) -> str:
    """Remove zero-width characters, BOM, soft hyphens and control characters.

    Tabs and line breaks are kept; ``\\r\\n``, ``\\r``, vertical tab, form
    feed, NEL and the Unicode line/paragraph separators become ``\\n``.

    >>> strip_invisible("\\ufeff政务\\u200b公开\\x00\\r\\n")
    '政务公开\\n'
    """
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    return _strip_invisible(text)


# --- spaces ----------------------------------------------------------------

# Characters that are "Chinese" for spacing purposes: Han, CJK symbols and
# punctuation, kana/bopomofo, enclosed and compatibility forms, full-width
# forms, CJK quotes and dashes from General Punctuation.
_CJK_CLASS: Final = (
    "\u2010-\u2027\u2030-\u205e\u2460-\u24ff\u2e80-\u2fff\u3001-\u303f\u3040-\u31ff"
    "\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f"
    "\uff00-\uffef\U00020000-\U0003ffff"
)
_HSPACE: Final = "[ \\t\\u3000\\xa0\\u2000-\\u200a\\u202f\\u205f]"
_ASCII_PUNCT: Final = "!-/:-@\\[-`{-~"
_COLLAPSE_RE: Final = re.compile(
    rf"(?<=[{_CJK_CLASS}]){_HSPACE}+(?=[{_CJK_CLASS}0-9{_ASCII_PUNCT}])"
    rf"|(?<=[0-9{_ASCII_PUNCT}]){_HSPACE}+(?=[{_CJK_CLASS}])"
)
_COLLAPSE_LINES_RE: Final = re.compile(
    rf"(?<=[{_CJK_CLASS}])\s+(?=[{_CJK_CLASS}0-9{_ASCII_PUNCT}])"
    rf"|(?<=[0-9{_ASCII_PUNCT}])\s+(?=[{_CJK_CLASS}])"
)
_RUNS_RE: Final = re.compile(rf"{_HSPACE}{{2,}}|[\t\u3000\xa0\u2000-\u200a\u202f\u205f]")


def collapse_spaces(text: str, *, lines: bool = False) -> str:
    """Remove the whitespace PDF extraction leaves inside Chinese text.

    Whitespace between two Chinese characters (Han or CJK punctuation),
    between Chinese and a digit or ASCII punctuation, is removed; other
    runs of spaces and tabs become one space, so Latin words and numbers
    stay apart.  Line breaks are kept unless ``lines`` is true, in which
    case a line break inside Chinese text is removed too.

    >>> collapse_spaces("一、优化政务 公 开 工作基础（ 三）")
    '一、优化政务公开工作基础（三）'
    >>> collapse_spaces("open  data 平台 v2")
    'open data 平台 v2'
    >>> collapse_spaces("办公室、各单位\\n\\n办理", lines=True)
    '办公室、各单位办理'
    """
    text = (_COLLAPSE_LINES_RE if lines else _COLLAPSE_RE).sub("", text)
    return _RUNS_RE.sub(" ", text)


# --- the matching key ------------------------------------------------------

_PUNCT_MAP: Final[dict[str, str]] = {
    ",": "，",
    "﹐": "，",
    "､": "、",
    "﹑": "、",
    ";": "；",
    "﹔": "；",
    ":": "：",
    "﹕": "：",
    "!": "！",
    "?": "？",
    "(": "（",
    ")": "）",
    "﹙": "（",
    "﹚": "）",
    "﹝": "〔",
    "﹞": "〕",
    "[": "〔",
    "]": "〕",
    "［": "〔",
    "］": "〕",
    "【": "〔",
    "】": "〕",
    "〖": "〔",
    "〗": "〕",
    "〘": "〔",
    "〙": "〕",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "「": '"',
    "」": '"',
    "『": '"',
    "』": '"',
    "＂": '"',
    "‘": '"',
    "’": '"',
    "'": '"',
    "＇": '"',
    "〝": '"',
    "〞": '"',
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    "─": "-",
    "━": "-",
    "﹣": "-",
    "～": "~",
    "〜": "~",
    "・": "·",
    "･": "·",
    "•": "·",
    "‧": "·",
    "〈": "《",
    "〉": "》",
    "﹤": "《",
    "﹥": "》",
    "｡": "。",
}

_KEY_TABLE: Final[dict[int, int | None]] = {}
_KEY_TABLE.update(_INVISIBLE_TABLE)
_KEY_TABLE.update(_WIDTH_TABLE)
# Full-width forms fold to ASCII first, then ASCII punctuation to the one
# form used in keys: compose the two steps into a single table.
for _src, _dst in list(_KEY_TABLE.items()):
    if _dst is not None and chr(_dst) in _PUNCT_MAP:
        _KEY_TABLE[_src] = ord(_PUNCT_MAP[chr(_dst)])
for _ch, _dst_ch in _PUNCT_MAP.items():
    _KEY_TABLE[ord(_ch)] = ord(_dst_ch)
for _ws in "\n\t\x0b\x0c\r\x85\u2028\u2029\u3000\xa0\u202f\u205f" + "".join(
    chr(c) for c in range(0x2000, 0x200B)
):
    _KEY_TABLE[ord(_ws)] = 0x20

_key_translate: Final = _Translator(_KEY_TABLE)

_KEY_SPACE_RE: Final = re.compile(
    r" +(?![0-9A-Za-z])|(?<![0-9A-Za-z]) +"  # drop unless between two Latin/digit chars
)
_KEY_RUNS_RE: Final = re.compile(r" {2,}")


@functools.lru_cache(maxsize=65536)
def _key(text: str, simplified: bool) -> str:
    if simplified and not text.isascii():
        text = to_simplified(text)
    text = _key_translate(text)
    if " " in text:
        text = _KEY_RUNS_RE.sub(" ", text)
        text = _KEY_SPACE_RE.sub("", text)
    return text


def normalize(text: str, *, simplified: bool = True) -> str:
    """The key used to match texts that differ only in form.

    Removes invisible characters, folds width, unifies punctuation
    variants (``,``/``，`` → ``，``; ``(``/``（`` → ``（``; ``;`` → ``；``;
    ``:`` → ``：``; quotes → ``"``; ``〔〕[]【】`` → ``〔〕``; dashes → ``-``),
    removes all whitespace except single spaces between Latin letters or
    digits, and (unless ``simplified=False``) converts Traditional to
    Simplified.  ``normalize(normalize(x)) == normalize(x)``.  Results are
    cached.

    >>> normalize("各县(市、区)人民政府 ,\\n  市政府各部門")
    '各县（市、区）人民政府，市政府各部门'
    >>> normalize("“放管服”改革【2021】") == normalize('"放管服"改革〔2021〕')
    True
    """
    return _key(text, simplified)


#: What :func:`alnum_key` removes: every character but letters and digits (``\w``
#: in a ``str`` pattern is exactly ``str.isalnum()`` or ``_``).
_NOT_ALNUM_RE: Final = re.compile(r"[\W_]+")


def alnum_key(text: str) -> str:
    """:func:`normalize`-d ``text`` with everything but letters and digits removed, casefolded.

    >>> alnum_key("做好“雙隨機、一公開”工作（2021年）")
    '做好双随机一公开工作2021年'
    """
    return _NOT_ALNUM_RE.sub("", normalize(text)).casefold()


#: A pinyin gloss a mirror site put after a character: ``開(kāi)``, ``作(zuò)``.
#: Only syllables with a tone mark count, so ``(PPP)`` or ``(a)`` stay.
#: (The bracket is matched first and the character before it looked back at
#: from after it: a search passes at once every place that holds no bracket.)
PINYIN_GLOSS: Final = re.compile(
    r"[(（](?<=[\u3400-\u9fff][(（])(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}[)）]"
)
