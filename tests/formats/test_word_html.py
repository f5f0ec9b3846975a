"""Web pages saved by Word (``tests.formats.word_html_maker`` writes the
office-made DOCX files the way Word saves a web page), scored against the
gold of the DOCX each was made from; and Word's own markup."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.formats.common import FORMATS, OFFICE, gold_of, mean_score
from tests.formats.word_html_maker import HEAD, TAIL, _para
from zwgk_plugins._word_html import is_word_html

PAGES = sorted((FORMATS / "web").glob("*.htm"))


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_scores_equal_the_docx_they_were_saved_from(path: Path) -> None:
    gold = gold_of(path, OFFICE)
    plan = zwgk.read(path)
    assert mean_score(gold, plan) == mean_score(gold, zwgk.read(OFFICE / f"{path.stem}.docx"))


def test_hidden_text_and_comments_go_to_the_residue() -> None:
    plan = zwgk.read(PAGES[0])
    reasons = {r.text: r.reason for r in plan.residue}
    assert reasons["隐藏的修订说明"] == "hidden element"
    assert reasons["请办公室核对时限"] == "comment or footnote"
    texts = [t.text for t in plan.tasks] + [t.note or "" for t in plan.tasks]
    assert not any("核对时限" in t or "修订说明" in t for t in texts)


def _page(*paragraphs: str) -> bytes:
    return (HEAD + "".join(paragraphs) + TAIL).encode("gb18030")


def test_word_list_paragraphs_keep_their_numbers() -> None:
    page = _page(
        _para("关于印发2024年政务公开工作要点的通知"),
        _para("一、加强政策解读"),
        _para("1.做好政策文件解读。（责任单位：办公室）"),
        _para("2.加强解读回应。（责任单位：宣传科）"),
        _para("二、推进平台建设"),
        _para("3.完善政府网站。（责任单位：信息中心）"),
    )
    assert is_word_html(page.decode("gb18030"))
    plan = zwgk.read(page, format="html")
    assert [(t.number, t.text, t.section) for t in plan.tasks] == [
        (1, "做好政策文件解读。", ("加强政策解读",)),
        (2, "加强解读回应。", ("加强政策解读",)),
        (3, "完善政府网站。", ("推进平台建设",)),
    ]


def test_a_symbol_font_bullet_is_not_a_number() -> None:
    bullet = _para("1.公开预算。（责任单位：财务科）").replace(">1.<", ">Ø<")
    plan = zwgk.read(_page(_para("一、财政信息"), bullet), format="html")
    assert not any("Ø" in t.text for t in plan.tasks)
    assert "公开预算。" in "".join(t.text for t in plan.tasks)


def test_a_page_not_made_by_word_is_not_touched() -> None:
    from lxml import html

    from zwgk_plugins._word_html import clean

    page = "<html><body><p style='mso-hide:all'>x</p><p>1.公开预算。</p></body></html>"
    assert not is_word_html(page)
    root = html.document_fromstring(page)
    assert clean(root) == []
    assert root.text_content() == "x1.公开预算。"
