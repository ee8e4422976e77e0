"""Open the full-screen app on a data directory (or the recovery app when it is damaged)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from netplan_tui.cli.base import CliError
from netplan_tui.data.store import DataFileError, Store
from netplan_tui.tui.collector import collect_from_here


def run_tui(data_dir: Path, today: date) -> int:
    try:
        # The store's clock is the app's today: goals' created days and the daily
        # copy's name follow --today like everything else. The big tables are read
        # after the first screen is drawn (``defer``, see data/pending.py).
        store = Store(data_dir, readonly_if_locked=True, clock=lambda: today, defer=True)
    except DataFileError as exc:
        from netplan_tui.tui.recovery import run_recovery

        collect_from_here()
        status = run_recovery(data_dir, exc, today)
        return run_tui(data_dir, today) if status is None else status
    except OSError as exc:  # the probe and the store word what they know; this is the rest
        raise CliError(f"Cannot use {data_dir}: {exc.strerror or exc}.") from None
    from netplan_tui.tui.app import make_app

    app = make_app(store, today)
    collect_from_here()
    try:
        app.run()
    finally:
        store.close()
    status = app.return_code or 0
    if status:
        # Textual has printed the error above; say what it means for the person's data.
        print(
            f"netplan-tui stopped because of an unexpected error (exit status {status}). "
            f"Everything saved before it is in {data_dir}.",
            file=sys.stderr,
        )
    return status
