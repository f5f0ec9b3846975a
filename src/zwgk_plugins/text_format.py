"""Plans as plain text: table text, PDF-extracted text, web-page text, prose.

The reader decodes the bytes (UTF-8, GB18030/GBK or Big5, with or without a
BOM), sets aside web-page chrome, markup and spam (kept in the residue),
detects the layout (see :mod:`zwgk_plugins._text_layouts`) unless
``layout=`` names one, and hands the document to :func:`zwgk.build_plan`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import IO, Any, Final

import attrs

from zwgk._chrome import (
    REASON_CHROME,
    REASON_MARKUP,
    chrome_after,
    chrome_prefix,
    chrome_suffix,
    markup_suffix,
    title_in_page_head,
)
from zwgk._conserve import keep_unplaced
from zwgk._decode import decode
from zwgk._glosses import Glosses
from zwgk._model import Diagnostic, Location, Plan, Residue, Severity
from zwgk.assembly import Choice, assemble_lines
from zwgk.assembly.plan import Worth
from zwgk.build import build_plan
from zwgk.document import Document
from zwgk.errors import OptionError, ParseError, WriteError
from zwgk.lang.normalize import restore_lost_spaces
from zwgk.lang.numerals import close_lost_brackets
from zwgk.plugins import FormatInfo
from zwgk_plugins._text_layouts import (
    LAYOUTS,
    Line,
    blank_cells,
    bullet_cells,
    comma_cells,
    detect_layout,
    indented_cells,
    join_cell_lines,
    join_closed_cells,
    narrow_bars,
    padded_cells,
    parse_layout,
    pipe_rows_apart,
    separates_cells,
    separator_line,
    tab_rows_apart,
)
from zwgk_plugins._text_layouts.addresses import cells_by_address
from zwgk_plugins._text_layouts.arrows import array_rows
from zwgk_plugins._text_layouts.barrows import bar_parted_rows
from zwgk_plugins._text_layouts.client import client_marks_out
from zwgk_plugins._text_layouts.common import blocks
from zwgk_plugins._text_layouts.directives import list_tables
from zwgk_plugins._text_layouts.dump import sql_rows
from zwgk_plugins._text_layouts.hardwrap import Wraps, hard_wraps_joined
from zwgk_plugins._text_layouts.keyed import keyed_sections
from zwgk_plugins._text_layouts.linenos import LineNumbers, without_line_numbers
from zwgk_plugins._text_layouts.listed import columns_listed
from zwgk_plugins._text_layouts.markup import markup_rows, page_source, page_tags
from zwgk_plugins._text_layouts.org import org_outline
from zwgk_plugins._text_layouts.parting import (
    Parted,
    check_marks_apart,
    field_bars_to_colons,
    marks_to_tabs,
)
from zwgk_plugins._text_layouts.quoting import (
    framed_lines_out,
    hard_breaks_out,
    markdown_marks_out,
    quoted_cells_joined,
    tree_branches_out,
    unquoted,
)
from zwgk_plugins._text_layouts.record import Record, json_arrays, json_lines, json_record
from zwgk_plugins._text_layouts.shown import formatting_marks_out, pictographs_out
from zwgk_plugins._text_layouts.spacing import letters_together
from zwgk_plugins._text_layouts.tex import tex_source_read
from zwgk_plugins._text_layouts.textile import textile_blocks_out
from zwgk_plugins._text_layouts.wiki import wiki_rows
from zwgk_plugins._text_layouts.wrapped import (
    bold_cells,
    marked_deadlines_out,
    marked_units_out,
    wrapped_cells,
)

__all__ = ["TextFormat"]

MAX_LINE = 100_000
# A page's number on a line of its own, as a PDF's text keeps it: ``— 2 —``,
# ``- 3 -``, ``第 4 页``, ``第4页 共9页``.
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*[页頁](?:\s*[,，/]?\s*共\s*\d{1,4}\s*[页頁])?)\s*$"
)


class TextFormat:
    """Reads plans from plain text in any of the layouts plans are published in."""

    info = FormatInfo(
        name="text",
        description="plain text: tab/pipe table text, PDF-extracted text, web-page text, prose",
        extensions=(".txt", ".text"),
        media_types=("text/plain",),
        priority=0,
        kinds=("plan",),
    )

    def sniff(self, head: bytes, name: str | None) -> float:
        if not head.strip():
            return 0.0
        if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return 0.0
        sample = head[:4096]
        controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
        return 0.1 if controls <= len(sample) // 100 else 0.0

    def read(
        self,
        data: bytes,
        *,
        name: str | None = None,
        layout: str | None = None,
        year: int | None = None,
        encoding: str | None = None,
    ) -> Plan:
        if layout is not None and layout not in LAYOUTS:
            raise OptionError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ParseError("binary data, not text (NUL bytes near the start)", source=name)
        if encoding is not None:
            try:
                text = data.decode(encoding)
            except (UnicodeDecodeError, LookupError) as exc:
                raise ParseError(f"cannot decode as {encoding}: {exc}", source=name) from None
            diagnostics: list[Diagnostic] = []
        else:
            text, _, diagnostics = decode(data, source=name)
        return read_text(text, name=name, layout=layout, year=year, diagnostics=diagnostics)

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        raise WriteError("the text format only reads plans")


def read_text(
    text: str,
    *,
    name: str | None = None,
    layout: str | None = None,
    year: int | None = None,
    diagnostics: list[Any] | None = None,
    fmt: str = "text",
) -> Plan:
    """Read a plan from already decoded text (the HTML reader uses this too).

    A JSON record a site's interface returned is read as the texts of its
    fields (:func:`~zwgk_plugins._text_layouts.record.json_record`); lines
    that are JSON objects (JSON Lines) are read as rows under their keys.

    Lines quoted by ``>`` throughout (a page forwarded in an e-mail reply)
    are read without the quote marks, lines closed by a backslash (a
    Markdown hard break) without it, and a tree's lines (``├── ``) without
    their branches.

    Pictographs set before lines (``📌``, ``👤``) are read as no text, and
    a word processor's formatting marks (``¶``, ``¤`` closing a table's
    cells) as the paragraphs and rows they close; tab-parted cells a
    spreadsheet quoted over line breaks are read whole, and a database
    dump's ``INSERT`` statements as rows under its column comments.

    A mirror's pinyin glosses (``各區(qū)政府``) are read through: the text is
    read without them, and the plan's texts get them back.  Lines with a
    space between every character are read without those spaces.  A viewer's line
    numbers before every line are taken out (and noted); a worksheet's cells
    listed behind their addresses are set out a row a line, a table's HTML
    markup is read as bar-parted rows, so is a wiki's (``^`` header
    cells, ``:::`` merged cells), cells each wrapped in brackets and
    cells parted by ``&nbsp;`` left as text, zero-width spaces, leader
    dots, bars other than ``|`` or runs of dashes (``——``) as parted by tabs
    (each noted); a Markdown cell bold whole is read as its text, and check
    marks before the rows' serials are set aside."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    record = json_record(text)
    if record is not None:
        return _read_record(record, _Options(name, layout, year, fmt), diagnostics)
    if fmt == "text" and page_source(text):
        return _read_source(text, _Options(name, layout, year, fmt), diagnostics)
    text, residue, notes = _passed(text)
    if notes:
        diagnostics = [*(diagnostics or ()), *notes]
    glosses = Glosses.of(text)
    if glosses is None:
        return _read_lines(text, name, layout, year, diagnostics, fmt, residue)
    plan = _read_lines(glosses.strip(text), name, layout, year, diagnostics, fmt, residue)
    return glosses.restore_plan(plan)


#: What a text goes through before its lines are read, in order: each pass
#: takes out or sets out what a medium or a tool added to it (see
#: :func:`read_text`), and keeps what it took in the residue.
_PASSES: Final[tuple[Callable[[str], Parted | LineNumbers], ...]] = (
    json_lines,
    json_arrays,
    keyed_sections,
    array_rows,
    list_tables,
    org_outline,
    tex_source_read,
    pictographs_out,
    formatting_marks_out,
    quoted_cells_joined,
    sql_rows,
    client_marks_out,
    tree_branches_out,
    unquoted,
    hard_breaks_out,
    columns_listed,
    markdown_marks_out,
    framed_lines_out,
    textile_blocks_out,
    letters_together,
    cells_by_address,
    markup_rows,
    wiki_rows,
    bold_cells,
    wrapped_cells,
    marked_units_out,
    marked_deadlines_out,
    field_bars_to_colons,
    marks_to_tabs,
    without_line_numbers,
    check_marks_apart,
)


def _passed(text: str) -> tuple[str, list[Residue], list[Diagnostic]]:
    """``text`` after every pass (:data:`_PASSES`), with what they took out
    and the notes of those that read it otherwise than written."""
    residue: list[Residue] = []
    notes: list[Diagnostic] = []
    for step in _PASSES:
        done = step(text)
        text = done.text
        residue += done.residue
        if done.note is not None:
            notes.append(done.note)
    return text, residue, notes


@attrs.frozen
class _Options:
    """What a reading was asked for: the source's name, a layout, the year, the format's name."""

    name: str | None
    layout: str | None
    year: int | None
    fmt: str


def read_record(record: Record, *, name: str | None = None, fmt: str = "text") -> Plan:
    """Read a plan from a JSON record a site's interface returned, already
    parsed (:func:`~zwgk_plugins._text_layouts.record.json_record`)."""
    return _read_record(record, _Options(name, None, None, fmt), None)


def _read_record(record: Record, asked: _Options, diagnostics: list[Any] | None) -> Plan:
    """A plan from the texts of a JSON record (:func:`json_record`): read as
    the page its values' markup makes, or as their lines."""
    noted = [*(diagnostics or ()), record.note]
    name, layout, year = asked.name, asked.layout, asked.year
    if record.html:
        from zwgk_plugins.html_format import read_html  # (it reads text with this module)

        plan = read_html(record.text, name=name, year=year, layout=layout, diagnostics=noted)
    else:
        plan = read_text(record.text, name=name, layout=layout, year=year, diagnostics=noted)
    return attrs.evolve(plan, residue=(*record.residue, *plan.residue), format=asked.fmt)


PAGE_SOURCE_CODE: Final = "text.page_source"


def _read_source(text: str, asked: _Options, diagnostics: list[Any] | None) -> Plan:
    """A plan from a text that is markup throughout (:func:`page_source`):
    read as the page it is, its tags no lines."""
    from zwgk_plugins.html_format import read_html  # (it reads text with this module)

    note = Diagnostic(
        PAGE_SOURCE_CODE,
        "the text is markup throughout (a page's source or an export's XML), read as the page",
        Severity.INFO,
    )
    noted = [*(diagnostics or ()), note]
    plan = read_html(text, name=asked.name, year=asked.year, layout=asked.layout, diagnostics=noted)
    tags = Residue("".join(page_tags(text)), REASON_MARKUP)
    return attrs.evolve(plan, residue=(tags, *plan.residue), format=asked.fmt)


_CRUMB_MARKS: Final = ">》»›"


def _title_in_chrome(raw: str, reason: str, text: str) -> str | None:
    """The plan's title a page printed on a line of its chrome, between its
    breadcrumb and its fields (``首页 > 乡镇动态 某镇2024年政务公开工作任务清单
    发布时间：…``), where the page prints it nowhere else."""
    if reason != REASON_CHROME:
        return None
    title = title_in_page_head(raw)
    if title is None or text.count(title) != 1:
        return None
    at = raw.index(title)
    around = raw[:at].rstrip()[-1:] + raw[at + len(title) :].lstrip()[:1]
    return None if any(ch in _CRUMB_MARKS for ch in around) else title  # (no crumb)


def _read_lines(
    text: str,
    name: str | None,
    layout: str | None,
    year: int | None,
    diagnostics: list[Any] | None,
    fmt: str,
    before_lines: Sequence[Residue] = (),
) -> Plan:
    residue: list[Residue] = list(before_lines)
    lines: list[Line] = []
    before: str | None = None  # why the last line with text was no plan content
    raws = text.split("\n")
    wraps = Wraps(raws)  # (a line a fixed width broke off the one before is no page chrome)
    for no, raw in enumerate(raws, start=1):
        if len(raw) > MAX_LINE:
            residue.append(
                Residue(raw, f"line longer than {MAX_LINE} characters", Location(line=no))
            )
            continue
        raw = restore_lost_spaces(raw)
        if wraps.goes_on[no - 1]:
            lines.append(Line(no, raw.rstrip(" \r\u3000")))
            continue
        tags = markup_suffix(raw)
        if tags < len(raw):
            residue.append(Residue(raw[tags:].strip(), REASON_MARKUP, Location(line=no)))
            raw = raw[:tags]
        start, end = chrome_prefix(raw), chrome_suffix(raw)
        if end < len(raw):
            residue.append(Residue(raw[end:].strip(), REASON_CHROME, Location(line=no)))
        title = title_in_page_head(raw[:start]) if start else None
        if start:
            head = raw[:start] if title is None else raw[:start].replace(title, " ", 1)
            residue.append(Residue(head.strip(), REASON_CHROME, Location(line=no)))
        raw = raw[start:end] if title is None else f"{title} {raw[start:end]}"
        reason = chrome_after(raw, before)
        before = reason if raw.strip() else before
        if reason is None and _PAGE_NUMBER.match(raw):
            reason = "page number"
        if reason is not None:
            title = _title_in_chrome(raw, reason, text)
            if title is not None:
                lines.append(Line(no, title))
                raw = raw.replace(title, " ", 1)
            residue.append(Residue(raw.strip(), reason, Location(line=no)))
            continue
        lines.append(Line(no, raw.rstrip(" \r\u3000")))
    if not any(ln.text.strip() for ln in lines):
        plan = build_plan_safe([], residue, diagnostics or [], name, fmt, year)
        return plan
    # what the plan must hold: every line, whichever reading is chosen (a
    # layout's document may leave out cells its grid has no column for)
    source = Document(blocks(lines), residue=tuple(residue))
    lines = _close_labels(lines)
    for rewrite in _CELL_REWRITES:
        lines = rewrite(lines)
    chosen = layout or detect_layout(lines)
    outline = _Outline(lines, year, name, fmt, residue, diagnostics or [])
    if chosen == "prose" and _one_line(lines):
        # a page on one line: only the outline's reading finds its parts
        by_outline = outline.read()
        if by_outline is not None and by_outline.tasks:
            return keep_unplaced(source, by_outline)
    document = parse_layout(chosen, lines)
    document = document.__class__(
        document.parts,
        residue=tuple(residue) + tuple(document.residue),
        diagnostics=tuple(diagnostics or ()) + tuple(document.diagnostics),
        source=name,
        format=fmt,
    )
    by_layout = build_plan(document, year=year)
    if layout is not None:
        return keep_unplaced(source, by_layout)
    if chosen == "prose" and separates_cells(lines):
        # cells apart by separator lines: a table, which prose reading does not
        # read; the outline's reading is made, the layout's chosen only where
        # clearly more plausible
        by_outline = outline.read()
        if by_outline is not None and by_outline.tasks:
            kept = None if _holds_separators(by_layout) else by_layout
            return keep_unplaced(source, Choice(by_outline).of(kept))
    choice = Choice(by_layout)
    return keep_unplaced(source, choice.of(outline.read(choice.worth)))


#: How a table a copy flattened is set out one cell a line (cells parted by
#: ``|`` lines) or a row a line (``|`` rows) before its layout is told, in
#: this order (after the paragraphs a copy broke at a fixed width are
#: joined): a CSV export, full-width bars, closed cells whose rows lines of
#: bars part, Markdown rows and tab-parted
#: rows run onto one line, cells indented to their columns, list items, padded and blank cells,
#: a cell's lines joined.
_CELL_REWRITES: Final[tuple[Callable[[Sequence[Line]], list[Line]], ...]] = (
    hard_wraps_joined,
    comma_cells,
    narrow_bars,
    bar_parted_rows,
    pipe_rows_apart,
    tab_rows_apart,
    indented_cells,
    bullet_cells,
    padded_cells,
    blank_cells,
    join_cell_lines,
    join_closed_cells,
)


def _one_line(lines: Sequence[Line]) -> bool:
    """Whether the text holds one line with text (a page saved on one line)."""
    return sum(1 for ln in lines if ln.text.strip()) == 1


def _close_labels(lines: list[Line]) -> list[Line]:
    """``lines`` with the closing brackets a copy lost put back in their labels."""
    texts = close_lost_brackets([ln.text for ln in lines])
    return [
        ln if ln.text == t else attrs.evolve(ln, text=t) for ln, t in zip(lines, texts, strict=True)
    ]


def _holds_separators(plan: Plan) -> bool:
    """Whether a task's text holds a line that is a cell separator alone: the
    reading took other cells into it."""
    return any(separator_line(line) for t in plan.tasks for line in t.text.split("\n"))


@attrs.frozen
class _Outline:
    """What the outline's reading of a text is given (see :func:`assemble_lines`)."""

    lines: Sequence[Line]
    year: int | None
    source: str | None
    fmt: str
    residue: Sequence[Residue]
    diagnostics: Sequence[Diagnostic]

    def read(self, worth: Worth | None = None) -> Plan | None:
        keys, locations = _line_keys(self.lines)
        return assemble_lines(
            [(key, ln.text) for key, ln in zip(keys, self.lines, strict=True)],
            year=self.year,
            source=self.source,
            fmt=self.fmt,
            residue=self.residue,
            diagnostics=self.diagnostics,
            locations=locations,
            worth=worth,
        )


def _line_keys(lines: Sequence[Line]) -> tuple[list[int], dict[int, Location] | None]:
    """A key for each line the assembly tells lines by: its number, unless a
    rewrite set out one line of the source as several (a table's rows run
    onto one line), each then its own key, located at the line it came from."""
    numbers = [ln.no for ln in lines]
    if len(set(numbers)) == len(numbers):
        return numbers, None
    keys = list(range(1, len(lines) + 1))
    return keys, {k: Location(line=no) for k, no in zip(keys, numbers, strict=True)}


def build_plan_safe(
    parts: list[Any],
    residue: list[Residue],
    diagnostics: list[Any],
    name: str | None,
    fmt: str,
    year: int | None,
) -> Plan:
    from zwgk.document import Document

    return build_plan(
        Document(parts, residue=residue, diagnostics=diagnostics, source=name, format=fmt),
        year=year,
    )
