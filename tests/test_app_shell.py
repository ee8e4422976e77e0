"""The app shell: screens by key, help, palette, quitting, theme, first-run path."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette
from textual.widgets import OptionList

from netplan_tui.core.models import Plan
from netplan_tui.tui.screens import SECTIONS
from netplan_tui.tui.screens.help import HelpScreen
from tests.conftest import make_test_app, reopen
from tests.helpers.wait import wait_for


def set_plan(store, **fields) -> None:
    plan = Plan(primary_goal="job_search", onboarding_done=True)
    for key, value in fields.items():
        setattr(plan, key, value)
    store.save_plan(plan)


async def test_keys_1_to_5_switch_screens(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        assert app.current_mode == "goal"  # first run opens the goal picker
        await pilot.press("escape")  # leave the option list: screen keys apply
        for section in [*SECTIONS[1:], SECTIONS[0]]:
            await pilot.press(section.key)
            await pilot.pause()
            assert app.current_mode == section.mode
            assert app.screen.sub_title == section.subtitle
        assert app.return_value is None


async def test_returning_user_lands_on_goals(store):
    set_plan(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.current_mode == "goals"


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_opens_and_escape_closes(store, key):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("escape", key)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.page.plain()
        assert "Primary" in text  # the goal picker's own keys
        assert str(store.path) in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        assert app.current_mode == "goal"


async def test_palette_lists_screens_and_screen_actions(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for section in SECTIONS:
            assert any(section.subtitle.split("· ", 1)[1] in t for t in titles)
        assert "Primary" in titles and "Secondary" in titles and "Help" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"network I have")
        commands = app.screen.query_one("CommandList", OptionList)

        def found() -> bool:
            first = commands.get_option_at_index(0) if commands.option_count else None
            return first is not None and "network I have" in str(first.prompt)

        await wait_for(pilot, found, what="the palette found the command")
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_mode == "network"


async def test_q_quits_without_asking_when_all_saved(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("escape", "q")
        await pilot.pause()
    assert app.return_code == 0


async def test_q_asks_when_an_invalid_edit_is_pending(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#hours").focus()
        await pilot.press(*"99", "escape", "q")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ConfirmDialog"
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running
        await pilot.press("q", "y")
        await pilot.pause()
    assert not app.is_running


async def test_theme_is_remembered(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    store = reopen(store)
    assert store.get_setting("theme") == "nord"
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "nord"
    store.close()


async def test_first_run_path_walks_1_to_5_then_ends(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("escape")
        banner = app.screen.query_one("#step-banner")
        assert banner.display and "step 1 of 5" in str(banner.render())
        for mode in ["qualities", "network", "gap", "goals"]:
            await pilot.press("greater_than_sign")
            await pilot.pause()
            assert app.current_mode == mode
        await pilot.press("escape", "greater_than_sign")
        await pilot.pause()
        assert not app.onboarding
        assert not app.screen.query_one("#step-banner").display
    store = reopen(store)
    assert store.get_plan().onboarding_done
    store.close()


@pytest.mark.parametrize("size", [(60, 20), (40, 12), (20, 6), (1, 1)])
async def test_small_terminals_do_not_crash(store, size):
    set_plan(store)
    app = make_test_app(store)
    async with app.run_test(size=size) as pilot:
        for section in SECTIONS:
            await pilot.press(section.key)
            await pilot.pause()
        for width, height in [(100, 30), (1, 1), (39, 9), (100, 30)]:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
        assert not app.screen.has_class("-too-small")
    assert app.return_code in (0, None)


async def test_read_only_when_another_instance_holds_the_data(store):
    from netplan_tui.data.store import Store

    second = Store(store.data_dir, readonly_if_locked=True)
    try:
        app = make_test_app(second)
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await pilot.pause()
            banners = [str(w.render()) for w in app.screen.query(".banner.-warning")]
            assert any("Read-only" in b for b in banners)
            await pilot.press("p")  # try to set a primary goal: must say it was not saved
            await pilot.pause()
            assert any("Read-only" in str(n.message) for n in app._notifications)
    finally:
        second.close()


@pytest.mark.parametrize("key", ["2", "greater_than_sign", "x", "q"])
async def test_app_keys_do_not_act_behind_an_open_dialog(store, key):
    set_plan(store, onboarding_done=False)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("5")
        await pilot.pause()
        app.set_focus(None)
        await pilot.press("d")  # nothing to delete: open a dialog of our own instead
        from netplan_tui.tui.widgets.dialogs import ConfirmDialog

        app.push_screen(ConfirmDialog("Sure?", "Really?"))
        await pilot.pause()
        app.set_focus(None)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert app.current_mode == "goals" and app.is_running
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)
