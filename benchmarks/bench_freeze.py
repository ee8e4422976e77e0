"""The longest time the event loop is blocked while keys are driven (10,000 contacts, 5 years).

A monitor task sleeps 5 ms at a time on the app's own event loop and records how
late it wakes: a handler that runs for 300 ms shows as a ~300 ms gap. Keys are
driven through Pilot over every screen, back again, a dialog and the filter.

Run: ``python benchmarks/bench_freeze.py`` (prints the longest gap and the step).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TICK = 0.005
#: Keys driven, each followed by a pause so the screen settles.
KEYS = ["1", "2", "3", "4", "5", "1", "2", "3", "4", "5", "3", "n", "escape",
        "slash", "x", "escape", "4", "s", "2", "s", "5", "n", "escape"]


async def longest_gaps(app, keys: list[str] = KEYS) -> list[tuple[float, str]]:  # noqa: ANN001
    """Drive ``keys`` on ``app``; return (longest gap in seconds, key) per key."""
    found: list[tuple[float, str]] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        loop = asyncio.get_running_loop()
        state = {"worst": 0.0, "stop": False}

        async def monitor() -> None:
            last = loop.time()
            while not state["stop"]:
                await asyncio.sleep(TICK)
                now = loop.time()
                state["worst"] = max(state["worst"], now - last - TICK)
                last = now

        task = asyncio.create_task(monitor())
        for key in keys:
            state["worst"] = 0.0
            await pilot.press(key)
            await pilot.pause(0.2)
            found.append((state["worst"], key))
        state["stop"] = True
        await task
    return found


def scale_app(data_dir: Path, today: date):  # noqa: ANN201
    from benchmarks.bench_scale import generate
    from netplan_tui.data.store import Store
    from netplan_tui.tui.app import make_app

    generate(data_dir)
    return make_app(Store(data_dir, clock=lambda: today), today)


def main() -> None:
    from benchmarks.bench_scale import TODAY

    with tempfile.TemporaryDirectory(prefix="bench-freeze-") as folder:
        app = scale_app(Path(folder), TODAY)
        gaps = asyncio.run(longest_gaps(app))
    worst = max(gaps)
    for gap, key in gaps:
        print(f"{key:>8}  {gap * 1000:7.1f} ms")
    print(f"longest gap: {worst[0] * 1000:.0f} ms (key {worst[1]})")


if __name__ == "__main__":
    main()
