"""Diff a child plan against its parent: what was kept, dropped, reworded, reassigned.

:func:`diff` aligns the two plans' tasks by content — normalised text
(script, width, punctuation, whitespace), character-bigram similarity and
containment, with order and sections as supporting evidence — using a
globally optimal assignment, then finds splits and merges.  The result, a
:class:`PlanDiff`, lists every task of both plans exactly once in a
:class:`TaskChange` with its field changes.  Write it with
``zwgk.write(d, "report.html")`` (``text``, ``html``, ``xlsx``, ``json``,
``markdown``) and read the JSON back with :func:`load_diff`.

>>> import zwgk
>>> city = zwgk.Plan(tasks=[zwgk.Task("主动公开第十四个五年规划纲要。")])
>>> bureau = zwgk.Plan(tasks=[zwgk.Task("主动公开“十四五”规划纲要。")])
>>> zwgk.diff(bureau, city).changes[0].kind
<ChangeKind.REWORDED: 'reworded'>
"""

import sys
import types
from typing import Any

from zwgk._model import Plan
from zwgk.diff._align import DEFAULT_THRESHOLD
from zwgk.diff._core import PreparedPlan, diff, diff_many, prepare
from zwgk.diff._fields import text_edits
from zwgk.diff._json import diff_to_data, dump_diff, load_diff
from zwgk.diff._merge3 import merge_text
from zwgk.diff._model import (
    ChangeKind,
    ChildAction,
    DeadlineChange,
    DeadlineChangeKind,
    MetadataChange,
    NoteChange,
    OfficeRole,
    PlanDiff,
    ResponsibilityChange,
    RoleChange,
    SectionChange,
    Summary,
    TaskChange,
    TextEdit,
    TextOp,
)
from zwgk.diff._mutate import (
    AlignmentScore,
    Mutation,
    MutationGroup,
    Rates,
    mutate,
    score_alignment,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "AlignmentScore",
    "ChangeKind",
    "ChildAction",
    "DeadlineChange",
    "DeadlineChangeKind",
    "MetadataChange",
    "Mutation",
    "MutationGroup",
    "NoteChange",
    "OfficeRole",
    "PlanDiff",
    "PreparedPlan",
    "Rates",
    "ResponsibilityChange",
    "RoleChange",
    "SectionChange",
    "Summary",
    "TaskChange",
    "TextEdit",
    "TextOp",
    "diff",
    "diff_many",
    "diff_to_data",
    "dump_diff",
    "load_diff",
    "merge_text",
    "mutate",
    "prepare",
    "score_alignment",
    "text_edits",
]


class _CallableModule(types.ModuleType):
    """``zwgk.diff`` is both this package and the :func:`diff` function.

    Calling the module calls :func:`diff`, so ``zwgk.diff(child, parent)``
    works beside ``zwgk.diff.load_diff`` and ``import zwgk.diff``.
    """

    def __call__(
        self, child: Plan | PreparedPlan, parent: Plan | PreparedPlan, **options: Any
    ) -> PlanDiff:
        return diff(child, parent, **options)


sys.modules[__name__].__class__ = _CallableModule
