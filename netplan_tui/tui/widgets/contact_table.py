"""A ``DataTable`` that loads thousands of rows at once.

``DataTable.add_row`` re-validates the cursor for every row and, on the next
idle, measures every cell of every new row to size auto-width columns: about
0.1 ms per cell, a second and more for 10,000 contacts. With fixed-width
columns, one-line rows and no row labels nothing needs measuring, so
:meth:`ContactTable.replace_rows` fills the table's row maps directly.

It relies on ``DataTable`` internals of the pinned Textual (8.2.8);
``tests/test_screen_network.py`` checks that it leaves the table in the same
state as ``add_row`` does, so an upgrade that changes them fails loudly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import JustifyMethod
from rich.text import Text
from textual._two_way_dict import TwoWayDict
from textual.message import Message
from textual.widgets import DataTable
from textual.widgets.data_table import Row, RowKey

from netplan_tui.core.text import one_line


class ContactTable(DataTable[Any]):
    """``DataTable`` with a bulk :meth:`replace_rows` for fixed-width columns."""

    class Resized(Message):
        """The table has a new size: its screen fits the columns to it."""

        def __init__(self, table: ContactTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> ContactTable:
            return self.table

    def on_resize(self) -> None:
        # The table's own size, known now: a fit after the screen's resize and a
        # refresh could still see the width of an earlier layout.
        self.post_message(self.Resized(self))

    def replace_rows(self, rows: Iterable[tuple[str, Sequence[Any]]]) -> None:
        """Replace every row with ``(key, cells)`` pairs, one line each."""
        columns = list(self.ordered_columns)
        if any(column.auto_width for column in columns):
            raise ValueError("replace_rows needs fixed-width columns")
        keys = [column.key for column in columns]
        self.clear()
        data = self._data
        table_rows = self.rows
        locations: dict[RowKey, int] = {}
        for index, (key, cells) in enumerate(rows):
            row_key = RowKey(key)
            if row_key in locations:
                raise ValueError(f"duplicate row key {key!r}")
            locations[row_key] = index
            data[row_key] = dict(zip(keys, cells, strict=False))
            table_rows[row_key] = Row(row_key, 1, None, False)
        self._row_locations = TwoWayDict(locations)
        self._require_update_dimensions = True
        self._update_count += 1
        self.check_idle()

    def set_widths(self, widths: dict[str, int]) -> None:
        """Change the width of fixed-width columns (by column key) without refilling."""
        changed = False
        for column in self.columns.values():
            width = widths.get(str(column.key.value))
            if width is not None and width != column.width:
                column.width = width
                changed = True
        if changed:
            self._clear_caches()
            self._require_update_dimensions = True
            self.refresh(layout=True)
            self.check_idle()


#: A column's width: (key, smallest, preferred, largest).
ColumnWidths = tuple[str, int, int, int]


def fit_widths(
    columns: Sequence[ColumnWidths], space: int, core: int, padding: int = 2
) -> dict[str, int]:
    """Column widths for ``space`` cells: the first ``core`` columns always shown.

    Core columns get their preferred width when it fits, else their smallest;
    later columns are shown (at their smallest) while they fit; the cells left
    over widen the shown columns towards their largest, in order. Columns that
    do not fit keep their preferred width (reached by scrolling right).
    """
    widths = {key: preferred for key, _low, preferred, _high in columns}
    head = list(columns[:core])
    used = sum(preferred + padding for _k, _l, preferred, _h in head)
    if used > space:
        widths.update({key: low for key, low, _p, _h in head})
        return widths
    shown = list(head)
    for column in columns[core:]:
        key, low, _preferred, _high = column
        if used + low + padding > space:
            break
        widths[key] = low
        used += low + padding
        shown.append(column)
    left = space - used
    while left > 0:
        grew = False
        for key, _low, _preferred, high in shown:
            if left and widths[key] < high:
                widths[key] += 1
                left -= 1
                grew = True
        if not grew:
            break
    return widths


class Cell:
    """A table cell rendered on demand: user text cleaned and folded only when shown.

    Building ``rich.text.Text`` cells for 10,000 contacts up front costs about a
    second; a ``Cell`` costs almost nothing until the row scrolls into view.
    """

    __slots__ = ("value", "style", "justify")

    def __init__(self, value: object, style: str = "", justify: JustifyMethod = "left") -> None:
        self.value = value
        self.style = style
        self.justify: JustifyMethod = justify

    @property
    def plain(self) -> str:
        """The text as shown: control characters removed, on one line."""
        return one_line(self.value)

    def __rich__(self) -> Text:
        return Text(self.plain, style=self.style, justify=self.justify, no_wrap=True, end="")

    def __repr__(self) -> str:
        return f"Cell({self.plain!r})"
