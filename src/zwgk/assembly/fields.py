"""A task's body split into its fields by what each piece says.

The body of a task is the text between its label and the next label.  In
a table it holds the task's cells — with ``\\n`` between them when the
layout kept the boundaries, run together when it did not — and in prose a
paragraph with its responsibility in trailing parentheses or ``责任单位：``
lines.  :func:`split_body` types every piece with the language core (a
run of unit names, a deadline, a field line, a requirement) and fits the
pieces to the header's columns; the position of a piece is evidence, its
type decides.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
import statistics
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

import attrs

from zwgk._textutil import looks_like_responsibility, squeeze
from zwgk.build.fields import inline_fields
from zwgk.lang._lead import last_chars
from zwgk.lang.deadline import (
    HOW_OFTEN,
    deadline_cells,
    is_count_cell,
    is_unread_time_cell,
    parse_deadline,
)
from zwgk.lang.numerals import CIRCLED_NUMBERS, LABEL_RANKS, LabelHit, find_labels, parse_label
from zwgk.lang.pieces import assigns_roles, gives_roles
from zwgk.lang.titles import title_boundaries
from zwgk.lang.units import (
    UnitRun,
    cut_names_end,
    find_unit_runs,
    last_run_start,
    names_a_thing,
    office_and_division,
    opens_with_requirement,
    run_at,
    section_word_at,
    unit_end,
)
from zwgk.lang.vocab import (
    BOLD_MARKS,
    COMPLETION_VERBS,
    DEADLINE_GOES_ON,
    DITTO,
    DUTY_WORD,
    FIELD_RE,
    FULL_STOPS,
    LEAD_MARKS,
    LEADS_ON_MARKS,
    OBJECT_ENDS,
    OBJECTS_OPENING_NAMES,
    OFFICE_WORDS,
    OPEN_END,
    PREDICATE_ENDS,
    REQUIREMENT_VERBS,
    ROLE_WORD,
    SENTENCE_END,
    TITLE_ENDS,
    UNIT_COLUMN_ROLES,
    UNIT_LEVELS,
    UNIT_PREFIXES,
    is_ditto,
    is_status,
    leads_on_once,
    names_persons,
    names_units,
    requirements_after_units,
)

__all__ = [
    "CELL_SEPARATORS",
    "Fields",
    "Layout",
    "assign_units",
    "cut_responsibility",
    "event_opens",
    "headings_own_rows",
    "learn_names",
    "learn_titles",
    "own_titles",
    "repeated_headings",
    "repeated_kinds",
    "repeated_names",
    "row_runs",
    "row_texts",
    "says_what_is_done",
    "split_body",
    "split_learned",
    "split_texts",
    "titles_length",
    "titles_on_their_lines",
    "titles_run_in",
    "titles_unnumbered",
]

_LIST_SEPARATORS: Final = "，,、"
_NAME_LIST_SEP: Final = re.compile(r"[、，,；;]")  # what parts the names of a list
_LIST_ITEM_BREAK: Final = re.compile(f"[{_LIST_SEPARATORS}]")
_JOINS_NAMES: Final = "和与及或并等的之"
_MAX_TITLE: Final = 48
_MAX_HEADING: Final = 8
_HEADING_VERBS: Final = tuple(v for v in REQUIREMENT_VERBS if len(v) >= 2)  # (公开, 做好)
# a requirement whose subject is a level's bodies (市级部门…, 县级各单位…)
_LEVEL_SUBJECT: Final = tuple(p + "级" for p in UNIT_LEVELS if len(p) == 1)
_TITLE_END_AT: Final = re.compile("|".join(map(re.escape, TITLE_ENDS)))
# a title's or a requirement's last word: a name with no level may start after it
_PHRASE_END_AT: Final = re.compile(
    "|".join(map(re.escape, sorted({*TITLE_ENDS, *PREDICATE_ENDS, *OBJECT_ENDS}, key=len)[::-1]))
)
_PHRASE_END_LAST: Final = re.compile("(?:" + _PHRASE_END_AT.pattern + ")$")
# the last words of a title or of a requirement's object right before names
# (…名单|民政所): not a word a section's name may open with (…指南|计划财务科),
# nor a list's 等, which a noun follows (…等形式)
_TITLE_OR_OBJECT_ENDS: Final = (
    *TITLE_ENDS,
    *(w for w in OBJECT_ENDS if w not in OBJECTS_OPENING_NAMES and w != "等"),
)
_END_WORD_SPAN: Final = max(map(len, (*TITLE_ENDS, *PREDICATE_ENDS, *OBJECT_ENDS)))


def _ends_phrase(text: str) -> bool:
    """Whether a title's or a requirement's last word ends ``text`` (searched
    in its last characters only, and the line break ``$`` may stand before)."""
    return _PHRASE_END_LAST.search(text, max(0, len(text) - _END_WORD_SPAN - 1)) is not None


_NAME_SPLIT: Final = re.compile(r"[、，,；;\s]+")
_RELATIVE: Final = re.compile(r"[\u4e00-\u9fff]{1,2}的")  # 制定的政策: a subject's verb
_ROLE_END: Final = re.compile(r"(?:牵头|牽頭|配合|协办|協辦|协助|協助|负责|負責)$")
# a role word the names before it take where names with another role follow (A主责B配合)
_LEAD_ROLE_END: Final = re.compile(r"(?:牵头|牽頭|主责|主責|负责|負責)$")
_END_WORD: Final = 3  # characters enough for every word of OPEN_END and _ROLE_END, and a line break


@attrs.define
class Fields:
    """What a task's body holds, field by field (empty string: not there)."""

    text: str = ""
    lead: str = ""
    resp: str = ""
    deadline: str = ""
    note: str = ""
    heading_after: str = ""  # a group heading that stands before the next task
    heading_before: str = ""  # a heading cell in the task's own row
    lead_empty: bool = False  # the layout showed an empty lead cell
    shown_empty: bool = False  # the layout showed a cell of the row empty
    resp_owns: bool = False  # beside a lead, ``resp`` names owners (责任单位), not assistants
    # the unit cell labels its units' roles (牵头科室：…；配合科室：…): the labels
    # say whether ``resp`` owns or assists, not the column
    roles_labelled: bool = False
    # the unit cells ran into the deadline cell (财务股批复后20日内): the row's
    # cells do not stand apart, so an empty unit cell does not show
    units_glued: bool = False
    status: str = ""  # a progress column's value (落实情况): kept as residue, not in the model
    supervise: str = ""  # a supervising column's cell (督办单位)
    after: str = ""  # a paragraph after the unit field (a part's closing requirement): residue


@functools.lru_cache(maxsize=64)
def _unit_roles(roles: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(r for r in roles if r in UNIT_COLUMN_ROLES)


@attrs.frozen
class Layout:
    """What the document says about its columns (what it says of them is worked
    out once: a layout is asked about for every row)."""

    roles: tuple[str, ...] = ()
    table: bool = False
    titled: bool = False  # a short title runs into the requirement in the rows' text
    title_length: float = 0.0  # how long such a title is in the document (0: not known)
    role_sentences: bool = False  # the unit column holds sentences (see role_sentence_column)
    # every numbered row shows its own first text cell (工作任务 | 具体内容): the
    # task's title, the cell after it its requirement, not a heading over rows
    own_titles: bool = False
    # names the rows give whole, after a list separator (…财政所；党政办公室): a
    # run's first name run into a title ends with one (听证|党政办公室)
    names: frozenset[str] = frozenset()
    # names the rows repeat where a unit cell closes, a lead cell run into the
    # next (:func:`repeated_names`): each is a cell of its own wherever it stands
    repeated: frozenset[str] = frozenset()
    # heading cells the rows write again on every row of their group, run
    # into the row's text (:func:`repeated_headings`)
    headings: frozenset[str] = frozenset()
    # cells of a column of kinds (任务类型) the rows write between their number
    # and their text, run into it (:func:`repeated_kinds`)
    kinds: frozenset[str] = frozenset()

    @functools.cached_property
    def notes_after_units(self) -> int:
        """How many note columns stand after the unit columns (公开方式, 备注),
        each holding a cell of the row; all of them where a column of text
        stands there."""
        if self.has_after_units:
            return len(self.roles)
        units = [k for k, r in enumerate(self.roles) if r in ("lead", "assist", "resp")]
        return sum(1 for r in self.roles[units[-1] + 1 :] if r == "note") if units else 0

    @functools.cached_property
    def unit_roles(self) -> tuple[str, ...]:
        """The unit columns' roles, a supervising column's too (督办单位)."""
        return _unit_roles(self.roles)

    @functools.cached_property
    def own_unit_roles(self) -> tuple[str, ...]:
        """The roles of the unit columns that do the task (not 督办单位)."""
        return tuple(r for r in self.unit_roles if r != "supervise")

    @functools.cached_property
    def _roles_before_units(self) -> tuple[str, ...]:
        """The columns between the row's number (a 序号 column; a column left
        of it stands before the row's label, not in its text) and its units."""
        idx = [i for i, r in enumerate(self.roles) if r in ("lead", "assist", "resp")]
        if not idx:
            return ()
        before = self.roles[: idx[0]]
        return before[before.index("number") + 1 :] if "number" in before else before

    @functools.cached_property
    def _roles_after_units(self) -> tuple[str, ...]:
        idx = [i for i, r in enumerate(self.roles) if r in ("lead", "assist", "resp")]
        return self.roles[idx[-1] + 1 :] if idx else ()

    @functools.cached_property
    def requirement_in_note(self) -> bool:
        """Whether the note holds the task's requirement: a 工作要求 column after
        the unit columns, or a second text column before them."""
        after = any(r in ("text", "heading") for r in self._roles_after_units)
        return after or self.texts_before_units >= 2

    @functools.cached_property
    def texts_before_units(self) -> int:
        """How many text columns stand before the first unit column (工作任务 | 工作要求)."""
        return sum(1 for r in self._roles_before_units if r in ("text", "heading"))

    @functools.cached_property
    def heading_first(self) -> bool:
        """Whether a heading column (类别, 重点工作) stands before the task's text
        and the units, after the row's number where it has one (序号 | 类别 |
        工作任务 | 责任单位)."""
        before = [r for r in self._roles_before_units if r != "number"]
        return len(before) >= 2 and before[0] == "heading"

    @functools.cached_property
    def progress_after_units(self) -> bool:
        """Whether the only text column after the unit columns is a progress
        column (落实情况): whatever a row shows there is its progress."""
        after = set(self._roles_after_units) - {"deadline", "number"}
        return after == {"status"}

    @functools.cached_property
    def note_after_deadline(self) -> bool:
        """Whether the header's last columns are a deadline and a note after
        it (完成时限 | 备注), the units before them."""
        after = [r for r in self._roles_after_units if r != "number"]
        return (
            len(after) >= 2 and after[-2] == "deadline" and after[-1] in ("note", "other", "status")
        )

    @functools.cached_property
    def has_after_units(self) -> bool:
        """Whether a column of text follows the unit columns (工作要求, 备注, 落实情况)."""
        return any(r in ("text", "heading", "note", "status") for r in self._roles_after_units)


@functools.lru_cache(maxsize=4096)
def is_units(text: str) -> bool:
    """Whether a whole piece is a list of units (a responsibility cell)."""
    s = text.strip().rstrip("。；;")
    if not s:
        return False
    if assigns_roles(s):  # clauses of units and role words, whatever the roles are about
        return not opens_with_requirement(s)  # (not 公示检查结果社会事务办牵头…: a row)
    if names_a_thing(s):
        return False
    if looks_like_responsibility(s):
        # (定期公布…情况省人社厅, …开展季度检查并通报市政府办公室负责…: a requirement run in)
        return not opens_with_requirement(s) and not _says_what_to_do(s)
    runs = find_unit_runs(s)
    return bool(runs) and runs[0].start == 0 and runs[-1].end >= len(s) - 1 and len(runs) == 1


_SAYING: Final = re.compile("|".join(sorted({*REQUIREMENT_VERBS, *PREDICATE_ENDS}, key=len)[::-1]))


def _says_what_to_do(cell: str) -> bool:
    """Whether the text before a cell's first unit name is a requirement (a
    sentence's worth, with a verb), not a name's qualifier (``厅(委)机关``)."""
    if len(cell) < _LEAST_SAYING or _SAYING.search(cell) is None:
        return False  # (asked first: most cells hold no such verb)
    runs = find_unit_runs(cell)
    before = cell[: runs[0].start] if runs else ""
    return len(before) >= _LEAST_SAYING and _SAYING.search(before) is not None


_LEAST_SAYING: Final = 6


def says_what_is_done(text: str) -> bool:
    """Whether ``text`` holds a requirement's verb or a predicate's end (提高,
    公开, …情况): no list of posts (村会计负责，村监委会主任监督) holds one."""
    return _SAYING.search(text) is not None


def role_sentence_column(cells: Iterable[str]) -> bool:
    """Whether a table's cells show its unit column written as clauses: two
    cells or more whose every clause gives units a role word
    (:func:`zwgk.lang.assigns_roles`: ``…牵头…工作，…具体落实``, ``由…负责，…配合``)."""
    found = 0
    for cell in cells:
        found += assigns_roles(cell)
        if found >= 2:
            return True
    return False


def is_unit_cell(cell: str, before: str, sentences: bool = False) -> bool:
    """Whether a cell of a table row, after the cell ``before``, is a unit cell:
    a list of units (:func:`is_units`), or, where the table's unit column
    holds sentences (``sentences``: :func:`role_sentence_column`), a clause
    giving units a role right after the row's requirement sentence
    (``各承办单位负责做好意见征集``, which alone reads as a requirement too)."""
    if is_units(cell):
        return True
    return sentences and before.rstrip().endswith(tuple(SENTENCE_END)) and gives_roles(cell)


def is_cut_units(text: str) -> bool:
    """Whether a piece is a list of units cut before its end (a page opening
    that stops inside a responsibility cell: ``市发展改革委牵头,市住建局等政府各有关``):
    two names or more with their role words, then the start of one the page
    did not keep (:func:`zwgk.lang.units.cut_names_end`), or clauses of units
    and role words cut inside the last (``区司法局牵头清理工作,有``)."""
    if not text.rstrip().endswith(tuple(SENTENCE_END)) and assigns_roles(squeeze(text), cut=True):
        return True
    end = cut_names_end(text)
    return end is not None and len(find_unit_runs(text.strip()[:end])[0].units) >= 2


@functools.lru_cache(maxsize=4096)
def is_deadline(text: str) -> bool:
    """Whether a piece is a deadline cell; a requirement that speaks of time
    (``…机制，及时回应社会关切。``: clauses closed by a full stop) is not."""
    s = squeeze(text)
    if s.endswith("。") and any(sep in s for sep in "，,；;"):
        return False
    if not (0 < len(s) <= 30 and "。" not in s.rstrip("。") and parse_deadline(s) is not None):
        return False
    # a requirement that names a frequency (…明细每季度在公开栏公开, 每周发布…信息)
    # is no deadline cell: a cell opens with its expression and says little
    # after it (2023年6月底前完成), or closes with it (项目实施期间)
    spans = deadline_cells(s)
    if not spans or spans[-1][1] >= len(s) - 1:
        return True
    if _says_what_is_done(s, spans[0]):
        return False
    return spans[0][0] <= _CELL_LEAD and len(s) - spans[-1][1] <= _CELL_TAIL


_CELL_LEAD: Final = 2  # characters before a deadline cell's expression (应在24小时内)
_CELL_TAIL: Final = 10  # and after it (…月底前完成首次发布)
_OBJECT: Final = 4  # characters after what is done that name what it is done to (全省财政收支情况)
_DIGITS: Final = re.compile(r"[0-9０-９]")  # (每年3月…: a day of the year, not how often)


def _says_what_is_done(text: str, span: tuple[int, int]) -> bool:
    """Whether a cell opening with how often (``按月``, ``定期``, ``及时``) goes on
    to say what is done and to what (``按月公开全省财政收支情况``): a task's
    sentence, not a deadline cell (``及时公开``, ``每季度更新一次``; a date
    with what is done by then, ``6月底前完成首次发布``, stays a deadline)."""
    a, b = span
    if a > 0 or _DIGITS.search(text[a:b]):
        return False
    found = parse_deadline(text[a:b])
    if found is None or found.kind not in HOW_OFTEN:
        return False  # (年底前…: a time, not how often)
    said, tail = text[a:b], text[b:]
    verb = next((v for v in PREDICATE_ENDS if said.endswith(v)), None)  # (定期更新…)
    if verb is None:
        verb = next((v for v in PREDICATE_ENDS if tail.startswith(v)), None)
        tail = tail[len(verb) :] if verb else tail
    return verb is not None and verb not in COMPLETION_VERBS and len(tail) >= _OBJECT


def _heading_like(text: str) -> bool:
    s = squeeze(text).rstrip("。")
    return 0 < len(s) <= 30 and not any(ch in s for ch in SENTENCE_END + "，,")


# the separators that leave a title open (…、, …，): asked first, they answer most often
_OPEN_MARKS: Final = "".join(ch for ch in _LIST_SEPARATORS + "；;" if OPEN_END.search(ch))


def _title_open(title: str) -> bool:
    """Whether no unit cells can follow ``title``: it is no title (a character
    or none), or one left open (…推进, …的, …，)."""
    if title and title[-1] in _OPEN_MARKS:
        return True
    # (fewer than two characters but spaces is fewer than two with its ends
    # stripped; the end patterns are searched at the end only: their words are short)
    return len(title.strip()) < 2 or (
        _may_end(title, len(title), _OPEN_LAST)
        and OPEN_END.search(title, max(0, len(title) - _END_WORD)) is not None
    )


# the characters the words of the end patterns end with (None: not told)
_OPEN_LAST: Final = last_chars(OPEN_END.pattern)
_ROLE_LAST: Final = last_chars(_ROLE_END.pattern)


def _may_end(text: str, end: int, last: frozenset[str] | None) -> bool:
    """Whether a pattern closed by ``$`` whose matches end with one of ``last``
    may match ``text`` up to ``end``: its last character is one (or the one
    before a line break that ends it, where ``$`` matches too)."""
    if last is None or (end and text[end - 1] in last):
        return True
    return end >= 2 and text[end - 1] == "\n" and text[end - 2] in last


def _opens_cell(body: str, run: UnitRun, title: str, after: str) -> bool | None:
    """Whether the text after ``run`` opens a cell of its own; None where
    ``run`` cannot be the unit cells (no title before it, or one left open)."""
    if _title_open(title):
        return None
    opens_cell = not after or (
        after[0].isspace()
        or after[0].isdigit()
        or after.startswith(REQUIREMENT_VERBS)
        or after[0] in "。；;，,"
    )
    if _may_end(body, run.end, _ROLE_LAST) and _ROLE_END.search(
        body, max(0, run.end - _END_WORD), run.end
    ):
        opens_cell = True  # a clause closed by its role word (…配合坚持政策文件…)
    return opens_cell


def _closes_row(after: str) -> bool:
    """Whether what follows the units is the row's end or its deadline cell,
    one the deadline grammar reads or a short one of time it cannot (汛前,
    供暖期前: kept as the deadline as written), or a limit column's bare count
    (…办公室|5); a date spaced around its numbers is one cell (2024 年 3 月 31 日前)."""
    first = after.split(None, 1)[0] if after.strip() else ""
    if not first or is_deadline(first) or is_unread_time_cell(after) or is_count_cell(after):
        return True
    s = after.strip()
    return first != s and deadline_cells(s) == [(0, len(s))]


def _stands(body: str, run: UnitRun) -> tuple[bool, bool] | None:
    """Whether ``run`` can stand for the unit cells between a title and a
    requirement: None where it cannot; else whether the row closes right
    after it under a sentence closed by a full stop or by its last word
    before the deadline cell, and whether a title word
    stops right before it."""
    title = body[: run.start].rstrip()
    after = body[run.end :]
    opens_cell = _opens_cell(body, run, title, after)
    if opens_cell is None:
        return None
    # a title stops right before the names, or a requirement's object does
    titled = title.endswith(_TITLE_OR_OBJECT_ENDS)
    # the row's end is asked only where it counts: a cell not opened, or a
    # sentence closed by its stop; or, after its object's last word, where the
    # deadline cell follows right after (…低保对象名单|民政所|长期坚持)
    closes_row = (not opens_cell or title.endswith("。")) and _closes_row(after)
    ended = closes_row and title.endswith("。")
    if not ended and _ends_phrase(title) and _deadline_next(after):
        ended, closes_row = True, closes_row or opens_cell
    if not opens_cell and closes_row:
        opens_cell = True  # a deadline cell right after the units (…配合长期坚持)
    if not opens_cell and not titled and (after[0] in _JOINS_NAMES or len(run.cells) < 2):
        return None  # the names go on into the sentence (…执行机关和纳税人)
    return ended, titled


def _deadline_next(after: str) -> bool:
    """Whether the row ends right after the units, or its deadline cell starts there."""
    s = after.strip()[:_CELL_REACH]
    spans = deadline_cells(s) if s else []
    return not s or (bool(spans) and spans[0][0] == 0)


_CELL_REACH: Final = 24  # enough of what follows to read a deadline cell that opens it


def _run_score(body: str, run: UnitRun, learned: frozenset[str]) -> float:
    """How well ``run`` stands for the unit cells between a title and a requirement."""
    stands = _stands(body, run)
    if stands is None:
        return 0.0
    closed, titled = stands
    score = len(run.units) + 2.0 * run.specific + 2.0 * closed
    score += float(titled)
    if learned:
        score += 3.0 * sum(1 for c in run.cells if squeeze(run.text(c)) in learned)
    if body[run.start - 1 : run.start].isspace():
        score += 2.0
    if any("各" in run.text(u) for u in run.units):  # a collective (各县, 市直各部门)
        score += 1.5
    return score


def _closes(body: str, run: UnitRun) -> bool:
    """Whether ``run`` ends its row: nothing after it but the deadline cell, a
    name the grammar does not end (…各区属事业单位各区属国企), or the rest of a
    role sentence (…会同各科室办理。, …按职责分别公开…)."""
    after = body[run.end :].lstrip("。；;")
    if ROLE_WORD.match(after) or DUTY_WORD.match(after):
        return True  # a unit cell written as a role sentence (…会同各科室办理。)
    return _closes_row(after) or is_units(after.strip())


def best_run(
    body: str,
    learned: frozenset[str] = frozenset(),
    *,
    closing: bool = False,
    repeated: frozenset[str] = frozenset(),
) -> UnitRun | None:
    """The run of units in a run-together body most likely to be its unit cells;
    ``closing``: only a run that ends the row or stands before its deadline (no
    column of text follows the unit columns); ``repeated``: names the rows
    repeat (:func:`repeated_names`), a run may start at each."""
    # the runs that start where no title before them can stand are not looked for
    # (a list mark right before leaves the title open, asked before the title is cut out)
    last = last_run_start(
        body, 1, lambda k: body[k - 1] not in _OPEN_MARKS and not _title_open(body[:k].rstrip())
    )
    found = _good_runs(body, find_unit_runs(body, 1, last), learned, closing)
    found += _good_runs(body, _repeated_runs(body, repeated), learned | repeated, closing)
    if not found:  # names with no level before them, right after a title or a
        # requirement (…信息行政审批科负责, …发放结果草原管理科每年)
        found = _good_runs(body, _runs_after_phrases(body), learned, closing)
        # of names as good, the title word nearest them ends the title: a name
        # may hold a title's word (医药服务管理科), a title holds no name
        return max(found, key=lambda rs: (rs[1], rs[0].start))[0] if found else None
    return _with_names_before(body, max(found, key=lambda rs: rs[1])[0])


def _runs_after_phrases(
    body: str, start: int = 0, stop: int | None = None
) -> Iterator[UnitRun | None]:
    """The run of names right after each title's or requirement's last word
    in ``body[start:stop]`` (None where none starts there)."""
    ends = _PHRASE_END_AT.finditer(body, start, len(body) if stop is None else stop)
    return (run_at(body, _past_close(body, m.end())) for m in ends)


# a level or a collective's 各 of one character: a name right after one goes on back into it
_NAME_GOES_BACK: Final = frozenset(w for w in UNIT_PREFIXES if len(w) == 1)
_ONE_CHAR_OFFICES: Final = frozenset(w for w in OFFICE_WORDS if len(w) == 1)
# what a cell cannot start right after: a separator, a level, an office's word
_NOT_BEFORE_CELL: Final = frozenset(_LIST_SEPARATORS + "；;") | _NAME_GOES_BACK | _ONE_CHAR_OFFICES


def _repeated_runs(body: str, repeated: frozenset[str]) -> Iterator[UnitRun | None]:
    """The runs that start where a name the rows repeat stands after no
    separator, nor after a level or an office word that makes it a longer
    name (省|人社厅, 局|规划科: not 税政一股|纳税服务股, a section's word)."""
    for name in repeated:
        p = body.find(name, 1)
        while p > 0:
            if body[p - 1] not in _NOT_BEFORE_CELL or section_word_at(body, p - 1):
                yield run_at(body, p)
            p = body.find(name, p + 1)


def _past_close(body: str, k: int) -> int:
    """``k``, or past the brackets a phrase closes there (…历史规划（计划）|…)."""
    while k < len(body) and body[k] in "）)〕]":
        k += 1
    return k


def _good_runs(
    body: str, runs: Iterable[UnitRun | None], learned: frozenset[str], closing: bool
) -> list[tuple[UnitRun, float]]:
    """The runs that may stand for a row's unit cells, with their scores."""
    scored = [(r, _run_score(body, r, learned)) for r in runs if r is not None]
    return [(r, s) for r, s in scored if s >= 3.0 and (not closing or _closes(body, r))]


def row_runs(bodies: Sequence[str]) -> list[UnitRun | None]:
    """Each run-together row's likeliest unit cells (:func:`best_run`; None
    for a row whose cells stand on lines of their own)."""
    return [best_run(body) if "\n" not in body.strip() else None for body in bodies]


def learn_names(
    bodies: Sequence[str], runs: Sequence[UnitRun | None], *, one_column: bool = False
) -> frozenset[str]:
    """The names the run-together rows of a table give whole: those after a
    list separator in a row's unit cells (``runs``: :func:`row_runs`), and,
    under ``one_column`` of units, a run's first name right after the full
    stop that closes the text, where the run closes the row
    (``…实施工作。政务公开指导办、政府网站年底前``); else the first name of a
    run may have taken the end of the title before it, or the start of the
    next cell (a lead cell run into the assist cell: 工会|院长办公室)."""
    names: set[str] = set()
    for body, run in zip(bodies, runs, strict=True):
        if run is None:
            continue
        stopped = one_column and _after_stop(body, run) and _closes(body, run)
        for a, b in run.units:
            whole = body[a - 1] in _LIST_SEPARATORS + "；;" or (a == run.start and stopped)
            if a and whole and b - a >= _SHORTEST_KNOWN:
                names.add(squeeze(body[a:b]))
    return frozenset(names)


_SHORTEST_KNOWN: Final = 3
_NAME_REACH: Final = 14  # the farthest a name's start is looked for before its office word
_OFFICE_AT: Final = re.compile("|".join(map(re.escape, OFFICE_WORDS)))
# a name's last word: an office's of two characters or more, a bureau's or a
# section's (a word of one character may open the next: 办|公室, 司|法局, 委|宣传部)
_NAME_END: Final = re.compile(
    "(?:" + "|".join(re.escape(w) for w in OFFICE_WORDS if len(w) > 1 or w in "局科股室处") + ")$"
)


def repeated_names(bodies: Sequence[str], runs: Sequence[UnitRun | None]) -> frozenset[str]:
    """The names the run-together rows of a table repeat where a unit cell
    closes (``…操作指引纳税服务股税政一股…``, ``…清单纳税服务股征收管理股…``):
    where a name with no level before it starts, the text before it does not
    say, but the rows do.  A name is a string two rows or more close a cell
    with, what stands before it differing (税服务股 is always after 纳), once
    at least after another name or a separator (…税政一股|法制股) or else
    always after a phrase's last word (…抽查结果|信用监管科, …同步解读|信用监管科:
    not …卫生|服务中心); of two
    such strings, one made of a name or a phrase's last word before a name
    the rows repeat more often is not one name (办公室|法治调研科, 信息|法制股),
    nor is an office's word alone (办公室 ends many names).  Names are looked
    for around each row's likeliest unit cells (``runs``: :func:`row_runs`)."""
    rows: collections.Counter[str] = collections.Counter()
    before: dict[str, set[str]] = {}
    for body, run in zip(bodies, runs, strict=True):
        if "\n" in body.strip():
            continue  # (a row whose cells stand on lines of their own)
        a, b = (max(1, run.start - _NAME_REACH), run.end) if run else (1, len(body))
        found = _closing_names(body, a, b)
        rows.update(found.keys())
        for z, chars in found.items():
            before.setdefault(z, set()).update(chars)
    shared = {
        z: n
        for z, n in rows.items()
        if n >= 2
        and len(before[z] - _MARKS) >= 2
        and z not in OFFICE_WORDS
        and (_NAME_BEFORE in before[z] or _LOOSE not in before[z])
    }
    return frozenset(z for z, n in shared.items() if not _two_words(z, n, shared))


# what :func:`_closing_names` gives beside the character before a string: a
# name's end or a separator stands there; neither that nor a phrase's last word
_NAME_BEFORE: Final = "name"
_LOOSE: Final = "loose"
_MARKS: Final = frozenset((_NAME_BEFORE, _LOOSE))


def _closing_names(body: str, start: int, end: int) -> dict[str, set[str]]:
    """Every string of ``body[start:end]`` that reads as one name and closes a
    unit cell (the row's end, its deadline, a separator or another name after
    it), with the characters before it (:data:`_NAME_BEFORE` too where a name
    or a separator stands there)."""
    found: dict[str, set[str]] = {}
    ends = _NameEnds(body)
    for m in _OFFICE_AT.finditer(body, start, end):
        e = m.end()
        if e < len(body) and body[e] in _JOINS_NAMES:
            continue
        after = body[e:]
        if not (after[:1] in _LIST_SEPARATORS + "；;" or _closes_row(after) or ends.at(e)):
            continue
        for s in range(max(start, e - _NAME_REACH), e - 1):
            if ends.at(s) == e and not section_word_at(body, s) and _balanced(body[s:e]):
                found.setdefault(body[s:e], set()).update(_before_name(body, s))
    return found


class _NameEnds:
    """Where the name starting at each place of a text ends (:func:`unit_end`), each asked once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends: dict[int, int | None] = {}

    def at(self, i: int) -> int | None:
        if i not in self.ends:
            self.ends[i] = unit_end(self.text, i)
        return self.ends[i]


def _balanced(name: str) -> bool:
    """Whether ``name`` closes no bracket it did not open (区)教育局 of 县(市、区)教育局)."""
    return sum(name.count(c) for c in "（(") >= sum(name.count(c) for c in "）)")


def _before_name(body: str, s: int) -> tuple[str, ...]:
    """The character before ``s``, and :data:`_NAME_BEFORE` where a name or
    a separator ends there, :data:`_LOOSE` where no phrase's last word does."""
    if body[s - 1] in _LIST_SEPARATORS + "；;" or _NAME_END.search(body, max(0, s - 3), s):
        return body[s - 1], _NAME_BEFORE
    phrase = _PHRASE_END_LAST.search(body, max(0, s - _END_WORD_SPAN), s)
    return (body[s - 1],) if phrase else (body[s - 1], _LOOSE)


def _two_words(z: str, n: int, closed: dict[str, int]) -> bool:
    """Whether ``z`` is a shorter repeated name (seen more often than ``z``)
    after a name or a phrase's last word."""
    for y, m in closed.items():
        if m > n and len(y) < len(z) and z.endswith(y):
            x = z[: len(z) - len(y)]
            if _ends_phrase(x) or unit_end(x, 0) == len(x):
                return True
    return False


def _after_stop(body: str, run: UnitRun) -> bool:
    """Whether ``run`` starts right after a full stop (the text's last)."""
    return body[run.start - 1 : run.start] in FULL_STOPS


def _known_first_name(body: str, run: UnitRun, names: frozenset[str]) -> UnitRun:
    """The run, its first name cut to the longest name the table gives whole
    that it ends with (``听证党政办公室`` → ``党政办公室``: the title's end went
    with it) — where neither name starts with a level: a level starts a name
    where it stands; nor does a name right after the text's full stop
    (``…情况。移交安置股``: nothing of the text went with it)."""
    a, b = run.units[0]
    first = squeeze(run.text((a, b)))
    if first.startswith(UNIT_PREFIXES) or _after_stop(body, run):
        return run  # a level starts the name where it stands (区文化市场综合执法大队)
    if first[:1] in LEAD_MARKS or first[:1] in CIRCLED_NUMBERS or first.startswith(BOLD_MARKS):
        return run  # so does a mark set before it (★财务科, ①办公室, **财务科**)
    known = [
        n
        for n in names
        if first.endswith(n)
        and len(n) < len(first)
        and n not in OFFICE_WORDS  # 党委|办公室: an office word alone names no office
        and not n.startswith(UNIT_PREFIXES)
        and not first[: -len(n)].endswith(UNIT_PREFIXES)  # 市|财政局: a level shared in a list
    ]
    if not known or run.text((a, b)) != first:
        return run
    start = b - len(max(known, key=len))
    units = ((start, b), *run.units[1:])
    cells = ((start, run.cells[0][1]), *run.cells[1:])
    return UnitRun(start, run.end, units, cells, run.source)


# what parts a name from the run after it: a list's separator (or a mark from
# the lead to those assisting it, 信息科>各县管理部: see _with_names_before)
_PARTING_NAMES: Final = frozenset(_LIST_SEPARATORS + "；;")


def _with_names_before(body: str, run: UnitRun) -> UnitRun:
    """The run with the names a list separator or a role word parts from it,
    back to the title they are run into (``…信息发布疾病预防控制科；市疾控中心``,
    ``…办理入口信息科主责各县管理部配合``): a name with no level before it starts
    no run, but one read from a title's end word goes on through the run."""
    if run.start == 0:
        return run
    parted = body[run.start - 1] in _PARTING_NAMES or (
        body[run.start - 1] in LEADS_ON_MARKS and leads_on_once(body)
    )
    if not parted and not _LEAD_ROLE_END.search(body, 0, run.start):
        return _with_name_ending_before(body, run)
    for m in reversed(list(_PHRASE_END_AT.finditer(body, 0, run.start - 1))):
        if body[m.end()] in _ONE_CHAR_OFFICES:
            continue  # (信息|科: a title's word an office's word follows is the name's own)
        longer = run_at(body, m.end())
        if longer is not None and longer.start < run.start and longer.end >= run.end:
            return longer
    return run


def _with_name_ending_before(body: str, run: UnitRun) -> UnitRun:
    """The run with the name that ends right before it, no separator between
    (a lead cell run into the assist cell: ``…解读材料政策法规科相关业务科室``):
    the name from the nearest last word of the requirement before it that an
    office's word does not follow (服务|中心 is a name's own, but 公开|办公室 is
    not: 办公室 names one alone) and no name opens with (规划|建设科)."""
    if not _NAME_END.search(body, max(0, run.start - _END_WORD), run.start):
        return run
    for m in reversed(list(_PHRASE_END_AT.finditer(body, 0, run.start - 1))):
        office = _OFFICE_AT.match(body, m.end())
        if (office and office.group() not in _OFFICES_ALONE) or m.group() in OBJECTS_OPENING_NAMES:
            continue
        longer = run_at(body, m.end())
        if longer is None or longer.start >= run.start or longer.end < run.end:
            return run
        first = longer.text(longer.cells[0])
        return run if _office_after_phrase(first) else longer
    return run


def _office_after_phrase(name: str) -> bool:
    """Whether a phrase's last word stands inside ``name`` before an office's
    word that names one alone (尽公开|办公室): the name starts there."""
    for m in _PHRASE_END_AT.finditer(name):
        office = _OFFICE_AT.match(name, m.end())
        if office is not None and office.group() in _OFFICES_ALONE:
            return True
    return False


# office words that name an office alone (办公室): a phrase's word before one is no part of it
_OFFICES_ALONE: Final = frozenset(("办公室", "辦公室"))


def split_learned(run: UnitRun, learned: frozenset[str]) -> list[str]:
    """The run's cells; a single cell ending in a cell seen elsewhere is split before it."""
    cells = [run.text(c) for c in run.cells]
    if len(cells) == 1:
        one = cells[0]
        for known in sorted(learned, key=len, reverse=True):
            k = one.rfind(known)
            if k > 0 and k + len(known) == len(one) and one[k - 1] in "，,；;":
                return [one[: k - 1], one[k:]]
    return cells


def _body_and_divisions(cell: str) -> list[str]:
    """One unit cell for two unit columns, a level's body run into the
    plan's own divisions (``区民政局待遇保障科、财务科``: the district's
    bureau, then the divisions): two cells where its first name is a body
    and a division (:func:`~zwgk.lang.units.office_and_division`), else the
    cell."""
    first = _NAME_LIST_SEP.split(cell, maxsplit=1)[0]
    found = office_and_division(first)
    return [found[0], found[1] + cell[len(first) :]] if found is not None else [cell]


def _collective(cell: str) -> bool:
    """Whether every name of a unit cell is a collective (各县, 市直各部门)."""
    names = [n for n in _NAME_SPLIT.split(cell) if n]
    return bool(names) and all("各" in n for n in names)


def assign_units(fields: Fields, cells: Sequence[str], layout: Layout, lead_empty: bool) -> None:
    """Fit unit cells to the unit columns: a lead (or responsible) column and
    the responsibility (or assisting) column, or two responsibility columns
    (the parent's and the plan's own: the last is the plan's, the other is
    kept as the note)."""
    roles = layout.unit_roles
    if "supervise" in roles:
        cells, roles = _supervisors_apart(fields, cells, roles)
    two = len(roles) >= 2
    if two and len(cells) >= 2 and roles[0] == "assist" and roles[-1] in ("lead", "resp"):
        # an assisting column before the one that does the task (配合部门 | 承办部门)
        fields.lead, fields.resp = cells[-1], "".join(cells[:-1])
    elif two and len(cells) >= 2 and "lead" not in roles[:-1] and roles[-1] != "assist":
        fields.resp = cells[-1]
        fields.note = "\n".join([*cells[:-1], fields.note] if fields.note else cells[:-1])
    elif two and len(cells) >= 2:
        fields.lead = "".join(cells[:-1]) if len(cells) > 2 else cells[0]
        fields.resp = cells[-1]
    elif two and (lead_empty or (roles[-1] == "resp" and _collective(cells[0]))):
        # a lone collective (市直各单位) owns the task; it leads nothing
        fields.resp, fields.lead_empty = cells[0], True
    elif roles[:1] == ("lead",):
        fields.lead = "".join(cells)
    else:
        fields.resp = "，".join(cells) if len(cells) > 1 else cells[0]


def _supervisors_apart(
    fields: Fields, cells: Sequence[str], roles: tuple[str, ...]
) -> tuple[Sequence[str], tuple[str, ...]]:
    """The unit cells and columns that do the task, a supervising column's
    cell (督办单位) set in ``fields`` where the row shows a cell for each."""
    k = roles.index("supervise")
    if len(cells) == len(roles):
        fields.supervise = cells[k]
        cells = [*cells[:k], *cells[k + 1 :]]
    return cells, (*roles[:k], *roles[k + 1 :])


def _anchored(
    body: str, learned: frozenset[str], repeated: frozenset[str] = frozenset()
) -> tuple[int, int, list[str]] | None:
    """A unit cell the document repeats, found in ``body``, with the cells before it.

    Returns where the unit cells start and end, and the cells.  Names
    joined to the repeated cell by a separator belong to its cell
    (``省公共资源交易中心，各设区市``); names written right before it, with
    no separator or a space, are the cell before it (the lead column), and
    so is a name the rows repeat (``repeated``) written right before it.
    """
    for known in sorted(learned, key=len, reverse=True):
        p = body.find(known, 2)
        while p >= 0 and body[p - 1] in _NAME_GOES_BACK:  # (各|乡镇街道…: a longer name's end)
            p = body.find(known, p + 1)
        if p >= 0:
            start, end, cells = _cells_before(body, p, p + len(known))
            if start == p:
                before = [n for n in repeated if body.endswith(n, 2, p)]
                if before:
                    name = max(before, key=len)
                    start, cells = p - len(name), [name, *cells]
            return start, *_cells_after(body, p, end, cells)
    return None


def _known_closing(body: str, layout: Layout) -> tuple[int, int, list[str]] | None:
    """A name other rows give whole (:func:`learn_names`) that closes the row,
    right before its deadline cell or its end, where the grammar finds no run
    (``…接续奋斗历程政务公开指导办年底前``: no full stop, no level before the
    name), or before the deadline cell and the columns after it: where the
    unit cells start and end, and the cells.  Not a name after a list
    separator: the list's start the grammar did not find either."""
    found = []
    for name in layout.names:
        p = body.rfind(name, 2)
        end = p + len(name)
        closes = _deadline_cell_closes(body[end:], layout.has_after_units)
        if p >= 2 and body[p - 1] not in _NOT_BEFORE_CELL and closes:
            found.append((end, len(name), p))
    if not found:
        return None
    end, _, p = max(found)
    return p, end, [body[p:end]]


def _deadline_cell_closes(after: str, columns_after: bool) -> bool:
    """Whether ``after`` is nothing, or one deadline cell the grammar reads
    whole (``年底前``; not ``每年至少更新一次…``, a sentence opening with a
    time); with ``columns_after`` the row's other cells may follow it
    (``收费调整后5个工作日内|校园网、公示栏``)."""
    s = after.strip()
    spans = deadline_cells(s) if s else []
    if columns_after:
        return not s or (bool(spans) and spans[0][0] == 0)
    return not s or spans == [(0, len(s))]


def _cells_after(body: str, p: int, end: int, cells: list[str]) -> tuple[int, list[str]]:
    """The cells written right after a repeated cell (``党政办公室便民服务中心``):
    where the run of names the repeated cell starts goes on into another cell,
    or the role clauses it opens (``办公室负责，各科室配合``) go on in its cell."""
    if end < len(body) and ROLE_WORD.match(body, end):
        run = run_at(body, p)  # (names after the role word: a role word alone opens the next cell)
        if run is not None and any(a > end for a, _ in run.units):
            return run.end, [*cells[:-1], cells[-1] + body[end : run.end]]
    if end >= len(body) or unit_end(body, end) is None:
        return end, cells  # most often a requirement verb, a separator or a deadline
    run = run_at(body, p)
    if run is None or len(run.cells) < 2 or run.cells[0][1] != end:
        return end, cells
    return run.end, [*cells, *(run.text(c) for c in run.cells[1:])]


def units_closing(text: str) -> int | None:
    """Where the unit names that close ``text`` start, after words of its own
    (``林草政策和规划信息公开规划财务股``: 11); None where none close it."""
    s = text.rstrip()
    run = _run_ending_at(s, len(s))
    return run.start if run is not None and run.start > 0 else None


def _run_ending_at(body: str, stop: int) -> UnitRun | None:
    # a run of names never crosses a full stop: look from the last one on
    since = max(1, body.rfind("。", 0, stop) + 1)
    text = body[:stop]
    # the body's run over ``stop`` (read once for the body), cut where a name ends there
    over = [r for r in find_unit_runs(body, since, stop) if r.start < stop <= r.end]
    cut = over[0].cut(stop) if over else None
    if cut is not None:
        return cut if _stands(text, cut) is not None else _after_phrase_ending_at(body, stop)
    # (the runs do not overlap: only the last may end at ``stop``)
    runs = find_unit_runs(text, since)
    if runs and runs[-1].end == stop and _stands(text, runs[-1]) is not None:
        return runs[-1]
    return _after_phrase_ending_at(body, stop)


def _after_phrase_ending_at(body: str, stop: int) -> UnitRun | None:
    """Names with no level before them that end at ``stop``, right after a
    title's or a requirement's last word (…对象和金额|农业农村局财政局、各镇):
    the run after such a word that best stands for unit cells
    (:func:`_run_score`), of runs as good the longest (a name may hold a
    word that ends titles: …比例|医药服务管理股, not …服务|管理股)."""
    since = max(1, body.rfind("。", 0, stop) + 1)
    text = body[:stop]
    found: list[tuple[float, int, UnitRun]] = []
    for run in _runs_after_phrases(body, since, stop):
        cut = run.cut(stop) if run is not None and run.start < stop <= run.end else None
        if cut is not None and (score := _run_score(text, cut, frozenset())) > 0:
            found.append((score, -cut.start, cut))
    return max(found, key=lambda f: f[:2])[2] if found else None


def _cells_before(body: str, p: int, end: int) -> tuple[int, int, list[str]]:
    start, cells = p, [body[p:end]]
    if body[p - 1] in "，,、；;":
        run = _run_ending_at(body, p - 1)
        if run is None:
            return start, end, cells
        last = run.cells[-1]
        cells = [body[last[0] : end]]
        start = last[0]
        if len(run.cells) > 1:
            return run.start, end, [*(run.text(c) for c in run.cells[:-1]), *cells]
        p = start
    # names right before it, or before a space (the boundary of the cell before)
    q = len(body[:p].rstrip())
    if q > 2:
        run = _run_ending_at(body, q)
        if run is not None:
            return run.start, end, [run.text(), *cells]
    return start, end, cells


_CLAUSE_END: Final = re.compile(r"[^，,。；;：:]*[，,。；;：:]")
_MIN_CLAUSE: Final = 3  # characters at least of a requirement's first clause, with its stop


def _title_splits(body: str) -> list[tuple[int, bool]]:
    """Where a title may stop and its requirement start, before the first
    clause ends: a title word followed by a requirement verb, or by a unit,
    the subject of the requirement (``做好政策解读县政府出台的政策文件…``);
    with whether a subject starts there."""
    splits: list[tuple[int, bool]] = []
    if not body.endswith(tuple(SENTENCE_END)):
        return splits
    for k in range(4, min(len(body) - 2, _MAX_TITLE)):
        if body[k - 1] in "，,。；;：:":
            break
        if not body[:k].endswith(TITLE_ENDS) or _CLAUSE_END.match(body, k, k + _MIN_CLAUSE):
            continue  # (a word then a stop ends the title's own clause: …信息|公开。)
        if body.startswith(REQUIREMENT_VERBS + _LEVEL_SUBJECT, k):
            splits.append((k, False))  # a level's bodies (市级部门…) begin like a verb
        elif body.startswith(UNIT_PREFIXES, k) and unit_end(body, k) is not None:
            splits.append((k, True))
    return splits


def _title_and_requirement(
    body: str, length: float = 0.0, *, column: bool = False
) -> tuple[str, str]:
    """Split a title from the requirement that follows it with no separator,
    at the boundary the text gives most evidence for
    (:func:`zwgk.lang.titles.title_boundaries`), near the length the
    document's certain titles have (``length``; 0 where it is not known).
    ``column``: a requirement column follows the title's, so the text holds
    a requirement even where no full stop closes it."""
    bounds = title_boundaries(_closed(body) if column else body)
    if not bounds:
        return body, ""
    best = max(bounds, key=lambda b: b.score - _length_cost(b.at, length))
    if best.score < (_SOME_EVIDENCE if length else _ENOUGH):  # rows that give titles: any
        return body, ""
    return body[: best.at], body[best.at :]


def title_before_row(body: str) -> tuple[str, str]:
    """A part's title run into its first row, the row's cells run together
    (``加强预期引导深入解读政策背景…省直各部门长期坚持``: a heading over rows
    with no number, copied onto one line): the title and the row, split where
    the text before the row's unit cells gives most evidence for a title's
    end; ``("", body)`` where it gives too little."""
    run = best_run(body, closing=True)
    if run is None:
        return "", body
    text = body[: run.start].strip()
    title, requirement = _title_and_requirement(text, column=True)
    if not requirement:
        title, requirement = _title_past_comma(text)
    if not requirement:
        return "", body
    return title, body[len(body) - len(body.lstrip()) + len(title) :]


_FIRST_CLAUSE: Final = 20  # the longest first clause of a part's title that holds a comma


def _title_past_comma(text: str) -> tuple[str, str]:
    """A part's title that holds a comma (夯实根基,依法全面履行…职责|围绕…):
    the first clause and the title in what follows it, and the requirement;
    ``(text, "")`` where no short first clause or no title follows."""
    comma = min((k for k in (text.find("，"), text.find(",")) if k > 0), default=-1)
    if comma < 0 or comma > _FIRST_CLAUSE:
        return text, ""
    title, requirement = _title_and_requirement(text[comma + 1 :], column=True)
    if not requirement:
        return text, ""
    return text[: comma + 1] + title, requirement


def _closed(text: str) -> str:
    """Text before a row's unit cells in a table with a requirement column,
    read as the sentence it is where its writer left the full stop out."""
    return text if text.rstrip().endswith(tuple(SENTENCE_END)) else f"{text.rstrip()}。"


def _length_cost(at: int, length: float) -> float:
    """How far a title of ``at`` characters is from the document's usual one."""
    return _PER_CHAR * abs(at - length) if length else _PER_CHAR_UNKNOWN * at


_ENOUGH: Final = 2.0  # evidence for a boundary below which a row gives no title
_SOME_EVIDENCE: Final = 0.5  # ... in a table whose rows give titles
_CLEAR: Final = 1.0  # a boundary this far ahead of every other is certain
_STRONG: Final = 3.0  # a boundary the text gives this much evidence for is a title's
_SOME: Final = 1 / 3  # the share of rows with a strong boundary in a table that gives titles
_PER_CHAR: Final = 0.15
_PER_CHAR_UNKNOWN: Final = 0.02


def _title_evidence(text: str) -> tuple[float, float, int]:
    """The best boundary of ``text``: its score, its lead over the next best, its place."""
    ranked = sorted(title_boundaries(text), key=lambda b: b.score, reverse=True)
    if not ranked:
        return 0.0, 0.0, 0
    second = ranked[1].score if len(ranked) > 1 else 0.0
    return ranked[0].score, ranked[0].score - second, ranked[0].at


def _heading_cell(text: str) -> tuple[str, str]:
    """A heading cell (类别, 重点工作: given once over its rows) run into the
    row's text: a short title before a requirement, else nothing."""
    splits = _title_splits(text)
    k = splits[0][0] if splits else 0
    if 0 < k <= _MAX_HEADING and not any(ch in text[:k] for ch in "，,、"):
        return text[:k], text[k:]
    return "", text


_HEADED_TITLES: Final = 3  # a heading column, a title column and a requirement column
_MIN_PHRASE: Final = 4  # the shortest heading or title told apart in a title run together


def _heading_in_title(title: str) -> tuple[str, str]:
    """A heading cell (类别: given once, over its group's rows) run into the
    title of its group's first row: the title splits after a word titles
    end with (``政策公开|林草政策集中公开``) into two phrases of a title's
    length, with no punctuation; else no heading."""
    if any(ch in title for ch in "，,、；;。：:"):
        return "", title
    for k in range(_MIN_PHRASE, min(len(title) - _MIN_PHRASE, _MAX_HEADING) + 1):
        if title[:k].endswith(TITLE_ENDS):
            return title[:k], title[k:]
    return "", title


def row_texts(bodies: Sequence[str], learned: frozenset[str] = frozenset()) -> list[str | None]:
    """The text cells of each run-together row, run together: what stands
    before its likeliest unit cells (:func:`best_run`); None for a row whose
    cells stand on lines of their own, or that shows no unit cell."""
    texts: list[str | None] = []
    for body in bodies:
        run = best_run(body, learned) if "\n" not in body.strip() else None
        texts.append(body[: run.start].strip() if run is not None else None)
    return texts


def learn_titles(bodies: Sequence[str], learned: frozenset[str] = frozenset()) -> float | None:
    """:func:`titles_length` of the run-together rows' :func:`row_texts`."""
    return titles_length(row_texts(bodies, learned))


def titles_length(row_texts: Sequence[str | None]) -> float | None:
    """Whether the rows of a table with two text columns before its units
    (工作任务 | 具体措施) give a short title run into its requirement
    (``做好规划信息公开主动公开规划纲要。``), and how long such a title is.

    One decision for the document: where a third of the run-together rows
    or more have a boundary with strong evidence (a requirement's opening
    after a title's close), the rows give titles, and the median length of
    the titles whose boundary stands clear of every other is returned: the
    length every row's title is sought near.  None where they are fewer
    (the first column holds headings, the rows their requirement) or where
    most rows close their title with a full stop.  ``row_texts``: the text
    cells of each row run together (None: a row that shows none)."""
    texts = [t for t in row_texts if t is not None]
    found = [_title_evidence(_closed(t)) for t in texts if not _first_sentence(t)[1]]
    if len(found) * 2 < len(texts):
        return None  # most titles end with a full stop: the rest are no titles run in
    strong = [at for score, _, at in found if score >= _STRONG]
    certain = [at for score, lead, at in found if score >= _ENOUGH and lead >= _CLEAR]
    if len(found) < 2 or not strong:
        return None
    every = all(score >= _ENOUGH for score, _, _ in found)  # each row has a title's evidence
    if len(strong) < _SOME * len(found) and not (every and len(strong) >= 2):
        return None
    return float(statistics.median(certain or strong))


_PUNCTUATION: Final = re.compile(r"[，,、；;。：:]")


def _shared_start(a: str, b: str) -> str:
    """What ``a`` and ``b`` both open with."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[:k]


def _heading_end(text: str) -> int:
    """Where a heading cell a row writes before its text ends, in a table
    whose rows write their headings again (:func:`repeated_headings`): before
    the last requirement's verb within a heading's length (``政务公开基础|做好…``),
    the heading not opening with one; 0 where none is."""
    if text.startswith(_HEADING_VERBS):
        return 0
    for k in range(min(_MAX_HEADING, len(text) - 2), 1, -1):
        if text.startswith(_HEADING_VERBS, k) and not _PUNCTUATION.search(text, 0, k):
            return k
    return 0


def repeated_headings(row_texts: Sequence[str | None]) -> frozenset[str]:
    """The heading cells (类别) rows run together write again on every row of
    their group, before their text: what two rows in a row open with, up to
    a requirement's verb both open with after it (``招生入学|公开义务…``,
    ``招生入学|公开中考…``), a title's length, no punctuation, not opening with
    a verb itself.  ``row_texts``:
    the text cells of each row run together (None: a row that shows none)."""
    pairs = itertools.pairwise(row_texts)
    return frozenset(c for a, b in pairs if a and b and (c := _cell_before_verb(a, b)))


def repeated_kinds(bodies: Sequence[str]) -> frozenset[str]:
    """The cells of a column of kinds (任务类型: 常规、重点、新增) that rows run
    together write between their number and their text: what any two rows
    open with before requirements' verbs, as :func:`repeated_headings`
    finds a heading cell in rows next to each other.  A kind may read as a
    verb itself, its rows go on with verbs of their own (重点|公开…,
    重点|做好…).

    >>> rows = ["常规公开政策文件。", "重点做好解读。", "常规公开名单。", "重点公开报告。"]
    >>> sorted(repeated_kinds(rows))
    ['常规', '重点']
    """
    rows = [b.strip() for b in bodies if b.strip()]
    pairs = itertools.combinations(rows, 2)
    return frozenset(c for a, b in pairs if (c := _cell_before_verb(a, b, kind=True)))


def _cell_before_verb(a: str, b: str, *, kind: bool = False) -> str:
    """The cell two rows both open with before a requirement's verb they
    both go on with (a heading's length, no punctuation, not opening with a
    verb itself), or the empty string.  A ``kind`` may open with a verb and
    its rows go on with verbs of their own."""
    shared = _shared_start(a, b)[: _MAX_HEADING + 2]
    if shared.startswith(_HEADING_VERBS) and not kind:
        return ""  # (two requirements opening alike: 做好政务公开…)
    for k in range(len(shared) - (0 if kind else 1), 1, -1):
        if kind:
            goes_on = a.startswith(_HEADING_VERBS, k) and b.startswith(_HEADING_VERBS, k)
        else:
            goes_on = shared.startswith(_HEADING_VERBS, k)
        if goes_on and not _PUNCTUATION.search(shared, 0, k):
            return shared[:k]
    return ""


def titles_on_their_lines(bodies: Sequence[str], roles: Sequence[str]) -> bool:
    """Whether every row of a table copied one cell per line shows its
    first cell after its number, a title, all different, and a cell for every
    column up to its last unit or deadline column (公开事项 | 公开内容 | …:
    each row's own title, no heading merged over rows, which a copy writes
    on the first of its rows only).  ``roles``: the header's."""
    after = [r for r in roles if r != "number"]
    columns = max((k for k, r in enumerate(after) if r not in _KEPT_BESIDE), default=0) + 1
    firsts = []
    for body in bodies:
        lines = [c.strip() for c in body.split("\n")[1:] if not _SEPARATOR_LINE.fullmatch(c)]
        while lines and not lines[-1]:
            lines.pop()
        if not lines or not lines[0] or len(lines) < columns or _sentence_cell(lines[0]):
            return False  # (a sentence first: the row lost a merged title before it)
        firsts.append(lines[0])
    return len(firsts) >= _LEAST_TITLED and len(set(firsts)) == len(firsts)


def headings_own_rows(row_texts: Sequence[str | None]) -> bool:
    """Whether every row of a table whose heading column (重点工作, 类别)
    stands before its text column, the cells run together, opens with a
    title of its own, all different: the heading column titles each row's
    task, it is no heading merged over rows (whose rows after the first open
    with their requirement).  A row's title is certain where its
    requirement's numbered points follow it or the text gives strong
    evidence for its end (:func:`_title_evidence`).  ``row_texts``: the
    text cells of each row run together (None: a row that shows none)."""
    titles = []
    for text in row_texts:
        if text is None:
            return False
        points = _points_start(text)
        score, _, at = _title_evidence(_closed(text))
        if points is None and score < _STRONG:
            return False
        titles.append(text[: points if points is not None else at])
    return len(titles) >= 2 and len(set(titles)) == len(titles)


def titles_run_in(bodies: Sequence[str], learned: frozenset[str] = frozenset()) -> bool:
    """Whether the rows give titles run into their requirement (:func:`learn_titles`)."""
    return learn_titles(bodies, learned) is not None


def _subject_out(
    body: str, found: tuple[int, int, list[str]], layout: Layout
) -> tuple[int, int, list[str]]:
    """The unit cells without a last one that is the subject of the requirement
    after them: more cells than unit columns, the last written right after
    the one before and right before a verb of a relative clause
    (``…省直各部门省政府及省直各部门制定的政策文件…``)."""
    start, end, cells = found
    if not layout.has_after_units or len(cells) <= len(layout.unit_roles):
        return found
    last = body.rfind(cells[-1], start, end)
    if last <= start or not body[last - 1].isalnum() or not _RELATIVE.match(body, end):
        return found
    return start, last, cells[:-1]


def _cut_units_at_end(body: str) -> int | None:
    """Where the unit cell of a row a page cut inside it starts, after the
    requirement's last full stop (``…常态化。 政策法规科、登记注册科、信用监管``:
    names, then the start of one the page did not keep), or None."""
    stop = body.rfind("。")
    tail = body[stop + 1 :].strip() if stop >= 0 else ""
    if not tail or cut_names_end(tail) is None:
        return None
    return body.index(tail, stop + 1)


def _with_cut_units(body: str, start: int, layout: Layout) -> Fields:
    """A row's fields where its unit cell is cut at ``start`` (see :func:`_cut_units_at_end`)."""
    fields = Fields(text=body[:start].strip())
    assign_units(fields, [body[start:].strip()], layout, True)
    return fields


def _with_tail(
    body: str, run: UnitRun, cells: list[str], layout: Layout
) -> tuple[int, int, list[str]]:
    """The unit cells ``run`` gives, the row's end joined to the last where it
    is a name the grammar does not end and no text column follows the units."""
    tail = body[run.end :].strip()
    if layout.has_after_units or not is_units(tail):
        return run.start, run.end, cells
    return run.start, len(body.rstrip()), [*cells[:-1], cells[-1] + tail]


def split_texts(text: str, layout: Layout) -> Fields:
    """A row's text cells run together (``text``), split into the header's
    text columns: a heading cell given once over its rows, the task's title
    and its requirement (the note)."""
    fields = Fields(text=text)
    if layout.heading_first and layout.texts_before_units >= _HEADED_TITLES:
        title, fields.note = _title_and_requirement(text, layout.title_length, column=True)
        fields.heading_before, fields.text = _heading_in_title(title)
    elif layout.heading_first and not layout.own_titles:
        known = max((h for h in layout.headings if text.startswith(h)), key=len, default="")
        if known:  # (a heading cell the rows write again on every row of its group)
            fields.heading_before, fields.text = known, text[len(known) :]
        elif layout.headings and (k := _heading_end(text)):  # (…, or in one row)
            fields.heading_before, fields.text = text[:k], text[k:]
        else:
            fields.heading_before, fields.text = _heading_cell(text)
    elif layout.texts_before_units >= 2:
        fields.text, fields.note = _task_and_requirement(text, layout.titled, layout.title_length)
    return fields


def _labelled_units(body: str) -> tuple[int, int, dict[str, str]] | None:
    """A unit cell written as labelled clauses inside a run-together row
    (``…解读材料。牵头科室：政策法规科；配合科室：各科室2023年6月底前``): where
    it starts and ends (from its first label to the end of the names after
    its last) and the names of each field (``lead``, ``assist``, ``resp``)."""
    labels = [m for m in FIELD_RE.finditer(body) if names_units(m) and m.start() > 0]
    if not labels:
        return None
    run = run_at(body, labels[-1].end())
    if run is None:
        return None
    _, found = inline_fields(body[labels[0].start() : run.end])
    return (labels[0].start(), run.end, found) if found else None


def _with_labelled_units(
    body: str, labelled: tuple[int, int, dict[str, str]], layout: Layout
) -> Fields:
    """A run-together row's fields around its unit cell of labelled clauses."""
    start, end, found = labelled
    fields = split_texts(body[:start].strip(), layout)
    fields.lead = found.get("lead", "")
    fields.resp = "；".join(found[k] for k in ("assist", "resp") if found.get(k))
    fields.resp_owns, fields.roles_labelled = not found.get("assist"), True
    _after_units(fields, body[end:].strip(), layout)
    return fields


def _run_together(body: str, layout: Layout, learned: frozenset[str]) -> Fields:
    body = body.rstrip().rstrip("；;")  # (a row closed as a clause: …办公室及时更新；)
    labelled = _labelled_units(body) if len(layout.unit_roles) == 1 else None
    if labelled is not None:
        return _with_labelled_units(body, labelled, layout)
    found = _anchored(body, learned, layout.repeated) or _ditto_units(body)
    if found is None:
        run = best_run(body, learned, closing=not layout.has_after_units, repeated=layout.repeated)
        if run is None and (known := _known_closing(body, layout)) is not None:
            return _around_units(body, known, layout, learned)
        if run is None and (cut := _cut_units_at_end(body)) is not None:
            return _with_cut_units(body, cut, layout)
        if run is None:
            return _without_units(body.strip(), layout)
        run = _known_first_name(body, run, layout.names)
        if len(layout.unit_roles) == 1:
            run = _without_event_cell(body, run)
        # a space before the units shows the cell before them empty, unless
        # spaces separate the units' own cells too (a page that spaces every cell)
        spaced = any(body[a - 1].isspace() for a, _ in run.cells[1:])
        lead_empty = body[run.start - 1 : run.start].isspace() and not spaced
        cells = [run.text(c) for c in run.cells] if lead_empty else split_learned(run, learned)
        if lead_empty and len(cells) > 1:
            cells = [run.text()]
        elif len(cells) == 1 and len(layout.unit_roles) >= 2 and not lead_empty:
            cells = _body_and_divisions(cells[0])
        found = _with_tail(body, run, cells, layout)
    start, end, cells = _subject_out(body, found, layout)
    if len(layout.unit_roles) == 1:
        cells = [body[start:end]]  # one unit column: the cell as written
    return _around_units(body, (start, end, cells), layout, learned)


def _without_event_cell(body: str, run: UnitRun) -> UnitRun:
    """``run`` without its last cell where that cell opens the deadline cell
    that closes the row, the body whose act a count starts from
    (``财政审计科　区人大常委会审议后30日内``): under one unit column, a cell
    apart from the units' is the next column's."""
    if len(run.cells) < 2:
        return run
    last = run.cells[-1][0]
    rest = body[last:].rstrip()
    if deadline_cells(rest) != [(0, len(rest))]:
        return run
    return run.cut(run.cells[-2][1]) or run


def _ditto_units(body: str) -> tuple[int, int, list[str]] | None:
    """A unit cell printed as a ditto right after the text's closing stop
    (``…审批结果。同上办结后7个工作日内``): where it starts and ends, and the cell."""
    for m in DITTO.finditer(body, 1):
        if body[m.start() - 1] in _TEXT_CLOSES:
            return m.start(), m.end(), [m.group()]
    return None


_TEXT_CLOSES: Final = (*SENTENCE_END, "”", "）", ")")


def _around_units(
    body: str, found: tuple[int, int, list[str]], layout: Layout, learned: frozenset[str]
) -> Fields:
    """A run-together row's fields around its unit cells (``found``: where
    they start and end, and the cells): the text cells before, the deadline
    and notes after."""
    start, end, cells = found
    fields = split_texts(body[:start].strip(), layout)
    # one cell holding a cell the document repeats is that cell's column
    alone = len(cells) == 1 and squeeze(cells[0]).endswith(tuple(learned))
    assign_units(fields, cells, layout, alone or body[start - 1 : start].isspace())
    _after_units(fields, body[end:].strip(), layout)
    return fields


_MAX_ITEM: Final = 12


# a role word alone between the unit cell and the next cell (a gap after it)
_ROLE_CLOSING: Final = re.compile(rf"({ROLE_WORD.pattern})(?:\s+|$)")


def _list_goes_on(rest: str) -> tuple[str, str]:
    """The names that go on with a unit cell after a list separator, and what follows.

    A name the grammar reads (``，中央驻闽有关机构``) goes on with the cell
    however the text goes on; one it cannot (a misspelt name) only where a
    short piece ends the row.
    """
    run = run_at(rest, len(rest) - len(rest[1:].lstrip()))  # after the separator and spaces
    if run is not None:
        return rest[: run.end], rest[run.end :].strip()
    piece, _, after = rest.partition(" ")
    cut = _names_end(piece)
    names = piece[:cut]
    short = len(names) <= 2 * _MAX_ITEM and all(
        len(name) <= _MAX_ITEM for name in _LIST_ITEM_BREAK.split(names)
    )
    if short and not any(ch in names for ch in SENTENCE_END):
        return names, f"{piece[cut:]} {after}".strip()
    return "", rest


def _names_end(piece: str) -> int:
    """Where the names that go on with a unit cell end in a piece with no
    space: before the deadline cell that closes it (``、政府网站|年底前``), or
    before a deadline word run right after a role word (``各政策起草部门负责|及时``);
    ``len(piece)`` where neither is."""
    spans = deadline_cells(piece)
    if spans and spans[-1][1] == len(piece) and spans[-1][0] > 1:
        return spans[-1][0]
    for m in ROLE_WORD.finditer(piece):
        if m.end() < len(piece) and is_deadline(piece[m.end() :]):
            return m.end()
    return len(piece)


def _first_sentence(text: str) -> tuple[str, str]:
    """A task cell and the requirement cell after it, run together: the first
    sentence and the rest (``主动公开规划纲要。通过门户网站集中展示。``)."""
    k = text.find("。")
    if 0 < k < len(text) - 1:
        return text[: k + 1], text[k + 1 :].strip()
    return text, ""


_POINT_STYLES: Final = frozenset(("num_dot", "num_comma", "num_paren", "circled"))
_POINT_ONES: Final = "1１①⑴⒈"  # how a first point's number is written
_POINT_BREAK: Final = "；;。，,"  # what closes a point before the next (…；2.…)


def _points_start(text: str) -> int | None:
    """Where a requirement cell's numbered points start inside ``text``: a
    label numbered 1 past its first characters, then one of its style
    numbered 2 after a point's close (``1.…；2.…``, ``（1）…；（2）…``,
    ``①…②…``); None where no such points are."""
    if not any(one in text for one in _POINT_ONES):
        return None  # (no point numbered 1: the labels are not looked for)
    hits = [h for h in find_labels(text) if h.style in _POINT_STYLES and not h.weak]
    for first in (h for h in hits if h.number == 1 and h.start >= 2):
        if any(_next_point(text, first, h) for h in hits):
            return first.start
    return None


def _next_point(text: str, first: LabelHit, hit: LabelHit) -> bool:
    """Whether ``hit`` is the point numbered 2 after ``first``, after a point's close."""
    if hit.style != first.style or hit.number != 2 or hit.start <= first.end:
        return False
    return hit.style == "circled" or text[hit.start - 1] in _POINT_BREAK


def _task_and_requirement(text: str, titled: bool, length: float = 0.0) -> tuple[str, str]:
    """A task cell and the requirement cell after it, run together: split
    before the requirement's own first numbered point (``依申请公开办理|1.规范
    受理；2.…``), after the first sentence, at a space (a page that separates
    cells by spaces), or, in rows that give titles, where the title stops."""
    points = _points_start(text)
    if points is not None:
        return text[:points], text[points:]
    first, rest = _first_sentence(text)
    if rest:
        return first, rest
    parts = text.split(None, 1)
    if len(parts) == 2:
        return parts[0], parts[1]
    if not titled:
        return text, ""
    return _title_and_requirement(text, length, column=True)


def _last_cell(rest: str) -> list[str]:
    """The text after the units and its last cell: after the last space, or
    after the last sentence (``…办理流程和结果。持续推进``)."""
    parts = rest.rsplit(None, 1)
    if len(parts) == 2:
        return parts
    k = max(rest.rfind(ch) for ch in SENTENCE_END)
    return [rest[: k + 1], rest[k + 1 :]] if 0 < k < len(rest) - 1 else [rest]


def _after_units(fields: Fields, rest: str, layout: Layout) -> None:
    """What follows the unit cells: a deadline cell, a requirement or note column."""
    if not rest:
        return
    if rest[0] in SENTENCE_END and (fields.resp or fields.lead):
        rest = _closing_stop(fields, rest)  # the unit cell's own full stop (…办理。)
    if rest and rest[0] in _LIST_SEPARATORS and (fields.resp or fields.lead):
        piece, rest = _list_goes_on(rest)
        if fields.resp:
            fields.resp += piece
        else:
            fields.lead += piece
        if not rest:
            return
    role = _ROLE_CLOSING.match(rest) if fields.resp else None
    if role is not None:  # (the last name's role, a gap after it: …办公室配合　检查结束后…)
        fields.resp += role.group(1)
        rest = rest[role.end() :]
        if not rest:
            return
    cut = _deadline_then_note(rest) if layout.note_after_deadline else None
    if cut is not None and layout.roles[-1] == "status":
        fields.deadline, fields.status = cut  # (是否完成: kept beside the task)
        return
    if cut is not None:
        fields.deadline, fields.note = cut
        return
    whole = "deadline" in layout.roles and deadline_cells(rest) == [(0, len(rest))]
    *before, last = _last_cell(rest) if "deadline" in layout.roles and not whole else [rest]
    if before and is_deadline(last):
        fields.deadline, rest = last, before[0]
    elif "deadline" in layout.roles and (
        is_deadline(rest) or is_unread_time_cell(rest) or is_ditto(rest) or is_count_cell(rest)
    ):
        fields.deadline, rest = rest, ""  # (汛前: the deadline cell as written, unread)
    if not rest:
        return
    if layout.has_after_units:
        fields.note = rest
    else:
        fields.text = f"{fields.text}\n{rest}"


def _deadline_then_note(rest: str) -> tuple[str, str] | None:
    """A deadline cell and the note cell after it, run together
    (``2023年6月底前延续``, ``调整前5日新增``): the deadline the grammar reads
    from the start, and what follows unless it goes on with the deadline's
    own words (``2023年6月底前完成``).  An event's first words may stand
    before the span the grammar reads (公报|发布后5个工作日内)."""
    ends = [b for a, b in deadline_cells(rest) if event_opens(rest[:a]) and b < len(rest)]
    if not ends:
        return None
    end = max(ends)
    note = rest[end:].strip()
    # (a second deadline cell is no note; a sentence opening with a date is one)
    deadline = is_deadline(note) and not note.endswith(tuple(FULL_STOPS))
    if not note or note.startswith(DEADLINE_GOES_ON) or deadline:
        return None
    return rest[:end], note


_EVENT_WORDS: Final = 4  # characters of an event's first words a deadline's span leaves out
_EVENT_OPENING: Final = re.compile(rf"[\u4e00-\u9fff]{{0,{_EVENT_WORDS}}}")


def event_opens(words: str) -> bool:
    """Whether ``words`` may open the event a deadline counts from, left out
    of the span the deadline grammar reads (公报|发布后5个工作日内): a few Han
    characters, or none."""
    return _EVENT_OPENING.fullmatch(words) is not None


def _closing_stop(fields: Fields, rest: str) -> str:
    """The full stop that closes the unit cell, given back to it; what follows."""
    stop = len(rest) - len(rest.lstrip(SENTENCE_END))
    if fields.resp:
        fields.resp += rest[:stop]
    else:
        fields.lead += rest[:stop]
    return rest[stop:].strip()


def _without_units(body: str, layout: Layout) -> Fields:
    """A run-together row without unit cells: it shares merged ones above, and
    may still show its own deadline cell last (``…收费标准。每学期``)."""
    deadline = ""
    if "deadline" in layout.roles:
        *before, last = _last_cell(body)
        if before and is_deadline(last) and not any(ch in last for ch in "，,；;"):
            deadline, body = last, before[0]  # a cell, not a clause (…,持续优化…)
    if not layout.has_after_units:
        return Fields(text=body, deadline=deadline)
    title, requirement = _title_and_requirement(body)
    return Fields(text=title, note=requirement, deadline=deadline)


def _cells(body: str, layout: Layout, learned: frozenset[str]) -> Fields:
    raw = body.split("\n")
    cells = [c.strip() for c in raw if c.strip()]
    fields = Fields(text=cells[0] if cells else "")
    fields.shown_empty = _empty_before_deadline(raw[1:-1])
    unit_cells: list[str] = []
    after: list[str] = []
    for k, cell in enumerate(cells[1:], start=1):
        glued = _units_then_deadline(cell) if layout.unit_roles and not unit_cells else None
        if glued is not None and not after and not fields.deadline:
            unit_cells.append(glued[0])  # a unit cell and the deadline cell run together
            fields.deadline, fields.units_glued = glued[1], True
        elif (is_units(cell) or (k == len(cells) - 1 and is_cut_units(cell))) and not after:
            unit_cells.append(cell)
        elif "status" in layout.roles and _progress_cell(cell, bool(unit_cells), fields, layout):
            fields.status = cell
        elif is_deadline(cell) and not fields.deadline:
            fields.deadline = cell  # a second deadline-like cell is the note's (全年不少于2次)
        elif not unit_cells and not after and not _names_units_loosely(cell, layout):
            fields.text = f"{fields.text}\n{cell}"
        else:
            after.append(cell)
    if not unit_cells and after and _names_units_loosely(after[0], layout):
        unit_cells.append(after.pop(0))  # 县直各政策起草部门: a name the grammar cannot read
    if unit_cells:
        if len(unit_cells) == 1 and len(layout.unit_roles) >= 2:
            run = find_unit_runs(unit_cells[0])
            if len(run) == 1 and len(run[0].cells) >= 2:
                unit_cells = split_learned(run[0], learned)
        assign_units(fields, unit_cells, layout, lead_empty=False)
    if len(after) > layout.notes_after_units and _heading_like(after[-1]):
        fields.heading_after = after.pop()  # (cells past the row's note columns: a heading's)
    if (
        layout.heading_first
        and "\n" in fields.text
        and fields.text.count("\n") + 1 >= layout.texts_before_units
    ):
        # every text column shown, the heading's too: its cell is given once, over its rows
        fields.heading_before, fields.text = fields.text.split("\n", 1)
    if layout.texts_before_units >= 2 and "\n" in fields.text:
        first, rest = fields.text.split("\n", 1)
        if _labelled_heading(first):  # a heading cell with its label (一、…) in a text column
            fields.heading_before, fields.text = first, rest
        else:  # 工作任务 | 工作要求 before the units: the task and its requirement (the note)
            fields.text = first
            after.insert(0, rest)
    fields.note = "\n".join(after)
    return fields


def _units_then_deadline(cell: str) -> tuple[str, str] | None:
    """A unit cell and a deadline cell run together on a row's line
    (``财务股批复后20日内``, ``各设区市、平潭综合实验区长期坚持``): the names
    from the cell's start and the deadline cell right after them, or the
    deadline after names each ending as a particular office does (局, 股,
    中心: not 县政府常务会|议审议后…); else None."""
    run = run_at(cell, 0)
    if run is None or run.end >= len(cell):
        return None
    rest = cell[run.end :].strip()
    end = len(cell.rstrip())
    cells = deadline_cells(cell)
    if any(a == run.end and b >= end for a, b in cells):  # (…实验区|长期坚持)
        return run.text(), rest
    return (run.text(), rest) if run.specific == len(run.units) and is_deadline(rest) else None


def _names_units_loosely(cell: str, layout: Layout) -> bool:
    """Whether the first cell after a row's text, in a table with unit
    columns, names units though the grammar reads no name in it: a list
    whose names end as units do (县直各政策起草部门), or as many units at
    least as short names it does not read (政务公开指导办、政府网站), no
    sentence."""
    if not layout.unit_roles or any(ch in cell for ch in SENTENCE_END):
        return False
    loose = looks_like_responsibility(cell) or _names_with_units(cell)
    return loose and not is_deadline(cell)


_OTHER_NAME: Final = 8  # characters of a name in a unit list that the unit grammar does not read


def _names_with_units(cell: str) -> bool:
    """Whether a cell lists names, the first a unit and as many units at
    least as names the unit grammar does not read, each of those short and
    saying nothing to do (``政务公开指导办、政府网站``: a website's team named
    for what it runs)."""
    items = [s.strip() for s in _NAME_LIST_SEP.split(cell.strip()) if s.strip()]
    if len(items) < 2 or not is_units(items[0]):
        return False
    others = [s for s in items if not is_units(s)]
    if 2 * len(others) > len(items):
        return False
    return all(len(s) <= _OTHER_NAME and _SAYING.search(s) is None for s in others)


def _labelled_heading(cell: str) -> bool:
    """Whether a cell opens with the label of a part or a sub-part (一、, （一）)."""
    label = parse_label(cell)
    return label is not None and label.rank <= LABEL_RANKS["cn_paren"]


def _empty_before_deadline(cells: Sequence[str]) -> bool:
    """Whether a row shows a cell empty where its unit cells would stand:
    before its deadline cell (an empty 备注 after it says nothing of them)."""
    for cell in cells:
        if not cell.strip():
            return True
        if is_deadline(cell):
            return False
    return False


def _progress_cell(cell: str, after_units: bool, fields: Fields, layout: Layout) -> bool:
    """Whether a cell of a row with a progress column holds its value: a
    progress word after the units (已完成), a second deadline-like cell
    after the deadline (``长期坚持`` then ``持续推进``), or any cell after the
    units where the progress column is the only text column after them (not
    a deadline where the table has a deadline column)."""
    if fields.deadline and is_deadline(cell):
        return True
    if after_units and layout.progress_after_units:
        return "deadline" not in layout.roles or bool(fields.deadline) or not is_deadline(cell)
    return (after_units or bool(fields.deadline)) and is_status(cell)


def own_titles(bodies: Sequence[str], layout: Layout) -> bool:
    """Whether every numbered row (its 序号 first) of a table with two text
    columns before its units shows its own cell in the first of them, all
    different: titles of their tasks, not a heading merged over rows (given
    once, or written again on every row of its part).  Heading columns may
    stand before it (类别 | 公开事项 | 公开内容; their cells merged over rows
    are lost first); rows may lose cells merged over them further on (a unit
    or deadline cell), not most of them."""
    if "number" not in layout.roles or layout.texts_before_units < 2 or len(bodies) < 2:
        return False
    after = layout.roles[layout.roles.index("number") + 1 :]
    title = [k for k, r in enumerate(after) if r in ("text", "heading")][-2]
    units = next((k for k, r in enumerate(after) if r in ("lead", "assist", "resp")), len(after))
    # (a last column of notes or progress left empty shows no cell: the row is whole without it)
    kept = tuple(itertools.dropwhile(lambda r: r in ("note", "status"), after[::-1]))
    optional = len(after) - len(kept)
    firsts = []
    full = 0
    for k, body in enumerate(bodies, start=1):
        # every cell shown, an empty one too; a cell's own points one cell
        cells = join_points(body).split("\n")[1:-1]
        cells, _ = _heading_row_after(cells, after)
        # heading cells before the title (类别) are lost first: merged over rows
        lost = len(after) - len(cells)
        own = cells[title - lost if 0 < lost <= title else title :]
        droppable = optional if _in_their_columns(own, after[title:]) else 0
        if not _own_title(own, len(after) - title, droppable):
            if k == len(bodies) and len(cells) <= units:
                continue  # the last row, cut by the page's end before its units
            return False
        full += len(own) >= len(after) - title - optional
        firsts.append(squeeze(own[0]))
    return len(firsts) >= 2 and 2 * full >= len(bodies) and len(set(firsts)) == len(firsts)


def titles_unnumbered(bodies: Sequence[str], layout: Layout) -> bool:
    """Whether the rows of a table that numbers nothing, with two text columns
    before its units named as a task's (工作任务 | 目标和要求, not 类别 or
    重点工作), show their own first text cell: every row shows every text
    column, or its first cell is no sentence and shorter than the next (a
    requirement read as units), their first cells all different — the
    tasks' titles, the next cell their requirement (the note).  A cell merged
    over rows is shown in its first row only: the rows after it lack it."""
    before = layout._roles_before_units
    texts = [r for r in before if r in ("text", "heading")]
    if len(texts) < 2 or texts[-2] != "text" or len(bodies) < 2:
        return False
    firsts = []
    for body in bodies:
        cells = [c.strip() for c in body.split("\n") if c.strip()]
        k = _first_unit_cell(cells, layout.role_sentences)
        first = max(0, k - 2)  # the title and the requirement right before the units
        title = cells[first : first + 2]
        if len(title) < 2 or "。" in title[0] or len(title[0]) >= len(title[1]):
            return False  # a row that lost its title shows its requirement first
        firsts.append(squeeze(title[0]))
    return len(set(firsts)) == len(firsts)


def _first_unit_cell(cells: Sequence[str], sentences: bool) -> int:
    """Where a row's first unit cell stands among its cells (their number if none)."""
    for i in range(1, len(cells)):
        if cells[i] and is_unit_cell(cells[i], cells[i - 1], sentences):
            return i
    return len(cells)


def _in_their_columns(cells: Sequence[str], roles: Sequence[str]) -> bool:
    """Whether each of a row's cells, from its first, holds what its column
    does (no units in a text column, units in a unit column, a deadline in
    the deadline column): a row that dropped only its last cells, not one
    that lost a merged cell before them."""
    for cell, role in zip(cells, roles, strict=False):
        c = cell.strip()
        if c and role in ("text", "heading") and is_units(c):
            return False
        if c and role in ("lead", "assist", "resp") and not looks_like_responsibility(c):
            return False
        if c and role == "deadline" and not is_deadline(c):
            return False
    return True


def _own_title(cells: Sequence[str], columns: int, optional: int = 0) -> bool:
    """Whether a numbered row's first cell may be its own title: in a row
    that shows every column (the ``optional`` last ones aside: notes or
    progress left empty), any (a task's own sentence: 公开企业名录。 |
    1.公开…；2.公开…。); in a row that lost cells, no sentence, and shorter
    than the requirement after it (a row that lost its title shows the
    requirement first)."""
    if not 2 <= len(cells) <= columns or not cells[0].strip():
        return False
    whole = len(cells) >= columns - optional
    return whole or ("。" not in cells[0] and len(cells[0]) < len(cells[1]))


def _from_title(roles: Sequence[str]) -> int:
    """How many of the text columns ``roles`` ends with stand from the title's
    on (工作任务 | 具体措施: both; 类别 | 公开事项 | 公开内容: the last two)."""
    texts = [k for k, r in enumerate(roles) if r in ("text", "heading")]
    return len(roles) - texts[-2] if len(texts) >= 2 else len(roles)


def _complete_row(cells: Sequence[str], roles: Sequence[str]) -> bool:
    """Whether a row's cells stand in the header's columns: one cell per
    column, or all up to the last unit column (a row ends early where its
    last cells are empty); a cell in a unit column names units or is empty
    (else the row lost merged cells before it: 已完成 is no unit)."""
    if not any(r in ("text", "heading") for r in roles) or len(cells) > len(roles):
        return False
    units = [k for k, r in enumerate(roles) if r in ("lead", "assist", "resp")]
    if any(k < len(cells) and cells[k].strip() and _not_units(cells[k]) for k in units):
        return False
    if "status" in roles and any(k < len(cells) and _persons_only(cells[k]) for k in units):
        return False  # (a 分管领导 cell in a unit column: an empty cell before it was lost)
    return len(cells) == len(roles) or (bool(units) and len(cells) > units[-1])


def _persons_only(cell: str) -> bool:
    """Whether a cell names people and no unit (副主任钱**, 张**)."""
    cell = cell.strip()
    return bool(cell) and names_persons(cell) and not is_units(cell)


def _heading_merged(cells: list[str], roles: Sequence[str]) -> list[str]:
    """A row's cells, one a column; where the heading column holds a
    requirement sentence and the text column after it nothing, the heading
    cell is merged above (given once, in the first row under it): the cells
    stand one column further on."""
    k = roles.index("heading") if "heading" in roles else -1
    if k < 0 or k + 1 >= len(roles) or roles[k + 1] != "text" or cells[-1].strip():
        return cells
    if _sentence_cell(cells[k]) and not cells[k + 1].strip():
        return ["", *cells[:-1]] if k == 0 else [*cells[:k], "", *cells[k:-1]]
    return cells


def _sentence_cell(cell: str) -> bool:
    """A cell that holds a sentence (one a page cut, too): no heading's."""
    return any(ch in cell for ch in SENTENCE_END) or len(cell.strip()) > _MAX_TITLE


def _not_units(cell: str) -> bool:
    """Whether a cell in a unit column clearly names no unit: a progress word."""
    return is_status(cell) and not is_units(cell)


def _blank_after(cells: Sequence[str], roles: Sequence[str]) -> list[str]:
    """A row's cells without the empty lines after its last column's (a
    blank line between rows), where that column's cell is shown: a deadline
    column's reads as a deadline (else the empty line is that cell)."""
    out = list(cells)
    while len(out) > len(roles) and not out[-1].strip():
        out.pop()
    if len(out) < len(cells) and roles[-1:] == ("deadline",) and not is_deadline(out[-1]):
        return list(cells)
    return out


def _heading_row_after(cells: Sequence[str], roles: Sequence[str]) -> tuple[list[str], str]:
    """A numbered row's cells less one heading-like cell after its last
    column, and that cell: a heading row given once over the rows after it
    (a 类别 cell before the next 序号)."""
    last = cells[-1].strip() if cells else ""
    heading = _heading_like(last) and not (is_units(last) or is_deadline(last))
    if len(cells) == len(roles) + 1 and heading:
        return list(cells[:-1]), last
    return list(cells), ""


def _by_position(pieces: Sequence[str], roles: Sequence[str], titles: bool = False) -> Fields:
    """A complete row after its serial number: each cell is its column's.

    Text columns before the last one (工作任务 | 具体措施) are headings, one
    level each (their cells on lines of ``heading_before``, the top first);
    where every row shows its own (``titles``), the first text column holds
    the task's title and the last its requirement (the note).
    """
    fields = Fields()
    # (工作任务 | 责任单位 | 工作要求: a column of text after the units is the note)
    roles = [r or "other" for r in requirements_after_units(roles)]
    texts = [k for k, r in enumerate(roles) if r in ("text", "heading")]
    title = texts[-2] if titles and len(texts) >= 2 else None
    for k, (cell, role) in enumerate(zip(pieces, roles, strict=True)):
        cell = cell.strip()
        if k == title:
            fields.text = cell
        elif role in ("text", "heading") and k == texts[-1] and title is not None:
            fields.note = f"{cell}\n{fields.note}".strip()
        elif role in ("text", "heading"):
            if k == texts[-1]:
                fields.text = cell
            elif cell:
                fields.heading_before = f"{fields.heading_before}\n{cell}".lstrip("\n")
        elif role == "lead":
            fields.lead, fields.lead_empty = cell, not cell
        elif role == "supervise":
            fields.supervise = cell
        elif role in ("resp", "assist"):
            fields.resp = f"{fields.resp}；{cell}" if fields.resp and cell else fields.resp or cell
        elif role == "deadline":
            fields.deadline = cell
        elif role == "status":
            fields.status = cell
        elif cell:
            fields.note = f"{fields.note}\n{cell}".strip()
    fields.shown_empty = not (fields.lead or fields.resp)
    return fields


def fit_row(body: str, layout: Layout) -> Fields | None:
    """A row of a table that numbers nothing, fitted to the header's columns.

    Its unit cells anchor it: the cells before them are its text columns,
    and where it has fewer than the header, the missing ones are the first
    (a heading cell merged over rows is given once, in the first row); a
    row with no unit cell shares those of the row above (unless a page cut
    it inside its requirement).  None when the row does not fit.
    """
    cells = [c.strip() for c in body.split("\n") if c.strip()]
    return _fit(cells, layout.roles, layout.role_sentences, titles=layout.own_titles)


def _fit(
    cells: Sequence[str], roles: Sequence[str], sentences: bool = False, titles: bool = False
) -> Fields | None:
    """See :func:`fit_row`; an empty cell after the unit cells holds its column
    (an empty 配合单位 before the deadline), one before them is no cell.  A row
    that shows every text cell keeps its own title first where the table's
    rows show ``titles``."""
    first = _first_unit_cell(cells, sentences)
    cells = [c for i, c in enumerate(cells) if c or i > first]
    cut = len(cells) - (len(cells) > 1 and is_cut_units(cells[-1]))  # a page cut in the units
    k = _first_unit_cell(cells[:cut], sentences)
    units = [i for i, r in enumerate(roles) if r in ("lead", "assist", "resp")]
    if units and k > units[0] and all(_heading_like(c) for c in cells[: k - units[0]]):
        # more heading cells than the header names: its first cell spans them
        roles = ("heading",) * (k - units[0]) + tuple(roles)
        units = [u + k - units[0] for u in units]
    if not units or not 0 < k <= units[0]:
        return None
    tail = _placed(cells[k:], roles[units[0] :])
    if tail is None:
        return None
    pieces = [""] * (units[0] - k) + list(cells[:k]) + tail
    fields = _by_position(pieces, roles, titles and k >= _from_title(roles[: units[0]]))
    # no unit cell: they are merged above, unless the row was cut mid-sentence
    whole = cells[k - 1].endswith(tuple(SENTENCE_END))
    fields.shown_empty = fields.shown_empty and (len(cells) > k or not whole)
    return fields


def _placed(cells: Sequence[str], roles: Sequence[str]) -> list[str] | None:
    """The cells from a row's first unit cell on, in the columns ``roles``: in
    order, but a deadline goes to the deadline column (the unit columns it
    skips are empty, shown as nothing), or, followed by the deadline cell, to
    a column the vocabulary does not know after the units (开始时间 |
    完成时间).  None when they do not fit."""
    out = [""] * len(roles)
    i = 0
    for k, cell in enumerate(cells):
        if cell and is_deadline(cell) and "deadline" in roles[i:]:
            i = _time_column(roles, i, k + 1 < len(cells) and is_deadline(cells[k + 1]))
        if i >= len(out):
            return None
        out[i] = cell
        i += 1
    return out


def _time_column(roles: Sequence[str], i: int, time_follows: bool) -> int:
    """The column from ``i`` on a time cell stands in: past the unit columns,
    in a column of another kind where the deadline's cell follows, else the
    deadline column."""
    j = i
    while j < len(roles) and roles[j] in UNIT_COLUMN_ROLES:
        j += 1
    if time_follows and j < len(roles) and roles[j] == "other":
        return j
    return roles.index("deadline", i)


def _placed_after_text(
    cells: Sequence[str], roles: Sequence[str], titles: bool = False
) -> Fields | None:
    """A row with no unit cell, fitted by what its cells are: its text cells in
    place (its own title first where the table's rows show ``titles``), the
    rest from the first unit column on (a deadline to its column); its unit
    cells are merged above."""
    k = next((i for i, r in enumerate(roles) if r in ("lead", "assist", "resp")), None)
    if k is None or k > len(cells):
        return None
    tail = _placed([c.strip() for c in cells[k:]], roles[k:])
    if tail is None:
        return None
    fields = _by_position([*cells[:k], *tail], roles, titles)
    fields.shown_empty = False  # the unit cells are not there, not shown empty
    return fields


def _deadline_in_unit_column(cells: Sequence[str], roles: Sequence[str]) -> bool:
    """Whether a deadline cell stands in a unit column: the row is a cell
    short and its cells are fitted by what they are, not where they stand."""
    return any(
        r in ("lead", "assist", "resp") and c.strip() and is_deadline(c)
        for c, r in zip(cells, roles, strict=False)
    )


def _shifted(cells: Sequence[str], roles: Sequence[str]) -> bool:
    """Whether a row's unit cell stands left of the unit column: the row lost
    a merged cell before it (a heading given once) and its cells moved left."""
    units = [i for i, r in enumerate(roles) if r in ("lead", "assist", "resp")]
    k = next((i for i, c in enumerate(cells) if i and c.strip() and is_units(c)), None)
    return bool(units) and k is not None and k < units[0]


_OPENING = re.compile(
    r"(?<=[。；;])\s*[（(](?P<inner>[^（(）)。]*(?:[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+[）)][^（(）)。]*)*)$"
)


def cut_responsibility(text: str) -> tuple[str, list[str]]:
    """A trailing ``（…`` the page was cut inside: the responsibility as far as it goes.

    Only where the bracket opens after a sentence and its first name is a
    unit (``…。（国务院审改办、人力``): a page opening cut mid-way.
    """
    m = _OPENING.search(text.rstrip())
    if m is None:
        return text, []
    inner = m.group("inner").strip()
    first = _NAME_LIST_SEP.split(inner, maxsplit=1)[0]
    if not first or not is_units(first):
        return text, []
    return text[: m.start()].rstrip(), [inner]


def _points(lines: Sequence[str], i: int) -> int:
    """How many lines from ``lines[i]`` on are a cell's own numbered points:
    labels of one style counting 1, 2, 3 … (two at least), each a line."""
    k = i
    style = None
    while k < len(lines):
        label = parse_label(lines[k].strip())
        if label is None or label.number != k - i + 1 or style not in (None, label.style):
            break
        style = label.style
        k += 1
    return k - i if k - i >= 2 else 0


def join_points(body: str) -> str:
    """A row's body with the numbered points of a cell (``1.…`` ``2.…`` on
    lines of their own, counting from 1 inside the cell) joined on one line:
    they are one cell's text, not cells of their own."""
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        n = _points(lines, i)
        out.append("".join(x.strip() for x in lines[i : i + n]) if n else lines[i])
        i += n or 1
    return "\n".join(out)


_WRAP_CLOSES: Final = SENTENCE_END + "，,、：:）)”》"  # a line ending so ends a cell


_LEAST_TITLED: Final = 3  # rows that show their own titles to tell so
_KEPT_BESIDE: Final = ("note", "other", "status")  # columns a row may show empty
_SEPARATOR_LINE: Final = re.compile(r"\s*[|｜]\s*")
_CELL_CLOSES: Final = (*FULL_STOPS, "；", ";", "）", ")", "】", "”")
CELL_SEPARATORS: Final = ("|", "｜", "\t")  # what parts a line's cells


def join_wrapped_lines(body: str, columns: int) -> str:
    r"""A row copied one cell per line with more lines than its header has
    columns, each extra line taken as the end of a cell a narrow column
    wrapped (``公开…实施清单和`` / ``办事指南，动态调整。``, ``…便民服务中`` /
    ``心落实``) and joined to the line before: where that line is not closed
    (by a full stop or a bracket) and longer than the line after it, which
    is no cell of its own (a unit cell, a deadline, a label's line) but
    closes the sentence or the name the line opened, before the row's
    deadline (lines after it may be a heading row's); the longest first.

    >>> join_wrapped_lines("\n清单\n公开全区事项目录和\n办事指南。\n政务股\n每月\n", 4)
    '\n清单\n公开全区事项目录和办事指南。\n政务股\n每月\n'
    """
    lines = body.split("\n")
    shown = [k for k, line in enumerate(lines) if line.strip()]
    excess = len(shown) - columns
    if excess <= 0:
        return body
    dated = [k for k in shown if is_deadline(lines[k].strip())]
    if not dated:
        return body
    pairs = [(a, b) for a, b in itertools.pairwise(shown) if b == a + 1 and b < dated[-1]]
    scored = [(len(lines[a].strip()) - len(lines[b].strip()), a, b) for a, b in pairs]
    wraps = [(s, a, b) for s, a, b in scored if s > 0 and _wraps_into(lines[a], lines[b])]
    chosen = sorted(wraps, reverse=True)[:excess]
    for _, a, b in sorted(chosen, key=lambda w: w[1], reverse=True):
        lines[a : b + 1] = [lines[a].rstrip() + lines[b].strip()]
    return "\n".join(lines)


def _wraps_into(line: str, after: str) -> bool:
    """Whether ``after`` may be the rest of a cell ``line`` holds the start of."""
    if any(sep in line + after for sep in CELL_SEPARATORS):
        return False  # (cells a separator closes)
    line, after = line.strip(), after.strip()
    if line.endswith(_CELL_CLOSES) or parse_label(after) is not None:
        return False
    if is_units(after) or is_deadline(after):
        return False
    # the sentence ends on the next line, or the name runs over the break
    return after.endswith(tuple(FULL_STOPS)) or is_units(line + after)


def join_wrapped_cells(body: str) -> str:
    """A run-together row's body with a line break that a narrow column
    made inside a name or a date taken out (``…。安全生产执法监`` /
    ``察大队每季度``, ``…。应急救援科2023年5`` / ``月底前``): the line closes
    its text with a full stop and goes on with cells whose words do not end
    there, and a unit name or a deadline the grammar reads runs over the
    break, or the next line is the row's last cell alone (``…。办公室`` /
    ``2024年8月底前``).

    >>> join_wrapped_cells("公开检查结果。安全生产执法监\\n察大队每季度")
    '公开检查结果。安全生产执法监察大队每季度'
    >>> join_wrapped_cells("公开检查结果。做好解读\\n长期坚持")
    '公开检查结果。做好解读\\n长期坚持'
    """
    lines = _text_unwrapped(body.split("\n"))
    out = [lines[0]]
    for line in lines[1:]:
        if _wraps(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


_FULL_STOP: Final = re.compile("[" + re.escape(FULL_STOPS) + "]")


def _first_stop(line: str) -> int:
    """Where the first full stop stands in ``line`` (-1: none)."""
    m = _FULL_STOP.search(line)
    return m.start() if m is not None else -1


def _text_unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with a text cell wrapped over the first of them joined: no
    full stop closes them until a line on which cells follow it (``公开客户
    投诉受理渠道、`` / ``处理流程和办理结果统`` / ``计。客户服务中心每半年``)."""
    for j, line in enumerate(lines):
        stop = _first_stop(line)
        if stop < 0:
            if not _goes_on(line, first=not j):
                return lines
            continue
        if j == 0 or not line[stop + 1 :].strip() or is_units(line[:stop]):
            return lines
        return ["".join(lines[: j + 1]), *lines[j + 1 :]]
    return lines


def _goes_on(line: str, *, first: bool) -> bool:
    """Whether ``line`` may be a piece of a wrapped text cell: words, not a
    separator, a label or a line set apart."""
    if not line.strip() or any(c in line for c in "|｜"):
        return False
    return first or not (line[0].isspace() or parse_label(line) is not None)


def _wraps(line: str, after: str) -> bool:
    """Whether ``after`` goes on with the word ``line`` breaks off."""
    if not after.strip() or after[0].isspace() or parse_label(after) is not None:
        return False
    stop = max(line.rfind(c) for c in FULL_STOPS)
    tail = line[stop + 1 :]
    if stop < 0 or not tail.strip() or tail.endswith(tuple(_WRAP_CLOSES)):
        return False
    joined = tail + after
    k = len(tail)
    spans = [*deadline_cells(joined), *((r.start, r.end) for r in find_unit_runs(joined))]
    reach = _cells_reach(joined, spans)
    if reach > k:
        return True  # (a name or a date runs over the break)
    if reach < k:
        return False  # (what follows the full stop is more text, not the row's cells)
    # the row's last cell on a line of its own, the line lacking it (…。办公室 / 2024年8月底前)
    if is_deadline(after):
        return not deadline_cells(tail)
    return is_units(after) and not find_unit_runs(tail)


def _cells_reach(text: str, spans: Sequence[tuple[int, int]]) -> int:
    """How far from its start ``text`` is cells the grammar reads, one after
    another (``spans``: names and deadlines), commas between them allowed."""
    reach = 0
    while True:
        at = reach
        while at < len(text) and text[at] in "，,、；; ":
            at += 1
        ends = [b for a, b in spans if a in (reach, at) and b > reach]
        if not ends:
            return reach
        reach = max(ends)


def split_body(
    body: str,
    layout: Layout,
    learned: frozenset[str] = frozenset(),
    *,
    serial: bool = False,
    apart: bool = False,
) -> Fields:
    """Split a table task's body into its fields (see the module's doc).

    ``serial``: the task's label is a bare number in a 序号 column, so a
    complete row's cells stand in the header's columns; ``apart``: that
    number stands alone in its cell, so the row's cells stand apart (one
    line of text is one cell, not cells run together).
    """
    body = join_points(body)
    raw = body.split("\n")
    if serial and "number" in layout.roles:
        after = layout.roles[layout.roles.index("number") + 1 :]
        cells, heading = _heading_row_after(_blank_after(raw[1:-1], after), after)
        if heading:
            fields = split_body("\n" + "\n".join(cells) + "\n", layout, learned, serial=True)
            fields.heading_after = heading
            return fields
        if _deadline_in_unit_column(cells, after) and not any(is_units(c) for c in cells):
            placed = _placed_after_text(cells, after, layout.own_titles)
            if placed is not None:
                return placed  # no unit cell: they are merged above
        if _shifted(cells, after) or _deadline_in_unit_column(cells, after):
            fitted = _fit([c.strip() for c in cells], after, titles=layout.own_titles)
            if fitted is not None:
                return fitted
        if _complete_row(cells, after):
            padded = _heading_merged([*cells, *[""] * (len(after) - len(cells))], after)
            return _by_position(padded, after, layout.own_titles)
    shown_empty = any(not c.strip() for c in raw[1:-1])
    if "\n" not in body.strip() and layout.unit_roles and not shown_empty and not apart:
        return _run_together(body, layout, learned)
    headed = _row_then_heading(body, layout, learned) if not apart else None
    return headed if headed is not None else _cells(body, layout, learned)


def _row_then_heading(body: str, layout: Layout, learned: frozenset[str]) -> Fields | None:
    """A run-together row that reads whole, followed by the heading cell of
    the group the next row opens on a line of its own (``…股2024年11月底前``
    then ``宗教事务管理信息公开`` before ``4公开…``): the row's fields, the
    heading after it; else None."""
    lines = body.strip().split("\n")
    if not layout.unit_roles or len(lines) != 2:
        return None
    heading = lines[1].strip()
    if not _heading_like(heading) or is_units(heading) or is_deadline(heading):
        return None
    fields = _run_together(lines[0], layout, learned)
    if not (fields.resp or fields.lead) or not fields.deadline:
        return None
    fields.heading_after = heading
    return fields
