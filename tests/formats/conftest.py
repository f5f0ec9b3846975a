from __future__ import annotations

import shutil

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if shutil.which("soffice") is not None:
        return
    skip = pytest.mark.skip(reason="LibreOffice (soffice) is not on PATH")
    for item in items:
        if item.get_closest_marker("needs_soffice") is not None:
            item.add_marker(skip)
