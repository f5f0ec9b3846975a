from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import zwgk
from zwgk.cascade import _check
from zwgk.cascade._check import garbled, ordinal

from .helpers import date_deadline, gold_plan, unit

D = dt.date


def rules_of(findings: list[zwgk.Finding]) -> Counter[str]:
    return Counter(f.rule for f in findings)


def task(n: int, text: str | None = None, **kw: object) -> zwgk.Task:
    kw.setdefault("responsibility", unit("办公室"))
    kw.setdefault("deadline", date_deadline("2021年底前", D(2021, 12, 31)))
    return zwgk.Task(text or f"第{n}项任务的内容各不相同{n * 7919}", number=n, label=f"{n}.", **kw)  # type: ignore[arg-type]


def test_a_clean_plan_has_no_findings() -> None:
    plan = zwgk.Plan(tasks=[task(1), task(2), task(3)], date=D(2021, 5, 1))
    assert zwgk.check(plan) == []


def test_missing_unit_and_missing_deadline() -> None:
    plan = zwgk.Plan(
        tasks=[task(1, responsibility=None), task(2, deadline=None), task(3)],
    )
    found = zwgk.check(plan)
    assert [(f.rule, f.task) for f in found] == [
        ("missing-unit", "1."),
        ("missing-deadline", "2."),
    ]
    assert all(f.severity is zwgk.Severity.WARNING for f in found)
    assert found[0].message == f"未明确责任单位：“{plan.tasks[0].text}”"
    assert found[1].message == "未明确完成时限且方案未设统一时限"


def test_messages_and_descriptions_in_english_by_option() -> None:
    plan = zwgk.Plan(tasks=[task(1, responsibility=None), task(3)])
    found = zwgk.check(plan, lang="en")
    assert [f.message for f in found] == [
        f"no responsible unit for “{plan.tasks[0].text}”",
        "task numbering skips 2 (from 1 to 3)",
    ]
    assert [f.message for f in zwgk.check(plan)] == [
        f"未明确责任单位：“{plan.tasks[0].text}”",
        "任务编号不连续：缺 2（从 1 跳到 3）",
    ]
    described = {r.id: r for r in zwgk.cascade.rules()}
    rule = described["parent-task-dropped"]
    assert zwgk.cascade.describe_rule(rule) == "上级方案要求本单位落实的任务未纳入本方案"
    assert rule.description == zwgk.cascade.describe_rule(rule)
    assert "no counterpart" in zwgk.cascade.describe_rule(rule, "en")
    with pytest.raises(ValueError, match="lang='fr'"):
        zwgk.check(plan, lang="fr")


def test_a_rule_that_takes_lang_gets_it_and_one_that_does_not_still_runs() -> None:
    def worded(
        plan: zwgk.Plan, parent: zwgk.Plan | None, *, lang: str = "zh"
    ) -> list[zwgk.Finding]:
        return [zwgk.Finding("worded", "info", {"zh": "中文", "en": "English"}[lang])]

    worded.id = "worded"  # type: ignore[attr-defined]
    worded.description = "says hello"  # type: ignore[attr-defined]
    plan = zwgk.Plan(tasks=[task(1, "短")])
    rules = [worded, _ShortText()]
    assert [f.message for f in zwgk.check(plan, lang="en", extra_rules=rules)] == [
        "English",
        "very short",
    ]
    assert [f.message for f in zwgk.check(plan, extra_rules=rules)] == ["中文", "very short"]
    assert zwgk.cascade.describe_rule(worded, "en") == "says hello"


def test_a_default_deadline_covers_tasks_without_one() -> None:
    plan = zwgk.Plan(
        tasks=[task(1, deadline=None)],
        default_deadline=date_deadline("12月3日前", D(2021, 12, 3)),
    )
    assert "missing-deadline" not in rules_of(zwgk.check(plan))


def test_unrecognised_units_are_reported_as_info() -> None:
    plan = zwgk.Plan(tasks=[task(1, responsibility=zwgk.Responsibility("见附件"))])
    (finding,) = zwgk.check(plan)
    assert finding.rule == "missing-unit"
    assert finding.severity is zwgk.Severity.INFO
    assert "见附件" in finding.message


def test_deadline_before_the_plan_date() -> None:
    plan = zwgk.Plan(
        tasks=[task(1, deadline=date_deadline("3月底前", D(2021, 3, 31))), task(2)],
        date=D(2021, 6, 29),
        default_deadline=date_deadline("1月底前", D(2021, 1, 31)),
    )
    found = [f for f in zwgk.check(plan) if f.rule == "deadline-before-plan"]
    assert [f.task for f in found] == [None, "1."]
    assert found[0].message == "统一时限“1月底前”（2021年1月31日）早于方案印发日期2021年6月29日"
    assert found[1].message == "完成时限“3月底前”（2021年3月31日）早于方案印发日期2021年6月29日"
    (english,) = zwgk.check(plan, lang="en", select=["deadline-before-plan"])[1:]
    assert "2021-03-31" in english.message
    assert "before the plan's date 2021-06-29" in english.message


def test_a_deadline_in_the_text_that_contradicts_the_deadline() -> None:
    text = "2021年6月30日前完成政府信息公开目录更新。"
    plan = zwgk.Plan(tasks=[task(1, text)], year=2021)
    (finding,) = zwgk.check(plan, select=["deadline-conflict"])
    assert finding.message == (
        "任务文字所写时限“2021年6月30日前”（2021年6月30日）与完成时限“2021年底前”"
        "（2021年12月31日）不一致"
    )
    (english,) = zwgk.check(plan, lang="en", select=["deadline-conflict"])
    assert english.message.endswith("but the deadline is “2021年底前” (2021-12-31)")


def test_recurring_deadlines_are_not_compared_with_the_plan_date() -> None:
    recurring = zwgk.Deadline("每年1月31日前", "recurring", due=D(2021, 1, 31))
    plan = zwgk.Plan(tasks=[task(1, deadline=recurring)], date=D(2021, 6, 29))
    assert zwgk.check(plan) == []


def test_task_numbering_gaps_repeats_and_order() -> None:
    plan = zwgk.Plan(tasks=[task(1), task(2), task(5), task(5), task(4)])
    found = [f for f in zwgk.check(plan) if f.rule == "task-numbering"]
    assert [f.task for f in found] == ["5.", "5.", "4."]
    assert [f.message for f in found] == [
        "任务编号不连续：缺 3–4（从 2 跳到 5）",
        "任务编号 5. 重复（前面已有 5.）",
        "任务编号 4. 排在 5 之后（顺序颠倒）",
    ]


def test_task_numbering_that_restarts_in_each_section_is_fine() -> None:
    tasks = [
        task(1, section=("甲",)),
        task(2, section=("甲",)),
        task(1, section=("乙",)),
        task(3, section=("乙",)),
    ]
    found = [f for f in zwgk.check(zwgk.Plan(tasks=tasks)) if f.rule == "task-numbering"]
    assert [(f.task, "缺 2（" in f.message) for f in found] == [("3.", True)]


def test_heading_numbering_skips_like_seed_002() -> None:
    # 002 jumps from heading 十二 to 十五
    labels = ["十一、", "十二、", "十五、"]
    tasks = [
        task(i + 1, section=(f"标题{i}",), section_labels=(label,))
        for i, label in enumerate(labels)
    ]
    found = [f for f in zwgk.check(zwgk.Plan(tasks=tasks)) if f.rule == "heading-numbering"]
    assert [f.severity for f in found] == [zwgk.Severity.INFO, zwgk.Severity.WARNING]
    assert found[0].message == "标题编号从 十一、 开始，不是从 1 开始"
    assert found[1].message == "标题编号不连续：缺 13–14（从 12 跳到 15）"
    assert found[1].task == "3."


def test_second_level_headings_are_numbered_within_their_parent() -> None:
    tasks = [
        task(1, section=("甲", "子一"), section_labels=("一、", "（一）")),
        task(2, section=("甲", "子二"), section_labels=("一、", "（二）")),
        task(3, section=("乙", "子一"), section_labels=("二、", "（一）")),
        task(4, section=("乙", "子二"), section_labels=("二、", "（三）")),
    ]
    found = [f for f in zwgk.check(zwgk.Plan(tasks=tasks)) if f.rule == "heading-numbering"]
    assert [(f.task, f.message) for f in found] == [("4.", "标题编号不连续：缺 2（从 1 跳到 3）")]


@pytest.mark.parametrize(
    ("label", "number"),
    [("（二十九）", 29), ("十、", 10), ("3.", 3), ("12", 12), ("一百零三、", 103), ("第三", 3)],
)
def test_ordinal(label: str, number: int) -> None:
    assert ordinal(label) == number


@pytest.mark.parametrize(
    "text",
    [
        "落實“六?!比蝿?,聚焦市委",  # seed 003
        "公开\ufffd\ufffd信息",
        "鈥滃叚绋斥�濇儬",  # UTF-8 read as GBK
        "锟斤拷锟斤拷",
        "政务\ue000公开",
    ],
)
def test_garbled_text_is_recognised(text: str) -> None:
    assert garbled(text) is not None


@pytest.mark.parametrize(
    "text",
    ["落实“六稳”“六保”任务。", "What? 英文问号后有空格", "是否公开？请答复。", "2021年11月20日前"],
)
def test_clean_text_is_not_called_garbled(text: str) -> None:
    assert garbled(text) is None


def test_garbled_text_in_the_real_seed_003() -> None:
    found = [f for f in zwgk.check(gold_plan("003")) if f.rule == "garbled-text"]
    assert [f.task for f in found] == ["13"]


def test_garbled_heading_is_reported_once() -> None:
    tasks = [task(i, section=("做好\ufffd公开",)) for i in (1, 2, 3)]
    found = [f for f in zwgk.check(zwgk.Plan(tasks=tasks)) if f.rule == "garbled-text"]
    assert [f.message for f in found] == [
        "标题“做好\ufffd公开”文字乱码：含替换字符 U+FFFD（有无法解码的字节）"
    ]


def test_garbled_plan_fields_are_named_in_the_report_language() -> None:
    plan = zwgk.Plan(title="关于印发鈥滃叚绋斥的通知", tasks=[task(1)])
    (finding,) = zwgk.check(plan)
    assert finding.message.startswith("方案标题“关于印发鈥滃叚绋斥的通知”文字乱码：“鈥”")
    (english,) = zwgk.check(plan, lang="en")
    assert english.message.startswith("plan title “关于印发鈥滃叚绋斥的通知”: “鈥” is typical")


def test_duplicate_and_near_duplicate_tasks() -> None:
    text = "加强政策解读，做好重大政策发布解读工作，提升解读质量。"
    tasks = [
        task(1, text),
        task(2, "完全不同的另外一项任务内容"),
        task(3, text.replace("，", " ")),
        task(4, text.replace("提升", "提高")),
    ]
    found = [f for f in zwgk.check(zwgk.Plan(tasks=tasks)) if f.rule == "duplicate-task"]
    assert [(f.task, f.message.split("：")[0]) for f in found] == [
        ("3.", "任务重复"),
        ("4.", "任务基本重复"),
    ]
    assert found[0].message.startswith("任务重复：与任务 1.（“加强政策解读")


def test_the_real_seeds_give_the_expected_findings() -> None:
    # 002's gold leaves six task rows without a unit (empty cells in the source).
    found = zwgk.check(gold_plan("002"))
    assert rules_of(found) == Counter({"missing-unit": 6})
    assert sorted(int(f.task or 0) for f in found) == [8, 24, 25, 36, 38, 39]
    # 004 states deadlines in only a few paragraphs and has no default.
    plan4 = gold_plan("004")
    undated = sum(t.deadline is None for t in plan4.tasks)
    assert rules_of(zwgk.check(plan4)) == Counter({"missing-deadline": undated})


def test_reader_diagnostics_and_residue_are_surfaced() -> None:
    plan = zwgk.Plan(
        tasks=[task(1)],
        diagnostics=[zwgk.Diagnostic("encoding.replacement", "3 bad bytes", "error")],
        residue=[zwgk.Residue("网站地图", "site chrome", zwgk.Location(line=4))],
    )
    found = zwgk.check(plan)
    assert [(f.rule, f.severity.value) for f in found] == [
        ("reader:encoding.replacement", "error"),
        ("unplaced-text", "info"),
    ]
    assert found[1].location == zwgk.Location(line=4)
    assert found[1].message == "1 段文字未归入任务（第一段：[site chrome]“网站地图”）"


def test_findings_carry_the_task_location() -> None:
    where = zwgk.Location(line=12, page=2)
    plan = zwgk.Plan(tasks=[task(1, responsibility=None, location=where)])
    (finding,) = zwgk.check(plan)
    assert finding.location == where
    assert str(finding) == "task 1., page 2, line 12: warning [missing-unit] " + finding.message


def test_select_and_ignore() -> None:
    plan = zwgk.Plan(tasks=[task(1, responsibility=None, deadline=None)])
    assert rules_of(zwgk.check(plan, select=["missing-deadline"])) == {"missing-deadline": 1}
    assert rules_of(zwgk.check(plan, ignore=["missing-deadline"])) == {"missing-unit": 1}


class _ShortText:
    id = "short-text"
    description = "task text shorter than five characters"

    def __call__(self, plan: zwgk.Plan, parent: zwgk.Plan | None) -> Iterator[zwgk.Finding]:
        for t in plan.tasks:
            if len(t.text) < 5:
                yield zwgk.Finding(self.id, "info", "very short", task=t.ref)


def test_extra_rules_run_and_a_failing_rule_is_reported_not_raised() -> None:
    def broken(plan: zwgk.Plan, parent: zwgk.Plan | None) -> list[zwgk.Finding]:
        raise KeyError("boom")

    broken.id = "broken"  # type: ignore[attr-defined]
    broken.description = "always fails"  # type: ignore[attr-defined]
    plan = zwgk.Plan(tasks=[task(1, "短"), task(2)])
    found = zwgk.check(plan, extra_rules=[_ShortText(), broken])
    assert [(f.rule, f.task) for f in found] == [("short-text", "1."), ("rule-error", None)]
    assert found[1].message == "检查规则 'broken' 运行出错：KeyError: 'boom'"
    english = zwgk.check(plan, lang="en", extra_rules=[broken])
    assert english[-1].message == "check 'broken' failed: KeyError: 'boom'"


@pytest.fixture
def plugin_dist(tmp_path: Path) -> Iterator[Path]:
    """A real installed distribution declaring two zwgk.checks entry points."""
    pkg = tmp_path / "zwgk_test_rules.py"
    pkg.write_text(
        "import zwgk\n"
        "class NoTitle:\n"
        "    id = 'no-title'\n"
        "    description = 'the plan has no title'\n"
        "    def __call__(self, plan, parent):\n"
        "        if not plan.title:\n"
        "            yield zwgk.Finding(self.id, 'warning', 'the plan has no title')\n",
        "utf-8",
    )
    info = tmp_path / "zwgk_test_rules-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: zwgk-test-rules\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[zwgk.checks]\nno-title = zwgk_test_rules:NoTitle\nmissing = zwgk_test_rules_absent:rule\n"
    )
    sys.path.insert(0, str(tmp_path))
    _check.reset_plugins()
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("zwgk_test_rules", None)
        _check.reset_plugins()


@pytest.mark.usefixtures("plugin_dist")
def test_rules_from_entry_points_and_a_broken_plugin() -> None:
    assert "no-title" in [r.id for r in zwgk.cascade.rules()]
    found = zwgk.check(zwgk.Plan(tasks=[task(1)]))
    assert [f.rule for f in found] == ["rule-error", "no-title"]
    assert found[0].message.startswith(
        "检查规则 'missing'（zwgk_test_rules_absent:rule）无法加载："
    )
    assert "ModuleNotFoundError" in found[0].message
    english = zwgk.check(zwgk.Plan(tasks=[task(1)]), lang="en")
    assert english[0].message.startswith("check 'missing' (zwgk_test_rules_absent:rule) could not")


def test_finding_round_trips_through_serde() -> None:
    from zwgk.serde import from_data, to_data

    f = zwgk.Finding("x", "error", "m", task="3", location=zwgk.Location(line=2))
    assert from_data(to_data(f), zwgk.Finding) == f
    assert zwgk.plugins.object_kind([f]) == "findings"


def test_checks_on_the_seeds_as_read() -> None:
    from tests.conftest import SEEDS

    plan2 = zwgk.read(SEEDS / "002_790eb7ad8dccb9a1.txt")
    headings = [f for f in zwgk.check(plan2) if f.rule == "heading-numbering"]
    assert [f.message for f in headings] == ["标题编号不连续：缺 13–14（从 12 跳到 15）"]
    assert headings[0].location is not None
    # 001 repeats heading 二 across a page break with its title broken differently:
    # that is one heading, not a repeat.
    plan1 = zwgk.read(SEEDS / "001_512a5e0ef4657c09.txt")
    assert [f for f in zwgk.check(plan1) if f.rule == "heading-numbering"] == []
    plan3 = zwgk.read(SEEDS / "003_27bda7d56444e5fa.txt")
    assert [f.task for f in zwgk.check(plan3) if f.rule == "garbled-text"] == ["13."]


def test_a_repeated_heading_label_after_another_heading_is_reported() -> None:
    tasks = [
        task(1, section=("甲",), section_labels=("一、",)),
        task(2, section=("乙",), section_labels=("二、",)),
        task(3, section=("乙续",), section_labels=("二、",)),
        task(4, section=("丙",), section_labels=("二、",)),
    ]
    tasks[3] = tasks[3].evolve(section_labels=("一、",))
    found = [f for f in zwgk.check(zwgk.Plan(tasks=tasks)) if f.rule == "heading-numbering"]
    assert [(f.task, f.message) for f in found] == [("4.", "标题编号 一、 重复（前面已有 一、）")]
