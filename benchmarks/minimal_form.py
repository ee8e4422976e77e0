"""The floor of a dialog's first opening: the contact form's widgets in a bare Textual app.

A screen with a 10,000-row ``DataTable``, a Header and a Footer; ``n`` opens a
modal form with the widgets of netplan-tui's contact form (a title, 13 labels
beside 11 compact inputs, two compact selects and a text area, two error lines,
two buttons, a footer) on a translucent background, styled by a few rules.
``--installed`` keeps one form (``install_screen``) instead of composing a new
one at each opening, as Textual's documentation shows both.

Used by ``bench_freeze.py`` as the baseline of the contact form's first opening.
"""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    DataTable,
    Footer,
    Header,
    Input,
    Label,
    Select,
    Static,
    TextArea,
)

CSS = """
Form { align: center middle; background: $background 60%; }
Form > Vertical { width: 90%; height: auto; max-height: 90%; border: tall $primary;
                  background: $surface; padding: 0 1; }
Form Grid { grid-size: 2; grid-columns: 16 1fr; grid-rows: auto; height: auto;
            grid-gutter: 0 1; }
Form VerticalScroll { height: auto; max-height: 100%; }
Form .label { width: 100%; text-align: right; }
Form .field { height: auto; }
Form .error { color: $error; height: auto; }
Form TextArea { height: 4; }
Form Horizontal { height: auto; align: right middle; }
"""

TEXT_FIELDS = ("Name", "Role", "Company", "Sector", "Location", "Skills", "Interests")
DATE_FIELDS = ("Last contact", "First contact")
EXTRA_FIELDS = ("Profile URL", "E-mail")


class Form(ModalScreen[None]):
    BINDINGS = [("escape", "dismiss", "Cancel"), ("ctrl+s", "dismiss", "Save")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("New contact")
            with VerticalScroll(can_focus=False), Grid():
                for number, name in enumerate(TEXT_FIELDS):
                    yield Label(name, classes="label")
                    if number == 0:
                        with Vertical(classes="field"):
                            yield Input(placeholder="required", compact=True)
                            yield Static("", classes="error")
                    else:
                        yield Input(placeholder="e.g. something", compact=True)
                yield Label("Where met", classes="label")
                yield Select([("Other", 1), ("Meetup", 2)], value=1, allow_blank=False,
                             compact=True)
                yield Label("Strength", classes="label")
                yield Select([(str(n), n) for n in range(1, 6)], value=3, allow_blank=False,
                             compact=True)
                for name in DATE_FIELDS:
                    yield Label(name, classes="label")
                    with Vertical(classes="field"):
                        yield Input(placeholder="YYYY-MM-DD", compact=True)
                        yield Static("", classes="error")
                for name in EXTRA_FIELDS:
                    yield Label(name, classes="label")
                    yield Input(placeholder="optional", compact=True)
                yield Label("Notes", classes="label")
                with Vertical(classes="field"):
                    yield TextArea(compact=True)
            with Horizontal():
                yield Button("Cancel (esc)", compact=True)
                yield Button("Save (ctrl+s)", variant="primary", compact=True)
        yield Footer()


class MinimalForm(App[None]):
    CSS = CSS
    BINDINGS = [("n", "new", "New contact"), ("q", "quit", "Quit")]

    def __init__(self, installed: bool = False, rows: int = 10_000) -> None:
        super().__init__()
        self.installed = installed
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield Header()
        table: DataTable[str] = DataTable()
        table.add_columns("Name", "Role", "Company", "Days")
        table.add_rows([(f"Person {n}", "Engineer", "Shopify", str(n % 300))
                        for n in range(self.rows)])
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.title = "minimal — form"
        if self.installed:
            self.install_screen(Form(), "form")

    def action_new(self) -> None:
        self.push_screen("form" if self.installed else Form())


if __name__ == "__main__":
    MinimalForm(installed="--installed" in sys.argv).run()
