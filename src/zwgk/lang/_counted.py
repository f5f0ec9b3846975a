"""Rows counted in an order other than the decimal one.

A list numbers its rows in the order of any alphabet its writer had at hand:
letters (``A`` … ``J``, also bracketed or circled, ``⒜`` ``Ⓐ`` ``ⓐ``), Greek
letters (``α`` … ``κ``), Hangul's (``가`` ``나`` ``다`` …), Roman numerals in
letters (``i.`` … ``x.``, ``IV``), the heavenly stems (``甲`` … ``癸``), the
earthly branches (``子`` … ``亥``), the Thousand Character Classic's
(``天`` ``地`` ``玄`` ``黄`` …), the Suzhou numerals (``〡`` … ``〸``), the
digits of another script (Tibetan ``༡``, Mongolian ``᠑``), or plain numbers
with a mark before them (``#1``), in brackets (``【1】``, ``[1]``) or with the
list's length after them (``1/10``, ``3／12``). One such token alone says
little (``A级``, ``申请``, ``未成年人`` open lines too); a run of them at the
openings of cells, counting from the first of their order one by one, is a
numbering. :func:`counted_serials` finds those runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Final, NamedTuple

__all__ = ["counted_serials"]

#: the orders a list may count in, besides the decimal digits
ORDERS: Final = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "abcdefghijklmnopqrstuvwxyz",
    "αβγδεζηθικλμνξοπρστυφχψω",
    "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "가나다라마바사아자차카타파하",  # (Hangul's order of lists: ga, na, da …)
    "甲乙丙丁戊己庚辛壬癸",
    "子丑寅卯辰巳午未申酉戌亥",
    "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳",  # (the 千字文)
    "天地玄黃宇宙洪荒日月盈昃辰宿列張寒來暑往秋收冬藏閏餘成歲律呂調陽",
    "〡〢〣〤〥〦〧〨〩〸",  # (the Suzhou numerals, 〸 ten)
    "".join(chr(0x249C + i) for i in range(26)),  # ⒜ … ⒵
    "".join(chr(0x24B6 + i) for i in range(26)),  # Ⓐ … Ⓩ
    "".join(chr(0x24D0 + i) for i in range(26)),  # ⓐ … ⓩ
)
_PLACES: Final[dict[str, list[tuple[int, int]]]] = {}
for _order, _chars in enumerate(ORDERS):
    for _i, _ch in enumerate(_chars):
        _PLACES.setdefault(_ch, []).append((_order, _i + 1))
_LETTERS: Final = "".join(_PLACES)

# a token at a cell's opening (a line's start or after a space): a mark, a
# letter of an order or a number, the list's length; then the row's text
_BRACKETS: Final = {
    "【": "】", "［": "］", "[": "]", "〔": "〕", "〖": "〗",
    "〈": "〉", "＜": "＞", "<": ">", "「": "」",
}  # fmt: skip
_OPENS: Final = re.escape("".join(_BRACKETS))
_CLOSES: Final = re.escape("".join(_BRACKETS.values()))
_TOKEN: Final = re.compile(
    rf"(?=[#＃{_OPENS}{_LETTERS}\d])(?<![^\s\u3000])"
    rf"(?P<mark>[#＃{_OPENS}])?"
    rf"(?:(?P<letter>[{_LETTERS}])|(?P<digits>\d{{1,3}})|(?P<roman>[ivxl]{{1,7}}|[IVXL]{{1,7}}))"
    rf"(?P<close>[{_CLOSES}])?"
    r"(?(roman)[.．、)）]?)"
    r"(?:[/／](?P<of>[0-9０-９]{1,3}))?"
    r"(?=[\u4e00-\u9fff“《【]|[ \t\u3000]|$)",
    re.M,
)
#: the fewest rows a counted run holds to be a numbering
MIN_RUN: Final = 3


class Token(NamedTuple):
    """A token that may number a row: where it stands and its place in its order."""

    start: int
    end: int
    kind: tuple[object, ...]
    number: int


def _kinds(m: re.Match[str]) -> list[tuple[tuple[object, ...], int]]:
    """The orders a token may count in (with its mark and the list's length)
    and its number in each; none for plain decimal numbers, which other
    readings take."""
    mark, of = m["mark"] or "", m["of"] and int(unicodedata.normalize("NFKC", m["of"]))
    if _BRACKETS.get(mark, "") != (m["close"] or ""):
        return []  # (a bracket not closed, or closed but not opened)
    letters = m["letter"] or m["roman"]
    if letters:
        places: list[tuple[tuple[object, ...], int]]
        places = [((order, mark, of), n) for order, n in _PLACES.get(letters, [])]
        roman = _roman(letters)
        return places if roman is None else [*places, (("roman", mark, of), roman)]
    digits = m["digits"]
    zero = ord(digits[0]) - unicodedata.decimal(digits[0])
    if zero in (0x30, 0xFF10) and not mark and not of:
        return []
    return [(("digits", zero, mark, of), int(digits))]


_ROMAN: Final = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(letters: str) -> int | None:
    """The number Roman numerals in letters write (``iv`` 4, ``XII`` 12), if
    they are written as numbers are."""
    values = [_ROMAN.get(ch.lower(), 0) for ch in letters]
    if not all(values):
        return None
    total = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
    return total if _written_roman(total) == letters.lower() else None


def _written_roman(n: int) -> str:
    out = ""
    for value, letters in (
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _tokens(text: str) -> Iterator[Token]:
    for m in _TOKEN.finditer(text):
        for kind, number in _kinds(m):
            yield Token(m.start(), m.end(), kind, number)


def _runs(tokens: list[Token]) -> Iterator[list[Token]]:
    """The runs of tokens of one kind counting from 1 one by one."""
    open_runs: dict[tuple[object, ...], list[Token]] = {}
    for token in tokens:
        run = open_runs.get(token.kind)
        if token.number == 1:
            if run is not None:
                yield run
            open_runs[token.kind] = [token]
        elif run is not None and token.number == run[-1].number + 1:
            run.append(token)
    yield from open_runs.values()


def counted_serials(text: str) -> list[tuple[int, int, int]]:
    """The tokens numbering rows in ``text`` in an order other than plain
    decimal: ``(start, end, number)`` each, in runs of at least
    :data:`MIN_RUN` counting from the first of their order.

    >>> t = "序号任务\\n甲公开预算。\\n乙公开决算。\\n丙公开年报。\\n申请公开"
    >>> [(t[s:e], n) for s, e, n in counted_serials(t)]
    [('甲', 1), ('乙', 2), ('丙', 3)]
    >>> t = "#1公开预算 #2公开决算 #3公开年报"
    >>> [(t[s:e], n) for s, e, n in counted_serials(t)]
    [('#1', 1), ('#2', 2), ('#3', 3)]
    >>> [n for _, _, n in counted_serials("1/3公开预算\\n2/3公开决算\\n3/3公开年报")]
    [1, 2, 3]
    >>> t = "【1】公开预算\\n【2】公开决算\\n【3】公开年报"
    >>> [(t[s:e], n) for s, e, n in counted_serials(t)]
    [('【1】', 1), ('【2】', 2), ('【3】', 3)]

    Two tokens are no numbering, nor a run that does not start at the first:

    >>> counted_serials("A公开预算\\nB公开决算"), counted_serials("B级\\nC级\\nD级")
    ([], [])
    """
    hits = {
        token.start: (token.start, token.end, token.number)
        for run in _runs(list(_tokens(text)))
        if len(run) >= MIN_RUN
        for token in run
    }
    return sorted(hits.values())
