"""OFD files made from the office-made PDF files (``tests.formats.ofd_maker``),
read and scored against the gold of the PDF each was made from; and hostile
OFD packages."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import zwgk
from tests.formats.common import FORMATS, PDFS, gold_of, mean_score
from zwgk.document import Document
from zwgk.errors import InputTooLargeError, ParseError, UnsafeInputError
from zwgk_plugins._ofd_read import _deltas, _segments
from zwgk_plugins.ofd_format import read_ofd_document
from zwgk_plugins.pdf_format import read_document as read_pdf_document

OFDS = sorted((FORMATS / "ofd").glob("*.ofd"))
NS = "http://www.ofdspec.org/2016"


def test_every_pdf_has_its_ofd() -> None:
    assert [p.stem for p in OFDS] == sorted(p.stem for p in PDFS.glob("*.pdf"))


@pytest.mark.parametrize("path", OFDS, ids=[p.stem for p in OFDS])
def test_scores_as_the_pdf_it_was_made_from(path: Path) -> None:
    gold = gold_of(path, PDFS)
    plan = zwgk.read(path)
    assert plan.format == "ofd"
    assert mean_score(gold, plan) >= min(
        97.0, mean_score(gold, zwgk.read(PDFS / f"{path.stem}.pdf"))
    )


def test_ofd_scores_at_least_97_on_average() -> None:
    scores = [mean_score(gold_of(p, PDFS), zwgk.read(p)) for p in OFDS]
    assert sum(scores) / len(scores) >= 97.0


@pytest.mark.parametrize("stem", ["p01_notice_landscape_ruled", "p06_heading_rows_lead_assist"])
def test_ruled_tables_have_the_cells_and_spans_of_the_pdf(stem: str) -> None:
    ofd = read_ofd_document((FORMATS / "ofd" / f"{stem}.ofd").read_bytes())
    pdf = read_pdf_document((PDFS / f"{stem}.pdf").read_bytes())

    def shape(document: Document) -> list[list[tuple[int, int, int, int, str]]]:
        return [
            [(c.row, c.col, c.rowspan, c.colspan, c.text) for c in g.cells] for g in document.grids
        ]

    assert shape(ofd) == shape(pdf)
    assert any(c.rowspan > 1 or c.colspan > 1 for g in ofd.grids for c in g.cells)


def test_delta_repeats_are_expanded_only_as_far_as_needed() -> None:
    assert _deltas("1 g 3 2.5 4", 10) == [1, 2.5, 2.5, 2.5, 4]
    assert _deltas("g 1000000000 3", 4) == [3, 3, 3, 3]
    assert _deltas("x", 3) == []


def test_path_data_gives_straight_segments() -> None:
    rect = list(_segments("M 0 0 L 10 0 L 10 5 L 0 5 C"))
    assert rect == [((0, 0), (10, 0)), ((10, 0), (10, 5)), ((10, 5), (0, 5)), ((0, 5), (0, 0))]
    assert list(_segments("M 0 0 B 1 1 2 2 3 3 L 4 3")) == [((3, 3), (4, 3))]


def _ofd(page: str, *, box: str = "0 0 210 297", ofd_xml: str | None = None) -> bytes:
    ofd = ofd_xml or (
        f'<ofd:OFD xmlns:ofd="{NS}"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
        "</ofd:DocBody></ofd:OFD>"
    )
    document = (
        f'<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>{box}'
        '</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" '
        'BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>'
    )
    content = (
        f'<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="2">{page}</ofd:Layer>'
        "</ofd:Content></ofd:Page>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", ofd)
        z.writestr("Doc_0/Document.xml", document)
        z.writestr("Doc_0/Pages/Page_0/Content.xml", content)
    return buf.getvalue()


def _text(text: str, x: float, y: float, delta: str = "g 200 4") -> str:
    return (
        f'<ofd:TextObject ID="3" Boundary="{x} {y} 180 10" Size="4">'
        f'<ofd:TextCode X="0" Y="4" DeltaX="{delta}">{text}</ofd:TextCode></ofd:TextObject>'
    )


def test_a_small_hand_made_ofd_reads_as_a_plan() -> None:
    page = "".join(
        _text(t, 20, 20 + 8 * i)
        for i, t in enumerate(["一、加强政策解读", "1.做好政策解读工作。（责任单位：办公室）"])
    )
    plan = zwgk.read(_ofd(page))
    assert [t.text for t in plan.tasks] == ["做好政策解读工作。"]
    assert plan.tasks[0].section == ("加强政策解读",)


def test_a_huge_page_is_refused() -> None:
    with pytest.raises(InputTooLargeError, match="larger than any printed page"):
        zwgk.read(_ofd(_text("公开", 1, 1), box="0 0 1000000000 1000000000"))


def test_a_page_with_too_many_characters_is_refused() -> None:
    crowd = "".join(_text("政" * 5000, 10, 10 + (i % 200), "g 5000 0.01") for i in range(45))
    with pytest.raises(InputTooLargeError, match="too many characters"):
        zwgk.read(_ofd(crowd))


def test_a_repeat_count_bomb_costs_nothing() -> None:
    plan = zwgk.read(_ofd(_text("1.公开预算。（责任单位：财务科）", 20, 20, "g 4000000000 4")))
    assert len(plan.tasks) == 1


def test_a_doctype_is_refused() -> None:
    evil = f'<!DOCTYPE x [<!ENTITY a "aaaa">]><ofd:OFD xmlns:ofd="{NS}">&a;</ofd:OFD>'
    with pytest.raises(UnsafeInputError):
        zwgk.read(_ofd("", ofd_xml=evil), format="ofd")


def test_a_package_without_its_parts_is_a_parse_error() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("OFD.xml", f'<ofd:OFD xmlns:ofd="{NS}"/>')
    with pytest.raises(ParseError, match="names no document"):
        zwgk.read(buf.getvalue(), format="ofd")
