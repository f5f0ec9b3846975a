"""Turn model values into plain data (dicts, lists, strings) and back.

Used by the canonical JSON format and by every JSON report.  It handles
attrs classes, ``X | None``, ``tuple[X, ...]``, enums, dates, and the
scalar types, driven by the classes' own annotations, so a new field needs
no code here.  Errors on the way back in say where (a JSON path) and what.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import types
import typing
from typing import Any, TypeVar, Union

import attrs

from zwgk._model import Location
from zwgk.errors import ParseError, ZwgkError

__all__ = ["dump_json", "from_data", "load_document", "reading_text", "to_data"]

T = TypeVar("T")

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls)
        _HINTS[cls] = hints
    return hints


def to_data(obj: Any) -> Any:
    """A JSON-ready form of ``obj`` (attrs values become dicts, in field order).

    Fields whose name starts with ``_`` are left out.
    """
    if obj is None or isinstance(obj, bool | int | float | str):
        return obj
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if attrs.has(type(obj)):
        return {
            f.name: to_data(getattr(obj, f.name))
            for f in attrs.fields(type(obj))
            if not f.name.startswith("_")
        }
    if isinstance(obj, tuple | list):
        return [to_data(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_data(v) for k, v in obj.items()}
    raise TypeError(f"cannot convert {type(obj).__name__} to data")


class _Bad(Exception):
    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message


def _structure(data: Any, tp: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        non_none = [a for a in args if a is not type(None)]
        if len(non_none) == 1:
            return _structure(data, non_none[0], path)
        errors = []
        for arg in non_none:
            try:
                return _structure(data, arg, path)
            except _Bad as exc:
                errors.append(exc.message)
        raise _Bad(path, " or ".join(errors))
    if origin is tuple:
        if not isinstance(data, list):
            raise _Bad(path, f"expected a list, got {type(data).__name__}")
        (item,) = [a for a in typing.get_args(tp) if a is not Ellipsis]
        return tuple(_structure(x, item, f"{path}[{i}]") for i, x in enumerate(data))
    if tp is Any:
        return data
    if tp is type(None):
        if data is not None:
            raise _Bad(path, "expected null")
        return None
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            try:
                return tp(data)
            except ValueError:
                raise _Bad(path, f"expected one of {[m.value for m in tp]}, got {data!r}") from None
        if tp is dt.date:
            if not isinstance(data, str):
                raise _Bad(path, f"expected an ISO date string, got {type(data).__name__}")
            try:
                return dt.date.fromisoformat(data)
            except ValueError:
                raise _Bad(path, f"expected an ISO date (YYYY-MM-DD), got {data!r}") from None
        if tp is bool:
            if not isinstance(data, bool):
                raise _Bad(path, f"expected true or false, got {data!r}")
            return data
        if tp is int:
            if not isinstance(data, int) or isinstance(data, bool):
                raise _Bad(path, f"expected an integer, got {data!r}")
            return data
        if tp is float:
            if not isinstance(data, int | float) or isinstance(data, bool):
                raise _Bad(path, f"expected a number, got {data!r}")
            return float(data)
        if tp is str:
            if not isinstance(data, str):
                raise _Bad(path, f"expected a string, got {type(data).__name__}")
            return data
        if attrs.has(tp):
            if not isinstance(data, dict):
                raise _Bad(path, f"expected an object, got {type(data).__name__}")
            hints = _hints(tp)
            kwargs = {}
            known = set()
            for f in attrs.fields(tp):
                if f.name.startswith("_") or not f.init:
                    continue
                known.add(f.name)
                if f.name in data:
                    kwargs[f.name] = _structure(data[f.name], hints[f.name], f"{path}.{f.name}")
                elif f.default is attrs.NOTHING:
                    raise _Bad(path, f"missing required field {f.name!r}")
            unknown = sorted(set(data) - known)
            if unknown:
                raise _Bad(path, f"unknown field {unknown[0]!r}")
            try:
                return tp(**kwargs)
            except ZwgkError as exc:
                raise _Bad(path, str(exc)) from None
    raise _Bad(path, f"cannot read a value of type {tp!r}")


def from_data(data: Any, cls: type[T], *, source: str | None = None, root: str = "$") -> T:
    """Rebuild a value of ``cls`` from :func:`to_data` output.

    Raises :class:`~zwgk.errors.ParseError` whose ``location.path`` is the
    JSON path of the first bad value.
    """
    try:
        result: T = _structure(data, cls, root)
    except _Bad as exc:
        raise ParseError(exc.message, source=source, location=Location(path=exc.path)) from None
    return result


_SURROGATE = re.compile("[\ud800-\udfff]")


def dump_json(doc: Any, *, indent: int | None = 2) -> bytes:
    """``doc`` as UTF-8 JSON, readable by humans (CJK not escaped).

    A lone surrogate (text cut from a UTF-16 source, a bad file name) cannot
    be encoded in UTF-8; it is written as a ``\\udXXX`` escape, which JSON
    allows and :func:`json.loads` reads back as the same character.

    >>> dump_json({"t": "a\\ud800b"}, indent=None)
    b'{"t": "a\\\\ud800b"}'
    >>> json.loads(dump_json({"t": "a\\ud800b"}))["t"] == "a\\ud800b"
    True
    """
    text = json.dumps(doc, ensure_ascii=False, indent=indent)
    # outside strings JSON holds only ASCII, so every surrogate is inside one
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text.encode("utf-8")


def reading_text(text: str) -> bytes:
    """``text`` as UTF-8 for a report meant for reading (HTML, Markdown, text).

    A lone surrogate, which UTF-8 cannot hold, shows as U+FFFD there; the JSON
    writers keep it exactly (:func:`dump_json`).

    >>> reading_text("a\\ud800b") == "a\\ufffdb".encode()
    True
    """
    return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def load_document(
    data: bytes | str, kind: str, version: int, *, source: str | None = None
) -> dict[str, Any]:
    """Parse a zwgk JSON document ``{"zwgk": kind, "version": N, ...}``; return its fields.

    Checks the encoding, the JSON, the ``zwgk`` marker and that ``N`` is one
    this zwgk reads (at most ``version``); every failure is a
    :class:`~zwgk.errors.ParseError` that says what and where.
    """
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ParseError(f"not UTF-8 at byte {exc.start}", source=source) from None
    else:
        text = data
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"invalid JSON: {exc.msg}",
            source=source,
            location=Location(line=exc.lineno, column=exc.colno),
        ) from None
    except RecursionError:
        raise ParseError("JSON is nested too deeply", source=source) from None
    if not isinstance(obj, dict) or obj.get("zwgk") != kind:
        raise ParseError(f'not a zwgk {kind} document (no "zwgk": "{kind}")', source=source)
    found = obj.get("version")
    if not isinstance(found, int) or isinstance(found, bool) or found < 1:
        raise ParseError(f"bad or missing version: {found!r}", source=source)
    if found > version:
        raise ParseError(
            f"{kind} document version {found} is newer than this zwgk reads ({version}); "
            "upgrade zwgk",
            source=source,
        )
    return {k: v for k, v in obj.items() if k not in ("zwgk", "version")}
