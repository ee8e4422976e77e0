"""Rows after a change: the cursor after a delete, the order after a touch, the
filter that ignores accents, and a new contact's "last contact" left empty."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from netplan_tui.core.models import Contact
from netplan_tui.core.text import fold
from netplan_tui.tui.screens.gap import GapScreen
from netplan_tui.tui.screens.network import NetworkScreen
from netplan_tui.tui.screens.qualities import QualitiesScreen
from netplan_tui.tui.widgets.contact_editor import ContactEditor
from netplan_tui.tui.widgets.dialogs import ConfirmDialog
from netplan_tui.tui.widgets.record_table import BACKGROUND_AT, RecordTable
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


async def test_contact_delete_is_undone_with_its_id(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen), what="screen 3")
        screen = app.screen
        table = screen.query_one("#net-table", RecordTable)
        table.move_cursor(row=3)
        target = screen.current()
        below = table.ids[4]
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog), what="confirm")
        message = app.screen.query_one("#confirm-message", Static).render()
        assert "Press u right after to undo" in str(message)
        await pilot.press("y")
        await wait_for(pilot, lambda: target.id not in screen.entries, what="deleted")
        assert screen.current_id() == below  # the neighbour took its place
        await pilot.press("u")
        await wait_for(pilot, lambda: target.id in screen.entries, what="restored")
        assert screen.current_id() == target.id
        await pilot.press("u")  # nothing more to undo: nothing changes
        await pilot.pause()
        assert len(screen.entries) == 40
    assert app._exception is None
    store = reopen(store)
    restored = store.get_contact(target.id)
    assert restored is not None and restored.to_dict() == target.to_dict()
    assert len(store.contacts()) == 40
    store.close()


async def test_quality_delete_is_undone_with_its_id_and_place(store):
    seed_demo(store)
    before = {q.id: q.to_dict() for q in store.qualities()}
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, QualitiesScreen), what="screen 2")
        screen = app.screen
        table = screen.query_one("#q-table", RecordTable)
        order = table.ids
        table.move_cursor(row=1)
        target = screen.current()
        await pilot.press("d", "y")
        await wait_for(pilot, lambda: table.row_count == len(order) - 1, what="deleted")
        await pilot.press("u")
        await wait_for(pilot, lambda: table.row_count == len(order), what="restored")
        assert table.ids == order and screen.current_id() == target.id
    assert app._exception is None
    store = reopen(store)
    assert {q.id: q.to_dict() for q in store.qualities()} == before
    store.close()


def many_contacts(count: int) -> list[Contact]:
    return [Contact(name=f"Person {i:05d}", company="Acme" if i % 2 else "Globex",
                    last_contact="2026-10-01") for i in range(count)]


async def test_a_large_network_loads_and_filters_in_threads(store):
    """From BACKGROUND_AT contacts on, screens 2, 3 and 4 read and fold in threads."""
    seed_demo(store, contacts=False)
    store.apply_import([*many_contacts(BACKGROUND_AT), Contact(name="José Álvarez")], [])
    total = BACKGROUND_AT + 1
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen), what="screen 3")
        screen = app.screen
        table = screen.query_one("#net-table", RecordTable)
        await wait_for(pilot, lambda: table.row_count == total, what="contacts loaded")
        await pilot.press("slash", *"JOSE")
        await wait_for(pilot, lambda: table.row_count == 1, what="filtered")
        assert screen.current().name == "José Álvarez"
        await pilot.press("escape")
        await wait_for(pilot, lambda: table.row_count == total, what="filter cleared")
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, QualitiesScreen), what="screen 2")
        qualities = app.screen
        await wait_for(pilot, lambda: bool(qualities.have), what="counted")
        assert not qualities.counting
        # Before its count arrives a quality shows "…", never a count of 0.
        first = next(iter(qualities.by_id))
        counts, qualities.have, qualities.counting = qualities.have, {}, True
        assert qualities.row_cells(first)[3].plain == "…"
        qualities.have, qualities.counting = counts, False
        assert qualities.row_cells(first)[3].plain == str(counts.get(first, 0))
        await pilot.press("4")
        await wait_for(pilot, lambda: isinstance(app.screen, GapScreen), what="screen 4")
        gap_screen = app.screen
        await wait_for(pilot, lambda: gap_screen.table.row_count == len(store.qualities()),
                       what="analysed")
        assert len(gap_screen.contacts) == total
    assert app._exception is None


async def test_a_large_network_being_read_never_says_it_is_empty(store, monkeypatch):  # noqa: ANN001
    """While screen 3 reads a large network in its thread, the count line says so and
    "No contacts yet" is not shown: a plan of thousands must never look empty."""
    import threading

    seed_demo(store, contacts=False)
    store.apply_import(many_contacts(BACKGROUND_AT), [])
    release = threading.Event()
    read = NetworkScreen._read_entries

    def slow_read(self):  # noqa: ANN001, ANN202
        release.wait(10)
        return read(self)

    monkeypatch.setattr(NetworkScreen, "_read_entries", slow_read)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen), what="screen 3")
        screen = app.screen
        count = screen.query_one("#net-count", Static)
        await wait_for(pilot, lambda: str(count.render()) == "Loading contacts…",
                       what="the count line says the contacts are being read")
        await pilot.pause()
        assert not screen.query_one("#net-empty", Static).display
        release.set()
        table = screen.query_one("#net-table", RecordTable)
        await wait_for(pilot, lambda: table.row_count == BACKGROUND_AT, what="contacts loaded")
        assert not screen.query_one("#net-empty", Static).display
        assert str(count.render()).startswith(f"{BACKGROUND_AT} contacts")
