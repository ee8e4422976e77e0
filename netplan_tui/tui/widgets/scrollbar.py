"""Scrollbars drawn as a few runs of cells instead of one piece per cell.

Textual lays out the whole screen on each character typed into an ``Input``
(its value sets its virtual size), and every scrolling widget on the screen then
redraws its scrollbars, changed or not. Textual's renderer builds a horizontal
bar from one segment per cell: the contact table's bar, 98 cells at 100 columns,
was the largest part of drawing a character typed into the filter beside it
(~1.5 ms of ~6 ms from key to frame written, in process). Adjacent cells of the
same style (and the same mouse action) are merged into one segment: the bar
looks and clicks exactly the same.

Set through Textual's documented hook, ``ScrollBar.renderer``.
"""

from __future__ import annotations

from typing import Any

from rich.segment import Segment, Segments
from textual.scrollbar import ScrollBarRender


class MergedScrollBarRender(ScrollBarRender):
    """Textual's scrollbar with a horizontal bar's equal cells merged into runs."""

    @classmethod
    def render_bar(cls, *args: Any, **kwargs: Any) -> Segments:
        bar = super().render_bar(*args, **kwargs)
        if bar.new_lines:  # vertical: one segment per line, nothing to merge
            return bar
        return Segments(Segment.simplify(bar.segments), new_lines=False)
