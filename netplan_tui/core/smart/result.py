"""What the checker takes (the plan as context) and gives (a verdict per criterion)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .criteria import VERDICT_LABELS, verdict_of

#: Only this many characters of a goal are judged (a goal is one sentence).
MAX_JUDGED_CHARS = 400


#: Sentences are counted over this many characters at most.
MAX_SCANNED_CHARS = MAX_JUDGED_CHARS


#: Only the first numbers of a text are read.
MAX_COUNTS = 12


#: More words than this in one sentence earns a warning.
LONG_SENTENCE_WORDS = 50


#: A deadline this many days past the end of the goal's month is "far".
FAR_DAYS = 31


#: A year-less date that passed less than this many days ago is taken as past.
RECENT_PAST_DAYS = 45


@dataclass(frozen=True)
class PlanContext:
    """What the checker knows of the user's plan."""

    goals: tuple[str, ...] = ()
    custom_goal: str = ""
    terms: tuple[str, ...] = ()
    weekly_hours: float | None = None
    month: str | None = None
    completion_rate: float | None = None
    #: Names of the people in the user's network (contacts), as written.
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Criterion:
    """The verdict on one criterion."""

    status: str
    reason: str
    suggestion: str


@dataclass(frozen=True)
class SmartResult:
    """The verdict on a goal sentence and what was extracted from it."""

    text: str
    criteria: dict[str, Criterion]
    target: int | None
    unit: str | None
    action: str | None
    channel: str | None
    deadline: date | None
    #: Advice that does not block: the goal may be SMART and still have tips.
    tips: tuple[str, ...] = ()
    #: The language the goal is written in ("en", "fr", "es", "de").
    language: str = "en"
    #: The month the goal was judged for (``YYYY-MM``).
    month: str = ""
    #: What the checker found, kept for ``answers_from`` (not compared, not shown).
    details: object = field(default=None, compare=False, repr=False)

    @property
    def verdict(self) -> str:
        """``smart`` (every criterion ok), ``almost`` (warnings only) or ``not_smart``."""
        return verdict_of(c.status for c in self.criteria.values())

    @property
    def headline(self) -> str:
        return VERDICT_LABELS[self.verdict]

    @property
    def smart(self) -> bool:
        """True only when every criterion is ok."""
        return self.verdict == "smart"

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "verdict": self.verdict,
            "smart": self.smart,
            "criteria": {
                name: {"status": c.status, "reason": c.reason, "suggestion": c.suggestion}
                for name, c in self.criteria.items()
            },
            "target": self.target,
            "unit": self.unit,
            "action": self.action,
            "channel": self.channel,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "tips": list(self.tips),
            "language": self.language,
            "month": self.month,
        }
