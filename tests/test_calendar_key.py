"""`a` on the Goals screen writes the month's goals as an iCalendar file."""

from __future__ import annotations

import stat
from pathlib import Path

import icalendar

from netplan_tui.core.models import Goal, Plan
from tests.conftest import make_test_app


async def test_a_writes_the_shown_months_calendar(store, tmp_path):
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True))
    store.add_goal(Goal(month="2026-11", text="Meet [bold]3[/] alumni, by Nov 30; 🚀", target=3))
    store.add_goal(Goal(month="2026-12", text="Attend 2 meetups in December.", target=2))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("5")  # on November 28 it opens on December, the month being planned
        await pilot.pause()
        await pilot.press("a")
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
    target = Path(tmp_path / "home" / "Documents" / "netplan-goals-2026-12.ics")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Attend 2 meetups in December."]
    assert any(str(target) in m and "1 goal of December 2026" in m for m in messages)
    assert not app._exception
