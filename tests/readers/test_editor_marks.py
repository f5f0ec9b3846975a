"""Tables saved through a mail client, a Markdown editor or a wiki: every
line quoted by ``>``, lines closed by a backslash (a Markdown hard break),
cells parted by Chinese dashes (``——``), a DokuWiki table (``^`` header
cells, ``:::`` merged cells), a table copied with a word processor's marks
shown (``¤`` closing cells and rows, ``¶`` paragraphs), a post's pictographs
before its lines (``📌``, ``👤``, ``⏰``).  Each reads as the same table
written plainly, and the reading says how it was read."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import read_rows
from zwgk.testing import unplaced_text

TITLE = "某区司法局2024年政务公开工作任务清单"
PREAMBLE = "根据《某区2024年政务公开工作要点》要求，结合本局实际，制定本清单。"
HEADER = ("序号", "工作任务", "责任科室", "完成时限")
ROWS = [
    ("公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("公开法律援助申请条件和办理流程。", "法律援助科", "长期坚持"),
    ("公开人民调解工作开展情况。", "基层工作科负责，办公室配合", "每半年"),
    ("公开行政复议案件办理情况。", "行政复议科", "每季度"),
]
SIGNED = ["某区司法局", "2024年1月22日"]


def _cell_lines() -> list[str]:
    """The table one cell a line, a blank line between rows."""
    lines = [TITLE, PREAMBLE, "", *HEADER, ""]
    for k, row in enumerate(ROWS, start=1):
        lines += [str(k), *row, ""]
    return [*lines, *SIGNED]


def _codes(plan: zwgk.Plan) -> set[str]:
    return {d.code for d in plan.diagnostics}


def test_lines_quoted_throughout_read_as_the_lines_they_quote() -> None:
    plain = zwgk.read_text("\n".join(_cell_lines()))
    quoted = zwgk.read_text("\n".join(f"> {ln}" if ln else ">" for ln in _cell_lines()))
    assert read_rows(quoted) == read_rows(plain) == ROWS
    assert quoted.title == TITLE
    assert "text.quoted_lines" in _codes(quoted)


def test_a_quote_mark_on_one_line_stays_the_texts_own() -> None:
    lines = [TITLE, PREAMBLE, "\t".join(HEADER)]
    lines += ["\t".join((str(k), *row)) for k, row in enumerate(ROWS, start=1)]
    lines[3] = "> " + lines[3]
    plan = zwgk.read_text("\n".join(lines))
    assert "text.quoted_lines" not in _codes(plan)


def test_lines_closed_by_a_backslash_read_as_hard_breaks() -> None:
    lines = _cell_lines()
    # the last line of every paragraph has no backslash, as Markdown writes it
    broken = [
        f"{ln}\\" if ln and nxt else ln for ln, nxt in zip(lines, [*lines[1:], ""], strict=True)
    ]
    plan = zwgk.read_text("\n".join(broken))
    assert read_rows(plan) == ROWS
    assert "text.hard_breaks" in _codes(plan)


def test_a_backslash_in_a_line_here_and_there_is_kept() -> None:
    lines = _cell_lines()
    lines[1] += "\\"
    plan = zwgk.read_text("\n".join(lines))
    assert "text.hard_breaks" not in _codes(plan)


@pytest.mark.parametrize("dash", ["——", "──", "－－", "————"])
def test_cells_parted_by_chinese_dashes_read_as_parted_by_tabs(dash: str) -> None:
    lines = [TITLE, PREAMBLE, dash.join(HEADER)]
    lines += [dash.join((str(k), *row)) for k, row in enumerate(ROWS, start=1)]
    plan = zwgk.read_text("\n".join([*lines, *SIGNED]))
    assert read_rows(plan) == ROWS
    assert "text.cell_marks" in _codes(plan)


def test_a_dash_inside_a_sentence_parts_no_cells() -> None:
    text = "\n".join(
        [
            TITLE,
            "一、加强政策解读",
            "1.做好政策解读——以图解、视频等形式解读重要政策。（责任单位：办公室）",
            "2.回应社会关切。（责任单位：法规科）",
        ]
    )
    plan = zwgk.read_text(text)
    assert plan.tasks[0].text == "做好政策解读——以图解、视频等形式解读重要政策。"


def test_a_wiki_table_reads_with_its_merged_cells_from_above() -> None:
    lines = [TITLE, PREAMBLE, "", "^ 序号 ^ 公开类别 ^ 公开内容 ^ 责任科室 ^ 完成时限 ^"]
    kinds = ["基本信息", ":::", "业务信息", ":::"]
    for k, (kind, row) in enumerate(zip(kinds, ROWS, strict=True), start=1):
        lines.append("| " + " | ".join((str(k), kind, *row)) + " |")
    plan = zwgk.read_text("\n".join([*lines, "", *SIGNED]))
    assert read_rows(plan) == ROWS
    assert [t.section for t in plan.tasks] == [("基本信息",)] * 2 + [("业务信息",)] * 2
    assert "text.wiki_table" in _codes(plan)


@pytest.mark.parametrize(
    ("branch", "last", "trunk"),
    [("├── ", "└── ", "│   "), ("|-- ", "`-- ", "|   "), ("┣━━ ", "┗━━ ", "┃   ")],
)
def test_a_trees_lines_read_as_its_nodes(branch: str, last: str, trunk: str) -> None:
    rows = [("序号", *HEADER[1:])] + [(str(k), *row) for k, row in enumerate(ROWS, start=1)]
    lines = [TITLE, PREAMBLE, "任务清单"]
    for k, (first, *cells) in enumerate(rows):
        end = k == len(rows) - 1
        lines.append((last if end else branch) + first)
        under = "    " if end else trunk
        lines += [
            under + (last if j == len(cells) - 1 else branch) + c for j, c in enumerate(cells)
        ]
    plan = zwgk.read_text("\n".join([*lines, *SIGNED]))
    assert read_rows(plan) == ROWS
    assert plan.title == TITLE
    assert "text.tree_lines" in _codes(plan)


def test_an_ascii_grid_tables_borders_are_no_tree() -> None:
    lines = [TITLE, "+----+------+", "| 序号 | 工作任务 | 责任科室 | 完成时限 |", "+----+------+"]
    for k, row in enumerate(ROWS, start=1):
        lines += ["| " + " | ".join((str(k), *row)) + " |", "+----+------+"]
    plan = zwgk.read_text("\n".join(lines))
    assert "text.tree_lines" not in _codes(plan)
    assert read_rows(plan) == ROWS


def _codes(plan: zwgk.Plan) -> set[str]:
    return {d.code for d in plan.diagnostics}


@pytest.mark.parametrize("paragraph_mark", ["¶", "↵"])
def test_a_table_copied_with_a_word_processors_marks_shown_reads_as_its_rows(
    paragraph_mark: str,
) -> None:
    # every cell closed by ¤, every row by a ¤ of its own, paragraphs by ¶
    cells = [*(c + "¤" for c in HEADER), "¤"]
    for k, row in enumerate(ROWS, start=1):
        cells += [f"{k}¤", *(c + "¤" for c in row), "¤"]
    lines = [TITLE + paragraph_mark, PREAMBLE + paragraph_mark, *cells, paragraph_mark]
    lines += [s + paragraph_mark for s in SIGNED]
    plan = zwgk.read_text("\n".join(lines))
    assert read_rows(plan) == ROWS
    assert (plan.title, plan.issuer, str(plan.date)) == (TITLE, SIGNED[0], "2024-01-22")
    assert "text.formatting_marks" in _codes(plan)


@pytest.mark.parametrize("mark", ["↵", "¶"])
def test_a_text_on_one_line_with_its_paragraph_marks_reads_as_its_lines(mark: str) -> None:
    # (the line breaks lost, the marks shown where they stood)
    rows = [f"{k} {text} {unit} {due}" for k, (text, unit, due) in enumerate(ROWS, start=1)]
    lines = [TITLE, PREAMBLE, " ".join(HEADER), *rows, *SIGNED]
    plan = zwgk.read_text(mark.join(lines))
    assert read_rows(plan) == ROWS
    assert (plan.title, plan.issuer, str(plan.date)) == (TITLE, SIGNED[0], "2024-01-22")


def test_a_table_a_row_a_line_spaced_keeps_its_signature_apart() -> None:
    rows = [f"{k} {text} {unit} {due}" for k, (text, unit, due) in enumerate(ROWS, start=1)]
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, " ".join(HEADER), *rows, *SIGNED]))
    assert read_rows(plan) == ROWS
    assert (plan.issuer, str(plan.date)) == (SIGNED[0], "2024-01-22")


def test_a_cell_of_two_paragraphs_with_marks_shown_is_one_cell() -> None:
    text, unit, due = ROWS[0]
    cells = [*(c + "¤" for c in HEADER), "¤", "1¤", text[:6] + "¶", text[6:] + "¤", unit + "¤"]
    cells += [due + "¤", "¤"]
    for k, row in enumerate(ROWS[1:], start=2):
        cells += [f"{k}¤", *(c + "¤" for c in row), "¤"]
    plan = zwgk.read_text("\n".join([TITLE + "¶", PREAMBLE + "¶", *cells, *SIGNED]))
    assert read_rows(plan) == ROWS


def test_a_last_row_cut_before_its_closing_mark_keeps_its_cells() -> None:
    """A copy that ends inside the table's last row (its ``¤`` line lost)."""
    cells = [*(c + "¤" for c in HEADER), "¤"]
    for k, row in enumerate(ROWS, start=1):
        cells += [f"{k}¤", *(c + "¤" for c in row), "¤"]
    text = "\n".join([TITLE + "¶", PREAMBLE + "¶", *cells[:-2], ROWS[-1][-1][:3]])
    plan = zwgk.read_text(text)
    assert read_rows(plan)[:-1] == ROWS[:-1]
    assert unplaced_text(text, plan) == ""


def test_pictographs_before_a_posts_lines_are_no_text() -> None:
    lines = [TITLE, PREAMBLE, "📌一、基础信息公开"]
    for k, (text, unit, due) in enumerate(ROWS, start=1):
        lines += [f"{k}.{text}", f"👤{unit} ⏰{due}"]
    plan = zwgk.read_text("\n".join([*lines, f"🖊{SIGNED[0]}", f"📅{SIGNED[1]}"]))
    assert read_rows(plan) == ROWS
    assert [t.section for t in plan.tasks] == [("基础信息公开",)] * len(ROWS)
    assert (plan.issuer, str(plan.date)) == (SIGNED[0], "2024-01-22")
    assert "👤⏰" in [r.text for r in plan.residue]


def test_a_line_of_units_and_time_under_each_item_gives_its_fields() -> None:
    lines = [TITLE, PREAMBLE, "一、基础信息公开"]
    for k, (text, unit, due) in enumerate(ROWS, start=1):
        lines += [f"{k}.{text}", f"{unit}\u3000{due}"]
    plan = zwgk.read_text("\n".join([*lines, *SIGNED]))
    assert read_rows(plan) == ROWS
    assert plan.issuer == SIGNED[0]


def test_question_marks_a_save_put_for_spaces_are_read_as_spaces() -> None:
    # a page saved in an encoding without its full-width spaces: ?? for each
    # paragraph's indent, a run before the signature set to the right
    text = "\n".join(
        [
            "某区2023年政务公开工作要点",
            "??一、加强政策解读",
            "??（一）做好政策解读。（办公室负责）",
            "??????????????????某区人民政府办公室",
            "2023年7月7日???????",
        ]
    )
    plan = zwgk.read_text(text)
    assert [t.text for t in plan.tasks] == ["做好政策解读。"]
    assert (plan.issuer, str(plan.date)) == ("某区人民政府办公室", "2023-07-07")
