"""A run-together row read in the order its header gives the columns.

Where a table's cells ran together (``1办公室编制并公开…2021年5月底前``), a
row's cells are told apart only by what they say.  Most headers put the unit
columns right after the text (序号 | 工作任务 | 责任单位 | 完成时限), and
:func:`zwgk.assembly.fields.split_body` finds the units as the run of names
that closes the text.  Others put another column first: the deadline before
the text (时间节点 | 工作任务 | 责任单位), the deadline or a 公开方式 column
between the text and the units (工作任务 | 完成时限 | 公开方式 | 责任股室), or
the units before the text (责任科室 | 工作任务 | 完成时限).

Such a row is cut into the header's blocks in their order: a deadline block
where the deadline grammar finds a cell (:func:`zwgk.lang.deadline.deadline_cells`),
a unit block where the unit grammar finds a run of names in the block's place,
a 公开方式 block by its channels (:func:`zwgk.lang.vocab.channels_end`), a text
block the rest.  Of the cuts the grammar allows, the one whose blocks read
best as what their columns hold is taken.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from zwgk._model import DeadlineKind
from zwgk.assembly.fields import (
    Fields,
    Layout,
    assign_units,
    best_run,
    event_opens,
    is_deadline,
    is_units,
    says_what_is_done,
    split_learned,
    split_texts,
)
from zwgk.lang.deadline import HOW_OFTEN, deadline_cells, parse_deadline
from zwgk.lang.numerals import CATALOGUE_CODE, COUNTED, COUNTED_CELL
from zwgk.lang.units import UnitRun, find_unit_runs, office_and_division, run_at
from zwgk.lang.vocab import (
    DITTO,
    DUTY_BASIS,
    FULL_STOPS,
    SENTENCE_END,
    WEB_ADDRESS,
    channels_end,
    is_bare_post,
    is_ditto,
    levels_end,
    names_persons,
    person_brackets,
    persons_end,
    posts_at,
    split_person,
)

__all__ = [
    "Block",
    "blocks",
    "in_text_order",
    "kind_first",
    "ordered_texts",
    "out_of_order",
    "read_ordered",
]

_KINDS: Final = {
    "text": "text",
    "heading": "text",
    "lead": "units",
    "assist": "units",
    "resp": "units",
    "supervise": "units",
    "deadline": "deadline",
    "note": "note",
    "status": "note",
    "other": "note",  # a column the header vocabulary does not know (公开依据, 分值)
}
_FILLERS: Final = frozenset(("text", "note"))  # blocks that end where the next one starts
_SKIP: Final = " \u3000" + SENTENCE_END  # what may stand between two cells
_UNNAMED_CELL: Final = 30  # the longest last unit cell the grammar cannot read (村会计负责)
_TYPED: Final = 2.0  # a block the grammar reads as its column's
_CHANNELS: Final = 1.0  # a 公开方式 block that lists channels
_PERSON_UNNAMED: Final = 0.5  # a 责任人 cell naming a post and not its unit
_LIMIT: Final = 0.5  # a deadline cell closing with a limit's word
_UNREAD_DEADLINE: Final = 8  # the longest last deadline cell the grammar cannot read
_LIMIT_WORDS: Final = ("前", "内", "內", "止")
_FREQUENCY_SPAN: Final = 4  # characters of how often a cell says (每半年, 每季度)
_MISTYPED: Final = 3.0  # a text block that reads as units or as a deadline
_MOST_CUTS: Final = 512  # cuts of one row weighed at most
_NEXT_CELL_OPENS: Final = re.compile(r"《")  # a law or document named opens a cell
_MONTH: Final = re.compile(r"(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?")
_SENTENCES: Final = 1.0  # a note cell holding sentences, a text cell cut inside one
_CLAUSE_GOES_ON: Final = ("，", ",", "、", "：", ":")  # a sentence goes on after them


@attrs.frozen
class Block:
    """Columns of one kind next to each other in a header (``text``,
    ``units``, ``deadline``, ``note``) and the roles they hold."""

    kind: str
    roles: tuple[str, ...]


@functools.lru_cache(maxsize=256)
def blocks(roles: tuple[str, ...]) -> tuple[Block, ...]:
    """The columns after a row's number, in blocks of one kind.

    >>> [b.kind for b in blocks(("number", "text", "deadline", "lead", "assist"))]
    ['text', 'deadline', 'units']
    """
    after = roles[roles.index("number") + 1 :] if "number" in roles else roles
    out: list[Block] = []
    for role in after:
        kind = _KINDS.get(role)
        if kind is None:
            continue
        if out and out[-1].kind == kind:
            out[-1] = Block(kind, (*out[-1].roles, role))
        else:
            out.append(Block(kind, (role,)))
    return tuple(out)


def out_of_order(roles: tuple[str, ...]) -> bool:
    """Whether a header puts its unit columns anywhere but right after the
    text: first, or after a deadline or a 公开方式 column.

    >>> out_of_order(("number", "text", "resp", "deadline"))
    False
    >>> out_of_order(("number", "resp", "text", "deadline"))
    True
    >>> out_of_order(("number", "text", "deadline", "note", "resp"))
    True

    A header with a column the vocabulary does not know is read so too: its
    cell is what the others leave.
    """
    kinds = [b.kind for b in blocks(roles)]
    if "units" not in kinds or "text" not in kinds:
        return False
    first = kinds.index("units")
    if "other" in roles:  # a column of unknown content: the others cut it off
        return True
    if "note" in kinds[first:] and "deadline" in kinds[kinds.index("note", first) :]:
        return True  # a note between the units and the deadline (联系人, 公开方式)
    return first == 0 or any(k in ("deadline", "note") for k in kinds[:first])


_Span = tuple[int, int]
_NONE: Final = (-1, -1)  # a block the row shows no cell of
_OPEN: Final = -2  # the end of a text block: where the next cell starts


@attrs.frozen
class _Cut:
    """The span of each block of a row and how well its blocks read as
    their columns."""

    score: float
    spans: tuple[_Span, ...]


class _Row:
    """A run-together row and what the grammar finds in it (found once,
    for every cut tried)."""

    def __init__(
        self,
        body: str,
        blocks: Sequence[Block],
        learned: frozenset[str],
        kinds: frozenset[str] = frozenset(),
    ) -> None:
        self.body = body
        self.learned = learned
        self.kinds = kinds  # the cells a column of kinds before the text holds
        self.end = len(body.rstrip(_SKIP))
        self.blocks = blocks
        # (a ditto, 同上, stands for the cell above: a deadline's or units')
        self.dittos = [(m.start(), m.end()) for m in DITTO.finditer(body)]
        self.deadlines = sorted([*deadline_cells(body), *self.dittos])
        # (a 公开网址 cell's address: no cell ends inside one)
        self.addresses = [(m.start(), m.end()) for m in WEB_ADDRESS.finditer(body)]
        # the brackets the row closes as it opens them (a mirror may lose one)
        self.pairs = tuple(pair for pair in _PAIRS if _balanced(body, (pair,)))

    def skip(self, p: int) -> int:
        while p < self.end and self.body[p] in _SKIP:
            p += 1
        return p

    def cuts(self, i: int = 0, p: int = 0, opened: bool = False) -> Iterator[tuple[_Span, ...]]:
        """Every cut of the row from block ``i`` on, starting at ``p``
        (``opened``: a text block before ends where the next cell starts)."""
        if i == len(self.blocks):
            if opened or self.skip(p) >= self.end:
                yield ()
            return
        if self.blocks[i].kind in _FILLERS:
            if opened and self.blocks[i - 1].kind not in _FILLERS:
                # a text before it is open: none of the cells between was found
                yield from self._after_open(i, p)
                return
            if i + 1 < len(self.blocks) and self.blocks[i + 1].kind in _FILLERS:
                for q in self._filler_ends(p):  # two fillers: where the first ends
                    yield from (((p, q), *rest) for rest in self.cuts(i + 1, q, opened=True))
                return
            for rest in self.cuts(i + 1, p, opened=True):
                yield ((p, _OPEN), *rest)
            return
        for a, b in self._spans(i, p, opened):
            if (a, b) == _NONE:
                yield from (((a, b), *rest) for rest in self.cuts(i + 1, p, opened))
            else:
                yield from (((a, b), *rest) for rest in self.cuts(i + 1, b))

    def _after_open(self, i: int, p: int) -> Iterator[tuple[_Span, ...]]:
        """Cuts of a note block that follows an open text block with nothing
        found between them: none, or from where the text may end (…工作。|3分)."""
        yield from ((_NONE, *rest) for rest in self.cuts(i + 1, p, opened=True))
        for q in self._filler_ends(p):
            yield from (((q, _OPEN), *rest) for rest in self.cuts(i + 1, q, opened=True))

    def _filler_ends(self, p: int) -> list[int]:
        """Where a text or note cell followed by another such cell may end:
        after a sentence's end (the last first), before a title in 《》,
        after a counted reference (市要点第9条, 5分) or before one closing
        the row; at the row's start, after a kind the rows repeat there
        (常规|公开…) or a catalogue code (B0102|公开…)."""
        body = self.body[: self.end]
        ends = [len(k) for k in self.kinds if p == 0 and body.startswith(k)]
        ends += [m.end() for m in [CATALOGUE_CODE.match(body)] if m is not None and p == 0]
        ends += [k + 1 for k in range(len(body) - 2, p, -1) if body[k] in FULL_STOPS]
        ends += [m.start() for m in _NEXT_CELL_OPENS.finditer(body, p + 1)]
        counts = list(COUNTED.finditer(body, p))
        ends += [m.end() for m in counts if m.end() < len(body)]
        ends += [m.start() for m in counts[-1:] if m.end() == len(body)]  # (…目录|3分)
        ends += [a for a, _ in self.addresses if a > p]
        return [k for k in dict.fromkeys(ends) if not self._in_address(k)]

    def _spans(self, i: int, p: int, opened: bool) -> Iterator[_Span]:
        """Where block ``i`` (a deadline or units) may stand from ``p`` on,
        and no span (the row shows no such cell)."""
        at = self.skip(p)
        if self.blocks[i].kind == "deadline":
            yield from self._trimmed(at, opened)  # (first: the event's words whole)
            yield from ((a, b) for a, b in self.deadlines if a == at or (opened and a >= p))
            if i == len(self.blocks) - 1 and not opened and self._unread_last(at):
                yield at, self.end  # a last cell the grammar cannot read (供暖期前)
        else:
            yield from self._unit_spans(i, p, at, opened)
        yield _NONE

    def _unread_last(self, at: int) -> bool:
        """Whether the row's rest from ``at`` may be a last deadline cell the
        deadline grammar cannot read: short, no sentence in it, no span of
        the grammar's in it."""
        rest = self.body[at : self.end]
        if not 0 < len(rest) <= _UNREAD_DEADLINE or any(c in rest for c in SENTENCE_END):
            return False
        return not any(at <= a < self.end for a, _ in self.deadlines)

    def _trimmed(self, at: int, opened: bool) -> Iterator[_Span]:
        """A count back from an event whose span reaches back over where the
        deadline block starts (…股|受理后5个工作日内: the grammar took the unit
        for the event's words) or starts a few words after it (…审核|文件印发后
        3个工作日内), from there, or, after a cell before it, from after a
        month or a date that cell holds (2020年4月|检查结束后20个工作日内), the
        channels it lists (公示栏|受理后10个工作日内) or the people it names
        (物价科科长|价格调整后5个工作日内)."""
        for a, b in self.deadlines:
            if b <= at:
                continue
            starts = [at] if a < at or self._event_words(at, a) else []
            if opened:
                months = (m.end() for m in _MONTH.finditer(self.body, at, b))
                starts += [s for s in months if s > a or (s < a and self._event_words(s, a))]
                # (after the channels or the people a note before it names:
                # 公示栏|受理后10个工作日内, 物价科科长|价格调整后5个工作日内)
                ends = (channels_end(self.body, at), persons_end(self.body, at))
                starts += [s for s in ends if at < s < b]
                starts += self._after_frequency(at, b)  # (an 更新频率 cell: 每年|批复后20日内)
            for s in starts:
                d = parse_deadline(self.body[s:b])
                if d is not None and d.kind is DeadlineKind.RELATIVE:
                    yield s, b

    def _after_frequency(self, at: int, b: int) -> list[int]:
        """Where a note cell saying how often (每年, 每季度) that opens the
        deadline grammar's span from ``at`` to ``b`` may end, the rest a count
        back from an event (每年|批复后20日内)."""
        return [
            k
            for k in range(at + 2, min(b, at + _FREQUENCY_SPAN) + 1)
            if (d := parse_deadline(self.body[at:k])) is not None and d.kind in HOW_OFTEN
        ]

    def _event_words(self, s: int, a: int) -> bool:
        """Whether the few words from ``s`` to a count back at ``a`` may open
        its event (文件|印发后3个工作日内)."""
        return a > s and event_opens(self.body[s:a])

    def _unit_spans(self, i: int, p: int, at: int, opened: bool) -> Iterator[_Span]:
        last = i == len(self.blocks) - 1
        for a in self._unit_starts(i, p, last) if opened else [at]:
            if last:
                yield a, self.end
            elif (a, d := self._ditto_end(a)) in self.dittos:
                yield a, d
            elif (run := run_at(self.body, a)) is not None:
                yield from ((a, e) for e in _run_ends(run))
                # (a unit written again by the next cell, or a post the
                # grammar read into the run: 门诊部|门诊部主任, 财务科|总会计师;
                # a bracket naming the person in charge closes the cell)
                yield from ((a, e) for e in _repeated(self.body, a, run.end))
                for s, e in person_brackets(self.body, a):
                    if s <= run.end:
                        yield from ((a, s), (a, e))
                if self.blocks[i + 1].kind == "note":
                    yield from ((a, e) for e in _before_posts(self.body, a, run))

    def _ditto_end(self, a: int) -> int:
        return next((e for s, e in self.dittos if s == a), -1)

    def _unit_starts(self, i: int, p: int, last: bool) -> list[int]:
        """Where units may start after text that ends where they start: a
        run of names (that ends the row, or stands before its closing
        deadline, for the last blocks), or, after a note, the end of the
        channels a 公开方式 block lists or of a counted reference."""
        if last:  # the run that best stands for the row's closing unit cells
            run = best_run(self.body, self.learned, closing=True)
            starts = [run.start] if run is not None else []
        else:
            runs = find_unit_runs(self.body, p)
            starts = [r.start for r in runs] + [a for a, _ in self.dittos]
            if self._deadline_closes(i) and not any(self._before_deadline(r.end) for r in runs):
                # (…按时公开|财务股|批复后20日内: no run the grammar finds ends there)
                run = best_run(self.body, self.learned, closing=True)
                starts += [run.start] if run is not None else []
        if i and self.blocks[i - 1].kind == "note":
            starts.append(channels_end(self.body, p))
            starts.append(levels_end(self.body, p))  # (a 公开层级 cell: 乡镇级、村级|监测帮扶股)
            starts += self._divisions(p)  # (a 信息来源 cell: 区统计局|财务股)
            starts.append(persons_end(self.body, p))  # (a 责任领导 cell: 分管副局长|规划股)
            # (a note closing with a counted reference: …第二十三条|环评审批股,
            # or with a time: a 公开时限 cell, …之日起20个工作日内|规划股)
            starts += [m.end() for m in COUNTED.finditer(self.body, p)]
            starts += [b for a, b in self.deadlines if a >= p]
            starts += [b for _, b in self.addresses]  # (a 公开网址 cell: …/index.html|办公室)
        return sorted({k for k in starts if k >= p and not self._in_address(k)})

    def _divisions(self, p: int) -> list[int]:
        """Where a unit cell may start inside a run of names from ``p`` on, a
        note cell naming a body before it: inside the run's first name or cell, a
        level's body run into its division (区统计局|财务股), or where the
        run's names meet with no separator (区公共资源交易中心|产权管理股)."""
        run = run_at(self.body, self.skip(p))
        if run is None:
            return []
        firsts = (self.body[a:b] for a, b in {run.units[0], run.cells[0]})
        inside = [run.start + len(f[0]) for f in map(office_and_division, firsts) if f]
        return inside + [s for s, _ in run.cells[1:]]

    def _in_address(self, k: int) -> bool:
        return any(a < k < b for a, b in self.addresses)

    def _before_deadline(self, k: int) -> bool:
        """Whether a deadline cell may start at ``k``: one the grammar finds
        starts there or reads over it (于5个工作日|技术改造股|评审结束后…)."""
        return any(a <= k < b for a, b in self.deadlines)

    def _deadline_closes(self, i: int) -> bool:
        """Whether the block after block ``i`` is the row's last, its deadline."""
        return i + 2 == len(self.blocks) and self.blocks[i + 1].kind == "deadline"

    def resolved(self, spans: tuple[_Span, ...]) -> tuple[_Span, ...]:
        """``spans`` with each text block's end: where the next cell starts."""
        out = list(spans)
        for i, (a, b) in enumerate(out):
            if b == _OPEN:
                nxt = (s for s, _ in out[i + 1 :] if s >= 0)
                out[i] = (a, next(nxt, len(self.body)))
        return tuple(out)

    def score(self, spans: tuple[_Span, ...]) -> float | None:
        """How well the blocks read as their columns; None where a text
        block is empty or a unit block cannot be one."""
        total = 0.0
        for block, (a, b) in zip(self.blocks, spans, strict=True):
            cell = self.body[a:b].strip(_SKIP) if a >= 0 else ""
            if not _balanced(cell, self.pairs):
                return None  # a cell never ends inside 《…》 or （…）
            value = _cell_score(block, cell, last=b >= self.end)
            if value is None:
                return None
            total += value
        return total


def _run_ends(run: UnitRun) -> list[int]:
    """Where a unit cell that ``run`` starts may end: after any of its names."""
    return sorted({run.end, *(b for _, b in run.units), *(b for _, b in run.cells)}, reverse=True)


_LONGEST_REPEAT: Final = 12  # characters: the longest name a row writes twice in a row


def _repeated(body: str, a: int, end: int) -> list[int]:
    """Where a name at ``a`` that the run to ``end`` writes twice in a row
    ends its first time (``门诊部门诊部主任``: after the first 门诊部)."""
    return [
        a + k
        for k in range(2, min(_LONGEST_REPEAT, (end - a) // 2) + 1)
        if body[a : a + k] == body[a + k : a + 2 * k]
    ]


def _before_posts(body: str, a: int, run: UnitRun) -> list[int]:
    """Where a unit cell from ``a`` may end before a 责任人 cell the run
    reads on into: before a post (财务科|总会计师) or a unit's name a post
    follows (…配合|医保办主任)."""
    named = [s for s, e in run.units if s > a and posts_at(body, e, e + 1)]
    return [*posts_at(body, a + 1, run.end), *named]


_YEAR_CELL: Final = re.compile(r"(?:19|20)[0-9]{2}(?:年度?)?")
# a unit cell closed by what its units act by, with no role word after it,
# leaves its role word to the next cell (…按照工作职能|落实以…)
_BASIS_OPEN: Final = re.compile(f"(?:{DUTY_BASIS})$")


def _doubled(cell: str) -> bool:
    """Whether ``cell`` is one name written twice (门诊部门诊部)."""
    half = len(cell) // 2
    return len(cell) % 2 == 0 and half >= 2 and cell[:half] == cell[half:]


def _balanced(cell: str, pairs: Sequence[tuple[str, str]]) -> bool:
    """Whether every opening bracket of ``pairs`` (《, （, “) ``cell`` holds
    it also closes, after it."""
    for opening, closing in pairs:
        depth = 0
        for ch in cell:
            depth += (ch == opening) - (ch == closing)
            if depth < 0:
                return False
        if depth:
            return False
    return True


_PAIRS: Final = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"))


def _cell_score(block: Block, cell: str, *, last: bool) -> float | None:
    """How well ``cell`` reads as ``block``'s (None: it cannot be)."""
    if block.kind == "text":
        if len(cell) < 2:
            return None
        if is_units(cell) or is_deadline(cell):
            return -_MISTYPED
        return -_SENTENCES if cell.endswith(_CLAUSE_GOES_ON) else 0.0  # (…指引,|2020年…)
    if not cell:
        return 0.0
    if is_ditto(cell):
        return None if block.kind in ("text", "note") else _TYPED
    if block.kind == "deadline":  # (a limit over a bare month, which may be a start: 2021年2月)
        if not is_deadline(cell):
            return 0.0  # (a last cell the grammar cannot read)
        return _TYPED + (_LIMIT if cell.endswith(_LIMIT_WORDS) else 0.0)
    if block.kind == "note":
        return _note_score(cell, counts="other" in block.roles)
    if _units_cell(cell):
        return 0.0 if _doubled(cell) or _BASIS_OPEN.search(cell) else _TYPED
    # a last cell the unit grammar cannot read (posts: 村会计负责，村监委会主任监督)
    short = last and len(cell) <= _UNNAMED_CELL and not any(c in cell for c in SENTENCE_END)
    return 0.0 if short and not says_what_is_done(cell) else None


def _note_score(cell: str, *, counts: bool) -> float:
    """How well ``cell`` reads as a note: a list of channels (公开方式) or of
    levels (公开层级), in a
    column the vocabulary does not know (``counts``) a score or a counted
    reference (3分, 《条例》第20条), people (a 责任人 column's posts), or,
    worse than none, sentences (a
    requirement's: …。…)."""
    if channels_end(cell) == len(cell) or levels_end(cell) == len(cell):
        return _CHANNELS
    if names_persons(cell):  # (a 责任人 column's posts: 医务科科长; 主任 weaker)
        return _TYPED - (_PERSON_UNNAMED if is_bare_post(cell) else 0.0)
    if any(c in FULL_STOPS for c in cell[:-1]):
        return -_SENTENCES
    if is_deadline(cell):  # (a second deadline column's: 公开时限)
        return _TYPED + (_LIMIT if cell.endswith(_LIMIT_WORDS) else 0.0)
    if counts and is_units(cell) and not cell.endswith(_CLAUSE_GOES_ON):
        return _CHANNELS  # (a 信息来源 cell: the body that makes the information)
    if counts and _YEAR_CELL.fullmatch(cell):
        return _TYPED  # (a 年度 cell: 2024)
    return _TYPED if counts and COUNTED_CELL.fullmatch(cell) else 0.0


def _units_cell(cell: str) -> bool:
    """Whether ``cell`` is a unit cell: a list of units, or a run of names
    from its start to its end or to a list of units (``政策研究室牵头，综合规划司、
    …等按职责分工负责``: the unit grammar reads the run's names, not the whole)."""
    unit, person = split_person(cell)  # (…配合（责任人：易**）: it closes the cell)
    if not person and person_brackets(cell):
        return False
    cell = unit
    if is_units(cell):
        return True
    runs = find_unit_runs(cell)
    if not runs or runs[0].start != 0:
        return False
    return runs[0].end >= len(cell) or is_units(cell[runs[0].end :])


def _best(row: _Row) -> tuple[_Span, ...] | None:
    """The best of the row's first :data:`_MOST_CUTS` cuts (a row holding
    many dates under a header of many blocks is not cut every way)."""
    best: _Cut | None = None
    for cut in itertools.islice(row.cuts(), _MOST_CUTS):
        spans = row.resolved(cut)
        score = row.score(spans)
        if score is not None and (best is None or score > best.score):
            best = _Cut(score, spans)
    return best.spans if best is not None else None


@functools.lru_cache(maxsize=64)
def kind_first(roles: tuple[str, ...]) -> bool:
    """Whether a header puts a column of another kind than the text's
    right after the row's number, the text right after it (序号 | 任务类型 |
    工作任务 | …): its cells open the rows, run into their text.

    >>> kind_first(("number", "other", "text", "resp", "deadline"))
    True
    >>> kind_first(("number", "text", "other", "resp"))
    False
    """
    kinds = [b.kind for b in blocks(roles)]
    return kinds[:2] == ["note", "text"]


def in_text_order(layout: Layout) -> Layout:
    """``layout`` with its columns in the order a row's cells are read in:
    the number, the text, the units, the deadline, the rest."""
    number = ("number",) if "number" in layout.roles else ()
    found = blocks(layout.roles)
    kinds = ("text", "units", "deadline", "note")
    roles = number + tuple(r for kind in kinds for b in found if b.kind == kind for r in b.roles)
    return attrs.evolve(layout, roles=roles)


def _cut(
    body: str, layout: Layout, learned: frozenset[str] = frozenset()
) -> list[tuple[Block, str]] | None:
    """A run-together row's cells, each with its block; None where no cut
    finds the row's units or its deadline."""
    body = body.strip()
    row = _Row(body, blocks(layout.roles), learned, layout.kinds)
    spans = _best(row)
    if spans is None:
        return None
    cells = [
        (block, body[a:b].strip() if block.kind == "text" else body[a:b].strip(_SKIP))
        for block, (a, b) in zip(row.blocks, spans, strict=True)
    ]
    if not any(cell for block, cell in cells if block.kind in ("units", "deadline")):
        # (a row with no unit or deadline cell, cut by a column the vocabulary
        # does not know: 《条例》第10条 after its text)
        other = [cell for block, cell in cells if "other" in block.roles and cell]
        if not other or best_run(other[-1], learned, closing=True) is not None:
            return None  # (nor one whose units the grammar did not tell apart)
    return cells


def ordered_texts(
    bodies: Sequence[str], layout: Layout, learned: frozenset[str] = frozenset()
) -> list[str | None]:
    """The text cells of each run-together row of a table whose header puts
    its units out of the text's order (:func:`out_of_order`), run together
    (None for a row on lines of its own, or that no cut reads)."""
    texts: list[str | None] = []
    for body in bodies:
        cells = _cut(body, layout, learned) if "\n" not in body.strip() else None
        first = next((c for b, c in cells if b.kind == "text"), None) if cells else None
        texts.append(first)
    return texts


def read_ordered(body: str, layout: Layout, learned: frozenset[str] = frozenset()) -> Fields | None:
    """A run-together row of a table whose header puts its units out of the
    text's order (:func:`out_of_order`), cut into the header's blocks; None
    where no cut finds the row's units or its deadline (the row is read as
    the others are).

    >>> layout = Layout(("number", "resp", "text", "deadline"), table=True)
    >>> f = read_ordered("办公室编制并公开本局政务公开工作任务清单。2021年5月底前", layout)
    >>> f.resp, f.text, f.deadline
    ('办公室', '编制并公开本局政务公开工作任务清单。', '2021年5月底前')
    """
    cells = _cut(body, layout, learned)
    return _fields(cells, in_text_order(layout), learned) if cells is not None else None


def _fields(cells: Sequence[tuple[Block, str]], layout: Layout, learned: frozenset[str]) -> Fields:
    """The row's fields from its blocks' cells: the first text block's the
    text (with the title and requirement it holds), the first deadline and
    unit blocks' the deadline and the units; every other cell is kept in the
    note (a second deadline column's, a 公开方式 cell)."""
    kinds: dict[str, list[str]] = {"text": [], "deadline": [], "units": [], "note": []}
    status = []
    for block, cell in cells:
        if cell and set(block.roles) == {"status"}:
            status.append(cell)  # (kept beside the task, as a table's such cell is)
        elif cell:
            kinds[block.kind].append(cell)
    fields = split_texts(kinds["text"][0] if kinds["text"] else "", layout)
    fields.deadline = kinds["deadline"][0] if kinds["deadline"] else ""
    if kinds["units"]:
        units = _unit_cells(kinds["units"][0], layout, learned)
        assign_units(fields, units, layout, lead_empty=False)
    rest = [*kinds["text"][1:], *kinds["deadline"][1:], *kinds["units"][1:], *kinds["note"]]
    fields.note = "\n".join(n for n in (fields.note, *rest) if n)
    fields.status = "\n".join(status)
    return fields


def _unit_cells(units: str, layout: Layout, learned: frozenset[str]) -> list[str]:
    """The unit block's cells: one per unit column where the names fall
    into as many cells (``住房保障科房产服务中心``: a lead and an assist)."""
    if len(layout.unit_roles) < 2:
        return [units]
    runs = find_unit_runs(units)
    if len(runs) == 1 and runs[0].start == 0 and runs[0].end >= len(units) - 1:
        return split_learned(runs[0], learned)
    return [units]
