"""Text as a stream of typed pieces: where the lines, cells and labels are.

A reader that has only text — a page crawled onto one line, a web table
copied one cell per line or with ``|`` between cells, prose — hands it
over as lines.  :class:`Stream` joins them into one string in which every
line or cell boundary is a ``\\n`` (the layout's evidence), keeps where
each piece came from, and finds the notice before the plan and the table
header, by what the text says rather than where it stands.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from itertools import accumulate
from typing import Final, NamedTuple

import attrs

from zwgk._model import Location
from zwgk.assembly.labels import Outline, choose_labels
from zwgk.lang._lead import first_chars, word_pattern
from zwgk.lang.normalize import PINYIN_GLOSS, to_simplified
from zwgk.lang.numerals import LABEL_RANKS, find_labels
from zwgk.lang.units import find_unit_runs
from zwgk.lang.vocab import (
    FIELD_RE,
    HEADER_COMPOUND,
    HEADER_QUALIFIER,
    HEADER_WORDS,
    NOTICE_POINTS,
    NOTICE_WORDS,
    ORG_END,
    PERIOD_ROW,
    PLACE_NAME,
    TEXT_NOUNS,
    UNIT_COLUMN_ROLES,
    completion_deadline,
    header_role,
    kinds_after_text,
    lead_of_two_owners,
    names_units,
    nest_unit_columns,
    units_by_person,
)

__all__ = [
    "PUBLICITY_MARK",
    "Header",
    "Stream",
    "closing_signature",
    "find_header",
    "notice_end",
    "notice_sentence_end",
]

# a cell separator with the spaces around it (written to start with one of
# those characters, so that a search passes at once every place that holds none)
_CELL_SPLIT: Final = re.compile(r"[ \u3000|｜│┃\t](?:(?<=[|｜│┃\t])|[ \u3000]*[|｜│┃\t])[ \u3000]*")
# a gap of two spaces or more between a line's cells (a Word table saved as text)
_SPACE_RUN: Final = re.compile(r"[ \u3000]{2,}")
_SEPARATOR_ONLY: Final = re.compile(r"^\s*[|｜]\s*$")
# a line whose cells are all rules (----, ＝＝＝): rule characters and cell separators alone
_RULE_LINE: Final = re.compile(r"^[\s\-=—_:：＝－─━+|｜│┃]*$")
# (in ASCII or full-width digits: ２０２４年１月２２日)
_DATE: Final = (
    r"(?:(?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇○零一二三四五六七八九]{3})\s*年\s*"
    r"(?:[0-9０-９]{1,2}|十?[一二三四五六七八九十])\s*月\s*"
    r"(?:[0-9０-９]{1,2}|[一二三]?十?[一二三四五六七八九十]?)\s*日"
)
#: ``（此件主动公开）`` after a notice's date, a mirror's pinyin glosses allowed inside.
PUBLICITY_MARK: Final = (
    r"[（(]此件(?:[^（()）\n]|[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùü]{1,7}[）)]){0,16}[）)]"
)
_SIGNED_DATE: Final = re.compile(
    rf"(?:^|(?<=[\s\n厅廳室局府委会會办辦]))(?P<date>{_DATE})"
    rf"(?:\s*{PUBLICITY_MARK})?(?![前起至到止，,、]|以前|之前)"
)
# a plan's title on a line of its own; it may quote the plan it carries out
# (落实《2018年政务公开工作要点》实施方案)
_PLAN_TITLE_LINE: Final = re.compile(
    r"(?:^|(?<=\n))[^\n“”。，,]{4,50}"
    r"(?:要点|要點|方案|分解表|任务表|任務表|清单|清單|工作安排|分工|工作计划|工作計劃|任务书|任務書)(?=\n|$)"
)
# a compound header cell, else the longest header word at a place: the words
# grouped by their first character, behind a look-ahead for the characters a
# match starts with (a search passes at once every place where none starts)
_HEADER_FIRST: Final = "".join(
    sorted(map(re.escape, first_chars(HEADER_COMPOUND.pattern) | {w[0] for w in HEADER_WORDS}))
)
_HEADER_WORD_RE: Final = re.compile(
    f"(?=[{_HEADER_FIRST}])(?:{HEADER_COMPOUND.pattern}"
    f"|{word_pattern(sorted(HEADER_WORDS, key=len)[::-1])})"
)
_BRACKETED: Final = re.compile(r"[（(][^（()）]{1,16}[）)]")  # 责任单位（列第一位的为牵头单位）


class Piece(NamedTuple):
    """One line or cell of the input: its text and the line it came from
    (a tuple: made for every line and cell, it is made fast)."""

    text: str
    line: int


class Stream:
    """The input's pieces joined into one text, boundaries marked by ``\\n``.

    A line is a text (its cells told apart by ``|`` or tabs) or, from a
    table, the sequence of its cells, where an empty cell is shown empty.
    """

    def __init__(
        self,
        lines: Sequence[tuple[int, str | Sequence[str]]],
        locations: Mapping[int, Location] | None = None,
    ) -> None:
        self.locations = dict(locations or {})
        pieces: list[Piece] = []
        #: (line, gloss) for every pinyin gloss a mirror site inserted
        self.glosses: list[tuple[int, str]] = []
        previous = ""
        #: the lines that came as a table row's cells (not as text)
        self.cell_rows: set[int] = set()
        #: the lines whose cells gaps of spaces part (an empty cell shows as a wider gap)
        self.spaced_rows: set[int] = set()
        #: the lines that hold a table's cells: parted by a separator, closed by
        #: one, or set between lines of a separator alone, and the table rows'
        self.cell_lines: set[int] = set()
        after_blank: set[int] = set()  # pieces that follow a blank line
        cells = _CellRuns()
        blank = False
        for no, line in lines:
            if not isinstance(line, str):  # a table row: its cells, empty ones too
                self.cell_lines.add(no)
                self.cell_rows.add(no)
                pieces += [Piece(cell.strip(), no) for cell in line]
                line = "\t".join(line)
                blank, filled = False, bool(line.strip())
            else:
                filled = bool(line.strip())  # (asked once a line)
                if blank and filled:
                    after_blank.add(len(pieces))
                blank = not filled
                if _holds_cells(line, previous):
                    self.cell_lines.add(no)
                if _empty_cell_line(line, previous):
                    pieces.append(Piece("", no))
                else:
                    self._text_line(no, line, pieces, cells)
            if filled:
                previous = line
            if "(" in line or "（" in line:  # a gloss is bracketed
                self.glosses.extend((no, m.group(0)) for m in _glosses(line))
        self.pieces = pieces
        #: piece -> the piece its cell starts with, for the later lines of a
        #: cell of several lines in a table one cell a line
        self.cell_of: dict[int, int] = cells.starts
        texts = [p.text for p in pieces]
        self.starts: list[int] = list(accumulate([len(t) + 1 for t in texts], initial=0))[:-1]
        self.text = "\n".join(texts)
        #: where a piece starts that a blank line sets apart from the one before
        self.gaps: frozenset[int] = frozenset(
            self.starts[k] for k in after_blank if k < len(pieces)
        )
        #: the same, in order
        self.gap_starts: tuple[int, ...] = tuple(sorted(self.gaps))

    def _text_line(self, no: int, line: str, pieces: list[Piece], cells: _CellRuns) -> None:
        """Take a line of text's cells as pieces."""
        found = _cells(line)
        cells.line(line, len(pieces), len(found))
        pieces += [Piece(cell, no) for cell in found]
        if len(found) > 1 and (not _marked(line) or _CELL_SPLIT.search(line) is None):
            self.spaced_rows.add(no)

    def piece_at(self, pos: int) -> str:
        """The text of the piece (line or cell) that holds ``pos``."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.pieces[k].text if 0 <= k < len(self.pieces) else ""

    def piece_index(self, pos: int) -> int:
        """The number of the piece (line or cell) that holds ``pos``."""
        return bisect.bisect_right(self.starts, pos) - 1

    def in_cells(self, pos: int) -> bool:
        """Whether ``pos`` lies in a table's cell: a table row's, or a line of
        text whose cells a separator parts or closes."""
        line = self.line_at(pos)
        return line is not None and (line in self.cell_rows or line in self.cell_lines)

    def line_at(self, pos: int) -> int | None:
        """The input line the text position ``pos`` comes from."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.pieces[k].line if 0 <= k < len(self.pieces) else None

    def location(self, pos: int) -> Location | None:
        line = self.line_at(pos)
        if line is None:
            return None
        found = self.locations.get(line)
        if found is None:
            found = self.locations[line] = Location(line=line)
        return found


class _CellRuns:
    """The cells of several lines in a table one cell a line (``|`` alone
    between cells, or `` |`` closing each): a line after a closed cell, with
    no separator, opens a cell that the lines after it go on until a
    separator closes it (``1.公开名录；`` / ``2.公开指标。 |``).  A blank
    line, or a text that never closes the cell, leaves each line its own."""

    def __init__(self) -> None:
        self.starts: dict[int, int] = {}
        self._opened: int | None = None  # the piece whose cell is open
        self._going_on: list[int] = []  # pieces of later lines in that cell
        self._closed = False  # the line before closed a cell

    def line(self, line: str, first: int, count: int) -> None:
        """Take the next line: its pieces are ``first`` and the ``count`` after."""
        if not line.strip():
            self._opened, self._going_on, self._closed = None, [], False
            return
        alone = _separator_only(line)
        marked = alone or _marked(line)
        if self._opened is not None and count:
            self._going_on.append(first)
        if self._opened is not None and marked:  # the open cell closes on this line
            self.starts.update((k, self._opened) for k in self._going_on)
            self._opened, self._going_on = None, []
        elif self._opened is None and count and not marked and self._closed:
            self._opened = first
        self._closed = alone or line.rstrip().endswith(("|", "｜"))


def _holds_cells(line: str | Sequence[str], previous: str) -> bool:
    """Whether a line holds a table's cells: a table row's, or text with a
    cell separator in it or closing it, or after a line that is or ends with
    one (the last cell of a page cut before its separator)."""
    if not isinstance(line, str):
        return True
    return _marked(line) or previous.rstrip().endswith(("|", "｜"))


def _marked(line: str) -> bool:
    """Whether ``line`` holds a cell separator (``|｜│┃`` or a tab): asked
    of each character with ``str``'s own search, fast on a long line."""
    return "\t" in line or "|" in line or "｜" in line or "│" in line or "┃" in line


def _spaced(line: str) -> bool:
    """Whether ``line`` holds a gap of two spaces or more (:data:`_SPACE_RUN`)."""
    if "  " in line:
        return True
    return "\u3000" in line and any(gap in line for gap in ("\u3000 ", " \u3000", "\u3000\u3000"))


def _empty_cell_line(line: str, previous: str) -> bool:
    """A line that is only a cell separator stands for an empty cell where the
    cells close with `` |`` (the line before ends with one) or where two
    separator lines follow each other (``|`` alone between cells)."""
    if not _separator_only(line):
        return False
    return _separator_only(previous) or previous.rstrip().endswith(("|", "｜"))


def _separator_only(line: str) -> bool:
    """Whether ``line`` is a cell separator alone (asked first whether it holds one)."""
    return ("|" in line or "｜" in line) and _SEPARATOR_ONLY.match(line) is not None


def _cells(line: str) -> list[str]:
    """The cells of one line: ``|`` or tab separate them, else gaps of two
    spaces or more; an empty one is kept (a row that shows a cell empty is not
    a row that lost a merged cell)."""
    stripped = line.strip(" \u3000")
    if _RULE_LINE.match(stripped):
        return []  # a line of separators or rules between rows: every cell a rule
    # (a line with no separator, or no gap, is not split: a long one is passed fast)
    parts = _CELL_SPLIT.split(stripped) if _marked(stripped) else [stripped]
    if len(parts) == 1 and _spaced(stripped):
        parts = _SPACE_RUN.split(stripped)  # a table saved as text: cells parted by spaces
    if len(parts) == 1:
        return [parts[0]] if parts[0].strip() else []
    if not parts[0].strip():
        parts = parts[1:]
    if len(parts) > 1 and not parts[-1].strip():
        parts = parts[:-1]
    return [p.strip() for p in parts]


def _glosses(text: str) -> Iterator[re.Match[str]]:
    """The pinyin glosses in ``text``, as :data:`PINYIN_GLOSS` finds them
    from the start on, looked for only where a bracket opens (found with
    ``str``'s own search: a long text is passed fast)."""
    ascii_at, wide_at = text.find("("), text.find("（")
    end = 0  # (a gloss found is passed over, as a search from its end would)
    while ascii_at >= 0 or wide_at >= 0:
        wide = ascii_at < 0 or 0 <= wide_at < ascii_at
        k = wide_at if wide else ascii_at
        m = PINYIN_GLOSS.match(text, k) if k >= end else None
        if m is not None:
            end = m.end()
            yield m
        if wide:
            wide_at = text.find("（", k + 1)
        else:
            ascii_at = text.find("(", k + 1)


@functools.lru_cache(maxsize=64)  # asked of a document's text by each step that reads its notice
def _notice_word_end(text: str) -> int | None:
    """Where the first notice word ends in ``text``, read without mirror glosses."""
    spans: list[tuple[int, int]] = []  # the text between glosses
    pos = 0
    for g in _glosses(text):
        spans.append((pos, g.start()))
        pos = g.end()
    spans.append((pos, len(text)))
    plain = "".join(text[a:b] for a, b in spans)
    found = NOTICE_WORDS.search(plain) or NOTICE_WORDS.search(to_simplified(plain))
    if found is None:
        return None
    end = min(found.end(), len(plain))  # a position in ``plain``: back to ``text``
    for a, b in spans:
        if end <= b - a:
            return a + end
        end -= b - a
    return len(text)


def notice_end(text: str) -> int:
    """Where the plan starts after a covering notice (0 when there is none).

    A notice uses words no plan does (现印发给你们, 请认真贯彻执行 …).  It
    ends with its signature date — standing alone, or right after the
    issuer's name — or, where a page cut the signature, at the plan's own
    title or table header.  Without any of these, the plan starts after the
    notice's sentence where what follows names its units in labelled fields
    (责任单位：…, at least :data:`_FIELDS_OF_A_PLAN`); otherwise the text is all
    notice: its numbered requirements are not the plan's tasks.  A notice
    stands before its plan: notice words that come after the plan's own
    labelled unit fields (a later page of a plan, its 工作要求 saying
    认真组织实施) start no notice.
    """
    after = _notice_word_end(text)
    if after is None or _fields_between(text, 0, after) >= _FIELDS_OF_A_PLAN:
        return 0
    date = _SIGNED_DATE.search(text, after)
    if date is not None and _plan_between(text, after, date.start()):
        date = None  # the plan lies between: the date closes the page (signed at its end)
    if date is not None:
        table = _titled_table(text, after, date.start())
        return table if table is not None else date.end()
    title = _PLAN_TITLE_LINE.search(text, after)
    if title is not None:
        return title.start()
    header = find_header(text, after, len(text))
    return header.start if header is not None else _fielded_plan(text, after)


_FIELDS_OF_A_PLAN: Final = 2  # labelled unit fields after a notice that make a plan


def _fields_between(text: str, start: int, end: int) -> int:
    """How many labelled unit fields (责任单位：…) stand in ``text[start:end]``."""
    return sum(1 for m in FIELD_RE.finditer(text, start, end) if names_units(m))


def _plan_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a plan, not a notice's own words:
    labelled unit fields (at least :data:`_FIELDS_OF_A_PLAN`), or an outline
    shaped like a plan's (see :func:`plan_outline`)."""
    if _fields_between(text, start, end) >= _FIELDS_OF_A_PLAN or _unit_table(text, start, end):
        return True
    part = text[start:end]
    return _plan_shaped(choose_labels(part, find_labels(part)), _points_of_its_own(text))


def _unit_table(text: str, start: int, end: int) -> bool:
    """Whether a table header that names a unit or a deadline column stands
    in ``text[start:end]``: a plan's table, no notice's words."""
    header = find_header(text, start, end)
    return header is not None and any(r in _UNIT_OR_DEADLINE for r in header.roles)


_UNIT_OR_DEADLINE: Final = frozenset(("lead", "assist", "resp", "deadline"))
_PLAN_ITEMS: Final = 4  # items at the deepest of two levels that make an outline a plan's


_ONE_LEVEL_ITEMS: Final = 5  # items at one level that make an outline a plan's
_TRANSMITTED_ITEMS: Final = 2  # ... after a notice that only hands the plan on


def _plan_shaped(outline: Outline, points: bool = True) -> bool:
    """Whether an outline numbers a plan's tasks, not a notice's own few
    requirements: at two levels with :data:`_PLAN_ITEMS` items at the
    deepest, or at one level with :data:`_ONE_LEVEL_ITEMS`.  Where the notice
    announced no ``points`` of its own (see :func:`_points_of_its_own`),
    :data:`_TRANSMITTED_ITEMS` labels do, if any of them ranks below the
    parts (``1.``, ``（一）``): a notice's own points are numbered ``一、``."""
    if not outline.styles:
        return False
    if not points and len(outline.labels) >= _TRANSMITTED_ITEMS and _below_parts(outline):
        return True
    deepest = len(outline.of_style(outline.styles[-1]))
    if len(outline.styles) >= 2:
        return deepest >= _PLAN_ITEMS
    return deepest >= _ONE_LEVEL_ITEMS


def _below_parts(outline: Outline) -> bool:
    """Whether a style of the outline ranks below a plan's parts (``一、``)."""
    return any(LABEL_RANKS[style] > LABEL_RANKS["cn_comma"] for style in outline.styles)


_POINTS_SPAN: Final = 120  # how far a notice's sentence runs on after its notice word


def _points_of_its_own(text: str) -> bool:
    """Whether the sentence of the notice's words announces points of its
    own (现将《方案》印发给你们，并提出如下要求): items numbered after a notice
    that only hands a plan on (…印发给你们，请认真贯彻落实。) are the plan's."""
    after = _notice_word_end(text)
    if after is None:
        return True
    end = notice_sentence_end(text, after, min(len(text), after + _POINTS_SPAN))
    start = max(0, text.rfind("\n", 0, after), text.rfind("。", 0, after))
    return NOTICE_POINTS.search(text, start, end) is not None


def plan_outline(text: str, start: int) -> Outline | None:
    """The outline of ``text`` from ``start`` on where it is shaped like a
    plan's (numbered at two levels or more with at least :data:`_PLAN_ITEMS`
    items at the deepest, or at one level; see :func:`_plan_shaped`), not a
    notice's few numbered requirements; else None."""
    found = choose_labels(text, [h for h in find_labels(text) if h.start >= start])
    return found if _plan_shaped(found, _points_of_its_own(text)) else None


def _fielded_plan(text: str, after: int) -> int:
    """Where a plan that names its units in labelled fields starts after a
    notice with no signature, title or header to end it (a page on one line,
    its signature cut or put at the end): after the notice's sentence;
    ``len(text)`` when fewer fields follow (the text is all notice)."""
    fields = [m for m in FIELD_RE.finditer(text, after) if names_units(m)]
    if len(fields) < _FIELDS_OF_A_PLAN:
        return len(text)
    return notice_sentence_end(text, after, fields[0].start())


def notice_sentence_end(text: str, after: int | None = None, before: int | None = None) -> int:
    """Where the sentence of a notice's words ends (``len(text)`` when there are
    none): the first full stop or line end after them, before ``before``."""
    if after is None:
        after = _notice_word_end(text)
        if after is None:
            return len(text)
    stop = _SENTENCE_STOP.search(text, after, len(text) if before is None else before)
    return stop.end() if stop is not None else after


_SENTENCE_STOP: Final = re.compile(r"[。！!\n]")


def _titled_table(text: str, start: int, end: int) -> int | None:
    """Where the plan's title line stands between ``start`` and ``end`` with a
    table header right under it: the notice's signature was placed after the
    table, at the end of the document.  None where there is no such title."""
    for title in _PLAN_TITLE_LINE.finditer(text, start, end):
        header = find_header(text, title.end(), min(end, title.end() + _HEADER_SCAN_UNDER))
        if header is not None and not text[title.end() : header.start].strip():
            return title.start()
    return None


_HEADER_SCAN_UNDER: Final = 200  # how far under a title its table's header may start


# A notice's signature at the end of the document: its issuer on a line of
# its own, then the date (on the next line, after a space or right after
# it; 印发, a publicity mark after it)
_CLOSING_SIGNATURE: Final = re.compile(
    r"(?:^|\n)(?P<gap>[ \t\u3000]*\n)?(?P<sep>[ \t]*\|[ \t]*\n)?"
    rf"[ \t\u3000]*(?P<org>[^\s|，。；：:、]{{4,30}}{ORG_END})"
    rf"(?:[ \t\u3000]*\n[ \t\u3000]*|[ \t\u3000]*){_DATE}[ \t\u3000]*(?P<printed>印发)?"
    rf"(?:\s*{PUBLICITY_MARK})?\s*\Z"
)

# ... or the printing line of a document's colophon (版记): the office that
# printed it and the date, marked 印发 or 印, on one line closing the text
_PRINTING_LINE: Final = re.compile(
    rf"(?:^|\n)[ \t\u3000]*(?P<org>[^\s|，。；：:、]{{4,30}}{ORG_END})"
    rf"[ \t\u3000]*{_DATE}[ \t\u3000]*印发?\s*\Z"
)


# ... or, on a page saved on one line, after the last sentence or clause,
# the issuer and the date (set apart by spaces, or by nothing where the page
# was joined by nothing)
_SPACED_SIGNATURE: Final = re.compile(
    r"(?<=[。；）)])[ \t\u3000]*"
    rf"(?P<org>[^\s|，。；：:、（）()]{{4,30}}{ORG_END})[ \t\u3000]+{_DATE}[ \t\u3000]*(?:印发)?"
    rf"(?:\s*{PUBLICITY_MARK})?\s*\Z"
)


_SPACED_AFTER_ANY: Final = re.compile(
    r"[ \t\u3000]+"
    rf"(?P<org>[^\s|，。；：:、（）()]{{4,30}}{ORG_END})[ \t\u3000]+{_DATE}[ \t\u3000]*(?:印发)?"
    rf"(?:\s*{PUBLICITY_MARK})?\s*\Z"
)


def closing_signature(text: str, gaps: Collection[int] = (), *, prose: bool = False) -> int:
    """Where a signature placed after the plan's body starts (``len(text)``
    when there is none): an issuer's line and a date line closing the text,
    set apart by a blank line (in ``text``, or at one of the positions
    ``gaps`` where a :class:`Stream` joined pieces a blank line parted),
    marked 印发, or not parted by the ``|`` line that parts the table's
    cells — a table's last row, whose unit and deadline cells may read the
    same, is none of these.  In ``prose`` (a text with no table header) a
    signature right after the last sentence needs none of them.  The printing
    line of a colophon (``…办公室2022年4月12日印``) closes any text."""
    tail = max(0, len(text) - _SIGNATURE_SPAN)
    printing = _PRINTING_LINE.search(text, tail)
    if printing is not None:
        return printing.start("org")
    glued = _GLUED_PRINTING.search(text, tail)
    if glued is not None:  # …2024年10月底前北海市…办公室2024年5月14日印发
        return _signer_before(text, tail, glued.start())
    m = _CLOSING_SIGNATURE.search(text, tail)
    if m is None and "\n" in text.strip():
        undated = _UNDATED_SIGNATURE.search(text, tail)
        if undated is not None and _titled_by(text, undated.group("org")):
            return undated.start("org")
        titled = _TITLED_SIGNATURE.search(text, tail)  # (a body of a kind no word names)
        if titled is not None and _titled_by(text, titled.group("org")):
            return titled.start("org")
    if m is None and prose:
        return _one_line_signature(text)
    if m is None:  # (a table on one line: the issuer of the place, spaced from its last row)
        return _spaced_issuer(text, tail) if "\n" not in text.strip() else len(text)
    after_sentence = prose and text[: m.start("org")].rstrip().endswith(("。", "；"))
    marked = m.group("gap") or m.group("sep") or m.group("printed") or m.start("org") in gaps
    if not (marked or after_sentence or _issuer_of_place(text, m.group("org"))):
        return len(text)
    return m.start("org")


# ... or any name on its line over the date, where the title opens with it
# (江北县国营茶场 / 2024年2月1日 under 江北县国营茶场2024年…)
_TITLED_SIGNATURE: Final = re.compile(
    r"\n[ \t\u3000]*(?P<org>[^\s|，。；：:、]{4,30})[ \t\u3000]*\n[ \t\u3000]*"
    rf"{_DATE}[ \t\u3000]*(?:\s*{PUBLICITY_MARK})?\s*\Z"
)


# ... or its issuer alone on the last line, with no date
_UNDATED_SIGNATURE: Final = re.compile(
    rf"\n[ \t\u3000]*(?P<org>[^\s|，。；：:、]{{4,30}}{ORG_END})[ \t\u3000]*"
    rf"(?:\s*{PUBLICITY_MARK})?\s*\Z"
)


def _titled_by(text: str, org: str) -> bool:
    """Whether the text's first line, its title, opens with ``org`` and goes
    on (``某县农业农村局2024年…``): the issuer of the plan, signing it."""
    first = text.lstrip().split("\n", 1)[0].strip()
    return first.startswith(org) and len(first) > len(org)


# a place's name at the start of an issuer's (淳安县|人民政府办公室), a town's
# or a street's too (江北县|江北镇|人民政府)
_PLACE_PREFIX: Final = re.compile(rf"(?:{PLACE_NAME}|[\u4e00-\u9fff]{{1,6}}?(?:镇|鎮|乡|鄉|街道))")


def _issuer_of_place(text: str, org: str) -> bool:
    """Whether a name closing the text opens with the place the text's
    opening names (``淳安县人民政府办公室`` under the title ``淳安县2024年…``,
    ``上海市闵行区医疗保障局`` under ``闵行区医疗保障局…``: a place within
    a place): the plan's issuer signing it, not a last row's unit cell, which
    names its office without the place (市政府办公室).  So is the name a
    line of the opening starts with (the title ``某某燃气有限公司2024年…``)."""
    opening = text[: min(_OPENING_SPAN, len(text) // 2)]
    if any(line.strip().startswith(org) for line in opening.split("\n")):
        return True
    title = next((line.strip() for line in opening.split("\n") if line.strip()), "")
    if title.find(org) > 0 and _places_only(title[: title.find(org)]):
        return (
            True  # (天津市和平区|小白楼街道办事处2023年…: the title's issuer, its places left out)
        )
    at = 0
    while (place := _PLACE_PREFIX.match(org, at)) is not None:
        if place.group() in opening:
            return True
        at = place.end()
    return False


def _places_only(text: str) -> bool:
    """Whether ``text`` is places' names, one after another (天津市和平区)."""
    at = 0
    while at < len(text) and (place := _PLACE_PREFIX.match(text, at)) is not None:
        at = place.end()
    return at == len(text)


_SIGNATURE_SPAN: Final = 120  # how far from the end a closing signature starts


def _one_line_signature(text: str) -> int:
    """Where the signature closing a page saved on one line starts: the issuer
    and the date set apart by spaces after the last clause (after a cell or
    a clause with no stop, an issuer of the place the opening names), or
    glued to the last unit names (``…街道办事处上饶市广丰区人民政府办公室2024年5月8日``):
    the last name of the run the date closes.  ``len(text)`` when none."""
    tail = max(0, len(text) - _SIGNATURE_SPAN)
    spaced = _SPACED_SIGNATURE.search(text, tail)
    if spaced is not None:
        return spaced.start("org")
    # after a cell or a clause with no stop (长期坚持, a page cut): the
    # issuer must open with the place the opening names
    bare = _spaced_issuer(text, tail)
    if bare < len(text):
        return bare
    dated = _GLUED_DATE.search(text, tail)
    if dated is None:
        return len(text)
    return _signer_before(text, tail, dated.start())


def _spaced_issuer(text: str, tail: int) -> int:
    """Where an issuer of the place the opening names and a date, set apart
    by spaces, close a text from ``tail`` on; ``len(text)`` when none."""
    bare = _SPACED_AFTER_ANY.search(text, tail)
    if bare is not None and _issuer_of_place(text, bare.group("org")):
        return bare.start("org")
    return len(text)


def _signer_before(text: str, tail: int, end: int) -> int:
    """Where the issuer glued before a signature's date at ``end`` starts: the
    longest name the opening also names, else the last name of the run the
    date closes; ``len(text)`` when none."""
    named = _issuer_named_before(text, tail, end)
    if named is not None:
        return named
    runs = [r for r in find_unit_runs(text[:end], tail) if r.end == end]
    if not runs or not re.search(f"{ORG_END}$", runs[-1].text(runs[-1].units[-1])):
        return len(text)
    return runs[-1].units[-1][0]


_ISSUER_SPAN: Final = 40  # the longest name of an issuer signing a notice
_OPENING_SPAN: Final = 600  # where the notice's title names its issuer


def _issuer_named_before(text: str, tail: int, end: int) -> int | None:
    """Where the longest name ending at ``end`` (after ``tail``) starts that the
    opening of the text also names (the notice's title names the office that
    signs it)."""
    if re.search(f"{ORG_END}$", text[:end]) is None:
        return None
    opening = text[: min(_OPENING_SPAN, tail)]
    for k in range(max(tail, end - _ISSUER_SPAN), end - 3):
        if text[k:end] in opening:
            return k
    return None


# a date closing the text right after a name, no deadline word after it
_GLUED_DATE: Final = re.compile(rf"(?<=[^\s\d]){_DATE}(?:\s*{PUBLICITY_MARK})?\s*\Z")
# ... and the date of a colophon's printing line glued to what is before it
_GLUED_PRINTING: Final = re.compile(rf"(?<=[^\s\d]){_DATE}[ \t\u3000]*印发?\s*\Z")


@attrs.frozen
class Header:
    """A table header found in the text: its span and its columns' roles."""

    start: int
    end: int
    roles: tuple[str, ...]


def _qualifies(gap: str) -> bool:
    """Whether the text between two header words qualifies the second one
    (市级责任单位, 本局责任科室), or there is none but cell separators
    (类别|公开内容: a header one cell per line)."""
    gap = gap.strip("|｜")
    return not gap or HEADER_QUALIFIER.match(gap) is not None


@attrs.frozen
class _Word:
    """A header word found in the squeezed text: its span, and whether the
    vocabulary names its column."""

    start: int
    end: int
    word: str
    named: bool = True


def _from_serial(words: list[_Word]) -> list[_Word]:
    """The header words from the 序号 column on, where one stands after others
    in a header run into the text before it: the words before it end a title
    (…工作要点任务分工序号工作任务…)."""
    for k, word in enumerate(words[1:], 1):
        if header_role(word.word) == "number":
            return words[k:]
    return words


def _adjacent(words: Sequence[_Word], keep: Sequence[int]) -> int:
    """How many of ``words`` (from the first) follow each other in the text
    with nothing between them."""
    n = 1
    while n < len(words) and keep[words[n].start] - keep[words[n - 1].end - 1] == 1:
        n += 1
    return n


def _glued(region: str, k: int) -> bool:
    """Whether ``region[k]`` follows a letter of the text before it with
    nothing between, other than a qualifier of its own (公开|类别, 本局|责任科室)."""
    if k <= 0 or not region[k - 1].isalnum():
        return False
    start = k
    while start > 0 and not region[start - 1].isspace():
        start -= 1
    return HEADER_QUALIFIER.match(region[start:k]) is None


_JOINERS: Final = ("及", "和", "与", "與")


def _serial(word: str) -> bool:
    """Whether ``word`` names the 序号 column, which opens a header: what
    stands before it ends a title."""
    return header_role(word) == "number"


def _unnamed_cell(gap: str) -> bool:
    """Whether the text between two header words is a column's name the
    vocabulary does not know (公开依据, 任务来源, 分值): a short noun alone."""
    return _UNNAMED_CELL.match(gap) is not None


# a short run of Han characters, none a function word or a title's last word
# (要对照, 分解表 end or join sentences and titles, not columns' names)
_NOT_IN_A_NAME: Final = "的了要对對将將把按于於和与與及并在为為是由向从從以表案单單点點"
_UNNAMED_CELL: Final = re.compile(rf"^(?:(?![{_NOT_IN_A_NAME}])[\u4e00-\u9fff]){{2,4}}$")
_FEWEST_NAMED: Final = 3  # header words named around a column the vocabulary does not know


def _header_run(squeezed: str, pos: int = 0, *, unnamed: bool = True) -> list[_Word]:
    """Header words that follow one another directly in ``squeezed`` from
    ``pos`` on; with ``unnamed``, a short noun between two of them is a
    column the vocabulary does not know (its word's ``named`` false)."""
    words: list[_Word] = []
    while True:
        m = _HEADER_WORD_RE.search(squeezed, pos)
        if m is None:
            return words
        gap = squeezed[words[-1].end : m.start()] if words else ""
        end = m.end()
        b = _BRACKETED.match(squeezed, end)
        if b is not None:
            end = b.end()
        if words and gap[:1] in _JOINERS and gap[1:] in TEXT_NOUNS:
            first = words[-1].start  # one column's nouns joined (公开内容及要求)
            words[-1] = _Word(first, m.start(), squeezed[first : m.start()])
            gap = ""
        if words and not _qualifies(gap):
            if unnamed and words[-1].named and _unnamed_cell(gap) and not _serial(m.group(0)):
                words.append(_Word(words[-1].end, m.start(), gap, named=False))
            elif len(words) >= 2:
                return words
            else:
                words = []
        words.append(_Word(m.start(), end, m.group(0)))
        pos = end


def find_header(text: str, start: int, end: int) -> Header | None:
    """The first table header (two or more header words in a row) in
    ``text[start:end]``.  Between header words, or after the last on its
    line, a short noun the vocabulary does not know (公开依据, 分值) is a
    column of its own (``other``) where three header words are named.

    >>> text = "序号工作任务公开依据责任股室完成时限分值\\n1公开…"
    >>> find_header(text, 0, len(text)).roles
    ('number', 'text', 'other', 'resp', 'deadline', 'other')
    """
    region = text[start:end]
    keep = [i for i, ch in enumerate(region) if not ch.isspace()]
    squeezed = to_simplified("".join(region[i] for i in keep))
    words = _header_words(region, keep, squeezed, unnamed=True)
    if _holds_unnamed(words, region, keep):
        words += _unnamed_last(region, keep, words)
    elif not all(w.named for w in words):  # (read again without them)
        words = _header_words(region, keep, squeezed, unnamed=False)
    words = _person_columns(words, squeezed)
    wrapped = _wrapped(region, keep, words)
    if wrapped is not None:
        words = [*words, *wrapped[0]]
    if len(words) < 2:
        return None
    roles = _column_roles(words)
    if len(roles) < 2:
        return None
    first, last = keep[words[0].start], keep[words[-1].end - 1]
    if wrapped is not None:
        last = wrapped[1] - 1
    periods = _period_row(text, start + last + 1)
    if periods is not None and "deadline" in roles:
        # (进度安排 over 一季度…四季度: the schedule, kept beside the task)
        k = len(roles) - 1 - roles[::-1].index("deadline")
        return Header(start + first, periods, (*roles[:k], "other", *roles[k + 1 :]))
    return Header(start + first, start + last + 1, roles)


def _person_columns(words: Sequence[_Word], squeezed: str) -> list[_Word]:
    """``words`` with a bracket naming the person in charge after a unit
    column's word (责任股室（责任人）) a column of its own: its rows close the
    unit cell with the person (政策法规股（责任人：谭**））."""
    out: list[_Word] = []
    for w in words:
        k = w.start + len(w.word)
        bracket = squeezed[k + 1 : w.end - 1]
        if (
            k < w.end
            and header_role(w.word) in UNIT_COLUMN_ROLES
            and header_role(bracket) == "status"
        ):
            out += [_Word(w.start, k, w.word), _Word(k, w.end, bracket)]
        else:
            out.append(w)
    return out


_WRAPPED_LINE: Final = 16  # characters: the most a header's wrapped line holds


def _wrapped(
    region: str, keep: Sequence[int], words: Sequence[_Word]
) -> tuple[list[_Word], int] | None:
    """The columns of a header wrapped column by column over two lines
    (``序号工作任务牵头配合完成`` over ``单位单位时限``): what follows the header's
    words on their line and the line under it, each in the same number of
    parts that make header words together; and where the line under ends."""
    if not words:
        return None
    last = keep[words[-1].end - 1] + 1
    line_end = region.find("\n", last)
    if line_end < 0:
        return None
    below_end = region.find("\n", line_end + 1)
    below_end = len(region) if below_end < 0 else below_end
    tail = "".join(region[last:line_end].split()).strip("|｜")
    below = "".join(region[line_end + 1 : below_end].split()).strip("|｜")
    if not 0 < len(tail) <= _WRAPPED_LINE or not 0 < len(below) <= _WRAPPED_LINE:
        return None
    names = _unwrap(to_simplified(tail), to_simplified(below))
    if not names:
        return None
    end = words[-1].end
    return [_Word(end, end, name) for name in names], below_end


_PART: Final = 4  # characters: the most of a column's name on one line of its wrap


def _unwrap(above: str, below: str) -> list[str] | None:
    """The header words ``above`` and ``below`` make part by part, each
    part of ``above`` with the part of ``below`` under it, or None.

    >>> _unwrap("牵头配合完成", "单位单位时限")
    ['牵头单位', '配合单位', '完成时限']
    """
    if not above or not below:
        return [] if above == below else None
    for i in range(1, min(_PART, len(above)) + 1):
        for j in range(1, min(_PART, len(below)) + 1):
            if _HEADER_WORD_RE.fullmatch(above[:i] + below[:j]) is None:
                continue
            rest = _unwrap(above[i:], below[j:])
            if rest is not None:
                return [above[:i] + below[:j], *rest]
    return None


def _period_row(text: str, after: int) -> int | None:
    """The end of a header's second row of periods on the line after
    ``after`` (一季度二季度三季度四季度), or None."""
    line_start = text.find("\n", after)
    if line_start < 0 or text[after:line_start].strip(" \t\u3000|｜"):
        return None
    line_end = text.find("\n", line_start + 1)
    line_end = len(text) if line_end < 0 else line_end
    found = PERIOD_ROW.fullmatch(text, line_start + 1, line_end)
    return line_end if found is not None else None


def _header_words(region: str, keep: Sequence[int], squeezed: str, *, unnamed: bool) -> list[_Word]:
    """The words of the first header in ``squeezed`` (see :func:`find_header`)."""
    words = _header_run(squeezed, unnamed=unnamed)
    # a header word run into the text before it, with a break after it, ends
    # a title (…工作要点责任分工); so do two such words alone
    while len(words) >= 2 and _glued(region, keep[words[0].start]):
        run = _adjacent(words, keep)
        if len(words) == 2 or run < len(words):  # a title's words, then what follows
            words = _header_run(squeezed, words[run - 1].end, unnamed=unnamed)
        else:  # a header run into the text before it: from its 序号 on, if it has one
            words = _from_serial(words)
            break
    return words


def _holds_unnamed(words: Sequence[_Word], region: str, keep: Sequence[int]) -> bool:
    """Whether a header may hold columns the vocabulary does not know: it
    names three, and opens with its 序号 where it runs on from the text
    before it (a title's words run on into what follows it:
    …重点工作任务分工落实情况表)."""
    if sum(w.named for w in words) < _FEWEST_NAMED:
        return False
    return not _glued(region, keep[words[0].start]) or _serial(words[0].word)


def _unnamed_last(region: str, keep: Sequence[int], words: Sequence[_Word]) -> list[_Word]:
    """A column the vocabulary does not know closing a header written on
    one line, its words run together (…完成时限分值): the short noun between
    the last header word and the line's end."""
    first, last = keep[words[0].start], keep[words[-1].end - 1] + 1
    if "\n" in region[first:last]:
        return []
    line_end = region.find("\n", last)
    rest = region[last : line_end if line_end >= 0 else len(region)].strip(" \t\u3000|｜")
    if not _unnamed_cell(to_simplified(rest)):
        return []
    end = words[-1].end + len(rest)
    return [_Word(words[-1].end, end, rest, named=False)]


def _column_roles(words: Sequence[_Word]) -> tuple[str, ...]:
    """The roles of a header's columns: a word the vocabulary names, its
    role (a named word of no role is left out); a word it does not, ``other``."""
    found = [(w.word, header_role(w.word)) for w in words]  # (each word's role asked once)
    kept = [
        pair for w, pair in zip(words, found, strict=True) if not w.named or pair[1] is not None
    ]
    cells = [word for word, _ in kept]
    roles = [role for _, role in kept]
    roles = kinds_after_text(cells, completion_deadline(cells, units_by_person(cells, roles)))
    named = [r or "other" for r in roles]
    return tuple(lead_of_two_owners(nest_unit_columns(named)))
