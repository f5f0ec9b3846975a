"""``pdf``: text extracted from a PDF table, read line by line.

Cells are glued on one line with a space, cells wrap, headings break over
the lines of a narrow column, and one responsibility serves several tasks.
Each line is a heading, a task (its label is the next number), a piece of
a broken heading, a deadline, a responsibility, or the continuation of the
task's text; :mod:`.pdf_grid` lays the result out as a grid.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from zwgk._model import Residue
from zwgk.assembly.text import closing_signature
from zwgk.document import Block, Document, Grid
from zwgk.lang.pieces import header_row_roles, looks_like_responsibility, squeeze
from zwgk_plugins._text_layouts.common import (
    HEADING1,
    TAIL,
    Line,
    blocks,
    deadline_line,
    header_words,
    loc,
)
from zwgk_plugins._text_layouts.pdf_grid import (
    PHeading,
    PTask,
    full_rows_grid,
    owners,
    three_column_grid,
)

__all__ = ["read_pdf"]

_GLUED_LABEL: Final = re.compile(r"(?P<num>\d{1,3})\s*[.．、]\s*")
_BARE_NUMBER: Final = re.compile(r"(?P<num>\d{1,3})[ \t\u3000]+")
_SPACED_OUT: Final = re.compile(r"^\S([ \t\u3000]+\S){1,7}$")
_SPACE: Final = re.compile(r"[ \t\u3000]+")
_SIGNED_ROWS: Final = 3  # lines after the header: a row, the issuer's, the date's
_SHORT_TAIL: Final = re.compile(r"^(?P<body>.*[。；;])[ \t\u3000]+(?P<tail>[^\s。；;，,]{1,10})$")


def _split_tail_responsibility(text: str) -> tuple[str, str | None]:
    """``正文。 办公室牵头，各科室协办`` -> (正文。, 办公室牵头，各科室协办)."""
    m = TAIL.search(text)
    if m is None:
        return text, None
    tail = m.group("tail")
    body = m.group("body")
    if looks_like_responsibility(tail) and not looks_like_responsibility(body):
        return body, tail
    return text, None


def _first_fragment(text: str) -> tuple[str, str, str]:
    """Split off the first space-separated fragment of a line (a narrow column's text)."""
    m = _SPACE.search(text)
    if m is None:
        return text, "", ""
    return text[: m.start()], m.group(0), text[m.end() :].strip()


def _heading_fragment(heading: PHeading, text: str) -> bool:
    """Whether ``text`` continues a heading broken over the lines of a narrow column.

    Before the heading's first task, any short line does.  Once a task has
    started beside it, only what a narrow column leaves: characters spaced
    out to the column's width (``控 信 息 公``), a short ending (``开。``), or
    a short fragment followed by the task's own text on the same line.
    """
    first, _, beside = _first_fragment(text)
    if _SPACED_OUT.match(text):
        return True
    if heading.tasks_seen == 0 or beside:
        return len(squeeze(first)) <= 8
    return len(squeeze(text)) <= 4 and text.endswith("。")


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
    m = _SHORT_TAIL.search(text)
    if m is None:
        return text, ""
    return m.group("body"), m.group("tail")


def _header_line(lines: Sequence[Line]) -> int:
    for i, ln in enumerate(lines):
        tokens = ln.text.split()
        if 2 <= len(tokens) <= 8 and header_words(tokens):
            return i
    raise AssertionError("the pdf layout is only chosen for text with a header line")


class _PdfReader:
    """Reads the lines below the header; a line may hand a rest back to the queue."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.header_at = _header_line(lines)
        self.header_no = lines[self.header_at].no
        self.header_tokens = lines[self.header_at].text.split()
        self.header_key = squeeze(lines[self.header_at].text)
        self.roles = header_row_roles(self.header_tokens) or []
        # A header without a heading column (序号 工作任务 责任单位 完成时限):
        # headings are rows of their own, numbers may be bare (``1 正文``) and
        # each row may end in a deadline cell.
        roles = self.roles
        self.full_rows = "heading" not in roles and "text" in roles and "resp" in roles
        self.has_number = self.full_rows and "number" in roles
        self.has_deadline = self.full_rows and "deadline" in roles
        self.parts: list[Block | Grid] = blocks(lines[: self.header_at])
        self.headings: list[PHeading] = []
        self.tasks: list[PTask] = []
        self.heading: PHeading | None = None
        self.trailing: list[Line] = []
        self.residue: list[Residue] = []
        body = list(lines[self.header_at + 1 :])
        signed = self._signature_at(body)
        self.signature = body[signed:]
        self.queue = [(ln, ln.text.strip()) for ln in body[:signed]]
        self.queue.reverse()

    def _signature_at(self, body: Sequence[Line]) -> int:
        """Where the issuer's line and the date line closing the text start,
        after a row closed by its deadline cell (the row is whole: they are
        no wrapped cells of it); ``len(body)`` where none does."""
        filled = [k for k, ln in enumerate(body) if ln.text.strip()]
        if not self.has_deadline or len(filled) < _SIGNED_ROWS:
            return len(body)
        row, org = (body[k].text.strip() for k in filled[-3:-1])
        if not self.peel_deadline(row)[1]:
            return len(body)
        text = "\n".join(body[k].text.strip() for k in filled[-3:])
        after_row = len(row) + 1
        at = closing_signature(text, (after_row,))
        return filled[-2] if at == after_row and org else len(body)

    def peel_deadline(self, text: str) -> tuple[str, str]:
        """``正文 责任单位 2021年9月底前`` -> (``正文 责任单位``, ``2021年9月底前``)."""
        if not self.has_deadline:
            return text, ""
        m = TAIL.search(text)
        if m is not None and deadline_line(m.group("tail")):
            return m.group("body"), m.group("tail")
        return text, ""

    @property
    def current(self) -> PTask | None:
        return self.tasks[-1] if self.tasks else None

    def _heading_line(self, ln: Line, text: str, end: int) -> None:
        rest = text[end:]
        # the heading column's first line may share the line with the task
        # that starts beside it: 三、深化基 5. 做好行政执法信息公开…
        current = self.current
        expected_next = current.number + 1 if current else 1
        beside = re.search(rf"[ \t\u3000]+{expected_next}\s*[.．、]", rest)
        if beside is not None:
            self.queue.append((ln, rest[beside.start() :].strip()))
            rest = rest[: beside.start()]
        self.heading = PHeading(
            text[:end], [rest], ln.no, ln.no, open=not rest.rstrip().endswith("。")
        )
        self.headings.append(self.heading)

    def _task_label(self, text: str) -> re.Match[str] | None:
        """The label of the next task on this line (the next number), if there is one."""
        current = self.current
        expected = current.number + 1 if current else None
        bare = _BARE_NUMBER.match(text) if self.has_number else None
        if bare is not None and int(bare.group("num")) == (expected or 1):
            return bare
        for cand in _GLUED_LABEL.finditer(text):
            num = int(cand.group("num"))
            first = expected is None and num == 1 and cand.start() == 0
            if (first or num == expected) and (
                cand.start() == 0 or looks_like_responsibility(text[: cand.start()])
            ):
                return cand
        return None

    def _task_line(self, ln: Line, text: str, m: re.Match[str]) -> None:
        prefix = text[: m.start()].strip()
        current = self.current
        if prefix and current is not None:
            current.add_resp(prefix, ln.no)
        body = text[m.end() :]
        glued = _glued_next(body, int(m.group("num")) + 1)
        if glued is not None:
            # the next task starts on the same line, after this one's
            # responsibility: 正文。 财务科、办公室4. 配合…
            self.queue.append((ln, body[glued:]))
            body = body[:glued].rstrip()
        body, due = self.peel_deadline(body)
        body, tail = _split_tail_responsibility(body)
        heading = self.heading
        task = PTask(m.group(0).strip(), int(m.group("num")), [body], [], ln.no, ln.no, heading)
        if due:
            task.deadline.append(due)
        if tail:
            task.add_resp(tail, ln.no)
        self.tasks.append(task)
        if heading is not None:
            heading.tasks_seen += 1
            if heading.tasks_seen > 2 or self.full_rows:
                heading.open = False

    def _heading_piece(self, ln: Line, text: str) -> bool:
        """A piece of a heading broken over the lines of a narrow column."""
        heading = self.heading
        if heading is None or not heading.open or not _heading_fragment(heading, text):
            return False
        first, _, beside_text = _first_fragment(text)
        if _SPACED_OUT.match(text):
            first, beside_text = text, ""
        heading.parts.append(squeeze(first))
        heading.last = ln.no
        if first.endswith("。"):
            heading.open = False
        if beside_text:
            self.queue.append((ln, beside_text))
        return True

    def _continuation(self, ln: Line, text: str, current: PTask) -> None:
        """A line under a task: its deadline, its responsibility, or more of its text."""
        if self.has_deadline and not current.deadline and " " not in text and deadline_line(text):
            current.deadline.append(text)
            current.last = ln.no
            return
        text, due = self.peel_deadline(text)
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
            current.add_resp(text, ln.no)
            current.last = ln.no
            return
        body, tail = _split_tail_responsibility(text)
        current.parts.append(body)
        current.last = ln.no
        if tail:
            current.add_resp(tail, ln.no)

    def _line(self, ln: Line, text: str) -> None:
        if squeeze(text) == self.header_key:
            # the table's header again at the top of a new page
            self.residue.append(Residue(text, "repeated table header", loc(ln.no)))
            return
        h = HEADING1.match(text)
        if h is not None:
            self._heading_line(ln, text, h.end())
            return
        m = self._task_label(text)
        if m is not None:
            self._task_line(ln, text, m)
        elif self._heading_piece(ln, text):
            pass
        elif self.current is None:
            self.trailing.append(ln)
        else:
            self._continuation(ln, text, self.current)

    def read(self) -> Document:
        while self.queue:
            ln, text = self.queue.pop()
            if text:
                self._line(ln, text)
        owner = owners(self.tasks)
        if self.full_rows:
            grid = full_rows_grid(
                self.header_tokens, self.roles, self.tasks, owner, header_at=self.header_no
            )
        else:
            grid = three_column_grid(
                self.header_tokens, self.tasks, owner, self.residue, header_at=self.header_no
            )
        self.parts.append(grid)
        # headings that never got a task: text after the table
        for hd in self.headings:
            if not any(t.heading is hd for t in self.tasks):
                self.parts.append(Block(hd.text, loc(hd.first, hd.last)))
        self.parts.extend(blocks([*self.trailing, *self.signature]))
        return Document(self.parts, residue=self.residue)


def read_pdf(lines: Sequence[Line]) -> Document:
    """Read ``pdf`` text (see the module's description)."""
    return _PdfReader(lines).read()
