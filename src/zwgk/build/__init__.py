"""The one builder that turns a reader's :class:`~zwgk.document.Document` into a plan.

Its parts, each small:

- :mod:`~zwgk.build.pieces` — residue reasons, the build :class:`Context`,
  the task :class:`Row` the assemblies produce;
- :mod:`~zwgk.build.roles` — column roles from a header row (the words of
  :mod:`zwgk.lang.vocab`) or from what the cells say;
- :mod:`~zwgk.build.sections` and :mod:`~zwgk.build.levels` — headings
  and their levels;
- :mod:`~zwgk.build.table` — the table assembly (grid rows → rows);
- :mod:`~zwgk.build.fields` and :mod:`~zwgk.build.outline` — the outline
  (prose) assembly: labelled paragraphs, field lines, trailing
  responsibilities;
- :mod:`~zwgk.build.metadata` — title, issuer, number and date from the
  notice;
- :mod:`~zwgk.build.tasks` — rows → :class:`~zwgk.Task`: responsibilities,
  lead and assist columns, deadlines, shared cells;
- :mod:`~zwgk.build.plan` — :func:`build_plan`, which runs them.
"""

from __future__ import annotations

from zwgk.build.fields import (
    extract_responsibilities,
    field_names,
    field_parens,
    fields,
)
from zwgk.build.metadata import metadata
from zwgk.build.outline import outline_rows
from zwgk.build.pieces import (
    R_BETWEEN,
    R_CLOSING,
    R_DEADLINE_UNREAD,
    R_EMPTY_HEADING,
    R_EXTRA_COLUMN,
    R_FIELD_NAME,
    R_HEADER,
    R_NOTICE,
    R_REPEATED_HEADER,
    R_REPEATED_HEADING,
    R_TASK_TAIL,
    R_UNPLACED_ROW,
    Context,
    Row,
)
from zwgk.build.plan import build_plan, grid_residue
from zwgk.build.roles import find_header, infer_roles, is_plan_grid
from zwgk.build.sections import Sections, apply_heading_cell
from zwgk.build.table import grid_rows
from zwgk.build.tasks import tasks, with_lead_column

__all__ = [
    "R_BETWEEN",
    "R_CLOSING",
    "R_DEADLINE_UNREAD",
    "R_EMPTY_HEADING",
    "R_EXTRA_COLUMN",
    "R_FIELD_NAME",
    "R_HEADER",
    "R_NOTICE",
    "R_REPEATED_HEADER",
    "R_REPEATED_HEADING",
    "R_TASK_TAIL",
    "R_UNPLACED_ROW",
    "Context",
    "Row",
    "Sections",
    "apply_heading_cell",
    "build_plan",
    "extract_responsibilities",
    "field_names",
    "field_parens",
    "fields",
    "find_header",
    "grid_residue",
    "grid_rows",
    "infer_roles",
    "is_plan_grid",
    "metadata",
    "outline_rows",
    "tasks",
    "with_lead_column",
]
