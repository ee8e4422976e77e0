"""Days and months: the one home of month keys, month names and month arithmetic.

Pure and standard library only. A month is named by its ``YYYY-MM`` key.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

#: Month names, January first (``MONTH_NAMES[0]``), independent of the locale.
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
MONTH_ABBRS = tuple(name[:3] for name in MONTH_NAMES)

#: The review and next month's planning open this many days before a month ends.
LAST_WEEK_DAYS = 7


def parse_iso_date(value: str | None) -> date | None:
    """Return the date of an ISO ``YYYY-MM-DD`` string, or ``None`` for empty."""
    if not value:
        return None
    return date.fromisoformat(value)


def month_key(day: date) -> str:
    """The ``YYYY-MM`` key of the month that holds ``day``."""
    return f"{day.year:04d}-{day.month:02d}"


def parse_month(key: str) -> tuple[int, int]:
    """``(year, month)`` of a ``YYYY-MM`` key; ``ValueError`` when it is not one."""
    parts = key.split("-") if isinstance(key, str) else []
    if len(parts) != 2 or len(parts[0]) != 4 or len(parts[1]) != 2:
        raise ValueError(f"not a month (YYYY-MM): {key!r}")
    if not (parts[0].isdigit() and parts[1].isdigit()):
        raise ValueError(f"not a month (YYYY-MM): {key!r}")
    year, month = int(parts[0]), int(parts[1])
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        raise ValueError(f"not a month (YYYY-MM): {key!r}")
    return year, month


def is_month_key(key: object) -> bool:
    try:
        parse_month(key)  # type: ignore[arg-type]
    except ValueError:
        return False
    return True


def month_start(key: str) -> date:
    year, month = parse_month(key)
    return date(year, month, 1)


def month_days(key: str) -> int:
    year, month = parse_month(key)
    return calendar.monthrange(year, month)[1]


def month_end(key: str) -> date:
    year, month = parse_month(key)
    return date(year, month, month_days(key))


def end_of_month(day: date) -> date:
    """The last day of the month that holds ``day``."""
    return month_end(month_key(day))


def shift_month(key: str, months: int) -> str:
    """The month ``months`` after ``key`` (negative: before)."""
    year, month = parse_month(key)
    index = year * 12 + (month - 1) + months
    if not (12 <= index <= 9999 * 12 + 11):
        raise ValueError("month out of range")
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_label(key: str, long: bool = False) -> str:
    """``Nov 2026`` (or ``November 2026`` with ``long``)."""
    year, month = parse_month(key)
    names = MONTH_NAMES if long else MONTH_ABBRS
    return f"{names[month - 1]} {year}"


def long_date(day: date) -> str:
    """``December 31, 2026``."""
    return f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


def short_date(day: date, year: int | None = None) -> str:
    """``Dec 31``, with the year when it differs from ``year``."""
    text = f"{MONTH_ABBRS[day.month - 1]} {day.day}"
    return text if day.year == year else f"{text}, {day.year}"


def days_to_month_end(key: str, today: date) -> int:
    return (month_end(key) - today).days


def in_last_week(key: str, today: date) -> bool:
    """True in the last seven days of month ``key`` (its last day included)."""
    return 0 <= days_to_month_end(key, today) < LAST_WEEK_DAYS


def review_opens_on(key: str) -> date:
    """First day on which the month-end review of ``key`` can be done."""
    return month_end(key) - timedelta(days=LAST_WEEK_DAYS - 1)


def planning_month(today: date) -> str:
    """The month being planned: next month during the last week of a month, else this one.

    The exercise sets goals "for next month"; in a month's last seven days (its last
    day included) that is the month to plan. This is the one rule shared by the
    Goals screen, drafted goals, the goal editor, ``check``, ``goal add`` and exports.
    """
    current = month_key(today)
    return shift_month(current, 1) if in_last_week(current, today) else current


def moment(day: date) -> datetime:
    """``day`` at the current time of day: the "now" of a run whose today is ``day``.

    Safety copies and backups are stamped with it, so ``--today`` dates them too.
    """
    return datetime.combine(day, datetime.now().time())
