"""``check``: one goal sentence judged against the six criteria (see the package's
docstring for how the rules are built). Imported on first use of ``check``."""

from __future__ import annotations

import re
from datetime import date

from .analysis import (
    _Analysis,
)
from .criteria import QUESTIONS
from .flags import joined, limit, placeholders, question
from .judges import (
    _judge_achievable,
    _judge_measurable,
    _judge_sentences,
    _judge_specific,
    _judge_time,
)
from .language import NAMES, detect, vague_amount
from .language import count as foreign_count
from .language import deadline as foreign_deadline
from .reading import (
    _analyse,
)
from .relevance import _judge_relevant, _match_terms
from .result import (
    MAX_JUDGED_CHARS,
    MAX_SCANNED_CHARS,
    Criterion,
    PlanContext,
    SmartResult,
)
from .text import _clean
from .wording import (
    _fmt_short,
    _hints,
)


def answers_from(result: SmartResult) -> dict[str, str]:
    """Short answers to the verification questions, offered in the editor ("" when unknown)."""
    found = _hints(result.details) if isinstance(result.details, _Analysis) else {}
    return {key: found.get(key, "") for key in QUESTIONS}


def check(text: str, today: date, context: PlanContext | None = None) -> SmartResult:
    """Judge one goal sentence. Never raises; the same input gives the same result."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    context = context or PlanContext()
    a = _analyse(text, today, context)
    language = detect(a.text) if a.words else "en"
    if language != "en":
        return _foreign(text, a, language)
    specific = _judge_specific(a)
    measurable = _judge_measurable(a)
    achievable = _judge_achievable(a, measurable) if a.words else Criterion(
        "warn", "Can't judge realism of an empty goal.", "Write the goal first.")
    if a.words:
        relevant, relevance_hint = _judge_relevant(a)
    else:
        relevant, relevance_hint = Criterion("fail", "Empty: nothing to relate to your plan.",
                                             "Write the goal first."), ""
    time_bound = _judge_time(a) if a.words else Criterion(
        "fail", "No deadline or time frame.",
        f"Add an end date: e.g. 'by {_fmt_short(a.cal.suggested_end)}'.")
    one_sentence = _judge_sentences(
        a.text if len(text) <= MAX_JUDGED_CHARS else _clean(text[:MAX_SCANNED_CHARS]),
        a.words, len(text), context.terms)
    if a.words:
        specific, measurable, achievable, time_bound, one_sentence = _flagged(
            a, specific, measurable, achievable, time_bound, one_sentence)
    criteria = {
        "specific": specific,
        "measurable": measurable,
        "achievable": achievable,
        "relevant": relevant,
        "time_bound": time_bound,
        "one_sentence": one_sentence,
    }
    action = a.action.name if a.action and a.action.cls not in ("generic", "outcome") else None
    if a.action and a.action.cls == "generic":
        action = a.action.name
    if action == "outcome":
        action = None
    a.relevance_hint = relevance_hint
    return SmartResult(
        text=text,
        criteria=criteria,
        target=a.target,
        unit=a.unit,
        action=action,
        channel=a.channel,
        deadline=a.deadline,
        tips=tuple(dict.fromkeys(a.tips)),
        language=a.language,
        month=a.cal.key,
        details=a,
    )


_RANK = {"ok": 0, "warn": 1, "fail": 2}


def _worse(current: Criterion, other: Criterion) -> Criterion:
    return other if _RANK[other.status] > _RANK[current.status] else current


def _flagged(a: _Analysis, specific: Criterion, measurable: Criterion, achievable: Criterion,
             time_bound: Criterion, one_sentence: Criterion
             ) -> tuple[Criterion, Criterion, Criterion, Criterion, Criterion]:
    """What no single judge sees: placeholders, limits, two goals in one, a question."""
    end = _fmt_short(a.cal.suggested_end)
    count_hole, date_hole, other_hole = placeholders(a)
    if count_hole:
        a.target = None
        measurable = Criterion("fail", f'"{count_hole}" is a placeholder, not a number.',
                               "Put the number in: e.g. 'message 3 recruiters'.")
        achievable = Criterion("warn", "Can't judge realism until the number is filled in.",
                               "Pick a number that fits your week.")
    if date_hole:
        time_bound = Criterion("fail", f'"{date_hole}" is a placeholder, not a date.',
                               f"Put the date in: e.g. 'by {end}'.")
    if other_hole and not count_hole and measurable.status == "fail" and a.target is None and (
            not a.vague_quantity):
        # "Reach out to {recruiter}": the hole stands for one named person or event
        measurable = Criterion("ok", f'One to do: "{other_hole}", once filled in.', "")
        achievable = Criterion("ok", "Looks doable.", "")
    if other_hole:
        specific = _worse(specific, Criterion(
            "warn", f'Unfinished: "{other_hole}" is a placeholder.',
            "Fill it in: the company, the person or the event by name."))
    capped = limit(a)
    if capped and achievable.status != "ok" and a.target is not None:
        # a cap is a most, not a target: its size says nothing about realism
        achievable = Criterion("ok", "A limit, not a target: nothing to overdo.", "")
    if capped and measurable.status == "ok":
        measurable = Criterion("warn", f'"{capped}" is a limit, not a target.',
                               "Say what you will do: e.g. 'send 10 connection requests a "
                               "week'.")
        if a.action is None or a.action.name == "spend" or a.low.startswith(
                ("don't spend", "do not spend")):
            specific = _worse(specific, Criterion(
                "warn", "A limit on what you do, not a step to take.",
                "Name the step: e.g. 'comment on 5 posts by recruiters each week'."))
    second = joined(a)
    if second and one_sentence.status == "ok":
        one_sentence = Criterion("warn", f'Two goals in one sentence: "{second}" is another.',
                                 "Keep one goal per sentence: make the second its own goal.")
    if question(a):
        specific = Criterion("fail", "A question, not a goal.",
                             "State what you will do: e.g. 'message 3 recruiters on LinkedIn "
                             f"by {end}'.")
    return specific, measurable, achievable, time_bound, one_sentence


def _foreign(text: str, a: _Analysis, language: str) -> SmartResult:
    """A goal in French, Spanish or German: its dates, numbers and the plan's names are
    read; what the checker cannot read is said, as a warning, never guessed."""
    name = NAMES[language]
    a.language = language
    blind = (f"Written in {name}: the checker reads English only and cannot judge this.",
             "Write the goal in English for a full check.")
    day, said, vague = foreign_deadline(a.text, a.cal)
    a.cadence, a.vague_time, a.dates = "", [], []
    a.deadline, a.deadline_quote = day, said
    if day is not None:
        time_bound = _judge_time(a)
    elif vague:
        time_bound = Criterion("fail", f'"{said}" is not a date.',
                               f"Add an end date: e.g. 'by {_fmt_short(a.cal.suggested_end)}'.")
    else:
        time_bound = Criterion("fail", f"No deadline found (dates are read in {name}).",
                               f"Add an end date: e.g. 'by {_fmt_short(a.cal.suggested_end)}'.")
    target, number = foreign_count(a.text)
    if target is not None:
        measurable = Criterion("ok", f'Counts "{number}".', "")
    elif vague_amount(a.text):
        measurable = Criterion("fail", "No number: the amount is vague.",
                               "Add a number: e.g. 'connect with 5 recruiters'.")
    else:
        measurable = Criterion("warn", f"No number found (numbers are read in {name}).",
                               "Add a number: e.g. 'connect with 5 recruiters'.")
    named = [c[2] for c in a.contacts] + (_match_terms(a.context.terms, a.text, a.low)
                                          if a.context.terms else [])
    relevant = (Criterion("ok", "Names " + ", ".join(f'"{n}"' for n in named[:2])
                          + " from your plan.", "") if named else Criterion("warn", *blind))
    sentences = len(_FOREIGN_BOUNDARY.findall(a.text)) + 1
    one_sentence = (Criterion("ok", "One sentence.", "") if sentences == 1 else Criterion(
        "fail", f"{sentences} sentences.", "Keep one goal per sentence."))
    if len(text) > MAX_JUDGED_CHARS:
        one_sentence = _judge_sentences(_clean(text[:MAX_SCANNED_CHARS]), a.words, len(text))
    criteria = {
        "specific": Criterion("warn", *blind),
        "measurable": measurable,
        "achievable": Criterion("warn", f"Written in {name}: realism is judged in English only.",
                                blind[1]),
        "relevant": relevant,
        "time_bound": time_bound,
        "one_sentence": one_sentence,
    }
    return SmartResult(
        text=text, criteria=criteria, target=target, unit=None, action=None, channel=a.channel,
        deadline=day, tips=(f"This goal looks {name}: its date and numbers were read, the rest "
                            "needs English.",),
        language=language, month=a.cal.key, details=a,
    )


#: A sentence ends at ".", "!" or "?" before a capital, not after a day ("20. Dezember").
_FOREIGN_BOUNDARY = re.compile(r"(?<!\d)[.!?]+\s+(?=[A-ZÀ-Ý])")
