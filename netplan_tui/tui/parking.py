"""A mode never shown, where dialogs built ahead wait for their key (``Dialog.build_ahead``).

Textual composes and mounts a screen pushed onto a mode that is not the shown one,
and draws nothing: a dialog built there while the person reads the screen is
ready when its key comes. The app opens straight on its first screen (that
screen's mode is the app's ``DEFAULT_MODE``), so no mode exists yet that is never
shown. Textual creates a mode's stack only when it is first entered, so
:func:`parking` enters this one and leaves it again in the same step, the first
time a dialog is built ahead: the person sees nothing of it (Textual holds the
paint for 50 ms over a mode switch and both switches fall in that hold), and
the screen shown gets a suspend and a resume, as when a dialog closes (Textual
then forgets what is under the mouse: a hover highlight waits for the next move).

Starting on the parking mode instead, and switching to the first screen from it,
cost every start ~30 ms (the whole first layout and paint ran twice, the first
inside Textual's 50 ms hold and drawn by nobody).
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.screen import Screen

#: The mode's name: not a section, never bound to a key.
PARKING = "_parking"


class ParkingScreen(Screen[None]):
    """The bottom of the parking mode: blank, never shown."""


def parked(app: App[Any]) -> list[Screen[Any]]:
    """The screens waiting in the parking mode (none before it was first entered)."""
    try:
        return app.get_screen_stack(PARKING)
    except KeyError:
        return []


def parking(app: App[Any]) -> str | None:
    """The parking mode's name, entered once so that it exists; ``None`` if unusable.

    Unusable when the app has no such mode or is showing it (never, but a dialog
    pushed there would then be shown), and once the app is closing.
    """
    if PARKING not in app.MODES or app.current_mode == PARKING:
        return None
    if getattr(app, "closing", False):
        return None
    if not parked(app):
        shown = app.current_mode
        app.switch_mode(PARKING)
        app.switch_mode(shown)
    return PARKING
