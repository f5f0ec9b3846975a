"""A table written for a test as the offices' tools write it: a Word table
under its title, or a worksheet with its title in the first row; and a prose
plan as a text file or a Word file of paragraphs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
import openpyxl


def table_docx(path: Path, title: str | None, rows: Sequence[Sequence[str]]) -> Path:
    """``rows`` (the header first) as a Word table under ``title``, saved in ``path``."""
    document = docx.Document()
    if title is not None:
        document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    out = path / "plan.docx"
    document.save(str(out))
    return out


def table_xlsx(path: Path, title: str | None, rows: Sequence[Sequence[str]]) -> Path:
    """``rows`` (the header first) as a worksheet under ``title``, saved in ``path``."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if title is not None:
        sheet.append([title])
    for row in rows:
        sheet.append(list(row))
    out = path / "plan.xlsx"
    book.save(str(out))
    return out


def plan_text(path: Path, text: str) -> Path:
    """A prose plan's ``text`` as a text file, saved in ``path``."""
    out = path / "plan.txt"
    out.write_text(text, encoding="utf-8")
    return out


def paragraphs_docx(path: Path, text: str) -> Path:
    """A prose plan's ``text`` as a Word file, one paragraph a line, saved in ``path``."""
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = path / "plan.docx"
    document.save(str(out))
    return out
