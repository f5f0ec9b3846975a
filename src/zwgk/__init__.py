"""zwgk: read, diff, merge and write Chinese government-disclosure plans.

The public API lives here; implementation modules are private.

>>> import zwgk
>>> plan = zwgk.Plan(title="示例", tasks=[zwgk.Task("做好规划公开。", number=1)])
>>> plan.tasks[0].number
1
"""

import sys as _sys

from zwgk._build import build_plan
from zwgk._io import read, write
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
from zwgk.diff import ChangeKind, PlanDiff, TaskChange, diff  # diff: typed as the function
from zwgk.lang import (
    find_deadlines,
    normalize,
    parse_deadline,
    parse_label,
    parse_number,
    parse_responsibility,
)
from zwgk.plugins import FormatInfo, formats
from zwgk.safety import Limits

# At run time ``zwgk.diff`` is the package itself: it is callable and calls
# zwgk.diff.diff, so ``zwgk.diff(child, parent)``, ``zwgk.diff.load_diff`` and
# ``import zwgk.diff`` all work.
globals()["diff"] = _sys.modules["zwgk.diff"]

__all__ = [
    "Assignment",
    "ChangeKind",
    "Conflict",
    "Deadline",
    "DeadlineKind",
    "Diagnostic",
    "Finding",
    "FormatInfo",
    "Limits",
    "Lineage",
    "Location",
    "MergeResult",
    "Plan",
    "PlanDiff",
    "PlanRef",
    "Residue",
    "Responsibility",
    "Role",
    "Rollup",
    "Severity",
    "Task",
    "TaskChange",
    "__version__",
    "build_plan",
    "check",
    "diff",
    "find_deadlines",
    "formats",
    "lineage",
    "merge",
    "normalize",
    "parse_deadline",
    "parse_label",
    "parse_number",
    "parse_responsibility",
    "read",
    "rollup",
    "write",
]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zwgk")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"


__version__ = _version()
