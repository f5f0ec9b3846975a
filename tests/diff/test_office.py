"""Responsibility by role and level, and effective deadlines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import zwgk
from zwgk.diff import ChangeKind, ChildAction, DeadlineChangeKind

CITY = "江门市人民政府办公室"
BUREAU = "江门市市场监督管理局"


def _resp(raw: str, *units: tuple[str, str]) -> zwgk.Responsibility:
    return zwgk.Responsibility(raw, [zwgk.Assignment(u, r) for u, r in units])


def _city_and_bureau() -> tuple[zwgk.Plan, zwgk.Plan]:
    city = zwgk.Plan(
        issuer=CITY,
        year=2021,
        tasks=[
            zwgk.Task(
                "及时公开建设高标准市场体系行动方案的落实举措。",
                responsibility=_resp(
                    "市发改局牵头，市直有关部门配合",
                    ("市发改局", "lead"),
                    ("市直有关部门", "assist"),
                ),
            ),
            zwgk.Task(
                "加强反不正当竞争执法信息公开工作。",
                responsibility=_resp("市市场监管局", ("市市场监管局", "owner")),
            ),
            zwgk.Task(
                "积极推进部门所属单位预算、决算及相关报表公开。",
                responsibility=_resp(
                    "市财政局牵头，市直各部门负责", ("市财政局", "lead"), ("市直各部门", "owner")
                ),
                deadline=zwgk.Deadline("2021 年底前", "date"),
            ),
            zwgk.Task(
                "主动公开全国统一的市场准入负面清单，根据调整情况及时做好更新发布。",
                responsibility=_resp("市市场监管局牵头", ("市市场监管局", "lead")),
            ),
            zwgk.Task(
                "做好县级政府门户网站集约化建设。",
                responsibility=_resp("各县（市、区）人民政府", ("各县（市、区）人民政府", "owner")),
            ),
        ],
    )
    bureau = zwgk.Plan(
        issuer=BUREAU,
        year=2021,
        tasks=[
            zwgk.Task(
                "配合市发改局及时公开建设高标准市场体系行动方案的落实举措。",
                responsibility=_resp("办公室", ("办公室", "owner")),
            ),
            zwgk.Task(
                "加强反不正当竞争执法信息公开工作。",
                responsibility=_resp("价监竞争科牵头", ("价监竞争科", "lead")),
            ),
            zwgk.Task(
                "积极推进部门所属单位预算、决算及相关报表公开。",
                responsibility=_resp("财务科", ("财务科", "owner")),
                deadline=zwgk.Deadline("2022年3月底前", "date", due=dt.date(2022, 3, 31)),
            ),
        ],
    )
    return city, bureau


def test_the_parent_addresses_this_office_by_name_abbreviation_or_kind() -> None:
    city, bureau = _city_and_bureau()
    d = zwgk.diff(bureau, city)
    assert d.office == BUREAU
    by_parent = {c.parent_indices: c for c in d.changes if c.parent}
    plan_task = by_parent[(0,)].office
    assert plan_task is not None
    assert (plan_task.parent_role, plan_task.how, plan_task.addressed_by) == (
        zwgk.Role.ASSIST,
        "kind",
        "市直有关部门",
    )
    assert plan_task.child is ChildAction.ASSIST and plan_task.assists == "市发改局"
    assert not plan_task.role_changed
    owner = by_parent[(1,)].office
    assert owner is not None and owner.how == "name" and owner.child is ChildAction.LEAD
    county = by_parent[(4,)].office
    assert county is not None and not county.addressed


def test_dropped_tasks_addressed_to_this_office_come_first() -> None:
    city, bureau = _city_and_bureau()
    d = zwgk.diff(bureau, city)
    first = d.for_office()
    # The negative list was asked of the bureau by abbreviation and dropped;
    # the county websites task was not its to keep.
    assert [c.parent_indices for c in first] == [(3,)]
    assert first[0].office is not None and first[0].office.parent_role is zwgk.Role.LEAD
    dropped = d.of_kind(ChangeKind.DROPPED)
    assert {c.parent_indices for c in dropped} == {(3,), (4,)}


def test_units_of_another_office_are_not_compared_by_name() -> None:
    city, bureau = _city_and_bureau()
    d = zwgk.diff(bureau, city)
    assert all(c.responsibility is None for c in d.changes)
    # The same office's two versions still compare unit by unit.
    again = zwgk.diff(bureau.evolve(tasks=bureau.tasks[::-1]), bureau)
    assert all(c.responsibility is None for c in again.changes)


def test_effective_deadlines_are_normalised_and_compared_by_day() -> None:
    city, bureau = _city_and_bureau()
    d = zwgk.diff(bureau, city)
    budget = next(c for c in d.changes if c.parent_indices == (2,))
    # 2021 年底前 with the plan's year is 31 December 2021; the bureau's is later.
    assert budget.deadline is not None and budget.deadline.kind is DeadlineChangeKind.LATER
    assert d.later_deadlines() == (budget,)
    # Spaces and widths do not make a change; a frequency added is not a deadline.
    spaced = zwgk.Plan(
        year=2021, tasks=[zwgk.Task("做好公开。", deadline=zwgk.Deadline("2021 年底前", "date"))]
    )
    tight = spaced.evolve(
        tasks=[spaced.tasks[0].evolve(deadline=zwgk.Deadline("２０２１年底前", "date"))]
    )
    assert zwgk.diff(tight, spaced).changes[0].deadline is None
    timely = spaced.evolve(
        tasks=[spaced.tasks[0].evolve(deadline=zwgk.Deadline("及时更新", "ongoing"))]
    )
    none = spaced.evolve(tasks=[spaced.tasks[0].evolve(deadline=None)])
    assert zwgk.diff(timely, none).changes[0].deadline is None
    # The parent had a date, the child none: a finding.
    gone = zwgk.diff(none, spaced).changes[0].deadline
    assert gone is not None and gone.kind is DeadlineChangeKind.REMOVED


def test_the_plan_default_deadline_applies_to_tasks_without_their_own() -> None:
    task = zwgk.Task("做好政务公开工作。")
    parent = zwgk.Plan(
        year=2021, tasks=[task], default_deadline=zwgk.Deadline("2021年11月底前", "date")
    )
    child = zwgk.Plan(year=2021, tasks=[task.evolve(deadline=zwgk.Deadline("2021年底前", "date"))])
    (change,) = zwgk.diff(child, parent).changes
    assert change.deadline is not None and change.deadline.kind is DeadlineChangeKind.LATER


def test_reports_open_with_what_a_clerk_reads_first() -> None:
    from lxml import html as lxml_html

    city, bureau = _city_and_bureau()
    d = zwgk.diff(bureau, city)
    text = (zwgk.write(d, format="text") or b"").decode()
    head = text.split("\n\n")[0]
    assert "保留 2 项" in head and "删减 2 项" in head
    dropped = "上级要求江门市市场监督管理局牵头（市市场监管局）但未保留"
    assert dropped in head
    assert "时限推后或取消" in head and "2021 年底前 → 下级 2022年3月底前" in head
    # The office's dropped task comes before the county task and before the table.
    assert text.index(dropped) < text.index("县级政府门户网站")
    page = lxml_html.fromstring((zwgk.write(d, format="html") or b"").decode())
    first = page.xpath("//ul[@class='clerk']/li")
    assert first and first[0].text_content().startswith(dropped)
    md = (zwgk.write(d, format="markdown") or b"").decode()
    assert md.index(dropped) < md.index("## 任务逐项比对")


def test_the_workbook_summary_lists_the_findings(tmp_path: Path) -> None:
    import openpyxl

    city, bureau = _city_and_bureau()
    path = tmp_path / "diff.xlsx"
    zwgk.write(zwgk.diff(bureau, city), path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    rows = [(r[0].value, r[1].value) for r in ws.iter_rows(max_col=2)]
    start = [a for a, _ in rows].index("审阅要点")
    findings = [b for _, b in rows[start:]]
    assert findings[0].startswith("上级要求江门市市场监督管理局牵头")
    assert any(f.startswith("时限推后或取消") for f in findings)


def test_office_roles_survive_the_json_round_trip() -> None:
    from zwgk.diff import load_diff

    city, bureau = _city_and_bureau()
    d = zwgk.diff(bureau, city)
    back = load_diff(zwgk.write(d, format="json") or b"")
    assert back == d
    assert back.for_office() == d.for_office()


def test_a_revision_of_the_office_own_plan_has_no_office_roles() -> None:
    """The same issuer's plans of two years: the older one does not address the office."""
    task = zwgk.Task("推进政务公开。", responsibility=zwgk.parse_responsibility("省直各部门"))
    old = zwgk.Plan(issuer="福建省人民政府办公厅", year=2016, tasks=[task])
    new = zwgk.Plan(issuer="福建省人民政府办公厅", year=2017, tasks=[zwgk.Task("推进预算公开。")])
    d = zwgk.diff(new, old)
    assert all(c.office is None for c in d.changes)
    assert not d.for_office()
