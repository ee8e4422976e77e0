"""`x` on any screen writes the plan as Markdown in the documents folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from netplan_tui.core.models import Plan, Quality
from tests.conftest import make_test_app


@pytest.mark.parametrize("screen_key", ["1", "2", "3", "4", "5"])
async def test_x_writes_a_dated_markdown_file(store, tmp_path, screen_key):
    store.save_plan(Plan(primary_goal="job_search", vision="[bold]grow[/]", onboarding_done=True))
    store.add_quality(Quality(category="roles", name="Recruiters", target=5))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press(screen_key)
        await pilot.pause()
        app.set_focus(None)
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
    documents = Path(tmp_path / "home" / "Documents")
    files = sorted(documents.glob("netplan-2026-11-28*.md"))
    assert len(files) == 1
    text = files[0].read_text(encoding="utf-8")
    assert "Recruiters" in text and "grow" in text
    assert any(str(files[0]) in m for m in messages)
