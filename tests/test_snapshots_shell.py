"""Snapshots of the shell and screen 1 (other screens pin theirs in their own files)."""

from __future__ import annotations

from netplan_tui.core.models import Plan
from tests.conftest import make_test_app
from tests.helpers.wait import settled, wait_for


def test_goal_picker_first_run(snap_compare, store):
    assert snap_compare(make_test_app(store), terminal_size=(100, 30))


def test_goal_picker_filled(snap_compare, store):
    store.save_plan(
        Plan(
            primary_goal="job_search",
            secondary_goals=["online_presence", "custom"],
            custom_goal="Find a mentor in data engineering [bold]",
            vision="include five people who hire remote Python developers",
            weekly_hours=4,
            dream_jobs="Backend developer at GitLab or Shopify",
            onboarding_done=True,
        )
    )
    assert snap_compare(make_test_app(store), terminal_size=(100, 30), press=["1"])


def test_goal_picker_errors(snap_compare, store):
    async def run_before(pilot) -> None:
        # The screen's own first focus comes first; then the hours field's.
        await settled(pilot)
        hours = pilot.app.screen.query_one("#hours")
        hours.focus()
        await wait_for(pilot, lambda: pilot.app.focused is hours, what="the hours field focused")
        # Each focus scrolls the form with an animation: each ends before the next key.
        await pilot.wait_for_scheduled_animations()
        hours.value = "99"
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        await settled(pilot)
        await pilot.wait_for_scheduled_animations()
        await pilot.press("end", "enter")
        await settled(pilot)  # every key delivered and handled, whatever the load
        await wait_for(pilot, lambda: "cannot be empty" in str(
            pilot.app.screen.query_one("#custom-error").render()), what="the own-goal error")
        await settled(pilot)
        await pilot.wait_for_scheduled_animations()
        await settled(pilot)

    assert snap_compare(make_test_app(store), terminal_size=(100, 30), run_before=run_before)


def test_help_screen(snap_compare, fixed_store):
    assert snap_compare(make_test_app(fixed_store), terminal_size=(100, 30), press=["escape", "f1"])


def test_goal_picker_small_terminal(snap_compare, store):
    assert snap_compare(make_test_app(store), terminal_size=(60, 20))


def test_too_small_message(snap_compare, store):
    assert snap_compare(make_test_app(store), terminal_size=(30, 8))
