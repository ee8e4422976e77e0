"""Screen 1: the big-picture networking goal, the vision and the weekly time budget."""

from __future__ import annotations

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from netplan_tui.core.models import BIG_PICTURE_GOALS, HOURS_MAX, HOURS_MIN, Plan
from netplan_tui.core.text import one_line
from netplan_tui.tui.screens.base import PlanScreen
from netplan_tui.tui.widgets.lists import SafeOptionList
from netplan_tui.tui.widgets.safe_input import SafeInput, SafeTextArea

SAVE_DELAY = 0.4  # seconds of quiet typing before a field is saved

CUSTOM_EMPTY = "Write your own goal in a few words first: it cannot be empty."
HOURS_ERROR = (
    f"Hours per week must be a number from {HOURS_MIN:g} to {HOURS_MAX:g} (e.g. 3 or 2.5)."
)


def parse_hours(text: str) -> tuple[float | None, str]:
    """Parse the hours field: ``(value, "")`` or ``(None, error)``; empty is ``(None, "")``."""
    value = text.strip().replace(",", ".")
    if not value:
        return None, ""
    try:
        hours = float(value)
    except ValueError:
        return None, HOURS_ERROR
    if not (HOURS_MIN <= hours <= HOURS_MAX) or hours != hours:
        return None, HOURS_ERROR
    return round(hours, 2), ""


def format_hours(hours: float | None) -> str:
    return "" if hours is None else f"{hours:g}"


class GoalScreen(PlanScreen):
    """Pick one primary goal (and any secondary ones), write a vision, set hours."""

    MODE = "goal"
    AUTO_FOCUS = "#goal-options"

    BINDINGS = [
        Binding("p", "primary", "Primary"),
        Binding("s,space", "secondary", "Secondary"),
        Binding("v", "focus_field('vision')", "Vision"),
        Binding("h", "focus_field('hours')", "Hours"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.plan = Plan()
        self._pending_custom: str | None = None  # "primary" | "secondary" awaiting text
        self._timer: Timer | None = None
        self._dirty: set[str] = set()

    # -- layout ---------------------------------------------------------------------
    def compose_body(self) -> ComposeResult:
        # Not focusable: Tab goes from the goals to the fields, never to the frame.
        with VerticalScroll(classes="body", id="goal-body", can_focus=False):
            yield Label("What is your big-picture networking goal?", classes="section-title")
            yield Static(
                "enter or p: primary (one) · space or s: secondary (any) · tab: the fields below",
                classes="hint",
                markup=False,
            )
            yield SafeOptionList(id="goal-options")
            with Grid(id="goal-form"):
                yield Label("Your own goal", classes="form-label")
                yield SafeInput(
                    placeholder="e.g. Find a mentor in data engineering",
                    id="custom",
                    max_length=300,
                    compact=True,
                )
                yield Static("", id="custom-error", classes="error", markup=False)
                yield Label("Vision", classes="form-label")
                # Wraps, so the whole vision shows from its start; still one line:
                # enter moves on like the other fields, pasted line breaks become spaces.
                yield SafeTextArea(
                    placeholder="In six months your network will…",
                    id="vision",
                    max_length=1000,
                    one_line=True,
                    compact=True,
                )
                yield Label(f"Hours a week ({HOURS_MIN:g}–{HOURS_MAX:g})", classes="form-label")
                yield SafeInput(placeholder="e.g. 3", id="hours", max_length=12, compact=True)
                yield Static("", id="hours-error", classes="error", markup=False)
                yield Label("Dream jobs, companies", classes="form-label")
                yield SafeInput(
                    placeholder="e.g. Backend developer at GitLab, Shopify or a remote-first team",
                    id="dream",
                    max_length=1000,
                    compact=True,
                )

    def refresh_data(self) -> None:
        self.plan = self.napp.store.get_plan()
        self._dirty.clear()
        self.query_one("#custom", Input).value = self.plan.custom_goal
        vision = self.query_one("#vision", TextArea)
        if vision.text != self.plan.vision:
            vision.load_text(self.plan.vision)
        self.query_one("#hours", Input).value = format_hours(self.plan.weekly_hours)
        self.query_one("#dream", Input).value = self.plan.dream_jobs
        self._show_error("custom", "")
        self._show_error("hours", "")
        self._dirty.clear()
        self.render_options()

    def on_mount(self) -> None:
        super().on_mount()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.render_options())

    def render_options(self) -> None:
        options = self.query_one("#goal-options", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        theme = self.app.theme_variables
        primary = Style.parse(f"bold {theme.get('success', '')}".strip())
        secondary = Style.parse(theme.get("accent", "") or "none")
        for key, (label, explanation) in BIG_PICTURE_GOALS.items():
            # The mark in its own column, the title and its explanation in the next:
            # an explanation that wraps at 80 columns stays under the title.
            if key == self.plan.primary_goal:
                mark, role = "★", Text("  primary", primary)
            elif key in self.plan.secondary_goals:
                mark, role = "+", Text("  secondary", secondary)
            else:
                mark, role = "○", Text("")
            title = label
            if key == "custom" and self.plan.custom_goal:
                title = f"{label}: {one_line(self.plan.custom_goal, 60)}"
            body = Text.assemble(Text(title, "bold"), role, "\n", Text(explanation, "dim"))
            prompt = Table.grid(padding=(0, 1, 0, 0))
            prompt.add_column(width=1, no_wrap=True)
            prompt.add_column(overflow="fold")
            prompt.add_row(Text(mark), body)
            options.add_option(Option(prompt, id=key))
        options.highlighted = highlighted if highlighted is not None else 0

    # -- choosing goals -------------------------------------------------------------
    def _highlighted_key(self) -> str | None:
        options = self.query_one("#goal-options", OptionList)
        if options.highlighted is None:
            return None
        return options.get_option_at_index(options.highlighted).id

    @on(OptionList.OptionSelected, "#goal-options")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.choose(event.option.id, "primary")

    def action_primary(self) -> None:
        key = self._highlighted_key()
        if key:
            self.choose(key, "primary")

    def action_secondary(self) -> None:
        key = self._highlighted_key()
        if key:
            self.choose(key, "secondary")

    def choose(self, key: str, role: str) -> None:
        """Make ``key`` the primary goal, or toggle it as a secondary one."""
        if key == "custom" and not self.query_one("#custom", Input).value.strip():
            adding = role == "primary" or "custom" not in self.plan.secondary_goals
            if adding:
                self._pending_custom = role
                self._show_error("custom", CUSTOM_EMPTY)
                field = self.query_one("#custom", Input)
                # Textual's own scroll to a focused field looks before the error line
                # is laid out, so it showed the field with or without its error.
                field.focus(scroll_visible=False)
                self.call_after_refresh(self._reveal, field, self.query_one("#custom-error"))
                return
        plan = self.napp.store.get_plan()
        if role == "primary":
            plan.primary_goal = key
            plan.secondary_goals = [k for k in plan.secondary_goals if k != key]
        elif key in plan.secondary_goals:
            plan.secondary_goals = [k for k in plan.secondary_goals if k != key]
        else:
            if key == plan.primary_goal:
                plan.primary_goal = ""
            plan.secondary_goals = [*plan.secondary_goals, key]
        if key == "custom":
            plan.custom_goal = self.query_one("#custom", Input).value.strip()
        if self.napp.persist(self.napp.store.save_plan, plan):
            self.plan = plan
            self._dirty.discard("custom")
        self.render_options()

    # -- text fields ----------------------------------------------------------------
    @on(Input.Changed)
    @on(TextArea.Changed)
    def _changed(self, event: Input.Changed | TextArea.Changed) -> None:
        widget = event.control
        field = (widget.id if widget is not None else "") or ""
        value = self._field_value(field)
        if field == "hours":
            _, error = parse_hours(value)
            self._show_error("hours", error)
        elif field == "custom":
            self._show_error("custom", self._custom_error(value))
        stored = self._stored_value(field)
        if value != stored:
            self._dirty.add(field)
        else:
            self._dirty.discard(field)
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_DELAY, self.flush)

    @on(Input.Submitted)
    @on(SafeTextArea.Submitted)
    def _submitted(self, event: Input.Submitted | SafeTextArea.Submitted) -> None:
        event.stop()
        self.flush()
        self.focus_next()

    def on_descendant_blur(self) -> None:
        self.flush()

    def on_screen_suspend(self) -> None:
        self.flush()

    def _field_value(self, field: str) -> str:
        widget = self.query_one(f"#{field}")
        if isinstance(widget, TextArea):
            return widget.text
        return widget.value if isinstance(widget, Input) else ""

    def _stored_value(self, field: str) -> str:
        return {
            "custom": self.plan.custom_goal,
            "vision": self.plan.vision,
            "hours": format_hours(self.plan.weekly_hours),
            "dream": self.plan.dream_jobs,
        }.get(field, "")

    def _custom_error(self, value: str) -> str:
        uses_custom = (
            self.plan.primary_goal == "custom"
            or "custom" in self.plan.secondary_goals
            or self._pending_custom is not None
        )
        if uses_custom and not value.strip():
            return CUSTOM_EMPTY
        return ""

    def flush(self) -> None:
        """Save every changed field that is valid; leave invalid ones on screen."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self._dirty:
            return
        plan = self.napp.store.get_plan()
        saved: set[str] = set()
        for field in sorted(self._dirty):
            value = self._field_value(field)
            if field == "hours":
                hours, error = parse_hours(value)
                if error:
                    continue
                plan.weekly_hours = hours
            elif field == "custom":
                if self._custom_error(value):
                    continue
                plan.custom_goal = value.strip()
            elif field == "vision":
                plan.vision = value.strip()
            elif field == "dream":
                plan.dream_jobs = value.strip()
            saved.add(field)
        pending = self._pending_custom
        applied = False
        if pending and plan.custom_goal:
            applied = True
            if pending == "primary":
                plan.primary_goal = "custom"
                plan.secondary_goals = [k for k in plan.secondary_goals if k != "custom"]
            elif "custom" not in plan.secondary_goals:
                plan.secondary_goals.append("custom")
            self._pending_custom = None
        if not saved and not applied:
            return
        if self.napp.persist(self.napp.store.save_plan, plan):
            self.plan = plan
            self._dirty -= saved
            self.render_options()

    def _show_error(self, field: str, message: str) -> None:
        error = self.query_one(f"#{field}-error", Static)
        error.update(message)
        error.set_class(not message, "-hidden")

    def _reveal(self, *widgets: Widget) -> None:
        """Scroll the form so that each of ``widgets`` is in view (the first last)."""
        body = self.query_one("#goal-body", VerticalScroll)
        for widget in reversed(widgets):
            body.scroll_to_widget(widget, animate=False)

    def save_pending(self) -> None:
        self.flush()

    def has_unsaved(self) -> bool:
        return bool(self._dirty)

    def action_focus_field(self, field: str) -> None:
        self.query_one(f"#{field}").focus()
