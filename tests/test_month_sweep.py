"""Calendar sweep: every day of 2026 and 2027 as "today", goals due on the first, the last
and the 29th-31st of their month. Pace, carry-over and the month being planned never give
a date outside the goal's month, nor a past deadline marked on track."""

from __future__ import annotations

from datetime import date, timedelta

from netplan_tui.core import carry, gap, months
from netplan_tui.core.dates import (
    MONTH_NAMES,
    month_days,
    month_end,
    month_key,
    month_start,
    planning_month,
    shift_month,
)
from netplan_tui.core.models import Goal

FIRST, END = date(2026, 1, 1), date(2028, 1, 1)
DAYS = [FIRST + timedelta(days=n) for n in range((END - FIRST).days)]
GREEN = {months.PACE_ON_TRACK, months.PACE_BEHIND, months.PACE_NOT_DONE}


def goals_of(month: str) -> list[Goal]:
    """A goal due on each of the 1st, the 29th-31st (where they exist) and the last day."""
    name = MONTH_NAMES[int(month[5:]) - 1]
    out = []
    for day in sorted({1, 29, 30, 31, month_days(month)}):
        if day > month_days(month):
            continue
        due = date(int(month[:4]), int(month[5:]), day)
        out.append(Goal(month=month, text=f"Attend 2 Python meetups by {name} {day}",
                        target=2, progress=1, deadline=due.isoformat(), id=day,
                        created=month_start(month).isoformat()))
    return out


def inside(day: date, month: str) -> bool:
    return month_start(month) <= day <= month_end(month)


def test_sweep_pace_and_planning_month() -> None:
    checked = 0
    for today in DAYS:
        plan = planning_month(today)
        assert plan in (month_key(today), shift_month(month_key(today), 1))
        assert (plan != month_key(today)) == ((month_end(month_key(today)) - today).days < 7)
        draft = gap.draft_deadline(today)
        assert inside(draft, plan) and draft >= today
        for month in (shift_month(month_key(today), -1), month_key(today), plan):
            for goal in goals_of(month):
                pace = months.pace(goal, today)
                deadline = months.deadline_of(goal)
                assert inside(deadline, goal.month)
                if pace in GREEN:
                    assert deadline > today, (today, goal, pace)
                if deadline == today:
                    assert pace == months.PACE_DUE_TODAY
                if deadline < today:
                    assert pace == months.PACE_OVERDUE
                checked += 1
    assert checked > 7_000


def test_sweep_carry_over() -> None:
    carried = 0
    for today in DAYS[::3] + [d for d in DAYS if d.day >= 28 or d.day <= 2]:
        for month in (shift_month(month_key(today), -1), month_key(today)):
            for goal in goals_of(month):
                new = carry.carry_over(goal, today)
                assert new.month == shift_month(month, 1)
                if new.deadline is None:
                    assert carry.needs_new_date(new)
                    assert months.pace(new, today) == months.PACE_NEEDS_DATE
                    continue
                deadline = date.fromisoformat(new.deadline)
                assert inside(deadline, new.month), (today, goal.text, new.text, deadline)
                if month_end(new.month) >= today:
                    assert deadline >= today, (today, goal.text, new.text, deadline)
                assert MONTH_NAMES[int(new.month[5:]) - 1] in new.text
                if months.pace(new, today) in GREEN:
                    assert deadline > today
                carried += 1
    assert carried > 1_000
