"""Bad input gets a typed error or an empty plan with a message — never a traceback or a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import zwgk
from tests.conftest import SEEDS
from zwgk.errors import FormatNotFoundError, InputTooLargeError, ParseError


def test_empty_file_is_an_empty_plan_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    plan = zwgk.read(path)
    assert plan.tasks == ()
    assert any(d.code == "plan.no_tasks" for d in plan.diagnostics)


def test_binary_garbage_with_a_text_extension_is_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(os.urandom(2048) + b"\x00" * 16)
    with pytest.raises(ParseError, match="binary"):
        zwgk.read(path)


def test_binary_garbage_without_an_extension_finds_no_reader() -> None:
    with pytest.raises(FormatNotFoundError):
        zwgk.read(b"\x00\x01\x02\x03" * 100)


def test_truncated_table_keeps_what_it_has() -> None:
    text = (SEEDS / "001_512a5e0ef4657c09.txt").read_bytes()
    cut = text[: len(text) // 3]
    plan = zwgk.read(cut, format="text")
    assert 5 <= len(plan.tasks) < 42
    assert [t.number for t in plan.tasks] == list(range(1, len(plan.tasks) + 1))


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"x")
    with pytest.raises(InputTooLargeError) as info:
        zwgk.read(path)
    assert info.value.size > info.value.limit
    assert "huge.txt" in str(info.value)


def test_one_enormous_line_goes_to_residue_not_a_hang() -> None:
    data = ("（一）做好规划公开。（办公室负责）\n" + "字" * 200_000 + "\n").encode()
    plan = zwgk.read(data, format="text")
    assert len(plan.tasks) == 1
    assert any("longer than" in r.reason for r in plan.residue)


def test_unknown_reader_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unexpected keyword"):
        zwgk.read(b"x", format="text", colour="red")
