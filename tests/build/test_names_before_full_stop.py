"""A paragraph whose requirements each close with a bracket of units right
before their full stop, with no role word: the brackets are the task's
responsibility, in order; a bracket that qualifies the word before it
(村（社区）) stays in the text, and a bracket of names the page cut at its
end is the last of them."""

from __future__ import annotations

import zwgk

PLAN = """2024年某区政务公开工作要点
一、深化重点领域信息公开
（一）围绕重大战略做好信息公开。依法公开经济领域工作推进落实情况(区政府各部门、各街镇)。做好资源配置方面工作的公开和解读(区发展改革委、区经委)。将公开触角延伸至村(社区)。
（二）围绕经济发展做好信息公开。做好计划执行情况的公开（区发展改革委、区重大办）。做好营商环境政策公开,为企业纾困解难(区发展改革委、区市场监管局、区政府"""


def test_brackets_of_names_before_each_full_stop_are_the_responsibility() -> None:
    plan = zwgk.read_text(PLAN)
    first, second = plan.tasks
    assert first.text == (
        "围绕重大战略做好信息公开。依法公开经济领域工作推进落实情况。"
        "做好资源配置方面工作的公开和解读。将公开触角延伸至村(社区)。"
    )
    assert first.responsibility is not None
    assert first.responsibility.raw == "区政府各部门、各街镇；区发展改革委、区经委"
    assert second.text.endswith("为企业纾困解难")
    assert second.responsibility is not None
    assert [a.unit for a in second.responsibility.assignments] == [
        "区发展改革委",
        "区重大办",
        "区市场监管局",
        "区政府",
    ]
