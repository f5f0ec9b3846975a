"""``zwgk formats``: list the format plugins."""

from __future__ import annotations

import argparse
import json
from typing import Any

from zwgk.cli import EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("formats", help="list the formats zwgk can read and write")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--strict", action="store_true", help="fail on a broken plugin")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import zwgk

    rows = zwgk.formats(strict=args.strict)
    if args.json:
        out = []
        for r in rows:
            info = r.info
            out.append(
                {
                    "name": r.name,
                    "read": r.can_read,
                    "write": r.can_write,
                    "lossless": bool(info and info.lossless),
                    "kinds": list(info.kinds) if info else [],
                    "extensions": list(info.extensions) if info else [],
                    "extra": info.extra if info else None,
                    "available": r.available,
                    "missing": list(r.missing),
                    "error": r.error,
                }
            )
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    header = ("name", "read", "write", "lossless", "writes", "extensions", "status")
    table = [header]
    for r in rows:
        info = r.info
        if r.error:
            status = f"broken: {r.error}"
        elif r.missing:
            status = (
                f"needs pip install 'zwgk[{info.extra}]'"
                if info and info.extra
                else ("needs " + ", ".join(r.missing))
            )
        else:
            status = "ok"
        table.append(
            (
                r.name,
                "yes" if r.can_read else "-",
                "yes" if r.can_write else "-",
                "yes" if info and info.lossless else "-",
                ",".join(info.kinds) if info and r.can_write else "-",
                " ".join(info.extensions) if info else "-",
                status,
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK
