"""Screen 5 on the 10,000-contact / 5-year plan: the checker's context is read in a
thread, the SMART marks come when it is done, and a save does not blank them."""

from __future__ import annotations

from benchmarks.bench_freeze import scale_app
from benchmarks.bench_scale import TODAY
from netplan_tui.tui.screens.goals import GoalsScreen
from tests.conftest import reopen
from tests.helpers.wait import wait_for


def marked(screen: GoalsScreen) -> bool:
    """Every goal of the month shown has its SMART marks."""
    return bool(screen.goals) and all(
        screen._verdict_key(goal, TODAY) in screen._verdicts for goal in screen.goals
    )


async def test_marks_come_from_a_thread_and_stay_through_a_save(tmp_path):
    app = scale_app(tmp_path, TODAY)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, GoalsScreen), what="screen 5")
        screen = app.screen
        await pilot.press("t")  # this month: six goals
        await wait_for(pilot, lambda: marked(screen), what="the marks", bound=30)
        assert screen._plan_context is not None
        goal = screen.selected_goal()
        assert goal is not None and goal.id is not None
        done_before = goal.done
        await pilot.press("space")  # a save: the month is loaded again
        await wait_for(pilot, lambda: screen.selected_goal().done != done_before,
                       what="checked off")
        assert marked(screen)  # the marks shown stay while the context is read again
        await wait_for(pilot, lambda: screen._plan_context is not None, what="context again",
                       bound=30)
        assert marked(screen)
    store = reopen(app.store)
    assert next(g for g in store.goals() if g.id == goal.id).done != done_before
