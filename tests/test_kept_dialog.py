"""Dialogs built ahead and kept: every opening must look and act like a new dialog.

Screen 3 builds its contact form, and screen 5 its goal editor, once the app is
idle (``Dialog.build_ahead``), and show that same dialog at every opening, filled
again each time. Nothing of one opening may reach the next: not a typed value, an
error line, a save failure, the scroll position, the focus, an undo history, a
checker's verdict or offered answer, a theme or a terminal size changed while it
was hidden.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from textual.widgets import Input, Select, Static, TextArea

from netplan_tui.core.models import Contact, Goal, Plan
from netplan_tui.data.store import SaveError, Store
from netplan_tui.tui.screens.goals import GoalsScreen
from netplan_tui.tui.screens.network import NetworkScreen
from netplan_tui.tui.widgets.contact_editor import DATE_ERROR, NAME_ERROR, ContactEditor
from netplan_tui.tui.widgets.dialogs import ConfirmDialog
from netplan_tui.tui.widgets.goal_editor import EMPTY_GOAL, GoalEditor
from netplan_tui.tui.widgets.goal_text import GoalText
from netplan_tui.tui.widgets.smart_chips import SmartChips
from tests.conftest import make_test_app, reopen
from tests.helpers.wait import settled, wait_for


def ready(store: Store) -> None:
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
    store.add_contact(
        Contact(name="Ada Lovelace", company="Analytical", strength=5, where_met="meetup",
                last_contact="2026-11-01", notes="Met at the [bold]meetup[/bold]")
    )


async def built_ahead(pilot, screen_key: str, screen_type: type):  # noqa: ANN001, ANN201
    """Press ``screen_key`` (a screen or a month key); wait until the screen of
    ``screen_type`` built its dialog ahead; return that dialog."""
    app = pilot.app
    await pilot.press(screen_key)
    await wait_for(pilot, lambda: isinstance(app.screen, screen_type), what="the screen")
    screen = app.screen
    await wait_for(
        pilot, lambda: screen._editor is not None and screen._editor.is_mounted,
        what="dialog built ahead",
    )
    return screen._editor


async def open_kept(pilot, screen_key: str, screen_type: type, key: str):  # noqa: ANN001, ANN201
    """:func:`built_ahead`, then open that dialog with ``key``."""
    app = pilot.app
    kept = await built_ahead(pilot, screen_key, screen_type)
    await pilot.press(key)
    await wait_for(pilot, lambda: app.screen is kept, what="the kept dialog shown")
    return kept


async def close_and_reopen(pilot, dialog, asks: bool = True) -> None:  # noqa: ANN001
    """Escape (answering y when ``asks``: "Discard changes?"), then n opens ``dialog``."""
    app = pilot.app
    await pilot.press("escape")
    if asks:
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog), what="question")
        await pilot.press("y")
    await wait_for(pilot, lambda: app.screen is not dialog, what="closed")
    await pilot.press("n")
    await wait_for(pilot, lambda: app.screen is dialog, what="opened again")
    await settled(pilot)


async def open_kept_form(pilot, key: str = "n") -> ContactEditor:  # noqa: ANN001
    """Screen 3's contact form, built ahead, opened with ``key``."""
    return await open_kept(pilot, "3", NetworkScreen, key)


async def open_built_anew(pilot, kept, key: str):  # noqa: ANN001, ANN201
    """Close the kept dialog ``kept`` and open, with ``key``, one built from scratch
    (its screen forgets the kept one), to compare the two."""
    app = pilot.app
    await pilot.press("escape")
    await wait_for(pilot, lambda: app.screen is not kept, what="closed")
    app.screen._editor = None  # the next opening builds a new one
    await pilot.press(key)
    await wait_for(pilot, lambda: isinstance(app.screen, type(kept)) and app.screen is not kept,
                   what="one built anew")
    return app.screen


@asynccontextmanager
async def kept_form(
    store: Store, size: tuple[int, int] = (100, 30), key: str = "n"
) -> AsyncIterator[tuple[Any, Any, ContactEditor]]:
    """The app on a ready plan with screen 3's kept form opened by ``key``:
    ``(app, pilot, form)``."""
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=size) as pilot:
        yield app, pilot, await open_kept_form(pilot, key)


def values(form: ContactEditor) -> dict[str, object]:
    fields = {w.id: w.value for w in form.query(Input)}
    fields |= {w.id: w.value for w in form.query(Select)}
    fields["ce-notes"] = form.query_one("#ce-notes", TextArea).text
    return fields


def shown_errors(form: ContactEditor) -> list[str]:
    return [str(w.render()) for w in form.query(".ce-error, .form-save-error").results(Static)
            if w.display and not w.has_class("-empty") and str(w.render())]


async def test_the_kept_form_adds_contacts_one_after_another(store: Store) -> None:
    async with kept_form(store) as (app, pilot, form):
        fresh = values(form)
        assert str(form.query_one("#ce-title", Static).render()) == "New contact"
        assert form.query_one("#ce-name").has_focus
        await pilot.press(*"Grace", "tab", *"Admiral")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is not form, what="saved and closed")

        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is form, what="the same form again")
        assert values(form) == fresh  # nothing of Grace left in it
        assert form.query_one("#ce-name").has_focus
        await pilot.press(*"Linus")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is not form, what="saved and closed")

    names = sorted(c.name for c in reopen(store).contacts())
    assert names == ["Ada Lovelace", "Grace", "Linus"]


async def test_editing_then_adding_starts_from_an_empty_form(store: Store) -> None:
    # 80×16: the form scrolls
    async with kept_form(store, (80, 16), key="enter") as (app, pilot, form):
        assert str(form.query_one("#ce-title", Static).render()) == "Edit contact"
        assert form.query_one("#ce-name", Input).value == "Ada Lovelace"
        assert form.query_one("#ce-strength", Select).value == 5
        assert form.query_one("#ce-notes", TextArea).text == "Met at the [bold]meetup[/bold]"
        # A wrong date, an error shown, the form scrolled down: then closed unsaved.
        form.query_one("#ce-last_contact", Input).focus()
        await pilot.press("home", "ctrl+k", *"2026-13-45")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: DATE_ERROR in shown_errors(form), what="date error")
        form.query_one("#ce-notes", TextArea).focus()
        await pilot.press("end", *" more")
        await wait_for(pilot, lambda: form.query_one("VerticalScroll").scroll_y > 0,
                       what="scrolled down to the notes")
        await close_and_reopen(pilot, form)
        assert str(form.query_one("#ce-title", Static).render()) == "New contact"
        assert set(values(form).values()) <= {"", "other", 3}
        assert shown_errors(form) == []
        assert form.query_one("#ce-name").has_focus
        assert form.query_one("VerticalScroll").scroll_y == 0
        # The notes' undo history went with the contact it belonged to.
        form.query_one("#ce-notes", TextArea).focus()
        await pilot.press("ctrl+z")
        assert form.query_one("#ce-notes", TextArea).text == ""
        # Closing an untouched form asks nothing.
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is not form, what="closed without a question")

    ada = reopen(store).contacts()[0]
    assert (ada.last_contact, ada.notes) == ("2026-11-01", "Met at the [bold]meetup[/bold]")


async def test_an_error_of_an_untouched_form_is_not_shown_at_the_next_opening(
    store: Store,
) -> None:
    async with kept_form(store) as (app, pilot, form):
        await pilot.press("ctrl+s")  # no name
        await wait_for(pilot, lambda: NAME_ERROR in shown_errors(form), what="name error")
        await close_and_reopen(pilot, form, asks=False)  # nothing typed: no question
        assert shown_errors(form) == []


async def test_a_failed_save_is_not_shown_at_the_next_opening(store: Store, monkeypatch) -> None:  # noqa: ANN001
    async with kept_form(store) as (app, pilot, form):

        def full(contact: Contact) -> None:
            raise SaveError("disk full")

        monkeypatch.setattr(store, "add_contact", full)
        await pilot.press(*"Grace", "ctrl+s")
        await wait_for(pilot, lambda: any("disk full" in e for e in shown_errors(form)),
                       what="the failure said in the form")
        assert app.screen is form  # still open, with what was typed
        monkeypatch.undo()
        await close_and_reopen(pilot, form)
        assert shown_errors(form) == []
        assert form.query_one("#ce-name", Input).value == ""


async def test_the_kept_form_follows_a_theme_and_a_size_changed_while_hidden(
    store: Store,
) -> None:
    async with kept_form(store) as (app, pilot, form):
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is not form, what="closed")
        old = form.query_one("#ce-dialog").styles.background

        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.resize_terminal(80, 24)
        await settled(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is form, what="opened again")
        await pilot.pause()
        assert form.query_one("#ce-dialog").styles.background != old
        assert form.size == (80, 24)
        assert all(w.region.right <= 80 for w in form.query("*") if w.display)

        # Drawn exactly as a form built from scratch at this size and theme.
        kept_lines = app.export_screenshot()
        await open_built_anew(pilot, form, "n")
        await pilot.pause()
        assert app.export_screenshot() == kept_lines


SMART_GOAL = "Message 4 recruiters on LinkedIn by the end of the month"


async def open_kept_editor(pilot, key: str = "n") -> GoalEditor:  # noqa: ANN001
    """Screen 5's goal editor (this month, ``t``), built ahead, opened with ``key``."""
    return await open_kept(pilot, "t", GoalsScreen, key)


def editor_state(editor: GoalEditor) -> dict[str, object]:
    state: dict[str, object] = {
        "title": str(editor.query_one("#editor-title", Static).render()),
        "text": editor.query_one("#goal-text", GoalText).value,
        "chips": dict(editor.query_one("#chips", SmartChips).statuses),
        "verdict": str(editor.query_one("#verdict", Static).render()),
        "errors": [str(w.render()) for w in editor.query("#goal-error, #save-error")
                   .results(Static) if w.display],
    }
    for field in editor.query("#answers Input").results(Input):
        state[field.id or ""] = (field.value, field.placeholder)
    return state


async def test_the_kept_goal_editor_starts_each_new_goal_afresh(store: Store) -> None:
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        editor = await open_kept_editor(pilot)
        await settled(pilot)
        await wait_for(pilot, lambda: not editor.offers_pending, what="answers offered")
        fresh = editor_state(editor)
        assert fresh["title"] == "New goal · November 2026"
        assert editor.query_one("#goal-text").has_focus
        await pilot.press("ctrl+s")  # nothing written: an error line
        await wait_for(pilot, lambda: EMPTY_GOAL in editor_state(editor)["errors"],
                       what="empty goal error")
        await close_and_reopen(pilot, editor, asks=False)  # nothing typed: no question
        assert editor_state(editor) == fresh  # the error line went with that opening

        await pilot.press(*[("space" if c == " " else c) for c in SMART_GOAL])
        editor.query_one("#answer-relevant", Input).focus()
        await pilot.press(*"recruiters hire")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is not editor, what="saved and closed")

        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is editor, what="the same editor again")
        await settled(pilot)
        await wait_for(pilot, lambda: not editor.offers_pending, what="answers offered")
        assert editor_state(editor) == fresh
        assert editor.query_one("#goal-text").has_focus
        await pilot.press("ctrl+z")  # the last goal's sentence is not in its history
        assert editor.query_one("#goal-text", GoalText).value == ""
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is not editor, what="closed, nothing asked")

    (goal,) = reopen(store).goals("2026-11")
    assert (goal.text, goal.answers) == (SMART_GOAL, {"relevant": "recruiters hire"})


async def test_the_kept_goal_editor_edits_then_adds(store: Store) -> None:
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
    store.add_goal(Goal(month="2026-11", text=SMART_GOAL, target=4, progress=2,
                        answers={"specific": "[bold]mine[/bold]"}))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        editor = await open_kept_editor(pilot, "e")
        assert editor_state(editor)["title"] == "Edit goal · November 2026"
        assert editor.query_one("#goal-text", GoalText).value == SMART_GOAL
        assert editor.query_one("#answer-specific", Input).value == "[bold]mine[/bold]"
        assert set(editor_state(editor)["chips"].values()) == {"ok"}
        await pilot.press("end", *" soon")
        await close_and_reopen(pilot, editor)
        state = editor_state(editor)
        assert state["title"] == "New goal · November 2026"
        assert state["text"] == "" and state["errors"] == []
        assert state["answer-specific"][0] == ""
        assert set(state["chips"].values()) != {"ok"}  # the checker's verdict on no goal
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is not editor, what="closed, nothing asked")

    (goal,) = reopen(store).goals()
    assert (goal.text, goal.progress, goal.answers) == (
        SMART_GOAL, 2, {"specific": "[bold]mine[/bold]"})


async def test_the_kept_goal_editor_draws_as_a_new_one_in_a_small_terminal(
    store: Store,
) -> None:
    """At 60×20 the chips go compact once the editor's layout is known: a kept editor
    was mounted unseen, before any layout, and must fit them at its opening."""
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
    store.add_goal(Goal(month="2026-11", text=SMART_GOAL, target=4))
    app = make_test_app(store)
    async with app.run_test(size=(60, 20)) as pilot:
        editor = await open_kept_editor(pilot, "e")
        chips = editor.query_one("#chips", SmartChips)
        await wait_for(pilot, lambda: chips.compact, what="compact chips")
        await settled(pilot)
        kept = app.export_screenshot()
        fresh = (await open_built_anew(pilot, editor, "e")).query_one("#chips", SmartChips)
        await wait_for(pilot, lambda: fresh.compact, what="compact chips")
        await settled(pilot)
        assert app.export_screenshot() == kept



async def layouts_asked_opening(pilot, dialog, monkeypatch) -> list[str]:  # noqa: ANN001
    """Open the closed kept ``dialog`` with n; the widgets of it that asked for a layout."""
    from textual.widget import Widget

    asked: list[str] = []
    refresh = Widget.refresh

    def spy(self, *regions, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if kwargs.get("layout") and (self is dialog or dialog in self.ancestors):
            asked.append(f"{type(self).__name__}#{self.id}")
        return refresh(self, *regions, **kwargs)

    monkeypatch.setattr(Widget, "refresh", spy)
    await pilot.press("n")
    await wait_for(pilot, lambda: pilot.app.screen is dialog, what="opened again")
    await settled(pilot)
    monkeypatch.setattr(Widget, "refresh", refresh)
    return asked


async def test_opening_a_kept_dialog_again_asks_no_new_layout(store: Store, monkeypatch) -> None:  # noqa: ANN001
    """A kept dialog filled again with what it shows (the title, empty error lines)
    asks Textual for no layout: its opening is one full render, not a reflow and a
    render before it. Only a line whose text changes asks for one."""
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        for opened in (open_kept_form, open_kept_editor):
            if opened is open_kept_editor:
                await pilot.press("5")
            dialog = await opened(pilot)
            await settled(pilot)
            await pilot.press("escape")
            await wait_for(pilot, lambda d=dialog: app.screen is not d, what="closed")
            await settled(pilot)
            asked = await layouts_asked_opening(pilot, dialog, monkeypatch)
            assert asked == [], f"{type(dialog).__name__}: layout asked by {asked}"
            await pilot.press("escape")
            await wait_for(pilot, lambda d=dialog: app.screen is not d, what="closed")


async def test_filling_the_kept_contact_form_restyles_none_of_its_fields(store, monkeypatch):
    """A field's first value used to add Textual's ``-valid`` class, and a class change
    restyles the field at once: the first opening of the form for a contact
    restyled each of its fields (~1.3 ms each on a 2-CPU machine)."""
    from textual.dom import DOMNode

    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        kept = await built_ahead(pilot, "3", NetworkScreen)
        restyled: list[str] = []
        real = DOMNode.update_node_styles

        def counted(node: DOMNode, animate: bool = True) -> None:
            if isinstance(node, Input):
                restyled.append(str(node.id))
            real(node, animate)

        monkeypatch.setattr(DOMNode, "update_node_styles", counted)
        kept.reload(app.screen.current())
        monkeypatch.setattr(DOMNode, "update_node_styles", real)
        assert kept.query_one("#ce-name", Input).value == "Ada Lovelace"
        assert restyled == []
    assert app._exception is None
