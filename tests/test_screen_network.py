"""Screen 3: contacts — add, edit, delete, filter, sort, touch, LinkedIn import, safety."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Input, Static

from netplan_tui.core.models import Contact
from netplan_tui.tui.screens.network import NetworkScreen, days_since
from netplan_tui.tui.widgets.contact_editor import (
    DATE_ERROR,
    FUTURE_ERROR,
    NAME_ERROR,
    ContactEditor,
    parse_date_field,
    stars,
    tidy_list,
)
from netplan_tui.tui.widgets.dialogs import ConfirmDialog
from netplan_tui.tui.widgets.import_dialog import ImportDialog, expand_path
from netplan_tui.tui.widgets.record_table import RecordTable, fit_widths
from tests.conftest import TODAY, make_test_app, reopen
from tests.helpers.wait import wait_for
from tests.test_screen_qualities import screen_text, seed_demo, table_keys

LINKEDIN = Path(__file__).parent / "data" / "linkedin"
MARKUP = "[bold]x[/] [@click=app.quit]q[/]"
ESCAPE = "\x1b]0;pwned\x07Ann"


async def _open(pilot, app) -> NetworkScreen:
    await pilot.press("3")
    await pilot.pause()
    assert isinstance(app.screen, NetworkScreen)
    return app.screen


def shown_names(app) -> list[str]:
    screen = app.screen
    return [screen.entries[int(k)].contact.name for k in table_keys(app, "#net-table")]


# ------------------------------------------------------------------ pure helpers


@pytest.mark.parametrize(
    ("text", "value", "error"),
    [("", None, ""), ("2026-11-03", "2026-11-03", ""), (" 2026-01-31 ", "2026-01-31", ""),
     ("2026-13-01", None, DATE_ERROR), ("03/11/2026", None, DATE_ERROR),
     ("yesterday", None, DATE_ERROR), ("2026-11-29", None, FUTURE_ERROR)],
)
def test_parse_date_field(text, value, error):
    assert parse_date_field(text, TODAY) == (value, error)


@pytest.mark.parametrize(
    ("strength", "shown"), [(1, "★☆☆☆☆"), (3, "★★★☆☆"), (5, "★★★★★"), (9, "★★★★★"), (0, "★☆☆☆☆")]
)
def test_stars(strength, shown):
    assert stars(strength) == shown


def test_tidy_list():
    assert tidy_list(" Python ,, Go  lang,") == "Python, Go lang"


def test_days_since():
    assert days_since(Contact(last_contact="2026-11-01"), TODAY) == 27
    assert days_since(Contact(last_contact=None), TODAY) is None
    assert days_since(Contact(last_contact="not a date"), TODAY) is None


def test_expand_path(monkeypatch):
    monkeypatch.setenv("HOME", "/home/ann")
    assert expand_path(" '~/Downloads/Connections.csv' ") == Path(
        "/home/ann/Downloads/Connections.csv")


@given(
    st.lists(st.tuples(st.integers(1, 20), st.integers(0, 20), st.integers(0, 20)),
             min_size=1, max_size=9),
    st.integers(10, 300),
    st.integers(1, 9),
)
def test_fit_widths_fills_without_overflow(specs, space, core):
    columns = [(f"c{i}", low, low + grow, low + grow + more)
               for i, (low, grow, more) in enumerate(specs)]
    widths = fit_widths(columns, space, core)
    assert set(widths) == {c[0] for c in columns}
    for key, low, _preferred, _high in columns:
        assert low <= widths[key]
    head = columns[:core]
    if sum(c[1] + 2 for c in head) <= space:  # the first columns always fit then
        assert sum(widths[c[0]] + 2 for c in head) <= space


# ------------------------------------------------------------------ pilot tests


async def test_add_contact_is_saved(store):
    seed_demo(store, contacts=False)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, ContactEditor)
        values = {"name": "Ann Lee", "role": "Technical Recruiter", "company": "Shopify",
                  "skills": "python,  go ,", "last_contact": "2026-10-01"}
        for field, value in values.items():
            editor.query_one(f"#ce-{field}", Input).value = value
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NetworkScreen)
        assert shown_names(app) == ["Ann Lee"]
        assert "1 contact" in str(app.screen.query_one("#net-count", Static).render())
    assert app._exception is None
    store = reopen(store)
    [contact] = store.contacts()
    assert (contact.name, contact.role, contact.company, contact.skills, contact.last_contact) == (
        "Ann Lee", "Technical Recruiter", "Shopify", "python, go", "2026-10-01")
    store.close()


@pytest.mark.parametrize(
    ("field", "value", "error_id", "error"),
    [("name", "   ", "name", NAME_ERROR),
     ("last_contact", "2026-02-30", "last_contact", DATE_ERROR),
     ("first_contact", "2027-01-01", "first_contact", FUTURE_ERROR)],
)
async def test_contact_editor_refuses(store, field, value, error_id, error):
    seed_demo(store, contacts=False)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        editor = app.screen
        editor.query_one("#ce-name", Input).value = "Ann"
        editor.query_one(f"#ce-{field}", Input).value = value
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is editor
        assert str(editor.query_one(f"#ce-{error_id}-error", Static).render()) == error
        assert app.focused is editor.query_one(f"#ce-{field}", Input)
    assert app._exception is None
    store = reopen(store)
    assert store.contacts() == []
    store.close()


async def test_edit_and_delete(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        first = screen.current()
        await pilot.press("enter")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, ContactEditor)
        editor.query_one("#ce-role", Input).value = "Staff Engineer"
        await pilot.press("ctrl+s")
        await pilot.pause()
        table = app.screen.query_one("#net-table", RecordTable)
        assert table.row_text(table.ids.index(first.id))[1] == "Staff Engineer"
        await pilot.press("down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
        assert len(screen.entries) == 39
        assert "39 contacts" in str(screen.query_one("#net-count", Static).render())
    assert app._exception is None
    store = reopen(store)
    contacts = {c.id: c for c in store.contacts()}
    assert contacts[first.id].role == "Staff Engineer"
    assert len(contacts) == 39
    store.close()


async def test_filter_as_you_type_and_escape_clears(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        await pilot.press("slash")
        assert app.focused is screen.query_one("#net-filter", Input)
        await pilot.press(*"gitlab")
        await wait_for(pilot, lambda: screen.query_text == "gitlab", what="filter applied")
        names = shown_names(app)
        assert names and all(screen.entries[int(k)].contact.company == "GitLab"
                             for k in table_keys(app, "#net-table"))
        assert f"40 contacts · {len(names)} shown" in str(
            screen.query_one("#net-count", Static).render())
        # several words: all must match, in any field (skills, notes...)
        screen.query_one("#net-filter", Input).value = "pycon django"
        await wait_for(pilot, lambda: screen.query_text == "pycon django", what="filter applied")
        keys = table_keys(app, "#net-table")
        assert keys and all("pycon" in screen.entries[int(k)].contact.notes.lower() for k in keys)
        await pilot.press("escape")
        await pilot.pause()
        assert len(table_keys(app, "#net-table")) == 40
        assert screen.query_one("#net-filter", Input).value == ""
        assert isinstance(app.focused, RecordTable)
    assert app._exception is None


async def test_sort_cycle_and_header_click(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        names = shown_names(app)
        assert names == sorted(names, key=str.casefold)
        await pilot.press("s")  # company
        companies = [screen.entries[int(k)].contact.company.casefold()
                     for k in table_keys(app, "#net-table")]
        assert companies == sorted(companies)
        await pilot.press("s")  # strength, strongest first
        strengths = [screen.entries[int(k)].contact.strength for k in table_keys(app, "#net-table")]
        assert strengths == sorted(strengths, reverse=True)
        await pilot.press("s")  # coldest first; never contacted at the top
        days = [screen.entries[int(k)].days for k in table_keys(app, "#net-table")]
        assert days[0] is None
        known = [d for d in days if d is not None]
        assert known == sorted(known, reverse=True)
        await pilot.click("#net-table", offset=(3, 0))  # Name header
        await pilot.pause()
        assert screen.sort == "name" and not screen.descending
        await pilot.click("#net-table", offset=(3, 0))  # again: reversed
        await pilot.pause()
        names = shown_names(app)
        assert names == sorted(names, key=str.casefold, reverse=True)
    assert app._exception is None


async def test_touch_logs_today(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        target = screen.current()
        assert target.last_contact != TODAY.isoformat()
        await pilot.press("t")
        await pilot.pause()
        assert screen.entries[target.id].days == 0
        assert any("Logged a contact" in str(n.message) for n in app._notifications)
    assert app._exception is None
    store = reopen(store)
    assert store.get_contact(target.id).last_contact == "2026-11-28"
    store.close()


@pytest.mark.parametrize("presses", [0, 4], ids=["by name", "latest contact first"])
async def test_touch_moves_the_row_only_when_the_sort_is_by_date(store, presses):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot, app)
        await pilot.press(*["s"] * presses, "end")
        await pilot.pause()
        assert screen.sort == ("last_contact" if presses else "name")
        before = shown_names(app)
        target = screen.current()
        await pilot.press("t")
        await pilot.pause()
        after = shown_names(app)
        assert screen.current().id == target.id  # the cursor stays on the row logged
        if presses:
            assert after[0] == target.name and sorted(after) == sorted(before)
        else:
            assert after == before
    assert app._exception is None
    store = reopen(store)
    assert store.get_contact(target.id).last_contact == "2026-11-28"
    store.close()


async def test_an_added_contact_is_placed_where_a_full_sort_puts_it(store):
    """An added contact is put in place, not sorted in with every contact again: for
    every order, both ways, with and without a filter, and for a contact whose sort
    key equals others' (a sort keeps those in the order they were added), the list
    must be the one sorting everything again gives."""
    from netplan_tui.tui.screens.network import SORTS

    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot, app)
        model = screen.entries[screen.shown[0]].contact
        placed = 0
        for query in ("", "a"):
            screen.set_filter(query)
            for sort in SORTS:
                for descending in (False, True):
                    screen.order = (sort, descending)
                    await pilot.pause()
                    for twin in (True, False):
                        contact = Contact.from_dict(model.to_dict()) if twin else Contact(
                            name=f"Zed {placed}", company="Acme", strength=1 + placed % 5)
                        contact.id = None
                        store.add_contact(contact)
                        screen._show_added(contact)
                        placed += 1
                        assert screen._in_order, "put in place, not sorted again"
                        assert screen.shown == screen.matching_ids(), (sort, descending, query)
                        if contact.id in screen.shown:
                            assert screen.current().id == contact.id
    assert app._exception is None


async def test_import_through_dialog(store, tmp_path):
    seed_demo(store, contacts=False)
    source = tmp_path / "home" / "Connections.csv"
    source.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(LINKEDIN / "connections_standard.csv", source)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        await pilot.press("i")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        dialog.query_one("#imp-path", Input).value = "~/Connections.csv"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(dialog.query_one("#imp-status", Static).render())
        assert status.startswith("Added 7, updated 0")
        assert store.contacts() == []  # nothing saved before confirming
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert len(screen.entries) == 7
        assert any("LinkedIn import: Added 7" in str(n.message) for n in app._notifications)
        # again: nothing new
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#imp-path", Input).value = str(source)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Nothing new to import" in str(app.screen.query_one("#imp-status", Static).render())
        await pilot.press("escape")
    assert app._exception is None
    store = reopen(store)
    names = {c.name for c in store.contacts()}
    assert len(names) == 7 and "José García" in names
    store.close()


@pytest.mark.parametrize(
    ("name", "message"),
    [("unrelated.csv", "not LinkedIn"), ("binary.csv", "binary"), ("missing.csv", "No file at"),
     (".", "is a folder")],
)
async def test_import_refuses_bad_file(store, name, message):
    seed_demo(store)
    before = store.snapshot()
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("i")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#imp-path", Input).value = str(LINKEDIN / name)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = dialog.query_one("#imp-status", Static)
        assert message in str(status.render()) and status.has_class("-error")
        await pilot.press("ctrl+s")  # nothing planned: reads again, still refused
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is dialog
    assert app._exception is None
    store = reopen(store)
    assert store.snapshot() == before
    store.close()


async def test_hostile_names_show_literally(store):
    seed_demo(store, contacts=False)
    store.add_contact(Contact(name=MARKUP, role=MARKUP, company="[/]"))
    store.add_contact(Contact(name=ESCAPE, notes=ESCAPE))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        text = screen_text(app)
        assert MARKUP[:20] in text
        assert "]0;pwnedAnn" in text and "\x1b" not in text and "\x07" not in text
        table = screen.query_one("#net-table", RecordTable)
        cells = [c for index in range(table.row_count) for c in table.row_text(index)]
        assert MARKUP in cells and "[/]" in cells
        await pilot.press("t", "enter")  # notification and editor quote the names
        await pilot.pause()
        assert isinstance(app.screen, ContactEditor)
        await pilot.press("escape", "d", "y")
        await pilot.pause()
        await pilot.click("#net-table", offset=(5, 1))
        await pilot.pause()
        assert app.is_running
    assert app._exception is None


async def test_cold_contacts_are_coloured(store):
    seed_demo(store, contacts=False)
    for name, day in [("warm", "2026-11-20"), ("cooling", "2026-10-01"), ("cold", "2026-01-01")]:
        store.add_contact(Contact(name=name, last_contact=day))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        theme = app.theme_variables
        styles = {}
        for key in table_keys(app, "#net-table"):
            row = screen.row_cells(int(key))
            styles[row[0]] = str(row[3].style)
        assert styles["warm"] == ""
        assert styles["cooling"] == theme["warning"]
        assert styles["cold"] == theme["error"]


async def test_small_terminal_does_not_crash(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(30, 8), notifications=True) as pilot:
        await pilot.press("3", "n")
        await pilot.pause()
        await pilot.press("escape", "4", "2")
        await pilot.pause()
    assert app._exception is None


# ------------------------------------------------------------------ snapshots


def test_snapshot_network(snap_compare, store):
    seed_demo(store)
    assert snap_compare(make_test_app(store), terminal_size=(100, 30), press=["3"])


def test_snapshot_network_narrow_filtered(snap_compare, store):
    seed_demo(store)

    async def filtered(pilot) -> None:
        await pilot.press("3", "slash", *"remote")
        await wait_for(pilot, lambda: pilot.app.screen.query_text == "remote", what="filtered")

    assert snap_compare(make_test_app(store), terminal_size=(60, 20), run_before=filtered)


def test_snapshot_contact_editor(snap_compare, store):
    seed_demo(store)
    assert snap_compare(make_test_app(store), terminal_size=(100, 30), press=["3", "enter"])


def test_snapshot_import_dialog(snap_compare, store):
    seed_demo(store)
    # The dialog shows the path: use one that is the same in every checkout.
    fixed = Path("/tmp/netplan-tui-tests/import-snapshot/Connections.csv")
    fixed.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(LINKEDIN / "connections_standard.csv", fixed)

    async def preview(pilot) -> None:
        await pilot.press("3", "i")
        await pilot.pause()
        pilot.app.screen.query_one("#imp-path", Input).value = str(fixed)
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_test_app(store), terminal_size=(100, 30), run_before=preview)


def test_today_is_fixed():
    assert TODAY == date(2026, 11, 28)
