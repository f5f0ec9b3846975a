"""Generated plans written in each text layout read back whole, with nothing lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import zwgk
from zwgk.lang.numerals import parse_label
from zwgk.testing import unplaced_text

_HAN = "政务公开信息发布平台建设规划预算决算数据网站专栏目录标准基层服务群众企业回应关切解读制度"
_UNITS = ["办公室", "法规科", "财务科", "市发展改革局", "各镇街", "县政府办公室", "区司法局"]
_CN = "一二三四五六七八九十"

sentences = st.text(st.sampled_from(_HAN), min_size=4, max_size=30).map(lambda s: s + "。")
titles = st.text(st.sampled_from(_HAN), min_size=3, max_size=12)
responsibilities = st.builds(
    lambda lead, assist: f"{lead}牵头，{assist}配合" if assist else lead,
    st.sampled_from(_UNITS),
    st.none() | st.sampled_from(_UNITS),
)
deadlines = st.sampled_from(["及时更新", "长期开展", "2022年12月31日前", "每年1月31日前"])
sections = st.lists(
    st.tuples(
        titles, st.lists(st.tuples(sentences, responsibilities, deadlines), min_size=1, max_size=4)
    ),
    min_size=1,
    max_size=4,
)


def _tab(plan: list[tuple[str, list[tuple[str, str, str]]]]) -> str:
    lines = [
        "某局政务公开工作要点分工方案",
        "",
        "\t工作任务\n\t具体要求\n\t责任单位\n\t完成时限",
        "",
    ]
    n = 0
    for s, (title, tasks) in enumerate(plan):
        for i, (text, resp, deadline) in enumerate(tasks):
            n += 1
            head = f"{_CN[s]}、{title}" if i == 0 else ""
            lines += [f"\t{head}", f"\t{n}.{text}", f"\t{resp}", f"\t{deadline}", ""]
    return "\n".join(lines)


def _prose(plan: list[tuple[str, list[tuple[str, str, str]]]]) -> str:
    lines = ["某县政务公开重点工作分工", ""]
    n = 0
    for s, (title, tasks) in enumerate(plan):
        lines.append(f"{_CN[s]}、{title}")
        for text, resp, _ in tasks:
            n += 1
            lines.append(f"（{_CN[n - 1] if n <= 10 else str(n)}）{text}（{resp}负责）")
    return "\n".join(lines)


def _check(text: str, plan: list[tuple[str, list[tuple[str, str, str]]]]) -> zwgk.Plan:
    got = zwgk.read(text.encode(), format="text")
    expected = [t for _, tasks in plan for t in tasks]
    assert len(got.tasks) == len(expected)
    assert [t.text for t in got.tasks] == [t[0] for t in expected]
    assert unplaced_text(text, got) == ""
    return got


@settings(max_examples=60, deadline=None)
@given(sections)
def test_generated_tab_tables(plan: list[tuple[str, list[tuple[str, str, str]]]]) -> None:
    got = _check(_tab(plan), plan)
    expected = [(title, t) for title, tasks in plan for t in tasks]
    assert [t.section for t in got.tasks] == [(title,) for title, _ in expected]
    assert [t.responsibility.raw if t.responsibility else None for t in got.tasks] == [
        t[1] for _, t in expected
    ]
    assert all(t.deadline is not None for t in got.tasks)


@settings(max_examples=60, deadline=None)
@given(sections.filter(lambda p: sum(len(t) for _, t in p) <= 10))
def test_generated_prose(plan: list[tuple[str, list[tuple[str, str, str]]]]) -> None:
    got = _check(_prose(plan), plan)
    assert all(parse_label(t.label) is not None for t in got.tasks)
    assert [t.responsibility.raw if t.responsibility else None for t in got.tasks] == [
        f"{t[1]}负责" for _, tasks in plan for t in tasks
    ]
