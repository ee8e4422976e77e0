"""A month's goals as an iCalendar file (RFC 5545), for any calendar app.

Pure and standard library only: the small subset of the format we need is
written here by hand, and ``tests/test_ics.py`` reads it back with the
``icalendar`` library. What comes out:

* lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character;
* one all-day ``VEVENT`` per goal, on the goal's deadline (its own, or the last
  day of its month);
* a ``UID`` per goal that stays the same from one export to the next, so
  importing the file again updates the events instead of adding copies;
* the goal's sentence as the title, the sentence, target and progress in the
  description; user text is cleaned of control characters and escaped;
* optionally a reminder at 09:00 the day before, for goals not done yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone

from netplan_tui import __version__
from netplan_tui.core import months
from netplan_tui.core.dates import long_date, month_label
from netplan_tui.core.models import Goal
from netplan_tui.core.text import clean

MAX_OCTETS = 75
CRLF = "\r\n"
PRODID = f"-//netplan-tui//netplan-tui {__version__}//EN"
UID_DOMAIN = "netplan-tui"
#: The reminder fires this long before the all-day event starts (midnight):
#: 15 hours before is 09:00 the day before.
REMINDER = "-PT15H"


def plain(value: object) -> str:
    """User text with ``\\n`` line ends and no control or format characters."""
    raw = "" if value is None else str(value)
    return clean(raw.replace("\r\n", "\n").replace("\r", "\n"))


def escape_text(value: object) -> str:
    """``value`` as an RFC 5545 TEXT value: ``\\ ; ,`` and newlines escaped."""
    text = plain(value)
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets (continuations start with one space).

    The cut never falls inside a UTF-8 multi-byte character: an emoji or a CJK
    character stays whole on one line.
    """
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return line
    parts: list[str] = []
    start, limit = 0, MAX_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, MAX_OCTETS - 1  # the leading space takes one octet
    return "\r\n ".join(parts)


def goal_uid(goal: Goal) -> str:
    """The goal's stable identifier: its record id and the day it was written."""
    made = (goal.created or goal.month or "").replace("-", "")
    return f"goal-{goal.id}-{made}@{UID_DOMAIN}"


def _date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _stamp(moment: datetime) -> str:
    utc = moment.astimezone(timezone.utc) if moment.tzinfo else moment
    return utc.strftime("%Y%m%dT%H%M%SZ")


def describe(goal: Goal) -> str:
    """The event's description: the sentence, target, progress, deadline, state."""
    lines = [f"Goal: {goal.text.strip()}"]
    unit = " ".join(plain(goal.unit).split())
    if goal.target:
        target = f"{goal.target} {unit}".strip()
        lines.append(f"Target: {target}")
        lines.append(f"Progress: {goal.progress} of {goal.target}")
    deadline = months.deadline_of(goal)
    end_of_month = "" if goal.deadline else " (end of the month)"
    lines.append(f"Deadline: {long_date(deadline)}{end_of_month}")
    lines.append("Done." if goal.done else "Not done yet.")
    month = month_label(goal.month, long=True)
    lines.append(f"SMART networking goal for {month}, from netplan-tui.")
    return "\n".join(lines)


def _event(goal: Goal, stamp: str, reminder: bool) -> list[str]:
    day = months.deadline_of(goal)
    title = " ".join(plain(goal.text).split()) or "Networking goal"
    if goal.done:
        title = f"✓ {title}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{goal_uid(goal)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(day)}",
        f"DTEND;VALUE=DATE:{_date(day + timedelta(days=1))}",
        f"SUMMARY:{escape_text(title)}",
        f"DESCRIPTION:{escape_text(describe(goal))}",
        "TRANSP:TRANSPARENT",
        "CATEGORIES:Networking goal",
    ]
    if reminder and not goal.done:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text('Due tomorrow: ' + title)}",
            f"TRIGGER;RELATED=START:{REMINDER}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def render_ics(
    goals: Sequence[Goal],
    month: str,
    now: datetime,
    *,
    reminder: bool = True,
) -> str:
    """The goals of ``month`` as an iCalendar file (``now`` stamps each event)."""
    stamp = _stamp(now)
    chosen = sorted(
        (g for g in goals if g.month == month), key=lambda g: (g.order, g.id or 0)
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text('Networking goals ' + month_label(month, long=True))}",
    ]
    for goal in chosen:
        lines += _event(goal, stamp, reminder)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
