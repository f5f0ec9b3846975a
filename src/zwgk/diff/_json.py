"""The JSON form of a :class:`PlanDiff`, and reading it back."""

from __future__ import annotations

from typing import Any

from zwgk.diff._model import PlanDiff
from zwgk.serde import dump_json, from_data, load_document, to_data

__all__ = ["DIFF_VERSION", "diff_to_data", "dump_diff", "load_diff"]

DIFF_VERSION = 1


def diff_to_data(d: PlanDiff) -> dict[str, Any]:
    """The JSON-ready form: ``{"zwgk": "diff", "version": 1, ...fields, "summary": {...}}``.

    ``summary`` is derived from the changes and ignored when read back.
    """
    return {
        "zwgk": "diff",
        "version": DIFF_VERSION,
        **to_data(d),
        "summary": to_data(d.summary),
    }


def dump_diff(d: PlanDiff, *, indent: int | None = 2) -> bytes:
    """The diff as UTF-8 JSON bytes."""
    return dump_json(diff_to_data(d), indent=indent) + b"\n"


def load_diff(data: bytes | str, *, source: str | None = None) -> PlanDiff:
    """Read a diff written by the ``json`` diff writer back into a :class:`PlanDiff`.

    Raises :class:`~zwgk.errors.ParseError` saying what and where (a JSON
    path) on bad input.

    >>> import zwgk
    >>> p = zwgk.Plan(tasks=[zwgk.Task("做好规划公开。")])
    >>> d = zwgk.diff(p, zwgk.Plan())
    >>> load_diff(zwgk.write(d, format="json")) == d
    True
    """
    fields = load_document(data, "diff", DIFF_VERSION, source=source)
    fields.pop("summary", None)  # derived from the changes
    return from_data(fields, PlanDiff, source=source)
