"""Rows counted in an order other than the decimal one.

A list numbers its rows in the order of any alphabet its writer had at hand:
letters (``A`` … ``J``, also bracketed or circled, ``⒜`` ``Ⓐ`` ``ⓐ``), the
heavenly stems (``甲`` … ``癸``), the earthly branches (``子`` … ``亥``), the
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
    "甲乙丙丁戊己庚辛壬癸",
    "子丑寅卯辰巳午未申酉戌亥",
    "".join(chr(0x249C + i) for i in range(26)),  # ⒜ … ⒵
    "".join(chr(0x24B6 + i) for i in range(26)),  # Ⓐ … Ⓩ
    "".join(chr(0x24D0 + i) for i in range(26)),  # ⓐ … ⓩ
)
_PLACE: Final = {
    ch: (order, i + 1) for order, chars in enumerate(ORDERS) for i, ch in enumerate(chars)
}
_LETTERS: Final = "".join(ORDERS)

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
    rf"(?:(?P<letter>[{_LETTERS}])|(?P<digits>\d{{1,3}}))"
    rf"(?P<close>[{_CLOSES}])?"
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


def _kind(m: re.Match[str]) -> tuple[tuple[object, ...], int] | None:
    """The order a token counts in (with its mark and the list's length) and
    its number in it; none for plain decimal numbers, which other readings
    take."""
    mark, of = m["mark"] or "", m["of"] and int(unicodedata.normalize("NFKC", m["of"]))
    if _BRACKETS.get(mark, "") != (m["close"] or ""):
        return None  # (a bracket not closed, or closed but not opened)
    if m["letter"]:
        order, number = _PLACE[m["letter"]]
        return (order, mark, of), number
    digits = m["digits"]
    zero = ord(digits[0]) - unicodedata.decimal(digits[0])
    if zero in (0x30, 0xFF10) and not mark and not of:
        return None
    return ("digits", zero, mark, of), int(digits)


def _tokens(text: str) -> Iterator[Token]:
    for m in _TOKEN.finditer(text):
        found = _kind(m)
        if found is not None:
            yield Token(m.start(), m.end(), *found)


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
    hits = [
        (token.start, token.end, token.number)
        for run in _runs(list(_tokens(text)))
        if len(run) >= MIN_RUN
        for token in run
    ]
    return sorted(hits)
