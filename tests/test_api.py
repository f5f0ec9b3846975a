"""The Python API behaves the way Python users expect."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import zwgk
from zwgk.plugins import Reader, Writer, registry

PLAN_TEXT = "一、公开\n1. 做好规划公开。（办公室牵头，2021年底前）\n2. 做好预算公开。（财务科负责）"


def _fresh(statement: str) -> str:
    run = subprocess.run(
        [sys.executable, "-c", statement], capture_output=True, text=True, check=True
    )
    return run.stdout.strip()


def test_import_zwgk_leaves_numpy_and_scipy_for_the_first_diff() -> None:
    out = _fresh(
        "import sys, zwgk; a = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('numpy', 'scipy')); zwgk.diff(zwgk.Plan(), zwgk.Plan()); "
        "print(len(a), 'scipy' in sys.modules)"
    )
    assert out == "0 True"


def test_diff_is_a_function_with_its_real_parameters() -> None:
    assert inspect.isfunction(zwgk.diff)
    params = inspect.signature(zwgk.diff).parameters
    assert list(params)[:2] == ["child", "parent"]
    assert {"threshold", "splits", "fields"} <= set(params)
    assert "Compare" in (zwgk.diff.__doc__ or "")


def test_the_diff_module_keeps_its_name() -> None:
    module = importlib.import_module("zwgk.diff")
    assert inspect.ismodule(module) and module is sys.modules["zwgk.diff"]
    from zwgk.diff import diff_many, load_diff

    assert zwgk.diff.load_diff is load_diff and zwgk.diff.diff_many is diff_many
    assert inspect.isfunction(zwgk.diff)  # importing the module did not replace the function
    p = zwgk.Plan(tasks=[zwgk.Task("做好规划公开。")])
    assert zwgk.diff(zwgk.Plan(), p).has_changes
    assert zwgk.diff(p, p, threshold=0.9).summary.coverage == 1.0


def test_the_diff_module_imported_first_in_a_fresh_interpreter() -> None:
    out = _fresh(
        "import zwgk.diff, inspect; import zwgk; "
        "print(inspect.isfunction(zwgk.diff), callable(zwgk.diff.load_diff))"
    )
    assert out == "True True"


def test_read_on_plan_text_says_what_to_use() -> None:
    with pytest.raises(TypeError, match=r"not a path: use zwgk\.read_text"):
        zwgk.read(PLAN_TEXT)
    with pytest.raises(TypeError, match="not a path"):
        zwgk.read("做好规划公开" * 2000)
    # one line of a crawled page: shorter than a path may be, longer than a name
    with pytest.raises(TypeError, match="not a path"):
        zwgk.read("一、做好规划公开主动公开规划纲要。" * 10)


def test_read_text_and_loads_read_plan_text() -> None:
    plan = zwgk.read_text(PLAN_TEXT)
    assert [t.number for t in plan.tasks] == [1, 2]
    assert zwgk.loads(PLAN_TEXT) == plan
    with pytest.raises(TypeError, match="takes a str"):
        zwgk.read_text(PLAN_TEXT.encode())  # type: ignore[arg-type]


def test_common_errors_come_from_zwgk_itself() -> None:
    from zwgk import errors

    for name in ("ZwgkError", "ParseError", "FormatNotFoundError", "MissingDependencyError",
                 "WriteError", "MergeError", "ValidationError", "UnsafeInputError"):  # fmt: skip
        assert getattr(zwgk, name) is getattr(errors, name)
    assert issubclass(zwgk.ParseError, zwgk.ZwgkError)


@pytest.mark.parametrize("package", ["zwgk", "zwgk_plugins"])
def test_every_package_ships_py_typed(package: str) -> None:
    module = importlib.import_module(package)
    assert (Path(module.__file__ or "").parent / "py.typed").is_file()


def test_registry_gives_reader_and_writer_protocols() -> None:
    assert isinstance(registry.reader("text"), Reader)
    assert isinstance(registry.writer("xlsx"), Writer)
    assert isinstance(registry.find_reader("x.docx", b"PK\x03\x04word/"), Reader)
    hints = inspect.get_annotations(type(registry).reader, eval_str=True)
    assert hints["return"] is Reader


def test_formats_strict_does_not_flip_the_registry() -> None:
    before = registry.strict
    zwgk.formats(strict=True)
    assert registry.strict is before


def test_checks_and_formats_share_one_entry_point_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    from zwgk import plugins
    from zwgk.cascade import _check

    seen: list[str] = []
    real = plugins.entry_points

    def spy(group: str) -> list[tuple[str, str]]:
        seen.append(group)
        return real(group)

    monkeypatch.setattr(plugins, "entry_points", spy)
    _check.reset_plugins()
    try:
        zwgk.check(zwgk.Plan())
    finally:
        _check.reset_plugins()
    assert _check.CHECKS_GROUP in seen


def _bureau_and_centre() -> tuple[zwgk.Plan, zwgk.Plan]:
    from tests.conftest import SEEDS

    return zwgk.read(SEEDS / "002_790eb7ad8dccb9a1.txt"), zwgk.read(
        SEEDS / "000_50d58eb3aec70650.txt"
    )


def test_notebooks_show_plans_diffs_and_rollups_as_html() -> None:
    from lxml import html as lxml_html

    bureau, centre = _bureau_and_centre()
    evil = bureau.evolve(title="<script>alert(1)</script>")
    for value, header in (
        (evil, "序号"),
        (zwgk.diff(centre, bureau), "变化"),
        (zwgk.rollup(bureau, [centre, bureau]), "下级方案"),
    ):
        fragment = value._repr_html_()
        root = lxml_html.fragment_fromstring(fragment)
        assert not root.xpath("//script")
        assert root.xpath("string(.//th[1])") == header
        assert len(root.xpath(".//tbody/tr")) <= 31  # a screenful, the rest counted
    rows = lxml_html.fragment_fromstring(bureau._repr_html_()).xpath(".//tbody/tr")
    assert rows[-1].text_content() == f"… 另有 {len(bureau.tasks) - 30} 行"


def test_plans_and_diffs_as_dataframes() -> None:
    pandas = pytest.importorskip("pandas")
    bureau, centre = _bureau_and_centre()
    frame = bureau.to_dataframe()
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == len(bureau.tasks)
    assert frame.loc[0, "lead"] == "综合规划科" and frame.loc[0, "number"] == 1
    assert frame["due"].notna().sum() == sum(
        1 for t in bureau.tasks if t.deadline and t.deadline.due
    )
    d = zwgk.diff(centre, bureau)
    changes = d.to_dataframe()
    assert len(changes) == len(d.changes)
    assert changes["kind"].value_counts()["dropped"] == d.summary.dropped
