"""The analysis of a goal: what was found (counts, actions, time, people)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from netplan_tui.core.roles import find_roles, plan_fields

from .days import (
    _Calendar,
)
from .lexicon import (
    _ACTION_BY_WORD,
    _BE_BEFORE,
    _BY_GERUND,
    _CHANNEL_OF,
    _CHANNEL_VOCAB,
    _CHANNEL_WORDS,
    _GENERIC_PERSON,
    _GOING_TO_PLACE,
    _LEAD_IN,
    _NON_VERBS,
    _OBJECT_ACTION,
    _OUTCOME_UNITS,
    _PAST_FORMS,
    _PERSON_ACTIVITIES,
    _PERSON_VOCAB,
    _QUALIFIER,
    _RELATIVE_BEFORE,
    _SINGULAR,
    _SINGULAR_PERSON,
    _UNIT_ACTIVITY,
    _VAGUE_ACTION,
    _VAGUE_TRIGGERS,
    _VERB_CLASS_OVERRIDE,
)
from .numbers import (
    _EFFORT_UNITS,
    _MEASURE_UNITS,
    _NUMBER,
    _PERCENT,
    _TIMES,
    _UNIT_STOP,
    _UNIT_TOKEN,
    _word_value,
)
from .result import (
    MAX_COUNTS,
    PlanContext,
)
from .text import (
    Token,
    _blank,
    _lazy,
    _lower,
    _quote,
    _tokens,
)
from .timex import (
    _ALL_TIME_TRIGGERS,
    _ATTRIBUTIVE_BEFORE,
    _CADENCE,
    _CADENCE_BLOCK_AFTER,
    _CADENCE_BLOCK_BEFORE,
    _DEADLINE_MARK,
    _DEADLINE_MARK_BEFORE,
    _DIGIT,
    _DIGIT_HINT,
    _DOT,
    _G,
    _MONTH,
    _MONTH_WORDS,
    _ORDINAL,
    _ORDINAL_HINT,
    _PREFIX_STARTS,
    _RATE_COUNT_BEFORE,
    _SLASH,
    _TIME_RULES,
    _TIMES_BEFORE,
    _YEAR,
    _YEAR_HINT,
    _Hit,
)


class _Count:
    """A counted quantity: "5 recruiters", "twice", "20%", "a talk"."""

    __slots__ = ("start", "end", "value", "kind", "unit", "head", "unit_end")

    def __init__(self, start: int, end: int, value: float, kind: str, unit: str = "",
                 head: str = "", unit_end: int = 0) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.kind = kind  # "count", "times", "percent", "effort", "measure", "single"
        self.unit = unit
        self.head = head
        self.unit_end = unit_end


class _Action:
    """An action verb found in the text and its class; ``label`` is the activity's own
    words when a generic verb names it ("have coffee chats" -> "coffee chats")."""

    __slots__ = ("name", "cls", "start", "end", "label")

    def __init__(self, name: str, cls: str, start: int, end: int, label: str = "") -> None:
        self.name = name
        self.cls = cls
        self.start = start
        self.end = end
        self.label = label


@dataclass
class _Analysis:
    text: str
    low: str
    masked: str
    cal: _Calendar
    context: PlanContext
    words: int = 0
    dates: list[_Hit] = field(default_factory=list)
    vague_time: list[_Hit] = field(default_factory=list)
    cadence: str = ""
    cadence_weekday: int = -1
    cadence_quote: str = ""
    cadence_count: int = -1
    deadline: date | None = None
    deadline_quote: str = ""
    counts: list[_Count] = field(default_factory=list)
    main: _Count | None = None
    actions: list[_Action] = field(default_factory=list)
    cleaned: str = ""
    tokens: list[Token] = field(default_factory=list)
    pre3: frozenset[str] = frozenset()
    relevance_hint: str = ""
    action: _Action | None = None
    vague_action: str = ""
    hedge: str = ""
    vague_quantity: str = ""
    binary: str = ""
    outcome: str = ""
    persons: list[tuple[int, int, str, bool]] = field(default_factory=list)
    channel: str | None = None
    named: list[str] = field(default_factory=list)
    activity: str | None = None
    per_person: bool = False
    target: int | None = None
    unit: str | None = None
    window_days: int = 0
    window_end: date | None = None
    tips: list[str] = field(default_factory=list)
    #: People of the user's network named in the goal: (start, end, name as in the plan).
    contacts: list[tuple[int, int, str]] = field(default_factory=list)
    #: Role mentions: (start, end, title, field) from the shared role vocabulary.
    roles: list[tuple[int, int, str, str]] = field(default_factory=list)
    plan_fields: frozenset[str] = frozenset()
    language: str = "en"
    purpose_start: int = 0  # where a purpose clause ("so I can…") begins, else len(text)
    cadence_start: int = -1


def _find_time(a: _Analysis, text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    hits: list[_Hit] = []
    words = {t[0] for t in tokens}
    starts = [t[1] for t in tokens]
    firsts = [t[0] for t in tokens]
    digit = bool(_DIGIT_HINT.search(text))
    present = words & _ALL_TIME_TRIGGERS
    if "/" in text:
        present.add(_SLASH)
    if digit and "." in text:
        present.add(_DOT)
    if digit:
        present.add(_DIGIT)
        if _YEAR_HINT.search(text):
            present.add(_YEAR)
        if _ORDINAL_HINT.search(text):
            present.add(_ORDINAL)
    if not _MONTH_WORDS.isdisjoint(words):
        present.add(_MONTH)
    for pattern, prefix, handler, triggers, anchor in _TIME_RULES:
        if triggers.isdisjoint(present):
            continue
        if anchor is None:
            found = pattern.finditer(text)
        else:
            found = (pattern.match(text, pos) for pos in anchor(tokens, text))
        for m in found:
            if m is None or m.end() == m.start():
                continue
            groups = _G(m.groupdict())
            start = m.start()
            if prefix is not None:
                index = bisect_left(starts, start)
                for i in range(max(0, index - 7), index):
                    if firsts[i] not in _PREFIX_STARTS and not firsts[i][:1].isdigit():
                        continue
                    candidate = starts[i]
                    p = prefix.fullmatch(text, candidate, start)
                    if p is not None:
                        groups.update({k: v for k, v in p.groupdict().items() if v is not None})
                        start = candidate
                        break
            hit = handler(groups, start, m.end(), text, a.cal)  # type: ignore[operator]
            if hit is not None:
                hits.append(hit)
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    taken: list[_Hit] = []
    for hit in hits:
        if all(hit.end <= t.start or hit.start >= t.end for t in taken):
            taken.append(hit)
    taken.sort(key=lambda h: h.start)
    for hit in taken:
        if hit.kind == "date":
            a.dates.append(hit)
        elif hit.kind in ("vague", "invalid"):
            a.vague_time.append(hit)
        elif not a.cadence:
            a.cadence = hit.period
            a.cadence_weekday = hit.weekday
            a.cadence_quote = _quote(a.text, hit.start, hit.end)
    if a.dates:
        marked = [h for h in a.dates if _DEADLINE_MARK.match(text, h.start)
                  or _DEADLINE_MARK_BEFORE.search(text, max(0, h.start - 16), h.start)]
        best = max(marked or a.dates, key=lambda h: (h.day, -h.start))
        a.deadline = best.day
        if best.period:
            a.tips.append(best.period)  # how an ambiguous date was read
        start = best.start
        mark = _DEADLINE_MARK_BEFORE.search(text, max(0, start - 16), start)
        if mark:
            start = mark.start()
        a.deadline_quote = _quote(a.text, start, best.end).rstrip(".,;")
    return [(h.start, h.end) for h in taken if h.kind != "cadence"]


def _find_cadence(a: _Analysis, text: str) -> None:
    for m in _CADENCE.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        after = text[m.end():m.end() + 12]
        if m["adv"]:
            if _ATTRIBUTIVE_BEFORE.search(before):
                continue
            adv = m["adv"].replace("-", "")
            period = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month",
                      "biweekly": "fortnight", "fortnightly": "fortnight",
                      "weekdays": "weekday"}[adv]
        else:
            lead = " ".join(m["lead"].split())
            if lead in ("a", "an") and (_CADENCE_BLOCK_BEFORE.search(before)
                                        or _CADENCE_BLOCK_AFTER.match(after)):
                continue
            if lead in ("a", "an") and re.search(r"\b(?:one|the|that)\s+$", before):
                continue
            period = " ".join(m["p"].split())
            period = {"wk": "week", "work day": "weekday", "workday": "weekday",
                      "business day": "weekday", "weekend": "week", "morning": "day",
                      "evening": "day", "night": "day"}.get(period, period)
            if lead == "every other":
                period = {"week": "fortnight", "day": "2day", "month": "2month"}.get(period,
                                                                                   period)
        if not a.cadence or a.cadence == "week" and a.cadence_weekday >= 0 and period != "week":
            a.cadence = period
            a.cadence_weekday = -1
            start = m.start()
            times = _TIMES_BEFORE.search(text, max(0, start - 24), start)
            if times:
                start = times.start()
            rate = _RATE_COUNT_BEFORE.search(text, max(0, start - 40), start)
            if rate:
                a.cadence_count = rate.start()
            a.cadence_quote = _quote(a.text, start, m.end())
            a.cadence_start = start
        return


def _unit_after(text: str, end: int) -> tuple[str, str, int]:
    words = []
    pos = end
    for m in _UNIT_TOKEN.finditer(text, end, min(len(text), end + 60)):
        gap = text[pos:m.start()]
        if gap.strip(" ") or (words and "  " in gap):
            break
        token = m.group()
        if token in _UNIT_STOP or any(ch.isdigit() for ch in token):
            break
        if words and token.endswith("ing") and len(token) > 5:
            break  # "posts sharing lessons": the unit is "posts"
        words.append(token)
        pos = m.end()
        if len(words) == 4:
            break
    unit = " ".join(words)
    return unit, (words[-1] if words else ""), pos


def _find_counts(a: _Analysis, text: str) -> None:
    for m in _NUMBER.finditer(text):
        if len(a.counts) >= MAX_COUNTS:
            break
        before = text[max(0, m.start() - 6):m.start()]
        after = text[m.end():m.end() + 14]
        if m["d"]:
            raw = m["d"].replace(",", "")
            if len(raw) > 9:
                continue  # a phone number or an identifier, not a count
            value = float(raw) * (1000 if m["suf"] == "k" else 1)
            if value <= 0:
                continue
            if after.startswith("-") and not after[1:2].isdigit():
                continue  # "5-minute", "10-slide": an adjective
            if re.search(r"\b(?:a|an)\s+$", before) and not m["suf"]:
                continue  # "a 10K race"
            if m["suf"] == "x":
                a.counts.append(_Count(m.start(), m.end(), value, "times", "times", "times",
                                       m.end()))
                continue
        else:
            word = " ".join(m["w"].split())
            if word == "once" and re.match(r"\s+(?:i|we|you|they|he|she|it|the|my|our|that"
                                           r"|this\s+is)\b", after):
                continue
            if word.startswith("one") and re.match(r"-on-|\s+on\s+one|\s+another|\s+day\b",
                                                  after):
                continue
            value = _word_value(word)
        if _PERCENT.match(after):
            a.counts.append(_Count(m.start(), m.end(), value, "percent", "%", "%", m.end()))
            continue
        unit, head, unit_end = _unit_after(text, m.end())
        if m["d"] and len(m["d"]) == 4 and 1900 <= value <= 2099 and not _unit_activity(unit):
            continue  # a year
        if m["w"] and m["w"].split()[0] in ("twice", "thrice", "once"):
            kind = "times"
        elif _TIMES.match(after) and _CADENCE.search(text, m.end(), m.end() + 30):
            kind = "times"
        elif head in _EFFORT_UNITS:
            kind = "effort"
        elif head in _MEASURE_UNITS:
            kind = "measure"
        else:
            kind = "count"
        if kind == "times":
            unit, head = "times", "times"
        a.counts.append(_Count(m.start(), m.end(), value, kind, unit, head, unit_end))


@lru_cache(maxsize=1024)
def _unit_activity(unit: str) -> str | None:
    if not unit:
        return None
    for pattern, activity in _UNIT_ACTIVITY:
        if pattern.search(unit):
            return activity
    return None


def _find_actions(a: _Analysis, text: str) -> None:
    vague_spans = []
    if not _VAGUE_TRIGGERS.isdisjoint(a.pre3):
        vague_spans = [(m.start(), m.end()) for m in _VAGUE_ACTION.finditer(text)]
    if vague_spans:
        a.vague_action = _quote(a.text, *vague_spans[0])
    cleaned = a.cleaned = _blank(text, vague_spans)
    matches = []
    for word, start, _ in a.tokens:
        for index, name, cls, pattern in _ACTION_BY_WORD.get(word, ()):
            m = pattern.match(cleaned, start)
            if m is not None:
                matches.append((start, index, m, name, cls))
    matches.sort(key=lambda x: (x[0], x[1]))
    taken_end = -1
    for start, _, m, name, cls in matches:
        if start < taken_end:
            continue
        if name == "outcome" and re.match(r"\w+\s+(?:in\s+touch|better|involved|noticed)",
                                          cleaned[m.start():m.end() + 10]):
            continue
        if m.group().split()[0].endswith("ing") and any(
            0 <= m.start() - end <= 4 for _, end in vague_spans
        ):
            continue  # "get better at talking to": the object of a vague verb
        first = m.group().split()[0]
        if first == "going" and _BE_BEFORE.search(cleaned, max(0, start - 8), start) and not (
                _GOING_TO_PLACE.match(cleaned, m.end())):
            continue  # "I'm going to contribute": the future, not "attend"
        if (first.endswith("ed") or first in _PAST_FORMS) and _RELATIVE_BEFORE.search(
                cleaned, max(0, start - 12), start):
            continue  # "the recruiters I met": a past event, not the goal's action
        taken_end = m.end()
        a.actions.append(_Action(name, cls, m.start(), m.end()))
    if not any(act.cls != "weak" for act in a.actions):
        lead = _LEAD_IN.match(text)
        if lead and lead["verb"] not in _NON_VERBS and len(lead["verb"]) > 1 and (
            cleaned[lead.start("verb"):lead.end("verb")] == lead["verb"]
        ) and re.search(r"[a-z]{3,}", cleaned[lead.end("verb"):]) and all(
                act.start != lead.start("verb") for act in a.actions):
            start = lead.start("verb")
            a.actions.insert(0, _Action(lead["verb"], "generic", start, lead.end("verb")))
    if not a.actions and vague_spans:
        by = _BY_GERUND.search(cleaned)
        if by:
            a.actions.append(_Action(by["verb"], "generic", by.start("verb"), by.end("verb")))
    strong = [act for act in a.actions if act.cls not in ("weak",)]
    chosen = strong[0] if strong else (a.actions[0] if a.actions else None)
    if chosen and chosen.name in _VERB_CLASS_OVERRIDE | {"generic"} or (
        chosen and chosen.cls == "generic"
    ):
        window = cleaned[chosen.end:chosen.end + 48]
        for pattern, name, cls in _OBJECT_ACTION:
            found = pattern.search(window)
            if found:
                if chosen.name == "outcome" and name not in ("coffee chat",
                                                             "informational interview"):
                    break
                label = ""
                if chosen.name in ("schedule", "generic") and cls == "person":
                    at = chosen.end + found.start()
                    before = _LABEL_ADJECTIVE.search(cleaned, max(0, at - 16), at)
                    if before and before["word"] not in _NON_VERBS:
                        at = before.start("word")
                    label = a.text[at:chosen.end + found.end()]
                chosen = _Action(name, cls, chosen.start, chosen.end, label)
                break
    if chosen and chosen.name == "schedule":
        chosen = _Action("schedule", "object", chosen.start, chosen.end)
    a.action = chosen


_LABEL_ADJECTIVE = _lazy(r"\b(?P<word>[a-z][a-z-]+)\s+$")


def _find_persons(a: _Analysis, text: str) -> None:
    verb = (a.action.start, a.action.end) if a.action else (-1, -1)
    at_event = bool(_EVENT_NOUN.search(text))
    for start, end, phrase in _PERSON_VOCAB.find(a.tokens):
        if verb[0] <= start < verb[1]:
            continue
        word = phrase.split()[-1]
        generic = word in _GENERIC_PERSON
        qualified = bool(_QUALIFIER.match(text, end)) or (generic and at_event)
        a.persons.append((start, end, word, generic and not qualified))
    a.plan_fields = _plan_fields(a.context.terms)
    a.roles = find_roles(text, a.plan_fields)
    for start, end, title, _field in a.roles:  # roles of every profession name who
        if not any(p[0] <= start < p[1] or start <= p[0] < end for p in a.persons) and not (
                verb[0] <= start < verb[1]):
            a.persons.append((start, end, title.split()[-1], False))
    for start, end, name in a.contacts:
        a.persons.append((start, end, name, False))
    a.persons.sort()


@lru_cache(maxsize=32)
def _plan_fields(terms: tuple[str, ...]) -> frozenset[str]:
    return plan_fields(terms[:200])


def _find_channel(a: _Analysis) -> None:
    platform = generic = None
    for start, _, phrase in _CHANNEL_VOCAB.find(a.tokens):
        name, is_platform = _CHANNEL_OF.get(phrase, (None, False))
        if is_platform and _EMPLOYER_BEFORE.search(a.masked, max(0, start - 24), start):
            continue  # "engineering managers at GitLab": the employer, not the platform
        if name and is_platform and platform is None:
            platform = name
        elif name and not is_platform and generic is None:
            generic = name
    a.channel = platform or generic


_EMPLOYER_BEFORE = _lazy(r"\b(?:at|from|for|of|inside|joining|join|joined|employees?\s+of"
                         r"|work(?:s|ing)?\s+(?:at|for|on))\s+(?:the\s+)?$")


_NAMED = _lazy(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&.+-]*[A-Za-z0-9+]")


_CAP_COMMON = frozenset("""
I I'm I'll I've I'd The A An My By Before Then Also And Or But If To In On At For With From
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct
Nov Dec Christmas Xmas EOM EOD ASAP Let's Every Each This Next Over Get Be Try Go Dr Mr Ms Mrs
Sr Jr Inc Corp Ltd Co Q1 Q2 Q3 Q4 DM PR PRs CV
""".split())


def _find_named(a: _Analysis) -> None:
    if a.text[1:] == a.low[1:]:
        return
    for m in _NAMED.finditer(a.text):
        word = m.group().rstrip(".")
        if word not in _CAP_COMMON and m.start() > 0 and _lower(word) not in _CHANNEL_WORDS:
            a.named.append(word)


def _choose_main(a: _Analysis) -> None:
    counts = [c for c in a.counts if c.kind != "measure"] or a.counts
    times = [c for c in counts if c.kind == "times"]
    if times:
        a.main = times[0]
        return
    a.main = counts[0] if counts else None


def _singular(a: _Analysis, text: str) -> None:
    if a.main is not None or a.action is None or a.action.cls == "weak" and not a.outcome:
        return
    start = a.action.start
    for m in _SINGULAR.finditer(text, start, a.purpose_start):
        if m["someone"]:
            a.main = _Count(m.start(), m.end(), 1, "single", "person", "person", m.end())
            return
        noun = " ".join(m["noun"].split())
        if m.group().startswith("my ") and not m.group().startswith("my first") and (
            noun not in _SINGULAR_PERSON
        ):
            continue
        a.main = _Count(m.start(), m.end(), 1, "single", noun, noun.split()[-1], m.end())
        return
    article = re.match(r"\s+(?:a|an|one)\s+", text[a.action.end:a.action.end + 8])
    if article:
        begin = a.action.end + article.end()
        unit, head, end = _unit_after(text, begin)
        if unit:
            kind = "effort" if head in _EFFORT_UNITS else "single"
            a.main = _Count(begin, end, 1, kind, unit, head, end)
            return
    named = _NAMED_OBJECT.match(a.text, a.action.end)
    if named and named["name"] not in _CAP_COMMON and a.action.cls in ("object", "person"):
        a.main = _Count(named.start("name"), named.end(), 1, "single", named["name"],
                        _lower(named["name"]), named.end())
        return
    definite = _DEFINITE_OBJECT.match(text, a.action.end)
    if definite and not a.binary and a.action.cls in ("object", "person", "content"):
        a.binary = _quote(a.text, a.action.start, definite.end())


_NAMED_OBJECT = _lazy(r"\s+(?:(?:to|at|for|in|with)\s+)?(?P<name>[A-Z][\w.+:-]*)"
                      r"(?:\s+[A-Z][\w.+:-]*){0,3}")


_DEFINITE_OBJECT = _lazy(r"\s+(?:(?:to|with|at|for|on)\s+)?(?:my|the|our)\s+"
                         r"(?:[\w'-]+\s+){0,3}?[\w'-]+")


def _activity_of(a: _Analysis) -> None:
    action = a.action.name if a.action else ""
    main = a.main
    unit_act = _unit_activity(main.unit) if main else None
    # the unit's last word says what is counted: "backend developer roles" are roles
    head = _tokens(main.unit)[-1:] if main and main.unit else []
    person_unit = bool(main and main.kind in ("count", "single") and head
                       and _PERSON_VOCAB.hit(head))
    if action == "present":
        a.activity = "talk"
    elif action == "host" and not (unit_act == "meet"):
        a.activity = "host"
    elif main and main.kind in ("count", "single") and unit_act and not person_unit:
        a.activity = unit_act
        if unit_act == "talk" and action in ("submit", "pitch"):
            a.activity = "proposal"
        if action == "comment":
            a.activity = "comment"
    else:
        by_action = {
            "connect": "connect", "message": "message", "email": "message",
            "reach out": "message", "follow up": "message", "invite": "connect",
            "ask": "ask", "ask for a referral": "ask", "ask for an introduction": "ask",
            "meet": "meet", "call": "meet", "coffee chat": "coffee chat",
            "informational interview": "coffee chat", "mentor": "mentor", "attend": "event",
            "join": "join", "post": "post", "write": "article", "comment": "comment",
            "apply": "apply", "contribute": "contribute", "volunteer": "volunteer",
            "answer": "answer", "record": "article", "network": "meet",
        }
        a.activity = by_action.get(action)
        if action == "attend" and not _EVENT_NOUN.search(a.masked):
            a.activity = None
        if a.activity == "article" and main and _unit_activity(main.unit) == "post":
            a.activity = "post"
    if person_unit and a.activity not in _PERSON_ACTIVITIES:
        a.per_person = True
    if a.outcome and (main is None or _OUTCOME_UNITS.search(main.unit or "")):
        a.activity = None


_EVENT_NOUN = _lazy(r"\b(?:meetups?|events?|conferences?|webinars?|summits?|fairs?"
                         r"|hackathons?|workshops?|talks?|competitions?|sessions?|\w*(?:fest|conf"
                         r"|con|camp))\b")
