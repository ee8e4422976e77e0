"""Import LinkedIn's ``Connections.csv``: ask the path, preview the result, then apply.

Reading the file and planning the import run in a worker thread, so a large
export never blocks the screen; the store is changed only on the UI thread,
in one all-or-nothing save, after the user confirms the preview.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static
from textual.worker import Worker, WorkerState

from netplan_tui.core.models import Contact
from netplan_tui.tui.widgets.dialogs import Dialog
from netplan_tui.tui.widgets.safe_input import SafeInput

if TYPE_CHECKING:
    from netplan_tui.core.linkedin import ImportReport

HELP = (
    "LinkedIn: Settings → Data privacy → Get a copy of your data → Connections. "
    "Unzip it and give the path of Connections.csv."
)


class ImportProblem(Exception):
    """The file cannot be imported; the message says why in one line."""


@dataclass
class PlannedImport:
    """What an import would do, computed off the UI thread."""

    path: Path
    added: list[Contact]
    updated: list[Contact]
    report: ImportReport


def expand_path(text: str) -> Path:
    """The path typed or pasted by the user: quotes removed, ``~`` and ``$VARS`` expanded."""
    value = text.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return Path(os.path.expandvars(os.path.expanduser(value)))


def plan_file(path: Path, existing: list[Contact], today: date) -> PlannedImport:
    """Read ``path`` and plan the import against ``existing`` (no store access)."""
    from netplan_tui.core.linkedin import LinkedInFormatError, plan_import, read_export

    try:
        added, updated, report = plan_import(read_export(path), existing, today)
    except LinkedInFormatError as exc:
        raise ImportProblem(str(exc)) from None
    return PlannedImport(path, added, updated, report)


class ImportDialog(Dialog["ImportReport | None"]):
    """Dismisses with the report of an applied import, or ``None`` when nothing changed."""

    AUTO_FOCUS = "#imp-path"

    BINDINGS = [
        Binding("ctrl+s", "confirm", "Import", show=False),
    ]

    def __init__(self, existing: list[Contact], today: date) -> None:
        super().__init__()
        self.existing = existing
        self.today = today
        self.planned: PlannedImport | None = None
        self._read_text = ""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Import LinkedIn connections", id="imp-title", markup=False)
            yield Static(HELP, classes="hint", markup=False)
            yield SafeInput(placeholder="~/Downloads/Connections.csv", id="imp-path")
            yield Static(
                "Press enter to read the file. Nothing is saved before you confirm.",
                id="imp-status",
                markup=False,
            )
            with Horizontal():
                yield Button("Cancel (esc)", id="imp-cancel")
                yield Button("Read file", id="imp-read")
                yield Button("Import", id="imp-apply", variant="primary", disabled=True)

    # -- reading (worker thread) --------------------------------------------------------
    def _status(self, text: str, kind: str = "") -> None:
        status = self.query_one("#imp-status", Static)
        status.update(text)
        status.set_class(kind == "error", "-error")
        status.set_class(kind == "ready", "-ready")

    def read(self) -> None:
        text = self.query_one("#imp-path", Input).value
        if not text.strip():
            self._status("Type the path of Connections.csv first.", "error")
            return
        self.planned = None
        self._read_text = text
        self.query_one("#imp-apply", Button).disabled = True
        self._status("Reading…")
        path = expand_path(text)
        self.run_worker(
            lambda: plan_file(path, self.existing, self.today),
            name="linkedin-import",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker: Worker[Any] = event.worker
        if worker.name != "linkedin-import":
            return
        if event.state == WorkerState.SUCCESS and isinstance(worker.result, PlannedImport):
            self._ready(worker.result)
        elif event.state == WorkerState.ERROR:
            error = worker.error
            message = str(error) if isinstance(error, ImportProblem) else (
                f"Could not read the file ({type(error).__name__}). Nothing was changed."
            )
            self._status(message, "error")

    def _ready(self, planned: PlannedImport) -> None:
        report = planned.report
        if not planned.added and not planned.updated:
            self._status(f"{report.summary()} Nothing new to import.", "ready")
            return
        self.planned = planned
        self._status(f"{report.summary()} Press enter or Import to save.", "ready")
        button = self.query_one("#imp-apply", Button)
        button.disabled = False
        if self.query_one("#imp-path", Input).value != self._read_text:
            self.planned = None  # the path was changed while the file was read
            button.disabled = True
            self._status("Press enter to read the file. Nothing is saved before you confirm.")
            return
        button.focus()

    # -- applying (UI thread) -------------------------------------------------------------
    def action_confirm(self) -> None:
        planned = self.planned
        if planned is None:
            self.read()
            return
        app: Any = self.app
        if app.persist(app.store.apply_import, planned.added, planned.updated):
            self.dismiss(planned.report)

    @on(Input.Submitted, "#imp-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.read()

    @on(Input.Changed, "#imp-path")
    def _path_changed(self) -> None:
        if self.planned is not None:
            self.planned = None
            self.query_one("#imp-apply", Button).disabled = True
            self._status("Press enter to read the file. Nothing is saved before you confirm.")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "imp-apply":
            self.action_confirm()
        elif event.button.id == "imp-read":
            self.read()
        else:
            self.action_cancel()
