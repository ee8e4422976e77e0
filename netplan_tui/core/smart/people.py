"""People of the user's own network named in a goal ("Maya Chen", "李伟")."""

from __future__ import annotations

from functools import lru_cache

from .analysis import _Analysis
from .text import _lower

#: At most this many of the plan's names are looked for (the context keeps 2,000).
MAX_NAMES = 2000


@lru_cache(maxsize=8)
def _name_index(names: tuple[str, ...]) -> tuple[tuple[tuple[str, str], ...], dict[str, list[str]]]:
    """What the search needs of the plan's names, made once per plan, not on each key:
    each name with its search key (longest names first, so "Maya Chen" is found before
    a "Maya" inside it), and the contacts by first name ("maya" -> ["Maya Chen"]).

    At 2,000 names, making it was nine tenths of a check (6.5 ms a key typed)."""
    firsts: dict[str, list[str]] = {}
    for name in names[:MAX_NAMES]:
        parts = name.split()
        first = parts[0] if parts else ""
        if len(first) >= 3 and first[:1].isupper():
            firsts.setdefault(_lower(first), []).append(name)
    keyed = []
    for name in sorted(names[:MAX_NAMES], key=len, reverse=True):
        key = _lower(" ".join(name.split()))
        if len(key) >= 2:
            keyed.append((name, key))
    return tuple(keyed), firsts


def _find_contacts(a: _Analysis) -> None:
    """Names of the user's contacts in the goal ("Maya Chen", "李伟", or "Maya" alone when
    one contact has that first name); each counts as one person."""
    names = a.context.names
    if not names:
        return
    low = a.low
    taken: list[tuple[int, int]] = []
    keyed, firsts = _name_index(tuple(names))
    for name, key in keyed:
        if key not in low:  # most names: one substring test, no more
            continue
        for where in _occurrences(low, key):
            if all(where[1] <= s or where[0] >= e for s, e in taken):
                taken.append(where)
                a.contacts.append((where[0], where[1], name))
                break
    found = {c[2] for c in a.contacts}
    for first, owners in firsts.items():
        if len(owners) != 1 or first not in low or owners[0] in found:
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
