"""Screen 4: the gap between the network the user wants and the one they have."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import Label, Static, TextArea

from netplan_tui.core import gap
from netplan_tui.core.dates import month_label, planning_month
from netplan_tui.core.models import QUALITY_CATEGORIES, Contact, Goal, Quality
from netplan_tui.core.months import progress_bar
from netplan_tui.tui.collector import keep_loaded_out_of_collector
from netplan_tui.tui.screens.base import PlanScreen
from netplan_tui.tui.screens.sorting import SortedList
from netplan_tui.tui.widgets.gap_matches import GapMatches
from netplan_tui.tui.widgets.record_table import (
    BACKGROUND_AT,
    CellValue,
    Column,
    RecordTable,
)
from netplan_tui.tui.widgets.safe_input import SafeTextArea

SAVE_DELAY = 0.5  # seconds of quiet typing before the changes are saved
CATEGORY_ORDER = {key: i for i, key in enumerate(QUALITY_CATEGORIES)}
STATUS_ORDER = {"missing": 0, "partial": 1, "met": 2}
STATUS_LABEL = {"met": "✓ met", "partial": "partial", "missing": "missing"}
STATUS_STYLE = {"met": "success", "partial": "warning", "missing": "error"}
#: Sort orders: key -> (label, key function). ``gap`` is the analysis's own order.
SORTS: dict[str, tuple[str, Callable[[gap.GapRow], Any]]] = {
    "gap": ("biggest gap first", lambda r: 0),
    "category": ("category", lambda r: (CATEGORY_ORDER.get(r.category, 99), -r.gap)),
    "quality": ("quality", lambda r: r.quality.casefold()),
    "have": ("fewest contacts first", lambda r: (r.have, -r.gap)),
    "status": ("status", lambda r: (STATUS_ORDER.get(r.status, 9), -r.gap)),
}
COLUMN_SORTS = {
    "category": "category", "quality": "quality", "target": "gap", "have": "have",
    "gap": "gap", "status": "status",
}
BAR_WIDTH = 6  # cells of the have/target bar beside the number had
#: The columns (key, header, smallest, preferred, largest width).
COLUMNS = (
    Column("category", "Category", 10, 20, 20),
    Column("quality", "Quality", 12, 30, 60),
    Column("target", "Target", 6, 6, 6, justify="right"),
    Column("have", "Have", 4 + 1 + BAR_WIDTH, 4 + 1 + BAR_WIDTH, 4 + 1 + BAR_WIDTH,
           justify="right"),
    Column("gap", "Gap", 4, 4, 4, justify="right"),
    Column("status", "Status", 7, 9, 9),
)


def have_cell(row: gap.GapRow, met_style: str = "") -> Text:
    """``  6 ████░░``: how many you have, and a bar of have over target (full when met)."""
    cell = Text(f"{row.have} ", justify="right")
    cell.append(progress_bar(row.have, row.target, BAR_WIDTH),
                style=met_style if row.have >= row.target else "")
    return cell


def summary_text(report: gap.GapReport) -> str:
    if not report.qualities_total:
        return "No qualities yet: press 2 to describe the network you want, then come back."
    return report.summary()


def draft_as_goal(row: gap.GapRow, today: date) -> Goal:
    """The draft SMART goal for ``row``, as an unsaved goal of the month being planned."""
    month = planning_month(today)
    text = gap.draft_goal(row, today)
    deadline = gap.draft_deadline(today)
    target: int | None = max(1, min(row.gap, gap.MONTHLY_CONNECTIONS))
    unit = "people"
    try:
        from netplan_tui.core import smart
    except ImportError:
        pass
    else:
        result = smart.check(text, today, smart.PlanContext(month=month))
        target = result.target or target
        unit = result.unit or unit
        deadline = result.deadline or deadline
    return Goal(
        month=month, text=text, target=target, unit=unit,
        deadline=deadline.isoformat(),
    )


class GapScreen(SortedList, PlanScreen):
    """Target vs have per quality, draft goals from gaps, and the changes to make."""

    MODE = "gap"
    AUTO_FOCUS = "#gap-table"

    BINDINGS = [
        Binding("g", "draft_goal", "Draft goal"),
        Binding("s", "sort", "Sort"),
        Binding("c", "changes", "Changes"),
        Binding("m", "matches", "Who matches", show=False),
    ]

    #: The order shown: (sort key, descending?). Setting it sorts the table again.
    order: var[tuple[str, bool]] = var(("gap", False), init=False)
    SORT_CYCLE = tuple(SORTS)
    COLUMN_SORTS = COLUMN_SORTS

    def __init__(self) -> None:
        super().__init__()
        self.report = gap.analyse([], [])
        self.qualities: dict[int, Quality] = {}
        self.contacts: list[Contact] = []
        self._saved_changes = ""
        self._timer: Timer | None = None

    # -- layout ---------------------------------------------------------------------
    def compose_body(self) -> ComposeResult:
        with Vertical(id="gap-body"):
            yield Static("", id="gap-summary", markup=False)
            yield Static("", id="gap-sorted", markup=False)
            yield RecordTable(COLUMNS, self.row_cells, core=5, id="gap-table")
            yield Label("Changes I need to make (saved as you type · escape leaves)",
                        id="gap-changes-label", markup=False)
            yield SafeTextArea(id="gap-changes", soft_wrap=True, tab_behavior="focus")

    @property
    def table(self) -> RecordTable:
        return self.query_one("#gap-table", RecordTable)

    # -- data -----------------------------------------------------------------------
    def refresh_data(self) -> None:
        """Analyse again (the base calls this only when something was saved)."""
        store = self.napp.store
        qualities = store.qualities()
        self.qualities = {q.id: q for q in qualities if q.id is not None}
        if store.contact_count() < BACKGROUND_AT:
            contacts = store.contacts()
            self._analysed(store.saves, contacts, gap.analyse(qualities, contacts))
        else:
            if not self.report.rows:
                self.query_one("#gap-summary", Static).update("Analysing your network…")
            self.call_after_refresh(self._analyse_in_thread, qualities)  # see BACKGROUND_AT
        if self._timer is None:
            self._saved_changes = store.get_plan().changes
            area = self.query_one("#gap-changes", TextArea)
            if area.text != self._saved_changes:
                area.load_text(self._saved_changes)

    @work(thread=True, exclusive=True, group="gap-analyse", exit_on_error=False,
          description="analyse the gap")
    def _analyse_in_thread(self, qualities: list[Quality]) -> None:
        store = self.napp.store
        saves = store.saves
        try:
            contacts = store.contacts()
            report: gap.GapReport | None = gap.analyse(qualities, contacts)
        except RuntimeError:  # the contacts changed while being read
            contacts, report = [], None
        self.app.call_from_thread(self._analysed, saves, contacts, report)

    def _analysed(self, saves: int, contacts: list[Contact], report: gap.GapReport | None) -> None:
        """Show the analysis, unless something was saved meanwhile: then analyse again."""
        if report is None or saves != self.napp.store.saves:
            self.refresh_data()
            return
        keep_loaded_out_of_collector()
        current = self.current_row()
        self.contacts = contacts
        self.report = report
        self.query_one("#gap-summary", Static).update(summary_text(report))
        self.render_table(current)

    def ordered(self) -> list[int]:
        """Indexes of the report's rows, in the order shown."""
        rows = self.report.rows
        indexes = list(range(len(rows)))
        if self.sort != "gap":
            key = SORTS[self.sort][1]
            indexes.sort(key=lambda i: key(rows[i]))
        if self.order[1]:
            indexes.reverse()
        return indexes

    def render_table(self, current: gap.GapRow | None = None) -> None:
        """Show the report's rows (keyed by index), the cursor staying on its quality."""
        table = self.table
        current = current or self.current_row()
        rows = self.report.rows
        select = None
        if current is not None:
            select = next((i for i, row in enumerate(rows)
                           if row.quality_id == current.quality_id), None)
        table.set_rows(self.ordered(), select=select if select is not None else 0)
        table.display = bool(rows)
        reverse = " (reversed)" if self.order[1] else ""
        self.query_one("#gap-sorted", Static).update(
            f"Sorted by {SORTS[self.sort][0]}{reverse} (s) · enter: who matches · "
            "g: draft a goal" if rows else ""
        )

    def watch_order(self) -> None:
        self.render_table()

    def row_cells(self, index: object) -> tuple[CellValue, ...]:
        """A row's cells, asked for by the table when the row is drawn."""
        row = self.report.rows[index]  # type: ignore[index]
        theme = self.app.theme_variables
        return (
            Text(QUALITY_CATEGORIES.get(row.category, row.category), style="dim"),
            row.quality,
            Text(str(row.target), justify="right"),
            have_cell(row, theme.get("success", "")),
            Text(str(row.gap), justify="right", style="bold" if row.gap else "dim"),
            Text(STATUS_LABEL.get(row.status, row.status),
                 style=theme.get(STATUS_STYLE.get(row.status, ""), "")),
        )

    def current_row(self) -> gap.GapRow | None:
        index = self.table.current_id()
        rows = self.report.rows
        return rows[index] if isinstance(index, int) and 0 <= index < len(rows) else None

    # -- who matches ------------------------------------------------------------------
    @on(RecordTable.Selected, "#gap-table")
    def _row_selected(self, event: RecordTable.Selected) -> None:
        event.stop()
        self.action_matches()

    def action_matches(self) -> None:
        row = self.current_row()
        if row is None:
            return
        quality = self.qualities.get(row.quality_id) if row.quality_id is not None else None
        found = gap.matching_contacts(quality, self.contacts) if quality else []
        self.app.push_screen(GapMatches(row.quality, found, row.target))

    # -- drafting a goal ------------------------------------------------------------------
    def action_draft_goal(self) -> None:
        row = self.current_row()
        if row is None:
            return
        today = self.napp.today
        goal = draft_as_goal(row, today)
        try:
            from netplan_tui.tui.widgets.goal_editor import GoalEditor
        except ImportError:
            self._add_goal(goal)
            return
        from netplan_tui.core.context import context_from_store

        # The contacts this screen analysed, not read again on the key.
        context = context_from_store(self.napp.store, goal.month, today, self.contacts)
        self.app.push_screen(GoalEditor(goal, context, today), self._add_goal)

    def _add_goal(self, goal: Goal | None) -> None:
        if goal is None:
            return
        if self.napp.persist(self.napp.store.add_goal, goal):
            self.mark_shown()
            self.notify(f"Goal added to {month_label(goal.month, long=True)}. Press 5 to see it.",
                        markup=False)

    # -- changes I need to make ---------------------------------------------------------
    def action_changes(self) -> None:
        self.query_one("#gap-changes", TextArea).focus()

    @on(TextArea.Changed, "#gap-changes")
    def _changes_edited(self, event: TextArea.Changed) -> None:
        if event.text_area.text == self._saved_changes:
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_DELAY, self.save_changes)

    def save_changes(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        text = self.query_one("#gap-changes", TextArea).text
        if text == self._saved_changes:
            return
        store = self.napp.store
        plan = store.get_plan()
        plan.changes = text
        if self.napp.persist(store.save_plan, plan):
            self._saved_changes = text
            self.mark_shown()

    def on_screen_suspend(self) -> None:
        self.save_changes()

    def save_pending(self) -> None:
        self.save_changes()

    def has_unsaved(self) -> bool:
        if self._timer is not None:
            return True
        return self.query_one("#gap-changes", TextArea).text != self._saved_changes

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("draft_goal", "matches", "sort") and not self.report.rows:
            return None
        return True
