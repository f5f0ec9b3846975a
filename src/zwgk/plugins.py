"""Format plugins: the contracts, and the registry that finds them.

A plugin is an object (or a class with a no-argument constructor) named by
an entry point in the group ``zwgk.readers`` or ``zwgk.writers``.  It has
an ``info`` attribute (:class:`FormatInfo`) and implements :class:`Reader`
(``sniff`` and ``read``) or :class:`Writer` (``write``).  The built-in
formats register through the same entry points as anyone else's.

Plugins are loaded lazily, the first time a format is needed.  A plugin
that fails to import or does not implement its interface is reported by
:func:`formats` and skipped; with ``strict=True`` (or the environment
variable ``ZWGK_STRICT_PLUGINS=1``) it raises :class:`~zwgk.errors.PluginError`.

A plugin module should import its heavy dependencies inside ``read`` and
``write``, so that listing formats stays fast and a missing dependency is
reported as :class:`~zwgk.errors.MissingDependencyError` naming the extra.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Iterable
from typing import IO, Any, Protocol, runtime_checkable

import attrs

from zwgk._model import Plan
from zwgk.errors import FormatNotFoundError, MissingDependencyError, PluginError

__all__ = [
    "READERS_GROUP",
    "WRITERS_GROUP",
    "FormatInfo",
    "FormatStatus",
    "Reader",
    "Registry",
    "Writer",
    "entry_points",
    "formats",
    "load_entry_point",
    "object_kind",
    "registry",
    "require",
]

READERS_GROUP = "zwgk.readers"
WRITERS_GROUP = "zwgk.writers"


def _tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _lower_exts(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(e.lower() if e.startswith(".") else "." + e.lower() for e in value)


@attrs.frozen
class FormatInfo:
    """What a format plugin declares about itself.

    ``name`` is what users pass as ``format=``; ``extensions`` (with the dot)
    and ``media_types`` are used to pick a format for a file; among several
    candidates the highest ``priority`` wins.  ``lossless`` promises that
    ``read(write(plan)) == plan``.  ``extra`` names the optional extra that
    installs ``requires`` (importable module names).  ``kinds`` lists what
    a writer can write: ``plan``, ``diff``, ``rollup``, ``merge``,
    ``findings``.
    """

    name: str
    description: str = ""
    extensions: tuple[str, ...] = attrs.field(default=(), converter=_lower_exts)
    media_types: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    priority: int = 0
    lossless: bool = False
    extra: str | None = None
    requires: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    kinds: tuple[str, ...] = attrs.field(default=("plan",), converter=_tuple)

    def missing(self) -> tuple[str, ...]:
        """The modules in ``requires`` that cannot be imported here."""
        return tuple(m for m in self.requires if importlib.util.find_spec(m) is None)


@runtime_checkable
class Reader(Protocol):
    """Reads a source into a :class:`~zwgk.Plan`."""

    info: FormatInfo

    def sniff(self, head: bytes, name: str | None) -> float:
        """How sure the plugin is (0 to 1) that it can read a source.

        ``head`` is up to the first 64 KiB; ``name`` the file name, if any.
        """
        ...

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> Plan:
        """Read the whole source.  Raise :class:`~zwgk.errors.ParseError` on bad input."""
        ...


@runtime_checkable
class Writer(Protocol):
    """Writes a plan (or a report: a diff, a roll-up, …) to a binary stream."""

    info: FormatInfo

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        """Write ``obj``; raise :class:`~zwgk.errors.WriteError` if it cannot be."""
        ...


def object_kind(obj: object) -> str:
    """The kind of value a writer is asked to write (``plan``, ``diff``, …)."""
    kind = getattr(type(obj), "__zwgk_kind__", None)
    if isinstance(kind, str):
        return kind
    if isinstance(obj, list | tuple) and all(
        getattr(type(x), "__zwgk_kind__", None) == "finding" for x in obj
    ):
        return "findings"
    return type(obj).__name__


def require(module: str, extra: str | None, *, feature: str = "") -> Any:
    """Import ``module`` or raise :class:`MissingDependencyError` naming ``extra``."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(module.split(".")[0], extra, feature=feature) from None


@attrs.frozen
class FormatStatus:
    """One row of :func:`formats`: a plugin, what it can do, whether it loaded."""

    name: str
    group: str
    info: FormatInfo | None
    can_read: bool
    can_write: bool
    available: bool
    error: str | None = None
    missing: tuple[str, ...] = ()


@attrs.define
class _Entry:
    name: str
    group: str
    value: str
    loaded: Any = None
    error: str | None = None
    done: bool = False


def entry_points(group: str) -> list[tuple[str, str]]:
    """The ``(name, "module:attr")`` entry points of ``group``, each name once.

    One distribution seen twice on ``sys.path`` gives its entry points twice;
    the first of each name wins.  Format plugins and check rules
    (:func:`zwgk.cascade.rules`) are both found here.
    """
    import importlib_metadata

    seen: dict[str, str] = {}
    for ep in importlib_metadata.entry_points(group=group):
        seen.setdefault(ep.name, ep.value)
    return list(seen.items())


def load_entry_point(value: str) -> Any:
    """Import the object an entry point names (``module:attr.attr``).

    A class is instantiated with no arguments, so a plugin may be named by
    its class or by an instance.  Whatever the import raises is raised.
    """
    module_name, _, attr = value.partition(":")
    obj: Any = importlib.import_module(module_name.strip())
    for part in attr.strip().split(".") if attr else ():
        obj = getattr(obj, part)
    if isinstance(obj, type):
        obj = obj()
    return obj


class Registry:
    """Finds, loads and validates format plugins.

    The module-level :data:`registry` is the one :func:`zwgk.read` and
    :func:`zwgk.write` use.  ``register`` adds a plugin object directly
    (handy in tests and for plugins that are not installed).
    """

    def __init__(self, *, strict: bool | None = None) -> None:
        if strict is None:
            strict = os.environ.get("ZWGK_STRICT_PLUGINS", "") not in ("", "0")
        self.strict = strict
        self._entries: dict[str, list[_Entry]] | None = None
        self._lock = threading.Lock()

    # discovery -------------------------------------------------------------
    def _discover(self) -> dict[str, list[_Entry]]:
        with self._lock:
            if self._entries is None:
                found: dict[str, list[_Entry]] = {READERS_GROUP: [], WRITERS_GROUP: []}
                for group in (READERS_GROUP, WRITERS_GROUP):
                    for name, value in entry_points(group):
                        found[group].append(_Entry(name, group, value))
                self._entries = found
            return self._entries

    def register(self, plugin: Any, *, group: str = READERS_GROUP) -> None:
        """Add ``plugin`` to ``group`` now, ahead of installed plugins of the same name."""
        entries = self._discover()
        self._validate(plugin, group, getattr(getattr(plugin, "info", None), "name", "?"))
        entry = _Entry(plugin.info.name, group, "<registered>", plugin, None, True)
        entries[group] = [entry] + [e for e in entries[group] if e.name != plugin.info.name]

    def unregister(self, name: str, *, group: str = READERS_GROUP) -> None:
        """Remove the plugin called ``name`` from ``group``."""
        entries = self._discover()
        entries[group] = [e for e in entries[group] if e.name != name]

    def reset(self) -> None:
        """Forget everything loaded; the next use discovers plugins again."""
        with self._lock:
            self._entries = None

    @staticmethod
    def _validate(obj: Any, group: str, name: str) -> None:
        info = getattr(obj, "info", None)
        if not isinstance(info, FormatInfo):
            raise PluginError(name, group, "has no 'info' attribute of type FormatInfo")
        if group == READERS_GROUP:
            for method in ("read", "sniff"):
                if not callable(getattr(obj, method, None)):
                    raise PluginError(name, group, f"has no callable {method}()")
        else:
            if not callable(getattr(obj, "write", None)):
                raise PluginError(name, group, "has no callable write()")

    def _load(self, entry: _Entry, strict: bool | None = None) -> Any:
        strict = self.strict if strict is None else strict
        if entry.done:
            if entry.error and strict:
                raise PluginError(entry.name, entry.group, entry.error)
            return entry.loaded
        entry.done = True
        try:
            obj = load_entry_point(entry.value)
            self._validate(obj, entry.group, entry.name)
        except PluginError as exc:
            entry.error = exc.reason
        except Exception as exc:  # a broken plugin must never break zwgk
            entry.error = f"{type(exc).__name__}: {exc}"
        else:
            entry.loaded = obj
        if entry.error is not None and strict:
            raise PluginError(entry.name, entry.group, entry.error)
        return entry.loaded

    def plugins(self, group: str) -> list[Any]:
        """The loaded, valid plugins of ``group`` (broken ones are skipped)."""
        out = []
        for entry in self._discover()[group]:
            obj = self._load(entry)
            if obj is not None:
                out.append(obj)
        return out

    def status(self, *, strict: bool | None = None) -> list[FormatStatus]:
        """Every plugin of both groups, loaded or not, with what went wrong.

        ``strict`` (default: the registry's) raises :class:`PluginError` on
        a broken plugin instead of reporting it.
        """
        rows: dict[str, FormatStatus] = {}
        for group in (READERS_GROUP, WRITERS_GROUP):
            for entry in self._discover()[group]:
                obj = self._load(entry, strict)
                info = getattr(obj, "info", None) if obj is not None else None
                prev = rows.get(entry.name)
                missing = info.missing() if info is not None else ()
                row = FormatStatus(
                    name=entry.name,
                    group=group,
                    info=info if info is not None else (prev.info if prev else None),
                    can_read=(prev.can_read if prev else False)
                    or (group == READERS_GROUP and obj is not None),
                    can_write=(prev.can_write if prev else False)
                    or (group == WRITERS_GROUP and obj is not None),
                    available=(obj is not None and not missing)
                    and (prev.available if prev else True),
                    error=entry.error or (prev.error if prev else None),
                    missing=tuple(sorted({*missing, *(prev.missing if prev else ())})),
                )
                rows[entry.name] = row
        return sorted(rows.values(), key=lambda r: r.name)

    # resolution ------------------------------------------------------------
    def reader(self, name: str) -> Reader:
        """The reader called ``name``; :class:`FormatNotFoundError` if there is none."""
        for plugin in self.plugins(READERS_GROUP):
            if plugin.info.name == name:
                return plugin  # type: ignore[no-any-return]
        raise FormatNotFoundError(
            None,
            [f"format={name!r}: no reader of that name"],
            self._hints_for_name(READERS_GROUP, name),
        )

    def writer(self, name: str, kind: str = "plan") -> Writer:
        """The writer called ``name`` that can write ``kind``."""
        for plugin in self.plugins(WRITERS_GROUP):
            if plugin.info.name == name and kind in plugin.info.kinds:
                return plugin  # type: ignore[no-any-return]
        names = [p.info.name for p in self.plugins(WRITERS_GROUP) if kind in p.info.kinds]
        raise FormatNotFoundError(
            None,
            [f"format={name!r}: no writer of that name for a {kind} (have: {', '.join(names)})"],
            self._hints_for_name(WRITERS_GROUP, name),
            role="writer",
        )

    def _hints_for_name(self, group: str, name: str) -> list[str]:
        for entry in self._discover()[group]:
            if entry.name == name and entry.error:
                return [f"The {name!r} plugin failed to load: {entry.error}."]
        return []

    def _load_failures(self, group: str) -> list[str]:
        """A hint for each plugin of ``group`` that failed to load: the reader
        sought may be one of them."""
        return [
            f"The {entry.name!r} plugin failed to load: {entry.error}."
            for entry in self._discover()[group]
            if entry.error
        ]

    def _hints_for_ext(self, group: str, ext: str) -> list[str]:
        hints = []
        for plugin in self.plugins(group):
            if ext in plugin.info.extensions and plugin.info.missing():
                extra = plugin.info.extra
                hints.append(
                    f"The {plugin.info.name!r} format reads {ext} files but needs "
                    + (
                        f"pip install 'zwgk[{extra}]'."
                        if extra
                        else ", ".join(plugin.info.missing())
                    )
                )
        return hints

    def find_reader(self, name: str | None, head: bytes) -> Reader:
        """Choose a reader for a source: file extension first, then content sniffing."""
        tried: list[str] = []
        readers: list[Reader] = self.plugins(READERS_GROUP)
        ext = os.path.splitext(name)[1].lower() if name else ""
        if ext:
            by_ext = [r for r in readers if ext in r.info.extensions]
            if by_ext:
                by_ext.sort(key=lambda r: -r.info.priority)
                if len(by_ext) == 1:
                    return by_ext[0]
                scored = [
                    (r.sniff(head, name), r.info.priority, i, r) for i, r in enumerate(by_ext)
                ]
                scored.sort(key=lambda t: (-t[0], -t[1], t[2]))
                return scored[0][3]
            tried.append(f"extension {ext}: no reader claims it")
        else:
            tried.append("extension: none")
        scores = []
        for i, r in enumerate(readers):
            try:
                score = float(r.sniff(head, name))
            except Exception as exc:  # a sniffer must not break resolution
                tried.append(f"sniff {r.info.name}: failed ({type(exc).__name__})")
                continue
            scores.append((score, r.info.priority, -i, r))
        scores.sort(key=lambda t: (t[0], t[1], t[2]), reverse=True)
        if scores and scores[0][0] > 0:
            return scores[0][3]
        tried.append(
            "content sniffing: "
            + (", ".join(f"{s[3].info.name} {s[0]:.2f}" for s in scores) or "no readers")
        )
        hints = self._hints_for_ext(READERS_GROUP, ext) if ext else []
        raise FormatNotFoundError(name, tried, [*hints, *self._load_failures(READERS_GROUP)])

    def find_writer(self, name: str | None, kind: str) -> Writer:
        """Choose a writer for a target by its file extension and the kind of value."""
        ext = os.path.splitext(name)[1].lower() if name else ""
        writers: list[Writer] = [w for w in self.plugins(WRITERS_GROUP) if kind in w.info.kinds]
        tried = []
        if ext:
            matches = sorted(
                (w for w in writers if ext in w.info.extensions), key=lambda w: -w.info.priority
            )
            if matches:
                return matches[0]
            tried.append(f"extension {ext}: no writer for a {kind}")
        else:
            tried.append("no file extension and no format= given")
        have = sorted({e for w in writers for e in w.info.extensions})
        tried.append(f"writers for a {kind} take: {', '.join(have) or 'nothing'}")
        raise FormatNotFoundError(
            name, tried, self._hints_for_ext(WRITERS_GROUP, ext) if ext else (), role="writer"
        )

    def check_available(self, plugin: Reader | Writer) -> None:
        """Raise :class:`MissingDependencyError` if ``plugin`` lacks a dependency."""
        missing = plugin.info.missing()
        if missing:
            raise MissingDependencyError(missing[0], plugin.info.extra, feature=plugin.info.name)


registry = Registry()
"""The registry :func:`zwgk.read` and :func:`zwgk.write` use."""


def formats(*, strict: bool = False) -> list[FormatStatus]:
    """List every format plugin: what it reads and writes, and what failed to load.

    With ``strict=True`` a broken plugin raises :class:`~zwgk.errors.PluginError`.
    """
    return registry.status(strict=strict or None)
