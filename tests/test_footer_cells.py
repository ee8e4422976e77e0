"""The footer draws what Textual's ``Footer`` draws, cell by cell, as one widget.

Each case is a small app with the same keys under Textual's footer and under
``NetplanFooter`` (keys that fit, in the order the footer puts them, so that only
the drawing is compared): the plain and compact styles, a disabled key, the
palette key at the right edge, and a key under the mouse.
"""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Static
from textual.widgets._footer import FooterKey

from netplan_tui.tui.widgets.footer import NetplanFooter
from tests.helpers.svg_cells import svg_cells
from tests.helpers.wait import settled, wait_for


class WithFooter(App[None]):
    """Textual's footer under a few keys, one of them disabled."""

    BINDINGS = [
        Binding("a", "alpha", "Alpha"),
        Binding("b", "beta", "Beta"),
        Binding("plus", "more", "+1", key_display="+"),
        Binding("x", "hidden", "Hidden", show=False),
        Binding("ctrl+s", "save", "Save"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]
    COMPACT = False
    THEME = "textual-dark"

    def __init__(self) -> None:
        super().__init__()
        self.theme = self.THEME
        self.pressed: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("body")
        yield self.footer()

    def footer(self) -> Footer | NetplanFooter:
        return Footer(compact=self.COMPACT)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "beta" else True  # None: shown, disabled

    def action_alpha(self) -> None:
        self.pressed.append("alpha")

    def action_beta(self) -> None:
        self.pressed.append("beta")


class WithNetplanFooter(WithFooter):
    def footer(self) -> Footer | NetplanFooter:
        return NetplanFooter()


def variant(base: type[WithFooter], compact: bool, theme: str) -> type[WithFooter]:
    return type(base.__name__, (base,), {"COMPACT": compact, "THEME": theme})


async def cells(app: WithFooter, width: int, hover_x: int | None = None) -> dict:
    async with app.run_test(size=(width, 3)) as pilot:
        await settled(pilot)
        await wait_for(pilot, lambda: "Quit" in app.export_screenshot(), what="the keys drawn")
        if hover_x is not None:
            await pilot.hover(offset=(hover_x, 2))
            await settled(pilot)
        return svg_cells(app.export_screenshot())


# 100 columns: everything in its plain style; 60: too wide, so ours goes compact
# (compared with Textual's footer made compact); 56: compact without the palette key
# is not needed, the keys still fit.
CASES = [(100, False), (120, False), (60, True), (58, True)]


@pytest.mark.parametrize(("width", "compact"), CASES, ids=[f"{w}" for w, _ in CASES])
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord"])
async def test_draws_the_cells_textuals_footer_draws(width: int, compact: bool, theme: str):
    theirs = await cells(variant(WithFooter, compact, theme)(), width)
    ours_app = variant(WithNetplanFooter, compact, theme)()
    ours = await cells(ours_app, width)
    assert ours == theirs


@pytest.mark.parametrize(("width", "compact"), [(100, False), (60, True)])
@pytest.mark.parametrize("x", [1, 9, 96 - 40, 95])
async def test_a_key_under_the_mouse_is_drawn_as_textual_draws_it(
    width: int, compact: bool, x: int
):
    x = min(x, width - 2)
    theirs = await cells(variant(WithFooter, compact, "textual-dark")(), width, hover_x=x)
    ours = await cells(variant(WithNetplanFooter, compact, "textual-dark")(), width, hover_x=x)
    assert ours == theirs


async def test_a_click_presses_the_key_and_a_disabled_key_rings_the_bell():
    app = WithNetplanFooter()
    async with app.run_test(size=(100, 3)) as pilot:
        await settled(pilot)
        footer = app.query_one(NetplanFooter)
        await wait_for(pilot, lambda: footer.plan().keys, what="the keys")
        spans = {entry.action: start for start, _end, entry in footer._spans}
        bells: list[bool] = []
        app.bell = lambda: bells.append(True)  # type: ignore[method-assign]
        await pilot.click(NetplanFooter, offset=(spans["alpha"] + 1, 0))
        await wait_for(pilot, lambda: app.pressed == ["alpha"], what="alpha pressed")
        await pilot.click(NetplanFooter, offset=(spans["beta"] + 1, 0))
        await wait_for(pilot, lambda: bells, what="the bell")
        assert app.pressed == ["alpha"]


async def test_the_key_under_the_mouse_shows_its_tooltip():
    class Tipped(WithNetplanFooter):
        BINDINGS = [Binding("a", "alpha", "Alpha", tooltip="Does alpha"),
                    Binding("q", "quit", "Quit")]

    app = Tipped()
    async with app.run_test(size=(100, 3)) as pilot:
        await settled(pilot)
        footer = app.query_one(NetplanFooter)
        await wait_for(pilot, lambda: footer.plan().keys, what="the keys")
        await pilot.hover(NetplanFooter, offset=(1, 0))
        await wait_for(pilot, lambda: footer.tooltip == "Does alpha", what="the tooltip")
        await pilot.hover(NetplanFooter, offset=(50, 0))
        await wait_for(pilot, lambda: footer.tooltip is None, what="no tooltip")


def test_textuals_footer_key_is_still_what_was_compared():
    # The comparison above is only meaningful while Textual's footer draws its keys
    # with these component classes; a Textual upgrade that changes them fails here.
    assert {"footer-key--key", "footer-key--description"} <= FooterKey.COMPONENT_CLASSES
