"""Short rows of a table copied with its cells run together, one a line under
a header run together too: a requirement, a short unit name with no level
(林政股, 民政所, 计划财务科) or a lead and an assist glued by role words, and a
deadline cell (长期坚持, 第三季度, 按季度).  Nothing but what the cells say
tells them apart: the rows of many such tables, made from the words offices
use, read as they were written."""

from __future__ import annotations

import random

import pytest

import zwgk

NAMES = (
    "林政股", "审计一股", "财务审计股", "行政审批股", "法规和审理股", "林业站", "党建办",
    "综治办", "社会事务办", "民政所", "司法所", "退役军人服务站", "便民服务中心", "文化站",
    "财政所", "党政办", "应急办", "安监站", "林业工作站", "政策法规股", "人事教育股", "信息中心",
    "执法大队", "医保中心", "档案室", "局办公室", "宗教事务股", "审理科", "护林防火办", "医务科",
    "信息科", "计划财务科", "综合股", "办公室", "产业发展股", "资源管理股", "项目办",
    "社会救助股", "养老服务股", "水政监察大队", "农技站",
)  # fmt: skip
OBJECTS = (
    "政策文件", "工作动态", "项目清单", "资金使用情况", "监督检查结果", "实施进展", "统计数据",
    "服务指南", "权责清单", "工作成效", "名录", "标准目录", "公示信息", "招标信息", "执法信息",
    "救助标准", "补贴发放情况", "办理结果", "年度报告", "解读材料",
)  # fmt: skip
VERBS = ("公开", "及时公开", "发布", "主动公开", "定期公布", "更新", "公示")
SCOPES = ("", "年度", "全县", "本部门")
DEADLINES = (
    "长期坚持", "2022年6月底前", "每季度", "及时", "2022年12月底前", "每月", "常态化",
    "第三季度", "按季度", "持续推进",
)  # fmt: skip
HEADER = "工作任务责任单位完成时限"
# the share of rows read as written, one a line and the whole table on one line
# (the rest: names a title's word runs into, a short requirement taken for a name)
LEAST = {"\n": 0.95, "": 0.85}


def _table(rng: random.Random, rows_apart: str) -> tuple[str, list[tuple[str, str]]]:
    names = rng.sample(NAMES, 4)
    rows = []
    for _ in range(8):
        text = rng.choice(VERBS) + rng.choice(SCOPES) + rng.choice(OBJECTS)
        if rng.random() < 0.3:
            units = f"{rng.choice(names)}牵头{rng.choice(names)}配合"
        else:
            units = rng.choice(names)
        rows.append((text, units, rng.choice(DEADLINES)))
    table = rows_apart.join("".join(r) for r in rows)
    text = "\n".join(["某县某局2022年政务公开工作任务清单", HEADER, table]) + "\n"
    return text, [(t, u) for t, u, _ in rows]


@pytest.mark.parametrize("rows_apart", ["\n", ""], ids=["a_line_each", "one_line"])
def test_short_rows_with_short_names_read_as_written(rows_apart: str) -> None:
    rng = random.Random(2022)
    right = total = empty = 0
    for _ in range(30):
        text, rows = _table(rng, rows_apart)
        plan = zwgk.read(text.encode(), format="text")
        got = [(t.text, t.responsibility.raw if t.responsibility else "") for t in plan.tasks]
        empty += not got
        total += len(rows)
        right += sum(1 for k, row in enumerate(rows) if k < len(got) and got[k] == row)
    assert empty == 0
    assert right >= LEAST[rows_apart] * total, f"{right} of {total} rows read as written"
