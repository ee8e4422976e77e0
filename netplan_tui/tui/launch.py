"""Open the full-screen app on a data directory (or the recovery app when it is damaged)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netplan_tui.cli.base import CliError
from netplan_tui.data.store import DataFileError, Store


def run_tui(data_dir: Path, today: date) -> int:
    try:
        store = Store(data_dir, readonly_if_locked=True)
    except DataFileError as exc:
        from netplan_tui.tui.recovery import run_recovery

        status = run_recovery(data_dir, exc)
        return run_tui(data_dir, today) if status is None else status
    except OSError as exc:  # the probe and the store word what they know; this is the rest
        raise CliError(f"Cannot use {data_dir}: {exc.strerror or exc}.") from None
    from netplan_tui.tui.app import make_app

    try:
        make_app(store, today).run()
    finally:
        store.close()
    return 0
