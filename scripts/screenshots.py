"""Regenerate screenshots/*.svg from the demo plan: `python scripts/screenshots.py`.

Drives the real app headless at 100x30 with a fixed "today", so the pictures
change only when the app does.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netplan_tui.core.demo import fill_demo  # noqa: E402
from netplan_tui.data.store import Store  # noqa: E402
from netplan_tui.tui.app import make_app  # noqa: E402

TODAY = date(2026, 11, 28)
SIZE = (100, 30)
OUT = ROOT / "screenshots"

Step = Callable[[object], Awaitable[None]]


async def type_goal(pilot) -> None:  # noqa: ANN001
    await pilot.press("n")
    await pilot.pause()
    await pilot.press(*"Have 3 coffee chats with engineering managers at GitLab by December 20")
    await pilot.pause()


async def palette(pilot) -> None:  # noqa: ANN001
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"go to")
    await pilot.pause(0.3)


SHOTS: list[tuple[str, list[str], Step | None]] = [
    ("1-goal", ["1"], None),
    ("2-qualities", ["2"], None),
    ("3-network", ["3"], None),
    ("4-gap", ["4"], None),
    ("5-goals", ["5", "t"], None),  # November in progress (5 opens on December)
    ("goal-editor", ["5"], type_goal),
    ("review", ["5", "r"], None),
    ("help", ["5", "question_mark"], None),
    ("command-palette", ["5"], palette),
]


async def shoot(store: Store, name: str, keys: list[str], step: Step | None) -> Path:
    app = make_app(store, TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        if step is not None:
            await step(pilot)
        await pilot.pause(0.2)
        app.save_screenshot(filename=f"{name}.svg", path=str(OUT))
    return OUT / f"{name}.svg"


async def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder), clock=lambda: TODAY)
        fill_demo(store, TODAY)
        try:
            for name, keys, step in SHOTS:
                print(await shoot(store, name, keys, step))
        finally:
            store.close()


if __name__ == "__main__":
    asyncio.run(main())
