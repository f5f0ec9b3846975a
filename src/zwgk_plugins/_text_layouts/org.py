"""A plan kept as an Org-mode outline (Emacs's, or an app that writes its
files): keyword lines first (``#+TITLE: 某中心…工作任务``, ``#+AUTHOR:``,
``#+DATE:``), each item a heading opened by stars, perhaps with its state
(``** TODO``, ``** DONE``), a priority (``[#A]``) and tags (``:公开:``), and
under it its planning line (``DEADLINE: <2024-03-31 Sun>``) and drawers
(``:PROPERTIES:`` … ``:END:``) holding fields (``:责任科室: 综合科``).

:func:`org_outline` reads such an outline as the plain text it stands for:
the title alone on its line, the author and date and a deadline as the
fields zwgk reads (:data:`~zwgk.lang.vocab.MARKUP_FIELDS`), a heading as its
text, a property as ``名称：值``; the stars, states, priorities, tags, the
drawers' marks, a log's entries and the other keywords go to the residue.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.lang.vocab import MARKUP_FIELDS
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["ORG_OUTLINE_CODE", "R_ORG_MARKS", "org_outline"]

ORG_OUTLINE_CODE: Final = "text.org_outline"
R_ORG_MARKS: Final = "an outline's marks, states, keywords and log"

_KEYWORD: Final = re.compile(r"^[ \t]*#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*)$")
# a heading: its stars, state, priority, text and tags
_HEADING: Final = re.compile(
    r"^(?P<stars>\*+)[ \t]+(?:(?P<state>[A-Z][A-Z_]{1,15})[ \t]+)?(?:\[#[A-Z0-9]\][ \t]*)?"
    r"(?P<text>.*?)(?:[ \t]+:[\w@#%]+(?::[\w@#%]+)*:)?[ \t]*$"
)
_DRAWER: Final = re.compile(r"^[ \t]*:(?P<name>[A-Za-z_-]+):[ \t]*$")
_DRAWER_END: Final = re.compile(r"^[ \t]*:END:[ \t]*$", re.I)
_PROPERTY: Final = re.compile(r"^[ \t]*:(?P<key>[^:\s][^:\n]*?):[ \t]+(?P<value>\S.*?)[ \t]*$")
_PLANNING: Final = re.compile(
    r"^[ \t]*(?:(?:DEADLINE|SCHEDULED|CLOSED):[ \t]*[<\[][^>\]\n]*[>\]][ \t]*)+$"
)
_DEADLINE: Final = re.compile(r"DEADLINE:[ \t]*[<\[](?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})")
_TODO_KEYWORDS: Final = re.compile(r"^(?:TODO|SEQ_TODO|TYP_TODO)$", re.I)
_DEFAULT_STATES: Final = frozenset({"TODO", "DONE"})
_FEWEST_HEADINGS: Final = 2
_LONGEST_HEADING: Final = 1000  # characters of a heading's line, at most (its match is bounded)


def _heading_of(line: str) -> re.Match[str] | None:
    """A heading's match, where ``line`` is one: no rule of stars around a
    record's number (a database client's ``*** 1. row ***``)."""
    if len(line) > _LONGEST_HEADING or line.rstrip().endswith("*"):
        return None
    return _HEADING.match(line)


def _is_org(text: str, lines: list[str]) -> bool:
    """Whether ``text`` is an Org-mode outline: headings opened by stars, and
    a keyword line, a drawer or a heading two levels down besides."""
    headings = [line for line in lines if _heading_of(line)]
    if len(headings) < _FEWEST_HEADINGS:
        return False
    return (
        any(_KEYWORD.match(line) for line in lines)
        or ":END:" in text.upper()
        or any(line.startswith("**") for line in headings)
    )


def _states(lines: list[str]) -> frozenset[str]:
    """The states an item may be in: TODO and DONE, and those the outline's
    ``#+TODO:`` lines name."""
    states = set(_DEFAULT_STATES)
    for line in lines:
        m = _KEYWORD.match(line)
        if m is not None and _TODO_KEYWORDS.match(m["key"]):
            states.update(w for w in m["value"].replace("|", " ").split() if w.isupper())
    return frozenset(states)


@attrs.define
class _Outline:
    """The lines of an outline read, and what was taken out of them."""

    states: frozenset[str]
    out: list[str] = attrs.field(factory=list)
    residue: list[Residue] = attrs.field(factory=list)
    drawer: str | None = None

    def aside(self, what: str, no: int) -> None:
        if what.strip():
            self.residue.append(Residue(what.strip(), R_ORG_MARKS, Location(line=no)))

    def take(self, line: str, no: int) -> None:
        if self.drawer is not None:
            self._in_drawer(line, no)
        elif (m := _DRAWER.match(line)) is not None and not _DRAWER_END.match(line):
            self.drawer = m["name"].upper()
            self.aside(line, no)
        elif (m := _KEYWORD.match(line)) is not None:
            self.keyword(m, line, no)
        elif _PLANNING.match(line):
            self._planning(line, no)
        elif (m := _heading_of(line)) is not None:
            self._heading(m, line, no)
        else:
            self.out.append(line)

    def _in_drawer(self, line: str, no: int) -> None:
        if _DRAWER_END.match(line):
            self.drawer = None
            self.aside(line, no)
        elif self.drawer == "PROPERTIES" and (m := _PROPERTY.match(line)) is not None:
            self.out.append(f"{m['key']}：{m['value']}")
            self.aside(line[: m.start("key")] + ":" + line[m.end("key") : m.start("value")], no)
        elif self.drawer == "LOGBOOK":
            self.aside(line, no)
        else:
            self.out.append(line)

    def keyword(self, m: re.Match[str], line: str, no: int) -> None:
        key = m["key"].lower()
        if key == "title" and m["value"].strip():
            self.out.append(m["value"].strip())
            self.aside(line[: m.start("value")], no)
        elif key in MARKUP_FIELDS and m["value"].strip():
            self.out.append(f"{MARKUP_FIELDS[key]}：{m['value'].strip()}")
            self.aside(line[: m.start("value")], no)
        else:
            self.aside(line, no)

    def _planning(self, line: str, no: int) -> None:
        due = _DEADLINE.search(line)
        if due is not None:
            self.out.append(f"{MARKUP_FIELDS['deadline']}：{due['date']}")
        self.aside(line, no)

    def _heading(self, m: re.Match[str], line: str, no: int) -> None:
        text = m["text"]
        if m["state"] is not None and m["state"] not in self.states:
            text = line[m.start("state") : m.end("text")]  # (an upper-case word of the text's own)
        self.out.append(text)
        self.aside(line[: line.index(text)] + line[line.index(text) + len(text) :], no)


def org_outline(text: str) -> Parted:
    """``text`` read as the plain text its Org-mode outline stands for (see
    the module's description); other texts as they are.

    >>> outline = "#+TITLE: 某中心工作任务\\n* 一、基础信息公开\\n** DONE 1.公开职能。"
    >>> print(org_outline(outline + "\\n   :PROPERTIES:\\n   :责任科室: 综合科\\n   :END:").text)
    某中心工作任务
    一、基础信息公开
    1.公开职能。
    责任科室：综合科
    """
    if "*" not in text and "#+" not in text:
        return Parted(text)
    lines = text.split("\n")
    if not _is_org(text, lines):
        return _keywords_only(lines)
    outline = _Outline(_states(lines))
    for no, line in enumerate(lines, start=1):
        outline.take(line, no)
    note = Diagnostic(
        ORG_OUTLINE_CODE,
        "an Org-mode outline was read without its stars, states, tags and drawers' marks",
        Severity.INFO,
    )
    return Parted("\n".join(outline.out), tuple(outline.residue), note)


def _keywords_only(lines: list[str]) -> Parted:
    """Keyword lines (``#+TITLE:``, ``#+CAPTION:``) read where no outline is:
    a table kept in Org-mode's source."""
    if not any(_KEYWORD.match(line) for line in lines):
        return Parted("\n".join(lines))
    outline = _Outline(_DEFAULT_STATES)
    for no, line in enumerate(lines, start=1):
        m = _KEYWORD.match(line)
        if m is None:
            outline.out.append(line)
        else:
            outline.keyword(m, line, no)
    return Parted("\n".join(outline.out), tuple(outline.residue))
