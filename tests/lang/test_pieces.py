"""Squeezing whitespace out of a piece before it is compared."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from zwgk.lang.pieces import squeeze

_SPACES = re.compile(r"\s+")


def test_squeeze_drops_every_character_a_regex_calls_whitespace() -> None:
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        expected = "政务" if _SPACES.fullmatch(ch) else f"政{ch}务"
        assert squeeze(f"政{ch}务") == expected, hex(code)


@given(st.text(st.sampled_from(list("政务公开 \t\n\u3000\xa0\u2028\x1c，1a")), max_size=30))
@settings(max_examples=200, deadline=None, database=None)
def test_squeeze_keeps_the_rest_in_order(text: str) -> None:
    assert squeeze(text) == _SPACES.sub("", text)
