"""Draft SMART goals from gap rows, for the month being planned."""

from __future__ import annotations

from datetime import date

from netplan_tui.core.dates import long_date, month_end, planning_month
from netplan_tui.core.models import QUALITY_CATEGORIES

from .report import (
    GapRow,
)
from .titles import (
    _ROLE_CONCEPTS,
    _SENIORITY_WORDS,
    _SOFT,
)
from .words import (
    _singular,
    normalise,
)

#: A realistic number of new connections of one kind per month.
MONTHLY_CONNECTIONS = 5


def draft_deadline(today: date) -> date:
    """The last day of the month being planned (next month in a month's last week)."""
    return month_end(planning_month(today))


def _collapse(text: str) -> str:
    return " ".join(text.split()) if isinstance(text, str) else ""


#: Role nouns whose number follows the count ("1 recruiter", "2 CTOs").
_ROLE_NOUNS = frozenset(
    w
    for _, patterns in _ROLE_CONCEPTS
    for pattern in patterns
    for w in pattern.words
    if len(w) > 3 and w.isalpha()
) | frozenset({"manager", "designer", "scientist", "architect", "cto", "swe", "sde", "pm", "em"})


#: Role words written in lower case inside a sentence ("Backend Developers" ->
#: "backend developers"); other capitalised words ("Python") are kept.
_ROLE_WORDS = (
    _ROLE_NOUNS
    | frozenset(_SENIORITY_WORDS)
    | _SOFT
    | frozenset(
        "backend frontend fullstack mobile web cloud platform security data devops embedded "
        "infrastructure system site reliability machine learning design mentor peer remote "
        "freelance contract independent opensource community hiring team people solution "
        "test quality support".split()
    )
)


def _role_phrase(name: str, count: int) -> str:
    """The role as typed, role words in lower case and in number with ``count``."""
    words = name.split(" ")
    for i, word in enumerate(words):
        if word[:1].isupper() and word[1:].islower() and normalise(word) in _ROLE_WORDS:
            words[i] = word.lower()
    last = words[-1]
    bare = last.rstrip(".,;:!?")
    tail = last[len(bare) :]
    folded = bare.lower()
    single = _singular(folded)
    if folded in ("people", "person"):
        word = "person" if count == 1 else "people"
        bare = word.upper() if bare.isupper() else word.capitalize() if bare[0].isupper() else word
    elif bare and single in _ROLE_NOUNS:
        if count > 1 and single == folded and not folded.endswith("s"):
            bare = bare + ("S" if bare.isupper() and len(bare) > 3 else "s")
        elif count == 1 and single != folded and folded.startswith(single):
            bare = bare[: len(single)]
    words[-1] = bare + tail
    return " ".join(words)


def _people(count: int) -> str:
    return f"{count} person" if count == 1 else f"{count} people"


def _draft_object(category: str, name: str, count: int) -> tuple[str, str]:
    """(whom to connect with, why) for a category."""
    people = _people(count)
    work = "works" if count == 1 else "work"
    share = "shares" if count == 1 else "share"
    if category == "roles":
        return _role_phrase(name, count), "to learn how they hire"
    if category == "companies":
        return f"{people} who {work} at {name}", "to learn about their teams"
    if category == "sectors":
        return f"{people} who {work} in {name}", "to learn which skills the sector hires for"
    if category == "skills":
        return f"{people} experienced in {name}", "to learn how they use it at work"
    if category == "locations":
        if normalise(name) == "remote":
            return f"{people} who {work} remotely", "to learn how they found remote jobs"
        return f"{people} based in {name}", "to learn about openings there"
    if category == "interests":
        return f"{people} who {share} my interest in {name}", "to swap ideas and job leads"
    have = "has" if count == 1 else "have"
    return f"{people} who {have} {name} in common with me", "to widen my network"


#: What a draft names when the quality has no name.
_UNNAMED = {
    "roles": "people",
    "companies": "my dream companies",
    "sectors": "my target sectors",
    "skills": "the skills I want to grow",
    "locations": "my target locations",
    "interests": "my field",
    "other": "my background",
}


def draft_goal(row: GapRow, today: date, channel: str = "LinkedIn") -> str:
    """A one-sentence SMART goal that closes part of ``row``'s gap next.

    ``Connect with 3 recruiters on LinkedIn by December 31, 2026 to learn how
    they hire.`` The count is the gap, at most :data:`MONTHLY_CONNECTIONS`, at
    least 1; the deadline comes from :func:`draft_deadline`. The quality name is
    used as typed (only whitespace is collapsed).
    """
    count = max(1, min(row.gap, MONTHLY_CONNECTIONS))
    category = row.category if row.category in QUALITY_CATEGORIES else "other"
    name = _collapse(row.quality) or _UNNAMED[category]
    where = _collapse(channel) or "LinkedIn"
    whom, why = _draft_object(category, name, count)
    if category == "roles":
        whom = f"{count} {whom}"
    deadline = long_date(draft_deadline(today))
    return f"Connect with {whom} on {where} by {deadline} {why}."
