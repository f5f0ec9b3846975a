"""Lines a mail client, a Markdown editor or an outline view marked up:
every line quoted by ``>`` (a page forwarded in an e-mail reply, a Markdown
block quote), lines closed by a backslash (a Markdown hard break), and the
branches of a tree drawn before each line (``├── ``, ``│   └── ``: an
outline or mind map exported as text, a node a line).

Both marks say how a line is shown, not what it holds: where they mark the
text's lines throughout (:func:`unquoted`, :func:`hard_breaks_out`), they
are taken out, and the text reads as the lines they mark.  A ``>`` or a
backslash on a line here and there is the text's own and stays.

A spreadsheet copying its cells quotes one that holds a line break
(``"公开…，`` / ``…。"``): :func:`quoted_cells_joined` reads such a cell whole.
"""

from __future__ import annotations

import re
from typing import Final

from zwgk._model import Diagnostic, Severity
from zwgk_plugins._text_layouts.parting import Parted

__all__ = [
    "HARD_BREAKS_CODE",
    "QUOTED_CODE",
    "SPREADSHEET_QUOTES_CODE",
    "TREE_LINES_CODE",
    "hard_breaks_out",
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
