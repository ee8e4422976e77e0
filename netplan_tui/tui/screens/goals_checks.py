"""What the SMART checker says about the goals on screen 5, and the context it needs.

The context reads every contact (names and terms of the plan): about 70 ms at 10,000
contacts. On a large plan a thread builds it after the screen is drawn and the marks
already shown stay until it is done; on a small one it is built when first needed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from textual import work

from netplan_tui.core import months, smart
from netplan_tui.core.context import build_context
from netplan_tui.core.models import Goal
from netplan_tui.tui.background import BACKGROUND_AT
from netplan_tui.tui.collector import keep_loaded_out_of_collector
from netplan_tui.tui.screens import goals_view as view
from netplan_tui.tui.widgets.smart_chips import chips_text, statuses_of, theme_styles

if TYPE_CHECKING:
    from textual.widgets import DataTable

    from netplan_tui.tui.screens.base import PlanScreen

    _Base = PlanScreen
else:
    _Base = object


class MonthChecks(_Base):
    """Screen 5's SMART marks: a mixin of :class:`~netplan_tui.tui.screens.goals.GoalsScreen`."""

    month: str
    goals: list[Goal]

    if TYPE_CHECKING:

        def checklist(self) -> DataTable[Any] | None: ...
    _all: list[Goal]
    _layout: str
    _plan_context: smart.PlanContext | None
    _verdicts: dict[tuple[int | None, str, date], dict[str, str]]

    if TYPE_CHECKING:

        def _fill_detail(self) -> None: ...

    def context_in_thread(self) -> bool:
        """Whether the plan is large enough for its context to be read in a thread."""
        return self.napp.store.contact_count() >= BACKGROUND_AT

    def plan_context(self) -> smart.PlanContext:
        """The checker's view of the plan for the shown month (read from the store once)."""
        if self._plan_context is None:
            self._plan_context = self._read_context(self.month)
        return self._plan_context

    def _read_context(self, month: str) -> smart.PlanContext:
        store = self.napp.store
        return build_context(store.get_plan(), store.qualities(), store.contacts(), self._all,
                             month, self.napp.today)

    @work(thread=True, exclusive=True, group="goals-context", exit_on_error=False,
          description="build the checker's context")
    def _context_in_thread(self, month: str) -> None:
        """Read the contacts for the checker off the event loop (about 70 ms at 10,000)."""
        saves = self.napp.store.saves
        try:
            context = self._read_context(month)
        except RuntimeError:  # the contacts changed while being read: the next load reads
            return
        self.app.call_from_thread(self._context_built, saves, month, context)

    def _context_built(self, saves: int, month: str, context: smart.PlanContext) -> None:
        if saves != self.napp.store.saves or month != self.month:
            return  # something was saved or another month shown meanwhile: loaded again
        keep_loaded_out_of_collector()
        if self._plan_context is None:
            self._plan_context = context
        self._verdicts.clear()  # judged again under this context
        self._fill_verdicts()

    @staticmethod
    def _verdict_key(goal: Goal, today: date) -> tuple[int | None, str, date]:
        return (goal.id, goal.text, months.reference_day(goal, today))

    def _fill_verdicts(self) -> None:
        """Put each goal's SMART chips in the table (dim dots until then)."""
        if not self.is_mounted:
            return
        if self._plan_context is None and self.context_in_thread():
            return  # a thread builds the context, then fills them (_context_built)
        table = self.checklist()
        styles = theme_styles(self.app)  # type: ignore[arg-type]
        today = self.napp.today
        for goal in self.goals:
            key = self._verdict_key(goal, today)
            if key in self._verdicts:
                continue
            self._verdicts[key] = statuses_of(smart.check(goal.text, key[2], self.plan_context()))
            if table is not None and str(goal.id) in table.rows:
                table.update_cell(str(goal.id), "smart", self._smart_cell(key, styles))
        self._fill_detail()

    def _smart_cell(self, key: tuple[int | None, str, date], styles: dict[str, Any]) -> Any:
        statuses = self._verdicts[key]
        if self._layout == "wide":
            return chips_text(statuses, styles)
        return view.verdict_text(statuses, styles)

