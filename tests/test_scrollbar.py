"""Scrollbars drawn in runs of cells look and click exactly as Textual's own
(``tui/widgets/scrollbar.py``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.color import Color
from rich.segment import Segment, Segments
from textual.scrollbar import ScrollBar, ScrollBarRender

from netplan_tui.tui.widgets.scrollbar import MergedScrollBarRender
from tests.conftest import make_test_app


def cells(bar: Segments) -> list[tuple[str, object]]:
    """Each cell's character and style (mouse action included), in order."""
    return [(char, segment.style) for segment in bar.segments for char in segment.text]


BAR = dict(back_color=Color.parse("#333333"), bar_color=Color.parse("#00aaff"))


@settings(deadline=None)  # timing is the benchmarks' business, not this test's
@given(
    size=st.integers(0, 300),
    virtual=st.integers(0, 3000),
    window=st.integers(0, 400),
    position=st.floats(0, 3000, allow_nan=False),
    thickness=st.integers(1, 3),
    vertical=st.booleans(),
)
def test_the_same_cells_as_textuals_bar(
    size: int, virtual: int, window: int, position: float, thickness: int, vertical: bool
) -> None:
    args = dict(size=size, virtual_size=virtual, window_size=window, position=position,
                thickness=thickness, vertical=vertical, **BAR)
    try:
        theirs = ScrollBarRender.render_bar(**args)
    except ZeroDivisionError:  # Textual's own limits (window == virtual): not drawn that way
        return
    ours = MergedScrollBarRender.render_bar(**args)
    assert ours.new_lines == theirs.new_lines
    assert cells(ours) == cells(theirs)


def test_a_horizontal_bar_is_a_few_runs() -> None:
    theirs = ScrollBarRender.render_bar(size=98, virtual_size=148, window_size=98,
                                        position=0, vertical=False, **BAR)
    ours = MergedScrollBarRender.render_bar(size=98, virtual_size=148, window_size=98,
                                            position=0, vertical=False, **BAR)
    assert len(theirs.segments) > 90
    assert len(ours.segments) <= 5
    assert ours.segments[-1] == Segment.line()


async def test_the_app_draws_its_scrollbars_in_runs(store) -> None:  # noqa: ANN001
    app = make_test_app(store)
    async with app.run_test(size=(80, 24)):
        assert ScrollBar.renderer is MergedScrollBarRender
