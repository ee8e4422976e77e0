"""The title bar: Textual's Header as the app used it, drawn by one widget."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.command import CommandPalette
from textual.content import Content
from textual.widgets import Header

from netplan_tui.core.models import Plan
from netplan_tui.tui.widgets.title_bar import (
    CLOCK_WIDTH,
    ICON,
    ICON_TOOLTIP,
    ICON_WIDTH,
    TitleBar,
    title_line,
)
from tests.conftest import make_test_app
from tests.helpers.svg_cells import svg_cells
from tests.helpers.wait import settled, wait_for

ICON_CELLS = Content(f" {ICON}")


@pytest.mark.parametrize(
    ("title", "width", "expected"),
    [
        # Centred in the room between the icon (8 cells) and the clock's space (10).
        ("abcd", 30, " ⭘      " + "    abcd    " + " " * 10),
        ("abc", 30, " ⭘      " + "    abc     " + " " * 10),  # odd: the extra cell right
        ("twelve chars", 30, " ⭘      " + "twelve chars" + " " * 10),  # exactly the room
        ("thirteen char", 30, " ⭘      " + "thirteen ch…" + " " * 10),  # cut, ellipsis
        ("wide 日本", 30, " ⭘      " + " wide 日本  " + " " * 10),  # wide characters
        ("abc", 18, " ⭘      " + " " * 10),  # no room for a title
        ("abc", 5, " ⭘   "),  # narrower than the icon: cut at the edge
    ],
)
def test_title_line(title: str, width: int, expected: str) -> None:
    line = title_line(ICON_CELLS, Content(title), width)
    assert line.plain == expected
    assert line.cell_length == width


@given(st.text(max_size=60), st.integers(min_value=0, max_value=200))
def test_title_line_always_fills_the_width(title: str, width: int) -> None:
    title = "".join(ch for ch in title if ch.isprintable())
    line = title_line(ICON_CELLS, Content(title), width)
    assert line.cell_length == width
    if width >= ICON_WIDTH + CLOCK_WIDTH + cell_len(title):
        assert title in line.plain


class WithHeader(App[None]):
    """Textual's Header with a screen title and sub-title, as the app's screens had."""

    TITLE = "netplan-tui"

    def compose(self) -> ComposeResult:
        yield Header()

    def on_mount(self) -> None:
        self.screen.sub_title = "5 · Monthly SMART goals"


class WithTitleBar(WithHeader):
    CSS = """TitleBar { dock: top; width: 100%; height: 1; background: $panel;
             color: $foreground; }"""  # the app's rule (widgets.tcss)

    def compose(self) -> ComposeResult:
        yield TitleBar()


async def screenshot(app: App[None], width: int) -> str:
    async with app.run_test(size=(width, 3)) as pilot:
        await settled(pilot)
        return app.export_screenshot()


@pytest.mark.parametrize("width", [100, 80, 60, 30, 12])
async def test_draws_the_cells_textuals_header_draws(width: int) -> None:
    theirs = svg_cells(await screenshot(WithHeader(), width))
    ours = svg_cells(await screenshot(WithTitleBar(), width))
    assert ours == theirs


# On the first-run screen: no dialog is built ahead there, which enters and leaves the
# parking mode once and so makes Textual forget what is under the mouse.
async def test_the_icon_opens_the_palette_and_the_title_does_not(store) -> None:  # noqa: ANN001
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.click(TitleBar, offset=(50, 0))
        await settled(pilot)
        assert not CommandPalette.is_open(app)
        await pilot.click(TitleBar, offset=(1, 0))
        await wait_for(pilot, lambda: CommandPalette.is_open(app), what="the palette")


async def test_the_icon_is_highlighted_under_the_mouse(store) -> None:  # noqa: ANN001
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        bar = app.screen.query_one(TitleBar)
        plain = bar.render_line(0)
        await pilot.hover(TitleBar, offset=(2, 0))
        await wait_for(pilot, lambda: bar.tooltip == ICON_TOOLTIP, what="the tooltip")
        lit = bar.render_line(0)
        assert lit.text == plain.text
        assert lit != plain  # the icon's cells have another background
        await pilot.hover(TitleBar, offset=(50, 0))
        await wait_for(pilot, lambda: bar.tooltip is None, what="no tooltip")


async def test_a_new_sub_title_is_drawn(store) -> None:  # noqa: ANN001
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        bar = app.screen.query_one(TitleBar)
        assert "netplan-tui — 5 · Monthly SMART goals" in bar.render_line(0).text
        app.screen.sub_title = "[bold]not markup[/]"
        await wait_for(pilot, lambda: "[bold]not markup[/]" in bar.render_line(0).text,
                       what="the new sub-title, as typed")
