"""``zwgk.read_many`` and the command line over folders: every file's outcome
is kept, a bad file never stops the batch."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import zwgk
from tests.formats.common import FORMATS, OFFICE, PDFS
from zwgk.cli import main


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "附件"
    (root / "sub").mkdir(parents=True)
    shutil.copy(OFFICE / "d01_title_number_column.docx", root / "a.docx")
    shutil.copy(FORMATS / "sheets" / "x03_two_row_header.xls", root / "sub" / "b.xls")
    shutil.copy(FORMATS / "ofd" / "p10_title_number_small.ofd", root / "c.ofd")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4 cut short")
    (root / "~$a.docx").write_bytes(b"lock file")
    (root / "notes.zip").write_bytes(b"PK\x03\x04")
    return root


def test_a_folder_is_read_file_by_file(folder: Path) -> None:
    results = zwgk.read_many([folder])
    assert [Path(r.path).name for r in results] == ["a.docx", "broken.pdf", "c.ofd", "b.xls"]
    by_name = {Path(r.path).name: r for r in results}
    assert by_name["broken.pdf"].status == "failed"
    assert by_name["broken.pdf"].error_type == "ParseError"
    assert by_name["a.docx"].plan is not None and len(by_name["a.docx"].plan.tasks) == 32
    assert all(by_name[n].plan is not None for n in ("a.docx", "b.xls", "c.ofd"))


def test_globs_and_files_and_a_missing_file(folder: Path) -> None:
    results = zwgk.read_many([str(folder / "*.docx"), folder / "c.ofd", folder / "gone.doc"])
    assert [r.status for r in results] == ["ok", "ok", "failed"]
    assert "no such file" in (results[2].error or "")


def test_an_executor_reads_in_parallel_in_the_same_order(folder: Path) -> None:
    serial = zwgk.read_many([folder])
    with ThreadPoolExecutor(2) as pool:
        parallel = zwgk.read_many([folder], pool)
    assert [(r.path, r.status) for r in parallel] == [(r.path, r.status) for r in serial]


def test_doubtful_reads_are_told_apart() -> None:
    result = zwgk.ReadResult(
        "x.pdf",
        zwgk.Plan(
            diagnostics=[zwgk.Diagnostic("pdf.rotated", "旋转的文字", zwgk.Severity.WARNING)]
        ),
    )
    assert result.status == "doubtful" and result.doubts == ["旋转的文字"]


def test_show_over_a_folder_prints_each_file_and_a_summary(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["show", str(folder)])
    out, err = capsys.readouterr()
    assert code == 2  # one file failed; the others were still read
    assert "a.docx  32 tasks" in out and "失败" in out
    assert "共4个文件：读取成功3个，读取存疑0个，读取失败1个" in err
    assert "broken.pdf" in err


def test_convert_a_folder_into_a_folder(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = main(["convert", str(folder), "-o", str(out), "--to", "json"])
    assert code == 2
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json", "c.json"]
    assert len(zwgk.read(out / "a.json").tasks) == 32


def test_rollup_over_a_folder_of_children(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    children = tmp_path / "children"
    children.mkdir()
    shutil.copy(PDFS / "p10_title_number_small.pdf", children / "one.pdf")
    shutil.copy(FORMATS / "ofd" / "p10_title_number_small.ofd", children / "two.ofd")
    (children / "bad.docx").write_bytes(b"not a zip")
    code = main(["rollup", str(PDFS / "p10_title_number_small.pdf"), str(children)])
    out, err = capsys.readouterr()
    assert code == 0
    assert "下级方案 2 个" in out
    assert "读取失败1个" in err and "bad.docx" in err
