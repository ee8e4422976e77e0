"""Snapshots of the dialogs and small-terminal states not pinned by the screen test files."""

from __future__ import annotations

from netplan_tui.core.demo import fill_demo
from netplan_tui.core.models import Plan
from tests.conftest import TODAY, make_test_app


def demo_app(store):
    fill_demo(store, TODAY)
    return make_test_app(store)


def test_command_palette(snap_compare, store):
    assert snap_compare(demo_app(store), terminal_size=(100, 30), press=["ctrl+p"])


def test_quality_suggestions_first_visit(snap_compare, store):
    store.save_plan(Plan(primary_goal="community", onboarding_done=True))
    assert snap_compare(make_test_app(store), terminal_size=(100, 30), press=["2"])


def test_delete_contact_confirmation(snap_compare, store):
    assert snap_compare(demo_app(store), terminal_size=(100, 30), press=["3", "d"])


def test_gap_who_matches(snap_compare, store):
    assert snap_compare(demo_app(store), terminal_size=(100, 30), press=["4", "enter"])


def test_goals_at_60x20(snap_compare, store):
    assert snap_compare(demo_app(store), terminal_size=(60, 20), press=["5", "t"])


def test_goal_editor_at_60x20(snap_compare, store):
    assert snap_compare(demo_app(store), terminal_size=(60, 20), press=["5", "t", "e"])


def test_empty_month_with_banner(snap_compare, store):
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True))
    assert snap_compare(make_test_app(store), terminal_size=(100, 30), press=["5"])


def test_review_final_page(snap_compare, store):
    assert snap_compare(
        demo_app(store), terminal_size=(100, 30), press=["5", "r", "ctrl+s"]
    )
