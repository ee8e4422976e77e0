"""A seeded monkey: thousands of random keys and resizes over every screen and dialog.

Starting from the demo plan, each seed presses about 1,500 keys drawn from every
key bound by the app, its screens and dialogs, plus letters, digits and the
usual navigation keys, and resizes the terminal at random every ~100 keys. Quit
is disarmed (``action_quit`` does nothing; ctrl+c and ctrl+q are never pressed),
so the monkey keeps going through dialogs, the command palette and text fields.
Afterwards the data file must load, both checked on disk and through a new store.

Keys go to the app the way the terminal driver sends them, in batches of a few
with a pause after each batch (``pilot.press`` waits for the screen after every
key, which would make thousands of keys take many minutes).
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.binding import Binding
from textual.keys import _character_to_key
from textual.widgets import Input

from netplan_tui.core.demo import fill_demo
from netplan_tui.core.models import Contact, Goal, Plan
from netplan_tui.data.store import Store, check_file
from netplan_tui.tui.app import NetplanApp
from netplan_tui.tui.screens.base import PlanScreen
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
from netplan_tui.tui.widgets.quality_suggestions import QualitySuggestions
from netplan_tui.tui.widgets.review_dialog import ReviewDialog
from tests.conftest import TODAY, make_test_app
from tests.helpers.wait import settled, wait_for

pytestmark = pytest.mark.slow

SEEDS = (7, 1234, 2026)
KEYS_PER_SEED = 1500
BATCH = 10  # keys sent before the app is given time to catch up
RESIZE_EVERY = 100  # keys, on average

CLASSES = (
    NetplanApp, PlanScreen, GoalScreen, QualitiesScreen, NetworkScreen, GapScreen,
    GoalsScreen, HelpScreen, ConfirmDialog, QualityEditor, QualitySuggestions,
    ContactEditor, ImportDialog, GapMatches, GoalEditor, ReviewDialog,
)
NEVER = {"ctrl+c", "ctrl+q"}
EXTRA = (
    list("abcdefghijklmnopqrstuvwxyz0123456789")
    + ["space", "enter", "escape", "tab", "shift+tab", "up", "down", "left", "right",
       "pageup", "pagedown", "home", "end", "ctrl+s", "ctrl+p", "backspace", "delete",
       "plus", "minus", "left_square_bracket", "right_square_bracket", "slash",
       "question_mark", "greater_than_sign", "J", "K", "S"]
)


def bound_keys() -> list[str]:
    """Every key bound by the app, its screens and its dialogs."""
    keys: set[str] = set()
    for cls in CLASSES:
        for binding in cls.BINDINGS:
            if isinstance(binding, Binding):
                keys.update(k.strip() for k in binding.key.split(","))
            else:
                keys.update(k.strip() for k in binding[0].split(","))
    return sorted(keys - NEVER)


KEYS = sorted(set(bound_keys()) | set(EXTRA))
#: Screen keys and escape a little more often, so the monkey gets around.
WEIGHTED = KEYS + ["1", "2", "3", "4", "5", "escape", "e", "n", "enter"] * 3


def key_event(key: str) -> events.Key:
    """The event the driver sends for ``key`` (as ``Pilot.press`` builds it)."""
    if len(key) == 1:
        char: str | None = key
        name = key if key.isalnum() else _character_to_key(key)
    else:
        name = key
        char = {"space": " ", "plus": "+", "minus": "-", "slash": "/",
                "left_square_bracket": "[", "right_square_bracket": "]",
                "question_mark": "?", "greater_than_sign": ">"}.get(key)
        if key in ("enter", "tab", "escape", "backspace"):
            char = {"enter": "\r", "tab": "\t", "escape": "\x1b", "backspace": "\x7f"}[key]
    return events.Key(name, char)


def disarm(app: Any) -> None:
    """Quitting and screenshots do nothing: the monkey keeps the app open."""

    async def no_quit() -> None:
        return None

    app.action_quit = no_quit
    app.action_screenshot = lambda *args, **kwargs: None
    app.deliver_screenshot = lambda *args, **kwargs: None


def test_key_list_covers_every_screen():
    for key in ("1", "5", "n", "e", "d", "t", "i", "slash", "g", "c", "r", "u", "space",
                "plus", "left_square_bracket", "ctrl+s", "question_mark", "escape", "y",
                "pagedown", "S", "J"):
        assert key in KEYS, key
    assert not NEVER & set(KEYS)


async def send(pilot: Any, *keys: str) -> None:
    """Send ``keys`` at once, as a fast typist or a paste does, then let the app catch up."""
    app = pilot.app
    for key in keys:
        event = key_event(key)
        event.set_sender(app)
        app._driver.send_message(event)
    await settled(pilot)


@pytest.mark.parametrize(
    "keys",
    [("ctrl+p", "pageup"), ("ctrl+p", "pagedown"), ("ctrl+p", "g", "pageup"),
     ("2", "n", "shift+tab", "enter", "pagedown"), ("3", "n", "tab", "tab", "tab", "tab",
                                                    "tab", "tab", "tab", "enter", "pageup")],
    ids=["palette-up", "palette-down", "palette-typed", "select-quality", "select-contact"],
)
async def test_paging_a_list_before_it_is_laid_out(store, keys):
    """Found by the monkey: page up/down right after a list opens crashed the app."""
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3.0))
    store.set_setting("qualities_suggested", True)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await send(pilot, *keys)
        assert app._exception is None
        assert app.is_running


@pytest.mark.parametrize("seed", SEEDS)
async def test_monkey(store, seed):
    fill_demo(store, TODAY)
    rng = random.Random(seed)
    app = make_test_app(store)
    disarm(app)
    pressed: list[str] = []
    seen: set[str] = set()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        driver = app._driver
        assert driver is not None
        await pilot.pause()
        while len(pressed) < KEYS_PER_SEED:
            for _ in range(BATCH):
                key = rng.choice(WEIGHTED)
                pressed.append(key)
                event = key_event(key)
                event.set_sender(app)
                driver.send_message(event)
            await settled(pilot)
            seen.add(type(app.screen).__name__)
            where = f"seed {seed}, after {len(pressed)} keys: {pressed[-BATCH * 3:]}"
            assert app._exception is None, where
            assert app.is_running, where
            if rng.random() < BATCH / RESIZE_EVERY:
                width, height = rng.randint(30, 160), rng.randint(10, 50)
                await pilot.resize_terminal(width, height)
                assert app._exception is None, f"{where}, resized to {width}x{height}"
        await pilot.press("escape", "escape", "escape")
    assert app._exception is None
    # The monkey got around: most screens and some dialogs.
    assert len(seen) >= 6, seen
    path = store.path
    store.close()
    check_file(path)
    again = Store(store.data_dir, clock=lambda: TODAY)
    try:
        again.get_plan()
        again.contacts()
        again.goals()
    finally:
        again.close()


# ------------------------------------------------------------------ found by the monkey:
# a key pressed twice before a dialog closes (key repeat, a fast double enter) reached
# the dialog twice; the second close popped the screen under it.

LINKEDIN = Path(__file__).parent / "data" / "linkedin"
SMART_GOAL = "Message 4 backend engineers at GitLab on LinkedIn by November 30"


async def _start(store: Any) -> Any:
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3.0))
    return make_test_app(store)


def closed_once(app: Any, below: type) -> None:
    """The dialog closed once: the screen under it is still there. The second enter
    was delivered to that screen (as typed-ahead keys are) and may have opened a
    dialog of its own, but nothing was popped twice."""
    stack = app.screen_stack
    assert isinstance(stack[0], below), stack
    assert len(stack) <= 2, stack


async def test_double_enter_in_quality_editor(store):
    app = await _start(store)
    store.set_setting("qualities_suggested", True)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("2", "n")
        app.screen.query_one("#qe-name", Input).value = "Recruiters"
        app.screen.query_one("#qe-target", Input).value = "3"
        app.screen.query_one("#qe-name", Input).focus()
        await pilot.pause()
        await send(pilot, "enter", "enter")
        assert app._exception is None
        closed_once(app, QualitiesScreen)
    assert len(store.qualities()) == 1


async def test_double_enter_in_contact_editor(store):
    app = await _start(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("3", "n")
        app.screen.query_one("#ce-name", Input).value = "Ann Lee"
        await pilot.pause()
        await send(pilot, "enter", "enter")
        assert app._exception is None
        closed_once(app, NetworkScreen)
    assert len(store.contacts()) == 1


async def test_double_enter_on_a_confirm_button(store):
    store.add_contact(Contact(name="Ann Lee"))
    app = await _start(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("3", "d")
        assert isinstance(app.screen, ConfirmDialog)
        await send(pilot, "enter", "enter")  # "No" has the focus
        assert app._exception is None
        closed_once(app, NetworkScreen)
    assert len(store.contacts()) == 1


async def test_double_enter_on_suggestions(store):
    app = await _start(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, QualitySuggestions))
        await send(pilot, "enter", "enter")  # "Add all" has the focus
        assert app._exception is None
        closed_once(app, QualitiesScreen)
    names = [(q.category, q.name) for q in store.qualities()]
    assert names and len(names) == len(set(names))


async def test_double_enter_on_import(store, tmp_path):
    source = tmp_path / "Connections.csv"
    shutil.copy(LINKEDIN / "connections_standard.csv", source)
    app = await _start(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("3", "i")
        app.screen.query_one("#imp-path", Input).value = str(source)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await send(pilot, "enter", "enter")  # "Import" has the focus
        assert app._exception is None
        closed_once(app, NetworkScreen)
    assert len(store.contacts()) == 7


async def test_double_enter_in_goal_editor(store):
    app = await _start(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("5", "n")
        app.screen.query_one("#goal-text", GoalText).value = SMART_GOAL
        await pilot.pause()
        await send(pilot, "enter", "enter")
        if isinstance(app.screen, ConfirmDialog):
            await send(pilot, "y", "y")
        assert app._exception is None
        closed_once(app, GoalsScreen)
    assert len(store.goals()) == 1


async def test_double_enter_in_review(store):
    store.add_goal(Goal(month="2026-11", text=SMART_GOAL, target=4, unit="engineers"))
    app = await _start(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("5", "r")
        assert isinstance(app.screen, ReviewDialog)
        await pilot.press("ctrl+s")
        app.screen.query_one("#summary", Input).focus()
        await pilot.pause()
        await send(pilot, "enter", "enter")
        assert app._exception is None
        closed_once(app, GoalsScreen)
    assert store.get_review("2026-11") is not None
