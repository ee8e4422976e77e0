"""Sentence splitting (abbreviations, URLs and the plan's own names end none)."""

from __future__ import annotations

from .text import (
    _lazy,
    _lower,
)

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
