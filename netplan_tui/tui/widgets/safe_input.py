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
from textual import events
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


def one_line_paste(text: str) -> str:
    """Pasted text for a one-line field: its lines joined with spaces, nothing dropped.

    Textual's ``Input`` keeps only the first line of a paste ("message 2
    recruiters⏎at gitlab by friday" became "message 2 recruiters").
    """
    lines = text.splitlines()
    if len(lines) <= 1:
        return text.rstrip("\r\n")
    return " ".join(line.strip() for line in lines if line.strip())


class SafeInput(Input):
    """An ``Input`` that draws its value without control characters.

    A multi-line paste (terminal paste or ctrl+v) is joined into one line.
    """

    def render_line(self, y: int) -> Strip:
        return clean_strip(super().render_line(y))

    def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # Input's own handler keeps the first line only
        event.stop()
        if event.text:
            self._insert_pasted(one_line_paste(event.text))

    def action_paste(self) -> None:
        self._insert_pasted(one_line_paste(self.app.clipboard))

    def _insert_pasted(self, text: str) -> None:
        """Insert ``text`` over the selection; what does not fit is cut, and said so."""
        start, end = sorted(self.selection)
        room = self.max_length - (len(self.value) - (end - start)) if self.max_length else None
        if room is not None and len(text) > room:
            left_out = len(text) - max(room, 0)
            text = text[: max(room, 0)]
            self.notify(
                f"The field holds {self.max_length} characters: the last {left_out} "
                "pasted were left out.",
                severity="warning",
                markup=False,
            )
        if text:
            self.replace(text, start, end)


class SafeTextArea(TextArea):
    """A ``TextArea`` that draws its text without control characters."""

    def render_line(self, y: int) -> Strip:
        return clean_strip(super().render_line(y))
