"""Small and odd terminals: usable at 60x20, no crash down to 1x1, resizing while typing.

What is on screen is read from the compositor's full frame (see ``test_injection``).
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input

from netplan_tui.core.demo import fill_demo
from netplan_tui.tui.screens.gap import GapScreen
from netplan_tui.tui.screens.goal import GoalScreen
from netplan_tui.tui.screens.goals import GoalsScreen
from netplan_tui.tui.screens.help import HelpScreen
from netplan_tui.tui.screens.network import NetworkScreen
from netplan_tui.tui.screens.qualities import QualitiesScreen
from netplan_tui.tui.widgets.contact_editor import ContactEditor
from netplan_tui.tui.widgets.dialogs import ConfirmDialog
from netplan_tui.tui.widgets.gap_matches import GapMatches
from netplan_tui.tui.widgets.goal_editor import GoalEditor
from netplan_tui.tui.widgets.goal_text import GoalText
from netplan_tui.tui.widgets.import_dialog import ImportDialog
from netplan_tui.tui.widgets.quality_editor import QualityEditor
from netplan_tui.tui.widgets.review_dialog import ReviewDialog
from tests.conftest import TODAY, make_test_app
from tests.helpers.wait import wait_for
from tests.test_injection import frame, paste

pytestmark = pytest.mark.slow

#: (name, keys from screen 5, expected screen, texts that must be visible at 60x20).
#: On TODAY (Nov 28) screen 5 opens on December, the month being planned; t shows November.
PLACES: tuple[tuple[str, tuple[str, ...], type, tuple[str, ...]], ...] = (
    ("goals", ("t",), GoalsScreen, ("November 2026", "space Done", "e Edit")),
    ("goal", ("1",), GoalScreen, ("Help my job search", "Primary")),
    ("qualities", ("2",), QualitiesScreen, ("Category", "Quality", "Tech recruiters", "Add")),
    ("network", ("3",), NetworkScreen, ("Name", "Role", "Filter", "Add")),
    ("gap", ("4",), GapScreen, ("Quality", "Target", "Draft goal")),
    ("goal editor", ("t", "e"), GoalEditor, ("Edit goal", "Specific")),
    ("review", ("r",), ReviewDialog, ("Month-end review", "Goal 1 of")),
    ("delete goal", ("t", "d"), ConfirmDialog, ("Delete this goal?", "No (n)", "Delete (y)")),
    ("quality editor", ("2", "e"), QualityEditor, ("Edit quality", "Name", "Save")),
    ("contact editor", ("3", "e"), ContactEditor, ("Edit contact", "Name", "Save")),
    ("import", ("3", "i"), ImportDialog, ("Import LinkedIn connections", "Import")),
    ("gap matches", ("4", "enter"), GapMatches, ("escape: close",)),
    ("help", ("question_mark",), HelpScreen, ("Help", "escape closes")),
)
TINY = ((40, 12), (20, 5), (1, 1))


def _ok(app: Any, where: str) -> None:
    assert app._exception is None, where
    assert app.is_running, where


@pytest.mark.parametrize(
    ("keys", "kind", "texts"), [p[1:] for p in PLACES], ids=[p[0] for p in PLACES]
)
async def test_works_at_60x20(store, keys, kind, texts):
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        assert isinstance(app.screen, kind)
        rows = "\n".join(frame(app))
        for text in texts:
            assert text in rows, f"{text!r} not visible at 60x20:\n{rows}"
        # and it still works from here: escape leaves, screen keys switch
        await pilot.press("escape")
        _ok(app, "escape")


@pytest.mark.parametrize(("keys", "kind"), [p[1:3] for p in PLACES], ids=[p[0] for p in PLACES])
async def test_no_crash_when_tiny(store, keys, kind):
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        assert isinstance(app.screen, kind)
        for width, height in TINY:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            _ok(app, f"{width}x{height}")
            frame(app)
            # keys at that size: moving, paging, tab
            await pilot.press("down", "pagedown", "pageup", "tab")
            _ok(app, f"keys at {width}x{height}")
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        _ok(app, "back to 100x30")
        assert isinstance(app.screen, kind)


async def test_too_small_message(store):
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(38, 12), notifications=True) as pilot:
        await pilot.press("3")
        await pilot.pause()
        rows = "\n".join(frame(app))
        assert "too small" in rows
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        rows = "\n".join(frame(app))
        assert "too small" not in rows and "Name" in rows


async def test_every_screen_at_tiny_sizes(store):
    """Open at 1x1 and 20x5, switch through every screen: nothing crashes."""
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(1, 1), notifications=True) as pilot:
        await pilot.pause()
        for size in ((1, 1), (20, 5), (40, 12)):
            await pilot.resize_terminal(*size)
            for key in ("1", "2", "3", "4", "5", "question_mark", "escape"):
                await pilot.press(key)
                _ok(app, f"{key} at {size}")
                frame(app)


SIZES = ((60, 20), (40, 12), (20, 5), (1, 1), (160, 50), (100, 30))


async def test_resize_while_typing_a_goal(store):
    fill_demo(store, TODAY)
    app = make_test_app(store)
    text = "Message 4 backend engineers at GitLab on LinkedIn by November 30"
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("n")
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        typed = ""
        for index, size in enumerate(SIZES):
            part = text[index * 11:(index + 1) * 11]
            await pilot.press(*part)
            typed += part
            await pilot.resize_terminal(*size)
            await pilot.pause()
            _ok(app, f"typing at {size}")
            assert app.screen is editor
            assert editor.query_one("#goal-text", GoalText).value == typed
        assert typed == text
        assert editor.query_one("#goal-text", GoalText).has_focus


async def test_resize_while_typing_the_contact_filter(store):
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("3", "slash")
        screen = app.screen
        assert isinstance(screen, NetworkScreen)
        field = screen.query_one("#net-filter", Input)
        typed = ""
        for size, part in zip(SIZES, ("py", "th", "", "", "on", " gitlab"), strict=True):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.press(*part)  # nothing is typed while the window is too small
            typed += part
            _ok(app, f"filter at {size}")
            assert field.value == typed
        await wait_for(pilot, lambda: screen.query_text == typed, what="filter applied")
        assert field.has_focus


async def test_focus_comes_back_after_too_small(store):
    """The field being typed in keeps the keys after the window was too small."""
    fill_demo(store, TODAY)
    count = len(store.contacts())
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("3", "slash", "a")
        screen = app.screen
        field = screen.query_one("#net-filter", Input)
        await pilot.resize_terminal(20, 5)
        await pilot.pause()
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert field.has_focus
        await pilot.press("n", "d")  # letters for the filter, not "add" and "delete"
        assert field.value == "and"
        assert app.screen is screen
    assert len(store.contacts()) == count


async def test_goal_editor_keys_visible_at_60x20(store):
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await pilot.press("t", "e")  # November (5 opens on the month being planned)
        await pilot.pause()
        assert isinstance(app.screen, GoalEditor)
        assert "ctrl+s" in "\n".join(frame(app))


async def test_resize_while_pasting_in_contact_editor(store):
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("3", "n")
        editor = app.screen
        assert isinstance(editor, ContactEditor)
        for size in SIZES:
            await paste(pilot, "Ann ")
            await pilot.resize_terminal(*size)
            await pilot.pause()
            _ok(app, f"contact editor at {size}")
        assert editor.query_one("#ce-name", Input).value == "Ann " * len(SIZES)
