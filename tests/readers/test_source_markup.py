"""Tables kept in the source of the tool they were written with, or parted
by a mark the header shows: a forum post's BBCode (``[tr][td]…``), a
MediaWiki page (``{|``, ``|-``, ``!!``, ``||``, ``rowspan``), a LaTeX
``tabular`` (``&`` between cells, ``\\\\`` closing rows, ``\\hline``
lines), and any mark a header parts its cells with (``→`` where an editor
shows tabs, ``;`` of a semicolon export).  Each reads as the same table
written plainly; the marks are kept in the residue, and the reading says
how it was read."""

from __future__ import annotations

import configparser
import html
import io
import sqlite3
import tomllib

import pytest

import zwgk
from tests.assembly.rows import read_rows
from zwgk.testing import unplaced_text

TITLE = "某县水利局2024年政务公开工作任务清单"
PREAMBLE = "根据《某县2024年政务公开工作要点》要求，结合本局实际，制定本清单。"
HEADER = ("序号", "工作任务", "责任股室", "完成时限")
ROWS = [
    ("公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("公开取水许可审批结果。", "水资源股", "审批后7个工作日内"),
    ("公开河湖长制工作动态。", "河湖股负责，办公室配合", "每季度"),
    ("公开汛期水雨情信息。", "防御股", "及时发布"),
]
KINDS = ("基本信息", "基本信息", "业务信息", "业务信息")
SIGNED = ["某县水利局", "2024年1月22日"]


def _codes(plan: zwgk.Plan) -> set[str]:
    return {d.code for d in plan.diagnostics}


def _markup(plan: zwgk.Plan) -> str:
    return "".join(r.text for r in plan.residue if r.reason == "markup")


def _numbered() -> list[tuple[str, ...]]:
    return [(str(k), *row) for k, row in enumerate(ROWS, start=1)]


def test_a_bbcode_table_reads_as_its_rows() -> None:
    rows = ["[tr]" + "".join(f"[td]{c}[/td]" for c in row) + "[/tr]" for row in _numbered()]
    head = "[tr]" + "".join(f"[td][b]{c}[/b][/td]" for c in HEADER) + "[/tr]"
    text = "\n".join(
        [f"[size=5][b]{TITLE}[/b][/size]", PREAMBLE, "[table]", head, *rows, "[/table]", *SIGNED]
    )
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ROWS
    assert plan.title == TITLE
    assert "[tr]" in _markup(plan) and "[size=5]" in _markup(plan)
    assert "text.table_markup" in _codes(plan)


def test_a_bbcode_cell_merged_down_fills_the_rows_it_covers() -> None:
    head = "[tr]" + "".join(f"[td]{c}[/td]" for c in ("序号", "公开类别", *HEADER[1:])) + "[/tr]"
    rows = []
    for k, row in enumerate(ROWS, start=1):
        kind = f"[td=1,2]{KINDS[k - 1]}[/td]" if k % 2 else ""
        rows.append(f"[tr][td]{k}[/td]{kind}" + "".join(f"[td]{c}[/td]" for c in row) + "[/tr]")
    plan = zwgk.read_text("\n".join([TITLE, "[table]", head, *rows, "[/table]"]))
    assert read_rows(plan) == ROWS
    assert [t.section for t in plan.tasks] == [(k,) for k in KINDS]


def test_a_mediawiki_table_reads_with_its_merged_cells() -> None:
    lines = [
        TITLE,
        PREAMBLE,
        '{| class="wikitable"',
        "|-",
        "! 序号 !! 公开类别 !! 工作任务 !! 责任股室 !! 完成时限",
    ]
    for k, row in enumerate(ROWS, start=1):
        kind = f'rowspan="2" | {KINDS[k - 1]} || ' if k % 2 else ""
        lines += ["|-", f"| {k} || {kind}" + " || ".join(row)]
    plan = zwgk.read_text("\n".join([*lines, "|}", *SIGNED]))
    assert read_rows(plan) == ROWS
    assert [t.section for t in plan.tasks] == [(k,) for k in KINDS]
    assert 'rowspan="2" |' in _markup(plan) and "|-" in _markup(plan)


def test_a_mediawiki_table_a_cell_a_line_reads_alike() -> None:
    lines = [TITLE, "{|", "!序号", "!工作任务", "!责任股室", "!完成时限"]
    for k, row in enumerate(ROWS, start=1):
        lines += ["|-", f"|{k}", *(f"|{c}" for c in row)]
    plan = zwgk.read_text("\n".join([*lines, "|}"]))
    assert read_rows(plan) == ROWS


def _textile_rows() -> list[str]:
    rows = []
    for k, row in enumerate(ROWS, start=1):
        kind = f"/2. {KINDS[k - 1]} |" if k % 2 else ""
        rows.append(f"| {k} |{kind} " + " | ".join(row) + " |")
    return rows


def test_a_textile_table_reads_with_its_merged_cells() -> None:
    head = "|" + "|".join(f"_. {c} " for c in ("序号", "公开类别", *HEADER[1:])) + "|"
    text = "\n\n".join(
        [f"h2. {TITLE}", f"p. {PREAMBLE}", "\n".join([head, *_textile_rows()])]
        + [f"p>. {line}" for line in SIGNED]
    )
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ROWS
    assert [t.section for t in plan.tasks] == [(k,) for k in KINDS]
    assert (plan.title, plan.issuer, str(plan.date)) == (TITLE, SIGNED[0], "2024-01-22")
    assert "_." in _markup(plan) and "/2." in _markup(plan) and "h2." in _markup(plan)
    assert unplaced_text(text, plan) == ""
    assert {"text.table_markup", "text.textile_blocks"} <= _codes(plan)


def test_a_textile_header_cell_over_two_columns_reads_as_one_header() -> None:
    head = "|_. 序号 |_\\2. 工作任务 |_. 责任股室 |_. 完成时限 |"
    sub = "| |_. 类别 |_. 内容 | | |"
    rows = [
        f"| {k} | {KINDS[k - 1]} | {row[0]} | {row[1]} | {row[2]} |"
        for k, row in enumerate(ROWS, start=1)
    ]
    plan = zwgk.read_text("\n".join([TITLE, head, sub, *rows]))
    assert read_rows(plan) == ROWS


def test_bar_rows_whose_cells_open_with_no_modifier_are_no_textile() -> None:
    rows = [f"| {k}. | {row[0]} | {row[1]} | {row[2]} |" for k, row in enumerate(ROWS, start=1)]
    plan = zwgk.read_text("\n".join([TITLE, "| 序号 | 工作任务 | 责任股室 | 完成时限 |", *rows]))
    assert read_rows(plan) == ROWS
    assert "text.table_markup" not in _codes(plan)


def test_a_latex_tabular_reads_as_its_rows() -> None:
    rows = [" & ".join(row) + r" \\" for row in _numbered()]
    body = [r"\begin{tabular}{|c|p{8cm}|c|c|}", r"\hline", " & ".join(HEADER) + r" \\", r"\hline"]
    for row in rows:
        body += [row, r"\hline"]
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, *body, r"\end{tabular}", *SIGNED]))
    assert read_rows(plan) == ROWS
    assert [t.section for t in plan.tasks] == [()] * 4
    assert any(r.text == r"\hline" and r.reason == "markup" for r in plan.residue)


@pytest.mark.parametrize("mark", ["→", ";", "；", "#", "~"])
def test_cells_parted_by_the_mark_the_header_shows(mark: str) -> None:
    lines = [TITLE, PREAMBLE, mark.join(HEADER), *(mark.join(row) for row in _numbered())]
    plan = zwgk.read_text("\n".join([*lines, *SIGNED]))
    assert read_rows(plan) == ROWS
    assert "text.cell_marks" in _codes(plan)


def test_a_row_with_its_last_cell_empty_reads_with_one_mark_fewer() -> None:
    rows = [";".join(row) for row in _numbered()]
    rows[1] = rows[1].rsplit(";", 1)[0]
    plan = zwgk.read_text("\n".join([TITLE, ";".join(HEADER), *rows]))
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2024年3月底前",
        None,
        "每季度",
        "及时发布",
    ]


def test_a_mark_no_header_parts_is_left_in_the_text() -> None:
    text = "\n".join(
        [
            TITLE,
            "一、加强政策解读",
            "1.做好政策解读;以图解、视频等形式解读重要政策;回应关切。（责任单位：办公室）",
            "2.回应社会关切。（责任单位：法规股）",
        ]
    )
    plan = zwgk.read_text(text)
    assert plan.tasks[0].text == "做好政策解读;以图解、视频等形式解读重要政策;回应关切。"
    assert "text.cell_marks" not in _codes(plan)


def _page_lines(rows: list[str]) -> list[str]:
    return [f'<h2 class="title">{TITLE}</h2>', f"<p>{PREAMBLE}</p>", *rows]


def test_a_pages_source_saved_as_text_reads_as_the_page() -> None:
    # a list of spans, each item a row (a site's table made with CSS)
    items = ["<li>" + "".join(f"<span>{c}</span>" for c in r) + "</li>" for r in _numbered()]
    head = '<li class="th">' + "".join(f"<span>{c}</span>" for c in HEADER) + "</li>"
    signed = [f'<p class="right">{s}</p>' for s in SIGNED]
    text = "\n".join(_page_lines(["<ul>", head, *items, "</ul>", *signed]))
    plan = zwgk.read_text(text, format="text")
    assert read_rows(plan) == ROWS
    assert plan.title == TITLE
    assert plan.format == "text"
    assert "text.page_source" in _codes(plan)


def test_a_data_exports_xml_reads_as_its_records() -> None:
    # tags no reader knows (the initials of the header words), no header row
    fields = ("xh", "gzrw", "zrgs", "wcsx")
    records = [
        "  <rw>\n"
        + "\n".join(f"    <{f}>{c}</{f}>" for f, c in zip(fields, r, strict=True))
        + "\n  </rw>"
        for r in _numbered()
    ]
    text = "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            "<qd>",
            f"  <bt>{TITLE}</bt>",
            f"  <sm>{PREAMBLE}</sm>",
            *records,
            *(f"  <lk>{s}</lk>" for s in SIGNED),
            "</qd>",
        ]
    )
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ROWS
    assert (plan.title, plan.issuer, str(plan.date)) == (TITLE, SIGNED[0], "2024-01-22")
    assert not any("<" in t.text for t in plan.tasks)


def test_a_text_with_some_table_tags_is_read_as_text() -> None:
    rows = ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _numbered()]
    text = "\n".join([TITLE, PREAMBLE, *rows, *SIGNED])
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ROWS
    assert "text.page_source" not in _codes(plan)


def test_a_database_dump_reads_as_its_rows() -> None:
    # a dump as sqlite3 writes one: the columns named by the header words
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE TABLE 任务清单({', '.join(f'{w} TEXT' for w in HEADER)})")
    db.executemany("INSERT INTO 任务清单 VALUES (?, ?, ?, ?)", _numbered())
    dump = "\n".join(db.iterdump())
    plan = zwgk.read_text("\n".join([f"-- {TITLE}", f"-- {PREAMBLE}", dump, *SIGNED]))
    assert read_rows(plan) == ROWS
    assert (plan.title, plan.issuer) == (TITLE, SIGNED[0])
    assert "text.sql_dump" in _codes(plan)
    assert "INSERT INTO" in _markup(plan)


def test_a_dumps_column_comments_are_its_header() -> None:
    # a MySQL dump: columns named by letters, the header words in their comments
    names = ("xh", "gzrw", "zrgs", "wcsx")
    columns = ",\n".join(
        f"  `{n}` varchar(500) COMMENT '{w}'" for n, w in zip(names, HEADER, strict=True)
    )
    create = f"CREATE TABLE `qd` (\n{columns},\n  PRIMARY KEY (`xh`)\n) COMMENT='清单';"
    cols = ", ".join(f"`{n}`" for n in names)
    inserts = [
        f"INSERT INTO `qd` ({cols}) VALUES ({k}, '{t}', '{u}', '{d}');"
        for k, t, u, d in _numbered()
    ]
    plan = zwgk.read_text("\n".join([f"-- {TITLE}", f"-- {PREAMBLE}", create, *inserts]))
    assert read_rows(plan) == ROWS
    assert plan.title == TITLE


def _table_markup() -> str:
    rows = [HEADER, *_numbered()]
    return (
        "<table>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        + "</table>"
    )


def test_text_on_the_lines_of_a_tables_markup_is_kept() -> None:
    # the sentences before and after the table on its line are the plan's, not markup
    line = f"{PREAMBLE}任务如下：{_table_markup()}以上任务请认真落实。"
    text = "\n".join([TITLE, line, *SIGNED])
    plan = zwgk.read_text(text, format="text")
    assert read_rows(plan) == ROWS
    assert unplaced_text(text, plan) == ""
    kept = [r.text for r in plan.residue if r.reason != "markup"]
    assert f"{PREAMBLE}任务如下：" in kept and "以上任务请认真落实。" in kept


def test_markup_written_as_entities_reads_as_the_markup() -> None:
    # a page that showed its source (or a field that escaped it): its tags as
    # &lt;td&gt;, on one line after the page's breadcrumb, title and fields
    head = f"首页 &gt; 政务公开 &gt; 部门动态 {TITLE} 发布时间：2024-01-22 09:15 来源：某县水利局"
    body = html.escape(f"<p>{PREAMBLE}</p>{_table_markup()}<p>{SIGNED[0]}</p>", quote=False)
    plan = zwgk.read_text(f"{head} {body}")
    assert read_rows(plan) == ROWS
    assert plan.title == TITLE
    assert "&lt;td&gt;" not in "".join(t.text for t in plan.tasks)
    assert "&lt;" in _markup(plan) and "<td>" in _markup(plan)
    assert unplaced_text(f"{head} {body}", plan) == ""


@pytest.mark.parametrize(
    ("row", "tag", "broken"), [(0, "</td>", "</td?"), (0, "<td>", "=td>"), (2, "<tr>", "=tr>")]
)
def test_a_tag_a_copy_broke_loses_no_text(row: int, tag: str, broken: str) -> None:
    # a tag that lost its > (kept with the markup), or its < (a cell's text
    # then stands outside any cell: kept in the residue; a row's cells
    # outside any row: read as their row)
    rows = ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [HEADER, *_numbered()]]
    rows[row] = rows[row].replace(tag, broken, 1)
    text = "\n".join([TITLE, PREAMBLE, *rows, *SIGNED])
    plan = zwgk.read_text(text)
    assert unplaced_text(text, plan) == ""
    assert read_rows(plan) == ROWS


def _toml() -> str:
    # as a TOML writer quotes keys and tables not in ASCII
    head = [f'"标题" = "{TITLE}"', f'"说明" = "{PREAMBLE}"', ""]
    sections = []
    for row in _numbered():
        keyed = [
            f'"{h}" = {c}' if h == "序号" else f'"{h}" = "{c}"'
            for h, c in zip(HEADER, row, strict=True)
        ]
        sections += ['[["任务"]]', *keyed, ""]
    foot = ['["落款"]', f'"单位" = "{SIGNED[0]}"', f'"日期" = "{SIGNED[1]}"']
    return "\n".join([*head, *sections, *foot])


def test_a_toml_export_reads_as_its_records() -> None:
    text = _toml()
    assert [t["工作任务"] for t in tomllib.loads(text)["任务"]] == [
        r[0] for r in ROWS
    ]  # (real TOML)
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ROWS
    assert (plan.title, plan.issuer, str(plan.date)) == (TITLE, SIGNED[0], "2024-01-22")
    assert "text.keyed_sections" in _codes(plan)
    assert unplaced_text(text, plan) == ""


def test_an_ini_files_sections_read_as_records() -> None:
    config = configparser.ConfigParser(interpolation=None)
    config.optionxform = str  # type: ignore[assignment,method-assign]
    for k, row in enumerate(_numbered(), start=1):
        config[f"任务{k}"] = dict(zip(HEADER, row, strict=True))
    written = io.StringIO()
    config.write(written)  # (as configparser writes an INI file)
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, written.getvalue(), *SIGNED]))
    assert read_rows(plan) == ROWS
    assert plan.title == TITLE


@pytest.mark.parametrize("name", ["{}", "任务{}", "task.{}"])
def test_ini_sections_named_by_their_numbers_number_the_rows(name: str) -> None:
    config = configparser.ConfigParser(interpolation=None)
    config.optionxform = str  # type: ignore[assignment,method-assign]
    for k, row in enumerate(ROWS, start=1):
        config[name.format(k)] = dict(zip(HEADER[1:], row, strict=True))
    written = io.StringIO()
    config.write(written)
    plan = zwgk.read_text("\n".join([TITLE, PREAMBLE, written.getvalue(), *SIGNED]))
    assert read_rows(plan) == ROWS
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]


def test_one_bracketed_line_is_no_configuration_file() -> None:
    text = "\n".join(
        [
            TITLE,
            "[说明]",
            "本清单 = 年度任务",
            *(f"{k}.{''.join(r)}" for k, r in enumerate(ROWS, 1)),
        ]
    )
    plan = zwgk.read_text(text)
    assert "text.keyed_sections" not in _codes(plan)
    assert [t.text for t in plan.tasks][:1] == [ROWS[0][0]]


def test_a_restructuredtext_list_table_reads_as_its_rows() -> None:
    body = []
    for row in [HEADER, *_numbered()]:
        body += [f"   * - {row[0]}", *(f"     - {c}" for c in row[1:])]
    body[7] = body[7][: len(body[7]) // 2] + "\n       " + body[7][len(body[7]) // 2 :]
    text = "\n".join(
        [
            TITLE,
            "=" * 40,
            "",
            PREAMBLE,
            "",
            ".. list-table:: 任务清单",
            "   :header-rows: 1",
            "",
            *body,
            "",
            *SIGNED,
        ]
    )
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ROWS
    assert plan.title == TITLE
    assert "text.list_table" in _codes(plan)


def test_an_org_mode_title_keyword_is_the_title() -> None:
    rows = [f"| {' | '.join(r)} |" for r in [HEADER, *_numbered()]]
    text = "\n".join([f"#+TITLE: {TITLE}", PREAMBLE, "", "#+CAPTION: 任务清单", *rows, *SIGNED])
    plan = zwgk.read_text(text)
    assert read_rows(plan) == ROWS
    assert plan.title == TITLE


def test_bracketed_lines_without_keys_are_no_configuration_file() -> None:
    # notes marked [1] and [2] on lines of their own, a formula's = above them
    rows = [f"{k}.{''.join(r)}" for k, r in enumerate(ROWS, start=1)]
    text = "\n".join(
        [
            TITLE,
            PREAMBLE,
            "完成率=已完成数/总数",
            *rows,
            "[1]",
            "见附件一。",
            "[2]",
            "见附件二。",
            *SIGNED,
        ]
    )
    plan = zwgk.read_text(text)
    assert "text.keyed_sections" not in _codes(plan)
    assert "[1]" not in " ".join(
        r.text for r in plan.residue if r.reason.startswith("a configuration")
    )
