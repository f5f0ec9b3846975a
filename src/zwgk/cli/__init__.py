"""The ``zwgk`` command line.

Exit codes, for every command, as ``diff(1)``: 0 nothing to report (no
differences, no conflicts, no findings, every parent task kept by some child
plan); 1 something to report; 2 an error (bad arguments, unreadable input),
shown as one line on standard error.  The global options (``--lang``,
``--traceback``, ``--progress``) go before or after the command.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from zwgk.errors import ZwgkError
from zwgk.lang.labels import LANGUAGES

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


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The options every command takes, before or after its name.

    On the commands they default to SUPPRESS, so a value given before the
    command is not overwritten by the command's default.
    """

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    g = parser.add_argument_group("global options")
    g.add_argument("--traceback", action="store_true", default=default(False),
                   help="show the full traceback on errors")  # fmt: skip
    g.add_argument("--lang", choices=LANGUAGES, default=default(LANGUAGES[0]),
                   help="language of reports and messages: zh (default) or en")  # fmt: skip
    g.add_argument("--progress", action=argparse.BooleanOptionalAction, default=default(None),
                   help="show a progress bar (default: on a terminal)")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    from zwgk import __version__

    parser = _Parser(
        prog="zwgk",
        description="Read, diff, merge and write government-disclosure plans.",
        epilog="Exit codes, as diff(1): 0 nothing found, 1 differences, conflicts, findings "
        "or parent tasks no child keeps, 2 error.",
    )
    parser.add_argument("--version", action="version", version=f"zwgk {__version__}")
    _global_options(parser, top=True)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, top=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f"zwgk.cli.{name}")
        module.register(_WithCommon(sub, common))
    return parser


class _WithCommon:
    """The subparsers action, giving every command the global options."""

    def __init__(self, sub: Any, common: argparse.ArgumentParser) -> None:
        self.sub = sub
        self.common = common

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self.sub.add_parser(name, parents=[self.common], **kwargs)
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
