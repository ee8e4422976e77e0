"""Rows after a change: the cursor after a delete, the order after a touch, the
filter that ignores accents, and a new contact's "last contact" left empty."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from netplan_tui.core.models import Contact
from netplan_tui.core.text import fold
from netplan_tui.tui.screens.network import NetworkScreen
from netplan_tui.tui.screens.qualities import QualitiesScreen
from netplan_tui.tui.widgets.contact_editor import ContactEditor
from netplan_tui.tui.widgets.record_table import RecordTable
from tests.conftest import TODAY, make_test_app, reopen
from tests.helpers.wait import wait_for
from tests.test_screen_qualities import seed_demo, table_keys


@pytest.mark.parametrize(
    ("text", "folded"),
    [("José", "jose"), ("ÉCOLE", "ecole"), ("Straße", "strasse"), ("plain", "plain"),
     ("", ""), (None, "")],
)
def test_fold_ignores_case_and_accents(text, folded):
    assert fold(text) == folded


async def test_quality_delete_keeps_the_cursor_on_the_neighbour(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, QualitiesScreen), what="screen 2")
        screen = app.screen
        table = screen.query_one("#q-table", RecordTable)
        table.move_cursor(row=2)
        before = table_keys(app, "#q-table")
        await pilot.press("d", "y")
        await wait_for(pilot, lambda: table.row_count == len(before) - 1, what="deleted")
        assert table.cursor_row == 2
        assert screen.current_id() == int(before[3])  # the row below moved up under it
        table.move_cursor(row=table.row_count - 1)
        await pilot.press("d", "y")
        await wait_for(pilot, lambda: table.row_count == len(before) - 2, what="deleted")
        assert table.cursor_row == table.row_count - 1  # the last row: the one above
    assert app._exception is None


async def test_touch_sorts_again_by_last_contact(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen), what="screen 3")
        screen = app.screen
        screen.order = ("last_contact", True)
        table = screen.query_one("#net-table", RecordTable)
        table.move_cursor(row=table.row_count - 1)
        target = screen.current()
        await pilot.press("t")
        await wait_for(pilot, lambda: screen.entries[target.id].days == 0, what="touched")
        assert table_keys(app, "#net-table")[0] == str(target.id)  # latest first
        assert screen.current_id() == target.id  # the cursor followed it
    assert app._exception is None


async def test_filter_ignores_accents(store):
    seed_demo(store, contacts=False)
    store.add_contact(Contact(name="José Álvarez", company="Açme"))
    store.add_contact(Contact(name="Ann Lee", company="Other"))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen), what="screen 3")
        screen = app.screen
        for typed in ("jose", "JOSÉ", "alvarez acme"):
            screen.set_filter(typed)
            await pilot.pause()
            assert [screen.entries[int(k)].contact.name for k in
                    table_keys(app, "#net-table")] == ["José Álvarez"], typed
    assert app._exception is None


async def test_new_contact_has_no_last_contact_unless_given(store):
    seed_demo(store, contacts=False)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen), what="screen 3")
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, ContactEditor), what="editor")
        editor = app.screen
        assert editor.query_one("#ce-last_contact", Input).value == ""
        editor.query_one("#ce-name", Input).value = "Old Friend"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen), what="saved")
    assert app._exception is None
    store = reopen(store)
    [contact] = store.contacts()
    assert contact.last_contact in (None, "") and TODAY.isoformat() not in str(contact.to_dict())
    store.close()
