"""``netplan-tui demo``: fill the data directory with a realistic demo plan."""

from __future__ import annotations

import argparse

from netplan_tui.cli import CliError, data_dir_of, open_store, today_of
from netplan_tui.cli.base import command_help, now_of


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "demo",
        parents=[common],
        help=command_help("demo"),
        description=(
            "Fill the data directory with a realistic demo plan: goals, qualities, 42 "
            "contacts and three months of SMART goals, dated relative to today. Refuses a "
            "directory that already holds a plan unless --force, which keeps a backup first."
        ),
    )
    parser.add_argument("--force", action="store_true",
                        help="replace an existing plan (a backup of it is kept first)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from netplan_tui.core.demo import fill_demo
    from netplan_tui.data.backup import keep_before
    from netplan_tui.data.store import SaveError

    data_dir = data_dir_of(args)
    store = open_store(args, write=True)
    kept = None
    try:
        if not store.is_empty():
            if not args.force:
                raise CliError(
                    f"{data_dir} already holds a plan; nothing was changed. Use "
                    "--force to replace it (a backup is kept), or --data-dir to pick "
                    "another directory.")
            kept = keep_before(store, now_of(args), "demo")
        try:
            numbers = fill_demo(store, today_of(args))
        except SaveError as exc:
            raise CliError(f"{exc}") from None
    finally:
        store.close()
    if kept is not None:
        print(f"The plan it replaced is kept in {kept}.")
    print(f"Demo plan written to {data_dir}: {numbers['qualities']} qualities, "
          f"{numbers['contacts']} contacts, {numbers['goals']} goals over "
          f"{numbers['months']} months.")
    return 0
