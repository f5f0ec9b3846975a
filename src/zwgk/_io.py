"""``zwgk.read`` and ``zwgk.write``."""

from __future__ import annotations

import errno
import io
import os
import re
from typing import IO, Any

from zwgk._model import Plan
from zwgk.errors import (
    InputTooLargeError,
    InternalError,
    ParseError,
    UnsafeInputError,
    ZwgkError,
)
from zwgk.plugins import object_kind, registry
from zwgk.safety import Limits, reading

__all__ = ["DEFAULT_MAX_SIZE", "read", "read_text", "write"]

DEFAULT_MAX_SIZE = 32 * 1024 * 1024
"""Sources larger than this (bytes) are refused unless ``max_size`` says otherwise."""

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
Target = str | os.PathLike[str] | IO[bytes]


def _load(source: Source, max_size: int) -> tuple[bytes, str | None]:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = None
    elif isinstance(source, str | os.PathLike):
        name = os.fspath(source)
        _not_plan_text(name)
        try:
            size = os.path.getsize(name)
            if size > max_size:
                raise InputTooLargeError(
                    "file is too large to read",
                    size=size,
                    limit=max_size,
                    source=name,
                    limit_name="max_size",
                )
            with open(name, "rb") as fh:
                data = fh.read(max_size + 1)
        except FileNotFoundError:
            raise FileNotFoundError(errno.ENOENT, "no such file", name) from None
        except IsADirectoryError:
            raise IsADirectoryError(errno.EISDIR, "is a directory, not a file", name) from None
        except PermissionError:
            raise PermissionError(errno.EACCES, "permission denied", name) from None
    elif hasattr(source, "read"):
        raw_name = getattr(source, "name", None)
        name = raw_name if isinstance(raw_name, str) else None
        chunk: object = source.read(max_size + 1)
        if isinstance(chunk, str):
            raise ParseError("stream is in text mode; open it in binary mode ('rb')", source=name)
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise ParseError(f"stream returned {type(chunk).__name__}, not bytes", source=name)
        data = bytes(chunk)
    else:
        raise TypeError(
            f"read() takes a path, bytes or a binary stream, not {type(source).__name__}"
        )
    if len(data) > max_size:
        raise InputTooLargeError(
            "source is too large to read",
            size=len(data),
            limit=max_size,
            source=name,
            limit_name="max_size",
        )
    return data, name


# A path never holds a line break, and no file system takes a path this long
# or a name (one component of it) longer than this many bytes.
_LONGEST_PATH = 4096
_LONGEST_NAME = 255


def _not_plan_text(name: str) -> None:
    """Refuse a ``str`` that is the text of a plan rather than a path to one."""
    longest = max(len(part.encode("utf-8", "surrogatepass")) for part in re.split(r"[\\/]", name))
    if "\n" in name or len(name) > _LONGEST_PATH or longest > _LONGEST_NAME:
        head = " ".join(name.split())[:20]
        raise TypeError(
            f"read() was given {len(name)} characters of text ({head!r}…), not a path: "
            "use zwgk.read_text(text) for the text of a plan"
        )


def read_text(text: str, format: str | None = None, **options: Any) -> Plan:
    r"""Read a plan from its text (a ``str``), as :func:`read` reads a file.

    The text is taken as UTF-8; the reader is chosen by ``format`` or by
    sniffing (a JSON plan, an HTML page, or plan text).

    >>> import zwgk
    >>> plan = zwgk.read_text("一、公开\n1. 做好规划公开。（办公室牵头，2021年底前）")
    >>> len(plan.tasks), plan.tasks[0].deadline.raw
    (1, '2021年底前')
    """
    if not isinstance(text, str):
        raise TypeError(f"read_text() takes a str, not {type(text).__name__}; use read()")
    return read(text.encode("utf-8"), format=format, **options)


def read(
    source: Source,
    format: str | None = None,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    limits: Limits | None = None,
    **options: Any,
) -> Plan:
    """Read a plan from a path, bytes or a binary stream (text: :func:`read_text`).

    The reader is chosen by ``format`` (a name from :func:`zwgk.formats`),
    else by the file extension, else by sniffing the content.  ``options``
    go to the reader (for the text reader, ``layout=`` and ``year=``).
    ``limits`` (a :class:`zwgk.Limits`) bounds the work: cells, spans, rows,
    pages, characters and the time of the whole read.

    Raises :class:`~zwgk.errors.FormatNotFoundError` when no reader fits,
    :class:`~zwgk.errors.ParseError` (or a subclass) when the source is bad,
    :class:`~zwgk.errors.InputTooLargeError` when it goes beyond a limit,
    :class:`~zwgk.errors.MissingDependencyError` when the format needs an
    extra that is not installed, :class:`OSError` when a file cannot be
    opened, and :class:`~zwgk.errors.InternalError` when zwgk itself fails
    (a bug, with the original exception chained).

    >>> import zwgk
    >>> plan = zwgk.read(b'{"zwgk": "plan", "version": 1, "tasks": []}', format="json")
    >>> len(plan.tasks)
    0
    """
    data, name = _load(source, max_size)
    if format is not None:
        reader = registry.reader(format)
    else:
        reader = registry.find_reader(name, data[:65536])
    registry.check_available(reader)
    with reading(limits, source=name):
        plan = _run_reader(reader, data, name, options)
    if not isinstance(plan, Plan):
        raise InternalError(
            f"the {reader.info.name!r} reader",
            TypeError(f"it returned {type(plan).__name__}, not a Plan"),
            source=name,
        )
    updates: dict[str, Any] = {}
    if plan.source is None and name is not None:
        updates["source"] = name
    if plan.format is None:
        updates["format"] = reader.info.name
    return plan.evolve(**updates) if updates else plan


def _run_reader(reader: Any, data: bytes, name: str | None, options: dict[str, Any]) -> Any:
    """Call a reader; anything but a zwgk error or an OSError is a bug, reported as one."""
    try:
        return reader.read(data, name=name, **options)
    except (ZwgkError, OSError):
        raise
    except RecursionError:
        raise UnsafeInputError("the source is nested too deeply to read", source=name) from None
    except MemoryError:
        raise UnsafeInputError(
            "the source needs more memory than is available", source=name
        ) from None
    except TypeError as exc:
        if "unexpected keyword argument" in str(exc):
            raise TypeError(f"the {reader.info.name!r} reader: {exc}") from None
        raise InternalError(f"the {reader.info.name!r} reader", exc, source=name) from exc
    except Exception as exc:
        raise InternalError(f"the {reader.info.name!r} reader", exc, source=name) from exc


def write(
    obj: Any,
    target: Target | None = None,
    format: str | None = None,
    **options: Any,
) -> bytes | None:
    """Write a plan or a report to a path or a binary stream.

    The writer is chosen by ``format``, else by the target's extension, and
    must accept the kind of value (a :class:`~zwgk.Plan`, a diff, a roll-up,
    …).  With ``target=None`` the bytes are returned instead.

    >>> import zwgk
    >>> zwgk.write(zwgk.Plan(title="t"), format="json")[:1]
    b'{'
    """
    kind = object_kind(obj)
    name = None
    if isinstance(target, str | os.PathLike):
        name = os.fspath(target)
    elif target is not None:
        raw_name = getattr(target, "name", None)
        name = raw_name if isinstance(raw_name, str) else None
    if format is not None:
        writer = registry.writer(format, kind)
    else:
        writer = registry.find_writer(name, kind)
    registry.check_available(writer)
    buffer = io.BytesIO()
    try:
        writer.write(obj, buffer, **options)
    except (ZwgkError, OSError):
        raise
    except TypeError as exc:
        if "unexpected keyword argument" in str(exc):
            raise TypeError(f"the {writer.info.name!r} writer: {exc}") from None
        raise InternalError(f"the {writer.info.name!r} writer", exc) from exc
    except Exception as exc:
        raise InternalError(f"the {writer.info.name!r} writer", exc) from exc
    data = buffer.getvalue()
    if target is None:
        return data
    if name is not None and not hasattr(target, "write"):
        tmp = name + ".zwgk-tmp"
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, name)
    else:
        target.write(data)  # type: ignore[union-attr]
    return None
