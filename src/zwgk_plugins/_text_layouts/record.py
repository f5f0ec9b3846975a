"""A plan saved as the JSON record a site's interface returned: the page's
fields as keys (``{"title": "…", "source": "…", "pubDate": "…",
"content": "…"}``), the plan's text in one of them, its line breaks and tabs
escaped (``\\n``, ``\\t``) or its markup kept (``<p>…</p><table>…``).

:func:`json_record` reads such a document as the texts its values hold, in
the order written: each value with Chinese text becomes lines of its own
(a value holding HTML is read as the page it is), and what holds no text
(ids, times, flags, the keys) goes to the residue.

Records exported a line each (JSON Lines, a row an object keyed by the
header's words) are read by :func:`json_lines` as the table they make, and
rows written as JSON arrays a line each (``["1", "公开…", "办公室"],``, the
header's words the first) by :func:`json_arrays`.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, TypeVar

import attrs

from zwgk._model import Diagnostic, Residue, Severity
from zwgk_plugins._text_layouts.parting import Parted

__all__ = [
    "JSON_LINES_CODE",
    "JSON_RECORD_CODE",
    "R_RECORD_ESCAPES",
    "R_RECORD_FIELDS",
    "Record",
    "json_arrays",
    "json_lines",
    "json_record",
]

JSON_RECORD_CODE: Final = "text.json_record"
JSON_LINES_CODE: Final = "text.json_lines"
R_RECORD_FIELDS: Final = "a JSON record's keys, and its fields that hold no text"
R_RECORD_ESCAPES: Final = "a JSON record's escapes, read as the characters they stand for"
# an escape in a JSON string (``\\n``, ``\\t``, ``\\u4e00``)
_ESCAPE: Final = re.compile(r"\\(?:u[0-9a-fA-F]{4}|[^u])")

_HAN: Final = re.compile(r"[\u4e00-\u9fff]")
# a value that is a page's markup, not text: a block's tag in it
_MARKUP: Final = re.compile(r"<\s*/?\s*(?:p|div|table|tr|td|th|br|span|h[1-6]|li)\b", re.I)
_DEEPEST: Final = 32
T = TypeVar("T")  # levels of nesting a record is read to


@attrs.frozen
class Record:
    """The texts a JSON record holds, one a line (an HTML page where a value
    holds markup), the fields without text as residue, and a note."""

    text: str
    html: bool
    residue: tuple[Residue, ...]
    note: Diagnostic


def _values(value: Any, key: str, depth: int = 0) -> Iterator[tuple[str, Any]]:
    """The record's scalar values with their keys, in the order written."""
    if depth > _DEEPEST:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _values(v, str(k), depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from _values(v, key, depth + 1)
    else:
        yield key, value


def _loaded(text: str) -> Any:
    s = text.strip()
    if len(s) < 2 or s[0] + s[-1] not in ("{}", "[]"):
        return None
    try:
        return json.loads(s)
    except (ValueError, RecursionError):
        return None


def json_record(text: str) -> Record | None:
    """The texts of ``text`` where it is a JSON document holding Chinese text,
    else None.

    >>> rec = json_record('{"id": 7, "title": "某局2024年政务公开工作要点", '
    ...                   '"content": "一、加强解读\\\\n1\\\\t公开预算。\\\\t财务科"}')
    >>> rec.text
    '某局2024年政务公开工作要点\\n一、加强解读\\n1\\t公开预算。\\t财务科'
    >>> [r.text for r in rec.residue]
    ['title; content; id: 7', '\\\\n\\\\t\\\\t']
    >>> json_record('{"a": 1}') is None, json_record("一、{加强}") is None
    (True, True)
    """
    if text.lstrip()[:1] not in ("{", "["):
        return None
    loaded = _loaded(text)
    if loaded is None:
        return None
    texts: list[str] = []
    fields: list[str] = []  # the keys of the texts, then the fields with no text
    for key, value in _values(loaded, ""):
        if isinstance(value, str) and _HAN.search(value):
            texts.append(value.replace("\r\n", "\n").strip())
            fields.insert(len(texts) - 1, key)
        elif value not in (None, ""):
            fields.append(f"{key}: {value}" if key else str(value))
    if not texts:
        return None
    marked = any(_MARKUP.search(t) for t in texts)
    body = "\n".join(t if _MARKUP.search(t) else f"<p>{html.escape(t)}</p>" for t in texts)
    residue = [Residue("; ".join(f for f in fields if f), R_RECORD_FIELDS)]
    escapes = "".join(_ESCAPE.findall(text))
    if escapes:
        residue.append(Residue(escapes, R_RECORD_ESCAPES))
    note = Diagnostic(
        JSON_RECORD_CODE,
        f"a JSON record was read as the texts of its {len(texts)} fields with text",
        Severity.INFO,
    )
    return Record(body if marked else "\n".join(texts), marked, tuple(residue), note)


def _cell(value: Any) -> str:
    """A value as a cell's text: a list's items parted by 、, nothing for null."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(c for c in (_cell(v) for v in value) if c)
    if isinstance(value, dict):
        return "；".join(c for c in (_cell(v) for v in value.values()) if c)
    return str(value).replace("|", "｜").replace("\n", " ")


def _by_line(lines: list[str], read: Callable[[str], T | None]) -> dict[int, T]:
    """What ``read`` finds in each line that holds one, by the line's index."""
    return {k: found for k, line in enumerate(lines) if (found := read(line)) is not None}


def _bar_row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _object(line: str) -> dict[str, Any] | None:
    s = line.strip()
    if not s.startswith("{") or not s.endswith("}"):
        return None
    loaded = _loaded(s)
    return loaded if isinstance(loaded, dict) and loaded else None


_FEWEST_OBJECTS: Final = 2


def _next_row(objects: dict[int, dict[str, Any]], k: int) -> dict[str, Any] | None:
    """The first object of more than one key after line ``k``, in the run of
    object lines ``k`` is in."""
    j = k + 1
    while j in objects:
        if len(objects[j]) > 1:
            return objects[j]
        j += 1
    return None


def json_lines(text: str) -> Parted:
    """``text`` with its lines that are JSON objects (JSON Lines, a row an
    object keyed by the header's words) set out as bar-parted rows under a
    header row of their keys, written again where the keys change; an
    object of one key (``{"部分": "一、基本信息"}``) is its value's line, a
    list's items one cell parted by ``、``.  The keys go to the residue; a
    text without two such lines is returned as it is.

    >>> print(json_lines('清单\\n{"序号": 1, "任务": "公开预算。", "配合": ["甲科", "乙科"]}\\n'
    ...                  '{"序号": 2, "任务": "公开决算。", "配合": []}').text)
    清单
    | 序号 | 任务 | 配合 |
    | 1 | 公开预算。 | 甲科、乙科 |
    | 2 | 公开决算。 |  |
    """
    if "{" not in text:
        return Parted(text)
    lines = text.split("\n")
    objects = _by_line(lines, _object)
    if len(objects) < _FEWEST_OBJECTS:
        return Parted(text)
    out: list[str] = []
    keys: list[str] = []
    header: tuple[str, ...] = ()
    for k, line in enumerate(lines):
        obj = objects.get(k)
        if obj is None:
            out.append(line)
            continue
        keys += obj
        row = obj if len(obj) > 1 else _next_row(objects, k)
        if row is not None and tuple(row) != header:  # (the header over a part's rows too)
            header = tuple(row)
            out.append(_bar_row(header))
        if len(obj) == 1:  # (a part, or a field of the page's)
            out.append(_cell(next(iter(obj.values()))))
        else:
            out.append(_bar_row(_cell(v) for v in obj.values()))
    note = Diagnostic(
        JSON_LINES_CODE,
        f"{len(objects)} lines of JSON objects were read as rows under their keys",
        Severity.INFO,
    )
    return Parted("\n".join(out), (Residue("; ".join(keys), R_RECORD_FIELDS),), note)


def _array(line: str) -> list[Any] | None:
    """The cells of a line that is a JSON array of more than one scalar
    (a comma after it, as an array of arrays writes it), else None."""
    s = line.strip().removesuffix(",")
    if not s.startswith("[") or not s.endswith("]"):
        return None
    loaded = _loaded(s)
    if not isinstance(loaded, list) or len(loaded) < 2:
        return None
    return None if any(isinstance(v, dict | list) for v in loaded) else loaded


# the brackets of the array that holds the rows, alone on their lines
_OUTER_BRACKET: Final = frozenset(("[", "]", "],", "];"))


def _outer(lines: list[str], k: int, arrays: dict[int, list[Any]]) -> bool:
    """Whether line ``k`` is a bracket of the array holding the rows: alone
    on its line, next to a row."""
    return lines[k].strip() in _OUTER_BRACKET and (k - 1 in arrays or k + 1 in arrays)


def json_arrays(text: str) -> Parted:
    """``text`` with its lines that are JSON arrays (a row an array, the
    header's words the first, in an array of arrays a line each) set out as
    bar-parted rows; the brackets and commas go to the residue.  A text
    without two such lines is returned as it is.

    >>> text = '清单\\n[\\n["序号", "任务", "配合"],\\n[1, "公开预算。", null],\\n]'
    >>> print(json_arrays(text).text)
    清单
    | 序号 | 任务 | 配合 |
    | 1 | 公开预算。 |  |
    """
    if '", "' not in text and '","' not in text:
        return Parted(text)
    lines = text.split("\n")
    arrays = _by_line(lines, _array)
    if len(arrays) < _FEWEST_OBJECTS:
        return Parted(text)
    out: list[str] = []
    marks: list[str] = []
    for k, line in enumerate(lines):
        row = arrays.get(k)
        if row is not None:
            out.append(_bar_row(_cell(v) for v in row))
            marks.append("[" + "," * (len(row) - 1) + "]")
        elif _outer(lines, k, arrays):
            marks.append(line.strip())
        else:
            out.append(line)
    note = Diagnostic(
        JSON_LINES_CODE,
        f"{len(arrays)} lines of JSON arrays were read as rows",
        Severity.INFO,
    )
    return Parted("\n".join(out), (Residue(" ".join(marks), R_RECORD_FIELDS),), note)
