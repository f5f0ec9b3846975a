"""A prose task that says who leads it in a clause inside its paragraph
(``由县发展和改革局牵头，…``) and who else does it after its text."""

from __future__ import annotations

import zwgk
from zwgk.build.fields import with_duty_clause

PLAN = """\
某县2023年政务公开工作要点
一、深化重点领域信息公开
（一）推进重大项目信息公开。由县发展和改革局牵头，公开重大建设项目批准和实施信息，县自然资源局、县住房和城乡建设局按职责分工落实。
（二）推进财政信息公开。全面公开政府预决算和部门预决算。县财政局负责，县直各部门配合。
"""


def _roles(task: zwgk.Task) -> list[tuple[str, str]]:
    assert task.responsibility is not None
    return [(a.name, a.role.value) for a in task.responsibility.assignments]


def test_the_lead_in_a_clause_and_the_owners_after_the_text() -> None:
    plan = zwgk.read_text(PLAN)
    assert _roles(plan.tasks[0]) == [
        ("县发展和改革局", "lead"),
        ("县自然资源局", "owner"),
        ("县住房和城乡建设局", "owner"),
    ]
    assert _roles(plan.tasks[1]) == [("县财政局", "owner"), ("县直各部门", "assist")]


def test_a_clause_already_said_is_not_said_twice() -> None:
    text = "推进项目公开。由县发改局牵头，公开批准信息。"
    assert with_duty_clause(text, ["县发改局牵头"]) == ["县发改局牵头"]
    assert with_duty_clause("推进项目公开。", ["县发改局负责"]) == ["县发改局负责"]


AGENTS = """\
某县2022年政务公开工作要点
一、加强政策解读
（一）做好政策文件解读。政策性文件印发后，由起草部门负责解读，及时回应社会关切。
（二）规范行政规范性文件管理。规范性文件出台前，由县司法局加强合法性审核，按规定向社会公开。
（三）推进财政信息公开。由县财政局牵头，县直各部门配合，全面公开预决算信息。
二、提升公开质量
（一）做好依申请公开。规范答复文书，由各级政府统一答复格式。
"""


def test_units_named_as_the_agent_of_a_verb_are_who_does_the_task() -> None:
    plan = zwgk.read_text(AGENTS)
    assert _roles(plan.tasks[0]) == [("起草部门", "owner")]
    assert _roles(plan.tasks[1]) == [("县司法局", "owner")]
    assert _roles(plan.tasks[2]) == [("县财政局", "lead"), ("县直各部门", "assist")]
    # a generic addressee is no office
    assert plan.tasks[3].responsibility is None
    # the paragraph keeps its clause
    assert (
        plan.tasks[1].text
        == "规范行政规范性文件管理。规范性文件出台前，由县司法局加强合法性审核，按规定向社会公开。"
    )


def test_an_agent_with_no_role_word_beside_a_stated_duty_adds_nothing() -> None:
    text = "规范性文件出台前，由县司法局加强合法性审核。"
    assert with_duty_clause(text, ["县政府办负责"]) == ["县政府办负责"]
    assert with_duty_clause(text, []) == ["县司法局"]


def test_posts_after_its_agent_word_are_who_does_a_task() -> None:
    # a village's plan names posts, not offices: after 由, each with its role word
    text = "公开村级重大事项决策过程和结果，由村党支部书记负责，村务监督委员会监督。"
    assert with_duty_clause(text, []) == ["村党支部书记负责，村务监督委员会监督"]
    text = "公开惠农补贴的发放对象和金额，由村委会主任牵头、村会计落实。"
    assert with_duty_clause(text, []) == ["村委会主任牵头、村会计落实"]
    # words with a verb are no post
    assert with_duty_clause("公开补贴信息，由此加强监督。", []) == []
    text = "纳入年度报告，由办公室牵头、各科室配合，接受社会监督。"
    assert with_duty_clause(text, []) == ["办公室牵头、各科室配合"]
