"""Every key that docs/keys.md names for a screen runs the action its line says, there.

For each row of "Everywhere" and of each "Screen N" table, the test finds the
binding with that description and key, opens the screen on a demo plan, leaves
any text field as the page tells people to (escape), presses the key as Textual
names it and checks that the bound action ran (the action is replaced by a
recorder for the press, so no dialog or file is left behind).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import Input, TextArea

from netplan_tui.core.demo import fill_demo
from netplan_tui.tui.screens import SECTIONS
from tests.conftest import TODAY, make_test_app
from tests.helpers.wait import settled, wait_for

KEYS_MD = Path(__file__).resolve().parents[1] / "docs" / "keys.md"


def sections() -> dict[str, list[tuple[str, str]]]:
    """``{section title: [(key as shown, action label)]}`` from docs/keys.md."""
    found: dict[str, list[tuple[str, str]]] = {}
    title = ""
    for line in KEYS_MD.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            title = line[3:].strip()
            found[title] = []
        elif line.startswith("| `") and title:
            keys, label = line.strip("|").split("|", 1)
            for key in re.findall(r"`([^`]+)`", keys):
                found[title].append((key, label.strip()))
    return found


SECTIONS_MD = sections()
CASES = [
    (section.key, key, label)
    for section in SECTIONS
    for title, rows in SECTIONS_MD.items()
    if title.startswith(f"Screen {section.key} ·")
    for key, label in rows
] + [("3", key, label) for key, label in SECTIONS_MD["Everywhere"]]


def test_every_screen_has_its_keys_in_keys_md() -> None:
    assert {screen for screen, _, _ in CASES} == {s.key for s in SECTIONS}
    assert len(CASES) >= 40


def binding_for(app, node, shown: str, label: str) -> tuple[str, str]:  # noqa: ANN001
    """(Textual key name, action) of the binding of ``node`` shown as ``shown``."""
    for binding in node.BINDINGS:
        assert isinstance(binding, Binding)
        if binding.description != label:
            continue
        for key in binding.key.split(","):
            key = key.strip()
            if shown in (key, app.get_key_display(Binding(key, binding.action))):
                return key, binding.action
    raise AssertionError(f"no binding {shown!r} '{label}' on {type(node).__name__}")


@pytest.mark.parametrize(("screen_key", "shown", "label"), CASES,
                         ids=[f"{s}-{k}-{lbl}" for s, k, lbl in CASES])
async def test_key_runs_its_action(
    store, screen_key: str, shown: str, label: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_demo(store, TODAY)
    app = make_test_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(screen_key)
        await wait_for(pilot, lambda: app.current_mode == SECTIONS[int(screen_key) - 1].mode)
        await settled(pilot)
        if isinstance(app.focused, (Input, TextArea)):
            await pilot.press("escape")  # as keys.md says: leave the field first
            await settled(pilot)
        screen = app.screen
        owner = screen if any(
            b.description == label for b in screen.BINDINGS if isinstance(b, Binding)
        ) else app
        key, action = binding_for(app, owner, shown, label)
        name = action.split("(", 1)[0]
        if name == "next_step":
            app.onboarding = True  # ">" walks the first-run path; it is off once that is done
        ran: list[str] = []
        monkeypatch.setattr(owner, f"action_{name}", lambda *args: ran.append(name))
        await pilot.press(key)
        await settled(pilot)
        assert ran == [name], f"{shown!r} ({label}) did not run {action} on screen {screen_key}"
    assert app._exception is None
