"""The ``zwgk`` command line.

Exit codes, for every command: 0 success (and, for ``diff``, ``merge`` and
``check``, nothing to report); 1 something to report (differences,
conflicts, findings); 2 an error (bad arguments, unreadable input), shown as
one line on standard error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from zwgk.errors import ZwgkError

__all__ = ["EXIT_ERROR", "EXIT_FOUND", "EXIT_OK", "main"]

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_ERROR = 2

# Each name is a module zwgk.cli.<name> with register(subparsers).
COMMANDS: tuple[str, ...] = (
    "formats",
    "convert",
    "show",
    "diff",
    "merge",
    "rollup",
    "check",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from zwgk import __version__

    parser = _Parser(
        prog="zwgk",
        description="Read, diff, merge and write government-disclosure plans.",
        epilog="Exit codes: 0 ok / nothing found, 1 differences or findings, 2 error.",
    )
    parser.add_argument("--version", action="version", version=f"zwgk {__version__}")
    parser.add_argument(
        "--traceback", action="store_true", help="show the full traceback on errors"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f"zwgk.cli.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        code: int = args.func(args)
        return code
    except BrokenPipeError:
        # The reader of our output went away (``zwgk show … | head``): stop quietly.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + 13
    except ZwgkError as exc:
        if args.traceback:
            raise
        print(f"zwgk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        if args.traceback:
            raise
        print(
            f"zwgk: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
