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
from zwgk.lang.numerals import LABEL_RANKS, HeadingLabel, parse_label, parse_number
from zwgk.lang.pieces import (
    header_row_roles,
    is_heading_text,
    looks_like_responsibility,
)
from zwgk.lang.responsibility import (
    ResponsibilityToken,
    parse_responsibility,
    tokenize_responsibility,
)

__all__: list[str] = [
    "LABEL_RANKS",
    "DeadlineMatch",
    "HeadingLabel",
    "Metadata",
    "ResponsibilityToken",
    "collapse_spaces",
    "extract_metadata",
    "find_dates",
    "find_deadline",
    "find_deadlines",
    "find_default_deadline",
    "find_doc_numbers",
    "find_parents",
    "fold_width",
    "header_row_roles",
    "is_heading_text",
    "is_traditional",
    "looks_like_responsibility",
    "normalize",
    "parse_date",
    "parse_deadline",
    "parse_label",
    "parse_number",
    "parse_responsibility",
    "strip_invisible",
    "to_simplified",
    "tokenize_responsibility",
]
