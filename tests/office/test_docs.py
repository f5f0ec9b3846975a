"""The examples in docs/office.md and in the office modules' docstrings run as written."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "office.md"
MODULES = [
    "zwgk.safety",
    "zwgk_plugins._office",
    "zwgk_plugins._xlsx_read",
    "zwgk_plugins.csv_plan",
    "zwgk_plugins.html_plan",
    "zwgk_plugins.markdown_plan",
]


def test_office_page_examples_run() -> None:
    result = doctest.testfile(
        str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.attempted > 10
    assert result.failed == 0


@pytest.mark.parametrize("name", MODULES)
def test_module_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
