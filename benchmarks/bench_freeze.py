"""The longest time the event loop is blocked while keys are driven (10,000 contacts, 5 years).

A monitor task sleeps 5 ms at a time on the app's own event loop and records how
late it wakes: a handler that runs for 300 ms shows as a ~300 ms gap. Keys are
driven through Pilot over every screen, back again, a dialog, the filter, two
saves and the goal editor opened from screen 4.

The contact form's first opening (``n`` on screen 3) is the longest step left.
Its baseline, measured in the same run, is the same widgets in a bare Textual
app (:mod:`benchmarks.minimal_form`): ``n`` over a 10,000-row table, with a form
composed at the key and with one installed beforehand.

Run: ``python benchmarks/bench_freeze.py [--rounds N]`` (prints the gap of every
key, the longest, and the first openings against the baseline, median of N);
``--every-key`` drives every dialog and every kind of save instead, once the app
is settled, and prints each key's gap.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TICK = 0.005
#: Keys driven, each followed by a pause so the screen settles. The last ones save a
#: change (``t`` logs a contact, ``p`` sets the primary goal) or open the goal editor
#: from screen 4 (``g``).
KEYS = ["1", "2", "3", "4", "5", "1", "2", "3", "4", "5", "3", "n", "escape",
        "slash", "x", "escape", "4", "s", "2", "s", "5", "n", "escape",
        "3", "t", "4", "g", "escape", "1", "p"]
#: ``--every-key``: every dialog and every kind of save, once the app is settled
#: (2.5 s after start); ``[`` shows last month on screen 5, which has goals to tick.
#: ``x`` exports into a temporary home's documents folder.
EVERY_KEY = ("1 p escape v escape h escape 2 n escape e escape S escape 3 e escape i escape "
             "t escape d escape 4 g escape c escape m escape 5 e escape r escape c escape "
             "d escape question_mark escape x escape 5 left_square_bracket space space plus "
             "minus 3 e ctrl+s n Z o e ctrl+s d y u 2 n Q ctrl+s").split()


async def longest_gaps(app, keys: list[str] = KEYS) -> list[tuple[float, str]]:  # noqa: ANN001
    """Drive ``keys`` on ``app``; return (longest gap in seconds, key) per key."""
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        found = await longest_gaps_here(pilot, keys)
    return found


def scale_app(data_dir: Path, today: date):  # noqa: ANN201
    from benchmarks.bench_scale import generate

    generate(data_dir)
    return open_app(data_dir, today)


def open_app(data_dir: Path, today: date):  # noqa: ANN201
    """The app on ``data_dir``, opened as the app opens it (contacts and events are
    read after the first screen)."""
    from netplan_tui.data.store import Store
    from netplan_tui.tui.app import make_app

    return make_app(Store(data_dir, clock=lambda: today, defer=True), today)


async def _first_opening(app, before: list[str], ready) -> float:  # noqa: ANN001
    """Press ``before``, wait until ``ready(app)``, then the longest gap in ms on ``n``."""
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        for key in before:
            await pilot.press(key)
        for _ in range(400):
            if ready(app):
                break
            await pilot.pause(0.025)
        await pilot.pause(0.3)
        return (await longest_gaps_here(pilot, ["n"]))[0][0] * 1000


async def longest_gaps_here(pilot, keys: list[str]) -> list[tuple[float, str]]:  # noqa: ANN001
    """``longest_gaps`` in an app already running under ``pilot``."""
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
    found: list[tuple[float, str]] = []
    for key in keys:
        state["worst"] = 0.0
        await pilot.press(key)
        await pilot.pause(0.2)
        found.append((state["worst"], key))
    state["stop"] = True
    await task
    return found


def form_built_ahead(app) -> bool:  # noqa: ANN001
    """The contact form waits, built, for ``n`` (on screen 3)."""
    from netplan_tui.tui.parking import parked
    from netplan_tui.tui.widgets.contact_editor import ContactEditor

    return any(isinstance(screen, ContactEditor) for screen in parked(app))


def first_opening(app, before: list[str] = (), ready=lambda app: True) -> float:  # noqa: ANN001
    """The longest gap, in ms, on ``n`` after ``before``, once ``ready(app)``."""
    gap = asyncio.run(_first_opening(app, list(before), ready))
    store = getattr(app, "store", None)
    if store is not None:
        store.close()  # its lock: the next round opens the same plan
    return gap


async def _settled_gaps(app, keys: list[str]) -> list[tuple[float, str]]:  # noqa: ANN001
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(2.5)
        return await longest_gaps_here(pilot, keys)


def every_key(today: date) -> None:
    """Each key of :data:`EVERY_KEY` once, on a settled app; print each gap."""
    with tempfile.TemporaryDirectory(prefix="bench-freeze-") as folder:
        os.environ["HOME"] = str(Path(folder, "home"))  # where ``x`` exports
        os.environ.pop("XDG_DOCUMENTS_DIR", None)
        app = scale_app(Path(folder, "data"), today)
        gaps = asyncio.run(_settled_gaps(app, EVERY_KEY))
        app.store.close()
    for gap, key in gaps:
        print(f"{key:>14}  {gap * 1000:7.1f} ms")
    worst = max(gaps)
    print(f"longest gap: {worst[0] * 1000:.0f} ms (key {worst[1]})")


def main() -> None:
    from benchmarks.bench_scale import TODAY
    from benchmarks.minimal_form import MinimalForm

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--every-key", action="store_true")
    args = parser.parse_args()
    if args.every_key:
        every_key(TODAY)
        return
    rounds = args.rounds
    with tempfile.TemporaryDirectory(prefix="bench-freeze-") as folder:
        app = scale_app(Path(folder), TODAY)
        gaps = asyncio.run(longest_gaps(app))
        app.store.close()
        worst = max(gaps)
        for gap, key in gaps:
            print(f"{key:>8}  {gap * 1000:7.1f} ms")
        print(f"longest gap: {worst[0] * 1000:.0f} ms (key {worst[1]})")
        found: dict[str, list[float]] = {"netplan-tui": [], "composed": [], "installed": []}
        for _ in range(rounds):  # interleaved, so load falls on all three alike
            found["netplan-tui"].append(first_opening(open_app(Path(folder), TODAY), ["3"],
                                                      form_built_ahead))
            found["composed"].append(first_opening(MinimalForm()))
            found["installed"].append(first_opening(MinimalForm(installed=True)))
    print(f"\nthe contact form's first opening, longest gap (median of {rounds}):")
    floor = statistics.median(found["composed"])
    for name, samples in found.items():
        median = statistics.median(samples)
        print(f"  {name:<12} {median:6.0f} ms  {median / floor:4.2f}x the bare form composed at "
              f"the key  ({', '.join(f'{s:.0f}' for s in samples)})")


if __name__ == "__main__":
    main()
