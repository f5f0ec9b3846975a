"""Run-together tables with a column the header vocabulary does not name
(公开依据, 分值, a start date before the deadline, a leader's masked name):
the header is read whole, the column kept apart, and a row's cells cut by
what the named ones hold."""

from __future__ import annotations

from pathlib import Path

import zwgk
from tests.assembly.rows import deadlines_read, units_read
from tests.build.tables import table_docx
from zwgk.assembly.text import find_header
from zwgk.lang.units import find_unit_runs


def _header(text: str) -> tuple[str, ...] | None:
    found = find_header(text, 0, len(text))
    return found.roles if found is not None else None


def test_a_short_noun_between_header_words_is_a_column_of_its_own() -> None:
    assert _header("序号工作任务法律依据责任科室完成时限\n1公开…") == (
        "number",
        "text",
        "other",
        "resp",
        "deadline",
    )


def test_a_short_noun_closing_a_header_line_is_a_column_of_its_own() -> None:
    assert _header("序号工作任务责任科室完成时限考核分值\n1公开…") == (
        "number",
        "text",
        "resp",
        "deadline",
        "other",
    )


def test_words_of_a_sentence_between_header_words_are_no_column() -> None:
    # 要对照 joins a sentence; two header words alone do not make a header
    assert _header("各责任单位要对照任务分工细化措施，抓好落实。") is None


def test_a_titles_words_run_on_into_a_header_are_no_columns() -> None:
    text = "某市2022年政务公开重点工作任务分工落实情况表\n序号\n工作任务\n责任单位\n完成时限"
    found = find_header(text, 0, len(text))
    assert found is not None
    assert text[found.start : found.end].startswith("序号")
    assert "other" not in found.roles


LAW_COLUMN = """\
某县林业局2023年政务公开工作任务清单
为做好林业领域信息公开，制定本清单。
序号公开事项法律依据责任股室公开时限
1林木采伐许可审批结果《中华人民共和国森林法》第五十六条资源股受理后10个工作日内
2古树名木保护名录《古树名木保护条例》保护股牵头，执法大队配合每年3月底前
3林业行政处罚决定《林业行政处罚程序规定》执法大队处罚决定作出后7个工作日内
4森林防火工作动态《森林防火条例》防火办每月
某县林业局
2023年3月1日
"""


def test_a_law_column_between_the_task_and_its_unit_is_kept_apart() -> None:
    plan = zwgk.read(LAW_COLUMN.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "林木采伐许可审批结果",
        "古树名木保护名录",
        "林业行政处罚决定",
        "森林防火工作动态",
    ]
    assert units_read(plan) == [
        ("资源股",),
        ("保护股", "执法大队"),
        ("执法大队",),
        ("防火办",),
    ]
    assert deadlines_read(plan) == [
        "受理后10个工作日内",
        "每年3月底前",
        "处罚决定作出后7个工作日内",
        "每月",
    ]
    assert plan.tasks[0].note == "《中华人民共和国森林法》第五十六条"
    assert all(t.section == () for t in plan.tasks)


START_AND_SCORE = """\
某县审计局2021年政务公开重点任务推进表
序号工作任务责任股室启动时间完成时间考核分值
1公开年度审计项目计划。办公室2021年2月2021年3月底前3分
2公开审计整改情况。法规审理股2021年5月整改期满后20个工作日内4分
3发布审计工作报告解读材料。综合股牵头，办公室配合2021年7月报告公布后5个工作日内2分
某县审计局
2021年1月20日
"""


def test_a_start_date_before_the_deadline_and_a_score_after_it_are_no_deadline() -> None:
    plan = zwgk.read(START_AND_SCORE.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开年度审计项目计划。",
        "公开审计整改情况。",
        "发布审计工作报告解读材料。",
    ]
    assert deadlines_read(plan) == [
        "2021年3月底前",
        "整改期满后20个工作日内",
        "报告公布后5个工作日内",
    ]
    assert [t.section for t in plan.tasks] == [()] * 3
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.units() == ("法规审理股",)


LEADERS = """\
某县信访局2022年政务公开工作任务分解表
序号工作任务分管领导责任股室完成时限
1公开信访事项办理流程和时限。王**办信股每季度
2公开领导干部接访下访安排。王**接访股负责，办公室配合每月
3公开信访工作年度报告。李*办公室2022年12月底前
某县信访局
2022年2月10日
"""


def test_a_leaders_masked_name_between_the_task_and_its_unit_is_no_unit() -> None:
    plan = zwgk.read(LEADERS.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开信访事项办理流程和时限。",
        "公开领导干部接访下访安排。",
        "公开信访工作年度报告。",
    ]
    assert units_read(plan) == [
        ("办信股",),
        ("接访股", "办公室"),
        ("办公室",),
    ]


LEADER_POSTS = """\
某县自然资源局2024年政务公开工作任务分解表
序号工作任务责任领导责任股室完成时限
1公开国土空间总体规划批准信息。分管副局长国土空间规划股批准后20个工作日内
2公开不动产登记办事指南和收费标准。总工程师不动产登记中心牵头，办公室配合2024年3月底前
3公开土地征收成片开发方案。党组成员、副局长耕地保护股每季度
4公开矿业权出让信息。四级调研员矿产资源股出让结果公示后5个工作日内
5公开本局部门预算和决算。局长办公室批复后20日内
某县自然资源局
2024年2月28日
"""


def test_a_leaders_post_between_the_task_and_its_unit_is_no_unit() -> None:
    # a post opening the cell before the units (局长|办公室), not its name's part
    plan = zwgk.read(LEADER_POSTS.encode(), format="text")
    assert units_read(plan) == [
        ("国土空间规划股",),
        ("不动产登记中心", "办公室"),
        ("耕地保护股",),
        ("矿产资源股",),
        ("办公室",),
    ]
    assert deadlines_read(plan)[1:3] == ["2024年3月底前", "每季度"]


def test_names_start_after_a_titles_close_and_hold_no_article_or_masked_name() -> None:
    def names(text: str) -> list[str]:
        return [text[a:b] for r in find_unit_runs(text) for a, b in r.units]

    assert names("《森林防火条例》防火办每月") == ["防火办"]
    assert names("王**办信股每季度") == ["办信股"]
    assert "第五十六条资源股" not in names("第五十六条资源股受理后10个工作日内")


SCORES = """\
某县档案馆2022年政务公开重点工作任务清单
序号工作任务责任科室完成时限分值
1公开馆藏档案开放目录。利用科每季度2分
2公开档案查阅利用办事指南。利用科长期坚持3分
3发布档案工作政策解读材料。办公室文件印发后5个工作日内4分
4编制政府信息公开工作年度报告。办公室2023年1月31日前2分
某县档案馆
2022年3月1日
"""


def test_a_score_closing_a_row_is_no_number_of_the_next() -> None:
    # each row's score is the next row's number: still a quantity (分), not
    # the 序号 of a row run on after it
    plan = zwgk.read(SCORES.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.note for t in plan.tasks] == ["2分", "3分", "4分", "2分"]
    assert deadlines_read(plan) == [
        "每季度",
        "长期坚持",
        "文件印发后5个工作日内",
        "2023年1月31日前",
    ]


def test_a_plan_signed_by_an_archive_closes_with_its_signature() -> None:
    # 馆 ends an organisation's name as 局 does: the signature is no row
    plan = zwgk.read(SCORES.encode(), format="text")
    assert plan.tasks[-1].text == "编制政府信息公开工作年度报告。"
    assert plan.issuer == "某县档案馆"


OFFICE_SIGNS = """\
某某大学2023年信息公开工作要点
为深入贯彻《高等学校信息公开办法》,进一步提高学校管理透明度,制定本要点。
一、推进重点信息公开
1.公开学校章程和规章制度,根据机构调整及时更新。
责任部门：党政办公室主责,组织部参与
2.公开本科生招生章程和录取结果。
责任部门：本科生招生办公室、研究生院
3.公开学校年度财务预算和决算。
责任部门：财务处
二、工作要求
1.各单位要高度重视信息公开工作,明确一名信息员。
2.信息公开工作纳入年度考核,对落实不力的予以通报。
某某大学党政办公室
2023年3月6日
"""


def test_the_office_signing_for_the_body_the_title_names_is_the_issuer() -> None:
    plan = zwgk.read(OFFICE_SIGNS.encode(), format="text")
    assert len(plan.tasks) == 3
    assert plan.issuer == "某某大学党政办公室"


NOTICE_OFFICE_SIGNS = """\
关于印发《某某水务集团有限公司2023年办事公开工作要点》的通知
某水司〔2023〕5号
各部门、各分公司：
现将工作要点印发给你们，请认真贯彻落实。
某某水务集团有限公司2023年办事公开工作要点
一、公开供水服务信息
1.公开供水价格和收费标准。（责任部门：营销部）
2.公开停水计划和抢修进度。（责任部门：调度中心）
某某水务集团有限公司办公室
2023年2月20日
"""


def test_a_notices_office_signing_for_the_company_its_title_names_is_the_issuer() -> None:
    plan = zwgk.read(NOTICE_OFFICE_SIGNS.encode(), format="text")
    assert plan.doc_number == "某水司〔2023〕5号"
    assert plan.issuer == "某某水务集团有限公司办公室"


def test_names_start_after_a_count_a_quota_cell_states() -> None:
    # (a 量化指标 cell run into the unit cell: …不少于10项|群众体育科)
    def names(text: str) -> list[str]:
        return [text[a:b] for r in find_unit_runs(text) for a, b in r.units]

    assert names("全年不少于10项群众体育科2024年3月底前") == ["群众体育科"]
    assert names("新建健身路径不少于8处群众体育科牵头，各镇（街道）配合") == [
        "群众体育科",
        "各镇（街道）",
    ]


SOURCES = """\
某区水务局2024年政务公开工作任务分解表
序号任务来源工作任务责任科室完成时限
1区要点第3条公开水资源管理和取水许可审批结果。水资源科2024年6月底前
2区要点第3条公开河湖长制工作动态。河湖科牵头，各街道配合每季度
3区要点第8条公开防汛抗旱应急预案和抢险队伍信息。防汛办牵头，各街道配合汛期前
4区要点第12条公开本局部门预决算和“三公”经费情况。财务科批复后20日内
某区水务局
2024年2月26日
"""


def test_a_tasks_source_before_its_text_is_kept_beside_it() -> None:
    # 任务来源 names 任务 but is no task column; a last cell the deadline
    # grammar cannot read (汛期前) ends the row as written
    plan = zwgk.read(SOURCES.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开水资源管理和取水许可审批结果。",
        "公开河湖长制工作动态。",
        "公开防汛抗旱应急预案和抢险队伍信息。",
        "公开本局部门预决算和“三公”经费情况。",
    ]
    notes = ["区要点第3条", "区要点第3条", "区要点第8条", "区要点第12条"]
    assert [t.note for t in plan.tasks] == notes
    assert units_read(plan) == [
        ("水资源科",),
        ("河湖科", "各街道"),
        ("防汛办", "各街道"),
        ("财务科",),
    ]


KINDS = """\
某县市场监督管理局2024年政务公开工作任务分工
序号任务类型工作任务责任股室完成时限
1基础公开市场主体登记注册办事指南。登记注册股2024年3月底前
2重点做好食品安全抽检结果公开。食品安全股牵头，各市场监管所配合每季度
3基础公开行政处罚决定信息。执法大队处罚决定作出后7个工作日内
4创新公开“双随机、一公开”抽查结果。信用监管股抽查结束后20个工作日内
5重点公开特种设备安全监察信息。特种设备股每半年
6创新编制并公开涉企收费目录清单。价格监督股2024年6月底前
某县市场监督管理局
2024年2月20日
"""


def test_a_kind_between_the_serial_and_the_task_is_kept_beside_it() -> None:
    # 任务类型 names 任务 but is no task column; its cells open the rows,
    # one of them a word that reads as a verb (重点|做好…, 重点|公开…)
    plan = zwgk.read(KINDS.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开市场主体登记注册办事指南。",
        "做好食品安全抽检结果公开。",
        "公开行政处罚决定信息。",
        "公开“双随机、一公开”抽查结果。",
        "公开特种设备安全监察信息。",
        "编制并公开涉企收费目录清单。",
    ]
    assert [t.note for t in plan.tasks] == ["基础", "重点", "基础", "创新", "重点", "创新"]
    assert units_read(plan) == [
        ("登记注册股",),
        ("食品安全股", "各市场监管所"),
        ("执法大队",),
        ("信用监管股",),
        ("特种设备股",),
        ("价格监督股",),
    ]


def test_a_kind_column_of_a_word_table_is_kept_beside_the_task(tmp_path: Path) -> None:
    rows = [
        ["序号", "任务类型", "工作任务", "责任股室", "完成时限"],
        ["1", "常规", "公开行政处罚决定信息。", "执法大队", "2024年6月底前"],
        ["2", "新增", "公开涉企收费目录清单。", "价格监督股", "每季度"],
    ]
    plan = zwgk.read(table_docx(tmp_path, "某县市场监督管理局2024年政务公开工作任务分工", rows))
    assert [t.text for t in plan.tasks] == ["公开行政处罚决定信息。", "公开涉企收费目录清单。"]
    assert [t.note for t in plan.tasks] == ["常规", "新增"]
    assert units_read(plan) == [("执法大队",), ("价格监督股",)]


UNCLOSED_QUOTE = """\
某市2022年政务公开工作任务分工
序号责任单位工作任务完成时限
1市发改委、市统计局围绕做好“六稳”工作、落实“六?任务，做好经济数据发布解读。2022年6月底前
2市财政局公开预算决算信息。每年
3市政府办公室更新政府信息公开指南。2022年3月底前
"""


def test_a_row_whose_page_lost_a_closing_quote_is_still_cut() -> None:
    # a cell never ends inside brackets the row closes; a quote a mirror
    # left open makes no cut impossible
    plan = zwgk.read(UNCLOSED_QUOTE.encode(), format="text")
    first = plan.tasks[0]
    assert first.responsibility is not None
    assert first.responsibility.units() == ("市发改委", "市统计局")
    assert first.text.startswith("围绕做好")
    assert first.deadline is not None and first.deadline.raw == "2022年6月底前"


SCORES_UNDER_MERGED_UNITS = """\
某县司法局2022年政务公开工作任务分工表
序号工作任务责任股室完成时限分值
一、推进决策公开
1.公开重大行政决策事项目录，做好决策草案意见征集。办公室2022年6月底前3分
2.做好决策执行情况的公开，及时回应社会关切。4分
3.推进行政复议决定书公开，做好年度报告编制。2分
二、加强政策解读
4.落实解读方案与文件同步报审制度，2022年11月底前，完成本局规范性文件解读材料的补充上网工作。2分
5.围绕法律援助政策开展图文解读和在线访谈3分
某县司法局
2022年3月1日
"""


def test_a_score_closing_a_row_whose_units_and_deadline_are_lost_is_kept_apart() -> None:
    # a web copy lost the merged unit and deadline cells: the score after the
    # text is still its own column's, not the text's
    plan = zwgk.read(SCORES_UNDER_MERGED_UNITS.encode(), format="text")
    assert [t.note for t in plan.tasks] == ["3分", "4分", "2分", "2分", "3分"]
    assert plan.tasks[1].text == "做好决策执行情况的公开，及时回应社会关切。"
    assert plan.tasks[4].text == "围绕法律援助政策开展图文解读和在线访谈"


def test_a_text_cell_does_not_end_inside_its_sentence() -> None:
    # a date inside a requirement's sentence (…制度，2022年11月底前，完成…)
    # is no deadline cell that cuts the row
    plan = zwgk.read(SCORES_UNDER_MERGED_UNITS.encode(), format="text")
    fourth = plan.tasks[3]
    assert fourth.text.startswith("落实解读方案") and fourth.text.endswith("补充上网工作。")


SCORES_ONLY = """\
某市2022年政务公开工作考核任务表
序号工作任务责任单位完成时限分值
一、深化重点领域信息公开
1.主动公开本地区规划纲要和专项规划，做好历史规划的归集整理工作。3分
2.稳步扩大财政预决算公开范围，推进乡镇预算、决算公开。4分
3.更新完善权责清单和机构职能目录，并按要求公开。2分
"""


def test_a_score_after_each_rows_last_sentence_is_read_as_its_column() -> None:
    # the reading that keeps each score in the text is the less plausible:
    # a count alone after a task's last sentence is a cell of its own
    plan = zwgk.read(SCORES_ONLY.encode(), format="text")
    assert [t.note for t in plan.tasks] == ["3分", "4分", "2分"]
    assert all(t.text.endswith("。") for t in plan.tasks)


BASES_ONLY = """\
某县2022年政务公开重点任务表
序号工作任务政策依据责任单位完成时限
一、深化重点领域信息公开
1.主动公开本地区规划纲要和专项规划，做好历史规划的归集整理工作。《政府信息公开条例》第20条
2.稳步扩大财政预决算公开范围，推进乡镇预算、决算公开。《预算法》第十四条第二款
3.更新完善权责清单和机构职能目录，并按要求公开。《政府信息公开条例》第20条
"""


def test_a_documents_articles_after_each_rows_last_sentence_are_read_as_their_column() -> None:
    plan = zwgk.read(BASES_ONLY.encode(), format="text")
    assert [t.note for t in plan.tasks] == [
        "《政府信息公开条例》第20条",
        "《预算法》第十四条第二款",
        "《政府信息公开条例》第20条",
    ]
    assert all(t.text.endswith("。") for t in plan.tasks)


AUDIENCES = """\
某县统计局2022年政务公开事项清单
序号公开事项公开内容公开范围责任股室公开时限
1统计公报公开年度国民经济和社会发展统计公报。全社会综合股2022年4月底前
2统计执法公开统计行政处罚决定。特定对象执法股牵头，办公室配合处罚决定作出后7个工作日内
3统计数据公开月度主要统计数据。社会公众综合股每月
某县统计局
2022年3月1日
"""


def test_a_cell_of_whom_a_task_is_disclosed_to_is_no_unit_and_no_note() -> None:
    # 公开范围 (全社会, 特定对象) stands between the content and the unit cell
    plan = zwgk.read(AUDIENCES.encode(), format="text")
    units = units_read(plan)
    assert units == [("综合股",), ("执法股", "办公室"), ("综合股",)]
    assert [t.note for t in plan.tasks] == [
        "公开年度国民经济和社会发展统计公报。",
        "公开统计行政处罚决定。",
        "公开月度主要统计数据。",
    ]
    kept = [r.text for r in plan.residue]
    assert all(audience in kept for audience in ("全社会", "特定对象", "社会公众"))


CONTACTS = """\
某县信访局2023年政务公开工作任务分解表
序号工作任务责任科室联系人完成时限
1公开信访事项受理范围和办理程序。办公室郭**13800000000长期坚持
2公开领导干部接访下访安排。来访接待科负责，督查科监督王*0350-3036705接访前3个工作日
3公开信访事项办理结果。办信科李**0350-3036712每季度
某县信访局
2023年3月1日
"""


def test_a_contact_cell_between_the_units_and_the_deadline_is_neither() -> None:
    # a masked name ends the unit's name before it; the header's 联系人 column
    # is kept beside the task, not in its units, its text or its deadline
    plan = zwgk.read(CONTACTS.encode(), format="text")
    assert [t.text for t in plan.tasks] == [
        "公开信访事项受理范围和办理程序。",
        "公开领导干部接访下访安排。",
        "公开信访事项办理结果。",
    ]
    units = units_read(plan)
    assert units == [("办公室",), ("来访接待科", "督查科"), ("办信科",)]
    deadlines = deadlines_read(plan)
    assert deadlines == ["长期坚持", "接访前3个工作日", "每季度"]


CHANNELS_BEFORE_THE_DEADLINE = """\
某县林业局2022年政务公开工作任务表
序号工作任务责任股室公开方式完成时限
1公开林木采伐许可审批结果。资源股政府网站、公示栏受理后10个工作日内
2公开森林防火工作动态。防火办牵头，办公室配合政府网站每月
3公开部门预算和决算。办公室政府网站2022年6月底前
4公开林业行政处罚决定。执法大队公示栏处罚决定作出后7个工作日内
"""


def test_a_channels_cell_between_the_units_and_the_deadline_is_the_note() -> None:
    # a count back from an event starts where the channels the note lists end
    plan = zwgk.read(CHANNELS_BEFORE_THE_DEADLINE.encode(), format="text")
    units = units_read(plan)
    assert units == [("资源股",), ("防火办", "办公室"), ("办公室",), ("执法大队",)]
    assert [t.note for t in plan.tasks] == ["政府网站、公示栏", "政府网站", "政府网站", "公示栏"]
    deadlines = deadlines_read(plan)
    assert deadlines == ["受理后10个工作日内", "每月", "2022年6月底前", "处罚决定作出后7个工作日内"]


QUARTERS = """\
某区残疾人联合会2022年政务公开工作任务安排表
序号工作任务责任部门进度安排
一季度二季度三季度四季度
1公开残疾人两项补贴政策和发放情况。康复部公开政策公开发放情况公开发放情况公开发放情况
2公开残疾人辅助器具适配项目和申请流程。康复部牵头，各街道残联配合—公开流程组织适配公开结果
3公开部门预算、决算。财务室公开预算—公开决算—
某区残疾人联合会
2022年3月10日
"""


def test_a_schedule_over_a_header_row_of_quarters_is_kept_beside_each_task() -> None:
    # 进度安排 over 一季度…四季度: the quarters' row is the header's, no
    # heading; each row's cells over them are its schedule, no deadline
    assert _header(QUARTERS.split("\n", 1)[1]) == ("number", "text", "resp", "other")
    plan = zwgk.read(QUARTERS.encode(), format="text")
    assert [t.section for t in plan.tasks] == [()] * 3
    assert [t.text for t in plan.tasks] == [
        "公开残疾人两项补贴政策和发放情况。",
        "公开残疾人辅助器具适配项目和申请流程。",
        "公开部门预算、决算。",
    ]
    units = units_read(plan)
    assert units == [("康复部",), ("康复部", "各街道残联"), ("财务室",)]
    assert [t.deadline for t in plan.tasks] == [None] * 3
    assert plan.tasks[2].note == "公开预算—公开决算—"


INDICATORS = """\
某区经济和信息化局2023年政务公开重点工作推进表
序号工作任务工作措施考核指标责任股室完成时限
1惠企政策公开集中公开工业和信息化领域惠企政策，建立政策清单。政策公开率100%产业发展股2023年4月底前
2企业技改项目公开技术改造项目申报指南和评审结果。结果公示不少于5个工作日技术改造股评审结束后10个工作日内
3部门预决算公开部门预算、决算和“三公”经费。按时公开财务股批复后20日内
"""


def test_an_indicator_column_after_the_text_is_no_heading() -> None:
    # 考核指标 names a kind, as 一级指标 does, but right of the task's text it
    # is what the task is measured by: kept beside it, the unit after it
    assert _header(INDICATORS.split("\n", 1)[1]) == (
        "number",
        "text",
        "text",
        "other",
        "resp",
        "deadline",
    )
    plan = zwgk.read(INDICATORS.encode(), format="text")
    assert [t.text for t in plan.tasks] == ["惠企政策公开", "企业技改项目", "部门预决算"]
    assert [t.section for t in plan.tasks] == [()] * 3
    units = units_read(plan)
    assert units == [("产业发展股",), ("技术改造股",), ("财务股",)]
    deadlines = deadlines_read(plan)
    assert deadlines == ["2023年4月底前", "评审结束后10个工作日内", "批复后20日内"]


SEASONS = """\
某县水利局2024年政务公开工作任务清单
序号工作任务责任股室完成时限
1公开水利工程建设项目审批结果。建设管理股2024年6月底前
2公开小型水库安全运行管理责任人名单。工程管理股汛前
3公开河湖长名单和巡河情况。河长制工作股每季度
4公开防汛抗旱应急预案。水旱灾害防御股供暖期前
"""


def test_a_last_cell_of_time_the_grammar_cannot_read_ends_the_units_before_it() -> None:
    # 汛前, 供暖期前: the row's deadline cell as written, not understood (kept
    # and reported); the unit before it is the row's own, not the row above's
    plan = zwgk.read(SEASONS.encode(), format="text")
    units = units_read(plan)
    assert units == [("建设管理股",), ("工程管理股",), ("河长制工作股",), ("水旱灾害防御股",)]
    assert [t.text for t in plan.tasks][1] == "公开小型水库安全运行管理责任人名单。"
    assert deadlines_read(plan) == [
        "2024年6月底前",
        None,
        "每季度",
        None,
    ]
    unread = [r.text for r in plan.residue if r.reason == "deadline not understood"]
    assert unread == ["汛前", "供暖期前"]


SCORE_FIRST = """\
某县水利局2024年政务公开工作任务表
对照县政务公开考核细则，将我局任务及分值分解如下。
序号分值工作任务责任股室完成时限
12分公开水利工程建设项目审批结果。规划建设股审批后20个工作日内
23分公开河湖长制工作动态。河湖长制办公室每季度
30.5分公开取水许可审批信息。水资源股2024年6月底前
42分公开水旱灾害防御预案。防汛办汛期前
51分公开农村饮水安全工程运行管理情况。农水股牵头，水利站配合每半年
62分公开水土保持方案审批结果。水保股审批后7个工作日内
71.5分公开水利资金分配结果。计财股2024年9月底前
82分公开水利工程质量监督情况。质监站长期坚持
93分公开河道采砂许可信息。河道管理所许可后5个工作日内
102分公开本局部门预算、决算。计财股2024年8月底前
111分公开政务公开工作年度报告。办公室2024年1月底前
某县水利局
2024年3月1日
"""


def test_a_score_cell_run_into_the_serial_before_it_is_told_apart() -> None:
    # 12分公开… is row 1 with 2分, 102分 row 10: the digits the numbering goes on with
    plan = zwgk.read(SCORE_FIRST.encode(), format="text")
    assert [t.number for t in plan.tasks] == list(range(1, 12))
    assert [t.note for t in plan.tasks][:3] == ["2分", "3分", "0.5分"]
    assert plan.tasks[0].text == "公开水利工程建设项目审批结果。"
    assert plan.tasks[9].text == "公开本局部门预算、决算。"
    assert units_read(plan)[4] == (
        "农水股",
        "水利站",
    )
    assert deadlines_read(plan)[9] == "2024年8月底前"
