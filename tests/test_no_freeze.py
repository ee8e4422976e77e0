"""No handler blocks the event loop for long on the 10,000-contact / 5-year plan.

The target is 50 ms (``benchmarks/bench_freeze.py`` prints the real figure); the
limits here are generous so that a loaded machine never makes them flaky.

The network list's own keys (filtering 10,000 contacts as you type, sorting,
jumping to the ends) are held to 250 ms once its screens were visited. This test once
failed at 463 ms on page down with the whole suite beside it: a full garbage
collection walking the 10,000 loaded contacts (94 ms idle), charged to whichever key
triggered it. The loads now take their objects out of that walk, and page down is
12–18 ms idle. The whole
drive (first visits, dialogs, focus moves) is held to 1.5 s: its longest gap is
135 ms in the benchmark (963 ms before the virtual table, the loads in threads and
the stylesheet parsed once), but with the full suite running on both cores beside
it a dialog opening was seen at 543 ms. 1.5 s still fails on a return of the
multi-second table fill; the real figures live in the benchmark.
"""

from __future__ import annotations

from benchmarks.bench_freeze import longest_gaps, scale_app
from benchmarks.bench_scale import TODAY

LIMIT = 0.25  # seconds; five times the target
DRIVE_LIMIT = 1.5  # seconds, for the whole drive: generous, see the module's docstring

#: Keys that run the network list's own handlers, once screens 2, 3 and 4 were visited:
#: typing a filter (10,000 contacts matched and sorted), sorts, jumps. The keys that
#: move the focus (``/``, escape, enter) are timed by the benchmark only: most of
#: their time is Textual restyling the screen, which a loaded machine stretches.
DRIVE = ["2", "3", "4", "3", "slash", "p", "e", "r", "escape", "s", "end", "home", "s",
         "pagedown", "slash", "x", "y", "escape"]
TIMED = {"p", "e", "r", "s", "end", "home", "pagedown", "x", "y"}


async def test_no_key_on_the_lists_blocks_the_loop(tmp_path):
    gaps = await longest_gaps(scale_app(tmp_path, TODAY), DRIVE)
    worst = max(gap for gap in gaps if gap[1] in TIMED)
    assert worst[0] < LIMIT, f"{worst[1]!r} blocked the event loop {worst[0] * 1000:.0f} ms"


async def test_no_key_blocks_the_loop(tmp_path):
    gaps = await longest_gaps(scale_app(tmp_path, TODAY))
    worst = max(gaps)
    assert worst[0] < DRIVE_LIMIT, f"{worst[1]!r} blocked the event loop {worst[0] * 1000:.0f} ms"
