"""What the office-file generators in tests/data share: the seeds and small Word helpers.

The generators (``office_realistic/make_office_files.py``,
``office_fresh/make_fresh_office_files.py``) build their files with
python-docx and openpyxl the way offices do, never with zwgk's writers.
"""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

SEEDS = Path(__file__).resolve().parent / "seeds"

S000 = "000_50d58eb3aec70650"
S001 = "001_512a5e0ef4657c09"
S002 = "002_790eb7ad8dccb9a1"
S003 = "003_27bda7d56444e5fa"
S004 = "004_40fd49317bf4f7aa"

Gold = dict[str, Any]
_CN = "一二三四五六七八九十"


def seed_gold(name: str) -> Gold:
    """The hand-made gold of a seed (``S000`` …)."""
    data: Gold = json.loads((SEEDS / f"{name}.gold.json").read_text("utf-8"))
    return data


def cn(n: int) -> str:
    """1..99 as a Chinese numeral (一, 十一, 二十九)."""
    if n <= 10:
        return _CN[n - 1]
    if n < 20:
        return "十" + _CN[n - 11]
    return _CN[n // 10 - 1] + "十" + (_CN[n % 10 - 1] if n % 10 else "")


def para(doc: Any, text: str, *, center: bool = False, bold: bool = False, size: float = 0) -> Any:
    """A paragraph of one run."""
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def page_break(doc: Any) -> None:
    """A page break in its own paragraph, as Ctrl+Enter makes."""
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save_doc(doc: Any) -> bytes:
    """The document's bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def keep_meta(g: Gold, *fields: str) -> Gold:
    """The gold with only ``fields`` of the plan metadata expected."""
    g = copy.deepcopy(g)
    for f in ("title", "issuer", "doc_number", "date"):
        if f not in fields:
            g["plan"][f] = None
    if "parents" not in fields:
        g["plan"]["parents"] = []
    if "default_deadline" not in fields:
        g["plan"]["default_deadline"] = None
    return g


def deadline_cell(t: Gold) -> str:
    """The deadline as typed in its column (empty when it is in the text)."""
    d = t["deadline"]
    if not d or d["raw"] in t["text"]:
        return ""
    return str(d["raw"])


def lead_assist(t: Gold) -> tuple[str, str]:
    """The lead and the assisting units of a gold task, as two cell texts."""
    lead = [u["name"].split("|")[0] for u in t["units"] or () if u["role"] != "assist"]
    assist = [u["name"].split("|")[0] for u in t["units"] or () if u["role"] == "assist"]
    return "、".join(lead), "、".join(assist)


def repeat_header(row: Any) -> None:
    """Mark a table row as a header repeated on every page (``w:tblHeader``)."""
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def save_wb(wb: Any) -> bytes:
    """An openpyxl workbook's bytes."""
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
