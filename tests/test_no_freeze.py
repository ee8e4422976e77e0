"""No handler blocks the event loop for long on the 10,000-contact / 5-year plan.

The target is 50 ms (``benchmarks/bench_freeze.py`` prints the real figure); the
limits here are generous so that a loaded machine never makes them flaky.

The network list passes once its screens were visited: filtering 10,000 contacts as
you type, sorting, jumping to the ends. The whole drive is still an
expected failure: the first visit of each screen (and a return after another
screen brought new widget styles) makes Textual parse the whole stylesheet again in
``switch_mode``, the first focus of a field restyles the screen, and opening the
contact and goal editors takes 100–370 ms on a loaded machine; ``strict`` makes it
report the day it passes.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_freeze import longest_gaps, scale_app
from benchmarks.bench_scale import TODAY

LIMIT = 0.25  # seconds; five times the target

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


@pytest.mark.xfail(
    strict=True,
    reason="first visits re-parse the stylesheet in switch_mode; the editors open slowly",
)
async def test_no_key_blocks_the_loop(tmp_path):
    gaps = await longest_gaps(scale_app(tmp_path, TODAY))
    worst = max(gaps)
    assert worst[0] < LIMIT, f"{worst[1]!r} blocked the event loop {worst[0] * 1000:.0f} ms"
