"""Document metadata: 文号, dates, parents, and whole notices (seeds and others)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zwgk
from tests.strategies import cjk_texts, texts
from zwgk import PlanRef
from zwgk.lang import (
    Metadata,
    extract_metadata,
    find_dates,
    find_doc_numbers,
    find_parents,
    parse_date,
)

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parents[1] / "data" / "seeds"
NOTICES = json.loads((DATA / "metadata.json").read_text(encoding="utf-8"))["notices"]


def _squeeze(value: Any) -> str:
    return re.sub(r"\s+", "", json.dumps(value, ensure_ascii=False, sort_keys=True))


def _as_data(meta: Metadata) -> dict[str, Any]:
    dl = meta.default_deadline
    return {
        "title": meta.title,
        "issuer": meta.issuer,
        "doc_number": meta.doc_number,
        "date": meta.date.isoformat() if meta.date else None,
        "year": meta.year,
        "parents": [{"title": p.title, "doc_number": p.doc_number} for p in meta.parents],
        "default_deadline": None
        if dl is None
        else {"kind": dl.kind.value, "due": dl.due.isoformat() if dl.due else None, "raw": dl.raw},
    }


def _assert_fields(got: dict[str, Any], want: dict[str, Any]) -> None:
    """Field equality with whitespace ignored, as the scorer compares."""
    wrong = {k: (want[k], got[k]) for k in want if _squeeze(want[k]) != _squeeze(got[k])}
    assert not wrong


# --------------------------------------------------------------------------
# The seeds: before/after built from the raw text, the gold gives the answers

_BODY_START = re.compile(r"^(?:工作任务|工作要求|工作任務)|^（一）")
_CHROME = re.compile(r"^\s*<.*>\s*$|您現在的位置|您现在的位置")


def _seed_lines(stem: str) -> tuple[list[str], list[str], dict[str, Any]]:
    gold = json.loads((SEEDS / f"{stem}.gold.json").read_text(encoding="utf-8"))
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not _CHROME.search(line)]
    start = next(i for i, line in enumerate(lines) if _BODY_START.match(line.strip()))
    last_task = re.sub(r"\s+", "", gold["tasks"][-1]["text"])[:12]
    end = max(i for i, line in enumerate(lines) if last_task in re.sub(r"\s+", "", line))
    return lines[:start], lines[end + 1 :], gold


SEED_STEMS = sorted(p.name.removesuffix(".gold.json") for p in SEEDS.glob("*.gold.json"))


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_seed_metadata(stem: str) -> None:
    before, after, gold = _seed_lines(stem)
    assert before  # the split found the body
    _assert_fields(_as_data(extract_metadata(before, after)), gold["plan"])


def test_seed_doc_numbers_in_running_text() -> None:
    text = (SEEDS / "000_50d58eb3aec70650.txt").read_text(encoding="utf-8")
    assert find_doc_numbers(text) == [
        "江建管〔2021〕11号",
        "江府办函〔2021〕129号",
        "国办公开办函〔2019〕60号",
    ]


# --------------------------------------------------------------------------
# Notices in other styles


@pytest.mark.parametrize("notice", NOTICES, ids=lambda n: n["name"][:24])
def test_notice(notice: dict[str, Any]) -> None:
    got = _as_data(extract_metadata(notice["before"], notice["after"]))
    _assert_fields(got, notice["want"])


def test_notices_cover_the_styles() -> None:
    assert len(NOTICES) >= 10
    joined = json.dumps(NOTICES, ensure_ascii=False)
    for marker in ("附件", "發布時間", "发布日期", "來源", "〔", "[", "【", "（2021）", "二〇二一"):
        assert marker in joined, marker


def test_empty_input() -> None:
    assert extract_metadata([]) == Metadata()
    assert extract_metadata(["", "   "], [""]) == Metadata()


# --------------------------------------------------------------------------
# The pieces


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("江建管〔2021〕11号", ["江建管〔2021〕11号"]),
        ("文號:中府辦函〔2021〕91號 信息來源:本網", ["中府辦函〔2021〕91號"]),
        ("九府办函〔2021〕106号", ["九府办函〔2021〕106号"]),
        ("（江府办函〔2021〕129 号）的要求", ["江府办函〔2021〕129号"]),
        ("严格落实通知（国办公开办函〔2019〕60 号）文件要求", ["国办公开办函〔2019〕60号"]),
        ("(粵府辦〔2021〕17號)的部署要求", ["粵府辦〔2021〕17號"]),
        ("和《方案》（赣府厅〔2021〕30号）要求", ["赣府厅〔2021〕30号"]),
        ("台府办[2021]25号", ["台府办[2021]25号"]),
        ("肇环【2021】88 号", ["肇环【2021】88号"]),
        ("浈府办（2021）12号", ["浈府办（2021）12号"]),
        ("鹤府办函﹝2021﹞77号", ["鹤府办函﹝2021﹞77号"]),
        ("根据国办发〔2020〕50号文件", ["国办发〔2020〕50号"]),
        # an issuer's short name opening with a joining word (和平区, 和田地区)
        ("《要点》（和政办发〔2024〕3号）", ["和政办发〔2024〕3号"]),
        ("和行署办发〔2021〕12号", ["和行署办发〔2021〕12号"]),
        # ... and the word joining two documents in a sentence
        ("落实《要点》和区政办发〔2024〕3号", ["区政办发〔2024〕3号"]),
        ("建立本单位 2021 年政务公开工作重点任务台账", []),
        ("第6版", []),
        ("“十四五”规划", []),
    ],
)
def test_find_doc_numbers(text: str, want: list[str]) -> None:
    assert find_doc_numbers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2021 年 10月 19日", dt.date(2021, 10, 19)),
        ("2021年07月05日", dt.date(2021, 7, 5)),
        ("2021年7月5日", dt.date(2021, 7, 5)),
        ("二〇二一年六月二十九日", dt.date(2021, 6, 29)),
        ("二○二一年十二月三十一日", dt.date(2021, 12, 31)),
        ("2021-07-05", dt.date(2021, 7, 5)),
        ("2021.7.5", dt.date(2021, 7, 5)),
        ("2021/7/5", dt.date(2021, 7, 5)),
        ("２０２１年１０月１９日", dt.date(2021, 10, 19)),
        (" 2021年6月29日 ", dt.date(2021, 6, 29)),
        ("2021年2月30日", None),
        ("2021年10月19日印发", None),
        ("2021年", None),
        ("2021-07", None),
        ("", None),
    ],
)
def test_parse_date(text: str, want: dt.date | None) -> None:
    assert parse_date(text) == want


def test_find_dates() -> None:
    text = "江门市市场监督管理局办公室 2021年10月29日印发；发布日期：2021-07-05；2021.7.5"
    assert find_dates(text) == [dt.date(2021, 10, 29), dt.date(2021, 7, 5), dt.date(2021, 7, 5)]
    assert find_dates("2021年政务公开工作要点，国办发〔2020〕50号") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "根据《江门市人民政府办公室关于印发江门市 2021 年政务公\n\n开工作要点分工方案的通知》"
            "（江府办函〔2021〕129 号）的要求，结合中心工作实际，制定了《市建管中心 2021 年政务"
            "公开工作要点分工方案》，现印发给你们。",
            [
                PlanRef(
                    "江门市人民政府办公室关于印发江门市2021年政务公开工作要点分工方案的通知",
                    "江府办函〔2021〕129号",
                )
            ],
        ),
        (
            "根據《廣東省人民政府辦公廳關于轉發國務院辦公廳2021年政務公開工作要點的通知》"
            "(粵府辦〔2021〕17號)的部署要求,經市人民政府同意,現將《中山市2021年政務公開工作要點分工方案》印發給你們",
            [
                PlanRef(
                    "廣東省人民政府辦公廳關于轉發國務院辦公廳2021年政務公開工作要點的通知",
                    "粵府辦〔2021〕17號",
                )
            ],
        ),
        (
            "为深入贯彻落实《中华人民共和国政府信息公开条例》、全省政务公开重点工作推进会议精神和"
            "《2021年江西省政务公开工作方案》（赣府厅〔2021〕30号）要求，不断深化政务公开工作。",
            [PlanRef("2021年江西省政务公开工作方案", "赣府厅〔2021〕30号")],
        ),
        (
            "为贯彻落实国家、省、市关于做好2021年政务公开工作要求，根据《江门市2021年政务公开工作要点分工方案》，结合我局实际。",
            [PlanRef("江门市2021年政务公开工作要点分工方案", None)],
        ),
        (
            "江门市住房城乡建设局贯彻落实国务院办公厅政务公开工作要点分工方案",
            [PlanRef("国务院办公厅政务公开工作要点", None)],
        ),
        # A task that quotes a notice about a rule, a law: no parents.
        (
            "根据《国务院办公厅关于印发〈公共企事业单位信息公开规定制定办法〉的通知》"
            "（ 国办发〔2020〕50 号）文件要求，建立专栏。",
            [],
        ),
        ("将《中华人民共和国政府信息公开条例》列入领导干部学法内容。", []),
        ("对照《分工方案》，加快落实好下一阶段政务公开重点工作。", []),
        ("", []),
    ],
)
def test_find_parents(text: str, want: list[PlanRef]) -> None:
    assert find_parents(text) == want


# --------------------------------------------------------------------------
# Properties

_NOTICE_BITS = st.sampled_from(
    [
        "根据",
        "《",
        "》",
        "（",
        "）",
        "〔2021〕",
        "号",
        "关于印发",
        "的通知",
        "文件",
        "方案",
        "要点",
        "2021年",
        "10月",
        "19日",
        "贯彻落实",
        "，",
        "。",
        "\n",
        " ",
        "文号：",
        "发布日期：",
        "办公室",
    ]
)
_notice_like = st.lists(_NOTICE_BITS | cjk_texts, max_size=15).map("".join)


@given(st.one_of(texts, _notice_like))
def test_pieces_never_raise(text: str) -> None:
    for number in find_doc_numbers(text):
        assert not re.search(r"\s", number)
    for day in find_dates(text):
        assert isinstance(day, dt.date)
    day = parse_date(text)
    assert day is None or day in find_dates(text)
    for ref in find_parents(text):
        assert ref.title or ref.doc_number


@given(st.lists(st.one_of(texts, _notice_like), max_size=8), st.lists(texts, max_size=3))
def test_extract_never_raises(before: list[str], after: list[str]) -> None:
    meta = extract_metadata(before, after)
    assert isinstance(meta, Metadata)
    if meta.doc_number is not None:
        assert meta.doc_number in [n for line in before for n in find_doc_numbers(line)]
    if meta.date is not None:
        assert meta.date in [d for line in [*before, *after] for d in find_dates(line)]


def test_task_table_titles_letterhead_without_wenjian_and_print_date() -> None:
    meta = extract_metadata(
        ["韶关市武江区人民政府办公室", "武江区2024年政务公开工作要点任务分解表"],
        ["抄送：市政府办公室。", "韶关市武江区人民政府办公室    2024年3月12日印发"],
    )
    assert meta.title == "武江区2024年政务公开工作要点任务分解表"
    assert meta.issuer == "韶关市武江区人民政府办公室"
    assert meta.date == dt.date(2024, 3, 12)  # no signing date: the printing date
    assert meta.year == 2024


def test_signing_date_still_wins_over_the_print_date() -> None:
    meta = extract_metadata(
        [
            "江门市市场监督管理局文件",
            "江门市市场监督管理局",
            "2021年10月28日",
            "江门市市场监督管理局2021年政务公开工作要点分工方案",
        ],
        ["江门市市场监督管理局办公室    2021年10月29日印发"],
    )
    assert meta.date == dt.date(2021, 10, 28)


def test_title_broken_after_the_organisation_name() -> None:
    meta = extract_metadata(["某市某区住房和城乡建设局", "2021年政务公开工作要点分工方案"])
    assert meta.title == "某市某区住房和城乡建设局2021年政务公开工作要点分工方案"


def test_closing_signature_is_the_issuer_without_a_notice() -> None:
    meta = extract_metadata(
        ["某市某区2024年政务公开重点工作任务分工"], ["某市某区人民政府办公室", "2024年3月28日"]
    )
    assert meta.issuer == "某市某区人民政府办公室"
    # a shorter name in the signature wins over the title's
    meta = extract_metadata(
        ["某市丰收区财政局2019年政务公开工作要点"], ["丰收区财政局", "2019年4月2日"]
    )
    assert meta.issuer == "丰收区财政局"
    # the office of the organisation the title names issues the plan it signs
    meta = extract_metadata(
        ["某市卫生健康局2021年政务公开工作要点"], ["某市卫生健康局办公室", "2021年4月20日"]
    )
    assert meta.issuer == "某市卫生健康局办公室"


def test_an_issuer_whose_name_holds_digits_signs_and_titles_the_plan() -> None:
    # a hotline centre's name holds its number (12345便民服务平台管理中心)
    meta = extract_metadata(
        ["漳州市12345便民服务平台管理中心2024年政务公开工作要点"],
        ["漳州市12345便民服务平台管理中心", "2024年3月1日"],
    )
    assert meta.issuer == "漳州市12345便民服务平台管理中心"
    meta = extract_metadata(["漳州市12345便民服务平台管理中心2024年政务公开工作要点"], [])
    assert meta.title == "漳州市12345便民服务平台管理中心2024年政务公开工作要点"


def test_printing_line_names_the_issuer_last() -> None:
    meta = extract_metadata(
        ["某市某区2023年政务公开工作要点责任分工"],
        ["抄送：区委办公室。", "某市某区人民政府办公室", "2023年4月7日印发"],
    )
    assert meta.issuer == "某市某区人民政府办公室"
    assert meta.date is not None and meta.date.isoformat() == "2023-04-07"


def test_mirror_glosses_do_not_hide_numbers_and_stay_in_the_values() -> None:
    # a mirror site writes the pinyin of some characters after them: 號(hào)
    meta = extract_metadata(
        [
            "江門(mén)市某某局關(guān)於印發(fā)某某方案的通知",
            "根據(jù)《江門(mén)市人民政府辦公室關(guān)於印發(fā)江門(mén)市2021年政務(wù)"
            "公開(kāi)工作要點(diǎn)分工方案的通知》（江府辦函〔2021〕129號(hào)），制定本方案。",
        ]
    )
    numbers = [p.doc_number for p in meta.parents]
    assert "江府辦函〔2021〕129號(hào)" in numbers


def test_issuer_after_its_document_number_on_one_line() -> None:
    meta = extract_metadata(
        [
            "关于印发2018年政务公开工作任务实施方案的通知",
            "发文机关： 岚财金〔2018〕170号平潭综合实验区财政金融局",
        ]
    )
    assert meta.issuer == "平潭综合实验区财政金融局"


@pytest.mark.parametrize("bullet", ["• ", "  • ", "· "])
def test_a_number_listed_as_a_pages_field_without_its_name_is_the_number(bullet: str) -> None:
    lines = [
        f"{bullet}某市人力资源和社会保障局",
        f"{bullet}2020-06-22",
        f"{bullet}某人社办〔2020〕199号",
    ]
    lines += ["某市人力资源和社会保障局关于进一步做好政务公开工作的通知"]
    assert extract_metadata(lines).doc_number == "某人社办〔2020〕199号"


@pytest.mark.parametrize("label", ["信息名称", "名称", "标题", "信息名稱"])
def test_a_pages_name_field_gives_the_plans_title(label: str) -> None:
    lines = [
        "索引号：1438332193/2021-0000192",
        f"{label}：2021年某市司法局政务公开工作重点任务安排",
    ]
    assert extract_metadata([*lines, "发布机构：某市司法局"]).title == (
        "2021年某市司法局政务公开工作重点任务安排"
    )


def test_a_title_quoting_the_rules_it_carries_out_is_the_title() -> None:
    title = "某医院落实《医疗卫生服务单位信息公开管理办法(试行)》实施方案"
    lines = [
        "就诊版 大众版 职工入口",
        "您现在的位置: 首页 > 医院文化 > 信息公开",
        title,
        "全院各科室:",
    ]
    assert extract_metadata(lines).title == title
    # (a sentence citing a document is no title)
    cited = ["根据《某市2020年政务公开工作要点》制定方案", "一、工作任务"]
    assert extract_metadata(cited).title is None


def test_a_menus_words_and_a_sources_remark_name_no_issuer() -> None:
    # (政策文件 under a breadcrumb is no letterhead; 本站原创 is no organisation)
    crumbs = [
        "当前位置:首页",
        "> 政务公开 > 政策文件",
        "某政办字〔2021〕18号 关于印发2021年某市政务公开工作任务分解表的通知",
    ]
    assert extract_metadata(crumbs).issuer is None
    source = ["信息来源:本站原创 日期:2020-08-21", "某市2020年政务公开工作要点"]
    assert extract_metadata(source).issuer is None
    # (a letterhead in either script names its organisation)
    assert (
        extract_metadata(["某縣人民政府辦公室文件", "某縣2020年政務公開工作要點"]).issuer
        == "某縣人民政府辦公室"
    )


def test_a_number_line_that_lost_its_closing_bracket_and_hao_is_the_number() -> None:
    lines = [
        "某市人民政府办公室文件",
        "某政办发〔201788",
        "某市人民政府办公室关于印发某市2017年政务公开工作要点分工方案的通知",
    ]
    assert extract_metadata(lines).doc_number == "某政办发〔201788"
    # (a year and a figure in a sentence are no number)
    assert extract_metadata(["某市2017年政务公开工作要点", "完成时限〔2017"]).doc_number is None


@pytest.mark.parametrize("mark", ["", "(失效)", "【有效】", "（已废止）"])
def test_a_notice_line_opened_by_its_number_and_a_mark_of_force(mark: str) -> None:
    meta = extract_metadata(
        [
            f"{mark}某政办发〔2017〕14号 某市某区人民政府办公室关于印发"
            "某区2017年政务公开工作要点的通知",
            "发布时间:2017-06-30",
            "区政府各委、办、局:",
            "现将《某区2017年政务公开工作要点》印发给你们,请认真贯彻落实。",
            "某市某区人民政府办公室",
            "2017年6月30日",
        ]
    )
    assert meta.issuer == "某市某区人民政府办公室"
    assert meta.doc_number == "某政办发〔2017〕14号"
    assert meta.title == "某区2017年政务公开工作要点"


def test_a_notice_relaying_another_gives_the_relayed_notices_number_and_date() -> None:
    meta = extract_metadata(
        [
            "各县(区)人民政府,市政府各部门:",
            "经市政府领导同意,现将《某省人民政府办公厅关于印发2021年全省政务公开重点工作安排的通知》"
            "(某办发〔2021〕16号)转发你们,请认真贯彻落实。",
            "某市人民政府办公室",
            "2021年5月20日",
            "某省人民政府办公厅关于印发2021年全省政务公开重点工作安排的通知",
            "各市(州)人民政府,省政府各部门:",
            "《2021年全省政务公开重点工作安排》已经省政府同意,现印发给你们,请认真贯彻落实。",
            "某省人民政府办公厅",
            "2021年3月30日",
            "2021年全省政务公开重点工作安排",
        ]
    )
    assert (meta.issuer, meta.doc_number) == ("某省人民政府办公厅", "某办发〔2021〕16号")
    assert meta.date == dt.date(2021, 3, 30)


@pytest.mark.parametrize("heading", ["二、工作安排", "（三）实施方案"])
def test_a_parts_heading_is_no_title(heading: str) -> None:
    meta = extract_metadata(
        ["关于印发2019年全市政务公开重点工作任务分工的通知", "各县(市、区)人民政府:", heading]
    )
    assert meta.title == "2019年全市政务公开重点工作任务分工"


def test_a_title_broken_after_its_year_and_organisation() -> None:
    meta = extract_metadata(
        [
            "2023年某市机关事务管理局",
            "政务公开工作要点",
            "2023年,某市机关事务管理局政务公开工作的总体要求是:…",
        ]
    )
    assert meta.title == "2023年某市机关事务管理局政务公开工作要点"


def test_a_sites_category_in_front_of_the_title_is_not_part_of_it() -> None:
    meta = extract_metadata(["【政务公开任务分工】某市残疾人联合会2024年政务公开重点工作任务分工"])
    assert meta.title == "某市残疾人联合会2024年政务公开重点工作任务分工"


def test_the_plans_title_is_not_taken_from_the_parent_a_notice_quotes() -> None:
    meta = extract_metadata(
        [
            "机关各处室、局属各单位:",
            "为贯彻落实《广州市人民政府办公厅关于印发广州市2021年政务公开工作要点分工方案的通知》"
            "(穗府办函〔2021〕47号)的工作部署,局办公室研究制定了《广州市农业农村局2021年政务公开"
            "工作要点分工方案》,经局领导同意,现印发给你们,请认真执行。",
        ]
    )
    assert meta.title == "广州市农业农村局2021年政务公开工作要点分工方案"
    assert [p.doc_number for p in meta.parents] == ["穗府办函〔2021〕47号"]


def test_every_parent_a_notice_cites_is_found_task_tables_included() -> None:
    meta = extract_metadata(
        [
            "为贯彻落实《国务院办公厅关于印发2021年政务公开工作要点的通知》（国办发〔2021〕12号）和"
            "《福建省人民政府办公厅关于印发2021年全省政务公开工作主要任务分解表的通知》"
            "（闽政办函〔2021〕34号）等文件精神，现将《2021年全区政务公开工作主要任务分解表》印发给你们。"
        ]
    )
    assert [p.doc_number for p in meta.parents] == ["国办发〔2021〕12号", "闽政办函〔2021〕34号"]


def test_a_signature_date_a_crawl_ran_into_the_attachment_is_the_date() -> None:
    meta = extract_metadata(["平潭综合实验区管委会办公室", "2021年8月18日附件"])
    assert meta.date is not None and meta.date.isoformat() == "2021-08-18"


def test_a_pages_table_of_metadata_gives_the_issuer_without_its_label() -> None:
    meta = extract_metadata(
        ["文件名称 石泉县人民政府办公室关于印发《石泉县2021年政务公开工作任务分解一览表》的通知"]
    )
    assert meta.issuer == "石泉县人民政府办公室"


def test_a_doc_number_after_its_label_and_a_space() -> None:
    meta = extract_metadata(["公开形式: 主动公开文号 石政办函〔2021〕12号 成文日期: 2021年4月23日"])
    assert meta.doc_number == "石政办函〔2021〕12号"


def test_a_pages_metadata_table_with_spaced_labels_names_the_plan_and_its_issuer() -> None:
    # the labels' characters spaced out (名 称:), as government sites print them
    lines = [
        "索 引 号:",
        "发布机构: 某省卫生健康委员会",
        "名 称: 某省卫生健康委2021年政务公开工作重点任务台账",
        "发文日期: 2021年03月16日",
        "文 号:",
        "2021年政务公开工作重点任务台账",
    ]
    meta = extract_metadata(lines)
    assert meta.title == "某省卫生健康委2021年政务公开工作重点任务台账"
    assert meta.issuer == "某省卫生健康委员会"
    assert meta.date == dt.date(2021, 3, 16)


def test_a_name_field_holding_the_notice_title_does_not_replace_the_plans_own() -> None:
    lines = [
        "标题: 某市人民政府办公室关于印发2022年政务公开工作要点的通知",
        "各县（区）人民政府，市直各单位：",
        "现将《2022年政务公开工作要点》印发给你们，请认真贯彻落实。",
        "某市人民政府办公室",
        "2022年4月1日",
        "2022年政务公开工作要点",
    ]
    assert extract_metadata(lines).title == "2022年政务公开工作要点"


def test_a_page_on_one_line_gives_the_notice_its_issuer_and_number() -> None:
    head = (
        "首页>信息公开>政策文件 浏览量：【字体：大 中 小】"
        "英德市人民政府办公室关于印发英德市2022年政务公开工作要点的通知"
        "英府办〔2022〕15号各乡镇人民政府、街道办事处：现将《英德市2022年政务公开工作要点》"
        "印发给你们，请认真组织实施。"
    )
    meta = extract_metadata(head.split())  # the pieces a page on one line is read in
    assert (meta.issuer, meta.doc_number) == ("英德市人民政府办公室", "英府办〔2022〕15号")


@pytest.mark.parametrize("section", ["政府文件", "部门文件"])
def test_a_pages_section_named_for_its_documents_is_no_letterhead(section: str) -> None:
    head = (
        f"某某县人民政府 首页 > 政务公开 > {section} 发布时间：2024-04-18 "
        "某某县人民政府办公室关于印发《某某县2024年政务公开工作要点》的通知 某政办发〔2024〕10号 "
        "各乡镇人民政府，县直各部门： 现印发给你们，请认真贯彻执行。 "
        "某某县人民政府办公室 2024年4月16日"
    )
    meta = extract_metadata(head.split())
    assert (meta.issuer, meta.doc_number) == ("某某县人民政府办公室", "某政办发〔2024〕10号")
    assert extract_metadata(["某某县人民政府文件", "某政发〔2024〕1号"]).issuer == "某某县人民政府"


def test_a_notice_quoted_is_followed_by_no_number_of_its_own() -> None:
    head = "根据《国务院办公厅关于印发2022年政务公开工作要点的通知》国办发〔2022〕8号精神"
    assert extract_metadata([head]).doc_number is None


def test_page_fields_glued_on_a_page_joined_by_nothing() -> None:
    from zwgk.lang.metadata import extract_metadata

    meta = extract_metadata(
        [
            "发文机关：迁安市人民政府办公室成文日期：2023年04月21日发文字号：迁政办字〔2023〕15号"
            "字号：大中小迁安市人民政府办公室关于印发迁安市2023年政务公开重点工作分工方案的通知"
        ]
    )
    assert meta.issuer == "迁安市人民政府办公室"
    assert meta.doc_number == "迁政办字〔2023〕15号"
    assert meta.date == dt.date(2023, 4, 21)


@pytest.mark.parametrize("key", ["发布者", "发布单位"])
def test_a_pages_publisher_field_names_the_issuer_not_the_paragraph_run_on(key: str) -> None:
    meta = extract_metadata(
        [
            "某某区2022年政务公开工作要点",
            "发布日期:2022-06-30",
            f"{key}:某某区人民政府办公室2022年我区政务公开工作的总体要求是:坚持以人民为中心。",
        ]
    )
    assert meta.issuer == "某某区人民政府办公室"


PAGE_HEADING = """\
某市审计局2024年政务公开工作要点 某市审计局 2024-04-18

  为进一步加强政务公开工作，根据《2024年某市政务公开工作要点》某府办字〔2024〕7号文件要求，结合我局实际，制定本工作要点。

  一、推进审计结果公开

  (一)做好审计工作报告公开。依法公开本级预算执行审计工作报告。(办公室、审计业务处室及单位)

  (二)公开审计整改情况。拟于9月完成审计整改情况公开。(法规处)
"""


def test_a_pages_heading_gives_title_issuer_and_date() -> None:
    plan = zwgk.read(PAGE_HEADING.encode(), format="text")
    assert (plan.title, plan.issuer, str(plan.date)) == (
        "某市审计局2024年政务公开工作要点",
        "某市审计局",
        "2024-04-18",
    )
    assert [p.doc_number for p in plan.parents] == ["某府办字〔2024〕7号"]
    assert plan.tasks[0].responsibility is not None
    assert plan.tasks[0].responsibility.units() == ("办公室", "审计业务处室及单位")
    assert plan.tasks[1].deadline is not None
    assert str(plan.tasks[1].deadline.due) == "2024-09-30"


@pytest.mark.parametrize("end", ["推进表", "进度表", "落实表"])
def test_a_task_tables_title_may_end_as_a_progress_sheet(end: str) -> None:
    meta = extract_metadata([f"某县交通运输局2023年政务公开重点任务{end}", "正文"])
    assert meta.title == f"某县交通运输局2023年政务公开重点任务{end}"


def test_a_title_may_close_with_its_edition_and_follow_its_bodys_name() -> None:
    meta = extract_metadata(["某市商务局", "政务公开工作要点分工方案(2024年版)", "一、…"])
    assert meta.title == "某市商务局政务公开工作要点分工方案(2024年版)"
    meta = extract_metadata(["某县政务公开工作实施方案（试行）", "为做好…"])
    assert meta.title == "某县政务公开工作实施方案（试行）"


def test_a_page_fields_value_on_its_own_line_is_no_head_of_the_title() -> None:
    meta = extract_metadata(
        ["关键词:主题分类:", "规划计划", "某区医疗保障局2023年政务公开工作要点", "正文"]
    )
    assert meta.title == "某区医疗保障局2023年政务公开工作要点"


@pytest.mark.parametrize("figures", ["2022728", "20220728", "2022 7 28"])
def test_a_line_of_figures_alone_is_no_head_of_the_title(figures: str) -> None:
    meta = extract_metadata(["某镇党政综合办公室", figures, "某镇2022年政务公开工作要点分工方案"])
    assert meta.title == "某镇2022年政务公开工作要点分工方案"


def test_a_cooperatives_union_signs_its_plan() -> None:
    meta = extract_metadata(
        ["某县供销合作社联合社2024年政务公开工作要点", "正文"],
        ["某县供销合作社联合社", "2024年3月15日"],
    )
    assert meta.issuer == "某县供销合作社联合社"


def test_a_number_that_lost_its_prefix_and_a_plan_a_quoted_title_names() -> None:
    text = (
        "根据《某省人民政府办公厅关于印发2024年某省政务公开工作要点的通知》（某府厅字〔2024〕15号）、"
        "《某市人民政府办公室关于印发贯彻落实省政府办公厅2024年政务公开工作要点任务分工的通知》"
        "（〔2024〕35号）精神，制定本要点。"
    )
    refs = find_parents(text)
    assert [r.doc_number for r in refs] == ["某府厅字〔2024〕15号", "〔2024〕35号"]
    assert len(refs) == 2


def test_a_leading_group_signs_with_its_publicity_mark_before_the_date() -> None:
    before = [
        "关于印发《2021年某市政务公开工作要点》的通知",
        "各县(市)区人民政府,市政府各委办局:",
        "《2021年某市政务公开工作要点》已经市政府同意,现印发给你们。",
        "某某市人民政府政务公开(政府信息公开)领导小组",
        "(此件公开发布) 2021年6月25日",
        "2021年某市政务公开工作要点",
    ]
    meta = extract_metadata(before)
    assert meta.issuer == "某某市人民政府政务公开(政府信息公开)领导小组"
    assert meta.date == dt.date(2021, 6, 25)


def test_a_notice_titled_by_its_level_is_signed_in_full_and_dated_by_its_signature() -> None:
    before = [
        "文  号:",
        "卫政办发〔2017〕97号",
        "生成日期:",
        "2017年05月26日",
        "市人民政府办公室关于印发2017年政务公开工作要点的通知",
        "卫政办发〔2017〕97号",
        "各县(区)人民政府,市政府各部门:",
        "《中卫市2017年政务公开工作要点》已经市人民政府同意,现印发给你们。",
        "中卫市人民政府办公室",
        "2017年5月25日",
        "中卫市2017年政务公开工作要点",
    ]
    meta = extract_metadata(before)
    assert meta.issuer == "中卫市人民政府办公室"
    assert meta.date == dt.date(2017, 5, 25)


def test_a_pages_date_under_its_field_name_dates_a_page_with_no_signature() -> None:
    before = ["名称:", "某区政务公开工作任务清单", "生成日期:", "2020-12-16", "序号 | 工作任务 |"]
    assert extract_metadata(before).date == dt.date(2020, 12, 16)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "《銀川市2018年政務公開工作要點》已經銀川市人民政府同意,現印發給你們。",
            "銀川市2018年政務公開工作要點",
        ),
        (
            "《某县2024年政务公开工作要点》已经县政府同意，现印发给你们。",
            "某县2024年政务公开工作要点",
        ),
    ],
)
def test_a_notice_with_no_title_line_names_its_plan_as_agreed(sentence: str, title: str) -> None:
    before = ["各县(市)区人民政府,市政府各部门:", sentence, "某某市人民政府办公厅", "2018年6月15日"]
    assert extract_metadata(before).title == title


def test_a_title_broken_before_its_joined_second_half_is_one_title() -> None:
    before = ["某省2020年政务公开工作要点", "及重点任务分工"]
    assert extract_metadata(before).title == "某省2020年政务公开工作要点及重点任务分工"


def test_a_breadcrumb_with_doubled_marks_and_a_login_menu_are_no_title() -> None:
    page = "\n".join(
        [
            "登录 注册",
            "某新区政府信息公开专栏  >>  某新区党政综合办公室 >> 政府信息公开制度",
            "某新区2020年政务公开工作要点",
            "一、加强权力配置信息公开",
            "（一）更新完善权责清单并按要求公开。（各开发区，新区各委办局按照工作职能落实）",
            "（二）编制完成基层政务公开事项标准目录。（新区各委办局按照工作职能落实）",
        ]
    )
    plan = zwgk.read_text(page)
    assert plan.title == "某新区2020年政务公开工作要点"
    assert plan.tasks[0].responsibility is not None
    assert plan.tasks[0].responsibility.units() == ("各开发区", "新区各委办局")


@pytest.mark.parametrize(
    ("text", "number"),
    [("（赣府厅字〔202130号）", "赣府厅字〔202130号"), ("宜府办字[202133号", "宜府办字[202133号")],
)
def test_a_doc_number_whose_closing_bracket_a_copy_dropped_is_read(text: str, number: str) -> None:
    assert find_doc_numbers(text) == [number]


def test_a_notices_parents_keep_numbers_that_lost_a_bracket() -> None:
    notice = (
        "根据《某省人民政府办公厅关于印发2021年某省政务公开工作方案的通知》"
        "(某府厅字〔202130号)等有关文件精神，制定本要点。"
    )
    page = "\n".join(
        [
            "某县2021年政务公开工作要点",
            notice,
            "一、加强公开",
            "（一）做好预算公开。（县财政局负责）",
        ]
    )
    plan = zwgk.read_text(page)
    assert [p.doc_number for p in plan.parents] == ["某府厅字〔202130号"]


@pytest.mark.parametrize("key", ["文件编号", "发文编号", "发文字号", "文号"])
def test_a_pages_number_field_under_any_of_its_names_gives_the_doc_number(key: str) -> None:
    page = [
        "索引号: 13502/2022-26273 主题分类: 综合政务",
        f"{key}: 承市政办字〔2022〕44号 有效性: 有效",
    ]
    meta = extract_metadata([*page, "某市2022年政务公开工作要点"])
    assert meta.doc_number == "承市政办字〔2022〕44号"


def test_a_progress_reports_title_on_a_plans_division_is_a_title() -> None:
    lines = ["某市某区2021年9月政务公开重点工作任务分工进展情况", "工作任务"]
    assert extract_metadata(lines).title == "某市某区2021年9月政务公开重点工作任务分工进展情况"


@pytest.mark.parametrize("name", ["发文日期:", "发布时间：", "成文日期:"])
def test_a_pages_date_under_its_fields_name_with_the_time_after_it(name: str) -> None:
    lines = ["发布机构:某区政府办", name, "2021-10-01 11:35", "某区2021年政务公开工作要点"]
    assert extract_metadata(lines).date == dt.date(2021, 10, 1)


@pytest.mark.parametrize(
    ("letterhead", "notice", "issuer"),
    [
        ("某省人民政府办公厅", "关于进一步做好政务公开工作的通知", "某省人民政府办公厅"),
        ("? 山東省人民政府辦公廳", "關于進一步做好政務公開工作的通知", "山東省人民政府辦公廳"),
    ],
)
def test_a_notice_titled_under_its_issuers_letterhead(
    letterhead: str, notice: str, issuer: str
) -> None:
    meta = extract_metadata([letterhead, notice, "各市人民政府："])
    assert meta.title == issuer + notice
    assert meta.issuer == issuer


@pytest.mark.parametrize(
    ("source", "issuer"),
    [
        ("信息来源:鄂州政府网 日期:2022-08-20", None),
        ("来源：中国政府网", None),
        ("信息来源：鄂州市人民政府办公室", "鄂州市人民政府办公室"),
    ],
)
def test_a_source_that_is_a_site_names_no_issuer(source: str, issuer: str | None) -> None:
    lines = ["2022年鄂州市政务公开工作要点", source, "一、以公开促发展", "（一）做好政策公开。"]
    assert extract_metadata(lines).issuer == issuer


def test_a_page_telling_of_a_plans_publishing_gives_its_title_issuer_and_date() -> None:
    told = "2022年5月5日,民政部辦公廳發布《民政部2022年政務公開工作要點及任務分工》。"
    meta = extract_metadata(["制定經過", told, "通知內容", "一、提高政務公開質量"])
    assert meta.title == "民政部2022年政務公開工作要點及任務分工"
    assert meta.issuer == "民政部辦公廳"
    assert meta.date == dt.date(2022, 5, 5)
    # a law or a rule published is no plan's title
    law = extract_metadata(["国务院发布《中华人民共和国政府信息公开条例》。", "一、总则"])
    assert law.title is None


def test_a_menus_label_above_the_title_is_no_part_of_it() -> None:
    title = "2020年上海市经济和信息化委员会政务公开工作要点"
    head = ["政务公开", "", "GOVERNMENT INFORMATION", "", "栏目导航"]
    lines = [*head, title, "来源:市经信委", "一、加强政策解读", "（一）做好解读。"]
    assert zwgk.read_text("\n".join(lines)).title == title


def test_an_issuer_named_by_its_level_alone_takes_its_full_name_from_the_page() -> None:
    before = [
        "省政府办公厅文件",
        "来源:云南省人民政府办公厅",
        "云南省人民政府办公厅关于印发",
        "2022年云南省政务公开工作要点的通知",
    ]
    assert extract_metadata(before).issuer == "云南省人民政府办公厅"
    # with no full name on the page the level's name stays
    assert (
        extract_metadata(["省政府办公厅文件", "关于印发2022年政务公开工作要点的通知"]).issuer
        == "省政府办公厅"
    )


def test_a_source_field_run_into_the_pages_next_field_names_the_issuer_alone() -> None:
    lines = [
        "2023年大通区政务公开工作要点",
        "发布时间:2023-05-22 15:09信息来源:大通区人民政府文字大小:[    ] 背景色:",
    ]
    assert extract_metadata(lines).issuer == "大通区人民政府"


def test_a_files_name_opening_with_the_notices_number_gives_it() -> None:
    name = "邹政办字〔2019〕33号:关于印发邹城市2019年政务公开工作任务分解表的通知.pdf"
    assert extract_metadata(["PDF文库", name, "下载文档"]).doc_number == "邹政办字〔2019〕33号"


@pytest.mark.parametrize(
    ("lines", "number"),
    [
        (
            [
                "文  号: 海府办函〔2019〕168号 主 题 词:",
                "海口市人民政府办公室关于印发2019年政务公开工作要点的通知",
            ],
            "海府办函〔2019〕168号",
        ),
        (
            [
                "四川省人民政府办公厅关于印发四川省2017年政务公开工作要点的通知(川办发[2017]40号)",
                "各市(州)人民政府:",
            ],
            "川办发[2017]40号",
        ),
    ],
)
def test_a_number_in_a_padded_field_or_in_brackets_after_the_notice(
    lines: list[str], number: str
) -> None:
    assert extract_metadata(lines).doc_number == number


@pytest.mark.parametrize(
    ("notice", "signed"),
    [
        (
            "自治区工业和信息化厅关于印发《2022年政务公开工作实施方案》的通知",
            "宁夏回族自治区工业和信息化厅",
        ),
        (
            "瓯海区政务公开领导小组办公室关于印发2019年瓯海区政务公开工作要点的通知",
            "温州市瓯海区政务公开领导小组办公室",
        ),
    ],
)
def test_an_issuer_without_its_place_takes_the_full_name_it_signs_with(
    notice: str, signed: str
) -> None:
    before = [notice, "各处室:", "现将方案印发给你们,请认真贯彻执行。", signed, "2022年6月1日"]
    assert extract_metadata(before).issuer == signed


@pytest.mark.parametrize(
    "field",
    [
        "生效日期: 2018-06-11 废止日期:",
        "生效日期：2018-06-11",
        "生效日期: | 2018-06-11 | 废止日期: | |",
    ],
)
def test_a_pages_field_of_the_date_it_took_effect_dates_the_notice(field: str) -> None:
    lines = [
        "索引号: 41/2018-00045",
        field,
        "某局办公室关于印发《某局2018年政务公开工作要点》的通知",
        "各处室：",
        "现将《某局2018年政务公开工作要点》印发给你们，请认真贯彻落实。",
    ]
    assert extract_metadata(lines).date == dt.date(2018, 6, 11)


@pytest.mark.parametrize(
    ("figures", "day"), [("2021531", dt.date(2021, 5, 31)), ("202177", dt.date(2021, 7, 7))]
)
def test_a_date_whose_characters_a_copy_dropped_dates_the_signature(
    figures: str, day: dt.date
) -> None:
    lines = [
        "某委2021年政务公开工作要点",
        "现印发给你们，请认真贯彻落实。",
        "贵州省发展和改革委员会",
        figures,
    ]
    assert extract_metadata(lines).date == day


@pytest.mark.parametrize("figures", ["2021111", "20211", "2021531"])
def test_figures_that_read_as_no_one_date_or_stand_under_no_signer_date_nothing(
    figures: str,
) -> None:
    signer = "贵州省发展和改革委员会" if figures != "2021531" else "请认真贯彻落实。"
    lines = ["某委2021年政务公开工作要点", signer, figures]
    assert extract_metadata(lines).date is None


def test_a_notice_on_disclosure_work_cited_beside_the_plan_is_a_parent_too() -> None:
    text = (
        "按照《北京市人民政府办公厅关于印发北京市2018年政务公开工作要点的通知》(京政办发〔2018〕19号)、"
        "《北京市人民政府办公厅关于做好基层政务公开标准化规范化试点工作的通知》(京政办字〔2017〕29号)"
        "和《某市人民政府办公厅关于做好防汛工作的通知》(某政办字〔2018〕3号)要求,制定本要点。"
    )
    assert [p.doc_number for p in find_parents(text)] == [
        "京政办发〔2018〕19号",
        "京政办字〔2017〕29号",
    ]


@pytest.mark.parametrize("word", ["围绕", "紧扣", "结合"])
def test_a_plan_cited_after_围绕_紧扣_or_结合_is_a_parent(word: str) -> None:
    text = (
        f"{word}《国务院办公厅关于印发2022年政务公开工作要点的通知》(国办发〔2022〕8号)精神,"
        "结合本单位实际,制定本要点。"
    )
    assert [p.doc_number for p in find_parents(text)] == ["国办发〔2022〕8号"]


def test_a_comma_inside_a_numbers_bracket_ends_no_clause() -> None:
    text = (
        "根据《国务院办公厅关于印发2018年政务公开工作要点的通知》(国办发〔2018〕23号,已在中国政府网上公开发布)"
        "和《安徽省政务公开办公室关于印发2018年政务公开重点工作任务分工的通知》(皖政务办〔2018〕1号)要求"
    )
    assert [p.doc_number for p in find_parents(text)] == [
        "国办发〔2018〕23号",
        "皖政务办〔2018〕1号",
    ]


def test_a_guiding_opinion_on_disclosure_work_is_a_parent() -> None:
    text = (
        "为贯彻落实《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》"
        "(国办发〔2019〕54号)"
    )
    assert [p.doc_number for p in find_parents(text)] == ["国办发〔2019〕54号"]


def test_a_pages_box_of_fields_saved_as_a_table_above_the_text_gives_its_metadata() -> None:
    """A page saved as Markdown writes its box of fields as a table over the
    notice's text (``| 成文日期: | 2022-07-21 |``; a value one cell on where a
    field shows none, ``| 文件编号: | 发布机构: | 安吉县人民政府 |``), the text
    read as an outline of headings: the box's fields are the notice's."""
    text = "\n".join(
        [
            "| 当前位置: 首页 > 信息公开 > 政府信息公开制度 |",
            "| 索引号: | 330523/2022-06006 | 成文日期: | 2022-07-21 |",
            "| 公开方式: | 主动公开 | 公开时限: | |",
            "| 文件编号: | 发布机构: | 安吉县人民政府 | |",
            "| 文件效力: | 有效 |",
            "2022年全县政务公开工作的总体要求是:坚持以人民为中心深化政务公开,提高政府信息",
            "一、围绕服务中心大局,深化主动公开",
            "(一)聚焦加快共同富裕建设提升公开水平。高水平做好共同富裕领域信息公开,及时发布政策文件",
        ]
    )
    plan = zwgk.read_text(text)
    assert (plan.date, plan.issuer) == (dt.date(2022, 7, 21), "安吉县人民政府")
    assert [t.text[:10] for t in plan.tasks] == ["聚焦加快共同富裕建设"]


@pytest.mark.parametrize("bracketed", ["(2023年4月20日)", "（2023年4月20日）"])
def test_a_date_in_brackets_under_the_title_dates_the_plan_no_signature_dates(
    bracketed: str,
) -> None:
    lines = [
        "上海市某局2023年政务公开工作要点",
        bracketed,
        "2023年是贯彻党的二十大精神的开局之年。",
    ]
    assert extract_metadata(lines).date == dt.date(2023, 4, 20)
    signed = [*lines, "上海市某局", "2023年4月25日"]
    assert extract_metadata(lines[:1] + lines[2:], signed[3:]).date == dt.date(2023, 4, 25)
    assert extract_metadata(signed).date == dt.date(2023, 4, 25)
