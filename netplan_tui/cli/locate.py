"""``netplan-tui locate``: print where the data file is."""

from __future__ import annotations

import argparse

from netplan_tui.cli import data_dir_of
from netplan_tui.cli.base import command_help
from netplan_tui.data import paths


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "locate",
        parents=[common],
        help=command_help("locate"),
        description="Print the path of the data file (it may not exist yet).",
    )
    parser.add_argument("--dir", action="store_true", help="print the data directory instead")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    print(data_dir if args.dir else paths.data_file(data_dir))
    return 0
