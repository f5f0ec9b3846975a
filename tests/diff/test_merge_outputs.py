"""``zwgk merge`` written to DOCX and XLSX shows the tasks a reviewer must look at."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

import zwgk
from tests.gold import gold_plan
from zwgk.cli import EXIT_OK, main
from zwgk.lang.labels import word


@pytest.fixture
def revision(tmp_path: Path) -> tuple[list[str], zwgk.Task, zwgk.Task]:
    """A real plan as base and child, and a parent revision that adds one task and drops one."""
    base = gold_plan("000")
    new = zwgk.Task(
        "建立政务公开工作季度通报制度，按季度通报各单位工作进展。", section=("加强工作指导",)
    )
    gone = base.tasks[3]
    theirs = base.evolve(tasks=[*base.tasks[:3], *base.tasks[4:], new])
    paths = []
    for name, plan in (("base", base), ("ours", base), ("theirs", theirs)):
        path = tmp_path / f"{name}.json"
        zwgk.write(plan, path)
        paths.append(str(path))
    return paths, new, gone


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_docx_marks_proposed_and_parent_dropped_tasks(
    revision: tuple[list[str], zwgk.Task, zwgk.Task], tmp_path: Path, lang: str
) -> None:
    paths, new, gone = revision
    out = tmp_path / "merged.docx"
    assert main(["--lang", lang, "merge", *paths, "-o", str(out), "-q"]) == EXIT_OK
    table = docx.Document(str(out)).tables[-1]
    head = [c.text for c in table.rows[0].cells]
    assert head[-1] == word("col-mark", lang)
    marks = {row.cells[head.index(word("col-text", lang))].text: row.cells[-1].text
             for row in table.rows[1:]}  # fmt: skip
    assert marks[new.text] == word("proposed", lang)
    assert any(gone.text.startswith(t) or t in gone.text for t, m in marks.items()
               if m == word("parent-dropped", lang))  # fmt: skip
    assert sum(bool(m) for m in marks.values()) == 2


def test_xlsx_marks_and_shades_the_rows(
    revision: tuple[list[str], zwgk.Task, zwgk.Task], tmp_path: Path
) -> None:
    paths, new, _ = revision
    out = tmp_path / "merged.xlsx"
    assert main(["merge", *paths, "-o", str(out), "-q"]) == EXIT_OK
    ws = openpyxl.load_workbook(out).worksheets[0]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    head_at = next(k for k, r in enumerate(rows) if word("col-mark") in r)
    col = rows[head_at].index(word("col-mark"))
    marked = [(k, r) for k, r in enumerate(rows[head_at + 1 :], start=head_at + 2) if r[col]]
    assert sorted(r[col] for _, r in marked) == sorted([word("proposed"), word("parent-dropped")])
    proposed = next(k for k, r in marked if r[col] == word("proposed"))
    assert new.text in str(ws.cell(proposed, rows[head_at].index(word("col-text")) + 1).value)
    assert ws.cell(proposed, 1).fill.fgColor.rgb.endswith("FFF2CC")


def test_a_plan_without_marks_keeps_its_columns(tmp_path: Path) -> None:
    plan = gold_plan("000")
    zwgk.write(plan, tmp_path / "p.docx")
    head = [c.text for c in docx.Document(str(tmp_path / "p.docx")).tables[-1].rows[0].cells]
    assert word("col-mark") not in head
