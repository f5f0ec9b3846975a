"""Old home of the text predicates; they live in :mod:`zwgk.lang` now."""

from __future__ import annotations

from zwgk.lang.pieces import is_heading_text, looks_like_responsibility, squeeze, strip_end_punct
from zwgk.lang.vocab import ROLE_WORD
from zwgk.lang.vocab import UNIT_END as UNIT_SUFFIX

__all__ = [
    "ROLE_WORD",
    "UNIT_SUFFIX",
    "is_heading_text",
    "looks_like_responsibility",
    "squeeze",
    "strip_end_punct",
]
