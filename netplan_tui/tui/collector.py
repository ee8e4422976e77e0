"""The cycle collector and what lives for the whole session.

Much of what the app builds lives until it closes: the modules and the stylesheet
read at start-up and, on a large plan, the contacts read by a list screen. Every
full collection walked all of it again (a million objects at 10,000 contacts:
100 ms idle, 460 ms on a busy machine), charged to whichever key happened to
trigger it. ``gc.freeze`` moves what is alive to a generation the collector never
walks, in constant time; reference counting still frees what is dropped. The
launcher starts with the collector off (``launcher.main``); the app turns it on
with start-up set aside, sets aside again what each large load added, and gives it
all back when it closes.

Not frozen: the modules the app's preload imports after the first paint. Freezing
then also froze whatever cyclic garbage was not collected yet, and in a process
that runs many apps (the test suite) it all went back to the collector when each
app closed: a typed-ahead key then waited past the two-second watchdog of
``key_order`` (twice in a row in one test run, never without that freeze). The
gain was 2-3 ms a collection.

A dialog's close is followed, a moment later, by a full collection of what it
left (``collect_after_close``): the pass the collector would otherwise run on
some later key.
"""

from __future__ import annotations

import gc
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.message_pump import MessagePump


def collect_from_here() -> None:
    """Turn the collector on for a session that may last hours, start-up set aside."""
    gc.freeze()
    gc.enable()


def keep_loaded_out_of_collector() -> None:
    """After a large load in a thread: take what is alive now out of the collector's
    walk."""
    gc.freeze()


def collect_after_close(pump: MessagePump) -> None:
    """A dialog closed: collect its garbage a moment later, once the close is drawn.

    A dialog leaves thousands of objects in reference cycles (widgets and their
    parents, styles, callbacks). Left to itself the collector ran its full pass
    (40-65 ms on the demo plan) on a later key, whichever came when its counts
    were reached: the next dialog's opening, or help. A moment after the close is
    drawn, a person is reading the screen, not typing; dialogs closed together (a
    question and the form under it) share one pass.
    """
    if gc.isenabled() and pump not in _pending:
        _pending.add(pump)
        pump.set_timer(AFTER_CLOSE, lambda: _collect(pump))


#: Seconds from a dialog's close to the collection: the close is drawn well before.
AFTER_CLOSE = 0.15

#: The apps whose collection is set (an app closed before it runs drops out).
_pending: weakref.WeakSet[MessagePump] = weakref.WeakSet()


def _collect(pump: MessagePump) -> None:
    _pending.discard(pump)
    gc.collect()


def give_back() -> None:
    """When the app closes: what was set aside is ordinary garbage again (a process
    that runs many apps, the test suite, frees it)."""
    gc.unfreeze()
