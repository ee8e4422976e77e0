"""Finding the plan's contacts in a goal: the names prepared once per plan find exactly
what looking through every name on each check found (``core/smart/people.py``)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from netplan_tui.core.smart.analysis import _Analysis
from netplan_tui.core.smart.days import _goal_month
from netplan_tui.core.smart.people import _find_contacts, _occurrences
from netplan_tui.core.smart.result import PlanContext
from netplan_tui.core.smart.text import _lower

TODAY = date(2026, 11, 28)


def reference(text: str, names: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The search as it was written first: every name prepared again on each check."""
    low = _lower(text)
    found: list[tuple[int, int, str]] = []
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
                found.append((where[0], where[1], name))
                break
    for first, owners in firsts.items():
        if len(owners) != 1 or owners[0] in {c[2] for c in found}:
            continue
        for where in _occurrences(low, first):
            if text[where[0]:where[0] + 1].isupper() and all(
                    where[1] <= s or where[0] >= e for s, e in taken):
                taken.append(where)
                found.append((where[0], where[1], owners[0]))
                break
    return sorted(found)


def found(text: str, names: tuple[str, ...]) -> list[tuple[int, int, str]]:
    context = PlanContext(names=names)
    low = _lower(text)
    a = _Analysis(text, low, low, _goal_month(TODAY, context), context)
    _find_contacts(a)
    return a.contacts


NAMES = ("Maya Chen", "Maya Lopez", "Li Wei", "李伟", "Ana Souza", "Jo", "Élodie Martin",
         "Kwame Mensah", "Ana", "O'Brien Sean")

CASES = [
    ("Coffee with Maya Chen and Ana Souza by Friday", NAMES),
    ("Ask Kwame for an intro", NAMES),  # a first name alone, one owner
    ("Ask Maya for an intro", NAMES),  # two Mayas: not a person
    ("Lunch with 李伟 next week", NAMES),
    ("Meet élodie martin", NAMES),
    ("ana", NAMES),
    ("Nothing here", NAMES),
    ("Maya ChenMaya Chen", NAMES),
]


def test_known_cases() -> None:
    for text, names in CASES:
        assert found(text, names) == reference(text, names), text


WORDS = st.sampled_from(["Maya", "Chen", "Ana", "Li", "Wei", "李伟", "Kwame", "Sean", "jo",
                         "O'Brien", "Élodie", "martin", "with", "and", "coffee", ",", "!"])


@settings(max_examples=300, deadline=None)
@given(
    names=st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), max_size=12)
    .map(tuple),
    words=st.lists(WORDS, max_size=14),
)
def test_the_same_people_as_the_first_search(names: tuple[str, ...], words: list[str]) -> None:
    text = " ".join(words)
    assert found(text, names) == reference(text, names)


def test_the_names_are_prepared_once_per_plan() -> None:
    from netplan_tui.core.smart import people

    names = tuple(f"Person{n} Name{n}" for n in range(2000))
    people._name_index.cache_clear()
    for text in ("Coffee with Person7 Name7", "Ask Person8", "x"):
        found(text, names)
    assert people._name_index.cache_info().misses == 1
