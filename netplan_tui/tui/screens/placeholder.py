"""A plain screen for a step whose full screen is not built yet."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from netplan_tui.tui.screens.base import PlanScreen


class PlannedScreen(PlanScreen):
    """Says what the screen will hold; never crashes."""

    PLANNED = ""
    AUTO_FOCUS = ""

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(classes="body", can_focus=False):
            yield Static(self.PLANNED, classes="planned", markup=False)
