"""Time the gap analysis at 100 and at 10,000 contacts, with 100 qualities.

Run ``python benchmarks/bench_gap.py`` from the project root. Contacts and
qualities are generated deterministically (``random.Random(seed)``) so runs can
be compared. "cold" is the first analysis after the word caches are cleared;
"warm" is the best of the following runs (the app analyses again whenever the
gap screen is shown, with the caches filled).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path
from typing import Any

SEED = 20261128
QUALITIES = 100
SMALL = 100
LARGE = 10_000
REPEATS = 5

_SENIORITY = ["", "", "", "Senior ", "Sr. ", "Junior ", "Staff ", "Lead ", "Principal "]
_TITLES = [
    "Software Engineer",
    "Software Developer",
    "Backend Developer",
    "Frontend Developer",
    "Full-Stack Developer",
    "DevOps Engineer",
    "Site Reliability Engineer",
    "Data Scientist",
    "Data Engineer",
    "Machine Learning Engineer",
    "Technical Recruiter",
    "Talent Acquisition Partner",
    "Recruiter",
    "Engineering Manager",
    "Head of Engineering",
    "VP Engineering",
    "Product Manager",
    "Project Manager",
    "Program Manager",
    "Product Designer",
    "UX Researcher",
    "QA Engineer",
    "Developer Advocate",
    "CTO",
    "Co-Founder",
    "Founder & CEO",
    "Tech Lead",
    "Solutions Architect",
    "Sales Engineer",
    "Business Development Manager",
]
_COMPANY_ROOTS = [
    "Shopify",
    "GitLab",
    "Meta",
    "Metabase",
    "Stripe",
    "Google",
    "Microsoft",
    "Amazon Web Services",
    "Atlassian",
    "Spotify",
    "Zalando",
    "Ørsted",
    "Nestlé",
    "Hugging Face",
    "Automattic",
    "Doist",
    "Basecamp",
    "Elastic",
    "Canonical",
    "Red Hat",
]
_SUFFIXES = ["", "", " Inc.", ", Inc", " GmbH", " Ltd", " LLC", " S.A.", " B.V.", " AG", " PLC"]
_SECTORS = [
    "Software",
    "SaaS",
    "Fintech",
    "Financial technology",
    "Healthcare",
    "E-commerce",
    "Developer tools",
    "Open source",
    "Education",
    "Media",
    "Energy",
    "",
    "",
]
_LOCATIONS = [
    "Berlin, Germany",
    "Munich, Germany",
    "London, United Kingdom",
    "Remote",
    "Toronto, Canada",
    "New York, NY, United States",
    "San Francisco Bay Area",
    "Lisbon, Portugal",
    "Amsterdam, Netherlands",
    "Austin, TX, USA",
    "Bangalore, India",
    "São Paulo, Brazil",
]
_SKILLS = [
    "Python",
    "Go",
    "Rust",
    "JavaScript",
    "TypeScript",
    "React",
    "Node.js",
    "Kubernetes",
    "AWS",
    "PostgreSQL",
    "C++",
    "C#",
    ".NET",
    "Django",
    "Machine learning",
    "Terraform",
    "GraphQL",
    "Docker",
    "Java",
    "Kotlin",
]
_INTERESTS = ["open source", "running", "chess", "climbing", "board games", "music", "cooking"]
_NOTES = [
    "Met at {event}; talked about {skill} and hiring.",
    "Former colleague at {company}. Knows the {skill} team.",
    "Introduced by a friend. Speaks {language}.",
    "Gave a talk on {skill} at {event}.",
]
_EVENTS = ["PyCon", "a local meetup", "FOSDEM", "JSConf", "KubeCon"]
_LANGUAGES = ["Spanish", "German", "Portuguese", "Mandarin", "French"]
_FIRST = ["Ann", "José", "Zoë", "Wei", "Priya", "Lars", "Fatima", "Kofi", "Mei", "Noah"]
_LAST = ["Lee", "García", "Müller", "Wang", "Singh", "Ørsted", "Okafor", "Kim", "Rossi"]

_QUALITY_POOL: dict[str, list[str]] = {
    "roles": [
        "Recruiters",
        "Hiring managers",
        "Engineering managers",
        "Software engineers",
        "Developers",
        "Senior developers",
        "Backend developers",
        "Project managers",
        "Product managers",
        "CTOs and founders",
        "Developer advocates",
        "Data scientists",
    ],
    "companies": _COMPANY_ROOTS,
    "sectors": [s for s in _SECTORS if s],
    "skills": _SKILLS,
    "locations": ["Berlin", "Germany", "Remote", "United States", "UK", "Canada", "Lisbon"],
    "interests": _INTERESTS,
    "other": ["Spanish", "PyCon", "former colleague", "German", "FOSDEM"],
}


def make_contacts(count: int, seed: int = SEED) -> list[Any]:
    """``count`` varied contacts; about a third carry a free-text note."""
    from netplan_tui.core.models import Contact

    rng = random.Random(seed)
    contacts = []
    for i in range(count):
        company = rng.choice(_COMPANY_ROOTS)
        note = ""
        if rng.random() < 0.35:
            note = rng.choice(_NOTES).format(
                event=rng.choice(_EVENTS),
                skill=rng.choice(_SKILLS),
                company=company,
                language=rng.choice(_LANGUAGES),
            )
        contacts.append(
            Contact(
                name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {i}",
                role=rng.choice(_SENIORITY) + rng.choice(_TITLES),
                company=company + rng.choice(_SUFFIXES),
                sector=rng.choice(_SECTORS),
                location=rng.choice(_LOCATIONS),
                skills=", ".join(rng.sample(_SKILLS, rng.randint(0, 5))),
                interests=", ".join(rng.sample(_INTERESTS, rng.randint(0, 2))),
                where_met=rng.choice(["linkedin", "event", "chat", "other"]),
                notes=note,
                id=i + 1,
            )
        )
    return contacts


def make_qualities(count: int = QUALITIES, seed: int = SEED) -> list[Any]:
    """``count`` qualities spread over every category."""
    from netplan_tui.core.models import Quality

    rng = random.Random(seed + 1)
    categories = list(_QUALITY_POOL)
    return [
        Quality(
            category=categories[i % len(categories)],
            name=rng.choice(_QUALITY_POOL[categories[i % len(categories)]]),
            target=rng.randint(1, 20),
            order=i,
            id=i + 1,
        )
        for i in range(count)
    ]


def _clear_caches() -> None:
    from netplan_tui.core import gap

    for value in vars(gap).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


def _time(qualities: list[Any], contacts: list[Any]) -> tuple[float, float]:
    """(cold seconds, best warm seconds) of ``analyse``."""
    from netplan_tui.core.gap import analyse

    _clear_caches()
    start = time.perf_counter()
    analyse(qualities, contacts)
    cold = time.perf_counter() - start
    warm = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        analyse(qualities, contacts)
        warm = min(warm, time.perf_counter() - start)
    return cold, warm


def run() -> dict:
    """Measure and return the figures (seconds) as a dict."""
    root = str(Path(__file__).resolve().parents[1])
    if root not in sys.path:
        sys.path.insert(0, root)
    qualities = make_qualities()
    small_cold, small_warm = _time(qualities, make_contacts(SMALL))
    large_cold, large_warm = _time(qualities, make_contacts(LARGE))
    return {
        "qualities": QUALITIES,
        "small_contacts": SMALL,
        "large_contacts": LARGE,
        "small_cold_s": small_cold,
        "small_warm_s": small_warm,
        "large_cold_s": large_cold,
        "large_warm_s": large_warm,
        "ratio_warm": large_warm / small_warm if small_warm else float("inf"),
        "ratio_cold": large_cold / small_cold if small_cold else float("inf"),
    }


def main() -> None:
    figures = run()
    print(f"analyse() with {figures['qualities']} qualities")
    for size in ("small", "large"):
        count = figures[f"{size}_contacts"]
        cold = figures[f"{size}_cold_s"] * 1000
        warm = figures[f"{size}_warm_s"] * 1000
        print(f"  {count:>6} contacts: cold {cold:8.1f} ms   warm {warm:8.1f} ms")
    print(
        f"  ratio {LARGE}/{SMALL}: cold {figures['ratio_cold']:.1f}x, "
        f"warm {figures['ratio_warm']:.1f}x"
    )


if __name__ == "__main__":
    main()
