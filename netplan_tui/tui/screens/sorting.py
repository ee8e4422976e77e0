"""How the list screens (2, 3 and 4) change their order: one rule for all three.

``s`` cycles the screen's common orders; a click on a column's header sorts by that
column, and a second click on the same column reverses it. Each order starts in its
natural direction (names A–Z, strength strongest first…).
"""

from __future__ import annotations

from typing import ClassVar

from netplan_tui.tui.widgets.record_table import RecordTable


class SortedList:
    """A mixin for a screen with a ``RecordTable`` and a reactive ``order``:
    ``(sort key, descending?)``, whose watcher sorts the table again."""

    #: The orders ``s`` cycles through, in turn.
    SORT_CYCLE: ClassVar[tuple[str, ...]] = ()
    #: A column's key → the order a click on its header shows (absent: no sort).
    COLUMN_SORTS: ClassVar[dict[str, str]] = {}

    order: tuple[str, bool]

    @property
    def sort(self) -> str:
        return self.order[0]

    @property
    def descending(self) -> bool:
        return self.order[1]

    def descending_first(self, key: str) -> bool:
        """Whether ``key`` starts in descending order (ascending unless a screen says)."""
        return False

    def action_sort(self, key: str | None = None) -> None:
        """``s`` cycles the orders; a header click sorts by it (again: reversed)."""
        if key is None:
            cycle = self.SORT_CYCLE
            index = cycle.index(self.sort) if self.sort in cycle else -1
            key = cycle[(index + 1) % len(cycle)]
        elif key == self.sort:
            self.order = (key, not self.descending)
            return
        self.order = (key, self.descending_first(key))

    def on_record_table_sort_requested(self, event: RecordTable.SortRequested) -> None:
        event.stop()
        key = self.COLUMN_SORTS.get(event.column)
        if key:
            self.action_sort(key)
