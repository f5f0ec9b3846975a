"""A table that ends the input (a page's opening saved up to where the page
stopped, nothing after it) may stop inside its last unit cell's last name
(``…、市金融办、人民银``): the cell is kept as written, its whole names are
the units.  A table followed by its signature, or whose last name is whole,
keeps every name."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.build.tables import table_docx, table_xlsx

HEADER = ["序号", "主要内容", "责任单位"]
ROWS = [
    ["1", "围绕经济社会发展形势，及时发布权威信息。", "市发改委牵头落实"],
    ["2", "加强市内外舆情收集研判，及时发布权威消息。", "市发改委、市财政局、市金融办、人民银"],
]


@pytest.mark.parametrize("make", [table_docx, table_xlsx], ids=["docx", "xlsx"])
def test_a_last_name_the_page_cut_is_no_unit(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path, "某市2017年政务公开工作要点实施方案", [HEADER, *ROWS]))
    last = plan.tasks[-1].responsibility
    assert last is not None
    assert last.raw == "市发改委、市财政局、市金融办、人民银"
    assert [a.unit for a in last.assignments] == ["市发改委", "市财政局", "市金融办"]


@pytest.mark.parametrize("make", [table_docx, table_xlsx], ids=["docx", "xlsx"])
def test_a_whole_last_name_stays(make, tmp_path: Path) -> None:
    rows = [*ROWS[:1], ["2", "加强舆情收集研判。", "市发改委、市财政局、市委网信办"]]
    plan = zwgk.read(make(tmp_path, "某市2017年政务公开工作要点实施方案", [HEADER, *rows]))
    last = plan.tasks[-1].responsibility
    assert last is not None
    assert [a.unit for a in last.assignments] == ["市发改委", "市财政局", "市委网信办"]
