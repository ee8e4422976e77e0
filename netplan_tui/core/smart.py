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

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

# --------------------------------------------------------------------------- public

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
    #: What the checker found, kept for ``answers_from`` (not compared, not shown).
    details: object = field(default=None, compare=False, repr=False)

    @property
    def smart(self) -> bool:
        """True when no criterion fails."""
        return all(c.status != "fail" for c in self.criteria.values())

    def to_json(self) -> dict:
        return {
            "text": self.text,
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
        }


def answers_from(result: SmartResult) -> dict[str, str]:
    """Short prefilled answers to the verification questions ("" when unknown)."""
    found = _hints(result.details) if isinstance(result.details, _Analysis) else {}
    return {key: found.get(key, "") for key in QUESTIONS}


# --------------------------------------------------------------------------- patterns


class _Pattern:
    """A regular expression compiled once, on first use (or by ``warm_up``).

    Importing the module stays cheap; after the first call each method is the compiled
    pattern's own bound method, so later calls cost nothing extra.
    """

    __slots__ = ("pattern", "flags", "search", "match", "fullmatch", "finditer", "sub",
                 "findall")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        for name in ("search", "match", "fullmatch", "finditer", "sub", "findall"):
            setattr(self, name, self._deferred(name))
        _PATTERNS.append(self)

    def _deferred(self, name: str):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.compile()
            return getattr(self, name)(*args, **kwargs)

        return call

    def compile(self) -> None:
        compiled = re.compile(self.pattern, self.flags)
        self.search = compiled.search
        self.match = compiled.match
        self.fullmatch = compiled.fullmatch
        self.finditer = compiled.finditer
        self.sub = compiled.sub
        self.findall = compiled.findall


_PATTERNS: list[_Pattern] = []


def _lazy(pattern: str, flags: int = 0) -> _Pattern:
    return _Pattern(pattern, flags)


_WARM: list[bool] = []


def warm_up() -> None:
    """Compile every pattern now (e.g. in a background thread while the goal editor
    opens) instead of on first use. Later calls return at once; safe from any thread."""
    if _WARM:
        return
    for pattern in tuple(_PATTERNS):
        pattern.compile()
    _WARM.append(True)


# --------------------------------------------------------------------------- text

_CONTROL = _lazy(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e"
                      r"\u2066-\u2069\ufeff]")
_SPACES = _lazy(r"[ \t\u00a0\u2000-\u200a\u3000]{2,}|[\t\u00a0\u2000-\u200a\u3000]")
_PUNCT_MAP = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
    "\u2014": "-", "\u2212": "-", "\u2026": "...",
})


def _clean(text: str) -> str:
    """Normalise quotes, dashes and spaces; control characters become spaces."""
    if not (text.isascii() and text.isprintable()):
        text = _CONTROL.sub(" ", text.translate(_PUNCT_MAP))
    return _SPACES.sub(" ", text) if "  " in text or not text.isascii() or "\t" in text else text


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces (positions kept)."""
    if not spans:
        return text
    parts = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        if end <= start:
            continue
        parts.append(text[pos:start])
        parts.append(" " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _quote(text: str, start: int, end: int, limit: int = 48) -> str:
    piece = " ".join(text[start:end].split())
    if len(piece) > limit:
        piece = piece[: limit - 1].rstrip() + "\u2026"
    return piece


# --------------------------------------------------------------------------- noise

#: Spans that hold digits or words that are not counts, each with a cheap hint.
#: Each rule runs only when one of its hint substrings is in the text ("" = any digit).
_NOISE_RULES: tuple[tuple[tuple[str, ...], _Pattern], ...] = tuple(
    (hints, _lazy(pat)) for hints, pat in (
        (("http", "www"), r"(?:https?://|www\.)\S+"),
        (("@",), r"\b[\w.+-]+@[\w-]+\.[\w.]+"),
        (("#", "@"), r"(?<!\w)[#@][\w-]+"),
        (("$", "\u00a3", "\u20ac"), r"[$\u00a3\u20ac]\s?\d[\d,.]*[km]?\b"),
        ((":", "am", "pm", "a.m", "p.m"), r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
         r"|\b\d{1,2}:\d{2}\b"),
        (("1:1", "1-on", "one", "24/7"), r"\b(?:1:1s?|1-on-1s?|one[-\s]on[-\s]ones?|24/7"
         r"|no\s+one|one\s+another)\b"),
        (("fortune", "inc", "top", "series"), r"\b(?:fortune|inc\.?|top|series)\s+\d+\b"),
        (("",), r"\bv\d+(?:\.\d+)*\b|\bh[12]\b|\b[a-pr-z]\d+\b|\b\d+(?![xk]\b)[a-z]\d*\b"),
    )
)
_NOISE_HINT = _lazy(r"[#@$\u00a3\u20ac:/\d]|www|\bone\b")

#: Version numbers after a technology name: only the number is masked.
_VERSION = _lazy(
    r"\b(?:python|java|node(?:\.js)?|vue|angular|react|es|php|ios|android|net|web|html|css"
    r"|windows|rails|django|ruby|go|swift|kotlin|scala|perl|ubuntu|debian|macos|postgres)"
    r"\s?(?P<v>\d+(?:\.\d+)*)\b(?!\s*(?:%|percent))"
)

_PAST_HINT = _lazy(r"last|previous|past|yesterday|ago")

_PAST_REF = _lazy(
    r"\b(?:last|previous|past)\s+(?:week|month|year|weekend|time|quarter)(?:'s)?\b"
    r"|\byesterday\b|\bago\b"
)

# --------------------------------------------------------------------------- numbers

_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_PHRASE_NUMBERS = {
    "half a dozen": 6, "a dozen": 12, "a couple of": 2, "a couple": 2, "a pair of": 2,
    "a hundred": 100, "a thousand": 1000, "twice": 2, "thrice": 3, "once": 1,
}
_ONES_RE = "|".join(_ONES)
_NUMBER_WORD = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + _ONES_RE + r"))?"
    r"|" + "|".join(_TEENS) + "|" + _ONES_RE + r")(?:\s+hundred)?"
)
_NUMBER = _lazy(
    r"(?<![\w.,/:-])(?:(?P<d>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<suf>x|\+|k)?"
    r"|(?P<w>half\s+a\s+dozen|a\s+dozen|a\s+couple(?:\s+of)?|a\s+pair\s+of|a\s+hundred"
    r"|a\s+thousand|twice|thrice|once|" + _NUMBER_WORD + r"))(?![\w])"
)
_PERCENT = _lazy(r"\s?(?:%|percent\b|per\s+cent\b)")
_TIMES = _lazy(r"\s+(?:times|x|days|evenings|mornings|nights|sessions)\b")
_UNIT_TOKEN = _lazy(r"[a-z\u00c0-\u024f][\w'\u00c0-\u024f]*(?:-[\w\u00c0-\u024f]+)*")
_UNIT_STOP = frozenset("""
at in on from who whom whose that which to by per and or for with about each every a an the
this these those my their his her our your i me we they them than of into over until till
before after within during now there here next weekly daily monthly is are was will so as
like if then also working using based via through while but not who've i've i'd i'm it its
more new other others less least most just only still even some any all both either few
several many much lots plenty
""".split())
_EFFORT_UNITS = frozenset({"hour", "hours", "hr", "hrs", "h", "minute", "minutes", "min", "mins"})
_MEASURE_UNITS = frozenset({"km", "k", "mile", "miles", "kg", "kilometers", "kilometres",
                            "lbs", "pound", "pounds", "page", "pages", "word", "words",
                            "step", "steps", "year", "years", "month", "months", "week",
                            "weeks", "day", "days"})


def _version_like(low: str, m: re.Match[str]) -> bool:
    """A number after a technology name is a version unless a counted noun follows."""
    if "." in m["v"]:
        return True
    after = low[m.end():m.end() + 20]
    return not re.match(r"\s+[a-z]", after) or bool(re.match(r"\s+(?:and|or|to|in|on|at|by)\b",
                                                               after))


def _word_value(text: str) -> float:
    text = " ".join(text.split())
    if text in _PHRASE_NUMBERS:
        return float(_PHRASE_NUMBERS[text])
    total = 0
    hundred = text.endswith(" hundred")
    if hundred:
        text = text[: -len(" hundred")]
    for part in re.split(r"[-\s]", text):
        total += _ONES.get(part, 0) + _TEENS.get(part, 0) + _TENS.get(part, 0)
    return float(total * 100 if hundred else total)


# --------------------------------------------------------------------------- lexicons

_QUALIFIER = _lazy(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:at|from|in|who|working|that|which|now\s+at|with|about|of"
    r"|whose)\s+\S|(?:i|we|i've|we've)\s+(?:\w+\s+){0,2}?\w*(?:ed|en|met|know|knew)\b)"
    r"|\s+there\b"
)
_ONGOING = _lazy(r"\b(?:keep|continue|carry\s+on)\s+(?:on\s+)?[a-z]+ing\b|\bcontinue\s+to\b")
_COMPARATIVE = _lazy(r"\b(?:faster|quicker|sooner|more\s+often|more\s+regularly|more\s+consistently"
                     r"|better|harder|smarter)\b")
_JOB_NOUN = _lazy(r"\b(?:jobs?|offers?|roles?|positions?|interviews?|dream\s+job)\b")
_JOB_QUALIFIER = _lazy(r"\s*(?:at|for|with|as|in)\s+\S")

# activity: (monthly maximum, minutes per unit)
_ACTIVITY: dict[str, tuple[float, float]] = {
    "coffee chat": (12, 60),
    "connect": (150, 5),
    "message": (80, 15),
    "event": (8, 180),
    "hackathon": (2, 960),
    "post": (30, 45),
    "article": (6, 240),
    "comment": (150, 5),
    "talk": (2, 900),
    "proposal": (10, 120),
    "apply": (60, 45),
    "ask": (12, 20),
    "contribute": (20, 240),
    "volunteer": (8, 120),
    "mentor": (8, 90),
    "join": (20, 20),
    "answer": (60, 20),
    "meet": (20, 60),
    "host": (4, 300),
}
_PERSON_ACTIVITIES = frozenset({"coffee chat", "connect", "message", "ask", "mentor", "meet"})

_UNIT_ACTIVITY: tuple[tuple[_Pattern, str], ...] = tuple(
    (_lazy(r"\b(?:" + pat + r")\b"), act)
    for pat, act in (
        (r"coffee(?:\s+chats?)?|virtual\s+coffees?|coffees", "coffee chat"),
        (r"info(?:rmational)?\s+(?:interviews?|calls?|chats?|meetings?)", "coffee chat"),
        (r"hackathons?", "hackathon"),
        (r"(?:talk\s+)?proposals?|cfps?|abstracts?", "proposal"),
        (r"lightning\s+talks?|talks?|presentations?|keynotes?", "talk"),
        (r"blog\s+posts?|articles?|blogs?|videos?|tutorials?|case\s+stud(?:y|ies)|guides?"
         r"|newsletters?|podcasts?|episodes?", "article"),
        (r"posts?|tweets?|threads?|carousels?|tips?|toots?|updates?", "post"),
        (r"comments?", "comment"),
        (r"connection\s+requests?|invitations?|invites?", "connect"),
        (r"messages?|e-?mails?|dms?|notes?|follow-ups?|intro\s+messages?|letters?", "message"),
        (r"meetups?|events?|conferences?|webinars?|summits?|fairs?|competitions?|workshops?"
         r"|meetings?\s+groups?", "event"),
        (r"applications?|jobs?|roles?|positions?|openings?", "apply"),
        (r"referrals?|introductions?|intros?|recommendations?", "ask"),
        (r"prs?|pull\s+requests?|contributions?|commits?|issues?", "contribute"),
        (r"questions?|answers?", "answer"),
        (r"communit(?:y|ies)|(?<!study\s)groups?|servers?|channels?|clubs?|slacks?|discords?",
         "join"),
        (r"calls?|meetings?|lunch(?:es)?|interviews?|study\s+groups?|sessions?|one-on-ones?",
         "meet"),
    )
)

_OUTCOME_UNITS = _lazy(
    r"\b(?:followers?|likes?|views?|stars?|repl(?:y|ies)|responses?|offers?|callbacks?"
    r"|subscribers?|impressions?|upvotes?|reactions?|acceptances?|endorsements?)\b"
)

# action verbs: (name, class, pattern). Class: person (needs a who), content (needs a
# where or a topic), object (needs a what), outcome (depends on others), weak.
_ACTION_TABLE: tuple[tuple[str, str, str], ...] = (
    ("connect", "person", r"(?:re)?connect(?:s|ed|ing)?"),
    ("message", "person", r"(?:cold[-\s]?)?messag(?:e|es|ed|ing)|dm(?:s|'?d|'?ed|ing)?"
     r"|ping(?:s|ed|ing)?|text(?:s|ed|ing)?|thank(?:s|ed|ing)?|write\s+to|shoot"
     r"|drop\s+(?:a\s+)?(?:line|note|message|dm)"),
    ("email", "person", r"(?:cold[-\s]?)?e-?mail(?:s|ed|ing)?"),
    ("reach out", "person", r"reach(?:es|ed|ing)?\s+out|get(?:ting)?\s+in\s+touch"
     r"|touch(?:ing)?\s+base|hit(?:ting)?\s+up|contact(?:s|ed|ing)?|introduce\s+myself"),
    ("follow up", "person", r"follow(?:s|ed|ing)?[-\s]+up"),
    ("invite", "person", r"invit(?:e|es|ed|ing)"),
    ("ask", "person", r"ask(?:s|ed|ing)?"),
    ("meet", "person", r"meet(?:s|ing)?|met|sit\s+down\s+with|catch(?:ing)?\s+up\s+with"
     r"|chat(?:s|ted|ting)?\s+with|talk(?:s|ed|ing)?\s+(?:to|with)|speak(?:ing)?\s+(?:to|with)"
     r"|have\s+lunch|lunch\s+with|pair(?:\s+program(?:ming)?)?\s+with|pair\s+program"
     r"|interview(?:s|ed|ing)?(?=\s+(?:\d|a\b|an\b|the\b|my\b|two|three|four|five))"),
    ("call", "person", r"call(?=\s+(?:\d|a\b|an\b|the\b|my\b|two|three|four|five))"),
    ("mentor", "person", r"mentor(?:ing)?(?=\s+(?:\d|a\b|an\b|two|three|four|five|some|junior"
     r"|my\b|new\b))"),
    ("network", "weak", r"network(?:ing)?\s+(?:with|at|in|during)"),
    ("attend", "object", r"attend(?:s|ed|ing)?|go(?:es|ing)?\s+to|went\s+to"
     r"|show(?:ing)?\s+up\s+(?:to|at)|sign(?:ed|ing)?\s+up\s+(?:for|to)"
     r"|register(?:ed|ing)?\s+(?:for|at)|rsvp\w*|participate\s+in|take\s+part\s+in"
     r"|enter(?:s|ed|ing)?"),
    ("join", "object", r"join(?:s|ed|ing)?|be(?:come)?\s+(?:a\s+)?part\s+of"),
    ("present", "object", r"present(?:s|ed|ing)?|speak(?:s|ing)?\s+at|spoke\s+at"
     r"|give\s+(?:a|an|\d+|one|two|three|four|five|my)\s+(?:[\w-]+\s+){0,2}"
     r"(?:talks?|presentations?|workshops?|demos?|keynotes?)|pitch(?:es|ed|ing)?"),
    ("write", "content", r"writ(?:e|es|ing)(?:\s+up)?|wrote|publish(?:es|ed|ing)?"
     r"|blog(?:ging)?(?=\s+about)"),
    ("post", "content", r"post(?:s|ed|ing)?|tweet(?:s|ed|ing)?|toot(?:s|ed|ing)?"
     r"|repost\w*|shar(?:e|es|ed|ing)"),
    ("comment", "content", r"comment(?:s|ed|ing)?|repl(?:y|ies|ied|ying)\s+to"
     r"|respond(?:s|ed|ing)?\s+to"),
    ("record", "content", r"record(?:s|ed|ing)?|film(?:s|ed|ing)?|stream(?:s|ed|ing)?"),
    ("apply", "object", r"appl(?:y|ies|ied|ying)"),
    ("contribute", "contribute", r"contribut(?:e|es|ed|ing)"),
    ("volunteer", "object", r"volunteer(?:s|ed|ing)?"),
    ("host", "object", r"host(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)"
     r"|run\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:workshop|meetup|session|study\s+group|event"
     r"|webinar)"),
    ("answer", "object", r"answer(?:s|ed|ing)?"),
    ("send", "object", r"send(?:s|ing)?|sent"),
    ("schedule", "object", r"schedul(?:e|es|ed|ing)|book(?:s|ed|ing)?|set(?:ting)?\s+up"
     r"|line\s+up|arrang(?:e|es|ed|ing)|have|hold|do"),
    ("submit", "object", r"submit(?:s|ted|ting)?"),
    ("update", "object", r"updat(?:e|es|ed|ing)|refresh(?:es|ed|ing)?|polish(?:es|ed|ing)?"
     r"|rewrit(?:e|es|ing)|redo|revamp(?:s|ed|ing)?|optimi[sz]e|finish(?:es|ed|ing)?"
     r"|complet(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|build(?:s|ing)?|launch(?:es|ed|ing)?"
     r"|put\s+together|prepare|review(?:s|ed|ing)?|research(?:es|ed|ing)?"
     r"|find(?=\s+(?:\d|two|three|four|five|six|ten))|list"),
    ("outcome", "outcome", r"get(?:ting)?|got|land(?:s|ed|ing)?|rec(?:ei|ie)v(?:e|es|ed|ing)"
     r"|gain(?:s|ed|ing)?|grow(?:s|ing)?|increas(?:e|es|ed|ing)|reach(?!\s+out)|earn(?:s|ed)?"
     r"|secur(?:e|es|ed|ing)|win|double|boost(?:s|ed|ing)?|hit(?!\s+up)"),
    ("find", "weak", r"find|look(?:ing)?\s+for|search(?:ing)?\s+for|aim(?:ing)?\s+for|seek\w*"),
)
#: The words that can start each action: only tokens among them are tried.
_ACTION_FIRST_WORDS: dict[str, str] = {
    "connect": "connect connects connected connecting reconnect reconnects reconnected "
               "reconnecting",
    "message": "message messages messaged messaging cold dm dms dm'd dm'ed dmed dming ping pings "
               "pinged pinging text texts texted texting thank thanks thanked thanking write "
               "shoot drop",
    "email": "email emails emailed emailing e cold",
    "reach out": "reach reaches reached reaching get getting touch touching hit hitting contact "
                 "contacts contacted contacting introduce",
    "follow up": "follow follows followed following",
    "invite": "invite invites invited inviting",
    "ask": "ask asks asked asking",
    "meet": "meet meets meeting met sit catch catching chat chats chatted chatting talk talks "
            "talked talking speak speaking have lunch pair interview interviews interviewed "
            "interviewing",
    "call": "call",
    "mentor": "mentor mentoring",
    "network": "network networking",
    "attend": "attend attends attended attending go goes going went show showing sign signed "
              "signing register registered registering rsvp rsvps rsvped rsvp'd participate "
              "take enter enters entered entering",
    "join": "join joins joined joining be become",
    "present": "present presents presented presenting speak speaks speaking spoke give pitch "
               "pitches pitched pitching",
    "write": "write writes writing wrote publish publishes published publishing blog blogging",
    "post": "post posts posted posting tweet tweets tweeted tweeting toot toots tooted tooting "
            "repost reposts reposted reposting share shares shared sharing",
    "comment": "comment comments commented commenting reply replies replied replying respond "
               "responds responded responding",
    "record": "record records recorded recording film films filmed filming stream streams "
              "streamed streaming",
    "apply": "apply applies applied applying",
    "contribute": "contribute contributes contributed contributing",
    "volunteer": "volunteer volunteers volunteered volunteering",
    "host": "host hosts hosted hosting organise organises organised organising organize "
            "organizes organized organizing run",
    "answer": "answer answers answered answering",
    "send": "send sends sending sent",
    "schedule": "schedule schedules scheduled scheduling book books booked booking set setting "
                "line arrange arranges arranged arranging have hold do",
    "submit": "submit submits submitted submitting",
    "update": "update updates updated updating refresh refreshes refreshed refreshing polish "
              "polishes polished polishing rewrite rewrites rewriting redo revamp revamps "
              "revamped revamping optimise optimize finish finishes finished finishing complete "
              "completes completed completing create creates created creating build builds "
              "building launch launches launched launching put prepare review reviews reviewed "
              "reviewing research researches researched researching find list",
    "outcome": "get gets getting got land lands landed landing receive receives received "
               "receiving recieve recieves recieved recieving gain gains gained gaining grow "
               "grows growing increase increases "
               "increased increasing reach earn earns earned secure secures secured securing win "
               "double boost boosts boosted boosting hit",
    "find": "find look looking search searching aim aiming seek seeks seeking",
}
_BY_GERUND = _lazy(r"\bby\s+(?P<verb>[a-z]{3,}ing)\b")
_PAST_FORMS = frozenset({"met", "spoke", "wrote", "sent", "got", "gave", "went", "did", "had",
                         "built", "ran", "saw", "made", "found", "joined"})
_BE_BEFORE = _lazy(r"(?:'m|\bam|\bare|'re|\bis|'s|\bwas|\bwere)\s+$")
_GOING_TO_PLACE = _lazy(r"\s+(?:the|a|an|my|our|at\s+least|\d|one|two|three|four|five|six"
                        r"|seven|eight|nine|ten|every|each|this|next|some|more|several|local"
                        r"|[\w-]*(?:meetups?|events?|conferences?|hackathons?|summits?|fairs?)"
                        r")\b")
_RELATIVE_BEFORE = _lazy(r"\b(?:i|we|you|they|he|she|who|that|which|had|have|has)\s+$")
_ACTION_BY_WORD: dict[str, list[tuple[int, str, str, _Pattern]]] = {}
for _index, (_name, _cls, _pat) in enumerate(_ACTION_TABLE):
    _compiled = _lazy(r"(?:" + _pat + r")\b")
    for _word in _ACTION_FIRST_WORDS[_name].split():
        _ACTION_BY_WORD.setdefault(_word, []).append((_index, _name, _cls, _compiled))

# Object phrases that rename a generic verb ("schedule 3 coffee chats" -> coffee chat).
_OBJECT_ACTION: tuple[tuple[_Pattern, str, str], ...] = tuple(
    (_lazy(r"\b(?:" + pat + r")\b"), name, cls)
    for pat, name, cls in (
        (r"info(?:rmational)?\s+(?:interviews?|calls?|chats?|meetings?)",
         "informational interview", "person"),
        (r"coffee(?:\s+chats?)?|coffees", "coffee chat", "person"),
        (r"connection\s+requests?|invitations?|invites?|connections?", "connect", "person"),
        (r"referrals?", "ask for a referral", "person"),
        (r"introductions?|intros?(?!\s+message)", "ask for an introduction", "person"),
        (r"messages?|notes?|dms?|updates?|letters?|follow-ups?", "message", "person"),
        (r"e-?mails?", "email", "person"),
        (r"calls?|meetings?|lunch(?:es)?|one-on-ones?|1:1s?|interviews?", "meet", "person"),
        (r"resumes?|r\u00e9sum\u00e9s?|cvs?|applications?", "apply", "object"),
        (r"talks?|presentations?|keynotes?", "present", "object"),
    )
)
_VERB_CLASS_OVERRIDE = frozenset({"schedule", "send", "outcome", "ask", "update"})

_VAGUE_ACTION = _lazy(
    r"\b(?:network(?:ing)?\s+more|(?:do|doing)\s+(?:more|some|a\s+(?:bit|little)\s+(?:of\s+)?)"
    r"(?:\s*\w+)?|more\s+networking|spend(?:ing)?\s+(?:less|more)\s+time"
    r"|learn(?:ing)?\s+(?:how\s+)?to\s+network"
    r"|(?:get|getting)\s+better(?:\s+at)?|be(?:come|coming)?\s+(?:a\s+)?(?:more|better)\b(?:\s+[\w-]+)?"
    r"|becom(?:e|ing)\b|be\s+(?:more\s+)?(?:active|visible|present|known|seen)"
    r"|put(?:ting)?\s+myself\s+out\s+there|get(?:ting)?\s+(?:myself\s+)?out\s+there"
    r"|improv(?:e|es|ed|ing)|work(?:ing)?\s+on|focus(?:ing)?\s+on"
    r"|(?:grow|expand|build|develop|strengthen|widen)(?:ing|s)?\s+my\s+(?:professional\s+)?"
    r"(?:network|brand|presence|visibility|reputation|relationships)"
    r"|build(?:ing)?\s+relationships|enhanc\w+|engag(?:e|ing)\s+more|get(?:ting)?\s+involved"
    r"|get(?:ting)?\s+noticed|stay(?:ing)?\s+active|keep(?:ing)?\s+in\s+touch"
    r"|stay(?:ing)?\s+in\s+touch|keep(?:ing)?\s+up\s+with|make\s+it\s+a\s+habit"
    r"|knock(?:ing)?\s+on\s+doors|look(?:ing)?\s+into|think(?:ing)?\s+about|explor\w+"
    r"|(?<!my\s)(?<!alumni\s)network(?:ing)?(?!\s+(?:with|at|in|during|events?))"
    r"|be\s+a\s+(?:better\s+)?networker)\b"
)
_VAGUE_TRIGGERS = frozenset("""
net do doi mor get be bec put imp wor foc gro exp bui dev str wid enh eng sta kee mak kno loo
thi spe lea
""".split())
_HEDGE_TRIGGERS = frozenset("""
try tri may per hop if mig att or let kin sor lik gue ide
""".split())
_QUANTITY_TRIGGERS = frozenset("""
som a few sev mor man bun lot ple var mul num han as reg oft fre occ doz ton loa cou
""".split())
_BINARY_TRIGGERS = frozenset("""
upd ref pol rew red rev opt fin com cle fix tid set cre bui lau get be bec lan sec
""".split())
_OUTCOME_TRIGGERS = frozenset("""
get got be bec lan sec rec ear win gai gro inc rea dou boo hit fin mak hav
""".split())
_ALL_OF = _lazy(r"\b(?:all\s+(?:of\s+)?(?:my|the|our)|every(?:one|body)|each\s+of"
               r"|(?:every|each)\s+(?!(?:other|single|day|days|weekday|workday|business|week"
               r"|weekend|fortnight|month|quarter|year|morning|evening|night|afternoon|time"
               r"|sprint|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
               r"[a-z][a-z-]+)\b")
_HEDGE = _lazy(
    r"\b(?:try(?:ing)?\s+(?:to|and)|tried\s+to|maybe|perhaps|hopefully|if\s+possible"
    r"|if\s+i\s+can|if\s+i\s+have\s+(?:the\s+)?time|might|attempt\s+to|or\s+so|let's\s+say"
    r"|kind\s+of|sort\s+of|like(?=\s+\d)|i\s+guess|ideally|hope\s+to)\b"
)
_VAGUE_QUANTITY = _lazy(
    r"\b(?:some|a\s+few|few|several|more|many|a\s+bunch\s+of|bunch\s+of|lots\s+of|a\s+lot\s+of"
    r"|plenty\s+of|various|multiple|numerous|a\s+handful\s+of|as\s+many\s+as\s+(?:possible|i\s+can)"
    r"|regularly|often|frequently|occasionally|dozens\s+of|tons\s+of|loads\s+of|countless"
    r"|a\s+number\s+of)\b"
)
_LEAD_IN = _lazy(
    r"^\W*(?:(?:i|we)\s+(?:will|shall|want\s+to|plan\s+to|am\s+going\s+to|need\s+to"
    r"|would\s+like\s+to|aim\s+to|intend\s+to|should|must|can|could|hope\s+to)\s+"
    r"|i'm\s+going\s+to\s+|i'd\s+(?:like|love)\s+to\s+|my\s+goal\s+is\s+to\s+"
    r"|(?:i|we)'ll\s+|let's\s+|let\s+me\s+|goal:\s*|to\s+)?(?P<verb>[a-z][a-z'-]*)"
)
_NON_VERBS = frozenset("""
i me my we our you your the a an this that these those it its be is am are was were been get
try more better really also just very so and or but if then by before after until in on at to
for with from of about over each every next last some any all no not one two three four five
six seven eight nine ten can could would should will shall may might must do does did have has
had being please let lets let's maybe hopefully perhaps need want goal goals new first second
monthly weekly daily yes ok okay
""".split())
_BINARY_DELIVERABLE = _lazy(
    r"\b(?:updat(?:e|ing)|refresh(?:ing)?|polish(?:ing)?|rewrit(?:e|ing)|redo|revamp(?:ing)?"
    r"|optimi[sz]e|finish(?:ing)?|complet(?:e|ing)|clean\s+up|fix|tidy(?:\s+up)?|redesign"
    r"|set\s+up|creat(?:e|ing)|build|launch)\s+(?:up\s+)?(?:my|our)\b"
    r"|\b(?:get|be|become)\s+hired\b|\b(?:land|get|find|secure)\s+(?:my|the)\s+(?:dream\s+)?"
    r"(?:job|role|position|offer)\b"
)
_SINGULAR = _lazy(
    r"\b(?:a|an|one|the|my\s+first|a\s+single|my)\s+(?:[\w'\u00c0-\u024f-]+\s+){0,3}?"
    r"(?P<noun>coffee\s+chat|informational\s+interview|talk|lightning\s+talk|presentation"
    r"|workshop|post|blog\s+post|article|video|tutorial|thread|tweet|carousel|case\s+study"
    r"|meetup|event|conference|webinar|hackathon|summit|competition|call|meeting|lunch"
    r"|interview|referral|introduction|intro|job|offer|role|position|recommendation"
    r"|pull\s+request|pr|message|email|note|dm|letter|tip|newsletter|podcast|club"
    r"|community|group|study\s+group|one-on-one|mentor|recruiter|engineer|developer|manager"
    r"|founder|cto|lead|organi[sz]er|speaker|colleague|coworker|classmate|friend|coach"
    r"|professor|teacher|advisor|adviser|buddy|partner"
    r"|hiring\s+manager|teammate|peer|contact|person|application|demo|proposal|deck)\b"
    r"|\b(?P<someone>someone|somebody)\b"
)
_SINGULAR_PERSON = frozenset({
    "coach", "professor", "teacher", "advisor", "adviser", "buddy", "partner",
    "mentor", "recruiter", "engineer", "developer", "manager", "founder", "cto", "lead",
    "organiser", "organizer", "speaker", "colleague", "coworker", "classmate", "friend",
    "hiring manager", "teammate", "peer", "contact", "person",
})

_OUTCOME = _lazy(
    r"(?<!they\s)(?<!who\s)(?<!he\s)(?<!she\s)(?<!they've\s)\b(?:"
    r"(?:get|got|getting|be|become)\s+hired|(?:get|got|getting|land|landing|secure|securing"
    r"|rec(?:ei|ie)ve|rec(?:ei|ie)ving|earn|win)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+"
    r"|up\s+to\s+)?(?:(?:a|an|my|the|\d+|one|two|three|four|five|ten"
    r"|some|more|new)\s+)*(?:[\w-]+\s+){0,2}?(?:jobs?|offers?|interviews?|referrals?"
    r"|roles?|positions?|replies|reply|responses?|callbacks?|followers?|likes?|views?|stars?"
    r"|subscribers?|endorsements?|recommendations?|mentors?|invitations?|connections?"
    r"|upvotes?|reactions?|impressions?)"
    r"|(?:gain|grow|increase|reach|double|boost|hit)(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?"
    r"(?:followers?|following|audience|views?|likes?|stars?|subscribers?|connections?"
    r"|engagement|impressions?|reach)"
    r"|(?:get|got)\s+(?:\d+|\w+)\s+(?:[\w-]+\s+){0,2}?to\s+(?:reply|respond|answer|accept"
    r"|call|refer)"
    r"|find\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,2}?(?:mentor|job|sponsor|co-?founder|referral|buddy"
    r"|partner|teammate|friend|coach)"
    r"|make\s+(?:\w+\s+){0,2}?friends?"
    r"|(?:have|gain|get)\s+(?:(?:at\s+least|a\s+minimum\s+of|\d+|\w+)\s+)?(?:new\s+)?"
    r"(?:connections|followers|subscribers|offers|replies|responses)"
    r"|(?:be|get|getting|got)\s+(?:invited|featured|accepted|selected|hired|published"
    r"|recogni[sz]ed|noticed)"
    r")\b"
)

# --------------------------------------------------------------------------- vocabularies
# Word lists are matched on tokens with set look-ups: much faster to build and to run
# than one regular expression with hundreds of alternatives. "_" joins the words of a
# phrase; a trailing "*" matches any word starting with the stem; plurals are added.

_TOKEN = _lazy(r"[a-z0-9\u00c0-\u024f][a-z0-9\u00c0-\u024f+#]*(?:[.'][a-z0-9+#]+)*")

Token = tuple[str, int, int]


def _tokens(text: str) -> list[Token]:
    out = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    if "'" in text:
        out = [(w[:-2], s, e) if w.endswith("'s") else (w, s, e) for w, s, e in out]
    return out


def _plurals(word: str) -> tuple[str, ...]:
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word, word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word, word + "es"
    return word, word + "s"


class _Vocab:
    """A set of words and phrases matched on tokens."""

    def __init__(self, spec: str, plural: bool = True) -> None:
        self.words: set[str] = set()
        self.names: dict[str, str] = {}
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        prefixes = []
        for item in spec.split():
            if item.endswith("*"):
                prefixes.append(item[:-1])
                continue
            parts = tuple(item.split("_"))
            forms = _plurals(parts[-1]) if plural else (parts[-1],)
            for form in forms:
                full = parts[:-1] + (form,)
                if len(full) == 1:
                    self.words.add(full[0])
                else:
                    self.phrases.setdefault(full[0], []).append(full)
        for first in self.phrases:
            self.phrases[first].sort(key=len, reverse=True)
        self.prefixes = tuple(prefixes)

    def _at(self, tokens: list[Token], i: int) -> int:
        """How many tokens match from ``i`` (0 for none)."""
        word = tokens[i][0]
        phrases = self.phrases.get(word)
        if phrases:
            for phrase in phrases:
                n = len(phrase)
                if tuple(t[0] for t in tokens[i:i + n]) == phrase:
                    return n
        if word in self.words or (self.prefixes and word.startswith(self.prefixes)):
            return 1
        return 0

    def _candidates(self, tokens: list[Token]) -> list[int]:
        words, phrases, prefixes = self.words, self.phrases, self.prefixes
        if prefixes:
            return [i for i, t in enumerate(tokens)
                    if t[0] in words or t[0] in phrases or t[0].startswith(prefixes)]
        return [i for i, t in enumerate(tokens) if t[0] in words or t[0] in phrases]

    def find(self, tokens: list[Token]) -> list[tuple[int, int, str]]:
        found = []
        after = 0
        for i in self._candidates(tokens):
            if i < after:
                continue
            n = self._at(tokens, i)
            if n:
                found.append((tokens[i][1], tokens[i + n - 1][2],
                              " ".join(t[0] for t in tokens[i:i + n])))
                after = i + n
        return found

    def first(self, tokens: list[Token]) -> tuple[int, int, str] | None:
        for i in self._candidates(tokens):
            n = self._at(tokens, i)
            if n:
                return (tokens[i][1], tokens[i + n - 1][2],
                        " ".join(t[0] for t in tokens[i:i + n]))
        return None

    def hit(self, tokens: list[Token]) -> bool:
        return self.first(tokens) is not None


_GENERIC_PERSON = frozenset({
    "people", "person", "persons", "folk", "folks", "contact", "contacts", "connection",
    "connections", "individual", "individuals", "someone", "somebody", "everyone", "anyone",
    "stranger", "strangers", "others", "network",
})
_PERSON_SPEC = """
coach professor teacher lecturer advisor adviser counsellor counselor buddy
recruiter recruiting_manager talent_partner talent_acquisition hiring_manager
engineering_manager eng_manager product_manager project_manager program_manager manager
developer devs engineer programmer coder founder co_founder cofounder cto ceo vp director
head_of lead leader architect designer scientist analyst pm pms advocate maintainer
contributor speaker organiser organizer mentor mentee alumni alumnus alum classmate colleague
coworker co_worker peer friend junior senior attendee member student grad graduate
professional expert teammate partner interviewer employee specialist consultant freelancer
writer creator hacker sre executive company companies startup agency organisation
organization people person folk folks contact connection individual someone somebody everyone
anyone stranger others my_network hr
"""
_PERSON_VOCAB = _Vocab(_PERSON_SPEC)
_TECH_SPEC = """
python javascript typescript java golang rust react vue vue.js angular svelte node node.js
next.js django flask fastapi rails ruby php laravel kotlin swift flutter elixir scala haskell
c++ c# .net kubernetes k8s docker aws azure gcp terraform sql postgres postgresql data ml ai
llm frontend front_end backend back_end fullstack full_stack full-stack web mobile ios android
cloud devops security css html api cli airflow snowflake dbt graphql qa sre ux ui design_system
accessibility a11y open_source oss linux saas b2b fintech healthtech edtech climate_tech devtools
devtool dev_tools dev_tool gaming blockchain tech software coding programming code
computer_science go_developer go_meetup
"""
_TECH_VOCAB = _Vocab(_TECH_SPEC)
_COMPANY_SPEC = """
google microsoft amazon apple meta netflix shopify stripe spotify ibm datadog github gitlab
atlassian cloudflare monzo wise revolut klarna airbnb uber salesforce oracle sap adobe nvidia
intel mozilla vercel netlify supabase postman twilio slack
"""
_CAREER_SPEC = (
    _PERSON_SPEC.replace(" people person folk folks contact connection individual someone"
                         " somebody everyone\nanyone stranger others my_network", "")
    + _TECH_SPEC + _COMPANY_SPEC + """
hiring hire hired hires job role position opening vacancy interview informational referral
refer application apply applied applies applying resume r\u00e9sum\u00e9 cv portfolio company
startup scale_up scaleup employer team industry career career_fair job_fair professional coffee
coffee_chat blog blog_post article talk lightning_talk newsletter followers profile headline
intro introduction offer linkedin github gitlab stack_overflow stackoverflow twitter mastodon
bluesky discord slack hashnode dev.to kaggle youtube tweet* meetup conference hackathon webinar
workshop summit
networking_event tech_event pull_request pr repo bootcamp cohort mentoring mentorship
study_group women_who_code women_in_tech code_club freecodecamp pycon jsconf business_card
pyladies devfest* pycon* jsconf* hackfest* techfest* devopsdays* interviewed interviewing
internship intern contribute contributing contribution docs documentation career_coach
""")
_CAREER_VOCAB = _Vocab(_CAREER_SPEC)
_ADJACENT_VOCAB = _Vocab("""
leetcode hackerrank codewars kata algorithm data_structure system_design course certification
certificate mock_interview interview_prep coding_challenge side_project
""")
_GENERIC_VOCAB = _Vocab("""
network networks networking networker people connection contact relationship personal_brand
brand post myself_out_there visibility visible online update event
""")
_GOAL_SPECS = {
    "job_search": """
recruit* hiring hire hired hires job role position opening vacancy interview informational
referral refer application apply applied applies applying resume r\u00e9sum\u00e9 cv offer company
startup scale_up employer manager cto founder lead team career_fair job_fair linkedin coffee
coffee_chat intro introduction alumni portfolio industry developer devs engineer career
job_search connect* reconnect* messag* reach_out meet* network* email* e_mail* follow_up
follow_ups
""",
    "community": """
community user_group group discord slack forum peer mentor* mentee bootcamp alumni classmate
summit
study_group pair* hackathon volunteer* open_source oss contribut* pull_request pr maintainer
developer devs engineer coffee coffee_chat conference event member friend women_who_code
women_in_tech code_club club junior organiser organizer support help answer* question
freecodecamp connect* reconnect* messag* reach_out meet* network*
""",
    "online_presence": """
linkedin github gitlab twitter tweet* mastodon bluesky profile headline readme post posted
posting article blog* comment* share shared sharing followers following portfolio website site
newsletter youtube video dev.to medium hashnode stack_overflow stackoverflow visib* online
audience content thread carousel repo case_study
""",
    "brand_expertise": """
talk lightning_talk present* speak* spoke workshop teach* tutorial article blog* write writes
writing answer* stack_overflow stackoverflow mentor* podcast webinar panel cfp proposal
conference expert* knowledge case_study open_source library libraries newsletter course guide
video youtube explain* tip best_practice deep_dive thread carousel study_group host*
""",
}
_GOAL_VOCAB = {key: _Vocab(spec) for key, spec in _GOAL_SPECS.items()}
_CHANNEL_SPECS: tuple[tuple[str, str, bool], ...] = (
    ("LinkedIn", "linkedin linked_in", True),
    ("GitHub", "github git_hub", True),
    ("GitLab", "gitlab", True),
    ("Twitter/X", "twitter tweet tweeted tweeting x.com", True),
    ("Mastodon", "mastodon toot", True),
    ("Bluesky", "bluesky bsky", True),
    ("Discord", "discord", True),
    ("Slack", "slack", True),
    ("Stack Overflow", "stack_overflow stackoverflow", True),
    ("dev.to", "dev.to", True),
    ("Hashnode", "hashnode", True),
    ("Medium", "medium", True),
    ("Reddit", "reddit", True),
    ("YouTube", "youtube", True),
    ("Hacker News", "hacker_news", True),
    ("Kaggle", "kaggle", True),
    ("Zoom", "zoom", True),
    ("meetup", "meetup", False),
    ("conference", "conference conf summit", False),
    ("hackathon", "hackathon", False),
    ("webinar", "webinar", False),
    ("career fair", "career_fair job_fair", False),
    ("email", "email e_mail", False),
    ("forum", "forum", False),
    ("newsletter", "newsletter", False),
    ("blog", "blog blog_post", False),
    ("podcast", "podcast", False),
    ("in person", "in_person lunch", False),
)
_CHANNEL_VOCAB = _Vocab(" ".join(spec for _, spec, _ in _CHANNEL_SPECS))
_CHANNEL_OF: dict[str, tuple[str, bool]] = {}
for _name, _spec, _platform in _CHANNEL_SPECS:
    for _item in _spec.split():
        for _form in _plurals(_item.replace("_", " ")):
            _CHANNEL_OF[_form] = (_name, _platform)
_CHANNEL_WORDS = frozenset(_CHANNEL_VOCAB.words)


_GOAL_NAMES = {
    "job_search": "your job search",
    "community": "your developer community",
    "online_presence": "your online presence",
    "brand_expertise": "your expertise brand",
    "custom": "your own goal",
}
_PURPOSE = _lazy(r"\b(?:to\s+(?:learn|ask|find|get|see|show|hear|understand|build|meet|land"
                      r"|grow|practi[cs]e|share|get)|so\s+(?:that|i|they)|in\s+order\s+to"
                      r"|for\s+(?:referrals?|advice|feedback))\b")
_STOPWORDS = frozenset("""
the a an and or of to in on at for with from by my our your their into about move more
make become get have into over under this that these those want help build work company
""".split())

# --------------------------------------------------------------------------- time

_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MON = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
        r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PREP = r"(?:by|before|until|till|til|through|thru|on|due|no\s+later\s+than|prior\s+to|ahead\s+of)"

_NUM_OR_WORD = r"(?:\d{1,3}|" + _NUMBER_WORD + r"|a\s+couple\s+of|a|an)"


class _Hit:
    """A time expression found in the text."""

    __slots__ = ("start", "end", "kind", "day", "period", "weekday")

    def __init__(self, start: int, end: int, kind: str, day: date | None = None,
                 period: str = "", weekday: int = -1) -> None:
        self.start = start
        self.end = end
        self.kind = kind  # "date", "vague", "cadence"
        self.day = day
        self.period = period
        self.weekday = weekday


class _Calendar:
    """Today and the goal's month."""

    __slots__ = ("today", "month_start", "month_end")

    def __init__(self, today: date, month_start: date, month_end: date) -> None:
        self.today = today
        self.month_start = month_start
        self.month_end = month_end


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def _month_end(year: int, month: int) -> date:
    return date(year, month, _days_in(year, month))


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, _days_in(year, month)))


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200):
        return None
    last = _days_in(year, month)
    if day > last:
        if day <= 31 and month == 2 and day <= 30:
            return date(year, month, last)
        return None
    return date(year, month, day)


def _yearless(cal: _Calendar, month: int, day: int) -> date | None:
    """The date of ``month``/``day`` nearest ahead, or a recent past date."""
    this = _safe_date(cal.today.year, month, day)
    if this is None:
        return None
    if this >= cal.today or (cal.today - this).days <= RECENT_PAST_DAYS:
        return this
    return _safe_date(cal.today.year + 1, month, day)


def _week_end(day: date, weeks: int = 0) -> date:
    return day + timedelta(days=6 - day.weekday() + 7 * weeks)


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


class _G(dict):
    """Match groups; a missing group reads as None."""

    def __missing__(self, key: str) -> None:
        return None


def _h_iso(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    day = _safe_date(int(g["y"]), int(g["mo"]), int(g["d"]))
    return _Hit(start, end, "date", day) if day else None


def _h_slash(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    a, b = int(g["a"]), int(g["b"])
    year = _year_of(g["y"])
    if year is None and not g["pre"]:
        return None
    month, day = (b, a) if a > 12 else (a, b)
    if year is None:
        found = _yearless(cal, month, day)
    else:
        found = _safe_date(year, month, day)
    return _Hit(start, end, "date", found) if found else None


def _h_dotted(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    """European day.month dates, only after a deadline word: "by 15.12"."""
    if not g["pre"]:
        return None
    year = _year_of(g["y"])
    day, month = int(g["d"]), int(g["mo"])
    found = _safe_date(year, month, day) if year else _yearless(cal, month, day)
    return _Hit(start, end, "date", found) if found else None


def _h_month_day(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    month = _MONTH_NAMES[g["mon"][:3]]
    day = int(g["d"])
    year = _year_of(g["y"])
    found = _safe_date(year, month, day) if year else _yearless(cal, month, day)
    return _Hit(start, end, "date", found) if found else None


def _h_month_only(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    mon = g["mon"]
    year = _year_of(g["y"])
    attributive = text[start:end].startswith("the ") and not g["part"] and bool(
        re.match(r"\s+[a-z]", text[end:end + 3]))
    if not (g["pre"] or g["part"] or g["mid"] or year or attributive):
        return None
    if mon in ("may", "mar", "march", "jun", "jul", "dec", "sep", "oct") and not (
        g["pre"] or g["mid"] or year or attributive
    ):
        return None
    month = _MONTH_NAMES[mon[:3]]
    if year is None:
        year = cal.today.year
        if _month_end(year, month) < cal.today:
            year += 1
    part = (g["part"] or "").split()[0] if g["part"] else ""
    if g["mid"] or part in ("middle", "mid"):
        found = date(year, month, 15)
    elif part in ("start", "beginning"):
        found = date(year, month, 1)
    elif part == "first":
        found = date(year, month, 7)
    else:
        found = _month_end(year, month)
    if g["pre"] and g["pre"].startswith("before") and not part and not g["mid"]:
        found = date(year, month, 1) - timedelta(days=1)
    return _Hit(start, end, "date", found)


def _h_ordinal(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    day = int(g["d"])
    if not 1 <= day <= 31:
        return None
    base = max(cal.today, cal.month_start)
    for offset in range(3):
        first = _add_months(date(base.year, base.month, 1), offset)
        last = _days_in(first.year, first.month)
        found = date(first.year, first.month, min(day, last))
        if found >= base:
            return _Hit(start, end, "date", found)
    return None


def _h_weekday(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    weekday = _WEEKDAYS.index(g["wd"])
    if g["every"] or g["pl"] or g["part"]:
        return _Hit(start, end, "cadence", period="week", weekday=weekday)
    today = cal.today
    if g["rel"] == "next":
        found = today + timedelta(days=7 - today.weekday() + weekday)
        if today.weekday() >= 5:
            found = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
    else:
        found = today + timedelta(days=(weekday - today.weekday()) % 7)
    return _Hit(start, end, "date", found)


def _h_day_rel(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    word = g["w"]
    found = cal.today + timedelta(days=1) if word == "tomorrow" else cal.today
    return _Hit(start, end, "date", found)


def _h_this_week(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    if g["every"]:
        return _Hit(start, end, "cadence", period="week")
    return _Hit(start, end, "date", _week_end(cal.today))


def _h_period_ends(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    if g["what"] == "week":
        return _Hit(start, end, "date", _week_end(cal.today))
    return _Hit(start, end, "date", date(cal.today.year, 12, 31))


def _h_next_week(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    return _Hit(start, end, "date", _week_end(cal.today, 1))


def _h_this_month(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    return _Hit(start, end, "date", cal.month_end)


def _h_mid_month(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    found = date(cal.month_start.year, cal.month_start.month, 15)
    return _Hit(start, end, "date", found)


def _h_next_month(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    first = _add_months(date(cal.today.year, cal.today.month, 1), 1)
    if g["start"]:
        return _Hit(start, end, "date", first)
    return _Hit(start, end, "date", _month_end(first.year, first.month))


def _h_year_rel(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    year = cal.today.year + (1 if g["next"] else 0)
    return _Hit(start, end, "date", date(year, 12, 31))


def _h_quarter(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    today = cal.today
    if g["q"]:
        quarter = int(g["q"])
        year = _year_of(g["y"]) or today.year
        found = _month_end(year, quarter * 3)
        if not g["y"] and found < today:
            found = _month_end(year + 1, quarter * 3)
    else:
        quarter = (today.month - 1) // 3 + 1 + (1 if g["rel"] == "next" else 0)
        year = today.year + (quarter - 1) // 4
        quarter = (quarter - 1) % 4 + 1
        found = _month_end(year, quarter * 3)
    return _Hit(start, end, "date", found)


def _h_year(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    year = int(g["y"])
    if g["pre"] == "before":
        year -= 1
    return _Hit(start, end, "date", date(year, 12, 31))


def _h_duration(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    if not (g["pre"] or g["rel"] or g["from"]):
        return None
    if not (g["n"] or g["rel"]):
        return None
    raw = (g["n"] or "one").strip()
    amount = 1.0 if raw in ("a", "an", "one") else (
        float(raw) if raw.isdigit() else _word_value(raw))
    if amount <= 0 or amount > 400:
        return None
    unit = g["u"].rstrip("s")
    today = cal.today
    if unit == "day":
        found = today + timedelta(days=int(amount))
    elif unit == "week":
        found = today + timedelta(days=int(7 * amount))
    elif unit == "fortnight":
        found = today + timedelta(days=int(14 * amount))
    elif unit == "month":
        found = _add_months(today, int(amount))
    else:
        found = _add_months(today, int(12 * amount))
    return _Hit(start, end, "date", found)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _h_holiday(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    name = g["h"]
    year = cal.today.year

    def resolve(y: int) -> date:
        if name.startswith(("christmas eve", "the holidays", "holidays")):
            return date(y, 12, 24)
        if name.startswith(("christmas", "xmas", "x-mas")):
            return date(y, 12, 25)
        if name.startswith("new year") and "day" not in name:
            return date(y, 12, 31)
        if name.startswith("new year"):
            return date(y + 1, 1, 1)
        if name.startswith("thanksgiving"):
            return _nth_weekday(y, 11, 3, 4)
        if name.startswith("valentine"):
            return date(y, 2, 14)
        return date(y, 10, 31)

    found = resolve(year)
    if found < cal.today:
        found = resolve(year + 1)
    return _Hit(start, end, "date", found)


_SEASON_END = {"spring": (5, 31), "summer": (8, 31), "fall": (11, 30), "autumn": (11, 30)}


def _h_season(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    """Seasons of the northern hemisphere; winter ends with February."""
    year = cal.today.year
    season = g["season"]

    def last_day(y: int) -> date:
        if season == "winter":
            return _month_end(y + 1, 2) if cal.today.month >= 3 else _month_end(y, 2)
        month, day = _SEASON_END[season]
        return date(y, month, day)

    found = last_day(year)
    if found < cal.today or g["rel"] == "next":
        found = last_day(year + 1)
    return _Hit(start, end, "date", found)


def _h_vague(g: _G, start: int, end: int, text: str, cal: _Calendar) -> _Hit | None:
    return _Hit(start, end, "vague")


_DIGIT = "\x00digit"
_SLASH = "\x00slash"
_DOT = "\x00dot"
_MONTH = "\x00month"
_YEAR = "\x00year"
_ORDINAL = "\x00ordinal"
#: Words (tokens) that must be present for a rule to run: a cheap pre-filter.
_TIME_TRIGGERS: dict[str, tuple[str, ...]] = {
    "_h_iso": (_YEAR,), "_h_slash": (_SLASH,), "_h_month_day": (_MONTH,), "_h_dotted": (_DOT,),
    "_h_month_only": (_MONTH,), "_h_ordinal": (_ORDINAL,),
    "_h_weekday": tuple(d + s for d in ("monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday") for s in ("", "s")),
    "_h_day_rel": ("today", "tonight", "tomorrow", "end", "eod"),
    "_h_this_week": ("week", "weekend", "eow"), "_h_period_ends": ("ends", "out", "over"),
    "_h_next_week": ("week", "weekend"), "_h_this_month": ("month", "eom"),
    "_h_mid_month": ("mid", "middle", "month"), "_h_next_month": ("month",),
    "_h_year_rel": ("year",), "_h_quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "_h_year": (_YEAR,),
    "_h_duration": ("day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months",
                    "year", "years"),
    "_h_season": ("summer", "winter", "spring", "fall", "autumn"),
    "_h_holiday": ("christmas", "xmas", "x", "new", "holidays", "thanksgiving", "valentine",
                   "valentines", "halloween"),
    "_h_vague": ("soon", "soonish", "eventually", "someday", "sometime", "asap", "future",
                 "later", "day", "days", "point", "stage", "time", "line", "road", "chance",
                 "possible", "course", "year", "when", "whenever"),
}
_DEADLINE_MARK = _lazy(r"(?:by|before|until|till|til|through|thru|no\s+later\s+than|prior\s+to"
                       r"|ahead\s+of|due|within|in\s+the\s+next|over\s+the\s+next|for\s+the"
                       r"\s+next)\b")
_DEADLINE_MARK_BEFORE = _lazy(r"\b(?:by|before|until|till|through|due|no\s+later\s+than)\s+$")
_ALL_TIME_TRIGGERS = frozenset(
    t for triggers in _TIME_TRIGGERS.values() for t in triggers if not t.startswith("\x00"))
_DIGIT_HINT = _lazy(r"\d")
_YEAR_HINT = _lazy(r"(?:19|20)\d\d")
_ORDINAL_HINT = _lazy(r"\d(?:st|nd|rd|th)\b")

_P_PREP = r"(?:\b(?P<pre>" + _PREP + r")\s+)?"
_P_MONTH = (r"(?:\b(?P<pre>by|in|before|until|till|til|through|thru|during|throughout|for|over"
            r"|ahead\s+of|prior\s+to)\s+)?(?P<the>the\s+)?(?:(?P<part>end|middle|mid|start"
            r"|beginning|first\s+week|last\s+week|rest|remainder)\s+of\s+)?"
            r"(?P<mid>\bmid(?:-|\s+))?")
_P_WEEKDAY = (r"(?:\b(?P<every>every|each)\s+|\b(?:by|before|until|till|on|this)\s+)?"
              r"(?:\b(?P<rel>this|next|coming)\s+)?")
_P_DURATION = (r"(?:\b(?P<pre>within|in|over|during|for|inside(?:\s+of)?)\s+)?(?:\bthe\s+)?"
               r"(?:\b(?P<rel>next|coming|following|upcoming)\s+)?")

#: Words a time prefix can start with ("by", "in the next", "mid-", "every"...).
_PREFIX_STARTS = frozenset(
    "by before until till til through thru on due no prior ahead in during throughout for "
    "over within inside the end middle mid start beginning first last this next coming every "
    "rest remainder "
    "each following upcoming a an couple".split()) | frozenset(_ONES) | frozenset(_TEENS) | (
    frozenset(_TENS))
_MONTH_WORDS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december".split())
_WEEKDAY_WORDS = frozenset(d + s for d in _WEEKDAYS for s in ("", "s"))
_DURATION_UNITS = frozenset("day days week weeks fortnight fortnights month months year years"
                            .split())


def _anchor_month(tokens: list[Token], text: str) -> list[int]:
    return [t[1] for t in tokens if t[0] in _MONTH_WORDS]


def _anchor_day_month(tokens: list[Token], text: str) -> list[int]:
    return [t[1] for i, t in enumerate(tokens) if t[0][:1].isdigit()
            and any(u[0] in _MONTH_WORDS for u in tokens[i + 1:i + 4])]


def _anchor_weekday(tokens: list[Token], text: str) -> list[int]:
    return [t[1] for t in tokens if t[0] in _WEEKDAY_WORDS]


def _anchor_unit(tokens: list[Token], text: str) -> list[int]:
    return [t[1] for t in tokens if t[0] in _DURATION_UNITS]


def _anchor_digits(tokens: list[Token], text: str) -> list[int]:
    return [t[1] for t in tokens if t[0][:1].isdigit()]


_ANCHORS = {
    "_h_iso": _anchor_digits, "_h_slash": _anchor_digits, "_h_dotted": _anchor_digits,
    "_h_month_day": _anchor_month,
    "_h_month_only": _anchor_month, "_h_weekday": _anchor_weekday, "_h_duration": _anchor_unit,
}

#: (core pattern, optional prefix pattern matched just before the core, handler, trigger
#: words, anchor). With an anchor the core is tried only where the anchor points.
_TIME_RULES: tuple[tuple[_Pattern, _Pattern | None, object, frozenset[str], object],
                   ...] = tuple(
    (_lazy(core), _lazy(prefix) if prefix else None, handler,
     frozenset(_TIME_TRIGGERS[handler.__name__]),
     _anchor_day_month if handler is _h_month_day and core.startswith(r"\b(?P<d>")
     else _ANCHORS.get(handler.__name__))
    for core, prefix, handler in (
        (r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<mo>\d{1,2})[-/.](?P<d>\d{1,2})\b", _P_PREP, _h_iso),
        (r"(?<![\d/])\b(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\b(?!/)", _P_PREP,
         _h_slash),
        (r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
         _P_PREP, _h_month_day),
        (r"\b(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.?(?:(?<=\.)(?P<y>(?:19|20)?\d\d))?\b(?!\.\d)",
         _P_PREP, _h_dotted),
        (r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON +
         r"(?:\b|(?<=\.))(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", _P_PREP + r"(?:\bthe\s+)?",
         _h_month_day),
        (r"\b" + _MON + r"(?:\b|(?<=\.))(?:\s+(?P<y>(?:19|20)\d\d)\b)?", _P_MONTH,
         _h_month_only),
        (r"\b" + _PREP + r"\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", "", _h_ordinal),
        (r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?P<pl>s)?(?:'s)?\b"
         r"(?P<part>\s+(?:evenings|mornings|nights|afternoons|lunchtimes))?", _P_WEEKDAY,
         _h_weekday),
        (r"\b(?P<w>today|tonight|tomorrow|end\s+of\s+(?:the\s+)?day|eod)\b", "", _h_day_rel),
        (r"\b(?:(?P<every>every|each)\s+weekend|(?:the\s+)?(?:end|rest)\s+of\s+(?:the\s+|this\s+)?"
         r"week|this\s+(?:coming\s+)?week(?:end)?|within\s+the\s+week|eow|(?:the|this)\s+weekend)\b",
         "", _h_this_week),
        (r"\b(?:(?:the\s+)?end\s+of\s+)?next\s+week(?:end)?\b", "", _h_next_week),
        (r"\b(?:(?:the\s+)?(?:end|rest|remainder)\s+of\s+(?:the\s+|this\s+)?month|this\s+month"
         r"|month[-\s]end|month's\s+end|(?:the\s+)?end\s+of\s+month|eom|within\s+the\s+month"
         r"|the\s+month\s+is\s+(?:out|over)|the\s+month\s+ends)\b", "", _h_this_month),
        (r"\bthe\s+(?P<what>week|year)\s+(?:is\s+(?:out|over)|ends)\b", "", _h_period_ends),
        (r"\b(?:mid-?month|(?:the\s+)?middle\s+of\s+(?:the\s+|this\s+)?month)\b", "",
         _h_mid_month),
        (r"\b(?:(?P<start>(?:the\s+)?(?:start|beginning)\s+of\s+)|(?:the\s+)?(?:end|rest)\s+of\s+)?"
         r"next\s+month\b", "", _h_next_month),
        (r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|this\s+year|year[-\s]end"
         r"|year's\s+end|(?:(?:the\s+)?end\s+of\s+)?(?P<next>next)\s+year)\b", "", _h_year_rel),
        (r"\b(?:(?:the\s+)?end\s+of\s+)?(?:(?P<rel>this|next|the)\s+quarter|q(?P<q>[1-4])"
         r"(?:\s+(?P<y>(?:19|20)\d\d))?)\b", "", _h_quarter),
        (r"\b(?P<pre>by|in|before|until|till|through|during|of|for)\s+(?:the\s+end\s+of\s+)?"
         r"(?P<y>(?:19|20)\d\d)\b", "", _h_year),
        (r"\b(?P<u>days?|weeks?|fortnights?|months?|years?)\b(?P<from>\s+from\s+(?:now|today))?",
         _P_DURATION + r"(?:(?P<n>" + _NUM_OR_WORD + r")\s*)?", _h_duration),
        (r"\b(?P<rel>this|next|the|by|in|before|until|over|during)\s+(?:the\s+)?(?:end\s+of\s+"
         r"(?:the\s+)?)?(?P<season>summer|winter|spring|fall|autumn)\b", "", _h_season),
        (r"\b(?P<h>christmas(?:\s+eve)?|x-?mas|new\s+year'?s?(?:\s+eve|\s+day)?|the\s+holidays"
         r"|thanksgiving|valentine'?s(?:\s+day)?|halloween)\b", "", _h_holiday),
        (r"\b(?:soon(?:ish)?|eventually|some\s*day|one\s+day|one\s+of\s+these\s+days"
         r"|at\s+some\s+(?:point|stage)|asap|as\s+soon\s+as\s+(?:possible|i\s+can)"
         r"|in\s+the\s+(?:near\s+)?future|sometime(?:\s+soon)?|(?<!week\s)(?<!day\s)(?<!days\s)"
         r"(?<!weeks\s)(?<!month\s)later(?:\s+on)?|in\s+due\s+course|when(?:ever)?\s+i\s+"
         r"(?:can|have\s+(?:the\s+)?time|get\s+(?:the\s+)?(?:time|chance))|down\s+the\s+"
         r"(?:line|road)|over\s+time|when\s+possible|if\s+i\s+have\s+time|in\s+the\s+new\s+year"
         r"|at\s+some\s+time)\b", "", _h_vague),
    )
)

_CADENCE = _lazy(
    r"(?P<lead>\b(?:every\s+other|every\s+single|every|each|per|a|an)\s+|/\s*)"
    r"(?P<p>day|weekday|work\s*day|business\s+day|week|wk|weekend|fortnight|month|morning"
    r"|evening|night)\b"
    r"|\b(?P<adv>daily|weekly|monthly|bi-?weekly|fortnightly|nightly|weekdays)\b"
)
_CADENCE_BLOCK_BEFORE = _lazy(
    r"(?:\b(?:in|within|for|over|after|than|about|under|least|only|just|inside|half|once"
    r"|twice)\s+)$"
)
_RATE_COUNT_BEFORE = _lazy(r"(?<![\w.,])(?:\d+|" + _NUMBER_WORD + r"|once|twice)\s+(?:[\w-]+\s+)?$")
_TIMES_BEFORE = _lazy(r"(?:\b\w+\s+times|\btwice|\bonce|\b\d+\s*x)\s+$")
_CADENCE_BLOCK_AFTER = _lazy(r"^\s+(?:later|ago|from|before|after|of|early|earlier|or\s+two)")
_ATTRIBUTIVE_BEFORE = _lazy(r"\b(?:the|this|that|their|our|its|his|her|my|your)\s+$")
_RATE_WORDS = _lazy(r"\b(?:once|twice|thrice)\s+(?:a|an|per|every|each)\s+(?P<p>day|week"
                         r"|month|weekday|fortnight)\b")

# --------------------------------------------------------------------------- sentences

_ABBREV = _lazy(
    r"\b(?:mr|mrs|ms|dr|prof|sr|jr|st|inc|ltd|llc|co|corp|vs|etc|approx|dept|est|no|jan|feb"
    r"|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|fig|vol|ca|cf|ph\.d|e\.g|i\.e|a\.m|p\.m|u\.s|u\.k|u\.s\.a|b\.sc|m\.sc|b\.a|m\.a)\."
    r"|\b[a-z]\.(?=[a-z]\.)|(?<=\b[a-z]\.[a-z])\.|\b[a-z]\.(?=\s+[a-z])"
    r"|\d\.\d|\w\.\w"
)
_URL = _lazy(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|dev|to|js|ts|py|ai|co"
                  r"|app|me)\b")
_BOUNDARY = _lazy(r"[.!?]+[\"')\]]*\s+(?=\S)")
_LINE_BREAK = _lazy(r"\n\s*(?=[A-Z0-9\-*\u2022])")
_LETTER = _lazy(r"[^\W\d_]")
_ALNUM = _lazy(r"[^\W_]")


_MAYBE_SPLIT = _lazy(r"[.!?][\"')\]]*\s+\S|\n\s*[A-Z0-9*\u2022-]")


def _mask_names(low: str, names: tuple[str, ...]) -> str:
    """Hide the "!" and "?" inside plan names ("Yahoo!", "What? Inc") from the splitter."""
    for name in names:
        name = _lower(name.strip())
        if len(name) < 2 or ("!" not in name and "?" not in name):
            continue
        start = low.find(name)
        while start >= 0:
            end = start + len(name)
            low = low[:start] + name.replace("!", "_").replace("?", "_") + low[end:]
            start = low.find(name, end)
    return low


def _sentences(text: str, names: tuple[str, ...] = ()) -> list[str]:
    if not _MAYBE_SPLIT.search(text):
        return [text.strip()] if _LETTER.search(text) else []
    masked = _lower(text)
    if names and ("!" in masked or "?" in masked):
        masked = _mask_names(masked, names)
    if "." in masked:
        masked = _URL.sub(lambda m: "_" * len(m.group()), masked)
        masked = _ABBREV.sub(lambda m: m.group().replace(".", "_"), masked)
    cuts = sorted({m.end() for m in _BOUNDARY.finditer(masked)}
                  | {m.end() for m in _LINE_BREAK.finditer(text)})
    pieces = []
    pos = 0
    for cut in cuts:
        pieces.append(text[pos:cut])
        pos = cut
    pieces.append(text[pos:])
    return [p.strip() for p in pieces if _LETTER.search(p)]


# --------------------------------------------------------------------------- analysis


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
    purpose_start: int = 0  # where a purpose clause ("so I can…") begins, else len(text)
    cadence_start: int = -1


def _goal_month(today: date, context: PlanContext) -> _Calendar:
    start = date(today.year, today.month, 1)
    if context.month:
        m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", context.month)
        if m and 1 <= int(m[2]) <= 12 and 1900 <= int(m[1]) <= 2200:
            start = date(int(m[1]), int(m[2]), 1)
    return _Calendar(today, start, _month_end(start.year, start.month))


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
        elif hit.kind == "vague":
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


def _find_channel(a: _Analysis) -> None:
    platform = generic = None
    for _, _, phrase in _CHANNEL_VOCAB.find(a.tokens):
        name, is_platform = _CHANNEL_OF.get(phrase, (None, False))
        if name and is_platform and platform is None:
            platform = name
        elif name and not is_platform and generic is None:
            generic = name
    a.channel = platform or generic


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
    person_unit = bool(main and main.kind in ("count", "single")
                       and _PERSON_VOCAB.hit(_tokens(main.unit)))
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


def _periods(period: str, weekday: int, start: date, end: date) -> float:
    days = (end - start).days + 1
    if days <= 0:
        return 1.0
    if weekday >= 0:
        first = start + timedelta(days=(weekday - start.weekday()) % 7)
        return float(max(1, (end - first).days // 7 + 1)) if first <= end else 1.0
    if period == "day":
        return float(days)
    if period == "2day":
        return float(max(1, round(days / 2)))
    if period == "weekday":
        full, rest = divmod(days, 7)
        count = full * 5
        for i in range(rest):
            if (start + timedelta(days=full * 7 + i)).weekday() < 5:
                count += 1
        return float(max(1, count))
    if period == "week":
        return float(max(1, round(days / 7)))
    if period == "fortnight":
        return float(max(1, round(days / 14)))
    if period == "2month":
        return float(max(1, round(days / 61)))
    return float(max(1, round(days / 30)))


def _window(a: _Analysis) -> tuple[date, date]:
    cal = a.cal
    if a.deadline and a.deadline < cal.month_start:
        start = cal.today
    else:
        start = max(cal.today, cal.month_start)
    end = a.deadline if a.deadline and a.deadline >= start else max(cal.month_end, start)
    return start, end


_SECOND_CLAUSE = _lazy(r"\band\s+(?:then\s+)?(?P<verb>[a-z]+)\b")
_CLAUSE_VERBS = frozenset("""
engage interact like follow read study practise practice check keep stay support learn spend
react upvote star watch listen
""".split())


def _rate_of_another_clause(a: _Analysis, main: _Count) -> bool:
    """True when the rate belongs to a later verb, not to the count before it
    ("follow 20 leaders and engage with them daily")."""
    if a.cadence_start <= main.end or main.kind != "count":
        return False
    for m in _SECOND_CLAUSE.finditer(a.masked, main.end, a.cadence_start):
        if m["verb"] in _ACTION_BY_WORD or m["verb"] in _CLAUSE_VERBS:
            return not _RATE_COUNT_BEFORE.search(a.masked, m.end(), a.cadence_start)
    return False


def _compute_target(a: _Analysis) -> None:
    start, end = _window(a)
    a.window_days = (end - start).days + 1
    a.window_end = end
    main = a.main
    concrete = a.action is not None and a.action.cls not in ("weak",)
    if main is None and a.cadence and concrete:
        main = a.main = _Count(0, 0, 1, "single", "", "", 0)
    if main is None:
        return
    value = main.value
    own_rate = a.cadence_count >= 0 and a.cadence_count != main.start
    if a.cadence and main.kind != "percent" and not (own_rate and main.kind == "count") and (
            not _rate_of_another_clause(a, main)):
        value *= _periods(a.cadence, a.cadence_weekday, start, end)
    if main.kind == "effort":
        hours = value / 60 if main.head.startswith("min") else value
        a.target, a.unit = max(1, round(hours)), "hours"
        return
    a.target = max(0, min(round(value), 1_000_000))
    a.unit = _unit_name(a, main)


_ACTIVITY_UNITS = {
    "coffee chat": "coffee chats", "connect": "invitations", "message": "messages",
    "event": "events", "hackathon": "hackathons", "post": "posts", "article": "articles",
    "comment": "comments", "talk": "talks", "proposal": "proposals", "apply": "applications",
    "ask": "requests", "contribute": "contributions", "volunteer": "sessions",
    "mentor": "sessions", "join": "communities", "answer": "answers", "meet": "meetings",
    "host": "sessions",
}


def _unit_name(a: _Analysis, main: _Count) -> str | None:
    if main.kind == "percent":
        return "%"
    unit = main.unit if main.kind in ("count", "single", "measure") else ""
    if unit and main.kind == "single" and a.cadence:
        unit = unit + "s" if not unit.endswith("s") else unit
    if unit:
        return unit
    if a.activity:
        return _ACTIVITY_UNITS.get(a.activity)
    return "times" if main.kind == "times" else None


# --------------------------------------------------------------------------- judges


_MONTH_FULL = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def _fmt(day: date) -> str:
    return f"{_MONTH_FULL[day.month - 1]} {day.day}, {day.year}"


def _fmt_short(day: date) -> str:
    return f"{_MONTH_FULL[day.month - 1]} {day.day}"


def _judge_specific(a: _Analysis) -> Criterion:
    if not a.words:
        return Criterion("fail", "Empty: there is no goal to judge yet.",
                         "Write one sentence: e.g. 'Connect with 5 recruiters on LinkedIn by "
                         f"{_fmt_short(a.cal.month_end)}'.")
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
    if a.vague_quantity and (a.main is None or a.main.kind == "single"):
        issues.append((f'"{a.vague_quantity}" is vague.', "Say how many: e.g. '3 recruiters'."))
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
    if a.binary:
        hint = ("Count the steps you control: e.g. 'apply to 10 roles and message 3 hiring "
                "managers'." if a.outcome else
                "Say what 'done' means: e.g. 'add 3 projects and a new headline'.")
        return Criterion("warn", f'Done or not done: "{a.binary}" has no count.', hint)
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
    if not a.per_person and count > allowed:
        fit = max(1, int(allowed))
        return Criterion("warn", f"{count} {a.unit or 'times'} by {until} is a lot "
                         f"(about {fit} is a realistic pace).",
                         f"Lower it to about {fit}, or give it more time.")
    need = count * minutes / 60
    if ctx.weekly_hours is not None and ctx.weekly_hours >= 0:
        have = ctx.weekly_hours * a.window_days / 7
        if need > have:
            digits = 1 if round(need) == round(have) else 0
            return Criterion("warn", f"Needs about {need:.{digits}f} h; you have about "
                             f"{have:.{digits}f} h until {until}.",
                             f"Lower the count, or plan more than {ctx.weekly_hours:g} h a week.")
    rate = ctx.completion_rate
    if rate is not None and rate < 0.5 and not a.per_person and count > 0.4 * allowed:
        smaller = max(1, int(0.4 * allowed))
        return Criterion("warn", f"You completed {rate:.0%} of past goals and {count} "
                         f"{a.unit or ''} is a big step.".replace("  ", " "),
                         f"Start smaller: about {smaller}, then raise it next month.")
    return Criterion("ok", f"{_work(need)} by {until}; a realistic pace.", "")


def _work(hours: float) -> str:
    """Estimated work: "About 6 h of work", or "Under an hour of work" when small."""
    return "Under an hour of work" if hours < 1 else f"About {hours:.0f} h of work"


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


def _judge_relevant(a: _Analysis) -> tuple[Criterion, str]:
    ctx = a.context
    text = a.masked
    terms = _match_terms(ctx.terms, a.text, a.low) if ctx.terms else []
    goal_hit = ""
    for key in ctx.goals:
        m = _goal_match(key, ctx.custom_goal, text, a.tokens)
        if m:
            goal_hit = key
            break
    career = _CAREER_VOCAB.first(a.tokens)
    generic = _GENERIC_VOCAB.first(a.tokens) or _ADJACENT_VOCAB.first(a.tokens)
    purpose = _PURPOSE.search(text)
    hint = ""
    if terms:
        hint = "Names " + ", ".join(terms[:3]) + " from my plan"
    if goal_hit:
        hint = (hint + "; " if hint else "") + "serves " + _GOAL_NAMES.get(goal_hit, "my goal")
    if purpose and not hint:
        hint = _quote(a.text, purpose.start(), min(len(a.text), purpose.end() + 40))
    if ctx.goals or ctx.terms:
        if (goal_hit or not ctx.goals) and (terms or not ctx.terms) and (goal_hit or career):
            named = f' names "{terms[0]}"' if terms else ""
            serves = f" serves {_GOAL_NAMES.get(goal_hit, 'your goal')}" if goal_hit else ""
            joined = " and".join(x for x in (serves, named) if x)
            return Criterion("ok", f"Ties to your plan:{joined}.", ""), hint
        if goal_hit or terms or career or generic:
            if goal_hit and not terms:
                return Criterion("warn", "Serves your goal but names nothing from your plan.",
                                 f"Name a target from your plan: e.g. "
                                 f"'{_term_example(ctx)}'."), hint
            what = f'"{terms[0]}" is in your plan' if terms else "Career-related"
            return Criterion("warn", f"{what}, but it does not clearly serve "
                             f"{_goal_list(ctx)}.",
                             "Tie it to your big-picture goal: add a purpose, e.g. "
                             "'to meet people who hire'."), hint
        return Criterion("fail", "Unrelated to your networking plan.",
                         "Pick an action that moves your plan: e.g. 'message 3 recruiters in "
                         "your target sector'."), hint
    if career:
        return Criterion("ok", f'Career-related: "{_quote(a.text, career[0], career[1])}".',
                         ""), hint or "Builds my professional network"
    if generic:
        return Criterion("warn", f'Only "{_quote(a.text, generic[0], generic[1])}": '
                         "no role, company or community named.",
                         "Name who or where: e.g. 'recruiters in fintech', 'the local Python "
                         "meetup'."), hint
    return Criterion("fail", "No link to your career or network.",
                     "Make it about your network: e.g. 'message 3 developers at companies you "
                     "admire'."), hint


def _goal_list(ctx: PlanContext) -> str:
    names = [_GOAL_NAMES.get(k, "your goal") for k in ctx.goals[:2]]
    return " or ".join(names) if names else "your goal"


def _term_example(ctx: PlanContext) -> str:
    """An example that names the plan: a role if there is one, else a company or place."""
    names = [t.strip() for t in ctx.terms if t.strip()]
    for name in names:
        if _PERSON_VOCAB.hit(_tokens(_lower(name))):
            return f"message 3 {_lower(name)}"
    if names:
        return f"message 3 engineers at {_COMPANY_SUFFIX.sub('', names[0]).strip(' .,')}"
    return "message 3 recruiters"


def _goal_match(key: str, custom: str, text: str, tokens: list[Token]) -> bool:
    if key == "custom":
        pattern = _custom_pattern(custom)
        return bool(pattern and pattern.search(text)) or _CAREER_VOCAB.hit(tokens)
    vocab = _GOAL_VOCAB.get(key)
    return bool(vocab and vocab.hit(tokens))


@lru_cache(maxsize=32)
def _custom_pattern(custom: str) -> re.Pattern[str] | None:
    words = {w for w in re.findall(r"[a-z][a-z+#.-]{3,}", _lower(custom[:300]))
             if w not in _STOPWORDS}
    if not words:
        return None
    alts = "|".join(re.escape(_singular_word(w)) + r"(?:s|es)?" for w in sorted(words))
    return re.compile(r"\b(?:" + alts + r")\b")


def _singular_word(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ses") or word.endswith("xes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_DEV_SYNONYMS = r"(?:developer|engineer|dev|programmer)s?"
_COMPANY_SUFFIX = _lazy(r"[\s,]+(?:inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|s\.?a"
                             r"|ag|bv|oy|ab)\.?$", re.IGNORECASE)
_AMBIGUOUS_TERMS = frozenset({"go", "it", "art", "us", "me", "one", "net", "do", "be", "so",
                              "am", "ai", "ml", "ui", "ux", "qa"})


def _term_regex(term: str) -> tuple[str, bool] | None:
    name = _COMPANY_SUFFIX.sub("", " ".join(term.split())).strip(" .,;:-")
    if re.match(r"(?i)the\s+", name):
        name = name[4:]
    if not name or len(name) > 60:
        return None
    words = re.findall(r"[^\s/,;()]+", _lower(name))
    if not words:
        return None
    parts = []
    for i, word in enumerate(words):
        word = word.strip(".:")
        if not word:
            continue
        last = i == len(words) - 1
        single = _singular_word(word)
        if single in ("developer", "engineer", "dev", "programmer"):
            parts.append(_DEV_SYNONYMS)
        elif last and single.endswith("y") and len(single) > 3:
            parts.append(re.escape(single[:-1]) + r"(?:y|ies)")
        elif last:
            parts.append(re.escape(single) + r"(?:s|es|'s)?")
        else:
            parts.append(re.escape(word))
    if not parts:
        return None
    case_sensitive = len(words) == 1 and (len(name) <= 2 or words[0] in _AMBIGUOUS_TERMS)
    return r"[\s-]+".join(parts), case_sensitive


@lru_cache(maxsize=32)
def _terms_pattern(terms: tuple[str, ...]) -> tuple[re.Pattern[str] | None,
                                                   re.Pattern[str] | None, tuple[str, ...]]:
    """Two patterns: tolerant (on lower-case text) and exact (short, ambiguous names)."""
    loose, strict = [], []
    names: list[str] = []
    for term in terms[:200]:
        built = _term_regex(term)
        if not built:
            continue
        pattern, exact = built
        group = f"t{len(names)}"
        names.append(term.strip())
        if exact:
            strict.append(rf"(?P<{group}>(?<![\w+#]){re.escape(term.strip())}(?![\w+#]))")
        else:
            loose.append(rf"(?P<{group}>(?<![\w+#]){pattern}(?![\w+#]))")
    loose_re = re.compile("|".join(loose)) if loose else None
    strict_re = re.compile("|".join(strict)) if strict else None
    return loose_re, strict_re, tuple(names)


def _match_terms(terms: tuple[str, ...], text: str, low: str) -> list[str]:
    loose, strict, names = _terms_pattern(tuple(terms))
    found: list[str] = []
    for pattern, source in ((loose, low), (strict, text)):
        if pattern is None:
            continue
        for m in pattern.finditer(source):
            if pattern is strict and m.start() == 0:
                continue  # "Go to 2 meetups": a capital at the start proves nothing
            name = names[int(m.lastgroup[1:])]  # type: ignore[index]
            if name not in found:
                found.append(name)
    return found


def _judge_time(a: _Analysis) -> Criterion:
    cal = a.cal
    end = _fmt_short(cal.month_end)
    add_end = f"Add an end date: e.g. 'by {end}'."
    if a.deadline is not None:
        quote = a.deadline_quote
        if a.deadline < cal.today:
            return Criterion("fail", f'"{quote}" ({_fmt(a.deadline)}) is in the past.',
                             f"Pick a date ahead: e.g. 'by {end}'.")
        if a.deadline > cal.month_end + timedelta(days=FAR_DAYS):
            return Criterion("warn", f'"{quote}" ({_fmt(a.deadline)}) is far beyond this '
                             "month's plan.",
                             f"Set a milestone inside the month: e.g. 'by {end}'.")
        if a.deadline < cal.month_start:
            return Criterion("warn", f'"{quote}" ({_fmt(a.deadline)}) falls before the '
                             "goal's month.", f"Use a date in the goal's month: e.g. 'by {end}'.")
        return Criterion("ok", f'Deadline "{quote}": {_fmt(a.deadline)}.', "")
    if a.cadence:
        return Criterion("warn", f'"{a.cadence_quote}" repeats but never ends.',
                         f"Add an end date: e.g. 'every week until {end}'.")
    if a.vague_time:
        hit = a.vague_time[0]
        return Criterion("fail", f'"{_quote(a.text, hit.start, hit.end)}" is not a date.',
                         add_end)
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


# --------------------------------------------------------------------------- check


def _analyse(text: str, today: date, context: PlanContext) -> _Analysis:
    judged = _clean(text[:MAX_JUDGED_CHARS])
    if len(text) > MAX_JUDGED_CHARS:
        first = _BOUNDARY.search(judged)
        if first is not None:
            judged = judged[:first.start() + 1]  # an oversized paste: judge its first sentence
    low = _lower(judged)
    cal = _goal_month(today, context)
    a = _Analysis(judged, low, low, cal, context)
    if not _ALNUM.search(judged):
        return a
    a.words = len(judged.split())
    noise: list[tuple[int, int]] = []
    digits = bool(_DIGIT_HINT.search(low))
    if digits or _NOISE_HINT.search(low):
        for hints, pattern in _NOISE_RULES:
            if any(h in low if h else digits for h in hints):
                noise += [(m.start(), m.end()) for m in pattern.finditer(low)]
    if _PAST_HINT.search(low):
        noise += [(m.start(), m.end()) for m in _PAST_REF.finditer(low)]
    if digits:
        noise += [m.span("v") for m in _VERSION.finditer(low) if _version_like(low, m)]
    base = _blank(low, noise) if noise else low
    base_tokens = _tokens(base)
    time_spans = _find_time(a, base, base_tokens)
    masked = _blank(base, time_spans)
    a.masked = masked
    if time_spans:
        base_tokens = [t for t in base_tokens
                       if not any(s <= t[1] < e for s, e in time_spans)]
    a.tokens = base_tokens
    a.pre3 = frozenset(t[0][:3] for t in a.tokens)
    _find_cadence(a, masked)
    rate = _RATE_WORDS.search(masked)
    if rate and not a.cadence:
        a.cadence = rate["p"]
        a.cadence_quote = _quote(judged, rate.start(), rate.end())
    _find_counts(a, masked)
    _find_actions(a, masked)
    _find_persons(a, masked)
    _find_channel(a)
    _find_named(a)
    hedge = _HEDGE.search(masked) if not _HEDGE_TRIGGERS.isdisjoint(a.pre3) else None
    a.hedge = _quote(judged, hedge.start(), hedge.end()) if hedge else ""
    vq = _VAGUE_QUANTITY.search(masked) if not _QUANTITY_TRIGGERS.isdisjoint(a.pre3) else None
    a.vague_quantity = _quote(judged, vq.start(), vq.end()) if vq else ""
    binary = (_BINARY_DELIVERABLE.search(masked)
              if not _BINARY_TRIGGERS.isdisjoint(a.pre3) else None)
    if binary:
        end = binary.end()
        if binary.group().endswith(("my", "our")):
            end = _unit_after(masked, end)[2]
        a.binary = _quote(judged, binary.start(), end)
    if not a.binary:
        whole = _ALL_OF.search(masked)
        if whole:
            end = min(len(judged), whole.end() + 24)
            if end < len(judged) and judged[end].isalnum():
                end = max(whole.end(), judged.rfind(" ", whole.end(), end))
            a.binary = _quote(judged, whole.start(), end)
    purpose = _PURPOSE.search(masked, a.action.end) if a.action is not None else None
    a.purpose_start = purpose.start() if purpose else len(masked)
    outcome = (_OUTCOME.search(masked, 0, a.purpose_start)
               if not _OUTCOME_TRIGGERS.isdisjoint(a.pre3) else None)
    a.outcome = _quote(judged, outcome.start(), outcome.end()) if outcome else ""
    _choose_main(a)
    if a.action is not None and a.action.cls != "weak" or a.outcome:
        _singular(a, masked)
    _activity_of(a)
    _compute_target(a)
    return a


def check(text: str, today: date, context: PlanContext | None = None) -> SmartResult:
    """Judge one goal sentence. Never raises; the same input gives the same result."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    context = context or PlanContext()
    a = _analyse(text, today, context)
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
        f"Add an end date: e.g. 'by {_fmt_short(a.cal.month_end)}'.")
    criteria = {
        "specific": specific,
        "measurable": measurable,
        "achievable": achievable,
        "relevant": relevant,
        "time_bound": time_bound,
        "one_sentence": _judge_sentences(
            a.text if len(text) <= MAX_JUDGED_CHARS else _clean(text[:MAX_SCANNED_CHARS]),
            a.words, len(text), context.terms),
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
        details=a,
    )


#: A deadline word left at the end of the action phrase once the date is cut off.
_TRAILING_PREP = _lazy(r"(?:\s+(?:by|before|until|till|til|through|thru|no\s+later\s+than"
                       r"|prior\s+to|ahead\s+of|due|within|in|over|during|for|on|at|the|end"
                       r"|of|this|next|no))+$", re.IGNORECASE)


def _hints(a: _Analysis) -> dict[str, str]:
    relevance = a.relevance_hint
    hints: dict[str, str] = {}
    if a.action is not None:
        start = a.action.start
        stop = len(a.text)
        for hit in a.dates + a.vague_time:
            if hit.start > start:
                stop = min(stop, hit.start)
        purpose = _PURPOSE.search(a.masked, start)
        if purpose:
            stop = min(stop, purpose.start())
        piece = _TRAILING_PREP.sub("", a.text[start:stop].strip(" ,;.!?")).strip(" ,;.!?")
        hints["specific"] = _quote(piece, 0, len(piece), 80)
    if a.target is not None:
        unit = a.unit or ""
        measure = f"{a.target} {unit}".strip()
        if a.cadence and a.cadence_quote:
            measure += f" ({a.cadence_quote})"
        hints["measurable"] = measure
    if a.target is not None and a.activity is not None and a.window_end:
        minutes = _ACTIVITY[a.activity][1] * (1 if a.per_person else a.target)
        hints["achievable"] = f"{_work(minutes / 60)} by {_fmt_short(a.window_end)}"
    if relevance:
        hints["relevant"] = relevance
    if a.deadline is not None:
        hints["time_bound"] = f"By {_fmt(a.deadline)}"
    elif a.cadence_quote:
        hints["time_bound"] = f"{a.cadence_quote[:1].upper()}{a.cadence_quote[1:]} (no end date)"
    return hints
