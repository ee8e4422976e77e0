"""Screen 4: gap analysis — summary, sorting, who matches, drafted goals, changes."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Static, TextArea

from netplan_tui.core import gap, smart
from netplan_tui.core.dates import month_label
from netplan_tui.core.models import Contact, Quality
from netplan_tui.tui.screens.gap import GapScreen, draft_as_goal, have_cell, summary_text
from netplan_tui.tui.widgets.gap_matches import GapMatches
from netplan_tui.tui.widgets.record_table import RecordTable
from tests.conftest import TODAY, make_test_app, reopen
from tests.helpers.wait import wait_for
from tests.test_screen_qualities import screen_text, seed_demo


async def _open(pilot, app) -> GapScreen:
    await pilot.press("4")
    await pilot.pause()
    assert isinstance(app.screen, GapScreen)
    return app.screen


def shown_rows(screen: GapScreen) -> list[gap.GapRow]:
    return [screen.report.rows[index] for index in screen.ordered()]


# ------------------------------------------------------------------ pure helpers


@pytest.mark.parametrize(
    ("month", "label"), [("2026-12", "December 2026"), ("2027-01", "January 2027")]
)
def test_month_label(month, label):
    assert month_label(month, long=True) == label


def test_summary_text():
    report = gap.analyse(
        [Quality(name="Recruiters", target=4, id=1), Quality(name="Python", category="skills",
                                                             target=1, id=2)],
        [Contact(name="A", role="Recruiter", skills="Python")],
    )
    assert summary_text(report) == "Qualities met 1/2 · total gap 3 people · coverage 40%"
    assert "No qualities yet" in summary_text(gap.analyse([], []))


@pytest.mark.parametrize("today", [TODAY, date(2026, 11, 2), date(2026, 12, 31)])
def test_draft_goal_passes_the_checker(today):
    row = gap.GapRow(1, "roles", "Recruiters", 5, 2, 3, "partial")
    goal = draft_as_goal(row, today)
    result = smart.check(goal.text, today)
    assert result.smart, goal.text
    assert goal.target == 3 and goal.deadline == gap.draft_deadline(today).isoformat()
    assert goal.month == goal.deadline[:7]


@pytest.mark.parametrize(
    ("have", "target", "shown", "met"),
    [(0, 4, "0 ░░░░░░", False), (2, 4, "2 ███░░░", False), (4, 4, "4 ██████", True),
     (17, 12, "17 ██████", True), (1, 12, "1 ░░░░░░", False), (999, 1, "999 ██████", True)],
)
def test_have_cell_shows_the_number_and_a_bar(have, target, shown, met):
    row = gap.GapRow(1, "roles", "Recruiters", target, have, max(target - have, 0), "partial")
    cell = have_cell(row, "green")
    assert cell.plain == shown  # readable without colour
    assert any(span.style == "green" for span in cell.spans) == met


# ------------------------------------------------------------------ pilot tests


async def test_summary_and_default_order(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        report = gap.analyse(store.qualities(), store.contacts())
        assert str(screen.query_one("#gap-summary", Static).render()) == summary_text(report)
        gaps = [row.gap for row in shown_rows(screen)]
        assert gaps == sorted(gaps, reverse=True)
        table = screen.query_one("#gap-table", RecordTable)
        assert table.row_text(0)[1] == report.rows[0].quality
        status = {"met": "✓ met", "partial": "partial", "missing": "missing"}
        theme = app.theme_variables
        colours = {"met": theme["success"], "partial": theme["warning"], "missing": theme["error"]}
        for index, row in enumerate(shown_rows(screen)):
            cell = screen.row_cells(table.ids[index])[5]
            assert cell.plain == status[row.status]
            assert str(cell.style) == colours[row.status]
    assert app._exception is None


async def test_sort_cycles_and_header_click(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        await pilot.press("s")  # category
        cats = [row.category for row in shown_rows(screen)]
        order = list(gap.QUALITY_CATEGORIES)
        assert cats == sorted(cats, key=order.index)
        await pilot.press("s")  # quality name
        names = [row.quality.casefold() for row in shown_rows(screen)]
        assert names == sorted(names)
        await pilot.click("#gap-table", offset=(3, 0))  # Category header
        await pilot.pause()
        assert screen.sort == "category"
        table = screen.query_one("#gap-table", RecordTable)
        assert table.row_text(0)[0] == "Roles"
    assert app._exception is None


async def test_enter_shows_matching_contacts(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        row = shown_rows(screen)[0]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GapMatches)
        quality = store.get_quality(row.quality_id)
        expected = gap.matching_contacts(quality, store.contacts())
        assert len(app.screen.contacts) == row.have == len(expected)
        if expected:
            assert expected[0].name in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
    assert app._exception is None


async def test_g_drafts_a_goal_in_the_editor(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        row = shown_rows(screen)[0]
        await pilot.press("g")
        await pilot.pause()
        from netplan_tui.tui.widgets.goal_editor import GoalEditor

        editor = app.screen
        assert isinstance(editor, GoalEditor)
        assert editor.goal.text == gap.draft_goal(row, TODAY)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        assert any("Goal added to December 2026" in str(n.message) for n in app._notifications)
    assert app._exception is None
    store = reopen(store)
    [goal] = store.goals()
    assert goal.text == gap.draft_goal(row, TODAY)
    assert goal.month == "2026-12" and goal.deadline == "2026-12-31"
    assert goal.target == min(row.gap, gap.MONTHLY_CONNECTIONS)
    store.close()


async def test_g_cancelled_saves_nothing(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert app._exception is None
    store = reopen(store)
    assert store.goals() == []
    store.close()


async def test_g_without_goal_editor_saves_directly(store, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "netplan_tui.tui.widgets.goal_editor", None)  # ImportError
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        row = shown_rows(screen)[0]
        await pilot.press("g")
        await pilot.pause()
        assert app.screen is screen
    assert app._exception is None
    store = reopen(store)
    [goal] = store.goals()
    assert goal.text == gap.draft_goal(row, TODAY) and goal.month == "2026-12"
    store.close()


async def test_changes_saved_after_a_pause(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        await pilot.press("c", *"Ask for intros")
        assert screen.has_unsaved()
        await wait_for(pilot, lambda: not screen.has_unsaved(), what="saved after the pause")
        assert not screen.has_unsaved()
        await pilot.press("escape", "s")  # screen keys work again after escape
        assert screen.sort == "category"
    assert app._exception is None
    store = reopen(store)
    assert store.get_plan().changes == "Ask for intros"
    store.close()


async def test_changes_saved_when_leaving_at_once(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("c", *"Post weekly", "escape", "2")
        await pilot.pause()
        await pilot.press("4")
        await pilot.pause()
        assert app.screen.query_one("#gap-changes", TextArea).text == "Post weekly"
    store = reopen(store)
    assert store.get_plan().changes == "Post weekly"
    store.close()


async def test_gap_follows_new_contacts(store):
    seed_demo(store, contacts=False)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _open(pilot, app)
        assert screen.report.total_have == 0
        await pilot.press("3")
        await pilot.pause()
        app.screen._saved(Contact(name="Ann", role="Technical Recruiter", company="GitLab"))
        await pilot.press("4")
        await pilot.pause()
        assert screen.report.total_have >= 2  # recruiters and GitLab
    assert app._exception is None


async def test_no_qualities(store):
    seed_demo(store, qualities=False)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("g", "enter", "s")
        await pilot.pause()
        assert "press 2" in screen_text(app)
    assert app._exception is None


async def test_hostile_quality_names(store):
    seed_demo(store)
    store.add_quality(Quality(name="[bold]x[/] [@click=app.quit]q[/]", target=50))
    store.add_quality(Quality(name="\x1b]0;pwned\x07Ann", target=40))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        text = screen_text(app)
        assert "[bold]x[/] [@click=app.quit]q[/]" in text and "\x1b" not in text
        await pilot.press("enter")
        await pilot.pause()
        assert "[bold]x[/]" in screen_text(app)
        await pilot.press("escape", "g", "escape")
        await pilot.pause()
        assert app.is_running
    assert app._exception is None


# ------------------------------------------------------------------ snapshots


def test_snapshot_gap(snap_compare, store):
    seed_demo(store)
    plan = store.get_plan()
    plan.changes = "Add a note to every invitation.\nFollow up within 48 hours."
    store.save_plan(plan)
    assert snap_compare(make_test_app(store), terminal_size=(100, 30), press=["4"])


def test_snapshot_gap_narrow(snap_compare, store):
    seed_demo(store)
    assert snap_compare(make_test_app(store), terminal_size=(60, 20), press=["4"])


async def test_quit_right_after_typing_saves_without_asking(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _open(pilot, app)
        await pilot.press("c", *"Follow up", "escape", "q")
        await pilot.pause()
    assert app._exception is None and not app.is_running
    store = reopen(store)
    assert store.get_plan().changes == "Follow up"
    store.close()
