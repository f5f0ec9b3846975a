"""A plan as rows of text, for the flat exports (private)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from zwgk._model import Plan, Role
from zwgk.lang.labels import word
from zwgk_plugins._office import Sanitizer, section_texts, task_ref, units_by_role

FLAT_KEYS = (
    "number",
    "col-section",
    "col-text",
    "col-units",
    "col-lead",
    "col-assist",
    "deadline",
    "note",
)
"""The columns of the CSV export, as :mod:`zwgk.lang.labels` keys."""


def heads(keys: Iterable[str], lang: str = "zh") -> tuple[str, ...]:
    """The header words of the columns ``keys`` in ``lang``.

    >>> heads(("number", "col-text"), "en")
    ('no.', 'requirement')
    """
    return tuple(word(key, lang) for key in keys)


def colon(lang: str) -> str:
    """What follows a label: ``：`` in Chinese, ``": "`` in English."""
    return "：" if lang == "zh" else ": "


def day_text(d: dt.date, lang: str = "zh") -> str:
    """A date for people: ``2021年3月5日`` (``lang="en"``: ``2021-03-05``)."""
    return f"{d.year}年{d.month}月{d.day}日" if lang == "zh" else d.isoformat()


FLAT_COLUMNS = heads(FLAT_KEYS)
"""The (Chinese) columns of the CSV export."""


def flat_rows(plan: Plan, clean: Sanitizer) -> list[list[str]]:
    """One row per task: :data:`FLAT_COLUMNS`, cleaned."""
    sections = section_texts(plan)
    rows = []
    for i, task in enumerate(plan.tasks):
        where = f"tasks[{i}]"
        rows.append(
            [
                clean(task_ref(task), f"{where}.label"),
                clean(" / ".join(sections[i]), f"{where}.section"),
                clean(task.text, f"{where}.text"),
                clean(task.responsibility.raw if task.responsibility else "", f"{where}.resp"),
                clean(units_by_role(task, Role.LEAD), f"{where}.lead"),
                clean(units_by_role(task, Role.ASSIST), f"{where}.assist"),
                clean(task.deadline.raw if task.deadline else "", f"{where}.deadline"),
                clean(task.note, f"{where}.note"),
            ]
        )
    return rows


TABLE_KEYS = ("number", "col-text", "col-units", "deadline")
"""The columns of the task tables in the HTML and Markdown exports (备注 added when used)."""

TABLE_COLUMNS = heads(TABLE_KEYS)
"""The (Chinese) columns of the task tables."""


def table_columns(plan: Plan, lang: str = "zh") -> list[str]:
    """:data:`TABLE_COLUMNS` in ``lang``, with 备注 when any task has a note."""
    keys = [*TABLE_KEYS, *(["note"] if any(t.note for t in plan.tasks) else [])]
    return list(heads(keys, lang))


def sectioned_rows(
    plan: Plan, clean: Sanitizer
) -> Iterator[tuple[list[tuple[int, str]], list[str]]]:
    """For each task, the headings that start before it and its cleaned cells.

    The headings are ``(level, text)`` pairs, level 0 the outermost, given
    only where they change; the cells follow :func:`table_columns`.
    """
    has_note = any(t.note for t in plan.tasks)
    shown: list[str] = []
    for i, (task, texts) in enumerate(zip(plan.tasks, section_texts(plan), strict=True)):
        where = f"tasks[{i}]"
        new: list[tuple[int, str]] = []
        for level, text in enumerate(texts):
            if len(shown) <= level or shown[level] != text:
                del shown[level:]
                shown.append(text)
                new.append((level, clean(text, where + ".section")))
        del shown[len(texts) :]
        cells = [
            clean(task_ref(task), where + ".label"),
            clean(task.text, where + ".text"),
            clean(task.responsibility.raw if task.responsibility else "", where + ".resp"),
            clean(task.deadline.raw if task.deadline else "", where + ".deadline"),
        ]
        if has_note:
            cells.append(clean(task.note, where + ".note"))
        yield new, cells


def metadata_lines(plan: Plan, clean: Sanitizer, lang: str = "zh") -> list[tuple[str, str]]:
    """(label, value) pairs of the plan's metadata that is set, labelled in ``lang``."""
    out: list[tuple[str, str]] = []
    if plan.issuer:
        out.append((word("issuer", lang), clean(plan.issuer, "issuer")))
    if plan.doc_number:
        out.append((word("doc_number", lang), clean(plan.doc_number, "doc_number")))
    if plan.date:
        out.append((word("issued-on", lang), day_text(plan.date, lang)))
    for i, ref in enumerate(plan.parents):
        words = ""
        if ref.title:
            words += f"《{clean(ref.title, f'parents[{i}].title')}》"
        if ref.doc_number:
            words += f"（{clean(ref.doc_number, f'parents[{i}].doc_number')}）"
        if words:
            out.append((word("based-on", lang), words))
    if plan.default_deadline is not None:
        deadline = clean(plan.default_deadline.raw, "default_deadline")
        out.append((word("overall-deadline", lang), deadline))
    return out
