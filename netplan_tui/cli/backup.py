"""``netplan-tui backup``: write a complete JSON backup of the plan."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netplan_tui.cli import CliError, open_store, today_of
from netplan_tui.cli.base import command_help, now_of, write_output_or_fail


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "backup",
        parents=[common],
        help=command_help("backup"),
        description=(
            "Write everything netplan-tui holds to one JSON file, with its schema version. "
            "Restore it with: netplan-tui restore PATH"
        ),
    )
    parser.add_argument(
        "-o", "--output", metavar="PATH", type=Path,
        help="the backup file (default: netplan-backup-YYYY-MM-DD.json here); "
             "a pipe or a device such as /dev/stdout is written to as it is",
    )
    parser.add_argument("--force", action="store_true",
                        help="replace the -o file if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from netplan_tui.data.backup import backup_bytes, counts, describe_counts
    from netplan_tui.data.outputs import free_path

    today = today_of(args)
    force = args.force
    if args.output is None:
        target = free_path(Path.cwd(), f"netplan-backup-{today.isoformat()}", ".json")
        force = True  # a name the app chose, free a moment ago
    else:
        target = args.output
    store = open_store(args)
    try:
        snapshot = store.snapshot()
    finally:
        store.close()
    try:
        payload = backup_bytes(snapshot, now_of(args))
    except ValueError as exc:  # data saved by an older version that cannot be UTF-8
        raise CliError(f"Could not back up: {exc}.") from None
    written = write_output_or_fail(target, payload, force=force, report=False)
    summary = f"Backed up {describe_counts(counts(snapshot))}."
    if written is None:
        print(summary, file=sys.stderr)
    else:
        print(written)
        print(summary)
    return 0
