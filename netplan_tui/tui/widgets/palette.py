"""Textual's command palette, closed at most once.

Textual 8.2.8's ``CommandPalette`` dismisses itself from every enter (and
every click on its backdrop): a second enter that reaches it before it has
closed dismisses it again, which pops the screen under it too, and a
``ScreenStackError`` ends the app. The second enter also ran the chosen
command a second time. This subclass ignores what reaches it once it is no
longer the active screen (see docs/decisions.md, to be reported upstream).
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.command import CommandList, CommandPalette
from textual.message import Message
from textual.widgets import Button, Input


class OnceCommandPalette(CommandPalette):
    """A ``CommandPalette`` that closes once, runs its command once, pages safely."""

    BINDINGS = [
        Binding("pagedown", "page(1)", "Next page", show=False),
        Binding("pageup", "page(-1)", "Previous page", show=False),
    ]

    def action_page(self, direction: int) -> None:
        """Page the list of commands; nothing while it is not laid out yet.

        Textual 8.2.8's ``OptionList`` raised ``KeyError`` for a page key pressed
        before the list had lines (right after the palette opened).
        """
        commands = self.query_one(CommandList)
        try:
            if direction > 0:
                commands.action_page_down()
            else:
                commands.action_page_up()
        except KeyError:
            pass

    @on(Input.Submitted)
    @on(Button.Pressed)
    def _closing_already(self, event: Message) -> None:
        if not self.is_active:  # a second enter queued before the palette closed
            event.stop()
            event.prevent_default()

    def dismiss(self, result: Any = None) -> AwaitComplete:
        if not self.is_active:
            return AwaitComplete()
        return super().dismiss(result)
