"""Years of data: start-up, screen switches, the gap analysis and ``status``.

A data directory is generated (``random.Random(SEED)``, written through the
Store in one batch) with 10,000 contacts, 100 qualities and 5 years of goals
(6 a month) with daily progress events. Against the demo plan, in the same run:

* **start-up** (headless first paint, tmux, peak memory): as in
  :mod:`benchmarks.bench_startup`, interleaved with the minimal Textual app and
  the demo plan. Target: within 1.6 times the minimal app.
* **screen switches**: in a fresh process per run (headless ``run_test``,
  100x30), the time from pressing 1, 2, 3, 4, 5 until ``pilot.pause()`` returns
  with the screen drawn; first visits, then a second round (coming back to a
  screen). Target: every switch under 100 ms.
* **gap analysis**: ``gap.analyse`` over the stored qualities and contacts
  (best of 3 after one cold run).
* **status**: ``netplan-tui status`` as a subprocess (median).

Run: ``python benchmarks/bench_scale.py [--quick]``.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import bench_startup as startup  # noqa: E402

SEED = 20261128
TODAY = date(2026, 11, 28)
CONTACTS = 10_000
QUALITIES = 100
YEARS = 5
GOALS_PER_MONTH = 6
RUNS = 7
QUICK_RUNS = 3
SWITCH_RUNS = 5
TARGET_STARTUP = 1.6
TARGET_SWITCH_MS = 100.0
KEYS = ("1", "2", "3", "4", "5")

_FIRST = ["Ana", "Ben", "Chidi", "Dana", "Eitan", "Fatima", "Goran", "Hana", "Ivan", "Jun",
          "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomás"]
_LAST = ["Abe", "Berg", "Costa", "Diallo", "Evans", "Fischer", "García", "Huang", "Ito",
         "Jensen", "Kowalski", "López", "Müller", "Nguyen", "Okafor", "Petrov", "Rossi", "Singh"]
_ROLES = ["Software Engineer", "Senior Backend Developer", "Technical Recruiter", "CTO",
          "Engineering Manager", "Product Manager", "Data Scientist", "DevOps Engineer",
          "Developer Advocate", "Staff Engineer", "Talent Partner", "Founder"]
_COMPANIES = ["Shopify", "GitLab", "Doist", "Automattic", "Zapier", "Stripe", "Canonical",
              "Mozilla", "Basecamp", "Elastic", "Acme Analytics", "Northwind"]
_SECTORS = ["Developer tools", "E-commerce", "Fintech", "Climate tech", "Healthcare", "Education"]
_PLACES = ["Remote", "Berlin", "Lisbon", "Toronto", "New York", "Lagos", "Bangalore", "Madrid"]
_SKILLS = ["Python", "Go", "Kubernetes", "React", "PostgreSQL", "Rust", "Django", "Terraform"]
_INTERESTS = ["open source", "climbing", "chess", "mentoring", "public speaking"]
_WHERE = ["linkedin", "event", "work", "school", "other"]
_GOALS = [
    ("Message {n} recruiters at remote-first companies on LinkedIn by the end of the month",
     "recruiters"),
    ("Attend {n} Python meetups in Berlin this month", "meetups"),
    ("Comment on {n} posts by data engineers on LinkedIn by the end of the month", "posts"),
    ("Schedule {n} coffee chats with engineering managers this month", "coffee chats"),
    ("Publish {n} articles about Rust on my blog by the end of the month", "articles"),
    ("Ask {n} former colleagues for an introduction to a hiring manager this month",
     "introductions"),
]


# --------------------------------------------------------------------------- data
def _contacts(rng: random.Random) -> list[Any]:
    from netplan_tui.core.models import Contact

    return [
        Contact(
            name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {i:05d}",
            role=rng.choice(_ROLES),
            company=rng.choice(_COMPANIES),
            sector=rng.choice(_SECTORS),
            location=rng.choice(_PLACES),
            skills=", ".join(rng.sample(_SKILLS, 2)),
            interests=rng.choice(_INTERESTS),
            where_met=rng.choice(_WHERE),
            strength=rng.randint(1, 5),
            last_contact=(TODAY - timedelta(days=rng.randint(0, 900))).isoformat(),
        )
        for i in range(CONTACTS)
    ]


def _qualities() -> list[Any]:
    from netplan_tui.core.models import Quality

    pools = [("roles", _ROLES), ("companies", _COMPANIES), ("sectors", _SECTORS),
             ("skills", _SKILLS), ("locations", _PLACES), ("interests", _INTERESTS)]
    out = []
    for i in range(QUALITIES):
        category, pool = pools[i % len(pools)]
        name = pool[i % len(pool)] if i < 40 else f"{pool[i % len(pool)]} {i}"
        out.append(Quality(category=category, name=name, target=1 + i % 20))
    return out


def generate(data_dir: Path) -> dict[str, int]:
    """Fill ``data_dir``; one batch, so one save. Returns the record counts."""
    from netplan_tui.core.models import Goal, Plan, ProgressEvent, month_key
    from netplan_tui.core.months import month_end, shift_month
    from netplan_tui.data.store import Store

    rng = random.Random(SEED)
    first = shift_month(month_key(TODAY), -(YEARS * 12 - 1))
    counts = {"contacts": CONTACTS, "qualities": QUALITIES, "goals": 0, "events": 0}
    with Store(data_dir, clock=lambda: TODAY) as store, store.batch():
        store.save_plan(Plan(primary_goal="job_search", secondary_goals=["mentor"],
                             onboarding_done=True, weekly_hours=4,
                             vision="A network that knows my work", dream_jobs="Staff engineer"))
        store.set_setting("qualities_suggested", True)
        for quality in _qualities():
            store.add_quality(quality)
        store.apply_import(_contacts(rng), [])
        for index in range(YEARS * 12):
            month = shift_month(first, index)
            end = min(month_end(month), TODAY)
            for text, unit in _GOALS[:GOALS_PER_MONTH]:
                target = rng.randint(8, 25)
                goal = store.add_goal(Goal(month=month, text=text.format(n=target), target=target,
                                           unit=unit, created=f"{month}-01"))
                counts["goals"] += 1
                day = date.fromisoformat(f"{month}-01")
                while day <= end:  # a progress event on most days of the month
                    if rng.random() < 0.75:
                        goal.progress += 1
                        store.add_event(ProgressEvent(goal_id=goal.id or 0, day=day.isoformat(),
                                                      progress=goal.progress, delta=1))
                        counts["events"] += 1
                    day += timedelta(days=1)
                goal.done = goal.progress >= goal.target  # type: ignore[operator]
                store.update_goal(goal)
    return counts


# --------------------------------------------------------------------------- switching
SWITCH_CODE = "from benchmarks.bench_scale import drive_switches; drive_switches()"


def drive_switches() -> None:
    """In a child process: time each screen key (two rounds); print JSON of ms lists.

    ``argv[1]`` is a data directory, or ``minimal`` for the five-mode minimal app.
    """
    import asyncio

    print(json.dumps(asyncio.run(_switches(sys.argv[1]))))


async def _switches(target: str) -> dict[str, list[float]]:
    from benchmarks.minimal_app import MinimalModesApp
    from netplan_tui.data.store import Store
    from netplan_tui.tui.app import make_app

    store = None if target == "minimal" else Store(Path(target), clock=lambda: TODAY)
    times: dict[str, list[float]] = {}
    try:
        app = MinimalModesApp() if store is None else make_app(store, TODAY)
        async with app.run_test(size=startup.SIZE) as pilot:
            await pilot.pause()
            for round_name in ("first", "again"):
                for key in KEYS:
                    start = time.perf_counter()
                    await pilot.press(key)
                    await pilot.pause()
                    times.setdefault(f"{round_name}_{key}", []).append(
                        (time.perf_counter() - start) * 1000)
    finally:
        if store is not None:
            store.close()
    return times


def switch_times(data_dir: Path | str, runs: int, env: dict[str, str]) -> dict[str, list[float]]:
    merged: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run(
            [startup.PYTHON, "-c", SWITCH_CODE, str(data_dir)], cwd=ROOT, env=env,
            capture_output=True, text=True, check=True, timeout=600,
        )
        for key, values in json.loads(out.stdout.strip().splitlines()[-1]).items():
            merged.setdefault(key, []).extend(values)
    return merged


# --------------------------------------------------------------------------- gap, status
def gap_ms(data_dir: Path) -> tuple[float, float]:
    """(cold, best warm) milliseconds of ``gap.analyse`` over the stored data."""
    from netplan_tui.core import gap
    from netplan_tui.data.store import Store

    with Store(data_dir, readonly=True) as store:
        qualities, contacts = store.qualities(), store.contacts()
    for value in vars(gap).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()
    start = time.perf_counter()
    gap.analyse(qualities, contacts)
    cold = (time.perf_counter() - start) * 1000
    warm = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        gap.analyse(qualities, contacts)
        warm = min(warm, (time.perf_counter() - start) * 1000)
    return cold, warm


def status_ms(data_dir: Path, env: dict[str, str]) -> float:
    script = str(Path(startup.PYTHON).with_name("netplan-tui"))
    start = time.perf_counter()
    subprocess.run([script, "--data-dir", str(data_dir), "--today", TODAY.isoformat(), "status"],
                   cwd=ROOT, env=env, capture_output=True, check=True, timeout=120)
    return (time.perf_counter() - start) * 1000


# --------------------------------------------------------------------------- run
def _targets(subject: str, figure: str) -> float | None:
    if subject == "scale" and "paint" in figure:
        return TARGET_STARTUP
    return None


def run(runs: int = RUNS, quick: bool = False) -> dict[str, Any]:
    runs = QUICK_RUNS if quick else runs
    switch_runs = 2 if quick else SWITCH_RUNS
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="netplan-bench-scale-") as folder:
        base = Path(folder)
        started = time.perf_counter()
        counts = generate(base / "scale")
        generate_s = time.perf_counter() - started
        size_mb = (base / "scale" / "netplan.json").stat().st_size / 1e6
        demo = startup.make_demo(base / "demo")
        subjects = [startup.MINIMAL, startup.Subject("demo", "app", demo),
                    startup.Subject("scale", "app", base / "scale")]
        samples = startup.measure(subjects, runs)
        rows += startup.rows_against(samples, "minimal", ["scale"], _targets)
        rows += [startup.row(f"{r['name'].split(':')[0]}: scale vs demo", r["value"],
                             startup.median(samples, "demo", _figure(r["name"])), r["unit"], None,
                             "vs demo")
                 for r in list(rows) if _figure(r["name"])]
        with tempfile.TemporaryDirectory(prefix="netplan-bench-pycache-") as cache:
            env = startup.child_env(Path(cache))
            status_ms(demo, env)  # fills the bytecode cache
            switches = {name: switch_times(path, switch_runs, env)
                        for name, path in (("minimal", "minimal"), ("demo", demo),
                                           ("scale", base / "scale"))}
            status = {name: statistics.median(status_ms(path, env) for _ in range(runs))
                      for name, path in (("demo", demo), ("scale", base / "scale"))}
        gaps = {name: gap_ms(path) for name, path in (("demo", demo), ("scale", base / "scale"))}
    for key in sorted(switches["scale"], key=lambda k: (not k.startswith("first"), k[-1])):
        value = statistics.median(switches["scale"][key])
        label = "first visit" if key.startswith("first") else "coming back"
        rows.append(startup.row(f"switch to screen {key[-1]} ({label}): scale", value,
                                statistics.median(switches["demo"][key]), "ms",
                                TARGET_SWITCH_MS, "vs demo", target_on="value"))
    floor = [v for values in switches["minimal"].values() for v in values]
    rows.append(startup.row("switch, minimal five-mode app (any key, the floor)",
                            statistics.median(floor), None, "ms", TARGET_SWITCH_MS,
                            target_on="value"))
    rows.append(startup.row("gap analysis, cold: scale", gaps["scale"][0], gaps["demo"][0], "ms",
                            None, "vs demo"))
    rows.append(startup.row("gap analysis, warm: scale", gaps["scale"][1], gaps["demo"][1], "ms",
                            None, "vs demo"))
    rows.append(startup.row("netplan-tui status: scale", status["scale"], status["demo"], "ms",
                            None, "vs demo"))
    return {"name": "scale", "runs": runs, "switch_runs": switch_runs, **counts,
            "file_mb": round(size_mb, 2), "generate_s": round(generate_s, 1), "rows": rows}


_LABELS = {label: figure for figure, label, _, _ in startup.FIGURES}


def _figure(name: str) -> str | None:
    return _LABELS.get(name.split(":")[0])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    result = run(quick="--quick" in args)
    print(f"{result['contacts']} contacts, {result['qualities']} qualities, {result['goals']} "
          f"goals, {result['events']} events: {result['file_mb']} MB "
          f"(generated in {result['generate_s']} s)")
    print(startup.format_rows(result["rows"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
