"""The footer keeps Help and Quit visible at every width, on screens and in dialogs.

What is on screen is read from the compositor's full frame (see ``test_injection``).
"""

from __future__ import annotations

import pytest

from netplan_tui.core.demo import fill_demo
from netplan_tui.tui.widgets.footer import FooterPlan, NetplanFooter, fit_keys, key_width
from tests.conftest import TODAY, make_test_app
from tests.helpers.wait import wait_for
from tests.test_injection import frame

#: (place, keys from screen 5 of the demo plan, texts the footer row must show).
SCREENS = (
    ("goals", ("t",), ("? Help", "q Quit")),
    ("goal", ("1",), ("p Primary", "? Help", "q Quit")),
    ("qualities", ("2",), ("? Help", "q Quit")),
    ("network", ("3",), ("n Add", "? Help", "q Quit")),
    ("gap", ("4",), ("? Help", "q Quit")),
)
DIALOGS = (
    ("contact editor", ("3", "n"), ("^s Save", "esc Cancel", "F1 Help", "^q Quit")),
    ("quality editor", ("2", "n"), ("^s Save", "esc Cancel", "F1 Help", "^q Quit")),
    ("goal editor", ("t", "n"), ("^s Save", "esc Cancel", "F1 Help", "^q Quit")),
    ("import", ("3", "i"), ("esc Cancel", "F1 Help", "^q Quit")),
    ("delete goal", ("t", "d"), ("y Yes", "n No", "esc Cancel", "F1 Help", "^q Quit")),
    ("help", ("question_mark",), ("esc Close", "^q Quit")),
)


@pytest.mark.parametrize(
    ("keys", "texts"), [p[1:] for p in SCREENS + DIALOGS], ids=[p[0] for p in SCREENS + DIALOGS]
)
@pytest.mark.parametrize("size", [(60, 20), (80, 24)], ids=["60x20", "80x24"])
async def test_footer_keeps_help_and_quit(store, size, keys, texts):
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press(*keys)

        def footer_row() -> str:
            rows = frame(app)
            inner = [row for row in rows if "esc Cancel" in row]  # a dialog's own footer
            return inner[0] if inner else rows[-1]

        await wait_for(
            pilot, lambda: all(text in footer_row() for text in texts),
            what=f"{texts} in the last row",
        )
        assert app._exception is None


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_review_footer_keeps_save(store, size):
    """The review keeps its own footer inside its frame: Save review is never cut."""
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=size) as pilot:
        await pilot.press("r")
        texts = ("esc Cancel", "^s Save review", "F1 Help", "^q Quit")
        await wait_for(
            pilot, lambda: any(all(t in row for t in texts) for row in frame(app)),
            what=f"{texts} in one row",
        )


async def test_wide_footer_leaves_nothing_out(store):
    """At 120 columns every key of screen 3 is shown, in the order declared."""
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("3")
        order = ("n Add", "e Edit", "d Delete", "/ Filter", "t Touch", "i Import", "? Help",
                 "q Quit", "^p palette")
        await wait_for(pilot, lambda: all(t in frame(app)[-1] for t in order))
        row = frame(app)[-1]
        assert [row.index(t) for t in order] == sorted(row.index(t) for t in order)


async def test_narrow_footer_grows_back(store):
    """Keys left out at 60 columns come back when the window widens again."""
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: "q Quit" in frame(app)[-1])
        assert "i Import" not in frame(app)[-1]
        await pilot.resize_terminal(120, 30)
        await wait_for(pilot, lambda: "i Import" in frame(app)[-1], what="i Import back")
        assert "q Quit" in frame(app)[-1]


async def test_keys_take_the_compact_style_when_the_window_is_narrow(store):
    """Narrow, the keys are drawn compact ("n Add"); wide again, with their padding."""
    fill_demo(store, TODAY)
    app = make_test_app(store)

    def footer() -> NetplanFooter:
        return app.screen.query_one(NetplanFooter)

    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: "q Quit" in frame(app)[-1])
        assert footer().plan().compact
        assert frame(app)[-1].startswith("n Add ")
        await pilot.resize_terminal(160, 30)
        await wait_for(pilot, lambda: "i Import" in frame(app)[-1], what="i Import back")
        assert not footer().plan().compact
        assert frame(app)[-1].startswith(" n Add ")


async def test_footer_works_its_keys_out_again_only_when_they_change(store):
    """Coming back to a screen or closing a dialog keeps the footer's keys as they
    are (nothing drawn again); a focus that changes the keys (a text field) shows
    the new ones."""
    fill_demo(store, TODAY)
    app = make_test_app(store)

    def plan() -> FooterPlan:
        return app.screen.query_one(NetplanFooter).plan()

    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: "n Add" in frame(app)[-1], what="screen 3's keys")
        shown = plan()
        await pilot.press("5")
        await wait_for(pilot, lambda: "n New" in frame(app)[-1], what="screen 5's keys")
        await pilot.press("3")
        await wait_for(pilot, lambda: "n Add" in frame(app)[-1], what="screen 3's keys again")
        assert plan() is shown
        await pilot.press("n")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ContactEditor")
        await pilot.press("escape")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "NetworkScreen")
        await wait_for(pilot, lambda: "n Add" in frame(app)[-1], what="keys after the dialog")
        assert plan() is shown
        await pilot.press("slash")  # the filter field: its own keys
        await wait_for(pilot, lambda: plan() != shown, what="the keys of the filter field")
        await wait_for(pilot, lambda: "n Add" not in frame(app)[-1], what="the new keys drawn")


@pytest.mark.parametrize(
    ("widths", "keep", "room", "shown"),
    [
        ([5, 5, 5], [False, False, True], 15, [True, True, True]),  # fits: all
        ([5, 5, 5], [False, False, True], 14, [True, False, True]),  # rightmost first
        ([5, 5, 5], [False, False, True], 5, [False, False, True]),
        ([5, 5, 5], [True, True, True], 3, [True, True, True]),  # kept ones never go
        ([4, 9, 4, 3], [False, True, False, True], 12, [False, True, False, True]),
        ([], [], 0, []),
    ],
)
def test_fit_keys(widths, keep, room, shown):
    assert fit_keys(widths, keep, room) == shown


def test_key_width_matches_footer_layout():
    # " p " then "Primary " (Footer's key and description padding).
    assert key_width("p", "Primary") == len(" p Primary ")
    assert key_width("^s", "") == len(" ^s ")
    assert key_width("漢", "字") == 2 + 2 + 2 + 1
