"""The criteria of the exercise: names, chip labels, long names and verification
questions. Loads without the checker, for the UI, the command line and the export."""

from __future__ import annotations

from collections.abc import Iterable

#: The verification question of the exercise for each criterion.
QUESTIONS: dict[str, str] = {
    "specific": "What exactly will you do, and with whom?",
    "measurable": "How will you measure it?",
    "achievable": "Is it realistic with your time?",
    "relevant": "How does it serve your big-picture goal?",
    "time_bound": "By when?",
}


CRITERIA: tuple[str, ...] = (
    "specific",
    "measurable",
    "achievable",
    "relevant",
    "time_bound",
    "one_sentence",
)


#: Short chip labels.
LABELS: dict[str, str] = {
    "specific": "S",
    "measurable": "M",
    "achievable": "A",
    "relevant": "R",
    "time_bound": "T",
    "one_sentence": "1 sentence",
}


#: Long names of the criteria.
LONG_LABELS: dict[str, str] = {
    "specific": "Specific",
    "measurable": "Measurable",
    "achievable": "Achievable",
    "relevant": "Relevant",
    "time_bound": "Time-bound",
    "one_sentence": "One sentence",
}


STATUSES: tuple[str, ...] = ("ok", "warn", "fail")

#: The mark of each status, readable without colour (chips, editor, ``check``).
MARKS: dict[str, str] = {"ok": "✓", "warn": "!", "fail": "✗"}


#: The three verdicts, best first.
VERDICTS: tuple[str, ...] = ("smart", "almost", "not_smart")

#: The headline of each verdict.
VERDICT_LABELS: dict[str, str] = {
    "smart": "SMART",
    "almost": "Almost SMART",
    "not_smart": "Not SMART yet",
}

#: The mark of each verdict, the same marks as its criteria's.
VERDICT_MARKS: dict[str, str] = {"smart": "✓", "almost": "!", "not_smart": "✗"}


def verdict_of(statuses: Iterable[str]) -> str:
    """The one rule: ``smart`` when every criterion is ``ok``, ``not_smart`` when one fails
    (or is unknown), else ``almost``. A headline never says more than its reasons."""
    values = list(statuses)
    if not values or any(v not in STATUSES or v == "fail" for v in values):
        return "not_smart"
    if all(v == "ok" for v in values):
        return "smart"
    return "almost"
