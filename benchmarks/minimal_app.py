"""The baseline of the start-up benchmarks: the smallest useful Textual app.

A ``Static`` with the title "Minimal" and a ``Footer`` with one binding. It
pays what every Textual app pays (the interpreter, ``import textual.app``, the
first layout and paint) and nothing else, so netplan-tui's start-up is judged
against it, measured in the same run on the same machine.

Run: ``python -m benchmarks.minimal_app`` (``q`` quits).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static

TITLE = "Minimal"
MODES = ("one", "two", "three", "four", "five")


class MinimalApp(App[None]):
    """A Static and a Footer."""

    BINDINGS = [Binding("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Static(TITLE, id="title")
        yield Footer()


class MinimalScreen(Screen[None]):
    """One mode of :class:`MinimalModesApp`: a Static and a Footer."""

    def compose(self) -> ComposeResult:
        yield Static(f"{TITLE} {self.name}", id="title")
        yield Footer()


def _screen(name: str) -> Callable[[], Screen[None]]:
    return lambda: MinimalScreen(name=name)


class MinimalModesApp(App[None]):
    """Five modes switched with 1-5, as netplan-tui's screens: the floor of a screen switch."""

    MODES = {name: _screen(name) for name in MODES}
    BINDINGS = [
        *(Binding(str(i), f"switch_mode('{name}')", name) for i, name in enumerate(MODES, 1)),
        Binding("q", "quit", "Quit"),
    ]

    def on_mount(self) -> None:
        self.switch_mode(MODES[-1])


def main() -> None:
    MinimalApp().run()


if __name__ == "__main__":
    main()
