"""Month rules: pace, overdue, days left at month boundaries; summaries, streak, carry-over."""

from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netplan_tui.core import carry
from netplan_tui.core import months as m
from netplan_tui.core.models import Goal, month_key

D = date


def goal(month: str = "2026-11", **kw: object) -> Goal:
    return Goal(month=month, text="Message 4 recruiters on LinkedIn", **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------ month keys
@pytest.mark.parametrize(
    ("key", "start", "end", "days"),
    [
        ("2026-11", D(2026, 11, 1), D(2026, 11, 30), 30),
        ("2026-12", D(2026, 12, 1), D(2026, 12, 31), 31),
        ("2026-02", D(2026, 2, 1), D(2026, 2, 28), 28),
        ("2028-02", D(2028, 2, 1), D(2028, 2, 29), 29),
        ("2100-02", D(2100, 2, 1), D(2100, 2, 28), 28),
    ],
)
def test_month_bounds(key: str, start: date, end: date, days: int) -> None:
    assert m.month_start(key) == start
    assert m.month_end(key) == end
    assert m.month_days(key) == days


@pytest.mark.parametrize(
    ("key", "n", "expected"),
    [
        ("2026-11", 1, "2026-12"),
        ("2026-12", 1, "2027-01"),
        ("2027-01", -1, "2026-12"),
        ("2026-11", -23, "2024-12"),
        ("2026-11", 0, "2026-11"),
    ],
)
def test_shift_month(key: str, n: int, expected: str) -> None:
    assert m.shift_month(key, n) == expected


@pytest.mark.parametrize(
    "bad", ["", "2026", "2026-13", "2026-00", "26-11", "2026-1", "abcd-ef", "2026-11-01"]
)
def test_parse_month_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        m.parse_month(bad)
    assert not m.is_month_key(bad)


def test_month_label() -> None:
    assert m.month_label("2026-11") == "Nov 2026"
    assert m.month_label("2026-11", long=True) == "November 2026"


@given(st.integers(2000, 2200), st.integers(1, 12), st.integers(-500, 500))
def test_shift_round_trip(year: int, month: int, n: int) -> None:
    key = f"{year:04d}-{month:02d}"
    assert m.shift_month(m.shift_month(key, n), -n) == key
    assert m.shift_month(key, 1) == month_key(m.month_end(key) + timedelta(days=1))


# ------------------------------------------------------------------ last week / review
@pytest.mark.parametrize(
    ("key", "today", "last_week", "review"),
    [
        ("2026-11", D(2026, 11, 23), False, False),
        ("2026-11", D(2026, 11, 24), True, True),
        ("2026-11", D(2026, 11, 30), True, True),
        ("2026-11", D(2026, 12, 1), False, True),
        ("2026-02", D(2026, 2, 21), False, False),
        ("2026-02", D(2026, 2, 22), True, True),
        ("2028-02", D(2028, 2, 22), False, False),
        ("2028-02", D(2028, 2, 23), True, True),
        ("2026-12", D(2026, 11, 28), False, False),
    ],
)
def test_last_week_and_review(key: str, today: date, last_week: bool, review: bool) -> None:
    assert m.in_last_week(key, today) is last_week
    assert m.review_open(key, today) is review


# ------------------------------------------------------------------ pace rules
END = "2026-11-30"  # a counted goal's own deadline: the month's end
PACE_CASES = [
    # (goal fields, today, days_left, overdue, pace)
    ({"target": 30, "deadline": END}, D(2026, 11, 1), 29, False, "on track"),  # nothing past
    ({"target": 30, "deadline": END}, D(2026, 11, 2), 28, False, "behind"),  # expects 1
    ({"target": 4, "progress": 0, "deadline": END}, D(2026, 11, 15), 15, False, "behind"),
    ({"target": 4, "progress": 1, "deadline": END}, D(2026, 11, 15), 15, False, "on track"),
    ({"target": 4, "progress": 3, "deadline": END}, D(2026, 11, 29), 1, False, "on track"),
    ({"target": 4, "progress": 2, "deadline": END}, D(2026, 11, 29), 1, False, "behind"),
    ({"target": 4, "progress": 3, "deadline": END}, D(2026, 11, 30), 0, False, "due today"),
    ({"target": 4, "progress": 4, "done": True}, D(2026, 11, 30), 0, False, "done"),
    ({"target": 4, "progress": 3}, D(2026, 12, 1), -1, True, "overdue"),  # day after
    ({"target": 4, "progress": 4, "done": True}, D(2027, 1, 5), -36, False, "done"),
    ({}, D(2026, 11, 29), 1, False, "no deadline"),  # no target, no deadline: no pace
    ({"target": 4}, D(2026, 11, 15), 15, False, "no deadline"),
    ({}, D(2026, 11, 30), 0, False, "due today"),  # the month's end bounds it
    ({}, D(2026, 12, 1), -1, True, "overdue"),
    ({"deadline": "2026-11-15"}, D(2026, 11, 14), 1, False, "not done"),  # no number
    ({"deadline": "2026-11-15", "target": 2}, D(2026, 11, 15), 0, False, "due today"),
    ({"deadline": "2026-11-15", "target": 2, "progress": 2}, D(2026, 11, 15), 0, False,
     "due today"),
    ({"deadline": "2026-11-15"}, D(2026, 11, 16), -1, True, "overdue"),
    ({"target": 3, "deadline": END}, D(2026, 10, 20), 41, False, "on track"),  # not started
    ({"target": 5, "created": "2026-11-28", "deadline": END}, D(2026, 11, 28), 2, False,
     "on track"),  # a new goal
    ({"target": 5, "created": "2026-11-28", "deadline": END}, D(2026, 11, 29), 1, False,
     "behind"),  # 5*1/3 -> 1
    ({"target": 5, "progress": 1, "created": "2026-11-28", "deadline": END}, D(2026, 11, 29), 1,
     False, "on track"),
    ({"deadline": "not a date", "target": 2}, D(2026, 11, 30), 0, False, "due today"),
    ({"deadline": "2026-12-05", "target": 2}, D(2026, 11, 20), 15, False, "needs date"),
]


@pytest.mark.parametrize(("fields", "today", "left", "overdue", "pace"), PACE_CASES)
def test_pace_rules(fields: dict, today: date, left: int, overdue: bool, pace: str) -> None:
    g = goal(**fields)
    assert m.days_left(g, today) == left
    assert m.is_overdue(g, today) is overdue
    assert m.pace(g, today) == pace


@pytest.mark.parametrize(
    ("month", "today", "target", "progress", "pace"),
    [
        ("2026-02", D(2026, 2, 1), 28, 0, "on track"),  # first day
        ("2026-02", D(2026, 2, 2), 28, 0, "behind"),  # 28 * 1/28 = 1
        ("2026-02", D(2026, 2, 2), 28, 1, "on track"),
        ("2026-02", D(2026, 2, 27), 28, 25, "behind"),  # the day before expects 26
        ("2026-02", D(2026, 2, 27), 28, 26, "on track"),
        ("2026-02", D(2026, 2, 28), 28, 27, "due today"),
        ("2026-02", D(2026, 3, 1), 28, 27, "overdue"),
        ("2028-02", D(2028, 2, 29), 29, 28, "due today"),  # leap day is still in time
        ("2028-02", D(2028, 2, 28), 29, 27, "on track"),
        ("2028-02", D(2028, 3, 1), 29, 28, "overdue"),
    ],
)
def test_pace_in_february(month: str, today: date, target: int, progress: int, pace: str) -> None:
    end = m.month_end(month).isoformat()
    assert m.pace(goal(month, target=target, progress=progress, deadline=end), today) == pace


@pytest.mark.parametrize(
    ("fields", "today", "label"),
    [
        ({}, D(2026, 11, 28), "2 days left"),
        ({}, D(2026, 11, 29), "1 day left"),
        ({}, D(2026, 11, 30), "due today"),
        ({}, D(2026, 12, 1), "1 day late"),
        ({}, D(2026, 12, 3), "3 days late"),
        ({"done": True}, D(2026, 12, 3), ""),
    ],
)
def test_days_left_label(fields: dict, today: date, label: str) -> None:
    assert m.days_left_label(goal(**fields), today) == label


@given(
    st.integers(1, 50),
    st.integers(0, 60),
    st.dates(min_value=D(2026, 10, 1), max_value=D(2027, 1, 31)),
)
def test_pace_properties(target: int, progress: int, today: date) -> None:
    g = goal(target=target, progress=progress, deadline="2026-11-30")
    p = m.pace(g, today)
    assert p in m.PACES
    assert 0 <= m.expected_progress(g, today) <= target
    if progress >= target and today < D(2026, 11, 30):
        assert p == "on track"
    if today == D(2026, 11, 30):
        assert p == "due today"
    if today > D(2026, 11, 30):
        assert p == "overdue"


@pytest.mark.parametrize(
    ("progress", "target", "bar"),
    [(0, 5, "░░░░░"), (3, 5, "███░░"), (5, 5, "█████"), (9, 5, "█████"), (1, 0, "")],
)
def test_progress_bar(progress: int, target: int, bar: str) -> None:
    assert m.progress_bar(progress, target, width=5) == bar


# ------------------------------------------------------------------ changes
def test_progress_reaching_target_checks_off_and_back() -> None:
    g = goal(target=2, progress=1, id=7)
    events = m.change_progress(g, 1, D(2026, 11, 28))
    assert [e.kind for e in events] == ["progress", "done"]
    assert g.done and g.done_on == "2026-11-28" and g.progress == 2
    assert events[0].goal_id == 7 and events[0].delta == 1 and events[0].progress == 2
    events = m.change_progress(g, -1, D(2026, 11, 29))
    assert [e.kind for e in events] == ["progress", "undone"]
    assert not g.done and g.done_on is None


def test_progress_never_below_zero_and_no_event_without_change() -> None:
    g = goal(target=3)
    assert m.change_progress(g, -1, D(2026, 11, 28)) == []
    assert g.progress == 0


def test_hand_checked_goal_stays_done_when_progress_drops_below_target() -> None:
    g = goal(target=5, progress=3, id=1)
    m.toggle_done(g, D(2026, 11, 28))
    assert g.done
    events = m.change_progress(g, -1, D(2026, 11, 28))
    assert [e.kind for e in events] == ["progress"] and g.done


def test_toggle_records_event() -> None:
    g = goal(id=3)
    (event,) = m.toggle_done(g, D(2026, 11, 28))
    assert (event.kind, event.day, g.done) == ("done", "2026-11-28", True)
    (event,) = m.toggle_done(g, D(2026, 11, 28))
    assert (event.kind, g.done, g.done_on) == ("undone", False, None)


@given(st.lists(st.integers(-3, 3), max_size=30), st.integers(1, 10))
def test_progress_events_add_up(deltas: list[int], target: int) -> None:
    g = goal(target=target, id=1)
    total = 0
    for delta in deltas:
        for event in m.change_progress(g, delta, D(2026, 11, 28)):
            if event.kind == "progress":
                total += event.delta
                assert event.progress == g.progress
    assert total == g.progress >= 0
    assert g.done == (g.progress >= target)


# ------------------------------------------------------------------ summary and streak
def month_goals(month: str, done: int, total: int) -> list[Goal]:
    return [goal(month, done=i < done) for i in range(total)]


def test_summary_and_status_line() -> None:
    today = D(2026, 12, 20)
    goals = [
        goal("2026-12", done=True),
        goal("2026-12", done=True, target=1, progress=1),
        goal("2026-12", target=10, progress=1, deadline="2026-12-31"),  # expects 6: behind
        goal("2026-12", deadline="2026-12-10"),  # overdue
        goal("2026-11"),
    ]
    s = m.summarize("2026-12", goals, today)
    assert (s.goals, s.done, s.behind, s.overdue, s.percent) == (4, 2, 1, 1, 50)
    assert s.line() == "Dec 2026: 2/4 goals done (50%)"
    assert m.status_line("2026-12", goals, today) == "Dec 2026: 2/4 goals done, 1 behind, 1 overdue"
    assert m.status_line("2027-01", goals, today) == "Jan 2027: no goals yet — run netplan-tui"
    assert m.summarize("2027-01", goals, today).completion is None
    assert m.summarize("2027-01", goals, today).line() == "Jan 2027: no goals"


@pytest.mark.parametrize(
    ("history", "today", "expected"),
    [
        ({}, D(2026, 11, 28), 0),
        ({"2026-10": (3, 3), "2026-09": (4, 4)}, D(2026, 11, 28), 2),
        ({"2026-10": (3, 3), "2026-09": (4, 4), "2026-11": (1, 3)}, D(2026, 11, 28), 2),
        ({"2026-10": (3, 3), "2026-09": (4, 4), "2026-11": (3, 3)}, D(2026, 11, 28), 3),
        ({"2026-10": (2, 2), "2026-09": (4, 4)}, D(2026, 11, 28), 0),  # fewer than three
        ({"2026-10": (3, 4), "2026-09": (4, 4)}, D(2026, 11, 28), 0),  # not all done
        ({"2026-10": (3, 3), "2026-08": (4, 4)}, D(2026, 11, 28), 1),  # gap in September
        ({"2026-12": (3, 3), "2026-11": (3, 3)}, D(2027, 1, 1), 2),  # across a year
    ],
)
def test_streak(history: dict[str, tuple[int, int]], today: date, expected: int) -> None:
    goals = [g for month, (done, total) in history.items() for g in month_goals(month, done, total)]
    assert m.streak(goals, today) == expected


# ------------------------------------------------------------------ carry-over
def test_carry_over_leaves_the_old_month_intact() -> None:
    old = goal(target=5, progress=2, id=11, deadline="2026-11-30", answers={"specific": "x"})
    before = copy.deepcopy(old)
    new = carry.carry_over(old, D(2026, 11, 30))
    assert old == before
    assert (new.month, new.target, new.progress, new.done) == ("2026-12", 3, 0, False)
    assert (new.carried_from, new.id, new.created) == (11, None, "2026-11-30")
    assert new.deadline == "2026-12-31"  # its own deadline moved: the last day stays the last
    assert new.text == old.text and new.answers == old.answers
    new.answers["specific"] = "changed"
    assert old.answers == {"specific": "x"}


def test_carry_over_without_target_and_across_year() -> None:
    new = carry.carry_over(goal("2026-12", id=2), D(2026, 12, 31))
    assert (new.month, new.target, new.deadline) == ("2027-01", None, None)
    assert m.pace(new, D(2027, 1, 5)) == "needs date"


def test_plan_carry_over_skips_done_dropped_and_already_carried() -> None:
    goals = [goal(id=1, target=3, progress=1), goal(id=2), goal(id=3, done=True), goal(id=4)]
    existing = [goal("2026-12", carried_from=4, id=20)]
    decisions = {1: "carry", 2: "drop", 3: "carry", 4: "rewrite"}
    before = copy.deepcopy(goals)
    out = carry.plan_carry_over(goals, decisions, existing, D(2026, 11, 30))
    assert [(g.carried_from, g.target) for g in out] == [(1, 2)]
    assert goals == before


@pytest.mark.parametrize(
    ("fields", "outcome"),
    [({"done": True}, "done"), ({"progress": 1, "target": 3}, "partly"), ({}, "not")],
)
def test_default_outcome(fields: dict, outcome: str) -> None:
    assert m.default_outcome(goal(**fields)) == outcome


@pytest.mark.parametrize(
    ("fields", "today", "expected"),
    [
        ({"created": "2026-11-20"}, D(2026, 11, 28), D(2026, 11, 20)),
        ({}, D(2026, 11, 28), D(2026, 11, 1)),
        ({"created": "2026-12-20"}, D(2026, 11, 28), D(2026, 11, 28)),
    ],
)
def test_reference_day(fields: dict, today: date, expected: date) -> None:
    assert m.reference_day(goal(**fields), today) == expected
