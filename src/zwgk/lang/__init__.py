"""The language of plans: pure functions over Chinese plan text.

Numerals and heading labels, normalisation for matching, responsibility
clauses (units and roles), deadline expressions, document metadata, and
what a piece of text is (a header row, a list of units, a heading:
:mod:`zwgk.lang.pieces`) over the one vocabulary of :mod:`zwgk.lang.vocab`.
Every reader, the diff and the checks rely on these; none of them knows a
file format.
"""

from zwgk.lang.deadline import (
    DeadlineMatch,
    find_deadline,
    find_deadlines,
    find_default_deadline,
    parse_deadline,
)
from zwgk.lang.metadata import (
    Metadata,
    extract_metadata,
    find_dates,
    find_doc_numbers,
    find_parents,
    parse_date,
)
from zwgk.lang.normalize import (
    collapse_spaces,
    fold_width,
    is_traditional,
    normalize,
    strip_invisible,
    to_simplified,
)
from zwgk.lang.numerals import (
    LABEL_RANKS,
    PART_RANK,
    HeadingLabel,
    LabelHit,
    find_labels,
    is_bare_serial,
    parse_label,
    parse_number,
    parse_serial,
    parse_serials,
)
from zwgk.lang.pieces import (
    assigns_roles,
    gives_roles,
    header_row_roles,
    is_heading_text,
    looks_like_responsibility,
    tag_end,
)
from zwgk.lang.responsibility import (
    ResponsibilityToken,
    parse_responsibility,
    tokenize_responsibility,
)
from zwgk.lang.terms import CONTRACTED_TERMS, DOMAIN_TERMS, STOCK_WORDS, term_family, terms
from zwgk.lang.units import UnitRun, find_unit_runs, unit_end
from zwgk.lang.vocab import (
    AIMS_HEADING,
    COLUMN_ROLES,
    FIELD_NAMES,
    FIELD_RE,
    HEADER_COMPOUND,
    HEADER_QUALIFIER,
    HEADER_ROLES,
    HEADER_WORDS,
    NOTICE_POINTS,
    NOTICE_WORDS,
    OFFICE_WORDS,
    REQUIREMENT_VERBS,
    SUPPORT_HEADING,
    TITLE_ENDS,
    UNIT_LEVELS,
    UNIT_PREFIXES,
    UNIT_SUFFIXES,
    header_role,
)

__all__: list[str] = [
    "AIMS_HEADING",
    "COLUMN_ROLES",
    "CONTRACTED_TERMS",
    "DOMAIN_TERMS",
    "FIELD_NAMES",
    "FIELD_RE",
    "HEADER_COMPOUND",
    "HEADER_QUALIFIER",
    "HEADER_ROLES",
    "HEADER_WORDS",
    "LABEL_RANKS",
    "NOTICE_POINTS",
    "NOTICE_WORDS",
    "OFFICE_WORDS",
    "PART_RANK",
    "REQUIREMENT_VERBS",
    "STOCK_WORDS",
    "SUPPORT_HEADING",
    "TITLE_ENDS",
    "UNIT_LEVELS",
    "UNIT_PREFIXES",
    "UNIT_SUFFIXES",
    "DeadlineMatch",
    "HeadingLabel",
    "LabelHit",
    "Metadata",
    "ResponsibilityToken",
    "UnitRun",
    "assigns_roles",
    "collapse_spaces",
    "extract_metadata",
    "find_dates",
    "find_deadline",
    "find_deadlines",
    "find_default_deadline",
    "find_doc_numbers",
    "find_labels",
    "find_parents",
    "find_unit_runs",
    "fold_width",
    "gives_roles",
    "header_role",
    "header_row_roles",
    "is_bare_serial",
    "is_heading_text",
    "is_traditional",
    "looks_like_responsibility",
    "normalize",
    "parse_date",
    "parse_deadline",
    "parse_label",
    "parse_number",
    "parse_responsibility",
    "parse_serial",
    "parse_serials",
    "strip_invisible",
    "tag_end",
    "term_family",
    "terms",
    "to_simplified",
    "tokenize_responsibility",
    "unit_end",
]
