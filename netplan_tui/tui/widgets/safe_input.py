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

from dataclasses import dataclass
from typing import Any

from rich.segment import Segment
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, TextArea

from netplan_tui.core.text import clean
from netplan_tui.tui.widgets.styled_on_mount import StyledOnMount


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


def fit_paste(field: Widget, text: str, room: int | None, max_length: int) -> str:
    """``text`` cut to the ``room`` left in ``field``; a cut is said, never silent."""
    if room is None or len(text) <= room:
        return text
    left_out = len(text) - max(room, 0)
    field.notify(
        f"The field holds {max_length} characters: the last {left_out} pasted were left out.",
        severity="warning",
        markup=False,
    )
    return text[: max(room, 0)]

class SafeInput(StyledOnMount, Input):
    """An ``Input`` that draws its value without control characters.

    A multi-line paste (terminal paste or ctrl+v) is joined into one line.

    Its virtual (scrollable) width is never less than the field's own width.
    Textual's ``Input`` sets it to the text's width plus the cursor on every
    change, and a new virtual size lays the whole screen out again: one layout,
    and every widget on the screen drawn again, per character typed. Within the
    field's width the text never scrolls either way (``max_scroll_x`` is 0), so
    a short text keeps the field's width and a key draws only the field; a text
    wider than the field gets its own width, as in Textual.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Valid from the start, as Textual's first validation says of a field without
        # validators: that validation came on the first value set, so the contact
        # form, built ahead empty, was restyled field by field (~1.3 ms each) on the
        # first opening that fills it.
        if not self.validators:
            self.add_class("-valid")

    def validate_virtual_size(self, size: Size) -> Size:
        width = self.scrollable_content_region.width
        return size if size.width >= width else Size(width, size.height)

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
        text = fit_paste(self, text, room, self.max_length)
        if text:
            self.replace(text, start, end)


class SafeTextArea(StyledOnMount, TextArea):
    """A ``TextArea`` that draws its text without control characters.

    ``max_length`` (0: no limit) caps the text as ``Input`` does: a key that would
    pass it is refused with a bell, a paste is cut and says so. With
    ``one_line=True`` the text stays one line however long it wraps: Enter posts
    :class:`SafeTextArea.Submitted` (save or move on, as in a one-line field)
    and pasted line breaks become spaces.
    """

    @dataclass
    class Submitted(Message):
        """Enter was pressed in a one-line text area."""

        text_area: SafeTextArea

        @property
        def control(self) -> SafeTextArea:
            return self.text_area

    def __init__(
        self, text: str = "", *, max_length: int = 0, one_line: bool = False, **kwargs: Any
    ) -> None:
        kwargs.setdefault("soft_wrap", True)
        super().__init__(text, **kwargs)
        self.max_length = max_length
        self.one_line = one_line

    def render_line(self, y: int) -> Strip:
        return clean_strip(super().render_line(y))

    def _room(self) -> int | None:
        """How many more characters fit in place of the selection (``None``: no limit)."""
        if not self.max_length:
            return None
        return self.max_length - (len(self.text) - len(self.selected_text))

    async def _on_key(self, event: events.Key) -> None:
        if self.read_only:
            return
        if event.key == "enter" and self.one_line:
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self))
            return
        if event.is_printable or event.key == "enter":
            room = self._room()
            if room is not None and room < 1:
                event.stop()
                event.prevent_default()
                self.app.bell()

    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # TextArea's own handler knows no length limit
        event.stop()
        if event.text and not self.read_only:
            self._insert_pasted(event.text)

    def action_paste(self) -> None:
        if not self.read_only:
            self._insert_pasted(self.app.clipboard)

    def _insert_pasted(self, text: str) -> None:
        """Insert ``text`` over the selection; what does not fit is cut, and said so."""
        if self.one_line:
            text = one_line_paste(text)
        text = fit_paste(self, text, self._room(), self.max_length)
        if text:
            result = self.replace(text, *self.selection)
            self.move_cursor(result.end_location)
