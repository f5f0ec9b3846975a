"""Hypothesis strategies for zwgk values, shared by every test module.

Texts deliberately include ``\\r``, control characters, astral characters
(emoji, CJK Extension B), full-width forms and empty strings.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

import zwgk

# Characters plans really use, plus the awkward ones.
_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_PUNCT = st.sampled_from(list("，。、；：（）〔〕《》“”！？ \t\n\r·—…0123456789"))
_AWKWARD = st.sampled_from(
    ["\r", "\x00", "\x07", "\x1b", "\u200b", "\ufeff", "😀", "𠀀", "Ａ", "\u3000"]
)
_ANY = st.characters(exclude_categories=("Cs",))

texts = st.text(st.one_of(_CJK, _PUNCT, _AWKWARD, _ANY), max_size=40)
"""Any text, weighted towards what plans contain."""

cjk_texts = st.text(st.one_of(_CJK, _PUNCT), min_size=1, max_size=60)
"""Mostly Chinese text with its punctuation."""

optional_texts = st.none() | texts
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
small_ints = st.none() | st.integers(min_value=0, max_value=10_000)

locations = st.builds(
    zwgk.Location,
    line=small_ints,
    column=small_ints,
    page=small_ints,
    sheet=optional_texts,
    row=small_ints,
    end_line=small_ints,
    path=optional_texts,
)

assignments = st.builds(
    zwgk.Assignment, unit=texts, role=st.sampled_from(list(zwgk.Role)), qualified=optional_texts
)

responsibilities = st.builds(
    zwgk.Responsibility, raw=texts, assignments=st.lists(assignments, max_size=4).map(tuple)
)

deadlines = st.builds(
    zwgk.Deadline,
    raw=texts,
    kind=st.sampled_from(list(zwgk.DeadlineKind)),
    due=st.none() | dates,
    dates=st.lists(dates, max_size=3).map(tuple),
    period=st.none() | st.sampled_from(["year", "quarter", "month", "week"]),
)

residues = st.builds(zwgk.Residue, text=texts, reason=texts, location=st.none() | locations)

diagnostics = st.builds(
    zwgk.Diagnostic,
    code=texts,
    message=texts,
    severity=st.sampled_from(list(zwgk.Severity)),
    location=st.none() | locations,
)

tasks = st.builds(
    zwgk.Task,
    text=texts,
    number=small_ints,
    label=texts,
    section=st.lists(texts, max_size=3).map(tuple),
    section_labels=st.lists(texts, max_size=3).map(tuple),
    responsibility=st.none() | responsibilities,
    deadline=st.none() | deadlines,
    note=optional_texts,
    group=small_ints,
    location=st.none() | locations,
    tags=st.lists(texts, max_size=2).map(tuple),
)

plan_refs = st.builds(zwgk.PlanRef, title=optional_texts, doc_number=optional_texts)

plans = st.builds(
    zwgk.Plan,
    tasks=st.lists(tasks, max_size=6).map(tuple),
    title=optional_texts,
    issuer=optional_texts,
    doc_number=optional_texts,
    date=st.none() | dates,
    year=small_ints,
    parents=st.lists(plan_refs, max_size=2).map(tuple),
    default_deadline=st.none() | deadlines,
    residue=st.lists(residues, max_size=3).map(tuple),
    diagnostics=st.lists(diagnostics, max_size=2).map(tuple),
    source=optional_texts,
    format=optional_texts,
)
"""Any valid plan, every field exercised."""


# --- diff -------------------------------------------------------------------

_PHRASES = st.sampled_from(
    [
        "做好政务公开工作",
        "主动公开规划纲要",
        "加强政策解读",
        "及时回应社会关切",
        "推进基层政务公开",
        "公开财政预算决算",
        "完善政府网站建设",
        "办理依申请公开",
        "年底前完成",
        "市直各部门",
    ]
)

diff_task_texts = st.lists(_PHRASES | cjk_texts, min_size=1, max_size=4).map("，".join)
"""Task texts built from plan phrases, so that related plans share wording."""

diff_plans = st.builds(
    zwgk.Plan,
    tasks=st.lists(
        st.builds(
            zwgk.Task,
            text=diff_task_texts,
            section=st.lists(_PHRASES, max_size=2).map(tuple),
            responsibility=st.none() | responsibilities,
            deadline=st.none() | deadlines,
            note=st.none() | cjk_texts,
        ),
        max_size=12,
    ).map(tuple),
    title=optional_texts,
    doc_number=optional_texts,
    date=st.none() | dates,
    default_deadline=st.none() | deadlines,
)
"""Plans whose tasks share phrases, for diff laws."""
