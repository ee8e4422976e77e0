"""Screen 5: one month's SMART goals as a checklist, with progress, pace and review."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from netplan_tui.core import carry, months, smart
from netplan_tui.core.context import build_context
from netplan_tui.core.models import Goal, ProgressEvent, month_key
from netplan_tui.core.text import one_line
from netplan_tui.tui.screens import goals_view as view
from netplan_tui.tui.screens.base import PlanScreen
from netplan_tui.tui.screens.goals_checks import MonthChecks
from netplan_tui.tui.screens.goals_table import MonthTable
from netplan_tui.tui.widgets.dialogs import ConfirmDialog
from netplan_tui.tui.widgets.smart_chips import (
    chips_content,
    theme_styles,
)

if TYPE_CHECKING:
    from textual.widgets import DataTable

    from netplan_tui.tui.widgets.goal_editor import GoalEditor
    from netplan_tui.tui.widgets.review_dialog import ReviewResult


class GoalsScreen(MonthTable, MonthChecks, PlanScreen):
    """A month's goals: check off, count progress, plan, review."""

    MODE = "goals"
    AUTO_FOCUS = "#checklist"

    BINDINGS = [
        Binding("space", "toggle_done", "Done"),
        Binding("plus,equals_sign", "progress(1)", "+1", key_display="+"),
        Binding("minus", "progress(-1)", "-1", key_display="-", show=False),
        Binding("n", "new_goal", "New"),
        Binding("e", "edit_goal", "Edit"),
        Binding("d,delete", "delete_goal", "Delete", show=False),
        Binding("u", "undo", "Undo delete", show=False),
        Binding("left_square_bracket", "month(-1)", "Previous month", key_display="[", show=False),
        Binding("right_square_bracket", "month(1)", "Next month", key_display="]"),
        Binding("t", "this_month", "This month", show=False),
        Binding("p", "plan_month", "Month being planned", show=False),
        Binding("r", "review", "Review"),
        Binding("c", "copy_goals", "Copy goals", show=False),
        Binding("a", "calendar", "Calendar file", show=False),
    ]

    #: The month on screen ("YYYY-MM"); changing it shows that month's goals.
    month: reactive[str] = reactive("", init=False)

    def __init__(self) -> None:
        super().__init__()
        self.goals: list[Goal] = []
        self._all: list[Goal] = []
        self._undo: list[tuple[Goal, list[ProgressEvent]]] = []
        self._plan_context: smart.PlanContext | None = None
        # SMART statuses per (goal id, text, reference day) under the current context.
        self._verdicts: dict[tuple[int | None, str, date], dict[str, str]] = {}
        self._layout, self._goal_width = "wide", 30
        self._rewrite_queue: list[Goal] = []
        self._known_ids: set[int | None] | None = None

    # -- layout ---------------------------------------------------------------------
    def compose_body(self) -> ComposeResult:
        yield Static("", id="month-header")
        yield Static("", id="month-hint", markup=False)
        yield Static("", id="few-banner", classes="banner -warning", markup=False)
        # The checklist (#checklist) goes here once a month shown has goals.
        yield Static("", id="empty", markup=False)
        yield Static("", id="detail", markup=False)
        yield Static("", id="history", markup=False)

    def on_mount(self) -> None:
        # Set without the watcher: PlanScreen.on_mount (run after this) loads the data.
        self.set_reactive(GoalsScreen.month, months.month_being_planned(self.napp.today))
        self._layout, self._goal_width = self._table_layout()
        # PlanScreen.on_mount (run by Textual after this handler) loads the data.
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._fill_table())
        self.napp.when_settled(self, self._build_editor)

    def _text_width(self) -> int:
        """Cells in a line of text under the header (the screen less its padding)."""
        return (self.size.width or self.app.size.width) - 4

    def _table_layout(self) -> tuple[str, int]:
        return view.table_layout(self.size.width or self.app.size.width)

    def on_resize(self) -> None:
        layout = self._table_layout()
        if layout != (self._layout, self._goal_width) and self.is_mounted:
            self._layout, self._goal_width = layout
            table = self.checklist()
            if table is not None:
                table.clear(columns=True)
                self._add_columns(table)
            self._fill_table()
        if self.is_mounted:
            self._fill_header()
            if self._text_width() != self._history_width:  # wrapped to another width
                self._fill_history()

    # -- data -----------------------------------------------------------------------
    def refresh_data(self) -> None:
        store = self.napp.store
        self._all = store.goals()
        self._follow_added_goal()
        self.goals = [g for g in self._all if g.month == self.month]
        self._plan_context = None  # built when first needed, after the first paint
        if not self.context_in_thread():
            self._verdicts.clear()
        else:  # the old marks stay until the context is built again in a thread
            self.napp.after_first_paint(partial(self._context_in_thread, self.month))
        self._fill_header()
        self._fill_table()
        self._fill_history()

    #: The width the history was last laid out for: a resize to the same width (the
    #: first one, just after the data was loaded) does not chart every month again
    #: (~5 ms with 5 years of goals).
    _history_width = -1

    def _fill_history(self) -> None:
        self._history_width = width = self._text_width()
        self.query_one("#history", Static).update(
            view.history(self._all, self.month, self.napp.today, width)
        )

    def _follow_added_goal(self) -> None:
        """Show the month of a goal added elsewhere (``g`` on the gap screen), once."""
        ids = {g.id for g in self._all}
        known, self._known_ids = self._known_ids, ids
        if known is None:
            return
        added = [g for g in self._all if g.id not in known]
        if added and all(g.month != self.month for g in added):
            # already loading: set without the watcher's reload
            self.set_reactive(GoalsScreen.month, max(added, key=lambda g: g.id or 0).month)

    def _review_month(self) -> str | None:
        """The month ``r`` reviews: the shown one once its review opened; while planning
        next month, the month that is ending."""
        today = self.napp.today
        if months.review_open(self.month, today):
            return self.month
        current = month_key(today)
        if self.month == months.month_being_planned(today) and months.review_open(current, today):
            return current
        return None

    def _fill_header(self) -> None:
        today = self.napp.today
        summary = months.summarize(self.month, self.goals, today)
        header = view.header(self.month, today, summary, self._text_width())
        self.query_one("#month-header", Static).update(header)
        review_month = self._review_month()
        reviewed = review_month is not None and bool(self.napp.store.get_review(review_month))
        self.query_one("#month-hint", Static).update(
            view.hint(self.month, today, review_month, reviewed, self._text_width())
        )
        planned = months.month_being_planned(today)
        planned_count = sum(1 for g in self._all if g.month == planned)
        text = view.banner(self.month, today, summary.goals, planned_count)
        banner = self.query_one("#few-banner", Static)
        banner.display = text is not None
        if text is not None:
            banner.update(text)

    def _fill_table(self) -> None:
        selected = self.selected_goal()
        table = self.checklist()
        if table is None:
            if not self.goals:
                self._show_empty()
                self._fill_detail()
                return
            table = self._make_checklist()
        table.clear()
        styles = theme_styles(self.app)  # type: ignore[arg-type]
        today = self.napp.today
        for goal in self.goals:
            statuses = self._verdicts.get(self._verdict_key(goal, today), {})
            table.add_row(
                *view.row(goal, today, statuses, styles, self._goal_width, self._layout),
                key=str(goal.id),
            )
        if any(self._verdict_key(goal, today) not in self._verdicts for goal in self.goals):
            # Checked after the first paint: the checker's first run compiles its patterns.
            self.napp.after_first_paint(self._fill_verdicts)
        table.display = bool(self.goals)
        self._show_empty()
        if selected is not None and selected.id is not None:
            self.select_goal(selected.id)
        self._fill_detail()

    def _show_empty(self) -> None:
        """Say so when the month has no goals."""
        empty = self.query_one("#empty", Static)
        empty.display = not self.goals
        if not self.goals:
            empty.update(
                f"No goals for {months.month_label(self.month, long=True)} yet. "
                "Press n to write one: the checker helps as you type."
            )

    def _fill_detail(self) -> None:
        detail = self.query_one("#detail", Static)
        goal = self.selected_goal()
        detail.display = goal is not None
        if goal is not None:
            today = self.napp.today
            statuses = self._verdicts.get(self._verdict_key(goal, today), {})
            chips = chips_content(statuses, compact=True) if self._layout != "wide" else None
            detail.update(view.detail(goal, today, chips if any(statuses.values()) else None))

    # -- selection ------------------------------------------------------------------
    # Named handlers, not ``@on(DataTable...)``: that would import the table's module
    # before the first paint. The checklist is the screen's only table.
    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self._fill_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit_goal()

    # -- checking off and progress --------------------------------------------------
    def _record(self, goal: Goal, events: list[ProgressEvent]) -> bool:
        store = self.napp.store

        def write() -> None:
            with store.batch():
                store.update_goal(goal)
                for event in events:
                    store.add_event(event)

        return self.napp.persist(write)

    @property
    def shown_month(self) -> str:
        """The month on screen (what `x` exports and `c` copies)."""
        return self.month

    def action_copy_goals(self) -> None:
        """Copy the month's goals as Markdown for the job-search plan; also write a file."""
        from netplan_tui.data.outputs import write_goals_block

        store = self.napp.store
        try:
            text, path = write_goals_block(store, self.napp.today, self.month)
        except OSError as exc:
            self.notify(
                f"Could not write the goals file: {exc.strerror or exc}",
                severity="error",
                markup=False,
            )
            return
        self.app.copy_to_clipboard(text)
        self.notify(
            f"Copied {months.month_label(self.month, long=True)}'s goals to the clipboard. "
            f"Some terminals ignore that: the same text is in {path}",
            title="Copied",
            markup=False,
            timeout=10,
        )

    def action_calendar(self) -> None:
        """Write the month's goals as an iCalendar file in the documents folder."""
        from netplan_tui.tui.calendar_export import export_calendar

        export_calendar(self.napp, self.month)

    def action_toggle_done(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            self._nothing_selected()
            return
        changed = replace(goal, answers=dict(goal.answers))
        events = months.toggle_done(changed, self.napp.today)
        if self._record(changed, events):
            self.reload()
            if changed.done:
                self._cheer()

    def action_progress(self, delta: int) -> None:
        goal = self.selected_goal()
        if goal is None:
            self._nothing_selected()
            return
        if not goal.target:
            self.notify(
                "This goal has no number to count. Press space to check it off.",
                title="No target",
            )
            return
        changed = replace(goal, answers=dict(goal.answers))
        events = months.change_progress(changed, delta, self.napp.today)
        if not events:
            return
        if self._record(changed, events):
            self.reload()
            if changed.done and not goal.done:
                self._cheer()

    def _cheer(self) -> None:
        summary = months.summarize(self.month, self.goals, self.napp.today)
        if summary.goals and summary.done == summary.goals:
            message = f"All {summary.goals} goals of {months.month_label(self.month)} done!"
        else:
            message = f"{summary.done} of {summary.goals} goals done. Keep going!"
        self.notify(message, title="Done ✓")

    def _nothing_selected(self) -> None:
        self.notify("No goal here yet. Press n to write one.", title="No goal")

    # -- new, edit, delete, undo ----------------------------------------------------
    def action_new_goal(self) -> None:
        goal = Goal(month=self.month)

        def saved(result: Goal | None) -> None:
            # The editor stored it before closing (a failed save keeps it open).
            if result is None:
                return
            self.reload()
            if result.id is not None:
                self.select_goal(result.id)
            self._saved_notice("Goal added.", result)

        self._open_editor(goal, self.plan_context(), self.napp.store.add_goal, saved)

    def action_edit_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            self._nothing_selected()
            return
        self.edit(goal)

    def edit(self, goal: Goal, message: str = "Goal saved.") -> None:
        original = replace(goal, answers=dict(goal.answers))

        def saved(result: Goal | None) -> None:
            if result is None or result == original:
                return
            self.reload()  # stored by the editor before it closed
            self._saved_notice(message, result)

        self._open_editor(original, self.plan_context(), self._update_if_changed(original), saved)

    _editor: GoalEditor | None = None

    def _build_editor(self) -> None:
        """Build the goal editor ahead, once the app is idle: n and e then show it."""
        from netplan_tui.tui.widgets.goal_editor import GoalEditor

        if self._editor is None and self.is_attached:
            editor = GoalEditor(Goal(month=self.month), None, self.napp.today)
            if editor.build_ahead(self.app):
                self._editor = editor

    def _open_editor(
        self,
        goal: Goal,
        context: smart.PlanContext,
        save: Callable[[Goal], object],
        saved: Callable[[Goal | None], None],
    ) -> None:
        """The goal editor for ``goal``: the kept one when ready, else a new one."""
        from netplan_tui.tui.widgets.goal_editor import GoalEditor

        editor = self._editor
        if editor is not None and editor.can_open_again():
            editor.reload(goal, context, save)
        else:  # not built yet (a key right after the first paint), or open already
            editor = GoalEditor(goal, context, self.napp.today, save=save)
        self.app.push_screen(editor, saved)

    def _update_if_changed(self, original: Goal) -> Callable[[Goal], None]:
        """The editor's ``save``: store an edited goal, unless nothing changed."""
        return lambda goal: None if goal == original else self.napp.store.update_goal(goal)

    def _saved_notice(self, message: str, goal: Goal) -> None:
        """Say it is saved, with what a coach would add (it refuses nothing)."""
        warnings = months.goal_warnings(goal, self.napp.today)
        if warnings:
            self.notify(
                " ".join([message, *warnings]), title="Saved, but", severity="warning",
                markup=False, timeout=10,
            )
        else:
            self.notify(message, title="Saved")

    def action_delete_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None or goal.id is None:
            self._nothing_selected()
            return
        goal_id = goal.id

        def answer(yes: bool | None) -> None:
            if yes:
                self._delete(goal_id)

        message = Content.from_markup(
            "Delete [b]$text[/b] and its progress history? Press u right after to undo.",
            text=one_line(goal.text, 200),
        )
        self.app.push_screen(ConfirmDialog("Delete this goal?", message, yes="Delete"), answer)

    def _delete(self, goal_id: int) -> None:
        removed: list[tuple[Goal, list[ProgressEvent]]] = []

        def write() -> None:
            result = self.napp.store.delete_goal(goal_id)
            if result is not None:
                removed.append(result)

        if self.napp.persist(write) and removed:
            self._undo.append(removed[0])
            self.reload()
            self.notify("Goal deleted. Press u to undo.", title="Deleted")

    def action_undo(self) -> None:
        if not self._undo:
            self.notify("Nothing to undo.", title="Undo")
            return
        goal, events = self._undo[-1]
        if self.napp.persist(self.napp.store.restore_goal, goal, events):
            self._undo.pop()
            self.show_month(goal.month)
            if goal.id is not None:
                self.select_goal(goal.id)
            self.notify("Goal restored.", title="Undo")

    # -- months ---------------------------------------------------------------------
    def watch_month(self) -> None:
        if self.is_mounted:
            self.reload()

    def show_month(self, month: str) -> None:
        """Show ``month`` with the data as stored now (loaded again when it is the same)."""
        if month == self.month:
            self.reload()
        else:
            self.month = month  # watch_month loads it

    def action_month(self, delta: int) -> None:
        try:
            self.month = months.shift_month(self.month, delta)
        except ValueError:
            return
        table = self.checklist()
        if table is not None and table.row_count:
            table.move_cursor(row=0)

    def action_this_month(self) -> None:
        self.show_month(month_key(self.napp.today))

    def action_plan_month(self) -> None:
        """Show the month being planned (next month in a month's last week)."""
        self.show_month(months.month_being_planned(self.napp.today))

    # -- review ---------------------------------------------------------------------
    def action_review(self) -> None:
        today = self.napp.today
        month = self._review_month()
        if month is None:
            label = months.month_label(self.month, long=True)
            opens = months.review_opens_on(self.month)
            self.notify(
                f"The review of {label} opens on {opens:%b} {opens.day}, in the month's last week.",
                title="Not yet",
            )
            return
        store = self.napp.store
        goals = store.goals(month)
        label = months.month_label(month, long=True)
        if not goals:
            self.notify(f"{label} has no goals to review.", title="Nothing to review")
            return
        carried = months.carried_ids(store.goals(months.shift_month(month, 1)))
        from netplan_tui.tui.widgets.review_dialog import ReviewDialog

        dialog = ReviewDialog(month, goals, store.get_review(month), carried, today)
        self.app.push_screen(dialog, partial(self._review_done, goals))

    def _review_done(self, goals: list[Goal], result: ReviewResult | None) -> None:
        """Save the review, check off (or uncheck) goals as answered, carry the rest."""
        if result is None:
            return
        store = self.napp.store
        today = self.napp.today
        month = result.review.month
        nxt = months.shift_month(month, 1)
        changed = months.apply_outcomes(goals, result.review.outcomes, today)
        answered = {g.id: g for g, _ in changed}
        current = [answered.get(g.id, g) for g in goals]
        new_goals = carry.plan_carry_over(current, result.decisions, store.goals(nxt), today)

        def write() -> None:
            with store.batch():
                store.save_review(result.review)
                for goal, events in changed:
                    store.update_goal(goal)
                    for event in events:
                        store.add_event(event)
                for goal in new_goals:
                    store.add_goal(goal)

        if not self.napp.persist(write):
            return
        if self._known_ids is not None:
            self._known_ids |= {g.id for g in new_goals}
        self.reload()
        count = len(new_goals)
        message = "Review saved."
        if count:
            noun = "goal" if count == 1 else "goals"
            message += f" {count} {noun} carried into {months.month_label(nxt)}"
            message += "." if self.month == nxt else " (press ] to see)."
            drafts = sum(1 for g in new_goals if months.needs_new_date(g))
            if drafts:
                message += f" {drafts} need a new date: press e on them."
        self.notify(message, title="Review", markup=False)
        rewrite = set(result.ids("rewrite"))
        self._rewrite_queue = [g for g in new_goals if g.carried_from in rewrite]
        self._rewrite_next()

    def _rewrite_next(self) -> None:
        if not self._rewrite_queue:
            return
        goal = self._rewrite_queue.pop(0)
        self.show_month(goal.month)
        if goal.id is not None:
            self.select_goal(goal.id)
        original = replace(goal, answers=dict(goal.answers))

        def saved(result: Goal | None) -> None:
            if result is not None and result != original:
                self.reload()  # stored by the editor before it closed
            self._rewrite_next()

        context = build_context(
            self.napp.store.get_plan(),
            self.napp.store.qualities(),
            self.napp.store.contacts(),
            self._all,
            goal.month,
            self.napp.today,
        )
        self._open_editor(original, context, self._update_if_changed(original), saved)
