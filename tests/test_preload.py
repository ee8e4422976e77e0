"""The work done ahead after the first paint gives way to keys and to threads.

After the first frame the app imports the other screens' and dialogs' modules,
compiles the checker's patterns and adds the rest of the stylesheet, a small step
per turn of the event loop (``NetplanApp._preload_steps``). A step waits while a
key is being handled, so the key runs at full speed, and while a thread works (a
screen reading its records): beside a thread, an import took 5-8 times as long.
"""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace
from typing import Any

import pytest

from netplan_tui.tui import app as app_module
from netplan_tui.tui.screens import SECTIONS
from netplan_tui.tui.screens.network import NetworkScreen
from netplan_tui.tui.widgets.contact_editor import ContactEditor
from tests.conftest import make_test_app
from tests.helpers.wait import type_ahead, wait_for

#: Turns of the app's queues (each a ``pilot.pause()``: every queue emptied and a
#: refresh) in which the preload, were it free to, would take several steps.
TURNS = 10


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The modules the app imports, in order."""
    seen: list[str] = []
    real = app_module.importlib

    def import_module(name: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(name)
        return real.import_module(name, *args, **kwargs)

    monkeypatch.setattr(app_module, "importlib", SimpleNamespace(import_module=import_module))
    return seen


async def test_the_preload_waits_for_a_key_then_for_a_thread(
    store, steps: list[str], monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    monkeypatch.setattr(app_module, "THREAD_WAIT", 3600.0)  # no bound: see the next test
    app = make_test_app(store)
    key_handled = asyncio.Event()
    app.keys_handled = key_handled.wait  # a key being handled until the test says
    gate = threading.Event()
    async with app.run_test(size=(100, 30)) as pilot:
        try:
            await wait_for(pilot, lambda: app._painted, what="the first frame")
            steps.clear()  # the first screen's own module, imported before its frame
            for _ in range(TURNS):
                await pilot.pause()
            assert steps == [] and not app.stylesheet_ready  # not one step
            # The key is handled, but a thread works (as a screen reading its records).
            reader = app.run_worker(gate.wait, thread=True, group="test-reader")
            await wait_for(pilot, lambda: reader.is_running, what="the thread running")
            key_handled.set()
            for _ in range(TURNS):
                await pilot.pause()
            assert steps == [] and not app.stylesheet_ready
            gate.set()  # both done: the preload goes on, every step in order
            await wait_for(pilot, lambda: app.stylesheet_ready, what="the preload done")
        finally:
            gate.set()  # never leave the thread waiting: the app waits for it as it closes
    expected = [s.module for s in SECTIONS] + list(app_module.PRELOAD)
    assert steps == [*expected, "netplan_tui.core.smart"]


async def test_keys_handled_returns_once_the_last_key_typed_ahead_is(store) -> None:  # noqa: ANN001
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.keys_handled()  # none read: at once
        type_ahead(app, "3", "n", "Ana")
        pending: list[int] = []
        app.call_later(lambda: pending.append(app.keys_pending))  # behind the keys: read
        await wait_for(pilot, lambda: pending, what="the keys read")
        assert pending[0] > 0  # read, not handled yet
        await app.keys_handled()
        assert app.keys_pending == 0
        assert isinstance(app.screen, ContactEditor)
        assert app.screen.query_one("#ce-name").value == "Ana"
        assert isinstance(app.screen_stack[0], NetworkScreen)


async def test_a_thread_that_goes_on_holds_the_preload_back_a_bounded_time(
    store, steps: list[str], monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """A person moving from screen to screen starts a thread on each, and an export
    may run long: the preload goes on beside a thread after ``THREAD_WAIT``."""
    monkeypatch.setattr(app_module, "THREAD_WAIT", 0.05)
    app = make_test_app(store)
    gate = threading.Event()
    async with app.run_test(size=(100, 30)) as pilot:
        try:
            reader = app.run_worker(gate.wait, thread=True, group="test-reader")
            await wait_for(pilot, lambda: app.stylesheet_ready, what="the preload done")
            assert reader.is_running
        finally:
            gate.set()
    expected = [s.module for s in SECTIONS] + list(app_module.PRELOAD)
    assert steps[-len(expected) - 1:] == [*expected, "netplan_tui.core.smart"]
