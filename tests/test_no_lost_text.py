"""No typed word is lost: Escape asks, pastes keep every line, timers keep off typed
fields, a failed save keeps the form, invisible widgets take no focus, the palette
closes once, every screen and dialog declares where typing goes."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from textual import events
from textual.screen import Screen
from textual.widgets import Input

import netplan_tui.tui.screens as screens_pkg
import netplan_tui.tui.widgets as widgets_pkg
from netplan_tui.core.models import Plan, Quality
from netplan_tui.data.store import SaveError, Store
from netplan_tui.tui.screens.network import NetworkScreen
from netplan_tui.tui.screens.qualities import SUGGESTED_SETTING, QualitiesScreen
from netplan_tui.tui.widgets.contact_editor import ContactEditor
from netplan_tui.tui.widgets.dialogs import DISCARD_TITLE, ConfirmDialog, Dialog
from netplan_tui.tui.widgets.goal_editor import GoalEditor
from netplan_tui.tui.widgets.goal_text import GoalText
from netplan_tui.tui.widgets.palette import OnceCommandPalette
from netplan_tui.tui.widgets.quality_editor import QualityEditor
from netplan_tui.tui.widgets.safe_input import one_line_paste
from tests.conftest import make_test_app, reopen
from tests.helpers.wait import settled, type_ahead, wait_for

SMART_GOAL = "Message 4 recruiters on LinkedIn by the end of the month"


def ready(store: Store) -> None:
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
    store.set_setting(SUGGESTED_SETTING, True)


def _value(app, selector: str) -> str:
    field = app.screen.query_one(selector)
    assert isinstance(field, (Input, GoalText))  # the goal's sentence wraps: a text area
    return field.value


# ------------------------------------------------------------------ declared focus
def _classes(package) -> list[type]:
    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, Screen):
                found.append(cls)
    return found


SCREEN_CLASSES = [
    cls for cls in _classes(screens_pkg) + _classes(widgets_pkg)
    # Textual's palette names its own input; ReviewDialog belongs to the review work.
    if cls.__name__ not in ("OnceCommandPalette", "ReviewDialog")
]


@pytest.mark.parametrize("cls", SCREEN_CLASSES, ids=lambda c: c.__name__)
def test_every_screen_and_dialog_declares_where_typing_goes(cls):
    declared = [c for c in cls.__mro__ if "AUTO_FOCUS" in c.__dict__]
    assert declared and declared[0].__module__.startswith("netplan_tui"), cls
    if issubclass(cls, ConfirmDialog) or not issubclass(cls, Dialog | Screen):
        return
    assert "on_mount" not in cls.__dict__ or ".focus()" not in inspect.getsource(
        cls.on_mount
    ), f"{cls.__name__} focuses in on_mount: declare AUTO_FOCUS instead"


def test_every_dialog_is_a_dialog():
    modal = [c for c in SCREEN_CLASSES if any(b.__name__ == "ModalScreen" for b in c.__mro__)]
    assert modal
    for cls in modal:
        assert issubclass(cls, Dialog), f"{cls.__name__} is not a Dialog"


# ------------------------------------------------------------------ escape asks
@pytest.mark.parametrize("form", ["contact", "quality"])
async def test_escape_on_a_filled_form_asks_enter_keeps_y_discards(store, form):
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3" if form == "contact" else "2")
        await settled(pilot)
        type_ahead(app, "n", "Ana Lopez")
        await settled(pilot)
        editor = app.screen
        assert isinstance(editor, ContactEditor | QualityEditor)
        type_ahead(app, "escape")
        await settled(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert DISCARD_TITLE in str(app.screen.query_one("#confirm-title").render())
        type_ahead(app, "enter")  # keeps editing: nothing lost
        await settled(pilot)
        assert app.screen is editor
        assert _value(app, "#ce-name" if form == "contact" else "#qe-name") == "Ana Lopez"
        type_ahead(app, "escape", "y")  # discards
        await settled(pilot)
        assert isinstance(app.screen, NetworkScreen | QualitiesScreen)
    assert store.contacts() == [] and store.qualities() == []


async def test_escape_on_an_untouched_form_just_closes(store):
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await settled(pilot)
        type_ahead(app, "n", "escape")
        await settled(pilot)
        assert isinstance(app.screen, NetworkScreen)


async def test_goal_editor_asks_the_same_question(store):
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        type_ahead(app, "n", "Meet 2 people", "escape")
        await settled(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert DISCARD_TITLE in str(app.screen.query_one("#confirm-title").render())
        type_ahead(app, "enter")
        await settled(pilot)
        assert isinstance(app.screen, GoalEditor)
        assert _value(app, "#goal-text") == "Meet 2 people"


# ------------------------------------------------------------------ paste
@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("message 2 recruiters\nat gitlab by friday", "message 2 recruiters at gitlab by friday"),
        ("one line", "one line"),
        ("ends with a newline\n", "ends with a newline"),
        ("  a\r\n\r\n  b  \n", "a b"),
        ("tab\tkept", "tab\tkept"),
    ],
)
def test_one_line_paste(pasted, expected):
    assert one_line_paste(pasted) == expected


async def test_multi_line_paste_keeps_every_line(store):
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        type_ahead(app, "n")
        await settled(pilot)
        app.post_message(events.Paste("message 2 recruiters\nat gitlab by friday"))
        await settled(pilot)
        assert _value(app, "#goal-text") == "message 2 recruiters at gitlab by friday"
        app.copy_to_clipboard("then\nthe rest")
        type_ahead(app, "space", "ctrl+v")
        await settled(pilot)
        assert _value(app, "#goal-text").endswith("friday then the rest")


async def test_paste_longer_than_the_field_keeps_what_fits_and_says_so(store):
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("3")
        await settled(pilot)
        type_ahead(app, "n")
        await settled(pilot)
        app.post_message(events.Paste("x" * 130))
        await settled(pilot)
        assert _value(app, "#ce-name") == "x" * 120
        assert any("left out" in str(n.message) for n in app._notifications)


# ------------------------------------------------------------------ prefill timer
async def test_prefill_never_writes_into_the_focused_or_typed_field(store):
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        type_ahead(app, "n", SMART_GOAL)
        await settled(pilot)
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        await wait_for(pilot, lambda: not editor.offers_pending, what="prefilled")
        field = editor.query_one("#answer-achievable", Input)
        field.value = ""  # the person cleared it…
        await settled(pilot)
        field.focus()
        await settled(pilot)
        editor._offer_now()  # …and the timer fires while the field has the focus
        assert field.value == ""
        type_ahead(app, "Two hours a week")
        await settled(pilot)
        editor._offer_now()
        assert field.value == "Two hours a week"
        editor.query_one("#goal-text", GoalText).focus()
        await settled(pilot)
        type_ahead(app, "space", "x")  # the goal changes: still not the typed answer
        await settled(pilot)
        editor._offer_now()
        assert field.value == "Two hours a week"


# ------------------------------------------------------------------ tab order
@pytest.mark.parametrize("size", [(80, 24), (60, 20), (100, 30)])
async def test_tab_from_the_goal_lands_on_a_visible_answer(store, size):
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        type_ahead(app, "n", SMART_GOAL, "tab", "mine")
        await settled(pilot)
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        focused = app.focused
        assert isinstance(focused, Input) and focused.id == "answer-specific"
        assert focused.value.endswith("mine")
        await wait_for(pilot, lambda: editor.find_widget(focused).visible_region.height > 0,
                       what="the focused answer is in view")


async def test_nothing_invisible_takes_the_focus_in_forms(store):
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await settled(pilot)
        type_ahead(app, "n")
        await settled(pilot)
        seen = []
        for _ in range(20):
            type_ahead(app, "tab")
            await settled(pilot)
            seen.append(app.focused)
        for widget in seen:
            assert widget is not None
            assert widget.id and widget.id.startswith("ce-"), widget


# ------------------------------------------------------------------ failed save
class FailingOnce:
    """Makes a store method raise ``SaveError`` until ``healed``."""

    def __init__(self, store: Store, name: str) -> None:
        self.original = getattr(store, name)
        self.healed = False
        setattr(store, name, self)

    def __call__(self, *args, **kwargs):
        if not self.healed:
            raise SaveError("Could not save: No space left on device.")
        return self.original(*args, **kwargs)


async def test_failed_contact_save_keeps_the_form_and_retry_works(store):
    ready(store)
    failing = FailingOnce(store, "add_contact")
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("3")
        await settled(pilot)
        type_ahead(app, "n", "Ana Lopez", "tab", "Recruiter", "ctrl+s")
        await settled(pilot)
        editor = app.screen
        assert isinstance(editor, ContactEditor)
        assert (_value(app, "#ce-name"), _value(app, "#ce-role")) == ("Ana Lopez", "Recruiter")
        error = str(editor.query_one(".form-save-error").render())
        assert "No space left on device" in error and "ctrl+s" in error
        assert "Name: Ana Lopez" in editor.form_text()
        type_ahead(app, "ctrl+o")
        await settled(pilot)
        assert "Role: Recruiter" in app.clipboard
        failing.healed = True
        type_ahead(app, "ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, NetworkScreen)
    assert app._exception is None
    store = reopen(store)
    assert [(c.name, c.role) for c in store.contacts()] == [("Ana Lopez", "Recruiter")]
    store.close()


async def test_failed_quality_save_keeps_the_form(store):
    ready(store)
    store.add_quality(Quality(category="role", name="Recruiters", target=5))
    FailingOnce(store, "update_quality")
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("2")
        await settled(pilot)
        type_ahead(app, "e", "backspace", "9", "enter")
        await settled(pilot)
        assert isinstance(app.screen, QualityEditor)
        assert _value(app, "#qe-target") == "9"
    assert app._exception is None
    assert [q.target for q in store.qualities()] == [5]


async def test_goal_editor_with_a_failing_save_stays_open(store):
    ready(store)
    calls: list[str] = []

    def failing_save(goal) -> None:
        calls.append(goal.text)
        raise SaveError("Could not save: Read-only file system.")

    from datetime import date

    from netplan_tui.core.models import Goal

    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settled(pilot)
        editor = GoalEditor(Goal(month="2026-11"), None, date(2026, 11, 28), save=failing_save)
        await app.push_screen(editor)
        await settled(pilot)
        type_ahead(app, SMART_GOAL, "ctrl+s")
        await settled(pilot)
        if isinstance(app.screen, ConfirmDialog):  # "not SMART yet?" without a plan context
            type_ahead(app, "y")
            await settled(pilot)
        assert app.screen is editor
        assert calls == [SMART_GOAL]
        assert "Read-only file system" in str(editor.query_one("#save-error").render())
        assert _value(app, "#goal-text") == SMART_GOAL
    assert app._exception is None


# ------------------------------------------------------------------ command palette
async def test_palette_closes_once_on_a_double_enter(store):
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        type_ahead(app, "ctrl+p")
        await settled(pilot)
        palette = app.screen
        assert isinstance(palette, OnceCommandPalette)
        below = app.screen_stack[-2]
        palette.dismiss()
        palette.dismiss()  # Textual's own palette popped the screen below here
        await settled(pilot)
        assert app.screen is below
        type_ahead(app, "ctrl+p", "pagedown", "pageup", "network I have", "enter", "enter")
        await settled(pilot)
        assert app.current_mode == "network"
    assert app._exception is None


async def test_failed_goal_save_on_the_goals_screen_keeps_the_editor_and_retry_works(store):
    ready(store)
    failing = FailingOnce(store, "add_goal")
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("5")
        await settled(pilot)
        type_ahead(app, "n", SMART_GOAL, "ctrl+s")
        await settled(pilot)
        if isinstance(app.screen, ConfirmDialog):  # a warning to confirm first
            type_ahead(app, "y")
            await settled(pilot)
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        assert _value(app, "#goal-text") == SMART_GOAL
        assert "No space left on device" in str(editor.query_one("#save-error").render())
        failing.healed = True
        type_ahead(app, "ctrl+s")
        await settled(pilot)
        if isinstance(app.screen, ConfirmDialog):
            type_ahead(app, "y")
            await settled(pilot)
        assert not isinstance(app.screen, GoalEditor)
    assert app._exception is None
    store = reopen(store)
    assert [g.text for g in store.goals()] == [SMART_GOAL]
    store.close()
