"""The criteria of the exercise: names, chip labels, long names and verification
questions. Loads without the checker, for the UI, the command line and the export."""

from __future__ import annotations

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
