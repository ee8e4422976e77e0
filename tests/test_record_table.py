"""RecordTable: a virtual table driven as a user would, with keys and clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.text import Text
from textual.app import App, ComposeResult

import netplan_tui.tui.widgets.record_table as record_table
from netplan_tui.tui.widgets.record_table import Column, RecordTable, fit_widths
from tests.helpers.wait import settled, wait_for

CSS = [str(Path(record_table.__file__).parents[1] / "widgets.tcss")]
COLUMNS = (
    Column("name", "Name", 8, 12, 20),
    Column("role", "Role", 6, 10, 14),
    Column("n", "N", 3, 3, 3, justify="right"),
)


class TableApp(App[None]):
    CSS_PATH = CSS

    def __init__(self, rows: dict[int, tuple[str, str, int]]) -> None:
        super().__init__()
        self.rows = rows
        self.selected: list[object] = []
        self.sorts: list[str] = []

    def cells(self, record_id: object) -> tuple[str, str, Text]:
        name, role, n = self.rows[record_id]  # type: ignore[index]
        return name, role, Text(str(n), justify="right")

    def compose(self) -> ComposeResult:
        yield RecordTable(COLUMNS, self.cells, id="t")

    def on_mount(self) -> None:
        self.query_one(RecordTable).set_rows(list(self.rows))

    def on_record_table_selected(self, event: RecordTable.Selected) -> None:
        self.selected.append(event.record_id)

    def on_record_table_sort_requested(self, event: RecordTable.SortRequested) -> None:
        self.sorts.append(event.column)


def people(count: int) -> dict[int, tuple[str, str, int]]:
    return {i: (f"Person {i:05d}", "Engineer", i % 7) for i in range(count)}


def screen_lines(app: App[None]) -> list[str]:
    table = app.query_one(RecordTable)
    return [table.render_line(y).text for y in range(table.size.height)]


async def test_keys_move_the_cursor_and_enter_selects():
    app = TableApp(people(100))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(RecordTable)
        table.focus()
        await settled(pilot)
        await pilot.press("down", "down")
        assert table.current_id() == 2
        await pilot.press("up")
        assert table.current_id() == 1
        await pilot.press("end")
        assert table.current_id() == 99
        assert "Person 00099" in screen_lines(app)[-1]
        await pilot.press("home")
        assert table.current_id() == 0 and table.scroll_y == 0
        await pilot.press("pagedown")
        assert table.cursor_row == table.size.height - 1  # a page: the rows under the header
        await pilot.press("pageup")
        assert table.cursor_row == 0
        await pilot.press("up")  # stays on the first row
        assert table.cursor_row == 0
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.selected == [0], what="selected")


async def test_the_cursor_row_stays_visible_when_moving_down():
    app = TableApp(people(100))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(RecordTable)
        table.focus()
        for _ in range(30):
            await pilot.press("down")
        await settled(pilot)
        assert any("Person 00030" in line for line in screen_lines(app))
        assert screen_lines(app)[0].split()[:2] == ["Name", "Role"]  # the header stays


async def test_click_moves_the_cursor_then_selects_and_header_asks_for_a_sort():
    app = TableApp(people(20))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(RecordTable)
        await settled(pilot)
        await pilot.click(RecordTable, offset=(3, 4))  # the fourth row (header is line 0)
        assert table.current_id() == 3 and app.selected == []
        await pilot.click(RecordTable, offset=(3, 4))
        await wait_for(pilot, lambda: app.selected == [3], what="selected by click")
        role_x = table.widths["name"] + 2 + 1
        await pilot.click(RecordTable, offset=(role_x, 0))
        await wait_for(pilot, lambda: app.sorts == ["role"], what="sort by role")


@pytest.mark.parametrize(
    ("cursor", "removed", "after"),
    [(3, 3, 4), (3, 1, 3), (3, 5, 3), (9, 9, 8), (0, 0, 1)],
)
async def test_remove_keeps_the_cursor_on_the_neighbour(cursor, removed, after):
    app = TableApp(people(10))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(RecordTable)
        await settled(pilot)
        table.select(cursor)
        table.remove_row(removed)
        assert table.row_count == 9
        assert table.current_id() == after
        assert removed not in table.ids


async def test_set_rows_keeps_the_selected_record_and_update_row_redraws():
    app = TableApp(people(10))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(RecordTable)
        await settled(pilot)
        table.select(4)
        table.set_rows(list(reversed(range(10))))
        assert table.current_id() == 4 and table.cursor_row == 5
        app.rows[4] = ("Renamed", "Boss", 1)
        table.update_row(4)
        await settled(pilot)
        assert any("Renamed" in line for line in screen_lines(app))
        assert not table.select(99)
        table.set_rows([])
        assert table.current_id() is None and table.row_count == 0


async def test_ten_thousand_rows_fill_at_once():
    app = TableApp(people(10_000))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(RecordTable)
        table.focus()
        await settled(pilot)
        assert table.row_count == 10_000
        await pilot.press("end")
        await settled(pilot)
        assert table.current_id() == 9_999
        assert any("Person 09999" in line for line in screen_lines(app))
        assert table.virtual_size.height == 10_001


MARKUP = ["[bold]x[/bold]", "[@click=app.quit]q[/]", "[/", "x [/bold] y", "line\nbreak\x1b]0;t\x07"]


async def test_markup_looking_text_is_shown_literally():
    app = TableApp({i: (text, "r", 1) for i, text in enumerate(MARKUP)})
    async with app.run_test(size=(80, 12)) as pilot:
        await settled(pilot)
        lines = screen_lines(app)
        assert "[bold]x[/bold]" in lines[1]
        assert "[@click=app.quit" in lines[2]
        assert "line break" in lines[5] and "\x1b" not in lines[5]
        await pilot.click(RecordTable, offset=(3, 2))
        await pilot.click(RecordTable, offset=(3, 2))
        await settled(pilot)
        assert app.is_running


async def test_wide_characters_keep_the_columns_aligned():
    rows = {0: ("漢字漢字漢字漢字漢字漢字", "👩‍💻🚀", 1), 1: ("plain", "text", 2),
            2: ("ééééééééééééééééééééééé", "界" * 10_000, 3)}
    app = TableApp(rows)
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(RecordTable)
        await settled(pilot)
        widths = table.widths
        name_end = widths["name"] + 2
        role_end = name_end + widths["role"] + 2
        n_end = role_end + widths["n"] + 2
        for y, (_name, role, n) in zip((1, 2, 3), rows.values(), strict=True):
            strip = table.render_line(y)
            assert strip.cell_length == table.scrollable_content_region.width
            assert cell_len(strip.crop(0, name_end).text) == name_end
            role_cell = strip.crop(name_end, role_end).text
            assert cell_len(role_cell) == role_end - name_end
            assert role_cell.strip()[:1] == role[:1]
            assert strip.crop(role_end, n_end).text == f" {n:>{widths['n']}} "


async def test_a_cut_cell_ends_in_an_ellipsis():
    rows = {0: ("Bartholomew Featherstonehaugh-Smythe", "r", 1), 1: ("Ada", "r", 2)}
    app = TableApp(rows)
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(RecordTable)
        await settled(pilot)
        width = table.widths["name"]
        cut = table.render_line(1).crop(0, width + 2).text
        assert cut == " " + "Bartholomew Featherstonehaugh-Smythe"[: width - 1] + "… "
        assert table.render_line(2).crop(0, width + 2).text == " " + "Ada".ljust(width) + " "


@given(
    specs=st.lists(st.tuples(st.integers(1, 20), st.integers(0, 20), st.integers(0, 30)),
                   min_size=1, max_size=9),
    space=st.integers(1, 200),
    core=st.integers(0, 9),
)
def test_fit_widths_shows_a_column_whole_or_not_at_all(specs, space, core):
    columns = [(f"c{i}", low, low + more, low + more + extra)
               for i, (low, more, extra) in enumerate(specs)]
    widths = fit_widths(columns, space, core)
    assert set(widths) == {c[0] for c in columns}
    assert all(widths[key] >= low for key, low, _p, _h in columns)
    fits = sum(c[1] + 2 for c in columns[:core]) <= space and (core or columns[0][1] + 2 <= space)
    start = 0
    for key, *_rest in columns:
        end = start + widths[key] + 2
        if fits:
            assert not start < space < end, f"{key} cut by the edge: {widths}"
        start = end


async def test_cursor_and_stripes_follow_the_focus_and_the_theme():
    app = TableApp(people(10))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(RecordTable)
        await settled(pilot)

        def cursor_bg() -> object:
            return list(table.render_line(1))[0].style.bgcolor

        focused = cursor_bg()
        app.set_focus(None)
        await wait_for(pilot, lambda: cursor_bg() != focused, what="blurred cursor")
        table.focus()
        await wait_for(pilot, lambda: cursor_bg() == focused, what="focused cursor")
        assert list(table.render_line(2))[0].style.bgcolor != focused  # zebra, not cursor
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await wait_for(pilot, lambda: cursor_bg() != focused, what="theme's cursor")


async def test_the_row_under_the_mouse_is_highlighted_until_it_leaves():
    app = TableApp(people(10))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(RecordTable)
        await settled(pilot)

        def background(y: int) -> object:
            return list(table.render_line(y))[0].style.bgcolor

        plain = background(4)
        assert background(4) == background(6)  # rows 3 and 5: the same zebra stripe
        await pilot.hover(RecordTable, offset=(3, 4))
        await wait_for(pilot, lambda: background(4) != plain, what="hovered row")
        assert table.hover_row == 3
        assert background(6) == plain and table.current_id() == 0  # hover moves no cursor
        await pilot.hover(RecordTable, offset=(3, 0))  # the header: no row
        await wait_for(pilot, lambda: background(4) == plain, what="hover gone")
        assert table.hover_row == -1
