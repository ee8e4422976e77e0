"""Roles of every profession: the one vocabulary shared by the SMART checker and the gap.

Pure and standard library only. A role is named by a title ("product designer",
"nurse manager", "account executive"); each title belongs to one field (product,
design, healthcare…). Seniority words ("Head of", "Lead", "Group", "Principal", "VP",
"Director", "Senior"…) qualify a title without changing its field. Abbreviations
("PM", "CSM", "AE", "HRBP") are read through the user's own plan: "PM" is a product
manager for someone whose dream job is in product, a project manager for someone in
construction.

Titles are matched on lower-case words, plurals included ("nurses", "VPs of Sales").
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Field -> role titles (lower case, singular). The first title names the field's people.
FIELDS: dict[str, tuple[str, ...]] = {
    "software": (
        "software engineer", "developer", "engineer", "programmer", "coder", "swe", "sde",
        "devops engineer", "sre", "tech lead", "technical lead", "cto", "architect",
        "engineering manager", "qa engineer", "tester", "maintainer", "devrel",
        "developer advocate", "security engineer",
    ),
    "product": (
        "product manager", "product owner", "product lead", "cpo", "product director",
        "product marketing manager",
    ),
    "project": (
        "project manager", "program manager", "programme manager", "delivery manager",
        "project coordinator", "scrum master", "tpm",
    ),
    "design": (
        "designer", "ux designer", "ui designer", "product designer", "ux researcher",
        "design lead", "creative director", "art director", "illustrator",
    ),
    "data": (
        "data scientist", "data analyst", "data engineer", "analytics engineer",
        "ml engineer", "machine learning engineer", "statistician", "bi analyst",
    ),
    "marketing": (
        "marketer", "marketing manager", "growth marketer", "seo specialist",
        "content marketer", "brand manager", "cmo", "copywriter", "social media manager",
        "community manager",
    ),
    "sales": (
        "account executive", "sales development representative", "sdr", "bdr",
        "sales manager", "sales rep", "salesperson", "account manager", "cro",
    ),
    "finance": (
        "financial analyst", "accountant", "cpa", "cfo", "controller", "fp&a manager",
        "finance manager", "auditor", "treasurer", "bookkeeper", "investment analyst",
    ),
    "operations": (
        "operations manager", "ops manager", "coo", "supply chain lead", "supply chain manager",
        "logistics manager", "procurement manager", "buyer", "planner",
    ),
    "people": (
        "hr business partner", "hrbp", "people partner", "hr manager", "chro",
        "talent acquisition partner", "ta partner", "people operations manager",
        "hr generalist",
    ),
    "healthcare": (
        "nurse", "nurse manager", "nurse educator", "doctor", "physician", "physiotherapist",
        "pharmacist", "surgeon", "clinician", "therapist", "paramedic", "midwife", "dentist",
        "director of nursing", "care coordinator",
    ),
    "education": (
        "teacher", "instructional designer", "curriculum lead", "curriculum designer",
        "lecturer", "professor", "tutor", "headteacher", "learning designer", "trainer",
        "educator",
    ),
    "legal": (
        "lawyer", "attorney", "paralegal", "counsel", "in-house counsel", "solicitor",
        "barrister", "legal ops manager", "general counsel", "legal counsel",
    ),
    "customer_success": (
        "customer success manager", "csm", "support specialist", "support engineer",
        "onboarding specialist", "customer support lead",
    ),
    "construction": (
        "site manager", "site engineer", "civil engineer", "quantity surveyor", "foreman",
        "project engineer", "structural engineer", "estimator",
    ),
    "consulting": ("consultant", "management consultant", "strategy consultant"),
    "research": ("researcher", "research scientist", "postdoc", "lab manager"),
    "media": ("journalist", "editor", "reporter", "producer", "writer"),
    "nonprofit": ("program officer", "fundraiser", "grant writer"),
    "hospitality": ("chef", "hotel manager", "restaurant manager", "event planner"),
    "security": ("security analyst", "pentester", "ciso", "security architect"),
}

#: Roles useful to anyone looking for work, whatever the field.
UNIVERSAL: tuple[str, ...] = (
    "recruiter", "talent partner", "sourcer", "headhunter",
    "hiring manager", "founder", "co-founder", "cofounder", "ceo", "executive", "manager",
    "director", "mentor", "coach", "career coach", "alumnus", "alumni", "colleague",
    "classmate", "peer", "lead", "specialist", "professional", "expert", "partner",
    "head", "vp", "president",
)

#: Seniority and scope words: they qualify a title, never change its field.
SENIORITY: tuple[str, ...] = (
    "head of", "lead", "group", "principal", "staff", "senior", "sr", "junior", "jr",
    "vp of", "vp", "vice president of", "director of", "director", "chief", "associate",
    "assistant", "entry-level", "graduate", "intern",
)

#: Field words that say what a plan or a title is about ("a PM in construction").
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "software": ("software", "developer", "engineering", "python", "javascript", "backend",
                 "frontend", "devops", "cloud", "web", "code", "coding"),
    "product": ("product", "saas"),
    "project": ("project", "programme", "program", "delivery"),
    "design": ("design", "ux", "ui", "figma"),
    "data": ("data", "analytics", "machine learning", "sql", "tableau"),
    "marketing": ("marketing", "seo", "growth", "content", "brand"),
    "sales": ("sales", "account", "revenue"),
    "finance": ("finance", "financial", "fp&a", "accounting", "audit"),
    "operations": ("operations", "supply chain", "logistics", "procurement"),
    "people": ("hr", "human resources", "people operations", "talent", "recruiting"),
    "healthcare": ("healthcare", "health", "clinical", "nursing", "hospital", "nhs", "icu",
                   "medical", "patient"),
    "education": ("education", "edtech", "teaching", "school", "curriculum", "learning"),
    "legal": ("legal", "law", "law firm", "compliance"),
    "customer_success": ("customer success", "support", "customer"),
    "construction": ("construction", "building", "civil engineering", "site", "infrastructure"),
    "consulting": ("consulting", "advisory"),
    "research": ("research", "lab", "academic"),
    "media": ("media", "journalism", "publishing"),
    "nonprofit": ("nonprofit", "non-profit", "charity", "ngo"),
    "hospitality": ("hospitality", "hotel", "restaurant"),
    "security": ("security", "cyber", "cybersecurity"),
}

#: Abbreviations and the title they stand for in each field where they are used.
ABBREVIATIONS: dict[str, dict[str, str]] = {
    "pm": {"product": "product manager", "project": "project manager",
           "construction": "project manager", "software": "product manager"},
    "csm": {"customer_success": "customer success manager", "project": "scrum master"},
    "ae": {"sales": "account executive"},
    "sdr": {"sales": "sales development representative"},
    "bdr": {"sales": "business development representative"},
    "hrbp": {"people": "hr business partner"},
    "ta": {"people": "talent acquisition partner", "education": "teaching assistant"},
    "em": {"software": "engineering manager"},
    "ux": {"design": "ux designer"},
    "qs": {"construction": "quantity surveyor"},
    "rn": {"healthcare": "registered nurse"},
    "pa": {"healthcare": "physician assistant", "legal": "paralegal"},
}
#: The reading of an abbreviation when the plan says nothing of its field.
DEFAULT_ABBREVIATION = {
    "pm": "product manager", "csm": "customer success manager", "ae": "account executive",
    "sdr": "sales development representative", "bdr": "business development representative",
    "hrbp": "hr business partner", "ta": "talent acquisition partner",
    "em": "engineering manager", "ux": "ux designer", "qs": "quantity surveyor",
    "rn": "registered nurse", "pa": "personal assistant",
}


def _plural(word: str) -> tuple[str, ...]:
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word, word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word, word + "es"
    return word, word + "s"


def _forms(title: str) -> tuple[str, ...]:
    """A title and its plurals: "vp of sales" -> "vps of sales"; "head of product" -> "heads…"."""
    words = title.split()
    if " of " in f" {title} " and words[0] in ("vp", "head", "director", "vice"):
        first = words[0] if words[0] != "vice" else "president"
        return title, " ".join([_plural(first)[1], *words[1:]])
    return tuple(" ".join([*words[:-1], form]) for form in _plural(words[-1]))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str]]:
    """Every form of every title -> (title, field); universal titles have field ""."""
    out: dict[str, tuple[str, str]] = {}
    for field, titles in FIELDS.items():
        for title in titles:
            for form in _forms(title):
                out.setdefault(form, (title, field))
    for title in UNIVERSAL:
        for form in _forms(title):
            out.setdefault(form, (title, ""))
    for abbr in ABBREVIATIONS:
        for form in _forms(abbr):
            out.setdefault(form, (abbr, "?"))
    return out


def plan_fields(terms: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The fields a plan is about: from its role titles and its field words."""
    found: set[str] = set()
    for term in terms:
        low = term.lower()
        for _, _, _, field in find_roles(low, abbreviations=False):
            if field not in ("", "?"):
                found.add(field)
        words = set(re.findall(r"[a-z&+#-]+", low))
        for field, hints in FIELD_WORDS.items():
            if any((h in words) if " " not in h else (h in low) for h in hints):
                found.add(field)
    return frozenset(found)


def resolve(abbreviation: str, fields: frozenset[str]) -> str:
    """What an abbreviation stands for, read through the plan's fields ("" if unknown)."""
    key = abbreviation.lower().rstrip("s") if abbreviation.lower() not in ABBREVIATIONS else (
        abbreviation.lower())
    readings = ABBREVIATIONS.get(key)
    if not readings:
        return ""
    for field, title in readings.items():
        if field in fields:
            return title
    return DEFAULT_ABBREVIATION.get(key, "")


def field_of(title: str) -> str:
    """The field of a title ("" for roles useful to anyone, "?" unknown)."""
    return _index().get(title.lower(), ("", "?"))[1]


def find_roles(low: str, fields: frozenset[str] = frozenset(),
               abbreviations: bool = True) -> list[tuple[int, int, str, str]]:
    """Role mentions in lower-case text: ``(start, end, title, field)``.

    Seniority words are included in the span ("head of product"); abbreviations are
    resolved through ``fields`` ("pms" -> "product manager", field "product"). Titles are
    looked up by words (up to four at a time), not by one large pattern.
    """
    index = _index()
    longest = _firsts()
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(low)]
    out = []
    i = 0
    while i < len(words):
        found = None
        most = longest.get(words[i][0], 0)
        for size in range(min(most, len(words) - i), 0, -1):
            phrase = " ".join(w for w, _, _ in words[i:i + size])
            if phrase in index:
                found = (size, phrase)
                break
        if found is None:
            i += 1
            continue
        size, phrase = found
        title, field = index[phrase]
        start, end = words[i][1], words[i + size - 1][2]
        j = i - 1  # seniority just before: "senior", "head of", "vp of"
        while j >= 0 and (words[j][0] in _SENIORITY_WORDS or words[j][0] == "of" and j > 0
                          and words[j - 1][0] in _SENIORITY_WORDS):
            start = words[j][1]
            j -= 1
        if field == "?" and abbreviations:
            key = phrase.rstrip("s") if phrase not in ABBREVIATIONS else phrase
            title = resolve(phrase, fields)
            field = next((f for f, t in ABBREVIATIONS.get(key, {}).items() if f in fields),
                         "") or _field_of_title(title)
        if title in ("head", "vp", "director", "president", "lead"):
            scope = _SCOPE.match(low, end)  # "Heads of Finance", "VP of Sales"
            if scope:
                scoped = _field_of_word(scope["what"])
                if scoped:
                    title, field, end = f"{title} of {scope['what']}", scoped, scope.end()
                    while i < len(words) and words[i][1] < end:
                        i += 1
                    out.append((start, end, title, field))
                    continue
        out.append((start, end, title, field))
        i += size
    return out


@lru_cache(maxsize=1)
def _firsts() -> dict[str, int]:
    """First word of every title form -> the most words a title starting with it has."""
    out: dict[str, int] = {}
    for form in _index():
        first, size = form.split()[0], len(form.split())
        out[first] = max(out.get(first, 0), size)
    return out


_WORD = re.compile(r"[a-z&+-]+(?:'[a-z]+)?")
_SENIORITY_WORDS = frozenset(w for s in SENIORITY for w in s.split() if w != "of")


_SCOPE = re.compile(r"\s+of\s+(?P<what>[a-z&+-]+(?:\s+[a-z]+)?)")


def _field_of_word(words: str) -> str:
    for candidate in (words, words.split()[0]):
        for field, hints in FIELD_WORDS.items():
            if candidate in hints:
                return field
    return ""


def _field_of_title(title: str) -> str:
    entry = _index().get(title)
    return entry[1] if entry and entry[1] != "?" else ""


def is_role(word: str) -> bool:
    """True when ``word`` (lower case) is a role title or its plural."""
    return word in _index()
