"""Time expressions: dates, durations, cadences, resolved against the goal's month."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .days import (
    _MONTH_FULL,
    _add_months,
    _Calendar,
    _days_in,
    _month_end,
    _safe_date,
    _week_end,
    _year_of,
    _yearless,
)
from .numbers import (
    _NUMBER_WORD,
    _ONES,
    _TEENS,
    _TENS,
    _word_value,
)
from .text import (
    Token,
    _lazy,
    _Pattern,
)

_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}


_MON = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
        r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_PREP = r"(?:by|before|until|till|til|through|thru|on|due|no\s+later\s+than|prior\s+to|ahead\s+of)"


_NUM_OR_WORD = r"(?:\d{1,3}|" + _NUMBER_WORD + r"|a\s+couple\s+of|a|an)"


class _Hit:
    """A time expression found in the text."""

    __slots__ = ("start", "end", "kind", "day", "period", "weekday")

    def __init__(self, start: int, end: int, kind: str, day: date | None = None,
                 period: str = "", weekday: int = -1) -> None:
        self.start = start
        self.end = end
        self.kind = kind  # "date", "vague", "cadence"
        self.day = day
        self.period = period
        self.weekday = weekday


class _G(dict):
    """Match groups; a missing group reads as None."""

    def __missing__(self, key: str) -> None:
        return None


def _h_iso(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    day = _safe_date(int(g["y"]), int(g["mo"]), int(g["d"]))
    return _Hit(start, end, "date", day) if day else None


def _h_slash(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    a, b = int(g["a"]), int(g["b"])
    year = _year_of(g["y"])
    if year is None and not g["pre"]:
        return None
    readings = [(b, a)] if a > 12 else [(a, b)] if b > 12 or a == b else [(a, b), (b, a)]
    days = []
    for month, day in readings:
        found = _yearless(cal, month, day) if year is None else _safe_date(year, month, day)
        if found is not None:
            days.append(found)
    if not days:
        return None
    inside = [d for d in days if cal.month_start <= d <= cal.month_end]
    found = (inside or sorted(days, key=lambda d: abs((d - cal.month_end).days)))[0]
    note = ""
    if len(days) == 2 and days[0] != days[1]:
        order = "month/day" if found == days[0] else "day/month"
        note = (f'"{a}/{b}" could be two dates: read as {_MONTH_FULL[found.month - 1]} '
                f"{found.day} ({order}); write the month's name to be sure.")
    return _Hit(start, end, "date", found, period=note)


def _h_dotted(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    """European day.month dates, only after a deadline word: "by 15.12"."""
    if not g["pre"]:
        return None
    year = _year_of(g["y"])
    day, month = int(g["d"]), int(g["mo"])
    found = _safe_date(year, month, day) if year else _yearless(cal, month, day)
    return _Hit(start, end, "date", found) if found else None


def _h_month_day(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    month = _MONTH_NAMES[g["mon"][:3]]
    day = int(g["d"])
    year = _year_of(g["y"])
    found = _safe_date(year, month, day) if year else _yearless(cal, month, day)
    if found is None and 1 <= day <= 31:
        return _Hit(start, end, "invalid", period=f"{_MONTH_FULL[month - 1]} has "
                    f"{_days_in(year or cal.month_start.year, month)} days")
    return _Hit(start, end, "date", found) if found else None


def _h_month_only(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    mon = g["mon"]
    if _DAY_AFTER.match(text, end):
        return None  # "the December 3 deadline": a day of the month follows
    year = _year_of(g["y"])
    attributive = text[start:end].startswith("the ") and not g["part"] and bool(
        re.match(r"\s+[a-z]", text[end:end + 3]))
    if not (g["pre"] or g["part"] or g["mid"] or year or attributive):
        return None
    if mon in ("may", "mar", "march", "jun", "jul", "dec", "sep", "oct") and not (
        g["pre"] or g["mid"] or year or attributive
    ):
        return None
    month = _MONTH_NAMES[mon[:3]]
    if year is None:
        year = cal.today.year
        if _month_end(year, month) < cal.today:
            year += 1
    part = (g["part"] or "").split()[0] if g["part"] else ""
    if g["mid"] or part in ("middle", "mid"):
        found = date(year, month, 15)
    elif part in ("start", "beginning"):
        found = date(year, month, 1)
    elif part == "first" and "half" in (g["part"] or ""):
        found = date(year, month, 15)
    elif part == "first":
        found = date(year, month, 7)
    else:
        found = _month_end(year, month)
    if g["pre"] and g["pre"].startswith("before") and not part and not g["mid"]:
        found = date(year, month, 1) - timedelta(days=1)
    return _Hit(start, end, "date", found)


_DAY_AFTER = _lazy(r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|[a-z]{3,}s\b))")


def _h_ordinal(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    day = int(g["d"])
    if not 1 <= day <= 31:
        return None
    base = max(cal.today, cal.month_start)
    for offset in range(3):
        first = _add_months(date(base.year, base.month, 1), offset)
        last = _days_in(first.year, first.month)
        found = date(first.year, first.month, min(day, last))
        if found >= base:
            return _Hit(start, end, "date", found)
    return None


def _h_weekday(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    weekday = _WEEKDAYS.index(g["wd"])
    if g["every"] or g["pl"] or g["part"]:
        return _Hit(start, end, "cadence", period="week", weekday=weekday)
    today = cal.today
    if g["rel"] in ("last", "past", "previous"):
        return _Hit(start, end, "date", today - timedelta(days=(today.weekday() - weekday) % 7
                                                          or 7))
    if g["rel"] == "next":
        found = today + timedelta(days=7 - today.weekday() + weekday)
        if today.weekday() >= 5:
            found = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
    else:
        found = today + timedelta(days=(weekday - today.weekday()) % 7)
    return _Hit(start, end, "date", found)


def _h_day_rel(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    word = g["w"]
    found = cal.today + timedelta(days=1) if word == "tomorrow" else cal.today
    return _Hit(start, end, "date", found)


def _h_this_week(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    if g["every"]:
        return _Hit(start, end, "cadence", period="week")
    return _Hit(start, end, "date", _week_end(cal.today))


def _h_period_ends(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    if g["what"] == "week":
        return _Hit(start, end, "date", _week_end(cal.today))
    return _Hit(start, end, "date", date(cal.today.year, 12, 31))


def _h_next_week(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    return _Hit(start, end, "date", _week_end(cal.today, 1))


def _h_this_month(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    return _Hit(start, end, "date", cal.month_end)


def _h_mid_month(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    found = date(cal.month_start.year, cal.month_start.month, 15)
    return _Hit(start, end, "date", found)


def _h_next_month(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    first = _add_months(date(cal.today.year, cal.today.month, 1), 1)
    if g["start"]:
        return _Hit(start, end, "date", first)
    return _Hit(start, end, "date", _month_end(first.year, first.month))


def _h_year_rel(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    year = cal.today.year + (1 if g["next"] else 0)
    return _Hit(start, end, "date", date(year, 12, 31))


def _h_quarter(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    today = cal.today
    if g["q"]:
        quarter = int(g["q"])
        year = _year_of(g["y"]) or today.year
        found = _month_end(year, quarter * 3)
        if not g["y"] and found < today:
            found = _month_end(year + 1, quarter * 3)
    else:
        quarter = (today.month - 1) // 3 + 1 + (1 if g["rel"] == "next" else 0)
        year = today.year + (quarter - 1) // 4
        quarter = (quarter - 1) % 4 + 1
        found = _month_end(year, quarter * 3)
    return _Hit(start, end, "date", found)


def _h_year(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    year = int(g["y"])
    if g["pre"] == "before":
        year -= 1
    return _Hit(start, end, "date", date(year, 12, 31))


def _h_duration(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    if not (g["pre"] or g["rel"] or g["from"]):
        return None
    if not (g["n"] or g["rel"]):
        return None
    raw = (g["n"] or "one").strip()
    amount = 1.0 if raw in ("a", "an", "one") else (
        float(raw) if raw.isdigit() else _word_value(raw))
    if amount <= 0 or amount > 400:
        return None
    unit = g["u"].rstrip("s")
    today = cal.start  # "within two weeks" counts from the start of the goal's month
    if unit == "day":
        found = today + timedelta(days=int(amount))
    elif unit == "week":
        found = today + timedelta(days=int(7 * amount))
    elif unit == "fortnight":
        found = today + timedelta(days=int(14 * amount))
    elif unit == "month":
        found = _add_months(today, int(amount))
        if today == cal.month_start:  # "in one month" from the 1st ends on the 31st
            found -= timedelta(days=1)
    else:
        found = _add_months(today, int(12 * amount))
    return _Hit(start, end, "date", found)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _h_holiday(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    name = g["h"]
    year = cal.today.year

    def resolve(y: int) -> date:
        if name.startswith(("christmas eve", "the holidays", "holidays")):
            return date(y, 12, 24)
        if name.startswith(("christmas", "xmas", "x-mas")):
            return date(y, 12, 25)
        if name.startswith("new year") and "day" not in name:
            return date(y, 12, 31)
        if name.startswith("new year"):
            return date(y + 1, 1, 1)
        if name.startswith("thanksgiving"):
            return _nth_weekday(y, 11, 3, 4)
        if name.startswith("valentine"):
            return date(y, 2, 14)
        return date(y, 10, 31)

    found = resolve(year)
    if found < cal.today:
        found = resolve(year + 1)
    return _Hit(start, end, "date", found)


_SEASON_END = {"spring": (5, 31), "summer": (8, 31), "fall": (11, 30), "autumn": (11, 30)}


def _h_season(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    """Seasons of the northern hemisphere; winter ends with February."""
    year = cal.today.year
    season = g["season"]

    def last_day(y: int) -> date:
        if season == "winter":
            return _month_end(y + 1, 2) if cal.today.month >= 3 else _month_end(y, 2)
        month, day = _SEASON_END[season]
        return date(y, month, day)

    found = last_day(year)
    if found < cal.today or g["rel"] == "next":
        found = last_day(year + 1)
    return _Hit(start, end, "date", found)


def _h_vague(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    return _Hit(start, end, "vague")


def _h_frame(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    """A time frame without an end ("over the next few weeks")."""
    return _Hit(start, end, "vague", period="frame")


_DIGIT = "\x00digit"


_SLASH = "\x00slash"


_DOT = "\x00dot"


_MONTH = "\x00month"


_YEAR = "\x00year"


_ORDINAL = "\x00ordinal"


#: Words (tokens) that must be present for a rule to run: a cheap pre-filter.
_TIME_TRIGGERS: dict[str, tuple[str, ...]] = {
    "_h_iso": (_YEAR,), "_h_slash": (_SLASH,), "_h_month_day": (_MONTH,), "_h_dotted": (_DOT,),
    "_h_month_only": (_MONTH,), "_h_ordinal": (_ORDINAL,),
    "_h_weekday": tuple(d + s for d in ("monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday") for s in ("", "s")),
    "_h_day_rel": ("today", "tonight", "tomorrow", "end", "eod"),
    "_h_this_week": ("week", "weekend", "eow"), "_h_period_ends": ("ends", "out", "over"),
    "_h_next_week": ("week", "weekend"), "_h_this_month": ("month", "eom"),
    "_h_mid_month": ("mid", "middle", "month"), "_h_next_month": ("month",),
    "_h_year_rel": ("year",), "_h_quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "_h_year": (_YEAR,),
    "_h_duration": ("day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months",
                    "year", "years"),
    "_h_season": ("summer", "winter", "spring", "fall", "autumn"),
    "_h_holiday": ("christmas", "xmas", "x", "new", "holidays", "thanksgiving", "valentine",
                   "valentines", "halloween"),
    "_h_frame": ("next", "coming", "following", "upcoming", "few"),
    "_h_vague": ("soon", "soonish", "eventually", "someday", "sometime", "asap", "future",
                 "later", "day", "days", "point", "stage", "time", "line", "road", "chance",
                 "possible", "course", "year", "when", "whenever"),
}


_DEADLINE_MARK = _lazy(r"(?:by|before|until|till|til|through|thru|no\s+later\s+than|prior\s+to"
                       r"|ahead\s+of|due|within|in\s+the\s+next|over\s+the\s+next|for\s+the"
                       r"\s+next)\b")


_DEADLINE_MARK_BEFORE = _lazy(r"\b(?:by|before|until|till|through|due|no\s+later\s+than)\s+$")


_ALL_TIME_TRIGGERS = frozenset(
    t for triggers in _TIME_TRIGGERS.values() for t in triggers if not t.startswith("\x00"))


_DIGIT_HINT = _lazy(r"\d")


_YEAR_HINT = _lazy(r"(?:19|20)\d\d")


_ORDINAL_HINT = _lazy(r"\d(?:st|nd|rd|th)\b")


_P_PREP = r"(?:\b(?P<pre>" + _PREP + r")\s+)?"


_P_MONTH = (r"(?:\b(?P<pre>by|in|before|until|till|til|through|thru|during|throughout|for|over"
            r"|ahead\s+of|prior\s+to)\s+)?(?P<the>the\s+|this\s+)?(?:(?P<part>end|middle|mid"
            r"|start|beginning|first\s+week|last\s+week|first\s+half|second\s+half|rest"
            r"|remainder)\s+of\s+)?"
            r"(?P<mid>\bmid(?:-|\s+))?")


_P_WEEKDAY = (r"(?:\b(?P<every>every|each)\s+|\b(?:by|before|until|till|on|this)\s+)?"
              r"(?:\b(?P<rel>this|next|coming|last|past|previous)\s+)?")


_P_DURATION = (r"(?:\b(?P<pre>within|in|over|during|for|inside(?:\s+of)?)\s+)?(?:\bthe\s+)?"
               r"(?:\b(?P<rel>next|coming|following|upcoming)\s+)?")


#: Words a time prefix can start with ("by", "in the next", "mid-", "every"...).
_PREFIX_STARTS = frozenset(
    "by before until till til through thru on due no prior ahead in during throughout for "
    "over within inside the end middle mid start beginning first last this next coming every "
    "rest remainder "
    "each following upcoming a an couple".split()) | frozenset(_ONES) | frozenset(_TEENS) | (
    frozenset(_TENS))


_MONTH_WORDS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december".split())


_WEEKDAY_WORDS = frozenset(d + s for d in _WEEKDAYS for s in ("", "s"))


_DURATION_UNITS = frozenset("day days week weeks fortnight fortnights month months year years"
                            .split())


def _anchor_month(tokens: list[Token], text: str) -> list[int]:
    return [t[1] for t in tokens if t[0] in _MONTH_WORDS]


def _anchor_day_month(tokens: list[Token], text: str) -> list[int]:
    return [t[1] for i, t in enumerate(tokens) if t[0][:1].isdigit()
            and any(u[0] in _MONTH_WORDS for u in tokens[i + 1:i + 4])]


def _anchor_weekday(tokens: list[Token], text: str) -> list[int]:
    return [t[1] for t in tokens if t[0] in _WEEKDAY_WORDS]


def _anchor_unit(tokens: list[Token], text: str) -> list[int]:
    return [t[1] for t in tokens if t[0] in _DURATION_UNITS]


def _anchor_digits(tokens: list[Token], text: str) -> list[int]:
    return [t[1] for t in tokens if t[0][:1].isdigit()]


_ANCHORS = {
    "_h_iso": _anchor_digits, "_h_slash": _anchor_digits, "_h_dotted": _anchor_digits,
    "_h_month_day": _anchor_month,
    "_h_month_only": _anchor_month, "_h_weekday": _anchor_weekday, "_h_duration": _anchor_unit,
}


#: (core pattern, optional prefix pattern matched just before the core, handler, trigger
#: words, anchor). With an anchor the core is tried only where the anchor points.
_TIME_RULES: tuple[tuple[_Pattern, _Pattern | None, object, frozenset[str], object],
                   ...] = tuple(
    (_lazy(core), _lazy(prefix) if prefix else None, handler,
     frozenset(_TIME_TRIGGERS[handler.__name__]),
     _anchor_day_month if handler is _h_month_day and core.startswith(r"\b(?P<d>")
     else _ANCHORS.get(handler.__name__))
    for core, prefix, handler in (
        (r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<mo>\d{1,2})[-/.](?P<d>\d{1,2})\b", _P_PREP, _h_iso),
        (r"(?<![\d/])\b(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\b(?!/)", _P_PREP,
         _h_slash),
        (r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
         _P_PREP, _h_month_day),
        (r"\b(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.?(?:(?<=\.)(?P<y>(?:19|20)?\d\d))?\b(?!\.\d)",
         _P_PREP, _h_dotted),
        (r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON +
         r"(?:\b|(?<=\.))(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", _P_PREP + r"(?:\bthe\s+)?",
         _h_month_day),
        (r"\b" + _MON + r"(?:\b|(?<=\.))(?:\s+(?P<y>(?:19|20)\d\d)\b)?", _P_MONTH,
         _h_month_only),
        (r"\b" + _PREP + r"\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", "", _h_ordinal),
        (r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?P<pl>s)?(?:'s)?\b"
         r"(?P<part>\s+(?:evenings|mornings|nights|afternoons|lunchtimes))?", _P_WEEKDAY,
         _h_weekday),
        (r"\b(?P<w>today|tonight|tomorrow|end\s+of\s+(?:the\s+)?day|eod)\b", "", _h_day_rel),
        (r"\b(?:(?P<every>every|each)\s+weekend|(?:the\s+)?(?:end|rest)\s+of\s+(?:the\s+|this\s+)?"
         r"week|this\s+(?:coming\s+)?week(?:end)?|within\s+the\s+week|eow|(?:the|this)\s+weekend)\b",
         "", _h_this_week),
        (r"\b(?:(?:the\s+)?end\s+of\s+)?next\s+week(?:end)?\b", "", _h_next_week),
        (r"\b(?:(?:the\s+)?(?:end|rest|remainder)\s+of\s+(?:the\s+|this\s+)?month|this\s+month"
         r"|month[-\s]end|month's\s+end|(?:the\s+)?end\s+of\s+month|eom|within\s+the\s+month"
         r"|the\s+month\s+is\s+(?:out|over)|the\s+month\s+ends)\b", "", _h_this_month),
        (r"\bthe\s+(?P<what>week|year)\s+(?:is\s+(?:out|over)|ends)\b", "", _h_period_ends),
        (r"\b(?:mid-?month|(?:the\s+)?middle\s+of\s+(?:the\s+|this\s+)?month)\b", "",
         _h_mid_month),
        (r"\b(?:(?P<start>(?:the\s+)?(?:start|beginning)\s+of\s+)|(?:the\s+)?(?:end|rest)\s+of\s+)?"
         r"next\s+month\b", "", _h_next_month),
        (r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|this\s+year|year[-\s]end"
         r"|year's\s+end|(?:(?:the\s+)?end\s+of\s+)?(?P<next>next)\s+year)\b", "", _h_year_rel),
        (r"\b(?:(?:the\s+)?end\s+of\s+)?(?:(?P<rel>this|next|the)\s+quarter|q(?P<q>[1-4])"
         r"(?:\s+(?P<y>(?:19|20)\d\d))?)\b", "", _h_quarter),
        (r"\b(?P<pre>by|in|before|until|till|through|during|of|for)\s+(?:the\s+end\s+of\s+)?"
         r"(?P<y>(?:19|20)\d\d)\b", "", _h_year),
        (r"\b(?:(?:over|in|within|during)\s+)?the\s+(?:next|coming|following|upcoming)\s+"
         r"(?:(?:few|several|couple\s+of)\s+)?(?:days|weeks|months)\b|\bin\s+(?:a\s+)?few\s+"
         r"(?:days|weeks)\b", "", _h_frame),
        (r"\b(?P<u>days?|weeks?|fortnights?|months?|years?)\b(?P<from>\s+from\s+(?:now|today))?",
         _P_DURATION + r"(?:(?P<n>" + _NUM_OR_WORD + r")\s*)?", _h_duration),
        (r"\b(?P<rel>this|next|the|by|in|before|until|over|during)\s+(?:the\s+)?(?:end\s+of\s+"
         r"(?:the\s+)?)?(?P<season>summer|winter|spring|fall|autumn)\b", "", _h_season),
        (r"\b(?P<h>christmas(?:\s+eve)?|x-?mas|new\s+year'?s?(?:\s+eve|\s+day)?|the\s+holidays"
         r"|thanksgiving|valentine'?s(?:\s+day)?|halloween)\b", "", _h_holiday),
        (r"\b(?:soon(?:ish)?|eventually|some\s*day|one\s+day|one\s+of\s+these\s+days"
         r"|at\s+some\s+(?:point|stage)|asap|as\s+soon\s+as\s+(?:possible|i\s+can)"
         r"|in\s+the\s+(?:near\s+)?future|sometime(?:\s+soon)?|(?<!week\s)(?<!day\s)(?<!days\s)"
         r"(?<!weeks\s)(?<!month\s)later(?:\s+on)?|in\s+due\s+course|when(?:ever)?\s+i\s+"
         r"(?:can|have\s+(?:the\s+)?time|get\s+(?:the\s+)?(?:time|chance))|down\s+the\s+"
         r"(?:line|road)|over\s+time|when\s+possible|if\s+i\s+have\s+time|in\s+the\s+new\s+year"
         r"|at\s+some\s+time)\b", "", _h_vague),
    )
)


_CADENCE = _lazy(
    r"(?P<lead>\b(?:every\s+other|every\s+single|every|each|per|a|an)\s+|/\s*)"
    r"(?P<p>day|weekday|work\s*day|business\s+day|week|wk|weekend|fortnight|month|morning"
    r"|evening|night)\b"
    r"|\b(?P<adv>daily|weekly|monthly|bi-?weekly|fortnightly|nightly|weekdays)\b"
)


_CADENCE_BLOCK_BEFORE = _lazy(
    r"(?:\b(?:in|within|for|over|after|than|about|under|least|only|just|inside|half|once"
    r"|twice)\s+)$"
)


_RATE_COUNT_BEFORE = _lazy(r"(?<![\w.,])(?:\d+|" + _NUMBER_WORD + r"|once|twice)\s+(?:[\w-]+\s+)?$")


_TIMES_BEFORE = _lazy(r"(?:\b\w+\s+times|\btwice|\bonce|\b\d+\s*x)\s+$")


_CADENCE_BLOCK_AFTER = _lazy(r"^\s+(?:later|ago|from|before|after|of|early|earlier|or\s+two)")


_ATTRIBUTIVE_BEFORE = _lazy(r"\b(?:the|this|that|their|our|its|his|her|my|your)\s+$")


_RATE_WORDS = _lazy(r"\b(?:once|twice|thrice)\s+(?:a|an|per|every|each)\s+(?P<p>day|week"
                         r"|month|weekday|fortnight)\b")


