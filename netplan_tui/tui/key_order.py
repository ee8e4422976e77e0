"""Keys and pastes are delivered one at a time, each to the widget meant for it.

Textual's ``App`` hands every key to the widget focused *when the app reads
the key*, by posting it to that widget's queue. The key's effect (a screen
switch bound on the app, a dialog opened by ``n``, the focus moved by Tab)
happens later, when the key has bubbled back up to the app. Keys read in the
meantime, which is what happens when a person types ahead or the machine is
busy, go to the widget that *had* the focus: "3" then "nAna" typed quickly put
"nAna" into screen 3's filter, and "Tab Shopify" typed "Shopify" into the
previous field.

:class:`KeyOrder` holds the next key back until the previous one has been
fully handled: every widget on its way up to the app has processed it (and the
messages it caused, such as ``Input.Submitted``), and the screen shown then
(a new one included) has composed, focused its ``AUTO_FOCUS`` widget and run
``on_mount``. Only public hooks are used: each step is a ``call_later`` queued
behind the key, so nothing waits on a clock. A key whose handling does not
settle within :data:`SETTLE_TIMEOUT` seconds releases the next one anyway, so
the keyboard can never lock up.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

from textual import events
from textual.app import App
from textual.dom import DOMNode

SETTLE_TIMEOUT = 2.0  # seconds; only reached when something is badly stuck
ROUNDS = 2  # callbacks per node: the second one runs after what the key made it post
PASSES = 2  # walks from the focused widget up to the app (see ``_settle``)


class KeyOrder(App[Any]):
    """An ``App`` base that delivers keys and pastes in order, one settled at a time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._key_backlog: deque[events.Event] = deque()
        self._key_token: object | None = None
        self._key_watchdog: asyncio.TimerHandle | None = None
        #: How many times the watchdog had to release a key (0 unless something stalled).
        self.key_stalls = 0
        self._key_waiters: list[asyncio.Future[None]] = []  # see keys_handled

    @property
    def keys_pending(self) -> int:
        """How many keys or pastes are read but not delivered yet (0 when idle)."""
        return len(self._key_backlog) + (self._key_token is not None)

    async def keys_handled(self) -> None:
        """Return once every key read so far is handled (at once when none is)."""
        while self.keys_pending:
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._key_waiters.append(waiter)
            await waiter

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            if self._key_token is not None or self._key_backlog:
                self._key_backlog.append(event)
                return
            await self._deliver(event)
            return
        await super().on_event(event)

    async def _deliver(self, event: events.Event) -> None:
        token = object()
        self._key_token = token
        loop = asyncio.get_running_loop()
        self._key_watchdog = loop.call_later(
            SETTLE_TIMEOUT, lambda: self.call_later(self._stalled, token)
        )
        try:
            target: DOMNode = self.focused or self.screen
        except Exception:  # noqa: BLE001 - no screen yet (start-up)
            target = self
        await super().on_event(event)  # priority bindings, else to the focused widget
        if not event.is_forwarded:
            target = self
        self._settle(token, target, target, 1, PASSES)

    def _settle(
        self, token: object, target: DOMNode, node: DOMNode, rounds: int, passes: int
    ) -> None:
        """``node`` has processed the key: follow it up to the app, then the screen.

        A key that bubbles to the app may run a binding of the focused widget
        (enter submits an ``Input``): what that posts goes down to the widget and
        bubbles up again, so the walk from ``target`` to the app is made twice.
        """
        if token is not self._key_token:
            return
        if rounds < ROUNDS and node.call_later(
            self._settle, token, target, node, rounds + 1, passes
        ):
            return
        parent = node.parent if node is not self else None
        while parent is not None:
            if parent.call_later(self._settle, token, target, parent, 1, passes):
                return
            parent = parent.parent  # closed on the way (a dialog dismissed): skip it
        if node is not self and self.call_later(self._settle, token, target, self, 1, passes):
            return
        if passes > 1:
            start = target if target.is_attached and target is not self else self.focused
            if start is not None and start.call_later(
                self._settle, token, start, start, 1, passes - 1
            ):
                return
        try:
            screen = self.screen
        except Exception:  # noqa: BLE001 - the app is closing
            screen = None
        if screen is None or not screen.call_later(self._release, token):
            self._release(token)

    def _stalled(self, token: object) -> None:
        if token is self._key_token:
            self.key_stalls += 1
            self._release(token)

    def _release(self, token: object) -> None:
        if token is not self._key_token:
            return
        self._key_token = None
        if self._key_watchdog is not None:
            self._key_watchdog.cancel()
            self._key_watchdog = None
        if self._key_backlog:
            self.call_later(self._next_key)
            return
        waiters, self._key_waiters = self._key_waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _next_key(self) -> None:
        if self._key_token is None and self._key_backlog:
            await self._deliver(self._key_backlog.popleft())

