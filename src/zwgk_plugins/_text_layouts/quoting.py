"""Lines a mail client, a Markdown editor or an outline view marked up:
every line quoted by ``>`` (a page forwarded in an e-mail reply, a Markdown
block quote), lines closed by a backslash (a Markdown hard break), and the
branches of a tree drawn before each line (``├── ``, ``│   └── ``: an
outline or mind map exported as text, a node a line).

Both marks say how a line is shown, not what it holds: where they mark the
text's lines throughout (:func:`unquoted`, :func:`hard_breaks_out`), they
are taken out, and the text reads as the lines they mark.  A ``>`` or a
backslash on a line here and there is the text's own and stays.

A Markdown document opens its headings' lines with ``#`` marks and its list
items' with a list mark, a task list's with a box (``- [x] 1.公开…``):
:func:`markdown_marks_out` takes out the heading marks, the boxes (kept in
the residue: whether the task is done) and the list marks before a label.
A converter frames each sheet's or section's name in a rule
(``===== 工作表：一、… =====``): :func:`framed_lines_out` reads such a line as
what the frame holds.

A spreadsheet copying its cells quotes one that holds a line break
(``"公开…，`` / ``…。"``): :func:`quoted_cells_joined` reads such a cell whole.
"""

from __future__ import annotations

import re
from typing import Final

from zwgk._chrome import REASON_MARKUP
from zwgk._model import Diagnostic, Location, Residue, Severity
from zwgk.build.pieces import R_CHECK_MARK
from zwgk.lang.numerals import parse_label
from zwgk_plugins._text_layouts.parting import Parted

__all__ = [
    "HARD_BREAKS_CODE",
    "QUOTED_CODE",
    "SPREADSHEET_QUOTES_CODE",
    "TREE_LINES_CODE",
    "framed_lines_out",
    "hard_breaks_out",
    "markdown_marks_out",
    "quoted_cells_joined",
    "tree_branches_out",
    "unquoted",
]

QUOTED_CODE: Final = "text.quoted_lines"
HARD_BREAKS_CODE: Final = "text.hard_breaks"
TREE_LINES_CODE: Final = "text.tree_lines"

# a quote's marks opening a line, nested ones too (``> > ``), with a space after each
_QUOTE: Final = re.compile(r"^[ \t]*(?:[>＞][ \t]?)+", re.M)
# a backslash closing a line, not one escaped by another
_HARD_BREAK: Final = re.compile(r"(?<!\\)\\[ \t]*$", re.M)
_QUOTED_SHARE: Final = 0.8  # of the lines with text, those a quote opens at least
_BROKEN_SHARE: Final = 0.25  # of the lines with text, those a backslash closes at least
_FEWEST: Final = 3  # lines marked, at least


def _marked(mark: re.Pattern[str], text: str, share: float) -> bool:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    marked = sum(1 for ln in lines if mark.search(ln) is not None)
    return marked >= _FEWEST and marked >= share * len(lines)


def unquoted(text: str) -> Parted:
    """``text`` without the quote marks that open its lines, where they open
    nearly every line (a lone ``>`` stands for a blank line).

    >>> unquoted("> 某局2024年政务公开工作任务清单\\n>\\n> 1\\n> 公开预算。").text
    '某局2024年政务公开工作任务清单\\n\\n1\\n公开预算。'
    """
    if (">" not in text and "＞" not in text) or not _marked(_QUOTE, text, _QUOTED_SHARE):
        return Parted(text)
    note = Diagnostic(
        QUOTED_CODE, "lines quoted by '>' were read without the quote marks", Severity.INFO
    )
    return Parted(_QUOTE.sub("", text), note=note)


def hard_breaks_out(text: str) -> Parted:
    """``text`` without the backslashes that close its lines as Markdown
    hard breaks, where they close many of them.

    >>> hard_breaks_out("1\\\\\\n公开预算。\\\\\\n财政所\\\\\\n每季度").text
    '1\\n公开预算。\\n财政所\\n每季度'
    """
    if "\\" not in text or not _marked(_HARD_BREAK, text, _BROKEN_SHARE):
        return Parted(text)
    note = Diagnostic(
        HARD_BREAKS_CODE,
        "lines closed by a backslash (Markdown hard breaks) were read without it",
        Severity.INFO,
    )
    return Parted(_HARD_BREAK.sub("", text), note=note)


# a Markdown heading's marks opening its line (``## 一、…``)
_MD_HEADING: Final = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.M)
# a list item's mark opening its line, and a task list's box after it (``- [x] ``)
_MD_ITEM: Final = re.compile(r"^([ \t]*[-*+][ \t]+)(\[[ xX]\][ \t]*)?(?=\S)", re.M)
_FEWEST_MARKED: Final = 2  # lines a Markdown mark opens, at least


def markdown_marks_out(text: str) -> Parted:
    """``text`` without the marks a Markdown document opens its lines with,
    where two lines or more carry them together: a heading's ``#`` marks, a task
    list's boxes (``[x]`` done, ``[ ]`` not yet: kept in the residue), and a
    list item's mark where a label follows it (``- 1.公开…``; an item with
    no label keeps its mark, the item's only bound).

    >>> print(markdown_marks_out("## 一、概况\\n- [x] 1.公开预算。\\n- [ ] 2.公开决算。").text)
    一、概况
    1.公开预算。
    2.公开决算。
    """
    if "#" not in text and not any(m in text and m + " " in text for m in "-*+"):
        return Parted(text)  # (most texts hold none)
    headings = len(_MD_HEADING.findall(text))
    found = ((m, _labelled(text, m.end())) for m in _MD_ITEM.finditer(text))
    items = [(m, labelled) for m, labelled in found if m[2] or labelled]
    if headings + len(items) < _FEWEST_MARKED:
        return Parted(text)
    text, residue = _items_out(text, items)
    return Parted(_MD_HEADING.sub("", text), tuple(residue))


def _labelled(text: str, at: int) -> bool:
    """Whether the line from ``at`` opens with a label (``1.``, ``（一）``)."""
    end = text.find("\n", at)
    return parse_label(text[at:] if end < 0 else text[at:end]) is not None


def _items_out(text: str, items: list[tuple[re.Match[str], bool]]) -> tuple[str, list[Residue]]:
    """``text`` without the items' marks and boxes (a mark kept where no
    label follows it: ``items`` pairs each with whether one does), the boxes
    in the residue."""
    out, residue, at, line = [], [], 0, 1
    for m, labelled in items:
        out.append(text[at : m.start()])
        line += text.count("\n", at, m.start())
        if not labelled:
            out.append(m[1])
        if m[2]:
            residue.append(Residue(m[2].strip(), R_CHECK_MARK, Location(line=line)))
        at = m.end()
    out.append(text[at:])
    return "".join(out), residue


# a line framed in a rule on either side (``===== 工作表：一、… =====``,
# ``----- … -----``), as a converter prints each sheet's or section's name,
# and the word naming a sheet that may open it
# (drawn with a rule's marks: not with * or #, which frame a printout's
# records, *** 1. row ***, and a script's comments)
_FRAMED: Final = re.compile(
    r"^[ \t]*([=\-~─━═＝])\1{2,}[ \t]*([^\s=\-~─━═＝].*?)[ \t]*\1{3,}[ \t]*$", re.M
)
_RULES: Final = "=-~─━═＝"
_SHEET_WORD: Final = re.compile(r"^(?:工作表|工作簿|[Ss]heet)[ \t]*[:：][ \t]*")


def framed_lines_out(text: str) -> Parted:
    """``text`` with its lines framed in a rule on either side read as what
    the frame holds; a word naming a sheet (``工作表：``, ``Sheet:``) that
    opens it goes to the residue.

    >>> framed_lines_out("===== 工作表：一、基础信息公开 =====\\n序号\\t任务").text
    '一、基础信息公开\\n序号\\t任务'
    """
    if not any(rule in text and rule * 3 in text for rule in _RULES):  # (most hold none)
        return Parted(text)
    words: list[Residue] = []

    def inner(m: re.Match[str]) -> str:
        word = _SHEET_WORD.match(m.group(2))
        if word is None:
            return m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        words.append(Residue(word.group().strip(), REASON_MARKUP, Location(line=line)))
        return m.group(2)[word.end() :]

    return Parted(_FRAMED.sub(inner, text), tuple(words))


# the branches drawn before a tree's node: a trunk per level above it
# (``│   `` or spaces) and its own branch (``├── ``, ``└── ``, ``+-- ``)
# (``|-- ``, ``+-- ``, ```-- `` as ``tree`` draws them in ASCII); a node's text after it
_BRANCH: Final = re.compile(
    r"^[ \t]*(?:[│┃|][ \t]+)*(?:[├└┣┗╠╚][─━═]+|[+`|]-{2,})[ \t]?(?=[^\s─━═+|-])", re.M
)
_TREE_SHARE: Final = 0.5  # of the lines with text, those a branch opens at least


def tree_branches_out(text: str) -> Parted:
    """``text`` without the tree's branches drawn before its lines, where
    they open half its lines at least: each node a line.

    >>> print(tree_branches_out("清单\\n├── 1\\n│   ├── 公开预算。\\n│   └── 财政所\\n└── 2").text)
    清单
    1
    公开预算。
    财政所
    2
    """
    if "─" not in text and "--" not in text and "━" not in text:
        return Parted(text)
    if not _marked(_BRANCH, text, _TREE_SHARE):
        return Parted(text)
    note = Diagnostic(
        TREE_LINES_CODE, "a tree's lines were read as its nodes, a node a line", Severity.INFO
    )
    return Parted(_BRANCH.sub("", text), note=note)


SPREADSHEET_QUOTES_CODE: Final = "text.quoted_cells"
_MOST_CELL_LINES: Final = 12  # lines a quoted cell may run over


def _quoted_row(lines: list[str], k: int) -> tuple[list[str], int] | None:
    """The cells of the tab-parted row from line ``k``, a quoted cell run on
    over the lines it holds (the line breaks nothing), and the line after the
    row; None where a quote opened is never closed."""
    cells: list[str] = []
    line, at, end = lines[k], 0, k
    while True:
        if line.startswith('"', at):  # a quoted cell: to the quote before a tab or the end
            cell, at = [], at + 1
            while True:
                close = line.find('"', at)
                if close < 0:  # (the cell runs on over the line break)
                    cell.append(line[at:])
                    end += 1
                    if end >= len(lines) or end - k > _MOST_CELL_LINES:
                        return None
                    line, at = lines[end], 0
                    continue
                if line.startswith('"', close + 1):  # ("": a quote inside)
                    cell.append(line[at : close + 1])
                    at = close + 2
                    continue
                cell.append(line[at:close])
                at = close + 1
                break
            cells.append("".join(cell) + line[at : _tab_or_end(line, at)])
        else:
            cells.append(line[at : _tab_or_end(line, at)])
        at = _tab_or_end(line, at) + 1
        if at > len(line):
            return cells, end + 1


def _tab_or_end(line: str, at: int) -> int:
    tab = line.find("\t", at)
    return len(line) if tab < 0 else tab


def quoted_cells_joined(text: str) -> Parted:
    """``text`` with the tab-parted rows whose cells a spreadsheet quoted, as
    it does a cell holding a line break when its cells are copied
    (``2\\t"公开捐赠款物使用情况，`` / ``做到笔笔有着落。"\\t办公室``), read as one
    line a row: a quoted cell runs to its closing quote, the line breaks
    inside it nothing, the quotes no part of it (``""`` a quote).  A text
    with no quoted cell over two lines is returned as it is.

    >>> text = '序号\\t任务\\t单位\\n1\\t"公开预算，\\n公开决算。"\\t"财务科负责，\\n办公室配合"'
    >>> quoted_cells_joined(text).text.split("\\n")[1].split("\\t")
    ['1', '公开预算，公开决算。', '财务科负责，办公室配合']
    """
    if '\t"' not in text and '\n"' not in text:
        return Parted(text)
    lines, out, k, joined = text.split("\n"), [], 0, 0
    while k < len(lines):
        row = _quoted_row(lines, k) if "\t" in lines[k] or lines[k].startswith('"') else None
        if row is None or len(row[0]) < 2 or (row[1] == k + 1 and '"' not in lines[k]):
            out.append(lines[k])
            k += 1
            continue
        cells, after = row
        joined += after - k - 1
        out.append("\t".join(cells))
        k = after
    if not joined:
        return Parted(text)
    note = Diagnostic(
        SPREADSHEET_QUOTES_CODE,
        f"cells a spreadsheet quoted were read whole, {joined} line breaks inside them as none",
        Severity.INFO,
    )
    return Parted("\n".join(out), note=note)
