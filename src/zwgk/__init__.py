"""zwgk: read, diff, merge and write Chinese government-disclosure plans.

The public API lives here; implementation modules are private.

>>> import zwgk
>>> plan = zwgk.Plan(title="示例", tasks=[zwgk.Task("做好规划公开。", number=1)])
>>> plan.tasks[0].number
1

``import zwgk`` stays light: the diff engine (and with it numpy and scipy),
the cascade, the plan builder and the language functions are imported the
first time one of their names is used.

``zwgk.diff`` is a function; the module of the same name is
:mod:`zwgk.diff` as always (``import zwgk.diff``, ``from zwgk.diff import
diff_many``).  Once that module is imported its public names are also
reachable as attributes of the function (``zwgk.diff.load_diff``).
"""

import importlib as _importlib
import sys as _sys
import types as _types
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from zwgk._io import read, read_text, write
from zwgk._model import (
    Assignment,
    Deadline,
    DeadlineKind,
    Diagnostic,
    Location,
    Plan,
    PlanRef,
    Residue,
    Responsibility,
    Role,
    Severity,
    Task,
)
from zwgk.errors import (
    FormatNotFoundError,
    InputTooLargeError,
    MergeError,
    MissingDependencyError,
    ParseError,
    PluginError,
    UnsafeInputError,
    ValidationError,
    WriteError,
    ZwgkError,
)
from zwgk.plugins import FormatInfo, formats
from zwgk.safety import Limits

if _TYPE_CHECKING:
    __version__: str
    from zwgk._batch import ReadResult, read_many
    from zwgk.assembly import build_plan
    from zwgk.cascade import (
        Conflict,
        Finding,
        Lineage,
        MergeResult,
        Rollup,
        check,
        lineage,
        merge,
        rollup,
    )
    from zwgk.diff import ChangeKind, PlanDiff, PreparedPlan, TaskChange
    from zwgk.lang import (
        find_deadlines,
        normalize,
        parse_deadline,
        parse_label,
        parse_number,
        parse_responsibility,
    )

# name -> the module that defines it, imported on first use
_CASCADE = ("Conflict", "Finding", "Lineage", "MergeResult", "Rollup", "check", "lineage", "merge",
            "rollup")  # fmt: skip
_LANG = ("find_deadlines", "normalize", "parse_deadline", "parse_label", "parse_number",
         "parse_responsibility")  # fmt: skip
_LAZY = {
    "build_plan": "zwgk.assembly",
    "ReadResult": "zwgk._batch",
    "read_many": "zwgk._batch",
    **dict.fromkeys(_CASCADE, "zwgk.cascade"),
    **dict.fromkeys(("ChangeKind", "PlanDiff", "TaskChange"), "zwgk.diff"),
    **dict.fromkeys(_LANG, "zwgk.lang"),
}
"""Name -> the module that defines it, imported the first time the name is used."""

loads = read_text
"""Another name for :func:`read_text`, after :func:`json.loads`."""


def diff(
    child: "Plan | PreparedPlan",
    parent: "Plan | PreparedPlan",
    *,
    threshold: float | None = None,
    splits: bool = True,
    fields: bool = True,
    edits: bool = True,
) -> "PlanDiff":
    """Compare ``child`` with the ``parent`` plan it was derived from.

    Returns a :class:`PlanDiff` listing every task of both plans once, as
    kept, reworded, split, merged, dropped or added, with the changes to its
    units, deadline, section and note.  ``threshold`` is the least similarity
    (0 to 1) at which two tasks are aligned (``None``: the default,
    ``zwgk.diff.DEFAULT_THRESHOLD``); ``splits=False`` aligns one to one
    only; ``fields=False`` skips comparing units, deadlines, sections and
    notes; ``edits=False`` skips the character-level text edits (a roll-up
    never reads them).  Either side may be a plan prepared once with
    ``zwgk.diff.prepare`` for many diffs.  See :mod:`zwgk.diff` for the rest
    of the diff API.

    >>> import zwgk
    >>> city = zwgk.Plan(tasks=[zwgk.Task("主动公开各类规划。"), zwgk.Task("做好财政预算公开。")])
    >>> bureau = zwgk.Plan(tasks=[zwgk.Task("主动公开各类规划。")])
    >>> [c.kind.value for c in zwgk.diff(bureau, city).changes]
    ['same', 'dropped']
    """
    from zwgk.diff import diff as _diff

    options: dict[str, _Any] = {"splits": splits, "fields": fields, "edits": edits}
    if threshold is not None:
        options["threshold"] = threshold
    return _diff(child, parent, **options)


_FUNCTIONS = {"diff": diff}


class _Package(_types.ModuleType):
    """The ``zwgk`` module: keeps ``zwgk.diff`` the function.

    Importing the submodule :mod:`zwgk.diff` makes Python bind it as the
    package's ``diff`` attribute; this keeps the function there instead and
    copies the submodule's public names onto it, so ``zwgk.diff.load_diff``
    works as it did when ``zwgk.diff`` was the module.
    """

    def __setattr__(self, name: str, value: _Any) -> None:
        function = _FUNCTIONS.get(name)
        if function is not None and isinstance(value, _types.ModuleType):
            public = getattr(value, "__all__", None) or [
                k for k in vars(value) if not k.startswith("_")
            ]
            for key in public:
                if key not in ("__doc__", "__name__", "__module__", "__qualname__"):
                    setattr(function, key, getattr(value, key))
            return
        super().__setattr__(name, value)


def __getattr__(name: str) -> _Any:
    if name == "__version__":
        globals()[name] = _version()
        return globals()[name]
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'zwgk' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


_sys.modules[__name__].__class__ = _Package
if "zwgk.diff" in _sys.modules:  # imported before this line ran: copy its names now
    setattr(_sys.modules[__name__], "diff", _sys.modules["zwgk.diff"])  # noqa: B010

__all__ = [
    "Assignment",
    "ChangeKind",
    "Conflict",
    "Deadline",
    "DeadlineKind",
    "Diagnostic",
    "Finding",
    "FormatInfo",
    "FormatNotFoundError",
    "InputTooLargeError",
    "Limits",
    "Lineage",
    "Location",
    "MergeError",
    "MergeResult",
    "MissingDependencyError",
    "ParseError",
    "Plan",
    "PlanDiff",
    "PlanRef",
    "PluginError",
    "ReadResult",
    "Residue",
    "Responsibility",
    "Role",
    "Rollup",
    "Severity",
    "Task",
    "TaskChange",
    "UnsafeInputError",
    "ValidationError",
    "WriteError",
    "ZwgkError",
    "__version__",
    "build_plan",
    "check",
    "diff",
    "find_deadlines",
    "formats",
    "lineage",
    "loads",
    "merge",
    "normalize",
    "parse_deadline",
    "parse_label",
    "parse_number",
    "parse_responsibility",
    "read",
    "read_many",
    "read_text",
    "rollup",
    "write",
]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zwgk")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"
