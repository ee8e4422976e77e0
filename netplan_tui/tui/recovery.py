"""What happens when the data file cannot be used: say so, keep it, offer a way on.

The damaged file is never overwritten: it is renamed aside with a timestamp
before a backup is restored or a fresh plan is started.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Header, Static

from netplan_tui.core.dates import moment
from netplan_tui.core.text import clean
from netplan_tui.data import paths
from netplan_tui.data.storage import DataFileError
from netplan_tui.data.store import (
    LockedError,
    locked,
    newest_good_backup,
    quarantine,
    restore_file,
)

#: What to tell the user, by kind of :class:`DataFileError`.
ADVICE = {
    "newer": (
        "Upgrade netplan-tui to open it, or continue here with a backup or a fresh plan; "
        "the file is kept aside, renamed."
    ),
    "unreadable": (
        "Check the file's permissions (or move away what is in its place), "
        "then start netplan-tui again. Nothing has been changed."
    ),
    "": "Nothing has been changed. Whatever you choose, the file is kept aside, renamed.",
}


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
            yield Static(f"File: {clean(str(self.error.path))}", classes="line", markup=False)
            advice = ADVICE.get(self.error.kind, ADVICE[""])
            yield Static(advice, classes="line", markup=False)
            if self.backup is not None and self.error.kind != "unreadable":
                yield Static(
                    f"Newest good backup: {clean(str(self.backup))}", classes="line", markup=False
                )
            elif self.error.kind != "unreadable":
                folder = paths.backup_dir(Path(self.error.path).parent)
                yield Static(
                    f"No good backup was found in {clean(str(folder))}.",
                    classes="line",
                    markup=False,
                )
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


def apply_choice(
    data_dir: Path, choice: str, backup: Path | None, now: datetime | None = None
) -> Path | None:
    """Carry out a recovery choice; return where the damaged file was kept.

    Holds the data directory's lock throughout (:class:`LockedError` if another
    netplan-tui has it). The damaged file is renamed aside first, so nothing is
    ever written over it.
    """
    if choice not in ("restore", "fresh"):
        return None
    with locked(data_dir):
        kept = quarantine(data_dir, now)
        if choice == "restore" and backup is not None:
            restore_file(data_dir, backup, now=now)
    return kept


def run_recovery(data_dir: Path, error: DataFileError, today: date | None = None) -> int | None:
    """Show the recovery app and apply the choice.

    Returns the exit status when the app should not open, ``None`` once the data
    is usable again (the caller then opens the main app).
    """
    backup = newest_good_backup(data_dir)
    choice = RecoveryApp(error, backup).run()
    if choice not in ("restore", "fresh"):
        print(f"netplan-tui: nothing was changed; the data file is still {error.path}")
        return 1
    try:
        kept = apply_choice(data_dir, choice, backup, moment(today) if today else None)
    except (LockedError, DataFileError, OSError) as exc:
        print(f"netplan-tui: could not {choice}: {exc}")
        return 1
    if kept is not None:
        print(f"netplan-tui: the damaged file was kept as {kept}")
    return None
