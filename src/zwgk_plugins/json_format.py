"""Canonical JSON: every field of a plan, losslessly.

A JSON document with no ``"zwgk"`` marker that holds Chinese text (a record
a site's interface returned, ``{"title": …, "content": …}``) is read as the
texts of its fields, as the text reader reads it.

The document is one object ``{"zwgk": "plan", "version": 1, ...fields}``
whose shape is given by the JSON Schema shipped as
``zwgk/schema/plan-v1.schema.json`` (see :func:`schema`).
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import IO, Any, Final

from zwgk._model import Plan
from zwgk.errors import WriteError
from zwgk.plugins import FormatInfo
from zwgk.serde import dump_json, from_data, load_document, to_data
from zwgk_plugins._text_layouts.record import Record, json_record
from zwgk_plugins.text_format import read_record

__all__ = ["SCHEMA_VERSION", "JsonFormat", "schema"]

SCHEMA_VERSION = 1


def schema() -> dict[str, Any]:
    """The JSON Schema of the canonical plan document."""
    text = resources.files("zwgk").joinpath("schema/plan-v1.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


_JSON_OPENING: Final = re.compile(rb'(?:\[\s*)?\{\s*"')


def _site_record(data: bytes) -> Record | None:
    """The record ``data`` is where it is JSON with no ``"zwgk"`` marker that
    holds Chinese text (a record a site's interface returned), else None."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return None if '"zwgk"' in text[:200] else json_record(text)


class JsonFormat:
    """Reads and writes the canonical JSON form of a plan."""

    info = FormatInfo(
        name="json",
        description="canonical JSON, lossless (every field, residue and locations)",
        extensions=(".json",),
        media_types=("application/json",),
        priority=10,
        lossless=True,
        kinds=("plan",),
    )

    def sniff(self, head: bytes, name: str | None) -> float:
        text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not text.startswith((b"{", b"[")):
            return 0.0
        if b'"zwgk"' in text[:200]:
            return 1.0
        # an object's first key, or a list of objects: JSON, its values perhaps a page's markup
        if _JSON_OPENING.match(text):
            return 0.5
        return 0.3 if text.startswith(b"{") else 0.0  # (``[b]…``: a forum post's markup)

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> Plan:
        if options:
            raise TypeError(f"unexpected keyword argument {next(iter(options))!r}")
        record = _site_record(data)
        if record is not None:  # a site's record, no zwgk document: its texts are read
            return read_record(record, name=name, fmt=self.info.name)
        fields = load_document(data, "plan", SCHEMA_VERSION, source=name)
        return from_data(fields, Plan, source=name)

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        indent = options.pop("indent", 2)
        if options:
            raise TypeError(f"unexpected keyword argument {next(iter(options))!r}")
        if not isinstance(obj, Plan):
            raise WriteError(f"the json format writes a Plan, not {type(obj).__name__}")
        doc = {"zwgk": "plan", "version": SCHEMA_VERSION, **to_data(obj)}
        stream.write(dump_json(doc, indent=indent) + b"\n")
