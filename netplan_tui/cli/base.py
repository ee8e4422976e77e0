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
from collections.abc import Callable, Collection
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

from netplan_tui import __version__
from netplan_tui.data import paths

#: Subcommands, in the order ``--help`` lists them: module name -> (the word typed,
#: the one-line help). The help lives here so that ``--help`` and usage errors can
#: list every command without importing its module; each module's ``register(sub,
#: common)`` adds its parser with ``help=command_help(word)`` and ``func=run``.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "locate": ("locate", "print the data file's path"),
    "check": ("check", "check a goal sentence against SMART"),
    "goals": ("goals", "print a month's goal checklist"),
    "goal": ("goal", "add, check off, count, edit, delete or carry a goal"),
    "status": ("status", "one line about this month's goals (for a shell prompt)"),
    "gap": ("gap", "print the gap analysis: target, have and gap per quality"),
    "import_linkedin": ("import-linkedin", "import the Connections.csv of a LinkedIn data export"),
    "export": ("export", "export the plan as Markdown or JSON, or the goals as a calendar"),
    "backup": ("backup", "write a complete JSON backup"),
    "restore": ("restore", "restore a backup (replaces all data)"),
    "demo": ("demo", "load a demo plan (a junior developer looking for remote work)"),
    "serve": ("serve", "open the app in a web browser (needs the web extra)"),
}
COMMANDS: tuple[str, ...] = tuple(SUBCOMMANDS)


def command_help(word: str) -> str:
    """The one-line help of the subcommand typed as ``word``."""
    for typed, line in SUBCOMMANDS.values():
        if typed == word:
            return line
    raise KeyError(word)


LOCK_WAIT_SECONDS = 3.0

#: The tables :func:`netplan_tui.core.context.context_from_store` reads (for ``open_store``).
CONTEXT_TABLES = ("plan", "qualities", "contacts", "goals")

#: Opens the full-screen app on a data directory and a day; returns the exit status.
TuiLauncher = Callable[[Path, date], int]

#: Options of the common parser that take a value (``--data-dir DIR``).
VALUE_OPTIONS = frozenset({"--data-dir", "--today"})


class CliError(Exception):
    """A problem to report in one or two lines, with an exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


#: The dates the app computes with (months ahead and behind, deadlines, reviews):
#: ``--today`` and every ``--month`` must fall in these years.
YEAR_MIN = 1900
YEAR_MAX = 2999
RANGE_WORDS = f"years {YEAR_MIN} to {YEAR_MAX}"


def parse_today(value: str) -> date:
    """``--today``: an ISO date in :data:`YEAR_MIN`..:data:`YEAR_MAX`."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
    if len(value) != 10 or not YEAR_MIN <= day.year <= YEAR_MAX:
        raise argparse.ArgumentTypeError(
            f"not a date netplan-tui can plan with (YYYY-MM-DD, {RANGE_WORDS}): {value!r}"
        )
    return day


def parse_month(value: str) -> str:
    """``--month`` of any command: ``YYYY-MM`` in :data:`YEAR_MIN`..:data:`YEAR_MAX`."""
    from netplan_tui.core.months import is_month_key

    if not is_month_key(value):
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {value!r}")
    if not YEAR_MIN <= int(value[:4]) <= YEAR_MAX:
        raise argparse.ArgumentTypeError(
            f"not a month netplan-tui can plan with ({RANGE_WORDS}): {value!r}"
        )
    return value


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


def build_parser(
    commands: tuple[str, ...] = COMMANDS, *, only: Collection[str] | None = None
) -> argparse.ArgumentParser:
    """The parser of ``netplan-tui`` with the subcommands ``commands`` (module names).

    With ``only``, just the commands whose word is in ``only`` import their module
    and add their full parser; the others get a placeholder with the same name and
    help line, so ``--help``, usage and "invalid choice" errors read exactly as
    with every module imported. :func:`parse` gives the words of ``argv``: the
    subcommand argparse picks is always among them (it matches names exactly).
    """
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
        word, help_line = SUBCOMMANDS[name]
        if only is not None and word not in only:
            placeholder = sub.add_parser(word, help=help_line, add_help=False)
            placeholder.set_defaults(placeholder_of=name)
            continue
        try:
            module = importlib.import_module(f"netplan_tui.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"netplan_tui.cli.{name}":
                continue  # not built yet
            raise
        module.register(sub, common)
    return parser


def parse(argv: list[str]) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """Parse ``argv`` importing only the subcommand modules it may name.

    Opening the app imports none; ``netplan-tui status`` imports only
    :mod:`.status` (not the SMART checker that ``check`` and ``goals`` need).
    Should argparse ever pick a placeholder, or leave words over (a usage
    error), the full parser parses again and has the last word.
    """
    if not wants_command(argv):
        parser = build_parser(())
        return parser, parser.parse_args(argv)
    parser = build_parser(COMMANDS, only=set(argv))
    args, extra = parser.parse_known_args(argv)
    if extra or getattr(args, "placeholder_of", None) is not None:
        parser = build_parser(COMMANDS)
        args = parser.parse_args(argv)
    return parser, args


def data_dir_of(args: argparse.Namespace) -> Path:
    return paths.resolve_data_dir(getattr(args, "data_dir", None))


def today_of(args: argparse.Namespace) -> date:
    return getattr(args, "today", None) or date.today()


def now_of(args: argparse.Namespace) -> datetime:
    """Today (``--today`` or the clock) at the current time of day."""
    from netplan_tui.core.dates import moment

    return moment(today_of(args))


def has_plan(args: argparse.Namespace) -> bool:
    """Whether the data file exists; :class:`CliError` when something stands in its way.

    Use it instead of ``Path.exists()``, which says ``False`` for a link loop or
    a data folder that is a file, so the command would show an empty plan.
    """
    from netplan_tui.data.storage import DataFileError, probe_data_file

    try:
        return probe_data_file(paths.data_file(data_dir_of(args)))
    except DataFileError as exc:
        raise CliError(damaged_message(exc)) from None


def open_store(  # noqa: ANN201
    args: argparse.Namespace,
    *,
    write: bool = False,
    create: bool = False,
    tables: Collection[str] | None = None,
):
    """Open the store for a command, turning every known failure into a :class:`CliError`.

    Read-only commands do not create the data directory; ``create`` lets them
    work on an empty one anyway (as an empty plan). A read-only command that
    names the ``tables`` it reads gets them parsed and checked here, and the
    others only if it reads them after all (:func:`main` reports a damaged one
    the same way); by default every table is checked here.
    """
    from netplan_tui.data.store import DataFileError, LockedError, SaveError, Store

    data_dir = data_dir_of(args)
    try:
        if write:
            return Store(data_dir, wait=LOCK_WAIT_SECONDS, clock=lambda: today_of(args))
        if not has_plan(args) and not create:
            raise CliError(
                f"No plan yet in {data_dir}. Run netplan-tui to start one, or netplan-tui demo.",
            )
        store = Store(data_dir, readonly=True, lazy=True)
        try:
            store.use(tables)
        except BaseException:
            store.close()
            raise
        return store
    except DataFileError as exc:
        raise CliError(damaged_message(exc)) from None
    except (LockedError, SaveError) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"Cannot use {data_dir}: {exc.strerror or exc}.") from None


#: The most ``-`` (standard input) is read for: goals are sentences, one per line.
STDIN_LIMIT = 1024 * 1024


def read_stdin(limit: int = STDIN_LIMIT) -> str:
    """Standard input as text, at most ``limit`` bytes read (``check - < /dev/zero`` ends)."""
    from netplan_tui.data.inputs import InputTooLarge, read_text_limited

    try:
        return read_text_limited(sys.stdin, limit)
    except InputTooLarge:
        raise CliError(f"standard input is larger than {limit // 1024} KB; "
                       "give fewer goals at a time.", 2) from None


def write_output_or_fail(
    target: str | Path, payload: bytes, *, force: bool = False, report: bool = True
) -> Path | None:
    """Write a command's output with :func:`~netplan_tui.data.outputs.write_output`.

    Prints the path of a file written (with ``report``) and returns it; returns
    ``None`` when the output was streamed (``-``, a pipe, a device). Refusals and
    write failures are one-sentence :class:`CliError`.
    """
    from netplan_tui.data.outputs import OutputError, write_output

    target = target if str(target) == "-" else Path(target).expanduser()
    try:
        written = write_output(target, payload, force=force)
    except OutputError as exc:
        raise CliError(f"{exc} Nothing was written.") from None
    except OSError as exc:
        raise CliError(f"Could not write {target}: {exc.strerror or exc}. "
                       "Nothing was changed.") from None
    if written is not None and report:
        print(written)
    return written


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
    named = "" if str(path) and str(path) in detail else f" File: {path}"
    return f"{detail}{named}\n{advice}"


def main(argv: list[str] | None = None, *, tui: TuiLauncher | None = None) -> int:
    """Run a subcommand; without one, open the app through ``tui``.

    The command line sits below the TUI: it never imports Textual. The launcher
    (:mod:`netplan_tui.launcher`) passes the function that opens the app.
    """
    if argv is None:
        argv = sys.argv[1:]
    parser, args = parse(argv)
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
    except Exception as exc:
        from netplan_tui.data.storage import DataFileError

        if not isinstance(exc, DataFileError):
            raise
        # a table of a read-only store is checked when first read (open_store)
        print(f"netplan-tui: {damaged_message(exc)}", file=sys.stderr)
        return 1
