"""Gap analysis: the network the user wants against the network they have.

Pure: no Textual, no I/O. For every desired quality (a role, company, sector,
skill, location, interest or other commonality with a target count) it counts
the contacts that have it, and turns a gap into a draft SMART goal sentence.

Matching is word based and tolerant (case, accents, punctuation, plurals,
common synonyms and seniority words); ``docs/matching.md`` lists the rules.
Each call of :func:`analyse` normalises every contact field once and indexes the
contacts by word, so a quality is matched with a few set intersections instead
of a scan over all contacts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache

from netplan_tui.core.dates import long_date, month_end, planning_month
from netplan_tui.core.models import QUALITY_CATEGORIES, Contact, Quality

# ------------------------------------------------------------------ result types


@dataclass(frozen=True)
class GapRow:
    """One desired quality: how many people the user wants, has and lacks."""

    quality_id: int | None
    category: str  # key of QUALITY_CATEGORIES
    quality: str  # quality name as the user typed it
    target: int
    have: int  # contacts that match
    gap: int  # max(target - have, 0)
    status: str  # "met" | "partial" | "missing"


@dataclass(frozen=True)
class GapReport:
    """All rows of the gap analysis and the totals over them."""

    rows: list[GapRow]  # biggest gap first, then category order, then name
    qualities_met: int
    qualities_total: int
    total_target: int
    total_have: int  # sum of min(have, target)
    total_gap: int
    coverage: float  # total_have / total_target (1.0 when no qualities)

    def summary(self) -> str:
        """``Qualities met 8/15 · total gap 14 people · coverage 85%`` (the screen and CLI)."""
        people = "person" if self.total_gap == 1 else "people"
        return (
            f"Qualities met {self.qualities_met}/{self.qualities_total} · "
            f"total gap {self.total_gap} {people} · coverage {self.coverage:.0%}"
        )

    def to_json(self) -> dict:
        """A plain JSON-compatible dict: ``{"rows": [...], "summary": {...}}``."""
        return {
            "rows": [asdict(row) for row in self.rows],
            "summary": {
                "qualities_met": self.qualities_met,
                "qualities_total": self.qualities_total,
                "total_target": self.total_target,
                "total_have": self.total_have,
                "total_gap": self.total_gap,
                "coverage": self.coverage,
            },
        }


# ------------------------------------------------------------------ normalising

_WORD_RE = re.compile(r"[^\W_]+")
#: ASCII punctuation and spaces to blanks: a faster ``_WORD_RE.findall`` for ASCII text.
_ASCII_GAPS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
_TECH_RE = re.compile(r"c\+\+|c#|f#|(?<![\w.])\.net\b")
_TECH_WORDS = {"c++": " cpp ", "c#": " csharp ", "f#": " fsharp ", ".net": " dotnet "}

#: Words kept as they are by the plural rule (not plurals, or plural-only nouns).
_NO_SINGULAR = frozenset(
    "news series species physics mathematics economics politics ethics logistics "
    "analytics statistics kubernetes postgres aws ios macos saas paas iaas windows "
    "sales has was this its yes less always perhaps kudos chaos".split()
)
_IRREGULAR = {"apis": "api", "kpis": "kpi", "cpus": "cpu", "gpus": "gpu", "people": "person"}

#: Pairs of words written both as one word and as two; always joined.
_COMPOUNDS: dict[tuple[str, str], str] = {
    ("full", "stack"): "fullstack",
    ("front", "end"): "frontend",
    ("back", "end"): "backend",
    ("e", "commerce"): "ecommerce",
    ("open", "source"): "opensource",
    ("health", "care"): "healthcare",
    ("co", "founder"): "cofounder",
    ("dev", "rel"): "devrel",
    ("head", "hunter"): "headhunter",
    ("data", "base"): "database",
}
_COMPOUND_FIRSTS = frozenset(first for first, _ in _COMPOUNDS)

#: Filler words ignored when a quality is compared word by word.
_STOPWORDS = frozenset("a an the of in at for and or to with on from by my our as".split())


def _fold(text: str) -> str:
    """Lower-case, accents removed, a few programming names protected."""
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if "+" in text or "#" in text or ".net" in text:
        text = _TECH_RE.sub(lambda m: _TECH_WORDS[m.group(0)], text)
    return text


@lru_cache(maxsize=8192)
def _singular(word: str) -> str:
    """A plural English noun as singular (``recruiters`` -> ``recruiter``)."""
    if len(word) < 3 or word in _NO_SINGULAR or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "js")):
        return word[:-1]
    return word


def _join_compounds(words: list[str]) -> list[str]:
    if _COMPOUND_FIRSTS.isdisjoint(words):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = (words[i], words[i + 1]) if i + 1 < len(words) else None
        if pair in _COMPOUNDS:
            out.append(_COMPOUNDS[pair])  # type: ignore[index]
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    """The normalised words of ``text`` (the cached core of :func:`normalise`)."""
    if not text:
        return ()
    folded = _fold(text)
    found = folded.translate(_ASCII_GAPS).split() if folded.isascii() else _WORD_RE.findall(folded)
    words = [_singular(w) if w[-1] == "s" else w for w in found]
    return tuple(_join_compounds(words))


def normalise(text: str) -> str:
    """Text reduced to the words that matching compares.

    Case folded, accents removed, punctuation dropped, plurals made singular,
    ``C++``/``C#``/``.NET`` kept as words and ``full stack``/``front-end``-style
    pairs joined: ``"Sr. Software Engineers"`` -> ``"sr software engineer"``.
    """
    return " ".join(_words(text if isinstance(text, str) else ""))


# ------------------------------------------------------------------ synonyms


_Phrases = dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]


def _replace_phrases(words: tuple[str, ...], table: _Phrases) -> tuple[str, ...]:
    """Replace every phrase of ``table`` found in ``words`` (longest phrase first)."""
    if table.keys().isdisjoint(words):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase, replacement in table.get(words[i], ()):
            if words[i : i + len(phrase)] == phrase:
                out.extend(replacement)
                i += len(phrase)
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def _table(pairs: Iterable[tuple[str, str]]) -> _Phrases:
    """Phrases indexed by their first word, longest first."""
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase, replacement in pairs:
        words = tuple(phrase.split())
        table.setdefault(words[0], []).append((words, tuple(replacement.split())))
    return {first: tuple(sorted(v, key=lambda p: -len(p[0]))) for first, v in table.items()}


#: Same thing, different words: for roles, sectors, skills and interests.
_GENERAL_SYNONYMS = _table(
    [
        ("artificial intelligence", "ai"),
        ("machine learning", "ml"),
        ("financial technology", "fintech"),
        ("finance technology", "fintech"),
        ("education technology", "edtech"),
        ("educational technology", "edtech"),
        ("health technology", "healthtech"),
        ("software as a service", "saas"),
        ("js", "javascript"),
        ("ts", "typescript"),
        ("golang", "go"),
        ("postgresql", "postgres"),
        ("k8s", "kubernetes"),
        ("user experience", "ux"),
        ("user interface", "ui"),
    ]
)

#: Place names written in several ways.
_PLACE_SYNONYMS = _table(
    [
        ("united state of america", "usa"),
        ("united state", "usa"),
        ("u s a", "usa"),
        ("u s", "usa"),
        ("us", "usa"),
        ("united kingdom", "uk"),
        ("great britain", "uk"),
        ("new york city", "new york"),
        ("nyc", "new york"),
        ("sf", "san francisco"),
        ("deutschland", "germany"),
        ("munchen", "munich"),
        ("work from home", "remote"),
        ("wfh", "remote"),
        ("fully remote", "remote"),
        ("remote first", "remote"),
    ]
)


def _general(text: str) -> tuple[str, ...]:
    return _replace_phrases(_words(text), _GENERAL_SYNONYMS)


def _place(text: str) -> tuple[str, ...]:
    return _replace_phrases(_words(text), _PLACE_SYNONYMS)


def _with_joins(words: Sequence[str]) -> set[str]:
    """The words plus every two neighbours written as one (``node js`` -> ``nodejs``)."""
    found = set(words)
    if len(words) > 1:
        found.update([a + b for a, b in zip(words, words[1:], strict=False)])
    return found


def _content(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in _STOPWORDS)


# ------------------------------------------------------------------ roles


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


@lru_cache(maxsize=16384)
def _role(text: str) -> _Role:
    """Recognise the role concepts, seniority and remaining words of a job title."""
    words = [w for w in _general(text) if w not in _STOPWORDS and w not in _LEVEL_NOISE]
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


# ------------------------------------------------------------------ companies

_COMPANY_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in (
        "inc",
        "incorporated",
        "llc",
        "ltd",
        "limited",
        "gmbh",
        "corp",
        "corporation",
        "co",
        "company",
        "s a",
        "sa",
        "b v",
        "bv",
        "plc",
        "ag",
        "se",
        "n v",
        "nv",
        "sarl",
        "a s",
        "sa rl",
        "sas",
        "pty",
        "pvt",
        "pte",
        "oy",
        "ab",
        "s l",
        "sl",
        "srl",
        "spa",
        "s p a",
        "kg",
        "ug",
    )
)


@lru_cache(maxsize=16384)
def _company_words(text: str) -> tuple[str, ...]:
    """Company name words without legal suffixes ("Shopify, Inc." -> shopify)."""
    words = list(_words(text))
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    changed = True
    while changed:
        changed = False
        for suffix in _COMPANY_SUFFIXES:
            size = len(suffix)
            if len(words) > size and tuple(words[-size:]) == suffix:
                del words[-size:]
                changed = True
                break
    return tuple(words)


@lru_cache(maxsize=16384)
def _company_keys(text: str) -> frozenset[str]:
    """Every leading run of words written as one: ``meta platforms`` -> meta, metaplatforms."""
    words = _company_words(text)
    return frozenset("".join(words[: i + 1]) for i in range(len(words)))


def _company_key(text: str) -> str:
    return "".join(_company_words(text))


# ------------------------------------------------------------------ the index

_TEXT_FIELDS = ("role", "company", "sector", "location", "skills", "interests", "notes")


def _field(contact: Contact, name: str) -> str:
    value = getattr(contact, name, "")
    return value if isinstance(value, str) else ""


_LIST_SEPARATORS = re.compile(r"[,;|/\n]+")


@lru_cache(maxsize=65536)
def _text_words(text: str) -> frozenset[str]:
    """Words of a text field, plus synonyms and joined neighbours.

    A list ("Python, Go, Rust") is read item by item, so neighbours are only
    joined inside an item.
    """
    items = _LIST_SEPARATORS.split(text)
    if len(items) == 1:
        return _item_words(text)
    found: set[str] = set()
    for item in items:
        if item:
            found |= _item_words(item)
    return frozenset(found)


@lru_cache(maxsize=16384)
def _item_words(text: str) -> frozenset[str]:
    raw = _words(text)
    found = _with_joins(raw)
    general = _replace_phrases(raw, _GENERAL_SYNONYMS)
    if general is not raw:
        found |= _with_joins(general)
    return frozenset(found)


@lru_cache(maxsize=16384)
def _place_words(text: str) -> frozenset[str]:
    """Words of a location, with place synonyms ("United States" -> usa) added."""
    place = _place(text)
    if place == _words(text):
        return _text_words(text)
    return _text_words(text) | _with_joins(place)


_WordsOf = Callable[[str], frozenset[str]]

#: Which contact fields each category reads, and how their words are found.
_CATEGORY_FIELDS: dict[str, tuple[tuple[str, _WordsOf], ...]] = {
    "sectors": (("sector_or_company", _text_words),),
    "skills": (("skills", _text_words), ("role", _text_words)),
    "locations": (("location", _place_words),),
    "interests": (("interests", _text_words),),
    "other": tuple(
        (name, _place_words if name == "location" else _text_words) for name in _TEXT_FIELDS
    ),
}


def _category(quality: Quality) -> str:
    category = getattr(quality, "category", "")
    return category if category in QUALITY_CATEGORIES else "other"


def _name(quality: Quality) -> str:
    name = getattr(quality, "name", "")
    return name if isinstance(name, str) else ""


def _quality_alternatives(category: str, name: str) -> list[tuple[str, ...]]:
    """Ways a text quality can be met: each is a set of words that must all be present."""
    forms = [_words(name), _general(name)]
    if category in ("locations", "other"):
        forms.append(_place(name))
    alternatives: list[tuple[str, ...]] = []
    for form in forms:
        words = _content(form)
        if not words:
            continue
        for option in (words, ("".join(words),) if len(words) > 1 else None):
            if option and option not in alternatives:
                alternatives.append(option)
    return alternatives


class _Index:
    """Contacts indexed by word, built lazily per category for one analysis.

    Only the words the given qualities ask for are indexed, so a long free-text
    field costs one set intersection per distinct value.
    """

    def __init__(self, contacts: Sequence[Contact], qualities: Iterable[Quality]) -> None:
        self.contacts = contacts
        self._wanted: dict[str, set[str]] = {}
        for quality in qualities:
            category = _category(quality)
            if category in _CATEGORY_FIELDS:
                wanted = self._wanted.setdefault(category, set())
                for words in _quality_alternatives(category, _name(quality)):
                    wanted.update(words)
        self._words: dict[str, dict[str, list[int]]] = {}
        self._groups: dict[str, dict[str, list[int]]] = {}
        self._roles: tuple[dict[str, set[int]], dict[str, set[int]]] | None = None
        self._companies: dict[str, set[int]] | None = None

    # -- building

    def _values(self, field: str) -> list[str]:
        """The text of ``field`` for every contact ("" when missing or not text)."""
        if field == "sector_or_company":
            sectors = self._values("sector")
            companies = self._values("company")
            return [s if s.strip() else c for s, c in zip(sectors, companies, strict=True)]
        values = [getattr(contact, field, "") for contact in self.contacts]
        return [v if type(v) is str else "" for v in values]

    def _grouped(self, field: str) -> dict[str, list[int]]:
        """Positions of the contacts per distinct value of ``field``."""
        groups = self._groups.get(field)
        if groups is None:
            groups = defaultdict(list)
            for i, value in enumerate(self._values(field)):
                groups[value].append(i)
            self._groups[field] = groups
        return groups

    def _word_index(self, category: str) -> dict[str, list[int]]:
        index = self._words.get(category)
        if index is None:
            index = {}
            wanted = frozenset(self._wanted.get(category, ()))
            for field, words_of in _CATEGORY_FIELDS[category]:
                for value, positions in self._grouped(field).items():
                    for word in wanted.intersection(words_of(value)) if value else ():
                        posting = index.get(word)
                        if posting is None:
                            index[word] = list(positions)
                        else:
                            posting.extend(positions)
            self._words[category] = index
        return index

    def _role_index(self) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
        if self._roles is None:
            concepts: dict[str, set[int]] = {}
            words: dict[str, set[int]] = {}
            for value, positions in self._grouped("role").items():
                role = _role(value)
                for concept in role.concepts:
                    concepts.setdefault(concept, set()).update(positions)
                for word in role.words:
                    words.setdefault(word, set()).update(positions)
            self._roles = (concepts, words)
        return self._roles

    def _company_index(self) -> dict[str, set[int]]:
        if self._companies is None:
            index: dict[str, set[int]] = {}
            for value, positions in self._grouped("company").items():
                for key in _company_keys(value):
                    index.setdefault(key, set()).update(positions)
            self._companies = index
        return self._companies

    # -- querying

    def match(self, quality: Quality) -> set[int]:
        """Positions of the contacts that have ``quality`` (one given to the constructor)."""
        name = _name(quality)
        category = _category(quality)
        if category == "roles":
            return self._match_role(name)
        if category == "companies":
            key = _company_key(name)
            return set(self._company_index().get(key, ())) if key else set()
        index = self._word_index(category)
        found: set[int] = set()
        for words in _quality_alternatives(category, name):
            found |= _all_of(index, words)
        return found

    def _match_role(self, name: str) -> set[int]:
        wanted = _role(name)
        concepts, words = self._role_index()
        extras = wanted.extras
        if wanted.direct:
            extras = tuple(w for w in extras if w not in _SOFT)
            found: set[int] = set()
            for concept in wanted.direct:
                found |= concepts.get(concept, set())
        elif extras:
            found = _all_of(words, extras)
            extras = ()
        elif wanted.seniority:
            found = set(range(len(self.contacts)))
        else:
            return set()
        if extras:
            found &= _all_of(words, extras)
        for level in wanted.seniority:
            accepted: set[int] = set()
            for ok in _SENIORITY_OK.get(level, frozenset({level})):
                accepted |= words.get(ok, set())
            found &= accepted
        return found


def _all_of(index: Mapping[str, Collection[int]], words: Iterable[str]) -> set[int]:
    """Positions present under every word (smallest posting list first)."""
    postings: list[Collection[int]] = []
    for word in set(words):
        posting = index.get(word)
        if not posting:
            return set()
        postings.append(posting)
    if not postings:
        return set()
    postings.sort(key=len)
    found = set(postings[0])
    for posting in postings[1:]:
        found.intersection_update(posting)
        if not found:
            break
    return found


# ------------------------------------------------------------------ public API


def matches(quality: Quality, contact: Contact) -> bool:
    """Whether ``contact`` has ``quality`` (rules in ``docs/matching.md``)."""
    return bool(_Index([contact], [quality]).match(quality))


def matching_contacts(quality: Quality, contacts: list[Contact]) -> list[Contact]:
    """The contacts that have ``quality``, in their original order."""
    found = _Index(contacts, [quality]).match(quality)
    return [contact for i, contact in enumerate(contacts) if i in found]


_CATEGORY_ORDER = {key: i for i, key in enumerate(QUALITY_CATEGORIES)}


def _status(have: int, target: int) -> str:
    if have >= target:
        return "met"
    return "partial" if have > 0 else "missing"


def _target(quality: Quality) -> int:
    value = getattr(quality, "target", 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _row(quality: Quality, have: int) -> GapRow:
    target = _target(quality)
    name = quality.name if isinstance(quality.name, str) else ""
    return GapRow(
        quality_id=quality.id,
        category=_category(quality),
        quality=name,
        target=target,
        have=have,
        gap=max(target - have, 0),
        status=_status(have, target),
    )


def _sort_key(row: GapRow) -> tuple[int, int, str, str, int]:
    ident = row.quality_id if isinstance(row.quality_id, int) else -1
    return (
        -row.gap,
        _CATEGORY_ORDER.get(row.category, 99),
        row.quality.casefold(),
        row.quality,
        ident,
    )


def analyse(qualities: list[Quality], contacts: list[Contact]) -> GapReport:
    """Compare the desired qualities with the contacts: one row per quality."""
    index = _Index(contacts, qualities)
    rows = sorted((_row(q, len(index.match(q))) for q in qualities), key=_sort_key)
    total_target = sum(max(row.target, 0) for row in rows)
    total_have = sum(min(row.have, max(row.target, 0)) for row in rows)
    return GapReport(
        rows=rows,
        qualities_met=sum(1 for row in rows if row.status == "met"),
        qualities_total=len(rows),
        total_target=total_target,
        total_have=total_have,
        total_gap=sum(row.gap for row in rows),
        coverage=total_have / total_target if total_target else 1.0,
    )


# ------------------------------------------------------------------ draft goals

#: A realistic number of new connections of one kind per month.
MONTHLY_CONNECTIONS = 5


def draft_deadline(today: date) -> date:
    """The last day of the month being planned (next month in a month's last week)."""
    return month_end(planning_month(today))


def _collapse(text: str) -> str:
    return " ".join(text.split()) if isinstance(text, str) else ""


#: Role nouns whose number follows the count ("1 recruiter", "2 CTOs").
_ROLE_NOUNS = frozenset(
    w
    for _, patterns in _ROLE_CONCEPTS
    for pattern in patterns
    for w in pattern.words
    if len(w) > 3 and w.isalpha()
) | frozenset({"manager", "designer", "scientist", "architect", "cto", "swe", "sde", "pm", "em"})

#: Role words written in lower case inside a sentence ("Backend Developers" ->
#: "backend developers"); other capitalised words ("Python") are kept.
_ROLE_WORDS = (
    _ROLE_NOUNS
    | frozenset(_SENIORITY_WORDS)
    | _SOFT
    | frozenset(
        "backend frontend fullstack mobile web cloud platform security data devops embedded "
        "infrastructure system site reliability machine learning design mentor peer remote "
        "freelance contract independent opensource community hiring team people solution "
        "test quality support".split()
    )
)


def _role_phrase(name: str, count: int) -> str:
    """The role as typed, role words in lower case and in number with ``count``."""
    words = name.split(" ")
    for i, word in enumerate(words):
        if word[:1].isupper() and word[1:].islower() and normalise(word) in _ROLE_WORDS:
            words[i] = word.lower()
    last = words[-1]
    bare = last.rstrip(".,;:!?")
    tail = last[len(bare) :]
    folded = bare.lower()
    single = _singular(folded)
    if folded in ("people", "person"):
        word = "person" if count == 1 else "people"
        bare = word.upper() if bare.isupper() else word.capitalize() if bare[0].isupper() else word
    elif bare and single in _ROLE_NOUNS:
        if count > 1 and single == folded and not folded.endswith("s"):
            bare = bare + ("S" if bare.isupper() and len(bare) > 3 else "s")
        elif count == 1 and single != folded and folded.startswith(single):
            bare = bare[: len(single)]
    words[-1] = bare + tail
    return " ".join(words)


def _people(count: int) -> str:
    return f"{count} person" if count == 1 else f"{count} people"


def _draft_object(category: str, name: str, count: int) -> tuple[str, str]:
    """(whom to connect with, why) for a category."""
    people = _people(count)
    work = "works" if count == 1 else "work"
    share = "shares" if count == 1 else "share"
    if category == "roles":
        return _role_phrase(name, count), "to learn how they hire"
    if category == "companies":
        return f"{people} who {work} at {name}", "to learn about their teams"
    if category == "sectors":
        return f"{people} who {work} in {name}", "to learn which skills the sector hires for"
    if category == "skills":
        return f"{people} experienced in {name}", "to learn how they use it at work"
    if category == "locations":
        if normalise(name) == "remote":
            return f"{people} who {work} remotely", "to learn how they found remote jobs"
        return f"{people} based in {name}", "to learn about openings there"
    if category == "interests":
        return f"{people} who {share} my interest in {name}", "to swap ideas and job leads"
    have = "has" if count == 1 else "have"
    return f"{people} who {have} {name} in common with me", "to widen my network"


#: What a draft names when the quality has no name.
_UNNAMED = {
    "roles": "people",
    "companies": "my dream companies",
    "sectors": "my target sectors",
    "skills": "the skills I want to grow",
    "locations": "my target locations",
    "interests": "my field",
    "other": "my background",
}


def draft_goal(row: GapRow, today: date, channel: str = "LinkedIn") -> str:
    """A one-sentence SMART goal that closes part of ``row``'s gap next.

    ``Connect with 3 recruiters on LinkedIn by December 31, 2026 to learn how
    they hire.`` The count is the gap, at most :data:`MONTHLY_CONNECTIONS`, at
    least 1; the deadline comes from :func:`draft_deadline`. The quality name is
    used as typed (only whitespace is collapsed).
    """
    count = max(1, min(row.gap, MONTHLY_CONNECTIONS))
    category = row.category if row.category in QUALITY_CATEGORIES else "other"
    name = _collapse(row.quality) or _UNNAMED[category]
    where = _collapse(channel) or "LinkedIn"
    whom, why = _draft_object(category, name, count)
    if category == "roles":
        whom = f"{count} {whom}"
    deadline = long_date(draft_deadline(today))
    return f"Connect with {whom} on {where} by {deadline} {why}."


# ------------------------------------------------------------------ suggestions

_SUGGESTIONS: dict[str, list[tuple[str, str, int]]] = {
    "job_search": [
        ("roles", "Recruiters", 5),
        ("roles", "Hiring managers", 3),
        ("roles", "Engineering managers", 3),
        ("roles", "Software engineers", 10),
        ("sectors", "Software", 5),
        ("sectors", "SaaS", 3),
    ],
    "community": [
        ("roles", "Developers", 15),
        ("roles", "Developer advocates", 3),
        ("roles", "Senior developers", 5),
        ("sectors", "Open source", 5),
        ("sectors", "Developer tools", 3),
    ],
    "online_presence": [
        ("roles", "Developer advocates", 5),
        ("roles", "Recruiters", 5),
        ("roles", "Software engineers", 10),
        ("sectors", "Developer tools", 3),
        ("sectors", "Media", 2),
    ],
    "brand_expertise": [
        ("roles", "Senior developers", 5),
        ("roles", "Engineering managers", 3),
        ("roles", "Developer advocates", 3),
        ("roles", "CTOs and founders", 2),
        ("sectors", "Developer tools", 3),
        ("sectors", "Education", 2),
    ],
    "custom": [
        ("roles", "Developers", 10),
        ("roles", "Recruiters", 3),
        ("roles", "Engineering managers", 2),
        ("sectors", "Software", 3),
    ],
}


def suggested_qualities(goal_key: str) -> list[tuple[str, str, int]]:
    """Sensible (category, name, target) qualities for a big-picture goal key.

    Unknown keys give an empty list.
    """
    return list(_SUGGESTIONS.get(goal_key, []))


__all__: list[str] = [
    "GapReport",
    "GapRow",
    "MONTHLY_CONNECTIONS",
    "analyse",
    "draft_deadline",
    "draft_goal",
    "matches",
    "matching_contacts",
    "normalise",
    "suggested_qualities",
]
