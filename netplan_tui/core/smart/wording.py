"""The wording of reasons: dates, amounts of work, the offered answers."""

from __future__ import annotations

import re
from datetime import date

from netplan_tui.core.dates import MONTH_NAMES, long_date

from .analysis import (
    _Analysis,
)
from .lexicon import (
    _ACTIVITY,
    _PURPOSE,
)
from .text import (
    _lazy,
    _quote,
)


def _fmt(day: date) -> str:
    return long_date(day)


def _fmt_short(day: date) -> str:
    return f"{MONTH_NAMES[day.month - 1]} {day.day}"


def _work(hours: float) -> str:
    """Estimated work: "About 6 h of work", or "Under an hour of work" when small."""
    return "Under an hour of work" if hours < 1 else f"About {hours:.0f} h of work"


#: A deadline word left at the end of the action phrase once the date is cut off.
_TRAILING_PREP = _lazy(r"(?:\s+(?:by|before|until|till|til|through|thru|no\s+later\s+than"
                       r"|prior\s+to|ahead\s+of|due|within|in|over|during|for|on|at|the|end"
                       r"|of|this|next|no))+$", re.IGNORECASE)


def _hints(a: _Analysis) -> dict[str, str]:
    relevance = a.relevance_hint
    hints: dict[str, str] = {}
    if a.action is not None:
        start = a.action.start
        stop = len(a.text)
        for hit in a.dates + a.vague_time:
            if hit.start > start:
                stop = min(stop, hit.start)
        purpose = _PURPOSE.search(a.masked, start)
        if purpose:
            stop = min(stop, purpose.start())
        piece = _TRAILING_PREP.sub("", a.text[start:stop].strip(" ,;.!?")).strip(" ,;.!?")
        hints["specific"] = _quote(piece, 0, len(piece), 80)
    if a.target is not None:
        unit = a.unit or ""
        measure = f"{a.target} {unit}".strip()
        if a.cadence and a.cadence_quote:
            measure += f" ({a.cadence_quote})"
        hints["measurable"] = measure
    if a.target is not None and a.activity is not None and a.window_end:
        minutes = _ACTIVITY[a.activity][1] * (1 if a.per_person else a.target)
        hints["achievable"] = f"{_work(minutes / 60)} by {_fmt_short(a.window_end)}"
    if relevance:
        hints["relevant"] = relevance
    if a.deadline is not None:
        hints["time_bound"] = f"By {_fmt(a.deadline)}"
    elif a.cadence_quote:
        hints["time_bound"] = f"{a.cadence_quote[:1].upper()}{a.cadence_quote[1:]} (no end date)"
    return hints
