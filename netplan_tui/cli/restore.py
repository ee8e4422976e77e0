"""``netplan-tui restore``: replace the plan with a backup, after checking it completely."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netplan_tui.cli import CliError, data_dir_of, open_store
from netplan_tui.cli.base import command_help, now_of


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "restore",
        parents=[common],
        help=command_help("restore"),
        description=(
            "Replace everything with the content of a backup made by 'netplan-tui backup', "
            "or of a data file such as one of the automatic daily backups. The file is "
            "checked first; a bad one is refused and nothing changes. The data it replaces "
            "is kept in the backups folder."
        ),
    )
    parser.add_argument("path", metavar="PATH", type=Path, help="the backup or data file")
    parser.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(func=run)


def confirm(question: str) -> bool:
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def set_aside_damaged(args: argparse.Namespace) -> None:
    """A damaged data file is what restore is for: keep it aside (renamed), then restore."""
    from netplan_tui.data import paths
    from netplan_tui.data.store import DataFileError, check_file, quarantine

    data_dir = data_dir_of(args)
    data_file = paths.data_file(data_dir)
    if not (data_file.exists() or data_file.is_symlink()):
        return
    try:
        check_file(data_file)
    except DataFileError as exc:
        if exc.kind == "unreadable":
            return  # open_store reports it; nothing we may move
        kept = quarantine(data_dir)
        print(f"The damaged data file was kept as {kept}.")


def run(args: argparse.Namespace) -> int:
    from netplan_tui.data.backup import BackupError, counts, describe_counts, read_backup, restore
    from netplan_tui.data.store import DataFileError, SaveError

    source = Path(args.path).expanduser()
    try:
        data = read_backup(source)
    except BackupError as exc:
        raise CliError(f"Cannot restore {source}: {exc} Nothing was changed.") from None
    incoming = describe_counts(counts(data))
    if not args.yes and not sys.stdin.isatty():
        raise CliError("Restoring replaces all your data: pass --yes to confirm "
                       "(standard input is not a terminal, so there is no prompt).")
    set_aside_damaged(args)
    store = open_store(args, write=True)
    try:
        if not args.yes:
            current = describe_counts(counts(store.snapshot()))
            if not confirm(f"Replace your data ({current}) with {source.name} ({incoming})?"):
                print("Nothing was changed.")
                return 1
        try:
            kept = restore(store, data, now_of(args))
        except (SaveError, DataFileError, OSError) as exc:
            raise CliError(f"Could not restore: {exc} Nothing was changed.") from None
    finally:
        store.close()
    print(f"Restored {incoming} from {source}.")
    print(f"The data it replaced is kept in {kept}.")
    return 0
