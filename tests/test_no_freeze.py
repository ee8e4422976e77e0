"""No handler blocks the event loop for long on the 10,000-contact / 5-year plan.

The target is 50 ms (``benchmarks/bench_freeze.py`` prints the real figure); the
test's limit is generous so that a loaded machine never makes it flaky. Today the
network table is filled row by row on a first visit and after a filter, which blocks
for most of a second: the test is an expected failure until the table is virtual,
and ``strict`` makes it report the day it passes.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_freeze import longest_gaps, scale_app
from benchmarks.bench_scale import TODAY

LIMIT = 0.25  # seconds; five times the target


@pytest.mark.xfail(strict=True, reason="network table filled row by row: ~0.8 s on 10,000 contacts")
async def test_no_key_blocks_the_loop(tmp_path):
    gaps = await longest_gaps(scale_app(tmp_path, TODAY))
    worst = max(gaps)
    assert worst[0] < LIMIT, f"{worst[1]!r} blocked the event loop {worst[0] * 1000:.0f} ms"
