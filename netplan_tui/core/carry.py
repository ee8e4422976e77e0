"""Carrying an unfinished goal into another month, with a date that belongs there.

Pure (no I/O). A carried goal gets a deadline inside its new month and a text
that says the same date:

* when the sentence already reads right in the new month ("by the end of the
  month", "this month", "within two weeks"), only the deadline moves;
* when it names a date of the old month ("by November 20", "30 Nov", "2026-11-30",
  "end of November"), the date is moved by the same offset (the 20th stays the
  20th, the last day becomes the last day, clamped to shorter months) or, when
  that day has already gone by, to the new month's end; the rewritten sentence is
  checked again and kept only when the checker reads the new date from it;
* otherwise (a date it cannot rewrite safely, such as "11/30") the goal is carried
  as a draft: the text as it was, no deadline, and a pace of ``needs date`` until
  the person gives it one (:func:`netplan_tui.core.months.needs_new_date`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from netplan_tui.core import smart
from netplan_tui.core.dates import (
    MONTH_ABBRS,
    MONTH_NAMES,
    month_days,
    month_end,
    parse_month,
    shift_month,
)
from netplan_tui.core.models import Goal
from netplan_tui.core.months import (
    carried_ids,
    in_month,
    needs_new_date,
    own_deadline,
    remaining,
)

__all__ = ["carry_over", "moved_deadline", "needs_new_date", "plan_carry_over", "rewrite_dates"]

_MONTH = (
    r"(?P<mon>" + "|".join(MONTH_NAMES) + r"|Sept|" + "|".join(a for a in MONTH_ABBRS if a != "May")
    + r")(?P<dot>\.)?"
)
_DAY = r"(?P<day>\d{1,2})(?P<suffix>st|nd|rd|th)?"
_YEAR = r"(?:(?P<sep>,?\s+)(?P<year>\d{4})\b)?"
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?P<of>of\s+)?{_MONTH}(?![A-Za-z]){_YEAR}")
_MONTH_DAY = re.compile(rf"\b{_MONTH}(?![A-Za-z])(?:(?P<gap>\s+){_DAY}\b)?{_YEAR}")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b")


def _month_number(name: str) -> int:
    name = name.lower()[:3]
    return [a.lower() for a in MONTH_ABBRS].index(name) + 1


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _new_day(day: int, old: str, new: str, to_end: bool) -> int:
    if to_end or day >= month_days(old):
        return month_days(new)
    return min(day, month_days(new))


def rewrite_dates(text: str, old: str, new: str, to_end: bool = False) -> str:
    """``text`` with every date of month ``old`` moved into month ``new``.

    Days keep their number (clamped to the new month; the old month's last day
    becomes the new month's last day), or all become the new month's last day with
    ``to_end``. Month names keep their form (``November``/``Nov``/``Nov.``), years
    written out follow. Dates of other months are left as they are.
    """
    old_year, old_month = parse_month(old)
    new_year, new_month = parse_month(new)

    def name(written: str, dot: str | None) -> str:
        full = MONTH_NAMES[new_month - 1]
        if written in MONTH_NAMES:
            return full
        return MONTH_ABBRS[new_month - 1] + (dot or "")

    def ours(match: re.Match[str]) -> bool:
        if _month_number(match["mon"]) != old_month:
            return False
        year = match["year"]
        return year is None or int(year) == old_year

    def day_text(match: re.Match[str]) -> str:
        day = _new_day(int(match["day"]), old, new, to_end)
        return f"{day}{_ordinal(day) if match['suffix'] else ''}"

    def year_text(match: re.Match[str]) -> str:
        return f"{match['sep']}{new_year}" if match["year"] else ""

    def day_month(match: re.Match[str]) -> str:
        if not ours(match):
            return match[0]
        of = match["of"] or ""
        return f"{day_text(match)} {of}{name(match['mon'], match['dot'])}{year_text(match)}"

    def month_day(match: re.Match[str]) -> str:
        if not ours(match):
            return match[0]
        out = name(match["mon"], match["dot"])
        if match["day"]:
            out += f"{match['gap']}{day_text(match)}"
        return out + year_text(match)

    def iso(match: re.Match[str]) -> str:
        if (int(match["year"]), int(match["mon"])) != (old_year, old_month):
            return match[0]
        day = _new_day(int(match["day"]), old, new, to_end)
        return f"{new_year:04d}-{new_month:02d}-{day:02d}"

    text = _ISO.sub(iso, text)
    text = _DAY_MONTH.sub(day_month, text)
    return _MONTH_DAY.sub(month_day, text)


def moved_deadline(goal: Goal, new: str, today: date) -> date | None:
    """The goal's own deadline moved into month ``new`` (``None`` when it has none).

    Same day of the month (the last day stays the last day, clamped to shorter
    months); the new month's end when that day is already past.
    """
    own = own_deadline(goal)
    if own is None:
        return None
    try:
        last = own == month_end(goal.month)
    except ValueError:
        last = False
    days = month_days(new)
    year, month = parse_month(new)
    moved = date(year, month, days if last else min(own.day, days))
    return month_end(new) if moved < today else moved


def _usable(day: date | None, new: str, today: date) -> bool:
    if day is None or not in_month(day, new):
        return False
    return day >= today or month_end(new) < today


def _read_deadline(text: str, new: str, today: date) -> date | None:
    return smart.check(text, today, smart.PlanContext(month=new)).deadline


def carry_over(goal: Goal, today: date, to_month: str | None = None) -> Goal:
    """A copy of an unfinished goal for ``to_month`` (default: the next month).

    The copy keeps what is left of the target, starts with no progress, points to
    the original through ``carried_from`` and has a deadline inside its month with
    a text that says it, or no deadline (a draft that asks for a date, see the
    module rules). The original is not touched.
    """
    new = to_month or shift_month(goal.month, 1)
    left = remaining(goal)
    text, deadline = goal.text, None
    found = _read_deadline(text, new, today)
    if _usable(found, new, today):
        deadline = found
    elif found is not None:
        for to_end in (False, True):
            candidate = rewrite_dates(goal.text, goal.month, new, to_end)
            if candidate == goal.text:
                continue
            found = _read_deadline(candidate, new, today)
            if _usable(found, new, today):
                text, deadline = candidate, found
                break
    else:
        # The sentence names no date: the goal's own deadline (if any) moves alone.
        deadline = moved_deadline(goal, new, today)
    return replace(
        goal,
        month=new,
        text=text,
        target=left if left else goal.target,
        progress=0,
        done=False,
        done_on=None,
        deadline=deadline.isoformat() if deadline else None,
        answers=dict(goal.answers),
        order=0,
        created=today.isoformat(),
        carried_from=goal.id,
        id=None,
    )


def plan_carry_over(
    goals: Iterable[Goal],
    decisions: dict[int, str],
    existing: Iterable[Goal],
    today: date,
    to_month: str | None = None,
) -> list[Goal]:
    """New goals for the decisions ``carry``/``rewrite``; goals carried before are skipped."""
    already = carried_ids(existing)
    out = []
    for goal in goals:
        if goal.id is None or goal.done or goal.id in already:
            continue
        if decisions.get(goal.id) in ("carry", "rewrite"):
            out.append(carry_over(goal, today, to_month))
    return out
