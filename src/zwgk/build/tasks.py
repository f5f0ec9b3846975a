"""The last step: task rows become :class:`~zwgk.Task` objects.

Responsibility cells are parsed into units and roles (a lead column and an
assist column into ``LEAD`` and ``ASSIST`` assignments), deadline cells into
deadlines (else the deadline written in the requirement), and rows sharing
one merged cell into one ``Task.group``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from zwgk._model import (
    Assignment,
    Deadline,
    Diagnostic,
    Location,
    Residue,
    Responsibility,
    Role,
    Severity,
    Task,
)
from zwgk.build.pieces import R_DEADLINE_UNREAD, R_ITEM_MARK, Context, Row
from zwgk.lang.deadline import (
    count_deadline,
    deadline_cells,
    find_deadline,
    heading_deadline,
    parse_deadline,
)
from zwgk.lang.pieces import mention_marks_out, squeeze
from zwgk.lang.responsibility import parse_responsibility, with_role_key
from zwgk.lang.units import cut_names_end
from zwgk.lang.vocab import ITEM_MARK, ROLE_WORD, is_ditto

__all__ = [
    "closing_limit",
    "deadline_cell",
    "deadline_in_text",
    "lead_assist",
    "responsibility",
    "tasks",
    "with_lead_column",
]


def responsibility(raw: str | None) -> Responsibility | None:
    """The responsibility a cell or clause states; None for an empty one."""
    if raw is None:
        return None
    raw = mention_marks_out(raw.strip())
    if not raw:
        return None
    return parse_responsibility(raw)


def lead_assist(
    lead: str,
    assist: str,
    owners: str = "",
    *,
    owners_first: bool = False,
    assist_first: bool = False,
) -> Responsibility | None:
    """One responsibility from a lead column, an assist column and a
    responsibility column (责任单位: units that own the task beside its lead);
    ``owners_first``: with no lead, the owners were written before the units
    that assist them (``承办单位：…；协办单位：…``), and are kept so;
    ``assist_first``: the assisting column stands before the lead column
    (配合部门 | 承办部门), and the cells are kept in that order."""
    assignments: list[Assignment] = []
    raw_parts = []
    columns = [(lead, Role.LEAD), (assist, Role.ASSIST), (owners, Role.OWNER)]
    if owners_first and not lead.strip():
        columns = [(owners, Role.OWNER), (assist, Role.ASSIST)]
    elif assist_first:
        columns = [(assist, Role.ASSIST), (lead, Role.LEAD), (owners, Role.OWNER)]
    for text, role in columns:
        text = text.strip()
        if not text:
            continue
        raw_parts.append(text)
        assignments += _in_column(text, role)
    if not raw_parts:
        return None
    return Responsibility("；".join(raw_parts), tuple(assignments))


def with_supervisors(found: Responsibility | None, cell: str) -> Responsibility:
    """``found`` with the units of a supervising column's ``cell`` (督办单位)
    after its own, in the supervising role unless the cell says another."""
    cell = cell.strip()
    if found is None:
        return Responsibility(cell, tuple(_in_column(cell, Role.SUPERVISE)))
    return Responsibility(
        f"{found.raw}；{cell}", (*found.assignments, *_in_column(cell, Role.SUPERVISE))
    )


def _in_column(cell: str, role: Role) -> list[Assignment]:
    """The units of a unit column's cell with the column's role, unless the
    cell states roles of its own (``市财政局牵头，市直各单位落实`` in a
    lead column): a role word in the cell says more than its column."""
    found = parse_responsibility(cell).assignments
    if _states_roles(cell, found):
        return list(found)
    return [Assignment(a.unit, role, a.qualified) if a.role is Role.OWNER else a for a in found]


_BRACKETED: Final = re.compile(r"[（(][^）)]*[）)]")


def _states_roles(cell: str, found: Sequence[Assignment]) -> bool:
    """Whether a unit cell says its units' roles itself: a role word outside
    the names and outside brackets (not 参与 of 人民参与和促进法治股, not
    负责 of （负责政策汇集）)."""
    rest = _BRACKETED.sub("", cell)
    for a in sorted(found, key=lambda a: -len(a.unit)):
        rest = rest.replace(_BRACKETED.sub("", a.unit), "、")
    return ROLE_WORD.search(rest) is not None


@functools.lru_cache(maxsize=1024)
def deadline_cell(text: str, year: int | None) -> Deadline | None:
    """The deadline a deadline cell states (a bare count of days too), or None."""
    text = text.strip()
    return (parse_deadline(text, year) or count_deadline(text)) if text else None


def deadline_in_text(text: str, year: int | None) -> Deadline | None:
    """The deadline written in a requirement (``…，6月底前完成``), or None."""
    return find_deadline(text, year)


# a bracket closing a requirement (no full stop after it)
_CLOSING_BRACKET: Final = re.compile(r"[（(]([^（()）]{2,24})[）)]$")


def closing_limit(text: str, year: int | None) -> tuple[str, Deadline] | None:
    """The requirement without the limit in brackets that closes it, and the
    limit, whatever its kind, where a row has no deadline cell; else None.

    >>> text, d = closing_limit("公开案件信息（长期坚持）", 2023)
    >>> text, d.kind.value, d.raw
    ('公开案件信息', 'ongoing', '长期坚持')
    >>> closing_limit("公开信息（含政策解读）", 2023) is None
    True
    """
    m = _CLOSING_BRACKET.search(text.rstrip())
    limit = m.group(1).strip() if m is not None else ""
    if m is None or deadline_cells(limit) != [(0, len(limit))]:
        return None  # (a bracket of units and a time is the fields')
    deadline = parse_deadline(limit, year)
    return None if deadline is None else (text[: m.start()].rstrip(), deadline)


def with_lead_column(r: Row) -> Responsibility | None:
    """The responsibility of a row with lead (and assist) columns.

    A responsibility column that already names the lead units repeats the
    lead column (a ledger writes both); otherwise it names the units that
    own the task with the lead, unless the text says otherwise (配合 …).
    A row whose lead cell is empty keeps both its other columns.
    """
    if r.resp_text is None:
        return lead_assist(r.lead, r.assist, assist_first=r.assist_first)
    if not r.lead.strip():
        return lead_assist("", r.assist, r.resp_text, owners_first=r.owners_first)
    whole = responsibility(r.resp_text)
    lead = responsibility(r.lead)
    lead_units = [a.unit for a in lead.assignments] if lead is not None else []
    if whole is not None and all(squeeze(u) in squeeze(r.resp_text) for u in lead_units):
        return whole
    return lead_assist(r.lead, r.assist, r.resp_text)


def _whole_names(text: str) -> str:
    """``text`` up to the end of its last whole unit name, where a page cut it
    inside the next one (``…、市金融办、人民银``); else ``text``."""
    end = cut_names_end(text)
    return text if end is None else text[:end]


def _cut_short(r: Row) -> Responsibility | None:
    """The responsibility of a row a page cut inside its last cell: as written,
    with the units it names whole."""
    r = attrs.evolve(r, cut=False)
    if r.resp_text:
        whole = attrs.evolve(r, resp_text=_whole_names(r.resp_text))
    elif r.assist:
        whole = attrs.evolve(r, assist=_whole_names(r.assist))
    else:
        whole = attrs.evolve(r, lead=_whole_names(r.lead))
    found, full = _row_responsibility(whole), _row_responsibility(r)
    return found.evolve(raw=full.raw) if found is not None and full is not None else found


def _row_responsibility(r: Row) -> Responsibility | None:
    if r.lead or r.assist:
        return with_lead_column(r)
    if r.role_key is not None and r.resp_text and r.resp_text.strip():
        return with_role_key(r.resp_text.strip(), r.role_key)
    return responsibility(r.resp_text)


def _share(r: Row) -> tuple[int, str, str, str | None]:
    """What the rows of one group share: a merged cell and the responsibility
    it is part of (a lead cell merged over rows whose assist cells differ
    gives each row a responsibility of its own, and no group)."""
    assert r.shared_key is not None
    return (r.shared_key, r.lead, r.assist, r.resp_text)


class _TaskMaker:
    """Turns rows into tasks; parses each distinct responsibility once, reports each
    unread deadline once."""

    def __init__(self, rows: Sequence[Row], ctx: Context) -> None:
        self.ctx = ctx
        self.cache: dict[str, Responsibility | None] = {}
        self.with_lead: dict[tuple[str, str, str | None], Responsibility | None] = {}
        self.unread: set[tuple[str, Location | None]] = set()
        self.shared = Counter(_share(r) for r in rows if r.shared_key is not None)
        self.last_resp: Responsibility | None = None  # the row above's, for a ditto
        self.last_deadline: Deadline | None = None

    def responsibility(self, r: Row) -> Responsibility | None:
        cells = [c for c in (r.resp_text or "", r.lead, r.assist) if c.strip()]
        if cells and all(is_ditto(c) for c in cells):  # (同上: the row above's units)
            above = self.last_resp
            return above.evolve(raw="；".join(c.strip() for c in cells)) if above else None
        found = self._responsibility(r)
        found = with_supervisors(found, r.supervise) if r.supervise.strip() else found
        self.last_resp = found
        return found

    def _responsibility(self, r: Row) -> Responsibility | None:
        if r.cut:
            return _cut_short(r)
        if r.lead or r.assist:
            cells = (r.lead, r.assist, r.resp_text)
            if cells not in self.with_lead:
                self.with_lead[cells] = with_lead_column(r)
            return self.with_lead[cells]
        key = r.resp_text or ""
        if r.role_key is not None and key.strip():
            return with_role_key(key.strip(), r.role_key)
        if key not in self.cache:
            self.cache[key] = responsibility(r.resp_text)
        return self.cache[key]

    def _unread(self, r: Row) -> None:
        seen = (r.deadline_text, r.location)
        if seen in self.unread:
            return
        self.unread.add(seen)
        self.ctx.residue.append(Residue(r.deadline_text, R_DEADLINE_UNREAD, r.location))
        self.ctx.diagnostics.append(
            Diagnostic(
                "deadline.unread",
                f"deadline not understood: {r.deadline_text.strip()!r}",
                Severity.INFO,
                r.location,
            )
        )

    def deadline(self, r: Row) -> tuple[str, Deadline | None]:
        """The row's text and its deadline: its deadline cell's, else a
        limit in brackets closing the text (taken out of it), else the one
        the text or a requirement in the note states."""
        year = self.ctx.year
        if is_ditto(r.deadline_text):  # (同上: the row above's deadline)
            above = self.last_deadline
            return r.text, attrs.evolve(above, raw=r.deadline_text.strip()) if above else None
        deadline = deadline_cell(r.deadline_text, year) if r.deadline_text else None
        if deadline is None and r.deadline_text.strip():
            self._unread(r)
        if deadline is None and not r.deadline_text.strip():
            limit = closing_limit(r.text, year)
            if limit is not None:
                return limit
        if deadline is None:
            deadline = deadline_in_text(r.text, year)
        if deadline is None and r.note and r.note_is_requirement:
            deadline = deadline_in_text(r.note, year)
        if deadline is None:  # (a part headed by the time its items are due: 一、1月底前完成)
            deadline = next(
                filter(None, (heading_deadline(s, year) for s in r.section[::-1])), None
            )
        return r.text, deadline

    def task(self, r: Row) -> Task:
        group = None
        if r.shared_key is not None and self.shared[_share(r)] > 1:
            group = self.ctx.group_for(_share(r))
        text, deadline = self.deadline(r)
        self.last_deadline = deadline
        if not r.label:
            text = self._without_item_mark(text, r)
        return Task(
            text=text.lstrip(_CLAUSE_ENDS) or text,
            number=r.number,
            label=r.label,
            section=r.section,
            section_labels=r.section_labels,
            responsibility=self.responsibility(r),
            deadline=deadline,
            note=r.note,
            group=group,
            location=r.location,
        )

    def _without_item_mark(self, text: str, r: Row) -> str:
        """``text`` without the list's mark an item with no label opens with
        (``- 公开…``, ``◆公开…``); the mark goes to the residue."""
        m = ITEM_MARK.match(text)
        if m is None or not text[m.end() :].strip():
            return text
        self.ctx.residue.append(Residue(m.group().strip(), R_ITEM_MARK, r.location))
        return text[m.end() :]


# the marks that close a clause: a task's text opens with none of them (the
# clause before it, a unit cell run in first, was read apart: 科室办理。|要…)
_CLAUSE_ENDS: Final = "。；;，,、"


def _has_figures(label: str) -> bool:
    return any(ch.isdigit() for ch in label)


def tasks(rows: Sequence[Row], ctx: Context) -> list[Task]:
    """The tasks of ``rows``, in order.

    A table whose tasks are labelled in a way that carries no number
    (``1-1``, ``1-2``, …): they are numbered in order.  A task with no label
    at all has no number of its own, and keeps none; nor does one whose label
    a mirror masked (``( * )``): its figures are not on the page.
    """
    maker = _TaskMaker(rows, ctx)
    by_position = bool(rows) and all(r.number is None and _has_figures(r.label) for r in rows)
    return [
        maker.task(attrs.evolve(r, number=position) if by_position else r)
        for position, r in enumerate(rows, start=1)
    ]
