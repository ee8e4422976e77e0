"""Numbers: number words, and the numbers that are not counts (noise)."""

from __future__ import annotations

import re

from .text import (
    _lazy,
    _Pattern,
)

#: Spans that hold digits or words that are not counts, each with a cheap hint.
#: Each rule runs only when one of its hint substrings is in the text ("" = any digit).
_NOISE_RULES: tuple[tuple[tuple[str, ...], _Pattern], ...] = tuple(
    (hints, _lazy(pat)) for hints, pat in (
        (("http", "www"), r"(?:https?://|www\.)\S+"),
        (("@",), r"\b[\w.+-]+@[\w-]+\.[\w.]+"),
        (("#", "@"), r"(?<!\w)[#@][\w-]+"),
        (("$", "\u00a3", "\u20ac"), r"[$\u00a3\u20ac]\s?\d[\d,.]*[km]?\b"),
        ((":", "am", "pm", "a.m", "p.m"), r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
         r"|\b\d{1,2}:\d{2}\b"),
        (("1:1", "1-on", "one", "24/7"), r"\b(?:1:1s?|1-on-1s?|one[-\s]on[-\s]ones?|24/7"
         r"|no\s+one|one\s+another)\b"),
        (("fortune", "inc", "top", "series"), r"\b(?:fortune|inc\.?|top|series)\s+\d+\b"),
        (("",), r"\bv\d+(?:\.\d+)*\b|\bh[12]\b|\b[a-pr-z]\d+\b|\b\d+(?![xk]\b)[a-z]\d*\b"),
    )
)


_NOISE_HINT = _lazy(r"[#@$\u00a3\u20ac:/\d]|www|\bone\b")


#: Version numbers after a technology name: only the number is masked.
_VERSION = _lazy(
    r"\b(?:python|java|node(?:\.js)?|vue|angular|react|es|php|ios|android|net|web|html|css"
    r"|windows|rails|django|ruby|go|swift|kotlin|scala|perl|ubuntu|debian|macos|postgres)"
    r"\s?(?P<v>\d+(?:\.\d+)*)\b(?!\s*(?:%|percent))"
)


_PAST_HINT = _lazy(r"last|previous|past|yesterday|ago")


_PAST_REF = _lazy(
    r"\b(?:last|previous|past)\s+(?:week|month|year|weekend|time|quarter)(?:'s)?\b"
    r"|\byesterday\b|\bago\b"
)


_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}


_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}


_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}


_PHRASE_NUMBERS = {
    "half a dozen": 6, "a dozen": 12, "a couple of": 2, "a couple": 2, "a pair of": 2,
    "a hundred": 100, "a thousand": 1000, "twice": 2, "thrice": 3, "once": 1,
}


_ONES_RE = "|".join(_ONES)


_NUMBER_WORD = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + _ONES_RE + r"))?"
    r"|" + "|".join(_TEENS) + "|" + _ONES_RE + r")(?:\s+hundred)?"
)


_NUMBER = _lazy(
    r"(?<![\w.,/:-])(?:(?P<d>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<suf>x|\+|k)?"
    r"|(?P<w>half\s+a\s+dozen|a\s+dozen|a\s+couple(?:\s+of)?|a\s+pair\s+of|a\s+hundred"
    r"|a\s+thousand|twice|thrice|once|" + _NUMBER_WORD + r"))(?![\w])"
)


_PERCENT = _lazy(r"\s?(?:%|percent\b|per\s+cent\b)")


_TIMES = _lazy(r"\s+(?:times|x|days|evenings|mornings|nights|sessions)\b")


_UNIT_TOKEN = _lazy(r"[a-z\u00c0-\u024f][\w'\u00c0-\u024f]*(?:-[\w\u00c0-\u024f]+)*")


_UNIT_STOP = frozenset("""
at in on from who whom whose that which to by per and or for with about each every a an the
this these those my their his her our your i me we they them than of into over until till
before after within during now there here next weekly daily monthly is are was will so as
like if then also working using based via through while but not who've i've i'd i'm it its
more new other others less least most just only still even some any all both either few
several many much lots plenty
""".split())


_EFFORT_UNITS = frozenset({"hour", "hours", "hr", "hrs", "h", "minute", "minutes", "min", "mins"})


_MEASURE_UNITS = frozenset({"km", "k", "mile", "miles", "kg", "kilometers", "kilometres",
                            "lbs", "pound", "pounds", "page", "pages", "word", "words",
                            "step", "steps", "year", "years", "month", "months", "week",
                            "weeks", "day", "days"})


def _version_like(low: str, m: re.Match[str]) -> bool:
    """A number after a technology name is a version unless a counted noun follows."""
    if "." in m["v"]:
        return True
    after = low[m.end():m.end() + 20]
    return not re.match(r"\s+[a-z]", after) or bool(re.match(r"\s+(?:and|or|to|in|on|at|by)\b",
                                                               after))


def _word_value(text: str) -> float:
    text = " ".join(text.split())
    if text in _PHRASE_NUMBERS:
        return float(_PHRASE_NUMBERS[text])
    total = 0
    hundred = text.endswith(" hundred")
    if hundred:
        text = text[: -len(" hundred")]
    for part in re.split(r"[-\s]", text):
        total += _ONES.get(part, 0) + _TEENS.get(part, 0) + _TENS.get(part, 0)
    return float(total * 100 if hundred else total)
