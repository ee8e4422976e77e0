"""People of the user's own network named in a goal ("Maya Chen", "李伟")."""

from __future__ import annotations

from .analysis import _Analysis
from .text import _lower


def _find_contacts(a: _Analysis) -> None:
    """Names of the user's contacts in the goal ("Maya Chen", "李伟", or "Maya" alone when
    one contact has that first name); each counts as one person."""
    names = a.context.names
    if not names:
        return
    low = a.low
    taken: list[tuple[int, int]] = []
    firsts: dict[str, list[str]] = {}
    for name in names[:2000]:
        first = name.split()[0] if name.split() else ""
        if len(first) >= 3 and first[:1].isupper():
            firsts.setdefault(_lower(first), []).append(name)
    for name in sorted(names[:2000], key=len, reverse=True):
        key = _lower(" ".join(name.split()))
        if len(key) < 2:
            continue
        for where in _occurrences(low, key):
            if all(where[1] <= s or where[0] >= e for s, e in taken):
                taken.append(where)
                a.contacts.append((where[0], where[1], name))
                break
    for first, owners in firsts.items():
        if len(owners) != 1 or owners[0] in {c[2] for c in a.contacts}:
            continue
        for where in _occurrences(low, first):
            if a.text[where[0]:where[0] + 1].isupper() and all(
                    where[1] <= s or where[0] >= e for s, e in taken):
                taken.append(where)
                a.contacts.append((where[0], where[1], owners[0]))
                break
    a.contacts.sort()


def _occurrences(low: str, key: str) -> list[tuple[int, int]]:
    out, start = [], 0
    ascii_name = key.isascii()
    while len(out) < 4:
        at = low.find(key, start)
        if at < 0:
            break
        end = at + len(key)
        start = at + 1
        if ascii_name and (at > 0 and low[at - 1].isalnum() or end < len(low)
                           and low[end].isalnum()):
            continue
        out.append((at, end))
    return out
