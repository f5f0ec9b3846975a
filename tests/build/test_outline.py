"""The outline (prose) assembly: paragraphs in, tasks out."""

from __future__ import annotations

from zwgk import Plan, Role
from zwgk.build import R_EMPTY_HEADING, R_FIELD_NAME, R_NOTICE, build_plan
from zwgk.build.fields import extract_responsibilities, field_parens, fields
from zwgk.document import Block, Document


def _plan(*texts: str, year: int | None = 2024) -> Plan:
    return build_plan(Document([Block(t) for t in texts]), year=year)


def _reasons(plan: Plan) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in plan.residue:
        out.setdefault(r.reason, []).append(r.text)
    return out


def test_trailing_responsibility_in_parentheses() -> None:
    plan = _plan(
        "一、做好财政信息公开",
        "1.推进预算、决算公开。（财政局牵头，各部门配合）",
        "2.及时公开债务信息。（财政局负责）",
    )
    first, second = plan.tasks
    assert first.text == "推进预算、决算公开。"
    assert first.section == ("做好财政信息公开",)
    assert first.responsibility is not None
    assert first.responsibility.leads == ("财政局",)
    assert first.responsibility.units(Role.ASSIST) == ("各部门",)
    assert second.responsibility is not None and second.responsibility.units() == ("财政局",)


def test_parenthesis_inside_a_sentence_is_text() -> None:
    (task,) = _plan("1.公开政府规章（含规范性文件）并及时更新。").tasks
    assert task.text == "公开政府规章（含规范性文件）并及时更新。"
    assert task.responsibility is None


def test_task_level_is_the_style_that_carries_responsibilities() -> None:
    plan = _plan(
        "（一）做好财政信息公开",
        "1.推进预算公开。（财政局负责）",
        "2.公开债务信息。（财政局负责）",
        "（二）做好政策解读",
        "3.解读政策。（办公室负责）",
    )
    assert [(t.number, t.section, t.section_labels) for t in plan.tasks] == [
        (1, ("做好财政信息公开",), ("（一）",)),
        (2, ("做好财政信息公开",), ("（一）",)),
        (3, ("做好政策解读",), ("（二）",)),
    ]


def test_field_lines_under_a_task() -> None:
    plan = _plan(
        "1.推进预算公开。",
        "责任单位：财政局",
        "完成时限：2024年6月底前",
        "2.公开债务信息。",
        "责任单位：财政局；完成时限：长期坚持",
    )
    first, second = plan.tasks
    assert first.responsibility is not None and first.responsibility.units() == ("财政局",)
    assert first.deadline is not None and first.deadline.raw == "2024年6月底前"
    assert second.deadline is not None and second.deadline.raw == "长期坚持"
    assert _reasons(plan)[R_FIELD_NAME] == ["责任单位：", "完成时限：", "责任单位：完成时限："]


def test_field_parentheses_in_a_task() -> None:
    (task,) = _plan("1.推进预算公开。（责任单位：财政局；完成时限：6月底前）").tasks
    assert task.text == "推进预算公开。"
    assert task.responsibility is not None and task.responsibility.units() == ("财政局",)
    assert task.deadline is not None and task.deadline.raw == "6月底前"


def test_lead_and_assist_field_lines() -> None:
    (task,) = _plan("1.推进预算公开。", "牵头单位：财政局", "配合单位：审计局").tasks
    assert task.responsibility is not None
    assert task.responsibility.leads == ("财政局",)
    assert task.responsibility.assists == ("审计局",)


def test_wrapped_paragraph_continues_its_task() -> None:
    (task,) = _plan("1.推进预算公开，", "按时公开决算。（财政局负责）").tasks
    assert task.text == "推进预算公开，\n按时公开决算。"
    assert task.responsibility is not None


def test_notice_before_and_empty_heading() -> None:
    plan = _plan(
        "关于印发2024年政务公开工作要点的通知",
        "一、做好财政信息公开",
        "1.推进预算公开。（财政局负责）",
        "二、其他事项",
    )
    assert len(plan.tasks) == 1
    reasons = _reasons(plan)
    assert reasons[R_NOTICE] == ["关于印发2024年政务公开工作要点的通知"]
    assert reasons[R_EMPTY_HEADING] == ["二、其他事项"]


# -- the field grammar --------------------------------------------------------


def test_fields_reads_every_named_field() -> None:
    assert fields("责任单位：财政局；完成时限：年底前；备注：无") == {
        "resp": "财政局",
        "deadline": "年底前",
        "note": "无",
    }
    assert fields("推进预算公开") is None


def test_a_paragraph_right_under_a_heading_closed_by_its_clause_is_a_task() -> None:
    plan = _plan(
        "一、推进重点领域公开",
        "（一）推进财政信息公开。公开区本级预决算。（责任单位：区财政局）",
        "二、强化监督考核",
        "将政务公开工作纳入目标责任考核，对推进不力的单位进行通报。（牵头单位：区政府办）",
        "三、工作要求",
        "各单位要明确分管领导和具体工作人员。",
    )
    assert [(t.number, t.section) for t in plan.tasks] == [
        (1, ("推进重点领域公开",)),
        (None, ("强化监督考核",)),
    ]
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.leads == ("区政府办",)
    assert "各单位要明确分管领导和具体工作人员。" in [r.text for r in plan.residue]


def test_a_clause_with_a_deadline_field_first_and_the_name_it_gives_a_list() -> None:
    # (责任时限:…,牵头单位:…,责任单位:…,以下统称…,…): the deadline's field opens the
    # clause; the name the clause gives what it has just listed is no unit
    (task,) = _plan(
        "（一）规范财政资金领域信息公开。推进各级各部门财政预决算公开。"
        "(责任时限:2022 年底前,牵头单位:市财政局,责任单位:各县(区)政府、"
        "各管理区管委会,以下统称各县(区)政府,市政府各部门)",
        year=2022,
    ).tasks
    assert task.text == "规范财政资金领域信息公开。推进各级各部门财政预决算公开。"
    assert task.deadline is not None and task.deadline.due is not None
    assert task.responsibility is not None
    assert task.responsibility.leads == ("市财政局",)
    assert "统称" not in task.responsibility.raw
    assert task.responsibility.units() == (
        "市财政局",
        "各县(区)政府",
        "各管理区管委会",
        "市政府各部门",
    )


def test_a_fields_parenthesis_the_end_of_a_cut_page_left_open_closes_at_the_end() -> None:
    assert field_parens("完成专区标准化建设（责任单位：城市建设管理办、各社") == (
        "完成专区标准化建设",
        {"resp": "城市建设管理办、各社"},
    )
    # a parenthesis left open that holds no field stays in the text
    assert field_parens("完成专区建设（含查阅终端") == ("完成专区建设（含查阅终端", {})


def test_a_role_word_alone_names_a_field() -> None:
    (task,) = _plan("1.公开水利工程建设项目信息。（牵头：规划建设科；配合：办公室、各乡镇）").tasks
    assert task.text == "公开水利工程建设项目信息。"
    assert task.responsibility is not None
    assert task.responsibility.leads == ("规划建设科",)
    assert task.responsibility.assists == ("办公室", "各乡镇")


def test_a_unit_field_names_any_kind_of_unit() -> None:
    (task,) = _plan("一、抓好基础信息公开。及时更新办事指南。（责任办室：党政办公室）").tasks
    assert task.responsibility is not None
    assert task.responsibility.raw == "党政办公室"
    assert task.responsibility.units() == ("党政办公室",)


def test_a_requirement_field_is_the_note_and_keeps_its_full_stop() -> None:
    assert fields("工作要求：按月公开。责任股室：办公室。") == {
        "note": "按月公开。",
        "resp": "办公室",
    }
    assert fields("完成标准：网站栏目完整；牵头处室：政务公开办") == {
        "note": "网站栏目完整",
        "lead": "政务公开办",
    }


def test_field_parens_leaves_other_parentheses() -> None:
    text, found = field_parens("公开规章（含文件）。（责任单位：法制科）")
    assert text == "公开规章（含文件）。"
    assert found == {"resp": "法制科"}


def test_extract_responsibilities_needs_a_sentence_end_or_the_end() -> None:
    assert extract_responsibilities("推进公开（办公室负责）并更新。") == (
        "推进公开（办公室负责）并更新。",
        [],
    )
    assert extract_responsibilities("推进公开。（办公室负责）") == ("推进公开。", ["办公室负责"])
    # units without a role word only after a closed sentence at the end
    assert extract_responsibilities("推进公开。（区发改局）") == ("推进公开。", ["区发改局"])


def test_a_bracket_after_a_units_name_qualifies_it() -> None:
    # 各镇街（园区）: the bracket is part of the name, not the units of a title
    text = "各镇街（园区）；市直各单位加强政务公开工作组织领导。"
    assert extract_responsibilities(text) == (text, [])
    assert extract_responsibilities("深化财政信息公开（区财政局牵头）。推进预算公开。") == (
        "深化财政信息公开。推进预算公开。",
        ["区财政局牵头"],
    )


def test_labels_whose_numerals_a_mirror_masked_keep_their_shape_and_no_number() -> None:
    plan = _plan(
        "* 年 (略) 市政务公开工作要点",
        "* 、以政务公开助力稳增长",
        "( * )加强预期引导。深入解读经济政策。（责任单位：市发展改革委）",
        "( * )做好财政信息公开。按月公开财政收支情况。（责任单位：市财政局）",
        "* 、以政务公开助力惠民生",
        "( * )推进社会救助信息公开。（责任单位：市民政局）",
    )
    assert [(t.label, t.number, t.section) for t in plan.tasks] == [
        ("( * )", None, ("以政务公开助力稳增长",)),
        ("( * )", None, ("以政务公开助力稳增长",)),
        ("( * )", None, ("以政务公开助力惠民生",)),
    ]
    assert plan.tasks[2].responsibility is not None
    assert plan.tasks[2].responsibility.units() == ("市民政局",)


def test_fields_that_end_a_paragraph_close_its_task() -> None:
    plan = _plan(
        "一、深化重点领域信息公开",
        "（一）推进重大建设项目信息公开。公开批准和实施信息。"
        "责任单位：区发展改革委、区住房城乡建设委。完成时限：2021年12月底前。",
        "（二）深化基层政务公开。更新乡镇政务公开事项标准目录。责任单位：各街道办事处。",
        "各单位要对照本要点，细化工作措施，于12月15日前报送落实情况。",
    )
    first, second = plan.tasks
    assert first.text == "推进重大建设项目信息公开。公开批准和实施信息。"
    assert first.responsibility is not None
    names = [a.unit for a in first.responsibility.assignments]
    assert names == ["区发展改革委", "区住房城乡建设委"]
    assert first.deadline is not None and first.deadline.raw == "2021年12月底前"
    assert second.text == "深化基层政务公开。更新乡镇政务公开事项标准目录。"


def test_a_clause_closing_a_sentence_before_its_full_stop_names_its_units() -> None:
    plan = _plan(
        "一、加强重点工作信息公开",
        "（一）围绕促进首都功能提升做好信息公开。及时准确发布我区重点工作进展情况"
        "（区政府办公室牵头，区政府相关单位负责落实）。按照市级部门要求，加大城市南部地区"
        "发展行动计划的公开力度（区发展改革委负责）。",
    )
    (task,) = plan.tasks
    assert "（" not in task.text
    assert task.responsibility is not None
    assert [a.unit for a in task.responsibility.assignments] == [
        "区政府办公室",
        "区政府相关单位",
        "区发展改革委",
    ]


def test_a_note_in_brackets_before_a_full_stop_stays_in_the_text() -> None:
    plan = _plan("一、公开", "（一）推进政务公开标准化（含基层政务公开）。（区政府办公室负责）")
    assert plan.tasks[0].text == "推进政务公开标准化（含基层政务公开）。"


def test_bare_unit_lists_in_brackets_after_each_requirement_name_the_units() -> None:
    plan = _plan(
        "一、加强重点工作信息公开",
        "（一）围绕民生关注事项做好信息公开。公开政府债务限额和余额情况。"
        "(区金融办、区财政局、区房管局。)推进河长制信息公开。(区环保局、区水务局。)",
    )
    (task,) = plan.tasks
    assert task.text == (
        "围绕民生关注事项做好信息公开。公开政府债务限额和余额情况。推进河长制信息公开。"
    )
    assert task.responsibility is not None
    assert len(task.responsibility.assignments) == 5


def test_a_bracket_the_end_of_a_cut_page_left_open_inside_a_name_is_no_text() -> None:
    plan = _plan(
        "一、加强重点工作信息公开",
        "（一）强化协同发展信息公开。及时公开支持雄安新区规划建设进展情况。（市发展改革委负责落实）"
        "及时发布冬奥会筹办信息。(市重大项目",
    )
    (task,) = plan.tasks
    assert task.text.endswith("建设进展情况。及时发布冬奥会筹办信息。")
    assert task.responsibility is not None
    assert task.responsibility.raw.endswith("；市重大项目")


def test_a_bracket_stating_who_then_fields_gives_both_without_their_punctuation() -> None:
    plan = _plan(
        "一、加强重点工作信息公开",
        "1.做好京津冀协同发展等方面信息公开。(区发改委负责落实,完成时限:2023年10月)",
        "2.推进河长制信息公开。(区环保局、区水务局。)做好债务信息公开。(区财政局。)",
    )
    first, second = plan.tasks
    assert first.text == "做好京津冀协同发展等方面信息公开。"
    assert first.responsibility is not None
    assert first.responsibility.raw == "区发改委负责落实"
    assert first.deadline is not None
    assert first.deadline.raw == "2023年10月"
    assert second.responsibility is not None
    assert second.responsibility.raw == "区环保局、区水务局；区财政局"


def test_a_bracket_of_role_clauses_a_cut_page_left_open_is_the_responsibility() -> None:
    plan = _plan(
        "一、推进政务服务",
        "(一)强化“一网通办”支撑,推进全流程一体化网上政务服务。"
        "(省政务局牵头,省直相关单位按职责分工负责。各市州、县市区人民政府均为责任单位",
    )
    (task,) = plan.tasks
    assert task.text == "强化“一网通办”支撑,推进全流程一体化网上政务服务。"
    assert task.responsibility is not None
    assert task.responsibility.raw.startswith("省政务局牵头")
