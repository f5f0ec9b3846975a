"""Helpers shared by the office readers and writers (private)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from zwgk._model import Plan, Role, Task
from zwgk.document import Block, Cell, Document, Grid
from zwgk.errors import WriteError
from zwgk.lang.labels import REVIEW_TAGS, check_lang, word
from zwgk.lang.vocab import GROUP_HEADER_END, HEADER_CELL_PATTERN, HEADER_CELL_WORDS, ROLE_NAMES

# --------------------------------------------------------------------------- text

# Characters XML 1.0 cannot hold (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
REPLACEMENT = "\ufffd"


class Sanitizer:
    """Cleans text before a writer puts it in a file.

    ``\\r\\n`` and a lone ``\\r`` become ``\\n``; characters XML cannot hold
    become U+FFFD.  With ``strict=True`` such a character raises
    :class:`WriteError` instead; ``report`` (a list) receives one message per
    field that was changed, and :attr:`replaced` counts the characters.
    """

    def __init__(self, *, strict: bool = False, report: list[str] | None = None) -> None:
        self.strict = strict
        self.report = report
        self.replaced = 0

    def __call__(self, text: str | None, where: str = "") -> str:
        if not text:
            return ""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        found = _XML_ILLEGAL.findall(text)
        if found:
            if self.strict:
                codes = ", ".join(sorted({f"U+{ord(c):04X}" for c in found}))
                raise WriteError(
                    f"{where or 'text'} holds characters a document cannot hold ({codes})"
                )
            self.replaced += len(found)
            if self.report is not None:
                self.report.append(
                    f"{where or 'text'}: {len(found)} character(s) replaced with U+FFFD"
                )
            text = _XML_ILLEGAL.sub(REPLACEMENT, text)
        return text


def writer_options(options: dict[str, Any]) -> Sanitizer:
    """Pop the options every office writer takes (``strict``, ``report``)."""
    strict = bool(options.pop("strict", False))
    report = options.pop("report", None)
    if report is not None and not isinstance(report, list):
        raise TypeError("report= must be a list (it receives one message per replacement)")
    if options:
        raise TypeError(f"unexpected keyword argument {next(iter(options))!r}")
    return Sanitizer(strict=strict, report=report)


def writer_lang(options: dict[str, Any]) -> str:
    """Pop the ``lang`` option (``zh``, the default, or ``en``) of the plan writers."""
    try:
        return check_lang(options.pop("lang", "zh"))
    except ValueError as exc:
        raise WriteError(str(exc)) from None


def check_plan(obj: Any, fmt: str) -> Plan:
    if not isinstance(obj, Plan):
        raise WriteError(f"the {fmt} format writes a Plan, not {type(obj).__name__}")
    return obj


# ----------------------------------------------------------------------- numerals

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """``12`` -> ``十二``, ``105`` -> ``一百零五`` (0 <= n < 10000)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n >= 10000:
        return str(n)
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = (n // value) % 10
        if d:
            if zero and out:
                out += "零"
            out += _DIGITS[d] + unit
            zero = False
        elif out:
            zero = True
    return out


def section_label(level: int, index: int) -> str:
    """A conventional ordinal for a heading: ``一、``, ``（一）``, ``1.``, ``（1）``."""
    if level == 0:
        return f"{chinese_number(index)}、"
    if level == 1:
        return f"（{chinese_number(index)}）"
    if level == 2:
        return f"{index}."
    return f"（{index}）"


# ------------------------------------------------------------------ header finder

_HEADER_WORDS = HEADER_CELL_WORDS
_PAREN = re.compile(r"[（(][^）)]*[）)]")
_SPACE = re.compile(r"\s+")
_HEADER_PATTERN = HEADER_CELL_PATTERN


def _header_key(text: str) -> str:
    from zwgk.lang import fold_width, to_simplified

    key = _SPACE.sub("", text)
    if len(key) > 12:
        return ""
    return to_simplified(fold_width(key))


def header_score(texts: Iterable[str]) -> int:
    """How many cells of a row are header words (序号, 具体要求, 责任单位, …).

    Spaces typed to spread a word over its cell (``序  号``), full-width
    forms, Traditional script (``責任單位``) and a trailing parenthesis
    (``责任科室（单位）``) do not matter.

    >>> header_score(["序  號", "具體措施", "責任單位", "一、做好规划公开"])
    3
    """
    score = 0
    for text in texts:
        key = _header_key(text)
        if not key:
            continue
        bare = _PAREN.sub("", key)
        if key in _HEADER_WORDS or bare in _HEADER_WORDS or _HEADER_PATTERN.match(bare):
            score += 1
    return score


def is_header_row(texts: Sequence[str]) -> bool:
    return header_score(texts) >= 2


# ----------------------------------------------------------------- grid helpers


def split_title_rows(grid: Grid, *, scan: int = 8) -> tuple[list[Block], Grid]:
    """Take full-width title rows above a table's header row out as blocks.

    Only rows that hold one text (a title, ``附件``, a date) and sit above a
    recognised header row within the first ``scan`` rows are moved.
    """
    rows = _grid_rows(grid, scan)
    header = None
    for i, row in enumerate(rows[:scan]):
        texts = [c.text for c in _distinct(row)]
        if is_header_row(texts):
            header = i
            break
    if not header:
        return [], grid
    for row in rows[:header]:
        distinct = [c for c in _distinct(row) if c.text.strip()]
        if len(distinct) > 1 or any(c.row + c.rowspan > header for c in distinct):
            return [], grid
    blocks = [
        Block(c.text, location=c.location, style="table-title")
        for row in rows[:header]
        for c in _distinct(row)
        if c.text.strip()
    ]
    cells = tuple(
        Cell(c.text, c.row - header, c.col, c.rowspan, c.colspan, c.location)
        for c in grid.cells
        if c.row >= header
    )
    return blocks, Grid(cells, location=grid.location, name=grid.name)


def merge_header_rows(grid: Grid, *, scan: int = 8) -> Grid:
    """Fold a two-row header into one row.

    Offices group columns under one heading cell: ``责任单位`` spanning two
    columns with ``牵头单位 | 配合单位`` under it, the other heading cells
    merged down over both rows.  The builder reads one header row, so the
    lower row's words replace the group's (``牵头`` under ``责任单位`` becomes
    ``牵头单位``) and the rows below move up.  The same two rows typed again
    further down (a table printed over several pages) are folded too.  A
    grid without such a header is returned unchanged.
    """
    rows = _grid_rows(grid, scan + 1)
    header = next(
        (i for i, row in enumerate(rows[:scan]) if is_header_row([c.text for c in _distinct(row)])),
        None,
    )
    if header is None:
        return grid
    folded = _fold_at(grid, rows, header)
    if folded is None:
        return grid
    # the header typed again lower down: fold from the bottom up, so that the
    # rows above each fold keep their numbers
    rows = _grid_rows(folded, folded.n_rows)
    for r in range(len(rows) - 2, header, -1):
        if is_header_row([c.text for c in _distinct(rows[r]) if c.row == r]):
            again = _fold_at(folded, rows, r)
            if again is not None:
                folded = again
    return folded


def _fold_at(grid: Grid, rows: list[list[Cell | None]], header: int) -> Grid | None:
    """``grid`` with the two header rows at ``header`` made one, or ``None``."""
    if header + 1 >= len(rows):
        return None
    upper, lower = rows[header], rows[header + 1]
    groups = [c for c in _distinct(upper) if c.colspan > 1 and c.rowspan == 1]
    if not groups or any(c.row != header for c in _distinct(upper)):
        return None
    # every position of the lower row is either under a header cell merged
    # down over both rows, or a header word under a group
    subs: dict[int, Cell] = {}
    for k, (up, low) in enumerate(zip(upper, lower, strict=True)):
        if up is not None and up is low:
            continue
        if up is None or low is None or up not in groups or low.row != header + 1:
            return None
        subs[k] = low
    lowers = _distinct(list(subs.values()))
    named = [_sub_header(_text(upper[c.col]), c.text) for c in lowers]
    if not subs or header_score(named) < len(lowers):
        return None
    cells: list[Cell] = []
    for c in grid.cells:
        if c.row < header:
            cells.append(c)
        elif c.row == header and c in groups:
            for k in range(c.col, c.col + c.colspan):
                sub = subs.get(k)
                if sub is not None and sub.col == k:
                    text = _sub_header(c.text, sub.text)
                    cells.append(Cell(text, header, k, 1, sub.colspan, sub.location))
        elif c.row == header:
            cells.append(Cell(c.text, c.row, c.col, max(1, c.rowspan - 1), c.colspan, c.location))
        elif c.row == header + 1:
            continue
        else:
            cells.append(Cell(c.text, c.row - 1, c.col, c.rowspan, c.colspan, c.location))
    return Grid(tuple(cells), location=grid.location, name=grid.name)


def _text(cell: Cell | None) -> str:
    return cell.text if cell is not None else ""


_UNIT_SUFFIX = GROUP_HEADER_END


def _sub_header(group: str, sub: str) -> str:
    """``牵头`` under ``责任单位`` -> ``牵头单位``; a full word stays as it is."""
    sub_key = _SPACE.sub("", sub)
    m = _UNIT_SUFFIX.search(_SPACE.sub("", group))
    if m and not _UNIT_SUFFIX.search(sub_key) and len(sub_key) <= 4:
        return sub_key + m.group(1)
    return sub


def _grid_rows(grid: Grid, limit: int) -> list[list[Cell | None]]:
    """The first ``limit`` rows of ``grid``, a spanning cell at every position it covers."""
    n_rows = min(grid.n_rows, limit)
    n_cols = grid.n_cols
    out: list[list[Cell | None]] = [[None] * n_cols for _ in range(n_rows)]
    for c in grid.cells:
        for r in range(c.row, min(c.row + c.rowspan, n_rows)):
            for k in range(c.col, c.col + c.colspan):
                out[r][k] = c
    return out


def _distinct(row: Sequence[Cell | None]) -> list[Cell]:
    seen: list[Cell] = []
    for c in row:
        if c is not None and all(c is not s for s in seen):
            seen.append(c)
    return seen


# ------------------------------------------------------------------ building


def build(document: Document, *, name: str | None, options: dict[str, Any]) -> Plan:
    """Hand a document to :func:`zwgk.build_plan`, the assembly every reader shares."""
    from zwgk._conserve import keep_unplaced
    from zwgk.assembly import build_plan

    return keep_unplaced(document, build_plan(document, **options))


# -------------------------------------------------------------- plan -> rows

ROLE_WORDS = {role: ROLE_NAMES[role.value] for role in Role}


_PLAIN_LABEL = re.compile(r"^\d+[.、．]?$")


def number_and_text(task: Task) -> tuple[str, str]:
    """What goes in the 序号 column and what in the 具体要求 column.

    A plain label (``3``, ``3.``) goes in 序号; another one (``（三）``,
    ``三、``) is written in front of the text, as offices type prose plans
    into tables, so that it is read back as the task's label.
    """
    if not task.label or _PLAIN_LABEL.match(task.label):
        return task_ref(task), task.text
    return "", task.label + task.text


def task_ref(task: Task) -> str:
    if task.label:
        return task.label
    return str(task.number) if task.number is not None else ""


def section_texts(plan: Plan) -> list[list[str]]:
    """Each task's section headings with their ordinals (made up where missing)."""
    counters: list[int] = []
    previous: tuple[str, ...] = ()
    out: list[list[str]] = []
    for task in plan.tasks:
        sec = task.section
        common = 0
        while common < min(len(sec), len(previous)) and sec[common] == previous[common]:
            common += 1
        if common < len(sec):
            if len(counters) > common:
                counters[common] += 1
                del counters[common + 1 :]
            else:
                del counters[common:]
                counters.append(1)
            while len(counters) < len(sec):
                counters.append(1)
        else:
            del counters[len(sec) :]
        texts = []
        for level, title in enumerate(sec):
            label = (
                task.section_labels[level]
                if level < len(task.section_labels)
                else section_label(level, counters[level])
            )
            texts.append(label + title if not title.startswith(label) else title)
        out.append(texts)
        previous = sec
    return out


def units_by_role(task: Task, *roles: Role) -> str:
    if task.responsibility is None:
        return ""
    return "、".join(a.unit for a in task.responsibility.assignments if a.role in roles)


_DATE_RAW = re.compile(
    r"^(?P<pre>[^\"\\]*?)(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?P<post>[^\"\\]*)$"
)


def date_cell(raw: str, due: dt.date | None) -> tuple[dt.date, str] | None:
    """A date and an Excel number format that shows it exactly as ``raw``.

    ``2021年11月20日前`` with due 2021-11-20 -> the date and the format
    ``yyyy"年"m"月"d"日前"``; ``None`` when ``raw`` is not such a date.
    """
    if due is None:
        return None
    m = _DATE_RAW.match(raw)
    if not m:
        return None
    try:
        if dt.date(int(m["y"]), int(m["m"]), int(m["d"])) != due:
            return None
    except ValueError:
        return None
    month = "mm" if m["m"].startswith("0") else "m"
    day = "dd" if m["d"].startswith("0") else "d"
    pre = f'"{m["pre"]}"' if m["pre"] else ""
    return due, f'{pre}yyyy"年"{month}"月"{day}"日{m["post"]}"'


_FMT_TOKEN = re.compile(
    r'"([^"]*)"|\\(.)|(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d)|(\[[^\]]*\])|(.)', re.I
)


# Excel's built-in number formats 27-36 and 50-58 depend on the locale and are
# not stored in the file; these are the Chinese (zh-CN) date formats among them.
CHINESE_BUILTIN_DATE_FORMATS: dict[int, str] = {
    27: 'yyyy"年"m"月"',
    28: 'm"月"d"日"',
    29: 'm"月"d"日"',
    30: "m-d-yy",
    31: 'yyyy"年"m"月"d"日"',
    36: 'yyyy"年"m"月"',
    50: 'yyyy"年"m"月"',
    51: 'm"月"d"日"',
    52: 'yyyy"年"m"月"',
    53: 'm"月"d"日"',
    54: 'm"月"d"日"',
    57: 'yyyy"年"m"月"',
    58: 'm"月"d"日"',
}


def render_date(value: dt.date, number_format: str) -> str:
    """Show a date cell's value as its number format does, in Chinese by default.

    Quoted literals (``"年"``), escaped characters and ``y``/``m``/``d`` codes
    are honoured; a plain or Western format gives ``2021年11月20日``.  A
    format that leaves out the year (``m"月"d"日"``) still gets it in front,
    since a deadline without its year cannot be placed.

    >>> render_date(dt.date(2021, 11, 20), 'm"月"d"日前"')
    '2021年11月20日前'
    >>> render_date(dt.date(2021, 11, 30), 'yyyy"年"m"月"')
    '2021年11月'
    """
    fmt = number_format.split(";")[0]
    if "年" not in fmt and "月" not in fmt:
        return f"{value.year}年{value.month}月{value.day}日"
    codes = [code.lower() for _l, _e, code, _b, _o in _FMT_TOKEN.findall(fmt) if code]
    out: list[str] = []
    if not any(c.startswith("y") for c in codes):
        out.append(f"{value.year}年")
    for lit, esc, code, _bracket, other in _FMT_TOKEN.findall(fmt):
        if lit:
            out.append(lit)
        elif esc:
            out.append(esc)
        elif code:
            c = code.lower()
            if c == "yyyy":
                out.append(f"{value.year:04d}")
            elif c == "yy":
                out.append(f"{value.year % 100:02d}")
            elif c in ("mm",):
                out.append(f"{value.month:02d}")
            elif c == "m":
                out.append(str(value.month))
            elif c == "dd":
                out.append(f"{value.day:02d}")
            elif c == "d":
                out.append(str(value.day))
        elif other and other not in "@_*":
            out.append(other)
    return "".join(out)


def review_marks(task: Task, lang: str = "zh") -> str:
    """The task's tags a reviewer must see (:data:`~zwgk.lang.labels.REVIEW_TAGS`), in words.

    >>> review_marks(Task("做好规划公开。", tags=("proposed", "x")))
    '上级新增任务'
    """
    return "、".join(word(tag, lang) for tag in REVIEW_TAGS if tag in task.tags)


def has_review_marks(plan: Plan) -> bool:
    """True if any task of ``plan`` carries a tag a reviewer must see."""
    return any(tag in REVIEW_TAGS for t in plan.tasks for tag in t.tags)
