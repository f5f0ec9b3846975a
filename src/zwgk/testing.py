"""Helpers for testing readers and writers, for zwgk and for plugin authors.

>>> import zwgk
>>> from zwgk.testing import assert_roundtrip
>>> plan = zwgk.Plan(title="示例", tasks=[zwgk.Task("公开规划。", number=1)])
>>> copy = assert_roundtrip(plan, "json")
>>> copy.title
'示例'
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import zwgk
from zwgk._model import Plan
from zwgk.lang.vocab import BAR_IDEOGRAPH, without_field_names

__all__ = ["assert_roundtrip", "content_chars", "placed_text", "unplaced_text"]

# (丨 is written for a bar between cells: a mark, as | is; see zwgk.lang.vocab.BAR_IDEOGRAPH)
_CONTENT = re.compile(rf"(?!{BAR_IDEOGRAPH})[\w\u3400-\u9fff\uf900-\ufaff]", re.UNICODE)


def content_chars(text: str) -> Counter[str]:
    """The multiset of content characters in ``text``: letters, digits, Han.

    Whitespace and punctuation are not counted: readers normalise them
    (a heading's closing ``。`` is dropped from a section title, wrapped
    lines are joined).  Nor are the names of fields (``责任单位：``): their
    values fill the fields.
    """
    return Counter(_CONTENT.findall(without_field_names(text)))


def placed_text(plan: Plan) -> str:
    """All the text a plan holds: tasks, headings, metadata-free residue.

    A responsibility shared by a group of tasks is counted once, a heading
    once per distinct heading.
    """
    parts: list[str] = []
    seen_groups: set[int] = set()
    seen_headings: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for task in plan.tasks:
        parts.append(task.label)
        parts.append(task.text)
        if task.note:
            parts.append(task.note)
        for depth in range(1, len(task.section) + 1):
            key = (task.section[:depth], task.section_labels[:depth])
            if key not in seen_headings:
                seen_headings.add(key)
                parts.append(task.section[depth - 1])
                if depth - 1 < len(task.section_labels):
                    parts.append(task.section_labels[depth - 1])
        if task.responsibility is not None and (
            task.group is None or task.group not in seen_groups
        ):
            parts.append(task.responsibility.raw)
            if task.group is not None:
                seen_groups.add(task.group)
        if task.deadline is not None:
            parts.append(task.deadline.raw)
    parts.extend(r.text for r in plan.residue)
    return "\n".join(parts)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def unplaced_text(source_text: str, plan: Plan) -> str:
    """Content characters of ``source_text`` that the plan lost.

    Empty when every letter, digit and Han character of the source lands in
    a task or in the residue.  Returned as a string of the missing
    characters, most frequent first, for a readable assertion message.
    """
    missing = content_chars(source_text) - content_chars(placed_text(plan))
    return "".join(ch * n for ch, n in missing.most_common())


def assert_roundtrip(plan: Plan, format: str, **options: Any) -> Plan:
    """Assert ``read(write(plan)) == plan`` for a lossless format; return the copy.

    The ``source`` and ``format`` fields, which say where a plan was read
    from, are not compared.
    """
    data = zwgk.write(plan, None, format=format, **options)
    assert data is not None
    again = zwgk.read(data, format=format)
    expected = plan.evolve(source=None, format=None)
    got = again.evolve(source=None, format=None)
    if got != expected:
        raise AssertionError(_first_difference(expected, got))
    return again


def _first_difference(a: Plan, b: Plan) -> str:
    import attrs

    for field in attrs.fields(Plan):
        va, vb = getattr(a, field.name), getattr(b, field.name)
        if va != vb:
            if field.name == "tasks" and len(va) == len(vb):
                for i, (ta, tb) in enumerate(zip(va, vb, strict=True)):
                    if ta != tb:
                        return f"task {i} differs after the round trip:\n  {ta!r}\n  {tb!r}"
            return f"{field.name} differs after the round trip:\n  {va!r}\n  {vb!r}"
    return "plans differ"
