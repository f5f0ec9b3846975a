"""A plan kept as a configuration file: TOML's tables (``[[任务]]`` over
``序号 = 1`` / ``工作任务 = "公开…"``) or an INI file's sections (``[任务1]``
over ``工作任务=公开…``), a row a section, its cells keyed by the header's
words; the document's own fields above the first section
(``标题 = "某局…清单"``).

:func:`keyed_sections` sets such a text out as the records the ``records``
layout reads (``- 序号: 1`` / ``  工作任务: 公开…``): a section's first key
opens its record, the values lose their quotes, and the document's fields
before the first section are their values' lines; a section named by its
row's number alone (``[3]``, ``[任务3]``), its keys naming none, gives the
record its 序号; the sections' names, the fields' keys and the quotes go to
the residue.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

import attrs

from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.lang.vocab import header_role
from zwgk_plugins._text_layouts.parting import Parted

__all__ = ["KEYED_SECTIONS_CODE", "R_KEYS", "keyed_sections"]

KEYED_SECTIONS_CODE: Final = "text.keyed_sections"
R_KEYS: Final = "a configuration file's section names, keys and quotes"

# a section's name alone on its line: [任务], [[任务]], [任务.3]
_SECTION: Final = re.compile(r"^[ \t]*\[\[?(?P<name>[^\[\]\n=]{1,24})\]\]?[ \t]*$")
# a key (quoted, as TOML writes one not in ASCII, or bare), its = and its value
_KEYED: Final = re.compile(
    r"^[ \t]*(?P<q>[\"']?)(?P<key>[^\s=\[\]\"'#;]{1,16})(?P=q)[ \t]*=[ \t]*(?P<value>.*?)[ \t]*$"
)
_FEWEST_SECTIONS: Final = 2
# a section named by its row's number, alone or after a word (``[3]``, ``[任务3]``, ``[task.3]``)
_SERIAL_NAME: Final = re.compile(r"[^\d\s]{0,8}?[ ._-]?(?P<n>\d{1,4})")
_SERIAL_KEY: Final = "序号"


def _unquoted(value: str) -> str:
    """A value without the quotes around it and with its escapes read."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace('\\"', '"').replace("\\n", " ") if value[0] == '"' else inner
    return value


@attrs.define
class _Section:
    """A section's name and its keyed lines (line number, key, value)."""

    no: int
    name: str
    keyed: list[tuple[int, str, str]] = attrs.field(factory=list)

    @property
    def opener(self) -> str:
        return self.keyed[0][1] if self.keyed else ""


class _Keyed:
    """The lines of a keyed text as records, and what they left out."""

    def __init__(self) -> None:
        self.items: list[str | _Section] = []  # lines, and sections in their place
        self.residue: list[Residue] = []

    def read(self, lines: list[str]) -> None:
        fields = True  # (keyed lines before the first section: the document's own)
        for no, line in enumerate(lines, start=1):
            if (m := _SECTION.match(line)) is not None:
                self.items.append(_Section(no, m["name"]))
                fields = False
            elif (k := _KEYED.match(line)) is not None:
                if fields:
                    self.items.append(_Section(no, "", [(no, k["key"], k["value"])]))
                else:
                    self._last().keyed.append((no, k["key"], k["value"]))
            elif line.strip() or fields:
                self.items.append(line)

    def _last(self) -> _Section:
        last = next(item for item in reversed(self.items) if isinstance(item, _Section))
        return last

    def rows(self) -> list[_Section]:
        """The sections that are rows: those opened by the key most open."""
        sections = [s for s in self.items if isinstance(s, _Section) and s.name and s.keyed]
        openers = Counter(s.opener for s in sections)
        first = openers.most_common(1)[0][0] if openers else ""
        return [s for s in sections if s.opener == first]

    def lines(self) -> list[str]:
        rows = self.rows()
        out: list[str] = []
        after_record = False
        for item in self.items:
            if isinstance(item, _Section) and item.name:
                self.residue.append(Residue(f"[{item.name}]", R_KEYS, Location(line=item.no)))
            if after_record and item not in rows:
                out.append("")  # (the records end before the lines after them)
            after_record = item in rows
            if isinstance(item, str):
                out.append(item)
            else:
                out += self._record(item) if after_record else self._fields(item)
        return out

    def _record(self, section: _Section) -> list[str]:
        keys = " ".join(key for _, key, _ in section.keyed)
        self.residue.append(Residue(keys, R_KEYS, Location(line=section.no)))
        keyed = [(key, _unquoted(value)) for _, key, value in section.keyed]
        serial = _SERIAL_NAME.fullmatch(section.name)
        if serial is not None and not any(header_role(key) == "number" for key, _ in keyed):
            keyed.insert(0, (_SERIAL_KEY, serial["n"]))  # (its number in its name alone)
        return [f"{'- ' if k == 0 else '  '}{key}: {value}" for k, (key, value) in enumerate(keyed)]

    def _fields(self, section: _Section) -> list[str]:
        """A section of the document's own fields (its title, its signature): their values."""
        for no, key, _ in section.keyed:
            self.residue.append(Residue(f"{key} =", R_KEYS, Location(line=no)))
        return [_unquoted(value) for _, _, value in section.keyed]


def keyed_sections(text: str) -> Parted:
    """``text`` with its configuration file's sections set out as records
    (see the module's description); a text without two sections of keyed
    lines is returned as it is.

    >>> print(keyed_sections('标题 = "某局清单"\\n[[任务]]\\n序号 = 1\\n工作任务 = "公开预算。"\\n'
    ...                      '\\n[[任务]]\\n序号 = 2\\n工作任务 = "公开决算。"').text)
    某局清单
    - 序号: 1
      工作任务: 公开预算。
    - 序号: 2
      工作任务: 公开决算。
    """
    if "[" not in text or "=" not in text:
        return Parted(text)
    lines = text.split("\n")
    if sum(1 for line in lines if _SECTION.match(line)) < _FEWEST_SECTIONS:
        return Parted(text)
    keyed = _Keyed()
    keyed.read(lines)
    rows = keyed.rows()
    if len(rows) < _FEWEST_SECTIONS:
        return Parted(text)
    out = keyed.lines()
    note = Diagnostic(
        KEYED_SECTIONS_CODE,
        f"{len(rows)} sections of a configuration file were read as records",
        Severity.INFO,
    )
    return Parted("\n".join(out), tuple(keyed.residue), note)
