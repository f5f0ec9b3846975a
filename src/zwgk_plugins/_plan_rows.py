"""A plan as rows of text, for the flat exports (private)."""

from __future__ import annotations

from collections.abc import Iterator

from zwgk._model import Plan, Role
from zwgk_plugins._office import Sanitizer, section_texts, task_ref, units_by_role

FLAT_COLUMNS = (
    "序号",
    "工作任务",
    "具体要求",
    "责任单位",
    "牵头单位",
    "配合单位",
    "完成时限",
    "备注",
)
"""The columns of the CSV export."""


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


TABLE_COLUMNS = ("序号", "具体要求", "责任单位", "完成时限")
"""The columns of the task tables in the HTML and Markdown exports (备注 added when used)."""


def table_columns(plan: Plan) -> list[str]:
    """:data:`TABLE_COLUMNS`, with 备注 when any task has a note."""
    return [*TABLE_COLUMNS, *(["备注"] if any(t.note for t in plan.tasks) else [])]


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


def metadata_lines(plan: Plan, clean: Sanitizer) -> list[tuple[str, str]]:
    """(label, value) pairs of the plan's metadata that is set."""
    out: list[tuple[str, str]] = []
    if plan.issuer:
        out.append(("发文单位", clean(plan.issuer, "issuer")))
    if plan.doc_number:
        out.append(("文号", clean(plan.doc_number, "doc_number")))
    if plan.date:
        d = plan.date
        out.append(("日期", f"{d.year}年{d.month}月{d.day}日"))
    for i, ref in enumerate(plan.parents):
        words = ""
        if ref.title:
            words += f"《{clean(ref.title, f'parents[{i}].title')}》"
        if ref.doc_number:
            words += f"（{clean(ref.doc_number, f'parents[{i}].doc_number')}）"
        if words:
            out.append(("依据", words))
    if plan.default_deadline is not None:
        out.append(("总体时限", clean(plan.default_deadline.raw, "default_deadline")))
    return out
