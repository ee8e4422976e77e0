"""What makes a goal unfinished or more than one goal: placeholders, limits, joined goals,
questions. Each finder reads the analysis and returns what it found ("" for nothing)."""

from __future__ import annotations

import re

from .analysis import _Analysis
from .text import _lazy, _quote

#: Template holes: "[company]", "<date>", "{recruiter}", "___", "TBD", "COMPANY NAME".
_PLACEHOLDER = _lazy(
    r"\[[^\[\]]{1,30}\]|<[^<>]{1,30}>|\{[^{}]{1,30}\}|_{3,}|\.{4,}|\b(?:TBD|TBC|TK|XXX+)\b"
    r"|\b[A-Z]{3,}(?:\s+[A-Z]{3,})*\s+NAME\b|\b(?:insert|add)\s+(?:a\s+|the\s+)?"
    r"(?:name|company|date|number)\s+here\b")
#: Markup the user may type on purpose is not a placeholder ("[bold]", "[/]").
_MARKUP = _lazy(r"\[/?(?:bold|b|i|italic|u|dim|link|@|/|red|green|blue)\b|\[/\]|\[@")
#: A letter standing for a number: "Message X people", "Schedule N coffee chats".
_COUNT_HOLE = _lazy(r"(?<![\w'])(?<!on\s)(?<!at\s)(?<!via\s)(?P<hole>X|N|XX|NN|_{2,})\s+"
                    r"(?=[a-z])(?!(?:by|before|on|in|at|to|for|this|next|until|and|or|with|from"
                    r"|about|every|each|a|an|the)\b)")
_DATE_WORDS = _lazy(r"date|deadline|day|when|month|time", re.IGNORECASE)

#: A cap, not a target: "no more than 2 hours", "at most 5", "fewer than 10".
_LIMIT = _lazy(
    r"\b(?:no|not|never)\s+(?:\w+\s+)?(?:more|longer)\s+than\b|\bat\s+most\b|(?<!no\s)(?<!not\s)\b(?:fewer|less)"
    r"\s+than\b|\bup\s+to\b(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen))|\bmax(?:imum)?(?:\s+of)?\b(?=\s+\d)"
    r"|\blimit(?:ing)?\b|\bcap(?:ping)?\b(?=[^.]{0,30}\bat\b)|\bdon'?t\s+(?:spend|send|apply"
    r"|post|scroll)\b")

#: The second clause refers back to the first: one goal, not two.
_REFERS_BACK = _lazy(r"\b(?:there|them|it|each|those|these|their|the\s+same|afterwards?"
                     r"|its)\b")
_JOINER = _lazy(r"(?:,\s*|\s)(?:and\s+(?:then\s+)?|then\s+|plus\s+|also\s+)$|;\s*$")
#: Doing something at an event one attends is part of attending ("attend the meetup and
#: talk to 3 people"): one goal.
_AT_EVENT = frozenset({"attend", "go", "join", "volunteer", "visit"})
_MILESTONE = _lazy(r"\b(?:one|the\s+(?:first|second|other|last|rest)|another|half)\s+(?:(?:by"
                   r"|before|on|until)\s+)?$")


def placeholders(a: _Analysis) -> tuple[str, str, str]:
    """(hole in the count, hole in the date, other hole), each quoted or ""."""
    text = a.text
    count = date = other = ""
    for m in _PLACEHOLDER.finditer(text):
        if _MARKUP.match(text, m.start()):
            continue
        said = m.group()
        if _DATE_WORDS.search(said):
            date = date or said
        else:
            other = other or said
    hole = _COUNT_HOLE.search(text)
    if hole and a.action is not None and hole.start() >= a.action.start:
        count = hole["hole"]
    if not count and other and a.action is not None:
        after = text[a.action.end:a.action.end + 12]
        if other in after and re.match(r"\s*" + re.escape(other) + r"\s+[a-z]+s\b", after):
            count, other = other, ""  # "Post ___ articles"
    if count and other and (other.startswith(count) or count.startswith(other)):
        other = ""
    return count, date, other


def limit(a: _Analysis) -> str:
    """The cap in a goal that limits instead of aiming ("no more than 20 a week")."""
    m = _LIMIT.search(a.low)
    if m is None:
        return ""
    end = min(len(a.text), m.end() + 24)
    if a.main is not None and a.main.start >= m.start():
        end = max(m.end(), min(len(a.text), a.main.unit_end or a.main.end))
    return _quote(a.text, m.start(), end).rstrip(" ,.;")


def joined(a: _Analysis) -> str:
    """The second goal when one sentence holds two, each with its own count or date."""
    acts = sorted((x for x in a.actions if x.cls != "weak"), key=lambda x: x.start)
    counts = [c for c in a.counts if c.kind in ("count", "times")]
    dates = a.dates

    def own(start: int, end: int) -> bool:
        return any(start <= c.start < end for c in counts) or any(
            start <= d.start < end for d in dates)

    for first, second in zip(acts, acts[1:], strict=False):
        if first.name.split()[0] in _AT_EVENT and second.cls == "person" and not any(
                second.start <= d.start for d in dates):
            continue
        between = a.masked[first.end:second.start]
        if not _JOINER.search(a.masked, first.end, second.start) and ";" not in between:
            continue
        if _REFERS_BACK.search(a.masked, second.end, min(len(a.masked), second.end + 70)):
            continue
        if own(first.start, second.start) and own(second.start, len(a.masked)):
            return _quote(a.text, second.start, len(a.text), 40).rstrip(" .")
    days = sorted({d.day for d in dates if d.day is not None})
    if len(days) >= 2:
        hits = sorted(dates, key=lambda d: d.start)
        for one, two in zip(hits, hits[1:], strict=False):
            between = a.low[one.end:two.start]
            if one.day != two.day and re.search(r"\band\b", between) and not re.search(
                    r"\b(?:between|from)\b", a.low[max(0, one.start - 12):one.start]) and not (
                    _MILESTONE.search(a.low, max(0, two.start - 16), two.start)
                    or _REFERS_BACK.search(between)):
                return _quote(a.text, two.start, len(a.text), 40).rstrip(" .")
    return ""


def question(a: _Analysis) -> bool:
    """A question with nothing to do or count ("How do I network?") sets no goal."""
    return a.text.rstrip().endswith("?") and (a.main is None or a.action is None)
