"""No keystroke is lost: keys typed ahead of a screen, a dialog or a Tab land where meant.

``type_ahead`` puts every key into the app's queue at once, which is what a
fast typist or a busy machine does to a real terminal app. Without the app's
key ordering these tests fail every time (not now and then): "3 n Ana" put
"nAna" into screen 3's filter, "Tab Shopify" typed into the previous field.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from netplan_tui.tui.screens.network import NetworkScreen
from netplan_tui.tui.screens.qualities import SUGGESTED_SETTING, QualitiesScreen
from netplan_tui.tui.widgets.contact_editor import ContactEditor
from tests.conftest import make_test_app
from tests.helpers.wait import settled, type_ahead, wait_for


def _value(app, selector: str) -> str:
    return app.screen.query_one(selector, Input).value


async def test_screen_switch_then_new_contact_typed_ahead(store):
    store.set_setting(SUGGESTED_SETTING, True)  # no offer of starter qualities
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, QualitiesScreen))
        type_ahead(app, "3", "n", "Ana Lopez")
        await settled(pilot)
        assert isinstance(app.screen, ContactEditor)
        assert _value(app, "#ce-name") == "Ana Lopez"
        network = app.screen_stack[0]
        assert isinstance(network, NetworkScreen)
        assert network.query_one("#net-filter", Input).value == ""
        assert app.key_stalls == 0  # ordered by the key chain, never by the watchdog


async def test_keys_after_tab_reach_the_next_field(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen))
        type_ahead(
            app, "n", "Human One", "tab", "Senior Product Manager", "tab", "Shopify",
            "tab", "E-commerce",
        )
        await settled(pilot)
        assert isinstance(app.screen, ContactEditor)
        assert _value(app, "#ce-name") == "Human One"
        assert _value(app, "#ce-role") == "Senior Product Manager"
        assert _value(app, "#ce-company") == "Shopify"
        assert _value(app, "#ce-sector") == "E-commerce"
        assert app.key_stalls == 0


async def test_saved_form_then_filter_typed_ahead(store):
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen))
        type_ahead(app, "n", "Ana Lopez", "enter", "n", "Bo Chen", "enter", "slash", "lopez")
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, NetworkScreen)
        assert sorted(c.name for c in store.contacts()) == ["Ana Lopez", "Bo Chen"]
        assert screen.query_one("#net-filter", Input).value == "lopez"


async def test_quality_form_typed_ahead_from_another_screen(store):
    store.set_setting(SUGGESTED_SETTING, True)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, QualitiesScreen))
        for _ in range(5):
            if not isinstance(app.screen, QualitiesScreen):
                await pilot.press("n")
            await pilot.pause()
        type_ahead(app, "n", "Recruiters", "tab", "12", "tab", "in Berlin", "ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, QualitiesScreen)
        saved = {q.name: (q.target, q.note) for q in store.qualities()}
        assert saved["Recruiters"] == (12, "in Berlin")


@pytest.mark.parametrize("rounds", range(3))
async def test_every_screen_key_typed_ahead_lands_on_its_screen(store, rounds):
    """1–5 typed back to back, then screen 3's filter: the last screen gets the text."""
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, NetworkScreen))
        order = ["4", "5", "1", "3"][rounds:] + ["3"]
        type_ahead(app, *order, "slash", "ana")
        await settled(pilot)
        assert isinstance(app.screen, NetworkScreen)
        assert app.screen.query_one("#net-filter", Input).value == "ana"
