"""Notes that give items their units and time by a mark (``[注1]``).

A plan may close each item with a note mark (``…和2024年计划。[注1]``) and
give, after the part, one line of notes saying who does each item and by
when (``注：[注1]区发展改革委牵头，区统计局配合，2024年3月底前完成。[注2]…``).
The notes line is no part of the item it follows: it goes to the residue,
and each marked item that names no units gets its note's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk._model import Residue
from zwgk.build.fields import duty_and_time
from zwgk.build.pieces import Context, Row
from zwgk.lang.numerals import parse_number

__all__ = ["R_NOTES", "duties_by_mark"]

R_NOTES: Final = "notes giving marked items their units and time (注：[注1]…)"
_MARK: Final = r"[\[［【〔]\s*注\s*([0-9０-９]{1,3})\s*[\]］】〕]"
_MARK_RE: Final = re.compile(_MARK)
_NOTES_RE: Final = re.compile(rf"注\s*[:：]\s*(?={_MARK})")


def _notes(text: str) -> dict[int, str]:
    """Each note a notes line gives, by its mark's number."""
    marks = list(_MARK_RE.finditer(text))
    out: dict[int, str] = {}
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        number = parse_number(m.group(1))
        if number is not None:
            out[number] = text[m.end() : end].strip()
    return out


def _without_notes(row: Row, ctx: Context, notes: dict[int, str]) -> Row:
    """``row`` without a notes line run into its text (kept in ``notes`` and
    the residue)."""
    m = _NOTES_RE.search(row.text)
    if m is None:
        return row
    block = row.text[m.start() :]
    notes.update(_notes(block))
    ctx.residue.append(Residue(block.strip(), R_NOTES, row.location))
    return attrs.evolve(row, text=row.text[: m.start()].rstrip())


def _given(row: Row, notes: dict[int, str], assigned: bool) -> Row:
    """``row`` without its closing mark, with its note's units and time where
    it names none of its own."""
    m = _MARK_RE.search(row.text)
    if m is None or row.text[m.end() :].strip():
        return row
    text = row.text[: m.start()].rstrip()
    note = notes.get(parse_number(m.group(1)) or 0)
    if note is None or assigned:
        return attrs.evolve(row, text=text)
    fields = duty_and_time(note)
    if fields is None:
        return attrs.evolve(row, text=text, resp_text=note.rstrip("。；;"))
    deadline = row.deadline_text or fields["deadline"]
    return attrs.evolve(row, text=text, resp_text=fields["resp"], deadline_text=deadline)


def duties_by_mark(rows: Sequence[Row], ctx: Context, assigned: Sequence[bool]) -> list[Row]:
    """The rows with the notes lines taken out of them and each marked row
    given its note's units and time (``assigned``: which rows name units of
    their own); rows as they are where no notes line is found."""
    notes: dict[int, str] = {}
    out = [_without_notes(r, ctx, notes) for r in rows]
    if not notes:
        return list(rows)
    return [_given(r, notes, a) for r, a in zip(out, assigned, strict=True)]
