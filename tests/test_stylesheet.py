"""The stylesheet is parsed once after the first paint, never on a visit or a dialog.

Textual parses the whole stylesheet when a widget class is first mounted and again
on each first visit of a mode and each dialog opening (30–120 ms each here). The app
adds every default CSS after the first paint and skips refreshes that change nothing
(``netplan_tui/tui/stylesheet.py``); these tests hold it to that, and show that a
theme change still restyles.
"""

from __future__ import annotations

import pytest
from textual.css.stylesheet import Stylesheet
from textual.widget import Widget

from netplan_tui.core.demo import fill_demo
from netplan_tui.tui.stylesheet import (
    css_state,
    default_css,
    only_new_default_css,
    widget_classes,
)
from tests.conftest import TODAY, make_test_app
from tests.helpers.wait import settled, wait_for

#: (key, the screen it shows): every screen, and every dialog.
TOUR = [
    ("1", "GoalScreen"), ("2", "QualitiesScreen"), ("3", "NetworkScreen"),
    ("4", "GapScreen"), ("5", "GoalsScreen"),
    ("n", "GoalEditor"), ("escape", "GoalsScreen"), ("r", "ReviewDialog"),
    ("escape", "GoalsScreen"), ("question_mark", "HelpScreen"), ("escape", "GoalsScreen"),
    ("3", "NetworkScreen"), ("n", "ContactEditor"), ("escape", "NetworkScreen"),
    ("i", "ImportDialog"), ("escape", "NetworkScreen"), ("d", "ConfirmDialog"),
    ("escape", "NetworkScreen"), ("2", "QualitiesScreen"), ("e", "QualityEditor"),
    ("escape", "QualitiesScreen"), ("4", "GapScreen"), ("enter", "GapMatches"),
    ("escape", "GapScreen"), ("ctrl+p", "OnceCommandPalette"), ("escape", "GapScreen"),
]


async def test_no_parse_on_any_visit_or_dialog(store) -> None:  # noqa: ANN001
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.stylesheet_ready, what="stylesheet primed")
        stylesheet = app.stylesheet
        parses: list[str] = []
        parse, reparse = stylesheet.parse, stylesheet.reparse
        stylesheet.parse = lambda: (parses.append("parse"), parse())[1]  # type: ignore[method-assign]
        stylesheet.reparse = lambda: (parses.append("reparse"), reparse())[1]  # type: ignore[method-assign]
        sources = set(stylesheet.source)
        for key, marker in TOUR:
            await pilot.press(key)
            await settled(pilot)
            await wait_for(pilot, lambda m=marker: type(app.screen).__name__ == m, what=marker)
            new = set(stylesheet.source) - sources
            assert not new, f"after {key!r}: default CSS added late: {sorted(n[1] for n in new)}"
            assert not parses, f"after {key!r}: the stylesheet was parsed again: {parses}"


def count_reparses(monkeypatch) -> list[int]:  # noqa: ANN001
    """A list that grows by one at each full parse of any stylesheet."""
    reparses: list[int] = []
    reparse = Stylesheet.reparse
    monkeypatch.setattr(Stylesheet, "reparse",
                        lambda self: (reparses.append(1), reparse(self))[1])
    return reparses


async def test_no_full_parse_before_or_after_the_first_paint(store, monkeypatch) -> None:  # noqa: ANN001
    """Before the first paint Textual parses only the sources it has not parsed yet,
    and the idle step after it parses only what it adds: no full parse at all."""
    fill_demo(store, TODAY)
    reparses = count_reparses(monkeypatch)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.stylesheet_ready, what="stylesheet primed")
        assert reparses == []


@pytest.mark.parametrize("plan", ["first run", "demo"])
async def test_what_the_idle_step_adds_restyles_nothing_shown(store, plan: str) -> None:  # noqa: ANN001
    """The idle step adds CSS without restyling: a full refresh afterwards (a new
    parse of every source, every widget restyled) changes nothing on any screen."""
    if plan == "demo":
        fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.stylesheet_ready, what="stylesheet primed")
        for key in ["escape", "1", "2", "3", "4", "5"]:
            await pilot.press(key)
            await settled(pilot)
            shown = app.export_screenshot()
            app._css_state = None  # noqa: SLF001 - force Textual's own refresh
            app.refresh_css(animate=False)
            await settled(pilot)
            assert app.export_screenshot() == shown, f"screen {key}"


async def test_visits_before_the_idle_step_parse_only_what_they_add(store, monkeypatch) -> None:  # noqa: ANN001
    """A key pressed before the idle step added every class's CSS: the first visit
    parses only the CSS of the classes it mounts, not the whole stylesheet again,
    and what it shows is what a full refresh would show."""
    fill_demo(store, TODAY)
    reparses = count_reparses(monkeypatch)
    app = make_test_app(store)
    monkeypatch.setattr(app, "_preload", lambda: None)  # the idle step never comes
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.screen.region.width > 0, what="the first screen")
        for key, marker in [("1", "GoalScreen"), ("2", "QualitiesScreen"),
                            ("3", "NetworkScreen"), ("4", "GapScreen"), ("3", "NetworkScreen")]:
            sources = len(app.stylesheet.source)
            await pilot.press(key)
            await wait_for(pilot, lambda m=marker: type(app.screen).__name__ == m, what=marker)
            await settled(pilot)
            assert len(app.stylesheet.source) >= sources
            assert reparses == [], f"after {key!r}: the whole stylesheet was parsed again"
            shown = app.export_screenshot()
            state = app._css_state  # noqa: SLF001
            app._css_state = None  # noqa: SLF001 - force Textual's own refresh
            app.refresh_css(animate=False)
            await settled(pilot)
            assert app.export_screenshot() == shown, f"screen {key}"
            app._css_state = state  # noqa: SLF001
            reparses.clear()


def test_only_new_default_css() -> None:
    """Skipped only when default CSS scoped to its class was added, nothing else."""
    sheet = Stylesheet()
    sheet.add_source("Static { color: red; }", read_from=("a", "A"), is_default_css=True,
                     scope="static")
    variables = {"primary": "#ff0000"}
    before = css_state(sheet, variables)
    assert only_new_default_css(before, before)
    sheet.add_source("Label { color: red; }", read_from=("b", "B"), is_default_css=True,
                     scope="label")
    after = css_state(sheet, variables)
    assert only_new_default_css(before, after)
    assert not only_new_default_css(before, css_state(sheet, {"primary": "#00ff00"}))
    unscoped = Stylesheet()
    unscoped.source = dict(sheet.source)
    unscoped.add_source("Input { color: red; }", read_from=("c", "C"), is_default_css=True)
    assert not only_new_default_css(after, css_state(unscoped, variables))
    app_css = Stylesheet()
    app_css.source = dict(sheet.source)
    app_css.add_source("Input { color: red; }", read_from=("d", "D"), scope="input")
    assert not only_new_default_css(after, css_state(app_css, variables))
    edited = Stylesheet()
    edited.source = dict(sheet.source)
    edited.add_source("Static { color: blue; }", read_from=("a", "A"), is_default_css=True,
                      scope="static")
    assert not only_new_default_css(after, css_state(edited, variables))


def test_css_state_follows_what_textual_parses() -> None:
    """A lowered tie breaker is not a change (Textual asks no parse for it); new
    content, a new source or a new variable is."""
    sheet = Stylesheet()
    sheet.add_source("Static { color: red; }", read_from=("a", "A"), tie_breaker=0)
    variables = {"primary": "#ff0000"}
    state = css_state(sheet, variables)
    sheet.add_source("Static { color: red; }", read_from=("a", "A"), tie_breaker=-2)
    assert sheet.source[("a", "A")].tie_breaker == -2
    assert css_state(sheet, variables) == state
    assert css_state(sheet, {"primary": "#00ff00"}) != state
    sheet.add_source("Static { color: blue; }", read_from=("a", "A"))
    changed = css_state(sheet, variables)
    assert changed != state
    sheet.add_source("Label { color: blue; }", read_from=("b", "B"))
    assert css_state(sheet, variables) != changed


async def test_a_theme_change_still_restyles(store) -> None:  # noqa: ANN001
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.stylesheet_ready, what="stylesheet primed")
        before = app.screen.styles.background
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await wait_for(pilot, lambda: app.screen.styles.background != before,
                       what="the screen restyled for the new theme")


def constructible() -> list[tuple[type[Widget], Widget]]:
    import importlib

    import netplan_tui.tui.app  # noqa: F401 - the modules the app loads first
    from netplan_tui.tui.app import PRELOAD
    from netplan_tui.tui.screens import SECTIONS

    for module in [s.module for s in SECTIONS] + list(PRELOAD):
        importlib.import_module(module)
    found = []
    for cls in widget_classes():
        try:
            widget = cls()
        except Exception:  # noqa: BLE001 - classes that need arguments are checked through subclasses
            continue
        found.append((cls, widget))
    return found


@pytest.mark.parametrize("cls_widget", constructible(), ids=lambda cw: cw[0].__qualname__)
def test_default_css_is_what_textual_adds(cls_widget) -> None:  # noqa: ANN001
    """Our rule gives the sources Textual's own method gives for a widget of the class."""
    cls, widget = cls_widget
    assert default_css(cls) == widget._get_default_css()


async def test_dialog_rules_wait_for_the_first_dialog_or_the_preload(store, monkeypatch) -> None:  # noqa: ANN001
    """``dialogs.tcss`` is not parsed before the first paint; a dialog opened before the
    preload added it is styled all the same: the app reads it as a dialog is pushed."""
    from netplan_tui.tui.stylesheet import DIALOG_CSS

    fill_demo(store, TODAY)
    app = make_test_app(store)
    monkeypatch.setattr(app, "_preload", lambda: None)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.screen.region.width > 0, what="the first screen")
        await settled(pilot)
        assert not app.stylesheet.has_source(str(DIALOG_CSS))
        await pilot.press("n")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "GoalEditor", what="editor")
        await settled(pilot)
        assert app.stylesheet.has_source(str(DIALOG_CSS))
        assert app.screen.styles.align_horizontal == "center"  # Dialog's own rule
        frame = app.screen.query_one("#editor-body").parent
        assert frame is not None and frame.styles.border_top[0] == "thick"
