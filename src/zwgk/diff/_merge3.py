"""Three-way merge of one text: edits to different parts of a sentence both survive.

Each side's edits to the base text are found character by character (script
and width insensitive, like :func:`zwgk.diff.text_edits`); edits that touch
different parts of the base are applied together, and only edits that
overlap (or insert at the same place different words) conflict.

>>> merge_text("做好规划公开。", "认真做好规划公开。", "做好各类规划公开。")
'认真做好各类规划公开。'
>>> merge_text("做好规划公开。", "做好计划公开。", "做好方案公开。") is None
True
"""

from __future__ import annotations

import difflib

from zwgk.diff._norm import char_key

__all__ = ["merge_text"]

_Hunk = tuple[int, int, str]  # base start, base end, replacement


def _hunks(base: str, side: str) -> list[_Hunk]:
    a = [char_key(ch) for ch in base]
    b = [char_key(ch) for ch in side]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [
        (i1, i2, side[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def _clash(x: _Hunk, y: _Hunk) -> bool:
    """True if two edits of the base touch the same characters or the same gap."""
    (a1, a2, _), (b1, b2, _) = x, y
    if a1 == a2 and b1 == b2:
        return a1 == b1  # two insertions at one place
    if a1 == a2:
        return b1 < a1 < b2
    if b1 == b2:
        return a1 < b1 < a2
    return max(a1, b1) < min(a2, b2)


def merge_text(base: str, ours: str, theirs: str) -> str | None:
    """``base`` with the edits of both ``ours`` and ``theirs``; ``None`` if they clash.

    An edit both sides made alike is applied once.
    """
    mine, other = _hunks(base, ours), _hunks(base, theirs)
    same = set(mine) & set(other)
    mine = [h for h in mine if h not in same]
    other = [h for h in other if h not in same]
    for x in mine:
        for y in other:
            if _clash(x, y):
                return None
    edits = sorted([*mine, *other, *same], key=lambda h: (h[0], h[1]))
    out: list[str] = []
    at = 0
    for start, end, text in edits:
        if start < at:  # touches an edit already applied
            return None
        out.append(base[at:start])
        out.append(text)
        at = end
    out.append(base[at:])
    return "".join(out)
