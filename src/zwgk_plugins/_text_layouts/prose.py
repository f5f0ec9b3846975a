"""``prose``: numbered paragraphs; lines cut by a page width are joined again."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from zwgk.document import Block, Document
from zwgk.lang.pieces import label_of, squeeze
from zwgk.lang.vocab import NOTICE_TITLE_END
from zwgk_plugins._text_layouts.common import Line, loc

__all__ = ["read_prose"]

_DOC_NUMBER: Final = re.compile(
    r"^\S{1,12}[〔\[［(（]\s*(19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号$"
)
_DATE_LINE: Final = re.compile(r"^(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# a page's heading closed by its date (…工作要点 某市统计局 2024-05-06), not a
# line of a page's fields (发布机构：… 生成日期：2018-06-15)
_DATE_END: Final = re.compile(r"(19|20)\d{2}(?:-\d{1,2}-|\.\d{1,2}\.|/\d{1,2}/)\d{1,2}$")
_FIELD_COLON: Final = re.compile(r"[:：]")


def _stands_alone(line: str) -> bool:
    """A line never wrapped into its neighbour: a 文号, a date, a title's end,
    a line closed by a date written with figures."""
    s = squeeze(line)
    return bool(
        _DOC_NUMBER.match(s)
        or _DATE_LINE.match(s)
        or NOTICE_TITLE_END.search(s)
        or (_DATE_END.search(s) is not None and not _FIELD_COLON.search(s))
    )


def _wrapped(previous: str) -> bool:
    """Whether a line looks cut by a page width (long, no closing punctuation)."""
    s = previous.strip()
    return len(s) >= 24 and not s.endswith(("。", "；", "：", "）", ")", "！", "？", "”"))


def _block(cur: Sequence[Line]) -> Block:
    text = "".join(ln.text.strip() for ln in cur)
    return Block(text, loc(cur[0].no, cur[-1].no))


def read_prose(lines: Sequence[Line]) -> Document:
    """Read ``prose`` text (see the package's description)."""
    out: list[Block] = []
    cur: list[Line] = []
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        if (
            cur
            and label_of(text) is None
            and _wrapped(cur[-1].text)
            and not _stands_alone(cur[-1].text)
            and not _stands_alone(text)
        ):
            cur.append(ln)
            continue
        if cur:
            out.append(_block(cur))
        cur = [ln]
    if cur:
        out.append(_block(cur))
    return Document(out)
