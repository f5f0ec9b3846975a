"""The public API is exactly what ``__all__`` says, sorted."""

from __future__ import annotations

import zwgk


def test_all_is_sorted_and_complete() -> None:
    names = [n for n in zwgk.__all__ if n != "__version__"]
    assert names == sorted(names)
    public = {n for n in dir(zwgk) if not n.startswith("_")}  # names loaded lazily too
    modules = {n for n in public if type(getattr(zwgk, n)).__name__ == "module"}
    assert public - modules == set(names)


def test_every_exported_name_exists_and_is_documented() -> None:
    for name in zwgk.__all__:
        obj = getattr(zwgk, name)
        if name != "__version__":
            assert obj.__doc__, name


def test_version_comes_from_the_installed_metadata() -> None:
    from importlib.metadata import version

    assert zwgk.__version__ == version("zwgk")
