"""The contacts indexed by word, so a quality is matched with set intersections."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import lru_cache

from netplan_tui.core.models import QUALITY_CATEGORIES, Contact, Quality
from netplan_tui.core.roles import plan_fields

from .companies import (
    _company_key,
    _company_keys,
)
from .titles import (
    _SENIORITY_OK,
    _SOFT,
    _role,
)
from .words import (
    _GENERAL_SYNONYMS,
    _content,
    _general,
    _place,
    _replace_phrases,
    _with_joins,
    _words,
)

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

    def __init__(self, contacts: Sequence[Contact], qualities: Iterable[Quality],
                 dream_jobs: str = "") -> None:
        self.contacts = contacts
        qualities = list(qualities)
        #: The fields the plan is about: they say what an abbreviation stands for.
        self.fields = plan_fields([_name(q) for q in qualities] + [dream_jobs])
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
                role = _role(value, self.fields)
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
        wanted = _role(name, self.fields)
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
