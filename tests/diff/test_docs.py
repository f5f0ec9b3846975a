from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs" / "diff.md"


@pytest.mark.skipif(not DOCS.exists(), reason="docs/ is not part of this checkout")
def test_docs_examples_run() -> None:
    result = doctest.testfile(str(DOCS), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 5
    assert result.failed == 0


def test_module_doctests_run() -> None:
    from zwgk.diff import _core, _fields, _json, _mutate

    package = importlib.import_module("zwgk.diff")  # zwgk.diff is the function
    for module in (package, _core, _fields, _json, _mutate):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__
