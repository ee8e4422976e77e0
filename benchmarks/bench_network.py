"""Time screen 3 (the network table) and the gap analysis at 100 and 10,000 contacts.

Run ``python benchmarks/bench_network.py`` from the project root. Each size gets
a fresh data directory with 100 qualities and the contacts, generated
deterministically. Figures:

* ``app_to_table``: from the app's start (headless ``run_test``, 100x30) until
  screen 3's table holds every contact — start-up, screen switch, loading the
  contacts from the store, building the rows and the first paint.
* ``switch_to_table``: the same, counted from the key press that opens screen 3.
* ``filter``: a filter typed on screen 3 (at 10,000 contacts the search text is
  first folded in a thread), until the table shows the matches.
* ``gap``: ``gap.analyse`` over the same data (best of 3, caches warm).
"""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netplan_tui.core import gap  # noqa: E402
from netplan_tui.core.models import Contact, Quality  # noqa: E402
from netplan_tui.data.store import Store  # noqa: E402

TODAY = date(2026, 11, 28)
SEED = 20261128
QUALITIES = 100
SIZES = (100, 10_000)

_ROLES = ["Software Engineer", "Sr. Backend Developer", "Technical Recruiter",
          "Engineering Manager", "Product Manager", "Data Scientist", "DevOps Engineer", "CTO",
          "Developer Advocate"]
_COMPANIES = ["Shopify Inc.", "GitLab", "Doist", "Acme", "Automattic", "Zapier", "Stripe"]
_SECTORS = ["Developer tools", "E-commerce", "Fintech", "Climate tech", "Healthcare"]
_PLACES = ["Remote", "Berlin", "Lisbon", "Toronto", "New York", "Lagos"]
_SKILLS = ["Python", "Go", "Kubernetes", "React", "PostgreSQL", "Rust", "Django"]
_CATEGORIES = ["roles", "sectors", "companies", "skills", "locations", "interests"]


def make_contacts(count: int) -> list[Contact]:
    rng = random.Random(SEED)
    return [
        Contact(
            name=f"Person {i:05d}",
            role=rng.choice(_ROLES),
            company=rng.choice(_COMPANIES),
            sector=rng.choice(_SECTORS),
            location=rng.choice(_PLACES),
            skills=", ".join(rng.sample(_SKILLS, 2)),
            interests=rng.choice(["open source", "climbing", "chess"]),
            strength=rng.randint(1, 5),
            last_contact=f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
        )
        for i in range(count)
    ]


def make_qualities() -> list[Quality]:
    pools = {"roles": _ROLES, "sectors": _SECTORS, "companies": _COMPANIES, "skills": _SKILLS,
             "locations": _PLACES, "interests": ["open source", "climbing", "chess"]}
    qualities = []
    for i in range(QUALITIES):
        category = _CATEGORIES[i % len(_CATEGORIES)]
        pool = pools[category]
        name = f"{pool[i % len(pool)]} {i}" if i >= 30 else pool[i % len(pool)]
        qualities.append(Quality(category=category, name=name, target=1 + i % 20))
    return qualities


def fill(data_dir: Path, count: int) -> tuple[list[Quality], list[Contact]]:
    from netplan_tui.core.models import Plan

    qualities, contacts = make_qualities(), make_contacts(count)
    with Store(data_dir) as store:
        store.save_plan(Plan(primary_goal="job_search", onboarding_done=False))
        store.set_setting("qualities_suggested", True)
        with store.batch():
            for quality in qualities:
                store.add_quality(quality)
            store.apply_import(contacts, [])
    return qualities, contacts


async def time_screen(data_dir: Path, count: int) -> dict[str, float]:
    from textual.widgets import Input

    from netplan_tui.tui.app import make_app
    from netplan_tui.tui.widgets.record_table import RecordTable

    store = Store(data_dir)
    try:
        start = time.perf_counter()
        app = make_app(store, TODAY)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            pressed = time.perf_counter()
            await pilot.press("3")
            while True:
                table = app.screen.query("#net-table")
                if table and table.first(RecordTable).row_count == count:
                    break
                await asyncio.sleep(0.001)
            await pilot.pause()  # the first paint of the filled table
            shown = time.perf_counter()
            app.screen.query_one("#net-filter", Input).value = "engineer shopify"
            typed = time.perf_counter()
            app.screen.set_filter("engineer shopify")
            table = app.screen.query_one("#net-table", RecordTable)
            while table.row_count == count:  # large networks fold the search in a thread
                await asyncio.sleep(0.001)
            await pilot.pause()
            filtered = time.perf_counter()
        return {
            "app_to_table": shown - start,
            "switch_to_table": shown - pressed,
            "filter": filtered - typed,
        }
    finally:
        store.close()


def time_gap(qualities: list[Quality], contacts: list[Contact]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        gap.analyse(qualities, contacts)
        best = min(best, time.perf_counter() - start)
    return best


def run() -> dict[str, Any]:
    """Measure every figure at both sizes; return them with the large/small ratios."""
    results: dict[str, Any] = {}
    for count in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            data_dir = Path(folder)
            qualities, contacts = fill(data_dir, count)
            figures = asyncio.run(time_screen(data_dir, count))
            figures["gap"] = time_gap(qualities, contacts)
            results[count] = figures
    small, large = results[SIZES[0]], results[SIZES[1]]
    results["ratio"] = {key: large[key] / small[key] for key in small}
    return results


def main() -> None:
    results = run()
    print(f"screen 3 and gap analysis, {QUALITIES} qualities (seconds)")
    keys = list(results[SIZES[0]])
    print(f"{'contacts':>10} " + " ".join(f"{k:>16}" for k in keys))
    for count in SIZES:
        print(f"{count:>10} " + " ".join(f"{results[count][k]:>16.3f}" for k in keys))
    print(f"{'ratio':>10} " + " ".join(f"{results['ratio'][k]:>15.1f}x" for k in keys))


if __name__ == "__main__":
    main()
