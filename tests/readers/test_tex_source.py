"""A plan kept in its LaTeX source: the title, author and date in commands
of their own, parts as sections, tasks as a list's items (``\\item[1.]``
or ``\\item`` before a numbered text), a signature closed by ``\\\\``.  It
reads as the plan it stands for; the commands go to the residue."""

from __future__ import annotations

import pytest

import zwgk
from zwgk.testing import unplaced_text
from zwgk_plugins._text_layouts.tex import R_TEX, TEX_SOURCE_CODE

TITLE = "某市职业技术学院2024年校务公开工作要点"
PARTS = {
    "一、基本信息公开": [
        ("公开学院章程和规章制度。", "党政办公室，及时更新"),
        ("公开学院年度预算和决算。", "财务处，预算批复后20日内"),
    ],
    "二、招生就业信息公开": [
        ("公开招生章程和录取结果。", "招生办负责，教务处配合，录取结束后10个工作日内"),
        ("公开毕业生就业质量报告。", "就业指导中心，2024年12月底前"),
    ],
}


def _source(item: str) -> str:
    lines = [r"\documentclass[12pt]{ctexart}", r"\usepackage{enumitem}", f"\\title{{{TITLE}}}"]
    lines += [r"\author{某市职业技术学院}", r"\date{2024年3月5日}"]
    lines += [r"\begin{document}", r"\maketitle", ""]
    lines.append(r"根据《某省2024年政务公开工作要点》，结合学院实际，制定本要点。% 初稿")
    n = 0
    for part, tasks in PARTS.items():
        lines += ["", f"\\section*{{{part}}}", r"\begin{enumerate}"]
        for text, paren in tasks:
            n += 1
            lines.append("  " + item.format(n=n) + f"{text}（{paren}）")
        lines.append(r"\end{enumerate}")
    lines += [r"\begin{flushright}", r"某市职业技术学院\\", r"2024年3月5日", r"\end{flushright}"]
    return "\n".join([*lines, r"\end{document}"])


@pytest.mark.parametrize("item", [r"\item[{n}.] ", r"\item {n}.", r"\item[{n}、]"])
def test_a_latex_source_reads_as_its_plan(item: str) -> None:
    text = _source(item)
    plan = zwgk.read_text(text)
    assert (plan.title, plan.issuer, str(plan.date)) == (TITLE, "某市职业技术学院", "2024-03-05")
    tasks = [(part[2:], text) for part, rows in PARTS.items() for text, _ in rows]
    assert [(t.section[0], t.text) for t in plan.tasks] == tasks
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert plan.tasks[2].responsibility is not None
    assert [a.unit for a in plan.tasks[2].responsibility.assignments] == ["招生办", "教务处"]
    assert TEX_SOURCE_CODE in {d.code for d in plan.diagnostics}
    assert unplaced_text(text, plan) == ""


def test_the_commands_and_comments_go_to_the_residue() -> None:
    plan = zwgk.read_text(_source(r"\item[{n}.] "))
    aside = [r.text for r in plan.residue if r.reason == R_TEX]
    for kept in (r"\documentclass[12pt]{ctexart}", r"\begin{enumerate}", "% 初稿", r"\\"):
        assert kept in aside


def test_words_set_in_a_command_read_as_the_words() -> None:
    text = _source(r"\item[{n}.] ").replace("公开学院章程", r"公开\textbf{学院章程}")
    plan = zwgk.read_text(text)
    assert plan.tasks[0].text == "公开学院章程和规章制度。"


def test_a_backslash_in_plain_text_is_no_source() -> None:
    text = "\n".join(
        [
            TITLE,
            r"1.公开网站目录 D:\公开\目录。（办公室，及时更新）",
            "2.公开预算。（财务处，每年）",
        ]
    )
    plan = zwgk.read_text(text)
    assert TEX_SOURCE_CODE not in {d.code for d in plan.diagnostics}
