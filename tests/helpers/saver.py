"""Save in a loop until killed: the child of the fault-injection test.

Usage: ``python -m tests.helpers.saver DATA_DIR``. Each save adds goal number n
(one more than the highest stored) together with a progress event, in one
batch; after the save returns, n is printed and flushed. "ready" is printed
once the store is open.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from netplan_tui.core.models import Goal, ProgressEvent
from netplan_tui.data.store import Store

TODAY = date(2026, 11, 28)


def number_of(goal: Goal) -> int:
    return int(goal.text.rsplit(" ", 1)[1])


def main(data_dir: str) -> None:
    store = Store(Path(data_dir), wait=5.0, clock=lambda: TODAY)
    n = max((number_of(g) for g in store.goals()), default=0)
    print("ready", flush=True)
    while True:
        n += 1
        with store.batch():
            goal = store.add_goal(Goal(month="2026-11", text=f"Save number {n}", target=n))
            assert goal.id is not None
            store.add_event(ProgressEvent(goal_id=goal.id, day="2026-11-28", progress=n))
        print(n, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
