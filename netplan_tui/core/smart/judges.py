"""The judges: one per criterion, each reading the analysis."""

from __future__ import annotations

import re
from datetime import timedelta

from .analysis import (
    _LABEL_ADJECTIVE,
    _Action,
    _Analysis,
    _unit_activity,
)
from .days import _MONTH_FULL
from .lexicon import (
    _ACTIVITY,
    _COMPARATIVE,
    _JOB_NOUN,
    _JOB_QUALIFIER,
    _NON_VERBS,
    _ONGOING,
    _STOPWORDS,
    _TECH_VOCAB,
)
from .reading import (
    _ACTIVITY_UNITS,
)
from .result import (
    FAR_DAYS,
    LONG_SENTENCE_WORDS,
    MAX_JUDGED_CHARS,
    MAX_SCANNED_CHARS,
    Criterion,
)
from .sentences import (
    _sentences,
)
from .text import (
    _quote,
    _tokens,
)
from .wording import (
    _fmt,
    _fmt_short,
    _work,
)


def _judge_specific(a: _Analysis) -> Criterion:
    if not a.words:
        return Criterion("fail", "Empty: there is no goal to judge yet.",
                         "Write one sentence: e.g. 'Connect with 5 recruiters on LinkedIn by "
                         f"{_fmt_short(a.cal.suggested_end)}'.")
    action = a.action
    if action is None or action.cls == "weak" and action.name != "network" and not (
        a.main and a.main.kind == "count"
    ) and a.vague_action:
        vague = a.vague_action
        reason = (f'Vague: "{vague}" is not an action you can do.' if vague
                  else "No concrete action: say what you will do.")
        return Criterion("fail", reason, "Name an action and who: e.g. 'message 3 engineering "
                         "managers', 'attend 2 meetups', 'publish 1 LinkedIn post'.")
    verb = action.label or _quote(a.text, action.start, action.end)
    issues: list[tuple[str, str]] = []
    if action.cls == "weak":
        issues.append((f'"{verb}" is not something you do directly.',
                       "Say the step you control: e.g. 'ask 2 senior developers to mentor me'."))
    if a.hedge:
        issues.append((f'Hedged: "{a.hedge}".', "Commit to it: drop the hedge."))
    ongoing = _ONGOING.search(a.masked)
    if ongoing and a.main is None:
        issues.append((f'"{ongoing.group()}" has no start or size.',
                       "Say how much: e.g. 'publish 4 LinkedIn posts this month'."))
    comparative = _COMPARATIVE.search(a.masked)
    if comparative and a.main is None:
        issues.append((f'"{comparative.group()}" is vague.',
                       "Say what changes: e.g. 'reply to recruiters within 2 days'."))
    if action.name == "spend" and a.main is not None and a.main.kind == "effort" and not any(
            act.cls != "generic" for act in a.actions):
        issues.append(("Time, but doing what?",
                       "Say the action: e.g. 'spend 30 minutes a day commenting on posts by "
                       "recruiters'."))
    main_generic = (a.main is not None and a.main.kind in ("count", "single")
                    and not (action.cls == "outcome" and a.outcome)
                    and any(p[2] == a.main.head and p[3]
                            for p in a.persons if p[0] >= a.main.start))
    who = [p for p in a.persons if not p[3]]
    if main_generic or (action.cls == "person" and not who and a.persons):
        word = next((p[2] for p in a.persons if p[3]), "people")
        issues.append((f'"{word}" is too broad: who exactly?',
                       "Name the role, company or group: e.g. 'engineers at Shopify'."))
    elif action.cls == "person" and not who and not a.named and not _misspelt_who(a) and (
            _unit_activity(a.masked[action.end:action.end + 40]) not in _THING_ACTIVITIES
            or action.name.startswith("ask") and not a.binary):
        if action.name.startswith("ask"):
            issues.append(("Ask whom? No person or role named.",
                           "Add who: e.g. 'ask 2 engineers at Shopify for a referral'."))
        else:
            issues.append(("With whom? No person or role named.",
                           "Add who: e.g. 'with 3 engineering managers at fintech startups'."))
    if action.cls == "content" and not _has_topic(a):
        issues.append(("Where or about what? No channel or topic named.",
                       "Add the place and topic: e.g. 'on LinkedIn about my Django project'."))
    if action.cls == "contribute" and not (a.main and a.main.kind == "count") and not re.search(
            r"\b(?:prs?|pull\s+requests?|projects?|librar(?:y|ies)|repos?|docs|issues?)\b",
            a.masked) and not a.named:
        issues.append(("Contribute what, where?",
                       "Name the project and the piece: e.g. '2 pull requests to the Django "
                       "docs'."))
    if (action.cls == "outcome" or a.outcome or action.name == "apply" and not who) and (
            _unqualified_job(a)):
        issues.append(("Which job? No role or company named.",
                       "Name the role and company: e.g. 'a backend role at Shopify'."))
    if action.cls in ("object", "generic", "outcome") and not _has_object(a, action):
        issues.append(("What exactly? No object named.",
                       "Add what: e.g. '2 Python meetups', 'my LinkedIn headline'."))
    if issues:
        reason, suggestion = issues[0]
        return Criterion("warn", reason, suggestion)
    return Criterion("ok", _specific_ok_reason(a, verb), "")


def _specific_ok_reason(a: _Analysis, verb: str) -> str:
    obj = ""
    if a.main and a.main.unit and a.main.kind in ("count", "single"):
        obj = a.main.unit
    elif a.persons:
        obj = a.persons[0][2]
    if a.action is not None and a.action.label:
        who = _who_phrase(a)
        return f'Action "{verb}"' + (f' with "{who}"' if who else "") + (
            f' on {a.channel}' if a.channel and a.channel[0].isupper() else "") + "."
    where = f" on {a.channel}" if a.channel and a.channel[0].isupper() else ""
    if a.outcome and a.action is not None and a.action.cls == "outcome":
        named = f' at "{a.named[0]}"' if a.named else ""
        return f'Outcome "{a.outcome}"{named}' + where + "."
    return f'Action "{verb}"' + (f' on "{obj}"' if obj else "") + where + "."


def _who_phrase(a: _Analysis) -> str:
    """The first named who, adjacent person words joined ("data engineers")."""
    people = [p for p in a.persons if not p[3]]
    if not people:
        return ""
    start, end = people[0][0], people[0][1]
    for other in people[1:]:
        if 0 <= other[0] - end <= 1:
            end = other[1]
    before = _LABEL_ADJECTIVE.search(a.masked, max(0, start - 16), start)
    if before and before["word"] not in _NON_VERBS and before["word"] not in _STOPWORDS:
        start = before.start("word")
    return a.text[start:end]


_WHO_WORDS = ("recruiter", "engineer", "developer", "manager", "founder", "colleague",
              "classmate", "mentor", "designer", "analyst", "scientist")


#: Objects that stand in for a who after a person verb ("follow up on my applications").
_THING_ACTIVITIES = frozenset({"apply", "message", "post", "article", "ask", "proposal"})


def _near(word: str, target: str) -> bool:
    """True when ``word`` is ``target`` with one letter added, dropped or changed."""
    if abs(len(word) - len(target)) > 1:
        return False
    i = 0
    while i < min(len(word), len(target)) and word[i] == target[i]:
        i += 1
    return (word[i + 1:] == target[i + 1:] or word[i:] == target[i + 1:]
            or word[i + 1:] == target[i:])


def _misspelt_who(a: _Analysis) -> bool:
    """A person noun with one typo ("recuiters") still names who."""
    for word, _, _ in a.tokens:
        stem = word[:-1] if word.endswith("s") else word
        if len(stem) >= 6 and any(_near(stem, target) for target in _WHO_WORDS):
            return True
    return False


def _has_topic(a: _Analysis) -> bool:
    if a.channel or a.named or a.persons:
        return True
    if re.search(r"\b(?:about|on|for)\s+\S", a.masked[a.action.end:] if a.action else ""):
        return bool(re.search(r"\babout\s+\S|\b(?:on|for)\s+(?!posts?\b)\w", a.masked))
    return _TECH_VOCAB.hit(a.tokens)


def _has_object(a: _Analysis, action: _Action) -> bool:
    if a.main is not None and a.main.kind in ("count", "single", "times", "percent",
                                              "measure", "effort"):
        return True
    if a.persons or a.named or a.channel:
        return True
    rest = a.cleaned[action.end:]
    return bool(re.search(r"[a-z]{3,}", rest))


def _unqualified_job(a: _Analysis) -> bool:
    m = _JOB_NOUN.search(a.masked)
    if not m or a.named:
        return False
    if _JOB_QUALIFIER.match(a.masked, m.end()):
        return False
    before = _tokens(a.masked[max(0, m.start() - 30):m.start()])[-2:]
    return not any(_TECH_VOCAB.hit([t]) or t[0] in _ROLE_MODIFIERS for t in before)


_ROLE_MODIFIERS = frozenset({"junior", "senior", "remote", "data", "product", "platform"})


def _judge_measurable(a: _Analysis) -> Criterion:
    main = a.main
    if a.vague_quantity and main is not None and main.kind == "single" and not a.cadence:
        main = None  # "lots of people at the fair": the fair is not the count
    if main is not None and main.kind != "measure" or (main is not None and a.cadence):
        quote = _quote(a.text, main.start, main.unit_end or main.end) if main.end else ""
        if main.kind == "percent":
            return Criterion("ok", f'Percentage "{quote}".', "")
        if a.cadence and a.target is not None:
            shown = quote and quote.lower() not in a.cadence_quote.lower()
            rate = (f'"{quote}" ' if shown else "") + f'"{a.cadence_quote}"'
            until = f" until {_fmt_short(a.window_end)}" if a.window_end else ""
            return Criterion("ok", f"Rate {rate}: {a.target} {a.unit or 'times'}{until}.", "")
        if main.kind == "single":
            return Criterion("ok", f'One to do: "{quote}".', "")
        return Criterion("ok", f'Counts "{quote}".', "")
    example = "Add a number: e.g. 'connect with 5 recruiters'."
    if a.action and a.action.name in _ACTIVITY_UNITS:
        example = f"Add a number: e.g. '{_example_count(a)}'."
    if a.vague_quantity:
        return Criterion("fail", f'No number: "{a.vague_quantity}" is vague.', example)
    if a.binary:  # a single deliverable is measured by being done
        return Criterion("ok", f'Done or not done: "{a.binary}".', "")
    if main is not None:
        quote = _quote(a.text, main.start, main.unit_end or main.end)
        return Criterion("fail", f'"{quote}" is a measure, not a count of actions.', example)
    return Criterion("fail", "No number: nothing to count.", example)


def _example_count(a: _Analysis) -> str:
    examples = {
        "connect": "connect with 5 recruiters", "message": "message 3 engineering managers",
        "email": "email 3 hiring managers", "attend": "attend 2 meetups",
        "post": "publish 4 LinkedIn posts", "write": "write 1 blog post",
        "comment": "comment on 10 posts", "apply": "apply to 10 roles",
        "coffee chat": "have 3 coffee chats", "reach out": "reach out to 5 recruiters",
        "join": "join 2 communities", "contribute": "open 2 pull requests",
        "answer": "answer 10 questions",
    }
    return examples.get(a.action.name if a.action else "", "connect with 5 recruiters")


def _judge_achievable(a: _Analysis, measurable: Criterion) -> Criterion:
    ctx = a.context
    if measurable.status == "fail" and a.target is None:
        return Criterion("warn", "Can't judge realism without a number.",
                         "Add a count that fits your week: e.g. 'message 3 recruiters'.")
    if a.outcome:
        if a.target is not None and a.target >= OUT_OF_REACH:
            return Criterion("fail", f'Out of reach and out of your hands: "{a.outcome}".',
                             f"Aim at what you control: e.g. '{_outcome_rewrite(a)}'.")
        return Criterion("warn", f'Depends on others: "{a.outcome}".',
                         f"Aim at what you control: e.g. '{_outcome_rewrite(a)}'.")
    if a.deadline and a.deadline < a.cal.today:
        return Criterion("ok", "Deadline has passed: realism judged once it is fixed.", "")
    if a.target is None or a.activity is None:
        return Criterion("ok", "Looks doable.", "")
    limit, minutes = _ACTIVITY[a.activity]
    count = 1 if a.per_person else a.target
    scale = max(a.window_days, 7) / 30
    allowed = limit * scale
    until = _fmt_short(a.window_end) if a.window_end else "the deadline"
    if count <= 1 and a.main is not None and a.main.kind == "single":
        return Criterion("ok", f"One {a.unit or 'thing'} by {until}: doable.", "")
    unit = _unit_words(a.unit, count)
    found: list[Criterion] = []  # the pace and the hours: the worse one speaks
    if not a.per_person and count > allowed:
        fit = max(1, int(allowed))
        far = count > FAR_OVER * allowed
        found.append(Criterion("fail" if far else "warn",
                               f"{count} {unit} by {until} is "
                               + ("far more than a realistic pace" if far else "a lot")
                               + f" (about {fit} is realistic).",
                               f"Lower it to about {fit}, or give it more time."))
    need = count * minutes / 60
    if ctx.weekly_hours is not None and ctx.weekly_hours >= 0:
        have = ctx.weekly_hours * a.window_days / 7
        if need > have:
            digits = 1 if round(need) == round(have) else 0
            far = need > FAR_OVER_TIME * max(have, 0.5)
            advice = ("Lower the count" if count > 1 else "Give it more time")
            found.append(Criterion("fail" if far else "warn",
                                   f"Needs about {need:.{digits}f} h; you have about "
                                   f"{have:.{digits}f} h until {until}.",
                                   f"{advice}, or plan more than {ctx.weekly_hours:g} h a week."))
    if found:
        return max(found, key=lambda c: c.status == "fail")
    rate = ctx.completion_rate
    if rate is not None and rate < 0.5 and not a.per_person and count > 0.4 * allowed:
        smaller = max(1, int(0.4 * allowed))
        return Criterion("warn", f"You completed {rate:.0%} of past goals and {count} "
                         f"{a.unit or ''} is a big step.".replace("  ", " "),
                         f"Start smaller: about {smaller}, then raise it next month.")
    return Criterion("ok", f"{_work(need)} by {until}; a realistic pace.", "")


#: Over this many times a realistic month's pace (or 1.5 times the hours) is out of reach.
FAR_OVER = 2.0
FAR_OVER_TIME = 1.5
#: An outcome that depends on others at this size is out of reach in a month.
OUT_OF_REACH = 500


def _unit_words(unit: str | None, count: int) -> str:
    """"1 message", "2 messages": the unit agrees with the count."""
    word = unit or "times"
    if count == 1:
        if word == "times":
            return "time"
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith("s") and not word.endswith("ss"):
            return word[:-1]
    return word


def _outcome_rewrite(a: _Analysis) -> str:
    low = a.outcome.lower()
    if "follower" in low or "view" in low or "like" in low:
        return "publish 4 LinkedIn posts about your projects"
    if "repl" in low or "respon" in low:
        return "send 20 personalised messages to recruiters"
    if "referral" in low:
        return "ask 3 engineers at the company for a referral"
    if "interview" in low or "offer" in low or "hired" in low or "job" in low:
        return "apply to 10 roles and message the hiring manager of each"
    return "send 10 personalised connection requests"


def _judge_time(a: _Analysis) -> Criterion:
    """Judged against the goal's month: a deadline inside it is ok; before it, after it or
    past is not. Every date proposed is after today."""
    cal = a.cal
    month = f"{_MONTH_FULL[cal.month_start.month - 1]} {cal.month_start.year}"
    end = _fmt_short(cal.suggested_end)
    add_end = f"Add an end date: e.g. 'by {end}'."
    if a.deadline is not None:
        quote = a.deadline_quote
        if a.deadline < cal.today:
            return Criterion("fail", f'"{quote}" ({_fmt(a.deadline)}) is in the past.',
                             f"Pick a date ahead: e.g. 'by {end}'.")
        if a.deadline > cal.month_end:
            far = a.deadline > cal.month_end + timedelta(days=FAR_DAYS)
            return Criterion("warn", f'"{quote}" ({_fmt(a.deadline)}) is '
                             + ("far " if far else "") + f"after {month}, the month planned.",
                             f"Set a milestone inside the month: e.g. 'by {end}'.")
        if a.deadline < cal.month_start:
            return Criterion("warn", f'"{quote}" ({_fmt(a.deadline)}) falls before {month}, '
                             "the month planned.", f"Use a date in {month}: e.g. 'by {end}'.")
        return Criterion("ok", f'Deadline "{quote}": {_fmt(a.deadline)}.', "")
    if a.cadence:
        return Criterion("warn", f'"{a.cadence_quote}" repeats but never ends.',
                         f"Add an end date: e.g. 'every week until {end}'.")
    invalid = [h for h in a.vague_time if h.kind == "invalid"]
    if invalid:
        hit = invalid[0]
        return Criterion("fail", f'"{_quote(a.text, hit.start, hit.end)}" is not a date: '
                         f"{hit.period}.", add_end)
    if a.vague_time:
        hit = a.vague_time[0]
        said = _quote(a.text, hit.start, hit.end)
        if hit.period == "frame":
            return Criterion("warn", f'"{said}" has no end date.', add_end)
        return Criterion("fail", f'"{said}" is not a date.', add_end)
    return Criterion("fail", "No deadline or time frame.", add_end)


def _judge_sentences(text: str, words: int, length: int,
                     names: tuple[str, ...] = ()) -> Criterion:
    """``text`` is the judged prefix of a text of ``length`` characters; ``names`` are the
    plan's names, whose own "!" or "?" ("Yahoo!") ends no sentence."""
    if not words:
        return Criterion("fail", "No sentence yet.", "Write the goal as one sentence.")
    sentences = _sentences(text[:MAX_SCANNED_CHARS], names)
    if len(sentences) > 1:
        second = _quote(sentences[1], 0, len(sentences[1]), 32)
        many = f"{len(sentences)}" + ("+" if length > MAX_SCANNED_CHARS else "")
        return Criterion("fail", f'{many} sentences: "{second}" starts another.',
                         "Keep one goal per sentence: split the rest into another goal.")
    if length > MAX_JUDGED_CHARS:
        return Criterion("fail", f"Far too long for one goal ({length} characters).",
                         "Keep it to one short sentence.")
    if words > LONG_SENTENCE_WORDS:
        return Criterion("warn", f"One sentence, but long ({words} words).",
                         "Trim it to the action, the number, who and when.")
    return Criterion("ok", "One sentence.", "")
