"""Screen 1, the goal picker: choices persist at once; bad input is refused inline."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList, Static, TextArea

from netplan_tui.tui.screens.goal import CUSTOM_EMPTY, HOURS_ERROR, parse_hours
from tests.conftest import make_test_app, reopen
from tests.helpers.drawn import drawn_text
from tests.helpers.wait import wait_for


def option_text(app, key: str) -> str:  # noqa: ANN001
    """An option of the goal picker as drawn (plain text, styles and control codes kept
    out of it exactly as the terminal would get them)."""
    return drawn_text(app.screen.query_one(OptionList).get_option(key).prompt, 200)


@pytest.mark.parametrize(
    ("text", "value", "error"),
    [
        ("", None, ""),
        ("3", 3.0, ""),
        (" 2.5 ", 2.5, ""),
        ("1,5", 1.5, ""),
        ("0.5", 0.5, ""),
        ("40", 40.0, ""),
        ("0.4", None, HOURS_ERROR),
        ("41", None, HOURS_ERROR),
        ("-3", None, HOURS_ERROR),
        ("abc", None, HOURS_ERROR),
        ("nan", None, HOURS_ERROR),
        ("inf", None, HOURS_ERROR),
        ("1e309", None, HOURS_ERROR),
        ("9" * 12, None, HOURS_ERROR),
    ],
)
def test_parse_hours(text, value, error):
    assert parse_hours(text) == (value, error)


async def type_into(pilot, selector: str, text: str) -> None:
    widget = pilot.app.screen.query_one(selector)
    widget.focus()
    if isinstance(widget, TextArea):
        widget.clear()
    else:
        widget.value = ""
    await pilot.press(*text) if text else None
    await pilot.pause()


async def test_choices_persist_across_restart(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("down", "enter")  # community: primary
        await pilot.press("down", "space")  # online presence: secondary
        await pilot.press("down", "s")  # brand: secondary
        await pilot.press("s")  # ...and toggled off again
        await type_into(pilot, "#vision", "include 5 people who hire remote devs")
        await type_into(pilot, "#hours", "3.5")
        await type_into(pilot, "#dream", "Backend at GitLab")
        await pilot.press("tab")  # leaving the field saves it
        await pilot.pause()
    store = reopen(store)
    plan = store.get_plan()
    assert plan.primary_goal == "community"
    assert plan.secondary_goals == ["online_presence"]
    assert plan.vision == "include 5 people who hire remote devs"
    assert plan.weekly_hours == 3.5
    assert plan.dream_jobs == "Backend at GitLab"
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#hours", Input).value == "3.5"
        assert "primary" in option_text(app, "community")
    store.close()


async def test_typing_saves_after_a_pause_without_leaving_the_field(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_into(pilot, "#vision", "grow")
        await wait_for(pilot, lambda: store.get_plan().vision == "grow", what="vision saved")


async def test_bad_hours_show_a_message_and_save_nothing(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await type_into(pilot, "#hours", "4")
        await pilot.press("tab")
        field = app.screen.query_one("#hours", Input)
        for bad in ["0.1", "41", "lots", "1e999", "-", "."]:
            field.focus()
            field.value = bad  # at once: intermediate keystrokes may be valid numbers
            await pilot.pause()
            error = app.screen.query_one("#hours-error", Static)
            assert str(error.render()) == HOURS_ERROR
            assert not error.has_class("-hidden")
            await pilot.press("tab")
            await pilot.pause()
            assert store.get_plan().weekly_hours == 4.0
        await type_into(pilot, "#hours", "6")
        assert app.screen.query_one("#hours-error", Static).has_class("-hidden")
        await pilot.press("ctrl+q")  # quit at once: what was typed is saved first
    store = reopen(store)
    assert store.get_plan().weekly_hours == 6.0
    store.close()


async def test_empty_custom_goal_is_refused(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("end", "enter")  # "My own goal" with no text
        await pilot.pause()
        assert str(app.screen.query_one("#custom-error", Static).render()) == CUSTOM_EMPTY
        assert app.focused is app.screen.query_one("#custom", Input)
        assert store.get_plan().primary_goal == ""
        await pilot.press(*"Find a mentor")
        await pilot.press("tab")
        await pilot.pause()
        assert store.get_plan().primary_goal == "custom"
        assert store.get_plan().custom_goal == "Find a mentor"
        await type_into(pilot, "#custom", "")  # clearing it while chosen
        await pilot.press("tab")
        await pilot.pause()
        assert str(app.screen.query_one("#custom-error", Static).render()) == CUSTOM_EMPTY
    store = reopen(store)
    assert store.get_plan().custom_goal == "Find a mentor"
    store.close()


HOSTILE = [
    "[bold]x[/] [@click=app.quit]quit[/]",
    "x [/bold] y [/",
    "\x1b]0;pwned\x07Ann",
    "王伟 🚀 مرحبا",
    "v" * 10_000,
]


@pytest.mark.parametrize("text", HOSTILE)
async def test_hostile_text_is_saved_exactly_and_shown_literally(store, text):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        field = app.screen.query_one("#custom", Input)
        field.focus()
        field.value = text[:300]
        await pilot.pause()
        await pilot.press("shift+tab")  # back to the options: saves the field
        await pilot.press("end", "enter")
        await pilot.pause()
        prompt = option_text(app, "custom")
        assert "\x1b" not in prompt and "\x07" not in prompt
        if text.startswith("["):
            assert "[@click=app.quit]" in prompt
        assert app.is_running
    store = reopen(store)
    assert store.get_plan().custom_goal == text[:300].strip()
    assert store.get_plan().primary_goal == "custom"
    store.close()
