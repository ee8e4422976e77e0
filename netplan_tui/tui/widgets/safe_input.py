"""Text fields that never pass control characters to the terminal.

``Input`` and ``TextArea`` render their value as it is. A value loaded from the
data file or pasted (an imported name, a hand-edited file) may hold ``ESC ] 0 ;
title BEL``, a CSI colour sequence or a bidi override, and those would reach the
real terminal. These subclasses drop such characters from what is *drawn* only:
the value itself stays exactly as it was, so saving an unchanged form changes
nothing. The dropped characters are zero cells wide, so cursor and scrolling
positions are unchanged.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Input, TextArea

from netplan_tui.core.text import clean


def clean_strip(strip: Strip) -> Strip:
    """``strip`` with control and format characters removed from its text."""
    segments = list(strip)
    if all(clean(segment.text) == segment.text for segment in segments):
        return strip
    cleaned = [Segment(clean(text), style, control) for text, style, control in segments]
    return Strip(cleaned, strip.cell_length)


class SafeInput(Input):
    """An ``Input`` that draws its value without control characters."""

    def render_line(self, y: int) -> Strip:
        return clean_strip(super().render_line(y))


class SafeTextArea(TextArea):
    """A ``TextArea`` that draws its text without control characters."""

    def render_line(self, y: int) -> Strip:
        return clean_strip(super().render_line(y))
