"""A plan as one standalone HTML page (a table in the official layout).

Every text is escaped; nothing from the plan can add markup or script.  The
page needs no other file: the styles are inline.  Options: ``strict``,
``report`` (see :mod:`zwgk_plugins.docx_format`), ``lang="en"`` for English
headers and labels (``<html lang="en">``).
"""

from __future__ import annotations

from html import escape
from typing import IO, Any

from zwgk._model import Plan
from zwgk.lang.labels import word
from zwgk.plugins import FormatInfo
from zwgk_plugins._office import Sanitizer, check_plan, writer_lang, writer_options
from zwgk_plugins._plan_rows import colon, metadata_lines, sectioned_rows, table_columns

__all__ = ["HtmlPlanWriter", "render_html"]

_STYLE = """
body { font-family: "FangSong", "仿宋", "仿宋_GB2312", "Noto Serif CJK SC", "Source Han Serif SC",
       serif; margin: 2em auto; max-width: 60em; }
h1 { font-family: "方正小标宋简体", "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC",
     serif; text-align: center; font-weight: normal; }
p.meta { text-align: center; margin: .2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #444; padding: .3em .5em; vertical-align: top; }
thead th { background: #eee; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; }
tr.section th { text-align: left; background: #f7f7f7; }
td.num, td.due { text-align: center; white-space: nowrap; }
@media print { @page { size: A4 landscape; margin: 15mm; } body { max-width: none; margin: 0; }
  thead { display: table-header-group; } tr { break-inside: avoid; } }
"""


def _cell(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def render_html(plan: Plan, clean: Sanitizer | None = None, lang: str = "zh") -> str:
    """The page as a string.

    >>> import zwgk
    >>> page = render_html(zwgk.Plan(title="<b>方案</b>", tasks=[zwgk.Task("做好公开", number=1)]))
    >>> "<b>" in page, "&lt;b&gt;方案&lt;/b&gt;" in page
    (False, True)
    """
    clean = clean or Sanitizer()
    title = clean(plan.title, "title") or word("plan-title", lang)
    columns = table_columns(plan, lang)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_cell(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{_cell(title)}</h1>",
    ]
    for label, value in metadata_lines(plan, clean, lang):
        out.append(f'<p class="meta">{escape(label)}{colon(lang)}{_cell(value)}</p>')
    out.append("<table>")
    out.append("<thead><tr>" + "".join(f"<th>{c}</th>" for c in columns) + "</tr></thead>")
    out.append("<tbody>")
    for headings, cells in sectioned_rows(plan, clean):
        for level, text in headings:
            out.append(
                f'<tr class="section level-{level + 1}"><th colspan="{len(columns)}">'
                f"{_cell(text)}</th></tr>"
            )
        classes = ['class="num"', "", "", 'class="due"', ""]
        out.append(
            "<tr>"
            + "".join(
                f"<td{' ' + cls if cls else ''}>{_cell(c)}</td>"
                for cls, c in zip(classes, cells, strict=False)
            )
            + "</tr>"
        )
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
        lang = writer_lang(options)
        clean = writer_options(options)
        stream.write(render_html(check_plan(obj, "html"), clean, lang).encode("utf-8"))
