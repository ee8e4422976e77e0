"""Offer of starter qualities for the user's big-picture goal (first visit of screen 2)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from netplan_tui.core.models import QUALITY_CATEGORIES
from netplan_tui.tui.widgets.dialogs import Dialog
from netplan_tui.tui.widgets.styled_on_mount import FormButton

Suggestion = tuple[str, str, int]


def suggestions_content(suggestions: list[Suggestion]) -> Content:
    """One line per suggestion: category, name, target (our own constants: no user text)."""
    lines = [
        Content.assemble(
            Content.styled(f"{QUALITY_CATEGORIES.get(category, category):<12}", "$text-muted"),
            " ",
            Content.styled(name, "bold"),
            f"  · target {target}",
        )
        for category, name, target in suggestions
    ]
    return Content("\n").join(lines)


class QualitySuggestions(Dialog[bool]):
    """Dismisses with ``True`` to add every suggestion, ``False`` to start empty."""

    AUTO_FOCUS = "#qs-yes"

    BINDINGS = [
        Binding("a", "answer(True)", "Add all"),
        Binding("n", "answer(False)", "No thanks"),
    ]

    def __init__(self, goal_label: str, suggestions: list[Suggestion]) -> None:
        super().__init__()
        self.goal_label = goal_label
        self.suggestions = suggestions

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Start from suggestions?", id="qs-title", markup=False)
            yield Static(
                Content.from_markup(
                    "For the goal [b]$goal[/b], a network often includes:", goal=self.goal_label
                ),
            )
            yield Static(suggestions_content(self.suggestions), id="qs-list")
            yield Static(
                "Add them all, then change targets or delete the ones you do not need.",
                classes="hint",
                markup=False,
            )
            with Horizontal():
                yield FormButton("No thanks (n)", id="qs-no")
                yield FormButton("Add all (a)", id="qs-yes", variant="primary")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_answer(event.button.id == "qs-yes")

    def action_cancel(self) -> None:
        self.action_answer(False)

    def action_answer(self, value: bool) -> None:
        if self.is_active:  # a second key queued before the offer closed
            self.dismiss(value)
