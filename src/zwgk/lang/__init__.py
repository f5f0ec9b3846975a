"""The language of plans: pure functions over Chinese plan text.

Numerals and heading labels, normalisation for matching, responsibility
clauses (units and roles), deadline expressions, and document metadata.
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
from zwgk.lang.responsibility import (
    ResponsibilityToken,
    parse_responsibility,
    tokenize_responsibility,
)
from zwgk.lang.terms import DOMAIN_TERMS, STOCK_WORDS, terms

__all__: list[str] = [
    "DOMAIN_TERMS",
    "LABEL_RANKS",
    "STOCK_WORDS",
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
    "is_traditional",
    "normalize",
    "parse_date",
    "parse_deadline",
    "parse_label",
    "parse_number",
    "parse_responsibility",
    "strip_invisible",
    "terms",
    "to_simplified",
    "tokenize_responsibility",
]
