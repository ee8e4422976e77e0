"""Screen 5's checklist table: made when a month with goals is first shown.

A mixin of :class:`~netplan_tui.tui.screens.goals.GoalsScreen`: the table, its
columns for the screen's width, and the goal under its cursor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text

from netplan_tui.core.models import Goal
from netplan_tui.tui.screens import goals_view as view

if TYPE_CHECKING:
    from textual.widgets import DataTable

    from netplan_tui.tui.screens.base import PlanScreen

    _Base = PlanScreen
else:
    _Base = object


class MonthTable(_Base):
    """The checklist of the month shown (see the module's docstring)."""

    goals: list[Goal]
    _layout: str
    _goal_width: int

    #: The checklist, made when a month with goals is first shown: an empty month
    #: (the month being planned, as a plan opens late in a month) shows none, and
    #: making, styling and mounting a table before the first paint took ~15 ms.
    _checklist: DataTable[Any] | None = None

    def checklist(self) -> DataTable[Any] | None:
        """The month's goals (``None`` until a month shown has goals)."""
        return self._checklist

    def _make_checklist(self) -> DataTable[Any]:
        from textual.widgets import DataTable

        table: DataTable[Any] = DataTable(id="checklist", cursor_type="row", zebra_stripes=True)
        self._add_columns(table)
        self._checklist = table
        self.mount(table, before=self.query_one("#empty"))
        if self.focused is None:  # AUTO_FOCUS found no checklist when the screen opened
            table.focus()
        return table

    def _add_columns(self, table: DataTable[Any]) -> None:
        # Labels as Text: a str is read as Rich markup with emoji codes, and the
        # first such read imports Rich's emoji table (4 ms before the first paint).
        (mark_key, mark_label, mark_width), *rest = view.LAYOUTS[self._layout]
        table.add_column(Text(mark_label), key=mark_key, width=mark_width)
        table.add_column(Text("Goal"), key="goal", width=self._goal_width)
        for key, label, width in rest:
            table.add_column(Text(label), key=key, width=width)

    def selected_goal(self) -> Goal | None:
        table = self.checklist()
        if not self.goals or table is None or table.row_count == 0:
            return None
        row = min(max(table.cursor_row, 0), table.row_count - 1)
        try:
            key = table.coordinate_to_cell_key((row, 0)).row_key.value
        except Exception:  # noqa: BLE001 - the table is being rebuilt
            return None
        return next((g for g in self.goals if str(g.id) == key), None)

    def select_goal(self, goal_id: int) -> None:
        table = self.checklist()
        if table is None:
            return
        try:
            table.move_cursor(row=table.get_row_index(str(goal_id)))
        except Exception:  # noqa: BLE001 - the goal is not in this month
            pass

