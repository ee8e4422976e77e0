"""What happens when the data file cannot be used: say so, keep it, offer a way on.

The damaged file is never overwritten: it is renamed aside with a timestamp
before a backup is restored or a fresh plan is started.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Header, Static

from .storage import DataFileError
from .store import list_backups, newest_good_backup, quarantine, restore_file
from .text import clean


class RecoveryApp(App[str]):
    """A one-screen app: restore the newest good backup, start fresh, or quit."""

    TITLE = "netplan-tui"
    SUB_TITLE = "The data file needs attention"
    CSS = """
    Screen { align: center middle; }
    #box { width: 80; max-width: 100%; height: auto; border: thick $error 60%; padding: 1 2; }
    #title { text-style: bold; color: $error; margin-bottom: 1; }
    .line { margin-bottom: 1; }
    Horizontal { height: auto; }
    Button { margin-right: 2; }
    """
    BINDINGS = [
        Binding("r", "choose('restore')", "Restore backup"),
        Binding("f", "choose('fresh')", "Start fresh"),
        Binding("q,escape", "choose('quit')", "Quit"),
    ]

    def __init__(self, error: DataFileError, backup: Path | None) -> None:
        super().__init__()
        self.error = error
        self.backup = backup

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="box"):
            yield Static("Your plan could not be opened", id="title", markup=False)
            yield Static(self.error.detail, classes="line", markup=False)
            yield Static(f"File: {clean(self.error.path)}", classes="line", markup=False)
            if self.error.kind == "newer":
                advice = "Upgrade netplan-tui to open it, or continue here with a backup or a fresh plan."
            elif self.error.kind == "unreadable":
                advice = "Check the file's permissions, then start netplan-tui again."
            else:
                advice = "Nothing has been changed. Whatever you choose, the file is kept aside, renamed."
            yield Static(advice, classes="line", markup=False)
            with Horizontal():
                if self.backup is not None and self.error.kind != "unreadable":
                    yield Button(f"Restore {self.backup.name} (r)", id="restore", variant="primary")
                if self.error.kind != "unreadable":
                    yield Button("Start fresh (f)", id="fresh", variant="warning")
                yield Button("Quit (q)", id="quit")
        yield Footer()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_choose(event.button.id or "quit")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose" and parameters:
            choice = parameters[0]
            if choice == "restore":
                return self.backup is not None and self.error.kind != "unreadable"
            if choice == "fresh":
                return self.error.kind != "unreadable"
        return True

    def action_choose(self, choice: str) -> None:
        self.exit(choice)


def apply_choice(data_dir: Path, choice: str, backup: Path | None) -> Path | None:
    """Carry out a recovery choice; return where the damaged file was kept."""
    if choice not in ("restore", "fresh"):
        return None
    kept = quarantine(data_dir)
    if choice == "restore" and backup is not None:
        restore_file(data_dir, backup)
    return kept


def run_recovery(data_dir: Path, today: date, error: DataFileError) -> int:
    """Show the recovery app; on a choice, fix the data and open the main app."""
    backup = newest_good_backup(data_dir) if list_backups(data_dir) else None
    choice = RecoveryApp(error, backup).run()
    if choice not in ("restore", "fresh"):
        return 1
    kept = apply_choice(data_dir, choice, backup)
    if kept is not None:
        print(f"netplan-tui: the damaged file was kept as {kept}")
    from .cli import run_tui  # noqa: PLC0415 - circular at import time
    import argparse

    return run_tui(argparse.Namespace(data_dir=str(data_dir), today=today))
