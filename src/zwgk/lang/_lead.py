"""Search patterns led by the characters their matches can start with.

A search tries every place in the text, and an alternation of many words
with look-arounds tries each word at each place.  Led by a look-ahead for
the characters any branch can start with, the search passes at once every
place where none can: the same matches, found with less work.
"""

from __future__ import annotations

import re

__all__ = ["first_chars", "last_chars", "led", "word_pattern"]

_LOOKBEHIND = re.compile(r"^\(\?<[=!][^()|]*\)")
_GROUP_OPEN = re.compile(r"^\((?:\?:)?")
_CLASS = re.compile(r"^\[((?:\\.|[^\]\\])+)\]")
_CLASS_ITEM = re.compile(r"\\.|.", re.S)
# a first atom made optional, or a group closed and made optional after it:
# the branch may start with what follows
_OPTIONAL = re.compile(r"^(?:[?*]|\{0)|\)(?:[?*]|\{0)")


def _class_chars(body: str, piece: str) -> set[str]:
    if body.startswith("^"):
        raise ValueError(f"branch {piece!r} starts with a negated class")
    items = _CLASS_ITEM.findall(body)
    chars: set[str] = set()
    k = 0
    while k < len(items):
        if items[k].startswith("\\") and items[k][1:].isalnum():
            raise ValueError(f"branch {piece!r} starts with a class escape {items[k]!r}")
        if k + 2 < len(items) and items[k + 1] == "-":
            low, high = items[k][-1], items[k + 2][-1]
            chars.update(chr(c) for c in range(ord(low), ord(high) + 1))
            k += 3
            continue
        chars.add(items[k][-1])
        k += 1
    return chars


def _first(piece: str) -> tuple[set[str], str]:
    """The characters ``piece`` can start with, and what follows its first atom."""
    piece = _GROUP_OPEN.sub("", _LOOKBEHIND.sub("", piece, count=1), count=1)
    m = _CLASS.match(piece)
    if m is not None:
        return _class_chars(m.group(1), piece), piece[m.end() :]
    if piece[:1] == "\\" and len(piece) > 1 and not piece[1].isalnum():
        return {piece[1]}, piece[2:]
    if not piece or piece[0] in "\\.^$()[]{}?*+|":
        raise ValueError(f"branch {piece!r} does not start with a plain character")
    return {piece[0]}, piece[1:]


def first_chars(pattern: str) -> frozenset[str]:
    """The characters a match of ``pattern`` (an alternation of branches) can start with.

    Every ``|``-separated piece of ``pattern`` — those inside a group too,
    which only adds characters that cannot hurt — must start with a plain
    or escaped character or a class, after at most one look-behind and one
    group opening, and nothing may make that first atom optional.

    >>> sorted(first_chars(r"推进|(?<!政务)服务(?!中心)|[0-9]{2}|《"))
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '《', '推', '服']
    """
    first: set[str] = set()
    for piece in pattern.split("|"):
        chars, rest = _first(piece)
        if _OPTIONAL.search(rest):
            raise ValueError(f"branch {piece!r} may match without its first character")
        first |= chars
    return frozenset(first)


def led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a look-ahead for :func:`first_chars`: the same matches.

    >>> led(r"推进|做好").search("要做好推进").span()
    (1, 3)
    """
    lead = "".join(sorted(map(re.escape, first_chars(pattern))))
    return re.compile(f"(?=[{lead}])(?:{pattern})", flags)


def word_pattern(alternatives: tuple[str, ...] | list[str]) -> str:
    """An alternation of plain words grouped by their first character: the same
    matches as ``"|".join(map(re.escape, alternatives))`` (at a place the first
    word in order that matches wins), but a place tries only the words that
    start with its character, and a search passes at once every place where
    none starts.

    >>> pattern = re.compile(word_pattern(["办公室", "中心", "办"]))
    >>> [m.group() for m in pattern.finditer("市政务中心办公室办")]
    ['中心', '办公室', '办']
    """
    groups: dict[str, list[str]] = {}
    for word in alternatives:
        groups.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in groups.items():
        rest = "|".join(map(re.escape, rests))
        branches.append(re.escape(first) + (f"(?:{rest})" if rests != [""] else ""))
    return "(?:" + "|".join(branches) + ")"


_ENDED_WORDS = re.compile(r"^\((?:\?:)?(?P<words>[^()]*(?:\(\?<[=!][^()]*\)[^()]*)*)\)\$$")
_WORD_LOOKBEHIND = re.compile(r"^\(\?<[=!][^()]*\)")


def last_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can end with, where ``pattern`` is
    an alternation of plain words closed by ``$`` (``(…|…)$``), each word after
    at most one look-behind; None for any other pattern.

    ``$`` also matches before a line break that ends the text: a text whose
    last character (or, where it ends with a line break, the one before it) is
    none of these holds no match.

    >>> sorted(last_chars(r"(推进|(?<!参)与|、)$"))
    ['、', '与', '进']
    >>> last_chars(r"(推进|[和与])$") is None
    True
    """
    m = _ENDED_WORDS.match(pattern)
    if m is None:
        return None
    last: set[str] = set()
    for branch in m.group("words").split("|"):
        word = _WORD_LOOKBEHIND.sub("", branch, count=1)
        if not word or re.escape(word) != word:
            return None
        last.add(word[-1])
    return frozenset(last)
