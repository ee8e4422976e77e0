"""``svg_cells`` reads both kinds of screenshot: Textual's export and a stored snapshot."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Static

from tests.helpers.svg_cells import svg_cells

SNAPSHOT = (
    Path(__file__).parent / "__snapshots__" / "test_snapshots_80x24_goals" / "test_goals_screen.svg"
)


def row(cells: dict, number: int) -> str:
    width = max(column for _row, column in cells) + 1
    return "".join(cells.get((number, column), (" ",))[0] for column in range(width))


def test_reads_the_text_of_a_stored_snapshot() -> None:
    # Stored snapshots name their styles "terminal-rN", without the export's number.
    cells = svg_cells(SNAPSHOT.read_text(encoding="utf-8"))
    assert "netplan-tui — 5 · Monthly SMART goals" in row(cells, 0)
    assert any(style for _char, style, _bg in cells.values())  # text styles read too


async def test_reads_the_text_of_an_export() -> None:
    class Hello(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("[b]hello[/b] there")

    app = Hello()
    async with app.run_test(size=(20, 2)):
        cells = svg_cells(app.export_screenshot())
    assert row(cells, 0).startswith("hello there")
    assert "bold" in cells[(0, 0)][1]
