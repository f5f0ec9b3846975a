"""The builder's small parts: roles, sections, rows to tasks."""

from __future__ import annotations

from zwgk import Role
from zwgk.build import Context, Row, Sections, find_header, infer_roles, tasks
from zwgk.build.pieces import split_items
from zwgk.document import Grid
from zwgk.lang.pieces import header_row_roles


def _row(**kw: object) -> Row:
    base: dict[str, object] = {
        "number": 1,
        "label": "1.",
        "text": "推进预算公开。",
        "section": (),
        "section_labels": (),
        "resp_cell": None,
        "resp_text": None,
        "lead": "",
        "assist": "",
        "deadline_text": "",
        "note": None,
        "location": None,
        "shared_key": None,
    }
    base.update(kw)
    return Row(**base)  # type: ignore[arg-type]


def test_header_row_roles_text_and_heading_columns() -> None:
    assert header_row_roles(["工作任务", "具体措施", "责任单位"]) == ["heading", "text", "resp"]
    assert header_row_roles(["具体要求", "工作任务", "责任单位"]) == ["text", "note", "resp"]
    # a header needs a task column
    assert header_row_roles(["责任单位", "完成时限"]) is None


def test_find_header_below_a_title() -> None:
    grid = Grid.from_rows([["标题", None], ["工作任务", "责任单位"], ["1.公开。", "科"]])
    rows = grid.rows()
    texts = [[c.text if c else "" for c in r] for r in rows]
    header = find_header(rows, texts, grid.n_cols)
    assert (header.at, header.top, header.roles, header.body_start) == (
        1,
        None,
        ["text", "resp"],
        2,
    )


def test_infer_roles_from_content() -> None:
    roles = infer_roles(
        [
            ["一、财政信息", "1.公开预算。", "财政局牵头", "年底前"],
            ["", "2.公开决算。", "财政局", "长期坚持"],
        ]
    )
    assert roles == ["heading", "text", "resp", "deadline"]


def test_sections_keep_deeper_levels_when_a_heading_repeats() -> None:
    s = Sections()
    assert s.set(0, "财政信息", "一、", None)
    assert s.set(1, "预算公开", "（一）", None)
    assert not s.set(0, "财政信息", "一、", None)  # a page repeats it
    assert s.path() == (("财政信息", "预算公开"), ("一、", "（一）"))
    assert s.set(0, "政策解读", "二、", None)
    assert s.path() == (("政策解读",), ("二、",))
    assert s.unused() == []


def test_sections_report_headings_no_task_used() -> None:
    s = Sections()
    s.set(0, "财政信息", "一、", None, "一、财政信息")
    s.path()
    s.set(0, "其他", "二、", None, "二、其他")
    assert [text for text, _ in s.unused()] == ["二、其他"]


def test_split_items_only_on_consecutive_numbers() -> None:
    assert [(lab.number if lab else None, body) for lab, body in split_items("1.甲\n2.乙")] == [
        (1, "甲"),
        (2, "乙"),
    ]
    # a sub-list (（1）) stays inside its item; a number out of order too
    assert len(split_items("1.甲\n（1）子项\n3.丙")) == 1


def test_tasks_group_shared_rows_only() -> None:
    ctx = Context(year=2024)
    out = tasks(
        [
            _row(number=1, resp_text="财务科", shared_key=7),
            _row(number=2, resp_text="财务科", shared_key=7),
            _row(number=3, resp_text="办公室", shared_key=9),
        ],
        ctx,
    )
    assert [t.group for t in out] == [1, 1, None]


def test_tasks_lead_and_assist() -> None:
    (task,) = tasks([_row(lead="财政局", assist="审计局、统计局")], Context(year=2024))
    assert task.responsibility is not None
    assert task.responsibility.leads == ("财政局",)
    assert task.responsibility.units(Role.ASSIST) == ("审计局", "统计局")


def test_tasks_deadline_from_the_text_when_no_cell() -> None:
    (task,) = tasks([_row(text="推进预算公开，6月底前完成。")], Context(year=2024))
    assert task.deadline is not None and task.deadline.raw.startswith("6月底前")


def test_tasks_deadline_from_a_requirement_note() -> None:
    (task,) = tasks([_row(note="2024年9月底前完成", note_is_requirement=True)], Context(year=2024))
    assert task.deadline is not None
    (plain,) = tasks([_row(note="2024年9月底前完成")], Context(year=2024))
    assert plain.deadline is None
