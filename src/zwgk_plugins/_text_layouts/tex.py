"""A plan kept in its LaTeX source (a school's or an institute's, typeset
with ``ctex``): a preamble of commands (``\\documentclass``,
``\\usepackage``), the title and author in commands of their own
(``\\title{…}``, ``\\author{…}``, ``\\date{…}``), parts as sections
(``\\section*{一、…}``), tasks as a list's items (``\\item[1.] 公开…``,
``\\item 公开…``), lines closed by ``\\\\`` and words set in ``\\textbf{…}``.

:func:`tex_source_read` reads such a source as the plain text it stands
for: a section's or the title's text alone on its line, the author and date
as the fields zwgk reads (:data:`~zwgk.lang.vocab.MARKUP_FIELDS`), an item
as its label and text, a command around words as the words; the commands
alone on their lines, the environments' marks and the comments go to the
residue.  A ``tabular`` is left as it is, for the table readers.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.lang.vocab import MARKUP_FIELDS, TEX_COMMANDS
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["R_TEX", "TEX_SOURCE_CODE", "tex_source_read"]

TEX_SOURCE_CODE: Final = "text.tex_source"
R_TEX: Final = "a TeX source's commands"

_ARG: Final = r"\{(?P<arg>(?:[^{}]|\{[^{}]*\})*)\}"
# a command heading its line with its text in braces: a title, a section, a field
_HEADING: Final = re.compile(
    rf"^[ \t]*\\(?P<cmd>title|author|date|(?:sub)*section|chapter|part|paragraph|caption)"
    rf"\*?(?:\[[^\]]*\])?{_ARG}[ \t]*$"
)
_ITEM: Final = re.compile(r"^(?P<indent>[ \t]*)\\item(?:\[(?P<label>[^\]]*)\])?[ \t]*")
_COMMANDS_ALONE: Final = re.compile(rf"^[ \t]*{TEX_COMMANDS}$")
# a command setting words (\textbf{公开}, \emph{…}): the words
_AROUND: Final = re.compile(
    r"\\(?:textbf|textit|emph|underline|textrm|textsf|mbox|heiti|kaishu)\{([^{}]*)\}"
)
_LINE_END: Final = re.compile(r"[ \t]*\\\\(?:\[[^\]]*\])?[ \t]*$")
_COMMENT: Final = re.compile(r"(?<!\\)%.*$")
_TABLE_BEGIN: Final = re.compile(r"\\begin\{(?:tabular|tabularx|longtable|tabu)\*?\}")
_TABLE_END: Final = re.compile(r"\\end\{(?:tabular|tabularx|longtable|tabu)\*?\}")
_SOURCE: Final = re.compile(r"\\(?:documentclass|begin\{document\}|item\b|section)")
_FEWEST_MARKS: Final = 2


@attrs.define
class _Source:
    """The lines of a TeX source read, and what was taken out of them."""

    out: list[str] = attrs.field(factory=list)
    residue: list[Residue] = attrs.field(factory=list)
    in_table: bool = False

    def aside(self, what: str, no: int) -> None:
        if what.strip():
            self.residue.append(Residue(what.strip(), R_TEX, Location(line=no)))

    def take(self, line: str, no: int) -> None:
        if self.in_table or _TABLE_BEGIN.search(line):
            self.in_table = _TABLE_END.search(line) is None
            self.out.append(line)
            return
        comment = _COMMENT.search(line)
        if comment is not None:
            self.aside(comment.group(), no)
            line = line[: comment.start()]
            if not line.strip():
                return
        if (m := _HEADING.match(line)) is not None:
            self._heading(m, line, no)
        elif _COMMANDS_ALONE.match(line):
            self.aside(line, no)
        else:
            self.out.append(self._text(line, no))

    def _heading(self, m: re.Match[str], line: str, no: int) -> None:
        words = _AROUND.sub(r"\1", m["arg"]).strip()
        field = MARKUP_FIELDS.get(m["cmd"])
        if words:
            self.out.append(words if field is None else f"{field}：{words}")
        self.aside(line[: m.start("arg")] + line[m.end("arg") :], no)

    def _text(self, line: str, no: int) -> str:
        end = _LINE_END.search(line)
        if end is not None:
            self.aside(end.group(), no)
            line = line[: end.start()]
        item = _ITEM.match(line)
        if item is not None:
            self.aside(r"\item" + ("[]" if item["label"] is not None else ""), no)
            line = item["indent"] + (item["label"] or "") + line[item.end() :]
        return _AROUND.sub(r"\1", line)


def tex_source_read(text: str) -> Parted:
    """``text`` read as the plain text its LaTeX source stands for (see the
    module's description); other texts as they are.

    >>> source = "\\\\title{某校2024年校务公开工作要点}\\n\\\\section*{一、基本信息公开}"
    >>> print(tex_source_read(source + "\\n\\\\item[1.] 公开章程。\\\\\\\\").text)
    某校2024年校务公开工作要点
    一、基本信息公开
    1.公开章程。
    """
    if "\\" not in text or len(_SOURCE.findall(text)) < _FEWEST_MARKS:
        return Parted(text)
    source = _Source()
    for no, line in enumerate(text.split("\n"), start=1):
        source.take(line, no)
    note = Diagnostic(
        TEX_SOURCE_CODE, "a LaTeX source was read without its commands", Severity.INFO
    )
    return Parted("\n".join(source.out), tuple(source.residue), note)
