"""Normalising words: case, accents, plurals, compounds, synonyms of places and words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

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
