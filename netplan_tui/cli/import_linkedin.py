"""``netplan-tui import-linkedin PATH``: add LinkedIn connections to the network."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from netplan_tui.cli import CliError, open_store, today_of
from netplan_tui.cli.base import command_help


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "import-linkedin",
        parents=[common],
        help=command_help("import-linkedin"),
        description=(
            "Add the people of LinkedIn's Connections.csv to your network (role from "
            "Position, company, first contact from Connected On). Re-importing adds nobody "
            "twice. A file that is not such an export is refused and nothing changes."
        ),
    )
    parser.add_argument("path", metavar="PATH", help="path of Connections.csv")
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would change, save nothing"
    )
    parser.set_defaults(func=run)


def read_file(text: str) -> bytes:
    from netplan_tui.core.linkedin import LinkedInFormatError, read_export

    try:
        return read_export(Path(os.path.expanduser(text)))
    except LinkedInFormatError as exc:
        raise CliError(str(exc)) from None


def run(args: argparse.Namespace) -> int:
    from netplan_tui.core.linkedin import LinkedInFormatError, plan_import
    from netplan_tui.data.store import SaveError

    data = read_file(args.path)
    store = open_store(args, write=not args.dry_run, create=True)
    try:
        try:
            added, updated, report = plan_import(data, store.contacts(), today_of(args))
        except LinkedInFormatError as exc:
            raise CliError(f"{args.path}: {exc}") from None
        if not args.dry_run and (added or updated):
            try:
                store.apply_import(added, updated)
            except SaveError as exc:
                raise CliError(f"Nothing was imported: {exc}") from None
    finally:
        store.close()
    print(report.summary())
    if args.dry_run:
        print("Dry run: nothing was saved.")
    return 0
