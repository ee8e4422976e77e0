"""Unit tests of the SMART checker: extraction, each criterion, answers and JSON."""

from __future__ import annotations

from datetime import date

import pytest

from netplan_tui.core.smart import (
    CRITERIA,
    LABELS,
    QUESTIONS,
    Criterion,
    PlanContext,
    SmartResult,
    answers_from,
    check,
    warm_up,
)

TODAY = date(2026, 11, 28)  # a Saturday
DEC_1 = date(2026, 12, 1)  # a Tuesday; with no plan the goal's month is December
DECEMBER = PlanContext(month="2026-12")


def status(text: str, criterion: str, today: date = DEC_1,
           context: PlanContext | None = None) -> str:
    return check(text, today, context).criteria[criterion].status


# --------------------------------------------------------------------------- API shape


def test_public_constants_keep_their_order_and_names() -> None:
    assert CRITERIA == ("specific", "measurable", "achievable", "relevant", "time_bound",
                        "one_sentence")
    assert list(QUESTIONS) == list(CRITERIA[:5])
    assert QUESTIONS["time_bound"] == "By when?"
    assert QUESTIONS["specific"] == "What exactly will you do, and with whom?"
    assert [LABELS[k] for k in CRITERIA] == ["S", "M", "A", "R", "T", "1 sentence"]


def test_result_has_every_criterion_in_order() -> None:
    result = check("Connect with 10 recruiters on LinkedIn by December 31.", DEC_1)
    assert isinstance(result, SmartResult)
    assert tuple(result.criteria) == CRITERIA
    assert all(isinstance(c, Criterion) for c in result.criteria.values())
    assert result.smart is True


def test_to_json_shape() -> None:
    result = check("Connect with 10 recruiters on LinkedIn by December 31.", DEC_1)
    data = result.to_json()
    assert set(data) == {"text", "verdict", "smart", "criteria", "target", "unit", "action",
                         "channel", "deadline", "tips", "language", "month"}
    assert list(data["criteria"]) == list(CRITERIA)
    for value in data["criteria"].values():
        assert set(value) == {"status", "reason", "suggestion"}
    assert data["deadline"] == "2026-12-31"
    assert data["target"] == 10
    assert data["unit"] == "recruiters"
    assert data["action"] == "connect"
    assert data["channel"] == "LinkedIn"
    assert data["smart"] is True and data["verdict"] == "smart"
    assert data["language"] == "en" and data["month"] == "2026-12"


def test_to_json_without_deadline() -> None:
    assert check("Network more.", DEC_1).to_json()["deadline"] is None


def test_smart_is_false_when_any_criterion_fails() -> None:
    result = check("Network more.", DEC_1)
    assert result.smart is False
    assert any(c.status == "fail" for c in result.criteria.values())


def test_warm_up_compiles_and_results_do_not_change() -> None:
    text = "Have 2 coffee chats with data engineers by the 15th."
    before = check(text, DEC_1).to_json()
    warm_up()
    assert check(text, DEC_1).to_json() == before


@pytest.mark.parametrize("budget", [0.0, 1e-9, 0.001, 10.0])
def test_warm_up_in_steps_compiles_each_pattern_once_and_always_progresses(
    budget: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app compiles the patterns a step at a time on the event loop: each step
    makes progress whatever its budget, and the last one reports every pattern done."""
    from netplan_tui.core.smart import text as text_module

    compiled: list[str] = []
    monkeypatch.setattr(text_module, "_PATTERNS", [])
    monkeypatch.setattr(text_module, "_WARM", [])
    patterns = [text_module._lazy(rf"\b{word}\b") for word in ("alpha", "beta", "gamma", "delta")]
    real = text_module.re.compile
    monkeypatch.setattr(text_module.re, "compile",
                        lambda pattern, flags=0: compiled.append(pattern) or real(pattern, flags))
    calls = 1
    while not text_module.warm_up(budget):
        calls += 1
        assert calls <= len(patterns)  # at least one pattern per call
    assert sorted(compiled) == sorted(p.pattern for p in patterns)  # each once
    assert all(p.compiled for p in patterns)
    assert text_module.warm_up(0.0) and len(compiled) == len(patterns)  # done: at once
    assert patterns[2].search("so gamma rays").group() == "gamma"


# --------------------------------------------------------------------------- numbers

@pytest.mark.parametrize(
    ("text", "target", "unit"),
    [
        ("Connect with 10 recruiters by Dec 31.", 10, "recruiters"),
        ("Message eleven recruiters by Friday.", 11, "recruiters"),
        ("Reach out to twenty-five engineers by Dec 15.", 25, "engineers"),
        ("Connect with thirty five engineers by Dec 20.", 35, "engineers"),
        ("Email a dozen hiring managers before the 20th.", 12, "hiring managers"),
        ("Have half a dozen coffee chats with data analysts by Dec 31.", 6, "coffee chats"),
        ("Have a couple of coffee chats with PMs this month.", 2, "coffee chats"),
        ("Attend a hundred meetups this month.", 100, "meetups"),
        ("Volunteer as a mentor at Code Club twice this month.", 2, None),
        ("Apply to 1,000 jobs by Dec 31.", 1000, "jobs"),
        ("Publish one article about my side project by Dec 15.", 1, "article"),
        ("Give a lightning talk at the JavaScript meetup before the 15th.", 1, "lightning talk"),
        ("Connect with someone from Google by Friday.", 1, "person"),
        ("Increase my LinkedIn profile views by 20% by December 31.", 20, "%"),
        ("Grow my newsletter by 15 percent this month.", 15, "%"),
    ],
)
def test_counts(text: str, target: int, unit: str | None) -> None:
    result = check(text, DEC_1)
    assert result.target == target
    if unit is not None:
        assert result.unit == unit
    assert result.criteria["measurable"].status == "ok"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # December 1 to 31: 31 days, counted as 4 weeks.
        ("Post on LinkedIn twice a week until the end of the month.", 8),
        ("Post on LinkedIn two times per week until Dec 31.", 8),
        ("Post on Mastodon 3x a week.", 12),
        ("Tweet about my open source library three days a week.", 12),
        ("Connect with 5 recruiters weekly.", 20),
        ("Connect with 5 recruiters every week until the end of the month.", 20),
        ("Comment on 2 posts by recruiters per day this month.", 62),
        ("Post on LinkedIn every day.", 31),
        ("Attend one meetup every other week until the end of December.", 2),
        ("Comment on one post from a hiring manager every weekday this month.", 23),
        ("Reach out to 3 tech recruiters on LinkedIn every Monday in December.", 12),
        ("Publish 4 posts on LinkedIn monthly.", 4),
        # A rate over a shorter window: December 1 to 15 is 2 weeks.
        ("Message 2 engineering managers each week until Dec 15.", 4),
    ],
)
def test_rates_become_a_count_for_the_window(text: str, target: int) -> None:
    result = check(text, DEC_1)
    assert result.target == target
    assert result.criteria["measurable"].status == "ok"


def test_a_rate_with_its_own_count_leaves_the_total_alone() -> None:
    text = "Write 4 LinkedIn posts about my job search, one per week, through December."
    result = check(text, DEC_1)
    assert result.target == 4
    assert result.unit == "LinkedIn posts"  # as the user wrote it


def test_once_is_a_count_unless_it_starts_a_clause() -> None:
    assert check("Meet with a career coach once this month.", DEC_1).target == 1
    assert check("Once I finish my portfolio, message recruiters.", DEC_1).target is None


def test_rate_uses_the_rest_of_the_goal_month() -> None:
    # On November 28 for a December goal the window is still December.
    assert check("Post on LinkedIn twice a week.", TODAY, DECEMBER).target == 8
    # Without a month, November 28 plans December (the Goals screen's rule).
    assert check("Post on LinkedIn twice a week.", TODAY).target == 8
    # For the current month only 3 days are left: at least one week is counted.
    november = PlanContext(month="2026-11")
    assert check("Post on LinkedIn twice a week.", TODAY, november).target == 2


@pytest.mark.parametrize(
    "text",
    [
        "Attend meetups by 2025.",
        "Message recruiters by December 31.",
        "Message recruiters by the 15th.",
        "Message recruiters by 2026-12-31.",
        "Message recruiters by 12/20.",
        "Message recruiters in 2 weeks.",
        "Message recruiters before Dec 31, 2026.",
        "Message recruiters at 9am on Monday.",
        "Message recruiters with experience in Python 3.12.",
        "Message recruiters at Fortune 500 companies.",
        "Message recruiters about 1:1 mentoring.",
        "Message recruiters who post on #100DaysOfCode.",
        "Message recruiters from last year's job fair.",
    ],
)
def test_numbers_inside_dates_times_and_names_are_not_counts(text: str) -> None:
    result = check(text, DEC_1)
    assert result.target is None
    assert result.criteria["measurable"].status == "fail"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Attend 2 meetups by 2027-01-10.", 2),
        ("Connect with 50 people in one month.", 50),
        ("Record a 5-minute demo video and share it on LinkedIn by Dec 12.", 1),
        ("Put together a 10-slide deck and pitch a talk to JSConf by Dec 15.", 1),
        ("Have 1:1 calls with 3 staff engineers at top 10 startups by 12/18.", 3),
        ("Connect with 3 people in Python 3.12 core dev circles by Friday.", 3),
    ],
)
def test_the_count_is_not_taken_from_dates_or_adjectives(text: str, target: int) -> None:
    assert check(text, DEC_1).target == target


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Connect with some recruiters this month.", "some"),
        ("Reach out to a few recruiters by Friday.", "a few"),
        ("Attend several meetups in December.", "several"),
        ("Message more recruiters this month.", "more"),
        ("Connect with lots of developers on GitHub by Dec 31.", "lots of"),
    ],
)
def test_vague_quantities_fail_measurable_and_are_quoted(text: str, word: str) -> None:
    measurable = check(text, DEC_1).criteria["measurable"]
    assert measurable.status == "fail"
    assert f'"{word}"' in measurable.reason
    assert "Add a number" in measurable.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Attend meetups with friends",  # "ten" inside "attend" is not a number
        "Mention it to anyone",  # "one" inside "anyone"
        "Mention it to no one",
        "Message everyone at the office",
        "Often attend tech talks",
    ],
)
def test_number_words_respect_word_boundaries(text: str) -> None:
    assert check(text, DEC_1).target is None


def test_ten_inside_attend_is_not_ten() -> None:
    assert check("Attend meetups this month.", DEC_1).target is None


@pytest.mark.parametrize(
    "text",
    [
        "Follow up on all my pending applications by Friday.",
        "Send thank you notes to everyone I interviewed with by Friday.",
        "Share my open source CLI on Hacker News by Friday.",
    ],
)
def test_whole_sets_and_own_things_are_done_or_not_done(text: str) -> None:
    # A single deliverable is measured by being done, like "attend the Dec 15 meetup".
    assert status(text, "measurable") == "ok"


def test_binary_deliverables_are_measurable() -> None:
    result = check("Update my LinkedIn headline and About section by Sunday.", DEC_1)
    assert result.criteria["measurable"].status == "ok"
    assert "Done or not done" in result.criteria["measurable"].reason
    assert result.criteria["achievable"].status == "ok"


# --------------------------------------------------------------------------- deadlines

@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("by December 31", date(2026, 12, 31)),
        ("by Dec 31, 2026", date(2026, 12, 31)),
        ("by Dec. 31", date(2026, 12, 31)),
        ("by 31 December", date(2026, 12, 31)),
        ("before the 31st of December", date(2026, 12, 31)),
        ("by the end of the month", date(2026, 12, 31)),
        ("by end of month", date(2026, 12, 31)),
        ("by month end", date(2026, 12, 31)),
        ("by EOM", date(2026, 12, 31)),
        ("this month", date(2026, 12, 31)),
        ("before the month is out", date(2026, 12, 31)),
        ("every week until the end of the month", date(2026, 12, 31)),
        ("next week", date(2026, 12, 6)),
        ("by the end of next week", date(2026, 12, 6)),
        ("by the end of the week", date(2026, 11, 29)),
        ("this week", date(2026, 11, 29)),
        ("within two weeks", date(2026, 12, 15)),
        ("in 3 weeks", date(2026, 12, 22)),
        ("in the next 10 days", date(2026, 12, 11)),
        ("over the coming fortnight", date(2026, 12, 15)),
        ("before the 15th", date(2026, 12, 15)),
        ("by the 15th", date(2026, 12, 15)),
        ("by Friday", date(2026, 12, 4)),
        ("by next Friday", date(2026, 12, 4)),
        ("on Monday", date(2026, 11, 30)),
        ("by tomorrow", date(2026, 11, 29)),
        ("by 2026-12-20", date(2026, 12, 20)),
        ("by 12/20", date(2026, 12, 20)),
        ("by 31/12", date(2026, 12, 31)),
        ("by mid-December", date(2026, 12, 15)),
        ("in December", date(2026, 12, 31)),
        ("by the end of December", date(2026, 12, 31)),
        ("by the end of next month", date(2026, 12, 31)),
        ("by January 15", date(2027, 1, 15)),
        ("before Christmas", date(2026, 12, 25)),
        ("before the holidays", date(2026, 12, 24)),
        ("by the end of the year", date(2026, 12, 31)),
        ("by the end of 2026", date(2026, 12, 31)),
        ("by 2027", date(2027, 12, 31)),
        ("by Q1", date(2027, 3, 31)),
        ("by 15.12.", date(2026, 12, 15)),
        ("by 31.12.2026", date(2026, 12, 31)),
        ("this winter", date(2027, 2, 28)),
    ],
)
def test_deadlines_resolve_to_dates(phrase: str, expected: date) -> None:
    result = check(f"Message 3 recruiters at Shopify {phrase}.", TODAY, DECEMBER)
    assert result.deadline == expected


@pytest.mark.parametrize(
    ("today", "phrase", "expected"),
    [
        (date(2026, 12, 1), "by Friday", date(2026, 12, 4)),
        (date(2026, 12, 1), "by next Friday", date(2026, 12, 11)),
        (date(2026, 12, 1), "by the end of next week", date(2026, 12, 13)),
        (date(2027, 2, 1), "by the end of the month", date(2027, 2, 28)),
        (date(2028, 2, 10), "by the end of the month", date(2028, 2, 29)),
        (date(2028, 2, 10), "by February 29", date(2028, 2, 29)),
        (date(2026, 1, 31), "by the end of the month", date(2026, 2, 28)),  # plans February
        (date(2026, 1, 31), "by next Friday", date(2026, 2, 6)),
        (date(2026, 3, 15), "this week", date(2026, 3, 15)),
        (date(2027, 2, 1), "for the next month", date(2027, 2, 28)),  # from the 1st: the month
        (date(2026, 11, 28), "by the 15th", date(2026, 12, 15)),
        (date(2026, 6, 10), "this summer", date(2026, 8, 31)),
        (date(2026, 6, 10), "next spring", date(2027, 5, 31)),
    ],
)
def test_deadlines_depend_on_today(today: date, phrase: str, expected: date) -> None:
    assert check(f"Message 3 recruiters {phrase}.", today).deadline == expected


@pytest.mark.parametrize(
    "text",
    [
        "Work on my hobby project.",  # "by" inside "hobby"
        "Attend a hackathon nearby.",  # "by" inside "nearby"
        "Message 3 recruiters standby.",
        "Message the lobby staff.",
    ],
)
def test_by_inside_words_is_not_a_deadline(text: str) -> None:
    result = check(text, DEC_1)
    assert result.deadline is None
    assert result.criteria["time_bound"].status == "fail"


def test_past_references_are_not_deadlines() -> None:
    result = check("Message 5 contacts from last month's hackathon by next Friday.", DEC_1)
    assert result.deadline == date(2026, 12, 11)
    assert result.criteria["time_bound"].status == "ok"


def test_a_date_after_by_beats_a_bare_one() -> None:
    text = "Send a note to 5 engineers who spoke at KubeCon this year, before December 18."
    assert check(text, DEC_1).deadline == date(2026, 12, 18)


def test_a_decimal_is_not_a_date() -> None:
    result = check("Spend 1.5 hours a week on LinkedIn until December 31.", DEC_1)
    assert result.deadline == date(2026, 12, 31)


def test_the_latest_date_is_the_deadline() -> None:
    text = "Publish a LinkedIn post by Feb 10, then repost it on Mastodon by Feb 12."
    assert check(text, date(2027, 2, 1)).deadline == date(2027, 2, 12)


# --------------------------------------------------------------------------- time-bound

@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("Connect with 5 recruiters by December 31.", DEC_1, "ok"),
        ("Connect with 5 recruiters by 2026-10-15.", DEC_1, "fail"),
        ("Connect with 5 recruiters by December 31, 2025.", DEC_1, "fail"),
        ("Connect with 5 recruiters by 2025.", DEC_1, "fail"),
        ("Publish 1 article by January 15.", date(2026, 1, 31), "fail"),
        ("Connect with 5 recruiters by 2027.", TODAY, "warn"),
        ("Connect with 5 recruiters by June 30.", DEC_1, "warn"),
        ("Connect with 12 recruiters in the next 3 months.", DEC_1, "warn"),
        ("Connect with 5 recruiters by January 15.", DEC_1, "warn"),  # after December
        ("Connect with 5 recruiters by January 15.", TODAY, "warn"),
        ("Connect with 5 recruiters each week.", DEC_1, "warn"),
        ("Connect with 5 recruiters weekly.", DEC_1, "warn"),
        ("Post on LinkedIn every day.", DEC_1, "warn"),
        ("Publish 4 posts on LinkedIn monthly.", DEC_1, "warn"),
        ("Connect with 5 recruiters every week until December 31.", DEC_1, "ok"),
        ("Connect with 5 recruiters soon.", DEC_1, "fail"),
        ("Connect with 5 recruiters eventually.", DEC_1, "fail"),
        ("Connect with 5 recruiters someday.", DEC_1, "fail"),
        ("Connect with 5 recruiters at some point.", DEC_1, "fail"),
        ("Connect with 5 recruiters ASAP.", DEC_1, "fail"),
        ("Connect with 5 recruiters.", DEC_1, "fail"),
        ("Show up to the monthly Go meetup and chat with 3 folks there.", DEC_1, "fail"),
    ],
)
def test_time_bound(text: str, today: date, expected: str) -> None:
    assert status(text, "time_bound", today) == expected


def test_time_bound_suggestion_names_the_real_end_of_the_goal_month() -> None:
    feb = check("Connect with 5 recruiters.", date(2027, 2, 1)).criteria["time_bound"]
    assert "February 28" in feb.suggestion
    leap = check("Connect with 5 recruiters.", date(2028, 2, 1)).criteria["time_bound"]
    assert "February 29" in leap.suggestion
    planned = check("Connect with 5 recruiters.", TODAY, DECEMBER).criteria["time_bound"]
    assert "December 31" in planned.suggestion


def test_cadence_suggestion_adds_an_end_date() -> None:
    criterion = check("Connect with 5 recruiters every week.", DEC_1).criteria["time_bound"]
    assert '"every week"' in criterion.reason
    assert "until December 31" in criterion.suggestion


def test_past_reason_quotes_the_words() -> None:
    criterion = check("Attend 3 meetups by 2026-10-15.", DEC_1).criteria["time_bound"]
    assert '"by 2026-10-15"' in criterion.reason
    assert "past" in criterion.reason


# --------------------------------------------------------------------------- specific

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schedule 3 coffee chats with engineering managers at fintech startups.", "ok"),
        ("Attend two tech meetups in December.", "ok"),
        ("Ask my former manager for a referral to her team by Friday.", "ok"),
        ("Publish one article about my side project on dev.to.", "ok"),
        ("Update my LinkedIn headline by Sunday.", "ok"),
        ("Knock out 5 job applications to Canadian fintechs before Friday.", "ok"),
        ("Network more.", "fail"),
        ("Get better at networking this month.", "fail"),
        ("Be more active on LinkedIn.", "fail"),
        ("Put myself out there at tech events.", "fail"),
        ("Improve my personal brand.", "fail"),
        ("Work on my LinkedIn.", "fail"),
        ("Grow my network.", "fail"),
        ("Get better at talking to recruiters.", "fail"),
        ("", "fail"),
        ("Try to connect with some people on LinkedIn.", "warn"),
        ("Connect with some recruiters.", "ok"),  # who is named; "some" fails Measurable
        ("Message 5 people.", "warn"),
        ("Connect with 10 people on LinkedIn.", "warn"),
        ("Have 50 coffee chats this month.", "warn"),
        ("Send 500 LinkedIn invitations.", "warn"),
        ("Write 1 post.", "warn"),
        ("Network with 5 engineers at Shopify.", "warn"),
        ("Find a mentor.", "warn"),
        ("Land my dream job.", "warn"),
        ("Connect with 10 people at Shopify.", "ok"),
        ("Connect with 20 recuiters on LinkedIn.", "ok"),
        ("Improve my GitHub by adding READMEs to 3 projects.", "ok"),
        ("Keep posting on LinkedIn.", "warn"),
        ("Reply to recruiters faster.", "warn"),
        ("Spend an hour a day on LinkedIn.", "warn"),
        ("Tell 5 friends I'm looking for a job.", "ok"),
        ("Stay in touch with the recruiters I met at the career fair.", "fail"),
        ("Connect with someone from Google.", "ok"),
    ],
)
def test_specific(text: str, expected: str) -> None:
    assert status(text, "specific") == expected


def test_specific_reason_quotes_the_vague_words() -> None:
    criterion = check("Network more.", DEC_1).criteria["specific"]
    assert '"Network more"' in criterion.reason
    assert criterion.suggestion


@pytest.mark.parametrize(
    ("text", "action", "channel"),
    [
        ("Connect with 10 recruiters on LinkedIn.", "connect", "LinkedIn"),
        ("Send 20 connection requests to engineers.", "connect", None),
        ("Schedule 3 coffee chats with data engineers.", "coffee chat", None),
        ("Book 2 informational interviews with hiring managers.", "informational interview",
         None),
        ("Ask 3 developers at Stripe for a referral.", "ask for a referral", None),
        ("Ask 2 alumni for an introduction to their managers.", "ask for an introduction",
         None),
        ("Attend 2 meetups in Toronto.", "attend", "meetup"),
        ("Post twice a week on Mastodon.", "post", "Mastodon"),
        ("Comment on 5 posts in the Rust Discord.", "comment", "Discord"),
        ("Email 8 hiring managers.", "email", "email"),
        ("DM 6 frontend devs on Twitter.", "message", "Twitter/X"),
        ("Answer 20 SQL questions on Stack Overflow.", "answer", "Stack Overflow"),
        ("Give a lightning talk at a meetup.", "present", "meetup"),
        ("Follow up with the 4 recruiters I met.", "follow up", None),
    ],
)
def test_action_and_channel_are_normalised(text: str, action: str, channel: str | None) -> None:
    result = check(text, DEC_1)
    assert result.action == action
    assert result.channel == channel


# --------------------------------------------------------------------------- achievable

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Have 4 coffee chats with senior developers by December 31.", "ok"),
        ("Have 50 coffee chats with senior developers this month.", "fail"),  # far past the pace
        ("Send 500 LinkedIn invitations to engineers by the end of the month.", "fail"),
        ("Send 100 connection requests to engineers by the end of the month.", "ok"),
        ("Attend 10 networking events in the next 2 weeks.", "fail"),  # far past the pace
        ("Give 4 talks at local meetups this month.", "warn"),
        ("Post 60 times on LinkedIn in December.", "warn"),
        ("Connect with 50 people in one month.", "ok"),
        ("Get 10 replies from recruiters on LinkedIn by December 31.", "warn"),
        ("Get hired at Shopify by December 31.", "warn"),
        ("Get a referral for the platform role at Stripe by December 18.", "warn"),
        ("Land 3 interviews for junior frontend roles by December 31.", "warn"),
        ("Get 100 new followers on GitHub this month.", "warn"),
        ("Ask my former manager for a referral by Friday.", "ok"),
        ("Network more.", "warn"),
        ("Attend 3 virtual meetups by 2026-10-15.", "ok"),
    ],
)
def test_achievable(text: str, expected: str) -> None:
    assert status(text, "achievable") == expected


def test_achievable_fails_only_out_of_reach() -> None:
    texts = ["", "Network more.", "Get hired.", "Have 15 coffee chats this month."]
    assert all(status(t, "achievable") != "fail" for t in texts)
    assert status("Have 900 coffee chats by tomorrow.", "achievable") == "fail"
    assert status("Get 1,000 new followers on LinkedIn by Dec 31.", "achievable") == "fail"


def test_outcome_suggests_a_rewrite_towards_actions() -> None:
    criterion = check("Get 10 replies from recruiters by Dec 31.", DEC_1).criteria["achievable"]
    assert criterion.status == "warn"
    assert "Depends on others" in criterion.reason
    assert "send" in criterion.suggestion


def test_weekly_hours_limit_what_is_achievable() -> None:
    text = "Attend 5 meetups by December 31."
    assert status(text, "achievable", context=PlanContext(weekly_hours=10)) == "ok"
    busy = check(text, DEC_1, PlanContext(weekly_hours=3)).criteria["achievable"]
    assert busy.status == "warn"
    assert "h" in busy.reason and "3 h a week" in busy.suggestion
    # Far more hours than the week allows is out of reach.
    assert status(text, "achievable", context=PlanContext(weekly_hours=1)) == "fail"


def test_low_past_completion_warns_on_big_goals_only() -> None:
    big = "Send 100 connection requests to engineers this month."
    small = "Send 20 connection requests to engineers this month."
    low = PlanContext(completion_rate=0.2)
    assert status(big, "achievable", context=low) == "warn"
    assert status(small, "achievable", context=low) == "ok"
    assert status(big, "achievable", context=PlanContext(completion_rate=0.9)) == "ok"
    assert "20%" in check(big, DEC_1, low).criteria["achievable"].reason


def test_a_shorter_window_lowers_the_realistic_count() -> None:
    assert status("Have 10 coffee chats with developers by December 31.", "achievable") == "ok"
    late = date(2026, 12, 20)
    assert status("Have 10 coffee chats with developers by December 31.", "achievable",
                  late) != "ok"


# --------------------------------------------------------------------------- relevant

PLAN = PlanContext(
    goals=("job_search", "community"),
    terms=("Recruiters", "Engineering Managers", "Backend Developers", "Fintech",
           "Shopify Inc.", "Python", "Toronto"),
    weekly_hours=6,
    month="2026-12",
)


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Message 5 recruiters by Friday.", None, "ok"),
        ("Attend 2 Python meetups this month.", None, "ok"),
        ("Connect with 10 people this month.", None, "warn"),
        ("Network more.", None, "warn"),
        ("Run 5 km three times a week.", None, "fail"),
        ("Bake 3 batches of cookies every weekend.", None, "fail"),
        ("Work on my hobby project nearby.", None, "fail"),
        ("Message 5 recruiters at Shopify by December 15.", PLAN, "ok"),
        ("Connect with 3 engineering managers at fintechs.", PLAN, "ok"),
        ("Message 2 backend engineers in Toronto.", PLAN, "ok"),
        ("Connect with 10 people at Shopify this month.", PLAN, "ok"),
        ("Post on LinkedIn twice a week.", PLAN, "ok"),  # career work; naming a target is a tip
        ("Learn Django REST framework by December 31.", PLAN, "warn"),
        ("Run a 10K race every Saturday this month.", PLAN, "fail"),
    ],
)
def test_relevant(text: str, context: PlanContext | None, expected: str) -> None:
    assert status(text, "relevant", TODAY, context) == expected


def test_plan_terms_are_matched_tolerantly() -> None:
    result = check("Message 2 recruiters at shopify by Friday.", TODAY, PLAN)
    assert result.criteria["relevant"].status == "ok"
    assert "Shopify Inc." in answers_from(result)["relevant"]


def test_short_terms_are_matched_only_as_written() -> None:
    plan = PlanContext(goals=("community",), terms=("Go",))
    assert '"Go"' not in check("Go to 2 meetups this month.", DEC_1, plan).criteria[
        "relevant"].reason
    assert '"Go"' in check("Attend 2 Go meetups this month.", DEC_1, plan).criteria[
        "relevant"].reason


def test_purpose_clause_ties_a_goal_to_the_plan() -> None:
    plan = PlanContext(goals=("job_search",))
    plain = "Write 2 blog posts about CSS tricks by December 31."
    purposeful = plain[:-1] + " to show hiring managers what I can build."
    # Career work is relevant; without a purpose, saying how it serves the goal is a tip.
    assert status(plain, "relevant", TODAY, plan) == "ok"
    assert any("purpose" in tip for tip in check(plain, TODAY, plan).tips)
    assert status(purposeful, "relevant", TODAY, plan) == "ok"
    assert not any("purpose" in tip for tip in check(purposeful, TODAY, plan).tips)


def test_custom_goal_vocabulary() -> None:
    plan = PlanContext(goals=("custom",), custom_goal="Move into developer relations",
                       terms=("DevRel", "Supabase"))
    assert status("Message 3 DevRel engineers at Supabase by Dec 18.", "relevant", TODAY,
                  plan) == "ok"
    assert status("Bake 3 batches of cookies every weekend.", "relevant", TODAY,
                  plan) == "fail"


# --------------------------------------------------------------------------- one sentence

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Message 3 Sr. engineers at Acme Inc. about hiring by Dec. 15.", "ok"),
        ("Email 8 hiring managers, e.g. at Cloudflare and Monzo, by December 31.", "ok"),
        ("Meet 3 people at the U.S. Python conference by the end of the year.", "ok"),
        ("Reach out to Dr. Lee and 2 other mentors by the end of the month.", "ok"),
        ("Share 3 posts about my Vue.js project on https://dev.to by Dec 31.", "ok"),
        ("Spend 1.5 hours every week answering questions in the Kubernetes Slack.", "ok"),
        ("Write 3 blog posts about Node.js performance by 2026-12-31.", "ok"),
        ("Message 12 recruiters this week!", "ok"),
        ("Can I set up 2 informational interviews before December 31?", "ok"),
        ("Connect with 5 recruiters. Then message 3 engineering managers.", "fail"),
        ("Connect with 10 recruiters!!! Also message 5 engineers?", "fail"),
        ("Attend 2 meetups\nMessage 3 recruiters", "fail"),
        ("connect with 5 recruiters. then message 3 more.", "fail"),
        ("", "fail"),
    ],
)
def test_one_sentence(text: str, expected: str) -> None:
    assert status(text, "one_sentence") == expected


def test_a_wrapped_line_is_still_one_sentence() -> None:
    assert status("Connect with 5 recruiters\non LinkedIn by Friday.", "one_sentence") == "ok"


def test_very_long_sentence_warns() -> None:
    text = "Message 3 recruiters " + "and then some more people " * 12 + "by Friday."
    assert status(text, "one_sentence") == "warn"


def test_huge_input_fails_one_sentence_but_returns_a_result() -> None:
    text = "Connect with 5 recruiters by Friday. " * 300
    result = check(text, DEC_1)
    assert result.criteria["one_sentence"].status == "fail"
    assert result.text == text
    assert result.target == 5


# --------------------------------------------------------------------------- answers

def test_answers_are_prefilled_from_what_was_extracted() -> None:
    result = check("Connect with 10 recruiters on LinkedIn by December 31 to learn how "
                   "they hire.", DEC_1)
    answers = answers_from(result)
    assert list(answers) == list(QUESTIONS)
    assert answers["specific"].startswith("Connect with 10 recruiters on LinkedIn")
    assert answers["measurable"] == "10 recruiters"
    assert "of work" in answers["achievable"]
    assert answers["relevant"]
    assert answers["time_bound"] == "By December 31, 2026"


def test_answers_are_empty_when_nothing_was_found() -> None:
    answers = answers_from(check("", DEC_1))
    assert answers == dict.fromkeys(QUESTIONS, "")


def test_answers_mention_a_rate_and_a_missing_end() -> None:
    answers = answers_from(check("Post on LinkedIn twice a week.", DEC_1))
    assert answers["measurable"].startswith("8 ")
    assert "no end date" in answers["time_bound"]


# --------------------------------------------------------------------------- robustness

@pytest.mark.parametrize(
    "text",
    [
        "[bold]Connect with 5 recruiters[/bold] by Dec 31",
        "[@click=app.quit]x[/]",
        "Connect with 5 recruiters \U0001f680 by Dec 31 \U0001f3af",
        "\x1b]0;pwned\x07 connect with 5 recruiters",
        "\u202eConnect with 5 recruiters by Friday",
        "9" * 10_000,
        "by " * 3000,
        "\u0130" * 3000,
    ],
)
def test_odd_input_returns_a_result(text: str) -> None:
    result = check(text, DEC_1)
    assert tuple(result.criteria) == CRITERIA
    assert result.text == text


def test_markup_is_treated_as_plain_text() -> None:
    result = check("[bold]Connect with 5 recruiters[/bold] by Dec 31", DEC_1)
    assert result.smart is True
    assert result.target == 5


def test_bad_context_values_do_not_raise() -> None:
    odd = PlanContext(goals=("bogus", "custom"), custom_goal="", terms=("", "  ", "a" * 500),
                      weekly_hours=-1, month="2026-13", completion_rate=7.0)
    result = check("Connect with 5 recruiters by Friday.", DEC_1, odd)
    assert tuple(result.criteria) == CRITERIA
    assert result.deadline == date(2026, 12, 4)


# --------------------------------------------------------------------------- fixed bugs


@pytest.mark.parametrize("name", ["Yahoo!", "What? Inc", "Jeopardy! fans", "Hey! Ho?"])
def test_a_plan_name_with_its_own_mark_is_one_sentence(name: str) -> None:
    context = PlanContext(goals=("job_search",), terms=(name,), month="2026-12")
    result = check(f"Connect with 3 engineers at {name} on LinkedIn by December 20.", TODAY,
                   context)
    assert result.criteria["one_sentence"].status == "ok"
    assert status("Attend 2 meetups! Then message 3 recruiters by Friday.", "one_sentence",
                  context=context) == "fail"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Message 4 recruiters on LinkedIn by the end of the month",
         "Message 4 recruiters on LinkedIn"),
        ("Attend 2 meetups before December 20.", "Attend 2 meetups"),
        ("Publish 1 post on LinkedIn within two weeks", "Publish 1 post on LinkedIn"),
        ("Email 3 alumni at Stripe no later than Friday", "Email 3 alumni at Stripe"),
    ],
)
def test_the_specific_answer_ends_before_the_deadline_word(text: str, answer: str) -> None:
    assert answers_from(check(text, DEC_1))["specific"] == answer


@pytest.mark.parametrize(
    ("text", "action", "label", "who"),
    [
        ("Have coffee chats with 3 data engineers at Stripe by December 20.", "coffee chat",
         "coffee chats", "data engineers"),
        ("Do 2 informational interviews with product managers this month.",
         "informational interview", "informational interviews", "product managers"),
        ("Set up a call with a hiring manager at Monzo by Friday.", "meet", "call",
         "hiring manager"),
        ("Book 2 mock interviews with senior devs by December 12.", "meet", "mock interviews",
         "senior devs"),
        ("Schedule 3 coffee chats with recruiters before December 20.", "coffee chat",
         "coffee chats", "recruiters"),
    ],
)
def test_a_generic_verb_reports_the_activity(text: str, action: str, label: str,
                                             who: str) -> None:
    result = check(text, DEC_1)
    assert result.action == action
    reason = result.criteria["specific"].reason
    assert f'"{label}"' in reason and f'"{who}"' in reason
    assert '"Have"' not in reason and '"Do"' not in reason


def test_a_small_goal_is_under_an_hour_of_work() -> None:
    result = check("Comment on 2 LinkedIn posts by December 10.", DEC_1)
    assert result.criteria["achievable"].reason.startswith("Under an hour of work")
    assert answers_from(result)["achievable"] == "Under an hour of work by December 10"
    assert "0 h" not in answers_from(result)["achievable"]
    bigger = answers_from(check("Attend 5 meetups by December 31.", DEC_1))["achievable"]
    assert bigger == "About 15 h of work by December 31"


# --------------------------------------------------------------------------- informal phrasing


@pytest.mark.parametrize(
    ("text", "criterion", "expected"),
    [
        ("I'm going to contribute to open source.", "specific", "warn"),
        ("I'm going to be more active on LinkedIn this month.", "specific", "fail"),
        ("I'm going to the Python meetup on Friday and talk to 2 speakers.", "specific", "ok"),
        ("I will follow up with every recruiter I spoke to at the career fair by Thursday.",
         "measurable", "ok"),  # a whole set: done or not done
        ("Comment on 3 posts each week until December 31.", "measurable", "ok"),
        ("I want to network with more senior devs so I can find a mentor.", "measurable", "fail"),
        ("I will land at least 2 interviews for frontend roles by EOM.", "achievable", "warn"),
        ("I will recieve at least 3 job offers at Stripe by December 31.", "achievable", "warn"),
        ("By the end of this month I want to have 50 new connections who are engineers.",
         "achievable", "warn"),
        ("Ask for 3 referrals by December 20.", "specific", "warn"),
        ("Ask 2 alumni at Stripe for a referral by December 20.", "specific", "ok"),
        ("Tweet about my side project 3x a week til the end of December", "relevant", "ok"),
    ],
)
def test_first_person_and_informal_goals(text: str, criterion: str, expected: str) -> None:
    assert status(text, criterion) == expected


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("DM 5 developer advocates on Twitter before mid-December.", date(2026, 12, 15)),
        ("Publish 2 YouTube videos on Django, by mid december", date(2026, 12, 15)),
        ("Attend 2 meetups before December.", date(2026, 11, 30)),
        ("I will apply to 5 backend jobs a day for the rest of December.", date(2026, 12, 31)),
        ("Post on LinkedIn for the remainder of December, twice a week.", date(2026, 12, 31)),
    ],
)
def test_mid_month_and_rest_of_month(text: str, deadline: date) -> None:
    assert check(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Follow 20 engineering leaders on Twitter and engage with their content daily "
         "for the next 2 weeks", 20),
        ("Message 5 recruiters at Stripe and Shopify every week until December 31.", 20),
        ("Comment on 3 posts a week until December 31.", 12),
    ],
)
def test_a_rate_belongs_to_its_own_verb(text: str, target: int) -> None:
    assert check(text, DEC_1).target == target
