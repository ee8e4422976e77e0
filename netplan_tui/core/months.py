"""Monthly goal checklists: month arithmetic, pace, summaries, streaks, carry-over.

Pure: no Textual, no I/O. Every function takes "today" as an argument so the
rules can be tested at month boundaries.

Rules
-----
* A goal's **deadline** is its own ``deadline`` or, without one, the last day of
  its month.
* **Days left** counts calendar days from today to the deadline (0 on the
  deadline itself, negative after it).
* A goal is **overdue** when it is not done and today is past its deadline.
* **Pace** says only what the goal's own deadline and target can support:

  - ``done`` once checked off;
  - ``needs date`` when its own deadline lies outside its month, or when it was
    carried over without a date (see :mod:`netplan_tui.core.carry`);
  - ``overdue`` after the deadline, ``due today`` on it (the month's last day
    bounds a goal without a deadline of its own);
  - ``no deadline`` for a goal without a deadline of its own, ``not done`` for a
    goal with a deadline but no number: there is no pace to judge;
  - for a counted goal with a deadline, ``behind`` when its progress is below the
    share of its target that the days already past ask for (rounded down:
    ``floor(target × days past / days)``), else ``on track``. Time runs from the
    start of the goal's month (or the day the goal was written, if later) to the
    deadline, both days included; today is not past yet, so a new goal is never
    behind on its first day.

  So ``on track`` and ``behind`` only ever stand beside a date inside the goal's
  month that is still ahead.
* A month **counts for the streak** when it has at least three goals and all of
  them are done. The streak is the run of such months ending with the latest
  finished month; the current month adds one when it already counts, and does
  not break the streak while it is still running.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from netplan_tui.core.dates import (  # noqa: F401  (the month vocabulary, re-exported)
    LAST_WEEK_DAYS,
    days_to_month_end,
    in_last_week,
    is_month_key,
    month_days,
    month_end,
    month_key,
    month_label,
    month_start,
    parse_iso_date,
    parse_month,
    planning_month,
    review_opens_on,
    shift_month,
    short_date,
)
from netplan_tui.core.models import TARGET_MAX, Goal, ProgressEvent

MIN_GOALS = 3  # the exercise asks for at least three goals a month

PACE_DONE = "done"
PACE_OVERDUE = "overdue"
PACE_BEHIND = "behind"
PACE_ON_TRACK = "on track"
PACE_DUE_TODAY = "due today"
PACE_NOT_DONE = "not done"
PACE_NO_DEADLINE = "no deadline"
PACE_NEEDS_DATE = "needs date"
PACES = (
    PACE_DONE,
    PACE_OVERDUE,
    PACE_DUE_TODAY,
    PACE_BEHIND,
    PACE_ON_TRACK,
    PACE_NOT_DONE,
    PACE_NO_DEADLINE,
    PACE_NEEDS_DATE,
)

OUTCOMES = ("done", "partly", "not")
DECISIONS = ("carry", "rewrite", "drop")


# ----------------------------------------------------------------- month keys
def review_open(key: str, today: date) -> bool:
    return today >= review_opens_on(key)


# ----------------------------------------------------------------- one goal
def own_deadline(goal: Goal) -> date | None:
    """The goal's own deadline (``None`` without one, or when it is not a date)."""
    try:
        return parse_iso_date(goal.deadline)
    except (ValueError, TypeError):
        return None


def in_month(day: date, key: str) -> bool:
    return month_start(key) <= day <= month_end(key)


def deadline_of(goal: Goal) -> date:
    """The goal's deadline, or the last day of its month when it has none."""
    return own_deadline(goal) or month_end(goal.month)


def needs_new_date(goal: Goal) -> bool:
    """An open goal whose own deadline is outside its month, or a carried goal without one."""
    if goal.done:
        return False
    own = own_deadline(goal)
    if own is None:
        return goal.carried_from is not None
    return not in_month(own, goal.month)


def start_of(goal: Goal) -> date:
    """Where the goal's time runs from: its month's first day, or its creation if later."""
    start = month_start(goal.month)
    try:
        created = parse_iso_date(goal.created)
    except ValueError:
        created = None
    if created is not None and start < created <= deadline_of(goal):
        return created
    return start


def days_left(goal: Goal, today: date) -> int:
    """Days from today to the deadline: 0 on the day, negative once past."""
    return (deadline_of(goal) - today).days


def is_overdue(goal: Goal, today: date) -> bool:
    return not goal.done and today > deadline_of(goal)


def elapsed_share(goal: Goal, today: date) -> float:
    """Share of the goal's days already past, today not included (0.0 to 1.0)."""
    start, end = start_of(goal), deadline_of(goal)
    if today < start:
        return 0.0
    if end < start:
        return 1.0
    total = (end - start).days + 1
    return min(1.0, (today - start).days / total)


def expected_progress(goal: Goal, today: date) -> int:
    """How many of the target should be done by today to stay on pace."""
    if not goal.target:
        return 0
    return math.floor(goal.target * elapsed_share(goal, today) + 1e-9)


def pace(goal: Goal, today: date) -> str:
    """One of :data:`PACES` (see the module rules); the screen, CLI, export and status use it."""
    if goal.done:
        return PACE_DONE
    if needs_new_date(goal):
        return PACE_NEEDS_DATE
    left = days_left(goal, today)
    if left < 0:
        return PACE_OVERDUE
    if left == 0:
        return PACE_DUE_TODAY
    if own_deadline(goal) is None:
        return PACE_NO_DEADLINE
    if not goal.target:
        return PACE_NOT_DONE
    if goal.progress < expected_progress(goal, today):
        return PACE_BEHIND
    return PACE_ON_TRACK


def remaining(goal: Goal) -> int | None:
    """What is left of a counted goal's target (``None`` without a target)."""
    if not goal.target:
        return None
    return max(goal.target - goal.progress, 0)


def progress_bar(progress: int, target: int, width: int = 8) -> str:
    """A small bar such as ``███░░░░░``; full at or above the target."""
    if target <= 0 or width <= 0:
        return ""
    filled = min(width, math.floor(width * max(progress, 0) / target + 1e-9))
    return "█" * filled + "░" * (width - filled)


def days_left_in_month(key: str, today: date) -> int:
    """Days of month ``key`` still to come, today included (1 on its last day)."""
    return (month_end(key) - today).days + 1


def days_word(days: int) -> str:
    """``1 day``, ``5 days``."""
    return "1 day" if days == 1 else f"{days} days"


def days_left_label(goal: Goal, today: date) -> str:
    """``3 days left``, ``today``, ``1 day late``… (empty once done)."""
    if goal.done:
        return ""
    left = days_left(goal, today)
    if left == 0:
        return "due today"
    if left == 1:
        return "1 day left"
    if left > 1:
        return f"{left} days left"
    return "1 day late" if left == -1 else f"{-left} days late"


# ----------------------------------------------------------------- changes
def _event(goal: Goal, today: date, kind: str, delta: int = 0) -> ProgressEvent:
    return ProgressEvent(
        goal_id=goal.id or 0, day=today.isoformat(), kind=kind, progress=goal.progress, delta=delta
    )


def _set_done(goal: Goal, done: bool, today: date) -> ProgressEvent:
    goal.done = done
    goal.done_on = today.isoformat() if done else None
    return _event(goal, today, "done" if done else "undone")


def change_progress(goal: Goal, delta: int, today: date) -> list[ProgressEvent]:
    """Add ``delta`` to a goal's progress (never below 0) and return the events to record.

    Reaching the target checks the goal off; falling back below it unchecks a
    goal that was checked. Changes ``goal`` in place; returns no event when
    nothing changed.
    """
    new = min(max(goal.progress + delta, 0), TARGET_MAX * 10)
    if new == goal.progress:
        return []
    before = goal.progress
    goal.progress = new
    events = [_event(goal, today, "progress", new - before)]
    if goal.target:
        if not goal.done and before < goal.target <= new:
            events.append(_set_done(goal, True, today))
        elif goal.done and new < goal.target <= before:
            events.append(_set_done(goal, False, today))
    return events


def toggle_done(goal: Goal, today: date) -> list[ProgressEvent]:
    """Check a goal off by hand, or uncheck it; returns the event to record."""
    return [_set_done(goal, not goal.done, today)]


# ----------------------------------------------------------------- a month
@dataclass(frozen=True)
class MonthSummary:
    month: str
    goals: int
    done: int
    behind: int
    overdue: int
    due_today: int = 0

    @property
    def completion(self) -> float | None:
        """Share of goals done (``None`` for a month without goals)."""
        return self.done / self.goals if self.goals else None

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.goals) if self.goals else 0

    @property
    def complete(self) -> bool:
        """At least three goals, all done: the month counts for the streak."""
        return self.goals >= MIN_GOALS and self.done == self.goals

    def line(self) -> str:
        """``Nov 2026: 3/4 goals done (75%)`` or ``Nov 2026: no goals``."""
        label = month_label(self.month)
        if not self.goals:
            return f"{label}: no goals"
        noun = "goal" if self.goals == 1 else "goals"
        return f"{label}: {self.done}/{self.goals} {noun} done ({self.percent}%)"


def summarize(month: str, goals: Iterable[Goal], today: date) -> MonthSummary:
    """Counts of the goals of ``month`` (goals of other months are ignored)."""
    own = [g for g in goals if g.month == month]
    paces = [pace(g, today) for g in own]
    return MonthSummary(
        month=month,
        goals=len(own),
        done=sum(1 for g in own if g.done),
        behind=paces.count(PACE_BEHIND),
        overdue=paces.count(PACE_OVERDUE),
        due_today=paces.count(PACE_DUE_TODAY),
    )


def summaries(goals: Iterable[Goal], today: date) -> dict[str, MonthSummary]:
    """A summary for every month that holds goals, oldest first."""
    by_month: dict[str, list[Goal]] = {}
    for goal in goals:
        by_month.setdefault(goal.month, []).append(goal)
    return {m: summarize(m, by_month[m], today) for m in sorted(by_month)}


def streak(goals: Iterable[Goal], today: date) -> int:
    """Consecutive months with at least three goals all done (see the module rules)."""
    by_month = summaries(goals, today)
    current = month_key(today)
    count = 1 if current in by_month and by_month[current].complete else 0
    month = shift_month(current, -1)
    while month in by_month and by_month[month].complete:
        count += 1
        month = shift_month(month, -1)
    return count


def status_line(month: str, goals: Sequence[Goal], today: date) -> str:
    """One line for a shell prompt: ``Dec 2026: 2/4 goals done, 1 behind, 1 overdue``."""
    summary = summarize(month, goals, today)
    label = month_label(month)
    if not summary.goals:
        return f"{label}: no goals yet — run netplan-tui"
    noun = "goal" if summary.goals == 1 else "goals"
    parts = [f"{label}: {summary.done}/{summary.goals} {noun} done"]
    if summary.behind:
        parts.append(f"{summary.behind} behind")
    if summary.due_today:
        parts.append(f"{summary.due_today} due today")
    if summary.overdue:
        parts.append(f"{summary.overdue} overdue")
    return ", ".join(parts)


def reference_day(goal: Goal, today: date) -> date:
    """The day a stored goal is judged from: when it was written (never after today)."""
    try:
        created = parse_iso_date(goal.created)
    except ValueError:
        created = None
    day = created or month_start(goal.month)
    return min(day, today)


# ----------------------------------------------------------------- review
def default_outcome(goal: Goal) -> str:
    """The review's first guess: done, partly (some progress) or not."""
    if goal.done:
        return "done"
    if goal.progress > 0:
        return "partly"
    return "not"


def carried_ids(goals: Iterable[Goal]) -> set[int]:
    """Ids of goals that already have a carried copy."""
    return {g.carried_from for g in goals if g.carried_from is not None}


def apply_outcomes(
    goals: Iterable[Goal], outcomes: dict[str, str], today: date
) -> list[tuple[Goal, list[ProgressEvent]]]:
    """The goals whose done state the review's answers change, as copies with their events.

    "Done" checks an open goal off (dated today: a late check-off counts for its own
    month); "partly" or "not done" unchecks a goal that was checked. Other goals are
    left out; ``goals`` are not touched.
    """
    changed = []
    for goal in goals:
        outcome = outcomes.get(str(goal.id))
        if outcome is None or (outcome == "done") == goal.done:
            continue
        copy = replace(goal, answers=dict(goal.answers))
        changed.append((copy, [_set_done(copy, outcome == "done", today)]))
    return changed


# ----------------------------------------------------------------- warnings
def deadline_warning(goal: Goal) -> str | None:
    """A coach's word on a deadline outside the goal's month (``None`` when it is inside)."""
    own = own_deadline(goal)
    if own is None or in_month(own, goal.month):
        return None
    label = month_label(goal.month, long=True)
    start, end = month_start(goal.month), month_end(goal.month)
    return (
        f"The deadline {short_date(own, end.year)} is outside {label}: "
        f"pick a day from {short_date(start, end.year)} to {short_date(end, end.year)}."
    )


def month_being_planned(today: date) -> str:
    """:func:`planning_month`, or this month when the next one is past the calendar's end."""
    try:
        return planning_month(today)
    except ValueError:
        return month_key(today)


def month_warning(month: str, today: date) -> str | None:
    """A word on adding goals to ``month``: it is over, or it ends while the next is planned."""
    label = month_label(month, long=True)
    planned = month_being_planned(today)
    if month_end(month) < today:
        return (
            f"{label} is over: a goal added now cannot be worked on in its month. "
            f"The month being planned is {month_label(planned, long=True)}."
        )
    if month == month_key(today) and planned != month:
        left = days_left_in_month(month, today)
        return (
            f"{label} has {days_word(left)} left: in a month's last week the plan is for "
            f"next month, {month_label(planned, long=True)}."
        )
    return None


def goal_warnings(goal: Goal, today: date) -> list[str]:
    """What a coach would say about a goal being added or edited (empty when all is well)."""
    found = [deadline_warning(goal)]
    if not goal.done:
        found.append(month_warning(goal.month, today))
    return [w for w in found if w]


def few_goals_warning(month: str, count: int) -> str | None:
    """``None`` from three goals up; else a reminder of the exercise's three goals."""
    if count >= MIN_GOALS:
        return None
    label = month_label(month, long=True)
    noun = "goal" if count == 1 else "goals"
    return (
        f"{label} has {count} {noun}, fewer than {MIN_GOALS}: "
        f"the exercise asks for at least {MIN_GOALS} SMART goals a month."
    )
