"""``netplan-tui export``: the plan as Markdown or JSON, on standard output or in a file."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from netplan_tui.cli import open_store, today_of
from netplan_tui.cli.base import command_help, parse_month, write_output_or_fail
from netplan_tui.core.dates import planning_month


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "export",
        parents=[common],
        help=command_help("export"),
        description=(
            "Export the plan shaped like the exercise: big-picture goal, the network you "
            "want, the gap analysis and the month's SMART goals. Prints to standard "
            "output unless -o is given."
        ),
    )
    parser.add_argument("--format", choices=("md", "json", "ics"), default="md",
                        help="md (default), json, or ics (the month's goals for a calendar)")
    parser.add_argument("--month", type=parse_month, metavar="YYYY-MM",
                        help="the month of the goals section (default: the month being planned)")
    parser.add_argument("-o", "--output", metavar="PATH", type=Path,
                        help="write to this file (atomically, owner-only) and print its path; "
                             "a pipe or a device such as /dev/stdout is written to as it is")
    parser.add_argument("--force", action="store_true",
                        help="replace the -o file if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from netplan_tui.core.export import render

    today = today_of(args)
    month = args.month or planning_month(today)
    store = open_store(args)
    try:
        if args.format == "ics":
            from netplan_tui.core.ics import render_ics

            text = render_ics(store.goals(), month, datetime.now(timezone.utc))
        else:
            text = render(store, today, month, args.format)
    finally:
        store.close()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    write_output_or_fail(args.output, text.encode("utf-8"), force=args.force)
    return 0
