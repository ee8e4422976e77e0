"""When a screen reads its records in a thread instead of on the event loop.

A module of its own so that screen 5 (the first screen of most plans) can ask
without importing the record table's module before its first paint.
"""

from __future__ import annotations

#: From this many records on, a screen reads them in a thread (about 10 ms per
#: 1,000 contacts), so it never stops answering keys while they load. The thread
#: starts once the screen is drawn: started before, it shares the interpreter lock
#: with the drawing and a first visit showed up to twice as late.
BACKGROUND_AT = 2_000
