"""The shell, screen 1, help and the form dialogs at 80x24 (and the footer at 60x20).

80x24 is the size every screen and dialog is designed for first. Each snapshot
waits for what it pins (a condition, never a pause of tuned length).
"""

from __future__ import annotations

from typing import Any

from netplan_tui.core.demo import fill_demo
from netplan_tui.tui.screens.goal import GoalScreen
from netplan_tui.tui.screens.help import HelpScreen
from netplan_tui.tui.widgets.contact_editor import ContactEditor
from netplan_tui.tui.widgets.dialogs import ConfirmDialog
from netplan_tui.tui.widgets.footer import NetplanFooter
from netplan_tui.tui.widgets.import_dialog import ImportDialog
from netplan_tui.tui.widgets.quality_editor import QualityEditor
from tests.conftest import TODAY, make_test_app
from tests.helpers.wait import settled, wait_for

SIZE = (80, 24)


def demo_app(store: Any) -> Any:
    fill_demo(store, TODAY)
    return make_test_app(store)


def opens(kind: type, *keys: str) -> Any:
    """A ``run_before`` that presses ``keys`` and waits for ``kind`` and its footer."""

    async def run_before(pilot: Any) -> None:
        await pilot.press(*keys)
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, kind), what=kind.__name__)
        await settled(pilot)
        await wait_for(
            pilot,
            lambda: any(f.is_mounted for f in pilot.app.screen.query(NetplanFooter)),
            what="the footer",
        )
        await settled(pilot)

    return run_before


def test_goal_first_run_80x24(snap_compare, store):
    assert snap_compare(make_test_app(store), terminal_size=SIZE, run_before=opens(GoalScreen))


def test_goal_demo_plan_80x24(snap_compare, store):
    assert snap_compare(demo_app(store), terminal_size=SIZE, run_before=opens(GoalScreen, "1"))


def test_goal_vision_focused_80x24(snap_compare, store):
    """The vision wraps and shows from its start; the footer offers esc, F1, ctrl+q."""
    assert snap_compare(
        demo_app(store), terminal_size=SIZE, run_before=opens(GoalScreen, "1", "v")
    )


def test_help_on_screen_1_80x24(snap_compare, fixed_store):
    assert snap_compare(
        demo_app(fixed_store), terminal_size=SIZE, run_before=opens(HelpScreen, "1", "f1")
    )


def test_help_on_screen_3_80x24(snap_compare, fixed_store):
    assert snap_compare(
        demo_app(fixed_store), terminal_size=SIZE, run_before=opens(HelpScreen, "3", "f1")
    )


def test_help_in_contact_form_80x24(snap_compare, fixed_store):
    assert snap_compare(
        demo_app(fixed_store), terminal_size=SIZE, run_before=opens(HelpScreen, "3", "n", "f1")
    )


def test_command_palette_80x24(snap_compare, store):
    async def run_before(pilot: Any) -> None:
        await pilot.press("3", "ctrl+p")
        from textual.command import CommandList

        def listed() -> bool:
            screen = pilot.app.screen
            lists = screen.query(CommandList) if screen.id == "--command-palette" else []
            return any(command_list.option_count > 5 for command_list in lists)

        await wait_for(pilot, listed, what="the palette's commands")
        await settled(pilot)

    assert snap_compare(demo_app(store), terminal_size=SIZE, run_before=run_before)


def test_new_contact_form_80x24(snap_compare, store):
    assert snap_compare(
        demo_app(store), terminal_size=SIZE, run_before=opens(ContactEditor, "3", "n")
    )


def test_quality_editor_80x24(snap_compare, store):
    assert snap_compare(
        demo_app(store), terminal_size=SIZE, run_before=opens(QualityEditor, "2", "e")
    )


def test_linkedin_import_80x24(snap_compare, store):
    assert snap_compare(
        demo_app(store), terminal_size=SIZE, run_before=opens(ImportDialog, "3", "i")
    )


def test_confirm_delete_80x24(snap_compare, store):
    assert snap_compare(
        demo_app(store), terminal_size=SIZE, run_before=opens(ConfirmDialog, "3", "d")
    )


def test_who_matches_80x24(snap_compare, store):
    from netplan_tui.tui.widgets.gap_matches import GapMatches

    assert snap_compare(
        demo_app(store), terminal_size=SIZE, run_before=opens(GapMatches, "4", "enter")
    )


def test_quality_suggestions_80x24(snap_compare, store):
    from netplan_tui.core.models import Plan
    from netplan_tui.tui.widgets.quality_suggestions import QualitySuggestions

    store.save_plan(Plan(primary_goal="community", onboarding_done=True))
    assert snap_compare(
        make_test_app(store), terminal_size=SIZE, run_before=opens(QualitySuggestions, "2")
    )


def test_footer_screen_3_at_60x20(snap_compare, store):
    """Help and Quit stay; the screen's last keys give way (help lists them all)."""
    from netplan_tui.tui.screens.network import NetworkScreen

    assert snap_compare(
        demo_app(store), terminal_size=(60, 20), run_before=opens(NetworkScreen, "3")
    )
