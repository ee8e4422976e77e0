"""A table of records that draws only the lines on screen (Textual's Line API).

Screens 2, 3 and 4 list up to 10,000 records. A ``DataTable`` filled row by row
re-validates its cursor per row and measures every cell: most of a second at that
size. :class:`RecordTable` holds only the records' ids in display order and asks
its owner for a row's cells when that row scrolls into view, so filling it with
10,000 ids costs a list copy and a dict.

It looks like the ``DataTable`` it replaces (same header, cursor and zebra
colours, from component classes in ``widgets.tcss``), with a row cursor, a header
that asks for a sort when clicked, and fixed-width columns fitted to the width.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.console import JustifyMethod
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from netplan_tui.core.text import one_line
from netplan_tui.tui.background import BACKGROUND_AT  # noqa: F401  (the screens' threshold)

PADDING = 1  # blank cells on each side of a column
LINE_CACHE = 400
ALIGNS = ("left", "center", "right")  # rendered rows kept (a few screens' worth)


#: What a row's cell may be: user text (cleaned, one line, never markup) or a styled Text.
CellValue = str | Text


@dataclass(frozen=True)
class Column:
    """A column: its key, header label, and smallest/preferred/largest width.

    The smallest width is never less than the label's, so a shown header is
    never cut mid-word.
    """

    key: str
    label: str
    low: int
    preferred: int
    high: int
    justify: JustifyMethod = "left"

    @property
    def smallest(self) -> int:
        return max(self.low, cell_len(self.label))


#: A column's width: (key, smallest, preferred, largest).
ColumnWidths = tuple[str, int, int, int]


def fit_widths(
    columns: Sequence[ColumnWidths], space: int, core: int, padding: int = 2 * PADDING
) -> dict[str, int]:
    """Column widths for ``space`` cells: the first ``core`` columns always shown.

    Core columns get their preferred width when it fits, else their smallest;
    later columns are shown (at their smallest) while they fit; the cells left
    over widen the shown columns towards their largest, in order, and what is
    still left widens the last shown column, so the next column starts exactly
    at the right edge: a column is either wholly shown, header and all, or
    wholly beyond the edge (reached by scrolling right, at its preferred width).
    """
    widths = {key: preferred for key, _low, preferred, _high in columns}
    head = list(columns[:core])
    used = sum(preferred + padding for _k, _l, preferred, _h in head)
    if used > space:
        widths.update({key: low for key, low, _p, _h in head})
        used = sum(low + padding for _k, low, _p, _h in head)
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
    if left > 0 and shown and len(shown) < len(columns):
        widths[shown[-1][0]] += left
    return widths


class RecordTable(ScrollView, can_focus=True):
    """Rows keyed by record id, drawn lazily from ``cells(id)`` when visible."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", show=False),
        Binding("up", "cursor_up", show=False),
        Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("home,ctrl+home", "first", show=False),
        Binding("end,ctrl+end", "last", show=False),
        Binding("left", "scroll_left", show=False),
        Binding("right", "scroll_right", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "record-table--header",
        "record-table--cursor",
        "record-table--hover",
        "record-table--even-row",
        "record-table--odd-row",
    }

    cursor_row: reactive[int] = reactive(0, repaint=False, always_update=True)
    """Index of the row under the cursor (among the rows shown)."""

    hover_row: reactive[int] = reactive(-1, repaint=False)
    """Index of the row under the mouse pointer (-1: none), drawn highlighted."""

    class Selected(Message):
        """Enter, or a click on the cursor row: the owner opens the record."""

        def __init__(self, table: RecordTable, record_id: Hashable) -> None:
            super().__init__()
            self.table = table
            self.record_id = record_id

        @property
        def control(self) -> RecordTable:
            return self.table

    class SortRequested(Message):
        """A click on a column's header: the owner sorts by that column."""

        def __init__(self, table: RecordTable, column: str) -> None:
            super().__init__()
            self.table = table
            self.column = column

        @property
        def control(self) -> RecordTable:
            return self.table

    def __init__(
        self,
        columns: Sequence[Column],
        cells: Callable[[Hashable], Sequence[CellValue]],
        *,
        core: int | None = None,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own parameter name
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.columns = tuple(columns)
        self.core = len(self.columns) if core is None else core
        self._cells = cells
        self._ids: list[Hashable] = []
        self._index: dict[Hashable, int] = {}
        self._widths = [c.preferred for c in self.columns]
        self._lines: dict[tuple[Hashable, bool, bool], Strip] = {}

    # -- rows ---------------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> list[Hashable]:
        """The ids shown, in display order (a copy)."""
        return list(self._ids)

    def set_rows(self, ids: Sequence[Hashable], select: Hashable | None = None) -> None:
        """Show ``ids`` in this order; the cursor goes to ``select`` if shown, else row 0."""
        keep = self.current_id() if select is None else select
        self._ids = list(ids)
        self._index = {record_id: index for index, record_id in enumerate(self._ids)}
        if len(self._index) != len(self._ids):
            raise ValueError("duplicate record ids")
        self._lines.clear()
        self._update_size()
        self.fit()
        self.cursor_row = self._index.get(keep, 0) if keep is not None else 0
        self.refresh()

    def update_row(self, record_id: Hashable) -> None:
        """The record changed: draw its row again from ``cells``."""
        if record_id in self._index:
            self._forget(record_id)
            self.refresh()

    def remove_row(self, record_id: Hashable) -> None:
        """Remove a row; the cursor stays on the row that takes its place (or the one above)."""
        index = self._index.get(record_id)
        if index is None:
            return
        cursor = self.cursor_row
        del self._ids[index]
        self._index = {rid: i for i, rid in enumerate(self._ids)}
        self._lines.clear()
        self._update_size()
        self.fit()
        if index < cursor:
            cursor -= 1
        self.cursor_row = cursor
        self.refresh()

    def current_id(self) -> Hashable | None:
        """The id under the cursor (``None``: no rows)."""
        if not self._ids:
            return None
        return self._ids[min(self.cursor_row, len(self._ids) - 1)]

    def select(self, record_id: Hashable) -> bool:
        """Move the cursor to ``record_id``; False when it is not shown."""
        index = self._index.get(record_id)
        if index is None:
            return False
        self.cursor_row = index
        return True

    def move_cursor(self, row: int) -> None:
        self.cursor_row = row

    def row_text(self, index: int) -> list[str]:
        """The plain text of a row's cells, as shown."""
        return [self._as_text(value).plain for value in self._cells(self._ids[index])]

    # -- cursor -------------------------------------------------------------------------
    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self._ids) - 1))

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()

    def _body_height(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _scroll_to_cursor(self) -> None:
        row = self.cursor_row
        top = round(self.scroll_y)
        body = self._body_height()
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + body:
            self.scroll_to(y=row - body + 1, animate=False, immediate=True)

    def action_cursor_up(self) -> None:
        self.cursor_row -= 1

    def action_cursor_down(self) -> None:
        self.cursor_row += 1

    def action_page_up(self) -> None:
        self.cursor_row -= self._body_height()

    def action_page_down(self) -> None:
        self.cursor_row += self._body_height()

    def action_first(self) -> None:
        self.cursor_row = 0

    def action_last(self) -> None:
        self.cursor_row = len(self._ids) - 1

    def action_select_cursor(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.post_message(self.Selected(self, record_id))

    def watch_hover_row(self) -> None:
        self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        offset = event.get_content_offset(self)
        row = -1 if offset is None or offset.y < 1 else round(self.scroll_y) + offset.y - 1
        self.hover_row = row if 0 <= row < len(self._ids) else -1

    def on_leave(self, event: events.Leave) -> None:
        self.hover_row = -1

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        event.stop()
        if offset.y == 0:
            column = self._column_at(offset.x + round(self.scroll_x))
            if column is not None:
                self.post_message(self.SortRequested(self, column))
            return
        row = round(self.scroll_y) + offset.y - 1
        if not 0 <= row < len(self._ids):
            return
        if row == self.cursor_row:
            self.action_select_cursor()
        else:
            self.cursor_row = row

    def _column_at(self, x: int) -> str | None:
        left = 0
        for column, width in zip(self.columns, self._widths, strict=True):
            left += width + 2 * PADDING
            if x < left:
                return column.key
        return None

    # -- size -----------------------------------------------------------------------------
    def _update_size(self) -> None:
        width = sum(w + 2 * PADDING for w in self._widths)
        self.virtual_size = Size(width, len(self._ids) + 1)

    def on_resize(self, event: events.Resize) -> None:
        self.fit()

    def fit(self) -> None:
        """Fit the columns to the width left by the scrollbars that will show."""
        width, height = self.size
        if width <= 0:
            return
        specs = [(c.key, c.smallest, max(c.preferred, c.smallest), max(c.high, c.smallest))
                 for c in self.columns]
        fitted = fit_widths(specs, width, self.core)
        total = sum(fitted.values()) + 2 * PADDING * len(fitted)
        across = self.styles.scrollbar_size_horizontal if total > width else 0
        if len(self._ids) + 1 > height - across:  # a vertical scrollbar will show
            fitted = fit_widths(specs, width - self.styles.scrollbar_size_vertical, self.core)
        widths = [fitted[c.key] for c in self.columns]
        if widths != self._widths:
            self._widths = widths
            self._lines.clear()
            self._update_size()
            self.refresh()
        self._scroll_to_cursor()

    @property
    def widths(self) -> dict[str, int]:
        """The current width of each column, by key."""
        return {c.key: w for c, w in zip(self.columns, self._widths, strict=True)}

    # -- drawing --------------------------------------------------------------------------
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    def on_focus(self, event: events.Focus) -> None:
        self._lines.clear()
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self._lines.clear()
        self.refresh()

    def _forget(self, record_id: Hashable) -> None:
        for key in [k for k in self._lines if k[0] == record_id]:
            del self._lines[key]

    @staticmethod
    def _as_text(value: object) -> Text:
        if isinstance(value, Text):
            return value
        return Text(one_line(value))

    def _row_style(self, index: int, cursor: bool) -> tuple[Style, Style]:
        """(style under the cells, style over them) of a row."""
        get = self.get_component_rich_style
        base = get("record-table--odd-row" if index % 2 else "record-table--even-row")
        if not cursor:
            if index == self.hover_row:
                return base + get("record-table--hover"), Style()
            return base, Style()
        cursor_style = get("record-table--cursor")
        return base + cursor_style, Style(color=cursor_style.color)

    def _render_row(self, cells: Sequence[Text], under: Style, over: Style) -> Strip:
        line = Text(no_wrap=True, end="")
        for column, width, cell in zip(self.columns, self._widths, cells, strict=False):
            piece = cell.copy()
            piece.no_wrap = True
            piece.end = ""
            piece.overflow = "ellipsis"  # a cut name ends in "…", so it reads as cut
            justify = cell.justify if cell.justify in ALIGNS else column.justify
            piece.align(justify if justify in ALIGNS else "left", width)  # type: ignore[arg-type]
            line.append(" " * PADDING)
            line.append_text(piece)
            line.append(" " * PADDING)
        line.stylize_before(under)
        if over:
            line.stylize(over)
        segments = list(line.render(self.app.console))
        total = sum(w + 2 * PADDING for w in self._widths)
        return Strip(segments, total)

    def _header(self) -> Strip:
        style = self.get_component_rich_style("record-table--header")
        cells = [Text(c.label, justify=c.justify) for c in self.columns]
        return self._render_row(cells, style, Style())

    def _row(self, index: int) -> Strip:
        record_id = self._ids[index]
        cursor = index == self.cursor_row
        key = (record_id, cursor, bool(index % 2), index == self.hover_row)
        strip = self._lines.get(key)
        if strip is None:
            if len(self._lines) > LINE_CACHE:
                self._lines.clear()
            under, over = self._row_style(index, cursor)
            cells = [self._as_text(value) for value in self._cells(record_id)]
            strip = self._render_row(cells, under, over)
            self._lines[key] = strip
        return strip

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        scroll_x = round(self.scroll_x)
        if y == 0:
            strip = self._header()
            fill = self.get_component_rich_style("record-table--header")
        else:
            index = round(self.scroll_y) + y - 1
            if not 0 <= index < len(self._ids):
                return Strip.blank(width, self.rich_style)
            strip = self._row(index)
            fill = self._row_style(index, index == self.cursor_row)[0]
        total = strip.cell_length
        if total < scroll_x + width:
            strip = Strip([*strip, Segment(" " * (scroll_x + width - total), fill)])
        return strip.crop(scroll_x, scroll_x + width)
