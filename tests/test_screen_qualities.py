"""Screen 2: qualities — add, edit, delete, reorder, sort, duplicates, suggestions."""

from __future__ import annotations

import html
import re

import pytest
from textual.widgets import Input, Select, Static

from netplan_tui.core.models import Contact, Plan, Quality
from netplan_tui.tui.screens.qualities import SUGGESTED_SETTING, QualitiesScreen
from netplan_tui.tui.widgets.dialogs import ConfirmDialog
from netplan_tui.tui.widgets.quality_editor import (
    DUPLICATE_ERROR,
    TARGET_ERROR,
    QualityEditor,
    parse_target,
    quality_key,
)
from netplan_tui.tui.widgets.quality_suggestions import QualitySuggestions
from netplan_tui.tui.widgets.record_table import RecordTable
from tests.conftest import make_test_app, reopen

# ------------------------------------------------------------------ shared seed data

#: ~12 qualities and 40 contacts: demo-sized data for the screens 2–4 tests.
SEED_QUALITIES = [
    ("roles", "Recruiters", 6, "People who hire remotely"),
    ("roles", "Engineering managers", 4, ""),
    ("roles", "Backend developers", 10, "Peers who can refer me"),
    ("roles", "Developer advocates", 3, ""),
    ("sectors", "Developer tools", 4, ""),
    ("sectors", "Climate tech", 2, "A sector I'd love to work in"),
    ("companies", "GitLab", 3, "Dream company"),
    ("companies", "Shopify", 2, ""),
    ("skills", "Python", 12, ""),
    ("locations", "Remote", 10, ""),
    ("interests", "Open source", 5, ""),
    ("other", "Bootcamp alumni", 3, ""),
]
_FIRST = ["Ann", "Ben", "Chloé", "Dev", "Emil", "Fatima", "Goran", "Hana", "Ivo", "Jun"]
_LAST = ["Lee", "Okafor", "García", "Müller"]
_ROLES = ["Technical Recruiter", "Senior Backend Engineer", "Engineering Manager",
          "Developer Advocate", "Product Manager", "Python Developer", "CTO"]
_COMPANIES = ["GitLab", "Shopify Inc.", "Doist", "Acme", "Supabase", "Northwind"]
_SECTORS = ["Developer tools", "E-commerce", "Climate tech", "Fintech", ""]
_PLACES = ["Remote", "Berlin", "Lisbon, remote", "Toronto"]
_WHERE = ["linkedin", "event", "chat", "twitter", "family", "other"]


def seed_contacts(count: int = 40) -> list[Contact]:
    """A fixed list of contacts (deterministic: no randomness)."""
    contacts = []
    for i in range(count):
        day = 1 + (i * 7) % 28
        month = 11 - (i % 9)
        contacts.append(
            Contact(
                name=f"{_FIRST[i % len(_FIRST)]} {_LAST[i % len(_LAST)]}",
                role=_ROLES[i % len(_ROLES)],
                company=_COMPANIES[i % len(_COMPANIES)],
                sector=_SECTORS[i % len(_SECTORS)],
                location=_PLACES[i % len(_PLACES)],
                skills="Python, Django" if i % 3 == 0 else "Go, Kubernetes",
                interests="open source" if i % 4 == 0 else "climbing",
                where_met=_WHERE[i % len(_WHERE)],
                strength=1 + i % 5,
                last_contact=None if i % 11 == 10 else f"2026-{month:02d}-{day:02d}",
                notes="met at PyCon" if i % 5 == 0 else "",
            )
        )
    return contacts


def seed_demo(store, qualities: bool = True, contacts: bool = True) -> None:
    """A returning user's plan with the seed qualities and contacts."""
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True))
    store.set_setting(SUGGESTED_SETTING, True)
    with store.batch():
        if qualities:
            for category, name, target, note in SEED_QUALITIES:
                store.add_quality(Quality(category=category, name=name, target=target, note=note))
        if contacts:
            store.apply_import(seed_contacts(), [])


def screen_text(app) -> str:
    """The plain text of the whole screen as drawn (from the SVG screenshot)."""
    svg = app.export_screenshot()
    text = re.sub(r"<[^>]+>", "", svg.split("</style>", 1)[-1])
    return html.unescape(text).replace("\xa0", " ")


def table_keys(app, selector: str) -> list[str]:
    table = app.screen.query_one(selector, RecordTable)
    return [str(key) for key in table.ids]


# ------------------------------------------------------------------ pure helpers


@pytest.mark.parametrize(
    ("text", "ok"),
    [("1", True), ("999", True), ("12", True), (" 7 ", True), ("0", False), ("1000", False),
     ("abc", False), ("", False), ("-3", False), ("2.5", False), ("١٢", False)],
)
def test_parse_target(text, ok):
    value, error = parse_target(text)
    assert (value is not None) == ok
    assert (error == "") == ok


def test_quality_key_ignores_case_and_spaces():
    assert quality_key("roles", "  Tech   Recruiters ") == quality_key("roles", "tech recruiters")
    assert quality_key("roles", "Python") != quality_key("skills", "Python")


# ------------------------------------------------------------------ pilot tests


async def _open(pilot, app):
    await pilot.press("2")
    await pilot.pause()
    assert isinstance(app.screen, QualitiesScreen)


async def test_add_quality_is_saved(store):
    seed_demo(store, qualities=False)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QualityEditor)
        app.screen.query_one("#qe-category", Select).value = "companies"
        await pilot.press(*"Shopify", "tab", "3", "tab", *"dream", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QualitiesScreen)
        assert "Shopify" in screen_text(app)
    assert app._exception is None
    store = reopen(store)
    [quality] = store.qualities()
    assert (quality.category, quality.name, quality.target, quality.note) == (
        "companies", "Shopify", 3, "dream")
    store.close()


async def test_edit_target_and_cancel(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("down", "e")  # second row: Engineering managers
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, QualityEditor)
        editor.query_one("#qe-target", Input).value = "9"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("enter")  # enter on a row edits too
        await pilot.pause()
        assert isinstance(app.screen, QualityEditor)
        app.screen.query_one("#qe-target", Input).value = "77"
        await pilot.press("escape")  # a changed form asks first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")  # discard: nothing saved
        await pilot.pause()
        assert isinstance(app.screen, QualitiesScreen)
    assert app._exception is None
    store = reopen(store)
    targets = {q.name: q.target for q in store.qualities()}
    assert targets["Engineering managers"] == 9
    store.close()


async def test_delete_asks_first(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # no: kept
        await pilot.pause()
        await pilot.press("d", "y")
        await pilot.pause()
        assert len(app.screen.qualities) == len(SEED_QUALITIES) - 1
    assert app._exception is None
    store = reopen(store)
    names = [q.name for q in store.qualities()]
    assert "Recruiters" not in names and len(names) == len(SEED_QUALITIES) - 1
    store.close()


@pytest.mark.parametrize("keys", [("ctrl+down",), ("J",)])
async def test_reorder_within_category(store, keys):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press(*keys)  # Recruiters below Engineering managers
        await pilot.pause()
        await pilot.press("K", "J")  # the cursor follows the moved row: up, then down again
        await pilot.pause()
    assert app._exception is None
    store = reopen(store)
    roles = [q.name for q in store.qualities() if q.category == "roles"]
    assert roles[:2] == ["Engineering managers", "Recruiters"]
    store.close()


async def test_sort_cycles_and_header_click(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        screen = app.screen
        by_id = {q.id: q for q in screen.qualities}
        await pilot.press("s")  # name
        names = [by_id[int(k)].name for k in table_keys(app, "#q-table")]
        assert names == sorted(names, key=str.casefold)
        await pilot.press("s")  # target, largest first
        targets = [by_id[int(k)].target for k in table_keys(app, "#q-table")]
        assert targets == sorted(targets, reverse=True)
        await pilot.click("#q-table", offset=(2, 0))  # the Category header
        await pilot.pause()
        assert screen.sort == "category"
        assert "sorted by category" in str(screen.query_one("#q-summary", Static).render())
    assert app._exception is None


@pytest.mark.parametrize("name", ["recruiters", "  RECRUITERS ", "Recruiters"])
async def test_duplicate_in_category_refused(store, name):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        editor = app.screen
        editor.query_one("#qe-name", Input).value = name
        editor.query_one("#qe-target", Input).value = "2"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is editor  # still open
        error = str(editor.query_one("#qe-name-error", Static).render())
        assert error == DUPLICATE_ERROR.format(name=" ".join(name.split()), category="Roles")
        # the same name in another category is fine
        editor.query_one("#qe-category", Select).value = "skills"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QualitiesScreen)
    assert app._exception is None
    store = reopen(store)
    assert len(store.qualities()) == len(SEED_QUALITIES) + 1
    store.close()


@pytest.mark.parametrize("target", ["0", "1000", "abc", ""])
async def test_bad_target_refused_inline(store, target):
    seed_demo(store, qualities=False)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        editor = app.screen
        editor.query_one("#qe-name", Input).value = "Recruiters"
        editor.query_one("#qe-target", Input).value = target
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is editor
        assert str(editor.query_one("#qe-target-error", Static).render()) == TARGET_ERROR
    assert app._exception is None
    store = reopen(store)
    assert store.qualities() == []
    store.close()


async def test_empty_name_refused(store):
    seed_demo(store, qualities=False)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("n", "tab", "5", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QualityEditor)
        assert str(app.screen.query_one("#qe-name-error", Static).render())
    store = reopen(store)
    assert store.qualities() == []
    store.close()


async def test_suggestions_accepted_on_first_visit(store):
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, QualitySuggestions)
        assert "Recruiters" in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, QualitiesScreen)
        assert "Hiring managers" in screen_text(app)
    assert app._exception is None
    store = reopen(store)
    assert store.get_setting(SUGGESTED_SETTING) is True
    assert [q.name for q in store.qualities()][:2] == ["Recruiters", "Hiring managers"]
    store.close()


async def test_suggestions_declined_are_not_offered_again(store):
    store.save_plan(Plan(primary_goal="community", onboarding_done=True))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, QualitySuggestions)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("3", "2")
        await pilot.pause()
        assert isinstance(app.screen, QualitiesScreen)
    store = reopen(store)
    assert store.get_setting(SUGGESTED_SETTING) is True
    assert store.qualities() == []
    store.close()
    app = make_test_app(store := reopen(store))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.pause()
        assert isinstance(app.screen, QualitiesScreen)
    store.close()


async def test_markup_in_quality_name_is_literal(store):
    seed_demo(store, qualities=False)
    store.add_quality(Quality(name="[bold]x[/] [@click=app.quit]q[/]", target=2))
    store.add_quality(Quality(name="\x1b]0;pwned\x07Ann", target=2))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        text = screen_text(app)
        assert "[bold]x[/] [@click=app.quit]q[/]" in text
        assert "]0;pwnedAnn" in text and "\x1b" not in text
        await pilot.press("d", "y")  # the confirmation quotes the name: still literal
        await pilot.pause()
        assert app.is_running
    assert app._exception is None


# ------------------------------------------------------------------ snapshots


def test_snapshot_qualities(snap_compare, store):
    seed_demo(store)
    assert snap_compare(make_test_app(store), terminal_size=(100, 30), press=["2"])


def test_snapshot_qualities_narrow(snap_compare, store):
    seed_demo(store)
    assert snap_compare(make_test_app(store), terminal_size=(60, 20), press=["2"])


def test_snapshot_quality_editor_errors(snap_compare, store):
    seed_demo(store)

    async def fill(pilot) -> None:
        await pilot.press("2", "n")
        await pilot.pause()
        pilot.app.screen.query_one("#qe-name", Input).value = "recruiters"
        pilot.app.screen.query_one("#qe-target", Input).value = "1000"
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(make_test_app(store), terminal_size=(100, 30), run_before=fill)
