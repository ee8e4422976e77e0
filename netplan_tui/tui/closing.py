"""The app closes only once every screen and dialog it holds has finished mounting.

Closing the app prunes every screen, and a screen still being composed then
loses its widgets while its mount handlers run. Textual's own ``Select`` sets
its value as it mounts and queries its parts for it: quitting a few
milliseconds after ``n`` opened the contact form, or while the form was built
ahead for later, ended in a ``NoMatches`` traceback instead of a clean quit.

:class:`ClosesWhenMounted` holds :meth:`~textual.app.App.exit` back (a timer
every :data:`WAIT` seconds) until nothing is mounting, for :data:`WAITS` rounds
at most, so a quit can never hang. A test leaving ``run_test`` shuts the app
down without ``exit``: that waits the same way first.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

from textual.app import App
from textual.pilot import Pilot

WAIT = 0.02  # seconds between two looks
WAITS = 100  # looks at most (two seconds): a quit is never held longer


class ClosesWhenMounted(App[Any]):
    """An ``App`` base whose ``exit`` waits for screens and dialogs still mounting."""

    _exit_waits = 0
    #: Set once the app is leaving: nothing is to be built ahead any more (a dialog
    #: built then would add a screen stack while Textual closes them all).
    closing = False

    def still_mounting(self) -> bool:
        """True while a screen of any mode, or a widget on one, is not mounted yet."""
        for mode in (self.DEFAULT_MODE, *self.MODES):
            try:
                stack = self.get_screen_stack(mode)
            except KeyError:  # a mode not visited yet
                continue
            for screen in stack:
                if not all(node.is_mounted for node in screen.walk_children(with_self=True)):
                    return True
        return False

    def exit(
        self, result: Any = None, return_code: int = 0, message: Any = None
    ) -> None:
        self.closing = True
        if self.is_running and self._exit_waits < WAITS and self.still_mounting():
            self._exit_waits += 1
            self.set_timer(WAIT, partial(self.exit, result, return_code, message))
            return
        super().exit(result, return_code, message)

    @asynccontextmanager
    async def run_test(self, *args: Any, **kwargs: Any) -> AsyncGenerator[Pilot[Any], None]:
        async with super().run_test(*args, **kwargs) as pilot:
            try:
                yield pilot
            finally:
                # Leaving shuts the app down from outside, without ``exit``.
                self.closing = True
                for _ in range(WAITS):
                    if not (self.is_running and self.still_mounting()):
                        break
                    await pilot.pause(WAIT)
