"""Issue 13, in the core: honest pace, review answers that count, carry-over that rewrites,
coach's warnings, and one rule for the month being planned."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from netplan_tui.core import carry, gap, months
from netplan_tui.core.context import build_context
from netplan_tui.core.dates import planning_month
from netplan_tui.core.models import Goal, Plan

D = date
NOV30 = D(2026, 11, 30)


def goal(month: str = "2026-11", text: str = "Message 4 recruiters on LinkedIn", **kw) -> Goal:  # noqa: ANN003
    return Goal(month=month, text=text, **kw)


# ------------------------------------------------------------------ pace that cannot lie
@pytest.mark.parametrize(
    ("fields", "today", "pace"),
    [
        # 1 of 2, due that day: not "on track"
        ({"target": 2, "progress": 1, "deadline": "2026-11-30"}, NOV30, "due today"),
        ({"target": 2, "progress": 1, "deadline": "2026-11-20"}, D(2026, 11, 20), "due today"),
        ({"target": 2, "progress": 1, "deadline": "2026-11-20"}, D(2026, 11, 21), "overdue"),
        # no number and no deadline: no pace
        ({}, D(2026, 11, 10), "no deadline"),
        ({"target": 5}, D(2026, 11, 10), "no deadline"),
        ({"deadline": "2026-11-25"}, D(2026, 11, 10), "not done"),
        # the month's end still bounds a goal without a deadline
        ({}, NOV30, "due today"),
        ({}, D(2026, 12, 1), "overdue"),
        # a deadline outside the goal's month is never on track
        ({"month": "2026-12", "deadline": "2026-11-30", "target": 3}, D(2026, 11, 20),
         "needs date"),
        ({"month": "2026-12", "deadline": "2026-11-30", "target": 3}, D(2026, 12, 2),
         "needs date"),
        ({"target": 4, "progress": 3, "deadline": "2026-11-30"}, D(2026, 11, 15), "on track"),
        ({"target": 4, "progress": 0, "deadline": "2026-11-30"}, D(2026, 11, 15), "behind"),
        ({"done": True, "deadline": "2026-11-30"}, D(2026, 12, 15), "done"),
    ],
)
def test_pace_tells_the_truth(fields: dict, today: date, pace: str) -> None:
    fields = dict(fields)
    month = fields.pop("month", "2026-11")
    assert months.pace(goal(month, **fields), today) == pace


def test_a_carried_goal_without_a_date_asks_for_one() -> None:
    g = goal("2026-12", carried_from=4)
    assert months.pace(g, D(2026, 12, 5)) == "needs date"
    assert carry.needs_new_date(g)


# ------------------------------------------------------------------ the month being planned
@pytest.mark.parametrize(
    ("today", "deadline"),
    [
        (D(2026, 11, 23), D(2026, 11, 30)),
        (D(2026, 11, 24), D(2026, 12, 31)),
        (NOV30, D(2026, 12, 31)),
    ],
)
def test_draft_deadline_follows_the_planning_month(today: date, deadline: date) -> None:
    assert gap.draft_deadline(today) == deadline
    assert months.month_key(deadline) == planning_month(today)


def test_export_and_copy_default_to_the_planning_month() -> None:
    from netplan_tui.core.export import collect

    class FakeStore:
        def get_review(self, month: str) -> None:
            return None

        def get_plan(self) -> Plan:
            return Plan()

        def qualities(self) -> list:
            return []

        contacts = goals = qualities

    assert collect(FakeStore(), NOV30).month == "2026-12"


# ------------------------------------------------------------------ review answers count
def test_review_answers_change_the_goals() -> None:
    goals = [
        goal(id=1, target=2, progress=1),
        goal(id=2, done=True, done_on="2026-11-20"),
        goal(id=3),
    ]
    before = copy.deepcopy(goals)
    changes = months.apply_outcomes(goals, {"1": "done", "2": "not", "3": "partly"}, NOV30)
    assert goals == before  # copies are returned
    by_id = {g.id: (g, events) for g, events in changes}
    assert set(by_id) == {1, 2}
    done, events = by_id[1]
    assert (done.done, done.done_on) == (True, "2026-11-30")
    assert [(e.kind, e.day) for e in events] == [("done", "2026-11-30")]
    undone, _ = by_id[2]
    assert (undone.done, undone.done_on) == (False, None)
    after = [by_id.get(g.id, (g, []))[0] for g in goals]
    assert months.summarize("2026-11", after, NOV30).done == 1
    ctx = build_context(Plan(), [], [], after, "2026-12", NOV30)
    assert ctx.completion_rate == pytest.approx(1 / 3)


# ------------------------------------------------------------------ carry-over that rewrites
@pytest.mark.parametrize(
    ("text", "deadline", "new_text", "new_deadline"),
    [
        ("Attend 2 Python meetups by November 30", "2026-11-30",
         "Attend 2 Python meetups by December 31", "2026-12-31"),
        ("Ask Ana for an introduction by Nov 20", "2026-11-20",
         "Ask Ana for an introduction by Dec 20", "2026-12-20"),
        ("Attend 2 meetups by 30 November 2026", "2026-11-30",
         "Attend 2 meetups by 31 December 2026", "2026-12-31"),
        ("Message 5 recruiters on LinkedIn by the end of the month", "2026-11-30",
         "Message 5 recruiters on LinkedIn by the end of the month", "2026-12-31"),
        ("Comment on 10 posts by data engineers this month", None,
         "Comment on 10 posts by data engineers this month", "2026-12-31"),
    ],
)
def test_carry_over_moves_the_deadline_and_rewrites_the_text(
    text: str, deadline: str | None, new_text: str, new_deadline: str
) -> None:
    old = goal(text=text, deadline=deadline, target=5, progress=2, id=7)
    before = copy.deepcopy(old)
    new = carry.carry_over(old, NOV30)
    assert old == before
    assert (new.month, new.text, new.deadline) == ("2026-12", new_text, new_deadline)
    assert (new.target, new.progress, new.carried_from, new.id) == (3, 0, 7, None)
    assert not carry.needs_new_date(new)
    assert months.pace(new, NOV30) != "needs date"


def test_carry_over_that_cannot_rewrite_is_a_draft_asking_for_a_date() -> None:
    old = goal(text="Attend 2 meetups by 11/30", deadline="2026-11-30", id=7)
    new = carry.carry_over(old, NOV30)
    assert new.text == old.text and new.deadline is None
    assert carry.needs_new_date(new)
    assert months.pace(new, D(2026, 12, 10)) == "needs date"


def test_carry_over_late_in_the_new_month_uses_its_end() -> None:
    old = goal(text="Ask Ana for an introduction by November 10", deadline="2026-11-10", id=7)
    new = carry.carry_over(old, D(2026, 12, 20))
    assert (new.text, new.deadline) == (
        "Ask Ana for an introduction by December 31", "2026-12-31")


def test_carry_over_across_the_year_and_into_february() -> None:
    new = carry.carry_over(goal("2026-12", text="Attend 1 meetup by December 31",
                                deadline="2026-12-31", id=1), D(2026, 12, 31))
    assert (new.month, new.text, new.deadline) == ("2027-01", "Attend 1 meetup by January 31",
                                                    "2027-01-31")
    new = carry.carry_over(goal("2027-01", text="Attend 1 meetup by January 30",
                                deadline="2027-01-30", id=1), D(2027, 1, 31))
    assert (new.month, new.deadline) == ("2027-02", "2027-02-28")
    assert new.text == "Attend 1 meetup by February 28"


# ------------------------------------------------------------------ warnings
def test_warnings_where_a_coach_would_speak_up() -> None:
    outside = months.goal_warnings(goal("2026-12", deadline="2026-11-30"), NOV30)
    assert any("outside December 2026" in w for w in outside)
    over = months.goal_warnings(goal("2026-10"), NOV30)
    assert any("October 2026 is over" in w for w in over)
    ending = months.goal_warnings(goal("2026-11", deadline="2026-11-30"), NOV30)
    assert any("December 2026" in w for w in ending)
    assert months.goal_warnings(goal("2026-12", deadline="2026-12-15"), NOV30) == []
    assert "fewer than 3" in (months.few_goals_warning("2026-12", 2) or "")
    assert months.few_goals_warning("2026-12", 3) is None
