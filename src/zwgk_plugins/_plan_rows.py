"""A plan as rows of text, for the flat exports (private)."""

from __future__ import annotations

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
