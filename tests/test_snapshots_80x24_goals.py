"""Screen 5 at 80×24 first (the size of a default terminal), then 60×20 and 200×50:
the Goals screen on the demo plan, the goal editor, the review and the history chart."""

from __future__ import annotations

from netplan_tui.core.demo import fill_demo
from netplan_tui.core.models import Goal, Plan
from tests.conftest import TODAY, make_test_app
from tests.helpers.wait import wait_for

SIZE = (80, 24)


def demo_app(store):  # noqa: ANN001, ANN201
    fill_demo(store, TODAY)
    return make_test_app(store)


async def chips_checked(pilot) -> None:  # noqa: ANN001
    """Wait until every row's SMART verdict replaced its dim dot (checked after paint)."""
    from textual.widgets import DataTable

    def ready() -> bool:
        table = pilot.app.screen.query_one("#checklist", DataTable)
        return all(
            table.get_cell_at((row, 2)).plain != "·" for row in range(table.row_count)
        )

    await wait_for(pilot, ready, what="verdicts shown")


def test_goals_screen(snap_compare, store) -> None:  # noqa: ANN001
    async def run_before(pilot) -> None:  # noqa: ANN001
        await pilot.press("5", "t")
        await chips_checked(pilot)

    assert snap_compare(demo_app(store), terminal_size=SIZE, run_before=run_before)


def test_goal_editor_on_a_goal(snap_compare, store) -> None:  # noqa: ANN001
    async def run_before(pilot) -> None:  # noqa: ANN001
        await pilot.press("5", "t", "down", "e")
        editor = pilot.app.screen
        await wait_for(pilot, lambda: not editor.offers_pending, what="answers offered")

    assert snap_compare(demo_app(store), terminal_size=SIZE, run_before=run_before)


def test_goal_editor_answer_offered(snap_compare, store) -> None:  # noqa: ANN001
    """The first answer focused: empty, the checker's answer offered dim."""

    async def run_before(pilot) -> None:  # noqa: ANN001
        await pilot.press("5", "t", "n")
        for key in "Message 3 recruiters on LinkedIn by December 18":
            await pilot.press("space" if key == " " else key)
        editor = pilot.app.screen
        await wait_for(pilot, lambda: not editor.offers_pending, what="answers offered")
        await pilot.press("tab")

    assert snap_compare(demo_app(store), terminal_size=SIZE, run_before=run_before)


def test_review_dialog(snap_compare, store) -> None:  # noqa: ANN001
    assert snap_compare(demo_app(store), terminal_size=SIZE, press=["5", "t", "r"])


def test_review_dialog_at_60x20(snap_compare, store) -> None:  # noqa: ANN001
    """The page scrolls under the dialog's own footer, which stays in view."""
    assert snap_compare(demo_app(store), terminal_size=(60, 20), press=["5", "t", "r"])


def history_app(store):  # noqa: ANN001, ANN201
    """Six months before November: full, partly done, none done, no goals, full, full."""
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
    done_of = {"2026-05": (3, 3), "2026-06": (2, 4), "2026-07": (0, 3),
               "2026-09": (3, 3), "2026-10": (4, 4), "2026-11": (1, 3)}
    for month, (done, count) in done_of.items():
        for n in range(count):
            store.add_goal(Goal(
                month=month, text=f"Connect with {n + 2} developers on LinkedIn this month",
                target=n + 2, progress=n + 2 if n < done else 0, done=n < done,
                done_on=f"{month}-20" if n < done else None, created=f"{month}-01",
            ))
    return make_test_app(store)


def test_history_chart(snap_compare, store) -> None:  # noqa: ANN001
    async def run_before(pilot) -> None:  # noqa: ANN001
        await pilot.press("t")  # November: the six months before it
        await chips_checked(pilot)

    assert snap_compare(history_app(store), terminal_size=SIZE, run_before=run_before)


def test_goals_screen_at_200x50(snap_compare, store) -> None:  # noqa: ANN001
    async def run_before(pilot) -> None:  # noqa: ANN001
        await pilot.press("5", "t")
        await chips_checked(pilot)

    assert snap_compare(demo_app(store), terminal_size=(200, 50), run_before=run_before)


def test_history_chart_at_60x20(snap_compare, store) -> None:  # noqa: ANN001
    async def run_before(pilot) -> None:  # noqa: ANN001
        await pilot.press("t")
        await chips_checked(pilot)

    assert snap_compare(history_app(store), terminal_size=(60, 20), run_before=run_before)
