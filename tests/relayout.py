"""The corpus's plans written again in the layouts real pages use, and read back.

Every gold file of the corpus says what a plan holds: its tasks' sections,
numbers, texts, responsibilities and deadlines.  Written again in another
layout — a pipe table whose merged cells were lost, one cell per line, a page
on one line, cells run together, prose with labelled clauses, a table crawled
onto one line … — the same plan must read the same.  A layout that reads
worse than the others points at a mechanism that leans on one layout.

Run:  python -m tests.relayout [LAYOUT] [--worst N]

prints, per layout, the mean of the columns over every plan written in it,
then the worst readings (plan, layout, columns).  The pages are written
under ``--out DIR`` when it is given, to look at; two layouts are office
files (a Word table and a worksheet with merged cells).
"""

from __future__ import annotations

import argparse
import copy
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

import zwgk
from tests import corpus
from tests.scoring import counts, summarize

COLUMNS = ("tasks", "text", "section", "resp", "unitF1")
_CN = "一二三四五六七八九十"
_TITLE = "某市2022年政务公开工作要点任务分工方案"
_NOTICE = "各有关单位：现将工作要点印发给你们，请认真贯彻落实。"
_HEADINGS = ("工作类别", "重点任务")
_COLUMNS = ("序号", "具体内容", "责任单位", "完成时限")


@attrs.frozen
class Row:
    """One task as a table or a paragraph gives it."""

    section: tuple[str, ...]
    number: int
    text: str
    resp: str
    deadline: str
    lead: str = ""  # the units that lead or own the task, for a table with a lead column
    assist: str = ""  # the units that assist


def _first(alternatives: str) -> str:
    return alternatives.split("|")[0]


def _role_cells(units: Sequence[dict[str, str]]) -> tuple[str, str]:
    """A lead cell and an assist cell for ``units`` (each name's first alternative)."""
    lead = [_first(u["name"]) for u in units if _first(u["role"]) != "assist"]
    assist = [_first(u["name"]) for u in units if _first(u["role"]) == "assist"]
    return "、".join(lead), "、".join(assist)


def rows(gold: dict[str, Any]) -> list[Row]:
    """The gold's tasks as rows; a deadline the text already holds is not repeated."""
    out = []
    for t in gold["tasks"]:
        raw = (t.get("deadline") or {}).get("raw") or ""
        out.append(
            Row(
                tuple(t["section"]),
                t["number"],
                t["text"],
                t["responsibility"] or "",
                "" if raw in t["text"] else raw,
                *_role_cells(t.get("units") or ()),
            )
        )
    return out


def _ordinal(i: int) -> str:
    return _CN[i] if i < len(_CN) else "十" + _CN[i - len(_CN)]


class Numbering:
    """Heading labels of each rank (一、 then （一）), restarting under a new part."""

    def __init__(self) -> None:
        self.counts = [0, 0, 0]
        self.previous: tuple[str, ...] = ()

    def opened(self, section: tuple[str, ...]) -> list[str]:
        """The labelled headings ``section`` opens after the previous row's."""
        out = []
        for level, title in enumerate(section[:3]):
            if self.previous[: level + 1] == section[: level + 1]:
                continue
            self.counts[level] += 1
            self.counts[level + 1 :] = [0] * (2 - level)
            n = _ordinal(self.counts[level] - 1)
            out.append((f"{n}、" if level == 0 else f"（{n}）" if level == 1 else "") + title)
        self.previous = section
        return out


def _depth(plan: Sequence[Row]) -> int:
    return max(len(r.section) for r in plan)


def _header(plan: Sequence[Row]) -> list[str]:
    return [*_HEADINGS[: _depth(plan)], *_COLUMNS]


def pipe(plan: Sequence[Row]) -> str:
    """A pipe table copied from a web page: a merged heading cell only in its first row."""
    lines = [_TITLE, "", " | ".join(_header(plan)) + " |"]
    numbering = Numbering()
    for r in plan:
        cells = [*numbering.opened(r.section), str(r.number), r.text, r.resp, r.deadline]
        lines.append(" | ".join(cells) + " |")
    return "\n".join(lines)


def _merged_rows(plan: Sequence[Row]) -> Iterator[list[str]]:
    """Each row's cells as a table with merged cells shows them: the headings
    it opens, its number and text, and its unit and deadline cells unless the
    row above shares them (merged over both, lost when the table is copied)."""
    numbering = Numbering()
    last: tuple[str, str] | None = None
    for r in plan:
        heads = numbering.opened(r.section)
        tail = [r.resp, r.deadline] if heads or (r.resp, r.deadline) != last else []
        last = (r.resp, r.deadline)
        yield [*heads, str(r.number), r.text, *tail]


def pipe_merged(plan: Sequence[Row]) -> str:
    """The same, with unit and deadline cells merged over rows that share them."""
    lines = [_TITLE, "", " | ".join(_header(plan)) + " |"]
    lines += [" | ".join(cells) + " |" for cells in _merged_rows(plan)]
    return "\n".join(lines)


def tabs(plan: Sequence[Row]) -> str:
    """A table saved with tabs between its cells, merged cells left empty."""
    depth = _depth(plan)
    lines = [_TITLE, "", "\t".join(_header(plan))]
    numbering = Numbering()
    for r in plan:
        heads = numbering.opened(r.section)
        heads = [""] * (depth - len(heads)) + heads
        lines.append("\t".join([*heads, str(r.number), r.text, r.resp, r.deadline]))
    return "\n".join(lines)


def cells(plan: Sequence[Row]) -> str:
    """One cell per line, each closed by `` |``; an empty cell a bare ``|``."""
    lines = [_TITLE, "", *(f"{h} |" for h in _header(plan))]
    numbering = Numbering()
    for r in plan:
        lines += [f"{h} |" for h in numbering.opened(r.section)]
        lines += [f"{c} |" if c else "|" for c in (str(r.number), r.text, r.resp, r.deadline)]
    return "\n".join(lines)


def cells_bare(plan: Sequence[Row]) -> str:
    """One cell per line with ``|`` alone on the lines between cells, unit and
    deadline cells merged over rows that share them (lost), an empty cell
    two ``|`` lines running."""
    lines = [_TITLE, "", *"\n|\n".join(_header(plan)).split("\n")]
    for cells in _merged_rows(plan):
        for cell in cells:
            lines += ["|", cell] if cell else ["|"]
    return "\n".join(lines)


def points(text: str) -> list[str]:
    """A requirement of several sentences as a cell writes its own numbered
    points (``1.…。`` ``2.…。``), one a line; one sentence stays as it is."""
    parts = [p for p in re.split(r"(?<=[。；;])", text) if p.strip()]
    return [f"{i}.{p}" for i, p in enumerate(parts, 1)] if len(parts) >= 2 else [text]


def cells_points(plan: Sequence[Row]) -> str:
    """One cell per line, each closed by `` |``, a requirement's numbered
    points on lines of their own inside its cell."""
    lines = [_TITLE, "", *(f"{h} |" for h in _header(plan))]
    numbering = Numbering()
    for r in plan:
        lines += [f"{h} |" for h in numbering.opened(r.section)]
        *inside, last = points(r.text)
        lines += [f"{r.number} |", *inside, f"{last} |"]
        lines += [f"{c} |" if c else "|" for c in (r.resp, r.deadline)]
    return "\n".join(lines)


def cells_points_bare(plan: Sequence[Row]) -> str:
    """One cell per line with ``|`` alone between cells, a requirement's
    numbered points on lines of their own inside its cell."""
    lines = [_TITLE, "", *"\n|\n".join(_header(plan)).split("\n")]
    numbering = Numbering()
    for r in plan:
        for h in numbering.opened(r.section):
            lines += ["|", h]
        lines += ["|", str(r.number), "|", *points(r.text), "|", r.resp, "|", r.deadline]
    return "\n".join(lines)


def restarted(plan: Sequence[Row]) -> list[int]:
    """Each row's number counted afresh from 1 in every part (a plan whose
    序号 restarts under 一、, 二、 …)."""
    out: list[int] = []
    part: str | None = None
    for r in plan:
        first = r.section[0] if r.section else ""
        out.append(1 if first != part or not out else out[-1] + 1)
        part = first
    return out


def cells_points_restart(plan: Sequence[Row]) -> str:
    """One cell per line with ``|`` alone between cells, 序号 restarting in
    every part, a requirement's numbered points on lines of their own inside
    its cell: a cell's 1. 2. beside rows numbered 1, 2 under each part."""
    lines = [_TITLE, "", *"\n|\n".join(_header(plan)).split("\n")]
    numbering = Numbering()
    for r, number in zip(plan, restarted(plan), strict=True):
        for h in numbering.opened(r.section):
            lines += ["|", h]
        lines += ["|", str(number), "|", *points(r.text), "|", r.resp, "|", r.deadline]
    return "\n".join(lines)


def cells_paragraphs(plan: Sequence[Row]) -> str:
    """Each cell a paragraph of its own (a blank line between cells, none
    between rows), an empty cell an empty paragraph: heading columns given in
    the first row of their group, a 序号 column, an always empty 备注 column."""
    depth = _depth(plan)
    cells = [*_header(plan), "备注"]
    numbering = Numbering()
    for r in plan:
        heads = numbering.opened(r.section)
        cells += [*([""] * (depth - len(heads)) + heads), str(r.number), r.text, r.resp]
        cells += [r.deadline, ""]
    return "\n\n".join([_TITLE, *cells])


def cells_plain_points(plan: Sequence[Row]) -> str:
    """One cell per line with nothing between cells (an empty cell no line), a
    requirement's numbered points on lines of their own."""
    lines = [_TITLE, "", *_header(plan)]
    numbering = Numbering()
    for r in plan:
        lines += numbering.opened(r.section)
        lines += [str(r.number), *points(r.text), *(c for c in (r.resp, r.deadline) if c)]
    return "\n".join(lines)


#: The layouts that write a requirement as numbered points (the gold's text so numbered).
POINTS = ("cells_points", "cells_points_bare", "cells_plain_points", "cells_points_restart")
#: The layouts whose 序号 restarts in every part (matched by that number, in order).
RESTARTED = ("cells_points_restart",)


def _shared_cells(plan: Sequence[Row]) -> Iterator[tuple[list[str], list[Row]]]:
    """Rows under one heading that share their unit and deadline cells, as a
    table gives them in one cell: the headings the first opens, and the rows."""
    numbering = Numbering()
    group: list[Row] = []
    heads: list[str] = []
    for r in plan:
        if group and (r.section, r.resp, r.deadline) == (
            group[-1].section,
            group[-1].resp,
            group[-1].deadline,
        ):
            group.append(r)
            continue
        if group:
            yield heads, group
        heads, group = numbering.opened(r.section), [r]
    if group:
        yield heads, group


def _shared_header(plan: Sequence[Row]) -> list[str]:
    return [*_HEADINGS[: _depth(plan)], "具体内容", "责任单位", "完成时限"]


def _numbered(r: Row) -> str:
    return f"{r.number}.{r.text}"


def pipe_shared(plan: Sequence[Row]) -> str:
    """A pipe table whose 具体内容 cell holds every task numbered in it that
    shares the unit and deadline cells after it (no 序号 column)."""
    lines = [_TITLE, "", " | ".join(_shared_header(plan)) + " |"]
    for heads, group in _shared_cells(plan):
        text = "".join(_numbered(r) for r in group)
        lines.append(" | ".join([*heads, text, group[0].resp, group[0].deadline]) + " |")
    return "\n".join(lines)


def cells_shared(plan: Sequence[Row]) -> str:
    """One cell per line, each closed by `` |``: a 具体内容 cell holds, a task a
    line, every task that shares the unit and deadline cells after it."""
    lines = [_TITLE, "", *(f"{h} |" for h in _shared_header(plan))]
    for heads, group in _shared_cells(plan):
        lines += [f"{h} |" for h in heads]
        lines += [_numbered(r) for r in group[:-1]] + [f"{_numbered(group[-1])} |"]
        lines += [f"{c} |" if c else "|" for c in (group[0].resp, group[0].deadline)]
    return "\n".join(lines)


def cells_bare_shared(plan: Sequence[Row]) -> str:
    """One cell per line with ``|`` alone between cells: a 具体内容 cell holds,
    a task a line, every task that shares the unit and deadline cells after it."""
    lines = [_TITLE, "", *"\n|\n".join(_shared_header(plan)).split("\n")]
    for heads, group in _shared_cells(plan):
        for cell in [*heads, "\n".join(_numbered(r) for r in group), group[0].resp]:
            lines += ["|", cell] if cell else ["|"]
        lines += ["|", group[0].deadline] if group[0].deadline else ["|"]
    return "\n".join(lines)


def table_line(plan: Sequence[Row]) -> str:
    """The pipe table crawled onto one line: its cells joined by spaces."""
    lines = pipe(plan).split("\n")
    return " ".join(c for line in lines for c in line.removesuffix(" |").split(" | ") if c)


_ROW_HEADER = ("序号", "工作任务", "责任单位", "完成时限")


def _rows(plan: Sequence[Row], row: Callable[[Row], str], cells: str, lines: str) -> str:
    """The header and each row (``row``) with the headings it opens, the
    header's cells joined by ``cells`` and the lines by ``lines``."""
    out = [_TITLE, "", cells.join(_ROW_HEADER)]
    numbering = Numbering()
    for r in plan:
        out += numbering.opened(r.section)
        out.append(row(r))
    return lines.join(out)


def run_together(plan: Sequence[Row]) -> str:
    """One row per line, its cells run together with nothing between them."""
    return _rows(plan, lambda r: f"{r.number}.{r.text}{r.resp}{r.deadline}", "", "\n")


def _phoned(names: str) -> str:
    """Each of ``names`` (parted by 、) with a telephone in brackets after it."""
    return "、".join(
        f"{n}（0591-87{zlib.crc32(n.encode()) % 10**6:06d}）" for n in names.split("、")
    )


def run_together_contacts(plan: Sequence[Row]) -> str:
    """One row per line run together, every unit's telephone in brackets
    after its name (``…情况。办公室（0591-87123456）牵头，…配合2022年底前``)."""

    def row(r: Row) -> str:
        duty = _duty(_phoned(r.lead), _phoned(r.assist) if r.assist else "") if r.lead else ""
        return f"{r.number}{r.text}{duty}{r.deadline}"

    return _rows(plan, row, "", "\n")


_BOLD_KEY = "责任单位栏中加粗的为牵头单位，其余为配合单位。"


def _bold_lead(r: Row) -> str:
    """The units of a row, those that lead in Markdown's bold (``**办公室**、财务科``)."""
    lead = [f"**{n}**" for n in r.lead.split("、") if n]
    return "、".join([*lead, *(n for n in r.assist.split("、") if n)])


def run_together_bold(plan: Sequence[Row]) -> str:
    """One row per line run together, saved as Markdown: the leading units
    in bold, the others not, as a key after the title says."""
    page = _rows(plan, lambda r: f"{r.number}{r.text}{_bold_lead(r)}{r.deadline}", "", "\n")
    return page.replace(_TITLE + "\n", f"{_TITLE}\n{_BOLD_KEY}\n", 1)


def run_together_serial(plan: Sequence[Row]) -> str:
    """One row per line, its bare 序号 run into the text (``3做好…``) and the
    other cells run together."""
    return _rows(plan, lambda r: f"{r.number}{r.text}{r.resp}{r.deadline}", "", "\n")


def _ordered(plan: Sequence[Row], header: Sequence[str], row: Callable[[Row], str]) -> str:
    """One row per line, cells run together in the order of ``header``."""
    out = [_TITLE, "", "".join(header)]
    numbering = Numbering()
    for r in plan:
        out += numbering.opened(r.section)
        out.append(row(r))
    return "\n".join(out)


def run_together_marked(plan: Sequence[Row]) -> str:
    """One row per line run together, the unit cell in square brackets
    (``3.公开…。[办公室]2024年3月底前``)."""
    return _rows(
        plan,
        lambda r: f"{r.number}.{r.text}{f'[{r.resp}]' if r.resp else ''}{r.deadline}",
        "",
        "\n",
    )


def _arrowed(r: Row) -> str:
    """The units of a row, the lead a ``>`` before those assisting it."""
    return f"{r.lead}>{r.assist}" if r.lead and r.assist else r.lead or r.assist


def run_together_arrowed(plan: Sequence[Row]) -> str:
    """One row per line run together, the lead and those assisting it parted
    by ``>`` (``…。财务科>信息科、护理部及时更新``)."""
    return _rows(plan, lambda r: f"{r.number}.{r.text}{_arrowed(r)}{r.deadline}", "", "\n")


def run_together_deadline_first(plan: Sequence[Row]) -> str:
    """Cells run together with the deadline column before the task's text
    (``序号时间节点工作任务责任单位``: ``1.2022年6月底前公开…办公室``)."""
    header = ("序号", "时间节点", "工作任务", "责任单位")
    return _ordered(plan, header, lambda r: f"{r.number}.{r.deadline}{r.text}{r.resp}")


def run_together_units_first(plan: Sequence[Row]) -> str:
    """Cells run together with the unit column before the task's text
    (``序号责任科室工作任务完成时限``: ``1.办公室编制并公开…2022年5月底前``)."""
    header = ("序号", "责任单位", "工作任务", "完成时限")
    return _ordered(plan, header, lambda r: f"{r.number}.{r.resp}{r.text}{r.deadline}")


def run_together_deadline_units(plan: Sequence[Row]) -> str:
    """Cells run together with the deadline column between the task's text
    and its units (``序号工作任务完成时限责任单位``)."""
    header = ("序号", "工作任务", "完成时限", "责任单位")
    return _ordered(plan, header, lambda r: f"{r.number}.{r.text}{r.deadline}{r.resp}")


def run_together_score(plan: Sequence[Row]) -> str:
    """Cells run together with a column the header vocabulary does not name
    after the deadline: each task's score (``序号工作任务责任单位完成时限分值``:
    ``1.公开…办公室2022年6月底前3分``)."""
    header = ("序号", "工作任务", "责任单位", "完成时限", "分值")
    return _ordered(
        plan, header, lambda r: f"{r.number}.{r.text}{r.resp}{r.deadline}{r.number % 3 + 2}分"
    )


def run_together_basis(plan: Sequence[Row]) -> str:
    """Cells run together with a column the header vocabulary does not name
    between the task's text and its units: the rule it follows
    (``序号工作任务政策依据责任单位完成时限``: ``1.公开…《政府信息公开条例》第20条办公室…``)."""
    header = ("序号", "工作任务", "政策依据", "责任单位", "完成时限")
    return _ordered(
        plan,
        header,
        lambda r: f"{r.number}.{r.text}《政府信息公开条例》第{r.number + 9}条{r.resp}{r.deadline}",
    )


def _labelled_cell(r: Row) -> str:
    """A unit cell that labels its units' roles (``牵头单位：…；配合单位：…``)."""
    if r.assist and r.lead:
        return f"牵头单位：{r.lead}；配合单位：{r.assist}"
    return f"责任单位：{r.resp}" if r.resp else ""


def run_together_labelled(plan: Sequence[Row]) -> str:
    """Cells run together, the unit cell written as labelled clauses
    (``1.公开…。牵头单位：市发改委；配合单位：各县区2022年底前``)."""
    header = ("序号", "工作任务", "责任分工", "完成时限")
    return _ordered(plan, header, lambda r: f"{r.number}.{r.text}{_labelled_cell(r)}{r.deadline}")


def run_together_two_lines(plan: Sequence[Row]) -> str:
    """Each row printed over two lines: its number and text, then its unit
    and deadline cells run together (``财务股批复后20日内``), the deadline
    column filled in every row (长期坚持 where the plan gives none)."""
    header = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")

    def row(r: Row) -> str:
        return f"{r.number}.{r.text}\n{r.lead}{r.assist}{r.deadline or '长期坚持'}"

    return _ordered(plan, header, row)


def _unnumbered(plan: Sequence[Row], lines: str, fill: str = "") -> str:
    """Rows with no number, cells run together, under numbered headings and a
    header with no 序号, joined by ``lines``; a row with no deadline given
    ``fill`` in its deadline cell."""
    out = [_TITLE, "", "".join(_ROW_HEADER[1:])]
    numbering = Numbering()
    for r in plan:
        out += numbering.opened(r.section)
        out.append(f"{r.text}{r.resp}{r.deadline or fill}")
    return lines.join(out)


def run_together_unnumbered(plan: Sequence[Row]) -> str:
    """One row per line, cells run together, under numbered headings and a
    header with no 序号: the rows have no number of their own."""
    return _unnumbered(plan, "\n")


def run_together_unnumbered_roles(plan: Sequence[Row]) -> str:
    """Rows with no number, one a line, a lead and an assist column run
    together with no role word (``…公开规划纲要省发改委省直各部门2022年底前``)."""
    lines = [_TITLE, "", "".join(["工作任务", "牵头单位", "配合单位", "完成时限"])]
    numbering = Numbering()
    for r in plan:
        lines += numbering.opened(r.section)
        lines.append(f"{r.text}{r.lead}{r.assist}{r.deadline}")
    return "\n".join(lines)


def run_together_unnumbered_headed(plan: Sequence[Row]) -> str:
    """Rows with no number, one a line, cells run together, each heading run
    into the first row of its part (``一、推进决策公开公开重大决策…``)."""
    lines = [_TITLE, "", "".join(_ROW_HEADER[1:])]
    numbering = Numbering()
    for r in plan:
        heads = "".join(numbering.opened(r.section))
        lines.append(f"{heads}{r.text}{r.resp}{r.deadline}")
    return "\n".join(lines)


def table_glued_unnumbered(plan: Sequence[Row]) -> str:
    """The table of :func:`run_together_unnumbered` crawled onto one line, its
    完成时限 column filled in every row (长期坚持 where the plan gives no
    deadline): rows are told apart where they close, by units and a deadline."""
    return _unnumbered(plan, "", fill="长期坚持")


def _unnumbered_header(plan: Sequence[Row]) -> list[str]:
    return [*_HEADINGS[: _depth(plan)], *_COLUMNS[1:]]


def _unnumbered_cells(plan: Sequence[Row]) -> Iterator[list[str]]:
    """Each row's cells in a table with no 序号 column: the headings it opens
    (merged over their rows, shown in the first), its text, units and deadline."""
    numbering = Numbering()
    for r in plan:
        yield [*numbering.opened(r.section), r.text, r.resp, r.deadline]


def pipe_unnumbered(plan: Sequence[Row]) -> str:
    """A pipe table with no 序号 column copied from a web page: a merged
    heading cell only in its first row, the rows after it shifted left."""
    lines = [_TITLE, "", " | ".join(_unnumbered_header(plan)) + " |"]
    lines += [" | ".join(cells) + " |" for cells in _unnumbered_cells(plan)]
    return "\n".join(lines)


def cells_unnumbered(plan: Sequence[Row]) -> str:
    """One cell per line, each closed by `` |`` (an empty cell a bare ``|``),
    in a table with no 序号 column: rows told apart by what their cells say."""
    lines = [_TITLE, "", *(f"{h} |" for h in _unnumbered_header(plan))]
    for cells in _unnumbered_cells(plan):
        lines += [f"{c} |" if c else "|" for c in cells]
    return "\n".join(lines)


def cells_bare_unnumbered(plan: Sequence[Row]) -> str:
    """One cell per line with ``|`` alone on the lines between cells, in a
    table with no 序号 column, an empty cell two ``|`` lines running."""
    lines = [_TITLE, "", *"\n|\n".join(_unnumbered_header(plan)).split("\n")]
    for cells in _unnumbered_cells(plan):
        for cell in cells:
            lines += ["|", cell] if cell else ["|"]
    return "\n".join(lines)


#: The layouts whose rows have no number (matched to the gold's tasks in order).
def cells_blank(plan: Sequence[Row]) -> str:
    """One cell per line with ``|`` alone between the cells of a row and
    nothing between rows (a row's last cell, then the next row's first), an
    empty cell a blank line: heading columns given in the first row of their
    group and empty below, no 序号 column, an always empty 备注 column."""
    depth = _depth(plan)
    header = [*_unnumbered_header(plan), "备注"]
    lines = [_TITLE, "", *"\n|\n".join(header).split("\n")]
    numbering = Numbering()
    for r in plan:
        heads = numbering.opened(r.section)
        heads = [""] * (depth - len(heads)) + heads
        lines += "\n|\n".join([*heads, r.text, r.resp, r.deadline, ""]).split("\n")
    return "\n".join(lines)


UNNUMBERED = (
    "prose_bulleted",
    "run_together_unnumbered",
    "run_together_unnumbered_roles",
    "run_together_unnumbered_headed",
    "table_glued_unnumbered",
    "pipe_unnumbered",
    "cells_unnumbered",
    "cells_bare_unnumbered",
    "cells_blank",
)


def rows_spaced(plan: Sequence[Row]) -> str:
    """One row per line, its cells apart by a space, as a PDF's text gives a
    table; headings on lines of their own."""

    def row(r: Row) -> str:
        return " ".join(c for c in (str(r.number), r.text, r.resp, r.deadline) if c)

    return _rows(plan, row, " ", "\n")


def table_glued(plan: Sequence[Row]) -> str:
    """The whole table crawled onto one line with nothing between its cells
    (``…完成时限一、做好…（一）推进…1.主动公开…省发改委2.…``)."""
    return _rows(plan, lambda r: f"{r.number}.{r.text}{r.resp}{r.deadline}", "", "")


def table_glued_serial(plan: Sequence[Row]) -> str:
    """The whole table crawled onto one line, its bare 序号 run into the
    heading's title before it and into the row (``…发展1加强…``)."""
    return _rows(plan, lambda r: f"{r.number}{r.text}{r.resp}{r.deadline}", "", "")


def run_together_roles(plan: Sequence[Row]) -> str:
    """One row per line, a lead and an assist column, its cells run together
    (``1.主动公开规划纲要省发改委省直各部门…``) under a category cell given once."""
    lines = [_TITLE, "", "".join(["类别", "序号", "工作任务", "牵头单位", "配合单位", "完成时限"])]
    numbering = Numbering()
    for r in plan:
        heads = "".join(numbering.opened(r.section))
        lines.append(f"{heads}{r.number}.{r.text}{r.lead}{r.assist}{r.deadline}")
    return "\n".join(lines)


def pipe_progress(plan: Sequence[Row]) -> str:
    """A pipe table with a 序号 column, lead and assist columns and a 落实情况
    column the office fills in, numbering restarting in every part."""
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限", "落实情况"]
    lines = [_TITLE, "", " | ".join(header) + " |"]
    numbering = Numbering()
    for r in plan:
        lines += [f"{h} |" for h in numbering.opened(r.section)]
        cells = [str(r.number), r.text, r.lead, r.assist, r.deadline, "已完成"]
        lines.append(" | ".join(cells) + " |")
    return "\n".join(lines)


def _progress_cells(plan: Sequence[Row]) -> Iterator[list[str]]:
    """Each row's cells in a table with a 序号 column, heading columns merged
    over their rows (shown in the first), lead and assist columns and a 落实情况
    column the office fills in."""
    numbering = Numbering()
    for r in plan:
        heads = numbering.opened(r.section)
        yield [str(r.number), *heads, r.text, r.lead, r.assist, r.deadline, "已完成"]


def _progress_header(plan: Sequence[Row]) -> list[str]:
    return [
        "序号",
        *_HEADINGS[: _depth(plan)],
        "具体任务",
        "牵头单位",
        "配合单位",
        "完成时限",
        "落实情况",
    ]


def pipe_progress_merged(plan: Sequence[Row]) -> str:
    """A pipe table with a 序号 column, heading columns merged over their rows
    (a row after the first lost those cells, its others shifted left), lead and
    assist columns and a 落实情况 column."""
    lines = [_TITLE, "", " | ".join(_progress_header(plan)) + " |"]
    lines += [" | ".join(cells) + " |" for cells in _progress_cells(plan)]
    return "\n".join(lines)


def cells_progress(plan: Sequence[Row]) -> str:
    """The table of :func:`pipe_progress_merged` one cell per line, each closed
    by `` |``, an empty cell a bare ``|``."""
    lines = [_TITLE, "", *(f"{h} |" for h in _progress_header(plan))]
    for cells in _progress_cells(plan):
        lines += [f"{c} |" if c else "|" for c in cells]
    return "\n".join(lines)


# layouts that write lead and assist cells
_ROLE_COLUMNS = (
    "run_together_roles",
    "run_together_two_lines",
    "run_together_unnumbered_roles",
    "pipe_progress",
    "pipe_progress_merged",
    "cells_progress",
)


def _clauses(r: Row) -> str:
    fields = [f"责任单位：{r.resp}"] if r.resp else []
    fields += [f"完成时限：{r.deadline}"] if r.deadline else []
    return f"（{'；'.join(fields)}）" if fields else ""


def _paragraphs(
    plan: Sequence[Row], label: Callable[[int], str], paragraph: Callable[[Row], str] | None = None
) -> str:
    """The plan's paragraphs under their headings: each its label, then its
    text and labelled clauses (or what ``paragraph`` writes of it)."""
    lines = [_TITLE, ""]
    numbering = Numbering()
    for r in plan:
        lines += numbering.opened(r.section)
        body = paragraph(r) if paragraph else f"{r.text}{_clauses(r)}"
        lines.append(f"{label(r.number)}{body}")
    return "\n".join(lines)


def prose(plan: Sequence[Row]) -> str:
    """Paragraphs under their headings, each closed by labelled clauses."""
    return _paragraphs(plan, "{}.".format)


def prose_bulleted(plan: Sequence[Row]) -> str:
    """Paragraphs with no number under their headings, each opened by a
    list's mark (``- ``, as Markdown and a WeChat post write it) and closed
    by its clauses."""
    return _paragraphs(plan, lambda _: "- ")


def prose_bracketed(plan: Sequence[Row]) -> str:
    """Paragraphs numbered （1）（2） under 一、 and （一） headings, with their clauses."""
    return _paragraphs(plan, "（{}）".format)


def _duty(lead: str, assist: str) -> str:
    """A sentence of who does a task (``A牵头，B配合``), empty without a lead."""
    return f"{lead}牵头" + (f"，{assist}配合" if assist else "") if lead else ""


def prose_duty(plan: Sequence[Row]) -> str:
    """Paragraphs closed by a sentence of who does the task, run into the
    text where the text ends without a full stop (a line break lost)."""
    lines = [_TITLE, ""]
    numbering = Numbering()
    for r in plan:
        lines += numbering.opened(r.section)
        duty = _duty(r.lead, r.assist)
        lines.append(f"{r.number}.{r.text}{duty}{'。' if duty else ''}")
    return "\n".join(lines)


def prose_duty_first(plan: Sequence[Row]) -> str:
    """Paragraphs opening with who does the task in a bracket
    (``3.〔A牵头，B配合〕做好…``), no deadline written."""

    def paragraph(r: Row) -> str:
        duty = _duty(r.lead, r.assist)
        return f"{'〔' + duty + '〕' if duty else ''}{r.text}"

    return _paragraphs(plan, "{}.".format, paragraph)


def _clause_duty(r: Row) -> str:
    """Who does a task as a clause says it (``A牵头、B配合``), empty without a lead."""
    return f"{r.lead}牵头" + (f"、{r.assist}配合" if r.assist else "") if r.lead else ""


def with_duty_clause(r: Row) -> str:
    """A row's text with a clause of who does it inside its sentence
    (``…，由A牵头、B配合，…``), or closing it where it has one sentence."""
    duty = _clause_duty(r)
    if not duty:
        return r.text
    k = r.text.find("，")
    if 0 < k < len(r.text) - 4:
        return f"{r.text[:k]}，由{duty}{r.text[k:]}"
    return f"{r.text.rstrip('。')}，由{duty}。"


def prose_duty_clause(plan: Sequence[Row]) -> str:
    """Paragraphs under their headings, each saying who does it in a clause
    of its own sentence, which the paragraph keeps."""
    return _paragraphs(plan, "{}.".format, with_duty_clause)


def with_agent_clause(r: Row) -> str:
    """A row's text with who does it said only as the agent of its own verb
    (``…，由A及时更新…``), where no unit assists; else as :func:`with_duty_clause`."""
    if r.assist or not r.lead:
        return with_duty_clause(r)
    k = r.text.find("，")
    if 0 < k < len(r.text) - 4:
        return f"{r.text[:k]}，由{r.lead}{r.text[k + 1 :]}"
    return f"{r.text.rstrip('。')}，由{r.lead}抓好推进。"


def prose_agent(plan: Sequence[Row]) -> str:
    """Paragraphs under their headings, each naming who does it as the agent
    of a verb of its own sentence (no role word), which the paragraph keeps."""
    return _paragraphs(plan, "{}.".format, with_agent_clause)


def page_line(plan: Sequence[Row]) -> str:
    """A crawled page on one line: the breadcrumb, the notice without its
    signature, the plan in prose with labelled clauses, the page's footer."""
    parts = ["首页 > 政务公开 > 通知公告", _TITLE, _NOTICE]
    numbering = Numbering()
    for r in plan:
        parts += numbering.opened(r.section)
        parts.append(f"{r.number}.{r.text}{_clauses(r)}")
    return " ".join([*parts, "打印本页 关闭窗口"])


def page_signed(plan: Sequence[Row]) -> str:
    """A crawled page on one line with the page's fields, the notice signed
    after the plan, and the site's footer."""
    return " ".join(_signed_page(plan))


def page_glued(plan: Sequence[Row]) -> str:
    """The same page crawled with nothing between its paragraphs."""
    return "".join(_signed_page(plan))


def page_fields(plan: Sequence[Row]) -> str:
    """The page joined by nothing, each task's fields on lines of their own
    before the crawl (``责任单位：…完成时限：…`` with no brackets)."""
    parts = ["首页 > 政务公开 > 通知公告", _TITLE, _NOTICE]
    numbering = Numbering()
    for r in plan:
        parts += numbering.opened(r.section)
        parts.append(f"{r.number}.{r.text}")
        parts += [f"责任单位：{r.resp}"] if r.resp else []
        parts += [f"完成时限：{r.deadline}"] if r.deadline else []
    return "".join([*parts, "打印本页关闭窗口"])


def _signed_page(plan: Sequence[Row]) -> list[str]:
    parts = [
        "当前位置：首页 > 政务公开 > 政策文件",
        f"关于印发{_TITLE}的通知",
        "发布时间：2022-05-10 10:21 来源：某市人民政府办公室 浏览次数：1024 字号：【大 中 小】",
        _NOTICE,
    ]
    numbering = Numbering()
    for r in plan:
        parts += numbering.opened(r.section)
        parts.append(f"{r.number}.{r.text}{_clauses(r)}")
    parts += ["某市人民政府办公室 2022年5月9日", "【打印本页】【关闭窗口】"]
    parts.append("主办单位：某市人民政府办公室")
    return parts


def _levels_opened(previous: tuple[str, ...], section: tuple[str, ...]) -> list[int]:
    """The heading levels a row opens, as :meth:`Numbering.opened` counts them."""
    return [k for k in range(min(len(section), 3)) if previous[: k + 1] != section[: k + 1]]


def _table(plan: Sequence[Row]) -> list[list[str | None]]:
    """The plan as a table's rows, its header first; ``None`` where a cell is
    merged with the one above: a heading over the rows of its part, a unit
    and deadline cell over the rows of one part that share them."""
    depth = min(_depth(plan), len(_HEADINGS))
    table: list[list[str | None]] = [[*_HEADINGS[:depth], *_COLUMNS]]
    numbering = Numbering()
    previous: tuple[str, ...] = ()
    last: tuple[str, str] | None = None
    for r in plan:
        levels = _levels_opened(previous, r.section)
        titles = dict(zip(levels, numbering.opened(r.section), strict=True))
        heads = [titles.get(k, "" if k >= len(r.section) else None) for k in range(depth)]
        shared = not levels and (r.resp, r.deadline) == last
        tail: list[str | None] = [None, None] if shared else [r.resp, r.deadline]
        table.append([*heads, str(r.number), r.text, *tail])
        previous, last = r.section, (r.resp, r.deadline)
    return table


def _merges(table: Sequence[Sequence[str | None]]) -> Iterator[tuple[int, int, int]]:
    """Each run of merged cells: its column, its top row and its bottom row."""
    for col in range(len(table[0])):
        row = 1
        while row < len(table):
            end = row
            while end + 1 < len(table) and table[end + 1][col] is None:
                end += 1
            if end > row:
                yield col, row, end
            row = end + 1


def docx_merged(plan: Sequence[Row]) -> bytes:
    """A Word table with its headings, unit and deadline cells merged over rows."""
    import io

    import docx

    table = _table(plan)
    document = docx.Document()
    document.add_paragraph(_TITLE)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for i, row in enumerate(table):
        for j, text in enumerate(row):
            grid.cell(i, j).text = text or ""
    for col, top, bottom in _merges(table):
        grid.cell(top, col).merge(grid.cell(bottom, col))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_merged(plan: Sequence[Row]) -> bytes:
    """A worksheet with a title row, the table's merged cells merged."""
    import io

    import openpyxl

    table = _table(plan)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([_TITLE])
    for row in table:
        sheet.append(row)
    for col, top, bottom in _merges(table):
        sheet.merge_cells(start_row=top + 2, end_row=bottom + 2, start_column=col + 1,
                          end_column=col + 1)  # fmt: skip
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _marked(mark: str) -> Layout:
    """The tab-parted table with ``mark`` between its cells instead, as a
    lossy save leaves it (``&nbsp;`` written out, a zero-width space)."""

    def layout(plan: Sequence[Row]) -> str:
        return "\n".join(line.replace("\t", mark) for line in tabs(plan).split("\n"))

    layout.__doc__ = f"A table whose cells are parted by {mark!r}."
    return layout


def tabs_wrapped(plan: Sequence[Row]) -> str:
    """The tab-parted table with each cell wrapped in 「」 and nothing
    between them (``「1」「公开…」「办公室」``), the title as it is."""
    title, blank, *rows = tabs(plan).split("\n")
    return "\n".join([title, blank, *("".join(f"「{c}」" for c in r.split("\t")) for r in rows)])


def pipe_bold(plan: Sequence[Row]) -> str:
    """The pipe table saved as Markdown with its header cells and the
    headings of its parts in bold (``| **序号** |``, ``| **一、…** |``)."""
    lines = pipe(plan).split("\n")
    return "\n".join(lines[:2] + [_bold_cells(ln, k == 0) for k, ln in enumerate(lines[2:])])


def _bold_cells(line: str, header: bool) -> str:
    """A pipe row with its header cells, or its heading cells (before the
    row's number, text, unit and deadline cells), in bold."""
    cells = line.removesuffix(" |").split(" | ")
    plain = 0 if header else 4
    bold = [f"**{c}**" if c and k < len(cells) - plain else c for k, c in enumerate(cells)]
    return " | ".join(bold) + " |"


def _spaced(layout: Layout) -> Layout:
    """``layout`` with a space between every character of a line, as a PDF's
    text layer or an OCR engine writes it (``公 开 部 门 预 算``), a space of
    the line three, tabs kept."""

    def spaced(plan: Sequence[Row]) -> str:
        page = layout(plan)
        assert isinstance(page, str)
        return "\n".join(
            "\t".join(" ".join(cell) for cell in line.split("\t")) for line in page.split("\n")
        )

    spaced.__doc__ = f"{layout.__doc__} With a space between its characters."
    return spaced


def broken(line: str, width: int) -> list[str]:
    """``line`` broken into lines ``width`` columns wide at most (a wide
    character two columns), as a page of that width shows it."""
    out, now, used = [], "", 0
    for ch in line:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width:
            out.append(now)
            now, used = "", 0
        now, used = now + ch, used + w
    return [*out, now]


def _hard_wrapped(layout: Layout, width: int = 56) -> Layout:
    """``layout`` with every line wider than ``width`` columns broken at that
    width, as a PDF's text layer of a page of prose gives it."""

    def wrapped(plan: Sequence[Row]) -> str:
        page = layout(plan)
        assert isinstance(page, str)
        return "\n".join(piece for line in page.split("\n") for piece in broken(line, width))

    wrapped.__doc__ = f"{layout.__doc__} Broken at {width} columns."
    return wrapped


_LAYOUT_COLUMNS = (0, 6, 46, 66)  # where 序号, the task, the units and the deadline start
_LAYOUT_WIDTHS = (4, 38, 18, 16)  # and how wide each is, in columns
TEXT_COLUMNS = _LAYOUT_WIDTHS[1]


def _laid_out(cells: Sequence[str]) -> list[str]:
    """One row as ``pdftotext -layout`` prints a table: each cell broken at
    its column's width, its lines under one another, the columns at fixed
    screen columns (a wide character two)."""
    cut = [broken(c, w) if c else [] for c, w in zip(cells, _LAYOUT_WIDTHS, strict=True)]
    lines = []
    for k in range(max(len(b) for b in cut)):
        line = ""
        for start, pieces in zip(_LAYOUT_COLUMNS, cut, strict=True):
            if k < len(pieces):
                line += " " * max(2 if line else 0, start - _columns(line)) + pieces[k]
        lines.append(line)
    return lines


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def columns_layout(plan: Sequence[Row]) -> str:
    """The table as ``pdftotext -layout`` prints a PDF's: cells at fixed
    columns, each broken at its width onto the lines below, the part
    headings on lines of their own."""
    out = [_TITLE, "", *_laid_out(_ROW_HEADER)]
    numbering = Numbering()
    for r in plan:
        out += numbering.opened(r.section)
        out += _laid_out([str(r.number), r.text, r.resp, r.deadline])
    return "\n".join(out)


def tabs_page(plan: Sequence[Row]) -> str:
    """The tab-parted table crawled onto one line with its page: the rows
    apart by a space, the cells by tabs, the breadcrumb before the title."""
    title, _, *rows = tabs(plan).split("\n")
    return " ".join(["首页 > 政务公开 > 计划总结", title, _NOTICE, *rows, "打印本页 关闭窗口"])


def tabs_page_nbsp(plan: Sequence[Row]) -> str:
    """The same page with ``&nbsp;`` written out between the cells."""
    return tabs_page(plan).replace("\t", "&nbsp;")


def markup_merged(plan: Sequence[Row]) -> str:
    """The table with merged cells written out as its HTML rows, a row a
    line: a merged cell a ``rowspan`` in its first row, left out below."""
    table = _table(plan)
    spans = {(top, col): bottom - top + 1 for col, top, bottom in _merges(table)}
    out = [_TITLE, "", "<table>"]
    for i, row in enumerate(table):
        tag = "th" if i == 0 else "td"
        cells = []
        for j, text in enumerate(row):
            if text is None:
                continue
            span = spans.get((i, j), 1)
            attr = f' rowspan="{span}"' if span > 1 else ""
            cells.append(f"<{tag}{attr}>{text}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join([*out, "</table>"])


def tabs_markup(plan: Sequence[Row]) -> str:
    """The tab-parted table written out as its HTML rows, a cell a line
    (``<tr>`` / ``<td>1</td>`` / … / ``</tr>``), the header in ``<th>``."""
    title, _, header, *body = tabs(plan).split("\n")
    out = [title, ""]
    for tag, line in [("th", header), *(("td", b) for b in body)]:
        out += ["<tr>", *(f"<{tag}>{c}</{tag}>" for c in line.split("\t")), "</tr>"]
    return "\n".join(out)


def _column(k: int) -> str:
    return chr(ord("A") + k) if k < 26 else chr(ord("A") + k // 26 - 1) + chr(ord("A") + k % 26)


def tabs_addresses(plan: Sequence[Row]) -> str:
    """The tab-parted table as a worksheet listed cell by cell behind its
    addresses (``A3: 1`` / ``B3: 公开…``), empty cells left out."""
    title, _, *rows = tabs(plan).split("\n")
    out = [f"A1: {title}"]
    for r, line in enumerate(rows, start=3):
        out += [f"{_column(k)}{r}: {c}" for k, c in enumerate(line.split("\t")) if c]
    return "\n".join(out)


def run_together_checked(plan: Sequence[Row]) -> str:
    """One row per line run together, a check mark before every serial
    telling whether the task is done (``☑3做好…``, ``□4…``)."""
    return _rows(
        plan, lambda r: f"{'☑□'[r.number % 2]}{r.number}{r.text}{r.resp}{r.deadline}", "", "\n"
    )


Layout = Callable[[Sequence[Row]], "str | bytes"]


#: The layouts written as office files, and the format each is read in.
def columns_listed(plan: Sequence[Row]) -> str:
    """The table's text taken column by column on one crawled line: each
    column's header, then its values (``序号 1 2 … 工作类别 … 具体内容 …``),
    the part's title in every row of its column, an empty cell a dash."""
    titles = [" ".join(numbered_titles(plan)[k][:1]) or "—" for k in range(len(plan))]
    columns = [
        ["序号", *(str(k) for k in range(1, len(plan) + 1))],
        [_HEADINGS[0], *titles],
        [_COLUMNS[1], *(r.text for r in plan)],
        [_COLUMNS[2], *(r.resp or "—" for r in plan)],
        [_COLUMNS[3], *(r.deadline or "—" for r in plan)],
    ]
    if all(title == "—" for title in titles):
        del columns[1]
    return " ".join([_TITLE, _NOTICE, *(v for c in columns for v in c), "【打印本页】"])


def numbered_titles(plan: Sequence[Row]) -> list[list[str]]:
    """Each row's headings as a table's heading columns give them, labelled."""
    numbering = Numbering()
    previous: tuple[str, ...] = ()
    current: list[str] = []
    out = []
    for r in plan:
        levels = _levels_opened(previous, r.section)
        opened = dict(zip(levels, numbering.opened(r.section), strict=True))
        current = [
            opened.get(k, current[k] if k < len(current) else "") for k in range(len(r.section[:3]))
        ]
        out.append(current)
        previous = r.section
    return out


def _outlined(
    plan: Sequence[Row], heading: Callable[[int, str], str], item: Callable[[Row], list[str]]
) -> list[str]:
    """The plan as an outline: each heading a row opens (its level and
    labelled title) written by ``heading``, each row by ``item``."""
    numbering = Numbering()
    previous: tuple[str, ...] = ()
    lines: list[str] = []
    for r in plan:
        levels = _levels_opened(previous, r.section)
        lines += [
            heading(k, title) for k, title in zip(levels, numbering.opened(r.section), strict=True)
        ]
        lines += item(r)
        previous = r.section
    return lines


def org_outline(plan: Sequence[Row]) -> str:
    """An Org-mode outline: the title a keyword, each heading a level of
    stars, each task a heading with its state and a property drawer."""
    depth = min(_depth(plan), 3)

    def item(r: Row) -> list[str]:
        fields = [f"   :责任单位: {r.resp}"] if r.resp else []
        fields += [f"   :完成时限: {r.deadline}"] if r.deadline else []
        drawer = ["   :PROPERTIES:", *fields, "   :END:"] if fields else []
        return [f"{'*' * (depth + 1)} TODO {r.number}.{r.text}", *drawer]

    lines = _outlined(plan, lambda k, title: f"{'*' * (k + 1)} {title}", item)
    return "\n".join([f"#+TITLE: {_TITLE}", "#+STARTUP: overview", "", *lines])


def tex_enumerate(plan: Sequence[Row]) -> str:
    """A LaTeX source: the title a command, the headings sections, the
    tasks a list's items labelled with their numbers, closed by clauses."""
    sections = ("section", "subsection", "subsubsection")
    lines = [
        r"\documentclass[12pt]{ctexart}",
        f"\\title{{{_TITLE}}}",
        r"\begin{document}",
        r"\maketitle",
    ]
    lines += _outlined(
        plan,
        lambda k, title: f"\\{sections[k]}*{{{title}}}",
        lambda r: [f"  \\item[{r.number}.] {r.text}{_clauses(r)}"],
    )
    return "\n".join([*lines, r"\end{document}"])


OFFICE: dict[str, str] = {"docx_merged": "docx", "xlsx_merged": "xlsx"}
LAYOUTS: dict[str, Layout] = {
    "pipe": pipe,
    "pipe_merged": pipe_merged,
    "cells_bare": cells_bare,
    "tabs": tabs,
    "cells": cells,
    "cells_points": cells_points,
    "cells_points_bare": cells_points_bare,
    "cells_points_restart": cells_points_restart,
    "cells_paragraphs": cells_paragraphs,
    "cells_plain_points": cells_plain_points,
    "table_line": table_line,
    "run_together": run_together,
    "run_together_roles": run_together_roles,
    "run_together_serial": run_together_serial,
    "run_together_deadline_first": run_together_deadline_first,
    "run_together_units_first": run_together_units_first,
    "run_together_deadline_units": run_together_deadline_units,
    "run_together_score": run_together_score,
    "run_together_basis": run_together_basis,
    "run_together_labelled": run_together_labelled,
    "run_together_two_lines": run_together_two_lines,
    "run_together_unnumbered": run_together_unnumbered,
    "run_together_unnumbered_roles": run_together_unnumbered_roles,
    "run_together_unnumbered_headed": run_together_unnumbered_headed,
    "table_glued_unnumbered": table_glued_unnumbered,
    "pipe_unnumbered": pipe_unnumbered,
    "cells_unnumbered": cells_unnumbered,
    "cells_bare_unnumbered": cells_bare_unnumbered,
    "cells_blank": cells_blank,
    "tabs_nbsp": _marked("&nbsp;"),
    "tabs_zero_width": _marked("\u200b"),
    "tabs_markup": tabs_markup,
    "columns_layout": columns_layout,
    "tabs_spaced": _spaced(tabs),
    "prose_spaced": _spaced(prose),
    "prose_hard_wrapped": _hard_wrapped(prose),
    "prose_duty_hard_wrapped": _hard_wrapped(prose_duty),
    "prose_duty_first_hard_wrapped": _hard_wrapped(prose_duty_first),
    "run_together_spaced": _spaced(run_together_serial),
    "markup_merged": markup_merged,
    "tabs_wrapped": tabs_wrapped,
    "tabs_stroke": _marked("丨"),
    "tabs_slash": _marked(" / "),
    "pipe_bold": pipe_bold,
    "tabs_page": tabs_page,
    "tabs_page_nbsp": tabs_page_nbsp,
    "tabs_addresses": tabs_addresses,
    "run_together_checked": run_together_checked,
    "run_together_contacts": run_together_contacts,
    "run_together_bold": run_together_bold,
    "rows_spaced": rows_spaced,
    "table_glued": table_glued,
    "table_glued_serial": table_glued_serial,
    "pipe_progress": pipe_progress,
    "pipe_progress_merged": pipe_progress_merged,
    "cells_progress": cells_progress,
    "pipe_shared": pipe_shared,
    "cells_shared": cells_shared,
    "cells_bare_shared": cells_bare_shared,
    "prose": prose,
    "prose_bracketed": prose_bracketed,
    "prose_bulleted": prose_bulleted,
    "prose_duty": prose_duty,
    "prose_duty_clause": prose_duty_clause,
    "prose_duty_first": prose_duty_first,
    "prose_agent": prose_agent,
    "page_line": page_line,
    "page_signed": page_signed,
    "page_glued": page_glued,
    "page_fields": page_fields,
    "docx_merged": docx_merged,
    "xlsx_merged": xlsx_merged,
    "columns_listed": columns_listed,
    "run_together_marked": run_together_marked,
    "run_together_arrowed": run_together_arrowed,
    "org_outline": org_outline,
    "tex_enumerate": tex_enumerate,
}


#: The layouts that change another's page (its characters spaced apart, its
#: lines broken), and that layout: the truth is as it writes it.
BASES: dict[str, str] = {
    "tabs_spaced": "tabs",
    "prose_spaced": "prose",
    "run_together_spaced": "run_together_serial",
    "prose_hard_wrapped": "prose",
    "prose_duty_hard_wrapped": "prose_duty",
    "prose_duty_first_hard_wrapped": "prose_duty_first",
}


def plans(origins: Sequence[str] = ()) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The corpus's gold plans that can be written again: three tasks or more,
    every one numbered (a task is matched by its number); ``origins`` keeps
    those of these origins (real, hand-written, office-made)."""
    for entry in corpus.load():
        if origins and entry.origin not in origins:
            continue
        gold = corpus.gold(entry)
        tasks = gold["tasks"]
        if len(tasks) >= 3 and all(isinstance(t["number"], int) for t in tasks):
            yield entry.path.relative_to(corpus.MANIFEST.parent), gold


def score(layout: str, gold: dict[str, Any], out: Path | None = None) -> dict[str, float]:
    """The columns of reading ``gold`` written in ``layout`` (the page written
    to ``out`` as ``NAME.LAYOUT.txt`` when given)."""
    page = LAYOUTS[layout](rows(gold))
    fmt = OFFICE.get(layout, "text")
    data = page if isinstance(page, bytes) else page.encode()
    if out is not None:
        (out / f"{Path(gold.get('source') or 'plan').stem}.{layout}.{fmt}").write_bytes(data)
    truth = copy.deepcopy(gold)
    numbers = restarted(rows(gold))
    layout = BASES.get(layout, layout)  # (what the truth is, as the layout it changes writes it)
    for t, r, number in zip(truth["tasks"], rows(gold), numbers, strict=True):
        t["note"] = None  # the layouts write no note
        if layout in POINTS:
            t["text"] = "".join(points(t["text"]))
        if layout in UNNUMBERED:
            t["number"] = t["label"] = None
        if layout in RESTARTED:
            t["number"] = number
            t["label"] = str(number)
        if layout == "columns_listed":  # (counted through, its parts' titles alone)
            t["number"] = k = truth["tasks"].index(t) + 1
            t["label"] = str(k)
            t["section"] = t["section"][:1]
        if layout in _ROLE_COLUMNS and t["units"]:
            t["responsibility"] = "；".join(c for c in _role_cells(t["units"]) if c)
        elif layout == "run_together_bold" and t["units"]:
            t["responsibility"] = _bold_lead(r)
            t["units"] = [
                dict(u, role=_first(u["role"]) if _first(u["role"]) == "assist" else "lead")
                for u in t["units"]
            ]
        elif layout == "run_together_arrowed" and t["units"]:
            t["responsibility"] = _arrowed(r)
        elif layout in ("prose_duty", "prose_duty_first", "run_together_contacts"):
            t["responsibility"] = _duty(*_role_cells(t["units"] or ())) or None
        elif layout == "prose_duty_clause":
            t["text"], t["responsibility"] = with_duty_clause(r), _clause_duty(r) or None
        elif layout == "prose_agent":
            t["text"] = with_agent_clause(r)
            if r.assist or not r.lead:
                t["responsibility"] = _clause_duty(r) or None
            else:  # the names alone: each the owner
                t["responsibility"] = r.lead
                t["units"] = [dict(u, role="owner") for u in t["units"]]
    return summarize(counts(truth, zwgk.read(data, format=fmt)))


def means(scores: Sequence[dict[str, float]]) -> dict[str, float]:
    return {c: sum(s[c] for s in scores) / len(scores) for c in COLUMNS}


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("layouts", nargs="*", help=f"of {', '.join(LAYOUTS)} (all by default)")
    ap.add_argument("--origin", action="append", default=[], help="real, hand-written …")
    ap.add_argument("--worst", type=int, default=15)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    worst = []
    for layout in args.layouts or list(LAYOUTS):
        found = []
        for path, gold in plans(args.origin):
            s = score(layout, gold, args.out)
            found.append(s)
            worst.append((min(s[c] for c in COLUMNS), layout, path, s))
        m = means(found)
        print(f"{layout:13} {len(found):4} " + " ".join(f"{c} {m[c]:5.1f}" for c in COLUMNS))
    for low, layout, path, s in sorted(worst, key=lambda w: w[0])[: args.worst]:
        print(f"{low:5.1f} {layout:13} {path!s:56} " + " ".join(f"{s[c]:5.1f}" for c in COLUMNS))


if __name__ == "__main__":
    main()
