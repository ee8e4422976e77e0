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
| `?` / `F1` | This help (`F1` in a dialog too) |
| `ctrl+p` | Command palette: every screen and action by name |
| `>` | Next step (first-run path: the next screen) |
| `x` | Export plan (Markdown in your documents folder) |
| `escape` | Leave a text field · close a dialog (asks first if you changed a field) |
| `tab` / `shift+tab` | Move between fields |
| `q` / `ctrl+q` | Quit (asks only when an edit is not saved yet; `ctrl+q` in a dialog) |
"""


def is_ours(node: object, action: str | None = None) -> bool:
    """A screen, dialog or widget of this app (not one of Textual's own widgets), and,
    given an action, one that a class of ours binds (not Textual's tab/focus next)."""
    if not type(node).__module__.startswith("netplan_tui."):
        return False
    if action is None:
        return True
    for cls in type(node).__mro__:
        if cls.__module__.startswith("netplan_tui."):
            for binding in cls.__dict__.get("BINDINGS", []):
                if getattr(binding, "action", None) == action:
                    return True
    return False


def _declared_at(screen: Screen[object], action: str) -> int:
    """How far up the screen's class tree ``action`` is bound (0: by the class itself)."""
    for depth, cls in enumerate(type(screen).__mro__):
        if any(getattr(b, "action", None) == action for b in cls.__dict__.get("BINDINGS", [])):
            return depth
    return len(type(screen).__mro__)


def screen_keys_markdown(screen: Screen[object]) -> str:
    """A Markdown table of the keys a screen or dialog defines: the screen's own first
    (those of its class before those it inherits, e.g. a form's Save before the
    Escape every dialog has), then those of its own widgets. Textual's generic keys
    (cursor moves, paging, focus next…) are left out: they work the same everywhere
    and would bury the screen's."""
    app = screen.app
    by_action: dict[str, list[str]] = {}
    order: list[tuple[int, str, str]] = []
    for active in screen.active_bindings.values():
        binding = active.binding
        node = active.node
        if node is app or not binding.description or not is_ours(node, binding.action):
            continue
        label = app.get_key_display(binding)
        keys = by_action.get(binding.action)
        if keys is None:
            by_action[binding.action] = [label]
            rank = _declared_at(screen, binding.action) if node is screen else 10_000
            order.append((rank, binding.action, binding.description))
        elif label not in keys:
            keys.append(label)
    if not order:
        return ""
    order.sort(key=lambda row: row[0])  # stable: this screen's keys, inherited, widgets'
    lines = ["| Key | Action |", "|---|---|"]
    lines += [f"| `{' / '.join(by_action[action])}` | {text} |" for _, action, text in order]
    return "\n".join(lines)


class HelpScreen(Dialog[None]):
    """Markdown help that closes on escape, ? or q."""

    AUTO_FOCUS = "#help-text"

    BINDINGS = [
        # Escape closes without asking (nothing to lose here); these replace the
        # dialog's Escape and F1 keys, so the footer reads "esc Close".
        Binding("escape", "close", "Close"),
        Binding("question_mark,f1,q", "close", "Close help", show=False),
    ]

    def __init__(
        self, title: str, screen_keys: str, data_file: str, backups: str, in_dialog: bool = False
    ) -> None:
        super().__init__()
        self._in_dialog = in_dialog
        self._title = title
        self._screen_keys = screen_keys
        self._data_file = data_file
        self._backups = backups

    def compose(self) -> ComposeResult:
        screens = "\n".join(f"| `{s.key}` | {s.subtitle.split('· ', 1)[1]} |" for s in SECTIONS)
        parts = [f"## Help · {self._title}"]
        if self._screen_keys:
            here = "This dialog" if self._in_dialog else "This screen"
            parts += [f"### {here}", self._screen_keys]
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
