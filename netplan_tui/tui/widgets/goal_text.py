"""The goal's sentence: a text area that wraps, where enter saves.

A goal is one sentence, yet a good one is often longer than a field is wide: a
one-line ``Input`` showed only its end. ``GoalText`` soft-wraps it over as many
lines as it takes, and keeps what a person expects of a one-line field:

* **enter** submits (``GoalText.Submitted``) instead of starting a new line;
* a pasted text's lines are joined with spaces (a goal needs no newline);
* when the focus leaves, the text shows from its start.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.message import Message

from netplan_tui.tui.widgets.safe_input import SafeTextArea, one_line_paste


class GoalText(SafeTextArea):
    """A soft-wrapping, one-sentence text area; ``value`` is its text."""

    @dataclass
    class Submitted(Message):
        """Enter was pressed: the sentence is finished."""

        goal_text: GoalText

        @property
        def control(self) -> GoalText:
            return self.goal_text

    def __init__(
        self, text: str = "", *, placeholder: str = "", id: str | None = None  # noqa: A002
    ) -> None:
        super().__init__(
            text,
            id=id,
            soft_wrap=True,
            compact=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder=placeholder,
        )

    @property
    def value(self) -> str:
        """The sentence (the same as ``text``, named as an ``Input``'s)."""
        return self.text

    @value.setter
    def value(self, text: str) -> None:
        self.text = text

    def move_to_end(self) -> None:
        self.move_cursor(self.document.end)

    def on_key(self, event: events.Key) -> None:
        # Runs before TextArea's own key handler, which would insert a newline.
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self))

    def on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()  # TextArea's handler would keep the newlines
        self._insert(one_line_paste(event.text))

    def action_paste(self) -> None:
        self._insert(one_line_paste(self.app.clipboard))

    def _insert(self, text: str) -> None:
        if self.read_only or not text:
            return
        result = self.replace(text, *self.selection, maintain_selection_offset=False)
        self.move_cursor(result.end_location)

    def on_blur(self) -> None:
        """Show the sentence from its start: its beginning says what the goal is."""
        self.scroll_to(0, 0, animate=False, immediate=True)

    def on_focus(self) -> None:
        self.scroll_cursor_visible()
