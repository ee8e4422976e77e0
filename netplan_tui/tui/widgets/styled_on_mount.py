"""Widgets that are not restyled before they are mounted, screens not on their first show.

Textual's ``Input``, ``TextArea``, ``Select`` and ``Button`` set reactives with a
``toggle_class`` in their constructors (``compact``, ``variant``, ``flat``), and a
class change restyles the node at once (``DOMNode.update_node_styles``), mounted or
not. A widget made in ``compose`` was therefore styled against the whole
stylesheet for nothing, then again when it was mounted: about 2 ms for each field,
40 ms of the new-contact form's opening on a 2-CPU machine. Until a widget is
attached to the app its classes only need recording; mounting styles it with the
classes it has then.

A screen is restyled whole each time it is shown (Textual's ``ScreenResume``), for
what may have changed while it was hidden (a theme). Its first show comes right
after its widgets were mounted, each styled then: :class:`FirstShowNotRestyled`
skips that one restyle (before the demo plan's first paint, whole-screen restyles
took 15–29 ms, 6–7 ms after, on a 2-CPU machine; a tenth to a quarter of a dialog's
opening). Later shows restyle as Textual asks.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.message import Message
from textual.widgets import Button


class StyledOnMount:
    """A widget mixin: class changes before mounting do not restyle.

    A plain mixin (not a widget), so Textual takes the CSS type names from the
    widget class it is mixed into.
    """

    def update_node_styles(self, animate: bool = True) -> None:
        if self.is_attached:  # type: ignore[attr-defined]
            super().update_node_styles(animate)  # type: ignore[misc]


class FormButton(StyledOnMount, Button):
    """A ``Button`` (styled as one) that is not restyled before it is mounted."""


class FirstShowNotRestyled:
    """A screen mixin: the first show does not restyle what mounting just styled.

    A first visit of a mode sends two ``ScreenResume`` events (one as the mode is
    set up, one as it is switched to), both before the screen has mounted: neither
    restyles. A dialog built ahead is mounted long before it is first shown; its
    first show does not restyle either (nothing it was styled with changed unseen:
    a theme change restyles every screen the app holds).
    """

    _resumed = False  # the first ScreenResume was seen

    def post_message(self, message: Message) -> Any:
        if isinstance(message, events.ScreenResume) and (
            not self._resumed or not self.is_mounted  # type: ignore[attr-defined]
        ):
            self._resumed = True
            message.refresh_styles = False
        return super().post_message(message)  # type: ignore[misc]
