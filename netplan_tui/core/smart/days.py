"""Days: the goal's month (the calendar a goal is judged against) and date arithmetic."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from netplan_tui.core.dates import MONTH_NAMES, planning_month

from .result import RECENT_PAST_DAYS, PlanContext

_MONTH_FULL = MONTH_NAMES


class _Calendar:
    """Today and the goal's month."""

    __slots__ = ("today", "month_start", "month_end", "key", "start")

    def __init__(self, today: date, month_start: date, month_end: date) -> None:
        self.today = today
        self.month_start = month_start
        self.month_end = month_end
        self.key = f"{month_start.year:04d}-{month_start.month:02d}"
        #: Where the goal's time starts: the month's first day, or today within it.
        self.start = max(today, month_start)

    @property
    def suggested_end(self) -> date:
        """A deadline to propose: the month's end, never today or a past day."""
        if self.month_end > self.today:
            return self.month_end
        return self.today + timedelta(days=7)


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def _month_end(year: int, month: int) -> date:
    return date(year, month, _days_in(year, month))


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, _days_in(year, month)))


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200):
        return None
    last = _days_in(year, month)
    if day > last:
        if month == 2 and day == 29:  # February 29 in a common year: its last day
            return date(year, month, last)
        return None
    return date(year, month, day)


def _yearless(cal: _Calendar, month: int, day: int) -> date | None:
    """The date of ``month``/``day`` nearest ahead, or a recent past date."""
    this = _safe_date(cal.today.year, month, day)
    if this is None:
        return None
    if this >= cal.today or (cal.today - this).days <= RECENT_PAST_DAYS:
        return this
    return _safe_date(cal.today.year + 1, month, day)


def _week_end(day: date, weeks: int = 0) -> date:
    return day + timedelta(days=6 - day.weekday() + 7 * weeks)


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _goal_month(today: date, context: PlanContext) -> _Calendar:
    return _calendar(today, context.month)


@lru_cache(maxsize=64)
def _calendar(today: date, key: str | None) -> _Calendar:
    """The goal's month: the context's, else the month being planned (next month during
    the last week of a month, the rule of the Goals screen). Calendars are not changed
    once made, so one is kept per day and month."""
    year, month = (int(x) for x in planning_month(today).split("-"))
    start = date(year, month, 1)
    if key:
        m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", key)
        if m and 1 <= int(m[2]) <= 12 and 1900 <= int(m[1]) <= 2200:
            start = date(int(m[1]), int(m[2]), 1)
    return _Calendar(today, start, _month_end(start.year, start.month))
