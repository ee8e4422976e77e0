"""Issue 13 through the screens, on 30 November: the month being planned, honest pace,
review answers that count, carry-over that rewrites, and `g` then 5."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, RadioButton, Static

from netplan_tui.core.context import context_from_store
from netplan_tui.core.models import Goal, Plan
from netplan_tui.data.store import Store
from netplan_tui.tui.screens.goals import GoalsScreen
from netplan_tui.tui.widgets.review_dialog import ReviewDialog
from tests.conftest import make_test_app, reopen

NOV30 = date(2026, 11, 30)


def seed(store: Store) -> list[Goal]:
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3,
                         dream_jobs="product manager"))
    goals = [
        Goal(month="2026-11", text="Attend 2 product meetups by November 30", target=2,
             progress=1, deadline="2026-11-30", created="2026-11-01"),
        Goal(month="2026-11", text="Ask Ana for an introduction to her product lead",
             created="2026-11-01"),
        Goal(month="2026-11", text="Message 4 product managers on LinkedIn by November 30",
             target=4, progress=1, deadline="2026-11-30", created="2026-11-01"),
    ]
    return [store.add_goal(g) for g in goals]


def chart(app) -> dict[str, str]:  # noqa: ANN001
    """The history chart as ``{month: "done/goals"}``."""
    lines = text_of(app, "#history").splitlines()
    labels, counts = lines[1].split(), lines[2].split()
    return dict(zip([w for w in labels if w.isalpha() and len(w) == 3], counts, strict=False))


def text_of(app, selector: str) -> str:  # noqa: ANN001
    return str(app.screen.query_one(selector, Static).render())


def cells(app, column: str) -> list[str]:  # noqa: ANN001
    table = app.screen.query_one("#checklist", DataTable)
    return [table.get_cell(row, column).plain for row in table.rows]


async def test_last_day_plans_next_month_and_says_why(store: Store) -> None:
    seed(store)
    app = make_test_app(store, NOV30)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        header = text_of(app, "#month-header")
        assert "Planning December 2026" in header and "1 day left in November" in header
        assert "this month" not in app.screen.sub_title
        await pilot.press("t")  # November itself: offer to plan December first
        assert "November 2026" in text_of(app, "#month-header")
        banner = app.screen.query_one("#few-banner", Static)
        assert banner.display and "p to plan December" in str(banner.render())
        # 1 of 2 due today is not on track; no number, no deadline: no pace
        assert cells(app, "pace") == ["due today", "due today", "due today"]
        await pilot.press("p")
        assert "Planning December 2026" in text_of(app, "#month-header")
    assert app._exception is None


async def test_no_deadline_goal_has_no_pace(store: Store) -> None:
    seed(store)
    app = make_test_app(store, date(2026, 11, 10))
    async with app.run_test(size=(100, 30), notifications=True):
        paces = cells(app, "pace")
        assert paces[1] == "no deadline" and "on track" not in paces[1]
    assert app._exception is None


async def test_review_done_counts_and_carry_moves_the_deadline(store: Store) -> None:
    goals = seed(store)
    app = make_test_app(store, NOV30)
    # 120 columns: the wide table, with the days left beside each deadline
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.press("r")  # on December: the review of November
        assert isinstance(app.screen, ReviewDialog) and app.screen.month == "2026-11"
        await pilot.press("1", "enter", "3", "enter", "3", "enter")  # done, not, not
        labels = [str(b.label) for b in app.screen.query(RadioButton) if "Carry" in str(b.label)]
        assert labels == ["Carry (needs a new date)", "Carry (3 left, by Dec 31)"]
        await pilot.press("ctrl+s")  # carry both unfinished goals
        assert not isinstance(app.screen, ReviewDialog)
        assert "Planning December 2026" in text_of(app, "#month-header")
        # no November date under a green pace: one rewritten, one asking for a date
        assert cells(app, "deadline") == ["needs a date", "Dec 31 · 31d"]
        assert cells(app, "pace") == ["needs date", "on track"]
        assert chart(app)["Nov"] == "1/3"
    assert app._exception is None
    store = reopen(store)
    meetups = store.get_goal(goals[0].id)
    assert (meetups.done, meetups.done_on) == (True, "2026-11-30")
    assert [e.kind for e in store.events(goals[0].id)] == ["done"]
    december = store.goals("2026-12")
    assert {g.carried_from for g in december} == {goals[1].id, goals[2].id}
    message = next(g for g in december if g.carried_from == goals[2].id)
    assert (message.text, message.deadline, message.target) == (
        "Message 4 product managers on LinkedIn by December 31", "2026-12-31", 3)
    context = context_from_store(store, "2026-12", NOV30)
    assert context.completion_rate is not None and context.completion_rate > 0
    store.close()


async def test_late_check_off_counts_in_history(store: Store) -> None:
    goals = seed(store)
    app = make_test_app(store, date(2026, 12, 3))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("left_square_bracket")  # November, over
        assert "November 2026" in text_of(app, "#month-header")
        await pilot.press("space")  # late check-off of the first goal
        await pilot.press("right_square_bracket")
        assert chart(app)["Nov"] == "1/3"
    store = reopen(store)
    assert store.get_goal(goals[0].id).done_on == "2026-12-03"
    store.close()


async def test_g_then_5_shows_the_drafted_goal(store: Store) -> None:
    from tests.test_screen_qualities import seed_demo

    seed_demo(store)
    app = make_test_app(store, NOV30)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("5", "t")  # the Goals screen was left on November
        await pilot.press("4")
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any("December 2026. Press 5" in str(n.message) for n in app._notifications)
        await pilot.press("5")
        assert "December 2026" in text_of(app, "#month-header")
        assert app.screen.query_one("#checklist", DataTable).row_count == 1
    assert app._exception is None
    store = reopen(store)
    (goal,) = store.goals()
    assert goal.month == "2026-12" and goal.deadline == "2026-12-31"
    store.close()


async def test_warnings_on_saving_a_goal_outside_its_month(store: Store) -> None:
    seed(store)
    app = make_test_app(store, NOV30)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t", "n")  # a November goal, written on November 30
        text = "Attend 1 product meetup by December 5"
        await pilot.press(*["space" if c == " " else c for c in text])
        await pilot.press("ctrl+s")
        if not isinstance(app.screen, GoalsScreen):  # not SMART: save anyway
            await pilot.press("y")
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "outside November 2026" in messages and "1 day left" in messages
        table = app.screen.query_one("#checklist", DataTable)
        table.move_cursor(row=table.row_count - 1)
        await pilot.pause()
        assert "outside November 2026" in text_of(app, "#detail")
        assert cells(app, "pace")[-1] == "needs date"
    assert app._exception is None
    store = reopen(store)
    added = store.goals("2026-11")[-1]
    assert (added.text, added.deadline) == (text, "2026-12-05")  # warned, not refused
    store.close()
