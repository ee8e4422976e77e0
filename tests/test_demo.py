"""The demo plan: realistic content, relative dates, and the demo command's safety rules."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netplan_tui import cli
from netplan_tui.core import demo, gap, months
from netplan_tui.core.models import (
    QUALITY_CATEGORIES,
    STRENGTH_MAX,
    STRENGTH_MIN,
    WHERE_MET,
    Contact,
    month_key,
)
from netplan_tui.data import paths
from netplan_tui.data.store import Store, check_file, list_backups
from tests.conftest import TODAY

CURRENT = month_key(TODAY)


@pytest.fixture
def filled(store: Store) -> Store:
    demo.fill_demo(store, TODAY)
    return store


def test_plan_is_a_junior_developer_aiming_at_remote_roles(filled: Store) -> None:
    plan = filled.get_plan()
    assert plan.primary_goal == "job_search"
    assert plan.secondary_goals == ["online_presence"]
    assert plan.weekly_hours == 4
    assert plan.vision and plan.dream_jobs and plan.onboarding_done
    assert len([line for line in plan.changes.splitlines() if line.startswith("- ")]) >= 4


def test_qualities_cover_every_category_with_dream_companies(filled: Store) -> None:
    qualities = filled.qualities()
    assert 13 <= len(qualities) <= 16
    assert {q.category for q in qualities} == set(QUALITY_CATEGORIES)
    companies = [q.name for q in qualities if q.category == "companies"]
    assert sum(name in filled.get_plan().dream_jobs for name in companies) >= 2
    assert [q.order for q in qualities] == list(range(len(qualities)))


def test_contacts_are_varied_and_plausible(filled: Store) -> None:
    contacts = filled.contacts()
    assert len(contacts) >= 40
    names = [c.name for c in contacts]
    assert len(set(names)) == len(names)
    assert len({c.name.split()[-1] for c in contacts}) >= 38  # varied family names
    assert len({c.company for c in contacts}) >= 30
    assert len({c.location.split(",")[-1].strip() for c in contacts}) >= 15
    assert {c.where_met for c in contacts} == set(WHERE_MET)
    assert {c.strength for c in contacts} == set(range(STRENGTH_MIN, STRENGTH_MAX + 1))
    for contact in contacts:
        assert date.fromisoformat(contact.last_contact) <= TODAY
        assert date.fromisoformat(contact.first_contact) <= date.fromisoformat(
            contact.last_contact
        )
        assert contact.role and contact.location and contact.skills


def test_gap_analysis_has_met_partial_and_missing_rows(filled: Store) -> None:
    report = gap.analyse(filled.qualities(), filled.contacts())
    assert {row.status for row in report.rows} == {"met", "partial", "missing"}
    assert 0.5 < report.coverage < 1.0


def test_three_months_of_goals(filled: Store) -> None:
    assert filled.months() == [months.shift_month(CURRENT, -2),
                               months.shift_month(CURRENT, -1), CURRENT]
    for month in filled.months()[:2]:
        goals = filled.goals(month)
        assert len(goals) >= 3
        assert sum(g.done for g in goals) >= len(goals) - 1  # complete-ish
        review = filled.get_review(month)
        assert review is not None and review.summary
        assert set(review.outcomes) == {str(g.id) for g in goals}
        assert set(review.outcomes.values()) <= set(months.OUTCOMES)


def test_current_month_is_in_progress(filled: Store) -> None:
    goals = filled.goals(CURRENT)
    paces = Counter(months.pace(g, TODAY) for g in goals)
    assert len(goals) >= 4
    assert paces == {"done": 1, "behind": 1, "on track": len(goals) - 2}
    carried = [g for g in goals if g.carried_from is not None]
    assert carried and filled.get_goal(carried[0].carried_from).month < CURRENT


def test_every_goal_has_answers_target_deadline_and_matching_events(filled: Store) -> None:
    events = filled.events()
    for goal in filled.goals():
        assert goal.target and goal.unit and goal.deadline and goal.created
        assert set(goal.answers) == {"specific", "measurable", "achievable", "relevant",
                                     "time_bound"}
        assert all(answer.strip() for answer in goal.answers.values())
        own = [e for e in events if e.goal_id == goal.id]
        assert sum(e.delta for e in own if e.kind == "progress") == goal.progress
        assert [e.kind for e in own].count("done") == int(goal.done)
        assert all(e.day <= TODAY.isoformat() for e in own)
        assert goal.done == (goal.progress >= goal.target)


def test_current_goals_pass_the_smart_check(filled: Store) -> None:
    smart = pytest.importorskip("netplan_tui.core.smart")
    from netplan_tui.core.context import context_from_store

    context = context_from_store(filled, CURRENT, TODAY)
    for goal in filled.goals(CURRENT):
        result = smart.check(goal.text, TODAY, context)
        failing = {k: c.reason for k, c in result.criteria.items() if c.status == "fail"}
        assert result.smart, (goal.text, failing)
        assert result.target == goal.target
        assert result.deadline == date.fromisoformat(goal.deadline)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)))
def test_demo_dates_make_sense_for_any_today(today: date) -> None:
    built = demo.build(today)
    current = month_key(today)
    assert {g.goal.month for g in built.goals} == {
        months.shift_month(current, -2), months.shift_month(current, -1), current
    }
    for item in built.goals:
        goal = item.goal
        assert date.fromisoformat(goal.created) <= today
        assert 0 <= goal.progress <= goal.target
        assert len(item.steps) == goal.progress
        assert all(step <= today for step in item.steps)
        if goal.done_on:
            assert date.fromisoformat(goal.done_on) <= today
        if goal.month == current:
            assert date.fromisoformat(goal.deadline) >= today
            assert months.pace(goal, today) != "overdue"
    for review in built.reviews:
        assert review.reviewed_on <= today


# ------------------------------------------------------------------ the command


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main([*argv, "--today", TODAY.isoformat()])
    out, err = capsys.readouterr()
    return status, out, err


def test_demo_command_fills_an_empty_directory(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "demo")
    assert status == 0
    assert "15 qualities, 42 contacts, 11 goals over 3 months" in out
    with Store(data_dir) as store:
        assert len(store.contacts()) == 42


def test_demo_refuses_a_directory_that_holds_a_plan(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(data_dir) as store:
        store.add_contact(Contact(name="My real contact"))
    before = paths.data_file(data_dir).read_bytes()
    status, out, err = run(capsys, "demo")
    assert status == 1
    assert "already holds a plan" in err and "--force" in err
    assert paths.data_file(data_dir).read_bytes() == before
    assert not [p for p in list_backups(data_dir) if "before-demo" in p.name]


def test_demo_force_backs_up_first_then_replaces_everything(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(data_dir) as store:
        store.add_contact(Contact(name="My real contact"))
        store.set_setting("theme", "nord")
        before = store.snapshot()
    status, out, _ = run(capsys, "demo", "--force")
    assert status == 0
    kept = [p for p in list_backups(data_dir) if p.name.startswith("netplan-before-demo-")]
    assert len(kept) == 1 and str(kept[0]) in out
    check_file(kept[0])
    assert json.loads(kept[0].read_text("utf-8")) == before
    with Store(data_dir) as store:
        names = [c.name for c in store.contacts()]
        assert "My real contact" not in names and len(names) == 42


def test_demo_twice_with_force_gives_the_same_plan(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "demo")[0] == 0
    with Store(data_dir) as store:
        first = store.snapshot()
    assert run(capsys, "demo", "--force")[0] == 0
    with Store(data_dir) as store:
        assert store.snapshot() == first


def test_relative_dates_follow_today() -> None:
    later = demo.build(TODAY + timedelta(days=40))
    assert {g.goal.month for g in later.goals} == {"2026-11", "2026-12", "2027-01"}
