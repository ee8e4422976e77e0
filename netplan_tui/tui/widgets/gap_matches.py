"""The contacts that have one quality (opened with enter on a gap analysis row)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from netplan_tui.core.models import Contact
from netplan_tui.core.text import one_line
from netplan_tui.tui.widgets.dialogs import Dialog

SHOWN_MAX = 500


class GapMatches(Dialog[None]):
    """Names, roles and companies of the contacts matching a quality."""

    AUTO_FOCUS = "DataTable"

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
                table: DataTable[Any] = DataTable(cursor_type="row", zebra_stripes=True)
                table.add_column("Name", width=24)
                table.add_column("Role", width=24)
                table.add_column("Company", width=18)
                for contact in self.contacts[:SHOWN_MAX]:
                    table.add_row(
                        Text(one_line(contact.name)),
                        Text(one_line(contact.role)),
                        Text(one_line(contact.company)),
                    )
                yield table
                if count > SHOWN_MAX:
                    yield Static(
                        f"The first {SHOWN_MAX} of {count} are shown.", classes="hint",
                        markup=False,
                    )
            yield Static("escape: close", classes="hint", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
