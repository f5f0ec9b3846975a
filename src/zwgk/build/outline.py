"""The outline (prose) assembly: labelled paragraphs become task rows.

The label styles give heading levels and the task level (the style whose
paragraphs carry responsibilities, else the most frequent style below the
top); a trailing ``（…负责）`` or a ``责任单位：…`` line or parenthesis gives
the responsibility and the other fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from zwgk._model import Location, Residue
from zwgk.build.fields import (
    closing_duty,
    closing_request,
    ends_with_responsibility,
    extract_responsibilities,
    field_names,
    field_parens,
    fields,
    inline_fields,
    names_its_units,
    points_own_duties,
    unlabelled_fields,
    with_duty_clause,
)
from zwgk.build.pieces import (
    R_EMPTY_HEADING,
    R_EXTRA_COLUMN,
    R_FIELD_NAME,
    R_REPEATED_HEADING,
    R_UNPLACED_ROW,
    Context,
    Row,
    block_location,
    title_of,
)
from zwgk.build.sections import Sections
from zwgk.document import Block
from zwgk.lang.numerals import HeadingLabel, attachment_list_lines, parse_label
from zwgk.lang.pieces import label_of
from zwgk.lang.vocab import ANNEX_LINE, PAGE_FIELD

__all__ = ["TaskLevel", "headings_run_in", "outline_rows", "task_level"]


@attrs.frozen
class TaskLevel:
    """The label style of an outline's tasks, its rank, and the ranks of its headings."""

    style: str
    rank: int
    heading_ranks: list[int]


def task_level(blocks: Sequence[Block], labels: Sequence[tuple[int, HeadingLabel]]) -> TaskLevel:
    """The task level: the style whose paragraphs carry responsibilities, else the
    most frequent style below the top level."""
    stats: dict[str, list[int]] = {}
    ranks: dict[str, int] = {}
    for i, found in labels:
        _, resps = extract_responsibilities(blocks[i].text)
        entry = stats.setdefault(found.style, [0, 0])
        entry[0] += 1
        entry[1] += 1 if resps else 0
        ranks[found.style] = found.rank
    with_resp = [s for s, (n, r) in stats.items() if r]
    if with_resp:
        style = max(with_resp, key=lambda s: (stats[s][1], ranks[s]))
    else:
        candidates = [s for s in stats if stats[s][0] >= 2] or list(stats)
        top = min(ranks[s] for s in candidates)
        lower = [s for s in candidates if ranks[s] > top] or candidates
        style = max(lower, key=lambda s: (stats[s][0], ranks[s]))
    rank = ranks[style]
    return TaskLevel(style, rank, sorted({ranks[s] for s in stats if ranks[s] < rank}))


@attrs.define
class _Open:
    """The task being read: its label, text parts, section and field lines."""

    label: HeadingLabel | None  # None: a paragraph with no number, closed by its fields
    parts: list[str]
    section: tuple[tuple[str, ...], tuple[str, ...]]
    location: Location | None
    fields: dict[str, str] = attrs.Factory(dict)


class _OutlineReader:
    def __init__(self, blocks: Sequence[Block], level: TaskLevel, ctx: Context) -> None:
        self.blocks, self.level, self.ctx = blocks, level, ctx
        self.sections = Sections()
        self.rows: list[Row] = []
        self.current: _Open | None = None
        self.pending: list[int] = []  # paragraphs that belong to no task (yet)

    def _residue(self, text: str, reason: str, location: Location | None) -> None:
        self.ctx.residue.append(Residue(text, reason, location))

    def _finish(self) -> None:
        current, self.current = self.current, None
        if current is None:
            return
        kept, inline = inline_fields("\n".join(current.parts))
        text, in_parens = field_parens(kept)
        if in_parens or inline:
            self._residue(field_names("\n".join(current.parts)), R_FIELD_NAME, current.location)
        found: dict[str, Any] = {**in_parens, **inline, **current.fields}
        if found.get("status"):  # the person in charge, kept beside the task
            self._residue(found["status"], R_EXTRA_COLUMN, current.location)
        body, resps = extract_responsibilities(text)
        if not resps and not found:
            body, resps = closing_duty(body)
        if not found:
            resps = with_duty_clause(body, resps)
        if found.get("resp"):
            resps.append(found["resp"])
        section, labels = current.section
        self.rows.append(
            Row(
                number=current.label.task_number if current.label else None,
                label=current.label.label.strip() if current.label else "",
                text=body,
                section=section,
                section_labels=labels,
                resp_cell=None,
                resp_text="；".join(resps) if resps else None,
                lead=found.get("lead", ""),
                assist=found.get("assist", ""),
                supervise=found.get("supervise", ""),
                owners_first=_owners_first(found),
                deadline_text=found.get("deadline", ""),
                note=found.get("note") or None,
                location=current.location,
                shared_key=None,
            )
        )

    def _close(self) -> None:
        """A new heading or task: the open task ends, paragraphs left over are residue."""
        self._finish()
        for j in self.pending:
            self._residue(self.blocks[j].text, R_UNPLACED_ROW, block_location(self.blocks[j]))
        self.pending.clear()

    def _heading(self, block: Block, lab: HeadingLabel) -> None:
        self._close()
        level = self.level.heading_ranks.index(lab.rank)
        title = title_of(lab, block.text)
        if not self.sections.set(level, title, lab.label.strip(), None, block.text, block.location):
            self._residue(block.text, R_REPEATED_HEADING, block_location(block))

    def _task(self, block: Block, lab: HeadingLabel) -> None:
        self._close()
        self.current = _Open(lab, [lab.rest], self.sections.path(), block.location)

    def _field_line(self, block: Block, values: dict[str, str]) -> None:
        """责任单位：… / 完成时限：… lines under a task."""
        assert self.current is not None
        for key, value in values.items():
            old = self.current.fields.get(key)
            self.current.fields[key] = f"{old}；{value}" if old else value
        names = field_names(block.text)
        if names:
            self._residue(names, R_FIELD_NAME, block.location)

    def _unnumbered_task(self) -> None:
        """The paragraphs after a task closed by its responsibility, closed by
        a field line naming units of their own: a task with no number."""
        self._finish()
        parts = [self.blocks[j].text.strip() for j in self.pending]
        where = self.blocks[self.pending[0]].location
        self.current = _Open(None, parts, self.sections.path(), where)
        self.pending.clear()

    def _continues(self, text: str) -> bool:
        """Whether the open task takes a paragraph of text as its continuation:
        not where it has named who does it (a field, a closing clause, or
        units as the subject of its duty) and the paragraph lays a duty on
        units of its own (``各部门要…``: the part's closing requirement)."""
        current = self.current
        if current is None or current.fields or ends_with_responsibility(current.parts[-1]):
            return False
        if self.pending or ANNEX_LINE.match(text):  # (set apart from it, or an attachment's)
            return False
        if inline_fields(current.parts[-1])[1]:  # …。责任单位：…: its fields close it
            return False
        return not (closing_request(text) and names_its_units("".join(current.parts)))

    def _under_heading(self, i: int) -> bool:
        """Whether paragraph ``i`` stands right under a heading's line, or
        under a task with no number the paragraphs right under it opened."""
        before = self.blocks[i - 1] if i else None
        if before is None or self.pending:
            return False
        lab = label_of(before.text)
        if lab is not None:
            return lab.rank in self.level.heading_ranks
        return self.current is not None and self.current.label is None

    def _block(self, i: int, lab: HeadingLabel | None) -> bool:
        """Read one paragraph; True if it belongs to the body."""
        block = self.blocks[i]
        if lab is not None and lab.rank in self.level.heading_ranks:
            self._heading(block, lab)
        elif lab is not None and lab.style == self.level.style:
            self._task(block, lab)
        elif self.current is not None and (values := _fields_of(block.text)) is not None:
            if self.pending and any(values.get(k) for k in ("resp", "lead", "assist")):
                self._unnumbered_task()
            self._field_line(block, values)
        elif self._continues(block.text):
            assert self.current is not None
            self.current.parts.append(block.text.strip())
        elif self._under_heading(i) and ends_with_responsibility(block.text):
            # a paragraph with no number right under a heading, closed by its clause
            self._finish()
            self.current = _Open(None, [block.text.strip()], self.sections.path(), block.location)
        else:
            self.pending.append(i)
            return False
        return True

    def read(self, labels: Sequence[HeadingLabel | None], first_body: int) -> int:
        """Read from ``first_body`` on; returns the end of the body."""
        last_body = first_body
        for i in range(first_body, len(self.blocks)):
            if self._block(i, labels[i]):
                last_body = i
        self._finish()
        for text, location in self.sections.unused():
            self._residue(text, R_EMPTY_HEADING, location)
        for j in self.pending:
            if j < last_body + 1:
                self._residue(self.blocks[j].text, R_UNPLACED_ROW, block_location(self.blocks[j]))
        return last_body + 1


def _fields_of(text: str) -> dict[str, str] | None:
    """The fields a line under a task gives, labelled or not."""
    found = fields(text)
    return found if found is not None else unlabelled_fields(text)


def _owners_first(found: dict[str, Any]) -> bool:
    """Whether a task's fields name its owners (责任单位, 承办单位) before the
    units that assist them (协办单位), the fields in the order written."""
    keys = list(found)
    return "resp" in keys and "assist" in keys and keys.index("resp") < keys.index("assist")


def _shi_labels(blocks: Sequence[Block], labels: list[HeadingLabel | None]) -> None:
    """Paragraphs opened by ``一是``, ``二是`` labelled so, where the
    paragraphs hold both and a first point carries its own duty clause:
    tasks a paragraph each (not the points of one task, its clause after
    the last)."""
    found = {
        i: lab
        for i, b in enumerate(blocks)
        if labels[i] is None
        and (lab := parse_label(b.text, shi=True)) is not None
        and lab.style == "cn_shi"
    }
    numbers = {lab.number for lab in found.values()}
    firsts = (blocks[i].text for i, lab in found.items() if lab.number == 1)
    if {1, 2} <= numbers and points_own_duties(firsts):
        for i, lab in found.items():
            labels[i] = lab


def _task_label(text: str) -> HeadingLabel | None:
    """The label opening a paragraph, unless it numbers a field of a site's
    panel of page fields (``1. [索引号]…``)."""
    label = label_of(text)
    return None if label is None or PAGE_FIELD.match(label.rest) else label


# a part's heading run in at the end of a paragraph, after its last sentence
# and a space (…迎接党的二十大胜利召开。 一、围绕筑牢工作基础深入推进政务公开)
_RUN_IN_HEADING: Final = re.compile(
    r"(?<=[。；;])[ \t\u3000]+"
    r"(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。；;：:\n]{2,40}$)"
)


def headings_run_in(blocks: Sequence[Block]) -> list[Block]:
    """The paragraphs with a part's heading run in at the end of one (see
    :data:`_RUN_IN_HEADING`) set on a paragraph of its own."""
    out: list[Block] = []
    for b in blocks:
        m = _RUN_IN_HEADING.search(b.text) if "、" in b.text or "）" in b.text else None
        if m is None or label_of(b.text[m.end() :]) is None:
            out.append(b)
            continue
        out += [attrs.evolve(b, text=b.text[: m.start()]), attrs.evolve(b, text=b.text[m.end() :])]
    return out


def outline_rows(blocks: Sequence[Block], ctx: Context) -> tuple[list[Row], int, int]:
    """Tasks from labelled paragraphs; returns the rows and the body's block range."""
    listed = attachment_list_lines([b.text for b in blocks])
    labels = [None if i in listed else _task_label(b.text) for i, b in enumerate(blocks)]
    _shi_labels(blocks, labels)
    with_label = [(i, lab) for i, lab in enumerate(labels) if lab is not None]
    if not with_label:
        return [], len(blocks), len(blocks)
    level = task_level(blocks, with_label)
    first_body = min(
        i for i, lab in with_label if lab.rank in level.heading_ranks or lab.style == level.style
    )
    reader = _OutlineReader(blocks, level, ctx)
    end = reader.read(labels, first_body)
    return reader.rows, first_body, end
