"""A plan as Markdown: headings for its sections, a table of tasks under each.

Text is escaped so that nothing in a plan becomes markup: Markdown
punctuation gets a backslash, ``<`` and ``&`` become entities, a line break in
a cell becomes ``<br>``.  Options: ``strict``, ``report`` (see
:mod:`zwgk_plugins.docx_format`), ``lang="en"`` for English headers and labels.
"""

from __future__ import annotations

import re
from typing import IO, Any

from zwgk._model import Plan
from zwgk.lang.labels import word
from zwgk.plugins import FormatInfo
from zwgk_plugins._office import Sanitizer, check_plan, writer_lang, writer_options
from zwgk_plugins._plan_rows import colon, metadata_lines, sectioned_rows, table_columns

__all__ = ["MarkdownPlanWriter", "escape_markdown", "render_markdown"]

# Every text is placed after a prefix ("# ", "- ", "| "), so only inline markup
# needs escaping.
_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def escape_markdown(text: str, *, cell: bool = False) -> str:
    """Escape ``text`` so Markdown shows it as written.

    >>> escape_markdown("a*b* <x>")
    'a\\\\*b\\\\* &lt;x&gt;'
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    if cell:
        return text.replace("\n", "<br>")
    return text.replace("\n", " ")


def render_markdown(plan: Plan, clean: Sanitizer | None = None, lang: str = "zh") -> str:
    """The document as a string.

    >>> import zwgk
    >>> print(render_markdown(zwgk.Plan(title="方案", tasks=[zwgk.Task("做好公开", number=1)])))
    # 方案
    <BLANKLINE>
    | 序号 | 具体要求 | 责任单位 | 完成时限 |
    | --- | --- | --- | --- |
    | 1 | 做好公开 |  |  |
    <BLANKLINE>
    """
    clean = clean or Sanitizer()
    title = clean(plan.title, "title") or word("plan-title", lang)
    columns = table_columns(plan, lang)
    out = [f"# {escape_markdown(title)}", ""]
    meta = metadata_lines(plan, clean, lang)
    for label, value in meta:
        out.append(f"- {label}{colon(lang)}{escape_markdown(value)}")
    if meta:
        out.append("")
    table_open = False
    for headings, cells in sectioned_rows(plan, clean):
        for level, text in headings:
            if table_open:
                out.append("")
                table_open = False
            hashes = "#" * min(level + 2, 6)
            out.extend([f"{hashes} {escape_markdown(text)}", ""])
        if not table_open:
            out.append("| " + " | ".join(columns) + " |")
            out.append("|" + " --- |" * len(columns))
            table_open = True
        row = " | ".join(escape_markdown(c, cell=True) for c in cells)
        out.append(f"| {row} |")
    if table_open:
        out.append("")
    return "\n".join(out)


class MarkdownPlanWriter:
    """Writes a plan as Markdown."""

    info = FormatInfo(
        name="markdown",
        description="Markdown: section headings and task tables",
        extensions=(".md", ".markdown"),
        media_types=("text/markdown",),
        priority=5,
        kinds=("plan",),
    )

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        lang = writer_lang(options)
        clean = writer_options(options)
        stream.write(render_markdown(check_plan(obj, "markdown"), clean, lang).encode("utf-8"))
