"""One voice ("you") in the app's sentences, and units said as a person writes them."""

from __future__ import annotations

from datetime import date

import pytest

from netplan_tui.core.models import Goal
from netplan_tui.core.smart import PlanContext, answers_from, check, display_unit
from netplan_tui.tui.widgets.review_dialog import progress_words

TODAY = date(2026, 11, 10)


@pytest.mark.parametrize(
    ("unit", "shown"),
    [("pms", "PMs"), ("PMs", "PMs"), ("pm", "PM"), ("ctos", "CTOs"), ("dms", "DMs"),
     ("ux designers", "UX designers"), ("recruiters", "recruiters"), ("hours", "hours"),
     ("hrs", "hrs"), ("LinkedIn invitations", "LinkedIn invitations"), ("", "")],
)
def test_display_unit(unit: str, shown: str) -> None:
    assert display_unit(unit) == shown


def test_unit_of_a_lower_case_abbreviation_is_said_naturally() -> None:
    result = check("Message 4 pms on LinkedIn by November 30", TODAY)
    assert (result.target, result.unit) == (4, "PMs")
    goal = Goal(month="2026-11", text="x", target=4, progress=1, unit="pms")  # saved before
    assert progress_words(goal) == "Progress: 1 of 4 PMs"
    assert progress_words(Goal(month="2026-11", text="x", target=2, progress=2, done=True)) == (
        "Progress: 2 of 2 · checked off"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Message 3 recruiters at Shopify by November 30",
        "Message 3 recruiters by November 30",
        "Write 2 posts on LinkedIn by November 30",
    ],
)
def test_offered_answers_speak_to_you(text: str) -> None:
    context = PlanContext(month="2026-11", goals=("job_search",), terms=("Shopify",))
    answers = answers_from(check(text, TODAY, context))
    for answer in answers.values():
        words = answer.lower().replace(";", " ").split()
        assert "my" not in words and "i" not in words, answer
    if "Shopify" in text:
        assert answers["relevant"] == "Names Shopify from your plan; serves your job search"
