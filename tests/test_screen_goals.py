"""Screen 5: check off, progress, delete and undo, month navigation — checked after a restart."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from netplan_tui.core.models import Goal, Plan
from netplan_tui.data.store import Store
from tests.conftest import make_test_app, reopen
from tests.helpers.wait import wait_for


def ready(store: Store) -> None:
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))


def seed_month(store: Store) -> list[Goal]:
    ready(store)
    goals = [
        Goal(month="2026-11", text="Message 4 recruiters on LinkedIn by the end of the month",
             target=4, progress=3, unit="recruiters", created="2026-11-01"),
        Goal(month="2026-11", text="Attend 2 Python meetups by November 30",
             target=2, progress=2, done=True, done_on="2026-11-20", created="2026-11-01"),
        Goal(month="2026-11", text="Ask Ana for an introduction to her team lead by November 20",
             deadline="2026-11-20", created="2026-11-01"),
        Goal(month="2026-11", text="Comment on 10 posts by data engineers this month",
             target=10, progress=1, created="2026-11-01"),
    ]
    return [store.add_goal(g) for g in goals]


def seed_history(store: Store) -> None:
    for month in ("2026-09", "2026-10"):
        for n in range(3):
            store.add_goal(Goal(month=month, text=f"Connect with {n + 3} developers on LinkedIn "
                                "by the end of the month", target=n + 3, progress=n + 3,
                                done=True, created=f"{month}-01"))


async def go_to_row(pilot, app, index: int) -> None:  # noqa: ANN001
    table = app.screen.query_one("#checklist", DataTable)
    table.move_cursor(row=index)
    await pilot.pause()


async def test_space_toggles_done_and_records_events(store: Store) -> None:
    goals = seed_month(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t")  # November: on the 28th, 5 opens on the month being planned
        await go_to_row(pilot, app, 2)
        await pilot.press("space")
        await go_to_row(pilot, app, 1)
        await pilot.press("space")  # uncheck a done goal: it stays in the list
        assert app.screen.query_one("#checklist", DataTable).row_count == 4
    assert app._exception is None
    store = reopen(store)
    ask = store.get_goal(goals[2].id)
    meetups = store.get_goal(goals[1].id)
    assert ask.done and ask.done_on == "2026-11-28"
    assert not meetups.done and meetups.done_on is None
    kinds = {(e.goal_id, e.kind, e.day) for e in store.events()}
    assert kinds == {(goals[2].id, "done", "2026-11-28"), (goals[1].id, "undone", "2026-11-28")}
    store.close()


async def test_progress_plus_minus_and_auto_done(store: Store) -> None:
    goals = seed_month(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t")  # November: on the 28th, 5 opens on the month being planned
        await go_to_row(pilot, app, 3)
        await pilot.press("plus", "plus", "minus")
        await go_to_row(pilot, app, 0)
        await pilot.press("plus")  # 4/4: checked off on its own
        await go_to_row(pilot, app, 2)
        await pilot.press("plus")  # no target: a notification, no change
    assert app._exception is None
    store = reopen(store)
    comment = store.get_goal(goals[3].id)
    message = store.get_goal(goals[0].id)
    assert (comment.progress, comment.done) == (2, False)
    assert (message.progress, message.done, message.done_on) == (4, True, "2026-11-28")
    assert store.get_goal(goals[2].id).progress == 0
    events = store.events()
    assert [(e.kind, e.delta, e.progress) for e in events if e.goal_id == goals[3].id] == [
        ("progress", 1, 2), ("progress", 1, 3), ("progress", -1, 2)
    ]
    assert [e.kind for e in events if e.goal_id == goals[0].id] == ["progress", "done"]
    assert all(e.day == "2026-11-28" for e in events)
    store.close()


async def test_delete_with_confirmation_and_undo(store: Store) -> None:
    goals = seed_month(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t")  # November: on the 28th, 5 opens on the month being planned
        await go_to_row(pilot, app, 3)
        await pilot.press("plus")  # one event to delete and restore
        await pilot.press("d", "n")  # no: nothing deleted
        assert app.screen.query_one("#checklist", DataTable).row_count == 4
        await pilot.press("d", "y")
        assert app.screen.query_one("#checklist", DataTable).row_count == 3
        await go_to_row(pilot, app, 0)
        await pilot.press("d", "y")
        assert app.screen.query_one("#checklist", DataTable).row_count == 2
        await pilot.press("u")  # undo the last deletion only
    assert app._exception is None
    store = reopen(store)
    ids = {g.id for g in store.goals("2026-11")}
    assert ids == {goals[0].id, goals[1].id, goals[2].id}
    store.close()


async def test_undo_restores_goal_and_events(store: Store) -> None:
    goals = seed_month(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t")  # November: on the 28th, 5 opens on the month being planned
        await go_to_row(pilot, app, 3)
        await pilot.press("plus", "d", "y", "u")
    store = reopen(store)
    restored = store.get_goal(goals[3].id)
    assert restored is not None and restored.progress == 2
    assert [e.kind for e in store.events(goals[3].id)] == ["progress"]
    store.close()


async def test_month_navigation_and_new_goal_in_shown_month(store: Store) -> None:
    seed_month(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t")  # November: on the 28th, 5 opens on the month being planned
        header = app.screen.query_one("#month-header", Static)
        assert "November 2026" in str(header.render())
        await pilot.press("left_square_bracket")
        assert "October 2026" in str(header.render())
        assert app.screen.query_one("#empty", Static).display
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert "December 2026" in str(header.render())
        await pilot.press("n")
        goal = "Attend 1 Rust meetup by December 12"
        await pilot.press(*["space" if c == " " else c for c in goal])
        await pilot.press("enter")
        await pilot.press("t")
        assert "November 2026" in str(header.render())
    assert app._exception is None
    store = reopen(store)
    (december,) = store.goals("2026-12")
    assert december.text == "Attend 1 Rust meetup by December 12"
    assert december.deadline == "2026-12-12" and december.target == 1
    store.close()


async def test_few_goals_banner_and_hints(store: Store) -> None:
    ready(store)
    store.add_goal(Goal(month="2026-11", text="Attend 2 Python meetups by November 30", target=2))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        banner = app.screen.query_one("#few-banner", Static)
        # the last week: December is being planned and has no goals yet
        assert banner.display and "at least 3" in str(banner.render())
        assert "Press n" in str(banner.render())
        hint = str(app.screen.query_one("#month-hint", Static).render())
        assert "r to review Nov 2026" in hint
        await pilot.press("t")  # November: the banner offers to plan December first
        assert "press p to plan December first" in str(banner.render())
        await pilot.press("right_square_bracket", "right_square_bracket", "r")  # January
        assert any("opens on Jan 25" in n.message for n in app._notifications)
    assert app._exception is None


async def test_streak_and_history_line(store: Store) -> None:
    seed_month(store)
    seed_history(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t")  # November: on the 28th, 5 opens on the month being planned
        history = str(app.screen.query_one("#history", Static).render())
        assert "Streak: 2 months" in history
        assert chart(app) == {"Sep": "3/3✓", "Oct": "3/3✓"}
        assert "▇" not in history and history.count("███") == 2  # full bars, full months
        await pilot.press("left_square_bracket")
        header = str(app.screen.query_one("#month-header", Static).render())
        assert "October 2026" in header and "3 of 3 goals done" in header


@pytest.mark.parametrize("size", [(40, 12), (60, 20), (160, 50)])
async def test_small_and_large_terminals(store: Store, size: tuple[int, int]) -> None:
    seed_month(store)
    app = make_test_app(store)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("space", "plus")
    assert app._exception is None


async def test_markup_in_goal_text_is_shown_as_typed(store: Store) -> None:
    ready(store)
    text = "Ask [bold]Ana[/] [@click=app.quit]x[/] for an intro \x1b]0;pwned\x07 by November 30"
    store.add_goal(Goal(month="2026-11", text=text))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t")  # November: on the 28th, 5 opens on the month being planned
        await pilot.press("d", "n", "space")
        cell = app.screen.query_one("#checklist", DataTable).get_cell_at((0, 1))
        assert "[bold]Ana[/]" in cell.plain and "\x1b" not in cell.plain
    assert app._exception is None
    store = reopen(store)
    assert store.goals()[0].text == text and store.goals()[0].done
    store.close()


def chart(app) -> dict[str, str]:  # noqa: ANN001
    """The history chart as ``{month: "done/goals"}``, read from its month and count lines."""
    lines = str(app.screen.query_one("#history", Static).render()).splitlines()
    labels, counts = lines[1].split(), lines[2].split()
    return dict(zip([w for w in labels if w.isalpha() and len(w) == 3], counts, strict=False))


# --------------------------------------------------------------------- snapshots
def test_snapshot_month_in_progress(snap_compare, store: Store) -> None:  # noqa: ANN001
    seed_month(store)
    seed_history(store)
    assert snap_compare(make_test_app(store), terminal_size=(100, 30), press=["5", "t"])


def test_snapshot_finished_month(snap_compare, store: Store) -> None:  # noqa: ANN001
    seed_month(store)
    seed_history(store)
    assert snap_compare(
        make_test_app(store), terminal_size=(100, 30), press=["5", "t", "left_square_bracket"]
    )


# --------------------------------------------------------------------- table layout
@pytest.mark.parametrize(
    ("width", "layout", "goal_at_least"),
    [(60, "narrow", 16), (80, "compact", 27), (100, "compact", 40), (118, "compact", 40),
     (119, "wide", 44),
     (200, "wide", 120)],
)
def test_table_layout_gives_the_goal_the_room(width: int, layout: str, goal_at_least: int) -> None:
    from netplan_tui.tui.screens import goals_view as view

    name, goal = view.table_layout(width)
    assert name == layout and goal >= goal_at_least
    columns = view.LAYOUTS[name]
    # every header fits its column: none is cut mid-word
    assert all(len(label) <= w for _key, label, w in columns)
    # the whole table fits the screen, with its margins and a scrollbar
    used = goal + sum(w for _k, _l, w in columns) + view.CELL_PADDING * (len(columns) + 1)
    assert used + view.TABLE_FRAME <= width


async def test_80_columns_show_the_verdict_and_the_chips_below(store: Store) -> None:
    seed_month(store)
    app = make_test_app(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("t")
        table = app.screen.query_one("#checklist", DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels == ["", "Goal", "SMART", "Count", "Due", "Pace"]
        await wait_for(pilot, lambda: "·" not in table.get_cell_at((0, 2)).plain)
        verdicts = [table.get_cell_at((r, 2)).plain for r in range(table.row_count)]
        assert all(v in ("✓ SMART", "! almost", "✗ not yet") for v in verdicts)
        detail = str(app.screen.query_one("#detail", Static).render())
        assert "S" in detail and "1" in detail and ("✓" in detail or "✗" in detail)
        await pilot.resize_terminal(200, 50)
        await wait_for(pilot, lambda: len(table.columns) == 6 and "Deadline" in [
            str(c.label) for c in table.columns.values()
        ])
    assert app._exception is None


# --------------------------------------------------------------------- history chart
@pytest.mark.parametrize(
    ("share", "cell"),
    [(None, " "), (0.0, "·"), (0.01, "▁"), (1 / 3, "▃"), (0.5, "▄"), (2 / 3, "▅"), (1.0, "█")],
)
def test_bar_shows_the_done_share(share: float | None, cell: str) -> None:
    from netplan_tui.tui.screens.goals_view import bar

    assert bar(share) == cell


@pytest.mark.parametrize("width", [56, 76, 196])
def test_history_chart_fits_and_skips_no_month(width: int) -> None:
    from datetime import date

    from netplan_tui.tui.screens.goals_view import history

    goals = [
        Goal(month="2026-03", text="a", done=True),
        Goal(month="2026-03", text="b"),
        Goal(month="2026-05", text="c", done=True),  # April has no goals: still a column
        *[Goal(month=f"2026-{m:02}", text=str(i), done=True) for m in (9, 10) for i in range(3)],
    ]
    lines = history(goals, "2026-11", date(2026, 11, 28), width).plain.splitlines()
    assert len(lines) == 3 and all(len(line) <= width for line in lines)
    months_shown = lines[1].split()[:-3]  # then "[ to browse"
    expected = ["Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
    assert months_shown == expected[-len(months_shown):] and len(months_shown) >= 2
    assert "Streak: 2 months" in lines[0]
    if "Apr" in months_shown:
        assert lines[2].split()[months_shown.index("Apr")] == "–"


def test_history_chart_before_any_month() -> None:
    from datetime import date

    from netplan_tui.tui.screens.goals_view import history

    text = history([Goal(month="2026-11", text="a")], "2026-11", date(2026, 11, 28)).plain
    assert "\n" not in text and "no earlier months" in text


async def test_setting_the_month_shows_it(store: Store) -> None:
    """``month`` is reactive: setting it loads that month, as ``[``/``]`` do."""
    seed_month(store)
    seed_history(store)
    app = make_test_app(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = app.screen
        assert screen.month == "2026-12"  # the 28th: the month being planned
        screen.month = "2026-10"
        await wait_for(pilot, lambda: "October 2026" in str(
            screen.query_one("#month-header", Static).render()))
        table = screen.query_one("#checklist", DataTable)
        assert table.row_count == 3 and "Oct" not in chart(app)
        await pilot.press("right_square_bracket", "t")  # November either way
        assert screen.month == "2026-11" and "Oct" in chart(app)
    assert app._exception is None


@pytest.mark.parametrize(
    ("stored", "said"),
    [("2026-11-12", "Nov 12"), ("2025-12-30", "Dec 30, 2025"), ("not a day", "not a day")],
)
def test_done_day_in_words(stored: str, said: str) -> None:
    from datetime import date

    from netplan_tui.tui.screens.goals_view import done_day

    assert done_day(stored, date(2026, 11, 28)) == said


@pytest.mark.parametrize(
    ("month", "goals", "width", "expected"),
    [
        # (month shown, summary counts, width, header as shown); today is Nov 28, 2026.
        ("2026-12", (0, 0, 0, 0), 0,
         "Planning December 2026 · 3 days left in November   no goals yet"),
        ("2026-12", (0, 0, 0, 0), 56, "Planning December 2026 · 3 days left in November"),
        ("2026-12", (0, 0, 0, 0), 30, "Planning December 2026   no goals yet"),
        ("2026-11", (4, 1, 1, 0), 76,
         "November 2026 · this month · 3 days left   1 of 4 goals done · 1 behind"),
        ("2026-11", (4, 1, 1, 0), 56, "November 2026   1 of 4 goals done · 1 behind"),
        ("2026-11", (4, 1, 1, 2), 56, "November 2026   1 of 4 goals done · 1 behind · 2 overdue"),
    ],
)
def test_month_header_stays_on_one_line(month, goals, width, expected) -> None:
    from datetime import date

    from netplan_tui.core.months import MonthSummary
    from netplan_tui.tui.screens.goals_view import header

    count, done, behind, overdue = goals
    summary = MonthSummary(month=month, goals=count, done=done, behind=behind, overdue=overdue)
    assert header(month, date(2026, 11, 28), summary, width).plain == expected


async def test_the_months_checks_wait_for_the_first_frame(store: Store, monkeypatch) -> None:  # noqa: ANN001
    """The SMART checks of the month shown first (and at 2,000 contacts and more, the
    thread that reads them for the checker) start only once the first frame is
    written: run after Textual's first refresh, they ran inside its start-up batch,
    before anything was on screen."""
    from netplan_tui.tui.app import NetplanApp
    from netplan_tui.tui.screens.goals_checks import MonthChecks

    ready(store)
    for n in range(3):
        store.add_goal(Goal(month="2026-12", text=f"Meet {n + 2} engineers at meetups in December",
                            target=n + 2))
    order: list[str] = []
    first_paint = NetplanApp._first_paint_done
    fill = MonthChecks._fill_verdicts
    monkeypatch.setattr(NetplanApp, "_first_paint_done",
                        lambda self: (order.append("painted"), first_paint(self))[1])
    monkeypatch.setattr(MonthChecks, "_fill_verdicts",
                        lambda self: (order.append("checks"), fill(self))[1])
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: "checks" in order, what="the month's checks")
        assert order[0] == "painted"
        table = app.screen.query_one("#checklist", DataTable)
        await wait_for(pilot, lambda: "·" not in str(table.get_row_at(0)), what="chips filled")


async def test_first_goal_of_an_empty_month_brings_the_checklist_focused(store: Store) -> None:
    """An empty month shows no table (it is made when a month has goals); the first
    goal written makes it, with the focus, and the goal is there after a restart."""
    from tests.helpers.wait import settled

    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settled(pilot)
        screen = app.screen
        assert screen.checklist() is None and not screen.query("#checklist")
        assert "No goals for December 2026 yet" in str(screen.query_one("#empty").render())
        await pilot.press("n")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "GoalEditor")
        text = "Attend 2 meetups by December 15"
        await pilot.press(*[("space" if c == " " else c) for c in text])
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is screen, what="back on screen 5")
        await wait_for(
            pilot, lambda: screen.checklist() is not None and screen.checklist().row_count == 1,
            what="the checklist with the goal",
        )
        table = screen.checklist()
        await wait_for(pilot, lambda: app.focused is table, what="the checklist focused")
        assert not screen.query_one("#empty").display
        await pilot.press("space")  # keys reach the goal: it is checked off
        await wait_for(pilot, lambda: store.goals("2026-12")[0].done, what="done saved")
    assert app._exception is None
    store = reopen(store)
    (goal,) = store.goals("2026-12")
    assert goal.text == "Attend 2 meetups by December 15" and goal.done
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.screen.checklist() is not None
                       and app.screen.checklist().row_count == 1, what="the goal after restart")
        await wait_for(pilot, lambda: app.focused is app.screen.checklist(), what="focused")
