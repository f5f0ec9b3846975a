"""Web pages saved by Word ("Save as Web Page", 另存为网页): what is Word's own.

Word writes its tables as ``MsoNormalTable``/``MsoTableGrid`` with real
``rowspan``/``colspan`` (read as any table), each cell's paragraphs as
``<p class=MsoNormal>``, empty ``<o:p>`` elements to keep empty paragraphs
open, its settings in conditional comments (``<!--[if gte mso 9]>``, dropped
with every comment), and the numbers of list paragraphs (``mso-list:l0
level1 lfo1``) as text in a ``<span style='mso-list:Ignore'>`` that only
browsers show (inside ``<![if !supportLists]>``).  :func:`clean` makes such a
page read as the document did:

* a list number is kept in front of its paragraph, separated by one space
  (the ``&nbsp;`` padding Word puts after it goes); a bullet drawn in a symbol
  font (``Ø``, ``§``, ``·``) is not a number and goes;
* ``<o:p>`` and Word's other namespaced elements are unwrapped (their text
  stays in place);
* text Word hides (``mso-hide:all``) and the comment and footnote lists at
  the end of the page (``mso-element:comment-list``…) go to the residue.
"""

from __future__ import annotations

import re
from typing import Any

from zwgk._model import Location, Residue
from zwgk.lang.normalize import CONTROL_CHARS

__all__ = ["clean", "is_word_html"]

_WORD_MARKS = (
    "urn:schemas-microsoft-com:office:word",
    'content="microsoft word',
    "content=microsoft word",
    "class=msonormal",
    'class="msonormal"',
)
_LIST_IGNORE = re.compile(r"mso-list\s*:\s*ignore", re.I)
_HIDE = re.compile(r"mso-hide\s*:\s*all", re.I)
_ASIDE = re.compile(
    r"mso-element\s*:\s*(comment-list|footnote-list|endnote-list|comment|footnote|endnote)", re.I
)
_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十百零〇ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩA-Za-z]")


def is_word_html(text: str) -> bool:
    """Whether a page was saved by Word (its namespaces, generator or ``MsoNormal`` classes)."""
    head = text[:20000].lower()
    return any(mark in head for mark in _WORD_MARKS)


def _drop(el: Any, residue: list[Residue], reason: str, tree: Any) -> None:
    content = " ".join(el.text_content().split())
    if content:
        residue.append(Residue(content, reason, Location(path=tree.getpath(el))))
    el.drop_tree()  # keeps the tail text in place; the element stays in the iteration list


def _list_number(span: Any) -> None:
    """Keep a list number as ``number + space``; drop a symbol-font bullet."""
    number = "".join(span.text_content().split()).replace("\xa0", "")
    tail = span.tail or ""
    if _NUMBER.search(number):
        for child in list(span):
            child.drop_tree()
        span.text = number + " "
    else:
        span.text = ""
        for child in list(span):
            child.drop_tree()
    span.tail = tail.lstrip("\xa0 ")


def clean(root: Any) -> list[Residue]:
    """Make a Word-saved page read as the document did; returns what went to the residue."""
    if not any(
        _LIST_IGNORE.search(el.get("style", "")) or el.get("class", "").startswith("Mso")
        for el in root.iter()
        if isinstance(el.tag, str)
    ):
        return []
    tree = root.getroottree()
    residue: list[Residue] = []
    dropped: set[Any] = set()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if any(a in dropped for a in el.iterancestors()):
            continue
        style = el.get("style", "")
        if _HIDE.search(style):
            _drop(el, residue, "hidden element", tree)
            dropped.add(el)
        elif _ASIDE.search(style):
            _drop(el, residue, "comment or footnote", tree)
            dropped.add(el)
        elif _LIST_IGNORE.search(style):
            _list_number(el)
    for el in list(root.iter()):
        if isinstance(el.tag, str) and ":" in el.tag and el.getparent() is not None:
            _unwrap(el)  # <o:p>, <w:Sdt>, …: their text stays
    return residue


def _unwrap(el: Any) -> None:
    """Drop an element's tag, its text and children kept in place; a control
    character (``&#7;``) in the text lxml would move is not text and goes."""
    for node in (el, el.getprevious(), el.getparent()):
        if node is None:
            continue
        if node.text and CONTROL_CHARS.search(node.text):
            node.text = CONTROL_CHARS.sub("", node.text)
        if node is not el.getparent() and node.tail and CONTROL_CHARS.search(node.tail):
            node.tail = CONTROL_CHARS.sub("", node.tail)
    if len(el) and el[-1].tail and CONTROL_CHARS.search(el[-1].tail):
        el[-1].tail = CONTROL_CHARS.sub("", el[-1].tail)
    el.drop_tag()
