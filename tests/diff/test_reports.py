"""The diff reports: every writer, real files, a real browser."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

import zwgk
from tests.gold import gold_plan
from zwgk.diff import load_diff
from zwgk.errors import ParseError

EVIL = '<script>alert("x")</script>&amp;=SUM(A1)'


@pytest.fixture(scope="module")
def seed_diff() -> zwgk.PlanDiff:
    return zwgk.diff(gold_plan("000"), gold_plan("002"))


@pytest.fixture(scope="module")
def evil_diff() -> zwgk.PlanDiff:
    parent = zwgk.Plan(title=EVIL, tasks=[zwgk.Task("做好政务公开工作。" + EVIL, section=(EVIL,))])
    child = zwgk.Plan(
        tasks=[zwgk.Task("认真做好政务公开工作。" + EVIL), zwgk.Task(EVIL + "\x1b[2J")]
    )
    return zwgk.diff(child, parent)


def test_writers_are_chosen_by_extension_and_kind(seed_diff: zwgk.PlanDiff, tmp_path: Path) -> None:
    for ext in ("txt", "html", "xlsx", "json", "md"):
        zwgk.write(seed_diff, tmp_path / f"r.{ext}")
        assert (tmp_path / f"r.{ext}").stat().st_size > 1000
    # A plan still goes to the plan writer of the same name.
    plan_json = json.loads(zwgk.write(gold_plan("000"), format="json") or b"")
    assert plan_json["zwgk"] == "plan"


def test_json_reads_back_equal(seed_diff: zwgk.PlanDiff) -> None:
    data = zwgk.write(seed_diff, format="json")
    assert data is not None
    doc = json.loads(data)
    assert doc["zwgk"] == "diff"
    assert doc["summary"]["same"] == seed_diff.summary.same
    assert load_diff(data) == seed_diff


def test_load_diff_errors_say_where() -> None:
    with pytest.raises(ParseError, match="not a zwgk diff"):
        load_diff(b'{"zwgk": "plan", "version": 1}')
    with pytest.raises(ParseError, match="invalid JSON"):
        load_diff(b"{")
    with pytest.raises(ParseError) as info:
        load_diff(b'{"zwgk": "diff", "version": 1, "changes": [{"kind": "moved"}]}')
    assert info.value.location is not None
    assert info.value.location.path == "$.changes[0].kind"


def test_text_report(seed_diff: zwgk.PlanDiff, evil_diff: zwgk.PlanDiff) -> None:
    plain = (zwgk.write(seed_diff, format="text") or b"").decode()
    assert "覆盖率 82.1%（上级方案 39 项任务中纳入 32 项）" in plain
    english = (zwgk.write(seed_diff, format="text", lang="en") or b"").decode()
    assert "coverage 82.1% (32 of 39 parent tasks kept)" in english
    assert "{+配合市发改局+}及时公开建设高标准市场体系行动方案的落实举措。" in plain
    assert "\x1b" not in plain
    coloured = (zwgk.write(seed_diff, format="text", color=True) or b"").decode()
    assert "\x1b[32m配合市发改局\x1b[0m" in coloured
    # Control characters from the input never reach the terminal.
    assert "\x1b[2J" not in (zwgk.write(evil_diff, format="text", color=True) or b"").decode()


def test_html_report_escapes_and_highlights(evil_diff: zwgk.PlanDiff) -> None:
    page = (zwgk.write(evil_diff, format="html") or b"").decode()
    assert "<script>" not in page
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//script")
    assert EVIL in doc.text_content()
    assert [e.text_content() for e in doc.xpath("//ins")][:1] == ["认真"]
    assert doc.xpath("//tr[contains(@class,'added')]")


def test_markdown_report(seed_diff: zwgk.PlanDiff, evil_diff: zwgk.PlanDiff) -> None:
    md = (zwgk.write(seed_diff, format="markdown") or b"").decode()
    assert "| 删减 | 7 |" in md
    assert "**配合市发改局**" in md
    evil = (zwgk.write(evil_diff, format="markdown") or b"").decode()
    assert "<script>" not in evil


def test_xlsx_report(seed_diff: zwgk.PlanDiff, evil_diff: zwgk.PlanDiff) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(zwgk.write(seed_diff, format="xlsx") or b""))
    assert wb.sheetnames == ["概况", "逐项比对", "方案信息"]
    rows = list(wb["逐项比对"].iter_rows(values_only=True))
    assert rows[0][0] == "变化"
    assert len(rows) - 1 == len(seed_diff.changes)
    kinds = [r[0] for r in rows[1:]]
    assert kinds.count("删减") == seed_diff.summary.dropped
    wb = openpyxl.load_workbook(io.BytesIO(zwgk.write(evil_diff, format="xlsx") or b""))
    texts = [c.value for row in wb["逐项比对"].iter_rows() for c in row]
    assert any(isinstance(v, str) and v.startswith(EVIL) for v in texts)
    for row in wb["逐项比对"].iter_rows():
        for cell in row:
            assert cell.data_type != "f"


def test_wrong_object_and_options(seed_diff: zwgk.PlanDiff) -> None:
    with pytest.raises(TypeError, match="bogus"):
        zwgk.write(seed_diff, format="html", bogus=1)
    with pytest.raises(zwgk.errors.FormatNotFoundError):
        zwgk.write(seed_diff, format="docx")


@pytest.mark.slow
@pytest.mark.needs_chromium
def test_html_report_renders_in_chromium(seed_diff: zwgk.PlanDiff, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not on PATH (apt-get install chromium)")
    page = tmp_path / "report.html"
    zwgk.write(seed_diff, page)
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            f"--screenshot={shot}",
            "--window-size=1200,900",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a rendered table, not a blank page
    dom = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--dump-dom",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout.decode()
    assert dom.count("<tr") == len(seed_diff.changes) + 1
