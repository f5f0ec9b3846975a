"""A zwgk reader for task ledgers saved as tab-separated values (``.tsv``).

The plugin only turns its input into a grid; ``zwgk.build_plan`` does the
rest (header words to columns, headings, shared cells, responsibilities,
deadlines, metadata).
"""

from __future__ import annotations

from typing import Any

import zwgk
from zwgk.document import Block, Document, Grid
from zwgk.errors import ParseError
from zwgk.plugins import FormatInfo


class TsvLedgerReader:
    """Reads a ledger with one task per line and cells separated by tabs."""

    info = FormatInfo(
        name="tsv-ledger",
        description="task ledgers as tab-separated values",
        extensions=(".tsv",),
        media_types=("text/tab-separated-values",),
    )

    def sniff(self, head: bytes, name: str | None) -> float:
        first = head.split(b"\n", 1)[0]
        return 0.6 if first.count(b"\t") >= 2 and "序号".encode() in first else 0.0

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> zwgk.Plan:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ParseError(f"not UTF-8 at byte {exc.start}", source=name) from None
        lines = [ln for ln in text.splitlines() if ln.strip()]
        title = [Block(ln) for ln in lines if "\t" not in ln]
        rows = [ln.split("\t") for ln in lines if "\t" in ln]
        grid = Grid.from_rows([[c.strip() for c in row] for row in rows])
        return zwgk.build_plan(
            Document([*title, grid], source=name, format="tsv-ledger"), **options
        )
