"""SMART checker for networking goals.

Pure and fast: no Textual, no I/O, standard library only. ``check`` judges one goal
sentence against the six criteria of the exercise (Specific, Measurable, Achievable,
Relevant, Time-bound, one sentence) and extracts what it understood: the target
count for the goal's month, the unit, the action, the channel and the deadline.

The checker is a set of English rules, not a language model. Regular expressions
are compiled once per process (on first use, or ahead of time with ``warm_up``),
anchored on word boundaries, without nested unbounded repetition, and most run only
when a trigger word is present; word lists are matched with set look-ups. Only the
first ``MAX_JUDGED_CHARS`` characters of a text are judged, so a check of a normal
sentence takes a fraction of a millisecond.

Reading order: public API, text preparation, lexicons and vocabularies, time
expressions, sentence splitting, analysis (what was found), judges (one per
criterion), then ``check``.
"""

from __future__ import annotations

from typing import Any

from .criteria import CRITERIA, LABELS, LONG_LABELS, QUESTIONS, STATUSES
from .result import (
    FAR_DAYS,
    LONG_SENTENCE_WORDS,
    MAX_COUNTS,
    MAX_JUDGED_CHARS,
    MAX_SCANNED_CHARS,
    RECENT_PAST_DAYS,
    Criterion,
    PlanContext,
    SmartResult,
)
from .text import display_unit, warm_up

__all__ = [
    "CRITERIA", "FAR_DAYS", "LABELS", "LONG_LABELS", "LONG_SENTENCE_WORDS", "MAX_COUNTS",
    "MAX_JUDGED_CHARS", "MAX_SCANNED_CHARS", "QUESTIONS", "RECENT_PAST_DAYS", "STATUSES",
    "Criterion", "PlanContext", "SmartResult", "answers_from", "check", "display_unit",
    "warm_up",
]

#: Loaded on first use: the rules' modules take ~30 ms to import, and what shows
#: verdicts, criterion names or builds a ``PlanContext`` (screen 5 before its first
#: paint, the CLI's ``status``) needs none of them.
_CHECKER = ("check", "answers_from")


def __getattr__(name: str) -> Any:
    if name in _CHECKER:
        from . import checker

        value = getattr(checker, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
