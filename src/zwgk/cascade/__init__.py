"""Cascades of plans: checks, three-way merge, roll-up and lineage.

Plans live in chains (national → province → city → bureau).  This package
works on :class:`~zwgk.Plan` values only and never knows a format:

- :func:`check` finds problems in a plan (and against its parent);
- :func:`merge` carries a parent's revision into a child plan;
- :func:`rollup` shows how many child plans cover each parent task;
- :func:`lineage` traces every leaf task up to the root task it comes from.
"""

from zwgk.cascade._check import (
    CHECKS_GROUP,
    Finding,
    Rule,
    addressed_to,
    check,
    describe_rule,
    garbled,
    rules,
)
from zwgk.cascade._lineage import Lineage, Step, TaskLineage, lineage
from zwgk.cascade._merge import (
    FIELDS,
    POLICIES,
    Conflict,
    MergeError,
    MergeNote,
    MergeResult,
    UnresolvedConflictsError,
    apply_policy,
    merge,
)
from zwgk.cascade._rollup import (
    ChildSummary,
    Coverage,
    Progress,
    RayExecutor,
    Rollup,
    RollupRow,
    UnitCount,
    rollup,
)

__all__ = [
    "CHECKS_GROUP",
    "FIELDS",
    "POLICIES",
    "ChildSummary",
    "Conflict",
    "Coverage",
    "Finding",
    "Lineage",
    "MergeError",
    "MergeNote",
    "MergeResult",
    "Progress",
    "RayExecutor",
    "Rollup",
    "RollupRow",
    "Rule",
    "Step",
    "TaskLineage",
    "UnitCount",
    "UnresolvedConflictsError",
    "addressed_to",
    "apply_policy",
    "check",
    "describe_rule",
    "garbled",
    "lineage",
    "merge",
    "rollup",
    "rules",
]
