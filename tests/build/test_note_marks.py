"""Items closed by a note mark (``[注1]``) whose units and time a notes line
after the part gives (``注：[注1]…牵头，…配合，2024年3月底前完成。[注2]…``):
each item gets its note's, and the notes line goes to the residue — in
prose text and in a Word document alike."""

from __future__ import annotations

from pathlib import Path

import docx

import zwgk
from zwgk import Role

LINES = [
    "某区2024年政务公开工作要点",
    "一、围绕经济发展做好信息公开",
    "1.公开国民经济和社会发展计划执行情况。[注1]",
    "2.公开重大建设项目批准和实施信息。[注2]",
    "注：[注1]区发展改革委牵头，区统计局配合，2024年3月底前完成。[注2]区住建局，每季度。",
    "二、夯实政务公开基础",
    "3.更新政府信息公开指南。[注3]",
    "注：[注3]区政府办公室负责，区直各部门配合，长期坚持。",
]


def _check(plan: zwgk.Plan) -> None:
    assert [t.text for t in plan.tasks] == [
        "公开国民经济和社会发展计划执行情况。",
        "公开重大建设项目批准和实施信息。",
        "更新政府信息公开指南。",
    ]
    assert [
        [(a.unit, a.role) for a in t.responsibility.assignments]
        for t in plan.tasks
        if t.responsibility
    ] == [
        [("区发展改革委", Role.LEAD), ("区统计局", Role.ASSIST)],
        [("区住建局", Role.OWNER)],
        [("区政府办公室", Role.OWNER), ("区直各部门", Role.ASSIST)],
    ]
    assert [t.deadline.raw for t in plan.tasks if t.deadline] == [
        "2024年3月底前",
        "每季度",
        "长期坚持",
    ]
    notes = [r.text for r in plan.residue if r.reason.startswith("notes giving")]
    assert len(notes) == 2 and notes[0].startswith("注：[注1]")


def test_note_marks_in_text() -> None:
    _check(zwgk.read_text("\n".join(LINES)))


def test_note_marks_in_a_word_document(tmp_path: Path) -> None:
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    path = tmp_path / "要点.docx"
    document.save(str(path))
    _check(zwgk.read(path))
