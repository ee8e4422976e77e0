"""Typed records of a networking plan.

Pure data: no Textual, no TinyDB, no I/O. Every record converts to and from a
plain JSON-compatible ``dict`` so the store can persist it and backups can be
validated field by field.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from netplan_tui.core.dates import month_key, parse_iso_date  # noqa: F401  (re-exported)

SCHEMA_VERSION = 1

# --------------------------------------------------------------------------- goals

#: The four big-picture networking goals of the exercise, plus "my own".
BIG_PICTURE_GOALS: dict[str, tuple[str, str]] = {
    "job_search": (
        "Help my job search",
        "Meet people who hire, refer and know about openings in my field.",
    ),
    "community": (
        "Build my support community",
        "Be part of the developer community: peers, mentors, people to learn with.",
    ),
    "online_presence": (
        "Build my profile and online presence",
        "Be visible where developers and recruiters look: LinkedIn, GitHub, blogs.",
    ),
    "brand_expertise": (
        "Brand myself as knowledgeable",
        "Be known for a skill or field by sharing, teaching and presenting.",
    ),
    "custom": (
        "My own goal",
        "Write the big-picture goal in your own words.",
    ),
}

#: Categories of qualities the desired network should have, in display order.
QUALITY_CATEGORIES: dict[str, str] = {
    "roles": "Roles",
    "sectors": "Sectors",
    "companies": "Companies",
    "skills": "Skills or experience",
    "locations": "Locations",
    "interests": "Interests",
    "other": "Other commonalities",
}

#: Where a contact was met.
WHERE_MET: dict[str, str] = {
    "linkedin": "LinkedIn",
    "twitter": "Twitter/X",
    "chat": "Slack or Discord",
    "event": "Event or meetup",
    "family": "Family and friends",
    "other": "Other",
}

HOURS_MIN = 0.5
HOURS_MAX = 40.0
TARGET_MIN = 1
TARGET_MAX = 999
STRENGTH_MIN = 1
STRENGTH_MAX = 5


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_FIELD_SETS: dict[type, frozenset[str]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    """The dataclass field names of ``cls`` in declaration order (looked up once)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
        _FIELD_SETS[cls] = frozenset(names)
    return names


def _field_set(cls: type) -> frozenset[str]:
    found = _FIELD_SETS.get(cls)
    if found is None:
        field_names(cls)
        found = _FIELD_SETS[cls]
    return found


class Record:
    """Mixin: conversion between dataclasses and plain dicts.

    ``from_dict`` ignores unknown keys (data written by a later minor version)
    and fills missing keys with defaults, so older files keep loading.
    Both run once per stored record when a table is read (10,000 contacts), so
    they avoid ``dataclasses.asdict`` and look the field names up once per class.
    """

    KIND: ClassVar[str] = "record"

    def to_dict(self) -> dict[str, Any]:
        """A plain dict of the fields; lists and dicts are copies, as with ``asdict``."""
        data = {}
        for name in field_names(type(self)):
            value = getattr(self, name)
            if isinstance(value, (list, dict, tuple)):
                value = deepcopy(value)
            data[name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]):  # type: ignore[no-untyped-def]
        names = _field_set(cls)
        if names.issuperset(data):
            return cls(**data)
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Plan(Record):
    """The big picture: which goals, the vision, the time budget."""

    KIND: ClassVar[str] = "plan"

    primary_goal: str = ""
    secondary_goals: list[str] = field(default_factory=list)
    custom_goal: str = ""
    vision: str = ""
    weekly_hours: float | None = None
    dream_jobs: str = ""
    changes: str = ""
    onboarding_done: bool = False

    @property
    def goal_labels(self) -> list[str]:
        """Labels of the chosen goals, primary first."""
        keys = [self.primary_goal] if self.primary_goal else []
        keys += [k for k in self.secondary_goals if k != self.primary_goal]
        labels = []
        for key in keys:
            if key == "custom":
                labels.append(self.custom_goal or BIG_PICTURE_GOALS["custom"][0])
            elif key in BIG_PICTURE_GOALS:
                labels.append(BIG_PICTURE_GOALS[key][0])
        return labels


@dataclass
class Quality(Record):
    """A quality the desired network should have, with a target count."""

    KIND: ClassVar[str] = "quality"

    category: str = "roles"
    name: str = ""
    target: int = 1
    note: str = ""
    order: int = 0
    id: int | None = None


@dataclass
class Contact(Record):
    """A person in the user's current network."""

    KIND: ClassVar[str] = "contact"

    name: str = ""
    role: str = ""
    company: str = ""
    sector: str = ""
    location: str = ""
    skills: str = ""
    interests: str = ""
    where_met: str = "other"
    strength: int = 3
    last_contact: str | None = None
    first_contact: str | None = None
    notes: str = ""
    url: str = ""
    email: str = ""
    id: int | None = None


@dataclass
class Goal(Record):
    """One SMART networking goal of one month."""

    KIND: ClassVar[str] = "goal"

    month: str = ""
    text: str = ""
    target: int | None = None
    unit: str = ""
    progress: int = 0
    done: bool = False
    done_on: str | None = None
    deadline: str | None = None
    answers: dict[str, str] = field(default_factory=dict)
    order: int = 0
    created: str | None = None
    carried_from: int | None = None
    id: int | None = None


@dataclass
class ProgressEvent(Record):
    """A dated change of a goal's progress or done state."""

    KIND: ClassVar[str] = "event"

    goal_id: int = 0
    day: str = ""
    kind: str = "progress"  # "progress" | "done" | "undone"
    progress: int = 0  # progress after the change
    delta: int = 0
    id: int | None = None


@dataclass
class MonthReview(Record):
    """The month-end review of one month."""

    KIND: ClassVar[str] = "review"

    month: str = ""
    outcomes: dict[str, str] = field(default_factory=dict)  # goal id -> done|partly|not
    notes: dict[str, str] = field(default_factory=dict)  # goal id -> what worked
    summary: str = ""
    reviewed_on: str | None = None
    id: int | None = None
