from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import zwgk
from zwgk.cli import main

from .helpers import date_deadline, gold_plan

T = [
    "主动公开规划信息，确保及时准确完整。",
    "做好财政预决算信息公开工作，细化公开内容。",
    "加强政策解读，提升解读质量和传播效果。",
]


def test_lineage_through_three_levels() -> None:
    nation = zwgk.Plan(title="国", tasks=[zwgk.Task(t, label=f"{i + 1}") for i, t in enumerate(T)])
    city = zwgk.Plan(
        title="市",
        tasks=[
            zwgk.Task(T[0], label="（一）"),
            zwgk.Task(T[2].replace("加强", "持续加强"), label="（二）"),
            zwgk.Task("市里新增：做好重大项目审批信息公开。", label="（三）"),
        ],
    )
    bureau = zwgk.Plan(
        title="局",
        tasks=[
            zwgk.Task("持续加强政策解读，提升解读质量和传播效果。", label="1."),
            zwgk.Task("市里新增：做好重大项目审批信息公开。", label="2."),
            zwgk.Task("局里新增：做好行政执法信息公示。", label="3."),
        ],
    )
    result = zwgk.lineage([nation, city, bureau])
    assert result.plans == ("国", "市", "局")
    paths = result.paths
    assert [(p.leaf.label, p.origin) for p in paths] == [("1.", 0), ("2.", 1), ("3.", 2)]
    first = paths[0]
    assert [(s.level, s.refs, s.kind) for s in first.steps] == [
        (2, ("1.",), None),
        (1, ("（二）",), "same"),
        (0, ("3",), "reworded"),
    ]
    assert first.reaches_root()
    assert [p.leaf.label for p in result.added_at(1)] == ["2."]


def test_lineage_of_one_plan_and_bad_input() -> None:
    plan = zwgk.Plan(tasks=[zwgk.Task(T[0])])
    (path,) = zwgk.lineage([plan]).paths
    assert path.origin == 0
    with pytest.raises(ValueError, match="at least one plan"):
        zwgk.lineage([])
    with pytest.raises(TypeError, match=r"chain\[1\] is a int"):
        zwgk.lineage([plan, 3])  # type: ignore[list-item]


# ---------------------------------------------------------------------------
# command line


def _save(plan: zwgk.Plan, path: Path) -> str:
    zwgk.write(plan, path, format="json")
    return str(path)


def test_cli_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _save(gold_plan("002"), tmp_path / "002.json")
    assert main(["check", plan]) == 1
    out = capsys.readouterr().out
    assert out.count("[missing-unit] 未明确责任单位：“") == 6
    assert out.rstrip().endswith("共 6 条检查结果：警告 6 条")
    assert main(["check", plan, "--fail-on", "error"]) == 0
    capsys.readouterr()
    assert main(["check", plan, "--ignore", "missing-unit"]) == 0
    assert main(["check", plan, "-f", "json", "-o", str(tmp_path / "f.json")]) == 1
    data = json.loads((tmp_path / "f.json").read_text("utf-8"))
    assert data["source"] == plan
    assert len(data["findings"]) == 6
    assert main(["check", str(tmp_path / "missing.json")]) == 2
    assert main(["check", "--list-rules", plan]) == 0
    listed = capsys.readouterr().out
    assert "parent-task-dropped" in listed
    assert "上级方案要求本单位落实的任务未纳入本方案" in listed
    assert main(["--lang", "en", "check", "--list-rules"]) == 0
    assert "has no counterpart in the plan" in capsys.readouterr().out


def test_cli_check_with_a_parent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    due = date_deadline("11月底前", dt.date(2021, 11, 30))
    late = date_deadline("年底前", dt.date(2021, 12, 31))
    parent = zwgk.Plan(tasks=[zwgk.Task(T[0], label="1", deadline=due)])
    child = zwgk.Plan(tasks=[zwgk.Task(T[0], label="（一）", deadline=late)])
    child_path = _save(child, tmp_path / "c.json")
    parent_path = _save(parent, tmp_path / "p.json")
    args = ["check", child_path, "--parent", parent_path, "--select", "deadline-after-parent"]
    assert main(args) == 1
    out = capsys.readouterr().out
    assert (
        "完成时限晚于上级方案：本任务2021年12月31日完成，上级任务 1 要求2021年11月30日完成" in out
    )
    assert main([*args, "--lang", "en"]) == 1
    assert "after the parent task 1 (due 2021-11-30)" in capsys.readouterr().out


def test_cli_merge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = zwgk.Plan(tasks=[zwgk.Task(T[0], note="甲"), zwgk.Task(T[1])])
    theirs = zwgk.Plan(tasks=[zwgk.Task(T[0], note="丙"), zwgk.Task(T[1], note="新")])
    ours = zwgk.Plan(tasks=[zwgk.Task(T[0], label="1.", note="乙"), zwgk.Task(T[1], label="2.")])
    args = [_save(p, tmp_path / f"{n}.json") for n, p in (("b", base), ("o", ours), ("t", theirs))]
    out = tmp_path / "merged.json"
    assert main(["merge", *args, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "冲突：任务 1.：备注 两边都改了：上级原版 甲 | 本级 乙 | 上级新版 丙" in err
    assert err.rstrip().endswith("已带入 1 处上级修改，1 处冲突")
    assert main(["merge", *args, "-o", str(out), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "conflict: task 1.: note changed on both sides: base 甲 | ours 乙 | theirs 丙" in err
    assert "applied: task 2.: note updated" in err
    draft = zwgk.read(out)
    assert [(t.note, t.tags) for t in draft.tasks] == [("乙", ("conflict",)), ("新", ())]
    assert main(["merge", *args, "-o", str(out), "--policy", "note=theirs"]) == 0
    assert [t.note for t in zwgk.read(out).tasks] == ["丙", "新"]
    assert main(["merge", *args, "-o", str(out), "--policy", "sideways"]) == 2


def test_cli_rollup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parent = _save(gold_plan("002"), tmp_path / "002.json")
    child = _save(gold_plan("000"), tmp_path / "000.json")
    assert main(["rollup", parent, child, parent]) == 0
    out = capsys.readouterr().out
    assert out.startswith("上级方案 39 项任务，下级方案 2 个，0 项上级任务没有任何下级方案纳入")
    assert "100.0%  江门市市场监督管理局" in out
    report = tmp_path / "r.xlsx"
    assert main(["rollup", parent, child, "-o", str(report)]) == 1  # 7 tasks the sibling lacks
    assert report.stat().st_size > 0
    assert main(["rollup", parent, child, "-o", str(tmp_path / "r.pdf")]) == 2


def test_cli_rollup_reads_children_in_worker_processes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = _save(gold_plan("002"), tmp_path / "002.json")
    child = _save(gold_plan("000"), tmp_path / "000.json")
    assert main(["rollup", parent, child, parent]) == 0
    inline = capsys.readouterr().out
    assert main(["rollup", parent, child, parent, "-j", "2"]) == 0
    assert capsys.readouterr().out == inline
    assert main(["rollup", parent, child, str(tmp_path / "missing.json"), "-j", "2"]) == 2
    assert "missing.json" in capsys.readouterr().err
