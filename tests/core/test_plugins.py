from __future__ import annotations

import io
from typing import Any

import pytest

import zwgk
from zwgk.errors import FormatNotFoundError, MissingDependencyError, PluginError
from zwgk.plugins import READERS_GROUP, WRITERS_GROUP, FormatInfo, Registry


class _Upper:
    info = FormatInfo(name="upper", extensions=(".up",), kinds=("plan",))

    def sniff(self, head: bytes, name: str | None) -> float:
        return 1.0 if head.startswith(b"UP:") else 0.0

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> zwgk.Plan:
        return zwgk.Plan(title=data[3:].decode())

    def write(self, obj: Any, stream: Any, **options: Any) -> None:
        stream.write(b"UP:" + (obj.title or "").encode())


def _fake_entry_points(
    monkeypatch: pytest.MonkeyPatch, mapping: dict[str, list[tuple[str, str]]]
) -> None:
    import zwgk.plugins as plugins

    monkeypatch.setattr(plugins, "entry_points", lambda group: mapping.get(group, []))


def test_builtin_formats_are_listed() -> None:
    rows = {r.name: r for r in zwgk.formats()}
    assert rows["json"].can_read and rows["json"].can_write
    assert rows["json"].info is not None and rows["json"].info.lossless
    assert rows["text"].can_read
    assert rows["html"].can_read


def test_broken_plugins_are_reported_and_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_points(
        monkeypatch,
        {
            READERS_GROUP: [
                ("json", "zwgk_plugins.json_format:JsonFormat"),
                ("missing", "no_such_module_xyz:Reader"),
                ("noinfo", "builtins:object"),
            ]
        },
    )
    reg = Registry(strict=False)
    names = [p.info.name for p in reg.plugins(READERS_GROUP)]
    assert names == ["json"]
    status = {r.name: r for r in reg.status()}
    assert "ModuleNotFoundError" in (status["missing"].error or "")
    assert "FormatInfo" in (status["noinfo"].error or "")
    assert not status["missing"].available


def test_strict_mode_raises_on_a_broken_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_points(monkeypatch, {READERS_GROUP: [("missing", "no_such_module_xyz:Reader")]})
    with pytest.raises(PluginError) as info:
        Registry(strict=True).plugins(READERS_GROUP)
    assert info.value.plugin == "missing"
    monkeypatch.setenv("ZWGK_STRICT_PLUGINS", "1")
    with pytest.raises(PluginError):
        Registry().plugins(READERS_GROUP)


def test_resolution_explicit_then_extension_then_sniffing(monkeypatch: pytest.MonkeyPatch) -> None:
    reg = zwgk.plugins.registry
    reg.register(_Upper(), group=READERS_GROUP)
    reg.register(_Upper(), group=WRITERS_GROUP)
    try:
        assert zwgk.read(b"UP:hello").title == "hello"  # sniffed
        assert zwgk.read(b"UP:x", format="upper").title == "x"  # explicit
        buf = io.BytesIO()
        zwgk.write(zwgk.Plan(title="t"), buf, format="upper")
        assert buf.getvalue() == b"UP:t"
    finally:
        reg.unregister("upper", group=READERS_GROUP)
        reg.unregister("upper", group=WRITERS_GROUP)


def test_unknown_format_lists_what_was_tried(tmp_path: Any) -> None:
    path = tmp_path / "plan.weird"
    path.write_bytes(b"\x00\x01\x02 binary")
    with pytest.raises(FormatNotFoundError) as info:
        zwgk.read(path)
    msg = str(info.value)
    assert "extension .weird" in msg and "content sniffing" in msg
    assert isinstance(info.value, LookupError)
    with pytest.raises(FormatNotFoundError, match="no reader of that name"):
        zwgk.read(b"{}", format="nope")


def test_writer_is_chosen_by_extension_and_kind(tmp_path: Any) -> None:
    target = tmp_path / "plan.json"
    zwgk.write(zwgk.Plan(title="题"), target)
    assert zwgk.read(target).title == "题"
    with pytest.raises(FormatNotFoundError, match="no writer"):
        zwgk.write(zwgk.Plan(), tmp_path / "plan.nope")


def test_missing_dependency_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    class _NeedsDep(_Upper):
        info = FormatInfo(
            name="needy", extensions=(".needy",), extra="needy", requires=("no_such_dep_q",)
        )

    reg = zwgk.plugins.registry
    reg.register(_NeedsDep(), group=READERS_GROUP)
    try:
        with pytest.raises(MissingDependencyError) as info:
            zwgk.read(b"UP:x", format="needy")
        assert info.value.extra == "needy"
        assert "pip install 'zwgk[needy]'" in str(info.value)
        with pytest.raises(FormatNotFoundError) as nf:
            zwgk.read(
                b"\x00\x00", format=None, max_size=10
            ) if False else zwgk.plugins.registry.find_reader("a.needy2", b"\x00")
        assert "no reader claims it" in str(nf.value)
    finally:
        reg.unregister("needy", group=READERS_GROUP)


def test_a_reader_that_crashes_is_reported_as_a_bug_not_as_bad_input() -> None:
    class _Crashy(_Upper):
        info = FormatInfo(name="crashy")

        def read(self, data: bytes, *, name: str | None = None, **options: Any) -> zwgk.Plan:
            raise KeyError("deep inside a dependency")

    reg = zwgk.plugins.registry
    reg.register(_Crashy(), group=READERS_GROUP)
    try:
        with pytest.raises(zwgk.errors.InternalError, match="'crashy' reader: KeyError") as info:
            zwgk.read(b"x", format="crashy")
        assert not isinstance(info.value, zwgk.errors.ParseError)
        assert "bug in zwgk" in str(info.value)
        assert isinstance(info.value.__cause__, KeyError)
    finally:
        reg.unregister("crashy", group=READERS_GROUP)


def test_read_accepts_paths_bytes_and_streams(tmp_path: Any) -> None:
    data = zwgk.write(zwgk.Plan(title="t"), format="json")
    assert data is not None
    path = tmp_path / "p.json"
    path.write_bytes(data)
    assert zwgk.read(path).title == zwgk.read(str(path)).title == "t"
    assert zwgk.read(io.BytesIO(data)).title == "t"
    with pytest.raises(TypeError, match="path, bytes or a binary stream"):
        zwgk.read(123)  # type: ignore[arg-type]
    with pytest.raises(zwgk.errors.ParseError, match="text mode"):
        zwgk.read(io.StringIO("{}"))  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError, match="no such file"):
        zwgk.read(tmp_path / "missing.json")


def test_a_file_no_reader_claims_names_the_plugins_that_failed_to_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake_entry_points(
        monkeypatch,
        {
            READERS_GROUP: [
                ("json", "zwgk_plugins.json_format:JsonFormat"),
                ("mine", "no_such_module_xyz:Reader"),
            ]
        },
    )
    reg = Registry(strict=False)
    with pytest.raises(FormatNotFoundError) as info:
        reg.find_reader("plan.mine", b"\x00\x01")
    assert "'mine' plugin failed to load" in str(info.value)
    assert "ModuleNotFoundError" in str(info.value)
