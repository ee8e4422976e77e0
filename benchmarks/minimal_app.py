"""The baseline of the start-up benchmarks: the smallest useful Textual app.

A ``Static`` with the title "Minimal" and a ``Footer`` with one binding. It
pays what every Textual app pays (the interpreter, ``import textual.app``, the
first layout and paint) and nothing else, so netplan-tui's start-up is judged
against it, measured in the same run on the same machine.

Run: ``python -m benchmarks.minimal_app`` (``q`` quits).
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Static

TITLE = "Minimal"


class MinimalApp(App[None]):
    """A Static and a Footer."""

    BINDINGS = [Binding("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Static(TITLE, id="title")
        yield Footer()


def main() -> None:
    MinimalApp().run()


if __name__ == "__main__":
    main()
