"""Widgets not restyled before mounting look exactly like Textual's own, and still
restyle when a class changes once they are mounted (``tui/widgets/styled_on_mount``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.app import App, ComposeResult
from textual.widget import Widget
from textual.widgets import Button, Input, Select, TextArea

from netplan_tui.tui.screens import SECTIONS
from netplan_tui.tui.widgets.lists import SafeSelect
from netplan_tui.tui.widgets.safe_input import SafeInput, SafeTextArea
from netplan_tui.tui.widgets.styled_on_mount import FormButton
from tests.helpers.wait import wait_for

OPTIONS = [("one", 1), ("two", 2)]

#: (name, ours, Textual's): the same arguments to both.
PAIRS: list[tuple[str, Callable[..., Widget], Callable[..., Widget]]] = [
    ("input", lambda **kw: SafeInput("text", **kw), lambda **kw: Input("text", **kw)),
    ("text area", lambda **kw: SafeTextArea("text", **kw), lambda **kw: TextArea("text", **kw)),
    ("select", lambda **kw: SafeSelect(OPTIONS, value=1, allow_blank=False, **kw),
     lambda **kw: Select(OPTIONS, value=1, allow_blank=False, **kw)),
    ("button", lambda **kw: FormButton("Save", variant="primary", **kw),
     lambda **kw: Button("Save", variant="primary", **kw)),
]

#: Style rules that tell a compact widget from a bordered one, and a variant.
RULES = ("border_top", "border_bottom", "height", "padding", "background", "color", "width")


class Pair(App[None]):
    AUTO_FOCUS = None  # neither has the focus: its style would tell them apart

    def __init__(self, ours: Callable[[], Widget], theirs: Callable[[], Widget]) -> None:
        super().__init__()
        self.make = (ours, theirs)

    def compose(self) -> ComposeResult:  # made here, as in a dialog's compose
        self.ours, self.theirs = (make() for make in self.make)
        yield self.ours
        yield self.theirs


def look(widget: Widget) -> tuple[object, ...]:
    styles = widget.styles
    return (
        frozenset(widget.classes),
        *(getattr(styles, rule) for rule in RULES),
        tuple(widget.region.size),
    )


@pytest.mark.parametrize(("name", "ours", "theirs"), PAIRS, ids=[p[0] for p in PAIRS])
@pytest.mark.parametrize("compact", [True, False], ids=["compact", "bordered"])
async def test_styled_as_textuals_own_then_restyled_on_change(name, ours, theirs, compact):
    app = Pair(lambda: ours(compact=compact), lambda: theirs(compact=compact))
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for(pilot, lambda: app.ours.region.width > 0 and app.theirs.region.width > 0,
                       what="both laid out")
        assert look(app.ours)[:-1] == look(app.theirs)[:-1]
        assert app.ours.region.size == app.theirs.region.size
        # Once mounted, a class change restyles as it does for Textual's widget.
        app.ours.compact = not compact
        app.theirs.compact = not compact
        await wait_for(pilot, lambda: app.ours.styles.border_top == app.theirs.styles.border_top
                       and app.ours.region.size == app.theirs.region.size,
                       what="both restyled")
        assert look(app.ours)[:-1] == look(app.theirs)[:-1]
        assert app.ours.has_class("-textual-compact") is (not compact)


# -- screens: the first show is not restyled ---------------------------------------------
SCREEN_KEYS = tuple(section.key for section in SECTIONS)
SCREEN_MODES = {section.key: section.mode for section in SECTIONS}


@pytest.mark.parametrize("key", SCREEN_KEYS)
async def test_a_screen_shown_first_looks_as_when_restyled(store, key: str) -> None:  # noqa: ANN001
    """The first show skips Textual's whole-screen restyle: what mounting styled must be
    exactly what that restyle would give."""
    from netplan_tui.core.demo import fill_demo
    from tests.conftest import TODAY, make_test_app
    from tests.helpers.wait import settled

    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.stylesheet_ready, what="stylesheet primed")
        await pilot.press(key)
        await wait_for(pilot, lambda: app.screen.is_mounted
                       and getattr(app.screen, "MODE", None) is not None, what="the screen")
        await settled(pilot)
        shown = app.export_screenshot()
        app.screen.update_node_styles(animate=False)
        await settled(pilot)
        assert app.export_screenshot() == shown


async def test_a_screen_shown_again_follows_a_theme_changed_while_hidden(store) -> None:  # noqa: ANN001
    from netplan_tui.core.demo import fill_demo
    from tests.conftest import TODAY, make_test_app

    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.stylesheet_ready, what="stylesheet primed")
        await pilot.press("3")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "NetworkScreen", what="3")
        network = app.screen
        table = network.query_one("#net-table")
        before = table.styles.background
        await pilot.press("5")
        await wait_for(pilot, lambda: app.screen is not network, what="5")
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.press("3")
        await wait_for(pilot, lambda: app.screen is network, what="3 again")
        await wait_for(pilot, lambda: table.styles.background != before,
                       what="screen 3 restyled for the new theme")


def count_restyles(screen) -> list[int]:  # noqa: ANN001
    """A list that grows by one each time ``screen`` is restyled whole."""
    calls: list[int] = []
    real = screen.update_node_styles

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        return real(*args, **kwargs)

    screen.update_node_styles = counted
    return calls


@pytest.mark.parametrize("key", SCREEN_KEYS)
async def test_a_screen_shown_again_is_not_restyled_and_looks_as_when_restyled(store, key):  # noqa: ANN001
    """Back on a screen (after the others, a dialog and the idle stylesheet step), the
    rules are those it was styled with: no whole-screen restyle, and what is shown is
    what that restyle would give."""
    from netplan_tui.core.demo import fill_demo
    from tests.conftest import TODAY, make_test_app
    from tests.helpers.wait import settled

    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.stylesheet_ready, what="stylesheet primed")
        for other in SCREEN_KEYS:
            await pilot.press(other)
            await wait_for(pilot, lambda: app.screen.is_mounted, what=f"screen {other}")
        await pilot.press("f1")  # a dialog, over screen 5
        await wait_for(pilot, lambda: type(app.screen).__name__ == "HelpScreen", what="help")
        await pilot.press("escape")
        await wait_for(pilot, lambda: type(app.screen).__name__ != "HelpScreen", what="closed")
        await pilot.press("1" if key != "1" else "2")
        await settled(pilot)
        screen = app.get_screen_stack(SCREEN_MODES[key])[0]
        restyles = count_restyles(screen)
        await pilot.press(key)
        await wait_for(pilot, lambda: app.screen is screen, what="back on the screen")
        await settled(pilot)
        assert restyles == []
        shown = app.export_screenshot()
        app.screen.update_node_styles(animate=False)
        await settled(pilot)
        assert app.export_screenshot() == shown


async def test_a_kept_dialog_opened_again_is_not_restyled_unless_the_theme_changed(store):  # noqa: ANN001
    """The contact form is built ahead and kept: its next opening finds the rules it was
    styled with and is not restyled; after a theme change it looks as the new theme
    draws it afresh."""
    from netplan_tui.core.demo import fill_demo
    from netplan_tui.tui.widgets.contact_editor import ContactEditor
    from tests.conftest import TODAY, make_test_app
    from tests.helpers.wait import settled

    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "NetworkScreen", what="3")
        network = app.screen
        await wait_for(pilot, lambda: network._editor is not None and network._editor.is_mounted,
                       what="the form built ahead")
        form = network._editor
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is form, what="form open")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is network, what="closed")
        restyles = count_restyles(form)
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is form, what="form open again")
        await settled(pilot)
        assert restyles == []
        before = form.query_one("#ce-name").styles.background
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is network, what="closed again")

        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await settled(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is form, what="form open, new theme")
        await settled(pilot)
        assert form.query_one("#ce-name").styles.background != before
        shown = app.export_screenshot()
        form.update_node_styles(animate=False)
        await settled(pilot)
        assert app.export_screenshot() == shown
        assert isinstance(form, ContactEditor)


@pytest.mark.parametrize("plan", ["first run", "demo"])
async def test_the_screen_the_app_opens_on_looks_as_drawn_afresh(store, plan, monkeypatch):  # noqa: ANN001
    """The app opens straight on its first screen's mode, so that screen is built before
    Textual styles the app itself: drawn from the colours its widgets cached then
    (worked out against an app with no background yet), its text came out in the
    background's colour until the stylesheet was refreshed after the preload.
    Without that refresh, what is shown must be what the widgets draw with nothing
    cached."""
    from netplan_tui.core.demo import fill_demo
    from tests.conftest import TODAY, make_test_app
    from tests.helpers.wait import settled

    if plan == "demo":
        fill_demo(store, TODAY)
    app = make_test_app(store)
    monkeypatch.setattr(app, "_preload", lambda: None)  # no stylesheet refresh after paint
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.screen.is_mounted and app.screen.region.width > 0,
                       what="the first screen")
        await settled(pilot)
        assert app.current_mode == ("goals" if plan == "demo" else "goal")
        assert not app.stylesheet_ready
        shown = app.export_screenshot()
        for node in app.screen.walk_children(with_self=True):
            node.notify_style_update()  # Textual's hook: forget what was cached
            node.refresh()
        await settled(pilot)
        assert app.export_screenshot() == shown
