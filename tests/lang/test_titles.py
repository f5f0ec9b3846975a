"""Where a run-together title stops and its requirement starts: the evidence
:func:`zwgk.lang.titles.title_boundaries` gives for every place."""

from __future__ import annotations

import pytest

from zwgk.lang.titles import Boundary, title_boundaries


def best(text: str) -> str:
    return text[: max(title_boundaries(text), key=lambda b: b.score).at]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a requirement opened by a verb after a title closed on a noun
        (
            "编制重大行政决策事项目录制定年度重大行政决策事项目录，经审议后公布。",
            "编制重大行政决策事项目录",
        ),
        # a preposition opens it, the title's last words said again
        ("规范政务公开专区在市民中心设立政务公开专区，提供查询服务。", "规范政务公开专区"),
        # a word titles end with, right before another verb: the title's last word
        ("规范养老服务信息发布公开养老机构名录和收费标准。", "规范养老服务信息发布"),
        # a word said twice: the title ends between them
        ("强化生态环境监测数据发布发布空气质量监测数据。", "强化生态环境监测数据发布"),
        ("重大项目公开公开重点项目年度投资计划和建设进度。", "重大项目公开"),
        # the title's end said again in the requirement's sentence
        ("社会救助资金发放公开城乡低保、特困供养资金发放情况。", "社会救助资金发放"),
        # requirements opened by the verbs plans open them with most often
        ("社区居务公开栏统一规范各社区居务公开栏，更新居务和财务信息。", "社区居务公开栏"),
        ("企业开办全流程加快推行一网通办，公开办理时限。", "企业开办全流程"),
        ("市场主体年报结果稳步推进年报信息公示，按季度通报。", "市场主体年报结果"),
        ("城乡居民医保待遇修订完善医保待遇清单，向社会公布。", "城乡居民医保待遇"),
        # a one-character verb that ends a word (重要, 针对) opens nothing; one
        # after a word that ends a title does (回应|对)
        ("政策解读重要政策文件与解读材料同步发布，推行图解、视频等多元解读。", "政策解读"),
        ("舆情回应对涉及本市的政务舆情及时研判，主动发布权威信息。", "舆情回应"),
        # bodies that must do something as the requirement's subject (…要, …应),
        # not from a word's noun-making end (规范化|政府部门要)
        (
            "持续推进基层政务公开标准化规范化政府部门要结合权责清单，持续更新公开目录。",
            "持续推进基层政务公开标准化规范化",
        ),
        # a word that ends in a conjunction's character waits for nothing (参与, 涉及),
        # and 涉及 opens a requirement
        (
            "扩大公众参与涉及群众切身利益的决策事项，通过听证座谈等方式广泛听取意见。",
            "扩大公众参与",
        ),
        # a figure is never cut; a verb made a noun (规范化) or a noun with the
        # noun after it (公开专栏, 公开内容) opens no requirement
        (
            "完善12345热线政策知识库将新出台政策及解读材料及时纳入热线知识库。",
            "完善12345热线政策知识库",
        ),
        (
            "政府信息公开专栏规范化统一政府信息公开专栏栏目设置，完成内容核查。",
            "政府信息公开专栏规范化",
        ),
        ("细化财政预决算公开内容市级部门预算、决算在批复后20日内公开。", "细化财政预决算公开内容"),
        # the title closes on a verb (公开) and the requirement says its noun again
        ("财政预决算公开市级部门预决算在批复后20日内公开，细化说明。", "财政预决算公开"),
        # a quantity after a verb titles end with is the verb's object, not a new clause
        ("抢修服务公开24小时抢修电话和服务承诺，发布停气信息。", "抢修服务"),
        # a requirement may open with the preposition 按
        ("本科招生信息公开按招生工作时间节点公开招生章程和录取结果。", "本科招生信息公开"),
        # verbs that open a duty of staff (确定, 指定, 配备, 压实)
        ("健全工作机制确定一名负责人履行领导职责。", "健全工作机制"),
        ("加强队伍建设配备专职人员负责政务公开工作。", "加强队伍建设"),
        # a clause seldom opens and ends on one verb: the first 公开 closes the title
        ("推进财政资金信息公开财政预算、决算及“三公”经费公开。", "推进财政资金信息公开"),
        ("推进行政权力清单公开政府工作部门行政审批事项等信息公开。", "推进行政权力清单公开"),
        # a preposition before a date opens the requirement, after a title closing on
        # a verb made a noun by 化 or on a verb left with no object
        (
            "深化基层政务公开标准化规范化在2021年8月底前，对标准目录进行再梳理。",
            "深化基层政务公开标准化规范化",
        ),
        ("健全制度规范在2021年10月底前，集中公开现行有效的规范性文件。", "健全制度规范"),
        # (规范性 stands before its noun: no title's end)
        ("政策解读局制发的规范性文件同步发布解读材料。", "政策解读"),
    ],
)
def test_the_best_boundary_is_the_titles_end(text: str, title: str) -> None:
    assert best(text) == title


def test_a_requirement_may_open_with_its_subject_when_its_predicate_closes_the_clause() -> None:
    # …公开|行政许可决定…内公开: after a title closing on a word titles end with,
    # a noun opens the requirement where a verb closes its first clause
    text = "行政许可公开行政许可决定作出之日起7个工作日内公开，公示准确。"
    at = {b.at: b for b in title_boundaries(text)}[len("行政许可公开")]
    assert at.opens > 0 and at.echo >= 3
    # ... not where the clause ends on a noun (公开|优化…清单) or the title's verb
    # makes one noun with the word after it (公开内容)
    text = "营商环境公开优化营商环境政策措施和事项清单。"
    assert best(text) == "营商环境公开"
    bounds = {b.at: b for b in title_boundaries("重点领域公开内容市级部门预算在批复后公开。")}
    assert bounds[len("重点领域公开")].opens == 0


def test_a_title_that_goes_past_a_good_opening_loses_for_it() -> None:
    text = "舆情回应对涉及我市的政务舆情及时研判，主动发布权威信息。"
    bounds = {b.at: b for b in title_boundaries(text)}
    short, long = bounds[4], bounds[len("舆情回应对涉及我市的政务舆情")]
    assert (short.skipped, long.skipped) == (0, 1)
    assert long.score < long.opens + long.closes


def test_a_title_never_ends_on_an_open_word_or_inside_a_quotation() -> None:
    text = "街道预决算及“三公”经费在批复后20日内公开。"
    bounds = {b.at: b for b in title_boundaries(text)}
    assert bounds[len("街道预决算及")].closes < 0  # 及 waits for what it joins
    assert len("街道预决算及“") not in bounds  # no title ends on an opening quote
    assert best(text) == "街道预决算及“三公”经费"


def test_text_that_is_no_sentence_has_no_boundary() -> None:
    assert title_boundaries("做好规划信息公开") == ()


def test_a_boundary_is_evidence_not_a_decision() -> None:
    b = Boundary(6, opens=2.0, closes=1.0, echo=4, skipped=1)
    assert b.score == 2.0 + 1.0 + 2.0 - 0.5
    assert Boundary(6, opens=1.0, closes=0.0, echo=6).score == 1.0  # no opening, no echo


def test_a_title_does_not_end_on_a_word_that_waits_for_more() -> None:
    # …调整后|10个工作日内: 后 waits for what happens after
    text = "待遇标准动态医保待遇标准调整后10个工作日内公开调整内容。"
    k = text.index("10")
    (at,) = [b for b in title_boundaries(text) if b.at == k]
    assert at.closes < 0


def test_a_title_does_not_stop_inside_a_quotation() -> None:
    text = "“双随机一公开”公布抽查事项清单和检查结果。"
    assert all(b.at >= text.index("”") + 1 for b in title_boundaries(text))
