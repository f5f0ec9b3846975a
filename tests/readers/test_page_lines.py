"""Pages saved on one line: the chrome around the plan is set aside, the plan is read."""

from __future__ import annotations

import zwgk
from zwgk import Role
from zwgk._chrome import REASON_CHROME

_CHROME = (
    "当前位置： 首页 政务公开 政府信息公开 某市某局关于印发2022年政务公开工作任务分解表的通知 "
    "来源：某市某局 时间：2022-06-08 08:53 微信 微博 QQ空间 文字版 相关链接： --> "
)
_PLAN = (
    "各科室： 现将《某市某局2022年政务公开工作任务分解表》印发给你们，请认真组织实施。 "
    "某市某局 2022年6月7日 附件 2022年政务公开工作任务分解表 工作任务 责任单位 "
    "一、加强政策解读 1.及时解读本局出台的政策文件，回应社会关切。 办公室 "
    "2.做好政务新媒体管理，定期更新发布内容。 办公室 "
    "二、做好依申请公开 3.规范依申请公开办理流程，按时答复申请人。 法规科 "
)
_FOOT = "某市某局关于印发2022年政务公开工作任务分解表的通知.pdf 附件下载 打印本页 关闭窗口"


def test_a_page_on_one_line_reads_its_plan_and_sets_its_chrome_aside() -> None:
    plan = zwgk.read((_CHROME + _PLAN + _FOOT).encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[2].text == "规范依申请公开办理流程，按时答复申请人。"
    assert plan.tasks[2].responsibility is not None
    assert plan.tasks[2].responsibility.raw == "法规科"
    chrome = " ".join(r.text for r in plan.residue if r.reason == REASON_CHROME)
    assert "当前位置" in chrome and "附件下载" in chrome and ".pdf" in chrome


def test_a_short_chrome_line_is_still_chrome_whole() -> None:
    plan = zwgk.read(
        ("当前位置： 首页 政务公开\n" + _PLAN.replace(" ", "\n")).encode(), format="text"
    )
    assert len(plan.tasks) == 3
    assert any(r.text.startswith("当前位置") and r.reason == REASON_CHROME for r in plan.residue)


def test_a_back_link_above_the_title_is_chrome_not_the_titles() -> None:
    text = (
        "返回上一级\n\n字号\n\n打印\n某区卫生健康委员会2024年政务公开工作要点\n"
        "一、加强政策解读\n1.及时解读本委出台的政策文件。（责任科室：办公室）\n"
        "2.做好政务新媒体管理。（责任科室：宣传科）\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert plan.title == "某区卫生健康委员会2024年政务公开工作要点"
    assert any(r.text == "返回上一级" and r.reason == REASON_CHROME for r in plan.residue)


def test_a_breadcrumb_alone_on_its_line_is_chrome_whatever_its_first_crumb() -> None:
    # 诸暨市人民政府 > 部门信息公开 > …: no 首页 or 当前位置 before it, its last crumb is
    # not the title's first words
    plan = zwgk.read(
        (
            "某市人民政府 > 部门信息公开 > 市某局 > 计划总结\n"
            "某市某局2022年政务公开工作任务分解表\n" + _PLAN.replace(" ", "\n")
        ).encode(),
        format="text",
    )
    assert plan.title is not None and "计划总结" not in plan.title
    assert len(plan.tasks) == 3
    assert any(r.text.endswith("计划总结") and r.reason == REASON_CHROME for r in plan.residue)


def test_a_breadcrumb_glued_to_the_page_text_is_cut_at_its_last_separator() -> None:
    page = (
        "当前位置：首页>政务公开>通知公告某区人民政府办公室关于印发某区2023年政务公开工作要点的通知"
        "各街道办事处，区直各部门：现将《某区2023年政务公开工作要点》印发给你们，请认真抓好落实。"
        "某区人民政府办公室2023年5月19日某区2023年政务公开工作要点"
        "一、强化政策解读（一）政策文件同步发布解读材料。牵头单位：区政府办公室；完成时限：长期坚持。"
        "（二）开展惠民政策宣讲。责任单位：区农业农村局；完成时限：2023年10月底前。"
        "二、深化重点领域公开（一）公开区级财政预决算。责任单位：区财政局；完成时限：2023年9月底前。"
    )
    plan = zwgk.read(page.encode(), format="text")
    assert len(plan.tasks) == 3
    assert plan.tasks[2].responsibility is not None
    assert plan.tasks[2].responsibility.raw == "区财政局"
    chrome = [r.text for r in plan.residue if r.reason == REASON_CHROME]
    assert chrome == ["当前位置：首页>政务公开>"]


def test_a_toolbar_and_a_footer_glued_to_the_page_text_are_set_aside() -> None:
    page = (
        "当前位置：首页>信息公开>政策文件>某市人民政府办公室关于印发某市2022年政务公开工作要点的通知"
        "发布时间：2022-04-20来源：某市人民政府办公室浏览次数：【字体：大中小】"
        "某市人民政府办公室关于印发某市2022年政务公开工作要点的通知各乡镇人民政府，市直各部门："
        "现将《某市2022年政务公开工作要点》印发给你们，请认真贯彻执行。某市人民政府办公室2022年4月18日"
        "某市2022年政务公开工作要点一、推进经济领域信息公开（一）优化营商环境信息公开"
        "1.公开政务服务事项办事指南，实现线上线下同源发布。牵头单位：市政务服务管理局；配合单位：市直各有关部门。"
        "2.公开惠企政策兑现情况。牵头单位：市工业商务和信息化局；配合单位：市财政局。"
        "（二）加强重大项目信息公开3.公开政府投资重大建设项目批准和实施信息。牵头单位：市发展和改革局。"
        "【打印本页】【关闭窗口】主办单位：某市人民政府办公室技术支持：某市融媒体中心滇ICP备12004581号-1"
    )
    plan = zwgk.read(page.encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.tasks[2].responsibility is not None
    assert plan.tasks[2].responsibility.raw == "市发展和改革局"
    chrome = " ".join(r.text for r in plan.residue if r.reason == REASON_CHROME)
    assert "【字体：大中小】" in chrome and "ICP备" in chrome and "牵头单位" not in chrome


def test_a_footer_after_the_last_clause_of_a_page_joined_by_spaces_is_set_aside() -> None:
    page = (
        "某镇2024年政务公开工作要点 一、推进重点领域公开 （一）财务公开 "
        "1.公开镇级预算、决算和“三公”经费。（责任单位：镇财政所） "
        "2.公开村级财务收支情况。（责任单位：镇农经站） （二）村务公开 "
        "1.推进村务公开规范化，按月公开集体财务收支情况。"
        "（牵头单位：镇农业农村局；配合单位：各村（社区）） "
        "【打印本页】 【关闭窗口】 某市人民政府办公室主办 版权所有 苏ICP备05012806号 "
        "扫一扫在手机打开当前页 主办：某市人民政府办公室"
    )
    plan = zwgk.read(page.encode(), format="text")
    assert plan.tasks[-1].text == "推进村务公开规范化，按月公开集体财务收支情况。"
    chrome = " ".join(r.text for r in plan.residue if r.reason == REASON_CHROME)
    assert "【打印本页】" in chrome and "主办：" in chrome


def test_a_toolbar_of_bracketed_buttons_alone_on_its_line_is_chrome() -> None:
    # a table saved on one line, the toolbar on the next: not the last row's text
    page = (
        "某医院2023年院务公开工作方案\n"
        "序号公开事项牵头部门配合部门公开时限"
        "1公开医院基本概况和门诊出诊时间。门诊部医务部、信息中心及时更新"
        "2公开医疗服务价格和常用药品价格。财务部药学部、医学装备部价格调整后5个工作日内"
        "3编制并公开医院年度院务公开工作报告。院长办公室各职能部门2023年3月31日前\n"
        "【打印】【关闭】\n"
    )
    plan = zwgk.read(page.encode(), format="text")
    last = plan.tasks[-1]
    assert last.text == "编制并公开医院年度院务公开工作报告。"
    assert last.responsibility is not None
    assert last.responsibility.leads == ("院长办公室",)
    assert last.responsibility.units(Role.ASSIST) == ("各职能部门",)
    # offices named …部, the lead's cell run into the assist cell
    first = plan.tasks[0].responsibility
    assert first is not None and first.leads == ("门诊部",)
    assert first.units(Role.ASSIST) == ("医务部", "信息中心")
    assert any(r.text == "【打印】【关闭】" and r.reason == REASON_CHROME for r in plan.residue)


def test_the_foot_of_a_page_under_its_last_paragraph_is_chrome() -> None:
    page = (
        "某县2024年政务公开工作要点\n"
        "一、以政务公开提升治理能力\n"
        "（一）规范依申请公开办理。统一答复文书格式。责任单位：县司法局。\n"
        "（二）深化基层政务公开。更新政务公开事项标准目录。由县政府办牵头，各乡镇（街道）配合。\n"
        "扫一扫在手机打开当前页 【打印】【关闭】\n"
        "相关解读：《2024年某县政务公开工作要点》政策解读\n"
    )
    plan = zwgk.read(page.encode(), format="text")
    assert [t.label for t in plan.tasks] == ["（一）", "（二）"]
    chrome = [r.text for r in plan.residue if r.reason == REASON_CHROME]
    assert any(c.startswith("扫一扫") for c in chrome)
    assert any(c.startswith("相关解读") for c in chrome)


def test_a_mirror_that_masked_its_numerals_saved_on_one_line_reads_its_tasks() -> None:
    page = (
        "某市2022年政务公开工作要点_某某体育app:官方网站 首页 > 资讯中心 > 政策文件 "
        "某市2022年政务公开工作要点 为贯彻落实上级部署，结合我市实际，制定本要点。 "
        "*、围绕稳住经济大盘加强政策信息公开 "
        "（*）加强惠企政策集中公开。集中发布减税降费政策。"
        "（牵头单位：市发展改革委；责任单位：市直有关单位） "
        "（*）做好政策解读回应。解读材料在文件公开后3个工作日内发布。（牵头单位：市政府办公室） "
        "*、围绕保障改善民生加强信息公开 "
        "（*）推进社会救助信息公开。按季度公开资金发放情况。（牵头单位：市民政局） "
    )
    plan = zwgk.read(page.encode(), format="text")
    assert [(t.label, t.number, t.section[-1]) for t in plan.tasks] == [
        ("（*）", None, "围绕稳住经济大盘加强政策信息公开"),
        ("（*）", None, "围绕稳住经济大盘加强政策信息公开"),
        ("（*）", None, "围绕保障改善民生加强信息公开"),
    ]
    last = plan.tasks[2].responsibility
    assert last is not None and last.leads == ("市民政局",)


_FIELDS_PLAN = (
    "某县审计局2017年政务公开工作要点\n"
    "1.公开年度审计工作报告和审计结果公告。\n"
    "承办单位：法规审理股\n"
    "完成时间：县人大常委会审议后10个工作日内\n"
    "2.公开审计查出问题整改情况。\n"
    "承办单位：财政金融审计股；协办单位：各业务股\n"
    "完成时间：2017年12月底前\n"
)


def test_a_tasks_owner_field_line_is_read_a_sites_runner_line_is_chrome() -> None:
    footer = "主办单位：某县人民政府办公室\n承办单位：某县信息中心\n网站标识码：3509000000\n"
    for form in ("text", "html"):
        page = _FIELDS_PLAN + footer
        if form == "html":
            paragraphs = "".join(f"<p>{ln}</p>" for ln in page.split("\n"))
            page = f"<html><body>{paragraphs}</body></html>"
        plan = zwgk.read(page.encode(), format=form)
        owners = [t.responsibility.raw if t.responsibility else None for t in plan.tasks]
        assert owners == ["法规审理股", "财政金融审计股；各业务股"], form
        assert plan.tasks[1].responsibility is not None
        roles = [(a.unit, a.role) for a in plan.tasks[1].responsibility.assignments]
        assert roles == [("财政金融审计股", Role.OWNER), ("各业务股", Role.ASSIST)], form
        chrome = " ".join(r.text for r in plan.residue if r.reason == REASON_CHROME)
        assert "某县信息中心" in chrome and "某县人民政府办公室" in chrome, form


def test_a_sites_menu_of_versions_above_the_title_is_chrome() -> None:
    for menu in (
        "丨  网站无障碍 丨 关怀版",
        "简体| 繁体 无障碍 长者模式",
        "无障碍阅读 关怀版 返回首页",
        "智能问答 长者模式 登录| 注册",
    ):
        text = f"{menu}\n\n某某区2022年政务公开工作要点\n\n一、加强政策解读\n1.及时解读政策文件。\n"
        plan = zwgk.read(text.encode(), format="text")
        assert plan.title == "某某区2022年政务公开工作要点", menu
        assert any(r.text == menu.strip() and r.reason == REASON_CHROME for r in plan.residue)
    # a task about the same words is a task
    plan = zwgk.read("一、优化网站\n1.推进网站无障碍改造。\n2.开通关怀版。".encode(), format="text")
    assert [t.text for t in plan.tasks] == ["推进网站无障碍改造。", "开通关怀版。"]


def test_a_pictures_placeholder_above_the_title_is_chrome() -> None:
    for placeholder in ("图片", "[图片]", "圖片", "image"):
        lines = ["（此件公开）", placeholder, "某某区2022年政务公开工作要点", "一、加强政策解读"]
        text = "\n\n".join(lines) + "\n1.及时解读政策文件。\n"
        plan = zwgk.read(text.encode(), format="text")
        assert plan.title == "某某区2022年政务公开工作要点", placeholder
        assert any(r.text == placeholder and r.reason == REASON_CHROME for r in plan.residue)
    # a task about pictures is a task
    plan = zwgk.read("一、优化网站\n1.规范图片发布。\n2.压缩图片。\n".encode(), format="text")
    assert [t.text for t in plan.tasks] == ["规范图片发布。", "压缩图片。"]


def test_a_bracket_clause_with_a_bare_time_field_gives_the_deadline() -> None:
    page = (
        "一、推进重点领域信息公开1.公开镇级财政预决算。"
        "（牵头：财政所 配合：各村（社区） 时限：2023年6月底前）"
        "2.公开乡村振兴衔接资金项目。（牵头：乡村振兴办 时限：每季度）"
        "二、强化政策解读3.及时回应热线反映的问题。（负责：党政综合办公室 时限：法定时限内）"
    )
    plan = zwgk.read(page.encode(), format="text")
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2023年6月底前",
        "每季度",
        "法定时限内",
    ]
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "财政所；各村（社区）",
        "乡村振兴办",
        "党政综合办公室",
    ]


def test_a_title_among_the_chrome_that_opens_a_page_on_one_line_is_kept() -> None:
    # breadcrumb, title, the page's fields and toolbar, then the plan, on one line
    text = (
        "首页 > 检务公开 > 工作计划 某县人民检察院2023年检务公开工作要点 "
        "发布时间：2023-03-20 09:41:16 来源：某县人民检察院 【字体：大 中 小】 "
        "为深入推进检务公开，结合本院工作实际，制定本要点。 一、深化案件信息公开 "
        "（一）及时发布重要案件信息。（责任部门：案件管理部） "
        "（二）完善案件程序性信息查询服务。（责任部门：案件管理部）\n"
    )
    plan = zwgk.read_text(text)
    assert plan.title == "某县人民检察院2023年检务公开工作要点"
    assert plan.issuer == "某县人民检察院"
    assert len(plan.tasks) == 2
    chrome = [r.text for r in plan.residue if r.reason == "site chrome"]
    assert chrome and all("工作要点" not in c for c in chrome)


def test_a_notices_title_among_a_pages_chrome_stays_chrome() -> None:
    text = (
        "首页>县直部门>县医疗保障局>政策文件 某县医疗保障局关于印发2021年政务公开工作要点的通知 "
        "来源：某县医疗保障局 发布时间：2021-03-22 局机关各股室：现将《某县医疗保障局2021年政务公开"
        "工作要点》印发给你们，请认真落实。 一、加强政策解读 "
        "（一）做好医保政策解读。（责任股室：办公室） "
        "（二）及时公开医保基金使用情况。（责任股室：基金股） 二、强化平台建设 "
        "（三）及时更新门户网站栏目。（责任股室：办公室）\n"
    )
    plan = zwgk.read_text(text)
    assert plan.title == "某县医疗保障局2021年政务公开工作要点"


def test_a_pages_menu_items_under_bullets_are_no_head_of_the_title() -> None:
    text = (
        "政务公开  >  政府信息公开\n  • 政府信息公开指南\n\n  • 依申请公开\n\n"
        "    2021年某市卫生健康委政务公开工作要点\n\n一、加强政策解读\n1.及时解读政策文件。\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    assert plan.title == "2021年某市卫生健康委政务公开工作要点"
