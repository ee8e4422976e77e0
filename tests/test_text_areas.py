"""Long text wraps and shows from its start: screen 1's vision, the notes of the editors.

Each test types or pastes as a person does, then checks what was saved after a restart.
"""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import TextArea

from netplan_tui.core.models import Contact, Plan
from netplan_tui.tui.screens.goal import GoalScreen
from netplan_tui.tui.widgets.contact_editor import NOTES_MAX, ContactEditor
from netplan_tui.tui.widgets.quality_editor import QualityEditor
from tests.conftest import make_test_app, reopen
from tests.helpers.wait import settled, wait_for
from tests.test_injection import frame

LONG_VISION = (
    "By spring I work as a junior backend developer in a remote team, and recruiters "
    "and developers know me as someone who ships clean Python and shares what I learn."
)
MARKUP = "[bold]not bold[/] [@click=app.quit]no link[/] 漢字 🚀"


def _plan(**kwargs: object) -> Plan:
    return Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3.0, **kwargs)


async def test_vision_shows_from_its_start_and_wraps(store):
    store.save_plan(_plan(vision=LONG_VISION))
    app = make_test_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await wait_for(pilot, lambda: isinstance(app.screen, GoalScreen))
        area = app.screen.query_one("#vision", TextArea)
        area.scroll_visible(animate=False)
        await pilot.pause()
        rows = "\n".join(frame(app))
        # Not focused: the start of the text is on screen, and so is its end (wrapped).
        assert "By spring I work as a junior" in rows
        assert "shares what I learn." in rows
        assert area.size.height > 1


async def test_vision_enter_moves_on_and_saves(store):
    store.save_plan(_plan())
    app = make_test_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await wait_for(pilot, lambda: isinstance(app.screen, GoalScreen))
        await pilot.press("v", *"grow in Berlin", "enter", *"4")
        await settled(pilot)
        assert app.focused is app.screen.query_one("#hours")
        await wait_for(pilot, lambda: store.get_plan().vision == "grow in Berlin")
        await pilot.press("escape", "q")
    store = reopen(store)
    assert store.get_plan().vision == "grow in Berlin"
    assert store.get_plan().weekly_hours == 4.0


async def test_vision_paste_joins_lines_keeps_markup_and_limit(store):
    store.save_plan(_plan())
    app = make_test_app(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("1")
        await wait_for(pilot, lambda: isinstance(app.screen, GoalScreen))
        await pilot.press("v")
        app.post_message(events.Paste(f"{MARKUP}\r\nsecond line\n"))
        await settled(pilot)
        area = app.screen.query_one("#vision", TextArea)
        assert area.text == f"{MARKUP} second line"
        assert "[bold]not bold[/]" in "\n".join(frame(app))
        area.clear()
        app.post_message(events.Paste("x" * 1200))
        await settled(pilot)
        assert len(area.text) == 1000
        await pilot.press("y")  # full: refused, not typed
        await settled(pilot)
        assert len(area.text) == 1000
        await pilot.press("escape")
        await wait_for(pilot, lambda: store.get_plan().vision == "x" * 1000)
        assert app._exception is None


async def test_quality_note_wraps_and_enter_saves(store):
    store.save_plan(_plan())
    store.set_setting("qualities_suggested", True)
    app = make_test_app(store)
    note = "People who hire for remote Python roles, " * 3
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "n")
        await wait_for(pilot, lambda: isinstance(app.screen, QualityEditor))
        await pilot.press(*"Recruiters", "tab", *"6", "tab")
        await settled(pilot)
        assert app.focused is app.screen.query_one("#qe-note")
        app.post_message(events.Paste(note.strip() + "\nand more"))
        await settled(pilot)
        assert app.screen.query_one("#qe-note", TextArea).size.height > 1
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, QualityEditor), what="saved")
    store = reopen(store)
    (quality,) = store.qualities()
    assert (quality.name, quality.target, quality.note) == (
        "Recruiters", 6, note.strip() + " and more"
    )


async def test_contact_notes_keep_lines_and_ctrl_s_saves(store):
    store.save_plan(_plan())
    app = make_test_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "n")
        await wait_for(pilot, lambda: isinstance(app.screen, ContactEditor))
        await pilot.press(*"Ann Lee")
        app.screen.query_one("#ce-notes").focus()
        await pilot.press(*"met at PyCon", "enter", *"likes Go")
        await settled(pilot)
        app.post_message(events.Paste("z" * (NOTES_MAX + 50)))
        await settled(pilot)
        assert len(app.screen.query_one("#ce-notes", TextArea).text) == NOTES_MAX
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not isinstance(app.screen, ContactEditor), what="saved")
    store = reopen(store)
    (contact,) = store.contacts()
    assert isinstance(contact, Contact)
    assert contact.last_contact is None  # never set unless given
    assert contact.notes.startswith("met at PyCon\nlikes Go")
    assert len(contact.notes) == NOTES_MAX


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
async def test_contact_form_keeps_save_on_screen(store, size):
    """The form scrolls its fields; its buttons and the notes stay reachable."""
    store.save_plan(_plan())
    app = make_test_app(store)
    async with app.run_test(size=size) as pilot:
        await pilot.press("3", "n")
        await wait_for(pilot, lambda: isinstance(app.screen, ContactEditor))
        await pilot.press("ctrl+s")  # no name: three error lines make the form taller
        await settled(pilot)
        screen = app.screen
        frame_region = screen.query_one("#ce-dialog").region
        for button in ("#ce-save", "#ce-cancel"):
            region = screen.query_one(button).region
            assert region.height and frame_region.contains_region(region), button
        assert "Save (ctrl+s)" in "\n".join(frame(app))
        screen.query_one("#ce-notes").focus()
        await pilot.press(*"hello")
        await settled(pilot)
        notes = screen.query_one("#ce-notes", TextArea)
        scroll = screen.query_one("#ce-dialog VerticalScroll")
        assert notes.text == "hello"
        assert notes.region.height >= 1 and scroll.region.contains_region(notes.region)
