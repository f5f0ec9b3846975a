"""Normalisation for matching: one place the diff gets it from."""

from __future__ import annotations

import functools

from zwgk.lang.normalize import alnum_key, normalize

__all__ = ["char_key", "match_key", "normalize"]


@functools.lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """The normalised text with everything but letters and digits removed."""
    return alnum_key(text)


@functools.lru_cache(maxsize=65536)
def char_key(ch: str) -> str:
    """A key for one character: equal for script and width variants."""
    return normalize(ch).casefold()
