"""The builder's old home: :mod:`zwgk.build` holds it now, in small parts.

The names here are kept for code that imports them from ``zwgk._build``.
"""

from __future__ import annotations

from zwgk.build.fields import ends_with_responsibility as _ends_with_responsibility
from zwgk.build.fields import extract_responsibilities as _extract_responsibilities
from zwgk.build.fields import field_names as _field_names
from zwgk.build.fields import field_parens as _field_parens
from zwgk.build.fields import fields as _fields
from zwgk.build.fields import matching_paren as _matching_paren
from zwgk.build.levels import Levels as _Levels
from zwgk.build.metadata import metadata as _metadata
from zwgk.build.outline import outline_rows as _outline_rows
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
    R_UNPLACED_ROW,
)
from zwgk.build.pieces import Context as _Ctx
from zwgk.build.pieces import Row as _Row
from zwgk.build.pieces import cell_location as _cell_location
from zwgk.build.pieces import join_lines as _join
from zwgk.build.pieces import span_text as _span_text
from zwgk.build.pieces import split_items as _split_items
from zwgk.build.pieces import title_of as _title_of
from zwgk.build.plan import build_plan
from zwgk.build.plan import grid_residue as _grid_residue
from zwgk.build.roles import infer_roles as _infer_roles
from zwgk.build.roles import is_plan_grid as _is_plan_grid
from zwgk.build.sections import Sections as _Sections
from zwgk.build.sections import apply_heading_cell as _apply_heading_cell
from zwgk.build.table import grid_rows as _grid_rows
from zwgk.build.table import row_has_task_fields as _row_has_task_fields
from zwgk.build.table import task_rank as _task_rank
from zwgk.build.tasks import deadline_cell as _deadline_cell
from zwgk.build.tasks import deadline_in_text as _deadline_in_text
from zwgk.build.tasks import lead_assist as _lead_assist
from zwgk.build.tasks import responsibility as _responsibility
from zwgk.build.tasks import tasks as _tasks
from zwgk.build.tasks import with_lead_column as _with_lead_column
from zwgk.lang.pieces import header_row_roles as _header_roles
from zwgk.lang.pieces import label_of as parse_label
from zwgk.lang.vocab import FIELD_NAMES as _FIELD_NAMES
from zwgk.lang.vocab import FIELD_RE as _FIELD
from zwgk.lang.vocab import HEADER_ROLES as _HEADER_ROLES
from zwgk.lang.vocab import STRONG_TEXT_HEADER as _STRONG_TEXT
from zwgk.lang.vocab import header_role as _cell_role

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
    "R_UNPLACED_ROW",
    "_FIELD",
    "_FIELD_NAMES",
    "_HEADER_ROLES",
    "_STRONG_TEXT",
    "_Ctx",
    "_Levels",
    "_Row",
    "_Sections",
    "_apply_heading_cell",
    "_cell_location",
    "_cell_role",
    "_deadline_cell",
    "_deadline_in_text",
    "_ends_with_responsibility",
    "_extract_responsibilities",
    "_field_names",
    "_field_parens",
    "_fields",
    "_grid_residue",
    "_grid_rows",
    "_header_roles",
    "_infer_roles",
    "_is_plan_grid",
    "_join",
    "_lead_assist",
    "_matching_paren",
    "_metadata",
    "_outline_rows",
    "_responsibility",
    "_row_has_task_fields",
    "_span_text",
    "_split_items",
    "_task_rank",
    "_tasks",
    "_title_of",
    "_with_lead_column",
    "build_plan",
    "parse_label",
]
