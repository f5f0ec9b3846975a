"""The character count that checks nothing of the input is lost."""

from __future__ import annotations

import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from zwgk._conserve import significant

# full-width forms and the ideographic space beside what composes with its
# neighbours under NFKC (combining marks, Hangul jamo, compatibility jamo)
_CHARS = st.sampled_from(
    [chr(c) for c in range(0xFF01, 0xFF5F)]
    + ["\u3000", "\u00a0", "\u0301", "\u0308", "e", "A", "ㄱ", "ㅏ", "\u1100", "\u1161", "①", "㈠"]
    + list("政务公开，。、（）《》1２*※△")
)


@given(st.text(_CHARS, max_size=40))
@settings(max_examples=300, deadline=None, database=None)
def test_significant_counts_the_nfkc_form(text: str) -> None:
    every = Counter(unicodedata.normalize("NFKC", text).casefold())
    expected = {ch: n for ch, n in every.items() if ch.isalnum()}
    assert significant(text) == Counter(expected)


def test_significant_folds_full_width_forms() -> None:
    assert significant("ＡＢ１２（政务）") == Counter("ab12政务")
