"""``netplan-tui export``: the plan as Markdown or JSON, on standard output or in a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netplan_tui.cli import CliError, open_store, today_of
from netplan_tui.core.dates import planning_month


def month_arg(value: str) -> str:
    from netplan_tui.core.months import is_month_key

    if not is_month_key(value):
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {value!r}")
    return value


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "export",
        parents=[common],
        help="export the plan as Markdown or JSON",
        description=(
            "Export the plan shaped like the exercise: big-picture goal, the network you "
            "want, the gap analysis and the month's SMART goals. Prints to standard "
            "output unless -o is given."
        ),
    )
    parser.add_argument("--format", choices=("md", "json"), default="md",
                        help="md (default) or json")
    parser.add_argument("--month", type=month_arg, metavar="YYYY-MM",
                        help="the month of the goals section (default: the month being planned)")
    parser.add_argument("-o", "--output", metavar="PATH", type=Path,
                        help="write to this file (atomically) and print its path")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from netplan_tui.core.export import render
    from netplan_tui.data.outputs import write_text

    today = today_of(args)
    month = args.month or planning_month(today)
    store = open_store(args)
    try:
        text = render(store, today, month, args.format)
    finally:
        store.close()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    target = Path(args.output).expanduser()
    if target.is_dir():
        raise CliError(f"{target} is a folder; give a file name.")
    write_text(target, text)
    print(target)
    return 0
