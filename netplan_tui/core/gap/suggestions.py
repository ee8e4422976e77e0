"""Suggested qualities for each big-picture goal."""

from __future__ import annotations

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
