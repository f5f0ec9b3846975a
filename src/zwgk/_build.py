"""The one builder that turns a reader's :class:`~zwgk.document.Document` into a plan.

Tables: header words give column roles (number, heading levels,
requirement, responsibility, lead/assist units, deadline, note); repeated
header rows are skipped; ordinals give heading levels; a cell spanning
several rows is shared by exactly those rows (a shared responsibility
becomes one ``Task.group``).  Outlines: the label styles give heading levels
and the task level; a trailing ``（…负责）`` is the responsibility.  The
notice around the body gives the metadata.  Everything the builder does not
place in a task goes to the residue with its reason.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from zwgk._model import (
    Assignment,
    Deadline,
    Diagnostic,
    Location,
    Plan,
    PlanRef,
    Residue,
    Responsibility,
    Role,
    Severity,
    Task,
)
from zwgk.document import Block, Cell, Document, Grid
from zwgk.lang.normalize import collapse_spaces
from zwgk.lang.numerals import HeadingLabel, parse_number
from zwgk.lang.pieces import (
    header_row_roles,
    label_of,
    looks_like_responsibility,
    squeeze,
    strip_end_punct,
)
from zwgk.lang.vocab import DEADLINE_HINT, FIELD_NAMES, FIELD_RE, ROLE_WORD, header_role

__all__ = ["build_plan", "parse_label"]


parse_label = label_of


# Reasons recorded in the residue.
R_NOTICE = "notice: text before the plan body"
R_CLOSING = "closing: text after the plan body"
R_HEADER = "table header"
R_REPEATED_HEADER = "repeated table header"
R_REPEATED_HEADING = "repeated heading"
R_UNPLACED_ROW = "table row with no task"
R_EXTRA_COLUMN = "column not in the model"
R_BETWEEN = "text between tables"
R_EMPTY_HEADING = "heading with no tasks"
R_DEADLINE_UNREAD = "deadline not understood"


@attrs.define
class _Ctx:
    year: int | None
    residue: list[Residue] = attrs.Factory(list)
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    groups: dict[int, int] = attrs.Factory(dict)  # id(cell) -> group number
    next_group: int = 1

    def group_for(self, key: int) -> int:
        if key not in self.groups:
            self.groups[key] = self.next_group
            self.next_group += 1
        return self.groups[key]


_cell_role = header_role
_header_roles = header_row_roles


def _span_text(cell: Cell | None) -> str:
    return cell.text.strip() if cell is not None else ""


def _title_of(label: HeadingLabel | None, text: str) -> str:
    body = label.rest if label else text
    body = collapse_spaces(" ".join(body.split()))
    return strip_end_punct(body) if body else ""


def _cell_location(cell: Cell | None, grid: Grid) -> Location | None:
    if cell is not None and cell.location is not None:
        return cell.location
    return grid.location


def _loc(block: Block) -> Location | None:
    return block.location


def _join(parts: Iterable[str]) -> str:
    return "\n".join(p for p in parts if p)


# ---------------------------------------------------------------------------
# responsibilities and deadlines


def _responsibility(raw: str | None) -> Responsibility | None:
    if raw is None:
        return None
    raw = raw.strip()
    if not raw:
        return None
    from zwgk.lang.responsibility import parse_responsibility

    return parse_responsibility(raw)


def _lead_assist(lead: str, assist: str) -> Responsibility | None:
    from zwgk.lang.responsibility import parse_responsibility

    assignments: list[Assignment] = []
    raw_parts = []
    for text, role in ((lead, Role.LEAD), (assist, Role.ASSIST)):
        text = text.strip()
        if not text:
            continue
        raw_parts.append(text)
        for a in parse_responsibility(text).assignments:
            assignments.append(a.evolve(role=role) if a.role is Role.OWNER else a)
    if not raw_parts:
        return None
    return Responsibility("；".join(raw_parts), tuple(assignments))


@functools.lru_cache(maxsize=1024)
def _deadline_cell(text: str, year: int | None) -> Deadline | None:
    from zwgk.lang.deadline import parse_deadline

    text = text.strip()
    return parse_deadline(text, year) if text else None


def _deadline_in_text(text: str, year: int | None) -> Deadline | None:
    from zwgk.lang.deadline import find_deadline

    return find_deadline(text, year)


# ---------------------------------------------------------------------------
# tables


@attrs.define
class _Row:
    number: int | None
    label: str
    text: str
    section: tuple[str, ...]
    section_labels: tuple[str, ...]
    resp_cell: Cell | None
    resp_text: str | None
    lead: str
    assist: str
    deadline_text: str
    note: str | None
    location: Location | None
    shared_key: int | None
    note_is_requirement: bool = False  # the note column holds the task's requirement


def _split_items(text: str) -> list[tuple[HeadingLabel | None, str]]:
    """Split a requirement cell into its labelled items (``1.…\\n2.…``)."""
    lines = text.split("\n")
    items: list[tuple[HeadingLabel | None, list[str]]] = []
    first = parse_label(lines[0]) if lines else None
    for line in lines:
        label = parse_label(line)
        if (
            label is not None
            and first is not None
            and items
            and label.style == first.style
            and items[-1][0] is not None
            and label.number == items[-1][0].number + 1
        ):
            items.append((label, [label.rest]))
        elif not items:
            items.append((label, [label.rest if label else line]))
        else:
            items[-1][1].append(line)
    return [(lab, "\n".join(ls).strip()) for lab, ls in items]


class _Sections:
    """Heading state: one title per level, kept as long as no new heading comes."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.labels: list[str] = []
        self.cells: list[int | None] = []
        self.entries: list[list[Any]] = []  # [text, location, used] per fresh heading
        self.current: list[list[Any] | None] = []  # the entry at each level

    def set(
        self,
        level: int,
        title: str,
        label: str,
        key: int | None,
        text: str | None = None,
        location: Location | None = None,
    ) -> bool:
        """Set the heading at ``level``; False if it repeats the current one."""
        if (
            level < len(self.titles)
            and squeeze(self.titles[level]) == squeeze(title)
            and (squeeze(self.labels[level]) == squeeze(label))
        ):
            # the same heading again (a page repeats it): deeper levels stand
            return False
        del self.titles[level:], self.labels[level:], self.cells[level:]
        while len(self.titles) < level:
            self.titles.append("")
            self.labels.append("")
            self.cells.append(None)
        self.titles.append(title)
        self.labels.append(label)
        self.cells.append(key)
        entry = [text if text is not None else label + title, location, False]
        self.entries.append(entry)
        del self.current[level:]
        while len(self.current) < level:
            self.current.append(None)
        self.current.append(entry)
        return True

    def unused(self) -> list[tuple[str, Location | None]]:
        """Headings no task was placed under (closing text in a heading column, …)."""
        return [(e[0], e[1]) for e in self.entries if not e[2]]

    def path(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        for entry in self.current:
            if entry is not None:
                entry[2] = True
        pairs = [(t, lab) for t, lab in zip(self.titles, self.labels, strict=True) if t or lab]
        return tuple(t for t, _ in pairs), tuple(lab for _, lab in pairs)


def _grid_rows(
    grid: Grid, ctx: _Ctx, sections: _Sections
) -> tuple[list[_Row], list[str], list[str]]:
    """Read a grid; return its task rows, the rows above its header, and trailing rows."""
    rows = grid.rows()
    texts = [[_span_text(c) for c in row] for row in rows]
    header_at = None
    roles: list[str | None] | None = None
    for i, text_row in enumerate(texts[:12]):
        roles = _header_roles(text_row)
        if roles is not None:
            header_at = i
            break
    top_header: int | None = None
    if header_at is not None and roles is not None and header_at + 1 < len(rows):
        # a two-row header: 责任分工 spanning 牵头科室 | 配合科室 below it
        top, below = rows[header_at], rows[header_at + 1]
        own = [k for k, c in enumerate(below) if c is not None and c is not top[k]]
        spanned = len({id(top[k]) for k in own}) < len(own) < len(below)
        if own and spanned and all(_cell_role(_span_text(below[k])) for k in own):
            folded = [
                texts[header_at + 1][k] if k in own else t for k, t in enumerate(texts[header_at])
            ]
            sub_roles = _header_roles(folded)
            if sub_roles is not None:
                top_header = header_at
                header_at += 1
                roles = sub_roles
    if roles is None:
        roles = _infer_roles(texts)
    n_cols = grid.n_cols
    roles = (roles + [None] * n_cols)[:n_cols]
    header_key = [squeeze(t) for t in texts[header_at]] if header_at is not None else None
    out: list[_Row] = []
    trailing: list[str] = []
    seen_cells: set[int] = set()

    def residue_row(i: int, reason: str) -> None:
        for c in rows[i]:
            if c is not None and id(c) not in seen_cells and c.text.strip():
                seen_cells.add(id(c))
                ctx.residue.append(Residue(c.text, reason, _cell_location(c, grid)))

    above: list[str] = []
    if header_at is not None:
        if top_header is not None:
            residue_row(top_header, R_HEADER)
        for i in range(header_at):
            if i == top_header:
                continue
            row_text = _join(dict.fromkeys(t for t in texts[i] if t))
            if row_text:
                above.append(row_text)
            residue_row(i, R_NOTICE)
        residue_row(header_at, R_HEADER)
    heading_cols = [i for i, r in enumerate(roles) if r == "heading"]
    text_col = roles.index("text") if "text" in roles else None
    task_rank = _task_rank(rows, roles, text_col, header_at)
    row_ranks: list[int] = []
    # The ordinals each heading column uses (一、 in the first, （一） in the
    # second): a heading row with the same ordinals is at that column's level.
    column_ranks: dict[int, int] = {}
    for level, col in enumerate(heading_cols):
        for row in rows[(header_at + 1) if header_at is not None else 0 :]:
            cell = row[col]
            lab = parse_label(cell.text) if cell is not None and cell.colspan == 1 else None
            if lab is not None and lab.rank < task_rank:
                column_ranks.setdefault(lab.rank, level)
    # Headings written across the table above heading columns that are in use
    # (一、 rows over a 工作任务 column): they are the top levels, and the
    # columns' levels come below them.
    above_ranks: list[int] = []
    body_rows = rows[(header_at + 1) if header_at is not None else 0 :]
    columns_used = any(
        row[col] is not None and row[col].colspan == 1 and row[col].text.strip()  # type: ignore[union-attr]
        for row in body_rows
        for col in heading_cols
    )
    if columns_used:
        for row in body_rows:
            distinct = {id(c): c for c in row if c is not None and c.text.strip()}
            if len(distinct) != 1:
                continue
            only = next(iter(distinct.values()))
            lab = parse_label(only.text)
            if (
                only.colspan >= 2
                and only.colspan >= n_cols - 1
                and lab is not None
                and lab.rank < task_rank
                and all(lab.rank < r for r in column_ranks)
                and lab.rank not in above_ranks
            ):
                above_ranks.append(lab.rank)
        above_ranks.sort()
    offset = len(above_ranks)

    def row_level(label: HeadingLabel | None) -> int:
        """Level of a heading written in its own row, below any heading columns.

        Such headings nest by their ordinals: ``一、`` above ``（一）``; one
        with the ordinals of a heading column is at that column's level.
        """
        if label is not None and label.rank in above_ranks:
            return above_ranks.index(label.rank)
        if label is not None and label.rank in column_ranks:
            return column_ranks[label.rank] + offset
        if label is not None and not offset:
            # a heading column left empty (its headings were written across
            # the row instead), between columns of higher and lower ordinals
            for level in range(len(heading_cols)):
                if level in column_ranks.values():
                    continue
                above = [r for r, lv in column_ranks.items() if lv < level]
                below = [r for r, lv in column_ranks.items() if lv > level]
                if all(r < label.rank for r in above) and all(r > label.rank for r in below):
                    return level
        rank = label.rank if label is not None else 0
        if rank not in row_ranks:
            row_ranks.append(rank)
            row_ranks.sort()
        return len(heading_cols) + offset + row_ranks.index(rank)

    pending_trailing: list[int] = []
    for i in range((header_at + 1) if header_at is not None else 0, len(rows)):
        row = rows[i]
        t = texts[i]
        if header_key is not None and [squeeze(x) for x in t] == header_key:
            residue_row(i, R_REPEATED_HEADER)
            continue
        if not any(t):
            continue
        distinct = {id(c): c for c in row if c is not None and c.text.strip()}
        if len(distinct) == 1:
            only = next(iter(distinct.values()))
            lab = parse_label(only.text)
            if (
                only.colspan >= 2
                and only.colspan >= n_cols - 1
                and id(only) not in seen_cells
                and (lab is None or lab.rank < task_rank)
            ):
                # a heading written across the whole table
                seen_cells.add(id(only))
                _apply_heading_cell(only, row_level(lab), sections, ctx, grid)
                continue
        # heading columns
        for level, col in enumerate(heading_cols):
            cell = row[col]
            if cell is None or not cell.text.strip() or id(cell) in seen_cells:
                continue
            seen_cells.add(id(cell))
            _apply_heading_cell(cell, level + offset, sections, ctx, grid)
        text_cell = row[text_col] if text_col is not None else None
        ttext = _span_text(text_cell)
        if text_cell is not None and id(text_cell) in seen_cells:
            ttext = ""
        if not ttext:
            # A row with no requirement: a heading in its own row, or text
            # that belongs to no task.
            others = [
                c for c in row if c is not None and id(c) not in seen_cells and c.text.strip()
            ]
            if (len({id(c) for c in others}) == 1 and not heading_cols) or (
                len({id(c) for c in others}) == 1 and parse_label(others[0].text) is not None
            ):
                cell = others[0]
                label = parse_label(cell.text)
                if label is not None and label.rank < task_rank:
                    seen_cells.add(id(cell))
                    _apply_heading_cell(cell, row_level(label), sections, ctx, grid)
                    continue
            if out:
                pending_trailing.append(i)
            else:
                residue_row(i, R_UNPLACED_ROW)
            continue
        label = parse_label(ttext)
        if label is not None and label.rank < task_rank and not _row_has_task_fields(row, roles):
            # a heading written in the requirement column, in its own row
            seen_cells.add(id(text_cell))
            _apply_heading_cell(text_cell, row_level(label), sections, ctx, grid)  # type: ignore[arg-type]
            continue
        if pending_trailing:
            for j in pending_trailing:
                residue_row(j, R_UNPLACED_ROW)
            pending_trailing.clear()
        if text_cell is not None:
            seen_cells.add(id(text_cell))
        fields: dict[str, Any] = {
            "resp": None,
            "lead": "",
            "assist": "",
            "deadline": "",
            "note": None,
        }
        resp_cell: Cell | None = None
        shared: int | None = None
        number_text = ""
        notes: list[str] = []
        for col, role in enumerate(roles):
            cell = row[col]
            if cell is None or role in (None, "heading", "text"):
                if (
                    role is None
                    and cell is not None
                    and cell.text.strip()
                    and id(cell) not in seen_cells
                ):
                    seen_cells.add(id(cell))
                    ctx.residue.append(
                        Residue(cell.text, R_EXTRA_COLUMN, _cell_location(cell, grid))
                    )
                continue
            value = cell.text.strip()
            is_shared = cell.rowspan > 1
            first_time = id(cell) not in seen_cells
            seen_cells.add(id(cell))
            if role == "number":
                number_text = value
            elif role == "resp":
                resp_cell = cell
                fields["resp"] = value or None
                if is_shared:
                    shared = id(cell)
            elif role in ("lead", "assist"):
                fields[role] = value
                if is_shared and role == "lead":
                    shared = id(cell)
            elif role == "deadline":
                fields["deadline"] = value
            elif role in ("note", "other_resp"):
                if value:
                    notes.append(value)
            elif role == "status" and value and first_time:
                ctx.residue.append(Residue(value, R_EXTRA_COLUMN, _cell_location(cell, grid)))
        if notes:
            fields["note"] = "\n".join(notes)
        items = _split_items(ttext)
        if len(items) > 1 and shared is None:
            shared = id(text_cell)
        section, section_labels = sections.path()
        column_number = None
        if number_text:
            column_number = parse_number(number_text.strip().rstrip(".．、"))
            if column_number is None:
                as_label = parse_label(number_text)
                column_number = as_label.number if as_label is not None else None
        if column_number is not None and len(items) == 1:
            # The numbering column is the task's number; a label in the text
            # (（一）…) is a sub-numbering and stays in the text.
            items = [(None, ttext)]
        for lab, body in items:
            number = lab.number if lab else None
            label_text = lab.label.strip() if lab else ""
            if number is None and column_number is not None:
                number = column_number
                label_text = number_text.strip()
            out.append(
                _Row(
                    number=number,
                    label=label_text,
                    text=body,
                    section=section,
                    section_labels=section_labels,
                    resp_cell=resp_cell,
                    resp_text=fields["resp"],
                    lead=fields["lead"],
                    assist=fields["assist"],
                    deadline_text=fields["deadline"],
                    note=fields["note"],
                    location=_cell_location(text_cell, grid),
                    shared_key=shared,
                )
            )
    for j in pending_trailing:
        for c in rows[j]:
            if c is not None and id(c) not in seen_cells and c.text.strip():
                seen_cells.add(id(c))
                trailing.append(c.text)
                ctx.residue.append(Residue(c.text, R_CLOSING, _cell_location(c, grid)))
    # Cells never visited (e.g. in columns of rows skipped above) are residue too.
    for left in rows:
        for c in left:
            if c is not None and id(c) not in seen_cells and c.text.strip():
                seen_cells.add(id(c))
                ctx.residue.append(Residue(c.text, R_UNPLACED_ROW, _cell_location(c, grid)))
    return out, above, [t for t in trailing if t]


def _row_has_task_fields(row: Sequence[Cell | None], roles: Sequence[str | None]) -> bool:
    """Whether a row has its own responsibility or deadline (not one cell across the row)."""
    for cell, role in zip(row, roles, strict=False):
        if (
            role in ("resp", "lead", "assist", "deadline")
            and cell is not None
            and cell.text.strip()
        ):
            if (
                cell.colspan > 1
                and sum(1 for c in row if c is cell) > 1
                and all(c is cell or c is None or not c.text.strip() for c in row)
            ):
                continue
            return True
    return False


def _task_rank(
    rows: Sequence[Sequence[Cell | None]],
    roles: Sequence[str | None],
    text_col: int | None,
    header_at: int | None,
) -> int:
    """The label rank of the table's tasks; labels of a lower rank are headings.

    Rows that carry a responsibility or a deadline are tasks, so their
    labels decide; failing that, the deepest label in the requirement column.
    """
    if text_col is None:
        return 99
    with_fields: dict[int, int] = {}
    ranks: set[int] = set()
    start = header_at + 1 if header_at is not None else 0
    for row in rows[start:]:
        cell = row[text_col] if text_col < len(row) else None
        if cell is None or cell.colspan > 1:
            continue
        label = parse_label(cell.text)
        if label is None:
            continue
        ranks.add(label.rank)
        if _row_has_task_fields(row, roles):
            with_fields[label.rank] = with_fields.get(label.rank, 0) + 1
    if with_fields:
        return max(with_fields, key=lambda r: (with_fields[r], r))
    return max(ranks, default=99)


def _apply_heading_cell(cell: Cell, level: int, sections: _Sections, ctx: _Ctx, grid: Grid) -> None:
    """A heading cell may hold one heading, or several levels on separate lines."""
    lines = [ln for ln in cell.text.split("\n") if ln.strip()]
    labelled = [(parse_label(ln), ln) for ln in lines]
    chunks: list[tuple[HeadingLabel | None, str]] = []
    for lab, ln in labelled:
        if (
            lab is not None
            and chunks
            and chunks[-1][0] is not None
            and lab.rank > chunks[-1][0].rank
        ) or not chunks:
            chunks.append((lab, ln))
        else:
            prev_lab, prev = chunks[-1]
            chunks[-1] = (prev_lab, prev + ln.strip())
    for offset, (lab, text) in enumerate(chunks):
        title = _title_of(lab, text)
        fresh = sections.set(
            level + offset,
            title,
            lab.label.strip() if lab else "",
            id(cell),
            text,
            _cell_location(cell, grid),
        )
        if not fresh:
            ctx.residue.append(Residue(text, R_REPEATED_HEADING, _cell_location(cell, grid)))


def _infer_roles(texts: Sequence[Sequence[str]]) -> list[str | None]:
    """Column roles for a table with no header row, from the cells' content."""
    n = max((len(r) for r in texts), default=0)
    roles: list[str | None] = [None] * n
    scores: list[dict[str, int]] = [{} for _ in range(n)]
    for row in texts:
        for j, value in enumerate(row):
            if not value:
                continue
            lab = parse_label(value)
            d = scores[j]
            if lab is not None and lab.rank >= 3:
                d["text"] = d.get("text", 0) + 1
            elif lab is not None:
                d["heading"] = d.get("heading", 0) + 1
            elif looks_like_responsibility(value):
                d["resp"] = d.get("resp", 0) + 1
            elif re.fullmatch(r"\d{1,3}[.．、]?", squeeze(value)):
                d["number"] = d.get("number", 0) + 1
            elif len(squeeze(value)) <= 16 and DEADLINE_HINT.search(value):
                d["deadline"] = d.get("deadline", 0) + 1
            else:
                d["prose"] = d.get("prose", 0) + 1
    text_col = max(
        range(n),
        key=lambda j: scores[j].get("text", 0) * 2 + scores[j].get("prose", 0),
        default=None,
    )
    for j in range(n):
        if j == text_col:
            roles[j] = "text"
            continue
        best = max(scores[j].items(), key=lambda kv: kv[1], default=(None, 0))[0]
        if best == "prose":
            best = "heading" if text_col is not None and j < text_col else "note"
        roles[j] = best
    return roles


# ---------------------------------------------------------------------------
# outlines (prose plans)

_FIELD_NAMES = FIELD_NAMES
_FIELD = FIELD_RE


R_FIELD_NAME = "field name"


def _field_names(text: str) -> str:
    """The field names in ``text`` (``责任单位：完成时限：``), for the residue."""
    return "".join(m.group(0).strip() for m in _FIELD.finditer(text))


def _fields(text: str) -> dict[str, str] | None:
    """``责任单位：市发改局；完成时限：2021年底前`` -> {resp: …, deadline: …}.

    None unless ``text`` starts with a field name.
    """
    first = _FIELD.match(text.strip())
    if first is None:
        return None
    out: dict[str, str] = {}
    body = text.strip()
    matches = list(_FIELD.finditer(body))
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(body)
        key = next(name for name in _FIELD_NAMES if m.group(name))
        value = body[m.end() : end].strip().rstrip("；;，,。 \u3000")
        if key in out and value:
            out[key] = out[key] + "；" + value
        else:
            out[key] = value or out.get(key, "")
    return out


def _field_parens(text: str) -> tuple[str, dict[str, str]]:
    """Take ``（责任单位：…；完成时限：…）`` out of a prose task."""
    fields: dict[str, str] = {}
    i = 0
    parts: list[str] = []
    last = 0
    while True:
        m = _TRAILING_PAREN.search(text, i)
        if m is None:
            break
        end = _matching_paren(text, m.start())
        if end is None:
            break
        found = _fields(text[m.start() + 1 : end])
        if found:
            for key, value in found.items():
                fields[key] = (fields[key] + "；" + value) if key in fields else value
            parts.append(text[last : m.start()])
            last = end + 1
        i = end + 1
    if not fields:
        return text, {}
    parts.append(text[last:])
    return "".join(parts).strip(), fields


_TRAILING_PAREN = re.compile(r"[（(]")


def _matching_paren(text: str, start: int) -> int | None:
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth == 0:
                return i
    return None


def _extract_responsibilities(text: str) -> tuple[str, list[str]]:
    """Take the ``（…负责）`` parentheses out of a prose task."""
    found: list[tuple[int, int]] = []
    i = 0
    while True:
        m = _TRAILING_PAREN.search(text, i)
        if m is None:
            break
        end = _matching_paren(text, m.start())
        if end is None:
            break
        inner = text[m.start() + 1 : end]
        before = text[: m.start()].rstrip()
        at_end = not text[end + 1 :].strip()
        after_sentence = before.endswith(("。", "；", ";")) or at_end
        # units without a role word (（区发改局）) only close a sentence
        named = ROLE_WORD.search(inner) or (at_end and before.endswith("。"))
        if after_sentence and named and looks_like_responsibility(inner, max_len=160):
            found.append((m.start(), end))
        i = end + 1
    if not found:
        return text, []
    parts = []
    last = 0
    for s, e in found:
        parts.append(text[last:s])
        last = e + 1
    parts.append(text[last:])
    body = "".join(parts).strip()
    return body, [text[s + 1 : e].strip() for s, e in found]


def _outline_rows(blocks: Sequence[Block], ctx: _Ctx) -> tuple[list[_Row], int, int]:
    """Tasks from labelled paragraphs; returns the rows and the body's block range."""
    labelled = [(i, parse_label(b.text)) for i, b in enumerate(blocks)]
    with_label = [(i, lab) for i, lab in labelled if lab is not None]
    if not with_label:
        return [], len(blocks), len(blocks)
    # The task level: the style whose paragraphs carry responsibilities, else the
    # most frequent style below the top level.
    stats: dict[str, list[int]] = {}
    ranks: dict[str, int] = {}
    for i, found in with_label:
        assert found is not None
        _, resps = _extract_responsibilities(blocks[i].text)
        entry = stats.setdefault(found.style, [0, 0])
        entry[0] += 1
        entry[1] += 1 if resps else 0
        ranks[found.style] = found.rank
    with_resp = [s for s, (n, r) in stats.items() if r]
    if with_resp:
        task_style = max(with_resp, key=lambda s: (stats[s][1], ranks[s]))
    else:
        candidates = [s for s in stats if stats[s][0] >= 2] or list(stats)
        top = min(ranks[s] for s in candidates)
        lower = [s for s in candidates if ranks[s] > top] or candidates
        task_style = max(lower, key=lambda s: (stats[s][0], ranks[s]))
    task_rank = ranks[task_style]
    heading_ranks = sorted({ranks[s] for s in stats if ranks[s] < task_rank})
    first_body = min(
        i
        for i, lab in with_label
        if lab is not None and (lab.rank in heading_ranks or lab.style == task_style)
    )
    sections = _Sections()
    rows: list[_Row] = []
    current: dict[str, Any] | None = None
    last_body = first_body
    pending_after: list[int] = []

    def finish() -> None:
        nonlocal current
        if current is None:
            return
        text = "\n".join(current["parts"])
        text, in_parens = _field_parens(text)
        if in_parens:
            names = _field_names("\n".join(current["parts"]))
            ctx.residue.append(Residue(names, R_FIELD_NAME, current["location"]))
        fields: dict[str, str] = {**in_parens, **current["fields"]}
        body, resps = _extract_responsibilities(text)
        if fields.get("resp"):
            resps.append(fields["resp"])
        section, labels = current["section"]
        rows.append(
            _Row(
                number=current["label"].number,
                label=current["label"].label.strip(),
                text=body,
                section=section,
                section_labels=labels,
                resp_cell=None,
                resp_text="；".join(resps) if resps else None,
                lead=fields.get("lead", ""),
                assist=fields.get("assist", ""),
                deadline_text=fields.get("deadline", ""),
                note=fields.get("note") or None,
                location=current["location"],
                shared_key=None,
            )
        )
        current = None

    for i in range(first_body, len(blocks)):
        block = blocks[i]
        lab = labelled[i][1]
        if lab is not None and lab.rank in heading_ranks:
            finish()
            for j in pending_after:
                ctx.residue.append(Residue(blocks[j].text, R_UNPLACED_ROW, _loc(blocks[j])))
            pending_after.clear()
            level = heading_ranks.index(lab.rank)
            title = _title_of(lab, block.text)
            if not sections.set(level, title, lab.label.strip(), None, block.text, block.location):
                ctx.residue.append(Residue(block.text, R_REPEATED_HEADING, _loc(block)))
            last_body = i
        elif lab is not None and lab.style == task_style:
            finish()
            for j in pending_after:
                ctx.residue.append(Residue(blocks[j].text, R_UNPLACED_ROW, _loc(blocks[j])))
            pending_after.clear()
            current = {
                "label": lab,
                "parts": [lab.rest],
                "section": sections.path(),
                "location": block.location,
                "fields": {},
            }
            last_body = i
        elif current is not None and (field_values := _fields(block.text)) is not None:
            # 责任单位：… / 完成时限：… lines under a task
            for key, value in field_values.items():
                old = current["fields"].get(key)
                current["fields"][key] = f"{old}；{value}" if old else value
            ctx.residue.append(Residue(_field_names(block.text), R_FIELD_NAME, block.location))
            last_body = i
        elif (
            current is not None
            and not current["fields"]
            and not _ends_with_responsibility(current["parts"][-1])
        ):
            current["parts"].append(block.text.strip())
            last_body = i
        else:
            pending_after.append(i)
    finish()
    for text, location in sections.unused():
        ctx.residue.append(Residue(text, R_EMPTY_HEADING, location))
    for j in pending_after:
        if j < last_body + 1:
            ctx.residue.append(Residue(blocks[j].text, R_UNPLACED_ROW, _loc(blocks[j])))
    return rows, first_body, last_body + 1


def _ends_with_responsibility(text: str) -> bool:
    _, resps = _extract_responsibilities(text)
    return bool(resps) and text.rstrip().endswith(("）", ")"))


# ---------------------------------------------------------------------------
# the plan


_FIELD_GAP = re.compile(r"[ \t\u3000]{3,}|\t")


def _metadata(before: Sequence[str], after: Sequence[str], year: int | None) -> Any:
    from zwgk.lang.metadata import extract_metadata

    # Fields laid out on one line with wide gaps (文号 ... 日期) are separate lines.
    def lines(texts: Sequence[str]) -> list[str]:
        out: list[str] = []
        for text in texts:
            for line in text.split("\n"):
                out.extend(part for part in _FIELD_GAP.split(line) if part.strip())
        return out

    return extract_metadata(lines(before), lines(after))


def build_plan(document: Document, *, year: int | None = None, **options: Any) -> Plan:
    """Build a :class:`~zwgk.Plan` from what a reader extracted.

    ``year`` is the plan's year when the caller knows it (deadlines such as
    ``8月底前`` need one); otherwise it comes from the notice.

    >>> from zwgk.document import Document, Grid
    >>> grid = Grid.from_rows([
    ...     ["工作任务", "具体要求", "责任单位", "完成时限"],
    ...     ["一、做好规划公开", "1.主动公开规划纲要。", "办公室牵头，各科室配合", "及时更新"],
    ...     [None, "2.及时更新专栏。", None, "长期开展"],
    ... ])
    >>> plan = build_plan(Document([grid]))
    >>> [(t.number, t.section, t.responsibility.leads, t.group) for t in plan.tasks]
    [(1, ('做好规划公开',), ('办公室',), 1), (2, ('做好规划公开',), ('办公室',), 1)]
    """
    if options:
        raise TypeError(f"build_plan() got an unexpected keyword argument {next(iter(options))!r}")
    ctx = _Ctx(year=year)
    parts = list(document.parts)
    grid_idx = [i for i, p in enumerate(parts) if isinstance(p, Grid) and _is_plan_grid(p)]
    rows: list[_Row] = []
    before: list[str] = []
    after: list[str] = []
    if grid_idx:
        first, last = grid_idx[0], grid_idx[-1]
        for p in parts[:first]:
            if isinstance(p, Block):
                before.append(p.text)
                ctx.residue.append(Residue(p.text, R_NOTICE, p.location))
            else:
                ctx.residue.extend(_grid_residue(p, R_NOTICE))
        sections = _Sections()
        for p in parts[first : last + 1]:
            if isinstance(p, Grid):
                if _is_plan_grid(p):
                    got, above, trailing = _grid_rows(p, ctx, sections)
                    if not rows:
                        before.extend(above)
                    rows.extend(got)
                    after.extend(trailing)
                else:
                    ctx.residue.extend(_grid_residue(p, R_BETWEEN))
            else:
                lab = parse_label(p.text)
                if lab is not None and lab.rank <= 2:
                    level = 0 if lab.rank == 1 else 1
                    title = _title_of(lab, p.text)
                    if not sections.set(level, title, lab.label.strip(), None, p.text, p.location):
                        ctx.residue.append(Residue(p.text, R_REPEATED_HEADING, p.location))
                else:
                    ctx.residue.append(Residue(p.text, R_BETWEEN, p.location))
        for text, location in sections.unused():
            ctx.residue.append(Residue(text, R_EMPTY_HEADING, location))
            after.append(text)
        for p in parts[last + 1 :]:
            if isinstance(p, Block):
                after.append(p.text)
                ctx.residue.append(Residue(p.text, R_CLOSING, p.location))
            else:
                ctx.residue.extend(_grid_residue(p, R_CLOSING))
    else:
        blocks = [p for p in parts if isinstance(p, Block)]
        for p in parts:
            if isinstance(p, Grid):
                ctx.residue.extend(_grid_residue(p, R_BETWEEN))
        rows, start, end = _outline_rows(blocks, ctx)
        for b in blocks[:start]:
            before.append(b.text)
            ctx.residue.append(Residue(b.text, R_NOTICE, b.location))
        for b in blocks[end:]:
            after.append(b.text)
            ctx.residue.append(Residue(b.text, R_CLOSING, b.location))
    meta = _metadata(before, after, year)
    plan_year = year if year is not None else meta.year
    ctx.year = plan_year
    tasks = _tasks(rows, ctx)
    residue = tuple(document.residue) + tuple(ctx.residue)
    diagnostics = list(document.diagnostics) + ctx.diagnostics
    if not tasks:
        diagnostics.append(
            Diagnostic("plan.no_tasks", "no tasks were found in the document", Severity.WARNING)
        )
    return Plan(
        tasks=tuple(tasks),
        title=meta.title,
        issuer=meta.issuer,
        doc_number=meta.doc_number,
        date=meta.date,
        year=plan_year,
        parents=tuple(PlanRef(p.title, p.doc_number) for p in meta.parents),
        default_deadline=meta.default_deadline,
        residue=residue,
        diagnostics=tuple(diagnostics),
        source=document.source,
        format=document.format,
    )


def _is_plan_grid(grid: Grid) -> bool:
    rows = grid.rows()
    texts = [[_span_text(c) for c in row] for row in rows]
    if any(_header_roles(r) is not None for r in texts[:12]):
        return True
    labelled = sum(
        1 for r in texts for v in r if v and (lab := parse_label(v)) is not None and lab.rank >= 2
    )
    return labelled >= 2 and grid.n_cols >= 2


def _grid_residue(grid: Grid, reason: str) -> list[Residue]:
    return [
        Residue(c.text, reason, c.location or grid.location) for c in grid.cells if c.text.strip()
    ]


def _with_lead_column(r: _Row) -> Responsibility | None:
    """The responsibility of a row with lead (and assist) columns.

    A responsibility column that already names the lead units repeats the
    lead column (a ledger writes both); otherwise it names the units that
    work with the lead, who assist unless the text says otherwise.
    """
    if r.resp_text is None:
        return _lead_assist(r.lead, r.assist)
    whole = _responsibility(r.resp_text)
    lead = _responsibility(r.lead)
    lead_units = [a.unit for a in lead.assignments] if lead is not None else []
    if whole is not None and all(squeeze(u) in squeeze(r.resp_text) for u in lead_units):
        return whole
    others = "；".join(x for x in (r.assist, r.resp_text) if x.strip())
    return _lead_assist(r.lead, others)


def _tasks(rows: Sequence[_Row], ctx: _Ctx) -> list[Task]:
    cache: dict[str, Responsibility | None] = {}
    shared_count: dict[int, int] = {}
    for r in rows:
        if r.shared_key is not None:
            shared_count[r.shared_key] = shared_count.get(r.shared_key, 0) + 1
    tasks = []
    unread: set[tuple[str, Location | None]] = set()
    # A table whose tasks carry no number at all: they are numbered in order
    # (the label stays empty, as nothing was written).
    by_position = bool(rows) and all(r.number is None for r in rows)
    for position, r in enumerate(rows, start=1):
        if by_position:
            r = attrs.evolve(r, number=position)
        if r.lead or r.assist:
            resp = _with_lead_column(r)
        else:
            key = r.resp_text or ""
            if key not in cache:
                cache[key] = _responsibility(r.resp_text)
            resp = cache[key]
        deadline = _deadline_cell(r.deadline_text, ctx.year) if r.deadline_text else None
        if deadline is None and r.deadline_text.strip():
            seen = (r.deadline_text, r.location)
            if seen not in unread:
                unread.add(seen)
                ctx.residue.append(Residue(r.deadline_text, R_DEADLINE_UNREAD, r.location))
                ctx.diagnostics.append(
                    Diagnostic(
                        "deadline.unread",
                        f"deadline not understood: {r.deadline_text.strip()!r}",
                        Severity.INFO,
                        r.location,
                    )
                )
        if deadline is None:
            deadline = _deadline_in_text(r.text, ctx.year)
        if deadline is None and r.note and r.note_is_requirement:
            deadline = _deadline_in_text(r.note, ctx.year)
        group = None
        if r.shared_key is not None and shared_count.get(r.shared_key, 0) > 1:
            group = ctx.group_for(r.shared_key)
        tasks.append(
            Task(
                text=r.text,
                number=r.number,
                label=r.label,
                section=r.section,
                section_labels=r.section_labels,
                responsibility=resp,
                deadline=deadline,
                note=r.note,
                group=group,
                location=r.location,
            )
        )
    return tasks
