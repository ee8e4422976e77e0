"""A character typed into a text field draws the field, not the whole screen again.

Textual's ``Input`` gives itself a new virtual width (the text plus the cursor) on
every change, and a new virtual size lays the whole screen out: every widget on
it measured, arranged and drawn again for each key. ``SafeInput`` keeps its
virtual width at least its own width, so within that width a key changes nothing
but the field; these tests hold that it then looks and scrolls exactly as
Textual's ``Input`` does.
"""

from __future__ import annotations

import pytest
from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.strip import Strip
from textual.widgets import Input, Label

from netplan_tui.tui.screens.network import NetworkScreen
from netplan_tui.tui.widgets.safe_input import SafeInput
from tests.conftest import make_test_app
from tests.helpers.wait import settled, wait_for
from tests.test_injection import frame_segments
from tests.test_screen_qualities import seed_demo

WIDTH = 20  # each field's width in the host below

LONG = "message four recruiters at remote-first companies by Friday"
#: Keys typed and the keys that move through the text, as a person edits.
EDITS: list[list[str]] = [
    list("Ada"),
    list(LONG),
    [*LONG[:25], "home", "right", "right", "end", "backspace", "backspace"],
    [*LONG, "home", "ctrl+right", "ctrl+right", "end", "left", "left", "delete"],
    [*"ok", "backspace", "backspace", "backspace"],  # back to the placeholder
    list("漢字とemoji 🚀 wide characters past the edge"),
]


class SideBySide(App[None]):
    """Textual's Input and netplan-tui's field, the same width, one above the other."""

    CSS = f"Input {{ width: {WIDTH}; }}"

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("labels and other widgets: a layout arranges them all")
            yield Input(placeholder="type a goal here", id="textual", compact=True)
            yield SafeInput(placeholder="type a goal here", id="ours", compact=True)
            for n in range(8):
                yield Label(f"row {n}")


def _cells(app: App[None], field: Input) -> list[Segment]:
    """The field's own cells of the frame, text and style."""
    row = Strip(frame_segments(app)[field.region.y])
    return list(row.crop(field.region.x, field.region.right).simplify())


def _line(app: App[None], field: Input) -> str:
    return "".join(segment.text for segment in _cells(app, field))


@pytest.mark.parametrize("keys", EDITS, ids=range(len(EDITS)))
async def test_a_field_looks_and_scrolls_as_textuals_input(keys):
    app = SideBySide()
    async with app.run_test(size=(60, 14)) as pilot:
        theirs = app.query_one("#textual", Input)
        ours = app.query_one("#ours", SafeInput)
        for key in keys:
            for field in (theirs, ours):
                field.focus()
                await pilot.press(key)
            await settled(pilot)
            await pilot.pause()
            assert ours.value == theirs.value
            assert ours.cursor_position == theirs.cursor_position
            assert ours.scroll_x == theirs.scroll_x, f"after {key!r}"
            ours.blur()  # the cursor is drawn in the focused field only
            theirs.focus()
            await pilot.pause()
            cells_theirs = _cells(app, theirs)
            theirs.blur()
            ours.focus()
            await pilot.pause()
            assert _cells(app, ours) == cells_theirs, f"after {key!r}"


async def test_a_key_in_a_short_text_lays_nothing_out():
    app = SideBySide()
    async with app.run_test(size=(60, 14)) as pilot:
        layouts: list[object] = []
        app.screen.screen_layout_refresh_signal.subscribe(app.screen, layouts.append)
        for field_id in ("#textual", "#ours"):
            field = app.query_one(field_id, Input)
            field.focus()
            await pilot.press("x")  # the first key may size the field's text
            await settled(pilot)
            await pilot.pause()
            layouts.clear()
            await pilot.press(*"abcdef")
            await settled(pilot)
            await pilot.pause()
            if field_id == "#textual":
                assert layouts, "Textual's Input lays the screen out per key (why ours exists)"
            else:
                assert layouts == [], "a key typed within the field's width laid it out"
        # Past the field's width the text scrolls, the cursor stays in view.
        ours = app.query_one("#ours", SafeInput)
        await pilot.press(*LONG)
        await settled(pilot)
        await pilot.pause()
        assert ours.scroll_x > 0
        assert _line(app, ours).rstrip().endswith(LONG[-(WIDTH - 2):].rstrip())


async def test_typing_a_filter_that_shows_the_same_contacts_lays_nothing_out(store):
    seed_demo(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen))
        screen = app.screen
        await pilot.press("slash", *"zq")  # matches nobody: the rows shown are none
        await wait_for(pilot, lambda: screen.query_text == "zq", what="filter applied")
        await pilot.pause()
        layouts: list[object] = []
        screen.screen_layout_refresh_signal.subscribe(screen, layouts.append)
        await pilot.press(*"xyz")
        await wait_for(pilot, lambda: screen.query_text == "zqxyz", what="filter applied")
        await pilot.pause()
        assert layouts == []
        assert screen.query_one("#net-filter", Input).value == "zqxyz"
