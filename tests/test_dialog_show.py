"""A dialog's first show skips Textual's second restyle and second layout; nothing else.

``Dialog`` tells Textual not to restyle a dialog on its first show (every widget was
styled as it was mounted) and drops the Resize its first layout sends to the new
screen (the dialog and the screens below already have the terminal's size). These
tests check what that must not cost: a later change of size still reaches the
dialog and the screen below, and a dialog shown again after a question on top of
it closed is drawn as it was.
"""

from __future__ import annotations

import pytest

from netplan_tui.core.models import Plan
from netplan_tui.data.store import Store
from netplan_tui.tui.widgets.contact_editor import ContactEditor
from netplan_tui.tui.widgets.dialogs import ConfirmDialog, Dialog
from netplan_tui.tui.widgets.goal_editor import KEYS_LINE, KEYS_LINE_SHORT, GoalEditor
from netplan_tui.tui.widgets.smart_chips import SmartChips
from tests.conftest import make_test_app
from tests.helpers.wait import wait_for


def ready(store: Store) -> None:
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))


def keys_line(app) -> str:  # noqa: ANN001
    return str(app.screen.query_one("#editor-keys").render())


async def test_a_dialog_follows_the_terminal_after_its_first_show(store: Store) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, GoalEditor), what="editor open")
        await wait_for(pilot, lambda: keys_line(app) == KEYS_LINE, what="full keys line")
        assert not app.screen.query_one("#chips", SmartChips).compact

        await pilot.resize_terminal(60, 20)
        await wait_for(pilot, lambda: keys_line(app) == KEYS_LINE_SHORT, what="short keys line")
        assert app.screen.query_one("#chips", SmartChips).compact
        assert app.screen.size == (60, 20)

        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, GoalEditor), what="closed")
        # The screen below was laid out at the new size while the dialog was open.
        assert app.screen.size == (60, 20)
        assert all(w.region.right <= 60 for w in app.screen.query("*") if w.display)


async def test_a_dialog_shown_again_looks_as_before(store: Store) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, ContactEditor), what="form open")
        await pilot.press("A", "d", "a")
        form = app.screen
        before = [(w.id, w.region, w.styles.background, w.styles.color) for w in form.query("*")]

        await pilot.press("escape")  # something typed: the form asks first
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog), what="question")
        await pilot.press("n")  # keep editing
        await wait_for(pilot, lambda: app.screen is form, what="form again")
        await pilot.pause()
        after = [(w.id, w.region, w.styles.background, w.styles.color) for w in form.query("*")]
        assert after == before
        assert form.query_one("#ce-name").has_focus


async def test_dialogs_closed_together_leave_one_collection(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing a dialog collects its garbage once the close is drawn (not on a later
    key); a question and the form under it, closed by one key, share that pass."""
    from netplan_tui.tui import collector

    passes: list[int] = []
    real = collector.gc.collect
    monkeypatch.setattr(collector.gc, "collect", lambda *a: passes.append(1) or real(*a))
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, GoalEditor), what="editor open")
        await pilot.press("A")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog), what="question")
        await pilot.press("y")  # discard: the question and the editor close
        await wait_for(pilot, lambda: not isinstance(app.screen, Dialog), what="both closed")
        await wait_for(pilot, lambda: passes, what="a collection after the close")
        for _ in range(5):
            await pilot.pause()
        assert passes == [1]
