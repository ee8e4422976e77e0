"""``netplan-tui backup``: write a complete JSON backup of the plan."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from netplan_tui.cli import CliError, open_store, today_of


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "backup",
        parents=[common],
        help="write a complete JSON backup",
        description=(
            "Write everything netplan-tui holds to one JSON file, with its schema version. "
            "Restore it with: netplan-tui restore PATH"
        ),
    )
    parser.add_argument(
        "-o", "--output", metavar="PATH", type=Path,
        help="the backup file (default: netplan-backup-YYYY-MM-DD.json here)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from netplan_tui.data.backup import counts, describe_counts, write_backup
    from netplan_tui.data.outputs import free_path

    today = today_of(args)
    if args.output is None:
        target = free_path(Path.cwd(), f"netplan-backup-{today.isoformat()}", ".json")
    else:
        target = Path(args.output).expanduser()
        if target.is_dir():
            raise CliError(f"{target} is a folder; give a file name.")
    store = open_store(args)
    try:
        write_backup(store, target, datetime.now())
        summary = describe_counts(counts(store.snapshot()))
    finally:
        store.close()
    print(target)
    print(f"Backed up {summary}.")
    return 0
