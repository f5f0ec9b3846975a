"""A plan as one standalone HTML page (a table in the official layout).

Every text is escaped; nothing from the plan can add markup or script.  The
page needs no other file: the styles are inline.  Options: ``strict``,
``report`` (see :mod:`zwgk_plugins.docx_format`).
"""

from __future__ import annotations

from html import escape
from typing import IO, Any

from zwgk._model import Plan
from zwgk.plugins import FormatInfo
from zwgk_plugins._office import Sanitizer, check_plan, section_texts, task_ref, writer_options
from zwgk_plugins._plan_rows import metadata_lines

__all__ = ["HtmlPlanWriter", "render_html"]

_STYLE = """
body { font-family: "FangSong", "仿宋", "仿宋_GB2312", serif; margin: 2em auto; max-width: 60em; }
h1 { font-family: "方正小标宋简体", "SimSun", "宋体", serif; text-align: center;
     font-weight: normal; }
p.meta { text-align: center; margin: .2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #444; padding: .3em .5em; vertical-align: top; }
thead th { background: #eee; font-family: "SimHei", "黑体", sans-serif; }
tr.section th { text-align: left; background: #f7f7f7; }
td.num, td.due { text-align: center; white-space: nowrap; }
"""


def _cell(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def render_html(plan: Plan, clean: Sanitizer | None = None) -> str:
    """The page as a string.

    >>> import zwgk
    >>> page = render_html(zwgk.Plan(title="<b>方案</b>", tasks=[zwgk.Task("做好公开", number=1)]))
    >>> "<b>" in page, "&lt;b&gt;方案&lt;/b&gt;" in page
    (False, True)
    """
    clean = clean or Sanitizer()
    title = clean(plan.title, "title") or "政务公开工作要点分工方案"
    has_note = any(t.note for t in plan.tasks)
    columns = ["序号", "具体要求", "责任单位", "完成时限"] + (["备注"] if has_note else [])
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_cell(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{_cell(title)}</h1>",
    ]
    for label, value in metadata_lines(plan, clean):
        out.append(f'<p class="meta">{escape(label)}：{_cell(value)}</p>')
    out.append("<table>")
    out.append("<thead><tr>" + "".join(f"<th>{c}</th>" for c in columns) + "</tr></thead>")
    out.append("<tbody>")
    shown: list[str] = []
    for i, (task, texts) in enumerate(zip(plan.tasks, section_texts(plan), strict=True)):
        where = f"tasks[{i}]"
        for level, text in enumerate(texts):
            if len(shown) <= level or shown[level] != text:
                del shown[level:]
                shown.append(text)
                out.append(
                    f'<tr class="section level-{level + 1}"><th colspan="{len(columns)}">'
                    f"{_cell(clean(text, where + '.section'))}</th></tr>"
                )
        del shown[len(texts) :]
        cells = [
            f'<td class="num">{_cell(clean(task_ref(task), where + ".label"))}</td>',
            f"<td>{_cell(clean(task.text, where + '.text'))}</td>",
            "<td>"
            + _cell(clean(task.responsibility.raw if task.responsibility else "", where + ".resp"))
            + "</td>",
            '<td class="due">'
            + _cell(clean(task.deadline.raw if task.deadline else "", where + ".deadline"))
            + "</td>",
        ]
        if has_note:
            cells.append(f"<td>{_cell(clean(task.note, where + '.note'))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.extend(["</tbody>", "</table>", "</body>", "</html>", ""])
    return "\n".join(out)


class HtmlPlanWriter:
    """Writes a plan as a standalone HTML page."""

    info = FormatInfo(
        name="html",
        description="a standalone HTML page with the plan table",
        extensions=(".html", ".htm"),
        media_types=("text/html",),
        priority=5,
        kinds=("plan",),
    )

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        clean = writer_options(options)
        stream.write(render_html(check_plan(obj, "html"), clean).encode("utf-8"))
