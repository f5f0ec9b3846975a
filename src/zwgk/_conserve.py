"""Nothing the input held is lost: text the plan builder did not place goes to the residue.

A reader hands the builder a :class:`~zwgk.document.Document`; the builder
places text in tasks, headings and metadata, and what it sets aside in the
residue.  :func:`keep_unplaced` checks, by counting, that every letter, digit,
Han character and mark (``*``, ``※``, ``△``) of the document's cells and
blocks is somewhere in the plan it got; a cell or block whose characters are not all there (a 序号
cell ``1（新增）`` read as no number at all, a note the builder had no field
for) is added to the residue whole, with its location, and a diagnostic
says so.  The count is one pass over the document and one over the plan.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from zwgk._model import Diagnostic, Location, Plan, Residue, Severity
from zwgk.document import Block, Document, Grid
from zwgk.lang.vocab import BAR_IDEOGRAPH, without_field_names

__all__ = ["REASON_UNPLACED", "keep_unplaced", "significant"]

REASON_UNPLACED = "text the plan builder did not place"


# Marks offices put beside a number or a task (``1*``, ``△``, ``※``): not
# letters or digits, but they mean something and are kept too.
_MARKS = frozenset("*#※")

# The compatibility forms Chinese text is full of (full-width punctuation and
# letters, the ideographic space), decomposed before the text is normalised:
# the rest is then most often normalised already, which the normaliser sees at
# once.  The result is the same, as NFKC decomposes them so itself.
_WIDE = re.compile("[\u3000\uff01-\uff5e]")
_WIDE_FORMS = {
    chr(c): unicodedata.normalize("NFKD", chr(c)) for c in (0x3000, *range(0xFF01, 0xFF5F))
}


def _nfkc(text: str) -> str:
    # a text holds few distinct wide forms, each many times: replaced form by
    # form, each found from where the one before was (a form keeps the length)
    found = _WIDE.search(text)
    while found is not None:
        text = text.replace(found.group(), _WIDE_FORMS[found.group()])
        found = _WIDE.search(text, found.start())
    return unicodedata.normalize("NFKC", text)


_MANY = 1000  # characters from which sorting their code points counts them faster


def _count(text: str) -> Counter[str]:
    """How many times each character stands in ``text``."""
    if len(text) < _MANY:
        return Counter(text)  # counted in C, one character at a time
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    chars, counts = np.unique(codes, return_counts=True)
    return Counter(dict(zip(map(chr, chars.tolist()), counts.tolist(), strict=True)))


def significant(text: str, *, marks: bool = False) -> Counter[str]:
    """The letters, digits and Han characters of ``text`` (compatibility forms folded).

    With ``marks=True`` symbols such as ``*``, ``※`` and ``△`` count too.
    """
    every = _count(_nfkc(text).casefold())  # counted, then kept
    every.pop(BAR_IDEOGRAPH, None)  # (a bar between cells, as | is: no text)
    if marks:
        return Counter(
            {
                ch: n
                for ch, n in every.items()
                if ch.isalnum() or ch in _MARKS or unicodedata.category(ch) == "So"
            }
        )
    return Counter({ch: n for ch, n in every.items() if ch.isalnum()})


def _placed(plan: Plan) -> Iterator[str]:
    """The texts of ``plan`` that come from its input (diagnostics and locations do not).

    A metadata value the residue also keeps whole (the title's line) counts
    once; a copy :func:`keep_unplaced` kept is another line, and counts.

    A task's section headings are repeated in every task under them; a
    heading counts once for each run of tasks under it, as it stood once in
    the input for each.
    """
    kept = {residue.text for residue in plan.residue if residue.reason != REASON_UNPLACED}
    for value in (plan.title, plan.issuer, plan.doc_number):
        if value and value not in kept:  # a title line kept whole counts once
            yield value
    for ref in plan.parents:
        yield from (v for v in (ref.title, ref.doc_number) if v)
    if plan.default_deadline is not None:
        yield plan.default_deadline.raw
    for residue in plan.residue:
        yield residue.text
    previous: tuple[str, ...] = ()
    for task in plan.tasks:
        yield task.text
        if task.label:
            yield task.label
        elif task.number is not None:
            yield str(task.number)
        yield from (v for v in (task.note, *task.tags) if v)
        if task.responsibility is not None:
            yield task.responsibility.raw
        if task.deadline is not None:
            yield task.deadline.raw
        for level in range(len(task.section)):
            if task.section[: level + 1] != previous[: level + 1]:
                yield task.section[level]
                if level < len(task.section_labels):
                    yield task.section_labels[level]
        previous = task.section


def _cells(grid: Grid) -> Iterator[tuple[str, Location | None]]:
    """The texts of ``grid``'s cells; a cell that holds what the cell left of
    it holds counts once (a merged cell written out into every cell it covers)."""
    left: dict[tuple[int, int], str] = {(c.row, c.col + c.colspan): c.text for c in grid.cells}
    for cell in grid.cells:
        if left.get((cell.row, cell.col)) != cell.text:
            yield cell.text, cell.location


def _units(document: Document) -> Iterator[tuple[str, Location | None]]:
    for part in document.parts:
        if isinstance(part, Grid):
            yield from _cells(part)
        elif isinstance(part, Block):
            yield part.text, part.location
    for residue in document.residue:
        yield residue.text, residue.location


def _without_metadata_lines(
    plan: Plan, units: list[tuple[str, Location | None]], have: Counter[str]
) -> list[tuple[str, Location | None]]:
    """The units but those a metadata value the plan counts is (the title's
    line): each such value is its own line's, not letters that any unit may
    take (a unit taking them leaves the line short, and the line kept twice)."""
    kept = {residue.text for residue in plan.residue}
    values = [v for v in (plan.title, plan.issuer, plan.doc_number) if v and v not in kept]
    out = list(units)
    for value in values:
        at = next((k for k, (text, _) in enumerate(out) if text.strip() == value), None)
        if at is not None:
            del out[at]
            have.subtract(significant(without_field_names(value), marks=True))
    return out


def keep_unplaced(document: Document, plan: Plan) -> Plan:
    """``plan`` with every cell or block of ``document`` it lost added to its residue."""
    # field names count on neither side (责任单位： is form: its 任 is no text)
    have = significant("\n".join(without_field_names(t) for t in _placed(plan)), marks=True)
    units = list(_units(document))
    every = significant("\n".join(without_field_names(text) for text, _ in units), marks=True)
    if all(have[ch] >= n for ch, n in every.items()):
        return plan  # enough of every character for all the cells together: none is short
    lost: list[Residue] = []
    for text, location in _without_metadata_lines(plan, units, have):
        need = significant(without_field_names(text), marks=True)
        if not need:
            continue
        # not ``need - have``: that walks all of ``have``
        if any(have[ch] < n for ch, n in need.items()):
            lost.append(Residue(text, REASON_UNPLACED, location))
            have.update(need)
        have.subtract(need)
    if not lost:
        return plan
    note = Diagnostic(
        "read.unplaced-text",
        f"{len(lost)} cell(s) or block(s) held text the plan builder did not place; "
        "kept in the residue",
        Severity.WARNING,
    )
    return plan.evolve(residue=plan.residue + tuple(lost), diagnostics=(*plan.diagnostics, note))
