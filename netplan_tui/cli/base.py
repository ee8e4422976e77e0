"""The command line: ``netplan-tui`` opens the app; subcommands work without a screen.

Subcommands live in :mod:`netplan_tui.cli`, one module each, registered in
``COMMANDS``. Nothing here imports Textual: only the TUI itself does, and only
when it starts (Textual costs ~180 ms to import).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NoReturn

from netplan_tui import __version__
from netplan_tui.data import paths

#: Subcommand modules, in the order ``--help`` lists them. Each has
#: ``register(subparsers)`` which adds its parser with ``func=run``.
COMMANDS: tuple[str, ...] = (
    "locate",
    "check",
    "goals",
    "goal",
    "status",
    "gap",
    "import_linkedin",
    "export",
    "backup",
    "restore",
    "demo",
)

LOCK_WAIT_SECONDS = 3.0

#: Opens the full-screen app on a data directory and a day; returns the exit status.
TuiLauncher = Callable[[Path, date], int]

#: Options of the common parser that take a value (``--data-dir DIR``).
VALUE_OPTIONS = frozenset({"--data-dir", "--today"})


class CliError(Exception):
    """A problem to report in one or two lines, with an exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def parse_today(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


class Parser(argparse.ArgumentParser):
    """argparse with exit status 2 and a short message for usage errors."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def wants_command(argv: list[str]) -> bool:
    """Whether ``argv`` may name a subcommand or asks for help.

    Only then does the parser need the subcommand modules: opening the app
    (``netplan-tui [--data-dir DIR] [--today DATE]``) imports none of them, so it
    does not pay for the SMART checker and the rest before its first screen.
    Anything unusual (a positional word, ``--``, an abbreviated option) counts as
    a command, so argparse still sees every choice and reports errors as before.
    """
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in VALUE_OPTIONS:
            skip = True
        elif token.startswith("--") and token.split("=", 1)[0] in VALUE_OPTIONS:
            continue
        elif token == "--version":
            continue
        else:
            return True
    return False


def build_parser(commands: tuple[str, ...] = COMMANDS) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"use this data directory (default: ${paths.ENV_DATA_DIR} or the user data directory)",
    )
    common.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=parse_today,
        default=argparse.SUPPRESS,
        help="the date to treat as today (for demos and tests)",
    )
    parser = Parser(
        prog="netplan-tui",
        description=(
            "Plan your professional network and set SMART networking goals. "
            "Without a command, opens the full-screen app."
        ),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"netplan-tui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in commands:
        try:
            module = importlib.import_module(f"netplan_tui.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"netplan_tui.cli.{name}":
                continue  # not built yet
            raise
        module.register(sub, common)
    return parser


def data_dir_of(args: argparse.Namespace) -> Path:
    return paths.resolve_data_dir(getattr(args, "data_dir", None))


def today_of(args: argparse.Namespace) -> date:
    return getattr(args, "today", None) or date.today()


def open_store(args: argparse.Namespace, *, write: bool = False, create: bool = False):  # noqa: ANN201
    """Open the store for a command, turning every known failure into a :class:`CliError`.

    Read-only commands do not create the data directory; ``create`` lets them
    work on an empty one anyway (as an empty plan).
    """
    from netplan_tui.data.store import DataFileError, LockedError, Store

    data_dir = data_dir_of(args)
    try:
        if write:
            return Store(data_dir, wait=LOCK_WAIT_SECONDS, clock=lambda: today_of(args))
        if not paths.data_file(data_dir).exists() and not create:
            raise CliError(
                f"No plan yet in {data_dir}. Run netplan-tui to start one, or netplan-tui demo.",
            )
        return Store(data_dir, readonly=True)
    except DataFileError as exc:
        raise CliError(damaged_message(exc)) from None
    except LockedError as exc:
        raise CliError(str(exc)) from None
    except PermissionError as exc:
        raise CliError(f"Cannot use {data_dir}: {exc.strerror}.") from None


def damaged_message(exc: object) -> str:
    path = getattr(exc, "path", "")
    detail = getattr(exc, "detail", str(exc))
    if getattr(exc, "kind", "") == "unreadable":
        advice = "Fix its permissions (or move away what is in its place), then try again."
    else:
        advice = (
            "Open netplan-tui to restore the newest backup or start fresh, or run "
            "netplan-tui restore PATH; the file is kept."
        )
    return f"{detail} File: {path}\n{advice}"


def main(argv: list[str] | None = None, *, tui: TuiLauncher | None = None) -> int:
    """Run a subcommand; without one, open the app through ``tui``.

    The command line sits below the TUI: it never imports Textual. The launcher
    (:mod:`netplan_tui.launcher`) passes the function that opens the app.
    """
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(COMMANDS if wants_command(argv) else ())
    args = parser.parse_args(argv)
    try:
        func = getattr(args, "func", None)
        if func is None:
            if tui is None:
                parser.print_help()
                return 2
            return tui(data_dir_of(args), today_of(args))
        return int(func(args) or 0)
    except CliError as exc:
        print(f"netplan-tui: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into a program that stopped reading (e.g. `| head`).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"netplan-tui: {exc.strerror or exc}", file=sys.stderr)
        return 1
