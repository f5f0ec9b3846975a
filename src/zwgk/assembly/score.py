"""How plausible a reading is, by the grammar of plans.

Two readings of the same text (the layout's cell positions taken as truth,
or the typed outline of :mod:`zwgk.assembly.plan`) are compared by what a
reviewer would check: tasks found, numbered in sequence, with a text that
is a requirement and a responsibility that is a list of units, and no
numbered line left over.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from zwgk._model import Plan, Residue, Task
from zwgk._textutil import squeeze
from zwgk.assembly.fields import cut_responsibility, is_deadline, is_units
from zwgk.assembly.text import closing_signature
from zwgk.lang.numerals import COUNTED_CELL, find_labels, parse_label
from zwgk.lang.pieces import is_heading_text
from zwgk.lang.vocab import (
    FIELD_RE,
    ITEM_MARK,
    REQUIREMENT_VERBS,
    ROLE_WORD,
    SENTENCE_END,
    names_units,
)

__all__ = ["MOST_PER_TASK", "plausibility"]

#: The most one task adds to :func:`plausibility` (a requirement with its
#: units, numbered in sequence); nothing else adds to it, so a reading of
#: ``n`` tasks scores at most ``n`` times this.
MOST_PER_TASK = 2.0

_CELL_SEPARATORS = ("|", "｜")
_EMPTY_TASK: Final = -0.5  # what a task with no text scores, whatever else it holds
_TITLE = 12  # a heading's title, at most
_SET_ASIDE = ("notice", "closing", "table header", "repeated", "pinyin", "page", "chrome")


def _task_score(text: str, has_units: bool, resp_raw: str | None) -> float:
    s = squeeze(text)
    if not s:
        return _EMPTY_TASK  # (a row's cells read as a task with no text: its units, a heading's)
    score = 1.0
    if not s or is_units(s):
        score -= 1.0
    if has_units:
        score += 0.5
    if resp_raw is not None and (len(squeeze(resp_raw)) > 120 or "。" in resp_raw.rstrip("。")):
        score -= 0.5
    if cut_responsibility(text)[1] or _ends_with_units(s) or _opens_with_cell(s, resp_raw):
        score -= 0.5  # a responsibility left in the text: cut inside its bracket, after it, first
    if _ends_with_count(s) or _last_line_a_cell(text):
        score -= 0.5  # ... or a score, an article's number, a deadline: a cell of its own
    return score


# what goes on after units that are the subject of the text's sentence (市教育局要…,
# 市发改局牵头负责，…): a separator, a modal or a role word
_SUBJECT_GOES_ON: Final = re.compile(r"[，,、；;：:]|要|应|應|须|須|需|" + ROLE_WORD.pattern)


def _opens_with_cell(text: str, resp_raw: str | None) -> bool:
    """Whether a task's text opens with its whole responsibility as written,
    not as the subject of its sentence (``办公室编制并公开…``, ``…按职责分别负责
    落实围绕…``): a unit cell before the text, the cells not told apart."""
    resp = squeeze(resp_raw or "")
    if not resp or len(text) <= len(resp) or not text.startswith(resp):
        return False
    return _SUBJECT_GOES_ON.match(text, len(resp)) is None


def _after_last_sentence(text: str) -> str | None:
    """What a task's text holds after its last sentence, where it goes on."""
    stop = text.rfind("。", 0, len(text) - 1)
    return text[stop + 1 :] if stop > 0 else None


def _ends_with_units(text: str) -> bool:
    """Whether a task's text ends with its unit cell after its last sentence
    (``…完成核查。市审批局``): the cells were not told apart."""
    tail = _after_last_sentence(text)
    return tail is not None and is_units(tail)


def _ends_with_count(text: str) -> bool:
    """Whether a task's text ends with a count alone after its last sentence
    (``…公开工作。3分``, ``…。《条例》第20条``): a cell of its own, not told apart."""
    tail = _after_last_sentence(text)
    return tail is not None and COUNTED_CELL.fullmatch(tail) is not None


def _rows_held(note: str, label: str) -> int:
    """How many lines of a task's note open with a label of the task's own
    rank: rows of their own, not cells of this one."""
    own = parse_label(label) if label else None
    if own is None:
        return 0
    found = (parse_label(line.strip()) for line in note.split("\n") if len(squeeze(line)) > _TITLE)
    return sum(1 for f in found if f is not None and f.rank == own.rank)


def _last_line_a_cell(text: str) -> bool:
    """Whether a task's text closes with a line that is a deadline or a unit
    cell alone (``…信息。\n长期坚持``): a row's cells on a line of their own."""
    head, newline, last = text.rstrip().rpartition("\n")
    return bool(newline and head.strip()) and (is_deadline(last) or is_units(last))


def _names_a_unit(name: str) -> bool:
    if len(name) < 2:
        return False  # (…公安局、各|分局: a name cut at a line's end)
    return is_units(name) or not (is_deadline(name) or _VERB_FIRST.match(name))


# a name that opens with a requirement's verb is none (强化政府网站: a sentence's words)
_VERB_FIRST: Final = re.compile("|".join(sorted(REQUIREMENT_VERBS, key=len, reverse=True)))


def _reads_as_heading(text: str, label: str) -> bool:
    """Whether a task without units reads as a heading over a part: a short
    title on a line of its own with text below it, or a numbered point of its
    own inside (``二、主要任务 （一）夯实…``)."""
    title, newline, rest = text.partition("\n")
    if newline and rest.strip() and is_heading_text(title) and len(squeeze(title)) <= _TITLE:
        return True
    own = parse_label(label) if label else None
    for hit in find_labels(text):
        before = text[: hit.start].rstrip()
        starts = not before or before.endswith(("。", "；", ";", "：", ":", "\n"))
        if starts and hit.number == 1 and (own is None or hit.rank > own.rank):
            return True
    return False


_TITLED_TASKS: Final = 3
_TITLE_DOUBT: Final = 0.5  # what a task loses whose title was read as a heading
_TITLED_SHARE: Final = 0.75


def _titles_read_as_headings(tasks: Sequence[Task]) -> bool:
    """Whether nearly every task (:data:`_TITLED_SHARE`) stands alone under a
    heading of its own with no ordinal (``就业创业信息公开 › 就业政策公开``):
    each task's title was read as a heading over it, its requirement as its
    text."""
    if len(tasks) < _TITLED_TASKS:
        return False
    per_section = Counter(t.section for t in tasks)
    alone = sum(
        1
        for t in tasks
        if t.section and per_section[t.section] == 1 and not (t.section_labels or ("",))[-1]
    )
    return alone >= _TITLED_SHARE * len(tasks)


def plausibility(plan: Plan) -> float:
    """A score that grows with every task read well and falls with every doubt."""
    tasks = plan.tasks
    score = -_TITLE_DOUBT * len(tasks) if _titles_read_as_headings(tasks) else 0.0
    previous: int | None = None
    section: tuple[str, ...] = ()
    for t in tasks:
        resp = t.responsibility
        score += _task_score(t.text, bool(resp and resp.assignments), resp.raw if resp else None)
        if resp and not all(_names_a_unit(a.unit) for a in resp.assignments):
            score -= 0.5  # a deadline or a requirement read as a unit: cells not told apart
        if any(sep in field for field in (t.text, *t.section) for sep in _CELL_SEPARATORS):
            score -= 0.5  # a cell separator left in a field: the cells were not told apart
        if not (resp and resp.assignments) and _reads_as_heading(t.text, t.label):
            score -= 1.5  # a heading taken for a task counts for nothing
        if t.section and t.section[-1].strip(" |｜").isdigit():
            score -= 1.5  # a 序号 cell read as a heading (over its row's numbered points)
        if t.note:
            score -= _rows_held(t.note, t.label)  # rows numbered as the task is, in its note
        if _holds_a_signature(t.text):
            score -= 1.5  # ... and so does a task that took in the closing signature
        if _holds_a_heading(t.text, t.label) or any(_holds_a_heading(h, "") for h in t.section):
            score -= 1.0  # a heading run into a task's text or into the heading above it
        if _holds_list_items(t.text):
            score -= 1.0  # ... or the items of a list under it, each its list's mark
        score += _numbering(t, previous, section)
        previous, section = t.number, t.section
    score -= _BETWEEN_DOUBT * (_unnumbered_between(tasks) + _fragment_headings(tasks))
    last = max((t.location.line or 0 for t in tasks if t.location), default=0)
    for r in plan.residue:
        if r.reason.startswith("closing") and _before(r, last) and parse_label(r.text):
            score -= 1.0  # a numbered line set aside as the closing text, with tasks after it
        if r.reason.startswith(_SET_ASIDE):
            continue
        label = parse_label(r.text)
        if label is not None and label.rank >= 2 and len(squeeze(r.text)) > 8:
            score -= 1.0  # a numbered task left over
        elif _requirement_with_units(r.text):
            score -= 1.0  # ... or a paragraph that names who does it
    return score


_BETWEEN_DOUBT: Final = 1.0  # what a task or a heading read from wrapped lines costs


def _holds_list_items(text: str) -> bool:
    """Whether a task's text holds two lines or more that open with a list's
    mark, or a title on its first line over one: the items of a list, or the
    heading over them, read as one task."""
    if "\n" not in text:
        return False
    lines = text.split("\n")
    items = sum(1 for line in lines if ITEM_MARK.match(line))
    title = lines[0]
    return items >= 2 or (items == 1 and not ITEM_MARK.match(title) and is_heading_text(title))


# what no heading opens with: a particle or a conjunction, a mark (…的便利度, 和水平)
_NO_HEADING_OPENS: Final = "的和与或了地得之、，,。；;）)"


# a row's serial run into its title, no label's mark between (3做好…): no heading's opening
_GLUED_SERIAL: Final = re.compile(
    r"[0-9０-９]{1,3}(?![0-9０-９年月日号個个项項次届期])[\u4e00-\u9fff]"
)


def _fragment_headings(tasks: Sequence[Task]) -> int:
    """How many headings are pieces of a wrapped cell: opening with a word
    no heading opens with (``和水平``) or with a row's serial run into its
    title (``3做好…``), or naming units alone (``单位、各街镇``)."""
    seen = {t.section[: k + 1] for t in tasks for k in range(len(t.section))}
    return sum(1 for path in seen if _fragment(path[-1]))


@functools.lru_cache(maxsize=1024)
def _fragment(heading: str) -> bool:
    s = heading.strip()
    return s[:1] in _NO_HEADING_OPENS or bool(_GLUED_SERIAL.match(s)) or is_units(s)


def _unnumbered_between(tasks: Sequence[Task]) -> int:
    """How many tasks with no number stand between two numbered ones that
    follow each other (3, -, 4), right after a text that
    stops inside its sentence (``…按季度更`` / ``新补贴对象…``): the lines a
    cell wrapped onto, read as a task of their own."""
    found = 0
    before: Task | None = None
    pending: list[Task] = []
    for t in tasks:
        if t.number is None:
            pending.append(t)
            continue
        if before is not None and before.number is not None and t.number == before.number + 1:
            texts = [before.text, *(p.text for p in pending)]
            found += sum(1 for above in texts[: len(pending)] if not _closed(above))
        before, pending = t, []
    return found


def _closed(text: str) -> bool:
    """Whether ``text`` ends where a sentence or a clause may end."""
    return text.rstrip()[-1:] in _SENTENCE_ENDS


_SENTENCE_ENDS: Final = (
    SENTENCE_END + "）)”」』.．"
)  # (a sentence's end, or a bracket's or quote's closing it)


def _numbering(task: Task, previous: int | None, section: tuple[str, ...]) -> float:
    """What a task's number says of the reading: it goes on from the task
    before, or starts again at 1 under another heading (+0.5); starting
    again under the same heading (1, 2, 3, 1, 2 …) is the numbering of
    points inside a cell, not of tasks (-0.5)."""
    if task.number is None:
        return 0.0
    if previous is None or task.number == previous + 1:
        return 0.5
    if task.number == 1:
        return 0.5 if task.section != section else -0.5
    return 0.0


def _before(piece: Residue, line: int) -> bool:
    """Whether a piece of residue stands on a line before ``line``."""
    return piece.location is not None and (piece.location.line or line) < line


# the first two labels of the heading styles 一、 and （一）, not inside a numeral (十一、)
_HEADING_LABEL: Final = re.compile(
    r"(?<![〇零一二两三四五六七八九十百第])(?:[一二]、|[（(][一二][）)])"
)


@functools.lru_cache(maxsize=1024)  # a section's headings, asked for each task under them
def _holds_a_heading(text: str, label: str) -> bool:
    """Whether a heading's label stands inside ``text`` after its first
    characters, a style other than the task's own: ``…库建设。（二）持续推进…``
    in a task's text, ``加强政策解读（一）做好解读`` as one heading's title.
    The lines of a table were not told apart."""
    found = {"cn_comma" if m.group().endswith("、") else "cn_paren"
             for m in _HEADING_LABEL.finditer(text, 1)}  # fmt: skip
    if not found:
        return False
    own = parse_label(label) if label else None
    return own is None or bool(found - {own.style})


_LEAST_REQUIREMENT = 8  # characters of a requirement before its units' field


def _holds_a_signature(text: str) -> bool:
    """Whether a task's text ends in the issuer's name and the date on lines
    of their own (``…\n某镇人民政府\n2022年4月18日``): the closing signature."""
    return "\n" in text and closing_signature(text, prose=True) < len(text)


def _requirement_with_units(text: str) -> bool:
    """Whether a piece of residue is a requirement closed by a field naming its
    units (``公开…信息。（责任单位：区住建局）``): a task no reading placed."""
    field = next((m for m in FIELD_RE.finditer(text) if names_units(m)), None)
    return field is not None and len(squeeze(text[: field.start()])) >= _LEAST_REQUIREMENT
