"""No handler blocks the event loop for long on the 10,000-contact / 5-year plan.

The target is 50 ms (``benchmarks/bench_freeze.py`` prints the real figure); the
limits here are generous so that a loaded machine never makes them flaky.

The lists (screens 2, 3 and 4) pass: returning to them, filtering 10,000 contacts,
leaving the filter and sorting. The whole drive is still an expected failure: the
first visit of each screen makes Textual parse the whole stylesheet again in
``switch_mode`` (80–120 ms here), and opening the contact and goal editors takes
100–370 ms on a loaded machine; ``strict`` makes it report the day it passes.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_freeze import longest_gaps, scale_app
from benchmarks.bench_scale import TODAY

LIMIT = 0.25  # seconds; five times the target

#: First visits of the three list screens (Textual's own stylesheet parse happens here).
WARM_UP = ["2", "3", "4"]
#: Keys on the lists, once visited: returns, filter, leave the filter, sorts, long jumps.
ON_THE_LISTS = ["3", "slash", "p", "e", "r", "escape", "s", "end", "home", "2", "s", "4", "s",
                "3", "slash", "x", "enter", "escape"]


async def test_no_key_on_the_lists_blocks_the_loop(tmp_path):
    gaps = await longest_gaps(scale_app(tmp_path, TODAY), WARM_UP + ON_THE_LISTS)
    worst = max(gaps[len(WARM_UP):])
    assert worst[0] < LIMIT, f"{worst[1]!r} blocked the event loop {worst[0] * 1000:.0f} ms"


@pytest.mark.xfail(
    strict=True,
    reason="first visits re-parse the stylesheet in switch_mode; the editors open slowly",
)
async def test_no_key_blocks_the_loop(tmp_path):
    gaps = await longest_gaps(scale_app(tmp_path, TODAY))
    worst = max(gaps)
    assert worst[0] < LIMIT, f"{worst[1]!r} blocked the event loop {worst[0] * 1000:.0f} ms"
