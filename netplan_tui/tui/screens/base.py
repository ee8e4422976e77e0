"""What every one of the five screens shares: header, nav strip, banners, footer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from netplan_tui.tui.screens import SECTION_BY_MODE
from netplan_tui.tui.widgets.footer import NetplanFooter
from netplan_tui.tui.widgets.nav import NavBar
from netplan_tui.tui.widgets.styled_on_mount import RestyledOnlyForNewRules
from netplan_tui.tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from netplan_tui.tui.app import NetplanApp

STEP_HINTS = {
    "goal": "Pick your primary big-picture goal, add a vision sentence and your weekly hours.",
    "qualities": "Describe the network you want: roles, companies, skills… each with a target.",
    "network": "Map the people you already know (or import LinkedIn's Connections.csv).",
    "gap": "See how far your network is from the one you want; note what to change.",
    "goals": "Write at least three SMART goals for the month. The checker helps as you type.",
}


MIN_WIDTH = 40
MIN_HEIGHT = 10


class PlanScreen(RestyledOnlyForNewRules, Screen[None]):
    """Base of the five peer screens (one Textual mode each)."""

    MODE = ""
    #: Where typing goes when the screen opens: each screen names its main widget.
    #: Textual focuses it right after compose, before any key reaches the screen
    #: (a ``.focus()`` in ``on_mount`` would come later: keys typed ahead would
    #: land in whichever widget Textual's default had focused).
    AUTO_FOCUS = ""
    _focus_before_small: Widget | None = None

    BINDINGS = [
        # In the footer only while a text field has the focus (see NetplanFooter).
        Binding("escape", "leave_field", "Leave field"),
    ]

    @property
    def napp(self) -> NetplanApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        section = SECTION_BY_MODE[self.MODE]
        self.sub_title = section.subtitle
        self._fit(*self.app.size)
        yield TitleBar()
        yield NavBar(self.MODE)
        if self.napp.store.readonly:
            yield Static(
                "Read-only: another netplan-tui is open on this data. Changes here are not saved.",
                classes="banner -warning",
                markup=False,
            )
        step = Static("", id="step-banner", classes="banner -step", markup=False)
        step.display = False
        yield step
        yield from self.compose_body()
        yield NetplanFooter()
        yield Static(
            f"The window is too small. Make it at least {MIN_WIDTH}×{MIN_HEIGHT}.",
            id="too-small",
            markup=False,
        )

    def on_resize(self, event: events.Resize) -> None:
        self._fit(*event.size)

    def _fit(self, width: int, height: int) -> None:
        """Below the minimum size, show only a message (Textual cannot wrap text at width 0).

        Hiding the screen's widgets takes the focus away; the field that had it gets
        it back when the window is large enough again, so typing goes on there and
        not into the screen's keys.
        """
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        was_small = self.has_class("-too-small")
        if small and not was_small:
            self._focus_before_small = self.focused
        self.set_class(small, "-too-small")
        if was_small and not small:
            widget = self._focus_before_small
            self._focus_before_small = None
            if widget is not None and widget.is_attached and self.focused is None:
                self.call_after_refresh(self._refocus, widget)

    def _refocus(self, widget: Widget) -> None:
        """Focus ``widget`` again, keeping a text field's cursor (no select-all on focus)."""
        selection = widget.selection if isinstance(widget, Input) else None
        self.set_focus(widget)
        if isinstance(widget, Input) and selection is not None:
            widget.call_later(setattr, widget, "selection", selection)

    def compose_body(self) -> ComposeResult:
        yield from ()

    _shown_at_saves: int | None = None

    def on_mount(self) -> None:
        self._load()

    def on_screen_resume(self) -> None:
        self.update_step_banner()
        if self.is_mounted:
            self._load()

    def _load(self, force: bool = False) -> None:
        """Call :meth:`refresh_data` unless nothing was saved since the last call.

        Textual runs ``on_mount`` and ``on_screen_resume`` of every class in the
        MRO, the first showing sends both, and closing a dialog resumes the screen
        under it: without this a screen would load its data again each time.
        """
        saves = self.napp.store.saves
        if not force and self._shown_at_saves == saves:
            return
        self._shown_at_saves = saves
        self.refresh_data()

    def reload(self) -> None:
        """Load the data again now (after the screen's own change, or another month)."""
        self._load(force=True)

    def mark_shown(self) -> None:
        """The screen already shows every save so far (it updated itself in place)."""
        self._shown_at_saves = self.napp.store.saves

    def update_step_banner(self) -> None:
        banner = self.query_one("#step-banner", Static)
        if self.napp.onboarding:
            index = [s for s in SECTION_BY_MODE].index(self.MODE) + 1
            hint = STEP_HINTS.get(self.MODE, "")
            last = "to finish" if index == len(SECTION_BY_MODE) else "for the next step"
            banner.update(f"First run · step {index} of 5: {hint}  Press > {last}.")
            banner.display = True
        else:
            banner.display = False

    def refresh_data(self) -> None:
        """Reload what the screen shows from the store (called when shown)."""

    def save_pending(self) -> None:
        """Save edits waiting for a pause in typing (called before quitting)."""

    def has_unsaved(self) -> bool:
        """True when the screen holds an edit that could not be saved (e.g. invalid)."""
        return False

    def action_leave_field(self) -> None:
        """Escape leaves a text field so that screen keys (1–5, q…) work again."""
        self.set_focus(None)
