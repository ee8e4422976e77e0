"""Option lists that page safely before they are laid out.

Textual 8.2.8's ``OptionList`` pages (page up / page down) through a map from
option to screen line that stays empty until the list has been laid out: the
key pressed right after a list appears (a ``Select`` just opened, the command
palette, a list hidden by a tiny window) raised ``KeyError`` and ended the app.
These subclasses do nothing in that case; the palette does the same through its
own bindings (:mod:`netplan_tui.tui.widgets.palette`). See docs/decisions.md.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import OptionList, Select
from textual.widgets._select import SelectCurrent, SelectOverlay

from netplan_tui.tui.widgets.styled_on_mount import StyledOnMount


class _SafePaging:
    """Page up/down that does nothing while the list has no lines yet.

    A plain mixin (not a widget): Textual takes a widget's CSS type names from
    its first widget base, so ``SelectOverlay`` stays the overlay's type.
    """

    def action_page_up(self) -> None:
        try:
            super().action_page_up()  # type: ignore[misc]
        except KeyError:  # not laid out yet: nothing to page through
            pass

    def action_page_down(self) -> None:
        try:
            super().action_page_down()  # type: ignore[misc]
        except KeyError:  # not laid out yet: nothing to page through
            pass


class SafeOptionList(_SafePaging, OptionList):
    """An ``OptionList`` whose page keys never crash."""


class _SafeSelectOverlay(StyledOnMount, _SafePaging, SelectOverlay):
    """The drop-down of :class:`SafeSelect`."""


class SafeSelect(StyledOnMount, Select):  # type: ignore[type-arg]
    """A ``Select`` whose drop-down pages safely (same widgets as ``Select.compose``)."""

    def compose(self) -> ComposeResult:
        yield SelectCurrent(self.prompt)
        yield _SafeSelectOverlay(type_to_search=self._type_to_search).data_bind(
            compact=Select.compact
        )
