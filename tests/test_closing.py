"""The app closes cleanly however soon after a screen or a dialog started mounting.

Closing prunes every screen; one still being composed lost its widgets under its
own mount handlers (Textual's ``Select`` queries its parts as it mounts): a quit
right after ``n``, or while a form was built ahead, ended in ``NoMatches``.
"""

from __future__ import annotations

import asyncio

import pytest

from netplan_tui.data.store import Store
from netplan_tui.tui import closing
from netplan_tui.tui.screens.goals import GoalsScreen
from netplan_tui.tui.screens.network import NetworkScreen
from netplan_tui.tui.widgets.contact_editor import ContactEditor
from tests.conftest import make_test_app
from tests.helpers.wait import wait_for
from tests.test_kept_dialog import ready

#: Turns of the event loop between the start of a build and the end of the app:
#: the window in which the dialog is composed and mounted, walked through.
TURNS = (0, 1, 2, 3, 4, 6, 8, 12)


async def turns(count: int) -> None:
    for _ in range(count):
        await asyncio.sleep(0)


@pytest.mark.parametrize("ending", ["quit", "leaving run_test"])
@pytest.mark.parametrize("turn", TURNS)
@pytest.mark.parametrize(("screen_type", "keys"), [(NetworkScreen, "3"), (GoalsScreen, "")])
async def test_the_app_ends_cleanly_while_a_dialog_is_built_ahead(
    store: Store, monkeypatch: pytest.MonkeyPatch, screen_type: type, keys: str,
    turn: int, ending: str,
) -> None:
    ready(store)
    build = screen_type._build_editor
    started: list[object] = []

    def build_and_note(screen) -> None:  # noqa: ANN001
        build(screen)
        started.append(screen)

    monkeypatch.setattr(screen_type, "_build_editor", build_and_note)
    app = make_test_app(store)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press(*keys)
        while not started:
            await asyncio.sleep(0)
        await turns(turn)
        if ending == "quit":
            app.exit()
            await wait_for(pilot, lambda: not app.is_running, what="the app closed")
    assert app._exception is None
    if ending == "quit":
        assert app.return_code == 0


@pytest.mark.parametrize("turn", TURNS)
async def test_a_quit_right_after_opening_the_form_is_clean(store: Store, turn: int) -> None:
    """``n`` then ctrl+q at once: the form (not built ahead yet) was still mounting."""
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        app.screen._editor = None  # opened from scratch, as before it is built ahead
        await pilot.press("n")
        await turns(turn)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, what="the app closed")
    assert app._exception is None


async def test_nothing_mounting_once_the_app_is_idle(store: Store) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(getattr(app.screen, "_editor", None),
                                                 ContactEditor), what="form built ahead")
        await wait_for(pilot, lambda: not app.still_mounting(), what="all mounted")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, what="the app closed")
    assert app._exit_waits == 0  # nothing held the quit back


async def test_a_quit_is_never_held_for_long(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even if something never finished mounting, the quit goes through after WAITS looks."""
    ready(store)
    app = make_test_app(store)
    monkeypatch.setattr(type(app), "still_mounting", lambda _app: True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, what="the app closed")
    assert app._exit_waits == closing.WAITS


async def test_nothing_is_built_ahead_once_the_app_is_closing(store: Store) -> None:
    """A build starting while Textual closes every screen stack added one more stack
    to the ones it was walking (``RuntimeError: dictionary changed size``)."""
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)):
        app.closing = True
        form = ContactEditor(None, app.today)
        assert form.build_ahead(app) is False
        assert not form.is_mounted
