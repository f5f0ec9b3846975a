"""From a stream of text to a plan, by one outline and typed fields.

1. :class:`~zwgk.assembly.text.Stream` joins the lines and cells.
2. The covering notice ends at its signature date; a table header is found
   by its words, even when its cells ran together.
3. :func:`~zwgk.assembly.labels.choose_labels` picks the numbering from
   every label candidate; the deepest style that numbers most of the parts
   above it is the task level, the styles above are headings.
4. Each task's body is split into fields by
   :func:`~zwgk.assembly.fields.split_body` (tables) or by its trailing
   responsibility and field lines (prose).
5. A table row that lacks its unit cells shares the merged cells of the row
   above, within its section.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Final, TypeVar, overload

import attrs

from zwgk._build import (
    R_CLOSING,
    R_EMPTY_HEADING,
    R_EXTRA_COLUMN,
    R_HEADER,
    R_NOTICE,
    R_REPEATED_HEADER,
    R_REPEATED_HEADING,
    R_UNPLACED_ROW,
    _Ctx,
    _extract_responsibilities,
    _field_parens,
    _fields,
    _metadata,
    _Row,
    _Sections,
)
from zwgk._model import DeadlineKind, Diagnostic, Location, Plan, Residue, Severity
from zwgk._textutil import squeeze
from zwgk.assembly.fields import (
    CELL_SEPARATORS,
    Fields,
    Layout,
    _heading_like,
    best_run,
    cut_responsibility,
    fit_row,
    headings_own_rows,
    is_deadline,
    is_unit_cell,
    is_units,
    join_points,
    join_wrapped_cells,
    join_wrapped_lines,
    learn_names,
    own_titles,
    repeated_headings,
    repeated_kinds,
    repeated_names,
    role_sentence_column,
    row_runs,
    row_texts,
    split_body,
    title_before_row,
    titles_length,
    titles_on_their_lines,
    titles_unnumbered,
    units_closing,
)
from zwgk.assembly.labels import (
    Outline,
    choose_labels,
    opens_inside_plan,
    plan_label_hits,
)
from zwgk.assembly.ordered import (
    in_text_order,
    kind_first,
    ordered_texts,
    out_of_order,
    read_ordered,
)
from zwgk.assembly.text import (
    PUBLICITY_MARK,
    Header,
    Stream,
    closing_signature,
    find_header,
    notice_end,
    notice_sentence_end,
    plan_outline,
)
from zwgk.build.fields import (
    closing_duty,
    closing_request,
    inline_fields,
    names_its_units,
    points_own_duties,
    with_duty_clause,
)
from zwgk.build.pieces import R_MARKS, R_PART_CLOSING, R_STATUS_MARK, R_TABLE_NOTE
from zwgk.build.plan import finish_plan
from zwgk.lang.deadline import deadline_cells, may_hold_deadline_cells, parse_deadline
from zwgk.lang.metadata import parse_date, unspaced_label
from zwgk.lang.numerals import PART_RANK, HeadingLabel, LabelHit, find_labels, parse_label
from zwgk.lang.pieces import may_hold_status_marks, status_marks_out
from zwgk.lang.titles import title_boundaries
from zwgk.lang.units import (
    UnitRun,
    leads_are_single_offices,
    names_one_office,
    opens_with_requirement,
)
from zwgk.lang.vocab import (
    FIELD_RE,
    FULL_STOPS,
    ITEM_MARK,
    NOTICE_TITLE_END,
    PREAMBLE_START,
    SENTENCE_END,
    TABLE_NOTE_LINE,
    UNIT_LEVELS,
    is_aims_heading,
    is_status,
    is_support_heading,
    names_units,
)

__all__ = ["NOTICE_ONLY", "Worth", "assemble_lines"]

_HEADER_SCAN = 400
_TEXTS = ("text", "heading")  # the roles of the columns a row's sentences stand in
#: Where cells that read as no row start in a text, and the cells.
_Left = tuple[int, str] | None
#: The diagnostic of a text that is a covering notice and nothing else.
NOTICE_ONLY = "plan.notice_only"
#: Whether a reading of so many rows could be the one chosen (the second
#: argument: whether the text is a covering notice and nothing else).
Worth = Callable[[int, bool], bool]


@attrs.frozen
class _Item:
    label: LabelHit
    body: str
    start: int
    is_task: bool
    # a heading's part that holds its own paragraph and no task: one task,
    # its title and paragraph its text (:func:`_leaf_headings`)
    leaf: bool = False


@attrs.frozen
class _Place:
    """Where a row starts, the rank of its label, whether that is a 序号 cell,
    and whether the table numbers nothing."""

    start: int
    rank: int
    serial: bool = False
    unlabelled: bool = False


def _coverage(outline: Outline, upper: str, lower: str, *, cut: bool = False) -> float:
    """The share of ``upper`` items with at least one ``lower`` item under them.

    On a later page of a plan (``cut``), ``lower`` items before the first
    ``upper`` one lie under an item of the page before: one more, covered."""
    ups = outline.of_style(upper)
    if not ups:
        return 0.0
    starts = [h.start for h in ups] + [1 << 62]
    lows = [h.start for h in outline.of_style(lower)]
    covered = sum(1 for a, b in itertools.pairwise(starts) if any(a < x < b for x in lows))
    if cut and lows and lows[0] < starts[0]:
        return (covered + 1) / (len(ups) + 1)
    return covered / len(ups)


def _task_style(outline: Outline, header: Header | None, *, cut: bool = False) -> str | None:
    """The label style of the tasks: serial numbers (two or more) under a 序号 header, else
    the deepest style that numbers most of the parts above it (on a later
    page of a plan, ``cut``, the part it opens inside counted)."""
    styles = sorted(outline.styles, key=lambda s: outline.of_style(s)[0].rank)
    if not styles:
        return None
    # (a lone bare number is no 序号 column's: 听取 1 次 in a text whose rows run together)
    serials = len(outline.of_style("serial")) if "serial" in styles else 0
    if serials >= 2 and header is not None and "number" in header.roles:
        return "serial"
    current = styles[0]
    for deeper in styles[1:]:
        if _coverage(outline, current, deeper, cut=cut) >= 0.5:
            current = deeper
    return current


def _unnumbered_rows(body: str) -> tuple[str, list[str], _Left] | None:
    """A heading cell and the rows under it that have no number of their own.

    One cell per line, a task's label may number a heading (``（一）加强预期引导``)
    over several rows — requirement cells, each closed by its unit cell. Two or
    more such rows after a heading-like first cell: the heading and the rows.
    """
    cells = [c.strip() for c in body.split("\n") if c.strip()]
    if len(cells) < 5 or not _heading_like(cells[0]) or is_units(cells[0]):
        return None
    rows: list[str] = []
    current: list[str] = []
    for cell in cells[1:]:
        if is_units(cell):
            if not current:
                return None  # two unit cells in a row: the columns of one row
            rows.append("\n" + "\n".join([*current, cell]) + "\n")
            current = []
        else:
            current.append(cell)
    if current or len(rows) < 2:
        return None
    return cells[0], rows, None


def _serial_rows(body: str, roles: Sequence[str]) -> list[str]:
    """The rows a serial number stands for: its own, and rows after it whose
    序号 cell is merged with it (given once), each a sentence and the cells
    after it, units among them; one row where the body holds no more."""
    after = roles[roles.index("number") + 1 :] if "number" in roles else roles
    body = join_points(body)  # a cell's own numbered points are no rows
    if not body.strip() or "\n" not in body.strip():
        return [body]
    starts = [a for a, _ in _unlabelled_rows(body, 0, after)[0]][1:]
    rows = [body[a:b] for a, b in itertools.pairwise([0, *starts, len(body)])]
    rest = rows[1:]
    if not rest or not all(_sentence(b.strip().split("\n", 1)[0]) for b in rest):
        return [body]
    # every row shows its unit cells, the first too (a cell merged over rows
    # shows in the first): else its title and requirement were parted
    if not all(any(is_units(c) for c in b.split("\n")) for b in rows):
        return [body]
    if any(_signed(b.strip().rsplit("\n", 1)[-1]) for b in rest):
        return [body]  # a closing paragraph and its signature after the table
    return rows


def _after_bare_label(text: str, start: int) -> bool:
    """Whether the line before ``start`` is a label alone: a row's 序号 cell, so
    what follows is that numbered row's cells, not a part of its own."""
    line = text[:start].rstrip().rsplit("\n", 1)[-1]
    label = parse_label(line.strip())
    return label is not None and not label.rest.strip()


def _unit_row(body: str) -> bool:
    """Whether a row's cells are a requirement sentence and, after it, its unit cells."""
    cells = [c for c in body.strip().split("\n") if c.strip()]
    return len(cells) >= 2 and _sentence(cells[0]) and any(is_units(c) for c in cells[1:])


def _signed(cell: str) -> bool:
    """A cell that is a date alone (``2023年5月6日``, ``…印发``): a signature's."""
    return parse_date(cell.strip().removesuffix("印发")) is not None


_PART_TITLE_MAX = 30  # characters of a part's title written right before the next row
_OWN_LINE_TITLE_MAX = 60  # ... and of one on a line of its own above its rows


def _heading_over_rows(
    body: str, layout: Layout, longest: int = _PART_TITLE_MAX
) -> tuple[str, list[str], _Left] | None:
    """A numbered heading cell over rows that have no number of their own and
    end with their unit cells and the columns after them (a deadline), or
    early where their unit cells are merged above (see :func:`_unlabelled_rows`);
    with the cells after the last row that read as none, where ``body`` holds them."""
    # (the empty cells closing the body are the last row's)
    title, _, rest = body.lstrip().partition("\n")
    title = title.strip()
    if not _part_title(title, longest) or is_units(title) or "\n" not in rest.strip():
        return None  # (a part's title may hold a comma: 加强政策解读，主动引导预期)
    rows, left = _unlabelled_rows(rest, 0, layout.roles)
    titled = layout.texts_before_units >= 2
    # where the header opens with a heading column and numbers no row, the
    # label is the heading cell's: one row under it will do
    least = 1 if layout.roles[:1] == ("heading",) and "number" not in layout.roles else 2
    if len(rows) < least or not all(_opens_row(b, titled) for _, b in rows[:-1]):
        return None
    if not _opens_row(rows[-1][1], titled) and not _cut_row(rows[-1][1]):
        return None
    if left is not None:
        left = (body.find(rest) + left[0], left[1])
    return title, [b for _, b in rows], left


def _requirement_cell(cell: str) -> bool:
    """A cell that may be a row's requirement: no units, no deadline, no label."""
    return not is_units(cell) and not is_deadline(cell) and parse_label(cell) is None


def _cut_row(body: str) -> bool:
    """Whether a last row is a requirement a page cut before its stop: one
    cell, no heading (…按照“放管服”改革要求及时立改废,通过政)."""
    cells = [c.strip() for c in body.strip().split("\n") if c.strip()]
    return len(cells) == 1 and _requirement_like(cells[0]) and "，" in cells[0].replace(",", "，")


def _opens_row(body: str, titled: bool) -> bool:
    """Whether a row with no number opens as a row does: with its requirement
    sentence, or a requirement with no stop before its unit cell, or, where a
    task column stands before the requirement column
    (``titled``: 工作任务 | 工作要求), with its task's title before it."""
    cells = [c.strip() for c in body.strip().split("\n") if c.strip()]
    if not cells or _sentence(cells[0]):
        return bool(cells)
    if len(cells) == 1 and body.endswith("\n\n\n") and _requirement_cell(cells[0]):
        return True  # a requirement, the columns after it shown empty
    if len(cells) >= 2 and is_units(cells[1]) and not is_units(cells[0]):
        return True  # a requirement with no stop, its unit cell after it
    return titled and len(cells) >= 3 and not is_units(cells[1]) and not is_deadline(cells[1])


_LEAST_REQUIREMENT: Final = 4  # characters of a row's requirement before its unit cells


def _ranks_over_rows(items: Sequence[_Item], layout: Layout) -> frozenset[int]:
    """The ranks whose labelled items head rows run together with no number
    of their own: two rows or more in two parts or more
    (:func:`_run_together_rows`), or one row or more in most parts
    (:func:`_heads_single_rows`); a part of that rank over one such row heads
    it too."""
    tasks = [i for i in items if i.is_task]
    found = collections.Counter(
        i.label.rank
        for i in tasks
        if _run_together_rows(
            i.body, run_in=_title_runs_in(layout, i.label.rank), longest=_title_span(i.label.rank)
        )
    )
    by_rank: dict[int, list[str]] = {}
    for i in tasks:
        by_rank.setdefault(i.label.rank, []).append(i.body)
    return frozenset(
        rank
        for rank, bodies in by_rank.items()
        if found[rank] >= 2 or _heads_single_rows(bodies, layout, rank <= PART_RANK)
    )


def _heads_single_rows(bodies: Sequence[str], layout: Layout, part: bool) -> bool:
    """Whether the parts of one rank head one row each or more (:func:`_one_row`;
    ``part``: the rank's labels are a part's, 一、 or （一）): the first two
    parts do, and half of them at least (the first two are asked first: most
    ranks head no such rows, and each asking reads a row)."""
    if len(bodies) < 2 or not all(_one_row(b, layout, part) for b in bodies[:2]):
        return False
    return 2 * (2 + sum(1 for b in bodies[2:] if _one_row(b, layout, part))) >= len(bodies)


def _heading_run_in(body: str) -> tuple[int, str, str] | None:
    """A numbered heading (一、…, （一）…) whose title runs into the row on its
    line, the row's cells run together: its rank, its label and title, and the
    row; None where the row opens with no such heading."""
    line = body.strip()
    label = parse_label(line) if "\n" not in line else None
    if label is None or label.style == "serial":
        return None
    title, row = _title_before_label(label) or title_before_row(label.rest)
    if not title or not _part_title(title):
        return None
    return label.rank, line[: len(line) - len(label.rest)] + title, row


def _title_before_label(label: HeadingLabel) -> tuple[str, str] | None:
    """A heading's title run into a deeper heading's label (一、深化…营商环境
    （一）围绕…): the title, and what follows from that label on; None where no
    such label stands within a title's length."""
    rest = label.rest
    for hit in find_labels(rest[: _MAX_RUN_IN + _LABEL_SPAN]):
        deeper = parse_label(rest[hit.start :])
        if hit.start > _MAX_RUN_IN or deeper is None:
            break
        if deeper.rank > label.rank and deeper.style != "serial" and hit.start >= _MIN_RUN_IN:
            return rest[: hit.start], rest[hit.start :]
    return None


_MAX_RUN_IN: Final = 48  # the longest title a heading runs into a deeper heading with
_MIN_RUN_IN: Final = 4
_LABEL_SPAN: Final = 4  # enough to read a label that starts at a title's end (（十二）)
_PART_TITLE_LEAST: Final = 4  # characters of a part's title before a unit cell of its own


def _one_row(body: str, layout: Layout, part: bool) -> bool:
    """Whether a labelled item is a title over one row or more, each closing
    with its cells run together: the title on its own line, or run into its
    row where the label is a part's (``part``: 一、, （一）; a task's 1. may
    number a row whose requirement opens like a title), no 序号 column numbers
    the rows and the table has one text column (工作任务 | 责任单位 | 完成时限:
    no task's own title stands before its requirement)."""
    if "\n" in body.strip():
        longest = _OWN_LINE_TITLE_MAX if part else _PART_TITLE_MAX
        return (
            _run_together_rows(body, True, part and _one_text_column(layout), longest) is not None
        )
    if not part or not _one_text_column(layout):
        return False
    return _glued_rows(body, True) is not None


def _one_text_column(layout: Layout) -> bool:
    """Whether a table's rows hold one text column and no 序号 column (工作任务 |
    责任单位 | 完成时限): a part's title may run into its first row."""
    return "number" not in layout.roles and layout.texts_before_units == 1


def _title_runs_in(layout: Layout, rank: int) -> bool:
    """Whether an item of ``rank`` may be a part's title run into its first row."""
    return rank <= PART_RANK and _one_text_column(layout)


def _run_together_rows(
    body: str, known: bool = False, run_in: bool = False, longest: int = _PART_TITLE_MAX
) -> tuple[str, list[str], _Left] | None:
    """A numbered heading over rows that have no number of their own, one per
    line, each a requirement run into its unit cells (and a deadline after
    them: the cells of a table copied with no separator); ``known``: other
    parts show the rank heads such rows, so one row will do, and one row
    closing with its cells among rows whose cells are merged above; ``run_in``:
    the title may run into the first row on its line (:func:`_first_row_run_in`)."""
    if "\n" not in body.strip():
        glued = _glued_rows(body, known)
        first = _first_row_run_in(body.strip()) if glued is None and known and run_in else None
        return (first[0], [first[1]], None) if first is not None else glued
    title, _, rest = body.strip().partition("\n")
    first = _first_row_run_in(title) if run_in and not _part_title(title) else None
    if first is not None:  # the title run into the first row (…加强预期引导深入解读…省直各部门)
        title = first[0]
    if _sentence(title) or not _part_title(title, longest) or is_units(title):
        return None  # (a part's title may hold a comma: 深入推进政策公开,服务高质量发展)
    left: _Left = None
    rows = _run_together_lines(rest, 0, known or first is not None)
    if rows is None and (on_lines := _rows_on_lines(rest, 0)) is not None:
        rows, left = on_lines  # several rows a line (a page crawled onto one)
        left = left and (body.find(rest) + left[0], left[1])
    if rows is None or any(parse_label(line) is not None for _, line in rows):
        return None  # (a row of its own number)
    return (
        title,
        [*first[1:], *(line for _, line in rows)] if first else [line for _, line in rows],
        left,
    )


def _first_row_run_in(line: str) -> tuple[str, str] | None:
    """A part's title and the first row under it where the row's cells ran
    into the title on its line (``（一）加强预期引导深入解读…范围省直各部门``):
    the line closes as a row does, and a title stands before the row."""
    if not _closes_with_cells(line):
        return None
    title, row = title_before_row(line)
    return (title, row) if title and row else None


def _rows_of(items: Sequence[_Item], ranks: frozenset[int], layout: Layout) -> list[str]:
    """The rows the task items give: their bodies, and for an item of a rank
    that heads rows with no number of their own (``ranks``), those rows."""
    rows: list[str] = []
    for item in items:
        if not item.is_task:
            continue
        run_in = _title_runs_in(layout, item.label.rank)
        longest = _title_span(item.label.rank)
        found = (
            _run_together_rows(item.body, True, run_in, longest)
            if item.label.rank in ranks
            else None
        )
        rows += found[1] if found is not None else [item.body]
    return rows


def _glued_rows(body: str, known: bool = False) -> tuple[str, list[str], _Left] | None:
    """A numbered heading over rows that have no number of their own, all on
    its line with their cells run together (a page crawled onto one line):
    the rows where they close (:func:`_rows_in_line`), the heading's title
    split from the first; what follows the last row is left.  ``known``: one
    row will do (see :func:`_run_together_rows`)."""
    line = body.strip()
    least = 1 if known else 2
    ends = _rows_in_line(line, least)
    if len(ends) < least:
        return None
    title, first = title_before_row(line[: ends[0]])
    if not title or not _part_title(title):
        return None
    rows = [first, *(line[a:b].strip() for a, b in itertools.pairwise(ends))]
    rest = line[ends[-1] :]
    left = (body.find(line) + ends[-1] + len(rest) - len(rest.lstrip()), rest.strip())
    return title, rows, left if rest.strip() else None


_DEADLINE_TAIL: Final = 16  # the longest deadline cell run into the end of a row


def _closes_with_cells(line: str) -> bool:
    """Whether a line ends as a row whose cells run together ends: with its
    unit cells (and a deadline after them), or with a deadline cell, after
    a requirement of some length."""
    run = best_run(line, closing=True)
    if run is not None and run.start >= _LEAST_REQUIREMENT and not is_units(line[: run.start]):
        return True
    tail = range(len(line) - 2, max(_LEAST_REQUIREMENT, len(line) - _DEADLINE_TAIL) - 1, -1)
    return any(parse_deadline(line[k:]) is not None for k in tail)


def _run_together_lines(text: str, start: int, known: bool = False) -> list[tuple[int, str]] | None:
    """The rows of a table that numbers nothing, each a line of its own with
    its cells run together (a page's table copied with no separator): most
    lines close as such a row does (:func:`_closes_with_cells`); no line is a
    cell alone (a unit or deadline cell on its own line: one cell per line)
    or holds a cell separator.  None where the lines are not such rows.
    ``known``: the document shows such rows elsewhere (one line will do, and
    one of them closing so)."""
    rows: list[tuple[int, str]] = []
    pos = start
    for line in text[start:].split("\n"):
        if line.strip():
            rows.append((pos + len(line) - len(line.lstrip()), line.strip()))
        pos += len(line) + 1
    if len(rows) < (1 if known else 2):
        return None
    for _, line in rows:
        if any(sep in line for sep in CELL_SEPARATORS):
            return None
        if is_units(line) or _deadline_cell(line):
            return None  # a cell alone on its line
    closed = sum(1 for _, line in rows if _closes_with_cells(line))
    enough = closed >= 1 if known else 3 * closed >= 2 * len(rows)
    return rows if enough else None


@functools.lru_cache(maxsize=1024)
def _rows_in_line(line: str, least: int = 1) -> tuple[int, ...]:
    """Where the rows a line holds end, where a table that numbers nothing was
    copied onto it with its cells run together: each row closes with its unit
    cells and the deadline cell right after them (…各县（区）气象局配合及时|…);
    none where the line holds fewer than ``least`` deadline cells."""
    ends: list[int] = []
    start = 0
    if not may_hold_deadline_cells(line, least):
        return ()  # (asked first: most lines hold fewer)
    spans = deadline_cells(line)
    if len(spans) < least:
        return ()
    for _, b in spans:
        piece = line[start:b]
        run = best_run(piece, closing=True)
        if run is None or run.start < _LEAST_REQUIREMENT or is_units(piece[: run.start]):
            continue
        if not _deadline_cell(piece[run.end :]):
            continue  # (…区政府办公室要加强与区司法局协同,及时更新: inside a sentence)
        ends.append(b)
        start = b
    return tuple(ends)


def _deadline_cell(text: str) -> bool:
    """Whether ``text``, right after a row's unit cells, is its deadline cell
    alone: short, no clause of a sentence, a deadline from its first word
    (not …要严格执行日常) to its end, but for a word of what is then done
    (``2022年6月底前完成``; not ``定期公布公示信息政策法规股按季度``, a row)."""
    s = text.strip().lstrip("。；;").lstrip()  # (a unit cell may close with its own stop)
    if len(s) > _DEADLINE_TAIL or any(ch in s for ch in "，,；;。") or not is_deadline(s):
        return False
    spans = deadline_cells(s)
    if not spans or spans[-1][1] < len(s) - _DONE_WORD:
        return False
    if any(b - a > _JOIN_WORD for (_, a), (b, _) in itertools.pairwise(spans)):
        return False  # (words between two times: a row's text)
    return spans[0][0] == 0 or _after_event_named(s, spans[0])


_DONE_WORD: Final = 2  # characters after a deadline cell's time: what is then done (完成)
_JOIN_WORD: Final = 1  # characters between two times of one cell (6月底前和12月底前)


_EVENT_NAME: Final = 4  # the longest name of a thing before the event a cell counts from


def _after_event_named(cell: str, span: tuple[int, int]) -> bool:
    """Whether ``cell`` counts from an event whose thing is named before the
    span found (``文件|印发后5个工作日内``: the span starts at the event's verb):
    the span closes the cell, the whole cell is a time allowed after an event,
    and what stands before it is a short name of a thing, no verb's."""
    a, b = span
    name = cell[:a]
    if (
        b != len(cell)
        or len(name) > _EVENT_NAME
        or not all("\u4e00" <= ch <= "\u9fff" for ch in name)
    ):
        return False
    due = parse_deadline(cell)
    return (
        due is not None and due.kind is DeadlineKind.RELATIVE and not opens_with_requirement(name)
    )


def _rows_on_lines(text: str, start: int) -> tuple[list[tuple[int, str]], _Left] | None:
    """The rows of a table that numbers nothing, copied with its cells run
    together and several rows a line (a crawled page on one line): each line
    parted where its rows close (:func:`_rows_in_line`), and what follows the
    last row on the last line (the page's footer).  None where no line holds
    two rows, or a line before the last holds what closes no row."""
    rows: list[tuple[int, str]] = []
    left: _Left = None
    several = False
    pos = start
    lines = text[start:].split("\n")
    last = max((k for k, line in enumerate(lines) if line.strip()), default=-1)
    for k, line in enumerate(lines):
        ends = _rows_in_line(line) if line.strip() else []
        several = several or len(ends) >= 2
        a = 0
        for b in ends:
            rows.append((pos + a + len(line[a:b]) - len(line[a:b].lstrip()), line[a:b].strip()))
            a = b
        if line[a:].strip():
            if k != last:
                return None
            left = (pos + a, line[a:].strip())
        pos += len(line) + 1
    return (rows, left) if several else None


def _unlabelled_rows(
    text: str, start: int, roles: Sequence[str]
) -> tuple[list[tuple[int, str]], _Left]:
    """The rows of a table that numbers nothing, one cell per line, and the
    cells after the last row that read as none (for the plan's residue).

    With no label to start a row, a row ends with its unit cells (and the
    cells of the columns after them: a deadline); the cells before are its
    heading and requirement cells.  A row whose unit cells are merged above
    ends early: after its requirement, a heading cell starts the next row,
    and so does a sentence where the row's sentence columns are full (see
    :func:`_sentence_columns`).  What follows the last unit cell is a last
    row when it holds a requirement (a page cut inside a task, or a row
    sharing the units above).
    """
    shape = _RowShape.of(text[start:], roles)
    rows: list[tuple[int, str]] = []
    cells: list[str] = []
    begin = pos = start
    after = -1  # cells after the unit cells; -1 before them
    empty = room = 0  # cells shown empty since the row's last cell; columns left after it
    for line in text[start:].split("\n"):
        cell = line.strip()
        inside = bool(cell) and shape.within(cells, room, empty)
        # every column after the row's text shown empty (no unit cell read yet): it has ended
        full = after < 0 and 0 < room <= empty
        if cell and not inside and (full or shape.starts_row(cell, cells, after, empty)):
            # (a row ended by its empty columns keeps them: the cells it shows are all it has)
            rows.append((begin, "\n" + "\n".join(cells) + "\n" * (1 + full * empty)))
            cells, begin, after = [], pos, -1
        if cell:
            after = 0 if shape.unit_cell(cell, cells) else after + (after >= 0)
            cells.append(cell)
            room = room - empty - 1 if inside else shape.room(after)
        empty = 0 if cell or not cells else empty + 1
        pos += len(line) + 1
    full = after < 0 and 0 < room <= empty
    if cells and (after >= 0 or full or any(_requirement_like(c) for c in cells)):
        rows.append((begin, "\n" + "\n".join(cells) + "\n" * (1 + full * empty)))
    elif cells:
        return rows, (begin, "\n".join(cells))
    return rows, None


def _cells(text: str) -> list[str]:
    """The cells of a table given one per line."""
    return [c.strip() for c in text.split("\n") if c.strip()]


def _sentence(cell: str) -> bool:
    return cell.rstrip().endswith(("。", "；", ";"))


def _sentence_columns(body: str, roles: Sequence[str]) -> int:
    """How many cells of a row before its unit cells may be sentences.

    The text columns before the unit columns, less a heading column where
    the body shows one: a cell that reads as a heading, right before a
    sentence (工作任务 | 具体要求: the first column holds headings) that is
    no list of a cell's own points (``公开企业名录。`` | ``1.公开…；2.公开…。``:
    the task and its requirement).
    """
    units = [i for i, r in enumerate(roles) if r in ("lead", "assist", "resp")]
    texts = sum(1 for r in roles[: units[0] if units else 0] if r in ("text", "heading"))
    cells = [c.strip() for c in body.split("\n") if c.strip()]
    headed = any(
        _heading_like(a)
        and not is_units(a)
        and not is_deadline(a)
        and _sentence(b)
        and not _opens_points(b)
        for a, b in itertools.pairwise(cells)
    )
    return max(1, texts - headed)


def _opens_points(cell: str) -> bool:
    """Whether a cell opens with its own first numbered point (``1.公开…``)."""
    label = parse_label(cell)
    return label is not None and label.number == 1 and label.rank > PART_RANK


@attrs.frozen
class _RowShape:
    """What a row of a table that numbers nothing looks like: how many cells
    follow its unit cells, how many sentences stand before them."""

    tail: tuple[str, ...]  # the columns after the unit columns
    sentences: int
    role_sentences: bool = False  # the unit column holds sentences (role_sentence_column)
    after_text: int = 0  # the columns after the last sentence column

    @classmethod
    def of(cls, text: str, roles: Sequence[str]) -> _RowShape:
        """The shape of the rows ``text`` gives one cell per line under ``roles``."""
        units = [i for i, r in enumerate(roles) if r in ("lead", "assist", "resp")]
        texts = [i for i, r in enumerate(roles[: units[0] if units else None]) if r in _TEXTS]
        return cls(
            tuple(roles[units[-1] + 1 :]) if units else (),
            _sentence_columns(text, roles),
            role_sentence_column(_cells(text)),
            len(roles) - 1 - texts[-1] if texts else 0,
        )

    def room(self, after: int) -> int:
        """How many columns a row has at least after its last cell, that cell
        at the furthest column it may stand in: its last sentence column, or
        ``after`` columns past its unit cells."""
        return len(self.tail) - after if after >= 0 else self.after_text

    @staticmethod
    def within(cells: Sequence[str], room: int, empty: int) -> bool:
        """Whether a cell after ``empty`` cells shown empty stands in a column
        of the row of ``cells``, ``room`` columns left after its last cell:
        cells shown empty keep the count of columns."""
        return 0 < empty < room and any(_requirement_like(c) for c in cells)

    def unit_cell(self, cell: str, cells: Sequence[str]) -> bool:
        """Whether ``cell``, after the row's ``cells``, is one of its unit cells."""
        return bool(cells) and is_unit_cell(cell, cells[-1], self.role_sentences)

    def starts_row(self, cell: str, cells: Sequence[str], after: int, empty: int = 0) -> bool:
        """Whether ``cell`` starts a new row after ``cells`` (see :func:`_unlabelled_rows`);
        a cell after a row's last column does, whatever it reads as (``empty``:
        the cells shown empty right before it)."""
        if 0 < len(self.tail) <= after:
            return True
        if self.unit_cell(cell, cells):
            return False
        if after >= 0:
            column = after + empty
            return not (
                _row_tail(cell, after, self.tail)
                or self._note(cell, column)
                or self._requirement(cell, after)
            )
        if _sentence(cell) and sum(1 for c in cells if _sentence(c)) >= self.sentences:
            return True
        return not _requirement_like(cell) and any(_requirement_like(c) for c in cells)

    def _requirement(self, cell: str, after: int) -> bool:
        """Whether a cell right after a row's unit cells (``after``: 0) stands
        in a column of text there (工作任务 | 牵头单位 | 责任单位 | 工作要求: the
        task's requirement, a sentence): no numbered heading, no unit."""
        if after != 0 or not self.tail or self.tail[0] not in _TEXTS:
            return False
        return parse_label(cell) is None and not is_units(cell) and _requirement_like(cell)

    def _note(self, cell: str, column: int) -> bool:
        """Whether a cell after a row's unit cells stands in a note column
        (公开方式, 备注: ``column``, counted past the unit columns with the
        cells shown empty): no sentence, no numbered heading, no unit."""
        if not 0 < column < len(self.tail) or self.tail[column] != "note":
            return False
        return not _sentence(cell) and parse_label(cell) is None and not is_units(cell)


def _requirement_like(cell: str) -> bool:
    """A cell that reads as a requirement: a sentence, not a heading."""
    return cell.rstrip().endswith(("。", "；", ";")) or not _heading_like(cell)


def _row_tail(cell: str, after: int, tail: Sequence[str]) -> bool:
    """Whether a cell after a row's unit cells is one of its last columns: a
    deadline, or a progress column's value (an empty cell before it shows as
    nothing, so any column from the ``after``-th on may hold it)."""
    if after >= len(tail) or cell.endswith("。"):
        return False
    return is_deadline(cell) or ("status" in tail[after:] and is_status(cell))


_TITLE_THEN_TEXT = re.compile(
    r"\A\s*(?P<title>[^\s。；;，,：:！？]{4,30})\s+(?P<text>\S.*)\Z", re.S
)


def _titled_body(body: str) -> tuple[str, str] | None:
    """A body that is a title, a space or a line break and then its text (no
    punctuation between them), split there; None otherwise."""
    m = _TITLE_THEN_TEXT.match(body)
    if m is None:
        return _glued_title(body)
    if not _heading_like(m.group("title")) or "。" not in m.group("text"):
        return None
    return m.group("title"), m.group("text")


_GLUED_TITLE = 3.5  # the evidence a title run into its text needs (see zwgk.lang.titles)


def _glued_title(body: str) -> tuple[str, str] | None:
    """A title run into its text with nothing between (a page joined by
    nothing: ``加强乡村振兴信息公开公开衔接资金…。``), split where the text
    shows it best: a word said again on both sides, a title's last word."""
    text = body.strip()
    stop = text.find("。")
    bounds = [b for b in title_boundaries(text[: stop + 1]) if b.closes > 0] if stop > 0 else []
    best = max(bounds, key=lambda b: b.score, default=None)
    if best is None or best.score < _GLUED_TITLE or not _heading_like(text[: best.at]):
        return None
    return text[: best.at], text[best.at :]


def _clauses(body: str) -> int:
    """How many responsibility clauses a piece of prose holds (（责任单位：…）, （…牵头）)."""
    named = sum(1 for m in FIELD_RE.finditer(body) if m["resp"] or m["lead"] or m["assist"])
    return max(named, len(_extract_responsibilities(body)[1]))


def _cut_inside(body: str) -> bool:
    """Whether a page's opening stops inside this, the text's last item: its
    paragraph under its title is not closed (…执法检查)."""
    rest = body.strip().partition("\n")[2].strip() or body.strip()
    return bool(rest) and not rest.endswith((*FULL_STOPS, "）", ")", "】"))


def _owners(text: str, outline: Outline, items: Sequence[_Item], end: int) -> list[_Item] | None:
    """The items of a prose plan whose tasks sit at different depths, or None.

    Where a task holds two responsibility clauses (its own numbered points
    carry them), or a heading holds one of its own, the task level differs
    from part to part (``（二）`` holds one paragraph and its clause,
    ``（一）`` holds ``1.``–``3.`` with theirs). Then every numbered item that
    owns a clause is a task, the others are headings.
    """
    deeper = any(i.is_task and _clauses(i.body) >= 2 for i in items)
    shared = _sharing_headings(items)
    owning = any(
        not i.is_task and _clauses(i.body) and k not in shared for k, i in enumerate(items)
    )
    if not deeper and not owning:
        return None
    out = [
        _Item(h, body, h.start, _clauses(body) >= 1)
        for h, body in _bodies(text, outline.labels, end)
    ]
    if out and items[-1].is_task and _cut_inside(out[-1].body):
        out[-1] = attrs.evolve(out[-1], is_task=True)  # a page cut before its clause
    # more tasks than before, not counting the tasks after the last that owns
    # a clause (a closing part: 保障措施 numbers no task)
    owns = [_clauses(i.body) > 0 for i in items if i.is_task]
    kept = max((k + 1 for k, own in enumerate(owns) if own), default=0)
    return out if sum(i.is_task for i in out) > kept else None


def _leaf_headings(items: Sequence[_Item]) -> list[_Item]:
    """The items of a prose plan with every heading whose part holds no
    task but a paragraph of its own, inside a part that holds tasks, made a
    task (``（一）统筹…`` over one paragraph beside ``（二）…`` over items 1.
    2.): its title and its paragraph are its text.  A part on the plan's
    aims or on how it is carried out (总体要求, 保障措施), or one inside it,
    stays; a top part is a task where another top part holds tasks."""
    out = list(items)
    above: list[int] = []  # the headings over the item
    for k, item in enumerate(items[:-1]):
        above = [a for a in above if items[a].label.rank < item.label.rank]
        if not item.is_task and items[k + 1].label.rank <= item.label.rank:
            titles = [items[a].body.strip().split("\n", 1)[0] for a in (*above, k)]
            tasks_around = (
                _part_holds_task(items, above[-1]) if above else _sibling_holds_task(items, k)
            )
            if (
                tasks_around
                and _own_paragraph(item.body)
                and not any(map(_aims_or_support, titles))
            ):
                out[k] = attrs.evolve(item, is_task=True, leaf=True)
        above.append(k)
    return out


def _sibling_holds_task(items: Sequence[_Item], k: int) -> bool:
    """Whether another part of the top rank of item ``k`` holds a task: the
    plan's parts, of which ``k`` is one."""
    rank = items[k].label.rank
    return any(
        i != k and item.label.rank == rank and _part_holds_task(items, i)
        for i, item in enumerate(items)
    )


def _part_holds_task(items: Sequence[_Item], k: int) -> bool:
    """Whether the part heading item ``k`` opens holds a task."""
    for later in items[k + 1 :]:
        if later.label.rank <= items[k].label.rank:
            return False
        if later.is_task:
            return True
    return False


def _own_paragraph(body: str) -> bool:
    """Whether a heading's body holds a paragraph under its title line."""
    title, _, rest = body.strip().partition("\n")
    rest = rest.strip()
    closed = rest.endswith(tuple(FULL_STOPS))
    return bool(title.strip()) and len(rest) >= _LEAST_PARAGRAPH and closed


def _aims_or_support(title: str) -> bool:
    """Whether a heading heads a part on the plan's aims or on how it is
    carried out (总体要求, 工作要求, 保障措施)."""
    return is_aims_heading(title) or is_support_heading(title)


def _paragraphs_with_clauses(body: str, cut: bool, fewest: int = 2) -> tuple[str, list[str]] | None:
    """A heading line over ``fewest`` paragraphs or more with no number, each
    closed by a responsibility clause of its own (``(一)推进决策公开`` then
    ``…。(牵头部门:综合规划处)`` twice; the last may go without where the input
    ends with it, ``cut``: a page opening cut inside or after it): the heading
    and the paragraphs; else None."""
    title, _, rest = body.strip().partition("\n")
    lines = [line for line in rest.split("\n") if line.strip()]
    if len(lines) < fewest or _clauses(title) or not _heading_like(title):
        return None
    closed = [_closed_by_its_units(line) for line in lines]
    if not all(closed[:-1]) or not (closed[-1] or cut) or not any(closed):
        return None
    return title, lines


def _listed_paragraphs(body: str) -> tuple[str, list[str]] | None:
    """A heading line over lines that each open with a list's mark (``-
    公开…``): items of their own, however few, closed by clauses or not; the
    heading and the items; else None."""
    title, _, rest = body.strip().partition("\n")
    lines = [line for line in rest.split("\n") if line.strip()]
    if not lines or not all(ITEM_MARK.match(line) for line in lines):
        return None
    return (title, lines) if _heading_like(title) and not _clauses(title) else None


def _titled_paragraphs(body: str) -> tuple[str, list[str]] | None:
    """A heading line over two paragraphs or more with no number, each opened
    by a short title sentence of its own (``(一)加大民政领域政策解读`` then
    ``扩大解读范围。重点围绕…``, ``落实解读责任。局主要负责人…``): the heading
    and the paragraphs; else None."""
    title, _, rest = body.strip().partition("\n")
    lines = [line.strip() for line in rest.split("\n") if line.strip()]
    if len(lines) < 2 or not _heading_like(title) or title.rstrip().endswith("。"):
        return None
    return (title, lines) if all(_OPENING_TITLE.match(line) for line in lines) else None


# a paragraph's own short title sentence, then its text (扩大解读范围。重点围绕…)
_OPENING_TITLE = re.compile(r"[^，。；,;：:、\s]{2,12}。\S")
_CLOSING_CLAUSE = re.compile(r"[)）]\s*[。；;]?\s*$")  # a paragraph closed by its clause


def _closed_by_clause(line: str) -> bool:
    """Whether a paragraph is closed by one responsibility clause of its own
    (``（责任单位：…）``, ``（牵头单位：…；配合单位：…）``), or by its unit fields
    run in after its last sentence (``…情况。责任单位：地区发展改革委。``)."""
    if _CLOSING_CLAUSE.search(line) is None:
        return _closed_by_fields(line)
    return _clauses(line) == 1 or len(_extract_responsibilities(line)[1]) == 1


def _closed_by_fields(line: str) -> bool:
    """Whether a paragraph's last sentence is followed by its fields, the
    first of them naming units, each of those naming units
    (``…。牵头单位：A配合单位：B完成时限：长期坚持``)."""
    first = next((m for m in FIELD_RE.finditer(line) if m["deadline"] is None), None)
    if first is None or not names_units(first):
        return False
    if not line[: first.start()].rstrip().endswith("。"):
        return False
    values = _fields(line[first.start() :])
    units = [values[k] for k in _UNIT_FIELDS if values and values.get(k)]
    return bool(units) and all(is_units(u) for u in units)


# a space after a sentence's end: where a page on one line parted its paragraphs
_PARAGRAPH_GAP = re.compile(r"(?<=[。）)])[ \t\u3000]+(?=\S)")


def _paragraph_lines(body: str) -> list[str]:
    """A body's paragraphs: its lines; a body on one line a page joined with
    spaces, the pieces a space parts after a sentence's end, where each piece
    after the first is closed by its own clause or asks for something
    (nothing else a page goes on with, such as its footer)."""
    lines = [line for line in body.strip().split("\n") if line.strip()]
    if len(lines) != 1:
        return lines
    pieces = [piece for piece in _PARAGRAPH_GAP.split(lines[0]) if piece]
    if all(_closed_by_clause(p) or closing_request(p) for p in pieces[1:]):
        return pieces
    return lines


def _closed_by_its_units(line: str) -> bool:
    """Whether a paragraph names who does it: closed by a responsibility
    clause of its own, or its title sentence followed by units as the
    subject of its duty (``推进重大行政决策公开。市司法局要编制…``)."""
    if _closed_by_clause(line):
        return True
    title = line.strip().partition("。")[0]
    return not _clauses(line) and _heading_like(title) and names_its_units(line)


def _first_closed(lines: Sequence[str], closed: Sequence[bool]) -> int | None:
    """The line that closes a task's own paragraph: the first closed by its
    clause, the task's one, or its first line where that names its units as
    the subject after the title sentence; None where none does."""
    if lines and not closed[0] and _closed_by_its_units(lines[0]):
        return 0
    first = next((k for k, c in enumerate(closed) if c), None)
    if first is None or not _closed_by_clause("\n".join(lines[: first + 1])):
        return None
    return first


def _closed_paragraphs_after(
    body: str, cut: bool, owned: bool = False
) -> tuple[str, list[str], list[str]] | None:
    """A task's paragraph closed by its responsibility clause, then what
    follows it in the task's body: paragraphs with no number, each closed by a
    clause of its own or by a line of unit fields (the last may be cut by the
    end of a page opening, ``cut``), tasks of their own under the same
    heading; and last, paragraphs with no clause that lay a duty on units
    or ask the addressees (``各部门要结合工作实际…``, ``请各社区…``), the part's
    closing requirements.  The task's body, theirs and those; else None.
    Where its part names the task's units (``owned``), its first paragraph
    is its own, closed by no clause."""
    lines = _paragraph_lines(body)
    closed = [_closed_by_clause(line) for line in lines]
    first = 0 if owned and lines and not any(closed) else _first_closed(lines, closed)
    if first is None or first == len(lines) - 1:
        return None
    own: list[str] = []
    current: list[str] = []
    for line, shut in zip(lines[first + 1 :], closed[first + 1 :], strict=True):
        current.append(line)
        if shut or (len(current) > 1 and _unit_field_line(line)):
            own.append("\n".join(current))
            current = []
    closing = [line for line in current if not closing_request(line)]
    if current and closing and not cut:
        return None
    if cut and closing:
        own, current = [*own, "\n".join(current)], []
    if any(parse_label(line) is not None for line in lines[first + 1 :]):
        return None
    return "\n".join(lines[: first + 1]), own, current


def _unit_field_line(line: str) -> bool:
    """Whether ``line`` is a field naming units (``责任单位：地区民政局``)."""
    values = _fields(line)
    return values is not None and any(values.get(k) for k in ("resp", "lead", "assist"))


def _sharing_headings(items: Sequence[_Item]) -> set[int]:
    """The headings whose responsibility clause, right after their title, is
    shared by the tasks of their part (``三、夯实基础（责任单位：…） 9.… 10.…``):
    tasks follow them before the next heading of their rank or above."""
    out: set[int] = set()
    for k, item in enumerate(items):
        title, _, rest = item.body.strip().partition("\n")
        if item.is_task or not (_clauses(title) or _leading_clause(rest)[0]):
            continue
        for later in items[k + 1 :]:
            if not later.is_task and later.label.rank <= item.label.rank:
                break
            if later.is_task:
                out.add(k)
                break
    return out


def _leading_clause(rest: str) -> tuple[str, str]:
    """The field lines that open a part's text (``一、推进决策公开`` then
    ``责任单位：…`` on a line of its own), naming who does the part's tasks,
    and the text after them; ``("", rest)`` where none does."""
    lines = rest.strip().split("\n")
    k = 0
    while k < len(lines) and (_fields(lines[k].strip()) or {}).keys() & _WHO_FIELDS:
        k += 1
    return "\n".join(lines[:k]), "\n".join(lines[k:])


_WHO_FIELDS = frozenset({"resp", "lead", "assist"})


def _without_aims_parts(text: str, outline: Outline) -> Outline:
    """The outline without the opening top parts on the plan's aims
    (一、总体要求 （一）指导思想 （二）工作目标): they number aims, not tasks, and
    would hide which label numbers the tasks; the part is the plan's text,
    not one of its tasks."""
    if not outline.labels:
        return outline
    top = min(h.rank for h in outline.labels)
    kept: list[LabelHit] = []
    opening = False  # in the parts on aims before the first that is not
    first = True  # a label before the first top part (a row's 序号) is kept
    for h in outline.labels:
        if h.rank == top and (opening or first):
            opening = is_aims_heading(text[h.end : text.find("\n", h.end) % (len(text) + 1)])
            first = False
        if not opening:
            kept.append(h)
    if len(kept) == len(outline.labels):
        return outline
    styles = tuple(st for st in outline.styles if any(h.style == st for h in kept))
    return Outline(tuple(kept), styles)


def _without_one_cells_points(stream: Stream, outline: Outline, header: Header | None) -> Outline:
    """The outline without the points one cell of a table numbers for itself
    (``(1)…(2)…(3)…`` in one 具体要求 cell of a table whose other rows number
    nothing): a style whose every label stands in that one cell, counting
    from 1, numbers no task and no part while other rows of the table hold
    sentences of their own."""
    if header is None:
        return outline
    points = {
        st for st in outline.styles if _one_cells_points(stream, outline.of_style(st), header.end)
    }
    if not points:
        return outline
    kept = tuple(h for h in outline.labels if h.style not in points)
    return Outline(kept, tuple(st for st in outline.styles if st not in points))


_ROW_SENTENCE: Final = 10  # characters of a cell that is a row's sentence, not a name


def _one_cells_points(stream: Stream, hits: Sequence[LabelHit], after: int) -> bool:
    """Whether ``hits`` count from 1 in one table cell, and table rows after
    ``after`` (the header's end) on other lines hold sentences of their own
    with no label (rows the table numbers not)."""
    if len(hits) < 2 or [h.number for h in hits] != list(range(1, len(hits) + 1)):
        return False
    cell = stream.piece_index(hits[0].start)
    if not stream.in_cells(hits[0].start) or stream.piece_index(hits[-1].start) != cell:
        return False
    line = stream.pieces[cell].line
    return any(
        piece.line != line and _row_sentence(piece.text) and stream.in_cells(start)
        for piece, start in zip(stream.pieces, stream.starts, strict=True)
        if start >= after
    )


def _row_sentence(cell: str) -> bool:
    """A cell that is a row's own requirement: a sentence with no label."""
    return len(cell) >= _ROW_SENTENCE and _sentence(cell) and parse_label(cell) is None


def _within_rows(stream: Stream, outline: Outline, style: str) -> Outline:
    """The outline without the labels inside a numbered row.

    Under a 序号 column the serial number starts each row; a label further
    on in the same row (``1 | （一）做好规划公开 | …``) is a heading cell
    of that row, not where a new part begins.  A label before the serial
    number (``一、… | （一）… | 1 | …``) is in a heading column merged over
    the rows below, and begins its part.  ``style`` is the style of the
    row numbers (``serial``, or ``num_dot`` for ``1.`` in the 序号 column).
    """
    serial_at: dict[int | None, int] = {}
    serials = [h.start for h in outline.labels if h.style == style]
    for start in serials:
        serial_at.setdefault(stream.line_at(start), start)
    kept = tuple(
        h
        for h in outline.labels
        if h.style == style
        or h.start < serial_at.get(stream.line_at(h.start), h.start + 1)
        or _heads_next_row(stream.text, h, serials, [g for g in outline.labels if g.style != style])
    )
    styles = tuple(s for s in outline.styles if any(h.style == s for h in kept))
    return Outline(kept, styles)


def _heading_levels(cell: str) -> list[str]:
    """A heading cell holding headings of several levels with their labels
    (``一、优化公开基础（一）深化规章公开``, a merged cell of two heading
    columns): each level's heading, the top first."""
    hits = [h for h in find_labels(cell) if h.style in ("cn_comma", "cn_paren")]
    if not hits or hits[0].start != 0:
        return [cell]
    deeper = next((h.start for h in hits[1:] if h.rank > hits[0].rank), None)
    return [cell] if deeper is None else [cell[:deeper], cell[deeper:]]


def _heads_next_row(
    text: str, h: LabelHit, serials: Sequence[int], labels: Sequence[LabelHit]
) -> bool:
    """Whether a label on a row's line is a part's heading before the next row:
    a title alone between it and the next serial number, or between it and the
    next label (not a row number), itself a heading of the same kind (a table run onto one line:
    ``…每季度二、围绕深化改革做好信息公开3公开…``, ``…单位 二、紧扣… （一）加强… 6 …``)."""
    k = bisect.bisect_right(serials, h.start)
    if k == len(serials):
        return False
    stops = [g for g in labels if h.start < g.start < serials[k]]
    ends = [h.end, *(g.end for g in stops)]
    starts = [*(g.start for g in stops), serials[k]]
    return all(_part_title(text[a:b]) for a, b in zip(ends, starts, strict=True))


def _title_span(rank: int) -> int:
    """The longest title on a line of its own a label of ``rank`` heads rows
    with: a part's (一、, （一）) may be a long phrase, a task's is short."""
    return _OWN_LINE_TITLE_MAX if rank <= PART_RANK else _PART_TITLE_MAX


def _part_title(title: str, longest: int = _PART_TITLE_MAX) -> bool:
    return 0 < len(title.strip()) <= longest and not re.search(r"[。；;\n]", title)


def _bodies(text: str, delim: Sequence[LabelHit], end: int) -> list[tuple[LabelHit, str]]:
    """Each delimiting label with the text up to the next one."""
    out = []
    for k, h in enumerate(delim):
        stop = delim[k + 1].start if k + 1 < len(delim) else end
        # every body ends at a boundary, the last one at the end of the text
        out.append((h, text[h.end : stop] + ("\n" if stop == end else "")))
    return out


def _items(text: str, outline: Outline, task_style: str, end: int) -> list[_Item]:
    rank = outline.of_style(task_style)[0].rank
    delim = [h for h in outline.labels if h.style == task_style or h.rank < rank]
    return [_Item(h, body, h.start, h.style == task_style) for h, body in _bodies(text, delim, end)]


def _heading_ranks_with_tasks(items: Sequence[_Item]) -> frozenset[int]:
    """The ranks that number headings more often than tasks, and a task somewhere."""
    tasks = collections.Counter(i.label.rank for i in items if i.is_task)
    headings = collections.Counter(i.label.rank for i in items if not i.is_task)
    return frozenset(r for r in tasks if headings[r] > tasks[r])


def _headings_fill_columns(read: Layout, headings: int, bodies: Sequence[str]) -> bool:
    """Whether the labelled headings over a table's rows, run together with
    them on their lines, fill the columns before the task's text, a heading
    column and a text column (工作要求 | 具体任务 | 具体要求 under 一、 and
    （一）): each column's cell is its heading, no title runs into the text."""
    before = read.texts_before_units - 1
    if not read.heading_first or before < 2 or headings < before:
        return False
    return 2 * sum(1 for b in bodies if "\n" not in b.strip()) > len(bodies)


def _text_column_only(roles: tuple[str, ...]) -> tuple[str, ...]:
    """A header's roles less its heading and text columns before the last
    text column (their cells are the labelled headings above the rows).

    >>> _text_column_only(("heading", "text", "text", "resp", "deadline"))
    ('text', 'resp', 'deadline')
    """
    last = max(i for i, r in enumerate(roles) if r == "text")
    return tuple(r for i, r in enumerate(roles) if i >= last or r not in ("heading", "text"))


class _Assembly:
    """State while the items of one document become rows."""

    def __init__(self, stream: Stream, ctx: _Ctx, layout: Layout, heading_ranks: list[int]) -> None:
        self.stream = stream
        self.stream_end = stream.text[-_CUT_SPAN:].rstrip()  # where a page opening was cut
        self.ctx = ctx
        self.layout = layout
        self.heading_ranks = heading_ranks
        self.sections = _Sections()
        self.rows: list[_Row] = []
        self.fields: list[Fields] = []
        self.row_section: list[int] = []
        self.row_copied: list[bool] = []  # the row is text, not a table row's cells
        self.row_shows_empty: list[bool] = []  # the row shows a cell empty
        self.row_empty_inside: list[bool] = []  # ... between its cells
        self.bodies: list[str] = []  # each row's cells, as the stream gave them
        self.places: list[int] = []  # where each row starts in the stream's text
        self._cursor = 0  # where the last row's cells end in the stream's text
        self.section_no = 0
        self.heading_depth = 1  # how many heading columns the rows show at most
        # a numbered heading cell was seen merged over the rows on its line and after
        self.heading_cells = False
        # ranks whose items were headings over paragraphs closed by their clauses
        self.paragraph_heads: set[int] = set()
        self.learned: frozenset[str] = frozenset()
        # ranks that number tasks in one part and headings in another, and
        # those of them that number headings more often
        self.mixed_ranks: frozenset[int] = frozenset()
        self.heading_first_ranks: frozenset[int] = frozenset()
        # the responsibility a part's heading gives the tasks of its part, by level
        self.part_fields: dict[int, Fields] = {}
        # ranks whose labels head rows run together with no number of their own
        self.rows_ranks: frozenset[int] = frozenset()
        # ranks whose headings all name the units that carry their parts out
        self.office_ranks: frozenset[int] = frozenset()

    def heading(self, item: _Item) -> None:
        if self._heading_over_glued_rows(item):
            return
        text = self.stream.text
        title, _, rest = item.body.strip().partition("\n")
        titled = _titled_body(title) if "。" in title else None
        if titled is not None:  # a page on one line: the heading, a space, the part's text
            title, rest = titled[0], f"{titled[1]}\n{rest}".strip()
        label = text[item.label.start : item.label.end].strip()
        level = bisect.bisect_left(self.heading_ranks, item.label.rank)  # a task rank: under them
        loc = self.stream.location(item.start)
        self.part_fields = {k: v for k, v in self.part_fields.items() if k < level}
        if not self.layout.table:
            title, rest = self._part_clause(title, rest, level)
            if item.label.rank in self.office_ranks and level not in self.part_fields:
                self.part_fields[level] = Fields(resp=_unit_title(title))
        else:
            title = self._part_units(title, level)
        if self.sections.set(level, title.strip().rstrip("。"), label, None, label + title, loc):
            self.section_no += 1
        else:  # a heading written again on every row opens no new part: set aside
            self.ctx.residue.append(Residue(label + title, R_REPEATED_HEADING, loc))
        if rest.strip():
            own = not _after_bare_label(text, item.label.start)
            self._after_heading(rest, item.label.end + item.body.find(rest), own)

    def _heading_over_glued_rows(self, item: _Item) -> bool:
        """A part's heading in a table that numbers no row, its title run into
        the rows under it, all on its line (a page crawled onto one line whose
        part holds no numbered sub-part): the heading, then its rows."""
        if not self.layout.table or "\n" in item.body.strip():
            return False
        found = _glued_rows(item.body, known=True)
        if found is None:
            return False
        title, rows, left = found
        self.heading(attrs.evolve(item, body=title))
        for body in rows:
            self._row(_Place(item.start, item.label.rank + 1), None, "", body)
        self.unplaced(left, item.label.end)
        return True

    def _part_units(self, title: str, level: int) -> str:
        """A table's part heading whose row names a unit cell of its own after
        the title (``一、林草政策和规划信息公开规划财务股``): the part's unit,
        given to its rows that name none; the title without it."""
        start = units_closing(title) if self.layout.unit_roles else None
        if start is None or start < _PART_TITLE_LEAST:
            return title
        self.part_fields[level] = Fields(resp=title[start:].strip())
        return title[:start]

    def _part_clause(self, title: str, rest: str, level: int) -> tuple[str, str]:
        """A prose heading's responsibility clause, in its title or on the
        lines right after it: the part's, given to its tasks that name none
        of their own. The title and the rest without it."""
        if _clauses(title):
            shared = _prose_fields(title)
            self.part_fields[level] = shared
            return shared.text, rest
        clause, after = _leading_clause(rest)
        if clause:
            self.part_fields[level] = _prose_fields(clause)
            return title, after
        return title, rest

    def _after_heading(self, rest: str, pos: int, own: bool = False) -> None:
        """Text under a heading before the next label: a group heading, a
        table that numbers nothing, or unplaced."""
        lines = [r for r in rest.split("\n") if r.strip()]
        if self.layout.table and len(lines) == 1 and not is_units(lines[0]):
            self.group_heading(lines[0], pos)
            return
        if self._table_under_heading(rest, pos) or (own and self._rows_under_heading(rest, pos)):
            return
        for r in lines:
            self.ctx.residue.append(Residue(r, R_UNPLACED_ROW, self.stream.location(pos)))

    def _rows_under_heading(self, rest: str, pos: int) -> bool:
        """The rows with no number of their own right under a part's heading in
        a table whose other parts number theirs, or head theirs with a
        sub-heading (a part with no sub-part): each a sentence closed by its
        unit cells, one cell a line or its cells run together on its line (as
        the table's other rows run theirs: ``rows_ranks``), a task with no number."""
        if not self.layout.table:
            return False
        rows = _run_together_lines(rest, 0, bool(self.rows_ranks))  # (cells run together)
        if rows is None or not all(_closes_with_cells(body) for _, body in rows):
            rows, left = _unlabelled_rows(rest, 0, self.layout.roles)
            if not rows or left is not None or not all(_unit_row(body) for _, body in rows):
                return False
        for start, body in rows:
            self._row(_Place(pos + start, 0, unlabelled=True), None, "", body)
        return True

    @property
    def _last_group(self) -> str:
        level = len(self.heading_ranks)
        titles = self.sections.titles
        return titles[level] if len(titles) > level else ""

    def group_heading(self, title: str, pos: int, depth: int = 0) -> None:
        if not any(ch.isalnum() for ch in title):
            # marks alone (a drawn rule between rows): no heading
            self.ctx.residue.append(Residue(title.strip(), R_MARKS, self.stream.location(pos)))
            return
        level = len(self.heading_ranks) + depth
        label = parse_label(title.strip())
        name = label.rest if label is not None and label.rest.strip() else title
        where = self.stream.location(pos)
        tag = label.label if label is not None else ""
        if not self.sections.set(level, name.strip().rstrip("。"), tag, None, title, where):
            # the same heading written again (a merged cell in every row): set aside
            self.ctx.residue.append(Residue(title.strip(), R_REPEATED_HEADING, where))
        self.section_no += 1

    def task(self, item: _Item) -> None:
        lead_in = self._next_rows_heading(item)
        if lead_in is not None:
            self._task(attrs.evolve(item, body=item.body[: lead_in[0] - item.label.end]))
            self.group_heading(lead_in[1], lead_in[0])
            return
        self._task(item)

    def own_body(self, item: _Item) -> str:
        """A task item's body without the heading cell that opens the next
        row's line (see :meth:`_next_rows_heading`)."""
        lead_in = self._next_rows_heading(item)
        return item.body if lead_in is None else item.body[: lead_in[0] - item.label.end]

    def _next_rows_heading(self, item: _Item) -> tuple[int, str] | None:
        """A heading cell that opens the next row's line before its label, in a
        table whose lines are its rows (``推进重点领域信息公开 | 4.公开…``: the
        heading column holds no ordinal): where it starts and its text. The
        row above ends with the line before it."""
        stream, end = self.stream, item.label.end + len(item.body)
        line = stream.line_at(end)
        if not self.layout.table or line is None or stream.line_at(item.label.start) == line:
            return None
        k = bisect.bisect_right(stream.starts, end) - 1
        first = k
        while first > 0 and stream.pieces[first - 1].line == line:
            first -= 1
        cells = [p.text.strip() for p in stream.pieces[first:k] if p.text.strip()]
        if not cells or stream.starts[first] <= item.label.end:
            return None
        if not all(_heading_like(c) and not is_units(c) and not is_deadline(c) for c in cells):
            return None
        return stream.starts[first], " ".join(cells)

    def _task(self, item: _Item) -> None:
        label = self.stream.text[item.label.start : item.label.end].strip()
        rows = self._rows_by_line(item) if self.layout.table else None
        if rows is None and self.layout.table and item.label.style != "serial":
            rows = _heading_over_rows(item.body, self.layout, _title_span(item.label.rank))
        if rows is None and self.layout.table:
            rows = _unnumbered_rows(item.body)
        if rows is None and self.layout.table and item.label.style != "serial":
            rank = item.label.rank
            rows = _run_together_rows(
                item.body,
                rank in self.rows_ranks,
                _title_runs_in(self.layout, rank),
                _title_span(rank),
            )
        if rows is not None:
            # a numbered heading cell over rows that have no number of their own
            self.group_heading(label + rows[0], item.start)
            for body in rows[1]:
                self._row(_Place(item.start, item.label.rank), None, "", body)
            self.unplaced(rows[2], item.label.end)
            return
        paragraphs = None
        if not self.layout.table:
            # (one paragraph is enough where the items of its rank were such headings)
            fewest = 1 if item.label.rank in self.paragraph_heads else 2
            paragraphs = _listed_paragraphs(item.body) or _paragraphs_with_clauses(
                item.body, self._at_end(item.body), fewest
            )
            if paragraphs is not None:
                self.paragraph_heads.add(item.label.rank)
            paragraphs = paragraphs or _titled_paragraphs(item.body)
        if paragraphs is not None:
            # a heading over paragraphs with no number, each closed by its own clause
            self.heading_ranks = sorted({*self.heading_ranks, item.label.rank})
            self.heading(attrs.evolve(item, body=paragraphs[0]))
            for body in paragraphs[1]:
                self._row(_Place(item.start, item.label.rank + 1), None, "", body)
            return
        owned = any(f.resp or f.lead for f in self.part_fields.values())
        after = (
            None
            if self.layout.table
            else _closed_paragraphs_after(item.body, self._cut(item.body), owned)
        )
        if after is not None:
            # a task closed by its clause, then unnumbered paragraphs closed by theirs
            place = _Place(item.start, item.label.rank)
            self._row(place, item.label.task_number, label, after[0])
            for body in after[1]:
                self._row(place, None, "", body)
            for line in after[2]:
                where = self.stream.location(item.start)
                self.ctx.residue.append(Residue(line.strip(), R_PART_CLOSING, where))
            return
        mixed = item.label.rank in self.mixed_ranks and not item.leaf
        titled = _titled_body(item.body) if mixed else None
        if titled is not None and self._title_is_a_tasks(item.label.rank, item.body, titled[0]):
            titled = None  # the task's own title on a line over its paragraph
        if titled is not None:
            # a heading whose part is one unnumbered task: ``3.加强平台建设 用好新媒体。…``
            self.heading(attrs.evolve(item, body=titled[0]))
            self._row(_Place(item.start, item.label.rank + 1), None, "", titled[1])
            return
        place = _Place(item.start, item.label.rank, item.label.style == "serial")
        if place.serial and self.layout.table:
            bodies = _serial_rows(item.body, self.layout.roles)
            if len(bodies) > 1:
                self._row(place, item.label.task_number, label, bodies[0])
                for body in bodies[1:]:
                    self._row(_Place(item.start, item.label.rank, unlabelled=True), None, "", body)
                return
        self._row(place, item.label.task_number, label, item.body)

    def _heading_cell_apart(self, rows: list[list[str]]) -> list[list[str]]:
        """The lines of a numbered item, its heading cell on a line of its own
        where it opens the first row's line (``（一）加强… | 动态更新…。 | 区财政局
        | …``) in a table with a column for headings before its requirements:
        a heading merged over the rows after it, which lost that cell — or
        over its one row, where the items above were such headings."""
        alone = len(rows) == 1 and self.heading_cells  # as the items above it were
        if not (len(rows) >= 2 or alone) or len(rows[0]) < 2 or self.layout.texts_before_units < 2:
            return rows
        first = rows[0]
        if not _heading_like(first[0]) or not _sentence(first[1]):
            return rows
        self.heading_cells = True
        return [[first[0]], first[1:], *rows[1:]]

    def _rows_by_line(self, item: _Item) -> tuple[str, list[str], _Left] | None:
        """A numbered heading alone on its line over rows with no number, where
        the input's lines are the table's rows (a pipe table: most lines hold
        several cells): each line one row, a short one sharing the merged
        cells above."""
        start = item.label.end
        lines: dict[int | None, list[str]] = {}
        first = bisect.bisect_right(self.stream.starts, start - 1) - 1
        stop = bisect.bisect_left(self.stream.starts, start + len(item.body), first)
        if stop - first < 2:
            return None  # one piece at most: no line over others (its text is not copied)
        for k in range(first, stop):
            at = self.stream.starts[k]
            piece = self.stream.pieces[k]
            text = piece.text[max(0, start - at) :] if at < start else piece.text
            lines.setdefault(piece.line, []).append(text.strip())
        rows = self._heading_cell_apart([cells for cells in lines.values() if any(cells)])
        if len(rows) < 2 or len(rows[0]) != 1 or not _heading_like(rows[0][0]):
            return None  # the heading's line, then its rows
        if 2 * sum(1 for cells in rows[1:] if len(cells) >= 2) <= len(rows) - 1:
            return None  # one cell per line: the lines are not the rows
        if not all(_sentence(cells[0]) for cells in rows[1:]):
            return None
        # (a row of one cell is that cell: its line parts it from the others)
        bodies = [
            "\n" + "\n".join(cells if len(cells) > 1 else [*cells, ""]) + "\n" for cells in rows[1:]
        ]
        return rows[0][0], bodies, None

    def _title_is_a_tasks(self, rank: int, body: str, title: str) -> bool:
        """Whether a title alone on a line over its paragraph is the task's own:
        at a rank that numbers tasks at least as often as headings.  A title
        run into its paragraph after a space (``3.加强平台建设 用好新媒体。…``),
        or at a rank that mostly numbers headings, heads one unnumbered task."""
        own_line = body[body.find(title) + len(title) :].lstrip(" \t\u3000").startswith("\n")
        return own_line and rank not in self.heading_first_ranks

    def _table_under_heading(self, rest: str, pos: int) -> bool:
        """A table under a heading of a prose plan, its rows numbered by nothing
        (the plan's points restated with the offices responsible)."""
        header = find_header(rest, 0, min(len(rest), _HEADER_SCAN))
        if header is None or not set(header.roles) & {"lead", "assist", "resp"}:
            return False
        rows, left = _unlabelled_rows(rest, header.end, header.roles)
        if not rows:
            return False
        self.unplaced(left, pos)
        self.ctx.residue.append(
            Residue(rest[header.start : header.end], R_HEADER, self.stream.location(pos))
        )
        prose = self.layout
        sentences = role_sentence_column(_cells(rest[header.end :]))
        self.layout = Layout(header.roles, table=True, role_sentences=sentences)
        try:
            self.unlabelled([(pos + start, body) for start, body in rows])
        finally:
            self.layout = prose
        return True

    def unplaced(self, left: _Left, pos: int) -> None:
        """Cells after a table's last row that read as no row: the residue's
        (``left`` starts at its offset from ``pos`` in the stream's text)."""
        if left is not None:
            location = self.stream.location(pos + left[0])
            self.ctx.residue.append(Residue(left[1], R_UNPLACED_ROW, location))

    def learn_rows(self, bodies: Sequence[str]) -> None:
        """What the rows of a table show of their cells, learned before any is
        read: unit names given whole, and the length of a title column."""
        runs = row_runs(bodies)
        self.learned = _learn_cells(bodies, runs)
        one = len(self.layout.unit_roles) == 1
        self.layout = attrs.evolve(self.layout, names=learn_names(bodies, runs, one_column=one))
        if len(self.layout.unit_roles) >= 2 and not self.layout.has_after_units:
            # a lead cell run into the next, the row closing with them
            self.layout = attrs.evolve(self.layout, repeated=repeated_names(bodies, runs))
        ordered = out_of_order(self.layout.roles)
        if ordered and kind_first(self.layout.roles):
            self.layout = attrs.evolve(self.layout, kinds=repeated_kinds(bodies))
        read = in_text_order(self.layout) if ordered else self.layout
        if _headings_fill_columns(read, len(self.heading_ranks), bodies):
            self.layout = attrs.evolve(self.layout, roles=_text_column_only(self.layout.roles))
            return
        if read.texts_before_units < 2:
            return
        if ordered:
            texts = ordered_texts(bodies, self.layout, self.learned)
        else:
            texts = row_texts(bodies, self.learned)
        length = titles_length(texts)
        if length is not None:
            self.layout = attrs.evolve(self.layout, titled=True, title_length=length)
        own = read.heading_first and headings_own_rows(texts)
        if read.texts_before_units == 2 and (own or titles_on_their_lines(bodies, read.roles)):
            self.layout = attrs.evolve(self.layout, own_titles=True)
        elif read.heading_first:
            self.layout = attrs.evolve(self.layout, headings=repeated_headings(texts))

    def unlabelled(self, rows: Sequence[tuple[int, str]]) -> None:
        """The rows of a table that numbers nothing (see :func:`_unlabelled_rows`);
        a row run together on its line may open with a numbered heading's
        title (a page crawled onto one line: 一、…深化政务公开及时发布…)."""
        ranks: list[int] = []  # the ranks of the headings rows opened with, the top first
        for start, body in rows:
            while (heading := _heading_run_in(body)) is not None:  # (一、… （一）… a row)
                rank, title, body = heading
                ranks = [r for r in ranks if r < rank] + [rank]
                self.group_heading(title, start, len(ranks) - 1)
            self._row(_Place(start, 0, unlabelled=True), None, "", body)

    def _row(self, place: _Place, number: int | None, label: str, body: str) -> None:
        fields = self._fields(body, place)
        if not (fields.resp or fields.lead) and self.part_fields:
            part = self.part_fields[max(self.part_fields)]
            fields.lead, fields.resp, fields.resp_owns = part.lead, part.resp, part.resp_owns
        if fields.status:
            location = self.stream.location(place.start)
            self.ctx.residue.append(Residue(fields.status, R_EXTRA_COLUMN, location))
        if fields.after:
            location = self.stream.location(place.start)
            self.ctx.residue.append(Residue(fields.after, R_PART_CLOSING, location))
        if fields.heading_before:
            self._heading_cells(fields.heading_before.split("\n"), place.start)
        section, labels = self.sections.path()
        above = bisect.bisect_left(self.heading_ranks, place.rank)
        if not self.layout.table:
            section, labels = section[:above], labels[:above]
        column_owns = self.layout.own_unit_roles[-1:] == ("resp",) and not fields.roles_labelled
        owns = fields.resp_owns or column_owns
        # an assist column's units keep their role beside a lead cell shown empty
        assists = bool(fields.lead or fields.lead_empty) and not owns
        self.rows.append(
            _Row(
                number=number,
                label=label,
                text=fields.text.strip(),
                section=section,
                section_labels=labels,
                resp_cell=None,
                resp_text=None if assists else (fields.resp or None),
                lead=fields.lead,
                assist=fields.resp if assists else "",
                supervise=fields.supervise,
                deadline_text=fields.deadline,
                note=fields.note or None,
                location=self.stream.location(place.start),
                shared_key=None,
                note_is_requirement=self.layout.requirement_in_note,
                cut=self._cut(body),
                assist_first=self.layout.unit_roles[:1] == ("assist",),
            )
        )
        self.fields.append(fields)
        self.row_section.append(self.section_no)
        shows, inside = self._shows_empty(body, place.start)
        self.row_shows_empty.append(shows)
        self.row_empty_inside.append(inside)
        self.bodies.append(body)
        self.places.append(place.start)
        self.row_copied.append(self.stream.line_at(place.start) not in self.stream.cell_rows)
        if fields.heading_after:
            self.group_heading(fields.heading_after, place.start + len(body))

    def _heading_cells(self, cells: Sequence[str], pos: int) -> None:
        """A row's heading cells, the top first: the deepest levels of the
        heading columns (the cells a row lacks are the merged ones above)."""
        cells = [level for cell in cells for level in _heading_levels(cell)]
        self.heading_depth = max(self.heading_depth, len(cells))
        top = self.heading_depth - len(cells)
        for i, cell in enumerate(cells):
            if self.heading_depth == 1 and cell == self._last_group:
                where = self.stream.location(pos)  # written again on this row: set aside
                self.ctx.residue.append(Residue(cell, R_REPEATED_HEADING, where))
                continue
            self.group_heading(cell, pos, top + i)

    def _fields(self, body: str, place: _Place) -> Fields:
        if self.layout.table and not self._in_cells(place.start):
            body = join_wrapped_cells(body)
        if self.layout.table and "\n" in body.strip():  # (one cell per line)
            body = join_wrapped_lines(
                body, len(self.layout.roles) - ("number" in self.layout.roles)
            )
        celled = place.unlabelled and "\n" in body.strip()  # not cells run together
        fitted = fit_row(body, self.layout) if celled else None
        if fitted is not None:
            return fitted
        if self.layout.table and self._run_together(body, place.start):
            ordered = read_ordered(body, self.layout, self.learned)
            if ordered is not None:
                return ordered
        if self.layout.table:
            apart = place.serial and self._label_alone(place.start)
            return split_body(body, self.layout, self.learned, serial=place.serial, apart=apart)
        return _prose_fields(body)

    def _run_together(self, body: str, start: int) -> bool:
        """Whether a row of a table whose header puts its units out of the
        text's order ran its cells together on one line (no separator or
        table cell parts them)."""
        if "\n" in body.strip() or not out_of_order(self.layout.roles):
            return False
        return not self._in_cells(start)

    def _in_cells(self, start: int) -> bool:
        """Whether the row at ``start`` stands in a table's cells or lines of
        cells (a separator or a table parts them), not run together."""
        line = self.stream.line_at(start)
        return line in self.stream.cell_rows or line in self.stream.cell_lines

    def _label_alone(self, start: int) -> bool:
        """Whether the row's label stands alone in its piece of the input (a
        序号 cell on a line of its own): the row's cells stand apart."""
        piece = self.stream.piece_at(start).strip()
        label = parse_label(piece)
        return piece.isdigit() or (label is not None and not label.rest.strip())

    def _at_end(self, text: str) -> bool:
        """Whether ``text`` ends the input (a page opening may be cut after it)."""
        text = text.rstrip()
        return bool(text) and self.stream_end.endswith(text)

    def _cut(self, text: str) -> bool:
        """Whether ``text`` ends the input mid-sentence (a page opening cut inside
        the last task: its unit cells are not merged above, they are not there)."""
        text = text.rstrip()
        return (
            bool(text) and not text.endswith(tuple(SENTENCE_END)) and self.stream_end.endswith(text)
        )

    def share_cell(self) -> None:
        """Tasks numbered inside one cell (a 具体要求 cell's ``3.…`` ``4.…``, the
        unit and deadline cells after the last) share the cells after it: a
        task whose label and the next task's stand in one cell has no cells of
        its own and takes the next's (in a group, as rows under a merged cell)."""
        for k in range(len(self.rows) - 2, -1, -1):
            if not self._opens_cell_with_next(k):
                continue
            nxt, f = self.rows[k + 1], self.fields[k + 1]
            key = nxt.shared_key if nxt.shared_key is not None else k + 1
            self.rows[k] = attrs.evolve(
                self.rows[k],
                resp_text=nxt.resp_text,
                lead=nxt.lead,
                assist=nxt.assist,
                deadline_text=nxt.deadline_text,
                note=self.rows[k].note or nxt.note,
                shared_key=key,
            )
            self.rows[k + 1] = attrs.evolve(nxt, shared_key=key)
            self.fields[k] = attrs.evolve(
                self.fields[k], lead=f.lead, resp=f.resp, deadline=f.deadline
            )

    def _opens_cell_with_next(self, k: int) -> bool:
        """Whether row ``k`` holds only its text and the next row's label stands in
        the same cell of a table, under the same heading, the next row with cells."""
        f, nxt = self.fields[k], self.fields[k + 1]
        if f.lead or f.resp or f.deadline or f.note or f.lead_empty or f.shown_empty:
            return False
        if not (nxt.lead or nxt.resp or nxt.deadline or nxt.lead_empty):
            return False
        here, there = self.places[k], self.places[k + 1]
        stream = self.stream
        return (
            here < there
            and self.row_section[k] == self.row_section[k + 1]
            and stream.in_cells(here)
            and stream.piece_index(here) == stream.piece_index(there)
        )

    def share_merged(self) -> None:
        """Rows that lack their unit cells share the merged cells of the row above;
        so does a row of text whose every cell after its text is shown empty (a
        web page's copy writes the cells a merged one covers as empty; a table
        of an office file marks its merged cells)."""
        for k in range(1, len(self.rows)):
            row, f = self.rows[k], self.fields[k]
            tail_empty = f.shown_empty and not (f.deadline or f.note) and self.row_copied[k]
            if f.lead or f.resp or f.lead_empty or (f.shown_empty and not tail_empty):
                continue
            if self.row_section[k] != self.row_section[k - 1] or self._cut(row.text):
                continue
            above = self.rows[k - 1]
            key = above.shared_key if above.shared_key is not None else k - 1
            note = row.note if row.note else above.note
            self.rows[k] = attrs.evolve(
                row,
                resp_text=above.resp_text,
                lead=above.lead,
                assist=above.assist,
                note=note,
                deadline_text=row.deadline_text or above.deadline_text,
                shared_key=key,
            )
            if above.shared_key is None:
                self.rows[k - 1] = attrs.evolve(above, shared_key=key)
            self.fields[k] = attrs.evolve(
                f, lead=self.fields[k - 1].lead, resp=self.fields[k - 1].resp
            )
        self._share_lead_cells()
        self._divisions_alone()
        self._share_deadlines()

    def _share_lead_cells(self) -> None:
        """A row of a table with a lead column and a second unit column (配合 or
        责任) that shows one unit cell lost a merged cell, most often the lead
        cell of the row above (the cells left shift into its place): its unit
        is the second column's (:meth:`_lone_unit`).  Not where it is the lead
        above, or the table's full rows name it as a lead more often than as
        an assist, or it names one office in a table that shows no empty cell
        and whose full rows name one office as the lead and lists or
        collectives in the second column (then it leads: the row dropped its
        empty second cell).  Beside a 责任 column, only a list or a collective
        in such a table moves.  Not in a table whose rows run their unit cells
        into the deadline cell: its cells stand apart in no row."""
        second = _SECOND_UNIT_COLUMN.get(self.layout.own_unit_roles)
        if second is None or any(f.units_glued for f in self.fields):
            return  # (rows that run their unit cells into the deadline set no cell apart)
        # the rows that may have lost it: those whose one unit cell is a lead
        # under a row with a lead (the table's votes are counted only for them)
        lone = [
            k
            for k in range(1, len(self.rows))
            if self.rows[k].lead and not getattr(self.rows[k], second) and self.rows[k - 1].lead
        ]
        if not lone:
            return
        votes = _column_votes(self.rows, second)
        kinds = _leads_single(self.rows, second)
        singles = kinds and not any(self.row_empty_inside)
        for k in lone:
            row, above = self.rows[k], self.rows[k - 1]
            if not self._lone_unit(k, second, kinds):
                continue
            one = names_one_office(row.lead)
            if (
                self.row_section[k] != self.row_section[k - 1]
                or squeeze(row.lead) == squeeze(above.lead)
                or sum(votes[n] for n in _names(row.lead)) < 0
                or (singles and one)
                or (second == "resp_text" and (one or not kinds))
            ):
                continue
            if second == "assist":
                self.rows[k] = attrs.evolve(row, lead=above.lead, assist=row.lead)
            else:
                self.rows[k] = attrs.evolve(row, lead=above.lead, resp_text=row.lead)

    def _divisions_alone(self) -> None:
        """In a table of two levels' owner columns (区级责任单位 | 局责任科室:
        most rows that fill both name a level's body first and the plan's own
        division second), a row's one unit cell that names no level is the
        division column's, not the level's; the level's is the one above it,
        merged over both (:meth:`_merged_lead`)."""
        if self.layout.own_unit_roles != ("lead", "resp"):
            return
        full = [(r.lead, r.resp_text) for r in self.rows if r.lead and r.resp_text]
        levelled = [
            lead
            for lead, second in full
            if lead.startswith(UNIT_LEVELS) and not second.startswith(UNIT_LEVELS)
        ]
        if len(levelled) < _LEVELLED_ROWS or 3 * len(levelled) < 2 * len(full):
            return
        for k, row in enumerate(self.rows):
            if row.lead and not row.resp_text and not row.lead.startswith(UNIT_LEVELS):
                self.rows[k] = attrs.evolve(row, lead=self._merged_lead(k), resp_text=row.lead)

    def _merged_lead(self, k: int) -> str:
        """The level's cell a row that shows only its division's lost: the row
        above's, merged over both (a pipe table copied from a page loses the
        cell in the rows it spans), where that row is in the same part."""
        if k == 0 or self.row_section[k] != self.row_section[k - 1]:
            return ""
        if len(self.bodies[k].strip().split("\n")) < 2:
            return ""  # (cells run together show no empty cell: the level's may be one)
        above = self.rows[k - 1].lead
        return above if above.startswith(UNIT_LEVELS) else ""

    def _lone_unit(self, k: int, second: str, kinds: bool) -> bool:
        """Whether row ``k`` shows one unit cell (its cells apart: run together,
        an empty one shows as nothing) and no empty cell — or shows one, but its
        unit cell is a list or a collective where the table's full rows put
        those in the second column (``kinds``)."""
        row = self.rows[k]
        if not row.lead or getattr(row, second):
            return False
        line = self.stream.line_at(self.places[k])
        spaced = line in self.stream.spaced_rows  # an empty cell shows as a wider gap
        if len(self.bodies[k].strip().split("\n")) < 2 or spaced:
            return False
        # an empty cell shown between its cells or after its unit cell (an
        # empty 备注 after the deadline is none)
        last = self.bodies[k].strip().rsplit("\n", 1)[-1]
        shown = self.row_empty_inside[k] or (self.row_shows_empty[k] and not is_deadline(last))
        return not shown or (kinds and not names_one_office(row.lead))

    def _shows_empty(self, body: str, start: int) -> tuple[bool, bool]:
        """Whether the row whose cells ``body`` holds shows a cell empty in the
        stream (an empty piece between its cells or right after them), and
        whether between them: found in order from where the rows before it
        ended."""
        text = self.stream.text
        cells = [c.strip() for c in body.split("\n") if c.strip()]
        pos = first = max(start, self._cursor)
        for k, cell in enumerate(cells):
            found = text.find(cell, pos)
            if found < 0:
                return False, False
            first = found if k == 0 else first
            pos = found + len(cell)
        self._cursor = pos
        # (asked of the stream's text in place: a copy of its rest for every row
        # would cost the length of the text each)
        inside = text.find("\n\n", first, pos) >= 0 or self._blank_between(first, pos)
        last = pos == len(text) - 1 and text.endswith("\n")  # the text's last line break
        return inside or text.startswith("\n\n", pos) or last, inside

    def _blank_between(self, a: int, b: int) -> bool:
        """Whether a blank line stands between the pieces from ``a`` to ``b`` of
        a text one cell per line that sets apart only some of its cells so (an
        empty cell between a row's cells; a text that pads every cell with one
        says nothing by it, and one after a row may part the rows)."""
        gaps = self.stream.gap_starts
        if not gaps or 2 * len(gaps) > len(self.stream.pieces):
            return False
        k = bisect.bisect_right(gaps, a)
        return k < len(gaps) and gaps[k] <= b

    def _share_deadlines(self) -> None:
        """A row that has its unit cells but no deadline cell, where the table has
        a deadline column and the row shows none of its cells empty, lacks the
        deadline because it is merged with the row above: it shares that one."""
        if "deadline" not in self.layout.roles:
            return
        for k in range(1, len(self.rows)):
            row, f = self.rows[k], self.fields[k]
            if row.deadline_text or not (f.lead or f.resp) or self.row_shows_empty[k]:
                continue
            cells = self.bodies[k].strip().split("\n")
            if len(cells) < 2 or (row.cut and not is_units(cells[-1])):
                continue  # cells run together (an empty one shows as nothing), or cut
            above = self.rows[k - 1]
            if self.row_section[k] != self.row_section[k - 1] or self._cut(row.text):
                continue
            if above.deadline_text:
                self.rows[k] = attrs.evolve(row, deadline_text=above.deadline_text)


_CUT_SPAN = 4096  # the end of the input a cut row is looked for in


def _names(cell: str) -> list[str]:
    return [n for n in re.split(r"[、，,；;\s]+", squeeze(cell)) if n]


# The row's field that holds a table's second unit column, by the unit columns.
_LEVELLED_ROWS: Final = 2  # rows naming a level's body and a division, at least

_SECOND_UNIT_COLUMN: Final[dict[tuple[str, ...], str]] = {
    ("lead", "assist"): "assist",
    ("lead", "resp"): "resp_text",
}


def _leads_single(rows: Sequence[_Row], second: str) -> bool:
    """Whether the rows that fill both a lead and a ``second`` cell name one
    office as the lead and lists or collectives in the second column."""
    full = [(row.lead, getattr(row, second)) for row in rows if row.lead and getattr(row, second)]
    return leads_are_single_offices([a for a, _ in full], [b for _, b in full])


def _column_votes(rows: Sequence[_Row], second: str) -> collections.Counter[str]:
    """How much more often the rows that fill both a lead and a ``second`` cell
    name each unit in the second column than as a lead."""
    votes: collections.Counter[str] = collections.Counter()
    for row in rows:
        if row.lead and getattr(row, second):
            votes.update(_names(getattr(row, second)))
            votes.subtract(_names(row.lead))
    return votes


def _gloss_diagnostic(glosses: Sequence[tuple[int, str]]) -> Diagnostic:
    line, gloss = glosses[0]
    return Diagnostic(
        "text.pinyin_glosses",
        f"{len(glosses)} pinyin glosses inserted by a mirror site, first {gloss!r}",
        Severity.WARNING,
        Location(line=line),
    )


def _prose_fields(body: str) -> Fields:
    """A prose task: its text, the responsibility in trailing brackets or field lines."""
    kept, found = inline_fields(body)
    text, in_parens = _field_parens(kept)
    fields = {**in_parens, **found}
    text, resps = _extract_responsibilities(text)
    if not resps:
        text, resps = cut_responsibility(text)
    if not resps and not fields:
        text, resps = closing_duty(text)
    if not fields:
        resps = with_duty_clause(text, resps)
    after = _paragraph_after_units(fields)
    if fields.get("assist") and fields.get("resp") and not fields.get("lead"):
        # (a 责任 field beside a 配合 field leads, as a 责任 column beside a 配合 column)
        fields["lead"] = fields.pop("resp")
    if fields.get("resp"):
        resps.append(fields["resp"])
    return Fields(
        text=text,
        lead=fields.get("lead", ""),
        resp="；".join([fields["assist"], *resps] if fields.get("assist") else resps),
        resp_owns=not fields.get("assist"),
        supervise=fields.get("supervise", ""),
        deadline=fields.get("deadline", ""),
        note=fields.get("note", ""),
        status=fields.get("status", ""),
        after=after,
    )


_UNIT_FIELDS = ("assist", "resp", "lead")
_GAP = re.compile(r"[ \t\u3000]+")
_LEAST_PARAGRAPH = 10  # characters of a sentence that is a paragraph of its own
_CLAUSE_MARK = re.compile(r"[，,。；;]|要|应|須|须")  # (a field's value lost its full stop)


def _paragraph_after_units(found: dict[str, str]) -> str:
    """A paragraph a page on one line wrote right after a task's last unit
    field, set apart by a space (``责任单位：县政务服务中心 各乡镇、各部门要结合
    职责…。``: a part's closing requirement): cut from the field's value
    (``found`` is changed) and returned; ``""`` where there is none."""
    for key in _UNIT_FIELDS:
        value = found.get(key, "")
        for gap in _GAP.finditer(value):
            head, tail = value[: gap.start()], value[gap.end() :]
            closing = len(tail) >= _LEAST_PARAGRAPH and _CLAUSE_MARK.search(tail) is not None
            if closing and is_units(head) and not is_units(tail.rstrip("。；;")):
                found[key] = head
                return tail
    return ""


def _learn_cells(bodies: Sequence[str], runs: Sequence[UnitRun | None]) -> frozenset[str]:
    """Unit cells the document repeats: evidence for splitting run-together
    cells (``runs``: each row's likeliest unit cells, :func:`row_runs`)."""
    counts: dict[str, int] = {}
    for body, run in zip(bodies, runs, strict=True):
        if run is None:
            continue
        keys = {squeeze(run.text(run.cells[-1]))} if len(run.cells) >= 2 else set()
        if body[run.start - 1 : run.start].isspace():
            keys.add(squeeze(run.text()))  # the cell before it shown empty: the run is one cell
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= 2)


def _unit_cell_line(line: str) -> bool:
    """A line of units that is a table's cell, not a prose field (责任部门：…)."""
    return is_units(line) and FIELD_RE.match(line.strip()) is None


def _layout(header: Header | None, items: Sequence[_Item], numbered_rows: bool) -> Layout:
    if header is not None and any(r in ("lead", "assist", "resp") for r in header.roles):
        return Layout(_row_roles(header.roles, numbered_rows), table=True)
    tasks = [i for i in items if i.is_task]
    lines = [i.body.strip().split("\n")[1:] for i in tasks]
    celled = sum(1 for cells in lines if any(_unit_cell_line(c) for c in cells))
    if tasks and celled >= max(2, len(tasks) // 2):
        return Layout(_headerless_roles([i.body for i in tasks]), table=True)
    run_together = _run_together_roles([i.body for i in tasks])
    if run_together is not None:
        return Layout(run_together, table=True)
    return Layout((), table=False)


_LEAST_ROWS: Final = 3  # rows that show a table with no header by their cells run together


def _run_together_roles(bodies: Sequence[str]) -> tuple[str, ...] | None:
    """The columns of a table with no header (a later page) whose rows are
    numbered lines of cells run together: most rows close with their unit
    cells (:func:`best_run`), none inside a bracket, with a field's colon (a
    paragraph's clause) or a full stop closing it; a deadline column where
    most show one after."""
    lines = [b.strip().split("\n", 1)[0] for b in bodies]  # (a heading may follow a row)
    # the cheap questions first: a field's colon, or a full stop closing the
    # line (a paragraph's duty sentence: 办公室负责。), makes no row
    plain = [line for line in lines if not _sentence(line) and not any(c in line for c in "：:")]
    if len(lines) < _LEAST_ROWS or 3 * len(plain) < 2 * len(lines):
        return None
    runs = [(line, best_run(line, closing=True)) for line in plain]
    closed = [
        (line, run)
        for line, run in runs
        if run is not None
        and run.start >= _LEAST_REQUIREMENT
        and not _inside_bracket(line, run.start)
    ]
    if 3 * len(closed) < 2 * len(lines):
        return None
    dated = sum(1 for line, run in closed if line[run.end :].strip())
    return ("text", "resp", "deadline") if 2 * dated > len(closed) else ("text", "resp")


def _inside_bracket(text: str, k: int) -> bool:
    """Whether ``text[k]`` stands inside a bracket opened before it."""
    return sum(text.count(ch, 0, k) for ch in "（(") > sum(text.count(ch, 0, k) for ch in "）)")


def _headerless_roles(bodies: Sequence[str]) -> tuple[str, ...]:
    """The columns of a table with no header (a later page of it), from its
    rows: the text cells most rows show before their unit cell (two: a title
    and its requirement), a heading cell where some rows show one more (given
    once over its rows), the unit columns — two where most rows show two
    cells, one shown empty or not, before their deadline: the first leads,
    the second assists (牵头单位 | 配合单位) — and a deadline where most
    rows show one after."""
    shapes = [s for body in bodies if (s := _row_shape(body)) is not None]
    if not shapes:
        return ("text", "resp")
    dated = 2 * sum(s.dated for s in shapes) > len(shapes)
    two = dated and 2 * sum(s.units == 2 for s in shapes) > len(shapes)
    units = ("lead", "assist") if two else ("resp",)
    deadline = ("deadline",) if dated else ()
    texts = collections.Counter(s.texts for s in shapes).most_common(1)[0][0]
    if texts < 2:
        return ("text", *units, *deadline)
    headings = max(s.texts for s in shapes) - texts
    return ("heading",) * headings + ("text",) * texts + units + deadline


@attrs.frozen
class _Shape:
    """What a row of a table with no header shows: how many cells before its
    unit cell, whether a deadline cell follows, how many cells stand from its
    unit cell up to that deadline (an empty one too)."""

    texts: int
    dated: bool
    units: int


def _row_shape(body: str) -> _Shape | None:
    """The shape of a row; None for a row with no unit cell."""
    cells = [c.strip() for c in body.split("\n") if c.strip()]
    k = next((i for i, c in enumerate(cells) if i and _unit_cell_line(c)), None)
    if k is None:
        return None
    dated = any(is_deadline(c) for c in cells[k + 1 :])
    shown = [c.strip() for c in body.strip("\n").split("\n")]  # an empty cell too
    first = shown.index(cells[k]) if cells[k] in shown else 0
    due = next((i for i in range(first + 1, len(shown)) if is_deadline(shown[i])), first + 1)
    return _Shape(k, dated, due - first)


def _row_roles(roles: tuple[str, ...], numbered_rows: bool) -> tuple[str, ...]:
    """The columns a row's body holds: where the rows are numbered by a 序号
    column, the columns from it on — the cells before it are merged heading
    cells, read before the row starts (as labelled headings, or as a group)."""
    if not numbered_rows or "number" not in roles:
        return roles
    return roles[roles.index("number") :]


def _numbers_rows(
    stream: Stream, outline: Outline, header: Header | None, task_style: str | None
) -> bool:
    """Whether the tasks' labels are a 序号 column's: serial numbers under a
    header with a number column, or labels (``1.``) most of which are a cell
    of their own there."""
    if header is None or "number" not in header.roles or task_style is None:
        return False
    if task_style == "serial":
        return True
    hits = outline.of_style(task_style)
    alone = sum(1 for h in hits if stream.piece_at(h.start).strip() == stream.text[h.start : h.end])
    return 2 * alone > len(hits)


def _without_shared_points(text: str, hits: list[LabelHit]) -> list[LabelHit]:
    """``hits`` without the ``一是`` points opening lines where no first
    point carries its own duty clause: the points of one task (see
    :func:`~zwgk.build.fields.points_own_duties`)."""
    firsts = [h for h in hits if h.style == "cn_shi" and h.number == 1]
    if not firsts:
        return hits
    ends = [text.find("\n", h.end) for h in firsts]
    points = (text[h.start : e if e >= 0 else len(text)] for h, e in zip(firsts, ends, strict=True))
    if points_own_duties(points):
        return hits
    return [h for h in hits if h.style != "cn_shi"]


def _unmarked_lines(
    lines: Sequence[tuple[int, str | Sequence[str]]],
    locations: Mapping[int, Location],
    residue: list[Residue],
) -> Sequence[tuple[int, str | Sequence[str]]]:
    """The lines without the marks saying whether a task is new or carried
    on (``（新增）``, ``（延续）``), which go to ``residue``."""
    texts = (line if isinstance(line, str) else "\n".join(line) for _, line in lines)
    if not may_hold_status_marks("\n".join(texts)):
        return lines
    out: list[tuple[int, str | Sequence[str]]] = []
    for no, line in lines:
        cells = [line] if isinstance(line, str) else list(line)
        found = [status_marks_out(c) for c in cells]
        marks = [m for _, ms in found for m in ms]
        if not marks:
            out.append((no, line))
            continue
        where = locations.get(no) or Location(line=no)
        residue.extend(Residue(m, R_STATUS_MARK, where) for m in marks)
        kept = [c for c, _ in found]
        out.append((no, kept[0] if isinstance(line, str) else kept))
    return out


@overload
def assemble_lines(
    lines: Sequence[tuple[int, str | Sequence[str]]],
    *,
    year: int | None = ...,
    source: str | None = ...,
    fmt: str = ...,
    residue: Sequence[Residue] = ...,
    diagnostics: Sequence[Diagnostic] = ...,
    locations: Mapping[int, Location] | None = ...,
    worth: None = ...,
) -> Plan: ...


@overload
def assemble_lines(
    lines: Sequence[tuple[int, str | Sequence[str]]],
    *,
    year: int | None = ...,
    source: str | None = ...,
    fmt: str = ...,
    residue: Sequence[Residue] = ...,
    diagnostics: Sequence[Diagnostic] = ...,
    locations: Mapping[int, Location] | None = ...,
    worth: Worth,
) -> Plan | None: ...


def assemble_lines(
    lines: Sequence[tuple[int, str | Sequence[str]]],
    *,
    year: int | None = None,
    source: str | None = None,
    fmt: str = "text",
    residue: Sequence[Residue] = (),
    diagnostics: Sequence[Diagnostic] = (),
    locations: Mapping[int, Location] | None = None,
    worth: Worth | None = None,
) -> Plan | None:
    """Read a plan from numbered text lines by the outline its labels form.

    ``locations`` says where a line is when its number is not a line of a
    text file (a table row of a Word file, a page of a PDF).  With ``worth``,
    a reading whose rows (every task is one) ``worth`` says could not be
    chosen is not finished: None.
    """
    marked: list[Residue] = []
    lines = _unmarked_lines(lines, locations or {}, marked)
    residue = [*residue, *marked] if marked else residue
    stream = Stream(lines, locations)
    text = stream.text
    body = notice_end(text)
    ctx = _Ctx(year=year)
    hits = _without_shared_points(text, plan_label_hits(text, find_labels(text)))
    hits = [h for h in hits if h.start >= body and not _serial_inside_cell(stream, h)]
    hits = _without_cell_points(stream, hits)
    hits = _without_row_points(text, hits, body)
    outline = choose_labels(text, hits)
    if body >= len(text) > 0:
        body, outline = _outline_after_notice(text, body, outline)
    outline = _without_aims_parts(text, outline)
    first = outline.labels[0].start if outline.labels else len(text)
    header = find_header(text, body, min(first, body + _HEADER_SCAN) if first > body else first)
    outline = _without_one_cells_points(stream, outline, header)
    repeats = _header_repeats(stream, header) if header is not None else {}
    if repeats:  # a header printed again over a page's rows: set aside, read again
        found = sorted(set(repeats.values()))
        again = [Residue(t, R_REPEATED_HEADER, stream.location(p)) for p, t in found]
        return assemble_lines(
            [(no, line) for no, line in lines if no not in repeats],
            year=year,
            source=source,
            fmt=fmt,
            residue=[*residue, *again],
            diagnostics=diagnostics,
            locations=locations,
        )
    task_style = _task_style(outline, header, cut=opens_inside_plan(text))
    numbered_rows = _numbers_rows(stream, outline, header, task_style)
    if numbered_rows and task_style is not None:
        outline = _within_rows(stream, outline, task_style)
    end = _closing(stream, ctx, body, prose=header is None)
    loose = _loose_items(text, body, end) if task_style is None and header is None else []
    if loose:
        first = loose[0][0]  # (a plan that numbers nothing: its items, the notice before them)
    items = _items(text, outline, task_style, end) if task_style else []
    layout = _layout(header, items, numbered_rows)
    if task_style is None and layout.table and header is not None:
        first = header.end  # a table that numbers nothing: its rows start after the header
    if not layout.table:
        items = _leaf_headings(_owners(text, outline, items, end) or items)
    before, group = _pre_body(stream, ctx, body, header, first, layout)
    only = len(text) > 0 and (body >= len(text) or _names_attachments_only(text[body:]))
    notice = only or any(d.code == NOTICE_ONLY for d in diagnostics)
    if worth is not None and task_style and _unworthy(worth, notice, stream, layout, items):
        return None
    if loose:
        rows = _loose_rows(stream, ctx, layout, loose)
    else:
        rows = _run_items(stream, ctx, layout, outline, task_style, items, group, header, end)
    if worth is not None and not worth(len(rows), notice):
        return None
    res = list(residue)
    if stream.glosses:
        ctx.diagnostics.append(_gloss_diagnostic(stream.glosses))
    return _plan(stream, ctx, rows, before, year, source, fmt, res, diagnostics, only)


def _loose_items(text: str, body: int, end: int) -> list[tuple[int, str]]:
    """The items of a plan that numbers nothing and shows no table: from the
    body's first line that opens with a list's mark (``- 公开…``, a line of a
    requirement's length: a menu's items are short) or is closed by its own
    clause (``…。（责任单位：办公室）``), each such line after it, two at least;
    the line that is neither ends them."""
    out: list[tuple[int, str]] = []
    at = body
    for line in text[body:end].split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            continue
        listed = ITEM_MARK.match(line) is not None and len(line.strip()) >= _LOOSE_LENGTH
        if listed or _closed_by_clause(line.strip()):
            out.append((start, line))
        elif out:
            break
    return out if len(out) >= _FEWEST_LOOSE else []


_FEWEST_LOOSE: Final = 2
_LOOSE_LENGTH: Final = 10  # characters of a listed item, at least (a menu item: • 依申请公开)


def _loose_rows(
    stream: Stream, ctx: _Ctx, layout: Layout, loose: Sequence[tuple[int, str]]
) -> list[_Row]:
    """The rows of a plan's items that have no label (:func:`_loose_items`)."""
    asm = _Assembly(stream, ctx, layout, [])
    asm.unlabelled(loose)
    _unused_headings(asm, ctx)
    return asm.rows


def _serial_inside_cell(stream: Stream, hit: LabelHit) -> bool:
    """Whether a bare number stands inside a table cell's text, not at its
    start (``做好规划公开3…`` in one cell, ``…每年至少开展1次…`` in a cell a tab
    or a ``|`` parts from the next): a 序号 is a cell of its own."""
    if hit.style != "serial" or not (stream.cell_rows or stream.cell_lines):
        return False
    k = bisect.bisect_right(stream.starts, hit.start) - 1
    line = stream.pieces[k].line
    return (line in stream.cell_rows or line in stream.cell_lines) and stream.starts[k] != hit.start


def _without_cell_points(stream: Stream, hits: Sequence[LabelHit]) -> list[LabelHit]:
    """The label hits less a table cell's own numbered points: two labels or
    more of one style in one cell, one of them inside it, numbered from 1
    after labels of that style above it (a requirement cell
    ``1.公开章程；2.公开管理制度。``) number no rows; ``4.…。 5.…`` in one cell
    goes on with the rows above, two rows a copy ran together."""
    if not stream.cell_lines:
        return list(hits)
    by_piece: dict[tuple[int, str], list[LabelHit]] = {}
    for h in hits:
        k = bisect.bisect_right(stream.starts, h.start) - 1
        k = stream.cell_of.get(k, k)  # (a cell of several lines: its first)
        if 0 <= k < len(stream.pieces) and stream.pieces[k].line in stream.cell_lines:
            by_piece.setdefault((k, h.style), []).append(h)
    listed = {
        key: found
        for key, found in by_piece.items()
        if len(found) >= 2 and found[0].number == 1 and found[-1].start > stream.starts[key[0]]
    }
    lists = list(listed.values())
    several = len({k for k, _ in listed}) >= 2  # lists in two cells or more: each cell's own
    points = {id(h) for found in lists if several or _after_own_style(found, hits) for h in found}
    return [h for h in hits if id(h) not in points]


def _without_row_points(text: str, hits: Sequence[LabelHit], body: int) -> list[LabelHit]:
    """The label hits less the points of a row whose cells ran together, one row a
    line under a table's header (``气象灾害预警信息发布1.通过…；2.汛期…。业务股负责…汛期每日``):
    two labels or more of one style on the line, counting from 1, the first
    after the row's own title (and its own number, where it has one), no unit
    cell closing a point before the last, and the line closing with its cells.
    They number the requirement's points, not rows."""
    by_line: dict[tuple[int, str], list[LabelHit]] = {}
    for h in hits:
        by_line.setdefault((text.rfind("\n", 0, h.start) + 1, h.style), []).append(h)
    points: set[int] = set()
    lines = collections.Counter(
        start
        for (start, _), found in by_line.items()
        if _firm(found) and not _row_number(text, start, found)
    )
    for (start, _), found in by_line.items():
        if lines[start] > 1 or len(found) > _MOST_POINTS:
            continue  # (labels of another style on the line, or many: a plan run onto one line)
        if _row_points(text, start, found) and find_header(text, body, start) is not None:
            points.update(id(h) for h in found)
    return [h for h in hits if id(h) not in points] if points else list(hits)


def _row_number(text: str, start: int, found: Sequence[LabelHit]) -> bool:
    """Whether ``found``, labels of one style on the line from ``start``, are
    one label opening the line: the row's own number (``1、…（1）…；（2）…``),
    not labels of another style beside the points."""
    return len(found) == 1 and not text[start : found[0].start].strip()


def _firm(found: Sequence[LabelHit]) -> bool:
    """Whether one of ``found`` is a label wherever it stands: a weak hit (a
    figure before a measure word, ``作出后7个工作日内``) is one only where the
    numbering needs it."""
    return any(not h.weak for h in found)


_MOST_POINTS: Final = 12  # points of one requirement cell; more on a line number a plan's tasks


def _row_points(text: str, start: int, found: Sequence[LabelHit]) -> bool:
    """Whether ``found``, labels of one style on the line from ``start``, are a
    run-together row's points (see :func:`_without_row_points`)."""
    if len(found) < 2 or [h.number for h in found] != list(range(1, len(found) + 1)):
        return False
    if not text[start : found[0].start].strip():
        return False  # (the line opens with its label: the row's own number)
    # (the points first: in a plan run onto one line, the first closes with its cells)
    if any(
        best_run(text[a.start : b.start].strip(), closing=True)
        for a, b in itertools.pairwise(found)
    ):
        return False
    end = text.find("\n", found[-1].start)
    return _closes_with_cells(text[found[-1].start : end if end >= 0 else len(text)])


def _after_own_style(found: Sequence[LabelHit], hits: Sequence[LabelHit]) -> bool:
    """Whether labels of ``found``'s style stand before its first (its 1. restarts them)."""
    return any(h.style == found[0].style and h.start < found[0].start for h in hits)


_ATTACHMENT_LINE = re.compile(r"\s*(?:附件|附表|[（(]此件)")


def _names_attachments_only(rest: str) -> bool:
    """Whether what follows a notice's signature only names its attachments
    (``附件下载：…分解表.doc``): the plan itself is not in the text."""
    lines = [line for line in rest.split("\n") if line.strip()]
    return bool(lines) and all(_ATTACHMENT_LINE.match(line) for line in lines)


def _outline_after_notice(text: str, body: int, outline: Outline) -> tuple[int, Outline]:
    """Where the plan starts, and its outline, after a notice nothing seemed to
    end (no signature, title line, header or unit fields): after the notice's
    sentence where what follows is a plan's outline (:func:`plan_outline`)."""
    start = notice_sentence_end(text)
    found = plan_outline(text, start)
    return (body, outline) if found is None else (start, found)


def _header_repeats(stream: Stream, header: Header) -> dict[int, tuple[int, str]]:
    """The input lines that print the table's header again further on (over
    the rows of the next page), each with where it starts and its text; only
    lines that hold nothing but the header's cells."""
    text = stream.text
    cells = text[header.start : header.end].strip()
    found: dict[int, tuple[int, str]] = {}
    at = text.find(cells, header.end)
    while at > 0 and len(cells) >= _MIN_HEADER:
        stop = at + len(cells)
        if text[at - 1] == "\n" and (stop == len(text) or text[stop] == "\n"):
            lines = _lines_within(stream, at, stop)
            found.update((no, (at, cells)) for no in lines)
        at = text.find(cells, stop)
    return found


_MIN_HEADER = 6  # characters of a header that make its repeat certain


def _lines_within(stream: Stream, start: int, stop: int) -> list[int]:
    """The input lines of the pieces within ``start``–``stop``; none where one
    of those lines also holds a piece outside."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for pos, piece in zip(stream.starts, stream.pieces, strict=True):
        spans.setdefault(piece.line, []).append((pos, pos + len(piece.text)))
    touched = [no for no, sp in spans.items() if any(a < stop and b > start for a, b in sp)]
    whole = all(start <= a and b <= stop for no in touched for a, b in spans[no])
    return touched if whole else []


def _closing(stream: Stream, ctx: _Ctx, body: int, *, prose: bool = False) -> int:
    """Where the plan's body ends: before a signature placed after it (kept
    as residue; the metadata reads it from the text's last lines), and
    before a note on the table closing the rows (kept as residue too)."""
    end = closing_signature(stream.text, stream.gaps, prose=prose)
    if end < len(stream.text):
        end = max(body, len(stream.text[:end].rstrip()))
        closing = stream.text[end:].strip()
        if closing:
            ctx.residue.append(Residue(closing, R_CLOSING, stream.location(end)))
    note = _table_note(stream.text, body, end)
    if note is not None:
        where = stream.location(note)
        ctx.residue.append(Residue(stream.text[note:end].strip(), R_TABLE_NOTE, where))
        end = len(stream.text[:note].rstrip())
    return end


_TABLE_NOTE_LINES: Final = 3  # (注：… and the points it numbers)


def _table_note(text: str, body: int, end: int) -> int | None:
    """Where a note on the table closes the body (``注：标注★的为重点任务``
    on a line of its own after the last row), or None: its line is among
    the last lines before ``end``."""
    last = None
    for m in TABLE_NOTE_LINE.finditer(text, body, end):
        last = m
    if last is None or last.start() == body:
        return None
    return last.start() if text.count("\n", last.start(), end) < _TABLE_NOTE_LINES else None


def _pre_body(
    stream: Stream, ctx: _Ctx, body: int, header: Header | None, first: int, layout: Layout
) -> tuple[list[str], str]:
    """The notice and title before the plan (residue, and lines for the metadata),
    and a group heading standing between the header and the first label."""
    text = stream.text
    before: list[str] = []
    stop = header.start if header is not None else first
    for part in _pseudo_lines(text[:stop]):
        before.append(part)
        ctx.residue.append(Residue(part, R_NOTICE, None))
    if header is None:
        return before, ""
    loc = stream.location(header.start)
    ctx.residue.append(Residue(text[header.start : header.end], R_HEADER, loc))
    between = [p.strip() for p in text[header.end : first].split("\n") if p.strip()]
    group = ""
    if layout.table and between and _heading_like(between[-1]) and not is_units(between[-1]):
        group = between.pop()
    for part in between:
        ctx.residue.append(Residue(part, R_UNPLACED_ROW, loc))
    return before, group


# （此件主动公开） closes a notice; what follows it starts a line of its own
_PUBLICITY_MARK = re.compile(rf"({PUBLICITY_MARK})")
_SPACE_BREAK = re.compile(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")
# a line that starts with a field's label (发布机构: …) keeps its value
_LABEL_SPACE = re.compile(r"^(\s*[\u4e00-\u9fff]{2,6}[:：])\s+")


# a title run into the preamble after it (…实施方案为深入贯彻落实…)
_TITLE_THEN_PREAMBLE = re.compile(
    rf"^(?P<title>[^\s。，；：:]{{6,60}}?{NOTICE_TITLE_END.pattern.rstrip('$')})"
    rf"(?={PREAMBLE_START.pattern})"
)


def _pseudo_lines(text: str) -> list[str]:
    """Lines of a notice; a crawl that joined its paragraphs with spaces is split
    there, and a title run into its preamble is split from it."""
    out: list[str] = []
    text = _TITLE_THEN_PREAMBLE.sub("\\g<title>\n", text.lstrip(), count=1)
    for line in _PUBLICITY_MARK.sub("\\1\n", text).split("\n"):
        line = _LABEL_SPACE.sub(r"\1", unspaced_label(line))
        out.extend(p for p in _SPACE_BREAK.split(line) if p.strip())
    return out


def _run_items(
    stream: Stream,
    ctx: _Ctx,
    layout: Layout,
    outline: Outline,
    task_style: str | None,
    items: Sequence[_Item],
    group: str,
    header: Header | None,
    end: int,
) -> list[_Row]:
    if task_style is None:
        if not layout.table or header is None:
            return []
        sentences = role_sentence_column(_cells(stream.text[header.end : end]))
        layout = attrs.evolve(layout, role_sentences=sentences)
        text = stream.text[:end]
        lined = _run_together_lines(text, header.end)
        # rows one a line, else several a line (a page crawled onto one), else one cell a line
        run_together = (lined, None) if lined else _rows_on_lines(text, header.end)
        rows, left = run_together or _unlabelled_rows(text, header.end, header.roles)
        titles = titles_unnumbered([body for _, body in rows], layout)
        asm = _Assembly(stream, ctx, attrs.evolve(layout, own_titles=titles), [])
        if run_together:
            asm.learn_rows([body for _, body in rows])
        asm.unlabelled(rows)
        asm.unplaced(left, 0)
        asm.share_merged()
        _unused_headings(asm, ctx)
        return asm.rows
    if layout.table:
        items = _serials_after_headings(items, layout)
    asm = _assembly(_Assembly, stream, ctx, layout, items)
    if not layout.table:
        asm.office_ranks = _office_ranks(items)
    if layout.table:
        asm.rows_ranks = _ranks_over_rows(items, layout)
        bodies = [i.body for i in items if i.is_task]
        asm.learn_rows(_rows_of(items, asm.rows_ranks, layout))
        serials = [asm.own_body(i) for i in items if i.is_task and i.label.style == "serial"]
        if len(serials) == len(bodies) and own_titles(serials, layout):
            asm.layout = attrs.evolve(asm.layout, own_titles=True)
        if group and items:
            asm.group_heading(group, items[0].start)
    for item in items:
        if item.is_task:
            asm.task(item)
        else:
            asm.heading(item)
    if layout.table:
        asm.share_cell()
        asm.share_merged()
    _unused_headings(asm, ctx)
    return asm.rows


_FEWEST_OFFICES: Final = 2  # headings of a rank naming units, at least


def _unit_title(body: str) -> str:
    return body.strip().partition("\n")[0].strip().rstrip("。：:")


def _office_ranks(items: Sequence[_Item]) -> frozenset[int]:
    """The ranks of the headings that each name units alone, two of them at
    least (``一、办公室``, ``二、市容环境卫生科``: a plan set out by the offices
    that carry it out): each part's units, for its tasks that name none."""
    titles: dict[int, list[str]] = {}
    for item in items:
        if not item.is_task:
            titles.setdefault(item.label.rank, []).append(_unit_title(item.body))
    return frozenset(
        rank
        for rank, found in titles.items()
        if len(found) >= _FEWEST_OFFICES and all(is_units(t) and not _clauses(t) for t in found)
    )


def _unused_headings(asm: _Assembly, ctx: _Ctx) -> None:
    """The headings no task stands under, for the residue."""
    for text, location in asm.sections.unused():
        ctx.residue.append(Residue(text, R_EMPTY_HEADING, location))


_A = TypeVar("_A", bound="_Assembly")


def _serials_after_headings(items: Sequence[_Item], layout: Layout) -> list[_Item]:
    """The items with a row's 序号 cell moved after the heading cells that
    follow it, where the header puts a heading column right after the 序号
    column (序号 | 工作类别 | 工作任务, one cell per line): a bare number with
    nothing after it, then labelled headings (一、… （一）…), the last one's
    title cell followed by the row's other cells, is the number of that row."""
    if not _heading_after_serial(items, layout.roles):
        return list(items)
    out: list[_Item] = []
    k = 0
    while k < len(items):
        moved = _serial_after(items, k)
        if moved is None:
            out.append(items[k])
            k += 1
            continue
        out.extend(moved)
        k += len(moved)
    return out


def _heading_after_serial(items: Sequence[_Item], roles: tuple[str, ...]) -> bool:
    """Whether a heading cell may stand right after a row's 序号 cell: the
    header puts a heading column there, or a title column (任务名称) whose
    cell most rows show with their own text, a heading only over the first
    row of its group (序号 | 任务名称 | 任务内容, the 任务名称 merged)."""
    after = roles[roles.index("number") + 1 :][:1] if "number" in roles else ()
    if after != ("text",):
        return after == ("heading",)
    serials = [i for i in items if i.is_task and i.label.style == "serial"]
    empty = sum(1 for i in serials if not i.body.strip())
    return 0 < empty <= len(serials) - empty and roles.count("text") >= 2


def _serial_after(items: Sequence[_Item], k: int) -> list[_Item] | None:
    """The serial item ``k`` with the headings after it, itself after them
    holding the row's cells the last one held; None where it is no such item."""
    item = items[k]
    if not item.is_task or item.label.style != "serial" or item.body.strip():
        return None
    headings: list[_Item] = []
    for after in items[k + 1 :]:
        if after.is_task:
            return None
        title, _, rest = after.body.strip().partition("\n")
        if not rest.strip():
            headings.append(after)
            continue
        cut = after.body[: after.body.find(title) + len(title)]
        return [
            *headings,
            attrs.evolve(after, body=cut),
            attrs.evolve(item, body=f"\n{rest.strip()}\n"),
        ]
    return None


def _assembly(
    kind: type[_A], stream: Stream, ctx: _Ctx, layout: Layout, items: Sequence[_Item]
) -> _A:
    """An assembly (``kind``) of the labelled items, before their rows."""
    heading_ranks = sorted({i.label.rank for i in items if not i.is_task})
    asm = kind(stream, ctx, layout, heading_ranks)
    if not layout.table:
        asm.mixed_ranks = frozenset(heading_ranks) & {i.label.rank for i in items if i.is_task}
        asm.heading_first_ranks = _heading_ranks_with_tasks(items)
    return asm


class _RowCount(_Assembly):
    """An assembly that counts its rows and reads none of their cells."""

    count = 0

    def _row(self, place: _Place, number: int | None, label: str, body: str) -> None:
        self.count += 1


def _unworthy(
    worth: Worth, notice: bool, stream: Stream, layout: Layout, items: Sequence[_Item]
) -> bool:
    """Whether the rows of the labelled items could not make a reading worth
    finishing: counted first where one row per task could not."""
    if worth(sum(1 for i in items if i.is_task), notice):
        return False
    return not worth(_count_rows(stream, layout, items), notice)


def _count_rows(stream: Stream, layout: Layout, items: Sequence[_Item]) -> int:
    """How many rows the labelled items make, counted without reading their
    cells: what the cells hold never makes a row more or less (a reading
    that could not be chosen is left before its cells are read)."""
    asm = _assembly(_RowCount, stream, _Ctx(year=None), layout, items)
    for item in items:
        if item.is_task:
            asm.task(item)
        else:
            asm.heading(item)
    return asm.count


_CLOSING_LINES = 3  # a signature after the plan: issuer, date, publicity mark


def _closing_lines(text: str, residue: Sequence[Residue] = ()) -> list[str]:
    """The last lines of the document, where a signature placed after the
    plan's body stands (the issuer and date of a notice signed at the end);
    on a page on one line, the signature set apart from the plan's body."""
    closing = [r.text for r in residue if r.reason == R_CLOSING]
    lines = [line for line in text.rstrip().split("\n")[-_CLOSING_LINES:] if line.strip()]
    return lines if len(lines) > 1 or not closing else closing[-1].split("\n")


def _plan(
    stream: Stream,
    ctx: _Ctx,
    rows: list[_Row],
    before: list[str],
    year: int | None,
    source: str | None,
    fmt: str,
    residue: Sequence[Residue],
    diagnostics: Sequence[Diagnostic],
    notice_only: bool,
) -> Plan:
    if notice_only:
        ctx.diagnostics.append(
            Diagnostic(
                NOTICE_ONLY, "the text is a covering notice without its plan", Severity.WARNING
            )
        )
    meta = _metadata(before, _closing_lines(stream.text, ctx.residue), year)
    return finish_plan(
        meta, year, rows, ctx, residue=residue, diagnostics=diagnostics, source=source, fmt=fmt
    )
