"""The contacts that have one quality (opened with enter on a gap analysis row)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from netplan_tui.core.models import Contact
from netplan_tui.core.text import one_line
from netplan_tui.tui.widgets.dialogs import Dialog
from netplan_tui.tui.widgets.record_table import CellValue, Column, RecordTable

COLUMNS = (
    Column("name", "Name", 24, 24, 24),
    Column("role", "Role", 24, 24, 24),
    Column("company", "Company", 18, 18, 18),
)


class GapMatches(Dialog[None]):
    """Names, roles and companies of the contacts matching a quality (all of them:
    the table draws only the rows in view)."""

    AUTO_FOCUS = "RecordTable"

    BINDINGS = [Binding("q", "close", "Close")]

    def __init__(self, quality: str, contacts: list[Contact], target: int) -> None:
        super().__init__()
        self.quality = quality
        self.contacts = contacts
        self.target = target

    def compose(self) -> ComposeResult:
        count = len(self.contacts)
        with Vertical():
            yield Static(
                f"{one_line(self.quality, 60)} · {count} of {self.target} wanted",
                id="gm-title",
                markup=False,
            )
            if not self.contacts:
                yield Static(
                    "Nobody in your network matches this quality yet. Press g on the row "
                    "to draft a goal that closes the gap.",
                    classes="hint",
                    markup=False,
                )
            else:
                yield RecordTable(COLUMNS, self.row_cells, id="gm-table")
            yield Static("escape: close", classes="hint", markup=False)

    def set_up(self) -> None:
        if self.contacts:
            self.query_one(RecordTable).set_rows(range(len(self.contacts)))

    def row_cells(self, index: object) -> tuple[CellValue, ...]:
        contact = self.contacts[index]  # type: ignore[index]
        return contact.name, contact.role, contact.company

    def action_close(self) -> None:
        self.dismiss(None)
