"""The words reports put in front of people, in Chinese (the default) and English.

One vocabulary for every writer a person reads — diff, roll-up and check
reports, the ledger, the command line — in the words a clerk uses: 保留、改写、
拆分、合并、新增、删减 for what a child plan did with a parent task, 牵头、配合、
负责、监管 for roles, and 未纳入 (not taken into the child plan) rather than
未落实 (not carried out), which reads as "not done".

>>> from zwgk.lang.labels import word
>>> word("dropped"), word("dropped", "en")
('删减', 'dropped')
>>> word("not-taken"), word("lead")
('未纳入', '牵头')
"""

from __future__ import annotations

from typing import Any

__all__ = ["LANGUAGES", "WORDS", "check_lang", "place", "word"]

LANGUAGES = ("zh", "en")
"""The languages reports are written in; the first is the default."""

WORDS: dict[str, tuple[str, str]] = {
    # what a child did with a parent task (diff change kinds)
    "same": ("保留", "same"),
    "reworded": ("改写", "reworded"),
    "split": ("拆分", "split"),
    "merged": ("合并", "merged"),
    "added": ("新增", "added"),
    "dropped": ("删减", "dropped"),
    # a roll-up cell: the parent task is not in that child plan
    "not-taken": ("未纳入", "not taken"),
    # roles
    "lead": ("牵头", "lead"),
    "assist": ("配合", "assist"),
    "owner": ("负责", "owner"),
    "supervise": ("监管", "supervise"),
    # how a deadline changed
    "deadline-added": ("新增时限", "added"),
    "deadline-removed": ("去掉时限", "removed"),
    "deadline-earlier": ("提前", "earlier"),
    "deadline-later": ("推后", "later"),
    "deadline-kind-changed": ("改变时限类型", "kind changed"),
    "deadline-reworded": ("改变表述", "reworded"),
    "year": ("年度", "year"),
    "parent-tasks": ("上级任务", "parent tasks"),
    "child-tasks": ("本级任务", "child tasks"),
    "parent-task": ("上级序号", "parent task"),
    "child-task": ("本级序号", "child task"),
    "parent-text": ("上级任务内容", "parent text"),
    "child-text": ("本级任务内容", "child text"),
    "parent-section": ("上级所属工作", "parent section"),
    "child-section": ("本级所属工作", "child section"),
    "units-added": ("增加的单位", "units added"),
    "units-removed": ("去掉的单位", "units removed"),
    "roles-changed": ("职责变化", "roles changed"),
    "section-moved": ("调整所属工作", "section moved"),
    "moved": ("已调整", "moved"),
    "field": ("项目", "field"),
    "count": ("数量", "count"),
    "no-tasks": ("没有任务", "no tasks"),
    "tasks-heading": ("任务逐项比对", "Tasks"),
    # a three-way merge
    "conflict": ("冲突", "conflict"),
    "base": ("上级原版", "base"),
    "ours": ("本级", "ours"),
    "theirs": ("上级新版", "theirs"),
    "applied": ("已带入上级修改", "applied"),
    "proposed": ("上级新增任务", "proposed"),
    "parent-dropped": ("上级已删减", "parent-dropped"),
    "not-in-child": ("本级未纳入", "not-in-child"),
    "responsibility": ("责任单位", "responsibility"),
    "changed-on-both-sides": ("两边都改了", "changed on both sides"),
    # sheet names of the workbook reports
    "sheet-summary": ("概况", "Summary"),
    "sheet-changes": ("逐项比对", "Changes"),
    "sheet-plan": ("方案信息", "Plan"),
    "sheet-coverage": ("纳入情况", "Coverage"),
    "sheet-children": ("下级方案", "Children"),
    "sheet-legend": ("图例", "Legend"),
    # report words
    "change": ("变化", "change"),
    "parent": ("上级方案", "parent"),
    "child": ("本级方案", "child"),
    "similarity": ("相似度", "similarity"),
    "units": ("责任单位", "units"),
    "deadline": ("完成时限", "deadline"),
    "section": ("所属工作", "section"),
    "note": ("备注", "note"),
    "task": ("任务", "task"),
    "tasks": ("项任务", "tasks"),
    "number": ("序号", "no."),
    "text": ("任务内容", "text"),
    "metadata": ("方案信息", "plan details"),
    "summary": ("概况", "summary"),
    "coverage": ("覆盖率", "coverage"),
    "covered": ("已纳入", "covered"),
    "children": ("下级方案", "child plans"),
    "legend": ("图例", "legend"),
    "rollup": ("汇总", "roll-up"),
    "diff": ("比对", "comparison"),
    "findings": ("检查结果", "findings"),
    "rule": ("规则", "rule"),
    "severity": ("级别", "severity"),
    "error": ("错误", "error"),
    "warning": ("警告", "warning"),
    "info": ("提示", "info"),
    "where": ("位置", "where"),
    "message": ("说明", "message"),
    "name": ("名称", "name"),
    "source": ("来源文件", "source"),
    "issuer": ("发文单位", "issuer"),
    "title": ("标题", "title"),
    "doc_number": ("文号", "document number"),
    "date": ("成文日期", "date"),
    "parents": ("上级文件", "parent documents"),
    "default_deadline": ("统一时限", "default deadline"),
    "default-applied": ("（按统一时限）", " (default deadline)"),
    "field_changes": ("字段变化", "field changes"),
    "added-units": ("增加", "added"),
    "removed-units": ("去掉", "removed"),
    "role-changed": ("职责改为", "role now"),
    "wrote": ("已写入", "wrote"),
    "empty-plan": ("读出 0 项任务", "reads as a plan with no tasks"),
    "unplaced": ("段文字未归入任务", "pieces of text not placed in a task"),
    "nothing-found": ("未发现问题", "nothing found"),
    "who-keeps": ("个下级方案纳入", "child plans keep it"),
    "no-child-keeps": ("项上级任务没有任何下级方案纳入", "parent tasks no child plan keeps"),
    "unit-tally": ("单位统计", "units"),
}
"""Each key's words as ``(Chinese, English)``."""


def check_lang(lang: str) -> str:
    """``lang`` if it is one of :data:`LANGUAGES`, else :class:`ValueError`."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang={lang!r}: reports are written in {' or '.join(LANGUAGES)}")
    return lang


def word(key: str, lang: str = "zh") -> str:
    """The word for ``key`` in ``lang`` (``zh`` or ``en``)."""
    return WORDS[key][LANGUAGES.index(check_lang(lang))]


def place(location: Any, lang: str = "zh") -> str:
    """Where a thing is, for a person: ``第 2 页，第 12 行`` (``lang="en"``: ``str(location)``).

    >>> from zwgk import Location
    >>> place(Location(page=2, line=12)), place(Location(line=3, end_line=5, row=4))
    ('第 2 页，第 12 行', '第 3-5 行，表格第 4 行')
    """
    if lang == "en":
        return str(location)
    parts: list[str] = []
    if location.sheet is not None:
        parts.append(f"工作表 {location.sheet}")
    if location.page is not None:
        parts.append(f"第 {location.page} 页")
    if location.line is not None:
        end = location.end_line
        span = location.line if end is None or end == location.line else f"{location.line}-{end}"
        parts.append(f"第 {span} 行")
    if location.row is not None:
        parts.append(f"表格第 {location.row} 行")
    if location.column is not None:
        parts.append(f"第 {location.column} 列")
    if location.path is not None:
        parts.append(location.path)
    return "，".join(parts)
