"""The layouts plans take as plain text, each turned into a :class:`Document`.

- ``tab``: table text, one cell per line behind a tab, rows split by blank
  lines (a word processor's "save as text");
- ``pipe``: tables written with ``|`` between cells; a row with fewer cells
  has its missing cells merged from the row above;
- ``rules``: one cell per line, rows between separator lines (``-----``);
- ``columns``: text laid out in columns by runs of spaces (``pdftotext
  -layout``): each cell wrapped within its column's width;
- ``pdf``: text extracted from a PDF table: cells glued on one line with a
  space, wrapped cells, headings broken over lines, one responsibility for
  several tasks;
- ``cells``: one cell per line (a web page's table flattened into text
  blocks), headings in their own lines, a responsibility after its group;
- ``prose``: numbered paragraphs with responsibilities in trailing
  parentheses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import attrs

from zwgk._model import Location, Residue
from zwgk.document import Block, Cell, Document, Grid
from zwgk.lang.pieces import header_row_roles as _header_roles
from zwgk.lang.pieces import label_of as parse_label
from zwgk.lang.pieces import looks_like_responsibility, squeeze
from zwgk.lang.vocab import NOTICE_TITLE_END
from zwgk.lang.vocab import header_role as _cell_role

__all__ = ["LAYOUTS", "detect_layout", "parse_layout"]

LAYOUTS = ("tab", "pipe", "rules", "columns", "pdf", "cells", "prose")

_HEADING1 = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")
_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_RULE = re.compile(r"^\s*([-=_─━—*]\s*){3,}$")


@attrs.define
class Line:
    """A line of the source with its 1-based number."""

    no: int
    text: str


def _loc(first: int, last: int | None = None) -> Location:
    return Location(line=first, end_line=last if last is not None and last != first else None)


def _blocks(lines: Sequence[Line]) -> list[Block | Grid]:
    return [Block(ln.text.strip(), _loc(ln.no)) for ln in lines if ln.text.strip()]


# ---------------------------------------------------------------------------
# detection


def _header_words(parts: Sequence[str]) -> bool:
    return _header_roles(list(parts)) is not None


def detect_layout(lines: Sequence[Line]) -> str:
    """Which layout ``lines`` hold (one of :data:`LAYOUTS`)."""
    tab_lines = [ln for ln in lines if ln.text.startswith("\t")]
    if len(tab_lines) >= 6:
        return "tab"
    pipe_lines = [ln for ln in lines if ln.text.count("|") >= 2 and not _PIPE_SEP.match(ln.text)]
    if len(pipe_lines) >= 3:
        return "pipe"
    if sum(1 for ln in lines if _RULE.match(ln.text)) >= 3:
        return "rules"
    stripped = [ln.text.strip() for ln in lines if ln.text.strip()]

    # header cells each on their own line
    def header_cell(text: str) -> bool:
        # a field line (责任单位：…) names a column but is not a header cell
        return bool(_cell_role(text)) and not re.search(r"[:：]\s*\S", text)

    for i in range(len(stripped) - 1):
        if header_cell(stripped[i]) and header_cell(stripped[i + 1]):
            run = list(stripped[i : i + 6])
            k = 0
            while k < len(run) and _cell_role(run[k]) and len(squeeze(run[k])) <= 12:
                k += 1
            if k >= 2 and _header_words(run[:k]):
                return "cells"
    if _columns_header(lines) is not None:
        return "columns"
    for s in stripped:
        tokens = s.split()
        if 2 <= len(tokens) <= 8 and _header_words(tokens):
            return "pdf"
    return "prose"


def parse_layout(layout: str, lines: Sequence[Line]) -> Document:
    """Turn ``lines`` into a document in the given layout."""
    if layout == "tab":
        return _tab(lines)
    if layout == "pipe":
        return _pipe(lines)
    if layout == "rules":
        return _rules(lines)
    if layout == "columns" and _columns_header(lines) is not None:
        return _columns(lines)
    if layout == "pdf":
        return _pdf(lines)
    if layout == "cells":
        return _cells(lines)
    return _prose(lines)


# ---------------------------------------------------------------------------
# tab: one cell per line behind a tab


@attrs.define
class _TCell:
    parts: list[str]
    first: int
    last: int

    def cell(self, row: int, col: int) -> Cell:
        text = "\n".join(self.parts).strip("\n")
        return Cell(text, row, col, location=_loc(self.first, self.last))


def _row_continues(lines: Sequence[Line], i: int) -> bool:
    """Whether the line ``i`` without a tab goes on with the cell above it."""
    return i > 0 and lines[i - 1].text.strip() != "" and lines[i].text.strip() != ""


def _tab(lines: Sequence[Line]) -> Document:
    first_tab = next(i for i, ln in enumerate(lines) if ln.text.startswith("\t"))
    before = _blocks(lines[:first_tab])
    # Column count: the most common number of cells in a blank-separated group
    # (rows are sometimes split by blank lines, so the header alone is no guide).
    sizes: dict[int, int] = {}
    count = 0
    for ln in lines[first_tab:]:
        if ln.text.startswith("\t"):
            count += len(ln.text.split("\t")) - 1
        elif not ln.text.strip() and count:
            sizes[count] = sizes.get(count, 0) + 1
            count = 0
    if count:
        sizes[count] = sizes.get(count, 0) + 1
    multi = {k: v for k, v in sizes.items() if k >= 2} or sizes or {1: 1}
    n_cols = max(multi, key=lambda k: (multi[k], k))
    parts: list[Block | Grid] = list(before)
    rows: list[list[_TCell]] = []
    row: list[_TCell] = []
    blank = 0
    outside: list[Line] = []

    def flush_row() -> None:
        nonlocal row
        if row:
            rows.append(row)
        row = []

    def flush_grid() -> None:
        nonlocal rows
        flush_row()
        if rows:
            cells = []
            for r, cells_of_row in enumerate(rows):
                for c, tc in enumerate(cells_of_row):
                    cells.append(tc.cell(r, c))
                for c in range(len(cells_of_row), n_cols):
                    cells.append(Cell("", r, c))
            parts.append(Grid(cells))
        rows = []

    # the number of cells in the blank-separated group each tab line starts
    group_size: dict[int, int] = {}
    start: int | None = None
    for i, ln in enumerate(lines):
        if i < first_tab:
            continue
        if ln.text.startswith("\t"):
            if start is None:
                start = i
                group_size[start] = 0
            group_size[start] += len(ln.text.split("\t")) - 1
        elif not ln.text.strip() or start is None or not _row_continues(lines, i):
            start = None

    for i, ln in enumerate(lines):
        if i < first_tab:
            continue
        text = ln.text
        if not text.strip() and not text.startswith("\t"):
            blank += 1
            continue
        if text.startswith("\t"):
            if outside:
                if rows or row:
                    flush_grid()
                parts.extend(_blocks(outside))
                outside = []
            size = group_size.get(i)
            if (
                size is not None
                and row
                and len(row) < n_cols
                and (size == n_cols or len(row) + size > n_cols)
            ):
                # a short row (a heading in one cell) before a row of its own
                flush_row()
            for value in text.split("\t")[1:]:
                if len(row) >= n_cols:
                    flush_row()
                row.append(_TCell([value], ln.no, ln.no))
            blank = 0
            continue
        # a line without a tab: the rest of the cell above, or text outside the table
        if row and (blank == 0 or len(row) < n_cols) and blank <= 1 and not outside:
            row[-1].parts.append(text.strip())
            row[-1].last = ln.no
        else:
            flush_row()
            outside.append(ln)
        blank = 0
    flush_grid()
    parts.extend(_blocks(outside))
    return Document(parts)


# ---------------------------------------------------------------------------
# pipe tables


def _align_short_row(
    cells: Sequence[str], width: int, roles: Sequence[str | None] | None
) -> list[str | None]:
    """Place the cells of a short ``|``-row; the missing ones merge from the row above.

    The cells that go missing are those merged over several rows: heading
    columns first (a section spanning its tasks), then shared
    responsibilities.  Without a header, a labelled cell is aligned with the
    requirement column.
    """
    missing = width - len(cells)
    if roles:
        order = [i for i, r in enumerate(roles) if r == "heading"]
        order += [i for i, r in enumerate(roles) if r in ("resp", "lead", "assist")]
        order += [i for i, r in enumerate(roles) if r == "deadline"]
        if len(order) >= missing:
            skip = set(order[:missing])
            out: list[str | None] = []
            it = iter(cells)
            for i in range(width):
                out.append(None if i in skip else next(it, None))
            return out
    for idx, value in enumerate(cells):
        lab = parse_label(value)
        if lab is not None and lab.rank >= 2 and roles and "text" in roles:
            offset = max(0, roles.index("text") - idx)
            padded: list[str | None] = [None] * offset + list(cells)
            return (padded + [None] * width)[:width]
    return list(cells) + [None] * missing


def _pipe(lines: Sequence[Line]) -> Document:
    parts: list[Block | Grid] = []
    table: list[tuple[Line, list[str]]] = []

    def flush() -> None:
        if not table:
            return
        width = max(len(cells) for _, cells in table)
        header_roles = None
        for _, cells in table[:5]:
            header_roles = _header_roles(cells)
            if header_roles:
                break
        rows: list[list[str | None]] = []
        locs = []
        for ln, cells in table:
            if len(cells) < width:
                rows.append(_align_short_row(cells, width, header_roles))
            else:
                rows.append(list(cells))
            locs.append(_loc(ln.no))
        parts.append(Grid.from_rows(rows, locations=locs))
        table.clear()

    for ln in lines:
        text = ln.text
        if _PIPE_SEP.match(text) and table:
            continue
        if text.count("|") >= 2:
            s = text.strip()
            if s.startswith("|"):
                s = s[1:]
            if s.endswith("|"):
                s = s[:-1]
            table.append((ln, [c.strip() for c in s.split("|")]))
            continue
        if table and not text.strip():
            continue
        flush()
        if text.strip():
            # a Markdown heading's marks are not part of its text
            parts.append(Block(_MD_HEADING.sub("", text.strip()), _loc(ln.no)))
    flush()
    return Document(parts)


_MD_HEADING = re.compile(r"^#{1,6}\s+")


# ---------------------------------------------------------------------------
# rules: one cell per line, rows between separator lines


def _rules(lines: Sequence[Line]) -> Document:
    first = next(i for i, ln in enumerate(lines) if _RULE.match(ln.text))
    parts: list[Block | Grid] = _blocks(lines[:first])
    rows: list[list[Line]] = []
    row: list[Line] = []
    for ln in lines[first + 1 :]:
        if _RULE.match(ln.text):
            if row:
                rows.append(row)
            row = []
        elif ln.text.strip():
            row.append(ln)
    trailing: list[Line] = []
    if row:
        # after the last separator: a last row, or closing text
        if rows and len(row) == len(rows[-1]):
            rows.append(row)
        else:
            trailing = row
    cells = []
    for r, cells_of_row in enumerate(rows):
        for c, ln in enumerate(cells_of_row):
            cells.append(Cell(ln.text.strip(), r, c, location=_loc(ln.no)))
    if cells:
        parts.append(Grid(cells))
    parts.extend(_blocks(trailing))
    return Document(parts)


# ---------------------------------------------------------------------------
# columns: cells at fixed positions, separated by runs of spaces

_GAP = re.compile(r"[ \u3000]{2,}|\t")


def _width(text: str) -> int:
    """How many character cells ``text`` takes on screen (wide characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _chunks(text: str) -> list[tuple[int, str]]:
    """The space-separated pieces of a line, with the character each starts at."""
    out = []
    pos = 0
    for m in _GAP.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, text[pos : m.start()].strip()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos + len(text[pos:]) - len(text[pos:].lstrip()), text[pos:].strip()))
    return out


_SHARED = 4


def _place(
    line: str, chunks: Sequence[tuple[int, str]], header: str, starts: Sequence[int]
) -> list[int]:
    """The column each of a line's ``chunks`` belongs to, in order.

    Text laid out by ``pdftotext -layout`` lines cells up by screen column
    (a Han character two columns wide), text laid out by hand often by
    character count, and one line may mix both; a piece is near a column
    start when it is near in either measure.  Columns never go backwards
    along a line, and the assignment with the least total distance wins (two
    pieces in one cell cost a little extra), so a wrapped piece far from any
    start still lands between its neighbours.
    """
    n = len(starts)
    wide = [_width(header[:s]) for s in starts]
    cost = []
    for pos, _ in chunks:
        at = _width(line[:pos])
        cost.append([min(abs(pos - starts[j]), abs(at - wide[j])) for j in range(n)])
    inf = float("inf")
    # best[i][j]: least cost placing chunks[: i + 1] with chunk i in column j
    best = [[inf] * n for _ in chunks]
    back = [[0] * n for _ in chunks]
    for j in range(n):
        best[0][j] = cost[0][j]
    for i in range(1, len(chunks)):
        for j in range(n):
            # two pieces of one line in one cell is possible but rare
            k = min(range(j + 1), key=lambda k: best[i - 1][k] + _SHARED * (k == j))
            best[i][j] = best[i - 1][k] + _SHARED * (k == j) + cost[i][j]
            back[i][j] = k
    j = min(range(n), key=lambda j: best[-1][j])
    out = [j]
    for i in range(len(chunks) - 1, 0, -1):
        j = back[i][j]
        out.append(j)
    return out[::-1]


def _columns_header(lines: Sequence[Line]) -> int | None:
    """The index of a header line whose words stand apart by runs of spaces."""
    for i, ln in enumerate(lines[:400]):
        chunks = _chunks(ln.text)
        words = [t for _, t in chunks]
        if len(words) >= 3 and all(_cell_role(t) for t in words) and _header_words(words):
            return i
    return None


def _join_wrapped(parts: Sequence[str]) -> str:
    out = ""
    for part in parts:
        if out and out[-1].isascii() and out[-1].isalnum() and part[:1].isascii():
            out += " "
        out += part
    return out


def _columns(lines: Sequence[Line]) -> Document:
    header_at = _columns_header(lines)
    assert header_at is not None
    header = _chunks(lines[header_at].text)
    starts = [pos for pos, _ in header]
    roles = _header_roles([t for _, t in header]) or []
    number_col = roles.index("number") if "number" in roles else None
    text_col = roles.index("text") if "text" in roles else None
    n = len(header)

    parts: list[Block | Grid] = _blocks(lines[:header_at])
    rows: list[list[list[str]]] = [[[t] for _, t in header]]
    locs: list[Location] = [_loc(lines[header_at].no)]
    trailing: list[Line] = []
    blank = 0
    for ln in lines[header_at + 1 :]:
        if not ln.text.strip():
            blank += 1
            continue
        chunks = _chunks(ln.text)
        if blank >= 2 and len(rows) > 1:
            # a wide gap ends the table; what follows is closing text
            trailing.append(ln)
            continue
        if trailing:
            trailing.append(ln)
            continue
        placed: dict[int, str] = {}
        for j, (_, piece) in zip(
            _place(ln.text, chunks, lines[header_at].text, starts), chunks, strict=True
        ):
            placed[j] = (placed[j] + " " + piece) if j in placed else piece
        starts_row = len(rows) == 1 or (
            placed.get(number_col) is not None if number_col is not None else blank >= 1
        )
        if text_col is not None and number_col is None:
            lab = parse_label(placed.get(text_col, ""))
            if lab is not None and lab.rank >= 2:
                starts_row = True
        blank = 0
        if starts_row:
            rows.append([[] for _ in range(n)])
            locs.append(_loc(ln.no))
        row = rows[-1]
        for j, piece in placed.items():
            row[j].append(piece)
        first = locs[-1].line or ln.no
        locs[-1] = _loc(first, ln.no)
    grid_rows = [[_join_wrapped(cell) for cell in row] for row in rows]
    parts.append(Grid.from_rows(grid_rows, locations=locs))
    parts.extend(_blocks(trailing))
    return Document(parts)


# ---------------------------------------------------------------------------
# pdf: cells glued and wrapped


_GLUED_LABEL = re.compile(r"(?P<num>\d{1,3})\s*[.．、]\s*")


@attrs.define
class _Heading:
    label: str
    parts: list[str]
    first: int
    last: int
    open: bool
    tasks_seen: int = 0

    @property
    def text(self) -> str:
        return self.label + "".join(self.parts)


@attrs.define
class _PTask:
    label: str
    number: int
    parts: list[str]
    resp: list[str]
    first: int
    last: int
    heading: _Heading | None
    resp_line: int | None = None
    deadline: list[str] = attrs.field(factory=list)


def _split_tail_responsibility(text: str) -> tuple[str, str | None]:
    """``正文。 办公室牵头，各科室协办`` -> (正文。, 办公室牵头，各科室协办)."""
    m = re.search(r"^(?P<body>.*\S)[ \t\u3000]+(?P<tail>\S+)$", text)
    if m is None:
        return text, None
    tail = m.group("tail")
    body = m.group("body")
    if looks_like_responsibility(tail) and not looks_like_responsibility(body):
        return body, tail
    return text, None


_SPACED_OUT = re.compile(r"^\S([ \t\u3000]+\S){1,7}$")


def _heading_fragment(heading: _Heading, text: str) -> bool:
    """Whether ``text`` continues a heading broken over the lines of a narrow column.

    Before the heading's first task, any short line does.  Once a task has
    started beside it, only what a narrow column leaves: characters spaced
    out to the column's width (``控 信 息 公``), a short ending (``开。``), or
    a short fragment followed by the task's own text on the same line.
    """
    first, _, beside = _first_fragment(text)
    if _SPACED_OUT.match(text):
        return True
    if heading.tasks_seen == 0:
        return len(squeeze(first)) <= 8
    if beside:
        return len(squeeze(first)) <= 8
    return len(squeeze(text)) <= 4 and text.endswith("。")


def _first_fragment(text: str) -> tuple[str, str, str]:
    """Split off the first space-separated fragment of a line (a narrow column's text)."""
    m = re.search(r"[ \t\u3000]+", text)
    if m is None:
        return text, "", ""
    return text[: m.start()], m.group(0), text[m.end() :].strip()


def _pdf(lines: Sequence[Line]) -> Document:
    header_at = None
    for i, ln in enumerate(lines):
        tokens = ln.text.split()
        if 2 <= len(tokens) <= 8 and _header_words(tokens):
            header_at = i
            break
    assert header_at is not None
    header_tokens = lines[header_at].text.split()
    roles = _header_roles(header_tokens) or []
    # A header without a heading column (序号 工作任务 责任单位 完成时限):
    # headings are rows of their own, numbers may be bare (``1 正文``) and
    # each row may end in a deadline cell.
    full_rows = "heading" not in roles and "text" in roles and "resp" in roles
    has_number = full_rows and "number" in roles
    has_deadline = full_rows and "deadline" in roles
    parts: list[Block | Grid] = _blocks(lines[:header_at])
    headings: list[_Heading] = []
    tasks: list[_PTask] = []
    heading: _Heading | None = None
    trailing: list[Line] = []

    def add_resp(task: _PTask, text: str, no: int) -> None:
        task.resp.append(text.strip())
        task.resp_line = task.resp_line or no

    def peel_deadline(text: str) -> tuple[str, str]:
        """``正文 责任单位 2021年9月底前`` -> (``正文 责任单位``, ``2021年9月底前``)."""
        if not has_deadline:
            return text, ""
        m = re.search(r"^(?P<body>.*\S)[ \t\u3000]+(?P<tail>\S+)$", text)
        if m is not None and _deadline_line(m.group("tail")):
            return m.group("body"), m.group("tail")
        return text, ""

    queue = [(ln, ln.text.strip()) for ln in lines[header_at + 1 :]]
    queue.reverse()
    header_key = squeeze(lines[header_at].text)
    residue: list[Residue] = []
    while queue:
        ln, text = queue.pop()
        if not text:
            continue
        if squeeze(text) == header_key:
            # the table's header again at the top of a new page
            residue.append(Residue(text, "repeated table header", _loc(ln.no)))
            continue
        current = tasks[-1] if tasks else None
        h = _HEADING1.match(text)
        if h is not None:
            rest = text[h.end() :]
            # the heading column's first line may share the line with the task
            # that starts beside it: 三、深化基 5. 做好行政执法信息公开…
            expected_next = current.number + 1 if current else 1
            beside = re.search(rf"[ \t\u3000]+{expected_next}\s*[.．、]", rest)
            if beside is not None:
                queue.append((ln, rest[beside.start() :].strip()))
                rest = rest[: beside.start()]
            heading = _Heading(
                text[: h.end()], [rest], ln.no, ln.no, open=not rest.rstrip().endswith("。")
            )
            headings.append(heading)
            continue
        expected = current.number + 1 if current else None
        m = None
        bare = re.match(r"(?P<num>\d{1,3})[ \t\u3000]+", text) if has_number else None
        if bare is not None and int(bare.group("num")) == (expected or 1):
            m = bare
        for cand in _GLUED_LABEL.finditer(text) if m is None else ():
            num = int(cand.group("num"))
            if (expected is None and num == 1 and cand.start() == 0) or num == expected:
                prefix = text[: cand.start()]
                if cand.start() == 0 or looks_like_responsibility(prefix):
                    m = cand
                    break
        if m is not None:
            prefix = text[: m.start()].strip()
            if prefix and current is not None:
                add_resp(current, prefix, ln.no)
            body = text[m.end() :]
            glued = _glued_next(body, int(m.group("num")) + 1)
            if glued is not None:
                # the next task starts on the same line, after this one's
                # responsibility: 正文。 财务科、办公室4. 配合…
                queue.append((ln, body[glued:]))
                body = body[:glued].rstrip()
            body, due = peel_deadline(body)
            body, tail = _split_tail_responsibility(body)
            task = _PTask(
                m.group(0).strip(), int(m.group("num")), [body], [], ln.no, ln.no, heading
            )
            if due:
                task.deadline.append(due)
            if tail:
                add_resp(task, tail, ln.no)
            tasks.append(task)
            if heading is not None:
                heading.tasks_seen += 1
                if heading.tasks_seen > 2 or full_rows:
                    heading.open = False
            continue
        if heading is not None and heading.open and _heading_fragment(heading, text):
            first, _, beside_text = _first_fragment(text)
            if _SPACED_OUT.match(text):
                first, beside_text = text, ""
            heading.parts.append(squeeze(first))
            heading.last = ln.no
            if first.endswith("。"):
                heading.open = False
            if beside_text:
                queue.append((ln, beside_text))
            continue
        if current is None:
            trailing.append(ln)
            continue
        if has_deadline and not current.deadline and " " not in text and _deadline_line(text):
            current.deadline.append(text)
            current.last = ln.no
            continue
        text, due = peel_deadline(text)
        if due:
            current.deadline.append(due)
        if looks_like_responsibility(text):
            if not current.resp:
                # a responsibility wrapped over lines: its first fragment
                # sits at the end of the task's last line (正文。 安全生产)
                body, fragment = _short_tail(current.parts[-1])
                if fragment:
                    current.parts[-1] = body
                    text = fragment + text
            add_resp(current, text, ln.no)
            current.last = ln.no
            continue
        body, tail = _split_tail_responsibility(text)
        current.parts.append(body)
        current.last = ln.no
        if tail:
            add_resp(current, tail, ln.no)
    # A task without a responsibility shares the one of the task before it in
    # the same section (the merged cell's text sits in one of its rows).
    owners: list[int] = []
    for i, t in enumerate(tasks):
        if t.resp or i == 0 or tasks[i - 1].heading is not t.heading:
            owners.append(i)
        else:
            owners.append(owners[i - 1])
    if full_rows:
        parts.append(
            _pdf_full_rows(header_tokens, roles, tasks, owners, header_at=lines[header_at].no)
        )
        for orphan in headings:
            if not any(t.heading is orphan for t in tasks):
                parts.append(Block(orphan.text, _loc(orphan.first, orphan.last)))
        parts.extend(_blocks(trailing))
        return Document(parts, residue=residue)
    cells: list[Cell] = [Cell(tok, 0, j) for j, tok in enumerate(header_tokens[:3])]
    for j in range(len(header_tokens[:3]), 3):
        cells.append(Cell("", 0, j))
    if header_tokens[3:]:
        # columns this layout does not place (a deadline column beside three)
        extra = " ".join(header_tokens[3:])
        residue.append(Residue(extra, "table header", _loc(lines[header_at].no)))
    row = 1
    i = 0
    while i < len(tasks):
        hd = tasks[i].heading
        j = i
        while j < len(tasks) and tasks[j].heading is hd:
            j += 1
        if hd is not None:
            cells.append(Cell(hd.text, row, 0, rowspan=j - i, location=_loc(hd.first, hd.last)))
        else:
            cells.append(Cell("", row, 0, rowspan=j - i))
        k = i
        while k < j:
            owner = owners[k]
            end = k
            while end < j and owners[end] == owner:
                end += 1
            t = tasks[owner]
            cells.append(
                Cell(
                    "".join(t.resp),
                    row + (k - i),
                    2,
                    rowspan=end - k,
                    location=_loc(t.resp_line or t.first),
                )
            )
            k = end
        for k in range(i, j):
            t = tasks[k]
            cells.append(
                Cell(t.label + "".join(t.parts), row + (k - i), 1, location=_loc(t.first, t.last))
            )
        row += j - i
        i = j
    parts.append(Grid(cells))
    # headings that never got a task: text after the table
    for hd in headings:
        if not any(t.heading is hd for t in tasks):
            parts.append(Block(hd.text, _loc(hd.first, hd.last)))
    parts.extend(_blocks(trailing))
    return Document(parts, residue=residue)


def _pdf_full_rows(
    header: Sequence[str],
    roles: Sequence[str | None],
    tasks: Sequence[_PTask],
    owners: Sequence[int],
    *,
    header_at: int,
) -> Grid:
    """The grid of a PDF-text table whose headings are rows across the table.

    Each header word is a column; a heading is a row of one cell spanning
    them all; tasks sharing a responsibility share one spanning cell.
    """
    width = len(header)
    col = {r: j for j, r in enumerate(roles) if r is not None}
    cells = [Cell(tok, 0, j, location=_loc(header_at)) for j, tok in enumerate(header)]
    row = 1
    seen: set[int] = set()
    for k, t in enumerate(tasks):
        hd = t.heading
        if hd is not None and id(hd) not in seen and (k == 0 or tasks[k - 1].heading is not hd):
            seen.add(id(hd))
            cells.append(Cell(hd.text, row, 0, colspan=width, location=_loc(hd.first, hd.last)))
            row += 1
        loc = _loc(t.first, t.last)
        if "number" in col:
            cells.append(Cell(t.label, row, col["number"], location=loc))
            text = "".join(t.parts)
        else:
            text = t.label + "".join(t.parts)
        cells.append(Cell(text, row, col["text"], location=loc))
        if "resp" in col and owners[k] == k:
            span = 1
            while k + span < len(tasks) and owners[k + span] == k:
                span += 1
            cells.append(
                Cell(
                    "".join(t.resp),
                    row,
                    col["resp"],
                    rowspan=span,
                    location=_loc(t.resp_line or t.first),
                )
            )
        if "deadline" in col:
            cells.append(Cell("".join(t.deadline), row, col["deadline"], location=loc))
        row += 1
    return Grid(cells)


def _glued_next(body: str, number: int) -> int | None:
    """Where the next task (``number``) starts inside ``body``, glued after a responsibility.

    Returns the start of the responsibility that precedes the label, so that
    the rest of the line reads as ``财务科、办公室4. …``; None if the label is
    not there or what precedes it is not a responsibility.
    """
    for cand in re.finditer(rf"(?<!\d){number}\s*[.．、]", body):
        # the label may stand apart from the responsibility (医政股 4. …)
        before = body[: cand.start()].rstrip(" \t\u3000")
        gap = re.search(r"[ \t\u3000]+(?=\S+$)", before)
        if gap is None:
            continue
        resp = before[gap.end() :]
        if looks_like_responsibility(resp) and before[: gap.start()].rstrip().endswith(
            ("。", "；", ";", "）", ")")
        ):
            return gap.end()
    return None


def _short_tail(text: str) -> tuple[str, str]:
    """``正文。 安全生产`` -> (``正文。``, ``安全生产``): a short fragment after a sentence."""
    m = re.search(r"^(?P<body>.*[。；;])[ \t\u3000]+(?P<tail>[^\s。；;，,]{1,10})$", text)
    if m is None:
        return text, ""
    return m.group("body"), m.group("tail")


# ---------------------------------------------------------------------------
# cells: one cell per line


@attrs.define
class _CTask:
    line: Line
    heading: int | None
    resp: int | None = None
    deadline: int | None = None


def _deadline_line(text: str) -> bool:
    """A short line that is a deadline cell (``长期坚持``, ``2024年9月底前``)."""
    from zwgk.lang.deadline import parse_deadline

    s = squeeze(text)
    return 0 < len(s) <= 24 and parse_deadline(s) is not None and parse_label(s) is None


def _shared_cells(
    keys: Sequence[int | None], lines: Sequence[Line], row: int, col: int
) -> list[Cell]:
    """One cell per run of tasks that share a line (a responsibility after its group)."""
    out: list[Cell] = []
    k = 0
    while k < len(keys):
        m = k
        while m < len(keys) and keys[m] == keys[k]:
            m += 1
        key = keys[k]
        if key is not None:
            line = lines[key]
            out.append(Cell(line.text.strip(), row + k, col, rowspan=m - k, location=_loc(line.no)))
        k = m
    return out


def _cells(lines: Sequence[Line]) -> Document:
    items = [ln for ln in lines if ln.text.strip()]
    start = None
    n_cols = 0
    for i in range(len(items) - 1):
        k = i
        while (
            k < len(items)
            and _cell_role(items[k].text.strip())
            and len(squeeze(items[k].text)) <= 12
        ):
            k += 1
        if k - i >= 2 and _header_words([x.text.strip() for x in items[i:k]]):
            start, n_cols = i, k - i
            break
    assert start is not None
    header = [x.text.strip() for x in items[start : start + n_cols]]
    roles = _header_roles(header) or []
    parts: list[Block | Grid] = _blocks(items[:start])
    body = items[start + n_cols :]

    headings: list[Line] = []
    tasks: list[_CTask] = []
    resps: list[Line] = []
    deadlines: list[Line] = []
    pending: list[int] = []
    pending_dl: list[int] = []
    has_deadline = "deadline" in roles
    heading_idx: int | None = None
    last_task_at = -1
    for pos, ln in enumerate(body):
        text = ln.text.strip()
        lab = parse_label(text)
        if lab is not None and lab.rank >= 3:
            tasks.append(_CTask(ln, heading_idx))
            pending.append(len(tasks) - 1)
            pending_dl.append(len(tasks) - 1)
            last_task_at = pos
            continue
        if has_deadline and pending_dl and _deadline_line(text):
            deadlines.append(ln)
            for t in pending_dl:
                tasks[t].deadline = len(deadlines) - 1
            pending_dl = []
            continue
        if pending and looks_like_responsibility(text):
            resps.append(ln)
            for t in pending:
                tasks[t].resp = len(resps) - 1
            pending = []
            continue
        if tasks and not pending and looks_like_responsibility(text) and last_task_at >= 0:
            # a second responsibility line for the same group
            prev = tasks[-1].resp
            if prev is not None:
                resps[prev] = Line(resps[prev].no, resps[prev].text.strip() + "；" + text)
                continue
        headings.append(ln)
        same = heading_idx is not None and squeeze(headings[heading_idx].text) == squeeze(text)
        if not same:
            pending = []
            pending_dl = []
        heading_idx = len(headings) - 1
    # Grid: heading | requirement | responsibility | deadline (in the header's order).
    col_of = {"heading": 0, "text": 1, "resp": 2, "deadline": 3}
    if all(r in roles for r in ("heading", "text", "resp")):
        col_of = {r: i for i, r in enumerate(roles) if r in col_of and r is not None}
        col_of.setdefault("deadline", len(header))
    cells: list[Cell] = [Cell(h, 0, j) for j, h in enumerate(header)]
    row = 1
    used_headings: set[int] = set()
    i = 0
    while i < len(tasks):
        h = tasks[i].heading
        j = i
        while j < len(tasks) and tasks[j].heading == h:
            j += 1
        if h is not None:
            used_headings.add(h)
            hl = headings[h]
            cells.append(
                Cell(hl.text.strip(), row, col_of["heading"], rowspan=j - i, location=_loc(hl.no))
            )
        cells += _shared_cells([t.resp for t in tasks[i:j]], resps, row, col_of["resp"])
        cells += _shared_cells([t.deadline for t in tasks[i:j]], deadlines, row, col_of["deadline"])
        for k in range(i, j):
            tl = tasks[k].line
            cells.append(Cell(tl.text.strip(), row + (k - i), col_of["text"], location=_loc(tl.no)))
        row += j - i
        i = j
    # Resp groups spanning a heading boundary are split by the loop above; the
    # shared text is the same line, so the builder still sees one group per part.
    parts.append(Grid(cells))
    for idx, hl in enumerate(headings):
        if idx not in used_headings:
            parts.append(Block(hl.text.strip(), _loc(hl.no)))
    return Document(parts)


# ---------------------------------------------------------------------------
# prose


def _prose(lines: Sequence[Line]) -> Document:
    blocks: list[Block] = []
    cur: list[Line] = []

    def flush() -> None:
        if cur:
            text = "".join(ln.text.strip() for ln in cur)
            blocks.append(Block(text, _loc(cur[0].no, cur[-1].no)))
            cur.clear()

    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        if (
            cur
            and parse_label(text) is None
            and _wrapped(cur[-1].text)
            and not _stands_alone(cur[-1].text)
            and not _stands_alone(text)
        ):
            cur.append(ln)
            continue
        flush()
        cur.append(ln)
    flush()
    return Document(blocks)


_DOC_NUMBER = re.compile(r"^\S{1,12}[〔\[［(（]\s*(19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号$")
_DATE_LINE = re.compile(r"^(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_TITLE_END = NOTICE_TITLE_END


def _stands_alone(line: str) -> bool:
    """A line never wrapped into its neighbour: a 文号, a date, a title's end."""
    s = squeeze(line)
    return bool(_DOC_NUMBER.match(s) or _DATE_LINE.match(s) or _TITLE_END.search(s))


def _wrapped(previous: str) -> bool:
    """Whether a line looks cut by a page width (long, no closing punctuation)."""
    s = previous.strip()
    return len(s) >= 24 and not s.endswith(("。", "；", "：", "）", ")", "！", "？", "”"))
