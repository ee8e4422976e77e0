"""Goals with years of history: screen 5's first render and the `status` command.

Run ``python benchmarks/bench_goals.py`` from the project root. It generates 5
years × 6 goals a month with a progress event on most days (deterministic,
``random.Random(SEED)``) in a temporary data directory, then, in the same run:

* times the first render of screen 5 (app start to the checklist drawn, headless),
  next to a minimal Textual app started the same way (the floor of ``run_test``);
* times ``netplan-tui status`` as a subprocess against that directory and against
  a fresh (empty) data directory, interleaved, bytecode cached
  (``benchmarks/bench_status.py`` does the same for more commands and rounds).
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

SEED = 20261128
YEARS = 5
GOALS_PER_MONTH = 6
TODAY = date(2026, 11, 28)
REPEATS = 5

_ACTIONS = [
    ("Message {n} recruiters on LinkedIn by the end of the month", "recruiters"),
    ("Attend {n} Python meetups this month", "meetups"),
    ("Comment on {n} posts by data engineers by the end of the month", "posts"),
    ("Schedule {n} coffee chats with engineering managers this month", "coffee chats"),
    ("Publish {n} LinkedIn articles about Rust by the end of the month", "articles"),
    ("Connect with {n} developers at remote-first companies this month", "developers"),
]


def generate(data_dir: Path) -> dict[str, int]:
    """Fill ``data_dir`` with the history (one save); returns how many records it holds."""
    from netplan_tui.core.models import SCHEMA_VERSION, Goal, Plan, ProgressEvent, month_key
    from netplan_tui.core.months import month_end, shift_month
    from netplan_tui.data.store import APP_ID, Store

    rng = random.Random(SEED)
    first = shift_month(month_key(TODAY), -(YEARS * 12 - 1))
    goals: dict[str, dict[str, Any]] = {}
    events: dict[str, dict[str, Any]] = {}
    for index in range(YEARS * 12):
        month = shift_month(first, index)
        end = min(month_end(month), TODAY)
        for g in range(GOALS_PER_MONTH):
            text, unit = _ACTIONS[g]
            target = rng.randint(2, 12)
            goal_id = len(goals) + 1
            goal = Goal(month=month, text=text.format(n=target), target=target, unit=unit,
                        order=g, created=f"{month}-01")
            day = date.fromisoformat(f"{month}-01")
            while day <= end:  # one progress event a day (a small random walk)
                delta = 1 if rng.random() < 0.7 or goal.progress == 0 else -1
                goal.progress += delta
                event = ProgressEvent(goal_id=goal_id, day=day.isoformat(),
                                      progress=goal.progress, delta=delta)
                events[str(len(events) + 1)] = Store._fields(event)
                day += timedelta(days=1)
            goal.done = goal.progress >= target
            goals[str(goal_id)] = Store._fields(goal)
    plan = Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=4)
    data = {
        "meta": {"1": {"app": APP_ID, "schema_version": SCHEMA_VERSION}},
        "plan": {"1": plan.to_dict()},
        "goals": goals,
        "events": events,
    }
    with Store(data_dir, clock=lambda: TODAY) as store:
        store.replace_all(data)
    return {"goals": len(goals), "events": len(events)}


async def _first_render(data_dir: Path) -> float:
    from textual.widgets import DataTable

    from netplan_tui.data.store import Store
    from netplan_tui.tui.app import make_app

    start = time.perf_counter()
    store = Store(data_dir, clock=lambda: TODAY)
    app = make_app(store, TODAY)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            while True:
                screen = app.screen
                if screen.__class__.__name__ == "GoalsScreen":
                    table = screen.query_one("#checklist", DataTable)
                    if table.row_count:
                        break
                await pilot.pause(0.001)
            await pilot.pause()
            elapsed = time.perf_counter() - start
    finally:
        store.close()
    return elapsed


async def _minimal_app() -> float:
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield DataTable()

    start = time.perf_counter()
    async with Minimal().run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        elapsed = time.perf_counter() - start
    return elapsed


def _status(data_dir: Path, cache: Path) -> tuple[float, str]:
    # bytecode cached (as after an install), in a temporary folder
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(cache))
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "netplan_tui", "--data-dir", str(data_dir),
         "--today", TODAY.isoformat(), "status"],
        capture_output=True, text=True, check=True, env=env, timeout=120,
    )
    return time.perf_counter() - start, out.stdout.strip()


def run() -> dict[str, Any]:
    """Generate the history and measure; times in milliseconds."""
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "history"
        fresh = Path(tmp) / "fresh"
        start = time.perf_counter()
        counts = generate(big)
        generated = time.perf_counter() - start
        size = (big / "netplan.json").stat().st_size
        renders = [asyncio.run(_first_render(big)) for _ in range(REPEATS)]
        minimal = [asyncio.run(_minimal_app()) for _ in range(REPEATS)]
        cache = Path(tmp) / "pycache"
        _status(big, cache), _status(fresh, cache)  # fill the bytecode cache
        status_big, status_fresh = [], []
        for _ in range(REPEATS):  # interleaved, so both see the same load
            status_big.append(_status(big, cache))
            status_fresh.append(_status(fresh, cache))
        ms = 1000.0
        return {
            **counts,
            "file_bytes": size,
            "generate_s": generated,
            "first_render_median_ms": statistics.median(renders) * ms,
            "first_render_max_ms": max(renders) * ms,
            "minimal_app_median_ms": statistics.median(minimal) * ms,
            "status_history_median_ms": statistics.median(t for t, _ in status_big) * ms,
            "status_fresh_median_ms": statistics.median(t for t, _ in status_fresh) * ms,
            "status_history_line": status_big[0][1],
            "status_fresh_line": status_fresh[0][1],
        }


def main() -> int:
    r = run()
    print(f"{r['goals']} goals, {r['events']} events, data file {r['file_bytes'] / 1e6:.2f} MB "
          f"(generated in {r['generate_s']:.1f} s)")
    print(f"screen 5 first render : median {r['first_render_median_ms']:.0f} ms, "
          f"max {r['first_render_max_ms']:.0f} ms (app start to checklist drawn)")
    print(f"minimal app, same way : median {r['minimal_app_median_ms']:.0f} ms")
    print(f"status, 5 years       : median {r['status_history_median_ms']:.0f} ms  "
          f"-> {r['status_history_line']}")
    print(f"status, fresh dir     : median {r['status_fresh_median_ms']:.0f} ms  "
          f"-> {r['status_fresh_line']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
