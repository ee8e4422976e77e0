"""Waiting for a condition instead of for a tuned number of seconds, and typing ahead.

``await wait_for(pilot, lambda: ...)`` lets the app run (``pilot.pause()`` with no
delay: one pass of every queue and a refresh) until the condition holds, up to a
generous bound in seconds of wall time, so a loaded machine is slower, not red.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable
from typing import Any

from textual import events
from textual.app import App

BOUND = 20.0  # seconds; only reached when the condition never becomes true


async def wait_for(
    pilot: Any, condition: Callable[[], object], bound: float = BOUND, what: str = ""
) -> None:
    """Run the app until ``condition()`` is true; fail after ``bound`` seconds."""
    deadline = time.monotonic() + bound
    while True:
        if condition():
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {bound:g} s: {what or condition}")
        await pilot.pause()


async def settled(pilot: Any) -> None:
    """Wait until every key typed so far has been delivered and handled."""
    app = pilot.app
    read: list[bool] = []
    app.call_later(read.append, True)  # queued behind the keys: runs once the app read them
    await wait_for(pilot, lambda: read, what="keys read")
    await wait_for(pilot, lambda: getattr(app, "keys_pending", 0) == 0, what="keys delivered")
    await pilot.pause()


def key_event(key: str) -> events.Key:
    """The ``Key`` event a terminal sends for ``key`` (a character or a key name)."""
    if len(key) == 1:
        name = key if key.isalnum() else unicodedata.name(key).lower().replace(" ", "_")
        return events.Key(name, key)
    char = {"enter": "\r", "tab": "\t", "escape": "\x1b", "space": " "}.get(key)
    return events.Key(key, char)


def type_ahead(app: App[Any], *keys: str) -> None:
    """Put every key into the app's queue at once, as a fast typist on a busy machine does.

    Each argument is a key name (``"enter"``, ``"tab"``, ``"3"``) or, when longer
    than one character and not a key name, text typed character by character.
    """
    names = {"enter", "tab", "escape", "space", "shift+tab", "backspace", "ctrl+s", "ctrl+p",
             "down", "up", "pageup", "pagedown", "slash", "delete", "home", "end"}
    for key in keys:
        named = key in names or re.fullmatch(r"(ctrl|shift|alt)\+\w+", key)
        if len(key) > 1 and not named:
            for char in key:
                app.post_message(key_event(char))
        else:
            app.post_message(key_event(key))
