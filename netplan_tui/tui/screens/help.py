"""The help screen: every key of the screen it was opened from, and where data lives."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from netplan_tui.tui.screens import SECTIONS
from netplan_tui.tui.widgets.dialogs import Dialog

#: Keys of every screen, after the screens' own number keys.
GENERAL: list[tuple[str, str]] = [
    ("? / F1", "This help (F1 in a dialog too)"),
    ("ctrl+p", "Command palette: every screen and action by name"),
    (">", "Next step (first-run path: the next screen)"),
    ("x", "Export plan (Markdown in your documents folder)"),
    ("escape", "Leave a text field · close a dialog (asks first if you changed a field)"),
    ("tab / shift+tab", "Move between fields"),
    ("q / ctrl+q", "Quit (asks only when an edit is not saved yet; ctrl+q in a dialog)"),
]


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


def screen_keys(screen: Screen[object]) -> list[tuple[str, str]]:
    """(keys, action) of the keys a screen or dialog defines: the screen's own first
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
    order.sort(key=lambda row: row[0])  # stable: this screen's keys, inherited, widgets'
    return [(" / ".join(by_action[action]), text) for _, action, text in order]


@dataclass(frozen=True)
class HelpPage:
    """What the help shows, as plain strings: drawn with styles by :meth:`render`,
    read whole by :meth:`plain`. No string is ever read as markup."""

    title: str
    sections: list[tuple[str, list[tuple[str, str]]]]  # (heading, (keys, action) rows)
    data_file: str
    backups: str

    def notes(self) -> list[str]:
        return [
            "Everything stays on this computer, in one file (owner-only):",
            self.data_file,
            f"A dated copy is kept on the first save of each day in {self.backups}"
            " (the last 14). netplan-tui restore PATH brings one back.",
        ]

    def plain(self) -> str:
        lines = [f"Help · {self.title}"]
        for heading, rows in self.sections:
            lines += ["", heading, *(f"{keys}  {action}" for keys, action in rows)]
        return "\n".join([*lines, "", "Your data", *self.notes()])

    def render(self, colours: dict[str, str]) -> Group:
        """Headings, then each section's keys in a column as wide as its keys with the
        actions wrapping beside it (one line per key at 80 columns)."""
        primary = colours.get("primary", "")
        heading = Style.parse(f"bold {primary}".strip())
        key_style = Style.parse(colours.get("accent", "") or "bold")
        parts: list[Text | Table] = [
            Text(f"Help · {self.title}", Style.parse(f"bold underline {primary}".strip()))
        ]
        for name, rows in self.sections:
            parts.append(Text(f"\n{name}", heading))
            grid = Table.grid(padding=(0, 2, 0, 0), pad_edge=False)
            grid.add_column(no_wrap=True, style=key_style)
            grid.add_column(overflow="fold")
            for keys, action in rows:
                grid.add_row(Text(f" {keys}"), Text(action))
            parts.append(grid)
        where, data_file, copies = self.notes()
        parts += [
            Text("\nYour data", heading),
            Text(where),
            Text(data_file, key_style, overflow="fold"),
            Text(f"\n{copies}"),
        ]
        return Group(*parts)


def help_page(
    title: str, screen_keys: list[tuple[str, str]], data_file: str, backups: str,
    in_dialog: bool = False,
) -> HelpPage:
    sections = [("This dialog" if in_dialog else "This screen", screen_keys)] if screen_keys else []
    screens = [(s.key, s.subtitle.split("· ", 1)[1]) for s in SECTIONS]
    sections.append(("Everywhere", screens + GENERAL))
    return HelpPage(title, sections, data_file, backups)


class HelpBody(Widget):
    """The help page, drawn in the current theme's colours (again when it changes)."""

    def __init__(self, page: HelpPage) -> None:
        super().__init__()
        self.page = page

    def render(self) -> Group:
        return self.page.render(self.app.theme_variables)


class HelpScreen(Dialog[None]):
    """The keys of the screen or dialog it was opened from, every screen's keys, and
    where the data lives; closes on escape, ? or q.

    One widget draws the whole page (Rich text and grids): a ``Markdown`` widget built
    a widget per table cell, which made help the slowest dialog to open."""

    AUTO_FOCUS = "#help-text"

    BINDINGS = [
        # Escape closes without asking (nothing to lose here); these replace the
        # dialog's Escape and F1 keys, so the footer reads "esc Close".
        Binding("escape", "close", "Close"),
        Binding("question_mark,f1,q", "close", "Close help", show=False),
    ]

    def __init__(self, page: HelpPage) -> None:
        super().__init__()
        self.page = page

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll(id="help-text"):
                yield HelpBody(self.page)
            yield Static("escape closes", id="help-close", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
