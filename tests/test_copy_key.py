"""`c` on the Goals screen copies the month's goals and says where the same text was written."""

from __future__ import annotations

from netplan_tui.core.models import Goal, Plan
from tests.conftest import make_test_app


async def test_c_copies_the_shown_month_and_writes_the_file(store):
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True))
    store.add_goal(
        Goal(month="2026-11", text="Message 4 recruiters [b]on[/b] LinkedIn by Nov 30", target=4,
             progress=2, deadline="2026-11-30")
    )
    store.add_goal(Goal(month="2026-11", text="Attend 1 meetup by Nov 29", done=True))
    store.add_goal(Goal(month="2026-10", text="Old goal of October", done=True))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("5", "t", "c")  # November (5 opens on the month being planned)
        await pilot.pause()
        copied = app.clipboard
        messages = [str(n.message) for n in app._notifications]
        await pilot.press("left_square_bracket", "c")
        await pilot.pause()
        october = app.clipboard
        assert app._exception is None
    # Markdown-escaped, so it renders exactly as typed
    assert r"Message 4 recruiters \[b\]on\[/b\] LinkedIn by Nov 30 (2/4" in copied
    assert "- [x] Attend 1 meetup by Nov 29" in copied
    assert "Old goal" not in copied
    path = store.data_dir / "goals-2026-11.md"
    assert path.read_text(encoding="utf-8") == copied
    assert any(str(path) in m for m in messages)
    assert "Old goal of October" in october
    assert (store.data_dir / "goals-2026-10.md").exists()
