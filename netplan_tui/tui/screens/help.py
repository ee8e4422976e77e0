"""The help screen: every key of the screen it was opened from, and where data lives."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Markdown, Static

from netplan_tui.tui.screens import SECTIONS
from netplan_tui.tui.widgets.dialogs import Dialog

GENERAL = """\
### Everywhere

| Key | Action |
|---|---|
{screens}
| `?` / `F1` | This help |
| `ctrl+p` | Command palette: every screen and action by name |
| `escape` | Leave a text field (then screen keys work) · close a dialog |
| `tab` / `shift+tab` | Move between fields |
| `q` | Quit (asks only when an edit is not saved yet) |
"""


def key_label(key: str) -> str:
    names = {
        "question_mark": "?",
        "greater_than_sign": ">",
        "less_than_sign": "<",
        "plus": "+",
        "minus": "-",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "slash": "/",
        "space": "space",
        "enter": "enter",
    }
    return " / ".join(names.get(k.strip(), k.strip()) for k in key.split(","))


def screen_keys_markdown(screen: Screen[object]) -> str:
    """A Markdown table of the keys a screen defines (its own and its widgets')."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if active.node is screen.app or not binding.description:
            continue
        label = binding.description
        if binding.action in seen:
            continue
        seen.add(binding.action)
        keys = [k for k, a in screen.active_bindings.items() if a.binding.action == binding.action]
        rows.append((" / ".join(key_label(k) for k in keys), label))
    if not rows:
        return ""
    lines = ["| Key | Action |", "|---|---|"]
    lines += [f"| `{k}` | {label} |" for k, label in rows]
    return "\n".join(lines)


class HelpScreen(Dialog[None]):
    """Markdown help that closes on escape, ? or q."""

    AUTO_FOCUS = "#help-text"

    BINDINGS = [
        Binding("question_mark,f1,q", "close", "Close help"),
    ]

    def __init__(self, title: str, screen_keys: str, data_file: str, backups: str) -> None:
        super().__init__()
        self._title = title
        self._screen_keys = screen_keys
        self._data_file = data_file
        self._backups = backups

    def compose(self) -> ComposeResult:
        screens = "\n".join(f"| `{s.key}` | {s.subtitle.split('· ', 1)[1]} |" for s in SECTIONS)
        parts = [f"## Help · {self._title}"]
        if self._screen_keys:
            parts += ["### This screen", self._screen_keys]
        parts.append(GENERAL.format(screens=screens))
        parts += [
            "### Your data",
            "Everything stays on this computer, in one file (owner-only):",
            f"`{self._data_file}`",
            "",
            f"A dated copy is kept on the first save of each day in `{self._backups}`"
            " (the last 14). `netplan-tui restore PATH` brings one back.",
        ]
        with Vertical():
            with VerticalScroll(id="help-text"):
                yield Markdown("\n\n".join(parts))
            yield Static("escape closes", id="help-close", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
