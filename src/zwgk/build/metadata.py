"""The plan's metadata, from the text around its body (notice before, closing after)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from zwgk.lang.metadata import Metadata, extract_metadata

__all__ = ["metadata"]

# Fields laid out on one line with wide gaps (文号 ... 日期) are separate lines:
# three spaces or more, or a tab (written to start with one space, so that a
# search passes at once every place that holds none).
_FIELD_GAP: Final = re.compile(r"[ \t\u3000](?:[ \t\u3000]{2,}|(?<=\t))")


def _lines(texts: Sequence[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        for line in text.split("\n"):
            out.extend(part for part in _FIELD_GAP.split(line) if part.strip())
    return out


def metadata(before: Sequence[str], after: Sequence[str], year: int | None) -> Metadata:
    """Title, issuer, number, date, parents and default deadline from the notice and closing.

    ``year`` is accepted for the callers' sake; the notice gives its own.
    """
    return extract_metadata(_lines(before), _lines(after))
