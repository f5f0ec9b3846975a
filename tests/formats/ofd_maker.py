"""Write OFD files (GB/T 33190) from PDF files, as a PDF-to-OFD converter does.

Used to make the OFD test files: every page of the PDF becomes an OFD page
of the same size; each run of characters on a baseline becomes a
``TextObject`` whose ``TextCode`` carries the advances as ``DeltaX`` (with
``g N d`` for repeated advances, as converters write them); every ruling
line and rectangle edge becomes a stroked ``PathObject``.  Units are
millimetres.  The package reader never sees this module.

Usage::

    python -m tests.formats.ofd_maker IN.pdf OUT.ofd
"""

from __future__ import annotations

import io
import sys
import zipfile
from itertools import pairwise
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pdfplumber

NS = "http://www.ofdspec.org/2016"
MM = 25.4 / 72.0


def _n(v: float) -> str:
    return f"{v * MM:.3f}".rstrip("0").rstrip(".") or "0"


def _deltas(values: list[float]) -> str:
    """``DeltaX`` with runs of equal advances written as ``g N d``."""
    out: list[str] = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and abs(values[j + 1] - values[i]) < 1e-3:
            j += 1
        if j - i >= 2:
            out.append(f"g {j - i + 1} {_n(values[i])}")
        else:
            out.extend(_n(v) for v in values[i : j + 1])
        i = j + 1
    return " ".join(out)


def _runs(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    chars = sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"]))
    runs: list[list[dict[str, Any]]] = []
    for c in chars:
        if c["text"].isspace():
            continue
        if runs:
            last = runs[-1][-1]
            same_line = abs(last["top"] - c["top"]) < 0.5 and abs(last["size"] - c["size"]) < 0.1
            if same_line and 0 <= c["x0"] - last["x1"] < 0.3 * c["size"]:
                runs[-1].append(c)
                continue
        runs.append([c])
    return runs


def _text_object(oid: int, run: list[dict[str, Any]]) -> str:
    x0, top = run[0]["x0"], min(c["top"] for c in run)
    x1, bottom = max(c["x1"] for c in run), max(c["bottom"] for c in run)
    size = run[0]["size"]
    baseline = run[0]["bottom"] - top - 0.12 * (run[0]["bottom"] - run[0]["top"])
    text = "".join(c["text"] for c in run)
    deltas = [b["x0"] - a["x0"] for a, b in pairwise(run)]
    delta = f" DeltaX={quoteattr(_deltas(deltas))}" if deltas else ""
    return (
        f'<ofd:TextObject ID="{oid}" Boundary="{_n(x0)} {_n(top)} {_n(x1 - x0)} '
        f'{_n(bottom - top)}" Font="1" Size="{_n(size)}">'
        f'<ofd:FillColor Value="0 0 0"/>'
        f'<ofd:TextCode X="0" Y="{_n(baseline)}"{delta}>{escape(text)}</ofd:TextCode>'
        "</ofd:TextObject>"
    )


def _path_object(oid: int, edge: dict[str, Any]) -> str:
    x0, top, x1, bottom = edge["x0"], edge["top"], edge["x1"], edge["bottom"]
    w, h = x1 - x0, bottom - top
    return (
        f'<ofd:PathObject ID="{oid}" Boundary="{_n(x0)} {_n(top)} {_n(max(w, 0.5))} '
        f'{_n(max(h, 0.5))}" LineWidth="0.25">'
        f'<ofd:StrokeColor Value="0 0 0"/>'
        f"<ofd:AbbreviatedData>M 0 0 L {_n(w)} {_n(h)}</ofd:AbbreviatedData>"
        "</ofd:PathObject>"
    )


def _page_xml(page: Any, next_id: list[int]) -> str:
    objects: list[str] = []
    for run in _runs(list(page.chars)):
        next_id[0] += 1
        objects.append(_text_object(next_id[0], run))
    for edge in page.edges:
        next_id[0] += 1
        objects.append(_path_object(next_id[0], edge))
    next_id[0] += 1
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}">'
        f"<ofd:Area><ofd:PhysicalBox>0 0 {_n(page.width)} {_n(page.height)}</ofd:PhysicalBox>"
        f'</ofd:Area><ofd:Content><ofd:Layer ID="{next_id[0]}" Type="Body">'
        + "".join(objects)
        + "</ofd:Layer></ofd:Content></ofd:Page>"
    )


def pdf_to_ofd(pdf_bytes: bytes) -> bytes:
    """The OFD package for a PDF's pages."""
    next_id = [1]
    pages: list[str] = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        first = pdf.pages[0]
        box = f"0 0 {_n(first.width)} {_n(first.height)}"
        for page in pdf.pages:
            pages.append(_page_xml(page, next_id))
    entries = "".join(
        f'<ofd:Page ID="{1000 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>'
        for i in range(len(pages))
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}">'
        f"<ofd:CommonData><ofd:MaxUnitID>{next_id[0] + len(pages) + 1000}</ofd:MaxUnitID>"
        f"<ofd:PageArea><ofd:PhysicalBox>{box}</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{entries}</ofd:Pages></ofd:Document>"
    )
    public_res = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res">'
        '<ofd:Fonts><ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>'
    )
    ofd = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" DocType="OFD" '
        'Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID>'
        "<ofd:Creator>ofd_maker</ofd:Creator></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", ofd)
        z.writestr("Doc_0/Document.xml", document)
        z.writestr("Doc_0/PublicRes.xml", public_res)
        for i, page in enumerate(pages):
            z.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", page)
    return buf.getvalue()


if __name__ == "__main__":
    with open(sys.argv[2], "wb") as fh:
        fh.write(pdf_to_ofd(open(sys.argv[1], "rb").read()))  # noqa: SIM115
