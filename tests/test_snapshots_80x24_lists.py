"""Screens 2, 3 and 4 at 80×24 on the demo plan, and headers never cut mid-word."""

from __future__ import annotations

import pytest

from netplan_tui.core.demo import fill_demo
from netplan_tui.tui.screens.gap import COLUMNS as GAP_COLUMNS
from netplan_tui.tui.screens.network import COLUMNS as NETWORK_COLUMNS
from netplan_tui.tui.screens.qualities import COLUMNS as QUALITY_COLUMNS
from netplan_tui.tui.widgets.record_table import RecordTable
from tests.conftest import TODAY, make_test_app
from tests.helpers.wait import settled, wait_for

SCREENS = {"2": ("#q-table", QUALITY_COLUMNS), "3": ("#net-table", NETWORK_COLUMNS),
           "4": ("#gap-table", GAP_COLUMNS)}


def demo_app(store):  # noqa: ANN201
    fill_demo(store, TODAY)
    return make_test_app(store)


def test_qualities_at_80x24(snap_compare, store):
    assert snap_compare(demo_app(store), terminal_size=(80, 24), press=["2"])


def test_network_at_80x24(snap_compare, store):
    assert snap_compare(demo_app(store), terminal_size=(80, 24), press=["3"])


def test_gap_at_80x24(snap_compare, store):
    assert snap_compare(demo_app(store), terminal_size=(80, 24), press=["4"])


@pytest.mark.parametrize("width", [60, 80, 100, 123])
@pytest.mark.parametrize("key", list(SCREENS))
async def test_a_header_is_shown_whole_or_not_at_all(store, key, width):
    """"Sector" once showed as "Secto" at 100 columns, and Notes as one cell at 80."""
    selector, columns = SCREENS[key]
    app = demo_app(store)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press(key)
        await wait_for(pilot, lambda: bool(app.screen.query(selector)), what=f"screen {key}")
        table = app.screen.query_one(selector, RecordTable)
        await wait_for(pilot, lambda: table.row_count > 0, what="rows")
        await settled(pilot)
        header = table.render_line(0).text
        words = header.split()
        labels = [word for column in columns for word in column.label.split()]
        for word in words:
            assert word in labels, f"{word!r} cut in {header!r}"
        shown = [column.label for column in columns if column.label.split()[0] in words]
        assert shown and shown == [c.label for c in columns[: len(shown)]]  # in order, no gap
        assert " ".join(shown) == " ".join(words)
