"""A pattern led by its first characters finds what the pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zwgk.lang._lead import first_chars, led
from zwgk.lang.units import _INSIDE_BAD

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def _texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(REAL.glob("*.txt"))[:12]]


def test_led_search_finds_the_same_spans_on_real_plans() -> None:
    plain = re.compile(_INSIDE_BAD.pattern.split("(?:", 1)[1][:-1])
    checked = 0
    for text in _texts():
        for i in range(0, len(text), 7):
            window = min(len(text), i + 24)  # as the unit grammar searches
            a, b = plain.search(text, i, window), _INSIDE_BAD.search(text, i, window)
            assert (a and a.span()) == (b and b.span())
            checked += a is not None
    assert checked > 100


def test_first_characters_of_words_classes_and_guarded_words() -> None:
    assert first_chars(r"推进|做好") == {"推", "做"}
    assert first_chars(r"[0-9]{2}|《") == {*"0123456789", "《"}
    assert first_chars(r"(?<!政务)服务(?!中心|局)") >= {"服"}


@pytest.mark.parametrize(
    "pattern",
    [r"(?:省|市)?各", r"a?b", r"[^a]b", r"\d+", r".x", r"(?:x)*y", r"a|"],
)
def test_a_branch_that_may_start_elsewhere_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match="branch"):
        led(pattern)
