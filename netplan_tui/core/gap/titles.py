"""Job titles: role concepts of every field, seniority, abbreviations (core.roles)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from netplan_tui.core.roles import ABBREVIATIONS, resolve

from .words import (
    _STOPWORDS,
    _general,
    _with_joins,
)


@dataclass(frozen=True)
class _Pattern:
    words: tuple[str, ...]
    not_before: frozenset[str] = frozenset()  # the word just before must not be one of these
    not_after: frozenset[str] = frozenset()  # the word just after must not be one of these
    first_only: bool = False  # only as the first word of the role (for "EM")


def _p(text: str, not_before: str = "", not_after: str = "", first: bool = False) -> _Pattern:
    return _Pattern(
        tuple(text.split()), frozenset(not_before.split()), frozenset(not_after.split()), first
    )


_NOT_SOFTWARE_ENGINEER = (
    "sales civil mechanical electrical chemical structural process manufacturing field "
    "support solution customer sound audio hardware network mining petroleum biomedical "
    "environmental industrial quality"
)


_NOT_SOFTWARE_DEVELOPER = "business estate property land real residential commercial"


_DEVELOPER_AUDIENCE = "relation advocate evangelist marketing advocacy community"


#: Role concepts, in the order they claim words. A role can hold several
#: concepts ("CTO & Co-founder"); the words a concept claims are not reused.
_ROLE_CONCEPTS: tuple[tuple[str, tuple[_Pattern, ...]], ...] = (
    (
        "developer_advocate",
        (
            _p("developer advocate"),
            _p("developer relation"),
            _p("developer evangelist"),
            _p("developer advocacy"),
            _p("devrel"),
            _p("dev advocate"),
            _p("technical evangelist"),
        ),
    ),
    (
        "recruiter",
        (
            _p("recruiter"),
            _p("recruiting"),
            _p("recruitment"),
            _p("talent acquisition"),
            _p("talent partner"),
            _p("talent sourcer"),
            _p("talent advisor"),
            _p("talent scout"),
            _p("sourcer"),
            _p("headhunter"),
        ),
    ),
    ("hiring_manager", (_p("hiring manager"),)),
    (
        "engineering_manager",
        (
            _p("engineering manager"),
            _p("manager software engineering"),
            _p("manager engineering"),
            _p("development manager", not_before="business"),
            _p("dev manager"),
            _p("head engineering"),
            _p("head development", not_before="business"),
            _p("engineering head"),
            _p("vp engineering"),
            _p("vice president engineering"),
            _p("director engineering"),
            _p("engineering director"),
            _p("engineering lead"),
            _p("em", first=True),
        ),
    ),
    (
        "product_manager",
        (
            _p("product manager"),
            _p("product owner"),
            _p("product lead"),
            _p("head product"),
            _p("vp product"),
            _p("director product"),
            _p("product director"),
            _p("chief product officer"),
            _p("cpo"),
        ),
    ),
    (
        "project_manager",
        (
            _p("project manager"),
            _p("program manager"),
            _p("programme manager"),
            _p("project lead"),
            _p("program lead"),
            _p("delivery manager"),
            _p("project coordinator"),
            _p("pm"),
            _p("tpm"),
        ),
    ),
    (
        "cto",
        (
            _p("cto"),
            _p("chief technology officer"),
            _p("chief technical officer"),
            _p("chief technology"),
        ),
    ),
    ("founder", (_p("founder"), _p("cofounder"), _p("founding"))),
    (
        "developer",
        (
            _p("developer", not_before=_NOT_SOFTWARE_DEVELOPER, not_after=_DEVELOPER_AUDIENCE),
            _p("dev", not_before="business", not_after=_DEVELOPER_AUDIENCE),
            _p("engineer", not_before=_NOT_SOFTWARE_ENGINEER),
            _p("swe"),
            _p("sde"),
            _p("programmer"),
            _p("coder"),
            _p("tech lead"),
            _p("technical lead"),
        ),
    ),
)


#: A contact holding the key concept also counts for the value concepts.
_IMPLIED: dict[str, frozenset[str]] = {
    "engineering_manager": frozenset({"hiring_manager"}),
    "cto": frozenset({"hiring_manager"}),
    "founder": frozenset({"hiring_manager"}),
}


_SENIORITY_WORDS = {
    "senior": "senior",
    "sr": "senior",
    "snr": "senior",
    "junior": "junior",
    "jr": "junior",
    "jnr": "junior",
    "staff": "staff",
    "principal": "principal",
    "lead": "lead",
    "intern": "intern",
    "internship": "intern",
    "entry": "entry",
    "graduate": "graduate",
    "trainee": "trainee",
    "apprentice": "apprentice",
    "mid": "mid",
}


#: Words that say nothing about the job itself ("Software Engineer II").
_LEVEL_NOISE = frozenset("i ii iii iv v level".split())


#: Qualifiers dropped from a quality once a role concept is recognised in it.
_SOFT = frozenset("software technical tech it people person professional role".split())


#: A quality asking for this seniority is satisfied by any of these.
_SENIORITY_OK: dict[str, frozenset[str]] = {
    "senior": frozenset({"senior", "staff", "principal", "lead"}),
    "junior": frozenset({"junior", "entry", "graduate", "trainee", "apprentice", "intern"}),
}


@dataclass(frozen=True)
class _Role:
    direct: frozenset[str]  # concepts named by the words themselves
    concepts: frozenset[str]  # direct concepts and the ones they imply
    words: frozenset[str]  # every word of the role (seniority canonical, joins added)
    extras: tuple[str, ...]  # words not claimed by a concept, seniority or filler
    seniority: frozenset[str]


def _claim(words: list[str], claimed: list[bool], pattern: _Pattern) -> bool:
    size = len(pattern.words)
    hit = False
    for i in range(len(words) - size + 1):
        if any(claimed[i : i + size]) or tuple(words[i : i + size]) != pattern.words:
            continue
        if pattern.first_only and i != 0:
            continue
        if i > 0 and words[i - 1] in pattern.not_before:
            continue
        if i + size < len(words) and words[i + size] in pattern.not_after:
            continue
        for j in range(i, i + size):
            claimed[j] = True
        hit = True
    return hit


def _expanded(words: list[str], fields: frozenset[str]) -> list[str]:
    """Abbreviations of every field spelled out, read through the plan's fields:
    "HRBP" -> "hr business partner"; "PM" -> "product manager" in a product plan (a
    project manager otherwise, as before)."""
    out: list[str] = []
    for word in words:
        if word in ABBREVIATIONS and (word not in ("pm", "em") or word == "pm" and fields):
            title = resolve(word, fields)
            if title:
                out.extend(_general(title))
                continue
        out.append(word)
    return out


@lru_cache(maxsize=16384)
def _role(text: str, fields: frozenset[str] = frozenset()) -> _Role:
    """Recognise the role concepts, seniority and remaining words of a job title."""
    words = [w for w in _general(text) if w not in _STOPWORDS and w not in _LEVEL_NOISE]
    words = _expanded(words, fields)
    seniority = {_SENIORITY_WORDS[w] for w in words if w in _SENIORITY_WORDS}
    core = [w for w in words if w not in _SENIORITY_WORDS or w == "lead"]
    claimed = [False] * len(core)
    concepts: set[str] = set()
    present = set(core)
    for name, patterns in _ROLE_CONCEPTS:
        for pattern in patterns:
            if present.issuperset(pattern.words) and _claim(core, claimed, pattern):
                concepts.add(name)
    if any(core[i] == "lead" and claimed[i] for i in range(len(core))):
        seniority.discard("lead")  # "Tech Lead", "Product Lead": a role, not a level
    extras = tuple(
        w
        for w, taken in zip(core, claimed, strict=False)
        if not taken and w != "lead" and w not in seniority
    )
    implied = set(concepts)
    for name in concepts:
        implied |= _IMPLIED.get(name, frozenset())
    everything = _with_joins(words) | seniority
    return _Role(
        frozenset(concepts), frozenset(implied), frozenset(everything), extras, frozenset(seniority)
    )
