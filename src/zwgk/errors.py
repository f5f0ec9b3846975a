"""Every error zwgk raises.

Each error subclasses :class:`ZwgkError` and the builtin that fits it, so
``except ValueError`` keeps working for callers who do not know zwgk, and
carries structured fields so that a program can react without parsing the
message.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zwgk._model import Location
    from zwgk.cascade import Conflict

__all__ = [
    "EncryptedDocumentError",
    "FormatNotFoundError",
    "InputTooLargeError",
    "InternalError",
    "MergeError",
    "MissingDependencyError",
    "OptionError",
    "ParseError",
    "PluginError",
    "ScannedDocumentError",
    "UnresolvedConflictsError",
    "UnsafeInputError",
    "ValidationError",
    "WriteError",
    "ZwgkError",
]


class ZwgkError(Exception):
    """Base class of every error raised by zwgk."""


class ValidationError(ZwgkError, ValueError):
    """A model value was constructed with an invalid field.

    ``model`` names the class, ``field`` the attribute and ``value`` the
    offending value.
    """

    def __init__(self, model: str, field: str, value: object, reason: str) -> None:
        self.model = model
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{model}.{field}: {reason} (got {value!r})")


class FormatNotFoundError(ZwgkError, LookupError):
    """No reader or writer could be chosen for a source or target.

    ``tried`` lists, in order, what resolution looked at (explicit name,
    extension, content sniffing) and why each step failed; ``hints`` says
    which extra would help where one is known.
    """

    def __init__(
        self,
        source: str | None,
        tried: Sequence[str],
        hints: Sequence[str] = (),
        *,
        role: str = "reader",
    ) -> None:
        self.source = source
        self.tried = tuple(tried)
        self.hints = tuple(hints)
        self.role = role
        what = f" for {source}" if source else ""
        msg = f"no {role} found{what}; tried: " + "; ".join(self.tried)
        if self.hints:
            msg += ". " + " ".join(self.hints)
        super().__init__(msg)


class ParseError(ZwgkError, ValueError):
    """A source could not be read.

    ``source`` is the file name (or ``None`` for bytes and streams) and
    ``location`` where in it the problem is, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        location: Location | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.location = location
        where = ""
        if source:
            where = source
        if location is not None:
            where = f"{where}:{location}" if where else str(location)
        super().__init__(f"{where}: {message}" if where else message)


class UnsafeInputError(ParseError):
    """A source looks hostile (zip bomb, XML entities, …) and was refused."""


class InputTooLargeError(UnsafeInputError):
    """A source goes beyond one of the limits a read works within.

    ``size`` is what was seen (bytes, cells, rows, seconds, …) and ``limit``
    the limit.  ``limit_name`` names the field of :class:`zwgk.safety.Limits`
    (``max_cells``, ``timeout``, …) or the keyword argument (``max_size``)
    that sets it; the message says how to raise it.
    """

    def __init__(
        self,
        message: str,
        *,
        size: int,
        limit: int,
        source: str | None = None,
        location: Location | None = None,
        limit_name: str | None = None,
    ) -> None:
        self.size = size
        self.limit = limit
        self.limit_name = limit_name
        if limit_name is None:
            fix = ""
        elif limit_name.startswith("max_size"):
            fix = f"; to read it anyway pass {limit_name}=... to zwgk.read"
        else:
            fix = f"; to read it anyway pass limits=zwgk.Limits({limit_name}=...) to zwgk.read"
        super().__init__(
            f"{message} ({size} > limit {limit}{fix})", source=source, location=location
        )


class ScannedDocumentError(ParseError):
    """The document holds only images of text (a scan); there is no text to read."""


class EncryptedDocumentError(ParseError):
    """The document is encrypted and cannot be read without its password."""


class MissingDependencyError(ZwgkError, ImportError):
    """An optional dependency is missing; ``extra`` names what to install.

    ``fix`` replaces the ``pip install`` advice for a program that pip does
    not install (LibreOffice).
    """

    def __init__(
        self, package: str, extra: str | None, *, feature: str = "", fix: str | None = None
    ) -> None:
        self.package = package
        self.extra = extra
        what = f" for {feature}" if feature else ""
        if fix is not None:
            super().__init__(fix, name=package)
            return
        fix = f"pip install 'zwgk[{extra}]'" if extra else f"pip install {package}"
        super().__init__(f"{package} is needed{what}: {fix}", name=package)


class OptionError(ZwgkError, ValueError):
    """An option given to a reader or writer has a value it does not accept."""


class PluginError(ZwgkError, RuntimeError):
    """A plugin could not be loaded or does not implement its interface."""

    def __init__(self, name: str, group: str, reason: str) -> None:
        self.plugin = name
        self.group = group
        self.reason = reason
        super().__init__(f"plugin {name!r} in {group}: {reason}")


class InternalError(ZwgkError, RuntimeError):
    """An unexpected exception inside zwgk: a bug in zwgk, not a fault of the input.

    The original exception is chained (``__cause__``); ``stage`` says what
    zwgk was doing (``"the 'docx' reader"``) and ``source`` which file it
    was working on.  Please report it with the file that triggered it.
    """

    def __init__(self, stage: str, original: BaseException, *, source: str | None = None) -> None:
        self.stage = stage
        self.source = source
        self.original = original
        on = f" on {source}" if source else ""
        super().__init__(
            f"internal error in {stage}{on}: {type(original).__name__}: {original} -- "
            "this is a bug in zwgk, not a problem with the input; please report it"
        )


class WriteError(ZwgkError, ValueError):
    """A value could not be written in the asked format."""


class MergeError(ZwgkError, ValueError):
    """A merge could not do what was asked (an unknown conflict or policy, …)."""


class UnresolvedConflictsError(MergeError):
    """:attr:`zwgk.MergeResult.plan` was asked for while conflicts remain.

    ``conflicts`` lists them.
    """

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        self.conflicts = tuple(conflicts)
        shown = "; ".join(str(c) for c in self.conflicts[:3])
        more = f" (and {len(self.conflicts) - 3} more)" if len(self.conflicts) > 3 else ""
        super().__init__(
            f"{len(self.conflicts)} merge conflict(s) remain: {shown}{more}; "
            "settle them with resolve() or resolve_all()"
        )
