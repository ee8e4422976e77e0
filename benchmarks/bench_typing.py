"""Typing in the goal editor compared with typing in a plain Input, in the same run.

Run ``python benchmarks/bench_typing.py`` from the project root. Both apps run
headless (``run_test``); each key is sent with ``pilot.press`` and the wall time
per key is measured. The goal editor runs the SMART check and updates its chips
and answers on every key. Target: editor median ≤ 1.10 × the plain Input's.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

TEXT = "Message 4 backend engineers at remote-first companies on LinkedIn by Dec 18"[:60]
TODAY = date(2026, 11, 28)
ROUNDS = 3
TARGET_RATIO = 1.10


def _keys(text: str) -> list[str]:
    return ["space" if c == " " else c for c in text]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


async def _time_keys(pilot: Any, keys: list[str]) -> list[float]:
    times = []
    for key in keys:
        start = time.perf_counter()
        await pilot.press(key)
        times.append(time.perf_counter() - start)
    return times


async def _plain_input() -> list[float]:
    from textual.app import App, ComposeResult
    from textual.widgets import Input

    class Plain(App[None]):
        def compose(self) -> ComposeResult:
            yield Input(id="goal", compact=True)

    app = Plain()
    async with app.run_test(size=(100, 30)) as pilot:
        app.query_one(Input).focus()
        await pilot.pause()
        times = await _time_keys(pilot, _keys(TEXT))
        assert app.query_one(Input).value == TEXT
    return times


async def _goal_editor(data_dir: Path) -> list[float]:
    from textual.app import App
    from textual.widgets import Input

    from netplan_tui.core.context import context_from_store
    from netplan_tui.core.models import Goal, Plan
    from netplan_tui.data.store import Store
    from netplan_tui.tui.widgets.goal_editor import GoalEditor

    with Store(data_dir, clock=lambda: TODAY) as store:
        store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
        context = context_from_store(store, "2026-11", TODAY)

    class Host(App[None]):
        def on_mount(self) -> None:
            self.push_screen(GoalEditor(Goal(month="2026-11"), context, TODAY))

    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        times = await _time_keys(pilot, _keys(TEXT))
        assert app.screen.query_one("#goal-text", Input).value == TEXT
    return times


async def _measure() -> dict[str, Any]:
    plain: list[float] = []
    editor: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(ROUNDS):  # interleaved, so both see the same machine state
            plain += await _plain_input()
            editor += await _goal_editor(Path(tmp) / f"data{n}")
    ms = 1000.0
    result = {
        "keys": len(TEXT),
        "rounds": ROUNDS,
        "plain_median_ms": statistics.median(plain) * ms,
        "plain_p95_ms": _percentile(plain, 0.95) * ms,
        "editor_median_ms": statistics.median(editor) * ms,
        "editor_p95_ms": _percentile(editor, 0.95) * ms,
    }
    result["ratio_median"] = result["editor_median_ms"] / result["plain_median_ms"]
    result["ratio_p95"] = result["editor_p95_ms"] / result["plain_p95_ms"]
    result["target_ratio"] = TARGET_RATIO
    result["ok"] = result["ratio_median"] <= TARGET_RATIO
    return result


def run() -> dict[str, Any]:
    """Measure and return the figures (times in milliseconds per key)."""
    return asyncio.run(_measure())


def main() -> int:
    result = run()
    print(f"{result['keys']} keys × {result['rounds']} rounds, wall time per key (pilot.press)")
    print(f"  plain Input : median {result['plain_median_ms']:.2f} ms, "
          f"p95 {result['plain_p95_ms']:.2f} ms")
    print(f"  goal editor : median {result['editor_median_ms']:.2f} ms, "
          f"p95 {result['editor_p95_ms']:.2f} ms")
    print(f"  ratio       : median {result['ratio_median']:.3f}, p95 {result['ratio_p95']:.3f} "
          f"(target ≤ {TARGET_RATIO:.2f}) {'OK' if result['ok'] else 'SLOWER THAN TARGET'}")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
