"""The analysis, second half: the main count, the activity, the window, the target."""

from __future__ import annotations

from datetime import date, timedelta

from .analysis import (
    _activity_of,
    _Analysis,
    _choose_main,
    _Count,
    _find_actions,
    _find_cadence,
    _find_channel,
    _find_counts,
    _find_named,
    _find_persons,
    _find_time,
    _singular,
    _unit_after,
)
from .days import (
    _goal_month,
)
from .lexicon import (
    _ACTION_BY_WORD,
    _ALL_OF,
    _BINARY_DELIVERABLE,
    _BINARY_TRIGGERS,
    _HEDGE,
    _HEDGE_TRIGGERS,
    _OUTCOME,
    _OUTCOME_TRIGGERS,
    _PURPOSE,
    _QUANTITY_TRIGGERS,
    _VAGUE_QUANTITY,
)
from .numbers import (
    _NOISE_HINT,
    _NOISE_RULES,
    _PAST_HINT,
    _PAST_REF,
    _VERSION,
    _version_like,
)
from .people import _find_contacts
from .result import (
    MAX_JUDGED_CHARS,
    PlanContext,
)
from .sentences import (
    _ALNUM,
    _BOUNDARY,
)
from .text import (
    _blank,
    _clean,
    _lazy,
    _lower,
    _quote,
    _tokens,
    display_unit,
)
from .timex import (
    _DIGIT_HINT,
    _RATE_COUNT_BEFORE,
    _RATE_WORDS,
)


def _periods(period: str, weekday: int, start: date, end: date) -> float:
    days = (end - start).days + 1
    if days <= 0:
        return 1.0
    if weekday >= 0:
        first = start + timedelta(days=(weekday - start.weekday()) % 7)
        return float(max(1, (end - first).days // 7 + 1)) if first <= end else 1.0
    if period == "day":
        return float(days)
    if period == "2day":
        return float(max(1, round(days / 2)))
    if period == "weekday":
        full, rest = divmod(days, 7)
        count = full * 5
        for i in range(rest):
            if (start + timedelta(days=full * 7 + i)).weekday() < 5:
                count += 1
        return float(max(1, count))
    if period == "week":
        return float(max(1, round(days / 7)))
    if period == "fortnight":
        return float(max(1, round(days / 14)))
    if period == "2month":
        return float(max(1, round(days / 61)))
    return float(max(1, round(days / 30)))


def _window(a: _Analysis) -> tuple[date, date]:
    cal = a.cal
    if a.deadline and a.deadline < cal.month_start:
        start = cal.today
    else:
        start = max(cal.today, cal.month_start)
    end = a.deadline if a.deadline and a.deadline >= start else max(cal.month_end, start)
    return start, end


_SECOND_CLAUSE = _lazy(r"\band\s+(?:then\s+)?(?P<verb>[a-z]+)\b")


_CLAUSE_VERBS = frozenset("""
engage interact like follow read study practise practice check keep stay support learn spend
react upvote star watch listen
""".split())


def _rate_of_another_clause(a: _Analysis, main: _Count) -> bool:
    """True when the rate belongs to a later verb, not to the count before it
    ("follow 20 leaders and engage with them daily")."""
    if a.cadence_start <= main.end or main.kind != "count":
        return False
    for m in _SECOND_CLAUSE.finditer(a.masked, main.end, a.cadence_start):
        if m["verb"] in _ACTION_BY_WORD or m["verb"] in _CLAUSE_VERBS:
            return not _RATE_COUNT_BEFORE.search(a.masked, m.end(), a.cadence_start)
    return False


def _compute_target(a: _Analysis) -> None:
    start, end = _window(a)
    a.window_days = (end - start).days + 1
    a.window_end = end
    main = a.main
    concrete = a.action is not None and a.action.cls not in ("weak",)
    if main is None and a.cadence and concrete:
        main = a.main = _Count(0, 0, 1, "single", "", "", 0)
    if main is None:
        return
    value = main.value
    own_rate = a.cadence_count >= 0 and a.cadence_count != main.start
    if a.cadence and main.kind != "percent" and not (own_rate and main.kind == "count") and (
            not _rate_of_another_clause(a, main)):
        bounded = _FOR_PERIODS.search(a.low)
        unit = bounded and bounded["u"]
        if bounded and (unit == a.cadence or unit == "day" and a.cadence == "weekday"):
            value *= _word_count(bounded["n"])  # "a day for 5 days": 5, not the month's days
        else:
            value *= _periods(a.cadence, a.cadence_weekday, start, end)
    if main.kind == "effort":
        hours = value / 60 if main.head.startswith("min") else value
        a.target, a.unit = max(1, round(hours)), "hours"
        return
    a.target = max(0, min(round(value), 1_000_000))
    unit = _as_written(a, _unit_name(a, main))
    a.unit = display_unit(unit) if unit else unit


#: A rate bounded by a number of its own periods: "for 5 days", "for the next 3 weeks".
_FOR_PERIODS = _lazy(r"\bfor\s+(?:the\s+(?:next|first)\s+)?(?P<n>\d{1,3}|two|three|four|five|six"
                     r"|seven|eight|nine|ten)\s+(?P<u>day|week|month)s?\b")
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10}


def _word_count(raw: str) -> int:
    return int(raw) if raw.isdigit() else _SMALL_NUMBERS.get(raw, 1)


def _as_written(a: _Analysis, unit: str | None) -> str | None:
    """The unit with the user's own capitals ("LinkedIn invitations", "CEOs")."""
    if not unit or unit == "%" or unit.lower() != unit:
        return unit
    if len(a.text) != len(a.low):
        return unit
    at = a.low.find(unit)
    written = a.text[at:at + len(unit)] if at >= 0 else None
    if written is None and unit.endswith("s"):
        at = a.low.find(unit[:-1])
        if at >= 0:  # made plural by a rate: "1 Python tip a day" -> "Python tips"
            written = a.text[at:at + len(unit) - 1] + "s"
    if written is None or (at == 0 and written[1:].islower()):
        return unit  # a capital that only starts the sentence ("Post on LinkedIn…") is not kept
    return written


_ACTIVITY_UNITS = {
    "coffee chat": "coffee chats", "connect": "invitations", "message": "messages",
    "event": "events", "hackathon": "hackathons", "post": "posts", "article": "articles",
    "comment": "comments", "talk": "talks", "proposal": "proposals", "apply": "applications",
    "ask": "requests", "contribute": "contributions", "volunteer": "sessions",
    "mentor": "sessions", "join": "communities", "answer": "answers", "meet": "meetings",
    "host": "sessions",
}


def _unit_name(a: _Analysis, main: _Count) -> str | None:
    if main.kind == "percent":
        return "%"
    unit = main.unit if main.kind in ("count", "single", "measure") else ""
    if unit and main.kind in ("single", "count") and a.cadence and main.value == 1:
        unit = unit + "s" if not unit.endswith("s") else unit  # "1 tip a day": tips
    if unit:
        return unit
    if a.activity:
        return _ACTIVITY_UNITS.get(a.activity)
    return "times" if main.kind == "times" else None


_NAME_NUMBER = _lazy(r"\b[Tt]he\s+(?P<n>\d+)\s+[A-Z][\w'-]*\s+(?:(?:of|in|for|&|and)\s+)?"
                     r"[A-Z]")


def _analyse(text: str, today: date, context: PlanContext) -> _Analysis:
    judged = _clean(text[:MAX_JUDGED_CHARS])
    if len(text) > MAX_JUDGED_CHARS:
        first = _BOUNDARY.search(judged)
        if first is not None:
            judged = judged[:first.start() + 1]  # an oversized paste: judge its first sentence
    low = _lower(judged)
    cal = _goal_month(today, context)
    a = _Analysis(judged, low, low, cal, context)
    if not _ALNUM.search(judged):
        return a
    a.words = len(judged.split())
    noise: list[tuple[int, int]] = []
    digits = bool(_DIGIT_HINT.search(low))
    if digits or _NOISE_HINT.search(low):
        for hints, pattern in _NOISE_RULES:
            if any(h in low if h else digits for h in hints):
                noise += [(m.start(), m.end()) for m in pattern.finditer(low)]
    if _PAST_HINT.search(low):
        noise += [(m.start(), m.end()) for m in _PAST_REF.finditer(low)]
    if digits:
        noise += [m.span("v") for m in _VERSION.finditer(low) if _version_like(low, m)]
        # "the 100 Days of Code": a number that opens a proper name counts nothing
        noise += [m.span("n") for m in _NAME_NUMBER.finditer(judged)]
    base = _blank(low, noise) if noise else low
    base_tokens = _tokens(base)
    time_spans = _find_time(a, base, base_tokens)
    masked = _blank(base, time_spans)
    a.masked = masked
    if time_spans:
        base_tokens = [t for t in base_tokens
                       if not any(s <= t[1] < e for s, e in time_spans)]
    a.tokens = base_tokens
    a.pre3 = frozenset(t[0][:3] for t in a.tokens)
    _find_cadence(a, masked)
    rate = _RATE_WORDS.search(masked)
    if rate and not a.cadence:
        a.cadence = rate["p"]
        a.cadence_quote = _quote(judged, rate.start(), rate.end())
    _find_counts(a, masked)
    _find_actions(a, masked)
    _find_contacts(a)
    _find_persons(a, masked)
    _find_channel(a)
    _find_named(a)
    hedge = _HEDGE.search(masked) if not _HEDGE_TRIGGERS.isdisjoint(a.pre3) else None
    a.hedge = _quote(judged, hedge.start(), hedge.end()) if hedge else ""
    vq = _VAGUE_QUANTITY.search(masked) if not _QUANTITY_TRIGGERS.isdisjoint(a.pre3) else None
    a.vague_quantity = _quote(judged, vq.start(), vq.end()) if vq else ""
    binary = (_BINARY_DELIVERABLE.search(masked)
              if not _BINARY_TRIGGERS.isdisjoint(a.pre3) else None)
    if binary:
        end = binary.end()
        if binary.group().endswith(("my", "our")):
            end = _unit_after(masked, end)[2]
        a.binary = _quote(judged, binary.start(), end)
    if not a.binary:
        whole = _ALL_OF.search(masked)
        if whole:
            end = min(len(judged), whole.end() + 24)
            if end < len(judged) and judged[end].isalnum():
                end = max(whole.end(), judged.rfind(" ", whole.end(), end))
            a.binary = _quote(judged, whole.start(), end)
    purpose = _PURPOSE.search(masked, a.action.end) if a.action is not None else None
    a.purpose_start = purpose.start() if purpose else len(masked)
    outcome = (_OUTCOME.search(masked, 0, a.purpose_start)
               if not _OUTCOME_TRIGGERS.isdisjoint(a.pre3) else None)
    a.outcome = _quote(judged, outcome.start(), outcome.end()) if outcome else ""
    _choose_main(a)
    if a.contacts and (a.main is None or a.main.kind == "single" and a.main.start >= 0 and any(
            c[0] <= a.main.start < c[1] for c in a.contacts)):
        first, last = a.contacts[0], a.contacts[-1]
        a.main = _Count(first[0], last[1], len(a.contacts), "count", "people", "people",
                        last[1])
    if a.action is not None and a.action.cls != "weak" or a.outcome:
        _singular(a, masked)
    _activity_of(a)
    _compute_target(a)
    return a
