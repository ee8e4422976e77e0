"""Every key of every screen and dialog is in the command palette and in help.

For the five screens and the dialogs opened by `n` on screens 2, 3 and 5: each
binding of ours (not Textual's generic cursor keys) must be a palette command while
that screen is active, and a row of the help opened from it (F1 works in dialogs).
The app's own keys (Export, Next step…) must be in the palette and help everywhere.
"""

from __future__ import annotations

import pytest

from netplan_tui.tui.app import NetplanApp
from netplan_tui.tui.screens import SECTIONS
from netplan_tui.tui.screens.help import HelpBody, HelpScreen, is_ours
from tests.conftest import make_test_app
from tests.helpers.drawn import drawn_text
from tests.helpers.wait import wait_for
from tests.test_app_shell import set_plan

# Actions the palette offers under another name (Textual's own "Quit" command).
PALETTE_NAMES = {"quit": "Quit"}


def own_bindings(app: NetplanApp) -> dict[str, str]:
    """action → description of the enabled bindings of the active screen and its widgets."""
    found: dict[str, str] = {}
    for active in app.screen.active_bindings.values():
        if active.node is app or not active.enabled:
            continue
        if not is_ours(active.node, active.binding.action):
            continue
        if active.binding.description:
            found.setdefault(active.binding.action, active.binding.description)
    return found


def help_text(app: NetplanApp) -> str:
    """The help page as drawn (plain text, at the width it is drawn)."""
    body = app.screen.query_one(HelpBody)
    return drawn_text(body.render(), body.size.width)


def help_rows(app: NetplanApp, section: str) -> list[tuple[str, str]]:
    """(keys, action) rows of one section of the help page."""
    return dict(app.screen.page.sections)[section]


async def check_screen(app: NetplanApp, pilot, where: str) -> None:
    bindings = own_bindings(app)
    assert bindings, f"{where}: no keys found"
    titles = {c.title for c in app.get_system_commands(app.screen)}
    missing = [d for a, d in bindings.items() if PALETTE_NAMES.get(a, d) not in titles]
    assert not missing, f"{where}: not in the palette: {missing}"
    for binding in NetplanApp.BINDINGS:
        if binding.description and not binding.action.startswith("switch_mode"):
            if binding.action == "next_step" and not app.onboarding:
                continue
            assert binding.description in titles, f"{where}: app key {binding.description}"
    opened_from = app.screen
    await pilot.press("f1")
    await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), what=f"help on {where}")
    text = help_text(app)
    shown = {action for _, rows in app.screen.page.sections for _, action in rows}
    missing = [d for d in bindings.values() if d not in shown or d not in text]
    assert not missing, f"{where}: not in help: {missing}"
    for label in ("Export plan", "Next step", "Command palette", "Quit"):
        assert label in text, f"{where}: help lacks {label}"
    await pilot.press("escape")
    await wait_for(pilot, lambda: app.screen is opened_from, what="help closed")


async def test_every_screen_key_in_palette_and_help(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        for section in SECTIONS:
            await pilot.press(section.key)
            mode = section.mode
            await wait_for(pilot, lambda: app.current_mode == mode, what=mode)  # noqa: B023
            await pilot.press("escape")  # leave a field so the screen's keys apply
            await pilot.pause()
            await check_screen(app, pilot, section.mode)


@pytest.mark.parametrize("mode", ["qualities", "network", "goals"])
async def test_every_dialog_key_in_palette_and_help(store, mode):
    set_plan(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.switch_mode(mode)
        await wait_for(pilot, lambda: app.current_mode == mode, what=mode)
        await pilot.press("escape")
        screen = app.screen
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is not screen, what="the dialog opened")
        await check_screen(app, pilot, type(app.screen).__name__)


async def test_help_lists_the_screens_own_keys_first_with_readable_names(store):
    set_plan(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape", "f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), what="help")
        text = help_text(app)
        rows = help_rows(app, "This screen")
        assert rows[0] == ("space", "Done")
        assert ("+", "+1") in rows  # the key's display, not "plus / equals_sign"
        lines = text.splitlines()
        start = lines.index("This screen")
        assert lines[start + 1].split() == ["space", "Done"]  # drawn first, one line
        for generic in ("Cursor up", "Page Left", "Focus Next"):
            assert generic not in text


async def test_ctrl_q_asks_when_a_dialog_has_unsaved_text(store):
    set_plan(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is not screen, what="the goal editor")
        await pilot.press("a", "b", "ctrl+q")
        await wait_for(
            pilot, lambda: type(app.screen).__name__ == "ConfirmDialog", what="quit asks"
        )
        assert app.return_value is None and app.is_running


@pytest.mark.parametrize("key", ["f1", "question_mark", "escape"])
async def test_help_closes_with_its_own_keys(store, key):
    set_plan(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape", "f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), what="help")
        await pilot.press(key)
        await wait_for(pilot, lambda: not isinstance(app.screen, HelpScreen), what="closed")
