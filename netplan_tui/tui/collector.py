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

Not frozen: the modules the preload thread imports after the first paint. Freezing
then also froze whatever cyclic garbage was not collected yet, and in a process
that runs many apps (the test suite) it all went back to the collector when each
app closed: a typed-ahead key then waited past the two-second watchdog of
``key_order`` (twice in a row in one test run, never without that freeze). The
gain was 2-3 ms a collection.
"""

from __future__ import annotations

import gc


def collect_from_here() -> None:
    """Turn the collector on for a session that may last hours, start-up set aside."""
    gc.freeze()
    gc.enable()


def keep_loaded_out_of_collector() -> None:
    """After a large load in a thread: take what is alive now out of the collector's
    walk."""
    gc.freeze()


def give_back() -> None:
    """When the app closes: what was set aside is ordinary garbage again (a process
    that runs many apps, the test suite, frees it)."""
    gc.unfreeze()
