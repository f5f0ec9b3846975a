"""The builder's entry: a reader's :class:`~zwgk.document.Document` becomes a plan.

A document with plan tables is read by the table assembly (text between its
tables may hold headings); one without is read by the outline assembly.
The text around the body is the notice and the closing, which give the
metadata.  Everything the builder does not place in a task goes to the
residue with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from zwgk._model import Diagnostic, Plan, PlanRef, Residue, Severity
from zwgk.build.duties import duty_table, with_duties
from zwgk.build.metadata import metadata
from zwgk.build.notes import duties_by_mark
from zwgk.build.outline import headings_run_in, outline_rows
from zwgk.build.pieces import (
    R_AIMS,
    R_BETWEEN,
    R_CLOSING,
    R_CONTACT,
    R_CUT_LABEL,
    R_DUTY_TABLE,
    R_EMPTY_HEADING,
    R_ITEM_DUTIES,
    R_NOTICE,
    R_REPEATED_HEADING,
    R_ROLE_KEY,
    R_SCOPE,
    R_SUPPORT,
    R_TAG,
    R_TOTAL,
    Context,
    Row,
    cell_location,
    status_marks_apart,
    title_of,
)
from zwgk.build.roles import is_plan_grid, upright
from zwgk.build.sections import Sections
from zwgk.build.table import grid_rows
from zwgk.build.tasks import tasks
from zwgk.document import Block, Document, Grid
from zwgk.lang.deadline import parse_deadline
from zwgk.lang.numerals import PART_RANK, HeadingLabel
from zwgk.lang.pieces import label_of, may_hold_status_marks, tag_end
from zwgk.lang.responsibility import (
    find_role_key,
    item_duties,
    item_duties_start,
    tasks_above,
)
from zwgk.lang.units import subject_units
from zwgk.lang.vocab import (
    CONTACT_BRACKET,
    SENTENCE_END,
    is_aims_heading,
    is_support_heading,
    is_total_row,
)

__all__ = ["build_plan", "grid_residue"]


def grid_residue(grid: Grid, reason: str) -> list[Residue]:
    """Every cell of ``grid`` with text, as residue for ``reason``."""
    return [
        Residue(c.text, reason, c.location or grid.location) for c in grid.cells if c.text.strip()
    ]


@attrs.define
class _Body:
    """What an assembly read: task rows, and the text before and after them."""

    rows: list[Row] = attrs.Factory(list)
    before: list[str] = attrs.Factory(list)
    after: list[str] = attrs.Factory(list)


def _outside(parts: Sequence[Block | Grid], reason: str, texts: list[str], ctx: Context) -> None:
    """Parts before or after the plan's tables: notice or closing text (a
    table's rows too, such as a page's box of fields, ``成文日期 | 2022-07-21``)."""
    for p in parts:
        if isinstance(p, Block):
            texts.append(p.text)
            ctx.residue.append(Residue(p.text, reason, p.location))
        else:
            texts.extend(_row_lines(p))
            ctx.residue.extend(grid_residue(p, reason))


def _row_lines(grid: Grid) -> list[str]:
    """A table's rows as lines, a wide gap between two cells (as a page's
    fields laid out on one line are read), a merged cell once."""
    out = []
    for row in grid.rows():
        cells = [c for k, c in enumerate(row) if c is not None and (k == 0 or c is not row[k - 1])]
        out.append(_CELL_GAP.join(c.text.strip() for c in cells if c.text.strip()))
    return out


_CELL_GAP: Final = "\u3000" * 3


def _between(block: Block, sections: Sections, ctx: Context) -> int | None:
    """A paragraph between plan tables: a heading (一、 or （一）), else residue;
    the heading's rank."""
    lab = label_of(block.text)
    if lab is None or lab.rank > 2:
        ctx.residue.append(Residue(block.text, R_BETWEEN, block.location))
        return None
    level = 0 if lab.rank <= 1 else 1
    title = title_of(lab, block.text)
    if not sections.set(level, title, lab.label.strip(), None, block.text, block.location):
        ctx.residue.append(Residue(block.text, R_REPEATED_HEADING, block.location))
    return lab.rank


def _first_part_heading(parts: Sequence[Block | Grid], first: int) -> int:
    """Where the plan's body starts: at its first table, or at the headings
    right before it that open its first part (``一、基础信息公开`` over the
    table of that part's tasks; a part's or a group's label, numbered one)."""
    k = first
    opening: HeadingLabel | None = None
    while k > 0 and isinstance(block := parts[k - 1], Block):
        lab = _part_heading(block.text)
        if lab is None:
            break
        k, opening = k - 1, lab
    return k if opening is not None and opening.number == 1 else first


def _part_heading(text: str) -> HeadingLabel | None:
    """The label of a paragraph that is a heading a part's tables may stand
    under: a part's or a group's label (一、, （一）) and a short title, no sentence."""
    lab = label_of(text)
    if lab is None or lab.rank > PART_RANK:
        return None
    title = lab.rest.strip()
    return lab if 0 < len(title) <= _LONGEST_HEADING and "。" not in title else None


_LONGEST_HEADING: Final = 30


def _tables(parts: Sequence[Block | Grid], plan_grids: Sequence[int], ctx: Context) -> _Body:
    """The plan's tables: the parts from the first grid that holds tasks
    (``plan_grids``, their indices) to the last."""
    body = _Body()
    first, last, holding = plan_grids[0], plan_grids[-1], set(plan_grids)
    start = _first_part_heading(parts, first)
    _outside(parts[:start], R_NOTICE, body.before, ctx)
    sections = Sections()
    header: list[str | None] | None = None  # the last header a block showed
    outside: set[int] = set()  # the ranks of the headings between the blocks
    for k in range(start, last + 1):
        p = parts[k]
        if isinstance(p, Block):
            rank = _between(p, sections, ctx)
            if rank is not None:
                outside.add(rank)
        elif k not in holding:
            ctx.residue.extend(grid_residue(p, R_BETWEEN))
        else:
            read = grid_rows(p, ctx, sections, header, sorted(outside))
            header = read.header or header
            if not body.rows:
                body.before.extend(read.above)
            body.rows.extend(read.rows)
            body.after.extend(read.trailing)
    for text, location in sections.unused():
        ctx.residue.append(Residue(text, R_EMPTY_HEADING, location))
        body.after.append(text)
    _outside(parts[last + 1 :], R_CLOSING, body.after, ctx)
    if body.rows and not body.after:
        body.rows[-1] = _cut_at_end(body.rows[-1])
    return body


def _cut_at_end(row: Row) -> Row:
    """The last row of a table that ends the input (a page's opening, nothing
    after it), marked cut where its last cell is its unit cell and no
    sentence closes it: the page may stop inside its last name
    (``…、市金融办、人民银``)."""
    if row.deadline_text or row.note:
        return row
    cell = (row.resp_text or row.assist or row.lead).rstrip()
    return attrs.evolve(row, cut=True) if cell and not cell.endswith(SENTENCE_END) else row


def _outline(parts: Sequence[Block | Grid], ctx: Context) -> _Body:
    """A plan with no table: its paragraphs."""
    blocks = headings_run_in([p for p in parts if isinstance(p, Block)])
    for p in parts:
        if isinstance(p, Grid):
            duties = duty_table(p)
            ctx.duties.update(duties)
            ctx.residue.extend(grid_residue(p, R_DUTY_TABLE if duties else R_BETWEEN))
    rows, start, end = outline_rows(blocks, ctx)
    body = _Body(rows)
    for p in parts:  # (a page's box of fields above the text: the notice's)
        if not isinstance(p, Grid):
            break
        body.before.extend(_row_lines(p))
    _outside(blocks[:start], R_NOTICE, body.before, ctx)
    _outside(blocks[end:], R_CLOSING, body.after, ctx)
    return body


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
    ctx = Context(year=year)
    parts = [_unmarked(upright(p) if isinstance(p, Grid) else p, ctx) for p in document.parts]
    grid_idx = [i for i, p in enumerate(parts) if isinstance(p, Grid) and is_plan_grid(p)]
    body = _tables(parts, grid_idx, ctx) if grid_idx else _outline(parts, ctx)
    meta = metadata(body.before, body.after, year)
    return finish_plan(
        meta,
        year,
        body.rows,
        ctx,
        residue=document.residue,
        diagnostics=document.diagnostics,
        source=document.source,
        fmt=document.format,
    )


def _unmarked(part: Block | Grid, ctx: Context) -> Block | Grid:
    """A part without the marks in its texts saying whether a task is new
    or carried on (into the residue)."""
    if isinstance(part, Block):
        text = status_marks_apart(part.text, part.location, ctx.residue)
        return part if text == part.text else attrs.evolve(part, text=text)
    if not may_hold_status_marks("\n".join(c.text for c in part.cells)):
        return part
    cells = [
        attrs.evolve(c, text=text) if text != c.text else c
        for c in part.cells
        for text in (status_marks_apart(c.text, cell_location(c, part), ctx.residue),)
    ]
    changed = any(a is not b for a, b in zip(cells, part.cells, strict=True))
    return attrs.evolve(part, cells=tuple(cells)) if changed else part


def _shared_back(rows: Sequence[Row], ctx: Context) -> list[Row]:
    """The rows with a responsibility written once for the tasks above it
    (``以上3项工作由区民政局负责``) given to each of them: the number of tasks
    it names, or where it names none those of its part back to a task that
    names its own. The words that say so go to the residue."""
    out = list(rows)
    for k, row in enumerate(rows):
        found = tasks_above(row.resp_text or "") if not (row.lead or row.assist) else None
        if found is None:
            continue
        count, scope, raw = found
        ctx.residue.append(Residue(scope, R_SCOPE, row.location))
        out[k] = attrs.evolve(row, resp_text=raw, shared_key=-1 - k)
        j = k - 1
        while j >= 0 and (j > k - count if count else rows[j].section == row.section):
            if _assigned(out[j]):
                break
            out[j] = attrs.evolve(out[j], resp_text=raw, shared_key=-1 - k)
            j -= 1
    return out


def _duties_by_item(rows: Sequence[Row], residue: Sequence[Residue], ctx: Context) -> list[Row]:
    """The rows with the responsibility, and the deadline, a 责任分工 part or
    a part's closing sentence gives them by their numbers (``第1、2项由党政办
    负责；第3项由…``, ``以上第1项、第2项由…负责，2024年3月底前完成``), where
    the row names no units of its own; the part and the sentences stay in the
    residue.  Only where the numbers name one row each."""
    rows = _duty_lines_out(rows, ctx)
    duties = [d for r in [*residue, *ctx.residue] for d in item_duties(r.text)]
    numbers = [r.number for r in rows if r.number is not None]
    if not duties or len(numbers) != len(set(numbers)):
        return list(rows)
    given: dict[int, str] = {}
    deadlines: dict[int, str] = {}
    for duty in duties:  # an item several clauses name: theirs in order
        for n in duty.items:
            given[n] = f"{given[n]}；{duty.responsibility}" if n in given else duty.responsibility
            if duty.deadline is not None:
                deadlines.setdefault(n, duty.deadline)
    return [_given(r, given, deadlines) for r in rows]


def _given(row: Row, given: dict[int, str], deadlines: dict[int, str]) -> Row:
    if row.number not in given or _assigned(row) or row.cut:
        return row
    deadline = row.deadline_text or deadlines.get(row.number, "")
    return attrs.evolve(row, resp_text=given[row.number], deadline_text=deadline)


def _duty_lines_out(rows: Sequence[Row], ctx: Context) -> list[Row]:
    """The rows without what follows a task's text that gives the tasks
    above their units by number (``以上第1项、第2项由…负责…``, on lines of its
    own or run on after the text): it goes to the residue, where
    :func:`_duties_by_item` reads it."""
    out = []
    for row in rows:
        k = item_duties_start(row.text)
        if k is None:
            out.append(row)
            continue
        ctx.residue.append(Residue(row.text[k:].strip(), R_ITEM_DUTIES, row.location))
        out.append(attrs.evolve(row, text=row.text[:k].rstrip()))
    return out


def _role_keys(rows: Sequence[Row], residue: Sequence[Residue], ctx: Context) -> list[Row]:
    """The rows with the key that says which of their units lead
    (``逗号前的为牵头单位``, ``列第一位的为牵头单位``): a responsibility's own,
    taken out of it (to the residue), else the one the notice, preamble or
    header states for all (``责任单位（列第一位的为牵头单位）``). Rows with lead
    and assist columns name their roles already."""
    found = (find_role_key(r.text) for r in residue)
    every = next((k[0] for k in found if k is not None), None)
    out = []
    for row in rows:
        own = find_role_key(row.resp_text or "")
        if row.lead or row.assist or not row.resp_text or (own is None and every is None):
            out.append(row)
            continue
        if own is None:
            out.append(attrs.evolve(row, role_key=every))
            continue
        kind, start, end = own
        key, text = row.resp_text[start:end], row.resp_text[:start] + row.resp_text[end:]
        ctx.residue.append(Residue(key.strip("，,。；; "), R_ROLE_KEY, row.location))
        out.append(attrs.evolve(row, resp_text=text.strip(), role_key=kind))
    return out


def _without_contacts(rows: Sequence[Row], ctx: Context) -> list[Row]:
    """The rows with the telephones their unit cells give beside the names
    (``综合科（0931-2365012）``) taken out, to the residue."""
    return [_contacts_apart(r, ctx) for r in rows]


def _contacts_apart(row: Row, ctx: Context) -> Row:
    cells = (row.resp_text or "", row.lead, row.assist)
    found = [n for cell in cells if cell for n in CONTACT_BRACKET.findall(cell)]
    if not found:
        return row
    ctx.residue.extend(Residue(n, R_CONTACT, row.location) for n in found)
    return attrs.evolve(
        row,
        resp_text=CONTACT_BRACKET.sub("", row.resp_text) if row.resp_text else row.resp_text,
        lead=CONTACT_BRACKET.sub("", row.lead),
        assist=CONTACT_BRACKET.sub("", row.assist),
    )


def _with_subject(row: Row) -> Row:
    """A row that names no units in a field of its own, whose requirement
    opens with the units charged with it (``市民政局要…``, also after the
    task's title sentence): those units own it."""
    if _assigned(row) or row.cut:
        return row
    title, stop, rest = row.text.partition("。")
    opening = rest.lstrip() if stop and len(title) <= _TITLE and rest.strip() else row.text
    subject = subject_units(row.text) or subject_units(opening)
    return row if subject is None else attrs.evolve(row, resp_text=subject)


_TITLE = 20  # a task's title sentence before its requirement (加强惠企政策公开。…), at most


def _assigned(row: Row) -> bool:
    cell = row.resp_cell.text.strip() if row.resp_cell is not None else ""
    return bool(row.lead or row.assist or row.resp_text or cell)


def _without_totals(rows: Sequence[Row], ctx: Context) -> list[Row]:
    """The rows without those that count the rows above them (小计 | 3项):
    those go to the residue."""
    out = []
    for r in rows:
        if is_total_row(r.label, r.text) and not _assigned(r):
            ctx.residue.append(Residue(f"{r.label} {r.text}".strip(), R_TOTAL, r.location))
        else:
            out.append(r)
    return out


def _without_tag(row: Row, ctx: Context) -> Row:
    """A row whose text opens with a tag (【财政资金】, the site's column the
    task is published under), with the tag in the residue; a tag naming a
    time (【2024年3月底前】, 【每季度】) is the row's deadline where it has none."""
    end = tag_end(row.text)
    if not end:
        return row
    tag = row.text[:end].strip()
    if not row.deadline_text and parse_deadline(tag[1:-1]) is not None:
        return attrs.evolve(row, text=row.text[end:], deadline_text=tag[1:-1])
    ctx.residue.append(Residue(tag, R_TAG, row.location))
    return attrs.evolve(row, text=row.text[end:])


def _without_support(rows: Sequence[Row], ctx: Context) -> Sequence[Row]:
    """The rows without a closing part on how the plan is carried out.

    The last parts headed 工作保障 / 保障措施 / 有关要求 / 进度安排 whose points
    name no unit, in a plan whose other tasks do (or whose tasks name none),
    hold the plan's own requirements and steps: they go to the residue, not
    into the tasks.
    """
    k = len(rows)
    while k and rows[k - 1].section and is_support_heading(rows[k - 1].section[0]):
        k -= 1
    tail, head = rows[k:], rows[:k]
    assigned = sum(map(_assigned, head))
    if not tail or not head or any(_assigned(r) for r in tail) or 0 < 2 * assigned < len(head):
        return rows
    headings: set[tuple[str, ...]] = set()
    for r in tail:
        if r.section[:1] not in headings:  # the part's heading, once
            headings.add(r.section[:1])
            label = r.section_labels[0] if r.section_labels else ""
            ctx.residue.append(Residue(f"{label}{r.section[0]}", R_SUPPORT, r.location))
        ctx.residue.append(Residue(f"{r.label}{r.text}", R_SUPPORT, r.location))
    return head


def _without_aims(rows: Sequence[Row], ctx: Context) -> Sequence[Row]:
    """The rows without an opening part on what the plan aims at.

    A first part headed 总体要求 / 工作目标 / 指导思想 whose points name no
    unit states the plan's aims, and a part on how the plan is carried out
    right after it (组织领导: the leading group it sets up): they go to the
    residue, not into the tasks.
    """
    k = 0
    while k < len(rows) and rows[k].section and is_aims_heading(rows[k].section[0]):
        k += 1
    while k and k < len(rows) and rows[k].section and is_support_heading(rows[k].section[0]):
        k += 1
    if not k or any(_assigned(r) for r in rows[:k]):
        return rows
    for r in rows[:k]:
        ctx.residue.append(Residue(f"{r.label}{r.text}", R_AIMS, r.location))
    return rows[k:]


# the opening of a label the page was cut in: an ordinal, perhaps its opening bracket
_CUT_ORDINAL: Final = re.compile(
    r"\n[ \t\u3000]*[（(]?(?:[一二三四五六七八九十]{1,2}|[0-9]{1,2})[ \t\u3000]*$"
)


def _cut_label_line(text: str) -> int | None:
    """Where a last line that is a label's ordinal alone starts (the text
    ends with the next part's ``二`` a page was cut after), else None."""
    m = _CUT_ORDINAL.search(text)
    return m.start() if m is not None and text[: m.start()].strip() else None


def _without_cut_label(rows: Sequence[Row], ctx: Context, closed: bool) -> list[Row]:
    """``rows`` without a last one that is its label alone, nothing after it
    where the text ends (a page opening cut right after ``（三）``; not where
    closing text follows, ``closed``: the row's text may have been read into
    it): no task; the label goes to the residue.  So does a last line of the
    last row's text that is a label's ordinal alone (``…工作。`` / ``二``)."""
    last = rows[-1] if rows and not closed else None
    cut = _cut_label_line(last.text) if last is not None else None
    if last is not None and cut is not None:
        ctx.residue.append(Residue(last.text[cut:].strip(), R_CUT_LABEL, last.location))
        return [*rows[:-1], attrs.evolve(last, text=last.text[:cut].rstrip())]
    if last is None or last.text.strip() or last.resp_text or last.lead or last.assist:
        return list(rows)
    if last.deadline_text.strip() or (last.note or "").strip() or last.supervise:
        return list(rows)
    ctx.residue.append(Residue(last.label, R_CUT_LABEL, last.location))
    return list(rows[:-1])


def finish_plan(
    meta: Any,
    year: int | None,
    rows: Sequence[Row],
    ctx: Context,
    *,
    residue: Sequence[Residue],
    diagnostics: Sequence[Diagnostic],
    source: str | None,
    fmt: str | None,
) -> Plan:
    """The plan from its rows and metadata: what every reading ends with.

    ``year`` wins over the metadata's; the reader's residue and diagnostics
    come first, then what the building set aside and noticed.
    """
    ctx.year = year if year is not None else meta.year
    rows = _duties_by_item(_shared_back(rows, ctx), residue, ctx)
    rows = with_duties(rows, ctx.duties)
    rows = _without_contacts(_role_keys(rows, [*residue, *ctx.residue], ctx), ctx)
    closed = any(r.reason == R_CLOSING for r in (*residue, *ctx.residue))
    rows = _without_support(_without_aims(_without_cut_label(rows, ctx, closed), ctx), ctx)
    rows = [_without_tag(r, ctx) for r in _without_totals(rows, ctx)]
    rows = duties_by_mark(rows, ctx, [_assigned(r) for r in rows])
    found = tasks([_with_subject(r) for r in rows], ctx)
    diags = list(diagnostics) + ctx.diagnostics
    if not found:
        diags.append(
            Diagnostic("plan.no_tasks", "no tasks were found in the document", Severity.WARNING)
        )
    return Plan(
        tasks=tuple(found),
        title=meta.title,
        issuer=meta.issuer,
        doc_number=meta.doc_number,
        date=meta.date,
        year=ctx.year,
        parents=tuple(PlanRef(p.title, p.doc_number) for p in meta.parents),
        default_deadline=meta.default_deadline,
        residue=tuple(residue) + tuple(ctx.residue),
        diagnostics=tuple(diags),
        source=source,
        format=fmt,
    )
