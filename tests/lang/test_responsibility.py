from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import cjk_texts, texts
from zwgk import Assignment, Responsibility, Role
from zwgk.lang import normalize, parse_responsibility, strip_invisible, tokenize_responsibility

DATA = Path(__file__).parent / "data"


def _load(name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return rows


def _score(rows: list[dict[str, Any]]) -> tuple[float, float, list[str]]:
    """Unit F1 and role accuracy, scored like the plan scorer; and the misses."""
    tp = fp = fn = roles_ok = 0
    misses: list[str] = []
    for row in rows:
        got = parse_responsibility(row["text"]).assignments
        gold = [(set(u["name"].split("|")), set(u["role"].split("|"))) for u in row["units"]]
        used: set[int] = set()
        for a in got:
            hit = next(
                (
                    i
                    for i, (names, _) in enumerate(gold)
                    if i not in used and (a.unit in names or a.qualified in names)
                ),
                None,
            )
            if hit is None:
                fp += 1
                misses.append(f"{row['text']!r}: extra {a.unit}")
                continue
            used.add(hit)
            tp += 1
            if a.role.value in gold[hit][1]:
                roles_ok += 1
            else:
                misses.append(f"{row['text']!r}: {a.unit} is {a.role.value}")
        fn += len(gold) - len(used)
        if len(used) != len(gold):
            misses.append(f"{row['text']!r}: missed {len(gold) - len(used)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall)
    return f1, roles_ok / tp, misses


@pytest.mark.parametrize("name", ["responsibilities_gold.json", "responsibilities.json"])
def test_tables_meet_thresholds(name: str) -> None:
    rows = _load(name)
    f1, role_accuracy, misses = _score(rows)
    assert f1 >= 0.98, misses
    assert role_accuracy >= 0.98, misses


def test_gold_table_is_the_seed_gold(seeds_dir: Path) -> None:
    # The copied pairs are exactly the distinct responsibilities of the seed gold.
    pairs: dict[str, Any] = {}
    for path in sorted(seeds_dir.glob("*.gold.json")):
        for task in json.loads(path.read_text(encoding="utf-8"))["tasks"]:
            if task.get("responsibility") is not None:
                pairs.setdefault(task["responsibility"], task["units"])
    table = {row["text"]: row["units"] for row in _load("responsibilities_gold.json")}
    assert table == pairs
    assert len(table) == 81


def test_own_table_is_large_and_distinct() -> None:
    rows = _load("responsibilities.json")
    assert len(rows) >= 150
    assert len({r["text"] for r in rows}) == len(rows)


def _pairs(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.unit, a.role.value, a.qualified) for a in parse_responsibility(text).assignments]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("办公室牵头，各科室协办", [("办公室", "lead", None), ("各科室", "assist", None)]),
        (
            "办公室、综合规划科、消委会会同各科室办理。",
            [
                ("办公室", "lead", None),
                ("综合规划科", "lead", None),
                ("消委会", "lead", None),
                ("各科室", "assist", None),
            ],
        ),
        (
            "市直各部門、各鎮街。市發展改革局、財政局按照職責分工強化監管。",
            [
                ("市直各部門", "owner", None),
                ("各鎮街", "owner", None),
                ("市發展改革局", "supervise", None),
                ("財政局", "supervise", "市財政局"),
            ],
        ),
        ("各县〔市、区〕人民政府负责落实", [("各县〔市、区〕人民政府", "owner", None)]),
        ("市人力资源和社会保障局牵头", [("市人力资源和社会保障局", "lead", None)]),
        ("市农业农村局和市水利局", [("市农业农村局", "owner", None), ("市水利局", "owner", None)]),
        ("各级政府及其部门", [("各级政府及其部门", "owner", None)]),
        (
            "市卫健委、市商务局等分别牵头落实",
            [("市卫健委", "lead", None), ("市商务局", "lead", None)],
        ),
        ("办公室、各单位\n\n办理", [("办公室", "owner", None), ("各单位", "owner", None)]),
        ("市政务服务数据\n管理局牵头", [("市政务服务数据管理局", "lead", None)]),
        ("市市场监督管理局牵头", [("市市场监督管理局", "lead", None)]),
        ("市场监管局加强监管", [("市场监管局", "supervise", None)]),
        ("市教育局（牵头）、市财政局", [("市教育局", "lead", None), ("市财政局", "owner", None)]),
        # levels listed before the government they share, with no 各: a name
        # each, as names sharing one suffix are
        ("市、县（区）人民政府", [("市", "owner", None), ("县（区）人民政府", "owner", None)]),
        # a bracketed role is for the names before it back to the role before
        (
            "市发改局（牵头）、各镇人民政府、街道办事处（配合）",
            [
                ("市发改局", "lead", None),
                ("各镇人民政府", "assist", None),
                ("街道办事处", "assist", None),
            ],
        ),
        (
            "牵头单位：市政府办公室；配合单位：市直各部门",
            [("市政府办公室", "lead", None), ("市直各部门", "assist", None)],
        ),
        (
            "各相关业务科室按职责分别公开行政许可、行政检查等行政执法信息，执法监督科公开行政处罚信息。",
            [("各相关业务科室", "owner", None), ("执法监督科", "owner", None)],
        ),
        (
            "县财政局、县工商业联合会",
            [("县财政局", "owner", None), ("县工商业联合会", "owner", None)],
        ),
        ("市财政局联合市税务局负责", [("市财政局", "lead", None), ("市税务局", "assist", None)]),
        # 主责 (the main responsibility) leads; 督办 supervises
        (
            "市应急局主责，市政府办督办",
            [("市应急局", "lead", None), ("市政府办", "supervise", None)],
        ),
        (
            "市农业农村局（统筹）、各镇（街道）（主责）",
            [("市农业农村局", "lead", None), ("各镇（街道）", "lead", None)],
        ),
        # what the sentence is about, then the agent: no unit's name
        (
            "此项工作由省府办公厅负责，省监察厅配合",
            [("省府办公厅", "owner", None), ("省监察厅", "assist", None)],
        ),
        ("以上任务由区政务服务局牵头", [("区政务服务局", "lead", None)]),
        # a role word glued before the body's own office or leaders ends the name before it
        ("法规股办理局办公室监督", [("法规股", "owner", None), ("局办公室", "supervise", None)]),
        (
            "办公室办理局领导班子监督",
            [("办公室", "owner", None), ("局领导班子", "supervise", None)],
        ),
        ("市场监管局办公室负责", [("市场监管局办公室", "owner", None)]),
        # a mark from the lead to those assisting it
        (
            "财务科>信息科、护理部",
            [("财务科", "lead", None), ("信息科", "assist", None), ("护理部", "assist", None)],
        ),
        ("办公室→各科室", [("办公室", "lead", None), ("各科室", "assist", None)]),
        ("医务科＞质控科", [("医务科", "lead", None), ("质控科", "assist", None)]),
        ("办公室>各乡镇<街道>", [("办公室", "lead", None), ("各乡镇<街道>", "assist", None)]),
        # ... but not a bracket's close, nor the marks of a path through a site's columns
        (
            "市直有关部门；各乡镇<街道>",
            [("市直有关部门", "owner", None), ("各乡镇<街道>", "owner", None)],
        ),
        ("政府信息公开>重点领域>办公室", [("政府信息公开>重点领域>办公室", "owner", None)]),
        ("", []),
        ("。", []),
    ],
)
def test_examples(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _pairs(text) == expected


def test_raw_is_exactly_the_input() -> None:
    text = " 办公室牵头,\u200b各科室协办。\r\n"
    r = parse_responsibility(text)
    assert r.raw == text
    assert isinstance(r, Responsibility)
    assert r.assignments == (
        Assignment("办公室", Role.LEAD),
        Assignment("各科室", Role.ASSIST),
    )


def test_tokens_show_roles() -> None:
    tokens = tokenize_responsibility("市司法局会同市直各部门按职责办理")
    assert [(t.kind, t.text, t.role) for t in tokens] == [
        ("unit", "市司法局", Role.LEAD),
        ("role", "会同", Role.LEAD),
        ("unit", "市直各部门", Role.ASSIST),
        ("role", "按职责办理", Role.OWNER),
    ]


# --- properties ------------------------------------------------------------


def _check_cover(text: str) -> None:
    tokens = tokenize_responsibility(text)
    assert "".join(t.text for t in tokens) == text
    pos = 0
    for t in tokens:
        assert t.start == pos
        assert t.end > t.start
        assert text[t.start : t.end] == t.text
        assert t.kind in {"unit", "role", "separator", "other"}
        pos = t.end
    units = {"".join(strip_invisible(t.text).split()) for t in tokens if t.kind == "unit"}
    for a in parse_responsibility(text).assignments:
        assert any(a.unit in u or u in a.unit for u in units), (a, units)


@given(texts)
def test_never_raises_and_tokens_cover(text: str) -> None:
    _check_cover(text)


@given(cjk_texts)
def test_tokens_cover_cjk(text: str) -> None:
    _check_cover(text)


_UNITS = [
    "市教育局",
    "市财政局",
    "市人力资源和社会保障局",
    "各县（市、区）人民政府",
    "各县〔市、区〕人民政府",
    "市政务服务数据管理局(市信息中心)",
    "各科室（单位）",
    "办公室",
    "综合规划科",
    "市直各部门",
    "各镇街",
    "区委宣传部",
    "市市场监督管理局",
    "市住房和城乡建设局",
    "各区人民政府",
    "市委网信办",
]
_ROLE_WORDS = {
    "lead": ["牵头", "牵头办理", "牵头落实", "分别牵头落实", "统筹"],
    "assist": ["配合", "协办", "协助"],
    "owner": ["负责", "落实", "办理", "按职责办理", "按职责分工落实", "按职能办理", "参照落实", ""],
    "supervise": ["加强监管", "强化监管", "加强指导", "按照职责分工强化监管"],
}
_T2S = str.maketrans("负责职责务监导区县单门头导实办协财资", "負責職責務監導區縣單門頭導實辦協財資")


@st.composite
def clauses(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    n = draw(st.integers(min_value=1, max_value=3))
    parts: list[str] = []
    expected: list[tuple[str, str]] = []
    seen: set[str] = set()
    for _ in range(n):
        units = draw(st.lists(st.sampled_from(_UNITS), min_size=1, max_size=3, unique=True))
        units = [u for u in units if u not in seen]
        if not units:
            continue
        seen.update(units)
        role = draw(st.sampled_from(sorted(_ROLE_WORDS)))
        word = draw(st.sampled_from(_ROLE_WORDS[role]))
        if word == "" and parts:
            word = "负责"
        sep = draw(st.sampled_from(["、", "、", "，" if len(units) > 1 and False else "、"]))
        parts.append(sep.join(units) + word)
        expected += [(u, role) for u in units]
    joiner = draw(st.sampled_from(["，", ",", "；", ";", "。", "， "]))
    text = joiner.join(parts)
    if draw(st.booleans()):
        text = text.translate(_T2S)
    return text, expected


@given(clauses())
def test_generated_clauses(case: tuple[str, list[tuple[str, str]]]) -> None:
    text, expected = case
    got = [(normalize(a.unit), a.role.value) for a in parse_responsibility(text).assignments]
    assert got == [(normalize(u), r) for u, r in expected]
    _check_cover(text)


@given(clauses())
def test_normalised_text_parses_the_same(case: tuple[str, list[tuple[str, str]]]) -> None:
    text, _ = case
    key = normalize(text)
    once = parse_responsibility(key)
    assert parse_responsibility(key).assignments == once.assignments
    original = [(normalize(a.unit), a.role) for a in parse_responsibility(text).assignments]
    assert [(normalize(a.unit), a.role) for a in once.assignments] == original


@given(cjk_texts)
def test_normalised_any_text_is_stable(text: str) -> None:
    key = normalize(text)
    assert parse_responsibility(key) == parse_responsibility(key)
    assert parse_responsibility(normalize(key)) == parse_responsibility(key)


@pytest.mark.parametrize(
    ("text", "qualified"),
    [
        ("各有关部门、单位", [None, "各有关单位"]),  # a bare kind of unit borrows the prefix
        ("各乡镇、街道", [None, "各街道"]),
        ("相关业务科室、办公室", [None, None]),  # an office of its own does not
        ("各股室、属下单位", [None, None]),
    ],
)
def test_a_collective_prefix_carries_over_to_a_bare_kind_of_unit_only(
    text: str, qualified: list[str | None]
) -> None:
    assert [q for _, _, q in _pairs(text)] == qualified


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("由市财政局牵头，市直各部门配合", [("市财政局", "lead"), ("市直各部门", "assist")]),
        ("请各区县配合", [("各区县", "assist")]),
    ],
)
def test_the_word_naming_the_agent_is_no_part_of_a_name(
    text: str, units: list[tuple[str, str]]
) -> None:
    r = parse_responsibility(text)
    assert [(a.unit, a.role.value) for a in r.assignments] == units


def test_a_collective_of_the_sections_that_answer_for_it_is_a_unit() -> None:
    # 各责任科室: each section in charge, not the field name 责任科室 after 各
    from zwgk.lang.responsibility import parse_responsibility

    for cell in ("各责任科室", "各責任科室"):
        assert [a.unit for a in parse_responsibility(cell).assignments] == [cell]
    assert parse_responsibility("责任科室：办公室").units() == ("办公室",)


@pytest.mark.parametrize("raw", ["市各委、办、局", "县各委，办，局"])
def test_a_collective_whose_kinds_are_listed_one_character_each_is_one_unit(raw: str) -> None:
    r = parse_responsibility(f"市司法局牵头，{raw}配合")
    assert [(a.unit, a.role) for a in r.assignments] == [
        ("市司法局", Role.LEAD),
        (raw, Role.ASSIST),
    ]


def test_a_colon_after_a_latin_word_a_mirror_put_for_a_place_parts_no_names() -> None:
    r = parse_responsibility("牵头单位：乐鱼体育app:财政局；责任单位：各县（市、区）人民政府")
    assert [(a.unit, a.role) for a in r.assignments] == [
        ("乐鱼体育app:财政局", Role.LEAD),
        ("各县（市、区）人民政府", Role.OWNER),
    ]


def test_a_join_word_after_a_list_separator_is_no_part_of_the_next_name() -> None:
    r = parse_responsibility(
        "区发展改革局、市规划和自然资源局番禺区分局，以及各有关单位、各镇(街)办理。"
    )
    assert [a.unit for a in r.assignments] == [
        "区发展改革局",
        "市规划和自然资源局番禺区分局",
        "各有关单位",
        "各镇(街)",
    ]
    assert [a.unit for a in parse_responsibility("区财政局，和平区政府").assignments] == [
        "区财政局",
        "和平区政府",
    ]


def test_small_form_brackets_of_a_mirror_hold_a_note_inside_one_name() -> None:
    # the note says what the name covers: it splits nothing and is no part of the name
    r = parse_responsibility("市發展改革委,各區縣政府﹝含南太湖新區管委會,下同﹞")
    assert [a.unit for a in r.assignments] == ["市發展改革委", "各區縣政府"]
    assert r.raw.endswith("下同﹞")


def test_a_bracket_saying_what_a_name_covers_is_no_part_of_it() -> None:
    r = parse_responsibility("市政府办公室（含市大数据局）负责，各县〔市、区〕人民政府配合")
    assert [(a.unit, a.role.value) for a in r.assignments] == [
        ("市政府办公室", "owner"),
        ("各县〔市、区〕人民政府", "assist"),
    ]


def test_a_clause_said_of_all_the_rows_names_no_unit_of_this_one() -> None:
    r = parse_responsibility("市发展改革委,以下责任单位均包含各区县政府")
    assert [a.unit for a in r.assignments] == ["市发展改革委"]
    r = parse_responsibility("以上任务由区政务服务局牵头")
    assert [(a.unit, a.role.value) for a in r.assignments] == [("区政务服务局", "lead")]


def test_etc_with_what_the_rest_are_is_no_part_of_the_name_before_it() -> None:
    r = parse_responsibility("区发改委等相关区直部门、区商务局等数字经济工作领导小组成员单位")
    assert [a.unit for a in r.assignments] == ["区发改委", "区商务局"]
    assert [a.unit for a in parse_responsibility("平等就业促进单位").assignments] == [
        "平等就业促进单位"
    ]


def test_a_role_declared_after_the_names_gives_them_that_role() -> None:
    r = parse_responsibility("省政务局牵头,省直相关单位负责。各市州、县市区人民政府均为责任单位")
    assert [(a.unit, a.role) for a in r.assignments][2:] == [
        ("各市州", Role.OWNER),
        ("县市区人民政府", Role.OWNER),
    ]
    r = parse_responsibility("区财政局、区审计局均为配合单位")
    assert [(a.unit, a.role) for a in r.assignments] == [
        ("区财政局", Role.ASSIST),
        ("区审计局", Role.ASSIST),
    ]


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        ("市教育局、市卫健委，分别牵头落实", Role.LEAD),
        ("市教育局、市卫健委，牵头", Role.LEAD),
        ("区民政局，配合", Role.ASSIST),
        ("市教育局、市卫健委，按职责分工负责", Role.OWNER),
    ],
)
def test_a_clause_that_is_a_role_alone_gives_its_role_to_the_names_before_it(
    raw: str, role: Role
) -> None:
    assert {a.role for a in parse_responsibility(raw).assignments} == {role}


def test_a_role_clause_after_names_with_their_own_role_leaves_them_alone() -> None:
    r = parse_responsibility("市财政局牵头，市直各单位落实")
    assert [(a.unit, a.role) for a in r.assignments] == [
        ("市财政局", Role.LEAD),
        ("市直各单位", Role.OWNER),
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("县政府办抓总，县直各部门落实", [("县政府办", Role.LEAD), ("县直各部门", Role.OWNER)]),
        ("区政府办总负责，各部门协作", [("区政府办", Role.LEAD), ("各部门", Role.ASSIST)]),
        ("市教育局承担，各学校配合", [("市教育局", Role.OWNER), ("各学校", Role.ASSIST)]),
        (
            "牵头：区政府办；配合：区直各单位",
            [("区政府办", Role.LEAD), ("区直各单位", Role.ASSIST)],
        ),
        ("牵头:办公室;配合:水政监察大队", [("办公室", Role.LEAD), ("水政监察大队", Role.ASSIST)]),
    ],
)
def test_role_words_offices_use_and_a_role_word_alone_as_a_label(
    raw: str, expected: list[tuple[str, Role]]
) -> None:
    assert [(a.unit, a.role) for a in parse_responsibility(raw).assignments] == expected


def test_a_role_key_reads_on_through_how_several_leads_lead_and_that_it_holds_below() -> None:
    from zwgk.lang.responsibility import find_role_key

    text = "市发展改革委、市税务局,各区县政府。逗号前为牵头单位,多个牵头单位的按职责分别牵头,下同"
    found = find_role_key(text)
    assert found is not None and found[0] == "comma"
    assert text[found[1] : found[2]].endswith("下同")


def test_a_bracket_pointing_to_an_attachment_is_no_part_of_the_name() -> None:
    r = parse_responsibility("市政府办公室、市有关单位(见附件1,下同),各县(区)政府")
    assert [a.unit for a in r.assignments] == ["市政府办公室", "市有关单位", "各县(区)政府"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a kind of unit alone after 及 goes with the name before it
        ("办公室、政策文件起草处室及单位", ("办公室", "政策文件起草处室及单位")),
        ("各处室及单位负责", ("各处室及单位",)),
        # two names joined by 及 are two units
        ("市财政局及各区人民政府", ("市财政局", "各区人民政府")),
    ],
)
def test_a_kind_of_unit_alone_after_a_join(text: str, units: tuple[str, ...]) -> None:
    assert parse_responsibility(text).units() == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a station's or a court division's name ends there, before its role word
        ("气象台负责农业气象中心参与", [("气象台", "owner"), ("农业气象中心", "assist")]),
        ("立案庭负责，各审判庭配合", [("立案庭", "owner"), ("各审判庭", "assist")]),
    ],
)
def test_names_ending_in_tai_or_ting_take_their_role(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(a.unit, a.role.value) for a in parse_responsibility(text).assignments]
    assert got == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("县审计局监督检查股", [("县审计局监督检查股", Role.OWNER)]),
        (
            "市场监管局监督检查科负责，办公室配合",
            [("市场监管局监督检查科", Role.OWNER), ("办公室", Role.ASSIST)],
        ),
        ("区财政局负责，区审计局监督", [("区财政局", Role.OWNER), ("区审计局", Role.SUPERVISE)]),
        ("区纪委监委监督", [("区纪委监委", Role.SUPERVISE)]),
    ],
)
def test_a_supervising_word_glued_after_a_name_opens_a_division_s_name(
    raw: str, expected: list[tuple[str, Role]]
) -> None:
    found = parse_responsibility(raw)
    assert [(a.unit, a.role) for a in found.assignments] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("各县〔市〕区人民政府、市政府各部门负责落实", ["各县〔市〕区人民政府", "市政府各部门"]),
        ("各縣〔市〕區人民政府、市政府各部門負責落實", ["各縣〔市〕區人民政府", "市政府各部門"]),
        ("各县[市]区人民政府", ["各县[市]区人民政府"]),
        ("市政府各部门(单位)按照职能分别落实", ["市政府各部门(单位)"]),
        ("区政府各部门（单位）、各街道", ["区政府各部门（单位）", "各街道"]),
        ("科普部牵头，区青少年科技教育中心配合", ["科普部", "区青少年科技教育中心"]),
    ],
)
def test_brackets_and_words_inside_names(text: str, units: list[str]) -> None:
    assert [a.unit for a in parse_responsibility(text).assignments] == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市财政局为牵头单位，市税务局为配合单位", [("市财政局", "lead"), ("市税务局", "assist")]),
        (
            "市财政局为牵头单位，市税务局、市统计局为配合单位",
            [("市财政局", "lead"), ("市税务局", "assist"), ("市统计局", "assist")],
        ),
        ("市财政局是责任单位", [("市财政局", "owner")]),
        ("主办：市财政局 协办：市税务局", [("市财政局", "lead"), ("市税务局", "assist")]),
        ("牵头单位：市财政局 配合单位：市税务局", [("市财政局", "lead"), ("市税务局", "assist")]),
        ("市财政局▲、市税务局", [("市财政局", "owner"), ("市税务局", "owner")]),
        (
            "市财政局（牵头单位）、市税务局（配合单位）",
            [("市财政局", "lead"), ("市税务局", "assist")],
        ),
        ("各镇（街道）", [("各镇（街道）", "owner")]),
    ],
)
def test_roles_declared_after_the_names_or_labelled_after_a_space(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = parse_responsibility(text)
    assert [(a.unit, a.role.value) for a in found.assignments] == expected
    assert found.raw == text


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("节能管理科+综合科", ("节能管理科", "综合科")),
        ("财务科＋办公室负责", ("财务科", "办公室")),
        ("疾病控制科·健康教育科", ("疾病控制科", "健康教育科")),
        ("疾病控制科・免疫规划科・健康教育科", ("疾病控制科", "免疫规划科", "健康教育科")),
        ("安全环保部&管网运维部&综合部", ("安全环保部", "管网运维部", "综合部")),
        ("财务科＆办公室负责", ("财务科", "办公室")),
    ],
)
def test_names_joined_by_a_plus_an_ampersand_or_a_middle_dot_are_a_list(
    text: str, units: tuple[str, ...]
) -> None:
    assert parse_responsibility(text).units() == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # levels sharing one suffix are a name each, as other names sharing one are
        ("各市〔州〕、县〔市、区〕政府", ("各市〔州〕", "县〔市、区〕政府")),
        ("各州、市人民政府", ("各州", "市人民政府")),
        ("宝塔区、延川县、黄陵县政府", ("宝塔区", "延川县", "黄陵县政府")),
    ],
)
def test_names_sharing_one_suffix_are_a_unit_each(text: str, units: tuple[str, ...]) -> None:
    assert parse_responsibility(text).units() == units


def test_a_duty_sentence_after_a_part_gives_items_units_and_deadlines() -> None:
    from zwgk.lang.responsibility import is_item_duties_line, item_duties

    line = (
        "以上第4项由应急管理办公室负责，2024年4月底前完成；第5项、第6项由农业综合服务中心牵头，"
        "各村配合，2024年6月底前完成；第7项由应急管理办公室负责，长期坚持。"
    )
    assert is_item_duties_line(line)
    assert [(d.items, d.responsibility, d.deadline) for d in item_duties(line)] == [
        ((4,), "应急管理办公室负责", "2024年4月底前"),
        ((5, 6), "农业综合服务中心牵头，各村配合", "2024年6月底前"),
        ((7,), "应急管理办公室负责", "长期坚持"),
    ]
    # a clause closing with no deadline keeps all it says
    assert [
        (d.responsibility, d.deadline) for d in item_duties("第1项由办公室牵头，各科室配合。")
    ] == [("办公室牵头，各科室配合", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("主责单位：区财政局；协同单位：区审计局", [("区财政局", "lead"), ("区审计局", "assist")]),
        ("承办单位：办公室；督办单位：纪检组", [("办公室", "owner"), ("纪检组", "supervise")]),
        ("主责：区财政局 协助：区审计局", [("区财政局", "lead"), ("区审计局", "assist")]),
        # (such a word before 单位 with no colon is a name's: 各决策承办单位)
        ("各决策承办单位牵头", [("各决策承办单位", "lead")]),
    ],
)
def test_every_field_name_of_a_role_labels_a_cell_as_the_field_names_do(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(a.unit, a.role.value) for a in parse_responsibility(text).assignments]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone 会 for 会同 between two offices, as some provinces write it
        ("宣传处会办公室", [("宣传处", "lead"), ("办公室", "assist")]),
        ("财政厅会发展改革委负责", [("财政厅", "lead"), ("发展改革委", "assist")]),
        # ... not where 会 opens a word or ends a name
        ("市工会负责", [("市工会", "owner")]),
        ("村委会", [("村委会", "owner")]),
        # what a unit is to do, named before 由 (规章由…牵头), is no part of its name
        (
            "规章由政策法规司牵头、规范性文件由制发司(局)牵头",
            [("政策法规司", "lead"), ("制发司(局)", "lead")],
        ),
        ("执法事项清单由政策法规司牵头", [("政策法规司", "lead")]),
        # a ministry's departments end in 司
        ("办公厅负责，政策法规司配合", [("办公厅", "owner"), ("政策法规司", "assist")]),
        # 分工 before the role word: each its share, no part of the last name
        ("局人事科、局科技科分工负责", [("局人事科", "owner"), ("局科技科", "owner")]),
    ],
)
def test_joined_offices_and_agents_after_their_objects(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = parse_responsibility(text)
    assert [(a.unit, a.role.value) for a in found.assignments] == expected
