"""Regular expressions compiled on first use, text cleaning, tokens and word lists."""

from __future__ import annotations

import re
import time


class _Pattern:
    """A regular expression compiled once, on first use (or by ``warm_up``).

    Importing the module stays cheap; after the first call each method is the compiled
    pattern's own bound method, so later calls cost nothing extra.
    """

    __slots__ = ("pattern", "flags", "compiled", "search", "match", "fullmatch", "finditer",
                 "sub", "findall")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self.compiled = False
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
        self.compiled = True


_PATTERNS: list[_Pattern] = []


def _lazy(pattern: str, flags: int = 0) -> _Pattern:
    return _Pattern(pattern, flags)


_WARM: list[bool] = []


def warm_up(budget: float | None = None) -> bool:
    """Compile the patterns now (e.g. after the first paint, while the person reads
    the screen) instead of on first use. Safe from any thread.

    With ``budget`` (seconds), stop once that much time is spent, so the work can
    be done in steps that each leave the event loop free soon: each call compiles
    at least one pattern; call again until it returns ``True``, every pattern
    compiled. Later calls return ``True`` at once.
    """
    if _WARM:
        return True
    start = time.perf_counter()
    progressed = False
    for pattern in tuple(_PATTERNS):
        if pattern.compiled:
            continue
        if progressed and budget is not None and time.perf_counter() - start >= budget:
            return False
        pattern.compile()
        progressed = True
    _WARM.append(True)
    return True


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


#: Short titles written in capitals whatever the goal's case ("4 pms" counts "PMs").
_TITLE_ABBREVIATIONS = frozenset(
    "pm csm ae sdr bdr hrbp em ux rn ceo cto cfo coo cmo cpo cio vp dm qa"
    " ui sre devrel".split()
)


def display_unit(unit: str) -> str:
    """A counted unit as a person writes it: abbreviated titles in capitals with a small
    plural ``s`` ("pms" -> "PMs", "cto" -> "CTO", "ux designers" -> "UX designers");
    everything else exactly as given."""
    words = []
    for word in unit.split(" "):
        low = word.lower()
        if low in _TITLE_ABBREVIATIONS:
            words.append(low.upper())
        elif low.endswith("s") and low[:-1] in _TITLE_ABBREVIATIONS:
            words.append(low[:-1].upper() + "s")
        else:
            words.append(word)
    return " ".join(words)
