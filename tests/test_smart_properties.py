"""Properties of the SMART checker: any input gives a complete, stable result."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from netplan_tui.core.smart import (
    CRITERIA,
    MAX_JUDGED_CHARS,
    PlanContext,
    SmartResult,
    answers_from,
    check,
)

STATUSES = {"ok", "warn", "fail"}
TODAY = date(2026, 11, 28)

GOAL_WORDS = [
    "connect", "with", "message", "attend", "post", "coffee", "chats", "recruiters", "by",
    "December", "31", "the", "end", "of", "month", "every", "week", "twice", "a", "5", "two",
    "LinkedIn", "meetups", "Friday", "next", "within", "2", "weeks", "some", "soon", "hobby",
    "Inc.", "e.g.", "Node.js", "2025", "2027-01-15", "15th", "%", "per", "day", "get", "hired",
    ".", "!", "?", "\n", "[bold]", "[/]", "[@click=app.quit]", "\U0001f680", "\x00", "\x1b",
]
goal_like = st.lists(st.sampled_from(GOAL_WORDS), max_size=40).map(" ".join)
markup = st.sampled_from(["[bold]", "[/]", "[/", "[link=https://x]a", "[@click=app.quit]x[/]",
                          "[.foo]x[/]", "\x1b]0;pwned\x07", "\u202e", "\u2066"])
any_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    goal_like,
    st.builds(lambda a, b, c: a + b + c, goal_like, markup, goal_like),
    st.builds(lambda piece, times: (piece * times)[:10_000], st.text(min_size=1, max_size=60),
              st.integers(min_value=20, max_value=2000)),
)
contexts = st.one_of(
    st.none(),
    st.builds(
        PlanContext,
        goals=st.lists(st.sampled_from(["job_search", "community", "online_presence",
                                        "brand_expertise", "custom", "x"]), max_size=3)
        .map(tuple),
        custom_goal=st.text(max_size=80),
        terms=st.lists(st.text(max_size=30), max_size=6).map(tuple),
        weekly_hours=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
        month=st.one_of(st.none(), st.text(max_size=10), st.sampled_from(["2026-12", "2027-02"])),
        completion_rate=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    ),
)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31))


def _valid(result: SmartResult, text: str) -> None:
    assert isinstance(result, SmartResult)
    assert result.text == text
    assert tuple(result.criteria) == CRITERIA
    for criterion in result.criteria.values():
        assert criterion.status in STATUSES
        assert isinstance(criterion.reason, str) and criterion.reason
        assert "\n" not in criterion.reason
        assert isinstance(criterion.suggestion, str)
    assert result.deadline is None or isinstance(result.deadline, date)
    assert result.target is None or (isinstance(result.target, int) and result.target >= 0)
    statuses = [c.status for c in result.criteria.values()]
    # The headline never says more than its reasons: SMART only when every criterion is ok.
    assert (result.verdict == "smart") == all(x == "ok" for x in statuses) == result.smart
    assert (result.verdict == "not_smart") == ("fail" in statuses)
    assert result.to_json()["verdict"] == result.verdict
    data = result.to_json()
    assert list(data["criteria"]) == list(CRITERIA)
    answers = answers_from(result)
    assert set(answers) == {"specific", "measurable", "achievable", "relevant", "time_bound"}
    assert all(isinstance(v, str) for v in answers.values())


@settings(max_examples=300, deadline=None)
@given(text=any_text, today=days, context=contexts)
def test_any_input_gives_a_complete_result(text: str, today: date,
                                           context: PlanContext | None) -> None:
    _valid(check(text, today, context), text)


@settings(max_examples=200, deadline=None)
@given(text=any_text, context=contexts)
def test_same_input_same_output(text: str, context: PlanContext | None) -> None:
    first = check(text, TODAY, context)
    second = check(text, TODAY, context)
    assert first == second
    assert first.to_json() == second.to_json()
    assert answers_from(first) == answers_from(second)


@settings(max_examples=200, deadline=None)
@given(text=goal_like, today=days)
def test_an_accepted_deadline_is_never_in_the_past(text: str, today: date) -> None:
    result = check(text, today)
    if result.deadline is not None and result.criteria["time_bound"].status == "ok":
        assert result.deadline >= today


@settings(max_examples=100, deadline=None)
@given(prefix=goal_like)
def test_a_clear_number_is_always_measurable(prefix: str) -> None:
    text = f"{prefix}. Connect with 7 recruiters on LinkedIn by December 31"
    result = check(text, TODAY)
    _valid(result, text)
    assert result.criteria["measurable"].status == "ok"


@settings(max_examples=100, deadline=None)
@given(text=st.builds(lambda piece, times: (piece * times)[:10_000],
                      st.text(min_size=1, max_size=60), st.integers(min_value=5000,
                                                                   max_value=10_000)))
def test_long_text_is_judged_as_not_one_sentence(text: str) -> None:
    result = check(text, TODAY)
    _valid(result, text)
    if any(ch.isalnum() for ch in text[:MAX_JUDGED_CHARS]):
        assert result.criteria["one_sentence"].status == "fail"
