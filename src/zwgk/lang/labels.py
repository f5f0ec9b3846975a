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

__all__ = ["LANGUAGES", "REVIEW_TAGS", "WORDS", "check_lang", "place", "word"]

LANGUAGES = ("zh", "en")
"""The languages reports are written in; the first is the default."""

REVIEW_TAGS = ("conflict", "proposed", "parent-dropped")
"""Task tags a merge leaves for a reviewer: written plans show them in a column."""

WORDS: dict[str, tuple[str, str]] = {
    # command-line errors about the command's own options
    "cli.check-needs-plan": (
        "check 需要一个方案文件（或 --list-rules）",
        "check needs a PLAN (or --list-rules)",
    ),
    "cli.unknown-rules": (
        "未知的检查规则：{ids}（zwgk check --list-rules 列出全部规则）",
        "unknown rule id(s): {ids} (zwgk check --list-rules lists them)",
    ),
    "cli.threshold": (
        "--threshold 须在 0 到 1 之间，现为 {value}",
        "--threshold must be between 0 and 1, got {value}",
    ),
    "cli.jobs": ("--jobs 至少为 1，现为 {value}", "--jobs must be at least 1, got {value}"),
    "cli.no-child-read": ("没有一个下级方案能读出", "none of the child plans could be read"),
    "cli.policy": ("--policy {value}：可用 {choices}", "--policy {value}: use one of {choices}"),
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
    "col-mark": ("合并标记", "merge mark"),
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
    "heading": ("标题", "heading"),
    # the plan writers (ledger, Word, HTML, Markdown, CSV): column headers and fixed labels
    "col-section": ("工作任务", "work area"),
    "col-text": ("具体要求", "requirement"),
    "col-units": ("责任单位", "responsible units"),
    "col-lead": ("牵头单位", "lead units"),
    "col-assist": ("配合单位", "assisting units"),
    "col-status": ("完成情况", "status"),
    "col-progress": ("工作进展", "progress"),
    "col-evidence": ("佐证材料", "evidence"),
    "col-unit": ("单位", "unit"),
    "col-role": ("职责", "role"),
    "col-task-number": ("任务序号", "task no."),
    "col-requirement": ("任务要求", "task"),
    "plan-title": ("政务公开工作要点分工方案", "Government disclosure work plan"),
    "ledger-title": ("政务公开工作台账", "Government disclosure work ledger"),
    "sheet-ledger": ("工作台账", "Ledger"),
    "sheet-by-unit": ("按单位", "By unit"),
    "by-unit-title": (
        "按单位分列的任务（每个单位牵头、负责、配合的任务）",
        "Tasks by unit (what each unit leads, owns and assists with)",
    ),
    "page-of": ("第 &P 页，共 &N 页", "Page &P of &N"),
    "issued-on": ("日期", "date"),
    "based-on": ("依据", "based on"),
    "overall-deadline": ("总体时限", "overall deadline"),
    "made-under": ("根据{words}制定本方案。", "This plan implements {words}."),
    # what the check rules look for (``zwgk check --list-rules``)
    "rule.missing-unit": ("任务未明确责任单位", "a task names no responsible unit"),
    "rule.missing-deadline": (
        "任务未明确完成时限且方案未设统一时限",
        "a task has no deadline and the plan has no default",
    ),
    "rule.deadline-conflict": (
        "任务文字所写时限与完成时限不一致",
        "a deadline written in the task text contradicts the task's deadline",
    ),
    "rule.deadline-before-plan": (
        "时限早于方案印发日期",
        "a deadline falls before the plan's own date",
    ),
    "rule.task-numbering": (
        "任务编号不连续、重复或顺序颠倒",
        "task numbers skip, repeat or go backwards",
    ),
    "rule.heading-numbering": ("标题编号不连续或重复", "heading ordinals skip or repeat"),
    "rule.garbled-text": (
        "文字乱码（U+FFFD、中文中夹有“?”、错用编码）",
        "text looks mis-decoded (U+FFFD, '?' in Chinese, mojibake)",
    ),
    "rule.duplicate-task": (
        "任务重复（两项任务内容相同或基本相同）",
        "two tasks of the plan say the same thing",
    ),
    "rule.reader-diagnostics": (
        "读取时发现的问题，以及未归入任务的文字",
        "what the reader noticed, and text it could not place",
    ),
    "rule.deadline-after-parent": (
        "完成时限晚于上级方案中所落实任务的时限",
        "a child task is due later than the parent task it implements",
    ),
    "rule.parent-task-dropped": (
        "上级方案要求本单位落实的任务未纳入本方案",
        "a parent task addressed to this plan's issuer has no counterpart in the plan",
    ),
    # what the check rules found: templates the rules fill in ({…} fields)
    "check.no-unit": ("未明确责任单位：“{text}”", "no responsible unit for “{text}”"),
    "check.unit-unrecognised": (
        "责任单位“{raw}”中没有可识别的单位",
        "responsibility “{raw}” names no unit that could be recognised",
    ),
    "check.no-deadline": (
        "未明确完成时限且方案未设统一时限",
        "no deadline, and the plan sets no default deadline",
    ),
    "check.deadline-conflict": (
        "任务文字所写时限“{found}”（{found_day}）与完成时限“{deadline}”（{day}）不一致",
        "the text says “{found}” ({found_day}) but the deadline is “{deadline}” ({day})",
    ),
    "check.default-before-plan": (
        "统一时限“{deadline}”（{day}）早于方案印发日期{issued}",
        "the default deadline “{deadline}” ({day}) is before the plan's date {issued}",
    ),
    "check.deadline-before-plan": (
        "完成时限“{deadline}”（{day}）早于方案印发日期{issued}",
        "deadline “{deadline}” ({day}) is before the plan's date {issued}",
    ),
    "check.number-repeats": (
        "{what}编号 {label} 重复（前面已有 {first}）",
        "{what} {label} repeats {first}",
    ),
    "check.number-start": ("{what}编号从 {label} 开始，不是从 1 开始", "{what}s start at {label}"),
    "check.number-skips": (
        "{what}编号不连续：缺 {missing}（从 {previous} 跳到 {number}）",
        "{what} numbering skips {missing} (from {previous} to {number})",
    ),
    "check.number-backwards": (
        "{what}编号 {label} 排在 {previous} 之后（顺序颠倒）",
        "{what} {label} comes after {previous}",
    ),
    "check.garbled-plan": ("方案{part}“{text}”文字乱码：{why}", "plan {part} “{text}”: {why}"),
    "check.garbled-task": ("{part}“{text}”文字乱码：{why}", "{part} “{text}”: {why}"),
    "check.garbled-replacement": (
        "含替换字符 U+FFFD（有无法解码的字节）",
        "replacement character U+FFFD (undecodable bytes)",
    ),
    "check.garbled-question": (
        "中文中夹有“?”（解码时丢失了字符）",
        "'?' inside Chinese text (a character lost in decoding)",
    ),
    "check.garbled-mojibake": (
        "“{mark}”是用错编码解码文字的典型乱码",
        "“{mark}” is typical of text decoded with the wrong encoding",
    ),
    "check.garbled-private-use": (
        "含私用区字符（字体或编码没有对应）",
        "private-use characters (an unmapped font or encoding)",
    ),
    "check.garbled-control": ("含控制字符", "control characters in the text"),
    "check.duplicate": (
        "任务重复：与任务 {ref}（“{text}”）相同",
        "repeats task {ref} (“{text}”)",
    ),
    "check.near-duplicate": (
        "任务基本重复：与任务 {ref}（“{text}”）基本相同",
        "nearly repeats task {ref} (“{text}”)",
    ),
    "check.unplaced": (
        "{count} 段文字未归入任务（第一段：[{reason}]“{text}”）",
        "{count} piece(s) of text were not placed in a task (first: [{reason}] “{text}”)",
    ),
    "check.after-parent": (
        "完成时限晚于上级方案：本任务{day}完成，上级任务 {ref} 要求{parent_day}完成",
        "due {day}, after the parent task {ref} (due {parent_day})",
    ),
    "check.parent-dropped": (
        "上级方案要求本单位落实的任务未纳入本方案：上级任务 {ref}（“{text}”，责任单位：{units}）",
        "parent task {ref} (“{text}”, for {units}) has no counterpart in this plan",
    ),
    "check.rule-not-loaded": (
        "检查规则 {name}（{value}）无法加载：{error}",
        "check {name} ({value}) could not be loaded: {error}",
    ),
    "check.rule-failed": ("检查规则 {name} 运行出错：{error}", "check {name} failed: {error}"),
    "findings-total": ("共 {count} 条检查结果", "{count} finding(s)"),
    "findings-count": ("{severity} {count} 条", "{count} {severity}"),
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
