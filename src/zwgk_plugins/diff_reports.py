"""Reports of a :class:`~zwgk.diff.PlanDiff`: text, HTML, XLSX, JSON, Markdown.

Each writer declares ``kinds=("diff",)``, so ``zwgk.write(d, "r.html")``
picks the HTML report for a diff while a plan still goes to a plan writer.
The reports people read are in Chinese, in a clerk's words (保留、改写、拆分、
合并、新增、删减; 牵头、配合、负责、监管); ``lang="en"`` writes them in English.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import IO, Any

from zwgk._model import Role, Task
from zwgk.diff._json import dump_diff
from zwgk.diff._model import (
    ChangeKind,
    ChildAction,
    DeadlineChange,
    PlanDiff,
    ResponsibilityChange,
    TaskChange,
    TextOp,
)
from zwgk.errors import WriteError
from zwgk.lang.labels import check_lang, word
from zwgk.plugins import FormatInfo, require
from zwgk.serde import reading_text

__all__ = [
    "HtmlDiffReport",
    "JsonDiffReport",
    "MarkdownDiffReport",
    "TextDiffReport",
    "XlsxDiffReport",
]

_KIND_MARK = {
    ChangeKind.SAME: "=",
    ChangeKind.REWORDED: "~",
    ChangeKind.SPLIT: "<",
    ChangeKind.MERGED: ">",
    ChangeKind.ADDED: "+",
    ChangeKind.DROPPED: "-",
}


def _check(obj: Any, options: dict[str, Any], known: Iterable[str]) -> str:
    """Check the value and the options; return the language (``lang``, default ``zh``)."""
    unknown = sorted(set(options) - {*known, "lang"})
    if unknown:
        raise TypeError(f"unexpected keyword argument {unknown[0]!r}")
    if not isinstance(obj, PlanDiff):
        raise WriteError(f"a diff report writes a PlanDiff, not {type(obj).__name__}")
    try:
        return check_lang(options.get("lang", "zh"))
    except ValueError as exc:
        raise WriteError(str(exc)) from None


def _kind(kind: ChangeKind, lang: str) -> str:
    return word(kind.value, lang)


def _role(role: Any, lang: str) -> str:
    return word(role.value, lang)


def _refs(tasks: tuple[Task, ...]) -> str:
    return "、".join(t.ref for t in tasks) or "—"


def _units(r: ResponsibilityChange, lang: str) -> str:
    parts = [f"+{a.name}（{_role(a.role, lang)}）" for a in r.added]
    parts += [f"−{a.name}（{_role(a.role, lang)}）" for a in r.removed]
    parts += [f"{x.unit} {_role(x.parent_role, lang)}→{_role(x.child_role, lang)}"
              for x in r.roles]  # fmt: skip
    if not parts:
        p = r.parent.raw if r.parent else "—"
        c = r.child.raw if r.child else "—"
        parts.append(f"{p} → {c}")
    return "；".join(parts)


def _deadline(d: DeadlineChange, lang: str) -> str:
    p = d.parent.raw if d.parent else "—"
    c = d.child.raw if d.child else "—"
    sep = "：" if lang == "zh" else ": "
    return f"{word('deadline-' + d.kind.value, lang)}{sep}{p} → {c}"


def _fields(change: TaskChange, lang: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if change.responsibility is not None:
        out.append((word("units", lang), _units(change.responsibility, lang)))
    if change.deadline is not None:
        out.append((word("deadline", lang), _deadline(change.deadline, lang)))
    if change.section is not None:
        moved = f"{' / '.join(change.section.parent)} → {' / '.join(change.section.child)}"
        out.append((word("section", lang), moved))
    if change.note is not None:
        note = f"{change.note.parent or '—'} → {change.note.child or '—'}"
        out.append((word("note", lang), note))
    return out


def _summary_lines(d: PlanDiff, lang: str = "zh") -> list[str]:
    s = d.summary
    if lang == "en":
        counts = ", ".join(
            f"{getattr(s, k.value)} {k.value}" for k in ChangeKind if getattr(s, k.value)
        )
        return [
            f"{counts or 'no tasks'}; {s.field_changes} with field changes",
            f"coverage {s.coverage:.1%} ({s.covered} of {s.parent_tasks} parent tasks kept)",
        ]
    counts = "，".join(
        f"{_kind(k, lang)} {getattr(s, k.value)} 项" for k in ChangeKind if getattr(s, k.value)
    )
    return [
        f"{counts or word('no-tasks', lang)}；其中 {s.field_changes} 项责任单位、时限等有变化",
        f"覆盖率 {s.coverage:.1%}（上级方案 {s.parent_tasks} 项任务中纳入 {s.covered} 项）",
    ]


# --- clerk-first summary ----------------------------------------------------

_ZH_KIND = {
    ChangeKind.SAME: "保留",
    ChangeKind.REWORDED: "改写",
    ChangeKind.SPLIT: "拆分",
    ChangeKind.MERGED: "合并",
    ChangeKind.ADDED: "新增",
    ChangeKind.DROPPED: "删减",
}
_ZH_ROLE = {Role.LEAD: "牵头", Role.ASSIST: "配合", Role.OWNER: "负责", Role.SUPERVISE: "监管"}
_ZH_ACTION = {
    ChildAction.LEAD: "自定牵头单位",
    ChildAction.ASSIST: "写明配合",
    ChildAction.OWNER: "自定责任单位",
    ChildAction.BLANK: "未写责任单位",
    ChildAction.DROPPED: "删减",
}
_DOUBT = 0.8  # links less confident than this are listed for review


def _brief(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _clerk_lines(d: PlanDiff) -> list[str]:
    """What a reviewing office reads first, in Chinese: counts, then the findings."""
    s = d.summary
    counts = "、".join(f"{_ZH_KIND[k]} {getattr(s, k.value)}" for k in ChangeKind)
    lines = [f"概况：{counts}；上级任务覆盖 {s.covered}/{s.parent_tasks}（{s.coverage:.0%}）"]
    office = d.office or "本单位"
    for c in d.for_office():
        assert c.office is not None and c.office.parent_role is not None
        near = ""
        if c.nearest is not None:
            near = f"；最近似的下级任务第 {c.nearest + 1} 项（相似度 {c.nearest_score:.2f}）"
        lines.append(
            f"上级要求{office}{_ZH_ROLE[c.office.parent_role]}（{c.office.addressed_by}）"
            f"但未保留：{_refs(c.parent)} {_brief(c.parent_text)}{near}"
        )
    for c in d.role_changes():
        assert c.office is not None and c.office.parent_role is not None
        what = _ZH_ACTION[c.office.child]
        if c.office.assists:
            what += f"（配合{c.office.assists}）"
        lines.append(
            f"角色变化：{_refs(c.parent)} 上级要求{_ZH_ROLE[c.office.parent_role]}，"
            f"下级{what}：{_brief(c.child_text)}"
        )
    for c in d.later_deadlines():
        assert c.deadline is not None
        p = c.deadline.parent.raw if c.deadline.parent else "无"
        ch = c.deadline.child.raw if c.deadline.child else "无"
        lines.append(f"时限推后或取消：{_refs(c.parent)} 上级 {p} → 下级 {ch}")
    for c in d.doubtful(_DOUBT):
        lines.append(
            f"存疑对应（置信度 {c.confidence:.2f}）：上级 {_refs(c.parent)} "
            f"{_brief(c.parent_text, 24)} ⇄ 下级 {_refs(c.child)} {_brief(c.child_text, 24)}"
        )
    return lines


def _plan_lines(d: PlanDiff, lang: str = "zh") -> list[str]:
    sep = "：" if lang == "zh" else ": "
    lines = [f"{_field_word(m.field, lang)}{sep}{m.parent or '—'} → {m.child or '—'}"
             for m in d.metadata]  # fmt: skip
    if d.default_deadline is not None:
        lines.append(f"{word('default_deadline', lang)}{sep}{_deadline(d.default_deadline, lang)}")
    return lines


def _field_word(field: str, lang: str) -> str:
    try:
        return word(field, lang)
    except KeyError:
        return field


# --- text -------------------------------------------------------------------

_ANSI = {
    "del": "\x1b[31m",
    "ins": "\x1b[32m",
    "head": "\x1b[1m",
    "dim": "\x1b[2m",
    "reset": "\x1b[0m",
}


def _safe(text: str) -> str:
    # Control characters from the input must not drive the terminal.
    return "".join(ch if ch.isprintable() or ch == " " else "�" for ch in text)


def _inline(change: TaskChange, mark: Callable[[str, str], str]) -> str:
    out = []
    for e in change.text:
        if e.op is TextOp.EQUAL:
            out.append(_safe(e.child_text))
        else:
            if e.parent_text:
                out.append(mark("del", _safe(e.parent_text)))
            if e.child_text:
                out.append(mark("ins", _safe(e.child_text)))
    return "".join(out)


class TextDiffReport:
    """A terminal report: one entry per change, text edits inline.

    Options: ``color`` (ANSI colours; default off), ``all`` (also list
    ``same`` tasks without field changes; default off).
    """

    info = FormatInfo(
        name="text",
        description="diff report for the terminal",
        extensions=(".txt",),
        media_types=("text/plain",),
        kinds=("diff",),
    )

    def render(
        self, d: PlanDiff, *, color: bool = False, all: bool = False, lang: str = "zh"
    ) -> str:
        def paint(style: str, text: str) -> str:
            return f"{_ANSI[style]}{text}{_ANSI['reset']}" if color else text

        def mark(style: str, text: str) -> str:
            if color:
                return paint(style, text)
            return f"[-{text}-]" if style == "del" else f"{{+{text}+}}"

        child = _safe(d.child_title or d.child_source or word("child", lang))
        parent = _safe(d.parent_title or d.parent_source or word("parent", lang))
        if lang == "zh":
            lines = [paint("head", f"比对 {child}"), paint("head", f"  与 {parent}")]
        else:
            lines = [paint("head", f"diff {child}"), paint("head", f"  vs {parent}")]
        if lang == "zh":
            lines += [f"  {_safe(line)}" for line in _clerk_lines(d)[1:]]
        lines += [f"  {line}" for line in _summary_lines(d, lang)]
        plan = _plan_lines(d, lang)
        if plan:
            lines.append(word("metadata", lang) + ("：" if lang == "zh" else ":"))
            lines += [f"  {_safe(line)}" for line in plan]
        for change in d.changes:
            if not all and not change.has_changes:
                continue
            head = (
                f"{_KIND_MARK[change.kind]} {_kind(change.kind, lang):<8} "
                f"{word('parent', lang)} {_safe(_refs(change.parent))} → "
                f"{word('child', lang)} {_safe(_refs(change.child))}"
            )
            if change.parent and change.child:
                score = f"{word('similarity', lang)} {change.score:.2f}"
                head += f"  （{score}）" if lang == "zh" else f"  ({score})"
            lines.append("")
            lines.append(paint("head", head))
            if change.kind is ChangeKind.ADDED:
                lines.append("  " + paint("ins", _safe(change.child_text)))
            elif change.kind is ChangeKind.DROPPED:
                lines.append("  " + paint("del", _safe(change.parent_text)))
            elif change.kind is ChangeKind.SAME:
                lines.append("  " + paint("dim", _safe(change.child_text)))
            else:
                lines.append("  " + _inline(change, mark))
            sep = "：" if lang == "zh" else ": "
            for name, value in _fields(change, lang):
                lines.append(f"  {name}{sep}{_safe(value)}")
        return "\n".join(lines) + "\n"

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        lang = _check(obj, options, ("color", "all"))
        text = self.render(
            obj, color=bool(options.get("color")), all=bool(options.get("all")), lang=lang
        )
        stream.write(reading_text(text))


# --- HTML -------------------------------------------------------------------

_CSS = """
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",
sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:.4em .6em;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.ref{white-space:nowrap;color:#555;font-size:.9em}
del{background:#fdd;color:#900;text-decoration:line-through}
ins{background:#dfd;color:#060;text-decoration:none}
.kind{font-weight:bold;white-space:nowrap}.kind.same{color:#777}.kind.reworded{color:#a60}
.kind.split,.kind.merged{color:#06a}.kind.added{color:#060}.kind.dropped{color:#900}
tr.added td.child{background:#f3fff3}tr.dropped td.parent{background:#fff3f3}
ul.fields{margin:.3em 0 0 1em;padding:0;font-size:.9em;color:#444}
.sec{color:#777;font-size:.85em}
@media print{@page{size:A4 landscape;margin:12mm}body{margin:0}thead{display:table-header-group}
tr{break-inside:avoid}}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _side_html(change: TaskChange, side: str) -> str:
    tasks = change.parent if side == "parent" else change.child
    if not tasks:
        return ""
    if change.kind in (ChangeKind.ADDED, ChangeKind.DROPPED, ChangeKind.SAME) or not change.text:
        body = _e("".join(t.text for t in tasks))
        if change.kind is ChangeKind.ADDED:
            body = f"<ins>{body}</ins>"
        elif change.kind is ChangeKind.DROPPED:
            body = f"<del>{body}</del>"
    else:
        parts = []
        for e in change.text:
            text = e.parent_text if side == "parent" else e.child_text
            if not text:
                continue
            if e.op is TextOp.EQUAL:
                parts.append(_e(text))
            elif side == "parent":
                parts.append(f"<del>{_e(text)}</del>")
            else:
                parts.append(f"<ins>{_e(text)}</ins>")
        body = "".join(parts)
    section = " / ".join(tasks[0].section)
    sec = f'<div class="sec">{_e(section)}</div>' if section else ""
    return sec + body


class HtmlDiffReport:
    """A standalone HTML page: parent and child side by side, edits highlighted.

    Every text from the plans is escaped; the CSS is inline; the page loads
    nothing.  Option ``all`` (default on) lists ``same`` tasks too.
    """

    info = FormatInfo(
        name="html",
        description="diff report as a standalone HTML page",
        extensions=(".html", ".htm"),
        media_types=("text/html",),
        kinds=("diff",),
    )

    def render(self, d: PlanDiff, *, all: bool = True, lang: str = "zh") -> str:
        child = d.child_title or word("child", lang)
        parent = d.parent_title or word("parent", lang)
        title = f"{child} ⇄ {parent}"
        out = [
            "<!DOCTYPE html>",
            f'<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
            f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
            f"<h1>{_e(title)}</h1>",
            "<ul>" + "".join(f"<li>{_e(x)}</li>" for x in _summary_lines(d, lang)) + "</ul>",
            '<ul class="clerk">'
            + "".join(f"<li>{_e(x)}</li>" for x in (_clerk_lines(d)[1:] if lang == "zh" else []))
            + "</ul>",
        ]
        plan = _plan_lines(d, lang)
        if plan:
            out.append(f"<h2>{_e(word('metadata', lang))}</h2><ul>"
                       + "".join(f"<li>{_e(x)}</li>" for x in plan) + "</ul>")  # fmt: skip
        out.append(
            f"<table><thead><tr><th>{_e(word('change', lang))}</th>"
            f"<th>{_e(word('parent-task', lang))}</th>"
            f'<th class="parent">{_e(parent)}</th><th>{_e(word("child-task", lang))}</th>'
            f'<th class="child">{_e(child)}</th></tr></thead><tbody>'
        )
        for change in d.changes:
            if not all and not change.has_changes:
                continue
            kind = change.kind.value
            fields = _fields(change, lang)
            extra = ""
            if fields:
                extra = (
                    '<ul class="fields">'
                    + "".join(f"<li><b>{_e(n)}</b>: {_e(v)}</li>" for n, v in fields)
                    + "</ul>"
                )
            score = f"<br>{change.score:.2f}" if change.parent and change.child else ""
            out.append(
                f'<tr class="{kind}"><td class="kind {kind}">{_e(_kind(change.kind, lang))}'
                f"{score}</td>"
                f'<td class="ref">{_e(_refs(change.parent))}</td>'
                f'<td class="parent">{_side_html(change, "parent")}</td>'
                f'<td class="ref">{_e(_refs(change.child))}</td>'
                f'<td class="child">{_side_html(change, "child")}{extra}</td></tr>'
            )
        out.append("</tbody></table></body></html>")
        return "\n".join(out) + "\n"

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        lang = _check(obj, options, ("all", "color"))
        page = self.render(obj, all=bool(options.get("all", True)), lang=lang)
        stream.write(reading_text(page))


# --- Markdown ---------------------------------------------------------------

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#+-.!|~"})


def _md(text: str) -> str:
    return " ".join(text.translate(_MD_SPECIAL).split())


class MarkdownDiffReport:
    """A Markdown report: summary, plan changes, then every change.

    Deleted text is ``~~struck~~``, inserted text ``**bold**``.  Option
    ``all`` (default off) lists ``same`` tasks without field changes too.
    """

    info = FormatInfo(
        name="markdown",
        description="diff report in Markdown",
        extensions=(".md", ".markdown"),
        media_types=("text/markdown",),
        kinds=("diff",),
    )

    def render(self, d: PlanDiff, *, all: bool = False, lang: str = "zh") -> str:
        child = _md(d.child_title or word("child", lang))
        parent = _md(d.parent_title or word("parent", lang))
        out = [f"# {child} 与 {parent}" if lang == "zh" else f"# {child} vs {parent}", ""]
        if lang == "zh":
            out += [f"- {_md(x)}" for x in _clerk_lines(d)[1:]] + [""]
        s = d.summary
        out += [f"| {word('change', lang)} | {word('count', lang)} |", "|---|---|"]
        out += [f"| {_kind(k, lang)} | {getattr(s, k.value)} |" for k in ChangeKind]
        out += ["", _md(_summary_lines(d, lang)[1]), ""]
        plan = _plan_lines(d, lang)
        if plan:
            out += [f"## {word('metadata', lang)}", ""] + [f"- {_md(x)}" for x in plan] + [""]
        out += [f"## {word('tasks-heading', lang)}", ""]
        sep = "：" if lang == "zh" else ": "
        for change in d.changes:
            if not all and not change.has_changes:
                continue
            head = (
                f"### {_kind(change.kind, lang)}{sep}{word('parent', lang)} "
                f"{_md(_refs(change.parent))} → {word('child', lang)} {_md(_refs(change.child))}"
            )
            out += [head, ""]
            if change.kind is ChangeKind.ADDED:
                out.append(f"**{_md(change.child_text)}**")
            elif change.kind is ChangeKind.DROPPED:
                out.append(f"~~{_md(change.parent_text)}~~")
            elif change.kind is ChangeKind.SAME:
                out.append(_md(change.child_text))
            else:
                parts = []
                for e in change.text:
                    if e.op is TextOp.EQUAL:
                        parts.append(_md(e.child_text))
                    else:
                        if e.parent_text.strip():
                            parts.append(f"~~{_md(e.parent_text)}~~")
                        if e.child_text.strip():
                            parts.append(f"**{_md(e.child_text)}**")
                out.append("".join(parts))
            fields = _fields(change, lang)
            if fields:
                out.append("")
                out += [f"- {n}{sep}{_md(v)}" for n, v in fields]
            out.append("")
        return "\n".join(out)

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        lang = _check(obj, options, ("all", "color"))
        stream.write(reading_text(self.render(obj, all=bool(options.get("all")), lang=lang)))


# --- JSON -------------------------------------------------------------------


class JsonDiffReport:
    """The diff as JSON; :func:`zwgk.diff.load_diff` reads it back losslessly."""

    info = FormatInfo(
        name="json",
        description="diff as JSON (reads back with zwgk.diff.load_diff)",
        extensions=(".json",),
        media_types=("application/json",),
        lossless=True,
        kinds=("diff",),
    )

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        _check(obj, options, ("indent", "color"))
        stream.write(dump_diff(obj, indent=options.get("indent", 2)))


# --- XLSX -------------------------------------------------------------------

_FILLS = {
    ChangeKind.SAME: None,
    ChangeKind.REWORDED: "FFF2CC",
    ChangeKind.SPLIT: "DDEBF7",
    ChangeKind.MERGED: "DDEBF7",
    ChangeKind.ADDED: "E2EFDA",
    ChangeKind.DROPPED: "FCE4D6",
}


def _cell_text(text: str) -> str:
    # Keep text as text: no formulas, no characters XML cannot hold.
    text = "".join(ch for ch in text if ch in "\t\n" or ch.isprintable() or ord(ch) > 0x9F)
    text = "".join(
        ch for ch in text if not (0xD800 <= ord(ch) <= 0xDFFF) and ch not in "\ufffe\uffff"
    )
    return text[:32767]


class XlsxDiffReport:
    """A workbook: 概况 (summary), 逐项比对 (one row per change) and 方案信息 (plan fields).

    With ``lang="en"`` the sheets are ``Summary``, ``Changes`` and ``Plan``.
    Printed, the changes come out on A4 landscape with the header row on
    every page.
    """

    info = FormatInfo(
        name="xlsx",
        description="diff report as an Excel workbook",
        extensions=(".xlsx",),
        media_types=("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",),
        extra="xlsx",
        requires=("openpyxl",),
        kinds=("diff",),
    )

    HEADERS = (
        "change",
        "similarity",
        "parent-task",
        "parent-section",
        "parent-text",
        "child-task",
        "child-section",
        "child-text",
        "units-added",
        "units-removed",
        "roles-changed",
        "deadline",
        "section-moved",
        "note",
    )
    """The columns of the changes sheet, as keys of :data:`zwgk.lang.labels.WORDS`."""

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        lang = _check(obj, options, ("color", "all"))
        openpyxl = require("openpyxl", "xlsx", feature="xlsx diff report")
        d: PlanDiff = obj
        wb = openpyxl.Workbook()
        self._summary(wb.active, d, lang, word("sheet-summary", lang))
        self._changes(wb.create_sheet(word("sheet-changes", lang)), d, lang)
        self._plan(wb.create_sheet(word("sheet-plan", lang)), d, lang)
        wb.save(stream)

    @staticmethod
    def _summary(ws: Any, d: PlanDiff, lang: str, title: str) -> None:
        ws.title = title
        s = d.summary
        _put(ws, [word("child", lang), d.child_title or ""])
        _put(ws, [word("parent", lang), d.parent_title or ""])
        for k in ChangeKind:
            _put(ws, [_kind(k, lang), getattr(s, k.value)])
        _put(ws, [word("parent-tasks", lang), s.parent_tasks])
        _put(ws, [word("child-tasks", lang), s.child_tasks])
        _put(ws, [word("covered", lang), s.covered])
        _put(ws, [word("coverage", lang), round(s.coverage, 4)])
        ws.cell(row=ws.max_row, column=2).number_format = "0.0%"
        _put(ws, [word("field_changes", lang), s.field_changes])
        ws.column_dimensions["A"].width = 20
        ws.column_dimensions["B"].width = 60
        if lang == "zh":
            _put(ws, [])
            for at, line in enumerate(_clerk_lines(d)[1:]):
                _put(ws, ["审阅要点" if at == 0 else "", line])

    def _changes(self, ws: Any, d: PlanDiff, lang: str) -> None:
        styles = require("openpyxl.styles", "xlsx", feature="xlsx diff report")
        _put(ws, [word(h, lang) for h in self.HEADERS])
        bold = styles.Font(bold=True)
        for cell in ws[1]:
            cell.font = bold
        ws.freeze_panes = "A2"
        from zwgk_plugins._xlsx_write import row_height

        wrap = styles.Alignment(wrap_text=True, vertical="top")
        thin = styles.Side(style="thin", color="808080")
        border = styles.Border(left=thin, right=thin, top=thin, bottom=thin)
        for cell in ws[1]:
            cell.border = border
        widths = [8.0, 7, 8, 16, 48, 8, 16, 48, 18, 18, 18, 24, 10, 16]
        ws.row_dimensions[1].height = row_height([word(h, lang) for h in self.HEADERS], widths)
        for change in d.changes:
            row = _change_row(change, lang)
            _put(ws, row)
            ws.row_dimensions[ws.max_row].height = row_height(row, widths)
            fill = _FILLS[change.kind]
            for cell in ws[ws.max_row]:
                cell.alignment = wrap
                cell.border = border
                if fill:
                    cell.fill = styles.PatternFill("solid", start_color=fill, end_color=fill)
        for col, width in zip("ABCDEFGHIJKLMN", widths, strict=True):
            ws.column_dimensions[col].width = width
        ws.auto_filter.ref = ws.dimensions
        _print_setup(ws, "1:1")

    @staticmethod
    def _plan(ws: Any, d: PlanDiff, lang: str) -> None:
        _put(ws, [word("field", lang), word("parent", lang), word("child", lang)])
        for m in d.metadata:
            _put(ws, [_field_word(m.field, lang), m.parent or "", m.child or ""])
        if d.default_deadline is not None:
            dd = d.default_deadline
            _put(ws, [word("default_deadline", lang), dd.parent.raw if dd.parent else "",
                      dd.child.raw if dd.child else ""])  # fmt: skip
        for col, width in zip("ABC", (16, 50, 50), strict=True):
            ws.column_dimensions[col].width = width


def _put(ws: Any, row: list[Any]) -> None:
    ws.append([_cell_text(v) if isinstance(v, str) else v for v in row])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def _change_row(change: TaskChange, lang: str) -> list[Any]:
    r = change.responsibility
    roles = ""
    if r:
        roles = "、".join(f"{x.unit} {_role(x.parent_role, lang)}→{_role(x.child_role, lang)}"
                         for x in r.roles)  # fmt: skip
    return [
        _kind(change.kind, lang),
        round(change.score, 4),
        _refs(change.parent) if change.parent else "",
        " / ".join(change.parent[0].section) if change.parent else "",
        change.parent_text,
        _refs(change.child) if change.child else "",
        " / ".join(change.child[0].section) if change.child else "",
        change.child_text,
        "、".join(f"{a.name}（{_role(a.role, lang)}）" for a in r.added) if r else "",
        "、".join(f"{a.name}（{_role(a.role, lang)}）" for a in r.removed) if r else "",
        roles,
        _deadline(change.deadline, lang) if change.deadline else "",
        word("moved", lang) if change.section else "",
        f"{change.note.parent or ''} → {change.note.child or ''}" if change.note else "",
    ]


def _print_setup(ws: Any, title_rows: str) -> None:
    """A4 landscape, one page wide, ``title_rows`` repeated on every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
